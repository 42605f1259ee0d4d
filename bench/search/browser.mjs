// Runs the benchmark page in headless Chromium and prints the comparison table.
//
//   node bench/search/browser.mjs OUT_DIR      (run.sh does, after building OUT_DIR/pkg and the
//                                              native results OUT_DIR/native.json)
//
// Serves the page itself, on 127.0.0.1 only, cross-origin isolated (COOP + COEP) so that
// performance.now() steps by 5 µs instead of 100 µs.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(process.argv[2] ?? path.join(here, '../out/search'));
// playwright-core is the one the end-to-end tests install.
const require = createRequire(path.join(here, '../../tests/e2e/package.json'));
const { chromium } = require('playwright-core');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};
// URL prefix → folder.
const roots = [
  ['/out/', out],
  ['/pkg/', path.join(out, 'pkg')],
  ['/node_modules/', path.join(here, 'node_modules')],
  ['/', path.join(here, 'web')],
];

const server = http.createServer((req, res) => {
  const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const [prefix, dir] = roots.find(([p]) => pathname.startsWith(p));
  const file = path.join(dir, pathname.slice(prefix.length) || 'index.html');
  if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, {
    'content-type': types[path.extname(file)] ?? 'application/octet-stream',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
    'cache-control': 'no-cache',
  });
  fs.createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});
let report;
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`page console: ${message.text()}`);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 30_000 });
  report = await page.evaluate(() => window.runBench());
} finally {
  await browser.close();
  server.close();
}

const native = JSON.parse(fs.readFileSync(path.join(out, 'native.json'), 'utf8'));
const rows = [native, ...report.results];

console.log(`\nChromium: ${report.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? report.userAgent}`);
console.log(
  `timer step ${(report.timerStepMs * 1000).toFixed(0)} µs` +
    (report.crossOriginIsolated ? ' (cross-origin isolated)' : ' (not isolated: coarse timings)'),
);
console.log('corpus: 10,000 FAQ entries per language, 2 fields of ~60 words; 30 planted queries');
console.log('build = both languages\' indexes; latency = parse + search + results handed back\n');

const fmt = (n, digits = 3) => n.toFixed(digits);
const header = ['engine', 'build ms', 'p50 ms', 'p95 ms', 'precision@1', 'typing p50', 'typing p95'];
const table = rows.map((r) => [
  r.engine,
  fmt(r.build_ms, 1),
  fmt(r.p50_ms),
  fmt(r.p95_ms),
  `${Math.round(r.precision * 30)}/30`,
  fmt(r.typing_p50_ms),
  fmt(r.typing_p95_ms),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
console.log('(typing = 1–2 letter queries such as "s", "de": the most postings a query walks)');

const ours = report.results.find((r) => r.engine.startsWith('sunny-corner'));
console.log('\nratios, other engine ÷ sunny-corner (wasm), above 1 = sunny-corner faster:');
for (const r of report.results.filter((r) => r !== ours)) {
  console.log(
    `  ${r.engine.padEnd(widths[0])}  build ×${fmt(r.build_ms / ours.build_ms, 2)}` +
      `  p50 ×${fmt(r.p50_ms / ours.p50_ms, 1)}  p95 ×${fmt(r.p95_ms / ours.p95_ms, 1)}` +
      `  precision@1 ${fmt(r.precision * 100, 0)}% vs ${fmt(ours.precision * 100, 0)}%`,
  );
}
console.log(`  wasm ÷ native: p50 ×${fmt(ours.p50_ms / native.p50_ms, 1)}, p95 ×${fmt(ours.p95_ms / native.p95_ms, 1)}`);
console.log(
  `\ngoal p95 ≤ 1 ms in Chromium (wasm): ${ours.p95_ms <= 1 ? 'met' : 'NOT met'} (${fmt(ours.p95_ms)} ms)`,
);

for (const r of report.results) {
  if (r.misses.length > 0) {
    console.log(`\n${r.engine} misses:`);
    for (const miss of r.misses) console.log(`  ${miss}`);
  }
}
fs.writeFileSync(path.join(out, 'results.json'), JSON.stringify({ native, ...report }, null, 2));
