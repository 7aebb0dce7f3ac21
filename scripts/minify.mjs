// Trunk post-build hook (release only): minifies the files every host page loads, which Trunk
// copies verbatim: the wasm-bindgen glue, the embed loader and the widget stylesheet. The demo
// page and the snippet stay readable, as an editor sees them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

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

