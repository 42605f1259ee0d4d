#!/usr/bin/env node
// Lists, for one page of the built site, every file its first load fetches: the pre-rendered
// HTML; the CSS, JS and wasm that HTML and its JS modules load; the wasm chunks of the page's
// own code (read from wasm-split's loader, `__wasm_split-*.js`, with their shared chunks); and
// the content files the app loads on that page. scripts/size.sh weighs them.
//
//   node scripts/route-files.mjs DIST home|faq|articles|timeline [--app]
//
// A page marked `data-standby` (every page, as built) does not start the app until the visitor
// reaches for a control, nor while the countdown keeps the shape it was built with
// (public/boot.js): its first load is the HTML, the CSS and boot.js. `--app` lists the files
// once the app has started there.
//
// tests/e2e/specs/split.spec.ts checks in Chromium that the chunks fetched are these.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const args = process.argv.slice(2);
// `--app`: the files once the app has started on the page (on a page standing by, when the
// visitor reaches for a control), as if it did not stand by.
const withApp = args.includes('--app');
const [dist, route] = args.filter((a) => a !== '--app');
const routes = {
  // The page's HTML, the chunk of its code (`page_chunk!` in src/app.rs), the content it loads.
  home: { html: 'en/index.html', split: null, content: ['site.json', 'countdown.json'] },
  faq: { html: 'en/faq.html', split: 'faq', content: ['site.json', 'faq.json'] },
  articles: { html: 'en/articles.html', split: 'articles', content: ['site.json', 'articles.json'] },
  timeline: { html: 'en/timeline.html', split: 'timeline', content: ['site.json', 'timeline.json'] },
};
const r = routes[route];
if (!dist || !r) {
  console.error(`usage: route-files.mjs DIST ${Object.keys(routes).join('|')} [--app]`);
  process.exit(2);
}

const files = new Set();
const seen = (f) => files.has(f);
const text = (f) => readFileSync(join(dist, f), 'utf8');

/** A reference from file `from` to `url`, as a path under dist, if it is a file there. */
function resolve(from, url) {
  if (/^[a-z]+:/i.test(url)) return null;
  // Absolute URLs carry the public URL; dist is weighed as served from `/`.
  const path = url.startsWith('/') ? url.slice(1) : join(dirname(from), url);
  const f = normalize(path);
  return existsSync(join(dist, f)) ? f : null;
}

const standby = !withApp && /<[^>]*\sdata-standby[\s=>]/.test(text(normalize(r.html)));

let loader = null;
function visit(f) {
  if (!f || seen(f)) return;
  files.add(f);
  if (/__wasm_split-\w+\.js$/.test(f)) {
    loader = f; // its chunks are fetched on demand: see below
    return;
  }
  if (!/\.(html|js)$/.test(f)) return;
  const body = text(f);
  // Attributes and string literals naming a stylesheet, a module or a wasm file; in the HTML,
  // also the glue and the wasm that boot.js loads (its tag's `data-glue` and `data-wasm`).
  const app = standby ? '' : '|data-glue|data-wasm';
  const refs = f.endsWith('.html')
    ? [...body.matchAll(new RegExp(`(?:href|src${app})=(?:"([^"]+\\.(?:css|js|wasm))"|([^"'\\s>]+\\.(?:css|js|wasm))(?=[\\s>]))|'([^']+\\.(?:js|wasm))'`, 'g'))]
    : [...body.matchAll(/(?:^|\n)\s*import\b[^'"]*['"]([^'"]+\.js)['"]/g)];
  for (const m of refs) visit(resolve(f, m[1] ?? m[2] ?? m[3]));
}
visit(normalize(r.html));

if (r.split && !standby) {
  if (!loader) throw new Error(`${route}: no wasm-split loader is loaded, so no chunk ${r.split}`);
  const js = text(loader);
  const chunkFile = new Map();
  for (const m of js.matchAll(/const (__chunk_\d+) = makeLoad\([\s\S]*?"\.\/([^"]+\.wasm)"/g)) {
    chunkFile.set(m[1], m[2]);
  }
  const split = [...js.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(([\s\S]*?)\[([^\]]*)\]\)\);/g)]
    .find((m) => m[1] === r.split);
  if (!split) throw new Error(`${route}: ${loader} has no chunk ${r.split}`);
  const own = /"\.\/([^"]+\.wasm)"/.exec(split[2]);
  if (own) files.add(join(dirname(loader), own[1]));
  for (const dep of split[3].split(',').map((d) => d.trim()).filter(Boolean)) {
    files.add(join(dirname(loader), chunkFile.get(dep)));
  }
}
if (!standby) for (const c of r.content) files.add(join('content', c));

for (const f of files) console.log(relative('.', f));
