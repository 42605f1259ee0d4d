#!/usr/bin/env node
// What each crate and each of our modules costs in a wasm file, read from its `name` section
// (so run it before wasm-opt strips the names), after wasm-bindgen, which demangles them:
//
//   wasm-bindgen --target web --out-dir /tmp/bg target/wasm32-unknown-unknown/release/sunny-corner.wasm
//   node scripts/wasm-costs.mjs /tmp/bg/sunny-corner_bg.wasm [rows]
//
// A function is charged to the first `sunny_corner::<module>` its name mentions (a generic
// instantiated for our types is our cost), else to the crate its path starts with. Brotli is
// the size of that owner's function bodies compressed together (quality 11): a share, not an
// exact saving. twiggy cannot read this wasm (bulk-memory opcodes), hence this script.
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: wasm-costs.mjs FILE.wasm [rows]");
  process.exit(2);
}
const top = Number(topArg ?? 40);
const bytes = readFileSync(file);
let pos = 8;

function uleb() {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if ((b & 0x80) === 0) return result;
  }
}
function str() {
  const len = uleb();
  const s = bytes.toString("utf8", pos, pos + len);
  pos += len;
  return s;
}

let importedFuncs = 0;
const bodies = []; // [start, end) of each defined function's body
const names = new Map();
let dataBytes = 0;
while (pos < bytes.length) {
  const id = bytes[pos++];
  const size = uleb();
  const end = pos + size;
  if (id === 2) {
    for (let n = uleb(); n > 0; n--) {
      str();
      str();
      const kind = bytes[pos++];
      if (kind === 0) {
        importedFuncs++;
        uleb();
      } else if (kind === 1) {
        pos++;
        const flags = uleb();
        uleb();
        if (flags & 1) uleb();
      } else if (kind === 2) {
        const flags = uleb();
        uleb();
        if (flags & 1) uleb();
      } else if (kind === 3) {
        pos += 2;
      } else {
        uleb();
        uleb();
      }
    }
  } else if (id === 10) {
    for (let n = uleb(); n > 0; n--) {
      const len = uleb();
      bodies.push([pos, pos + len]);
      pos += len;
    }
  } else if (id === 11) {
    dataBytes = size;
  } else if (id === 0) {
    const name = str();
    if (name === "name") {
      while (pos < end) {
        const sub = bytes[pos++];
        const subSize = uleb();
        const subEnd = pos + subSize;
        if (sub === 1) {
          for (let n = uleb(); n > 0; n--) {
            const idx = uleb();
            names.set(idx, str());
          }
        }
        pos = subEnd;
      }
    }
  }
  pos = end;
}
if (names.size === 0) {
  console.error(`${file}: no name section (was it stripped by wasm-opt?)`);
  process.exit(1);
}

// Rust's legacy mangling, in case the linker left names mangled.
function demangle(name) {
  const m = /^_ZN(.*)E$/.exec(name);
  if (!m) return name;
  const parts = [];
  let rest = m[1];
  while (rest.length) {
    const len = /^\d+/.exec(rest);
    if (!len) break;
    const n = Number(len[0]);
    parts.push(rest.slice(len[0].length, len[0].length + n));
    rest = rest.slice(len[0].length + n);
  }
  return parts.join("::");
}

function owner(name) {
  const ours = /sunny_corner::(\w+)/.exec(name);
  if (ours) return `sunny_corner::${ours[1]}`;
  // `<T as tachys::view::Render>::build`: a generic or primitive type is charged to the trait.
  const as = /^<(?:&|mut |dyn |\[|\()*([A-Za-z_]\w*)(::)?[^]*? as (?:&|mut |dyn )*([A-Za-z_]\w*)/.exec(name);
  if (as) return as[2] ? as[1] : as[3];
  const first = /^[<&\s]*(?:dyn |impl |mut )?([A-Za-z_][\w]*)/.exec(name);
  return first ? first[1] : "(other)";
}

const groups = new Map();
let codeBytes = 0;
bodies.forEach(([start, end], i) => {
  const name = demangle(names.get(i + importedFuncs) ?? `func${i + importedFuncs}`);
  const key = owner(name);
  const g = groups.get(key) ?? { funcs: 0, raw: 0, parts: [] };
  g.funcs++;
  g.raw += end - start;
  g.parts.push(bytes.subarray(start, end));
  groups.set(key, g);
  codeBytes += end - start;
});

const br = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const rows = [...groups.entries()]
  .map(([key, g]) => ({ key, funcs: g.funcs, raw: g.raw, br: br(Buffer.concat(g.parts)) }))
  .sort((a, b) => b.raw - a.raw);

const pad = (s, n) => String(s).padStart(n);
console.log(`${file}: ${bytes.length} bytes; code ${codeBytes} in ${bodies.length} functions; data ${dataBytes}`);
console.log(`${"owner".padEnd(34)} ${pad("funcs", 6)} ${pad("raw", 9)} ${pad("share", 6)} ${pad("brotli", 8)}`);
for (const r of rows.slice(0, top)) {
  const share = ((100 * r.raw) / codeBytes).toFixed(1);
  console.log(`${r.key.padEnd(34)} ${pad(r.funcs, 6)} ${pad(r.raw, 9)} ${pad(share + "%", 6)} ${pad(r.br, 8)}`);
}
if (rows.length > top) {
  const rest = rows.slice(top);
  const raw = rest.reduce((s, r) => s + r.raw, 0);
  console.log(`${`(${rest.length} more)`.padEnd(34)} ${pad(rest.reduce((s, r) => s + r.funcs, 0), 6)} ${pad(raw, 9)}`);
}
