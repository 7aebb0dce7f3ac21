// The editors' builder (builder.html): for every mode and two sets of options, the code it
// gives, pasted into a blank page as an editor would (with the site install for a link), makes
// a widget whose static and live figures are those of the sections chosen, in their order. The
// alt text is the snippet's figures; copying falls back to selecting the text; the page passes
// axe and its section order is set by keyboard.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bareArticle, DIST, layoutShift, PAGES, start } from './harness.mjs';
import { page as hostPage } from './server.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let h;
before(async () => { h = await start(); });
after(async () => { await h.close(); });

const SETS = [
  { lang: 'vi', theme: 'auto', sections: ['forces', 'headlines'], names: ['Lực lượng', 'Tổng quan'], figure: '1.275' },
  { lang: 'en', theme: 'dark', sections: ['timeline', 'safety'], names: ['Timeline', 'Safe units'], figure: '2,669' },
];

/** Sets the builder's options as an editor does, and returns the code and the alt text. */
async function build(page, set, mode) {
  await page.locator(`input[name="lang"][value="${set.lang}"]`).check();
  await page.locator('#theme').selectOption(set.theme);
  for (const box of await page.locator('input[name="section"]').all()) {
    const value = await box.getAttribute('value');
    if (set.sections.includes(value)) await box.check();
    else await box.uncheck();
  }
  // The chosen sections brought to the top in order, with their "up" buttons.
  for (const [want, key] of set.sections.entries()) {
    for (;;) {
      const order = await page.locator('.builder-sections li').evaluateAll((lis) => lis.map((li) => li.dataset.section));
      if (order.indexOf(key) <= want) break;
      await page.locator(`.builder-sections li[data-section="${key}"] button[data-move="-1"]`).click();
    }
  }
  await page.locator(`input[name="mode"][value="${mode}"]`).check();
  return { code: await page.locator('#snippet').inputValue(), alt: await page.locator('#alt').inputValue() };
}

/** The widget's section names and language, live, in `scope` (a page or a frame). */
async function live(scope) {
  // Mounted when near the screen, as a reader scrolls to it.
  await scope.locator('[data-bl-infographic]').first().scrollIntoViewIfNeeded();
  const host = scope.locator('[data-bl-infographic][data-state="ready"]').first();
  await host.waitFor({ timeout: 15000 });
  // The live widget's own, in its shadow root (frame.html also holds the prerendered copy).
  return host.evaluate((el) => {
    const root = el.shadowRoot.querySelector('.bl-root');
    const names = [...root.querySelectorAll('.bl-nav label')].map((l) => l.innerText.trim());
    return { names, lang: root.getAttribute('lang'), theme: root.getAttribute('data-theme') };
  });
}

for (const mode of ['link', 'script', 'iframe', 'url']) {
  test(`builder, ${mode} mode: the code gives the sections chosen, static and live, for two option sets`, async () => {
    for (const set of SETS) {
      const { page, context } = await h.open('/builder.html');
      const { code, alt } = await build(page, set, mode);
      await context.close();
      assert.ok(alt.includes(set.figure), 'the alt text carries the figures');
      const install = readFileSync(join(DIST, 'install-site.html'), 'utf8');
      const path = `/pasted-${mode}-${set.lang}.html`;
      PAGES[path] = () => hostPage(mode === 'url' ? '' : code, { head: mode === 'link' ? install : '' });
      // Static: the figures with scripts off.
      if (mode !== 'url') {
        const still = await h.open(path, { javaScriptEnabled: false });
        const text = await still.page.locator('article').innerText();
        assert.ok(text.includes(set.figure), `${mode} ${set.lang}: static figures`);
        await still.context.close();
      }
      // Live.
      const opened = mode === 'url' ? await h.open(new URL(code).pathname + new URL(code).search) : await h.open(path);
      const scope = mode === 'iframe' ? opened.page.frameLocator('iframe') : opened.page;
      const widget = await live(scope);
      assert.deepEqual(widget.names, set.names, `${mode} ${set.lang}: the sections, in order`);
      assert.equal(widget.lang, set.lang);
      if (set.theme === 'dark') assert.equal(widget.theme, 'dark');
      assert.deepEqual(opened.errors, []);
      await opened.context.close();
    }
  });
}

test('builder, script mode, every section: the code holds the prerendered widget after its stylesheet, no style attribute, and the page does not jump', async () => {
  for (const lang of ['vi', 'en']) {
    const { page, context } = await h.open('/builder.html');
    await page.locator(`input[name="lang"][value="${lang}"]`).check();
    await page.locator('input[name="mode"][value="script"]').check();
    const base = await page.locator('#base').inputValue();
    const code = await page.locator('#snippet').inputValue();
    await context.close();
    assert.ok(code.startsWith(`<link rel="stylesheet" href="${base}embed.css">`), code.slice(0, 120));
    assert.doesNotMatch(code, / style="/, `${lang}: no style attribute`);
    assert.match(code, new RegExp(`<div data-bl-infographic="" data-lang="${lang}"><div [^>]*class="bl-root"`));
    const hrefs = [...code.matchAll(/ href="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(hrefs.length > 2 && hrefs.every((href) => href.startsWith(base)), `absolute addresses: ${hrefs}`);
    PAGES[`/builder-script-${lang}.html`] = () => bareArticle(code);
    const { value, hosts } = await layoutShift(h, `/builder-script-${lang}.html`, 390);
    console.log(`# CLS builder's script code, ${lang}, bare page, 390 px: ${value.toFixed(4)}`);
    assert.deepEqual(hosts, ['ready']);
    assert.ok(value <= 0.01, `${lang}: CLS ${value.toFixed(4)}`);
  }
});

test('builder, iframe and AMP modes: the frame\'s height is the build\'s, as in its own iframe snippet', async () => {
  const built = /height="(\d+)"/.exec(readFileSync(join(DIST, 'snippet-iframe.html'), 'utf8'))[1];
  for (const mode of ['iframe', 'amp']) {
    const { page, context } = await h.open('/builder.html');
    const { code } = await build(page, SETS[0], mode);
    assert.equal(/ height="(\d+)"/.exec(code)?.[1], built, `${mode}: ${code.slice(0, 160)}`);
    await context.close();
  }
});

test('builder, AMP mode: an amp-iframe with the layout, sandbox, placeholder and overflow button AMP needs', async () => {
  const { page, context } = await h.open('/builder.html');
  const { code } = await build(page, SETS[0], 'amp');
  assert.match(code, /^<amp-iframe src="[^"]*frame\.html\?lang=vi&amp;sections=forces%2Cheadlines#amp=1"/);
  // As the DOM writes them: an attribute without a value is written `name=""`.
  for (const part of ['layout="responsive"', ' resizable=""', 'sandbox="allow-scripts allow-same-origin"', 'width="600"', 'height="573"', '<button overflow=""', '<p placeholder="">']) {
    assert.ok(code.includes(part), part);
  }
  assert.ok(code.includes('1.275'), 'the placeholder carries the figures');
  await context.close();
});

test('builder: the live preview follows the options; copying falls back to selecting the text', async () => {
  const { page, context, errors } = await h.open('/builder.html', {}, async (p) => {
    await p.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('refused')) } });
    });
  });
  await build(page, SETS[1], 'script');
  const preview = page.locator('#preview');
  await page.waitForFunction(() => document.querySelector('#preview [data-bl-infographic]')?.getAttribute('data-sections') === 'timeline,safety');
  const widget = await live(preview);
  assert.deepEqual(widget.names, SETS[1].names);
  await page.locator('button[data-copy="snippet"]').click();
  const selected = await page.locator('#snippet').evaluate((t) => [t.selectionStart, t.selectionEnd, t.value.length, document.activeElement === t]);
  assert.deepEqual(selected, [0, selected[2], selected[2], true], 'the whole code selected for the editor');
  assert.deepEqual(errors, []);
  await context.close();
});

test('builder: no WCAG A/AA violations, and the section order is set by keyboard', async () => {
  for (const path of ['/builder.html', '/builder-en.html']) {
    const { page, context } = await h.open(path);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, [], path);
    // "Down" on the first section, by keyboard: it moves one place and keeps the focus.
    const down = page.locator('.builder-sections li[data-section="headlines"] button[data-move="1"]');
    await down.focus();
    await page.keyboard.press('Enter');
    const order = await page.locator('.builder-sections li').evaluateAll((lis) => lis.map((li) => li.dataset.section));
    assert.deepEqual(order.slice(0, 2), ['forces', 'headlines']);
    assert.ok(await down.evaluate((b) => b === document.activeElement), 'the focus stays on the button');
    await context.close();
  }
});

test('builder at 1.200 px: the preview beside the options, in view while they scroll, at a phone\'s, the article\'s or full width; Vietnamese letters whole in the code box', async () => {
  const { page, context, errors } = await h.open('/builder.html', { viewport: { width: 1200, height: 800 } });
  const host = page.locator('#preview [data-bl-infographic]');
  await page.waitForFunction(() => document.querySelector('#preview [data-bl-infographic]').dataset.state === 'ready');
  const form = await page.locator('#options').boundingBox();
  const shown = await host.boundingBox();
  assert.ok(shown.x >= form.x + form.width, `the preview (x ${shown.x}) is right of the options (${form.x} + ${form.width})`);
  assert.ok(shown.y < 800 && shown.y + 200 < 800, `the preview is on the first screen (y ${shown.y})`);
  // The last button of the options, scrolled to: the preview is still on screen.
  await page.locator('button[data-copy="alt"]').scrollIntoViewIfNeeded();
  assert.ok(await page.evaluate(() => window.scrollY) > 200, 'the options are taller than the screen');
  const kept = await page.locator('#preview').boundingBox();
  assert.ok(kept.y >= 0 && kept.y < 400, `the preview stays in view (y ${kept.y})`);
  // Widths: a phone's, the article column's, the whole column's.
  const widths = {};
  for (const value of ['390', '680', 'full']) {
    await page.locator(`input[name="preview-width"][value="${value}"]`).check();
    widths[value] = Math.round((await host.boundingBox()).width);
  }
  assert.equal(widths['390'], 390);
  assert.equal(widths['680'], 680);
  assert.ok(widths.full > 680, `full width ${widths.full} px`);
  // Words an editor expects; the theme's label apart from its select.
  assert.deepEqual(await page.locator('button[data-copy]').allInnerTexts(), ['Sao chép', 'Sao chép']);
  const label = await page.locator('label[for="theme"]').boundingBox();
  const select = await page.locator('#theme').boundingBox();
  assert.ok(select.x - (label.x + label.width) >= 8, `${select.x - (label.x + label.width)} px between "Màu nền" and its select`);
  // Every non-ASCII letter of the code, drawn in the code box's font, stays within its own
  // width: a mark drawn past it ("sô´") means the font lacked the letter.
  const misplaced = await page.locator('#snippet').evaluate((box) => {
    const letters = [...new Set(box.value)].filter((c) => c > '\u007f' && /\p{L}/u.test(c));
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = `40px ${getComputedStyle(box).fontFamily}`;
    return { count: letters.length, out: letters.filter((c) => { const m = ctx.measureText(c); return m.actualBoundingBoxRight > m.width + 4; }) };
  });
  assert.ok(misplaced.count > 10, `${misplaced.count} Vietnamese letters checked`);
  assert.deepEqual(misplaced.out, [], 'letters whose marks are drawn past them');
  assert.deepEqual(errors, []);
  await context.close();
});
