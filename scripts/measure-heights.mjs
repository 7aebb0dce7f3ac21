// Measures the live widget's first view (the key figures and the section control) on a bare
// page at every 4 px of host width, in each language, and prints the tables for
// `first_view` in src/prerender/reserve.rs: from which width on, which height. The script snippet reserves that height before any script
// runs (tests/e2e/cls.test.mjs measures whether the page moves). Run it again after a change
// of the first view's layout. Usage: node scripts/measure-heights.mjs dist
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { page as hostPage, serve } from '../tests/e2e/server.mjs';

const dist = process.argv[2] ?? 'dist';
// The snippet without its reservation: what the widget takes by itself.
const snippet = readFileSync(join(dist, 'snippet-script.html'), 'utf8').replace(/ style="[^"]*"/g, '');
const pages = Object.fromEntries(['vi', 'en'].map((lang) =>
  [`/bare-${lang}.html`, () => hostPage(snippet.replace('data-lang="vi"', `data-lang="${lang}"`), { lang })]));
const { server, url } = await serve(dist, 0, pages);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const lang of ['vi', 'en']) {
  // A bare page's body has 8 px of margin each side.
  const samples = [];
  for (let width = 280; width <= 1400; width += 4) {
    const page = await browser.newPage({ viewport: { width: width + 16, height: 900 } });
    await page.goto(`${url}/bare-${lang}.html`);
    await page.waitForSelector('[data-bl-infographic][data-state="ready"]', { state: 'attached' });
    const box = await page.locator('[data-bl-infographic]').boundingBox();
    samples.push([Math.round(box.width), Math.ceil(box.height)]);
    await page.close();
  }
  // A step where the height changes, halfway between the two samples either side of it.
  const steps = samples.filter(([, h], i) => i === 0 || h !== samples[i - 1][1])
    .map(([w, h], i) => [i === 0 ? 0 : w - 2, h]);
  console.log(`    Lang::${lang === 'vi' ? 'Vi' : 'En'} => &[`);
  for (const [w, h] of steps) console.log(`        (${w}, ${h}),`);
  console.log('    ],');
}
await browser.close();
server.close();
