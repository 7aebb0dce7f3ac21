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
 * Reads the widget as a reader can: each section in turn through the section control (when
 * there is one; the prerendered page switches sections with CSS alone), each data table opened
 * by its toggle. Returns what was visible: the forces table rows, the figure lines by id, the
 * timeline events by date.
 */
export async function readAsReader(scope) {
  const seen = { rows: [], figures: {}, events: {} };
  const tabs = scope.locator('.bl-root .bl-nav label:visible');
  const count = await tabs.count();
  for (let i = 0; i < Math.max(count, 1); i++) {
    if (count) await tabs.nth(i).click();
    // The closed toggles on show (every one of them when the stylesheet is missing).
    const closed = scope.locator('.bl-root details.bl-data:not([open]) > summary:visible');
    while (await closed.count()) await closed.first().click();
    const snap = await scope.locator('.bl-root').evaluateAll((roots) => {
      const out = { rows: [], figures: {}, events: {} };
      const shown = (el) => el.checkVisibility();
      for (const root of roots.filter(shown)) {
        for (const tr of root.querySelectorAll('.bl-table tbody tr:not([data-figure])')) {
          if (shown(tr)) out.rows.push([tr.querySelector('th').innerText, ...[...tr.querySelectorAll('td')].map((td) => td.innerText)]);
        }
        for (const el of root.querySelectorAll('[data-figure]')) {
          if (shown(el)) out.figures[el.dataset.figure] = { value: el.querySelector('.bl-value').innerText, text: el.innerText };
        }
        for (const el of root.querySelectorAll('.bl-event')) {
          if (shown(el)) out.events[el.querySelector('time').getAttribute('datetime')] = el.innerText;
        }
      }
      return out;
    });
    seen.rows.push(...snap.rows);
    Object.assign(seen.figures, snap.figures);
    Object.assign(seen.events, snap.events);
  }
  return seen;
}

/**
 * Asserts that `scope` (a Playwright page or frame) shows every figure of the article with its
 * qualifier and what it counts, and every event of the timeline, as visible text to a reader
 * who goes through its sections and opens its tables.
 */
export async function assertEveryFigure(scope, lang) {
  const { rows, figures, events } = await readAsReader(scope);
  // The forces table: a row per group (named in its header cell), units then members.
  const COLUMN = { units: 1, members: 2 };
  for (const f of DATASET.figures) {
    const text = stated(f, lang);
    if (sectionOf(f) === 'forces') {
      const label = DATASET.groups.find((g) => g.id === f.group).label[lang];
      const row = rows.find((r) => r[0] === label);
      assert.ok(row, `${f.id}: a row for "${label}"`);
      assert.equal(row[COLUMN[f.measure]], text, `${f.id}: the ${f.measure} cell of "${label}"`);
    } else {
      const item = figures[f.id];
      assert.ok(item, `${f.id} is visible`);
      assert.equal(item.value, text, f.id);
      assert.ok(item.text.includes(f.label[lang]), `${f.id}: "${item.text}" names what is counted`);
      if (f.note) assert.ok(item.text.includes(f.note[lang]), `${f.id}: the note is shown`);
    }
  }
  for (const e of DATASET.events) {
    assert.ok(events[e.date]?.includes(e.label[lang]), e.id);
  }
}

/** The headline figures every snippet carries as plain text, in vi. */
export const HEADLINE_FIGURES_VI = [
  '1.275', 'trên 1.988', '2.669', '101.662', '59,7%', '956', '571',
  'từ 95% đến 97%', '94%', 'trên 90', 'từ 98% đến 100%',
];
