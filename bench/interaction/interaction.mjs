// How long a visitor waits for the page to answer: every keystroke in the FAQ search and every
// facet click on the articles page, as the browser's Event Timing API reports them
// (PerformanceObserver, type "event", durationThreshold 16: from the input to the next paint),
// in headless Chromium with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate, the
// Lighthouse mobile setting) after the page has loaded. An interaction's time is its longest
// event (keydown/keyup, pointerdown/pointerup/click share an interactionId), as INP counts it;
// an interaction with no entry took under 16 ms. Prints p50, p95 and max per run, and the
// median of the runs' p95.
//
//   node bench/interaction/interaction.mjs [--runs 3] LABEL=DIR [LABEL=DIR…]
//
// 1280×900 (the facets are a sidebar there), no service worker, files brotli-compressed.
import { chromium } from '../../tests/e2e/node_modules/playwright-core/index.mjs';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium.mjs';
import { folders, median, serve, table } from '../serve.mjs';
import { keystrokes } from './typing.mjs';
import { pageFunctions } from '../../tests/e2e/node_modules/lighthouse/core/lib/page-functions.js';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const runs = at >= 0 ? Number(args.splice(at, 2)[1]) : 3;
const builds = folders(args);
const CPU = 4;


const servers = [];
for (const [i, build] of builds.entries()) servers.push(await serve(build, Number(process.env.BENCH_PORT || 4275) + i));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const version = browser.version();

// How fast the machine is at the moment: Lighthouse's benchmark index (computeBenchmarkIndex
// from the lighthouse package: tight JavaScript loops, no CPU slowdown; Chrome DevTools' CPU
// calibration takes 1,000 for a mid-tier phone such as a Pixel 5). The durations below scale
// with the machine's speed, which moves within minutes here: see the README's "Interaction".
async function benchmarkIndex() {
  const page = await browser.newPage();
  try {
    return await page.evaluate(`(${pageFunctions.computeBenchmarkIndex})()`);
  } finally {
    await page.close();
  }
}
const speed = [];

async function open(origin, path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(() => {
    const seen = (window.__events = []);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.interactionId) seen.push({ id: e.interactionId, name: e.name, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  await page.goto(origin + path, { timeout: 300_000 });
  // A page as built stands by without the app until the visitor reaches for a control
  // (public/boot.js): a key pressed starts it.
  if (await page.evaluate(() => document.documentElement.dataset.app === 'standby')) await page.keyboard.press('Shift');
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready' && !document.querySelector('[aria-busy="true"]'), null, { timeout: 300_000 });
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await page.evaluate(() => (window.__events.length = 0));
  return { context, page, errors };
}

// Each interaction's duration: the longest entry of its interactionId; `count` interactions
// were made, the ones with no entry took under 16 ms (counted as 0 here, shown as "<16").
async function durations(page, count) {
  await page.waitForTimeout(1000);
  const events = await page.evaluate(() => window.__events);
  const byId = new Map();
  for (const e of events) byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.duration));
  const list = [...byId.values()];
  while (list.length < count) list.push(0);
  return list.sort((a, b) => a - b);
}

const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

async function faq(origin, lang) {
  const { context, page, errors } = await open(origin, `/${lang}/faq`);
  let count = 0;
  try {
    const box = page.locator('#faq-search');
    await box.click();
    await page.waitForTimeout(300);
    await page.evaluate(() => (window.__events.length = 0));
    for (const key of keystrokes) {
      await page.keyboard.press(key);
      count += 1;
      await settle(page);
      await page.waitForTimeout(120);
    }
    if (errors.length) throw new Error(`console errors: ${errors.join('; ')}`);
    return await durations(page, count);
  } finally {
    await context.close();
  }
}

async function articles(origin, lang) {
  const { context, page, errors } = await open(origin, `/${lang}/articles`);
  let count = 0;
  try {
    // The first 20 chips of the kind, tag, language and year facets (the publishers are behind
    // a disclosure, the sort is not a filter), each turned on, then each turned off again; a
    // chip that would give nothing at that moment (disabled, no link) is skipped.
    const chips = page.locator('#filters-panel div.facet ul:not([aria-labelledby="facet-sort"]) a.chip');
    const total = Math.min(20, await chips.count());
    for (const n of [...Array(total).keys(), ...Array(total).keys()]) {
      const chip = chips.nth(n);
      if ((await chip.getAttribute('href')) === null) continue;
      await chip.click();
      count += 1;
      await settle(page);
      await page.waitForTimeout(150);
    }
    if (errors.length) throw new Error(`console errors: ${errors.join('; ')}`);
    return await durations(page, count);
  } finally {
    await context.close();
  }
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (v) => (v < 16 ? '<16 ms' : `${Math.round(v)} ms`);
const cases = [
  { label: 'FAQ search, keystrokes (en)', run: (o) => faq(o, 'en') },
  { label: 'FAQ search, keystrokes (fr)', run: (o) => faq(o, 'fr') },
  { label: 'articles, facet clicks (en)', run: (o) => articles(o, 'en') },
];
const rows = [];
try {
  for (const c of cases) {
    // The folders take turns within each run, so that a busy moment hits all of them.
    const per = builds.map(() => ({ p50: [], p95: [], max: [], n: 0 }));
    for (let run = 0; run < runs; run += 1) {
      speed.push(await benchmarkIndex());
      for (const [i, build] of builds.entries()) {
        const d = await c.run(servers[i].origin);
        per[i].n = d.length;
        per[i].p50.push(pct(d, 50));
        per[i].p95.push(pct(d, 95));
        per[i].max.push(d.at(-1));
        process.stderr.write(`run ${run + 1}/${runs} ${c.label} ${build.label}: ${d.length} interactions, p50 ${ms(pct(d, 50))}, p95 ${ms(pct(d, 95))}, max ${ms(d.at(-1))}\n`);
      }
    }
    for (const [i, build] of builds.entries()) {
      const m = per[i];
      rows.push([c.label, build.label, m.n, ms(median(m.p50)), `**${ms(median(m.p95))}**`, ms(median(m.max)), m.p95.map(ms).join(', ')]);
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.close();
}
console.log(`Event Timing (durationThreshold 16), Chromium ${version} headless, CPU ${CPU}× slower, 1280×900; median of ${runs} runs.`);
console.log(`Machine: Lighthouse benchmark index ${Math.round(median(speed))} (median of ${speed.length}, one before each run of each interaction: ${speed.map(Math.round).join(', ')}).\n`);
console.log(table(['interaction', 'content', 'events per run', 'p50', 'p95', 'max', 'p95 of each run'], rows));
console.log('\nTargets: p95 ≤ 50 ms on the real content, ≤ 100 ms on the 10,000-item files.');
