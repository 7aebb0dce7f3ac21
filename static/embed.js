// bl-infographic loader: the one file a host page loads (as a module, from the snippet).
// A module script runs once per page however often the snippet is pasted, so the wasm module
// is fetched and compiled once and every [data-bl-infographic] host is mounted from it.
// Hosts added later (CMS previews, lazy sections) are mounted when they appear.
const SELECTOR = '[data-bl-infographic]';
const here = (file) => new URL(file, import.meta.url).href;
const MESSAGES = {
  vi: 'Không tải được biểu đồ. Vui lòng tải lại trang.',
  en: 'The chart could not be loaded. Please reload the page.',
};

function hosts() {
  return document.querySelectorAll(SELECTOR);
}

// The module failed before this host got its widget: say so in the host's own light DOM,
// above the snippet's text, and tell the page.
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

for (const host of hosts()) {
  if (!host.hasAttribute('data-state')) host.setAttribute('data-state', 'loading');
}

// One parsed stylesheet for every widget, adopted by each shadow root: styled from the first
// frame (a <link> in a shadow root loads after the first render: a flash and a jump). Where
// constructable stylesheets are missing, the URL: each widget then links the file.
async function stylesheet() {
  const url = here('embed.css');
  try {
    const response = await fetch(url);
    if (!response.ok) return url;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await response.text());
    return sheet;
  } catch {
    return url;
  }
}

async function module() {
  const wasm = await import(here('bl-infographic.js'));
  await wasm.default({ module_or_path: here('bl-infographic_bg.wasm') });
  return wasm;
}

try {
  const [wasm, style] = await Promise.all([module(), stylesheet()]);
  const mountAll = () => {
    for (const host of hosts()) {
      try {
        wasm.mount(host, style);
      } catch (error) {
        fail(host, error);
      }
    }
  };
  mountAll();
  const isHost = (n) => n.nodeType === 1 && (n.matches(SELECTOR) || n.querySelector(SELECTOR));
  new MutationObserver((records) => {
    if (records.some((r) => Array.from(r.addedNodes).some(isHost))) mountAll();
  }).observe(document.documentElement, { childList: true, subtree: true });
} catch (error) {
  console.error('bl-infographic:', error);
  for (const host of hosts()) fail(host, error);
}
