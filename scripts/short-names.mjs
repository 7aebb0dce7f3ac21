// The module and its glue call each other by name: 187 imports such as
// `__wbg_addEventListener_f2d27251d333a631` and two dozen exports, each name written in both
// files, 4,3 KB of the 140 KB a reader downloads. Binaryen's
// `--minify-imports-and-exports-and-modules` pass gives them short names and prints what it
// renamed; esbuild's `mangleProps`, given that mapping as its `mangleCache`, renames the same
// properties in the glue. Then the renamed glue's imports are checked against the renamed
// module's, so that a mismatch fails the build, not a reader's page.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';

// The features the module was built with (wasm-bindgen's externref table, bulk memory…).
const FEATURES = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types', 'multivalue'];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Shortens the names between `wasmPath` and `gluePath` in place; returns the minified glue. */
export function shortenNames(wasmPath, gluePath, esbuildOptions) {
  const before = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath)));
  const modules = new Set(before.map((i) => i.module));
  const mapping = JSON.parse(
    execFileSync('wasm-opt', [
      '--minify-imports-and-exports-and-modules', '--strip-target-features',
      ...FEATURES.map((f) => `--enable-${f}`), wasmPath, '-o', wasmPath,
    ], { encoding: 'utf8' }),
  );
  const after = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath)));
  const renamedModules = new Set(after.map((i) => i.module));
  if (modules.size !== 1 || renamedModules.size !== 1) {
    throw new Error(`expected one import module, found ${[...modules]} → ${[...renamedModules]}`);
  }
  const cache = { [[...modules][0]]: [...renamedModules][0] };
  for (const [, name, short] of mapping.imports) cache[name] = short;
  for (const [name, short] of mapping.exports) cache[name] = short;
  const names = new RegExp(`^(?:${Object.keys(cache).map(escape).join('|')})$`);
  const { code } = transformSync(readFileSync(gluePath, 'utf8'), {
    ...esbuildOptions, mangleProps: names, mangleQuoted: true, mangleCache: cache,
  });
  writeFileSync(gluePath, code);
  return code;
}

/**
 * Every import of the module at `wasmPath` is a function of the glue's import object: the glue
 * is loaded and initialised with the module, its import object captured before instantiation.
 */
export async function checkImports(wasmPath, gluePath) {
  const module = new WebAssembly.Module(readFileSync(wasmPath));
  const instantiate = WebAssembly.instantiate;
  let imports = null;
  WebAssembly.instantiate = async (_module, given) => {
    imports = given;
    throw new Error('captured');
  };
  try {
    const glue = await import(pathToFileURL(gluePath).href);
    await glue.default({ module_or_path: module }).catch(() => {});
  } finally {
    WebAssembly.instantiate = instantiate;
  }
  if (!imports) throw new Error(`${gluePath} did not instantiate the module`);
  const missing = WebAssembly.Module.imports(module).filter(
    (i) => typeof imports[i.module]?.[i.name] !== 'function',
  );
  if (missing.length > 0) {
    throw new Error(`the glue lacks ${missing.length} of the module's imports: ${missing.map((i) => i.name).slice(0, 5)}`);
  }
  return { imports: WebAssembly.Module.imports(module).length };
}
