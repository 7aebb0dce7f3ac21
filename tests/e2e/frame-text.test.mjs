// What readers see, locked in before a rewrite: the visible text of frame.html and
// frame-en.html with scripts off, section by section (printed, so that every section shows, as
// on paper, and with every table opened), compared with tests/snapshots/pages/frame-*.txt. A difference must be explained in
// the commit that makes it. After an intended change: UPDATE_SNAPSHOTS=1 node --test
// tests/e2e/frame-text.test.mjs, and review the diff like code.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { start } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h.close(); });

const snapshot = (name) => new URL(`../snapshots/pages/${name}`, import.meta.url);

/** The page's text, one block per part of the widget: the section control, then each panel. */
async function sectionsOf(path) {
  const { page, context } = await h.open(path, { javaScriptEnabled: false });
  await page.emulateMedia({ media: 'print' });
  const parts = await page.evaluate(() => {
    // Every table toggle opened, as a reader who wants the figures does.
    for (const d of document.querySelectorAll('details')) d.open = true;
    const root = document.querySelector('[data-bl-infographic] .bl-root');
    return [...root.children].map((el) => {
      const name = el.dataset.panel ?? el.className;
      const lines = el.innerText.split('\n').map((l) => l.trim()).filter(Boolean);
      return `## ${name}\n${lines.join('\n')}\n`;
    });
  });
  await context.close();
  return parts;
}

for (const [path, file] of [['/frame.html', 'frame-vi.txt'], ['/frame-en.html', 'frame-en.txt']]) {
  test(`${path} reads as before, section by section, with scripts off`, async () => {
    const parts = await sectionsOf(path);
    const text = parts.join('\n');
    if (process.env.UPDATE_SNAPSHOTS) writeFileSync(snapshot(file), text);
    assert.ok(existsSync(snapshot(file)), `${file}: no snapshot (UPDATE_SNAPSHOTS=1 makes it)`);
    // Every part of the widget is there and says something.
    assert.ok(parts.length >= 7, `${parts.length} parts`);
    for (const part of parts) assert.ok(part.split('\n').length > 2, part);
    const expected = readFileSync(snapshot(file), 'utf8').split('\n## ');
    const actual = text.split('\n## ');
    // Section by section, so that a failure names the section that changed.
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      assert.equal(actual[i], expected[i], `${file}, part ${i + 1}`);
    }
  });
}
