// No layout shift: Cumulative Layout Shift measured by Chromium (PerformanceObserver,
// 'layout-shift', shifts without recent input) while a reader loads the page and scrolls through
// it, at 360, 390, 768 and 1200 px: on the demo page (the script snippet), on a page with the
// link snippet and the site install, on the same page without it, and on frame.html itself.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bareArticle, DIST, layoutShift, PAGES, start } from './harness.mjs';
import { CSP, page as hostPage } from './server.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h.close(); });

const dist = (file) => readFileSync(join(DIST, file), 'utf8');

/** The demo article page with the link snippet in place of the script snippet. */
function demoWithLink(install) {
  const demo = dist('index.html');
  const [head, rest] = demo.split('<!-- bl-infographic snippet -->');
  const tail = rest.split('<!-- /bl-infographic snippet -->')[1];
  const page = `${head}${dist('snippet-link.html')}${tail}`;
  return install ? page.replace('</head>', `${dist('install-site.html')}</head>`) : page;
}


test('CLS is 0.00 at 360, 390, 768 and 1200 px, with and without the site install', async () => {
  PAGES['/demo-link.html'] = () => demoWithLink(false);
  PAGES['/demo-link-site.html'] = () => demoWithLink(true);
  // A link snippet in the first screen: the installed stylesheet reserves its space from the
  // first paint, so it becomes the widget without moving what follows.
  PAGES['/top-link-site.html'] = () =>
    hostPage(`<h1>Tiêu đề</h1><p>Đoạn trước.</p>${dist('snippet-link.html')}<p>Đoạn sau.</p>`, { head: dist('install-site.html') });
  for (const [name, path, live] of [
    ['script snippet', '/', true],
    ['link snippet + site install', '/demo-link-site.html', true],
    ['link snippet, no install', '/demo-link.html', false],
    ['link snippet at the top + install', '/top-link-site.html', true],
    ['frame.html', '/frame.html', true],
  ]) {
    for (const width of [360, 390, 768, 1200]) {
      const { value, hosts } = await layoutShift(h, path, width);
      console.log(`# CLS ${name.padEnd(34)} ${String(width).padStart(4)} px: ${value.toFixed(4)} (${hosts.join(',') || 'no host'})`);
      if (live) assert.deepEqual(hosts, ['ready'], `${name} at ${width}: the widget is live`);
      else assert.deepEqual(hosts, [], `${name}: nothing upgraded without the install`);
      assert.ok(value < 0.005, `${name} at ${width} px: CLS ${value.toFixed(4)} rounds to 0.00`);
    }
  }
});


/** A page font clearly wider than the widget's: what must not reach the widget or its space. */
PAGES['/wide-font.css'] = () => 'body { font: 19px/1.9 "DejaVu Serif", Georgia, serif; letter-spacing: 0.06em; word-spacing: 0.2em; }';
/** The widget's stylesheet 300 ms late, as on a slow network. */
const slowStylesheet = (page) => page.route('**/embed.css', async (route) => {
  await new Promise((r) => setTimeout(r, 300));
  await route.continue();
});
const FONTS = { default: '', wide: '<link rel="stylesheet" href="wide-font.css">' };

test('the script snippet in the first screen, strict style-src \'self\': 0 violations and CLS ≤ 0,01 at 4 widths × 2 font stacks', async () => {
  assert.doesNotMatch(dist('snippet-script.html'), / style="/, 'no style attribute in the snippet');
  for (const [fonts, head] of Object.entries(FONTS)) {
    PAGES[`/strict-script-${fonts}.html`] = (s) => bareArticle(s, { csp: CSP, head });
    // The same without the stylesheet linked before it (the loader then brings it): the page
    // jumps, so the test can tell. The stylesheet comes after the first paint, as on a phone's
    // network (on a fast machine it could come before it), and the reader scrolls only once the
    // widget is live, so that the jump happens on the first screen.
    PAGES[`/strict-script-unlinked-${fonts}.html`] = (s) => bareArticle(s.replace(/^<link [^>]*>/, ''), { csp: CSP, head });
    for (const width of [360, 390, 768, 1200]) {
      const { value, hosts, violations } = await layoutShift(h, `/strict-script-${fonts}.html`, width);
      const { value: without } = await layoutShift(h, `/strict-script-unlinked-${fonts}.html`, width, { setup: slowStylesheet, settleFirst: true });
      console.log(`# CLS script snippet, strict CSP, ${fonts} fonts, ${String(width).padStart(4)} px: ${value.toFixed(4)} (without its stylesheet first: ${without.toFixed(4)}); ${violations.length} violations`);
      assert.deepEqual(hosts, ['ready'], `${width} px: the widget is live`);
      assert.deepEqual(violations, [], `${fonts} fonts, ${width} px`);
      assert.ok(value <= 0.01, `${fonts} fonts, ${width} px: CLS ${value.toFixed(4)}`);
      // In the wider font the snippet starts lower in the first screen, so less of it moves.
      if (fonts === 'default') assert.ok(without > 0.05, `${width} px: without its stylesheet first the page jumps (${without.toFixed(4)}), so the test can tell`);
    }
  }
});

test('strict style-src \'self\': 0 violations for every snippet and for the site install', async () => {
  const install = dist('install-site.html');
  const pages = {
    'script snippet': (s) => bareArticle(s, { csp: CSP }),
    'link snippet + site install': () => bareArticle(dist('snippet-link.html'), { csp: CSP, head: install }),
    'iframe snippet + site install': () => bareArticle(dist('snippet-iframe.html'), { csp: CSP, head: install }),
    'script snippet + site install': (s) => bareArticle(s, { csp: CSP, head: install }),
  };
  for (const [name, make] of Object.entries(pages)) {
    const path = `/strict-${name.replace(/\W+/g, '-')}.html`;
    PAGES[path] = make;
    const { violations, hosts } = await layoutShift(h, path, 390);
    console.log(`# strict CSP, ${name}: ${violations.length} violations (${hosts.join(',') || 'no host'})`);
    assert.deepEqual(violations, [], name);
    if (!name.startsWith('iframe')) assert.deepEqual(hosts, ['ready'], `${name}: live`);
  }
});

test('frame.html: the prerendered page and the live widget are the same height at every width', async () => {
  const heightOf = async (width, javaScriptEnabled) => {
    const { page } = await h.open('/frame.html', { viewport: { width, height: 800 }, javaScriptEnabled });
    if (javaScriptEnabled) await page.locator('[data-bl-infographic][data-state="ready"]').waitFor({ state: 'attached' });
    const height = await page.locator('html').evaluate((el) => el.getBoundingClientRect().height);
    await page.context().close();
    return height;
  };
  for (const width of [320, 360, 390, 768, 1200]) {
    const [still, live] = [await heightOf(width, false), await heightOf(width, true)];
    console.log(`# frame.html at ${width} px: ${still} px static, ${live} px live`);
    assert.equal(live, still, `${width} px`);
    if (width === 360) {
      const attr = Number(/height="(\d+)"/.exec(dist('snippet-iframe.html'))[1]);
      assert.ok(Math.abs(attr - still) / still < 0.02, `the iframe snippet's height ${attr} is the page's at 360 px, ${still}`);
    }
  }
});
