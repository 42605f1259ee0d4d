import { test, expect, open, pages } from './fixtures';

// The pre-rendered pages: readable with JavaScript off, and taken over by the app with no
// visible change.

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of ['en', 'fr'] as const) {
    for (const p of pages) {
      test(`/${lang}/${p.slug} shows its content`, async ({ page }) => {
        await open(page, `/${lang}/${p.slug}`, { app: false });
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(p[lang]);
        await expect(page).toHaveTitle(new RegExp(lang === 'en' ? p.titleEn : p.titleFr));
        await expect(page.getByText(lang === 'en' ? /can be read without JavaScript/ : /se lit sans JavaScript/)).toBeVisible();
        const main = page.getByRole('main');
        if (p.slug === '') {
          await expect(main.getByRole('heading', { name: lang === 'en' ? 'The key statement' : 'La déclaration clé' })).toBeVisible();
          await expect(main.getByRole('timer').or(main.getByText(lang === 'en' ? /No deadline is pending/ : /Aucune échéance/))).toBeVisible();
        } else {
          expect(await main.getByRole('article').count()).toBeGreaterThan(30);
        }
        if (p.slug === 'faq') {
          // Every answer is open, since the disclosures need the app.
          await expect(main.getByRole('region').first()).toBeVisible();
          expect(await main.getByRole('region').count()).toBe(await main.getByRole('article').count());
        }
      });
    }
  }

  test('links between pages work, and the root offers both languages', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/$/);
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'Chronologie' }).click();
    await expect(page).toHaveURL(/\/fr\/timeline$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chronologie des échéances');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/timeline$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline of the deadlines');
  });
});

test('the app takes over with no layout shift and no placeholder, and keeps what was typed', async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__shift = 0;
    (window as any).__busy = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) (window as any).__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver(() => {
      if (document.querySelector('[aria-busy="true"]')) (window as any).__busy += 1;
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  // A slow wasm download: the visitor reads and types before the app runs.
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (r) => {
    await gate;
    await r.fallback();
  });
  await page.goto('/en/faq');
  const search = page.getByRole('searchbox');
  await search.click();
  await search.pressSequentially('oracle');
  release();
  // The app reads the typed text: the address and the list follow it.
  await expect(page).toHaveURL(/\?q=oracle$/);
  await expect(search).toHaveValue('oracle');
  await expect(search).toBeFocused();
  const shown = await page.getByRole('main').getByRole('article').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(30);
  expect(await page.evaluate(() => (window as any).__busy)).toBe(0);
  expect(await page.evaluate(() => (window as any).__shift)).toBe(0);
  // One title and one description, not the static page's and the app's.
  expect(await page.locator('head title').count()).toBe(1);
  expect(await page.locator('head meta[name="description"]').count()).toBe(1);
});
