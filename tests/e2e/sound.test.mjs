// Charts you can hear, with a spy in place of the Web Audio API (headless Chromium has no
// sound to listen to): no AudioContext until the reader presses "Nghe biểu đồ"; Enter and
// Space play and stop; every bar a tone in reading order, its timbre by series; its pitch on
// the chart's scale (checked against the figure the tooltip announces for each arrow step); a
// range glides; a figure without a unit is silent.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { settled, showSection, start } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h.close(); });

function spy() {
  const audio = { contexts: 0, tones: [] };
  window.__audio = audio;
  class Param {
    constructor() { this.calls = []; }
    set value(v) { this.calls.push(['value', v]); }
    get value() { return 0; }
    setValueAtTime(v, at) { this.calls.push(['set', v, at]); return this; }
    linearRampToValueAtTime(v, at) { this.calls.push(['ramp', v, at]); return this; }
  }
  class Node {
    connect(to) { return to; }
    disconnect() {}
  }
  class Oscillator extends Node {
    constructor() { super(); Object.assign(this, { type: 'sine', frequency: new Param(), detune: new Param(), stops: [] }); audio.tones.push(this); }
    start(at) { this.at = at; }
    stop(at) { this.stops.push(at ?? 'now'); }
  }
  class Gain extends Node {
    constructor() { super(); this.gain = new Param(); }
  }
  window.AudioContext = class {
    constructor() { audio.contexts += 1; this.currentTime = 1; this.destination = new Node(); }
    createOscillator() { return new Oscillator(); }
    createGain() { return new Gain(); }
  };
}

/** What the spy heard: each tone's timbre, start, Hz, cents (set and ramped to) and stops. */
const heard = (page) => page.evaluate(() => window.__audio.tones.map((t) => ({
  type: t.type,
  at: t.at,
  hz: t.frequency.calls.find((c) => c[0] === 'value')?.[1],
  from: t.detune.calls.find((c) => c[0] === 'set')?.[1],
  to: t.detune.calls.find((c) => c[0] === 'ramp')?.[1],
  stops: t.stops,
})));

test('no AudioContext until pressed; Enter plays every bar in reading order, a timbre per series; Space stops; Enter plays again', async () => {
  const { page, errors } = await h.open('/charts.html', {}, (p) => p.addInitScript(spy));
  await settled(page, 1);
  assert.equal(await page.evaluate(() => window.__audio.contexts), 0, 'no AudioContext before the reader asks');
  const listen = page.getByRole('button', { name: 'Nghe biểu đồ: Lực lượng nòng cốt bảo vệ an ninh trật tự' });
  await listen.focus();
  await page.keyboard.press('Enter');
  assert.equal(await listen.getAttribute('aria-pressed'), 'true');
  let tones = await heard(page);
  assert.equal(tones.length, 12, 'six rows of units and members');
  assert.deepEqual(tones.map((t) => t.type), Array(6).fill(['sine', 'triangle']).flat());
  assert.ok(tones.every((t) => t.hz === 220), 'every pitch counted from 220 Hz');
  assert.ok(tones.every((t, i) => i === 0 || t.at > tones[i - 1].at), 'one after another');
  assert.equal(Math.max(...tones.map((t) => t.to)), 2400, 'the largest figure, 1.157 members, two octaves up: 880 Hz');
  await page.keyboard.press(' ');
  assert.equal(await listen.getAttribute('aria-pressed'), 'false');
  tones = await heard(page);
  assert.ok(tones.every((t) => t.stops.includes('now')), 'Space stopped every tone');
  await page.keyboard.press('Enter');
  tones = await heard(page);
  assert.equal(tones.length, 24, 'played again');
  assert.equal(await page.evaluate(() => window.__audio.contexts), 1, 'one AudioContext for the chart');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('once sound is on, each arrow step sounds its bar, at the pitch of the figure the tooltip announces', async () => {
  const { page } = await h.open('/charts.html', {}, (p) => p.addInitScript(spy));
  await settled(page, 1);
  await page.getByRole('button', { name: /^Nghe biểu đồ: Lực lượng/ }).click();
  await page.getByRole('button', { name: /^Nghe biểu đồ: Lực lượng/ }).click();
  const before = (await heard(page)).length;
  const canvas = page.locator('canvas.bl-canvas').first();
  await canvas.focus();
  const steps = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('ArrowDown');
    // The tooltip's first line is the bar the keyboard is on.
    const line = await page.locator('.bl-tooltip .bl-tip-line').first().innerText();
    const tones = await heard(page);
    assert.equal(tones.length, before + i + 1, `step ${i + 1}: one tone`);
    steps.push({ value: Number(line.replace(/\D/g, '')), cents: tones.at(-1).from, type: tones.at(-1).type });
  }
  const max = Math.max(...steps.map((s) => s.value));
  for (const s of steps) assert.ok(Math.abs(s.cents - (2400 * s.value) / max) < 0.01, `${s.value}: ${s.cents} cents`);
  assert.deepEqual(steps.map((s) => s.type), Array(6).fill(['sine', 'triangle']).flat());
  await page.context().close();
});

test('a range glides from its low end to its high end; a figure without a unit is silent', async () => {
  const { page } = await h.open('/charts.html', {}, (p) => p.addInitScript(spy));
  await settled(page, 1);
  await showSection(page, 'safety');
  await page.getByRole('button', { name: /^Nghe biểu đồ: Tỉ lệ đạt chuẩn/ }).click();
  const tones = await heard(page);
  const rows = await page.locator('[data-panel="safety"] .bl-table tbody tr').count();
  assert.equal(tones.length, rows - 1, '"trên 90" for Xã, phường has no unit, and no tone');
  assert.ok(tones.some((t) => t.to > t.from), 'a range ("từ 95% đến 97%") glides up');
  assert.ok(tones.every((t) => t.to >= t.from));
  await page.context().close();
});
