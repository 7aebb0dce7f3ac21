// Lighthouse 12 (npm) on the demo page at its default mobile settings (a mid-range phone: CPU
// 4×, 1,6 Mbps, 150 ms RTT, simulated), served brotli-compressed, in Debian's Chromium over its
// debugging port: the performance score, Total Blocking Time and Largest Contentful Paint,
// medians of three runs.
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { median } from './loads.mjs';

export const TBT_TARGET_MS = 100;
export const PERFORMANCE_TARGET = 98;
const RUNS = 3;
const PORT = 9341;

/** { performance, tbt, lcp } of the page at `url`: medians of three runs. */
export async function lighthouseMobile(url) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--remote-debugging-port=${PORT}`],
  });
  const runs = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(url, { port: PORT, onlyCategories: ['performance'], logLevel: 'error' });
      runs.push({
        performance: Math.round(lhr.categories.performance.score * 100),
        tbt: lhr.audits['total-blocking-time'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        formFactor: lhr.configSettings.formFactor,
      });
    }
  } finally {
    await browser.close();
  }
  const of = (k) => median(runs.map((r) => r[k]));
  return { performance: of('performance'), tbt: of('tbt'), lcp: of('lcp'), formFactor: runs[0].formFactor };
}

/** The printed row, and its failure if the run was not on mobile settings. */
export function lighthouseReport({ performance, tbt, lcp, formFactor }) {
  const met = performance >= PERFORMANCE_TARGET && tbt <= TBT_TARGET_MS;
  const line = `Lighthouse 12, ${formFactor}, demo page served brotli (median of ${RUNS}): performance ${performance} (target ≥ ${PERFORMANCE_TARGET}), TBT ${tbt.toFixed(0)} ms (target ≤ ${TBT_TARGET_MS} ms), LCP ${(lcp / 1000).toFixed(2)} s${met ? ', met' : ', not met yet'}`;
  return { lines: [line], failures: formFactor === 'mobile' ? [] : [`Lighthouse ran as ${formFactor}, not mobile`] };
}
