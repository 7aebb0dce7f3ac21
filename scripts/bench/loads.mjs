// Cold page loads for `make bench`: a fresh context each load (nothing cached, the module fetched
// and compiled), on a phone (390 px, DPR 3, touch), the CPU throttled as a mid-range phone's,
// and optionally a phone network (Chromium's own network emulation: latency added to each
// request, the bandwidth shared by all of them).
//
// Each load reports its first contentful paint, when it became ready (every widget host's
// ready or error event, or the comparison page's own mark), the longest task on the main
// thread from the page parsed until then (or until `linger` ms later: what a widget does once
// ready counts too), and how often the module was fetched and compiled.

export const THROTTLE = 4;

/** Chromium's network emulation, as DevTools' presets name the networks (RTT, bandwidth). */
export const NETWORKS = {
  'fast 3G': { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  'slow 3G': { latency: 400, downloadThroughput: 400e3 / 8, uploadThroughput: 400e3 / 8 },
};

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** What the page records from its first script on: compilations, long tasks, ready. */
function instrument(hosts) {
  // Module compilations: every way the glue can compile one.
  window.__compiles = 0;
  for (const name of ['instantiate', 'instantiateStreaming', 'compile', 'compileStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      window.__compiles += 1;
      return original.apply(this, args);
    };
  }
  // Main-thread tasks of 50 ms or more (the browser reports no shorter ones), from the start.
  window.__longTasks = [];
  window.__longObserver = new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries()));
  window.__longObserver.observe({ type: 'longtask', buffered: true });
  // Ready is signalled on the console: polling for it with waitForFunction makes Playwright
  // evaluate its injected script in the page (30–45 ms at 4×), right in the middle of the load.
  let readyAt;
  Object.defineProperty(window, '__readyAt', {
    get: () => readyAt,
    set: (t) => {
      readyAt = t;
      console.debug('bl-bench:ready');
    },
  });
  let ready = 0;
  const settle = (e) => {
    if (e.type === 'bl-infographic:error') window.__error = String(e.detail);
    ready += 1;
    if (ready === hosts) window.__readyAt = performance.now();
  };
  document.addEventListener('bl-infographic:ready', settle);
  document.addEventListener('bl-infographic:error', settle);
}

/** The medians of cold loads that became ready; the module fetches, compilations and longest task at most. */
export function settled(results) {
  const ok = results.filter((r) => r.ready !== null && !r.error);
  const at = (k) => (ok.length ? median(ok.map((r) => r[k])) : null);
  return {
    fcp: at('fcp'),
    ready: at('ready'),
    longest: Math.max(...results.map((r) => r.longest)),
    wasm: Math.max(...results.map((r) => r.wasm)),
    compiles: Math.max(...results.map((r) => r.compiles)),
    error: results.find((r) => r.error)?.error ?? (ok.length ? null : 'no ready'),
  };
}

/**
 * Cold loads in `browser` of pages under `url`. Every load's outcome is kept in `runs`: one
 * that errored or never became ready fails the bench.
 */
export function loads(browser, url) {
  const runs = [];

  async function coldLoad(path, { height = 844, hosts = 1, throttle = THROTTLE, network = null, linger = 0, timeout = 60000 } = {}) {
    const context = await browser.newContext({ viewport: { width: 390, height }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...NETWORKS[network] });
    }
    let wasm = 0;
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm += 1; });
    await page.addInitScript(instrument, hosts);
    const signalled = page.waitForEvent('console', { predicate: (m) => m.text() === 'bl-bench:ready', timeout });
    signalled.catch(() => {});
    await page.goto(url + path, { timeout });
    let ready = null;
    try {
      await signalled;
      ready = await page.evaluate(() => window.__readyAt);
    } catch {
      ready = null;
    }
    if (ready !== null && linger) await page.waitForTimeout(linger);
    const facts = await page.evaluate((until) => ({
      error: window.__error ?? null,
      compiles: window.__compiles,
      // The widget's tasks: from the page parsed (the loader runs next) on, not the parse of
      // the host page's own HTML before it.
      longest: Math.max(0, ...[...window.__longTasks, ...window.__longObserver.takeRecords()]
        .filter((t) => t.startTime + t.duration > performance.getEntriesByType('navigation')[0].domInteractive && t.startTime < until)
        .map((t) => t.duration)),
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }), ready === null ? Infinity : ready + linger);
    await context.close();
    return { ready, wasm, ...facts };
  }

  /** One cold load of `path`. */
  async function cold(path, options = {}) {
    const result = await coldLoad(path, options);
    runs.push({ path, ...result });
    return result;
  }

  /** The medians of `n` cold loads of `path`. */
  async function medianOf(path, options, n) {
    const results = [];
    for (let i = 0; i < n; i++) results.push(await cold(path, options));
    return settled(results);
  }

  /**
   * `n` pairs of cold loads, page A then page B, so that the machine's drift falls on both
   * pages alike: each page's medians over the pairs in which both became ready, and those pairs.
   */
  async function pairedOf([pathA, optionsA], [pathB, optionsB], n) {
    const pairs = [];
    for (let i = 0; i < n; i++) pairs.push([await cold(pathA, optionsA), await cold(pathB, optionsB)]);
    const ok = pairs.filter((p) => p.every((r) => r.ready !== null && !r.error));
    // The medians over the pairs that were both ready; the rest over all pairs.
    const side = (k) => {
      const all = settled(pairs.map((p) => p[k]));
      const both = settled(ok.map((p) => p[k]));
      return { ...all, fcp: both.fcp, ready: both.ready };
    };
    return [side(0), side(1), ok];
  }

  /** A load not counted: the server compresses each file on its first request, as a CDN does once. */
  const warm = (path, options = {}) => coldLoad(path, { ...options, throttle: 1, network: null });

  return { runs, cold, warm, medianOf, pairedOf };
}
