// Prints the widget's height on the demo page at the widths where embed.css changes its
// loading-time reservation, so the reservation can follow the widget when its layout changes
// (tests/e2e/cls.test.mjs measures whether the page moves). Usage: node scripts/measure-heights.mjs dist
import { chromium } from 'playwright-core';
import { serve } from '../tests/e2e/server.mjs';

const { server, url } = await serve(process.argv[2] ?? 'dist', 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
console.log('viewport  host width  widget height');
for (const width of [320, 339, 340, 379, 380, 390, 419, 420, 519, 520, 659, 660, 900, 1100]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(url + '/');
  // Mounted lazily, when near the screen: scroll to it as a reader would.
  await page.locator('[data-bl-infographic]').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-bl-infographic][data-state="ready"]', { state: 'attached' });
  const box = await page.locator('[data-bl-infographic]').boundingBox();
  console.log(`${String(width).padStart(8)}  ${String(Math.round(box.width)).padStart(10)}  ${String(Math.round(box.height)).padStart(13)}`);
  await page.close();
}
await browser.close();
server.close();
