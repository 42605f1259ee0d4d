// Loads /en/articles with articles.json replaced by a synthetic 10,000-item file, then applies
// a fixed sequence of filter changes by clicking facet buttons, timing each from the click to
// the frame after the list and count have updated.
import { chromium } from '../../tests/e2e/node_modules/playwright-core/index.mjs';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium.mjs';
import { spawn } from 'node:child_process';
import fs from 'node:fs';

const [dist, data] = process.argv.slice(2);
const port = Number(process.env.BENCH_PORT || 4190);
const server = spawn('node', ['tests/e2e/server.mjs', '--dir', dist, '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const body = fs.readFileSync(data);

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route('**/content/articles.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body }));
  const t0 = Date.now();
  await page.goto(`http://127.0.0.1:${port}/en/articles`);
  await page.locator('li.article-card').first().waitFor();
  const firstRender = Date.now() - t0;

  // Facet buttons to toggle, in order: each click turns one on; the second pass turns it off.
  const facetNames = await page.locator('#filters-panel a.chip[href]').evaluateAll((as) => as.map((a) => a.textContent.replace(/\s*\d+$/, '').trim()));
  const sequence = facetNames.slice(0, 20);
  const timings = [];
  const nodes = [];
  const cards = [];
  for (const pass of [0, 1]) {
    for (const name of sequence) {
      const ms = await page.evaluate(async (name) => {
        const link = [...document.querySelectorAll('#filters-panel a.chip[href]')].find((a) => a.textContent.replace(/\s*\d+$/, '').trim() === name);
        if (!link) return null;
        // Resolve when the list has been rebuilt: the first DOM mutation after which the
        // count or the cards differ (a MutationObserver fires right after the update, before
        // the browser paints; the paint itself is the browser's and is not counted).
        const count = () => document.querySelector('.result-count').textContent;
        const first = () => document.querySelector('li.article-card')?.id;
        const before = count() + first();
        const start = performance.now();
        let end = null;
        await new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (count() + first() !== before) {
              end = performance.now();
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(document.querySelector('main'), { childList: true, subtree: true, characterData: true });
          link.click();
          setTimeout(() => { observer.disconnect(); resolve(); }, 2000);
        });
        if (end === null) return null;
        return end - start;
      }, name);
      if (ms === null) continue;
      timings.push(ms);
      nodes.push(await page.evaluate(() => document.getElementsByTagName('*').length));
      cards.push(await page.locator('li.article-card').count());
    }
    void pass;
  }
  timings.sort((a, b) => a - b);
  const pct = (p) => timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))];
  console.log('Articles at scale: 10,000 synthetic articles, release build, headless Chromium');
  console.log(`first render of /en/articles (load, parse, index, render): ${firstRender} ms`);
  console.log(`filter changes measured: ${timings.length}`);
  console.log(`time from click to updated list (DOM rebuilt, before paint): p50 ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms, max ${timings[timings.length - 1].toFixed(1)} ms`);
  console.log(`cards rendered at once: max ${Math.max(...cards)}`);
  console.log(`DOM elements: max ${Math.max(...nodes)}, min ${Math.min(...nodes)}`);
} finally {
  await browser.close();
  server.kill();
}
