import { test, expect } from './fixtures';
import { onWrangler, portalOrigin } from '../chromium.mjs';

// Odd addresses, as people paste, truncate and guess them: each gets the page it should or the
// 404 page, in the right language, with JavaScript and without, and never a crash (fixtures.ts
// fails a test on any uncaught error or console error but the 404 status line).
//
// With JavaScript, the other forms of a page's address that static hosts answer (`.html`,
// `index.html`, a trailing slash) are rewritten to the page's own address; without it, the host
// decides: the file for `.html` and `index.html`, and for a trailing slash the 404 page (there is
// no `en/faq/` folder; server.mjs, GitHub Pages) or a redirect to the page (Cloudflare Pages).

const long = 'données '.repeat(300); // 5.7 KB once encoded, within hosts' limits (Cloudflare: 16 KB)
const page404 = { en: 'Page not found', fr: 'Page introuvable' };

/** What an address shows: its heading, its language, the address it ends up at with JavaScript
 *  (when it changes), and whether it is the 404 page (answered with status 404). */
const addresses: { path: string; heading: string; lang: 'en' | 'fr'; canonical?: string; missing?: boolean; noJs?: string }[] = [
  { path: `/en/faq?q=${encodeURIComponent(long)}`, heading: 'Frequently asked questions', lang: 'en' },
  { path: `/fr/articles?q=${'x'.repeat(6000)}&tag=${'y'.repeat(1000)}`, heading: 'Articles', lang: 'fr' },
  { path: '/en/faq?q=%E0%A4%A&category=%ZZ%', heading: 'Frequently asked questions', lang: 'en' },
  { path: '/fr/timeline?kind=%C3%28&chain=%', heading: 'Chronologie des échéances', lang: 'fr' },
  { path: '/en/articles?kind=law&kind=law&page=2&page=x&sort=old&sort=new', heading: 'Articles', lang: 'en' },
  { path: '/fr/faq?q=a&q=b&category=x&category=y', heading: 'Questions fréquentes', lang: 'fr' },
  { path: '/en/%E0%A4%A', heading: page404.en, lang: 'en', missing: true },
  { path: '/fr/%ZZ/faq', heading: page404.fr, lang: 'fr', missing: true },
  { path: '/de/', heading: page404.en, lang: 'en', missing: true },
  { path: '/zh-Hans/faq', heading: page404.en, lang: 'en', missing: true },
  { path: '/fr/nulle-part/ni-ailleurs', heading: page404.fr, lang: 'fr', missing: true },
  { path: '/en/faq.html', heading: 'Frequently asked questions', lang: 'en', canonical: '/en/faq' },
  { path: '/fr/articles.html?sort=old', heading: 'Articles', lang: 'fr', canonical: '/fr/articles?sort=old' },
  { path: '/en/timeline.html#year-2024', heading: 'Timeline of the deadlines', lang: 'en', canonical: '/en/timeline#year-2024' },
  { path: '/fr/index.html', heading: 'Sunny Corner', lang: 'fr', canonical: '/fr/' },
  { path: '/en/index.html', heading: 'Sunny Corner', lang: 'en', canonical: '/en/' },
  { path: '/fr/faq/', heading: 'Questions fréquentes', lang: 'fr', canonical: '/fr/faq', noJs: onWrangler ? undefined : page404.fr },
  { path: '/en/timeline/', heading: 'Timeline of the deadlines', lang: 'en', canonical: '/en/timeline', noJs: onWrangler ? undefined : page404.en },
];

const notices = '[role="alert"], [data-fault]';

test.describe('with JavaScript', () => {
  for (const a of addresses) {
    test(`${a.path.slice(0, 80)}`, async ({ page, consoleWatch }) => {
      consoleWatch.allow(/status of 404/);
      const response = await page.goto(a.path);
      if (a.missing) expect(response?.status()).toBe(404);
      // The home page runs without the app (public/boot.js), so its address stays as typed; its
      // canonical link names the page's own address.
      const home = a.canonical === '/en/' || a.canonical === '/fr/';
      // So does the 404 page, whole without the app, in the language of the address.
      await expect(page.locator('html')).toHaveAttribute('data-app', home || a.missing ? 'standby' : 'ready');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(a.heading);
      await expect(page.locator('html')).toHaveAttribute('lang', a.lang);
      await expect(page.locator(notices)).toHaveCount(0);
      if (a.canonical) {
        const url = new URL(page.url());
        // On the home page the address stays as typed, unless the host redirects it (Cloudflare
        // answers `/en/index.html` with a redirect to `/en/`).
        const shown = url.pathname + url.search + url.hash;
        if (home) expect([a.path, a.canonical]).toContain(shown);
        else expect(shown).toBe(a.canonical);
        if (home) {
          const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
          expect(new URL(canonical!).pathname).toBe(a.canonical);
        }
      }
      // The page still answers: the language switch leads on.
      await page.locator('.lang-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', a.lang === 'en' ? 'fr' : 'en');
    });
  }

  test('the language chooser at /index.html sends the visitor to their language', async ({ page }) => {
    await page.goto('/index.html');
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sunny Corner');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const a of addresses) {
    test(`${a.path.slice(0, 80)}`, async ({ page, consoleWatch }) => {
      consoleWatch.allow(/status of 404/);
      const response = await page.goto(a.path);
      const heading = a.noJs ?? a.heading;
      expect(response?.status()).toBe(a.missing || a.noJs ? 404 : 200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.locator('html')).toHaveAttribute('lang', a.lang);
    });
  }
});

// The French 404 page without JavaScript, at the root and under a sub-path (`fr/404.html`, which
// hosts find as the nearest 404 page or through `_redirects`); elsewhere, the English one.
test.describe('unknown addresses without JavaScript, by folder', () => {
  test.use({ javaScriptEnabled: false });
  for (const origin of ['', `${portalOrigin}/portal`]) {
    for (const [path, lang] of [
      ['/fr/nulle-part', 'fr'],
      ['/fr/a/b/c.html', 'fr'],
      ['/en/nowhere', 'en'],
      ['/nowhere', 'en'],
    ] as const) {
      test(`${origin || 'root'}${path}`, async ({ page, consoleWatch }) => {
        consoleWatch.allow(/status of 404/);
        const response = await page.goto(`${origin}${path}`);
        expect(response?.status()).toBe(404);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(page404[lang]);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        // Its links work from any depth: the home page of its language.
        await page.getByRole('main').getByRole('link').first().click();
        await expect(page).toHaveURL(new RegExp(`${origin.replace(/[/.]/g, '\\$&')}/${lang}/$`));
      });
    }
  }
});
