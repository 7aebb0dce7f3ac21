// The editors' builder (builder.html): makes the embed code from the options chosen and shows
// the real widget with them. The figures and the prerendered widget come from the page itself
// (<template>s per language, written at build time by the same components as every snippet);
// this only sets the options and the addresses. The address dist/ is published at is remembered on this computer.
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
    return {
      lang: data.get('lang'), theme: data.get('theme'), sections, mode: data.get('mode'), base: address,
      firstScreen: data.get('first-screen') !== null,
    };
  }

  /** The query and attributes for the options that differ from the defaults. */
  function chosen(o) {
    const pairs = [['lang', o.lang]];
    if (o.theme !== 'auto') pairs.push(['theme', o.theme]);
    if (o.sections && o.sections !== ALL) pairs.push(['sections', o.sections]);
    return pairs;
  }

  /** An element `tag` with `attrs` and `children`, built by the DOM (which escapes). */
  function element(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    el.append(...children);
    return el;
  }

  /** The figures in the widget's language, their link pointing at `href`. */
  function summary(lang, href) {
    const template = document.querySelector(`template[data-summary="${lang}"]`);
    const p = template.content.firstElementChild.cloneNode(true);
    p.querySelector('a').setAttribute('href', href);
    return { p, alt: template.dataset.alt, title: template.dataset.title };
  }

  /** The lines that ask for the module as the page opens, their addresses made absolute with `base`. */
  function preload(base) {
    const lines = [...document.querySelector('template[data-preload]').content.children].map((link) => link.cloneNode());
    for (const link of lines) link.setAttribute('href', `${base}${link.getAttribute('href')}`);
    return lines.map((link) => `${link.outerHTML}\n`).join('');
  }

  /** The widget prerendered in `lang`, its addresses (data, pictures) made absolute with `base`. */
  function prerendered(lang, base) {
    const root = document.querySelector(`template[data-widget="${lang}"]`).content.firstElementChild.cloneNode(true);
    for (const a of root.querySelectorAll('a[href]')) a.setAttribute('href', `${base}${a.getAttribute('href')}`);
    return root;
  }

  function update() {
    const o = options();
    const pairs = chosen(o);
    const query = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
    // The pages' names and the frame's height, as the build wrote them on the form.
    const frame = `${o.base}${form.dataset[o.lang === 'en' ? 'frameEn' : 'frameVi']}?${query}`;
    const height = form.dataset.iframeHeight;
    const { p, alt: words, title } = summary(o.lang, frame);
    const code = {
      link: () => p.outerHTML,
      script: () => {
        const attrs = Object.fromEntries([['data-bl-infographic', ''], ...pairs.map(([k, v]) => [`data-${k}`, v])]);
        const sheet = element('link', { rel: 'stylesheet', href: `${o.base}embed.css` });
        const loader = element('script', { type: 'module', src: `${o.base}embed.js` });
        // The widget prerendered with every section: the first view the live one shows, so
        // nothing moves when it comes. Other sections: the figures, and the space the
        // stylesheet keeps for a widget of some sections.
        const inside = pairs.some(([k]) => k === 'sections') ? [p] : [prerendered(o.lang, o.base), p];
        // Marked in the first screen: the module is asked for as the page is read.
        const ahead = o.firstScreen ? preload(o.base) : '';
        return `${sheet.outerHTML}\n${ahead}${element('div', attrs, ...inside).outerHTML}\n${loader.outerHTML}`;
      },
      iframe: () => {
        const attrs = { src: frame, title, width: '100%', height, loading: 'lazy', frameborder: '0' };
        return `${element('iframe', attrs).outerHTML}\n${p.outerHTML}`;
      },
      url: () => frame,
      amp: () => {
        const more = element('button', { overflow: '', type: 'button' }, o.lang === 'en' ? 'Show all' : 'Xem toàn bộ');
        const attrs = {
          src: `${frame}#amp=1`, title, width: '600', height, layout: 'responsive',
          sandbox: 'allow-scripts allow-same-origin', resizable: '', frameborder: '0',
        };
        return element('amp-iframe', attrs, more, element('p', { placeholder: '' }, words)).outerHTML;
      },
    }[o.mode]();
    // The share card in the widget's language.
    const card = document.getElementById('share-card');
    card.href = card.dataset[o.lang];
    card.querySelector('img').src = card.dataset[o.lang];
    snippet.value = code;
    alt.value = words;
    fits.textContent = form.querySelector('input[name="mode"]:checked').dataset.fits;
    // Only a script snippet asks for the module itself.
    form.elements['first-screen'].disabled = o.mode !== 'script';
    // The real widget, with the same options (a changed attribute re-renders it).
    for (const name of ['lang', 'theme', 'sections']) {
      const value = pairs.find(([k]) => k === name)?.[1];
      if (value === undefined) host.removeAttribute(`data-${name}`);
      else if (host.getAttribute(`data-${name}`) !== value) host.setAttribute(`data-${name}`, value);
    }
  }

  // The preview at a phone's width, the article column's, or the whole column's.
  const preview = document.getElementById('preview');
  document.querySelector('.builder-widths').addEventListener('change', (event) => {
    preview.dataset.width = event.target.value;
  });

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
      said.textContent = document.documentElement.lang === 'en' ? 'Copied.' : 'Đã sao chép.';
    } catch {
      // The clipboard refused: the text is selected for the editor to copy herself.
      field.focus();
      field.select();
      said.textContent = document.documentElement.lang === 'en' ? 'Selected: press Ctrl+C.' : 'Đã chọn: bấm Ctrl+C.';
    }
  });
  update();
})();
