import { test, expect, open } from './fixtures';
import type { Page } from '@playwright/test';
import { portalOrigin } from '../chromium.mjs';

// The release build ships the code of the FAQ, the articles and the timeline apart from the home
// page's (src/app.rs, scripts/split.sh): each page's code arrives when the page is first shown.

const chunk = {
  faq: /\/split_faq-[0-9a-f]{16}\.wasm$/,
  articles: /\/split_articles-[0-9a-f]{16}\.wasm$/,
  timeline: /\/split_timeline-[0-9a-f]{16}\.wasm$/,
};

/** The path of every wasm file the page fetches from now on. */
function wasmFetched(page: Page) {
  const paths: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.wasm')) paths.push(path);
  });
  return paths;
}

for (const [slug, own] of Object.entries(chunk)) {
  test(`/en/${slug} fetches its own code and no other page's`, async ({ page }) => {
    const wasm = wasmFetched(page);
    await open(page, `/en/${slug}`);
    await page.waitForLoadState('networkidle');
    expect(wasm.filter((p) => own.test(p))).toHaveLength(1);
    for (const [other, re] of Object.entries(chunk)) {
      if (other !== slug) expect(wasm.filter((p) => re.test(p)), other).toEqual([]);
    }
    expect(await page.getByRole('main').getByRole('article').count()).toBeGreaterThan(30);
  });
}

// boot.js holds back every download for the app (the glue, the wasm, the page's chunks and
// content files) until the browser reports the first paint of the pre-rendered page, so that on a
// slow link they do not compete with the page's HTML and CSS.
for (const address of ['/fr/faq', '/en/articles', '/fr/timeline']) {
  test(`${address}: the app's files are fetched only once the page has painted`, async ({ page }) => {
    await open(page, address);
    const { fcp, starts } = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      starts: performance
        .getEntriesByType('resource')
        .filter((e) => /\.wasm$|\/content\/|\/sunny-corner-\w+\.js$/.test(e.name))
        .map((e) => [new URL(e.name).pathname, e.startTime] as const),
    }));
    expect(fcp).toBeGreaterThan(0);
    // The glue, the main wasm, the content and the page's chunks.
    expect(starts.length).toBeGreaterThanOrEqual(6);
    for (const [path, start] of starts) expect(start, path).toBeGreaterThan(fcp!);
  });
}

test('a page opened directly preloads its own chunks, each fetched once', async ({ page }) => {
  const wasm = wasmFetched(page);
  await open(page, '/en/articles');
  await page.waitForLoadState('networkidle');
  const preloaded = await page.locator('head link[rel="preload"][href$=".wasm"]:not([href*="_bg"])').evaluateAll((links) =>
    links.map((l) => new URL((l as HTMLLinkElement).href).pathname),
  );
  expect(preloaded.filter((p) => chunk.articles.test(p))).toHaveLength(1);
  expect(preloaded.filter((p) => chunk.faq.test(p) || chunk.timeline.test(p))).toEqual([]);
  expect(preloaded.length).toBeGreaterThan(1); // with its shared chunks
  // The loader's fetch is served by the preload: no second download.
  for (const p of preloaded) expect(wasm.filter((w) => w === p), p).toHaveLength(1);
});

test('following a link from the home page (no app there) opens the FAQ, which fetches its code and works', async ({ page }) => {
  const wasm = wasmFetched(page);
  await open(page, '/en/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'FAQ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Frequently asked questions');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  expect(wasm.filter((p) => chunk.faq.test(p))).toHaveLength(1);
  await page.getByRole('searchbox').fill('oracle');
  await expect(page).toHaveURL(/\/en\/faq\?q=oracle$/);
  const shown = await page.getByRole('main').getByRole('article').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(30);
});

test('under /portal/ the chunks load from the sub-path, into the module the page loaded', async ({ page }) => {
  const wasm = wasmFetched(page);
  await page.goto(`${portalOrigin}/portal/en/timeline`);
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles');
  await page.waitForLoadState('networkidle');
  expect(wasm.length).toBeGreaterThan(2);
  for (const p of wasm) expect(p).toMatch(/^\/portal\//);
  expect(wasm.filter((p) => chunk.timeline.test(p))).toHaveLength(1);
  expect(wasm.filter((p) => chunk.articles.test(p))).toHaveLength(1);
  // One instance of the app: the page's own JS module, fetched once.
  const scripts = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js')),
  );
  const main = scripts.filter((p) => /\/sunny-corner-\w+\.js$/.test(p));
  expect(main).toHaveLength(1);
  // The articles page's code runs: a kind filters the list.
  const official = page.getByRole('button', { name: /^Official document \d+$/ });
  const expected = Number((await official.textContent())!.match(/(\d+)\s*$/)![1]);
  await official.click();
  await expect(page).toHaveURL(/\/portal\/en\/articles\?kind=/);
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(expected);
});
