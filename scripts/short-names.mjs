// Shortens the names that link the wasm module to its wasm-bindgen glue: every import
// (`__wbg_width_b81b030bc60498d5`, one per imported browser function, with a hash brotli cannot
// compress) and the exports only the glue calls (the closure trampolines). The import module
// `./bl-infographic_bg.js` becomes `a`. The module and the glue are rewritten together, so each
// name is still defined exactly where it is used. The module's public exports keep their names.
//
// A wasm module is a list of sections; the import section (id 2) and the export section (id 7)
// hold the names. See https://webassembly.github.io/spec/core/binary/modules.html.

const IMPORTS = 2;
const EXPORTS = 7;

/** Reads an unsigned LEB128 number at `at`: [value, next offset]. */
function uleb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

function encodeUleb(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return out;
}

/** The `n`th short name: a, b, …, z, A, …, Z, then two letters and so on. */
function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name = letters[n % 52] + name;
    n = Math.floor(n / 52) - 1;
  } while (n >= 0);
  return name;
}

/** Reads a name at `at`: [string, next offset]. */
function readName(bytes, at) {
  const [len, start] = uleb(bytes, at);
  return [new TextDecoder().decode(bytes.subarray(start, start + len)), start + len];
}

function encodeName(name) {
  const utf8 = new TextEncoder().encode(name);
  return [...encodeUleb(utf8.length), ...utf8];
}

/** Skips an import's description (`kind` at `at - 1`): the next offset. */
function skipImportDesc(bytes, kind, at) {
  const limits = (p) => {
    const flags = bytes[p];
    let [, q] = uleb(bytes, p + 1);
    if (flags & 1) [, q] = uleb(bytes, q);
    return q;
  };
  switch (kind) {
    case 0: return uleb(bytes, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: element type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return uleb(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`import kind ${kind} unknown`);
  }
}

/**
 * Renames in `wasm` (bytes) and `glue` (the wasm-bindgen JS, as text) every import, and every
 * export whose name starts with one of `internalExports`. Throws if an import is not named
 * exactly once in the glue, or an export is never read there (`.name`), so a glue layout this
 * does not know fails the build rather than the page.
 */
export function shortenNames(wasm, glue, internalExports) {
  const imports = new Map();
  const exports = new Map();
  let next = 0;
  const rename = (names, name) => {
    if (!names.has(name)) names.set(name, shortName(next++));
    return names.get(name);
  };
  let moduleName = null;
  const out = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = uleb(wasm, at + 1);
    const end = start + size;
    if (id !== IMPORTS && id !== EXPORTS) {
      out.push(wasm.subarray(at, end));
    } else {
      const [count, first] = uleb(wasm, start);
      const body = encodeUleb(count);
      let p = first;
      for (let i = 0; i < count; i++) {
        if (id === IMPORTS) {
          let module, name;
          [module, p] = readName(wasm, p);
          [name, p] = readName(wasm, p);
          if (moduleName !== null && module !== moduleName) throw new Error(`second import module ${module}`);
          moduleName = module;
          const kind = wasm[p];
          const descEnd = skipImportDesc(wasm, kind, p + 1);
          body.push(...encodeName('a'), ...encodeName(rename(imports, name)), ...wasm.subarray(p, descEnd));
          p = descEnd;
        } else {
          let name;
          [name, p] = readName(wasm, p);
          const kind = wasm[p];
          const descEnd = uleb(wasm, p + 1)[1];
          const internal = internalExports.some((prefix) => name.startsWith(prefix));
          body.push(...encodeName(internal ? rename(exports, name) : name), ...wasm.subarray(p, descEnd));
          p = descEnd;
        }
      }
      if (p !== end) throw new Error(`section ${id} not read to its end`);
      out.push(Uint8Array.from([id, ...encodeUleb(body.length), ...body]));
    }
    at = end;
  }
  let js = glue;
  const once = (from, to) => {
    const parts = js.split(from);
    if (parts.length !== 2) throw new Error(`${from} is in the glue ${parts.length - 1} times, not once`);
    js = parts.join(to);
  };
  // Longest first: no name is then replaced inside a longer one that contains it.
  const longestFirst = (names) => [...names].sort((x, y) => y[0].length - x[0].length);
  for (const [from, to] of longestFirst(imports)) once(`${from}:`, `${to}:`);
  for (const [from, to] of longestFirst(exports)) {
    const read = new RegExp(`\\.${from}\\b`, 'g');
    if (!read.test(js)) throw new Error(`export ${from} is not read in the glue`);
    js = js.replace(read, `.${to}`);
  }
  if (moduleName !== null) once(`${JSON.stringify(moduleName)}:`, 'a:');
  return { wasm: Buffer.concat(out), glue: js, renamed: imports.size + exports.size };
}
