// First contentful paint and largest contentful paint of every route in both languages, for one
// or more built folders, in headless Chromium with the network throttled to "Fast 3G" and the
// CPU slowed 4×. Prints one table of medians.
//
//   node bench/paint/paint.mjs [--runs 3] before=dist-csr after=dist
//
// The throttling is Lighthouse's own mobile profile (`throttling.mobileSlow4G`, read from the
// installed lighthouse package): WebPageTest's "Fast 3G" as DevTools applies it, 562.5 ms of
// request latency (150 ms RTT × 3.75), 1,474.56 kbit/s down and 675 kbit/s up (× 0.9), and a
// 4× CPU slowdown. Each load is a fresh browser context (no cache) at 390×844; the folders are
// measured in turn within each run, so that a busy moment of the machine hits all of them.
// Each page is read once the app runs, no content is loading, the network is idle and a second
// has passed; "app" is when the app runs (`<html data-app="ready">`).
import { chromium } from '../../tests/e2e/node_modules/playwright-core/index.mjs';
import { throttling } from '../../tests/e2e/node_modules/lighthouse/core/config/constants.js';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium.mjs';
import { folders, median, routes, serve, table } from '../serve.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const runs = at >= 0 ? Number(args.splice(at, 2)[1]) : 3;
const builds = folders(args);
const profile = throttling.mobileSlow4G;
const kbit = (k) => (k * 1024) / 8; // CDP wants bytes per second

const servers = [];
for (const [i, build] of builds.entries()) servers.push(await serve(build, Number(process.env.BENCH_PORT || 4275) + i));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

async function measure(origin, path) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.requestLatencyMs,
    downloadThroughput: kbit(profile.downloadThroughputKbps),
    uploadThroughput: kbit(profile.uploadThroughputKbps),
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdownMultiplier });
  await page.addInitScript(() => {
    const p = (window.__paint = { fcp: null, lcp: null, app: null });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') p.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      const last = list.getEntries().at(-1);
      if (last) p.lcp = last.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new MutationObserver(() => {
      if (p.app === null && document.documentElement.dataset.app === 'ready') p.app = performance.now();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app'] });
  });
  try {
    await page.goto(origin + path, { timeout: 120_000 });
    // A page that stands by without the app (public/boot.js) has no "app runs" time: it runs
    // no app until the visitor reaches for a control.
    await page.waitForFunction(
      () => (window.__paint.app !== null || document.documentElement.dataset.app === 'standby') && !document.querySelector('[aria-busy="true"]'),
      null,
      { timeout: 120_000 },
    );
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    await page.waitForTimeout(1000);
    return await page.evaluate(() => window.__paint);
  } finally {
    await context.close();
  }
}

const results = new Map(); // `${route}|${build}` → [{fcp, lcp, app}]
try {
  for (let run = 0; run < runs; run += 1) {
    for (const route of routes) {
      for (const [i, build] of builds.entries()) {
        const m = await measure(servers[i].origin, route.path);
        const key = `${route.label}|${build.label}`;
        results.set(key, [...(results.get(key) || []), m]);
        process.stderr.write(`run ${run + 1}/${runs} ${route.label} ${build.label}: FCP ${m.fcp?.toFixed(0)} LCP ${m.lcp?.toFixed(0)} app ${m.app?.toFixed(0)} ms\n`);
      }
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.close();
}

const seconds = (ms) => (ms == null || ms === Infinity ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
const of = (route, build, metric) => median(results.get(`${route.label}|${build.label}`).map((m) => m[metric] ?? Infinity));
const header = ['page'];
for (const metric of ['FCP', 'LCP', 'app runs']) for (const b of builds) header.push(`${metric} ${b.label}`);
const rows = routes.map((route) => {
  const row = [route.label];
  for (const metric of ['fcp', 'lcp', 'app']) for (const b of builds) row.push(seconds(of(route, b, metric)));
  return row;
});
console.log(`Median of ${runs} runs; Chromium headless, Lighthouse's mobileSlow4G ("Fast 3G": ${profile.requestLatencyMs} ms latency, ${profile.downloadThroughputKbps.toFixed(2)} kbit/s down, ${profile.uploadThroughputKbps} kbit/s up), CPU ${profile.cpuSlowdownMultiplier}× slower, 390×844, no cache, brotli.\n`);
console.log(table(header, rows));
