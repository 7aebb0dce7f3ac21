// The timeline: events on a proportional time axis, each selectable by tap, click and keyboard,
// showing what happened and the article's sentence; across from 600 px, down below.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DATASET, settled, showSection, start } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h.close(); });

const shownSources = (page) => page.locator('.bl-tl-source:visible').allInnerTexts();

test('each event is picked by click, tap and the arrow keys, and shows the article\'s sentence', async () => {
  const { page } = await h.open('/', { hasTouch: true });
  await settled(page, 1);
  await showSection(page, 'timeline');
  const events = page.locator('.bl-event');
  assert.equal(await events.count(), DATASET.events.length);
  assert.deepEqual(await shownSources(page), [`“${DATASET.events[0].source}”`], 'the first, to begin with');
  await events.nth(2).locator('label').click();
  assert.deepEqual(await shownSources(page), [`“${DATASET.events[2].source}”`]);
  await events.nth(1).locator('label').tap();
  assert.deepEqual(await shownSources(page), [`“${DATASET.events[1].source}”`]);
  // The keyboard: the group is one Tab stop; arrows move the pick.
  await page.keyboard.press('ArrowLeft');
  assert.deepEqual(await shownSources(page), [`“${DATASET.events[0].source}”`]);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await shownSources(page), [`“${DATASET.events[2].source}”`]);
  // Its mark on the axis is the highlighted one.
  const fills = await page.locator('.bl-tl-dot').evaluateAll((ds) => ds.map((d) => getComputedStyle(d).fill));
  assert.equal(new Set(fills).size, 2);
  assert.notEqual(fills[2], fills[0]);
  await page.context().close();
});

test('the marks sit on a proportional time axis', async () => {
  const { page } = await h.open('/', { viewport: { width: 800, height: 800 } });
  await settled(page, 1);
  await showSection(page, 'timeline');
  const xs = await page.locator('.bl-tl-dot').evaluateAll((ds) => ds.map((d) => d.getBoundingClientRect().x));
  const days = DATASET.events.map((e) => Date.parse(e.date) / 864e5);
  const share = (days[1] - days[0]) / (days[2] - days[0]);
  const measured = (xs[1] - xs[0]) / (xs[2] - xs[0]);
  assert.ok(Math.abs(measured - share) < 0.01, `second event at ${measured.toFixed(3)} of the axis, dates say ${share.toFixed(3)}`);
  const years = await page.locator('.bl-tl-year').allTextContents();
  assert.deepEqual(years, ['2012', '2013', '2014', '2015', '2016', '2017']);
  await page.context().close();
});

test('the events run across from 600 px of widget width and down below it', async () => {
  for (const [width, across] of [[390, false], [1200, true]]) {
    const { page } = await h.open('/', { viewport: { width, height: 800 } });
    await settled(page, 1);
    await showSection(page, 'timeline');
    const tops = await page.locator('.bl-event').evaluateAll((es) => es.map((e) => Math.round(e.getBoundingClientRect().top)));
    if (across) assert.equal(new Set(tops).size, 1, `one row at ${width} px: ${tops}`);
    else assert.ok(tops[0] < tops[1] && tops[1] < tops[2], `one under the other at ${width} px: ${tops}`);
    await page.context().close();
  }
});
