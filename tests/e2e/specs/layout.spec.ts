import { test, expect, open, horizontalOverflow, pages } from './fixtures';

// Phone first: on a 390 × 844 screen the results come before the filters; on a wide screen the
// filters sit in a sidebar beside them.
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };

const results = (page) => page.getByRole('main').getByRole('article');

const lang = {
  en: { filters: 'Filters', articles: /^\d+ articles?$/, kind: /^News report \d+$/, timelineKind: 'Court ruling', search: 'oracle' },
  fr: { filters: 'Filtres', articles: /^\d+ articles?$/, kind: /^Article de presse \d+$/, timelineKind: 'Décision de justice', search: 'oracle' },
};

for (const code of ['en', 'fr'] as const) {
  const l = lang[code];

  test.describe(`on a phone (${code})`, () => {
    test.use({ viewport: phone });

    test('articles: a search shows the count and the first result on the first screen', async ({ page }) => {
      await open(page, `/${code}/articles`);
      const toggle = page.getByRole('button', { name: l.filters, exact: true });
      await expect(toggle).toBeVisible();
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('button', { name: l.kind })).toBeHidden();
      await page.getByRole('searchbox').fill(l.search);
      await expect(page).toHaveURL(/\?q=oracle$/);
      await expect(page.getByText(l.articles)).toBeInViewport();
      await expect(results(page).first()).toBeInViewport();
    });

    test('articles: the filters open from one button that counts them, and close on a choice', async ({ page }) => {
      await open(page, `/${code}/articles`);
      const toggle = page.getByRole('button', { name: l.filters, exact: true });
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await page.getByRole('button', { name: l.kind }).click();
      await expect(page).toHaveURL(/\?kind=news$/);
      const counted = page.getByRole('button', { name: `${l.filters} · 1` });
      await expect(counted).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByText(l.articles)).toBeInViewport();
      await expect(results(page).first()).toBeInViewport();
      await counted.click();
      await expect(page.getByRole('button', { name: l.kind })).toHaveAttribute('aria-pressed', 'true');
    });

    test('timeline: the filters open from one button, and a choice shows its first event', async ({ page }) => {
      await open(page, `/${code}/timeline`);
      const toggle = page.getByRole('button', { name: l.filters, exact: true });
      await expect(page.getByRole('button', { name: l.timelineKind })).toBeHidden();
      await toggle.click();
      await page.getByRole('button', { name: l.timelineKind }).click();
      await expect(page).toHaveURL(/\?kind=court_ruling$/);
      await expect(page.getByRole('button', { name: `${l.filters} · 1` })).toHaveAttribute('aria-expanded', 'false');
      await expect(results(page).first()).toBeInViewport();
    });

    test('FAQ: the categories sit in one row that scrolls sideways', async ({ page }) => {
      await open(page, `/${code}/faq`);
      const chips = page.getByRole('list', { name: code === 'en' ? 'Categories' : 'Catégories' }).getByRole('button');
      const boxes = await chips.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
      expect(boxes.length).toBeGreaterThan(3);
      expect(new Set(boxes.map(Math.round)).size).toBe(1);
      const row = page.getByRole('list', { name: code === 'en' ? 'Categories' : 'Catégories' });
      expect(await row.evaluate((ul) => ul.scrollWidth > ul.clientWidth)).toBe(true);
      expect(await horizontalOverflow(page)).toBe(0);
    });
  });

  test.describe(`on a wide screen (${code})`, () => {
    test.use({ viewport: desktop });

    for (const slug of ['articles', 'timeline']) {
      test(`${slug}: the filters are a sidebar beside the results`, async ({ page }) => {
        await open(page, `/${code}/${slug}`);
        await expect(page.getByRole('button', { name: l.filters, exact: true })).toBeHidden();
        const filters = page.getByRole('region', { name: l.filters, exact: true });
        const first = results(page).first();
        const [f, r] = [await filters.boundingBox(), await first.boundingBox()];
        expect(f!.x + f!.width).toBeLessThanOrEqual(r!.x);
        expect(r!.y).toBeLessThan(f!.y + f!.height);
        await expect(first).toBeInViewport();
      });
    }
  });
}

test('counts follow each language’s plural rule, zero included', async ({ page }) => {
  await open(page, '/fr/faq?q=zzzzzz');
  await expect(page.getByText(/^\d+ réponses?$/)).toHaveText('0 réponse');
  await open(page, '/en/faq?q=zzzzzz');
  await expect(page.getByText(/^\d+ answers?$/)).toHaveText('0 answers');
  await open(page, '/fr/articles?q=zzzzqqq');
  await expect(page.getByText(/^\d+ articles?$/)).toHaveText('0 article');
  await open(page, '/fr/faq?q=beetlestone');
  await expect(page.getByText(/^\d+ réponses?$/)).toHaveText('1 réponse');
});

// Screenshots of every page at phone and desktop size, in both languages, for a person to look
// at (tests/e2e/screenshots, not committed); each must fit its width.
for (const size of [phone, desktop]) {
  for (const code of ['en', 'fr']) {
    for (const p of pages) {
      test(`screenshot ${code}/${p.slug || 'home'} at ${size.width}×${size.height}`, async ({ page }) => {
        await page.setViewportSize(size);
        await open(page, `/${code}/${p.slug}`);
        expect(await horizontalOverflow(page)).toBe(0);
        await page.screenshot({ path: `screenshots/${code}-${p.slug || 'home'}-${size.width}.png` });
      });
    }
  }
}
