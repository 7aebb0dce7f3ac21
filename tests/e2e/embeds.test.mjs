// The hosts' own embed protocols, across loopback origins as on a real portal: oEmbed discovery
// from frame.html; the response's html through WordPress's filter for providers it does not
// trust; a WordPress-like host page (the host side of wp-embed.js: data-secret, #?secret=, the
// frame hidden until its height message, then 200–1.000 px) with the frame in
// sandbox="allow-scripts", from a widget origin with CORS and from one without; and a host that
// listens as amp-iframe does.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sanitizeHtml from 'sanitize-html';
import { DIST, PAGES, start } from './harness.mjs';
import { page as hostPage, serve } from './server.mjs';

let h;
let cors;
let bare;
before(async () => {
  h = await start();
  cors = await serve(DIST, 0, {}, '127.0.0.2');
  bare = await serve(DIST, 0, {}, '127.0.0.3', { cors: false });
});
after(async () => {
  await h.close();
  cors.server.close();
  bare.server.close();
});

/** What WordPress keeps of an untrusted provider's html (wp_filter_oembed_result's allowed tags). */
const wordpressFilter = (html) => sanitizeHtml(html, {
  allowedTags: ['a', 'blockquote', 'iframe'],
  allowedAttributes: {
    a: ['href'],
    iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
  },
});

/** The oEmbed response frame.html of `origin` links to, as a CMS discovers it. */
async function discover(origin, path) {
  const { page, context } = await h.open(path, { javaScriptEnabled: false });
  const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
  const href = new URL(await link.getAttribute('href'), `${origin}${path}`).href;
  const response = await page.request.get(href);
  assert.equal(response.status(), 200, href);
  const json = await response.json();
  await context.close();
  return json;
}

test('frame.html and frame-en.html link a valid oEmbed rich response that survives WordPress\'s filter', async () => {
  for (const [path, figure] of [['/frame.html', '2.669'], ['/frame-en.html', '2,669']]) {
    const json = await discover(h.url, path);
    for (const field of ['version', 'type', 'html', 'width', 'height', 'title', 'provider_name', 'provider_url']) {
      assert.ok(field in json, `${path}: ${field}`);
    }
    assert.equal(json.version, '1.0');
    assert.equal(json.type, 'rich');
    assert.ok(Number.isInteger(json.width) && Number.isInteger(json.height), 'whole-number sizes');
    const kept = wordpressFilter(json.html);
    assert.match(kept, /^<blockquote>[\s\S]*<a href="[^"]*frame(-en)?\.html\?lang=(vi|en)">[\s\S]*<\/a><\/blockquote>/, kept);
    assert.ok(kept.includes(figure), `${path}: the figures stay in the blockquote`);
    assert.match(kept, /<iframe src="[^"]*frame(-en)?\.html\?lang=(vi|en)" title="[^"]+"/, 'the titled frame stays');
  }
});

// WordPress's host side, as wp-embed.js does it: a stylesheet that keeps the frame out of view
// until it has spoken, and a script that takes the height message from that frame only.
PAGES['/wp.css'] = () => 'iframe.wp-embedded-content { max-width: 100%; }\n' +
  'iframe.wp-embedded-content:not([data-shown]) { position: absolute; clip: rect(1px, 1px, 1px, 1px); }\n' +
  'blockquote.wp-embedded-content[data-hidden] { display: none; }';
PAGES['/wp-embed.js'] = () => `window.addEventListener('message', (e) => {
  const d = e.data;
  if (!d || !d.secret || !d.message) return;
  for (const iframe of document.querySelectorAll('iframe[data-secret="' + d.secret + '"]')) {
    if (iframe.contentWindow !== e.source || d.message !== 'height') continue;
    let height = parseInt(d.value, 10);
    if (height > 1000) height = 1000;
    else if (~~height < 200) height = 200;
    iframe.height = height;
    iframe.dataset.shown = '';
    const quote = iframe.previousElementSibling;
    if (quote && quote.tagName === 'BLOCKQUOTE') quote.dataset.hidden = '';
  }
});`;

/** A post that embeds the widget of `origin` as WordPress does once it has its oEmbed html. */
async function wordpressPost(origin) {
  const json = await discover(origin, '/frame.html');
  const secret = 'Zx81k2Qa4B';
  const embed = wordpressFilter(json.html)
    .replace('<blockquote>', '<blockquote class="wp-embedded-content">')
    .replace(/<iframe src="([^"]*)"/, `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="${origin}/$1#?secret=${secret}" data-secret="${secret}"`);
  return {
    body: hostPage(`<h1>Bài viết</h1><p>Đoạn trước.</p>${embed}<p>Đoạn sau.</p>`, {
      head: '<link rel="stylesheet" href="wp.css"><script src="wp-embed.js"></script>',
    }),
    csp: `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src ${origin}`,
  };
}

for (const [name, server, live] of [['with CORS', () => cors, true], ['without CORS', () => bare, false]]) {
  test(`a WordPress post shows and sizes the frame in sandbox="allow-scripts", ${name}`, async () => {
    const origin = server().url;
    PAGES['/wp-post.html'] = () => wordpressPost(origin);
    for (const width of [390, 1200]) {
      // The module's files, each asked for once (the frame's preload, then the loader's own
      // fetch and import, from an opaque origin: the same request, taken from the preload).
      const asked = new Map();
      // The frame's requests as they end, for the message of a frame that never speaks.
      const log = [];
      const { page, errors } = await h.open('/wp-post.html', { viewport: { width, height: 900 } }, async (_, context) => {
        context.on('request', (r) => {
          const file = new URL(r.url()).pathname.split('/').pop();
          if (/^bl-infographic(_bg\.wasm|\.js)$/.test(file)) asked.set(file, (asked.get(file) ?? 0) + 1);
        });
        context.on('requestfinished', (r) => log.push(`${new URL(r.url()).pathname} done`));
        context.on('requestfailed', (r) => log.push(`${new URL(r.url()).pathname} failed: ${r.failure()?.errorText}`));
      });
      const iframe = page.locator('iframe.wp-embedded-content');
      await page.locator('iframe[data-shown]').waitFor({ state: 'attached', timeout: 15000 }).catch(async (e) => {
        const inside = await page.frames().at(-1)?.evaluate(() => document.readyState).catch((f) => f.message);
        throw new Error(`${e.message}\nthe frame: ${inside}; requests: ${log.join(', ')}; errors: ${errors.join(' | ')}`);
      });
      const frame = page.frameLocator('iframe.wp-embedded-content');
      if (live) await frame.locator('[data-bl-infographic][data-state="ready"]').waitFor({ timeout: 15000 });
      // The height follows the page inside the frame, within WordPress's 200–1.000 px.
      const content = () => frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      await page.waitForFunction(
        (want) => Number(document.querySelector('iframe.wp-embedded-content').getAttribute('height')) === want,
        Math.min(1000, Math.max(200, await content())),
        { timeout: 10000 },
      );
      const height = Number(await iframe.getAttribute('height'));
      const inside = await content();
      // Nothing cut off: what WordPress's cap hides, the frame scrolls to.
      const scrolls = await frame.locator('html').evaluate((el) => getComputedStyle(el).overflowY !== 'hidden' && getComputedStyle(document.body).overflowY !== 'hidden');
      console.log(`# WordPress post, ${name}, ${width} px: frame ${height} px, page inside ${inside} px${inside > 1000 ? ', scrolls inside' : ''}; ${live ? 'live widget' : 'static figures'}`);
      assert.ok(inside <= 1000 || scrolls, `${width} px: ${inside} px inside a 1.000 px frame that cannot scroll`);
      assert.equal(await page.locator('blockquote.wp-embedded-content').isHidden(), true, 'the quote gives way to the frame');
      assert.equal(await frame.locator('.bl-card-value:visible', { hasText: '2.669' }).count(), 1, 'the figures show');
      if (live) {
        // The tallest section picked inside the frame: the frame follows it, up to the cap.
        await frame.locator('.bl-nav label:has(input[value="forces"]):visible').click();
        const tall = await content();
        await page.waitForFunction(
          (want) => Number(document.querySelector('iframe.wp-embedded-content').getAttribute('height')) === want,
          Math.min(1000, tall),
          { timeout: 10000 },
        );
        console.log(`# WordPress post, ${name}, ${width} px, forces picked: page inside ${tall} px, frame ${Math.min(1000, tall)} px${tall > 1000 ? ', the rest scrolls inside' : ''}`);
        if (tall > 1000) {
          // The reader reaches the end of the section by scrolling inside the frame.
          const end = await frame.locator('html').evaluate(() => {
            window.scrollTo(0, document.documentElement.scrollHeight);
            return Math.ceil(window.scrollY + window.innerHeight);
          });
          assert.ok(scrolls && end >= tall - 1, `${width} px: the forces section is cut off (${end} of ${tall} px reached)`);
        }
      }
      if (!live) assert.equal(await frame.locator('[data-bl-infographic]').getAttribute('data-state'), null, 'static: the module needs CORS');
      if (live) assert.deepEqual(Object.fromEntries(asked), { 'bl-infographic.js': 1, 'bl-infographic_bg.wasm': 1 }, 'each file of the module once');
      assert.deepEqual(errors.filter((e) => !/CORS|Failed to load|net::ERR_FAILED|module script/i.test(e)), []);
      await page.context().close();
    }
  });
}

// amp-iframe's side: it listens for messages with the 'amp' sentinel.
PAGES['/amp-listen.js'] = () => `window.__amp = [];
window.addEventListener('message', (e) => {
  const frame = document.querySelector('iframe');
  if (e.source === frame.contentWindow && e.data && e.data.sentinel === 'amp') window.__amp.push(e.data);
});`;

test('in an amp-iframe the frame says embed-ready once and its size whenever it changes', async () => {
  const origin = cors.url;
  PAGES['/amp-host.html'] = () => ({
    body: hostPage(`<p>Đoạn trước.</p><iframe src="${origin}/frame.html?lang=vi#amp=1" sandbox="allow-scripts allow-same-origin" title="Đồ họa số liệu" width="390" height="300"></iframe>`, {
      head: '<script src="amp-listen.js"></script>',
    }),
    csp: `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src ${origin}`,
  });
  const { page } = await h.open('/amp-host.html');
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-bl-infographic][data-state="ready"]').waitFor({ timeout: 15000 });
  const inside = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await page.waitForFunction((want) => window.__amp.some((m) => m.type === 'embed-size' && m.height === want), inside, { timeout: 10000 });
  const messages = await page.evaluate(() => window.__amp);
  assert.equal(messages.filter((m) => m.type === 'embed-ready').length, 1, 'embed-ready once');
  assert.ok(messages.filter((m) => m.type === 'embed-size').every((m) => Number.isInteger(m.height) && m.height > 0));
  // The frame made wider: its page gets shorter, and it says so.
  await page.locator('iframe').evaluate((f) => { f.width = '1000'; });
  await page.waitForFunction((was) => window.__amp.some((m) => m.type === 'embed-size' && m.height < was), inside, { timeout: 10000 });
  await page.context().close();
});

test('the site install upgrades CKEditor 5\'s <oembed url> of frame.html to the live widget, with its options', async () => {
  PAGES['/ckeditor-post.html'] = () => {
    const install = readFileSync(join(DIST, 'install-site.html'), 'utf8');
    const media = (url) => `<figure class="media"><oembed url="${url}"></oembed></figure>`;
    return hostPage(
      `<p>Đoạn trước.</p>${media(`${h.url}/frame.html?lang=en&sections=forces,timeline`)}` +
        `<p>Giữa.</p>${media('https://elsewhere.test/frame.html')}<p>Đoạn sau.</p>`,
      { head: install },
    );
  };
  const { page, errors } = await h.open('/ckeditor-post.html');
  const host = page.locator('figure.media > [data-bl-infographic]');
  await page.locator('figure.media > [data-bl-infographic][data-state="ready"]').waitFor({ timeout: 15000 });
  assert.equal(await host.count(), 1, 'only the oembed of this widget\'s page');
  assert.equal(await host.getAttribute('data-lang'), 'en');
  assert.deepEqual(await host.locator('.bl-nav label').allInnerTexts(), ['Forces', 'Timeline']);
  assert.ok(await host.locator('canvas.bl-canvas').first().isVisible(), 'the live chart');
  assert.deepEqual(errors, []);
  await page.context().close();
});
