// bl-infographic loader: the one file a host page loads (from the script snippet, or once from
// the site theme). Every snippet already shows the figures as static HTML; this upgrades it.
// - Hosts: every [data-bl-infographic] element, and every link whose href is exactly this
//   widget's own frame.html (options from its query): it becomes a host around its paragraph;
//   CKEditor 5's <oembed url> of that page gets a host after it.
// - Lazy: the module is fetched once, when the first host comes within a viewport of the screen;
//   each host is mounted when it comes that near.
// - Lifecycle: a removed host is unmounted, a re-added one mounted again, and a changed
//   data-lang / data-theme / data-sections / data-src re-renders that widget in place.
// - Iframes: on a host page, iframes of frame.html take the height the frame posts when it
//   changes (static/frame.js) — from that frame's window and our origin only. frame.html
//   itself takes its options from its URL in static/frame.js, before this runs.
const SELECTOR = '[data-bl-infographic]';
const OPTIONS = ['lang', 'theme', 'sections', 'src'];
const ATTRIBUTES = OPTIONS.map((o) => `data-${o}`);
const HEIGHT = 'bl-infographic:height';
const MAX_HEIGHT = 50000;
const here = (file) => new URL(file, import.meta.url);
// The widget's files, as the module is told where they are.
const ASSETS = here('./').href;
// The frame pages, Vietnamese then English, as the build names them.
const FRAMES = '%BL_FRAMES%'.split(' ').map(here);
// The module's files, glue then wasm, as the build names them.
const [GLUE, WASM] = '%BL_MODULE%'.split(' ');
// The origins a dataset may come from besides the widget's own: written in by the build from
// BL_DATA_ORIGINS, the list the module holds too (src/data/origins.rs).
const DATA_ORIGINS = '%BL_DATA_ORIGINS%'.split(' ');
const MESSAGES = {
  vi: 'Không tải được biểu đồ. Vui lòng tải lại trang.',
  en: 'The chart could not be loaded. Please reload the page.',
};

/** The options a URL of frame.html carries, or null if `href` is not this widget's page. */
function frameOptions(href) {
  let url;
  try {
    url = new URL(href, document.baseURI);
  } catch {
    return null;
  }
  const page = FRAMES.findIndex((f) => f.origin === url.origin && f.pathname === url.pathname);
  if (page < 0) return null;
  const options = page === 1 ? { lang: 'en' } : {};
  for (const name of OPTIONS) {
    const value = url.searchParams.get(name);
    if (value !== null) options[name] = value;
  }
  return options;
}

// The module failed before this host got its widget: say so in the host's own light DOM,
// above the static figures, and tell the page.
function fail(host, error) {
  if (host.getAttribute('data-state') === 'error') return;
  host.setAttribute('data-state', 'error');
  if (!host.shadowRoot) {
    const note = document.createElement('p');
    note.className = 'bl-infographic-error';
    note.setAttribute('role', 'alert');
    note.textContent = MESSAGES[host.getAttribute('data-lang') === 'en' ? 'en' : 'vi'];
    host.prepend(note);
  }
  const detail = String(error && error.message ? error.message : error);
  host.dispatchEvent(
    new CustomEvent('bl-infographic:error', { bubbles: true, composed: true, detail }),
  );
}

// One parsed stylesheet for every widget, adopted by each shadow root: styled from the first
// frame. Where constructable stylesheets are missing, the URL: each widget then links the file.
// Fetched at once, not lazily: the page adopts it too (unless it links it already), so that its
// rules for hosts — the space reserved while loading — hold even where a CMS stripped the
// snippet's stylesheet (a <link> in the body would also stall the page's first paint halfway).
const style = (async () => {
  const url = here('embed.css').href;
  try {
    // The copy the snippet's <link> has just fetched, not a second download.
    const response = await fetch(url, { cache: 'force-cache' });
    if (!response.ok) return url;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await response.text());
    const linked = [...document.querySelectorAll('link[rel~="stylesheet"]')].some((l) => l.href === url);
    if (!linked) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    return url;
  }
})();

let loading = null;
function load() {
  loading ??= (async () => {
    // The module's bytes are fetched alongside its glue, not after it; both are taken from the
    // page's preload where a page in whose first screen the widget is asked for them ahead.
    const bytes = fetch(here(WASM).href);
    const wasm = await import(here(GLUE).href);
    await wasm.default({ module_or_path: bytes });
    return [wasm, await style];
  })();
  return loading;
}

const mounted = new Set();

/**
 * Whether the module would fetch a dataset at `src`: on the widget's own origin or a listed one.
 * Only the portal chooses the data; the module refuses anything else, and so does this.
 */
function allowedSource(src) {
  try {
    const url = new URL(src, document.baseURI);
    const own = new URL(ASSETS).origin;
    return ['http:', 'https:'].includes(url.protocol) && (url.origin === own || DATA_ORIGINS.includes(url.origin));
  } catch {
    return false;
  }
}

// A host's data-src dataset is fetched while the module loads, not after: a preload that the
// widget's own fetch then takes (same URL, mode and credentials) instead of asking again.
const preloaded = new Set();
function preload(host) {
  const src = host.getAttribute('data-src')?.trim();
  if (!src || preloaded.has(src) || !allowedSource(src)) return;
  preloaded.add(src);
  const link = document.createElement('link');
  Object.assign(link, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: src });
  document.head.append(link);
}

/** A task of its own, after the browser has had its turn (to paint, to handle input). */
const nextTask = () => new Promise((resolve) => { setTimeout(resolve); });

async function mount(host) {
  try {
    preload(host);
    const [wasm, style] = await load();
    // Each host is mounted in a task of its own: twenty hosts are twenty short tasks, not one
    // long one that holds up the reader's scrolling and taps.
    await nextTask();
    if (!host.isConnected) return;
    wasm.mount(host, style, ASSETS);
    mounted.add(host);
  } catch (error) {
    if (host.getAttribute('data-state') !== 'error') console.error('bl-infographic:', error);
    fail(host, error);
  }
}

// Several attributes changed at once re-render the widget once, in place: what the reader
// chose stays.
const dirty = new Set();
function update(host) {
  if (dirty.has(host)) return;
  dirty.add(host);
  load().then(([wasm, style]) => {
    dirty.delete(host);
    if (mounted.has(host)) wasm.update(host, style, ASSETS);
  }).catch((error) => fail(host, error));
}

function unmount(host) {
  if (!mounted.delete(host)) return;
  load().then(([wasm]) => wasm.unmount(host), () => {});
}

// Hosts are mounted when within about one viewport of the screen.
const near = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      near.unobserve(entry.target);
      mount(entry.target);
    }
  },
  { rootMargin: '100% 0px' },
);

function adopt(host) {
  if (mounted.has(host)) return;
  if (!host.hasAttribute('data-state')) host.setAttribute('data-state', 'loading');
  // Near already (the usual case for the first host): start now, not a frame later.
  const { top, bottom } = host.getBoundingClientRect();
  if (top < 2 * innerHeight && bottom > -innerHeight) mount(host);
  else near.observe(host);
}

/** Gives `host` the options of a URL of frame.html, as its attributes. */
function setOptions(host, options) {
  for (const [name, value] of Object.entries(options)) host.setAttribute(`data-${name}`, value);
}

/** A new host with the options of a link to frame.html. */
function hostWith(options) {
  const host = document.createElement('div');
  host.setAttribute('data-bl-infographic', '');
  setOptions(host, options);
  return host;
}

/** The paragraph of a link snippet becomes the static content of a new host. */
function upgradeLink(a) {
  if (a.closest(SELECTOR) || a.closest('[data-bl-link]')) return;
  const options = frameOptions(a.getAttribute('href') ?? '');
  if (!options) return;
  const block = a.closest('p') ?? a;
  // The plain line under an iframe snippet: the frame is there, the line is for when it is not.
  const before = block.previousElementSibling;
  if (before && before.tagName === 'IFRAME' && frameOptions(before.getAttribute('src') ?? '')) {
    block.hidden = true;
    block.setAttribute('data-bl-link', 'hidden');
    return;
  }
  const host = hostWith(options);
  block.before(host);
  host.append(block);
}

/**
 * CKEditor 5's media embed saves `<figure class="media"><oembed url="…"></oembed></figure>`: an
 * `<oembed>` whose url is this widget's frame.html gets a host after it, like a link.
 */
function upgradeOembed(oembed) {
  if (oembed.hasAttribute('data-bl-oembed')) return;
  const options = frameOptions(oembed.getAttribute('url') ?? '');
  if (!options) return;
  oembed.setAttribute('data-bl-oembed', '');
  oembed.after(hostWith(options));
}

/** `root` itself, if it matches `selector`, then every element within it that does. */
const within = (root, selector) => [
  ...(root.matches?.(selector) ? [root] : []),
  ...root.querySelectorAll(selector),
];

function scan(root) {
  if (root.nodeType !== 1 && root !== document) return;
  within(root, 'a[href]').forEach(upgradeLink);
  within(root, 'oembed[url]').forEach(upgradeOembed);
  within(root, SELECTOR).forEach(adopt);
  within(root, 'iframe[src]').forEach(watchFrame);
}

// ---- Iframes of frame.html on a host page: their height, from their own window only ----
const frames = new Set();
function watchFrame(frame) {
  if (frameOptions(frame.getAttribute('src') ?? '')) frames.add(frame);
}
window.addEventListener('message', (event) => {
  const data = event.data;
  if (event.origin !== FRAMES[0].origin) return;
  if (!data || typeof data !== 'object' || data.type !== HEIGHT) return;
  const height = data.height;
  if (!Number.isFinite(height) || height < 1 || height > MAX_HEIGHT) return;
  for (const frame of frames) {
    if (frame.isConnected && event.source && frame.contentWindow === event.source) {
      frame.setAttribute('height', String(Math.ceil(height)));
    }
  }
});

scan(document);

new MutationObserver((records) => {
  for (const record of records) {
    if (record.type === 'attributes') {
      const host = record.target;
      if (mounted.has(host) && host.getAttribute(record.attributeName) !== record.oldValue) update(host);
      continue;
    }
    for (const node of record.removedNodes) {
      if (node.nodeType !== 1) continue;
      for (const host of mounted) if (!host.isConnected) unmount(host);
      for (const frame of frames) if (!frame.isConnected) frames.delete(frame);
    }
    for (const node of record.addedNodes) scan(node);
  }
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ATTRIBUTES,
  attributeOldValue: true,
});
