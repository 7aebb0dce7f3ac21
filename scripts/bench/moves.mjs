// Pointer moves over each chart, for `make bench`: the main-thread time a move costs, on the
// widget and on the Chart.js page, at 4× CPU throttling; and the canvas calls made by moves that
// stay on the same bar (the widget's target: none).
//
// The time is Chromium's own count of main-thread task time (CDP Performance.getMetrics,
// TaskDuration), so work done in a microtask (Yew) or in the next animation frame (Chart.js)
// counts alike. Each move is a real mouse event, followed by two animation frames; the same wait
// without a move is measured and subtracted.

const DRAWING = ['fillRect', 'strokeRect', 'clearRect', 'fillText', 'strokeText', 'fill', 'stroke', 'drawImage', 'putImageData', 'beginPath', 'rect', 'moveTo', 'lineTo', 'arc', 'save', 'restore'];

/** Counts every drawing call on any 2D context of the page, from its first script on. */
export async function countCanvasCalls(page) {
  await page.addInitScript((names) => {
    window.__canvasCalls = 0;
    const proto = CanvasRenderingContext2D.prototype;
    for (const name of names) {
      const original = proto[name];
      proto[name] = function (...args) {
        window.__canvasCalls += 1;
        return original.apply(this, args);
      };
    }
  }, DRAWING);
}

const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

async function busy(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
}

/** One sweep down `canvas` at `x` (page pixels), in 6 px steps: { perMove, moves, calls }. */
async function sweep(page, cdp, box, x) {
  const ys = [];
  for (let y = box.y + 2; y < box.y + box.height - 2; y += 6) ys.push(y);
  await page.mouse.move(x, box.y - 20);
  await frames(page);
  // The idle cost of the waits alone.
  let t0 = await busy(cdp);
  for (let i = 0; i < ys.length; i++) await frames(page);
  const idle = (await busy(cdp)) - t0;
  t0 = await busy(cdp);
  const calls0 = await page.evaluate(() => window.__canvasCalls);
  for (const y of ys) {
    await page.mouse.move(x, y);
    await frames(page);
  }
  const moving = (await busy(cdp)) - t0;
  const calls = (await page.evaluate(() => window.__canvasCalls)) - calls0;
  await page.mouse.move(x, box.y - 20);
  await frames(page);
  return { perMove: Math.max(0, moving - idle) / ys.length, moves: ys.length, calls };
}

/**
 * Moves the mouse down through `canvas` (a locator) in 6 px steps, `x` CSS pixels from its
 * left: just inside where the bars start, so every bar and the gaps between them are crossed
 * (on both pages alike). Five sweeps; returns the median { perMove (ms of main-thread time),
 * moves, calls (canvas drawing calls during that sweep) }.
 */
export async function moveCost(page, cdp, canvas, x) {
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await sweep(page, cdp, box, box.x + x));
  runs.sort((a, b) => a.perMove - b.perMove);
  return runs[2];
}

/** Canvas calls made by `n` moves of 1 px that stay on the bar under (x, y). */
export async function sameMarkCalls(page, x, y, n = 20) {
  await page.mouse.move(x, y);
  await frames(page);
  await frames(page);
  const before = await page.evaluate(() => window.__canvasCalls);
  for (let i = 0; i < n; i++) {
    await page.mouse.move(x + (i % 2), y + ((i >> 1) % 2));
    await frames(page);
  }
  return (await page.evaluate(() => window.__canvasCalls)) - before;
}

/**
 * The issue's own measure: `n` moves across `canvas` (a locator) at varying heights (a fixed
 * walk, the same on both pages), `x` CSS pixels from its left, `gap` ms apart, as a reader's
 * pointer moves; the main-thread time per move, less that of the same wait without moves.
 */
export async function spacedMoveCost(page, cdp, canvas, x, n = 40, gap = 60) {
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const ys = Array.from({ length: n }, (_, i) => box.y + 4 + (((i * 37) % 97) / 97) * (box.height - 8));
  await page.mouse.move(box.x + x, box.y - 20);
  await frames(page);
  let t0 = await busy(cdp);
  for (let i = 0; i < n; i++) await page.waitForTimeout(gap);
  const idle = (await busy(cdp)) - t0;
  t0 = await busy(cdp);
  for (const y of ys) {
    await page.mouse.move(box.x + x, y);
    await page.waitForTimeout(gap);
  }
  const moving = (await busy(cdp)) - t0;
  await page.mouse.move(box.x + x, box.y - 20);
  return Math.max(0, moving - idle) / n;
}
