// Runs the cross-engine journeys (journeys.mjs) against a built site: starts the static server
// and each engine's WebDriver server on 127.0.0.1, runs `node --test` over one test file per
// engine, and stops everything it started, whatever happens.
//
//   node tests/engines/run.mjs [--dir dist] [--engines webkit,firefox,chromium] [--jobs 1] [--grep RE]
//
// --dir      the folder to serve, relative to the repository (default dist): the release build
// --engines  which engines (default all three)
// --jobs     how many engines run at once (default 3: the journeys mostly wait on the browsers,
//            so on 2 cores all three side by side took 133 s where one at a time took 229 s)
// --grep     only the journeys whose name matches this regular expression (node's
//            --test-name-pattern), for example --grep screenshot
// Node's spec reporter prints each journey; the closing line is one summary
// ("engines: N passed, N failed, N skipped in S s (webkit P/T, …)"); the exit status is non-zero
// when a journey fails or an engine cannot start.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { engines, SITE_PORT, INJECTED_SITE_PORT } from './engines.mjs';
import { startInjectingProxy } from './inject.mjs';

const here = import.meta.dirname;
const repo = path.resolve(here, '../..');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dir = path.resolve(repo, arg('dir', 'dist'));
const chosen = arg('engines', 'webkit,firefox,chromium').split(',').filter(Boolean);
const jobs = arg('jobs', '3');
const grep = arg('grep', null);

const say = (s) => console.log(`engines: ${s}`);
const fail = (s) => {
  console.error(`engines: ${s}`);
  process.exitCode = 1;
};

for (const e of chosen) if (!engines[e]) throw new Error(`unknown engine ${e}; known: ${Object.keys(engines).join(', ')}`);
if (!fs.existsSync(path.join(dir, 'index.html'))) {
  fail(`no built site in ${dir} (run trunk build --release first)`);
  process.exit(1);
}

// Every process started here, each in its own process group, so stopping it also stops what it
// started (xvfb-run's Xvfb, a driver's browsers).
const started = [];
function start(name, command, args) {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  child.on('exit', (code, signal) => {
    if (!child.stopping) say(`${name} exited (${signal || code})${log ? `:\n${log.slice(-2000)}` : ''}`);
  });
  started.push(child);
  return child;
}
function stopAll() {
  for (const child of started.reverse()) {
    child.stopping = true;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

async function waitForHttp(url, what, timeout = 20_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    try {
      const res = await fetch(url);
      if (res.ok) return res;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${what} did not answer at ${url} within ${timeout / 1000} s`);
}

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0 || fs.existsSync(command);

const t0 = Date.now();
const runnable = [];
try {
  start('site', process.execPath, [path.join(repo, 'tests/e2e/server.mjs'), '--dir', dir, '--port', String(SITE_PORT)]);
  await waitForHttp(`http://127.0.0.1:${SITE_PORT}/robots.txt`, 'the static server');
  say(`serving ${path.relative(repo, dir) || '.'} at http://127.0.0.1:${SITE_PORT}/`);
  if (chosen.some((e) => engines[e].injected)) {
    const proxy = await startInjectingProxy({ upstream: SITE_PORT, port: INJECTED_SITE_PORT });
    process.on('exit', () => proxy.close());
    proxy.unref();
  }

  for (const name of chosen) {
    const def = engines[name];
    const missing = Object.entries(def.needs).filter(([c]) => !has(c));
    if (missing.length) {
      fail(`${name}: missing ${missing.map(([c, how]) => `${c} (${how})`).join(', ')}; run scripts/setup.sh`);
      continue;
    }
    const [command, args] = def.command(def.port);
    start(`${name} driver`, command, args);
    runnable.push(name);
  }
  for (const name of runnable) {
    const res = await waitForHttp(`http://127.0.0.1:${engines[name].port}/status`, `${name}'s WebDriver server`);
    const status = await res.json().catch(() => ({}));
    say(`${engines[name].label} driver ready${status?.value?.build?.version ? ` (${status.value.build.version})` : ''}`);
  }
} catch (e) {
  fail(e.message);
  process.exit(1);
}

// One `node --test` per engine, `jobs` at a time, each with its own counts file. Alone, an
// engine's report streams as it runs; side by side, each is printed whole when it ends, so the
// reports do not interleave.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'engines-'));
process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));
const counts = {};
async function runEngine(name) {
  const countsFile = path.join(scratch, `${name}.json`);
  const alone = Number(jobs) <= 1;
  const child = spawn(
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      `--test-reporter=${path.join(here, 'summary.mjs')}`,
      `--test-reporter-destination=${countsFile}`,
      ...(grep ? [`--test-name-pattern=${grep}`] : []),
      path.join(here, `${name}.test.mjs`),
    ],
    {
      stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ENGINE_SITE: `http://127.0.0.1:${SITE_PORT}`, ENGINE_SITE_INJECTED: `http://127.0.0.1:${INJECTED_SITE_PORT}` },
    },
  );
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  // A whole engine gets ENGINE_TIMEOUT_MIN minutes (default 15; alone, each takes under 1): one
  // that hangs is stopped and counted as not run, and the other engines still run.
  const minutes = Number(process.env.ENGINE_TIMEOUT_MIN || 15);
  const timer = setTimeout(() => {
    say(`${name}: still running after ${minutes} min; stopped`);
    child.kill('SIGKILL');
  }, minutes * 60_000);
  const code = await new Promise((r) => child.on('exit', (c, sig) => r(c ?? (sig ? 1 : 0))));
  clearTimeout(timer);
  if (!alone) process.stdout.write(out);
  if (code !== 0) process.exitCode = code;
  try {
    counts[name] = JSON.parse(fs.readFileSync(countsFile, 'utf8'));
  } catch {
    // the test runner died before reporting: the exit status already says so
  }
}
const queue = [...runnable];
await Promise.all(
  Array.from({ length: Math.max(1, Number(jobs)) }, async () => {
    while (queue.length) await runEngine(queue.shift());
  }),
);

// The closing line, in the plain form CI reads (as the e2e step's):
// "engines: N passed, N failed, N skipped in S s (webkit 52/52, firefox 52/52, chromium 52/52)".
const total = { passed: 0, failed: 0, skipped: 0 };
for (const c of Object.values(counts)) for (const k of Object.keys(total)) total[k] += c[k];
const per = chosen.map((e) => {
  const c = counts[e];
  return c ? `${e} ${c.passed}/${c.passed + c.failed}` : `${e} did not run`;
});
if (chosen.some((e) => !counts[e])) process.exitCode = process.exitCode || 1;
const seconds = ((Date.now() - t0) / 1000).toFixed(0);
console.log(`engines: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped in ${seconds} s (${per.join(', ')})`);
// The servers and drivers would keep node alive: leaving stops them (the exit handler above).
process.exit();
