// The module asked for ahead (issue 25, phone networks): a page whose first screen holds the
// widget (frame.html; a script snippet the editor marks so in the builder) asks for the glue and
// the wasm as it is read, not once the loader has run, and the loader then takes those very
// responses: each file comes once. Where scripts cannot run (a frame sandboxed without scripts,
// scripts off) nothing is fetched. The loader is held back in each test, so a request made while
// it waits can only be the page's own.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { bareArticle, PAGES, start } from './harness.mjs';
import { page as hostPage } from './server.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h.close(); });

const MODULE = ['bl-infographic.js', 'bl-infographic_bg.wasm'];
const HELD_MS = 1500;

/**
 * Opens `path` with the loader (embed.js) held back `HELD_MS`; returns the page and, for each
 * file of the module, how often it was requested and whether the first request went out while
 * the loader was still held back.
 */
async function openHeld(path, options = {}) {
  const asked = Object.fromEntries(MODULE.map((f) => [f, { count: 0, ahead: false }]));
  let loaderServed = false;
  const opened = await h.open(path, options, async (page, context) => {
    await context.route('**/embed.js', async (route) => {
      await new Promise((r) => { setTimeout(r, HELD_MS); });
      loaderServed = true;
      await route.continue();
    });
    context.on('request', (r) => {
      const file = new URL(r.url()).pathname.split('/').pop();
      if (!asked[file]) return;
      asked[file].count += 1;
      if (asked[file].count === 1) asked[file].ahead = !loaderServed;
    });
  });
  return { ...opened, asked };
}

test('frame.html asks for the glue and the wasm as it is read, and the loader takes them: each comes once', async () => {
  for (const path of ['/frame.html', '/frame-en.html?sections=safety']) {
    const { page, context, errors, asked } = await openHeld(path);
    await page.locator('[data-bl-infographic][data-state="ready"]').waitFor({ timeout: 20000 });
    for (const file of MODULE) {
      assert.ok(asked[file].ahead, `${path}: ${file} asked for before the loader ran`);
      assert.equal(asked[file].count, 1, `${path}: ${file} fetched once`);
    }
    assert.deepEqual(errors, [], path);
    await context.close();
  }
});

test('where scripts cannot run, nothing of the module is fetched: a frame sandboxed without scripts, scripts off', async () => {
  PAGES['/preload-sandboxed.html'] = () => hostPage('<iframe sandbox="" src="/frame.html" title="Đồ họa" width="390" height="573"></iframe>');
  const cases = [['/preload-sandboxed.html', {}], ['/frame.html', { javaScriptEnabled: false }]];
  for (const [path, options] of cases) {
    const { page, context, asked } = await openHeld(path, options);
    // The static figures are there, and the time the loader would have needed has passed.
    const scope = path === '/frame.html' ? page : page.frameLocator('iframe');
    await scope.locator('body').getByText('2.669', { exact: false }).first().waitFor();
    await page.waitForTimeout(HELD_MS + 500);
    for (const file of MODULE) assert.equal(asked[file].count, 0, `${path} ${JSON.stringify(options)}: ${file}`);
    await context.close();
  }
});

test('builder: a script snippet marked in the first screen asks for the module ahead, from the address given; unmarked or another mode, it does not', async () => {
  const { page, context } = await h.open('/builder.html');
  await page.locator('input[name="mode"][value="script"]').check();
  const base = await page.locator('#base').inputValue();
  const plain = await page.locator('#snippet').inputValue();
  const box = page.locator('input[name="first-screen"]');
  await box.check();
  const first = await page.locator('#snippet').inputValue();
  await page.locator('input[name="mode"][value="iframe"]').check();
  assert.ok(await box.isDisabled(), 'only a script snippet asks for the module');
  assert.doesNotMatch(await page.locator('#snippet').inputValue(), /preload/);
  await context.close();

  assert.doesNotMatch(plain, /preload/, 'not unless marked');
  const lines = first.split('\n');
  assert.equal(lines[0], `<link rel="stylesheet" href="${base}embed.css">`);
  assert.equal(lines[1], `<link rel="modulepreload" href="${base}bl-infographic.js" media="(scripting: enabled)">`);
  assert.equal(lines[2], `<link rel="preload" href="${base}bl-infographic_bg.wasm" as="fetch" crossorigin="" media="(scripting: enabled)">`);
  assert.equal(first.replace(`${lines[1]}\n${lines[2]}\n`, ''), plain, 'the rest of the snippet unchanged');

  PAGES['/preload-pasted.html'] = () => bareArticle(first);
  const pasted = await openHeld('/preload-pasted.html');
  await pasted.page.locator('[data-bl-infographic][data-state="ready"]').waitFor({ timeout: 20000 });
  for (const file of MODULE) {
    assert.ok(pasted.asked[file].ahead, `pasted: ${file} asked for before the loader ran`);
    assert.equal(pasted.asked[file].count, 1, `pasted: ${file} fetched once`);
  }
  assert.deepEqual(pasted.errors, []);
  await pasted.context.close();
});
