// Lighthouse's accessibility audit (its axe rules, target-size among them) of the demo page at
// its mobile settings, as a reader on a phone loads it; then of the live widget at 390 px with
// each section on show (Lighthouse's snapshot mode, through the same browser). Debian's
// Chromium, driven over its debugging port; nothing is downloaded.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import lighthouse, { snapshot } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { DIST } from './harness.mjs';

const PORT = 9339;
const SECTIONS = ['headlines', 'forces', 'outreach', 'rehabilitation', 'safety', 'timeline'];
let server;
let url;
let browser;
before(async () => {
  ({ server, url } = await serve(DIST, 0));
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', `--remote-debugging-port=${PORT}`],
  });
});
after(async () => {
  await browser.close();
  server.close();
});

/** The accessibility score and what failed, as `audit: selectors`. */
function verdict(lhr) {
  const failed = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id))
    .map((a) => `${a.id}: ${(a.details?.items ?? []).map((i) => i.node?.selector).join(', ')}`);
  return { score: Math.round(lhr.categories.accessibility.score * 100), failed };
}

test('Lighthouse accessibility is 100 on the demo page at mobile settings', async () => {
  const { lhr } = await lighthouse(`${url}/`, { port: PORT, onlyCategories: ['accessibility'], logLevel: 'error' });
  const { score, failed } = verdict(lhr);
  console.log(`# Lighthouse accessibility, demo page, ${lhr.configSettings.formFactor} ${lhr.configSettings.screenEmulation.width} px: ${score}`);
  assert.equal(lhr.configSettings.formFactor, 'mobile');
  assert.deepEqual(failed, []);
  assert.equal(score, 100);
});

test('Lighthouse accessibility is 100 on the live widget at 390 px, in every section', async () => {
  const driver = await puppeteer.connect({ browserURL: `http://127.0.0.1:${PORT}` });
  const page = await driver.newPage();
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  await page.goto(`${url}/`);
  await page.$eval('[data-bl-infographic]', (host) => host.scrollIntoView());
  await page.waitForSelector('[data-bl-infographic][data-state="ready"]');
  for (const section of SECTIONS) {
    await page.$eval('[data-bl-infographic]', (host, key) => host.shadowRoot.querySelector(`.bl-nav input[value="${key}"]`).click(), section);
    const { lhr } = await snapshot(page, {
      config: { extends: 'lighthouse:default', settings: { onlyCategories: ['accessibility'], screenEmulation: { disabled: true } } },
    });
    const { score, failed } = verdict(lhr);
    console.log(`# Lighthouse accessibility, live widget at 390 px, ${section}: ${score}`);
    assert.deepEqual(failed, [], section);
    assert.equal(score, 100, section);
  }
  await page.close();
  driver.disconnect();
});
