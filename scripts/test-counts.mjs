#!/usr/bin/env node
// The number of tests of each kind, from the source tree, as a Markdown table for the README
// ("Tests by kind"). Run from anywhere, after `make dist` (a spec reads dist/ as it is loaded):
// `node scripts/test-counts.mjs`.
//
// How each kind is counted:
// - Rust (native): each `#[test]` function, and each `fn` inside a `proptest!` block (a property,
//   run over many generated cases), found by reading the files; `src/` is unit tests,
//   `tests/content.rs` is the content contract, the other files of `tests/` are native
//   integration tests. A test behind a cfg or a feature (`tests/synthetic.rs` needs `synthetic`)
//   is counted as written.
// - Playwright: the list Playwright itself makes (`playwright test --list`), so tests generated
//   in loops are counted one by one, per spec file, for the plain run and the wrangler run.
// - Cross-engine journeys: tests/engines/journeys.mjs is loaded with `node:test`'s describe and
//   it replaced by counters, so its generated journeys are counted as each engine runs them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { register } from 'node:module';

const root = path.resolve(import.meta.dirname, '..');

function rustFiles(dir) {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.rs'))
    .map((f) => path.join(dir, f));
}

/** `#[test]` functions and the properties of `proptest!` blocks in one Rust file. */
function countRust(file) {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const tests = (text.match(/#\[test\]/g) || []).length;
  let properties = 0;
  for (const m of text.matchAll(/proptest(?:::proptest)?!\s*\{/g)) {
    // The block's extent, by matching braces from its opening one.
    let depth = 0;
    let end = m.index + m[0].length - 1;
    for (; end < text.length; end++) {
      if (text[end] === '{') depth++;
      else if (text[end] === '}' && --depth === 0) break;
    }
    properties += (text.slice(m.index, end).match(/^\s*fn\s+\w+/gm) || []).length;
  }
  return { tests, properties };
}

const rust = { unit: 0, property: 0, content: 0, integration: 0 };
for (const file of [...rustFiles('src'), ...rustFiles('tests').filter((f) => !f.includes('node_modules'))]) {
  const { tests, properties } = countRust(file);
  rust.property += properties;
  if (file.startsWith('src')) rust.unit += tests;
  else if (file === path.join('tests', 'content.rs')) rust.content += tests;
  else rust.integration += tests;
}

/** Playwright's own list of tests, per spec file. */
function playwrightList(config, env = {}) {
  let out;
  try {
    out = execFileSync('npx', ['playwright', 'test', '--list', '--reporter=json', '-c', config], {
      cwd: path.join(root, 'tests/e2e'),
      env: { ...process.env, ...env },
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
  } catch (e) {
    // Some specs read the built folder when they are loaded (offline.spec.ts reads dist/).
    const errors = JSON.parse(e.stdout || '{}').errors?.map((x) => x.message) ?? [e.message];
    console.error(`playwright could not list the tests of ${config} (run \`make dist\` first):\n${errors.join('\n')}`);
    process.exit(1);
  }
  const report = JSON.parse(out);
  const perFile = {};
  const walk = (suite, file) => {
    const f = suite.file || file;
    for (const spec of suite.specs || []) perFile[f] = (perFile[f] || 0) + spec.tests.length;
    for (const child of suite.suites || []) walk(child, f);
  };
  for (const suite of report.suites) walk(suite, suite.file);
  return perFile;
}
const plain = playwrightList('playwright.config.ts');
const wrangler = playwrightList('playwright.wrangler.config.ts', { E2E_HOST: 'wrangler' });

/** The journeys each engine runs, counted by loading journeys.mjs with counting stand-ins for
 *  node:test. */
async function countJourneys() {
  globalThis.__journeyCount = 0;
  const stub = `
    export const describe = (name, fn) => fn();
    export const it = () => { globalThis.__journeyCount += 1; };
    export const before = () => {}, after = () => {}, beforeEach = () => {}, afterEach = () => {};
  `;
  const hooks = `
    export async function resolve(specifier, context, next) {
      if (specifier === 'node:test')
        return { url: 'data:text/javascript,' + encodeURIComponent(${JSON.stringify(stub)}), shortCircuit: true };
      return next(specifier, context);
    }
  `;
  register('data:text/javascript,' + encodeURIComponent(hooks));
  const { journeys } = await import(path.join(root, 'tests/engines/journeys.mjs'));
  const counts = {};
  for (const engine of ['webkit', 'firefox', 'chromium']) {
    const before = globalThis.__journeyCount;
    journeys(engine);
    counts[engine] = globalThis.__journeyCount - before;
  }
  return counts;
}
const engines = await countJourneys();

const rows = [
  ['native unit tests (`#[test]` in `src/`)', rust.unit],
  ['property tests (proptest properties, `src/` and `tests/`)', rust.property],
  ['content contract (`tests/content.rs`)', rust.content],
  ['native integration tests (other `tests/*.rs`: schemas, search, iCalendar, SEO files, synthetic)', rust.integration],
];
const specs = Object.keys({ ...plain, ...wrangler }).sort();
for (const spec of specs) {
  const area = spec.replace(/\.spec\.ts$/, '');
  rows.push([`e2e, ${area} (\`${spec}\`): plain host + wrangler`, `${plain[spec] || 0} + ${wrangler[spec] || 0}`]);
}
const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
rows.push(['e2e in all', `${sum(plain)} + ${sum(wrangler)} = ${sum(plain) + sum(wrangler)}`]);
rows.push([
  'cross-engine journeys (`tests/engines/journeys.mjs`)',
  `${Object.entries(engines).map(([e, n]) => `${n} ${e}`).join(' + ')} = ${sum(engines)}`,
]);

console.log('| kind | tests |');
console.log('|---|---|');
for (const [kind, n] of rows) console.log(`| ${kind} | ${n} |`);
