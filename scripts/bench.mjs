// Speed benchmark in headless Chromium against the built dist/ on loopback: how long until the
// widget is ready (navigation start → `bl-infographic:ready`), and how long one chart redraw
// takes (a hover, which redraws the canvas with the row highlighted), on a phone-sized page at
// DPR 3. Prints the figures and fails above the budgets. Usage: node scripts/bench.mjs dist
import { chromium } from 'playwright-core';
import { serve } from '../tests/e2e/server.mjs';

const READY_BUDGET_MS = 1500;
const REDRAW_BUDGET_MS = 16;
const RUNS = 7;
const dir = process.argv[2] ?? 'dist';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { server, url } = await serve(dir, 0);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const ready = [];
const redraw = [];
for (let i = 0; i < RUNS; i++) {
  // A fresh context each run: nothing cached, the wasm fetched and compiled every time.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('bl-infographic:ready', () => { window.__readyAt = performance.now(); });
  });
  await page.goto(url + '/');
  await page.waitForFunction(() => window.__readyAt !== undefined);
  ready.push(await page.evaluate(() => window.__readyAt));
  // Redraw cost: time a pointer move onto another row until the canvas has been repainted.
  // Each move must be shown to have hit: the tooltip names that row and the canvas's pixels
  // changed; a move that missed would time nothing and is an error, not a fast redraw.
  const { times, misses } = await page.evaluate(async () => {
    const root = document.querySelector('[data-bl-infographic]').shadowRoot;
    const canvas = root.querySelector('canvas');
    const tip = root.querySelector('.bl-tooltip');
    const ctx = canvas.getContext('2d');
    const pixels = () => ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const differs = (a, b) => { for (let i = 0; i < a.length; i += 4) if (a[i] !== b[i]) return true; return false; };
    const rect = canvas.getBoundingClientRect();
    const times = [];
    const misses = [];
    let before = pixels();
    let lastTip = '';
    for (const row of [0, 1, 2, 3, 4, 5, 0, 1, 2, 3]) {
      const y = rect.top + 4 + row * 64 + 27;
      const t0 = performance.now();
      canvas.dispatchEvent(new PointerEvent('pointermove', { clientX: rect.left + 10, clientY: y, pointerType: 'mouse', bubbles: true }));
      // Yew renders and runs the draw effect in microtasks: a message round trip waits for them
      // without a timer's clamping.
      await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
      times.push(performance.now() - t0);
      const after = pixels();
      const named = !tip.hidden && tip.textContent.length > 0 && tip.textContent !== lastTip;
      if (!named || !differs(before, after)) misses.push(row);
      before = after;
      lastTip = tip.textContent;
    }
    return { times, misses };
  });
  if (misses.length) {
    console.error(`bench: pointer moves on rows ${misses} showed no tooltip or changed no pixel: nothing was measured`);
    process.exit(1);
  }
  redraw.push(median(times));
  await context.close();
}
await browser.close();
server.close();

const readyMs = median(ready);
const redrawMs = median(redraw);
console.log(`time to ready (median of ${RUNS}, cold, 390 px, DPR 3): ${readyMs.toFixed(0)} ms (budget ${READY_BUDGET_MS})`);
console.log(`hover redraw incl. Yew render (median): ${redrawMs.toFixed(2)} ms (budget ${REDRAW_BUDGET_MS})`);
if (readyMs > READY_BUDGET_MS || redrawMs > REDRAW_BUDGET_MS) {
  console.error('bench: over budget');
  process.exit(1);
}
