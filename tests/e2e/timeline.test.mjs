// The timeline: events on a proportional time axis, each selectable by tap, click and keyboard,
// showing what happened and the article's sentence; across from 600 px, down below.
// (Without the stylesheet, see static.test.mjs: the axis across, the list, no second axis.)
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

test('the marks sit on a proportional time axis, across from 600 px and down beside the events below', async () => {
  for (const [width, across] of [[1200, true], [390, false]]) {
    const { page } = await h.open('/', { viewport: { width, height: 800 } });
    await settled(page, 1);
    await showSection(page, 'timeline');
    // The marks on show: one axis at a time.
    const dots = await page.locator('.bl-tl-dot').evaluateAll((ds) => ds.map((d) => d.getBoundingClientRect())
      .filter((r) => r.width > 0).map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })));
    assert.equal(dots.length, DATASET.events.length, `one axis on show at ${width} px`);
    const [along, fixed] = across ? ['x', 'y'] : ['y', 'x'];
    assert.equal(new Set(dots.map((d) => Math.round(d[fixed]))).size, 1, `the marks on one line at ${width} px: ${JSON.stringify(dots)}`);
    const at = dots.map((d) => d[along]);
    const days = DATASET.events.map((e) => Date.parse(e.date) / 864e5);
    const share = (days[1] - days[0]) / (days[2] - days[0]);
    const measured = (at[1] - at[0]) / (at[2] - at[0]);
    assert.ok(Math.abs(measured - share) < 0.01, `second event at ${measured.toFixed(3)} of the axis at ${width} px, dates say ${share.toFixed(3)}`);
    const years = await page.locator('.bl-tl-year:visible').allTextContents();
    assert.deepEqual(years, ['2012', '2013', '2014', '2015', '2016', '2017']);
    if (!across) {
      // Down the side of the events, as long as their list.
      const list = await page.locator('.bl-timeline').boundingBox();
      const axis = await page.locator('.bl-tl-down svg').boundingBox();
      assert.ok(axis.x + axis.width <= list.x, 'the axis is beside the list');
      assert.ok(axis.y <= list.y && axis.y + axis.height >= list.y + list.height - 1, `axis ${JSON.stringify(axis)}, list ${JSON.stringify(list)}`);
      assert.ok(axis.height - list.height < 12, `axis ${axis.height} px long, list ${list.height} px`);
    }
    await page.context().close();
  }
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
