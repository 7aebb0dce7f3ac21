// What a reader sees and does on the demo article page, in headless Chromium against dist/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { barPoint, settled, showSection, start, unfolded } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h.close(); });

test('the demo page reaches ready, with the figures as visible text and no console error', async () => {
  const { page, errors } = await h.open('/');
  await settled(page, 1);
  const host = page.locator('[data-bl-infographic]');
  assert.equal(await host.getAttribute('data-state'), 'ready');
  assert.deepEqual(await page.evaluate(() => window.__events), ['bl-infographic:ready']);
  assert.equal(await page.evaluate(() => document.querySelector('[data-bl-infographic]').shadowRoot.mode), 'open');
  // The default view: the key figures and the section control.
  assert.deepEqual(await page.locator('.bl-card-value').allInnerTexts(), ['1.275', '2.669', '59,7%', 'từ 95% đến 97%']);
  assert.ok(await page.locator('.bl-card').first().isVisible());
  assert.deepEqual(await page.locator('.bl-nav label').allInnerTexts(),
    ['Tổng quan', 'Lực lượng', 'Tuyên truyền', 'Hoàn lương', 'An toàn', 'Mốc thời gian']);
  assert.equal(await page.locator('.bl-table').first().isVisible(), false, 'tables wait behind their toggle');
  // One tap to the forces, one to their table.
  await showSection(page, 'forces');
  assert.equal(await page.locator('.bl-card').first().isVisible(), false, 'one section at a time');
  await page.getByText('Xem bảng số liệu', { exact: true }).first().click();
  for (const text of ['Ban chỉ đạo 138', 'trên 200', '1.157', 'Tổ tự quản bến xe honda đầu', '405', '42']) {
    assert.ok(await page.getByText(text, { exact: true }).first().isVisible(), `"${text}" is visible`);
  }
  assert.match(await page.locator('.bl-credit').innerText(), /M\. Nương/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('hovering a bar shows a DOM tooltip with its exact figures; leaving hides it', async () => {
  const { page } = await h.open('/');
  await settled(page, 1);
  await showSection(page, 'forces');
  const canvas = page.locator('.bl-canvas').first();
  await canvas.scrollIntoViewIfNeeded();
  const tip = page.locator('.bl-tooltip').first();
  assert.equal(await tip.isVisible(), false);
  const box = await canvas.boundingBox();
  const p = barPoint(2, 1);
  await page.mouse.move(box.x + p.x, box.y + p.y);
  await page.waitForFunction(() => !document.querySelector('[data-bl-infographic]').shadowRoot.querySelector('.bl-tooltip').hidden);
  const text = await tip.innerText();
  assert.match(text, /Tổ tự quản, tổ an ninh nhân dân/);
  assert.match(text, /Số đơn vị: 817/);
  assert.match(text, /Số thành viên: 1\.157/);
  const p0 = barPoint(0, 1);
  await page.mouse.move(box.x + p0.x, box.y + p0.y);
  await page.waitForFunction(() => /trên 200/.test(document.querySelector('[data-bl-infographic]').shadowRoot.querySelector('.bl-tooltip').textContent));
  await page.mouse.move(box.x + box.width / 2, box.y - 40);
  await page.waitForFunction(() => document.querySelector('[data-bl-infographic]').shadowRoot.querySelector('.bl-tooltip').hidden);
  await page.context().close();
});

test('the keyboard reaches every bar of every series; Enter pins, Escape clears', async () => {
  const { page } = await h.open('/');
  await settled(page, 1);
  await showSection(page, 'forces');
  const canvas = page.locator('.bl-canvas').first();
  await canvas.focus();
  const tip = page.locator('.bl-tooltip').first();
  const seen = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('ArrowDown');
    // The selected bar's line comes first, after the row's name.
    await page.waitForFunction((n) => {
      const t = document.querySelector('[data-bl-infographic]').shadowRoot.querySelector('.bl-tooltip');
      return !t.hidden && t.dataset.seen !== String(n);
    }, i);
    await tip.evaluate((t, n) => { t.dataset.seen = String(n); }, i);
    const lines = await tip.locator('strong, .bl-tip-line').allInnerTexts();
    seen.push(`${lines[0]} | ${lines[1]}`);
  }
  assert.equal(new Set(seen).size, 12, `twelve bars, each once: ${seen.join(' / ')}`);
  assert.match(seen[0], /^Ban chỉ đạo 138 \| Số đơn vị: 11$/);
  assert.match(seen[1], /^Ban chỉ đạo 138 \| Số thành viên: trên 200$/);
  assert.match(seen[11], /^Tổ phòng chống tội phạm \| Số thành viên/);
  assert.equal(await tip.getAttribute('aria-live'), 'polite', 'each selection is announced');
  // Pinned by Enter: the mouse passing over and out does not move it.
  await page.keyboard.press('Enter');
  const box = await canvas.boundingBox();
  const p = barPoint(2, 0);
  await page.mouse.move(box.x + p.x, box.y + p.y);
  await page.mouse.move(box.x + box.width / 2, box.y - 40);
  assert.match(await tip.innerText(), /Tổ phòng chống tội phạm/);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('[data-bl-infographic]').shadowRoot.querySelector('.bl-tooltip').hidden);
  await page.context().close();
});

test('the canvas is crisp (bitmap = CSS size × devicePixelRatio), follows its container and is not copied each frame', async () => {
  const { page } = await h.open('/', { deviceScaleFactor: 3, viewport: { width: 320, height: 700 } });
  await settled(page, 1);
  await showSection(page, 'forces');
  const size = () => page.locator('.bl-canvas').first().evaluate((c) => ({ w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight }));
  await page.waitForFunction(() => document.querySelector('[data-bl-infographic]').shadowRoot.querySelector('canvas').width > 300);
  let s = await size();
  assert.equal(s.w, s.cw * 3);
  assert.equal(s.h, s.ch * 3);
  assert.equal(s.ch, 4 + 6 * 64 + 22);
  // Drawn once, then still under the moving tooltip: a desynchronized context, which Chromium
  // does not copy at every frame (canvas_backend.rs).
  const attrs = await page.locator('.bl-canvas').first().evaluate((c) => c.getContext('2d').getContextAttributes());
  assert.equal(attrs.desynchronized, true);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal overflow at 320 px (overflow ${overflow})`);
  await page.setViewportSize({ width: 700, height: 700 });
  await page.waitForFunction((old) => document.querySelector('[data-bl-infographic]').shadowRoot.querySelector('canvas').width !== old, s.w);
  s = await size();
  assert.equal(s.w, s.cw * 3);
  await page.context().close();
});

test('a host stylesheet cannot restyle the widget, and the page CSP is strict', async () => {
  const { page, errors } = await h.open('/hostile.html');
  await settled(page, 1);
  const style = await page.locator('.bl-root').evaluate((el) => {
    const s = getComputedStyle(el);
    return { font: s.fontStyle, size: s.fontSize, dir: s.direction, color: s.color, spacing: s.letterSpacing };
  });
  assert.deepEqual(style, { font: 'normal', size: '15px', dir: 'ltr', color: 'rgb(26, 32, 44)', spacing: 'normal' });
  assert.equal(await page.locator('.bl-table td').first().evaluate((el) => getComputedStyle(el).borderTopStyle), 'none');
  assert.deepEqual(errors.filter((e) => /Content Security Policy/i.test(e)), []);
  await page.context().close();
});

/** Every computed style of every element in the widget's shadow root, in document order. */
const shadowStyles = (page) => page.evaluate(() => {
  const root = document.querySelector('[data-bl-infographic]').shadowRoot;
  return [...root.querySelectorAll('*')].map((el) => {
    const s = getComputedStyle(el);
    const styles = Object.fromEntries([...s].map((name) => [name, s.getPropertyValue(name)]));
    return { el: `${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className}`, styles };
  });
});

test('sealed: a host stylesheet setting every inherited property on every element changes no computed style in the widget', async () => {
  const computed = [];
  for (const path of ['/plain.html', '/inherit-all.html']) {
    const { page } = await h.open(path, { viewport: { width: 390, height: 844 } });
    await settled(page, 1);
    await unfolded(page);
    computed.push(await shadowStyles(page));
    if (path === '/inherit-all.html') {
      // The host itself took them all: they reach its shadow root, and stop at the top element.
      const host = await page.locator('[data-bl-infographic]').evaluate((el) => {
        const s = getComputedStyle(el);
        return [s.direction, s.textTransform, s.color];
      });
      assert.deepEqual(host, ['rtl', 'uppercase', 'rgb(255, 0, 255)']);
    }
    await page.context().close();
  }
  const [plain, hostile] = computed;
  assert.ok(plain.length > 100, `${plain.length} elements compared`);
  assert.deepEqual(hostile.map((e) => e.el), plain.map((e) => e.el), 'the same elements');
  const changed = [];
  plain.forEach((e, i) => {
    for (const [name, value] of Object.entries(e.styles)) {
      if (hostile[i].styles[name] !== value) changed.push(`${e.el} ${name}: ${value} → ${hostile[i].styles[name]}`);
    }
  });
  console.log(`# ${plain.length} elements × ${Object.keys(plain[0].styles).length} properties compared; ${changed.length} changed`);
  assert.deepEqual(changed.slice(0, 20), [], `${changed.length} computed styles changed`);
});

test('ready comes after every visible chart has painted; a hidden one paints when shown', async () => {
  const { page } = await h.open('/charts.html', {}, async (p) => {
    await p.addInitScript(() => {
      document.addEventListener('bl-infographic:ready', (e) => {
        // At the moment of the (first) event: has each visible canvas more than its background?
        if (window.__paintedAtReady) return;
        window.__paintedAtReady = [...e.target.shadowRoot.querySelectorAll('canvas.bl-canvas')].filter((c) => c.checkVisibility()).map((c) => {
          if (!c.width || !c.height) return false;
          const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          for (let i = 4; i < d.length; i += 4) {
            if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) return true;
          }
          return false;
        });
      });
    });
  });
  await settled(page, 1);
  assert.deepEqual(await page.evaluate(() => window.__paintedAtReady), [true, true], 'the forces charts, the ones on show');
  assert.deepEqual(await page.evaluate(() => window.__events), ['bl-infographic:ready'], 'ready once');
  await showSection(page, 'safety');
  await page.waitForFunction(() => {
    const c = document.querySelector('[data-bl-infographic]').shadowRoot.querySelector('[data-panel="safety"] canvas');
    return c.checkVisibility() && c.width > 0;
  });
  await page.context().close();
});

test('the section on show is rendered first and ready comes with it; the others follow, one per task, and find-in-page finds them', async () => {
  const { page, errors } = await h.open('/', {}, async (p) => {
    await p.addInitScript(() => {
      // At the moment of ready, and before each later task: which panels have content?
      const filled = (host) => [...host.shadowRoot.querySelectorAll('[data-panel]')]
        .filter((panel) => panel.childElementCount > 0).map((panel) => panel.dataset.panel);
      window.__filled = [];
      document.addEventListener('bl-infographic:ready', (e) => {
        window.__filledAtReady = filled(e.target);
        const watch = () => {
          window.__filled.push(filled(e.target).length);
          if (window.__filled.at(-1) < 6) setTimeout(watch);
        };
        setTimeout(watch);
      });
    });
  });
  await settled(page, 1);
  assert.deepEqual(await page.evaluate(() => window.__filledAtReady), ['headlines'], 'only the section on show at ready');
  await page.waitForFunction(() => window.__filled.at(-1) === 6);
  const steps = await page.evaluate(() => window.__filled);
  assert.ok(steps.every((n, i) => i === 0 || n - steps[i - 1] <= 1), `one section per task: ${steps}`);
  // The timeline, the last section, in the page's text though never shown.
  const text = await page.locator('[data-bl-infographic]').evaluate((x) => x.shadowRoot.textContent);
  assert.match(text, /2017/);
  assert.match(text, /Chỉ thị số 09/);
  for (const figure of ['1.157', '101.662', '571']) assert.ok(text.includes(figure), `${figure} in the widget's text`);
  assert.deepEqual(await page.evaluate(() => window.__events), ['bl-infographic:ready'], 'ready once');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('at 360 px, a tap on a row\'s label, its value text or the gap by its bars shows the whole row; a tap outside every row hides it', async () => {
  const { page } = await h.open('/', { hasTouch: true, isMobile: true, deviceScaleFactor: 3, viewport: { width: 360, height: 740 } });
  await settled(page, 1);
  // [section, chart in it, row, series in the chart, the row's label, every series' line, notes
  // above the row]: the tooltip names the row and every series of it, each figure exact with its
  // qualifier.
  const charts = [
    ['forces', 0, 0, 2, 'Ban chỉ đạo 138', ['Số đơn vị: 11', 'Số thành viên: trên 200']],
    ['forces', 1, 2, 1, 'Tổ tự quản, tổ an ninh nhân dân', ['Thành viên mỗi đơn vị: 1,4']],
    ['outreach', 0, 2, 1, 'Địa bàn dân cư', ['Lượt tham dự: 101.662']],
    ['outreach', 1, 1, 1, 'Địa bàn dân cư', ['Số cuộc: 2.669']],
    ['outreach', 2, 1, 1, 'Khẩu hiệu', ['Số liệu: 186']],
    // Under Hộ gia đình's bar and Xã, phường's figure, a note each.
    ['safety', 0, 3, 1, 'Cơ quan, doanh nghiệp', ['Tỉ lệ đạt chuẩn: từ 98% đến 100%'], 2],
  ];
  for (const [section, nth, row, count, label, lines, notes = 0] of charts) {
    await showSection(page, section);
    const canvas = page.locator(`[data-panel="${section}"] canvas.bl-canvas`).nth(nth);
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    // The layout's rows (src/chart/layout.rs): 4 px at the top, then each row a label of 20 px,
    // bars of 14 px 4 apart, and 12 px before the next row; a note's line under its bar, 18 px.
    const top = 4 + row * (20 + count * 14 + (count - 1) * 4 + 12) + notes * 18;
    const lastBar = top + 20 + (count - 1) * 18;
    const taps = [
      ['the label', 24, top + 10],
      ['the value text', box.width - 40, lastBar + 7],
      // Between the two bars, or (one bar) in the gap below it.
      [count > 1 ? 'the gap between the bars' : 'the gap below the bar', box.width / 2, count > 1 ? top + 20 + 16 : lastBar + 17],
    ];
    const tip = page.locator(`[data-panel="${section}"] .bl-tooltip`).nth(nth);
    for (const [where, x, y] of taps) {
      await page.touchscreen.tap(box.x + x, box.y + y);
      await tip.waitFor({ state: 'visible' });
      const shown = (await tip.innerText()).split('\n').map((l) => l.trim()).filter(Boolean);
      assert.equal(shown[0], label, `${section} chart ${nth}, a tap on ${where}: the row`);
      assert.deepEqual(shown.slice(1).sort(), [...lines].sort(), `${section} chart ${nth}, a tap on ${where}: every series of the row`);
      // Below the last row, on the axis: outside every band, the row goes.
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height - 4);
      await tip.waitFor({ state: 'hidden' });
    }
    // A tap on the section's heading, elsewhere in the widget: the pin goes too.
    await page.touchscreen.tap(box.x + 24, box.y + top + 10);
    await tip.waitFor({ state: 'visible' });
    await page.locator(`[data-panel="${section}"] .bl-title`).first().tap();
    await tip.waitFor({ state: 'hidden' });
  }
  await page.context().close();
});
