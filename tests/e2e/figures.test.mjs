// Every figure of the article, as the article states it, in the widget's text — in both
// languages — checked against the dataset with a formatter written here independently of the
// Rust one; plus the headline cards, the CSV download and data-sections.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DATASET, settled, showSection, start, unfolded } from './harness.mjs';
import { assertEveryFigure } from './oracle.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h.close(); });

for (const [lang, path] of [['vi', '/'], ['en', '/en.html']]) {
  test(`every figure of the article is in the widget's text with its qualifier (${lang})`, async () => {
    const { page } = await h.open(path);
    await settled(page, 1);
    await assertEveryFigure(page, lang);
    const widget = await page.locator('.bl-root').innerText();
    for (const chrome of ['985', '5371617', '5.371.617']) assert.ok(!widget.includes(chrome), `chrome number ${chrome}`);
    await page.context().close();
  });
}

test('headline cards show computed figures with their context', async () => {
  const { page } = await h.open('/');
  await settled(page, 1);
  assert.deepEqual(await page.locator('.bl-card-value').allInnerTexts(), ['1.275', '2.669', '59,7%', 'từ 95% đến 97%']);
  const context = await page.locator('.bl-card-context').allInnerTexts();
  assert.match(context[0], /trên 1\.988 thành viên/);
  assert.match(context[1], /101\.662 lượt người tham dự \(bình quân 38,1 lượt mỗi cuộc\)/);
  assert.match(context[2], /956 .* 571 lượt đã hoàn lương/);
  const { page: en } = await h.open('/en.html');
  await settled(en, 1);
  assert.deepEqual(await en.locator('.bl-card-value').allInnerTexts(), ['1,275', '2,669', '59.7%', 'from 95% to 97%']);
  await page.context().close();
  await en.context().close();
});

test('the data downloads as UTF-8 CSV with a BOM, one row per figure and event', async () => {
  const { page } = await h.open('/');
  await settled(page, 1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải số liệu (CSV)' }).click()]);
  assert.equal(download.suggestedFilename(), 'so-lieu-chi-thi-09-bac-lieu.csv');
  const bytes = readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8').slice(1);
  const lines = csv.split('\r\n').filter(Boolean);
  assert.equal(lines.length, 1 + DATASET.figures.length + DATASET.events.length);
  assert.ok(lines[0].startsWith('id,section,group,group_vi,group_en,measure,qualifier,value,from,to,unit,'));
  assert.ok(lines.some((l) => l.startsWith('rehab.reformed,rehabilitation,rehab,Đối tượng tệ nạn xã hội,')));
  assert.ok(csv.includes('lượt đối tượng hoàn lương'));
  await page.context().close();
});

test('data-sections shows only the named sections, in that order', async () => {
  const { page } = await h.open('/sections.html');
  await settled(page, 1);
  await unfolded(page);
  const titles = await page.locator('.bl-root h2.bl-title').allInnerTexts();
  assert.deepEqual(titles, ['Từ Chỉ thị đến sơ kết', 'Lực lượng nòng cốt bảo vệ an ninh trật tự']);
  assert.deepEqual(await page.locator('.bl-root .bl-nav label').allInnerTexts(), ['Mốc thời gian', 'Lực lượng']);
  assert.ok(await page.locator('.bl-root .bl-timeline').isVisible(), 'the first named section is on show');
  assert.equal(await page.locator('.bl-card').count(), 0);
  await page.context().close();
});

test('the safety chart draws ranges and says when the article gives no unit', async () => {
  const { page } = await h.open('/');
  await settled(page, 1);
  await showSection(page, 'safety');
  const canvas = page.locator('section[aria-labelledby="bl-safety"] .bl-canvas');
  assert.match(await canvas.getAttribute('aria-label'), /: Tỉ lệ đạt chuẩn của Hộ gia đình; Khóm, ấp; Xã, phường; Cơ quan, doanh nghiệp\. /);
  await canvas.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  const tip = page.locator('section[aria-labelledby="bl-safety"] .bl-tooltip');
  assert.match(await tip.innerText(), /Xã, phường[\s\S]*trên 90 \(không rõ đơn vị\)/);
  await page.keyboard.press('ArrowDown');
  assert.match(await tip.innerText(), /Cơ quan, doanh nghiệp[\s\S]*từ 98% đến 100%/);
  assert.match(await page.locator('section[aria-labelledby="bl-safety"] .bl-legend').innerText(), /Khoảng \(từ … đến …\)/);
  await page.context().close();
});

test('the outreach chart compares attendance by audience, "over" figures labelled as such', async () => {
  const { page } = await h.open('/en.html');
  await settled(page, 1);
  await showSection(page, 'outreach');
  const section = page.locator('section[aria-labelledby="bl-outreach"]');
  assert.equal(await section.getByRole('figure', { name: /Attendance at outreach sessions, by audience/ }).count(), 1);
  await section.locator('.bl-canvas').first().focus();
  await page.keyboard.press('ArrowDown');
  assert.match(await section.locator('.bl-tooltip').first().innerText(), /Households[\s\S]*Attendances: over 25,000/);
  await page.keyboard.press('End');
  assert.match(await section.locator('.bl-tooltip').first().innerText(), /Residential areas[\s\S]*101,662/);
  await page.context().close();
});

test('each chart downloads as a picture (SVG, and PNG) with its title, legend and the credit line', async () => {
  const { page } = await h.open('/');
  await settled(page, 1);
  for (const [section, id, title] of [
    ['forces', 'forces', 'Lực lượng nòng cốt bảo vệ an ninh trật tự'],
    ['outreach', 'sessions', 'Số cuộc tuyên truyền theo đối tượng'],
    ['safety', 'safety', 'Tỉ lệ đạt chuẩn an toàn về an ninh trật tự'],
  ]) {
    await showSection(page, section);
    const link = page.locator(`a.bl-picture[href$="chart-${id}-vi.svg"]`);
    assert.equal(await link.innerText(), 'Tải ảnh (SVG)');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.equal(download.suggestedFilename(), `chart-${id}-vi.svg`);
    // plotters writes each text on lines of its own: compared without the line breaks.
    const svg = readFileSync(await download.path(), 'utf8').replace(/>\s+/g, '>').replace(/\s+</g, '<');
    assert.ok(svg.startsWith('<svg ') && svg.includes('xmlns="http://www.w3.org/2000/svg"'), id);
    assert.ok(svg.includes(`>${title}</text>`), `${id}: titled`);
    assert.ok(svg.includes('>Nguồn: Sơ kết 05 năm'), `${id}: credited`);
    // The same picture as PNG (tests/e2e/share.test.mjs checks its pixels).
    const png = page.locator(`a.bl-picture[href$="chart-${id}-vi.png"]`);
    assert.equal(await png.innerText(), 'Tải ảnh (PNG)');
    const [file] = await Promise.all([page.waitForEvent('download'), png.click()]);
    assert.equal(file.suggestedFilename(), `chart-${id}-vi.png`);
    assert.deepEqual([...readFileSync(await file.path()).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], `${id}: a PNG`);
  }
  await page.context().close();
  // A data-src dataset is not the one the pictures were drawn from: no picture is offered.
  const other = await h.open('/src-custom.html');
  await settled(other.page, 1);
  await showSection(other.page, 'forces');
  assert.equal(await other.page.locator('a.bl-picture').count(), 0);
  await other.page.context().close();
});
