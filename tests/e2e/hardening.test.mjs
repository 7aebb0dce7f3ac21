// Hostile or careless input as an editor or a browser gives it: a section named twice, an
// attribute value of 140.000 characters, a canvas that cannot be drawn on. Each gets a readable
// notice; nothing is lost, nothing grows without bound.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { PAGES, settled, showSection, start } from './harness.mjs';
import { page as hostPage } from './server.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h.close(); });

const withAttrs = (s, attrs) => s.replace('data-lang="vi"', `data-lang="vi" ${attrs}`);
const shadowIds = (page) => page.locator('[data-bl-infographic]').evaluate((host) =>
  [...host.shadowRoot.querySelectorAll('[id]')].map((e) => e.id));

test('a section named twice is shown once, with a notice; ids stay unique', async () => {
  PAGES['/twice-forces.html'] = (s) => hostPage(withAttrs(s, 'data-sections="forces,forces"'));
  const { page } = await h.open('/twice-forces.html');
  await settled(page, 1);
  assert.equal(await page.locator('.bl-root h2.bl-title').count(), 1);
  assert.match(await page.locator('.bl-notice').innerText(), /data-sections="forces,forces".*mỗi mục chỉ hiển thị một lần/);
  const ids = await shadowIds(page);
  assert.deepEqual(ids, [...new Set(ids)], `unique ids: ${ids}`);
  await page.context().close();
});

test('a 140.000-character attribute is echoed cut short and the widget keeps its size', async () => {
  const long = 'forces,'.repeat(20000);
  PAGES['/long-attr.html'] = (s) => hostPage(withAttrs(s, `data-sections="${long}x"`));
  const { page } = await h.open('/long-attr.html');
  await settled(page, 1);
  const notice = await page.locator('.bl-notice').innerText();
  assert.ok(notice.length < 400, `notice of ${notice.length} characters`);
  assert.match(notice, /forces,forces.*…/);
  const height = await page.locator('[data-bl-infographic]').evaluate((x) => x.getBoundingClientRect().height);
  assert.ok(height < 5000, `widget ${height} px tall`);
  await page.context().close();
});

test('a chart that cannot be drawn says so in its place, keeps the figures, and the host hears why', async () => {
  const { page } = await h.open('/charts.html', {}, async (p) => {
    // A browser that gives no 2D context (canvas blocked, say, against fingerprinting).
    await p.addInitScript(() => { HTMLCanvasElement.prototype.getContext = () => null; });
  });
  await settled(page, 1);
  const host = page.locator('[data-bl-infographic]');
  await page.waitForFunction(() => document.querySelector('[data-bl-infographic]').dataset.state === 'error');
  const failed = page.locator('.bl-chart-failed');
  assert.equal(await failed.count(), 2, 'a notice in the place of each chart on show (forces, members per unit)');
  assert.match(await failed.first().innerText(), /Không vẽ được biểu đồ.*2D/);
  await page.getByText('Xem bảng số liệu', { exact: true }).first().click();
  assert.ok(await page.locator('.bl-table').first().isVisible(), 'the table is still there');
  assert.ok(await page.getByText('1.157', { exact: true }).first().isVisible());
  assert.ok((await page.evaluate(() => window.__events)).includes('bl-infographic:error'));
  assert.equal(await host.getAttribute('data-state'), 'error');
  await showSection(page, 'safety');
  await page.locator('[data-panel="safety"] .bl-chart-failed').waitFor();
  await page.context().close();
});

test('a dataset of 10.000 figures: the tallest chart is painted top, middle and bottom, and says what it leaves out', async () => {
  for (const [width, dpr] of [[390, 3], [1200, 3]]) {
    const { page, errors } = await h.open('/src-big.html', { viewport: { width, height: 900 }, deviceScaleFactor: dpr });
    await page.waitForFunction(() => document.querySelector('[data-bl-infographic]')?.dataset.state === 'ready', null, { timeout: 30000 });
    await showSection(page, 'forces');
    await page.waitForFunction(() => document.querySelector('[data-bl-infographic]').shadowRoot.querySelector('canvas.bl-canvas').width > 0);
    const probe = await page.locator('canvas.bl-canvas').first().evaluate((c) => {
      const ctx = c.getContext('2d');
      const bg = [...ctx.getImageData(0, 0, 1, 1).data];
      // Any pixel other than the background in a band of 40 rows at this height?
      const inked = (y0) => {
        const d = ctx.getImageData(0, y0, c.width, 40).data;
        for (let i = 0; i < d.length; i += 4) if (d[i] !== bg[0] || d[i + 1] !== bg[1] || d[i + 2] !== bg[2]) return true;
        return false;
      };
      const mid = Math.floor(c.height / 2);
      return { area: c.width * c.height, top: inked(0), middle: inked(mid - 20), bottom: inked(c.height - 60) };
    });
    assert.ok(probe.area <= 16_000_000, `${width} px: bitmap ${probe.area} px within the cap`);
    assert.deepEqual([probe.top, probe.middle, probe.bottom], [true, true, true], `${width} px: painted throughout`);
    const notice = await page.locator('.bl-rows-hidden').first().innerText();
    assert.equal(notice, 'Biểu đồ chỉ vẽ 30 hàng đầu; 4.970 hàng còn lại có trong bảng số liệu.');
    assert.deepEqual(errors, []);
    await page.context().close();
  }
});

test('a table of 5.000 rows enters the page when its toggle first opens, by pointer or keyboard, whole', async () => {
  const { page, errors } = await h.open('/src-big.html', { viewport: { width: 390, height: 900 } });
  await page.waitForFunction(() => document.querySelector('[data-bl-infographic]')?.dataset.state === 'ready', null, { timeout: 30000 });
  await showSection(page, 'forces');
  const rows = () => page.locator('[data-panel="forces"] .bl-table tbody tr').count();
  // Written when the toggle's \`toggle\` event comes, a task after the click.
  const opened = () => page.locator('[data-panel="forces"] .bl-table tbody tr').first().waitFor();
  assert.equal(await rows(), 0, 'not built with the page');
  const toggle = page.locator('[data-panel="forces"] .bl-data > summary');
  await toggle.click();
  await opened();
  assert.equal(await rows(), 5000, 'every row once opened');
  assert.ok(await page.getByText('Tổ 4999', { exact: true }).isVisible());
  // Closed and opened again: once its toggle event has come, and the frame after it.
  const reopened = toggle.evaluate((summary) => new Promise((resolve) => {
    const details = summary.parentElement;
    details.addEventListener('toggle', () => details.open && requestAnimationFrame(() => resolve()));
  }));
  await toggle.click();
  await toggle.click();
  await reopened;
  assert.equal(await rows(), 5000, 'once, however often it is opened');
  // The keyboard, on a fresh page: Enter on the focused summary.
  await page.reload();
  await page.waitForFunction(() => document.querySelector('[data-bl-infographic]')?.dataset.state === 'ready', null, { timeout: 30000 });
  await showSection(page, 'forces');
  await page.locator('[data-panel="forces"] .bl-data > summary').focus();
  await page.keyboard.press('Enter');
  await opened();
  assert.equal(await rows(), 5000);
  assert.ok(await page.locator('[data-panel="forces"] .bl-data > summary').evaluate((s) => s.matches(':focus')), 'the focus stays on the toggle');
  assert.deepEqual(errors, []);
  await page.context().close();
});
