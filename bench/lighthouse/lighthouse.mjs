// Lighthouse (mobile preset: Lighthouse's default, a Moto G Power on simulated "Fast 3G"
// with a 4× slower CPU) on every route in both languages and the 404 page, for one or more
// built folders; 3 runs per page, keeping the median run as Lighthouse itself picks it
// (`computeMedianRun`: the run closest to the median FCP and time to interactive). Prints one
// table.
//
//   node bench/lighthouse/lighthouse.mjs [--runs 3] LABEL=DIR [LABEL=DIR…]
//   node bench/lighthouse/lighthouse.mjs before=dist-csr after=dist
//
// Chromium is Debian's (CHROME_PATH, default /usr/bin/chromium) with the flags of
// tests/e2e/chromium.mjs. The folders are measured in turn for each page and run, so that a
// busy moment of the machine hits all of them.
import fs from 'node:fs';
import lighthouse from '../../tests/e2e/node_modules/lighthouse/core/index.js';
import { computeMedianRun } from '../../tests/e2e/node_modules/lighthouse/core/lib/median-run.js';
import * as chromeLauncher from '../../tests/e2e/node_modules/chrome-launcher/dist/index.js';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium.mjs';
import { folders, notFound, routes, serve, table } from '../serve.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const runs = at >= 0 ? Number(args.splice(at, 2)[1]) : 3;
const builds = folders(args);
const pages = [...routes, { label: '404' }];

const servers = [];
for (const [i, build] of builds.entries()) servers.push(await serve(build, Number(process.env.BENCH_PORT || 4277) + i));
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });

const results = new Map(); // `${page}|${build}` → [lhr]
try {
  for (let run = 0; run < runs; run += 1) {
    for (const page of pages) {
      for (const [i, build] of builds.entries()) {
        const path = page.path ?? notFound(build).path;
        const { lhr } = await lighthouse(servers[i].origin + path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        if (lhr.runtimeError) throw new Error(`${page.label} ${build.label}: ${lhr.runtimeError.message}`);
        const key = `${page.label}|${build.label}`;
        results.set(key, [...(results.get(key) || []), lhr]);
        process.stderr.write(`run ${run + 1}/${runs} ${page.label} ${build.label}: performance ${Math.round(lhr.categories.performance.score * 100)}\n`);
      }
    }
  }
} finally {
  chrome.kill();
  for (const s of servers) s.close();
}

const score = (lhr, id) => (lhr.categories[id].score == null ? 'n/a' : Math.round(lhr.categories[id].score * 100));
const value = (lhr, id) => lhr.audits[id]?.numericValue;
const rows = [];
for (const page of pages) {
  for (const build of builds) {
    const lhr = computeMedianRun(results.get(`${page.label}|${build.label}`));
    rows.push([
      page.label,
      build.label,
      score(lhr, 'performance'),
      score(lhr, 'accessibility'),
      score(lhr, 'best-practices'),
      score(lhr, 'seo'),
      `${(value(lhr, 'largest-contentful-paint') / 1000).toFixed(1)} s`,
      value(lhr, 'cumulative-layout-shift').toFixed(3),
      `${Math.round(value(lhr, 'total-blocking-time'))} ms`,
    ]);
  }
}
const version = JSON.parse(fs.readFileSync(new URL('../../tests/e2e/node_modules/lighthouse/package.json', import.meta.url))).version;
console.log(`Lighthouse ${version}, mobile preset, median of ${runs} runs; ${chromiumPath}.\n`);
console.log(table(['page', 'build', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'CLS', 'TBT'], rows));
