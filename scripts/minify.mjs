// Trunk post-build hook (release only): minifies the files every host page loads, which Trunk
// copies verbatim: the wasm-bindgen glue, the embed loader and the widget stylesheet. The demo
// page and the snippet stay readable, as an editor sees them. The module and its glue also get
// short names for what they call each other by (scripts/short-names.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { checkImports, shortenNames } from './short-names.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR unset)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const options = (loader) => ({ loader, minify: true, format: loader === 'js' ? 'esm' : undefined, target: 'es2022', legalComments: 'none', charset: 'utf8' });

const [wasm, glue] = [join(dir, 'bl-infographic_bg.wasm'), join(dir, 'bl-infographic.js')];
const source = readFileSync(glue, 'utf8');
const code = shortenNames(wasm, glue, options('js'));
const linked = await checkImports(wasm, glue);
console.log(`minified bl-infographic.js: ${source.length} → ${code.length} bytes, names shortened, its ${linked.imports} imports checked`);

for (const [file, loader] of Object.entries({ 'embed.js': 'js', 'embed.css': 'css' })) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const { code: minified } = transformSync(text, options(loader));
  writeFileSync(path, minified);
  console.log(`minified ${file}: ${text.length} → ${minified.length} bytes`);
}
