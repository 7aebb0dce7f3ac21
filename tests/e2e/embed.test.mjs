// What an editor does: paste the snippet (once, twice, with options), in Chromium against dist/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, settled, showSection, start } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h.close(); });

test('the demo page holds the canonical snippet exactly as an editor pastes it', () => {
  const snippet = readFileSync(join(DIST, 'snippet-script.html'), 'utf8').trim();
  const demo = readFileSync(join(DIST, 'index.html'), 'utf8');
  const pasted = demo.split('<!-- bl-infographic snippet -->')[1].split('<!-- /bl-infographic snippet -->')[0];
  const norm = (s) => s.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
  assert.equal(norm(pasted), norm(snippet));
  assert.doesNotMatch(demo, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script on the demo page');
});

test('the snippet pasted twice gives two working widgets from one wasm fetch', async () => {
  const wasm = [];
  const { page, errors } = await h.open('/twice.html', {}, async (p) => {
    p.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
  });
  await settled(page, 2);
  const states = await page.locator('[data-bl-infographic]').evaluateAll((hs) => hs.map((x) => x.dataset.state));
  assert.deepEqual(states, ['ready', 'ready']);
  assert.equal(wasm.length, 1, `one wasm request, got ${wasm.length}`);
  assert.equal(await page.locator('canvas.bl-canvas').count(), 12, 'six charts per widget');
  assert.deepEqual(await page.evaluate(() => window.__events), ['bl-infographic:ready', 'bl-infographic:ready']);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the stylesheet comes over the network once: the loader adopts the copy the snippet linked', async () => {
  const { page } = await h.open('/twice.html');
  await settled(page, 2);
  const loads = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => e.name.endsWith('/embed.css'))
    .map((e) => ({ by: e.initiatorType, bytes: e.transferSize })));
  assert.ok(loads.some((l) => l.by === 'fetch'), `the loader asked for it: ${JSON.stringify(loads)}`);
  assert.equal(loads.filter((l) => l.bytes > 0).length, 1, `one download: ${JSON.stringify(loads)}`);
  await page.context().close();
});

test('a host added later is mounted; mounting the same host twice is a no-op', async () => {
  const { page } = await h.open('/twice.html');
  await settled(page, 2);
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.setAttribute('data-bl-infographic', '');
    div.setAttribute('data-lang', 'en');
    document.body.append(div);
  });
  await settled(page, 3);
  const roots = await page.locator('[data-bl-infographic]').evaluateAll((hs) => hs.map((x) => x.shadowRoot.querySelectorAll('.bl-root').length));
  assert.deepEqual(roots, [1, 1, 1]);
  assert.ok(await page.getByText('Key figures', { exact: true }).first().isVisible());
  await page.context().close();
});

test('a bad option renders the default and names the attribute', async () => {
  const { page } = await h.open('/bad-option.html');
  await settled(page, 1);
  assert.equal(await page.locator('[data-bl-infographic]').getAttribute('data-state'), 'ready');
  const notice = await page.locator('.bl-notice').innerText();
  assert.match(notice, /data-lang="fr"/);
  assert.match(notice, /vi \| en/);
  assert.ok(await page.locator('.bl-card-value', { hasText: '1.275' }).isVisible());
});

test('data-lang="en" speaks English with en-US numbers', async () => {
  const { page } = await h.open('/en.html');
  await settled(page, 1);
  assert.equal(await page.locator('.bl-root').getAttribute('lang'), 'en');
  assert.ok(await page.locator('.bl-card-value', { hasText: '1,275' }).isVisible());
  assert.ok(await page.locator('.bl-card-value', { hasText: '59.7%' }).isVisible());
  await showSection(page, 'forces');
  await page.getByText('Show data table', { exact: true }).first().click();
  assert.ok(await page.getByText('over 200', { exact: true }).first().isVisible());
  assert.ok(await page.getByText('1,157', { exact: true }).first().isVisible());
  assert.match(await page.locator('.bl-credit').innerText(), /29 May 2017/);
});

test('data-theme="dark" draws on a dark background', async () => {
  const { page } = await h.open('/dark.html');
  await settled(page, 1);
  assert.equal(await page.locator('.bl-root').evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(26, 32, 44)');
  await showSection(page, 'forces');
  await page.waitForFunction(() => document.querySelector('[data-bl-infographic]').shadowRoot.querySelector('canvas').width > 0);
  const pixel = await page.locator('.bl-canvas').first().evaluate((c) => [...c.getContext('2d').getImageData(1, 1, 1, 1).data]);
  assert.deepEqual(pixel, [26, 32, 44, 255]);
});

test(`data-theme="auto" follows the reader's colour scheme while the page is open, the reader's section kept`, async () => {
  const { page } = await h.open('/');
  await settled(page, 1);
  await showSection(page, 'forces');
  const root = page.locator('.bl-root');
  const corner = () => page.locator('.bl-canvas').first().evaluate((c) => [...c.getContext('2d').getImageData(1, 1, 1, 1).data]);
  await page.waitForFunction(() => document.querySelector('[data-bl-infographic]').shadowRoot.querySelector('canvas').width > 0);
  assert.equal(await root.getAttribute('data-theme'), 'light');
  assert.deepEqual(await corner(), [255, 255, 255, 255]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => document.querySelector('[data-bl-infographic]').shadowRoot.querySelector('.bl-root').dataset.theme === 'dark');
  await page.waitForFunction(() => document.querySelector('[data-bl-infographic]').shadowRoot.querySelector('canvas').getContext('2d').getImageData(1, 1, 1, 1).data[0] === 26);
  assert.deepEqual(await corner(), [26, 32, 44, 255], 'the chart is redrawn dark');
  // The reader's section is kept through the re-render, with the focus on its control.
  await page.locator('.bl-nav input[value="forces"]').focus();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForFunction(() => document.querySelector('[data-bl-infographic]').shadowRoot.querySelector('.bl-root').dataset.theme === 'light');
  assert.equal(await page.locator('.bl-nav input:checked').getAttribute('value'), 'forces');
  assert.ok(await page.locator('[data-panel="forces"]').isVisible(), 'the forces still on show');
  assert.equal(await page.evaluate(() => document.querySelector('[data-bl-infographic]').shadowRoot.activeElement?.value), 'forces');
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.locator('[data-panel="outreach"]').isVisible(), 'the arrow keys still move on');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => document.querySelector('[data-bl-infographic]').shadowRoot.querySelector('.bl-root').dataset.theme === 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForFunction(() => document.querySelector('[data-bl-infographic]').shadowRoot.querySelector('.bl-root').dataset.theme === 'light');
  await page.context().close();
});

test('a failed module load leaves a readable notice and the snippet text, never a blank box', async () => {
  const { page } = await h.open('/twice.html', {}, async (_, context) => {
    await context.route('**/*.wasm', (r) => r.fulfill({ status: 404, body: 'gone' }));
  });
  await settled(page, 2);
  const states = await page.locator('[data-bl-infographic]').evaluateAll((hs) => hs.map((x) => x.dataset.state));
  assert.deepEqual(states, ['error', 'error']);
  assert.match(await page.locator('[data-bl-infographic]').first().innerText(), /Không tải được biểu đồ[\s\S]*Chỉ thị số 09/);
  assert.deepEqual(await page.evaluate(() => window.__events), ['bl-infographic:error', 'bl-infographic:error']);
});
