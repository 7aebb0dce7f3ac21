// Trunk post-build hook (release only): minifies the files every host page loads, which Trunk
// copies verbatim: the wasm-bindgen glue, the embed loader and the widget stylesheet; then
// shortens the names that link the module to its glue. The demo page and the snippet stay
// readable, as an editor sees them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { shortenNames } from './short-names.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR unset)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const FILES = { 'bl-infographic.js': 'js', 'embed.js': 'js', 'embed.css': 'css' };
for (const [file, loader] of Object.entries(FILES)) {
  const path = join(dir, file);
  const source = readFileSync(path, 'utf8');
  const { code } = transformSync(source, { loader, minify: true, format: loader === 'js' ? 'esm' : undefined, target: 'es2022', legalComments: 'none', charset: 'utf8' });
  writeFileSync(path, code);
  console.log(`minified ${file}: ${source.length} → ${code.length} bytes`);
}

// The names between the module and its glue, shortened in both (scripts/short-names.mjs).
const wasmPath = join(dir, 'bl-infographic_bg.wasm');
const gluePath = join(dir, 'bl-infographic.js');
const wasm = readFileSync(wasmPath);
const glue = readFileSync(gluePath, 'utf8');
const short = shortenNames(wasm, glue, ['wasm_bindgen__convert__closures']);
writeFileSync(wasmPath, short.wasm);
writeFileSync(gluePath, short.glue);
console.log(`shortened ${short.renamed} names: module ${wasm.length} → ${short.wasm.length}, glue ${glue.length} → ${short.glue.length} bytes`);
