// The widget's life on a page: fetched lazily (no wasm request until a host nears the screen),
// re-rendered when its attributes change, unmounted when its host is removed and mounted again
// when it comes back — with no growth in observers, listeners or mounted apps, and bounded
// wasm memory, over 100 removals and 100 replacements.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { PAGES, settled, showSection, start } from './harness.mjs';
import { page as hostPage } from './server.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h.close(); });

const filler = (n) => Array.from({ length: n }, (_, i) => `<p>Đoạn văn ${i + 1} của bài viết.</p>`).join('');

test('a host three screens below the fold loads nothing until it is scrolled near', async () => {
  PAGES['/lazy.html'] = (s) => hostPage(`${filler(90)}${s}<p>Cuối bài.</p>`);
  const wasm = [];
  const { page, errors } = await h.open('/lazy.html', {}, async (p) => {
    p.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
  });
  const host = page.locator('[data-bl-infographic]');
  const top = await host.evaluate((x) => x.getBoundingClientRect().top);
  assert.ok(top > 3 * 844, `host at ${top} px`);
  // The loader has taken the host (its state) and the observer has had its first look (two
  // frames later): a near host would have been mounted by now.
  await page.waitForFunction(() => document.querySelector('[data-bl-infographic]').dataset.state === 'loading');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.deepEqual(wasm, [], 'no wasm request while the host is far');
  assert.equal(await host.getAttribute('data-state'), 'loading');
  assert.match(await host.innerText(), /2\.669/, 'the static figures are there meanwhile');
  await page.evaluate((y) => window.scrollTo(0, y), top - 844 * 1.8);
  await page.waitForFunction(() => document.querySelector('[data-bl-infographic]').dataset.state === 'ready', null, { timeout: 15000 });
  assert.equal(wasm.length, 1);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('changing data-lang, data-sections, data-theme or data-src re-renders the widget', async () => {
  const { page, errors } = await h.open('/');
  await settled(page, 1);
  const host = page.locator('[data-bl-infographic]');
  await host.evaluate((x) => x.setAttribute('data-lang', 'en'));
  await page.locator('.bl-root[lang="en"]').waitFor();
  assert.deepEqual(await page.locator('.bl-card-value').allInnerTexts(), ['1,275', '2,669', '59.7%', 'from 95% to 97%']);
  await host.evaluate((x) => x.setAttribute('data-sections', 'timeline'));
  // Only the timeline's title: the other sections gone, not merely not rendered yet.
  await page.waitForFunction(() => [...document.querySelector('[data-bl-infographic]').shadowRoot.querySelectorAll('h2.bl-title')]
    .map((h) => h.textContent).join() === 'From the directive to the review');
  assert.deepEqual(await page.locator('.bl-root h2.bl-title').allInnerTexts(), ['From the directive to the review']);
  await host.evaluate((x) => x.setAttribute('data-theme', 'dark'));
  await page.locator('.bl-root[data-theme="dark"]').waitFor();
  await host.evaluate((x) => { x.removeAttribute('data-sections'); x.setAttribute('data-src', 'data/custom.json'); });
  await page.locator('[data-figure="rehab.reformed"] .bl-value', { hasText: '600' }).waitFor({ state: 'attached' });
  assert.equal(await page.locator('.bl-card-value').nth(2).innerText(), '62.8%', 'on show: the overview from the new data');
  assert.equal(await page.locator('.bl-root').count(), 1, 'one widget, re-rendered in place');
  assert.deepEqual(errors, []);
  await page.context().close();
});

/** What the reader chose, as the widget shows it now; and whether the root and canvases are the same nodes. */
const choices = (page) => page.evaluate(() => {
  const root = document.querySelector('[data-bl-infographic]').shadowRoot;
  const panel = root.querySelector('[data-panel="outreach"]');
  const tip = panel.querySelector('.bl-tooltip');
  const canvas = panel.querySelector('canvas.bl-canvas');
  // The background of the first chart, at its top-left corner, as drawn.
  const [r, g, b] = canvas.getContext('2d').getImageData(2, 2, 1, 1).data;
  return {
    section: root.querySelector('.bl-nav input:checked')?.value,
    shown: panel.checkVisibility(),
    tableOpen: panel.querySelector('details.bl-data').open,
    pinned: tip.hidden ? null : tip.querySelector('strong').textContent,
    sameNodes: root.querySelector('.bl-root').__marked === true && canvas.__marked === true,
    background: `rgb(${r}, ${g}, ${b})`,
  };
});

test('a theme, language or sections change keeps the section on show, the open table and the pinned row; a theme change only redraws the colours', async () => {
  const { page, errors } = await h.open('/', { viewport: { width: 390, height: 844 } });
  await settled(page, 1);
  const host = page.locator('[data-bl-infographic]');
  await showSection(page, 'outreach');
  await page.locator('[data-panel="outreach"] details.bl-data summary').click();
  const canvas = page.locator('[data-panel="outreach"] canvas.bl-canvas').first();
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  // Row 2 of a chart of one series: 4 px, two rows of 46, the label's 20, half the bar's 14.
  await page.mouse.click(box.x + 10, box.y + 4 + 2 * 46 + 20 + 7);
  await page.locator('[data-panel="outreach"] .bl-tooltip').first().waitFor({ state: 'visible' });
  await page.evaluate(() => {
    const root = document.querySelector('[data-bl-infographic]').shadowRoot;
    root.querySelector('.bl-root').__marked = true;
    root.querySelector('[data-panel="outreach"] canvas.bl-canvas').__marked = true;
  });
  const before = await choices(page);
  assert.deepEqual({ ...before, background: undefined }, {
    section: 'outreach', shown: true, tableOpen: true, pinned: 'Địa bàn dân cư', sameNodes: true, background: undefined,
  }, 'the reader\'s choices, before');

  await host.evaluate((x) => x.setAttribute('data-theme', 'dark'));
  await page.locator('.bl-root[data-theme="dark"]').waitFor({ state: 'attached' });
  await page.waitForFunction((light) => {
    const c = document.querySelector('[data-bl-infographic]').shadowRoot.querySelector('[data-panel="outreach"] canvas.bl-canvas');
    const [r, g, b] = c.getContext('2d').getImageData(2, 2, 1, 1).data;
    return `rgb(${r}, ${g}, ${b})` !== light;
  }, before.background);
  const dark = await choices(page);
  assert.deepEqual({ ...dark, background: undefined }, { ...before, background: undefined }, 'dark: every choice kept, the same nodes');
  assert.notEqual(dark.background, before.background, 'the canvas redrawn in the dark palette');

  await host.evaluate((x) => x.setAttribute('data-lang', 'en'));
  await page.locator('.bl-root[lang="en"]').waitFor({ state: 'attached' });
  const english = await choices(page);
  assert.deepEqual(english, { ...dark, pinned: 'Residential areas' }, 'English: every choice kept, the pinned row in English');

  await host.evaluate((x) => x.setAttribute('data-sections', 'timeline,outreach,forces'));
  await page.waitForFunction(() => document.querySelector('[data-bl-infographic]').shadowRoot.querySelectorAll('.bl-nav input').length === 3);
  assert.deepEqual(await choices(page), english, 'fewer sections, in another order: the section on show and its table stay');
  assert.deepEqual(errors, []);
  await page.context().close();
});

/** Live counts: observed elements, mounted apps, wasm memory, and Chromium's DOM counters. */
async function probe(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { jsEventListeners, nodes } = await cdp.send('Memory.getDOMCounters');
  const live = await page.evaluate(async () => {
    const m = await import('/bl-infographic.js');
    // The module's exports, under the short names the build gives them: its one memory.
    const memory = Object.values(await m.default()).find((e) => e instanceof WebAssembly.Memory);
    return { observed: window.__observed(), mounted: m.mountedCount(), memory: memory.buffer.byteLength };
  });
  return { ...live, listeners: jsEventListeners, nodes };
}

async function countObservers(p) {
  await p.addInitScript(() => {
    const Native = window.ResizeObserver;
    const all = new Set();
    window.ResizeObserver = class extends Native {
      constructor(callback) { super(callback); this.targets = new Set(); all.add(this); }
      observe(target, options) { this.targets.add(target); super.observe(target, options); }
      unobserve(target) { this.targets.delete(target); super.unobserve(target); }
      disconnect() { this.targets.clear(); super.disconnect(); }
    };
    window.__observed = () => [...all].reduce((n, o) => n + o.targets.size, 0);
  });
}

const readyEvents = (page) => page.evaluate(() => window.__events.filter((e) => e === 'bl-infographic:ready').length);

test('removing and re-adding a host 100 times, and replacing it 100 times, leaks nothing', async () => {
  PAGES['/leak.html'] = (s) => hostPage(`<p>Trước.</p><div id="slot">${s}</div><p>Sau.</p>`);
  const { page, context, errors } = await h.open('/leak.html', {}, countObservers);
  const cdp = await context.newCDPSession(page);
  await settled(page, 1);
  const unmounted = () => page.waitForFunction(async () => (await import('/bl-infographic.js')).mountedCount() === 0);
  const cycle = async (replace) => {
    const before = await readyEvents(page);
    await page.evaluate(() => {
      const host = document.querySelector('[data-bl-infographic]');
      window.__kept = host;
      host.remove();
    });
    await unmounted();
    await page.evaluate((fresh) => {
      const slot = document.getElementById('slot');
      if (!fresh) return slot.append(window.__kept);
      const host = document.createElement('div');
      host.setAttribute('data-bl-infographic', '');
      host.setAttribute('data-lang', 'vi');
      host.innerHTML = window.__kept.innerHTML;
      slot.append(host);
    }, replace);
    await page.waitForFunction((n) => window.__events.filter((e) => e === 'bl-infographic:ready').length > n, before);
  };
  for (let i = 0; i < 5; i++) await cycle(false);
  const start = await probe(page, cdp);
  for (let i = 0; i < 100; i++) await cycle(false);
  const readded = await probe(page, cdp);
  for (let i = 0; i < 100; i++) await cycle(true);
  const replaced = await probe(page, cdp);
  console.log(`# after 5 cycles: ${JSON.stringify(start)}`);
  console.log(`# after 100 re-adds: ${JSON.stringify(readded)}`);
  console.log(`# after 100 replacements: ${JSON.stringify(replaced)}`);
  for (const [name, now] of [['re-added', readded], ['replaced', replaced]]) {
    assert.equal(now.mounted, 1, `${name}: one mounted app`);
    assert.equal(now.observed, start.observed, `${name}: ResizeObservers`);
    assert.ok(now.listeners <= start.listeners + 5, `${name}: listeners ${start.listeners} → ${now.listeners}`);
    assert.ok(now.memory - start.memory <= 1024 * 1024, `${name}: wasm memory ${start.memory} → ${now.memory}`);
  }
  assert.equal(start.observed, 6, 'one observer per chart');
  assert.deepEqual(errors, []);
  await context.close();
});
