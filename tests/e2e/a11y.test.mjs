// Accessibility of the widget as a screen-reader user meets it: axe-core (WCAG 2.1 A/AA rules)
// run inside the shadow root on the demo page, in both themes and languages; and on the
// prerendered frame.html as readers without scripts get it (the same page, its loader removed).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DIST, PAGES, settled, showSection, start } from './harness.mjs';
import { readAsReader } from './oracle.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let h;
before(async () => { h = await start(); });
after(async () => { await h.close(); });

const SECTIONS = ['headlines', 'forces', 'outreach', 'rehabilitation', 'safety', 'timeline'];

for (const [path, media] of [['/', {}], ['/en.html', {}], ['/dark.html', {}], ['/', { forcedColors: 'active' }], ['/', { colorScheme: 'dark' }]]) {
  test(`no WCAG A/AA violations in any section of the widget on ${path} ${JSON.stringify(media)}`, async () => {
    const { page } = await h.open(path);
    await page.emulateMedia(media);
    await settled(page, 1);
    await page.evaluate(axeSource); // evaluated by the driver, so the page's CSP does not apply
    await readAsReader(page); // every data table opened
    const found = [];
    for (const section of SECTIONS) {
      await showSection(page, section);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(
          { include: [['[data-bl-infographic]']] },
          { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
        );
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      found.push(...violations.map((v) => `${section}: ${v}`));
    }
    assert.deepEqual(found, []);
    await page.context().close();
  });
}

test('the chart and its figures are announced: labelled canvas, captioned figure, table headers', async () => {
  const { page } = await h.open('/');
  await settled(page, 1);
  await showSection(page, 'forces');
  await page.getByRole('group').getByText('Xem bảng số liệu').first().click();
  const canvas = page.locator('.bl-canvas').first();
  assert.equal(await canvas.getAttribute('role'), 'img');
  assert.match(await canvas.getAttribute('aria-label'), /số liệu đầy đủ ở bảng số liệu bên dưới/);
  const figure = page.getByRole('figure', { name: 'Lực lượng nòng cốt bảo vệ an ninh trật tự' });
  assert.equal(await figure.count(), 1);
  assert.equal(await page.getByRole('rowheader', { name: 'Ban chỉ đạo 138' }).count(), 1);
  assert.equal(await page.getByRole('columnheader', { name: 'Số thành viên' }).count(), 1);
  assert.equal(await page.getByRole('table', { name: 'Lực lượng nòng cốt bảo vệ an ninh trật tự' }).count(), 1, 'captioned');
  // The section control is a radio group a screen reader names and counts.
  const nav = page.getByRole('radiogroup', { name: 'Chọn phần' });
  assert.equal(await nav.getByRole('radio').count(), 6);
  assert.equal(await nav.getByRole('radio', { name: 'Lực lượng', checked: true }).count(), 1);
  await page.context().close();
});

test('no WCAG A/AA violations in the prerendered frame.html, as it shows without scripts', async () => {
  PAGES['/frame-static.html'] = () =>
    readFileSync(join(DIST, 'frame.html'), 'utf8').replace(/<script[^>]*embed\.js[^>]*><\/script>/, '');
  const { page } = await h.open('/frame-static.html');
  assert.equal(await page.locator('img.bl-canvas').count(), 6, 'static, not upgraded');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, []);
  await page.context().close();
});
