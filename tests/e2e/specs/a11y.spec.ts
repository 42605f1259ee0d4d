import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, open, pages, appOnHome } from './fixtures';

// axe-core, with every rule it runs by default (WCAG 2.x A and AA, best practices), reports
// nothing on every page, in both languages and both colour schemes, in the states a visitor
// brings about, when a content file fails, and with JavaScript off. The tests are generated from
// the tables below: one test per row, scheme (and language where the row does not fix it).

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** Serves every page as a browser with JavaScript off shows it: no script, and what the page
 *  holds in <noscript> in force. */
async function serveWithoutScripts(page: Page) {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<\/?noscript>/g, '');
    await route.fulfill({ status: response.status(), contentType: 'text/html; charset=utf-8', body: html });
  });
}

const schemes = ['dark', 'light'] as const;
const langs = ['en', 'fr'] as const;
const phone = { width: 390, height: 844 };

/** What the visitor does after the page has loaded, in their language. */
type Act = (page: Page, lang: (typeof langs)[number]) => Promise<void>;
type State = {
  name: string;
  /** The address, per language. */
  path: (lang: string) => string;
  act?: Act;
  viewport?: { width: number; height: number };
  /** A fixed clock, for the countdown's states. */
  clock?: string;
  notFound?: boolean;
};

const words = {
  en: { filters: 'Filters', expandAll: 'Expand all', steps: 'How this deadline got here' },
  fr: { filters: 'Filtres', expandAll: 'Tout déplier', steps: 'Comment on en est arrivé à cette échéance' },
};
const firstQuestion = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('button').first();

const states: State[] = [
  { name: 'FAQ search results', path: (l) => `/${l}/faq?q=${l === 'en' ? 'oracle' : 'securite'}` },
  { name: 'FAQ with nothing found, in a category', path: (l) => `/${l}/faq?q=zzzz&category=this-portal` },
  { name: 'FAQ with one answer open', path: (l) => `/${l}/faq`, act: async (page) => {
    await firstQuestion(page).click();
    await expect(firstQuestion(page)).toHaveAttribute('aria-expanded', 'true');
  } },
  { name: 'FAQ searched, every answer open', path: (l) => `/${l}/faq?q=oracle`, act: async (page, l) => {
    await page.getByRole('button', { name: words[l].expandAll }).click();
  } },
  { name: 'FAQ category chosen', path: (l) => `/${l}/faq?category=data-security` },
  { name: 'articles filtered, with disabled values and a note', path: (l) => `/${l}/articles?lang=fr&tag=courts&tag=nope` },
  { name: 'articles searched and sorted', path: (l) => `/${l}/articles?q=ban&sort=oldest` },
  { name: 'articles with nothing found', path: (l) => `/${l}/articles?q=zzzz` },
  { name: 'articles on a phone, filter panel open', viewport: phone, path: (l) => `/${l}/articles?kind=news`, act: async (page, l) => {
    const toggle = page.getByRole('button', { name: new RegExp(`^${words[l].filters}`) });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  } },
  { name: 'timeline on a phone, filter panel open', viewport: phone, path: (l) => `/${l}/timeline`, act: async (page, l) => {
    const toggle = page.getByRole('button', { name: words[l].filters, exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  } },
  { name: 'timeline with a chain highlighted and kinds filtered', path: (l) => `/${l}/timeline?chain=divest-or-ban-act&kind=extension,executive_order` },
  { name: 'timeline with nothing to show and a note', path: (l) => `/${l}/timeline?kind=tweet` },
  { name: 'timeline on a year', path: (l) => `/${l}/timeline#year-2024` },
  { name: 'home with the countdown\'s steps open', clock: '2025-01-18T17:00:00Z', path: (l) => `/${l}/`, act: async (page, l) => {
    await page.getByText(words[l].steps).click();
  } },
  { name: 'home after the last deadline', clock: '2026-02-02T17:00:00Z', path: (l) => `/${l}/` },
  { name: 'the 404 page', notFound: true, path: (l) => (l === 'en' ? '/en/nowhere' : '/fr/nulle-part') },
  { name: 'the 404 page of an unknown language', notFound: true, path: () => '/de/faq' },
];

// Each content file failing, on the pages that need it.
const failures: { file: string; paths: string[] }[] = [
  { file: 'site', paths: ['/{l}/'] },
  { file: 'faq', paths: ['/{l}/faq'] },
  { file: 'articles', paths: ['/{l}/articles'] },
  { file: 'timeline', paths: ['/{l}/timeline'] },
  // The home page's countdown reads the part of the timeline it needs, cut at build time.
  { file: 'countdown', paths: ['/{l}/'] },
];

for (const scheme of schemes) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    for (const lang of langs) {
      for (const p of pages) {
        test(`/${lang}/${p.slug} has no axe violations`, async ({ page }) => {
          await open(page, `/${lang}/${p.slug}`);
          await expect(page.getByRole('status')).toHaveCount(0);
          await expectNoViolations(page);
        });
      }

      for (const s of states) {
        test(`${lang}: ${s.name} has no axe violations`, async ({ page, consoleWatch }) => {
          if (s.notFound) consoleWatch.allow(/status of 404/); // the host answers with its status
          if (s.viewport) await page.setViewportSize(s.viewport);
          if (s.clock) await page.clock.setFixedTime(new Date(s.clock));
          await open(page, s.path(lang));
          if (s.act) await s.act(page, lang);
          await expectNoViolations(page);
        });
      }

      for (const { file, paths } of failures) {
        for (const template of paths) {
          const path = template.replace('{l}', lang);
          test(`${path} with ${file}.json failing has no axe violations`, async ({ page, consoleWatch }) => {
            consoleWatch.allow(/Failed to load resource/);
            await page.route(`**/content/${file}*.json`, (r) => r.fulfill({ status: 500, body: 'x' }));
            if (template === '/{l}/') await appOnHome(page);
            // The pre-rendered page stays, with the notice: the app does not take it over.
            await open(page, path, { app: false });
            await expect(page.getByRole('alert').first()).toBeVisible();
            await expectNoViolations(page);
          });
        }
      }
    }

    // axe needs a script of its own and its timers, which a page with JavaScript turned off does
    // not run; so each page is served as a browser without JavaScript renders it: its scripts
    // taken out and its <noscript> contents (the note, noscript.css) made part of the page.
    // prerendered.spec.ts checks the same pages with JavaScript really off.
    test.describe('as without JavaScript', () => {
      for (const lang of langs) {
        for (const path of [...pages.map((p) => `/${lang}/${p.slug}`), lang === 'en' ? '/en/nowhere' : '/fr/nulle-part']) {
          test(`${path} has no axe violations`, async ({ page, consoleWatch }) => {
            consoleWatch.allow(/status of 404/);
            await serveWithoutScripts(page);
            await open(page, path, { app: false });
            // (The host answers every unknown address with the one 404.html, in English.)
            await expect(page.getByText(/can be read without JavaScript|se lit sans JavaScript/).first()).toBeVisible();
            expect(await page.evaluate(() => document.scripts.length)).toBe(0);
            await expectNoViolations(page);
          });
        }
      }
      test('the language chooser at / has no axe violations', async ({ page }) => {
        await serveWithoutScripts(page);
        await page.goto('/');
        await expect(page.getByRole('link', { name: 'Français' })).toBeVisible();
        await expectNoViolations(page);
      });
    });
  });
}

// Without JavaScript the pages claim nothing they cannot do: no button that would do nothing,
// no disclosure that says it is closed while its content shows, no search box that cannot search.
test.describe('with JavaScript off, nothing offered needs it', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of langs) {
    for (const p of pages) {
      test(`/${lang}/${p.slug}`, async ({ page }) => {
        await open(page, `/${lang}/${p.slug}`, { app: false });
        const main = page.getByRole('main');
        await expect(main.getByRole('button')).toHaveCount(0);
        await expect(main.getByRole('searchbox')).toHaveCount(0);
        await expect(page.locator('[aria-expanded]:visible, [aria-pressed="true"]:visible')).toHaveCount(0);
        if (p.slug === 'faq') {
          // Each question is a heading, and its answer is shown under it.
          const entries = main.getByRole('article');
          const n = await entries.count();
          expect(n).toBeGreaterThan(30);
          await expect(main.getByRole('heading', { level: 2 })).toHaveCount(n);
          await expect(main.getByRole('region')).toHaveCount(n);
          for (const region of await main.getByRole('region').all()) await expect(region).toBeVisible();
        }
      });
    }
  }
});
