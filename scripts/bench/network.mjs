// Phone networks for `make bench`: the widget's six charts and the peer page (the same charts
// drawn by Chart.js 4, and the timeline by TimelineJS 3) on fast and slow 3G, served
// brotli-compressed, CPU throttled 4×, in alternating cold pairs. For each page, when its
// first text is painted and when its charts are live; the ratio is the median of the pairs'.
import { NETWORKS, THROTTLE, median } from './loads.mjs';

export const NETWORK_TARGET = 0.8;
const PAIRS = 3;

/** The rows of both networks: { network, widget, peer, ratio, pairs }. */
export async function phoneNetworks({ pairedOf, warm }) {
  await warm('/bench-charts.html', { hosts: 3 });
  await warm('/bench/peer.html');
  const rows = [];
  for (const network of Object.keys(NETWORKS)) {
    const options = { network };
    const [widget, peer, pairs] = await pairedOf(['/bench-charts.html', { ...options, hosts: 3 }], ['/bench/peer.html', options], PAIRS);
    const ratio = pairs.length ? median(pairs.map(([a, b]) => a.ready / b.ready)) : NaN;
    rows.push({ network, widget, peer, ratio, pairs: pairs.length });
  }
  return rows;
}

const s = (v) => (v === null ? '—' : `${(v / 1000).toFixed(2)} s`);

/** The printed rows, and the failures among them. */
export function networkReport(rows) {
  const lines = [`phone networks (brotli, CPU ${THROTTLE}×, median of ${PAIRS} alternating pairs): first text / live`];
  const failures = [];
  for (const { network, widget, peer, ratio, pairs } of rows) {
    const { latency, downloadThroughput } = NETWORKS[network];
    const met = ratio <= NETWORK_TARGET;
    lines.push(`  ${network} (${(downloadThroughput * 8 / 1e6).toFixed(1)} Mbps, ${latency} ms RTT): widget ${s(widget.fcp)} / ${s(widget.ready)}, peer (Chart.js + TimelineJS) ${s(peer.fcp)} / ${s(peer.ready)}, ratio ${ratio.toFixed(2)} (target ≤ ${NETWORK_TARGET.toFixed(2)}${met ? ', met' : ', not met yet'})`);
    if (!pairs) failures.push(`${network}: the widget and the peer page were never both ready in a pair`);
  }
  return { lines, failures };
}
