import { test, expect, open } from './fixtures';

// When the app itself fails: its wasm does not load, a page's wasm chunk does not load, or it
// stops while running. The visitor keeps the page they are reading, and is told in words, in
// the page's language (public/boot.js, and the start-up in src/main.rs).

const noise = /Failed to load resource|net::ERR_|integrity|digest/;
const startWords = {
  en: 'Interactive features are unavailable: this page’s program could not be loaded.',
  fr: 'Les fonctions interactives sont indisponibles : le programme de cette page n’a pas pu être chargé.',
};
const faultWords = {
  en: { text: 'Something went wrong, and this page stopped responding.', home: 'Back to the home page' },
  fr: { text: 'Un problème est survenu, et cette page ne répond plus.', home: 'Retour à l’accueil' },
};
const headings = { en: 'Frequently asked questions', fr: 'Questions fréquentes' };

// The main module is the one the loader tag names; the route chunks are loaded by wasm-split's
// loader when a page needs them.
const mainWasm = async (page: import('@playwright/test').Page) => {
  const name = await page.locator('script[data-glue]').getAttribute('data-wasm');
  return name!.split('/').pop()!;
};

for (const lang of ['en', 'fr'] as const) {
  test.describe(`in ${lang}`, () => {
    for (const [fault, answer] of [
      ['is missing (404)', 'missing'],
      ['is truncated', 'truncated'],
    ] as const) {
      test(`the wasm ${fault}: the pre-rendered page stays, with a short notice`, async ({ page, consoleWatch }) => {
        consoleWatch.allow(noise);
        await page.route('**/*.wasm', async (route) => {
          if (answer === 'missing') return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
          const body = await (await route.fetch()).body();
          return route.fulfill({ status: 200, contentType: 'application/wasm', body: body.subarray(0, body.length / 2) });
        });
        await page.goto(`/${lang}/faq`);
        const notice = page.getByRole('alert');
        await expect(notice).toContainText(startWords[lang]);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings[lang]);
        await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
        await expect(page.locator('html')).not.toHaveAttribute('data-app', 'ready');
        // One notice, inside the main region, styled by the stylesheet (no style attribute).
        await expect(page.locator('[data-fault]')).toHaveCount(1);
        await expect(page.locator('main [data-fault="start"]:not([style])')).toHaveCount(1);
      });
    }

    test('a page’s chunk that fails during in-app navigation: the page is loaded afresh, readable, with a retry', async ({ page, consoleWatch }) => {
      // wasm-split's loader logs each failed chunk before it tells the app.
      consoleWatch.allow(noise);
      consoleWatch.allow(/HTTP status code is not ok/);
      await open(page, `/${lang}/`);
      const main = await mainWasm(page);
      let broken = true;
      await page.route('**/*.wasm', (route) =>
        broken && !route.request().url().endsWith(main) ? route.fulfill({ status: 404, body: 'gone' }) : route.fallback(),
      );
      await page.getByRole('navigation').getByRole('link', { name: 'FAQ' }).click();
      // The browser loads /{lang}/faq itself: the pre-rendered FAQ, readable.
      await expect(page).toHaveURL(new RegExp(`/${lang}/faq$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings[lang]);
      await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(lang === 'en' ? 'The page’s code could not be downloaded.' : 'Le code de la page n’a pas pu être téléchargé.');
      await expect(page.locator('[data-fault]')).toHaveCount(0);
      // The retry, once the chunk can be had, takes the page over.
      broken = false;
      await page.getByRole('button', { name: lang === 'en' ? 'Try again' : 'Réessayer' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
      await expect(alert).toHaveCount(0);
      await page.getByRole('searchbox').fill('Virginia');
      await expect(page.locator('main mark').first()).toBeVisible();
    });

    // A panic, whatever the panic strategy, reaches JavaScript as a `WebAssembly.RuntimeError`
    // ("unreachable") thrown out of the wasm call that was running: from an event handler, a
    // timer or a promise job. Release builds contain no way to panic on purpose, so the test
    // raises that very exception with a real wasm trap (a three-byte module whose function is
    // `unreachable`), once from a timer and once from a promise job, on a page the app runs.
    for (const from of ['a timer', 'a promise job'] as const) {
      test(`the app stops (a wasm trap from ${from}): a notice with a way home, the page left as it was`, async ({ page, consoleWatch }) => {
        consoleWatch.allow(/unreachable/);
        await open(page, `/${lang}/faq`);
        await page.getByRole('searchbox').fill('Virginia');
        await page.evaluate((from) => {
          // (module (func (export "f") unreachable))
          const bytes = new Uint8Array([
            0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11,
          ]);
          const trap = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.f as () => void;
          if (from === 'a timer') setTimeout(trap);
          else Promise.resolve().then(trap);
        }, from);
        const notice = page.locator('[data-fault="fault"]');
        await expect(notice).toHaveRole('alert');
        await expect(notice).toContainText(faultWords[lang].text);
        await expect(page.locator('[data-fault]')).toHaveCount(1);
        // The page is as it was: its heading, its results, what the visitor typed.
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings[lang]);
        await expect(page.getByRole('searchbox')).toHaveValue('Virginia');
        await expect(page.locator('main mark').first()).toBeVisible();
        // The way home is a full page load, in the page's language.
        await notice.getByRole('link', { name: faultWords[lang].home }).click();
        await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
        // A fresh page: the home page stands by, whole, without the app (public/boot.js).
        await expect(page.locator('html[data-app="standby"]')).toHaveCount(1);
        await expect(page.locator('[data-fault]')).toHaveCount(0);
      });
    }
  });
}

test('the panic hook’s event gives the same single notice', async ({ page }) => {
  await open(page, '/fr/timeline');
  await page.evaluate(() => {
    window.dispatchEvent(new Event('sunny-corner:fault'));
    window.dispatchEvent(new Event('sunny-corner:fault'));
  });
  await expect(page.locator('[data-fault="fault"]')).toHaveCount(1);
  await expect(page.locator('[data-fault="fault"]')).toContainText(faultWords.fr.text);
});
