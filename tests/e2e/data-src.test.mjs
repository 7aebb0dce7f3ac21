// data-src: another dataset of the same schema. Each failure (bad JSON, a semantic error, a
// missing translation, a 404, a timeout) gives the built-in article figures plus a notice that
// says what was wrong and where. Never a blank widget.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DATASET, settled, start } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h.close(); });

async function widget(path, timeout) {
  const { page, errors } = await h.open(path);
  await page.waitForFunction(() => document.querySelector('[data-bl-infographic]')?.dataset.state === 'ready', null, { timeout: timeout ?? 15000 });
  await settled(page, 1);
  const notices = await page.locator('.bl-notice').allInnerTexts();
  const cards = await page.locator('.bl-card-value').allInnerTexts();
  const download = await page.locator('.bl-footer a.bl-button').evaluate((a) => [a.textContent, a.getAttribute('href')]);
  await page.context().close();
  return { notices, cards, errors, download };
}

test('a valid data-src replaces the built-in figures', async () => {
  const { notices, cards, download } = await widget('/src-custom.html');
  assert.deepEqual(notices, []);
  assert.equal(cards[2], '62,8%'); // 600 of 956
  assert.deepEqual(download, ['Tải số liệu (CSV)', 'data/custom.json'], 'the data offered is the data shown');
});

test('a data-src dataset downloads as a CSV written in the browser, from the data shown', async () => {
  const { page, errors } = await h.open('/src-custom.html', { acceptDownloads: true });
  await page.waitForFunction(() => document.querySelector('[data-bl-infographic]')?.dataset.state === 'ready', null, { timeout: 15000 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.bl-footer a.bl-button').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'custom.csv');
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark');
  const csv = bytes.subarray(3).toString('utf8');
  const [header, ...rows] = csv.trimEnd().split('\r\n');
  assert.match(header, /^id,section,group,/);
  const reformed = rows.find((r) => r.startsWith('rehab.reformed,'));
  assert.match(reformed, /,exact,600,/, 'the edited figure, as shown (600, not the article\'s 571)');
  assert.ok(rows.some((r) => r.includes('Hộ gia đình')), 'Vietnamese intact');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the data-src dataset is fetched once, while the module loads, not after it', async () => {
  const events = [];
  const { page, errors } = await h.open('/src-custom.html', {}, async (p) => {
    // The module answers 400 ms late: a dataset asked for only once the module runs would be
    // requested after that answer.
    await p.route('**/bl-infographic_bg.wasm', async (route) => {
      const response = await route.fetch();
      await new Promise((r) => setTimeout(r, 400));
      events.push('module answered');
      await route.fulfill({ response });
    });
    p.on('request', (r) => r.url().endsWith('/custom.json') && events.push('dataset requested'));
  });
  await page.waitForFunction(() => document.querySelector('[data-bl-infographic]')?.dataset.state === 'ready', null, { timeout: 15000 });
  assert.deepEqual(events, ['dataset requested', 'module answered']);
  assert.equal(await page.locator('.bl-card-value').nth(2).innerText(), '62,8%', 'the preloaded dataset is the one shown');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('invalid JSON: built-in figures and a notice with line and column', async () => {
  const { notices, cards } = await widget('/src-broken.html');
  assert.equal(cards[2], '59,7%');
  assert.equal(notices.length, 1);
  assert.match(notices[0], /data-src="data\/broken\.json": JSON, dòng \d+, cột \d+/);
  assert.match(notices[0], /số liệu gốc của bài viết/);
});

test('a percentage over 100: the notice names the field path and the value, in Vietnamese', async () => {
  const { notices, cards } = await widget('/src-percent.html');
  assert.equal(cards[2], '59,7%');
  const at = DATASET.figures.findIndex((f) => f.id === 'khom-ap.certified');
  assert.ok(notices[0].includes(`figures[${at}].amount: 140% vượt quá 100%`), notices[0]);
});

test('a label missing in one language is an error, in English too', async () => {
  const { notices, cards } = await widget('/src-no-english.html');
  assert.equal(cards[2], '59.7%');
  assert.match(notices[0], /The data-src dataset could not be used.*missing field `en`/);
});

test('a 404: built-in figures and the HTTP status', async () => {
  const { notices, cards, download } = await widget('/src-404.html');
  assert.equal(cards[0], '1.275');
  assert.match(download[1], /\/so-lieu-chi-thi-09-bac-lieu\.csv$/, 'the article\'s figures, the article\'s CSV');
  assert.match(notices[0], /HTTP 404/);
});

// No answer within 8 s: tests/e2e/trust.test.mjs, with the page's clock run ahead.
