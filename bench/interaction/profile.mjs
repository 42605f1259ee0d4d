// Where an interaction's time goes: one page in headless Chromium with the CPU slowed 4×, a
// trace over CDP around each of a few interactions (a facet click on the articles page, a
// keystroke in the FAQ search), summed by what the main thread did: running script (the app's
// wasm and the glue), style, layout, paint, and the rest. Prints the median per kind.
//
//   node bench/interaction/profile.mjs [DIR] [--runs 5]     (default: dist)
//
// A companion to interaction.mjs, which measures the durations; this says what they are made of.
import { chromium } from '../../tests/e2e/node_modules/playwright-core/index.mjs';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium.mjs';
import { endTrace, folders, median, serve, table } from '../serve.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const runs = at >= 0 ? Number(args.splice(at, 2)[1]) : 5;
const [build] = folders(args.length ? args : ['dist']);
const server = await serve(build, Number(process.env.BENCH_PORT || 4295));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

async function traced(page, cdp, act) {
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-devtools.timeline', transferMode: 'ReturnAsStream' });
  await act();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
  const events = await endTrace(cdp);
  const tid = events.find((e) => e.name === 'EventDispatch' && /click|keydown|input/.test(e.args?.data?.type ?? ''))?.tid;
  const on = events.filter((e) => e.tid === tid && e.dur && e.ph === 'X');
  // Each kind's time, counting an event nested in another of the same kind once (a function
  // call inside an event dispatch, a microtask run inside a call).
  const sum = (names) => {
    const list = on.filter((e) => names.includes(e.name)).sort((a, b) => a.ts - b.ts);
    let total = 0;
    let end = -Infinity;
    for (const e of list) {
      if (e.ts >= end) {
        total += e.dur;
        end = e.ts + e.dur;
      } else if (e.ts + e.dur > end) {
        total += e.ts + e.dur - end;
        end = e.ts + e.dur;
      }
    }
    return total / 1000;
  };
  const tasks = on.filter((e) => e.name === 'RunTask');
  const total = tasks.reduce((s, e) => s + e.dur, 0) / 1000;
  const script = sum(['FunctionCall', 'EventDispatch', 'FireAnimationFrame', 'TimerFire', 'RunMicrotasks', 'v8.run']);
  return { total, script: Math.min(script, total), style: sum(['UpdateLayoutTree']), layout: sum(['Layout']), paint: sum(['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'Commit']) };
}

async function open(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(server.origin + path);
  if (await page.evaluate(() => document.documentElement.dataset.app === 'standby')) await page.keyboard.press('Shift');
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page, cdp };
}

const results = { 'articles, facet click': [], 'FAQ, keystroke': [] };
try {
  for (let run = 0; run < runs; run += 1) {
    {
      const { context, page, cdp } = await open('/en/articles');
      const chips = page.locator('#filters-panel div.facet ul:not([aria-labelledby="facet-sort"]) a.chip');
      for (const n of [1, 1, 4, 4]) results['articles, facet click'].push(await traced(page, cdp, () => chips.nth(n).click()));
      await context.close();
    }
    {
      const { context, page, cdp } = await open('/en/faq');
      await page.locator('#faq-search').click();
      for (const key of ['o', 'r', 'a', 'Backspace']) results['FAQ, keystroke'].push(await traced(page, cdp, () => page.keyboard.press(key)));
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
const cols = ['total', 'script', 'style', 'layout', 'paint'];
console.log(`Main-thread time around one interaction (ms, median of ${runs * 4}), CPU 4× slower, 1280×900:\n`);
console.log(table(['interaction', ...cols], Object.entries(results).map(([k, list]) => [k, ...cols.map((c) => median(list.map((r) => r[c])).toFixed(1))])));
