// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core (never a
// downloaded browser), and the static server on loopback serving the real dist/.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { page as hostPage, serve } from './server.mjs';
import { sizedDataset } from '../../scripts/bench/sized.mjs';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** The article's dataset, as the module compiles it in. */
export const DATASET = JSON.parse(readFileSync(new URL('../../static/data/article.json', import.meta.url), 'utf8'));

/** The snippet with extra attributes on the host element. */
const withAttrs = (s, attrs) => s.replace('data-lang="vi"', `data-lang="vi" ${attrs}`);

/** The dataset with one change. */
function edited(edit) {
  const data = structuredClone(DATASET);
  edit(data);
  return JSON.stringify(data);
}

const figure = (data, id) => data.figures.find((f) => f.id === id);

/** DOMPurify's browser build, for the sanitizer round-trip in a real DOM. */
const PURIFY = new URL('../../node_modules/dompurify/dist/purify.js', import.meta.url);

/** Datasets served for data-src, good and bad. */
const DATA = {
  // Saved with a byte-order mark, as some editors on Windows do.
  '/data/custom.json': () => `\uFEFF${edited((d) => { figure(d, 'rehab.reformed').amount.value = 600; })}`,
  '/data/broken.json': () => JSON.stringify(DATASET, null, 1).slice(0, 500),
  '/data/percent.json': () => edited((d) => { figure(d, 'khom-ap.certified').amount.value = 140; }),
  '/data/no-english.json': () => edited((d) => { delete figure(d, 'rehab.received').label.en; }),
  '/data/big.json': () => sizedDataset(DATASET, 10000),
};

/** A value other than the default for each inherited CSS property, each `!important`. */
const INHERITED = Object.entries({
  'font-family': '"Comic Sans MS", cursive', 'font-size': '31px', 'font-style': 'italic',
  'font-weight': '900', 'font-variant': 'small-caps', 'font-stretch': 'condensed',
  'font-kerning': 'none', 'font-feature-settings': '"smcp"', 'font-variant-numeric': 'slashed-zero',
  'font-size-adjust': '0.3', 'font-synthesis': 'none', 'font-optical-sizing': 'none', 'font-palette': 'dark',
  'line-height': '3', 'letter-spacing': '4px', 'word-spacing': '9px', 'color': '#f0f',
  'text-transform': 'uppercase', 'text-align': 'right', 'text-align-last': 'center', 'text-indent': '40px',
  'text-shadow': '2px 2px red', 'white-space': 'pre', 'word-break': 'break-all', 'overflow-wrap': 'normal',
  'line-break': 'anywhere', 'hyphens': 'auto', 'tab-size': '20', 'text-rendering': 'geometricPrecision',
  'text-underline-position': 'under', 'text-emphasis': 'filled red', 'text-wrap': 'balance',
  'text-orientation': 'upright', 'direction': 'rtl', 'unicode-bidi': 'bidi-override', 'visibility': 'collapse',
  'cursor': 'wait', 'pointer-events': 'none', 'list-style': 'square inside', 'border-collapse': 'collapse',
  'border-spacing': '7px', 'caption-side': 'bottom', 'empty-cells': 'hide', 'quotes': '"«" "»"',
  'color-scheme': 'dark', 'accent-color': 'red', 'caret-color': 'red', 'fill': 'red', 'stroke': 'blue',
  'stroke-width': '9', 'paint-order': 'stroke', 'image-rendering': 'pixelated', 'orphans': '9', 'widows': '9',
  'print-color-adjust': 'exact', 'ruby-position': 'under', '-webkit-text-fill-color': 'lime',
  '-webkit-text-stroke': '1px red', '-webkit-tap-highlight-color': 'red', 'text-size-adjust': '300%',
  '--bl-s0': 'red', '--bl-s1': 'red',
}).map(([name, value]) => `${name}: ${value} !important;`).join(' ');

/** Extra test pages, each built from the real snippet text. */
export const PAGES = {
  ...DATA,
  '/src-custom.html': (s) => hostPage(withAttrs(s, 'data-src="data/custom.json"')),
  '/src-broken.html': (s) => hostPage(withAttrs(s, 'data-src="data/broken.json"')),
  '/src-percent.html': (s) => hostPage(withAttrs(s, 'data-src="data/percent.json"')),
  '/src-no-english.html': (s) => hostPage(withAttrs(s, 'data-src="data/no-english.json"').replace('data-lang="vi"', 'data-lang="en"')),
  '/src-404.html': (s) => hostPage(withAttrs(s, 'data-src="data/nowhere.json"')),
  '/src-big.html': (s) => hostPage(withAttrs(s, 'data-src="data/big.json"')),
  '/sections.html': (s) => hostPage(withAttrs(s, 'data-sections="timeline,forces"')),
  '/charts.html': (s) => hostPage(withAttrs(s, 'data-sections="forces,outreach,safety"')),
  '/twice.html': (s) => hostPage(`<p>Trước.</p>${s}<p>Giữa.</p>${s}<p>Sau.</p>`),
  '/bad-option.html': (s) => hostPage(s.replace('data-lang="vi"', 'data-lang="fr"')),
  '/en.html': (s) => hostPage(s.replace('data-lang="vi"', 'data-lang="en"'), { lang: 'en' }),
  '/dark.html': (s) => hostPage(s.replace('data-lang="vi"', 'data-lang="vi" data-theme="dark"')),
  '/purify.js': () => readFileSync(PURIFY, 'utf8'),
  '/purify.html': () => hostPage('<script src="purify.js"></script>'),
  '/hostile.html': (s) =>
    hostPage(`<link rel="stylesheet" href="hostile.css">${s}`),
  '/plain.html': (s) => hostPage(s),
  '/inherit-all.html': (s) => hostPage(`<link rel="stylesheet" href="inherit-all.css">${s}`),
  // Every inherited property, on every element of the page (the host among them), over
  // anything else: what crosses a shadow boundary, as a hostile theme would send it.
  '/inherit-all.css': () => `*, *::before, *::after { ${INHERITED} }`,
  // A host stylesheet that restyles everything it can reach, inherited properties included.
  '/hostile.css': () =>
    'body { font: italic 30px/3 serif; color: #f0f; direction: rtl; letter-spacing: 4px; }\n' +
    'div, p, table, td, th, canvas, h2 { border: 5px dashed red !important; display: inline !important; }',
};

/** Starts the server and the browser; returns helpers and a `close()`. */
export async function start() {
  const { server, url } = await serve(DIST, 0, PAGES);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  return {
    url,
    browser,
    /** A page that records console errors, page errors and the widget's events. */
    async open(path, options = {}, beforeGoto = async () => {}) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
      const page = await context.newPage();
      await beforeGoto(page, context);
      const errors = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(() => {
        window.__events = [];
        for (const type of ['bl-infographic:ready', 'bl-infographic:error']) {
          document.addEventListener(type, (e) => window.__events.push(type));
        }
      });
      await page.goto(url + path);
      return { page, context, errors };
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/**
 * Waits until every host on the page has left the loading state. Hosts are mounted lazily, as
 * they come near the screen: so the first host still loading is scrolled into view, as a
 * reader would.
 */
export async function settled(page, count) {
  await page.waitForFunction(
    (n) => {
      const hosts = [...document.querySelectorAll('[data-bl-infographic]')];
      const waiting = hosts.find((h) => !['ready', 'error'].includes(h.dataset.state));
      waiting?.scrollIntoView();
      return hosts.length === n && !waiting;
    },
    count,
    { timeout: 15000 },
  );
}

/** Waits until every section of every widget is rendered: the one on show comes first, then the
 * others, one per task. */
export async function unfolded(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('[data-bl-infographic]')].every((host) =>
    [...(host.shadowRoot?.querySelectorAll('[data-panel]') ?? [])].every((panel) => panel.childElementCount > 0)));
}

/**
 * CSS-pixel centre of bar `series` (0 units, 1 members) of row `row`, relative to the canvas:
 * the layout's worked numbers (src/chart/layout.rs: 4 px top, 64 px rows, label 20, bar 14,
 * gap 4), so a change of layout shows here too.
 */
export function barPoint(row, series) {
  return { x: 10, y: 4 + row * 64 + 20 + series * 18 + 7 };
}

/** Picks section `key` (forces, outreach …) with the widget's section control, as a reader does. */
export async function showSection(scope, key) {
  await scope.locator(`.bl-nav label:has(input[value="${key}"]):visible`).click();
}

/**
 * A plain article page, no site install: `snippet` in its first screen. By default no policy;
 * `csp` gives it one, and `head` adds to its head (a stylesheet of the page's own, say).
 */
export const bareArticle = (snippet, { csp = '', head = '' } = {}) => ({
  csp,
  body: hostPage(`<h1>Sơ kết 05 năm thực hiện Chỉ thị số 09</h1><p>Thành phố Bạc Liêu là trung tâm chính trị, kinh tế - xã hội của tỉnh.</p>${snippet}${
    Array.from({ length: 30 }, (_, i) => `<p>Đoạn ${i + 1}: qua 05 năm triển khai thực hiện, phong trào toàn dân bảo vệ an ninh Tổ quốc đã có nhiều chuyển biến tích cực.</p>`).join('')}`, { head }),
});

/**
 * Cumulative Layout Shift, as Chromium measures it (shifts without recent input), while a
 * reader loads `path` at `width` and scrolls through it and back; the hosts' states; and the
 * page's Content-Security-Policy violations.
 */
export async function layoutShift(h, path, width, { setup = async () => {}, settleFirst = false } = {}) {
  const { page } = await h.open(path, { viewport: { width, height: 800 } }, async (p) => {
    await setup(p);
    await p.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(`${e.effectiveDirective}: ${e.blockedURI} ${e.sample}`));
      window.__shifts = [];
      const take = (entries) => {
        for (const e of entries) if (!e.hadRecentInput) window.__shifts.push(e.value);
      };
      window.__layout = new PerformanceObserver((list) => take(list.getEntries()));
      window.__layout.observe({ type: 'layout-shift', buffered: true });
      // Shifts measured but not yet delivered to the callback, taken now.
      window.__takeShifts = () => take(window.__layout.takeRecords());
    });
  });
  const settled = () => page.waitForFunction(() => [...document.querySelectorAll('[data-bl-infographic]')]
    .every((x) => ['ready', 'error', null].includes(x.getAttribute('data-state'))));
  // A reader scrolling down through the article, then back up; with settleFirst, only once every
  // widget has settled, so that what moved while loading was on the first screen.
  if (settleFirst) await settled();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 400) {
    // Each step painted before the next: the page's observers see every position.
    await page.evaluate((top) => {
      window.scrollTo(0, top);
      return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }, y);
  }
  await settled();
  await page.evaluate(() => window.scrollTo(0, 0));
  // Two frames painted after the scroll back: every shift up to now has been measured.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.evaluate(() => window.__takeShifts());
  const hosts = await page.locator('[data-bl-infographic]').evaluateAll((xs) => xs.map((x) => x.dataset.state));
  const shifts = await page.evaluate(() => window.__shifts);
  const violations = await page.evaluate(() => window.__violations);
  await page.context().close();
  return { value: shifts.reduce((a, b) => a + b, 0), hosts, violations };
}
