// The editors' builder (builder.html): makes the embed code from the options chosen and shows
// the real widget with them. The figures come from the page itself (a <template> per language,
// written at build time by the same summary component as every snippet); this only sets the
// options and the addresses. The address dist/ is published at is remembered on this computer.
(() => {
  const form = document.getElementById('options');
  const snippet = document.getElementById('snippet');
  const alt = document.getElementById('alt');
  const fits = document.getElementById('fits');
  const base = document.getElementById('base');
  const host = document.querySelector('#preview [data-bl-infographic]');
  const list = form.querySelector('.builder-sections');
  const STORE = 'bl-infographic:builder-base';
  const ALL = [...list.children].map((li) => li.dataset.section).join(',');

  let stored = null;
  try {
    stored = localStorage.getItem(STORE);
  } catch {
    // Storage refused (private mode, a policy): the address is then not remembered.
  }
  base.value = stored || new URL('./', location.href).href;

  /** The options as chosen: language, theme, sections in order, mode, base address. */
  function options() {
    const data = new FormData(form);
    const sections = [...list.querySelectorAll('input[name="section"]:checked')].map((i) => i.value).join(',');
    let address = (data.get('base') || '').trim();
    if (address && !address.endsWith('/')) address += '/';
    return { lang: data.get('lang'), theme: data.get('theme'), sections, mode: data.get('mode'), base: address };
  }

  /** The query and attributes for the options that differ from the defaults. */
  function chosen(o) {
    const pairs = [['lang', o.lang]];
    if (o.theme !== 'auto') pairs.push(['theme', o.theme]);
    if (o.sections && o.sections !== ALL) pairs.push(['sections', o.sections]);
    return pairs;
  }

  const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

  /** The figures in the widget's language, their link pointing at `href`. */
  function summary(lang, href) {
    const template = document.querySelector(`template[data-summary="${lang}"]`);
    const p = template.content.firstElementChild.cloneNode(true);
    p.querySelector('a').setAttribute('href', href);
    return { html: p.outerHTML, alt: template.dataset.alt };
  }

  function update() {
    const o = options();
    const pairs = chosen(o);
    const query = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
    const frame = `${o.base}${o.lang === 'en' ? 'frame-en.html' : 'frame.html'}?${query}`;
    const { html, alt: words } = summary(o.lang, frame);
    const attrs = pairs.map(([k, v]) => ` data-${k}="${escapeAttr(v)}"`).join('');
    const title = document.querySelector(`template[data-summary="${o.lang}"]`).dataset.title;
    const code = {
      link: html,
      script: `<div data-bl-infographic${attrs}>${html}</div>\n<script type="module" src="${escapeAttr(o.base)}embed.js"></script>`,
      iframe: `<iframe src="${escapeAttr(frame)}" title="${escapeAttr(title)}" width="100%" height="573" loading="lazy" frameborder="0"></iframe>\n${html}`,
      url: frame,
      amp: `<amp-iframe src="${escapeAttr(frame)}#amp=1" title="${escapeAttr(title)}" width="600" height="573" layout="responsive" sandbox="allow-scripts allow-same-origin" resizable frameborder="0">\n` +
        `  <button overflow type="button">${o.lang === 'en' ? 'Show all' : 'Xem toàn bộ'}</button>\n` +
        `  <p placeholder>${escapeAttr(words)}</p>\n</amp-iframe>`,
    }[o.mode];
    snippet.value = code;
    alt.value = words;
    fits.textContent = form.querySelector('input[name="mode"]:checked').dataset.fits;
    // The real widget, with the same options (a changed attribute re-renders it).
    for (const name of ['lang', 'theme', 'sections']) {
      const value = pairs.find(([k]) => k === name)?.[1];
      if (value === undefined) host.removeAttribute(`data-${name}`);
      else if (host.getAttribute(`data-${name}`) !== value) host.setAttribute(`data-${name}`, value);
    }
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  base.addEventListener('change', () => {
    try {
      localStorage.setItem(STORE, base.value.trim());
    } catch {
      // Not remembered; the code is right all the same.
    }
  });
  list.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-move]');
    if (!button) return;
    const item = button.closest('li');
    const to = Number(button.dataset.move) < 0 ? item.previousElementSibling : item.nextElementSibling?.nextElementSibling;
    if (Number(button.dataset.move) < 0 && !to) return;
    list.insertBefore(item, to ?? null);
    button.focus();
    update();
  });
  document.addEventListener('click', async (event) => {
    const button = event.target.closest('button[data-copy]');
    if (!button) return;
    const field = document.getElementById(button.dataset.copy);
    const said = button.parentElement.querySelector('.builder-copied');
    try {
      await navigator.clipboard.writeText(field.value);
      said.textContent = document.documentElement.lang === 'en' ? 'Copied.' : 'Đã chép.';
    } catch {
      // The clipboard refused: the text is selected for the editor to copy herself.
      field.focus();
      field.select();
      said.textContent = document.documentElement.lang === 'en' ? 'Selected: press Ctrl+C.' : 'Đã chọn: bấm Ctrl+C.';
    }
  });
  update();
})();
