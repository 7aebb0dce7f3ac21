// The pictures for sharing, as dist/ serves them: each chart as a PNG at twice its SVG's size,
// the share card at Open Graph's 1.200 × 630, each decoded by Chromium and holding the
// chart's pixels; the frame page's link-preview tags and the oEmbed thumbnail; the builder's
// offer of the card in the widget's language.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, start } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h.close(); });

const BLUE = [30, 94, 160];
const ORANGE = [184, 74, 18];

/** The PNG at `path` as Chromium decodes it: its size and whether it has each colour. */
function decode(page, path, colours) {
  return page.evaluate(async ({ path, colours }) => {
    const response = await fetch(path);
    const img = new Image();
    img.src = path;
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: img.naturalWidth, height: img.naturalHeight });
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const has = colours.map(([r, g, b]) => {
      for (let i = 0; i < d.length; i += 4) if (d[i] === r && d[i + 1] === g && d[i + 2] === b) return true;
      return false;
    });
    return { type: response.headers.get('content-type'), width: img.naturalWidth, height: img.naturalHeight, has };
  }, { path, colours });
}

test('each chart is a PNG at twice its SVG picture\'s size, with its bars\' colours', async () => {
  const { page, context } = await h.open('/frame.html');
  const pictures = readdirSync(DIST).filter((f) => /^chart-.*\.svg$/.test(f));
  assert.equal(pictures.length, 12, 'six charts in two languages');
  for (const svg of pictures) {
    const [, width, height] = readFileSync(join(DIST, svg), 'utf8').match(/^<svg width="(\d+)" height="(\d+)"/);
    const png = await decode(page, `/${svg.replace('.svg', '.png')}`, [BLUE, ORANGE]);
    assert.equal(png.type, 'image/png', svg);
    assert.deepEqual([png.width, png.height], [2 * width, 2 * height], svg);
    assert.ok(png.has[0], `${svg}: the first series' bars`);
    if (svg.startsWith('chart-forces')) assert.ok(png.has[1], `${svg}: the members' bars`);
  }
  await context.close();
});

test('the share card is 1.200 × 630 in each language, the oEmbed thumbnail, and the frame page names it to link previews', async () => {
  const { page, context } = await h.open('/frame.html');
  for (const lang of ['vi', 'en']) {
    const card = await decode(page, `/share-${lang}.png`, [BLUE, [26, 32, 44]]);
    assert.deepEqual([card.type, card.width, card.height], ['image/png', 1200, 630], lang);
    assert.deepEqual(card.has, [true, true], `${lang}: the figures' blue and the title's ink`);
    const oembed = JSON.parse(readFileSync(join(DIST, `oembed-${lang}.json`), 'utf8'));
    assert.deepEqual([oembed.thumbnail_url, oembed.thumbnail_width, oembed.thumbnail_height], [`share-${lang}.png`, 1200, 630]);
  }
  const meta = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('meta[property], meta[name^="twitter"]')]
    .map((m) => [m.getAttribute('property') ?? m.name, m.content])));
  assert.match(meta['og:title'], /^Đồ họa số liệu: Sơ kết 05 năm thực hiện Chỉ thị số 09/);
  assert.match(meta['og:description'], /2\.669/);
  assert.equal(meta['twitter:card'], 'summary_large_image');
  assert.equal(meta['og:image'], undefined, 'built without BL_PUBLIC_URL: no relative og:image');
  await context.close();
});

test('the builder offers the share card in the widget\'s language', async () => {
  const { page, context, errors } = await h.open('/builder.html');
  const link = page.locator('#share-card');
  assert.equal(await link.getAttribute('href'), 'share-vi.png');
  await page.locator('input[name="lang"][value="en"]').check();
  assert.equal(await link.getAttribute('href'), 'share-en.png');
  assert.equal(await link.locator('img').getAttribute('src'), 'share-en.png');
  const download = await Promise.all([page.waitForEvent('download'), link.click()]).then(([d]) => d);
  assert.equal(download.suggestedFilename(), 'share-en.png');
  assert.deepEqual(errors, []);
  await context.close();
});
