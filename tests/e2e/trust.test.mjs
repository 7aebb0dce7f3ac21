// Only the portal chooses the figures its widget shows. A forged dataset, served with CORS open
// from another loopback origin (127.0.0.2, as any site could), is tried through every way a
// source comes in: frame.html's query (vi and en), a link in a reader's comment on a page with
// the site install, CKEditor's <oembed url>, and a data-src attribute. In each the forged
// figure never shows, the notice names the refused address, the page is told, and no request
// reaches that origin. An origin listed at build time (make test allows one) still works; each
// way a dataset fails is told to the page with its reason; every problem of a dataset is listed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET, DIST, PAGES, start } from './harness.mjs';
import { CSP, page as hostPage } from './server.mjs';

/** The dataset with one change. */
function edited(edit) {
  const data = structuredClone(DATASET);
  edit(data);
  return JSON.stringify(data);
}
const figure = (data, id) => data.figures.find((f) => f.id === id);

/** 999.999 attendees and 955 of 956 reformed: what a forger would like the portal to say. */
const FORGED = edited((d) => {
  figure(d, 'residents.attendances').amount.value = 999999;
  figure(d, 'rehab.reformed').amount.value = 955;
});

/** A dataset server on another loopback origin, with CORS open; it counts what reaches it. */
async function dataOrigin(host, port, body) {
  const seen = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  return { server, seen, url: `http://${host}:${server.address().port}` };
}

/** The origins dist/ was built to allow besides its own: frame.html's connect-src. */
function builtOrigins() {
  const frame = readFileSync(join(DIST, 'frame.html'), 'utf8');
  const policy = frame.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1] ?? '';
  const connect = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('connect-src')) ?? '';
  return connect.split(/\s+/).slice(1).filter((s) => s !== "'self'");
}

let h;
let forged;
before(async () => {
  h = await start();
  forged = await dataOrigin('127.0.0.2', 0, FORGED);
});
after(async () => {
  await h.close();
  forged.server.close();
});

/** Opens `path`, recording the warnings' details and every request to the forged origin. */
async function open(path, options = {}, extra = async () => {}) {
  const requests = [];
  const opened = await h.open(path, options, async (page, context) => {
    await page.addInitScript(() => {
      window.__warnings = [];
      document.addEventListener('bl-infographic:warning', (e) => window.__warnings.push(e.detail));
    });
    context.on('request', (r) => r.url().startsWith(forged.url) && requests.push(r.url()));
    await extra(page, context);
  });
  return { ...opened, requests };
}

/**
 * Waits for the host to be ready; returns what the reader and the page see: the live widget's
 * (`.bl-app`, in its shadow root), not the prerendered copy a script snippet holds.
 */
async function outcome(page, host = '[data-bl-infographic]') {
  const h = page.locator(host).first();
  const live = (selector) => h.locator(`.bl-app ${selector}`);
  await page.waitForFunction((sel) => document.querySelector(sel)?.dataset.state === 'ready', host, { timeout: 15000 });
  const text = await h.evaluate((x) => x.shadowRoot?.textContent ?? '');
  return {
    text,
    cards: await live('.bl-card-value').allInnerTexts(),
    notices: await live('.bl-notice').allInnerTexts(),
    state: await h.getAttribute('data-src-state'),
    warnings: await page.evaluate(() => window.__warnings),
    events: await page.evaluate(() => window.__events),
  };
}

function assertRefused(seen, requests, lang = 'vi') {
  assert.ok(seen.text.includes(lang === 'vi' ? '101.662' : '101,662'), 'the live widget shows the article\'s attendance');
  assert.ok(!seen.text.includes('999.999') && !seen.text.includes('999,999'), 'the forged attendance never shows');
  assert.equal(seen.cards[2], lang === 'vi' ? '59,7%' : '59.7%', 'the article\'s share of reformed people');
  assert.equal(seen.notices.length, 1, `one notice: ${seen.notices}`);
  assert.ok(seen.notices[0].includes(`${forged.url}/forged.json`), `the notice names the address: ${seen.notices[0]}`);
  assert.match(seen.notices[0], lang === 'vi' ? /chỉ cổng thông tin mới chọn được nguồn số liệu/ : /only the portal chooses/);
  assert.equal(seen.state, 'refused');
  assert.equal(seen.warnings.length, 1);
  assert.equal(seen.warnings[0].reason, 'refused-origin');
  assert.equal(seen.warnings[0].messages.length, 1);
  assert.ok(seen.events.includes('bl-infographic:ready'), 'ready still comes for the figures shown');
  assert.deepEqual(requests, [], 'no request left for the forged origin');
  assert.deepEqual(forged.seen, [], 'nothing reached the forged origin');
}

test('frame.html?src= and frame-en.html?src= on the portal\'s own domain never show a forged dataset', async () => {
  for (const [file, lang] of [['frame.html', 'vi'], ['frame-en.html', 'en']]) {
    const { page, requests } = await open(`/${file}?src=${encodeURIComponent(`${forged.url}/forged.json`)}`);
    assertRefused(await outcome(page), requests, lang);
    await page.context().close();
  }
});

test('a link in a reader\'s comment, on a page with the site install, cannot bring a forged dataset', async () => {
  const install = readFileSync(join(DIST, 'install-site.html'), 'utf8');
  PAGES['/comment.html'] = () => hostPage(
    '<p>Bài viết.</p><section class="comments"><div class="comment"><p>Số liệu thật ở ' +
      `<a href="${h.url}/frame.html?src=${encodeURIComponent(`${forged.url}/forged.json`)}">đây</a></p></div></section>`,
    { head: install },
  );
  const { page, requests } = await open('/comment.html');
  assertRefused(await outcome(page, '.comment [data-bl-infographic]'), requests);
  await page.context().close();
});

test('an <oembed url> carrying src cannot bring a forged dataset', async () => {
  const install = readFileSync(join(DIST, 'install-site.html'), 'utf8');
  PAGES['/oembed-forged.html'] = () => hostPage(
    `<figure class="media"><oembed url="${h.url}/frame.html?src=${encodeURIComponent(`${forged.url}/forged.json`)}"></oembed></figure>`,
    { head: install },
  );
  const { page, requests } = await open('/oembed-forged.html');
  assertRefused(await outcome(page, 'figure.media > [data-bl-infographic]'), requests);
  await page.context().close();
});

test('a data-src attribute on another origin is refused before any request, preload included', async () => {
  PAGES['/src-forged.html'] = (s) => hostPage(s.replace('data-lang="vi"', `data-lang="vi" data-src="${forged.url}/forged.json"`));
  const { page, requests } = await open('/src-forged.html');
  assertRefused(await outcome(page), requests);
  assert.equal(await page.locator('link[rel="preload"]').count(), 0, 'no preload of it either');
  await page.context().close();
});

test('an origin listed at build time (BL_DATA_ORIGINS) still gives its dataset', async () => {
  const [listed] = builtOrigins();
  assert.ok(listed, 'dist/ was built without BL_DATA_ORIGINS: `make test` builds it with one');
  const { hostname, port } = new URL(listed);
  const good = await dataOrigin(hostname, Number(port), edited((d) => { figure(d, 'rehab.reformed').amount.value = 600; }));
  try {
    // The page's own policy lets it connect there too, as a portal that listed it would.
    PAGES['/src-listed.html'] = (s) => ({
      body: hostPage(s.replace('data-lang="vi"', `data-lang="vi" data-src="${listed}/listed.json"`)),
      csp: `${CSP}; connect-src 'self' ${listed}`,
    });
    const { page } = await open('/src-listed.html');
    const seen = await outcome(page);
    assert.equal(seen.cards[2], '62,8%', `600 of 956, from the listed origin (${seen.notices})`);
    assert.deepEqual(seen.notices, []);
    assert.equal(seen.state, 'ok');
    assert.deepEqual(seen.warnings, []);
    assert.deepEqual(good.seen, ['GET /listed.json'], 'fetched once (the preload is the fetch)');
    await page.context().close();
  } finally {
    good.server.close();
  }
});

test('each way a dataset fails is told to the page, with its reason, and the article\'s figures show', async () => {
  for (const [path, reason, message] of [
    ['/src-404.html', 'http', /HTTP 404/],
    ['/src-broken.html', 'json', /^JSON, dòng \d+, cột \d+: /],
    ['/src-no-english.html', 'schema', /^figures\[\d+\]\.label \(line \d+, column \d+\): missing field `en`/],
    ['/src-percent.html', 'semantic', /^figures\[\d+\]\.amount: 140% vượt quá 100%$/],
  ]) {
    const { page } = await open(path);
    const seen = await outcome(page);
    assert.equal(seen.state, 'failed', path);
    assert.equal(seen.warnings.length, 1, path);
    assert.equal(seen.warnings[0].reason, reason, path);
    assert.match(seen.warnings[0].messages[0], message, path);
    assert.equal(seen.notices.length, 1, path);
    await page.context().close();
  }
});

test('no answer in time: reason timeout, told without waiting the 8 s (the page\'s clock runs ahead)', async () => {
  PAGES['/data/never.json'] = () => new Promise(() => {});
  PAGES['/src-never.html'] = (s) => hostPage(s.replace('data-lang="vi"', 'data-lang="vi" data-src="data/never.json"'));
  const { page } = await open('/src-never.html', {}, async (p) => { await p.clock.install(); });
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('never.json')) || document.querySelector('[data-bl-infographic]')?.shadowRoot?.querySelector('.bl-loading'));
  await page.clock.fastForward(8100);
  const seen = await outcome(page);
  assert.equal(seen.state, 'failed');
  assert.equal(seen.warnings[0].reason, 'timeout');
  assert.match(seen.notices[0], /không có phản hồi sau 8 giây/);
  await page.context().close();
});

test('five problems in a dataset: five located messages for the page, three and a count in the notice', async () => {
  PAGES['/data/five.json'] = () => edited((d) => {
    d.figures[1].amount = { qualifier: 'range', from: 97, to: 95 };
    d.figures[0].group = 'nowhere';
    d.groups[2].label.en = ' ';
    d.events[2].date = '2017-02-31';
    figure(d, 'khom-ap.certified').amount.value = 140;
  });
  PAGES['/src-five.html'] = (s) => hostPage(s.replace('data-lang="vi"', 'data-lang="vi" data-src="data/five.json"'));
  const { page } = await open('/src-five.html');
  const seen = await outcome(page);
  assert.equal(seen.warnings[0].reason, 'semantic');
  const messages = seen.warnings[0].messages;
  assert.equal(messages.length, 5, messages.join('\n'));
  const at = DATASET.figures.findIndex((f) => f.id === 'khom-ap.certified');
  for (const path of ['groups[2].label.en', 'figures[0].group', 'figures[1].amount', `figures[${at}].amount`, 'events[2].date']) {
    assert.ok(messages.some((m) => m.startsWith(`${path}: `)), `${path} in ${messages}`);
  }
  const notice = seen.notices[0];
  assert.equal(messages.slice(0, 3).filter((m) => notice.includes(m)).length, 3, notice);
  assert.ok(!notice.includes(messages[3]) && notice.includes('và 2 lỗi khác'), notice);
  await page.context().close();
});
