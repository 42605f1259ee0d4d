// What the start-up's long tasks are made of: each page loaded in headless Chromium with the
// CPU slowed 4× (the Lighthouse mobile setting), traced over CDP until the app has taken the
// page over. The takeover task (the one that compiled the most wasm) is split by what the trace
// says ran in it: V8's lazy compilation of wasm functions on their first call (`wasm.CompileLazy` and the
// `FlushInstructionCache` that follows it), style and layout, and the rest (running the app's
// code: building the page). Lighthouse's TBT counts every task's time over 50 ms: the last two
// columns sum that (unsimulated) for the other tasks (the pre-rendered page's parsing and layout,
// the glue's start) and for all. Prints the median over the runs, per page, in one table.
//
//   node bench/takeover/takeover.mjs [--runs 3] [LABEL=DIR …]     (default: dist)
//
// Servers listen from BENCH_PORT (default 4290) up, one per folder; 390×844, no service worker.
import { chromium } from '../../tests/e2e/node_modules/playwright-core/index.mjs';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium.mjs';
import { endTrace, folders, median, routes, serve, table } from '../serve.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const runs = at >= 0 ? Number(args.splice(at, 2)[1]) : 3;
const builds = folders(args.length ? args : ['dist']);

const servers = [];
for (const [i, build] of builds.entries()) servers.push(await serve(build, Number(process.env.BENCH_PORT || 4290) + i));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/** One load of `url`: the takeover task and what ran in it, and the time over 50 ms of every
 *  long task, in ms. */
async function trace(url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8,v8.wasm,disabled-by-default-devtools.timeline',
    transferMode: 'ReturnAsStream',
  });
  await page.goto(url);
  // A page as built stands by without the app (public/boot.js). The home page has no control
  // that needs it: no takeover, only its own tasks. The others start it when the visitor
  // reaches for a control: here a key pressed, once the page has loaded, so the trace holds
  // the load and then the takeover.
  await page.waitForFunction(() => ['ready', 'standby'].includes(document.documentElement.dataset.app), null, { timeout: 120_000 });
  const controls = 'button, input, select, textarea, [data-control]';
  if (await page.evaluate((c) => document.documentElement.dataset.app === 'standby' && !!document.querySelector(`[data-standby] :is(${c})`), controls)) {
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('Shift');
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 120_000 });
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const events = await endTrace(cdp);
  await context.close();
  // The page's main thread: the one that ran the app's code (the wasm's lazy compilation), or,
  // on a page that runs no app, the renderer's main thread that ran the most.
  const busiest = () => {
    const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => e.tid);
    const time = (t) => events.filter((e) => e.name === 'RunTask' && e.tid === t && e.dur).reduce((sum, e) => sum + e.dur, 0);
    return mains.reduce((a, b) => (time(b) > time(a) ? b : a), mains[0]);
  };
  const tid = events.find((e) => e.name === 'wasm.CompileLazy')?.tid ?? busiest();
  const tasks = events.filter((e) => e.name === 'RunTask' && e.tid === tid && e.dur);
  const within = (task, name) =>
    events
      .filter((e) => e.tid === tid && e.name === name && e.dur && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur)
      .reduce((sum, e) => sum + e.dur, 0) / 1000;
  // Each task with the time it spent compiling wasm on first call; the takeover is the task
  // that compiled the most (it runs the most of the app).
  const compiled = tasks.map((task) => ({ task, compile: within(task, 'wasm.CompileLazy') + within(task, 'FlushInstructionCache') }));
  const over50 = (list) => list.reduce((sum, t) => sum + Math.max(0, t.dur / 1000 - 50), 0);
  if (!compiled.some((c) => c.compile > 0)) {
    return { total: 0, compile: 0, layout: 0, rest: 0, over50: over50(tasks), othersOver50: over50(tasks) };
  }
  const { task: takeover, compile } = compiled.reduce((a, b) => (b.compile > a.compile ? b : a));
  const total = takeover.dur / 1000;
  const layout = within(takeover, 'Layout') + within(takeover, 'UpdateLayoutTree');
  return {
    total,
    compile,
    layout,
    rest: total - compile - layout,
    over50: over50(tasks),
    othersOver50: over50(tasks.filter((t) => t !== takeover)),
  };
}

const rows = [];
for (const route of routes) {
  for (const [i, build] of builds.entries()) {
    const samples = [];
    for (let r = 0; r < runs; r += 1) samples.push(await trace(servers[i].origin + route.path));
    const m = (key) => `${Math.round(median(samples.map((s) => s[key])))} ms`;
    const share = Math.round((100 * median(samples.map((s) => s.compile / s.total))) || 0);
    rows.push([
      route.label,
      ...(builds.length > 1 ? [build.label] : []),
      m('total'),
      `${m('compile')} (${share}%)`,
      m('layout'),
      m('rest'),
      m('othersOver50'),
      m('over50'),
    ]);
    console.error(`${route.label} ${build.label}: ${rows.at(-1).slice(-6).join(', ')}`);
  }
}
console.log(`\nChromium ${browser.version()}, CPU 4× slower, 390×844, median of ${runs} loads per page.\n`);
console.log(
  table(
    [
      'page',
      ...(builds.length > 1 ? ['build'] : []),
      'takeover task',
      'of it: wasm lazy compile',
      'style + layout',
      'running the app',
      'other tasks, time over 50 ms',
      'all tasks, time over 50 ms',
    ],
    rows,
  ),
);
await browser.close();
for (const s of servers) s.close();
