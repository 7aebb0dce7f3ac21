// Iframe mode across two loopback origins, as on a real portal: the host page on 127.0.0.1 with
// the site install and the iframe snippet, the widget on 127.0.0.2. The iframe takes the height
// frame.html posts when it changes; forged messages (a third origin, another frame of the
// widget's origin, the host page itself) are ignored; the host can switch the frame's theme.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, PAGES, start } from './harness.mjs';
import { page as hostPage, serve } from './server.mjs';

const FORGE = (height) => ({
  '/forge.html': () => hostPage('<p>forge</p><script src="forge.js"></script>'),
  '/forge.js': () =>
    `for (let i = 0; i < 40; i++) setTimeout(() => parent.postMessage({ type: 'bl-infographic:height', height: ${height} }, '*'), i * 50);`,
});

let h;
let widget;
let third;
before(async () => {
  h = await start();
  widget = await serve(DIST, 0, FORGE(99), '127.0.0.2');
  third = await serve(DIST, 0, FORGE(123), '127.0.0.3');
});
after(async () => {
  await h.close();
  widget.server.close();
  third.server.close();
});

test('the iframe follows frame.html\'s height, from its own frame and origin only; the host can set its theme', async () => {
  const W = widget.url;
  const snippet = readFileSync(join(DIST, 'snippet-iframe.html'), 'utf8').replaceAll('frame.html?', `${W}/frame.html?`);
  const install = readFileSync(join(DIST, 'install-site.html'), 'utf8')
    .replace('href="embed.css"', `href="${W}/embed.css"`)
    .replace('src="embed.js"', `src="${W}/embed.js"`);
  const csp = `default-src 'self'; script-src 'self' ${W} 'wasm-unsafe-eval'; style-src 'self' ${W}; ` +
    `connect-src 'self' ${W}; frame-src ${W} ${third.url}; img-src 'self' data:`;
  PAGES['/iframe-host.html'] = () => ({
    body: hostPage(
      `<p>Đoạn trước.</p>${snippet}<iframe src="${third.url}/forge.html" title="a" height="50"></iframe>` +
        `<iframe src="${W}/forge.html" title="b" height="50"></iframe><p>Đoạn sau.</p>`,
      { head: install },
    ),
    csp,
  });
  const { page, errors } = await h.open('/iframe-host.html', {}, async (p) => {
    await p.addInitScript(() => {
      // Every message the page receives, before the site install's listener sees it: proof
      // that the forgers did post what is then ignored.
      window.__messages = [];
      addEventListener('message', (e) => window.__messages.push(e.data));
      window.__heights = [];
      new MutationObserver((records) => {
        for (const r of records) if (r.target.title?.startsWith('Đồ họa')) window.__heights.push(r.target.getAttribute('height'));
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['height'] });
    });
  });
  const iframe = page.locator('iframe[title^="Đồ họa"]');
  const frame = page.frameLocator('iframe[title^="Đồ họa"]');
  await frame.locator('[data-bl-infographic][data-state="ready"]').waitFor({ timeout: 15000 });
  // The plain line under the iframe is for when the iframe is removed: hidden while it is there.
  assert.equal(await page.locator('article > p', { hasText: '2.669' }).isHidden(), true);

  const contentHeight = () => frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  const followed = async () => {
    await page.waitForFunction(
      ([h]) => document.querySelector('iframe[title^="Đồ họa"]').getAttribute('height') === String(h),
      [await contentHeight()],
      { timeout: 5000 },
    );
  };
  await followed();
  const narrow = Number(await iframe.getAttribute('height'));
  assert.equal(narrow, await contentHeight(), 'the snippet\'s fixed height was replaced by the measured one');

  // The host posts a forged height to itself; the forging frames keep posting meanwhile.
  await page.evaluate(() => window.postMessage({ type: 'bl-infographic:height', height: 77 }, '*'));
  await page.setViewportSize({ width: 1000, height: 844 });
  await followed();
  const wide = Number(await iframe.getAttribute('height'));
  assert.ok(wide < narrow, `wider frame, shorter content: ${narrow} → ${wide}`);
  // Until every forged message has arrived: 40 from each forging frame, and the host's own.
  await page.waitForFunction(() => {
    const count = (h) => window.__messages.filter((m) => m?.height === h).length;
    return count(99) === 40 && count(123) === 40 && count(77) === 1;
  }, null, { timeout: 10000 });
  const heights = await page.evaluate(() => window.__heights);
  for (const forged of ['77', '99', '123']) assert.ok(!heights.includes(forged), `forged ${forged} ignored: ${heights}`);
  assert.equal(await iframe.getAttribute('height'), String(wide));

  // A message of another shape, or a height out of bounds, from the real frame's origin is
  // no better: the frame's own window posts only valid heights, so forge them there.
  await frame.locator('html').evaluate(() => {
    parent.postMessage({ type: 'bl-infographic:height', height: 1e9 }, '*');
    parent.postMessage({ type: 'bl-infographic:height', height: 'x' }, '*');
    parent.postMessage({ type: 'bl-infographic:navigate', url: 'http://127.0.0.9/' }, '*');
  });
  await page.waitForFunction(() => window.__messages.some((m) => m?.type === 'bl-infographic:navigate'));
  assert.equal(await iframe.getAttribute('height'), String(wide));
  assert.ok(page.url().endsWith('/iframe-host.html'));

  await page.evaluate((origin) => {
    document.querySelector('iframe[title^="Đồ họa"]').contentWindow.postMessage({ type: 'bl-infographic:theme', theme: 'dark' }, origin);
  }, W);
  await frame.locator('.bl-root[data-theme="dark"]').waitFor({ timeout: 5000 });
  assert.deepEqual(errors, []);
  await page.context().close();
});
