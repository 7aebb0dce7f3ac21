// Speed benchmark in headless Chromium against the built dist/ on loopback, on a phone (390 px,
// DPR 3), cold (a fresh context each run: nothing cached, the wasm fetched and compiled), with
// the CPU throttled 4× as a mid-range phone is. Prints a table and fails only above generous
// budgets: it is a benchmark, not a timed test. Usage: node scripts/bench.mjs dist
// - the widget alone on a page: time to its first figures (the static snippet, painted) and to
//   ready (every chart painted);
// - the same three charts drawn by Chart.js 4 from the same data: time to their first render,
//   and the ratio of the two (target ≤ 0.40);
// - data-src datasets of 10, 100 and 1.000 figures: time to ready, for its growth (10.000 with
//   BENCH_SWEEP=10000: today its chart is taller than a browser paints, see the speed issue);
// - one hover redraw (unthrottled), each move shown to have hit a bar.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { page as hostPage, serve } from '../tests/e2e/server.mjs';

const THROTTLE = 4;
// The widget alone, now measured throttled 4× (932–1.130 ms) where the old bench allowed
// 1.500 ms unthrottled: the same number under a harder measurement, so the budget only tightened.
const READY_BUDGET_MS = 1500;
const REDRAW_BUDGET_MS = 16;
const RUNS = 5;
const TARGET_RATIO = 0.4;
const dir = process.argv[2] ?? 'dist';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const node = (path) => readFileSync(new URL(`../${path}`, import.meta.url));
const snippet = readFileSync(`${dir}/snippet-script.html`, 'utf8');
const DATASET = JSON.parse(node('static/data/article.json'));

/** A valid dataset of `n` figures: the article's events, `n / 2` kinds of teams. */
function sized(n) {
  const groups = [];
  const figures = [];
  for (let i = 0; figures.length < n; i++) {
    const id = `g${i}`;
    groups.push({ id, section: 'forces', label: { vi: `Tổ ${i}`, en: `Team ${i}` } });
    for (const [measure, value] of [['units', 1 + (i % 97)], ['members', 10 + (i % 991)]]) {
      if (figures.length === n) break;
      figures.push({
        id: `${id}.${measure}`, group: id, measure, unit: 'count', amount: { qualifier: 'exact', value },
        label: { vi: measure === 'units' ? 'tổ' : 'thành viên', en: measure }, source: 'Số liệu thử.',
      });
    }
  }
  return JSON.stringify({ ...DATASET, groups, figures });
}

const SIZES = [10, 100, 1000, ...(process.env.BENCH_SWEEP === '10000' ? [10000] : [])];
const pages = {
  '/bench-widget.html': (s) => hostPage(s),
  '/bench/chartjs.html': () => hostPage(
    '<div class="c f"><canvas id="forces"></canvas></div><div class="c o"><canvas id="outreach"></canvas></div>' +
    '<div class="c s"><canvas id="safety"></canvas></div>' +
    '<script src="/bench/chart.umd.min.js"></script><script type="module" src="/bench/chartjs-page.js"></script>',
    { head: '<link rel="stylesheet" href="/bench/chartjs.css">' },
  ),
  '/bench/chartjs.css': () => '.c{position:relative;margin:12px 0}.f{height:410px}.o{height:164px}.s{height:210px}',
  '/bench/chart.umd.min.js': () => node('node_modules/chart.js/dist/chart.umd.min.js'),
  '/bench/chartjs-page.js': () => node('scripts/bench/chartjs-page.js'),
  '/bench/article.json': () => node('static/data/article.json'),
};
for (const n of SIZES) {
  pages[`/bench/data-${n}.json`] = () => sized(n);
  pages[`/bench-sweep-${n}.html`] = (s) => hostPage(s.replace('data-lang="vi"', `data-lang="vi" data-src="/bench/data-${n}.json"`));
}

const { server, url } = await serve(dir, 0, pages);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** One cold load of `path`: first contentful paint, ready (all hosts, or the Chart.js page's), wasm requests. */
async function cold(path, { height = 844, hosts = 1, throttle = THROTTLE, timeout = 60000 } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  let wasm = 0;
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm += 1; });
  await page.addInitScript((n) => {
    let ready = 0;
    const settle = (e) => {
      if (e.type === 'bl-infographic:error') window.__error = String(e.detail);
      ready += 1;
      if (ready === n) window.__readyAt = performance.now();
    };
    document.addEventListener('bl-infographic:ready', settle);
    document.addEventListener('bl-infographic:error', settle);
  }, hosts);
  await page.goto(url + path);
  let ready = null;
  try {
    await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout });
    ready = await page.evaluate(() => window.__readyAt);
  } catch {
    ready = null;
  }
  const error = await page.evaluate(() => window.__error ?? null);
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  await context.close();
  return { fcp, ready, wasm, error };
}

async function medianOf(path, options, runs = RUNS) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await cold(path, options));
  const ok = results.filter((r) => r.ready !== null && !r.error);
  return {
    fcp: ok.length ? median(ok.map((r) => r.fcp)) : null,
    ready: ok.length ? median(ok.map((r) => r.ready)) : null,
    wasm: Math.max(...results.map((r) => r.wasm)),
    error: results.find((r) => r.error)?.error ?? (ok.length ? null : 'no ready'),
  };
}

const ms = (v) => (v === null ? '—' : `${v.toFixed(0)} ms`);
const failures = [];

const widget = await medianOf('/bench-widget.html');
const chartjs = await medianOf('/bench/chartjs.html');
const ratio = widget.ready / chartjs.ready;
const sweep = [];
for (const n of SIZES) sweep.push([n, await medianOf(`/bench-sweep-${n}.html`, { timeout: 30000 }, 1)]);

// Hover redraw cost (unthrottled): a pointer move onto another row until the canvas has been
// repainted. Each move must be shown to have hit: the tooltip names another row and the
// canvas's pixels changed; a move that missed would time nothing and is an error.
const redraws = [];
for (let i = 0; i < 3; i++) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${url}/bench-widget.html`);
  await page.waitForSelector('[data-bl-infographic][data-state="ready"]', { state: 'attached' });
  const { times, misses } = await page.evaluate(async () => {
    const root = document.querySelector('[data-bl-infographic]').shadowRoot;
    const canvas = root.querySelector('canvas');
    const tip = root.querySelector('.bl-tooltip');
    const ctx = canvas.getContext('2d');
    const pixels = () => ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const differs = (a, b) => { for (let j = 0; j < a.length; j += 4) if (a[j] !== b[j]) return true; return false; };
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
  await context.close();
  if (misses.length) failures.push(`pointer moves on rows ${misses} showed no tooltip or changed no pixel: nothing was measured`);
  redraws.push(median(times));
}
const redraw = median(redraws);
await browser.close();
server.close();

const chartjsBrotli = brotliCompressSync(node('node_modules/chart.js/dist/chart.umd.min.js')).length;
console.log(`bench: 390 px, DPR 3, CPU throttled ${THROTTLE}×, cold, median of ${RUNS}`);
console.log('page                                   first figures   ready');
console.log(`widget (script snippet)                ${ms(widget.fcp).padStart(13)}   ${ms(widget.ready)}`);
console.log(`Chart.js 4, same three charts          ${'—'.padStart(13)}   ${ms(chartjs.ready)} (Chart.js alone: ${(chartjsBrotli / 1024).toFixed(1)} KB brotli)`);
console.log(`ratio widget / Chart.js, ready: ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO.toFixed(2)}${ratio <= TARGET_RATIO ? ', met' : ', not met yet'})`);
console.log(`data-src sweep (figures → ready): ${sweep.map(([n, r]) => `${n} → ${r.error ? `error (${r.error.slice(0, 60)})` : ms(r.ready)}`).join(', ')}`);
console.log(`hover redraw incl. Yew render (unthrottled, median): ${redraw.toFixed(2)} ms (budget ${REDRAW_BUDGET_MS})`);

if (widget.ready === null || widget.ready > READY_BUDGET_MS) failures.push(`widget ready ${ms(widget.ready)} above ${READY_BUDGET_MS} ms`);
if (redraw > REDRAW_BUDGET_MS) failures.push(`redraw ${redraw.toFixed(2)} ms above ${REDRAW_BUDGET_MS} ms`);
if (widget.wasm !== 1) failures.push(`the widget fetched the module ${widget.wasm} times`);
if (failures.length) {
  for (const f of failures) console.error(`bench: ${f}`);
  process.exit(1);
}
