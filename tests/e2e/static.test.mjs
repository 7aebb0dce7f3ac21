// Static first: every snippet put through real HTML sanitizers of the kind CMSs use (default
// settings) and published in a plain page shows the figures; with the site install it becomes
// the live widget. frame.html shows every figure with scripts off, printed, without its
// stylesheet, and inside a sandbox="" iframe. Link snippets are upgraded only when they point
// at this widget's page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sanitizeHtml from 'sanitize-html';
import xss from 'xss';
import { DIST, PAGES, settled, showSection, start } from './harness.mjs';
import { page as hostPage } from './server.mjs';
import { HEADLINE_FIGURES_VI, assertEveryFigure } from './oracle.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h.close(); });

const dist = (file) => readFileSync(join(DIST, file), 'utf8');
/** A file of dist/ as an editor gets it once the build knows where dist/ is published
 * (BL_PUBLIC_URL): absolute URLs (a sanitizer such as js-xss drops relative links). */
const published = (file) => dist(file).replace(/(href|src)="(?!https?:)/g, `$1="${h.url}/`);
const SNIPPETS = ['snippet-link.html', 'snippet-script.html', 'snippet-iframe.html'];
const tagsOf = (html) => [...new Set([...html.matchAll(/<([a-z]+)/g)].map((m) => m[1]))].join(' ');

/** The three sanitizers, each with its default settings. DOMPurify runs in Chromium's DOM. */
async function sanitizers() {
  const { page } = await h.open('/purify.html');
  await page.waitForFunction(() => typeof window.DOMPurify === 'function');
  return {
    'sanitize-html': async (html) => sanitizeHtml(html),
    xss: async (html) => xss.filterXSS(html),
    DOMPurify: async (html) => page.evaluate((s) => window.DOMPurify.sanitize(s), html),
    none: async (html) => html, // a CMS that keeps everything
    close: () => page.context().close(),
  };
}

test('every snippet, as pasted and through every sanitizer, shows the figures with scripts off and goes live with the site install', async () => {
  const clean = await sanitizers();
  const install = published('install-site.html');
  let n = 0;
  for (const file of SNIPPETS) {
    for (const name of ['none', 'sanitize-html', 'xss', 'DOMPurify']) {
      const kept = await clean[name](published(file));
      const label = `${file} through ${name}`;
      console.log(`# ${label} keeps: ${tagsOf(kept)}`);
      const body = `<p>Đoạn trước.</p>${kept}<p>Đoạn sau.</p>`;
      const bare = `/published-${n}.html`;
      const site = `/published-${n}-site.html`;
      n += 1;
      PAGES[bare] = () => hostPage(body);
      PAGES[site] = () => hostPage(body, { head: install });

      // Scripts off, whatever the CMS kept: the figures are text.
      const { page } = await h.open(bare, { javaScriptEnabled: false });
      if (/^<link rel="stylesheet"[^>]*>\n<div data-bl-infographic[^>]*><div [^>]*class="bl-root"/.test(kept)) {
        // The script snippet kept whole: the widget itself, styled; every figure of the article
        // is a tap away on its section control, which works without a script.
        await assertEveryFigure(page, 'vi');
      } else {
        const text = await page.locator('article').innerText();
        for (const figure of HEADLINE_FIGURES_VI) assert.ok(text.includes(figure), `${label}: ${figure} on the bare page`);
        const link = page.locator(`a[href^="${h.url}/frame.html"]`).last();
        assert.ok(await link.isVisible(), `${label}: the link to the full infographic`);
      }
      await page.context().close();

      const live = await h.open(site);
      if (kept.includes('<iframe')) {
        const frame = live.page.frameLocator('iframe');
        await frame.locator('[data-bl-infographic][data-state="ready"]').waitFor({ timeout: 15000 });
      } else {
        await settled(live.page, 1);
        const state = await live.page.locator('[data-bl-infographic]').getAttribute('data-state');
        assert.equal(state, 'ready', `${label}: live with the site install`);
        assert.deepEqual(
          await live.page.locator('.bl-card-value').allInnerTexts(),
          ['1.275', '2.669', '59,7%', 'từ 95% đến 97%'],
        );
        await showSection(live.page, 'forces');
        assert.ok(await live.page.locator('.bl-canvas').first().isVisible(), `${label}: charts drawn`);
      }
      assert.deepEqual(live.errors, [], label);
      await live.page.context().close();
    }
  }
  await clean.close();
});

for (const [lang, path] of [['vi', '/frame.html'], ['en', '/frame-en.html']]) {
  test(`${path} shows every figure of the article with scripts off (${lang})`, async () => {
    const { page } = await h.open(path, { javaScriptEnabled: false });
    await assertEveryFigure(page, lang);
    assert.equal(await page.locator('img.bl-canvas').count(), 6, 'six charts, drawn as SVG files');
    // The section control works without a script (CSS alone shows the checked section); a
    // section's charts are fetched when it is first shown.
    for (const section of ['forces', 'outreach', 'safety']) {
      await showSection(page, section);
      const plots = page.locator(`[data-panel="${section}"] img.bl-canvas`);
      for (const plot of await plots.all()) {
        await plot.evaluate((img) => img.decode());
        const box = await plot.boundingBox();
        const natural = await plot.evaluate((img) => [img.naturalWidth, img.naturalHeight]);
        assert.ok(box && box.width > 300 && box.height > 80, `${section} chart drawn at ${box?.width}×${box?.height}`);
        assert.ok(natural[0] === 360 && natural[1] > 80, `${section}: the plot file loaded (${natural})`);
      }
      assert.equal(await page.locator('img.bl-canvas:visible').count(), await plots.count(), 'one section at a time');
    }
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    // On paper every section is there at once, without the control.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('img.bl-canvas:visible').count(), 6, 'every chart printed');
    await assertEveryFigure(page, lang);
    await page.context().close();
  });
}

test('frame.html without its stylesheet and scripts still has every figure, every section at once', async () => {
  const { page } = await h.open('/frame.html', { javaScriptEnabled: false }, (p) => p.route('**/*.css', (r) => r.abort()));
  const styled = await page.locator('.bl-root').evaluate((el) => getComputedStyle(el).containerType);
  assert.equal(styled, 'normal', 'embed.css is not applied');
  await assertEveryFigure(page, 'vi');
  assert.equal(await page.locator('.bl-panel:visible').count(), 6, 'every section shows');
  assert.equal(await page.locator('img.bl-canvas:visible').count(), 6, 'every chart shows');
  // The timeline keeps one axis, across; the one that runs down beside the events is hidden.
  assert.equal(await page.locator('svg.bl-tl-axis:visible').count(), 1, 'one timeline axis');
  assert.equal(await page.locator('.bl-tl-down').isVisible(), false);
  await page.context().close();
});

test('frame.html inside a sandbox="" iframe is static but complete', async () => {
  PAGES['/sandboxed.html'] = () =>
    hostPage('<iframe sandbox="" src="frame.html?lang=vi" title="Đồ họa" width="100%" height="3500"></iframe>');
  const wasm = [];
  const { page } = await h.open('/sandboxed.html', {}, async (p) => {
    p.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
  });
  const frame = page.frames().find((f) => f.url().includes('frame.html'));
  await frame.waitForLoadState();
  await assertEveryFigure(frame, 'vi');
  assert.equal(await frame.locator('img.bl-canvas').count(), 6);
  assert.deepEqual(wasm, [], 'no script ran in the sandbox');
  await page.context().close();
});

test('frame.html in a sandbox="allow-scripts allow-same-origin" iframe is live', async () => {
  PAGES['/sandbox-scripts.html'] = () =>
    hostPage('<iframe sandbox="allow-scripts allow-same-origin" src="frame.html?lang=en" title="Infographic" width="100%" height="3400"></iframe>');
  const { page, errors } = await h.open('/sandbox-scripts.html');
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-bl-infographic][data-state="ready"]').waitFor({ timeout: 15000 });
  assert.equal(await frame.locator('canvas.bl-canvas').count(), 6, 'drawn live');
  assert.equal(await frame.locator('.bl-root[lang="en"]').count(), 1, 'options from the URL');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the site install upgrades links to this widget only, with the options of their query', async () => {
  const link = dist('snippet-link.html');
  const others = [
    '<p>Khác: <a href="other/frame.html?lang=vi">frame.html ở nơi khác</a></p>',
    '<p>Khác: <a href="http://127.0.0.9/frame.html">một máy khác</a></p>',
    '<p>Khác: <a href="frame.htm">gần giống</a></p>',
  ].join('');
  const en = link.replace('frame.html?lang=vi', 'frame.html?lang=en&amp;sections=forces');
  PAGES['/links.html'] = () => hostPage(`${link}${others}${en}`, { head: dist('install-site.html') });
  const { page, errors } = await h.open('/links.html');
  await settled(page, 2);
  const hosts = page.locator('[data-bl-infographic]');
  assert.deepEqual(await hosts.evaluateAll((hs) => hs.map((x) => x.dataset.state)), ['ready', 'ready']);
  // The snippet's paragraph went into its host, and is put aside while the widget is live: it
  // comes back when the widget goes.
  const first = await hosts.first().elementHandle();
  assert.equal(await first.evaluate((x) => x.childElementCount), 0, 'put aside while live');
  await first.evaluate((x) => x.remove());
  await page.waitForFunction((x) => x.firstElementChild?.outerHTML.startsWith('<p><strong>Sơ kết'), first);
  assert.equal(await hosts.nth(0).getAttribute('data-lang'), 'en');
  const second = hosts.nth(0).locator('.bl-root h2.bl-title');
  assert.deepEqual(await second.allInnerTexts(), ['Grassroots security forces']);
  for (const text of ['frame.html ở nơi khác', 'một máy khác', 'gần giống']) {
    assert.ok(await page.getByText(text).isVisible(), `${text}: left a link`);
  }
  assert.deepEqual(errors, []);
  await page.context().close();
});
