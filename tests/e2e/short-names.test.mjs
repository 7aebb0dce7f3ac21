// The build step that shortens the names between the module and its glue
// (scripts/short-names.mjs): on a small module assembled here, then on dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shortenNames } from '../../scripts/short-names.mjs';
import { DIST } from './harness.mjs';

const LONG_IMPORT = '__wbg_log_0123456789abcdef';
const LONG_EXPORT = 'wasm_bindgen__convert__closures_____invoke__h0123456789abcdef';

const name = (s) => [s.length, ...Buffer.from(s)];
const section = (id, body) => [id, body.length, ...body];

/** A module that imports one function and exports a trampoline that calls it, and `mount`. */
function smallModule() {
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 0, 0]), // one type: () -> ()
    ...section(2, [1, ...name('./x_bg.js'), ...name(LONG_IMPORT), 0, 0]),
    ...section(3, [2, 0, 0]), // two functions of that type
    ...section(7, [2, ...name(LONG_EXPORT), 0, 1, ...name('mount'), 0, 2]),
    ...section(10, [2, 4, 0, 0x10, 0, 0x0b, 2, 0, 0x0b]), // call the import; do nothing
  ]);
}

/** A glue in wasm-bindgen's shape: the imports object, and the exports read as `o.name`. */
const GLUE = `let calls = 0;
const imports = { __proto__: null, "./x_bg.js": { ${LONG_IMPORT}: function () { calls++; } } };
return { imports, run: (o) => { o.${LONG_EXPORT}(); o.mount(); return calls; } };`;

test('the module and its glue are renamed together and still link', async () => {
  const { wasm, glue, renamed } = shortenNames(smallModule(), GLUE, ['wasm_bindgen__convert__closures']);
  assert.equal(renamed, 2);
  const module = new WebAssembly.Module(wasm);
  assert.deepEqual(WebAssembly.Module.imports(module), [{ module: 'a', name: 'a', kind: 'function' }]);
  assert.deepEqual(WebAssembly.Module.exports(module).map((e) => e.name), ['b', 'mount']);
  assert.doesNotMatch(glue, /__wbg_|wasm_bindgen__|x_bg/);
  const { imports, run } = new Function(glue)();
  const instance = await WebAssembly.instantiate(module, imports);
  assert.equal(run(instance.exports), 1, 'the renamed trampoline calls the renamed import');
});

test('a glue that does not name an import fails the build', () => {
  const glue = GLUE.replace(`${LONG_IMPORT}:`, 'other:');
  assert.throws(() => shortenNames(smallModule(), glue, []), /__wbg_log_0123456789abcdef: is in the glue 0 times/);
  const unread = GLUE.replace(`o.${LONG_EXPORT}();`, '');
  assert.throws(() => shortenNames(smallModule(), unread, ['wasm_bindgen__']), /is not read in the glue/);
});

test('dist/ has the short names: one import module, no hashed name left in the glue', () => {
  const module = new WebAssembly.Module(readFileSync(join(DIST, 'bl-infographic_bg.wasm')));
  const imports = WebAssembly.Module.imports(module);
  assert.ok(imports.length > 50, `${imports.length} imports`);
  assert.deepEqual([...new Set(imports.map((i) => i.module))], ['a']);
  assert.ok(imports.every((i) => i.name.length <= 2), 'import names of one or two letters');
  const exports = WebAssembly.Module.exports(module).map((e) => e.name);
  for (const kept of ['mount', 'unmount', 'mountedCount']) assert.ok(exports.includes(kept), kept);
  assert.doesNotMatch(readFileSync(join(DIST, 'bl-infographic.js'), 'utf8'), /__wbg_|wasm_bindgen__convert/);
});
