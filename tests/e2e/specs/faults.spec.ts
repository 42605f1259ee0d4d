import fs from 'node:fs';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';
import { test, expect, open, appOnHome } from './fixtures';

// Every content file broken every way, in both languages: the table of files times the table of
// faults below, one test each. A file the app cannot use never costs the visitor the page: the
// pre-rendered page stays as it is, with a notice in words and a retry that takes the page over
// once the file is fixed; the pages that do not need the file start as usual; nothing panics
// and the console shows no uncaught error (fixtures.ts fails the test otherwise).
//
// Decided here: a file served with the wrong media type is still used if it parses (a host's
// misconfiguration is no reason to refuse good content; `nosniff` does not apply to `fetch`),
// but an HTML page where the file should be (a host's fallback page, with status 200) is named
// as such. A 5 MB file is used too: there is no size cap in the browser, since by the time the
// size is known the bytes are downloaded, and parsing 5 MB takes milliseconds; the editors'
// check (`cargo test --test content`) is where a file's weight is better caught. A file that
// does not answer within 15 seconds (`load::TIMEOUT_SECONDS`) is given up, with a retry; the
// test moves the page's clock forward rather than wait.

type Lang = 'en' | 'fr';
type Json = Record<string, any>;
const langs: Lang[] = ['en', 'fr'];
const contentDir = path.resolve(__dirname, '../../../public/content');
const read = (file: string) => fs.readFileSync(path.join(contentDir, file), 'utf8');

/** Each file: the page that needs it (where its failure is told), a page that does not, what
 *  the pre-rendered page shows of it, and how to empty it and to break one of its items. */
const files: {
  name: string;
  page: string;
  other: string;
  shown: (json: Json, lang: Lang) => string;
  empty: (json: Json) => void;
  breakItem: (json: Json) => string;
  emptyState: Record<Lang, string> | null;
}[] = [
  {
    name: 'site',
    page: '',
    other: 'faq',
    shown: (j, l) => j.key_statement.text[l].slice(0, 60),
    empty: (j) => (j.highlights = []),
    breakItem: (j) => (delete j.highlights[0].title, 'missing field `title`'),
    // No highlights: the section is left out; the statement stays.
    emptyState: null,
  },
  {
    name: 'faq',
    page: 'faq',
    other: 'timeline',
    shown: (j, l) => j.entries[0].question[l],
    empty: (j) => (j.entries = []),
    breakItem: (j) => (delete j.entries[0].question, 'missing field `question`'),
    emptyState: { en: 'No answers have been published yet.', fr: 'Aucune réponse n’a encore été publiée.' },
  },
  {
    name: 'articles',
    page: 'articles',
    other: '',
    shown: (j) => [...j.articles].sort((a, b) => b.date.localeCompare(a.date))[0].publisher,
    empty: (j) => (j.articles = []),
    breakItem: (j) => ((j.articles[0].date = '2021-02-30'), '"2021-02-30": no such day in the calendar'),
    emptyState: { en: 'No articles have been listed yet.', fr: 'Aucun article n’a encore été recensé.' },
  },
  {
    name: 'timeline',
    page: 'timeline',
    other: 'articles',
    shown: (j, l) => j.events[0].title[l],
    empty: (j) => (j.events = []),
    breakItem: (j) => (delete j.events[0].date, 'missing field `date`'),
    emptyState: { en: 'No events have been published yet.', fr: 'Aucun événement n’a encore été publié.' },
  },
];

const words = {
  en: { title: 'Interactive features are unavailable', file: 'File: ', retry: 'Try again' },
  fr: { title: 'Les fonctions interactives sont indisponibles', file: 'Fichier : ', retry: 'Réessayer' },
};

/** How a fault answers the file's request, given the real text. */
type Answer = (route: Route, text: string, file: (typeof files)[number]) => Promise<void>;
const json = (route: Route, body: string, contentType = 'application/json') =>
  route.fulfill({ status: 200, contentType, body });

/** The faults that make a file unusable, with what the visitor is told about each. */
const breaking: { name: string; answer: Answer; says: (file: (typeof files)[number]) => Record<Lang, string> }[] = [
  {
    name: 'malformed JSON',
    answer: (r, text) => json(r, text.slice(0, text.length / 2)),
    says: () => ({ en: 'The file is not valid JSON', fr: 'Le fichier n’est pas du JSON valide' }),
  },
  {
    name: 'a 404',
    answer: (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
    says: () => ({ en: 'The server answered with HTTP status 404.', fr: 'Le serveur a répondu avec le code HTTP 404.' }),
  },
  {
    name: 'a 500',
    answer: (r) => r.fulfill({ status: 500, contentType: 'text/plain', body: 'internal error' }),
    says: () => ({ en: 'The server answered with HTTP status 500.', fr: 'Le serveur a répondu avec le code HTTP 500.' }),
  },
  {
    name: 'a response that never ends',
    answer: () => new Promise<void>(() => {}),
    says: () => ({ en: 'The server did not answer within 15 seconds.', fr: 'Le serveur n’a pas répondu en 15 secondes.' }),
  },
  {
    name: 'an item that breaks the contract',
    answer: (r, text, file) => {
      const data = JSON.parse(text);
      file.breakItem(data);
      return json(r, JSON.stringify(data, null, 2));
    },
    says: (file) => {
      const detail = file.breakItem(JSON.parse(read(`${file.name}.json`)));
      return {
        en: `The file does not have the expected content: ${detail}`,
        fr: `Le contenu du fichier n’est pas celui attendu : ${detail}`,
      };
    },
  },
  {
    name: 'an HTML page served in its place',
    answer: (r) => json(r, '<!DOCTYPE html>\n<html lang="en"><title>Not here</title></html>', 'text/html'),
    says: () => ({
      en: 'The server sent a web page instead of the file',
      fr: 'Le serveur a envoyé une page web au lieu du fichier',
    }),
  },
];

/** The faults a file survives: the page uses what it gets. */
const survivable: { name: string; answer: Answer }[] = [
  {
    name: 'a 5 MB file',
    // Valid JSON: the real file, then 5 MB of whitespace, which JSON allows.
    answer: (r, text) => json(r, text + ' \n'.repeat(2.5 * 1024 * 1024)),
  },
  { name: 'the wrong content type', answer: (r, text) => json(r, text, 'text/html; charset=utf-8') },
];

const networkNoise = /Failed to load resource|net::ERR_/;

/** Breaks `file` on every request until the returned function is called. */
async function serve(page: Page, file: (typeof files)[number], answer: Answer) {
  let broken = true;
  const text = read(`${file.name}.json`);
  await page.route(`**/content/${file.name}*.json`, (route) => (broken ? answer(route, text, file) : route.fallback()));
  return () => {
    broken = false;
  };
}

for (const file of files) {
  for (const lang of langs) {
    const pagePath = `/${lang}/${file.page}`;
    const otherPath = `/${lang}/${file.other}`;
    const shown = file.shown(JSON.parse(read(`${file.name}.json`)), lang);
    const home = file.page === '' || file.other === '';

    test.describe(`${file.name}.json in ${lang}`, () => {
      for (const fault of breaking) {
        test(`${fault.name}: ${pagePath} stays readable and says why, the retry works once fixed, ${otherPath} works`, async ({ page, consoleWatch }) => {
          consoleWatch.allow(networkNoise);
          const hangs = fault.name === 'a response that never ends';
          // The home page runs the app on this clock; time runs on, or jumps where a test says.
          if (hangs || home) await appOnHome(page);
          const fix = await serve(page, file, fault.answer);

          await page.goto(pagePath);
          const alert = page.getByRole('alert');
          if (hangs) {
            // Time passes on the page's clock until the request is given up.
            await expect(async () => {
              await page.clock.fastForward(5_000);
              await expect(alert).toBeVisible({ timeout: 500 });
            }).toPass();
          }
          await expect(alert).toContainText(words[lang].title);
          await expect(alert).toContainText(fault.says(file)[lang]);
          await expect(alert).toContainText(`${words[lang].file}${file.name}.json`);
          // The pre-rendered page is still there, and the app did not take it over or stop.
          await expect(page.getByRole('main')).toContainText(shown);
          await expect(page.locator('html')).not.toHaveAttribute('data-app', 'ready');
          await expect(page.locator('[data-fault]')).toHaveCount(0);

          // A retry while the file is still broken says so again.
          if (!hangs) {
            await page.getByRole('button', { name: words[lang].retry }).click();
            await expect(alert).toContainText(fault.says(file)[lang]);
          }
          fix();
          await page.getByRole('button', { name: words[lang].retry }).click();
          await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
          await expect(alert).toHaveCount(0);
          await expect(page.getByRole('main')).toContainText(shown);

          // A page that does not need the file starts as usual while it is broken.
          await page.unrouteAll({ behavior: 'ignoreErrors' });
          await serve(page, file, fault.answer);
          if (hangs) {
            // The page waits for the site file (its footer's press account), not for long.
            await page.goto(otherPath);
            await expect(async () => {
              await page.clock.fastForward(5_000);
              await expect(page.locator('html[data-app="ready"]')).toHaveCount(1, { timeout: 500 });
            }).toPass();
          } else {
            await open(page, otherPath);
          }
          await expect(page.getByRole('alert')).toHaveCount(0);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        });
      }

      for (const fault of survivable) {
        test(`${fault.name}: ${pagePath} uses it`, async ({ page }) => {
          await serve(page, file, fault.answer);
          if (file.page === '') await appOnHome(page);
          await open(page, pagePath);
          await expect(page.getByRole('alert')).toHaveCount(0);
          await expect(page.getByRole('main')).toContainText(shown);
        });
      }

      test(`an empty list: ${pagePath} says there is nothing yet`, async ({ page }) => {
        await serve(page, file, (r, text) => {
          const data = JSON.parse(text);
          file.empty(data);
          return json(r, JSON.stringify(data));
        });
        if (file.page === '') await appOnHome(page);
        await open(page, pagePath);
        await expect(page.getByRole('alert')).toHaveCount(0);
        if (file.emptyState) {
          await expect(page.getByRole('main')).toContainText(file.emptyState[lang]);
        } else {
          // The home page without highlights: no empty section, the statement stays.
          await expect(page.getByRole('main')).toContainText(shown);
          await expect(page.locator('.highlights')).toHaveCount(0);
        }
      });
    });
  }
}

// Reached from another page once the app runs, a broken file breaks only that page's content:
// the error panel, with its retry.
test('reached in the app, a broken file is explained in place and retried', async ({ page, consoleWatch }) => {
  consoleWatch.allow(networkNoise);
  const fix = await serve(page, files[1], (r) => r.fulfill({ status: 500, body: 'busy' }));
  await open(page, '/fr/timeline');
  await page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'FAQ' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Cette partie de la page n’a pas pu être chargée');
  await expect(alert).toContainText('code HTTP 500');
  fix();
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('main')).toContainText(files[1].shown(JSON.parse(read('faq.json')), 'fr'));
});
