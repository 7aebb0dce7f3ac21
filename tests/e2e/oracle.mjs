// The oracle of the figure tests: each figure of the dataset as the article states it, in vi and
// en, with a formatter written here independently of the Rust one; and the check that a page
// (live widget, prerendered frame.html, a frame inside a page) shows every one of them.
import assert from 'node:assert/strict';
import { DATASET } from './harness.mjs';

const WORDS = {
  vi: { over: 'trên', nearly: 'gần', from: 'từ', to: 'đến', group: '.', decimal: ',' },
  en: { over: 'over', nearly: 'nearly', from: 'from', to: 'to', group: ',', decimal: '.' },
};

/** A figure as the article states it, in `lang`. */
export function stated(f, lang) {
  const w = WORDS[lang];
  const n = (v) => String(v).replace(/\B(?=(\d{3})+(?!\d))/g, w.group) + (f.unit === 'percent' ? '%' : '');
  const a = f.amount;
  switch (a.qualifier) {
    case 'exact': return n(a.value);
    case 'over': return `${w.over} ${n(a.value)}`;
    case 'nearly': return `${w.nearly} ${n(a.value)}`;
    case 'range': return `${w.from} ${n(a.from)} ${w.to} ${n(a.to)}`;
    default: throw new Error(a.qualifier);
  }
}

const sectionOf = (f) => DATASET.groups.find((g) => g.id === f.group).section;

/**
 * Asserts that `scope` (a Playwright page or frame) shows every figure of the article with its
 * qualifier and what it counts, and every event of the timeline, as visible text.
 */
export async function assertEveryFigure(scope, lang) {
  // The forces table: a row per group (named in its header cell), units then members.
  const rows = await scope.locator('.bl-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th').innerText, ...[...tr.querySelectorAll('td')].map((td) => td.innerText)]));
  const COLUMN = { units: 1, members: 2 };
  for (const f of DATASET.figures) {
    const text = stated(f, lang);
    if (sectionOf(f) === 'forces') {
      const label = DATASET.groups.find((g) => g.id === f.group).label[lang];
      const row = rows.find((r) => r[0] === label);
      assert.ok(row, `${f.id}: a row for "${label}"`);
      assert.equal(row[COLUMN[f.measure]], text, `${f.id}: the ${f.measure} cell of "${label}"`);
    } else {
      const item = scope.locator(`[data-figure="${f.id}"]`);
      assert.ok(await item.isVisible(), `${f.id} is visible`);
      assert.equal(await item.locator('.bl-value').innerText(), text, f.id);
      const line = await item.innerText();
      assert.ok(line.includes(f.label[lang]), `${f.id}: "${line}" names what is counted`);
      if (f.note) assert.ok(line.includes(f.note[lang]), `${f.id}: the note is shown`);
    }
  }
  for (const e of DATASET.events) {
    const item = scope.locator(`.bl-event:has(time[datetime="${e.date}"])`);
    assert.ok((await item.innerText()).includes(e.label[lang]), e.id);
  }
}

/** The headline figures every snippet carries as plain text, in vi. */
export const HEADLINE_FIGURES_VI = [
  '1.275', 'trên 1.988', '2.669', '101.662', '59,7%', '956', '571',
  'từ 95% đến 97%', '94%', 'trên 90', 'từ 98% đến 100%',
];
