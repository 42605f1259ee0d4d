import AxeBuilder from '@axe-core/playwright';
import { test, expect, open, pages } from './fixtures';

// axe-core on every page, in both languages and both colour schemes.
for (const scheme of ['dark', 'light'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const p of pages) {
      for (const lang of ['en', 'fr']) {
        test(`/${lang}/${p.slug} has no axe violations`, async ({ page }) => {
          await open(page, `/${lang}/${p.slug}`);
          await expect(page.getByRole('status')).toHaveCount(0);
          const results = await new AxeBuilder({ page }).analyze();
          const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`);
          expect(summary).toEqual([]);
        });
      }
    }
  });
}

// axe on the states a visitor brings about, not just the first view.
const states: [string, string, (page) => Promise<void>, string?][] = [
  ['FAQ searched, entries open', '/en/faq?q=oracle', async (page) => {
    await page.getByRole('button', { name: 'Expand all' }).click();
  }],
  ['FAQ with nothing found', '/fr/faq?q=zzzz&category=this-portal', async () => {}],
  ['articles filtered, with disabled values and notes', '/en/articles?lang=fr&tag=courts&tag=nope', async () => {}],
  ['articles empty', '/fr/articles?q=zzzz', async () => {}],
  ['timeline with a chain highlighted and kinds filtered', '/fr/timeline?chain=divest-or-ban-act&kind=extension,executive_order', async () => {}],
  ['countdown with its steps open', '/en/', async (page) => {
    await page.getByText('How this deadline got here').click();
  }, '2025-01-18T17:00:00Z'],
  ['404', '/fr/nulle-part', async () => {}],
];
for (const scheme of ['dark', 'light'] as const) {
  test.describe(`${scheme} scheme, states`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path, act, clock] of states) {
      test(`${name} has no axe violations`, async ({ page, consoleWatch }) => {
        consoleWatch.allow(/status of 404/); // the 404 page is served with its status
        if (clock) await page.clock.setFixedTime(new Date(clock));
        await open(page, path);
        await act(page);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`)).toEqual([]);
      });
    }
  });
}

test('a content error has no axe violations', async ({ page, consoleWatch }) => {
  consoleWatch.allow(/Failed to load resource/);
  await page.route('**/content/faq*.json', (r) => r.fulfill({ status: 500, body: 'x' }));
  await open(page, '/en/faq');
  await expect(page.getByRole('alert')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`)).toEqual([]);
});
