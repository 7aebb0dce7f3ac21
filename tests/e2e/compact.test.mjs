// Compact on a phone: the widget's first view at 390 px stays within 1.700 px, every section is
// one tap away, and no section overflows sideways from 320 to 1200 px.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { settled, showSection, start } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h.close(); });

const SECTIONS = ['headlines', 'forces', 'outreach', 'rehabilitation', 'safety', 'timeline'];
const heightOf = (page) => page.locator('[data-bl-infographic]').evaluate((x) => x.getBoundingClientRect().height);

test('the first view at 390 px is at most 1.700 px tall, and so is every section', async () => {
  const { page } = await h.open('/', { viewport: { width: 390, height: 844 } });
  await settled(page, 1);
  const first = await heightOf(page);
  console.log(`# first view at 390 px: ${Math.round(first)} px`);
  assert.ok(first <= 1700, `first view ${first} px`);
  for (const section of SECTIONS) {
    await showSection(page, section);
    const height = await heightOf(page);
    console.log(`# ${section} at 390 px: ${Math.round(height)} px`);
    assert.ok(height <= 1700, `${section}: ${height} px`);
  }
  await page.context().close();
});

test('no section overflows sideways from 320 to 1200 px, tables open', async () => {
  for (const width of [320, 360, 390, 768, 1200]) {
    const { page } = await h.open('/', { viewport: { width, height: 800 } });
    await settled(page, 1);
    for (const section of SECTIONS) {
      await showSection(page, section);
      for (const toggle of await page.locator('details.bl-data:not([open]) > summary:visible').all()) await toggle.click();
      const overflow = await page.evaluate(() => {
        const root = document.querySelector('[data-bl-infographic]').shadowRoot.querySelector('.bl-root');
        return Math.max(document.documentElement.scrollWidth - window.innerWidth, root.scrollWidth - root.clientWidth);
      });
      assert.ok(overflow <= 0, `${section} at ${width} px overflows by ${overflow} px`);
    }
    await page.context().close();
  }
});
