// frame.html's own few lines for the hosts' embed protocols, loaded as a classic script: it runs
// even where the module cannot (WordPress frames an untrusted provider in
// sandbox="allow-scripts", an opaque origin, and then the module needs CORS; this does not), and
// it fetches nothing.
// - WordPress (the URL carries #?secret=…): {message: 'height', value, secret} to the parent on
//   load and whenever the page's height changes; WordPress shows the frame on the first one and
//   clamps it to 200–1.000 px.
// - AMP's amp-iframe (the URL carries #amp=1): {sentinel: 'amp', type: 'embed-size', height}
//   whenever the height changes, and 'embed-ready' once.
(() => {
  if (window.parent === window) return;
  const hash = location.hash;
  const secret = /^#\?(?:.*&)?secret=([A-Za-z0-9]+)/.exec(hash)?.[1];
  const amp = /^#(?:.*&)?amp=1(?:&|$)/.test(hash);
  if (!secret && !amp) return;
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    if (secret) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
    if (amp) window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };
  // At once and on load too: a browser may hold back a hidden cross-origin frame's rendering,
  // and with it the observer (WordPress keeps the frame out of view until it has spoken).
  post();
  window.addEventListener('load', post);
  new ResizeObserver(post).observe(document.documentElement);
  if (amp) window.parent.postMessage({ sentinel: 'amp', type: 'embed-ready' }, '*');
})();
