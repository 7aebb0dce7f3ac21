// Size budget: the brotli-compressed bytes of every file a host page loads for the widget
// (the snippet's stylesheet and loader, the wasm-bindgen glue and the wasm module).
// Prints a table and exits 1 above the budget. Usage: node scripts/size.mjs dist
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

// A ratchet just above the last measurement, never loosened: the full article with the
// static-first loader measured 113.6–114.9 KB under a 115 KB budget; drawing through our own
// canvas backend instead of plotters-canvas (no float formatting linked) saved 7.0 KB; the
// hardening (strict dates, bounded counts, cut echoes, chart failure notices, headline cards
// declared by the dataset) measured 110.1 KB. Then our own JSON reader instead of serde_json took
// 3,9 KB off, and markup text for the parts without events, the data download as a link and
// smaller strings paid for the section control, the data tables, the timeline, the highlight
// layer, four more charts and their pictures: 110.4 KB (113.080 B) with all of it. Typed entry
// points in the JSON reader (no unused visitor paths) took 2,8 KB off and an outline box instead
// of a highlight canvas 0,7 KB; the timeline's axis down the side on phones added 0,1 KB: 107.1 KB
// (109.681 B). Reading fetched bytes directly, one parse of the built-in data for every widget,
// notices as markup and a selection shown without a Yew render: 106.8 KB (109.314 B); the
// section control as markup: 106.4 KB (108.919 B); wasm-opt -Os with --low-memory-unused and
// the producers and target-features sections stripped: 105.5 KB (108.060 B); with
// --monomorphize and the functions ordered by name (kin together: brotli finds more to reuse):
// 105.1 KB (107.650 B); the desynchronized canvas context added 72 B and wasm-opt --converge
// (its passes repeated until the module stops shrinking) took 210 B off: 105.0 KB (107.508 B);
// no string patterns (catalogue slots split at a `char`, section names in an array) unlinked
// the substring searcher: 104.4 KB (106.932 B); no `split` at all unlinked the char searcher too
// (103.9 KB, 106.366 B), and that paid for tables of 500 rows and more deferred until opened
// (10.000 figures ready about 0,2 s sooner): 104.4 KB (106.925 B). Vocabulary errors without
// `join`, markup escaped in place, `&dyn` index keys, no `u8`/hex/`i32` printing and no scan on
// an index miss took 0,7 KB off, and a section's figures grouped in one pass (linear for
// thousands of groups) put 0,4 KB back: 103.9 KB (106.429 B). The dataset's records read by
// shared serde visitors instead of derived ones (2,9 KB) and the module-glue names shortened
// (4,2 KB): 97,0 KB (99.377 B), the speed-and-size issue's target of 100 KB met. Then for big
// datasets: tables past 500 rows written when opened, charts formatting only the rows they
// draw, each figure's group found once: 97,8 KB (100.127 B).
const BUDGET = 98.0 * 1024;
const TARGET = 100 * 1024;
const FILES = ['embed.css', 'embed.js', 'bl-infographic.js', 'bl-infographic_bg.wasm'];
const dir = process.argv[2] ?? 'dist';

let total = 0;
console.log('file                          raw B   brotli B');
for (const file of FILES) {
  const raw = readFileSync(join(dir, file));
  const br = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  }).length;
  total += br;
  console.log(`${file.padEnd(26)} ${String(raw.length).padStart(8)} ${String(br).padStart(10)}`);
}
const kb = (n) => (n / 1024).toFixed(1);
console.log(`total brotli: ${total} B (${kb(total)} KB), budget ${kb(BUDGET)} KB, target ${kb(TARGET)} KB${total > TARGET ? ' (not met yet)' : ' (met)'}`);
if (total > BUDGET) {
  console.error(`size: over budget by ${total - BUDGET} B`);
  process.exit(1);
}
