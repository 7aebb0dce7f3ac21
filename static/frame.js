// frame.html's options, from its URL, and its height, told to the page that frames it, in each
// host's own dialect. A classic script of a few lines that fetches nothing, run before the
// loader (both deferred, in order): it runs even where the module cannot (WordPress
// frames an untrusted provider in sandbox="allow-scripts", an opaque origin, and then the
// module needs CORS; this does not), so a frame is sized whether or not it goes live.
// - Always: {type: 'bl-infographic:height', height}, which the site install's loader takes
//   from that frame's window and the widget's origin only (static/embed.js).
// - WordPress (the URL carries #?secret=…): {message: 'height', value, secret}; WordPress shows
//   the frame on the first one and clamps it to 200–1.000 px.
// - AMP's amp-iframe (the URL carries #amp=1): {sentinel: 'amp', type: 'embed-size', height},
//   and 'embed-ready' once.
// Each is sent when the height changes (never on a timer): at once, on load, and on resize.
// - The options: each of the URL's `lang`, `theme`, `sections` and `src` becomes the host's
//   attribute, which the loader reads (the widget checks each, and refuses a `src` from an
//   origin not allowed); the framing page may change the theme,
//   {type: 'bl-infographic:theme', theme}, from its own window only.
(() => {
  const host = document.querySelector('[data-bl-infographic]');
  const query = new URLSearchParams(location.search);
  for (const name of ['lang', 'theme', 'sections', 'src']) {
    const value = query.get(name);
    if (host && value !== null) host.setAttribute(`data-${name}`, value);
  }
  if (!host || window.parent === window) return;
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (event.source !== window.parent || !data || data.type !== 'bl-infographic:theme') return;
    if (['auto', 'light', 'dark'].includes(data.theme)) host.setAttribute('data-theme', data.theme);
  });
})();
(() => {
  if (window.parent === window) return;
  const hash = location.hash;
  const secret = /^#\?(?:.*&)?secret=([A-Za-z0-9]+)/.exec(hash)?.[1];
  const amp = /^#(?:.*&)?amp=1(?:&|$)/.test(hash);
  const parent = window.parent;
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ type: 'bl-infographic:height', height }, '*');
    if (secret) parent.postMessage({ message: 'height', value: height, secret }, '*');
    if (amp) parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };
  // At once and on load too: a browser may hold back a hidden cross-origin frame's rendering,
  // and with it the observer (WordPress keeps the frame out of view until it has spoken).
  post();
  window.addEventListener('load', post);
  new ResizeObserver(post).observe(document.documentElement);
  if (amp) parent.postMessage({ sentinel: 'amp', type: 'embed-ready' }, '*');
})();
