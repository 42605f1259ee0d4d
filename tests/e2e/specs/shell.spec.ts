import { test, expect, open, pages, horizontalOverflow } from './fixtures';
import { portalOrigin } from '../chromium.mjs';

test.describe('every page renders in both languages', () => {
  for (const p of pages) {
    for (const lang of ['en', 'fr'] as const) {
      test(`/${lang}/${p.slug} shows its heading, title and language`, async ({ page }) => {
        await open(page, `/${lang}/${p.slug}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(p[lang]);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        const title = lang === 'en' ? p.titleEn : p.titleFr;
        await expect(page).toHaveTitle(`${title} · Sunny Corner`);
        await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
        for (const landmark of ['banner', 'main', 'contentinfo'] as const) {
          await expect(page.getByRole(landmark)).toHaveCount(1);
        }
        await expect(page.getByRole('navigation', { name: lang === 'en' ? 'Main' : 'Principale' })).toHaveCount(1);
      });
    }
  }
});

test('the navigation marks the current page and moves between pages', async ({ page }) => {
  await open(page, '/en/');
  const nav = page.getByRole('navigation', { name: /^(Main|Principale)$/ });
  await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'FAQ' }).click();
  await expect(page).toHaveURL(/\/en\/faq$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Frequently asked questions');
  await expect(nav.getByRole('link', { name: 'FAQ' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Timeline' }).click();
  await expect(page).toHaveURL(/\/en\/timeline$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/faq$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Frequently asked questions');
});

test('the language switch keeps the page and query, and the choice survives a reload', async ({ page }) => {
  await open(page, '/en/faq?q=virginia#top');
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/faq\?q=virginia#top$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Questions fréquentes');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Questions fréquentes');
  // The saved choice wins over the browser's English at the root.
  await page.goto('/');
  await expect(page).toHaveURL(/\/fr\/$/);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
});

test('a deep link reloads to the same view', async ({ page }) => {
  await open(page, '/fr/timeline');
  await page.reload();
  await expect(page).toHaveURL(/\/fr\/timeline$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chronologie des échéances');
  await expect(page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'Chronologie' })).toHaveAttribute('aria-current', 'page');
});

test.describe('unknown addresses get a 404 page in the visitor\'s language', () => {
  for (const [path, lang, heading, home] of [
    ['/en/nowhere', 'en', 'Page not found', 'Go to the home page'],
    ['/fr/nulle-part', 'fr', 'Page introuvable', 'Aller à l’accueil'],
    ['/de/faq', 'en', 'Page not found', 'Go to the home page'],
    ['/EN/', 'en', 'Page not found', 'Go to the home page'],
    ['/some/deep/path?x=<script>', 'en', 'Page not found', 'Go to the home page'],
  ]) {
    test(`${path}`, async ({ page, consoleWatch }) => {
      // The host answers an unknown address with 404.html and status 404, which the browser logs.
      consoleWatch.allow(/status of 404/);
      await open(page, path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await page.getByRole('link', { name: home }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
    });
  }
});

test.describe('the root sends visitors to their language', () => {
  test.describe('English browser', () => {
    test.use({ locale: 'en-GB' });
    test('goes to /en/', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/en\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sunny Corner');
    });
  });
  test.describe('French browser', () => {
    test.use({ locale: 'fr-CA' });
    test('goes to /fr/', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/fr\/$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    });
  });
  test.describe('German browser', () => {
    test.use({ locale: 'de-DE' });
    test('falls back to English', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/en\/$/);
    });
  });
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await open(page, '/en/faq');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const p of pages) {
    for (const lang of ['en', 'fr']) {
      test(`/${lang}/${p.slug} has no horizontal scroll`, async ({ page }) => {
        await open(page, `/${lang}/${p.slug}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForLoadState('networkidle');
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      });
    }
  }
  test('320 px still fits', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page, '/fr/articles');
    await page.waitForLoadState('networkidle');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});

test('the site works under a sub-path', async ({ page, consoleWatch }) => {
  consoleWatch.allow(/status of 404/); // the unknown address at the end
  await page.goto(`${portalOrigin}/portal/`);
  await expect(page).toHaveURL(`${portalOrigin}/portal/en/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sunny Corner');
  await page.getByRole('navigation').getByRole('link', { name: 'FAQ' }).click();
  await expect(page).toHaveURL(`${portalOrigin}/portal/en/faq`);
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Frequently asked questions');
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(`${portalOrigin}/portal/fr/faq`);
  await page.goto(`${portalOrigin}/portal/fr/nowhere`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
});

test('the footer shows the press account and the sources policy', async ({ page }) => {
  await open(page, '/en/articles');
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: /@tiktok_comms/ })).toHaveAttribute('href', 'https://twitter.com/tiktok_comms');
  await expect(footer).toContainText('Every statement on this portal links to its sources');
});

test('each content file is fetched once per visit', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    // The built pages name each content file by its hash.
    const m = r.url().match(/content\/(\w+)\.[0-9a-f]{16}\.json$/);
    if (m) fetched.push(`${m[1]}.json`);
  });
  await open(page, '/en/faq');
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
  const nav = page.getByRole('navigation', { name: /^(Main|Principale)$/ });
  // Each page's own heading, then its items: the previous page's items would otherwise pass
  // for them, and on a busy machine the next click would cancel the page before it loads.
  const h1 = page.getByRole('heading', { level: 1 });
  const items = page.getByRole('main').getByRole('article').first();
  await nav.getByRole('link', { name: 'Timeline' }).click();
  await expect(h1).toHaveText('Timeline of the deadlines');
  await expect(items).toBeVisible();
  await nav.getByRole('link', { name: 'FAQ' }).click();
  await expect(h1).toHaveText('Frequently asked questions');
  await expect(items).toBeVisible();
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(h1).toHaveText('Questions fréquentes');
  await expect(items).toBeVisible();
  await nav.getByRole('link', { name: 'Accueil' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sunny Corner');
  fetched.sort();
  // The home page's countdown has a file of its own, cut from the timeline at build time.
  expect(fetched).toEqual(['countdown.json', 'faq.json', 'site.json', 'timeline.json']);
});
