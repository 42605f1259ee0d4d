import { test, expect, open, pages } from './fixtures';
import { onWrangler, portalOrigin } from '../chromium.mjs';

// The Content-Security-Policy forbids every inline script and style. Every test of the suite
// fails on a violation (fixtures.ts, `cspWatch`); these tests walk through the states that
// matter on purpose, and check that the policy is there and that the watch would see a breach.

const policy =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'self'; form-action 'self'";

test('every page carries the policy, and no inline script or style attribute', async ({ request }) => {
  for (const path of ['/', '/404.html', ...['en', 'fr'].flatMap((l) => pages.map((p) => `/${l}/${p.slug}`))]) {
    const response = await request.get(path);
    const html = await response.text();
    expect(html, path).toContain(`<meta http-equiv="Content-Security-Policy" content="${policy}">`);
    // Scripts are files; the only inline <script> elements are JSON-LD data, never run.
    for (const [, attrs] of html.matchAll(/<script\b([^>]*)>/g)) {
      expect(attrs.includes('src=') || attrs.includes('application/ld+json'), `${path}: <script${attrs}>`).toBe(true);
    }
    expect(html, path).not.toMatch(/<[^>]+\sstyle=/);
    expect(html, path).not.toMatch(/\son[a-z]+=/);
    if (onWrangler) {
      expect(response.headers()['content-security-policy'], path).toBe(
        policy.replace("form-action 'self'", "frame-ancestors 'none'; form-action 'self'"),
      );
    }
  }
});

test('search, filters, the countdown, a calendar download and an error state run without a violation', async ({ page, cspWatch, consoleWatch }) => {
  // Search as you type, then a category.
  await open(page, '/en/faq');
  await page.getByRole('searchbox').fill('virginia');
  await expect(page.getByRole('main').getByRole('mark').first()).toBeVisible();
  await page.getByRole('button', { name: /^Data and security \d+$/ }).click();
  await expect(page).toHaveURL(/category=/);
  // The articles' facets and sort.
  await open(page, '/fr/articles');
  await page.getByRole('button', { name: /^Document officiel \d+$/ }).click();
  await expect(page).toHaveURL(/kind=/);
  // The live countdown and its calendar file.
  await page.clock.install({ time: new Date('2020-09-15T11:59:00Z') });
  await open(page, '/en/');
  const card = page.getByRole('region', { name: /Next deadline/ });
  await expect(card.getByRole('timer')).toBeVisible();
  await page.clock.runFor('01:00');
  const download = page.waitForEvent('download');
  await card.getByRole('link', { name: 'Add to calendar' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.ics$/);
  // The timeline's filters and its file of every pending deadline.
  await open(page, '/en/timeline');
  await page.getByRole('main').getByRole('button', { pressed: false }).first().click();
  await expect(page).toHaveURL(/\?/);
  // A content file that cannot be loaded, then loaded on retry.
  consoleWatch.allow(/Failed to load resource/);
  let broken = true;
  await page.route('**/content/faq*.json', (r) => (broken ? r.fulfill({ status: 500, body: 'x' }) : r.fallback()));
  // (Opened directly, the pre-rendered page stays, with the notice above it.)
  await page.goto('/fr/faq');
  await expect(page.getByRole('alert')).toContainText('500');
  broken = false;
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Under the sub-path too.
  await open(page, `${portalOrigin}/portal/fr/timeline`);
  expect(cspWatch).toEqual([]);
});

test('an inline script is refused and reported, so the watch would fail a test', async ({ page, cspWatch, consoleWatch }) => {
  // The browser also logs each refusal as an error.
  consoleWatch.allow(/violates the following Content Security Policy directive/);
  await open(page, '/en/');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.ran = true';
    document.body.append(s);
    document.body.lastElementChild!.setAttribute('style', 'color: red');
  });
  // Once per policy: the meta tag's, and on a host with headers the header's too.
  await expect.poll(() => [...new Set(cspWatch.map((v) => v.directive))].sort()).toEqual(['script-src-elem', 'style-src-attr']);
  expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
  // Seen and checked: this test's breach is on purpose.
  cspWatch.length = 0;
});
