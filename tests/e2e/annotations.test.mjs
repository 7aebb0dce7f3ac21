// Annotations: the dataset's short notes on figures, drawn under their bars with a leader line
// on the live canvas (compared with the same chart from a dataset without them), in the static
// plot and the picture files, in the chart's accessible description and tooltip, in the data
// table and beside the timeline's span; a note too long for its line is refused with its place,
// and a hostile one is shown as the text it is.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET, DIST, PAGES, settled, showSection, start } from './harness.mjs';
import { page as hostPage } from './server.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h.close(); });

const SAFETY = ['ho-gia-dinh.certified', 'xa-phuong.certified'].map((id) => DATASET.figures.find((f) => f.id === id));
const [HOUSEHOLDS, COMMUNES] = SAFETY.map((f) => f.annotation);

/** The article's dataset with `edit` made to each figure. */
const each = (edit) => JSON.stringify({ ...DATASET, figures: DATASET.figures.map((f) => edit(structuredClone(f))) });
PAGES['/data/plain.json'] = () => each(({ annotation, ...f }) => f);
PAGES['/data/long-note.json'] = () => each((f) => (f.id === 'xa-phuong.certified' ? { ...f, annotation: { ...f.annotation, vi: 'x'.repeat(49) } } : f));
const HOSTILE = '<img src=x onerror="window.__pwned=1">';
PAGES['/data/hostile-note.json'] = () => each((f) => (f.id === 'ho-gia-dinh.certified' ? { ...f, annotation: { vi: HOSTILE, en: HOSTILE } } : f));
const safetyPage = (src) => (s) => hostPage(s.replace('data-lang="vi"', `data-lang="vi" data-sections="safety"${src ? ` data-src="${src}"` : ''}`));
PAGES['/safety.html'] = safetyPage('');
PAGES['/safety-plain.html'] = safetyPage('data/plain.json');
PAGES['/safety-long-note.html'] = safetyPage('data/long-note.json');
PAGES['/safety-hostile-note.html'] = safetyPage('data/hostile-note.json');

/** The safety chart's canvas: its CSS height, and whether each CSS point given is inked. */
async function canvasAt(page, points) {
  return page.locator('.bl-canvas').first().evaluate((c, pts) => {
    const ratio = c.width / c.clientWidth;
    // Ink within a pixel of the point: a 1 px line is anti-aliased over two pixels, so no pixel
    // of it is the full muted ink (#4A5568); the page between rows is pure white.
    const ink = ([x, y]) => {
      const d = c.getContext('2d').getImageData(Math.round((x - 1) * ratio), Math.round((y - 1) * ratio), Math.ceil(3 * ratio), Math.ceil(3 * ratio)).data;
      let darkest = 765;
      for (let i = 0; i < d.length; i += 4) darkest = Math.min(darkest, d[i] + d[i + 1] + d[i + 2]);
      return darkest < 700;
    };
    return { height: c.clientHeight, inked: pts.map(ink) };
  }, points);
}

test('on the canvas, a note hangs under its bar by a leader line: the chart grows by its line, and without the note that place is blank', async () => {
  // src/chart/layout.rs: the households' bar runs from y 24 to 38 (CSS px), from x 8; its note's
  // line is the next 18 px (middle 47); the leader runs down at x 12, then right to x 20; the
  // text starts at x 23.
  const leader = [[12, 42], [12, 46], [17, 47]];
  const text = Array.from({ length: 40 }, (_, i) => [24 + i * 3, 47]);
  const read = async (path) => {
    const { page, errors } = await h.open(path);
    await settled(page, 1);
    const seen = await canvasAt(page, [...leader, ...text]);
    assert.deepEqual(errors, [], path);
    await page.context().close();
    return seen;
  };
  const [noted, plain] = [await read('/safety.html'), await read('/safety-plain.html')];
  assert.equal(noted.height, plain.height + 2 * 18, 'a line of 18 px for each of the two notes');
  assert.deepEqual(noted.inked.slice(0, 3), [true, true, true], 'the leader line, down then across');
  assert.ok(noted.inked.slice(3).filter(Boolean).length >= 10, 'the note\'s letters beside the leader');
  assert.deepEqual(plain.inked, plain.inked.map(() => false), 'without the note: the blank gap between two rows');
});

test('a reader hears each note with its row, in the chart\'s description and as the arrow keys reach its bar', async () => {
  const { page } = await h.open('/safety.html');
  await settled(page, 1);
  const canvas = page.locator('.bl-canvas').first();
  const label = await canvas.getAttribute('aria-label');
  assert.ok(label.endsWith(` Hộ gia đình: ${HOUSEHOLDS.vi}. Xã, phường: ${COMMUNES.vi}.`), label);
  await canvas.focus();
  const tooltip = page.locator('.bl-tooltip');
  // The tooltip once it names `row` (Yew renders the selection after the key's handler).
  const shows = async (row) => {
    await tooltip.filter({ hasText: row }).waitFor();
    return tooltip.innerText();
  };
  await page.keyboard.press('ArrowDown');
  assert.match(await shows('Hộ gia đình'), new RegExp(`từ 95% đến 97% — ${HOUSEHOLDS.vi}`));
  await page.keyboard.press('ArrowDown');
  assert.doesNotMatch(await shows('Khóm, ấp'), / — /, 'Khóm, ấp has no note');
  await page.keyboard.press('ArrowDown');
  assert.match(await shows('Xã, phường'), new RegExp(`trên 90 \\(không rõ đơn vị\\) — ${COMMUNES.vi}`));
  assert.equal(await tooltip.getAttribute('role'), 'status', 'the tooltip is a live region');
  // The note's line belongs to its row: the pointer on it shows Hộ gia đình.
  await page.keyboard.press('Escape');
  await tooltip.waitFor({ state: 'hidden' });
  const box = await canvas.boundingBox();
  await page.mouse.move(box.x + 120, box.y + 47);
  assert.match(await shows('Hộ gia đình'), /^Hộ gia đình\n/);
  await page.context().close();
});

test('the data table lists each note with its figure, and the timeline says its span\'s note; in English too', async () => {
  for (const [path, lang] of [['/', 'vi'], ['/en.html', 'en']]) {
    const { page } = await h.open(path);
    await settled(page, 1);
    await showSection(page, 'safety');
    await page.locator('[data-panel="safety"] details.bl-data > summary').click();
    const row = (f) => page.locator(`[data-panel="safety"] tr[data-figure="${f.id}"]`).innerText();
    assert.match(await row(SAFETY[0]), new RegExp(HOUSEHOLDS[lang]), `${lang}: the note on the households' range`);
    // Xã, phường has a note of its own, which says more than its annotation: the table gives it.
    assert.ok((await row(SAFETY[1])).includes(SAFETY[1].note[lang]), `${lang}: the communes' note`);
    await showSection(page, 'timeline');
    const years = DATASET.figures.find((f) => f.id === 'review.years');
    const span = await page.locator('.bl-span[data-figure="review.years"]').innerText();
    assert.ok(span.endsWith(` — ${years.annotation[lang]}`), `${lang}: ${span}`);
    await page.context().close();
  }
});

test('without the script, the prerendered plot and the pictures to download carry each note and its leader', async () => {
  const { page } = await h.open('/frame.html', { javaScriptEnabled: false });
  await page.locator('[data-panel="safety"]').waitFor({ state: 'attached' });
  const src = await page.locator('[data-panel="safety"] img.bl-canvas').getAttribute('src');
  await page.context().close();
  for (const file of [src, 'chart-safety-vi.svg', 'chart-safety-en.svg']) {
    const svg = readFileSync(join(DIST, file), 'utf8');
    const lang = file.includes('-en') ? 'en' : 'vi';
    for (const note of [HOUSEHOLDS[lang], COMMUNES[lang]]) {
      assert.ok(svg.includes(`\n${note.replaceAll("'", '&apos;')}\n`), `${file}: ${note}`);
    }
    assert.equal((svg.match(/<polyline[^>]*stroke="#4A5568"/g) ?? []).length, 2, `${file}: a leader per note`);
  }
});

test('an annotation too long for its line: the article\'s figures, and a notice that names its place', async () => {
  const { page } = await h.open('/safety-long-note.html');
  await settled(page, 1);
  const at = DATASET.figures.findIndex((f) => f.id === 'xa-phuong.certified');
  const notice = await page.locator('.bl-notice').innerText();
  assert.ok(notice.includes(`figures[${at}].annotation.vi: chú thích dài quá 48 ký tự`), notice);
  assert.ok((await page.locator('.bl-canvas').first().getAttribute('aria-label')).includes(COMMUNES.vi), 'the built-in figures, with their notes');
  await page.context().close();
});

test('an annotation is text, never markup: a dataset\'s <img onerror> is shown as written and runs nothing', async () => {
  const { page, errors } = await h.open('/safety-hostile-note.html');
  await settled(page, 1);
  const canvas = page.locator('.bl-canvas').first();
  assert.ok((await canvas.getAttribute('aria-label')).includes(`Hộ gia đình: ${HOSTILE}.`));
  await canvas.focus();
  await page.keyboard.press('ArrowDown');
  const tooltip = page.locator('.bl-tooltip');
  await tooltip.filter({ hasText: 'Hộ gia đình' }).waitFor();
  assert.ok((await tooltip.innerText()).endsWith(`— ${HOSTILE}`), 'the tooltip writes it as text');
  await page.locator('details.bl-data > summary').first().click();
  assert.ok((await page.locator('tr[data-figure="ho-gia-dinh.certified"]').innerText()).includes(HOSTILE));
  const images = await page.locator('[data-bl-infographic]').evaluate((host) => host.shadowRoot.querySelectorAll('img').length);
  assert.equal(images, 0, 'no element made of it');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(errors, []);
  await page.context().close();
});
