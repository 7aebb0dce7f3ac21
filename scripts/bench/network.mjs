// Phone networks for `make bench`: the widget's six charts and the peer page (the same charts
// drawn by Chart.js 4, and the timeline by TimelineJS 3) on fast and slow 3G, served
// brotli-compressed, CPU throttled 4×, in alternating cold pairs. For each page, when its
// first text is painted and when its charts are live; the ratio is the median of the pairs'.
import { NETWORKS, THROTTLE, median } from './loads.mjs';

export const NETWORK_TARGET = 0.8;
const PAIRS = 3;

// The widget's pages: its charts in the first screen, the snippet marked so in the builder (the
// module asked for as the page is read), which is the target's row; and the same snippet
// unmarked (the loader asks when a host nears the screen), for comparison.
const WIDGET_PAGES = [
  ['/bench-charts-first.html', 'snippet marked "first screen"', true],
  ['/bench-charts.html', 'snippet unmarked', false],
];

/** The rows of both networks: { network, page, target, widget, peer, ratio, pairs }. */
export async function phoneNetworks({ pairedOf, warm }) {
  for (const [path] of WIDGET_PAGES) await warm(path, { hosts: 3 });
  await warm('/bench/peer.html');
  const rows = [];
  for (const network of Object.keys(NETWORKS)) {
    const options = { network };
    for (const [path, page, target] of WIDGET_PAGES) {
      const [widget, peer, pairs] = await pairedOf([path, { ...options, hosts: 3 }], ['/bench/peer.html', options], PAIRS);
      const ratio = pairs.length ? median(pairs.map(([a, b]) => a.ready / b.ready)) : NaN;
      rows.push({ network, page, target, widget, peer, ratio, pairs: pairs.length });
    }
  }
  return rows;
}

const s = (v) => (v === null ? '—' : `${(v / 1000).toFixed(2)} s`);

/** The printed rows, and the failures among them. */
export function networkReport(rows) {
  const lines = [`phone networks (brotli, CPU ${THROTTLE}×, median of ${PAIRS} alternating pairs): first text / live`];
  const failures = [];
  for (const { network, page, target, widget, peer, ratio, pairs } of rows) {
    const { latency, downloadThroughput } = NETWORKS[network];
    const met = ratio <= NETWORK_TARGET;
    const goal = target ? ` (target ≤ ${NETWORK_TARGET.toFixed(2)}${met ? ', met' : ', not met yet'})` : '';
    lines.push(`  ${network} (${(downloadThroughput * 8 / 1e6).toFixed(1)} Mbps, ${latency} ms RTT), ${page}: widget ${s(widget.fcp)} / ${s(widget.ready)}, peer (Chart.js + TimelineJS) ${s(peer.fcp)} / ${s(peer.ready)}, ratio ${ratio.toFixed(2)}${goal}`);
    if (!pairs) failures.push(`${network}: the widget and the peer page were never both ready in a pair`);
    if (widget.wasm !== 1) failures.push(`${network}, ${page}: the module was fetched ${widget.wasm} times`);
  }
  return { lines, failures };
}
