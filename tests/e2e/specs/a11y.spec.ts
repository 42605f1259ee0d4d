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
