import { test, expect, open, appOnHome } from './fixtures';

// Content files broken on purpose: each failure is explained in words, in the visitor's
// language, with a retry button; it breaks only the pages that need that file. Opened directly,
// the pre-rendered page stays readable above the notice (faults.spec.ts goes through every file
// and every fault); reached in the app, the page shows the error in place of its content.

const networkNoise = /Failed to load resource|net::ERR_/;

test('a missing file says so, and only its own page breaks', async ({ page, consoleWatch }) => {
  consoleWatch.allow(networkNoise);
  await page.route('**/content/faq*.json', (r) => r.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/en/faq');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Interactive features are unavailable');
  await expect(alert).toContainText('The server answered with HTTP status 404.');
  await expect(alert).toContainText('File: faq.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Frequently asked questions');
  // The other pages still work.
  await page.getByRole('navigation').getByRole('link', { name: 'Articles' }).click();
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a syntax error gives its line and column, in French too', async ({ page }) => {
  await page.route('**/content/timeline*.json', (r) =>
    r.fulfill({ status: 200, contentType: 'application/json', body: '{\n  "updated": "2026-01-28",\n  "deadlines": [,]\n}' }),
  );
  await page.goto('/fr/timeline');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Les fonctions interactives sont indisponibles');
  await expect(alert).toContainText('n’est pas du JSON valide');
  await expect(alert).toContainText('ligne 3, colonne 17');
  await expect(alert).toContainText('Fichier : timeline.json');
});

test('the home page’s countdown file, cut from the timeline at build time, is explained when broken', async ({ page }) => {
  await page.route('**/content/countdown*.json', (r) =>
    r.fulfill({ status: 200, contentType: 'application/json', body: '{\n  "updated": "2026-01-28",\n  "deadlines": [,]\n}' }),
  );
  await appOnHome(page);
  await page.goto('/en/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('line 3, column 17');
  await expect(alert).toContainText('File: countdown.json');
  // The pre-rendered page stays under the notice: the statement from site.json is there.
  await expect(page.getByRole('heading', { name: 'The key statement' })).toBeVisible();
});

test('a missing field is named', async ({ page }) => {
  await page.route('**/content/site*.json', (r) =>
    r.fulfill({ status: 200, contentType: 'application/json', body: '{"updated": "2026-01-28"}' }),
  );
  await appOnHome(page);
  await page.goto('/en/');
  await expect(page.getByRole('alert')).toContainText('missing field `name`');
});

test('an impossible date is named', async ({ page }) => {
  await page.route('**/content/articles*.json', async (r) => {
    const body = (await (await r.fetch()).text()).replace(/"date": "\d{4}-\d\d-\d\d"/, '"date": "2021-02-30"');
    await r.fulfill({ status: 200, contentType: 'application/json', body });
  });
  await page.goto('/en/articles');
  await expect(page.getByRole('alert')).toContainText('"2021-02-30": no such day in the calendar');
});

test('a server error can be retried', async ({ page, consoleWatch }) => {
  consoleWatch.allow(networkNoise);
  let broken = true;
  await page.route('**/content/faq*.json', async (r) => (broken ? r.fulfill({ status: 503, body: 'busy' }) : r.fallback()));
  await page.goto('/en/faq');
  await expect(page.getByRole('alert')).toContainText('HTTP status 503');
  broken = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
});

test('a network failure is explained', async ({ page, consoleWatch }) => {
  consoleWatch.allow(networkNoise);
  await page.route('**/content/faq*.json', (r) => r.abort('internetdisconnected'));
  await page.goto('/fr/faq');
  await expect(page.getByRole('alert')).toContainText('La requête réseau a échoué');
  await expect(page.getByRole('button', { name: 'Réessayer' })).toBeVisible();
});

test('a slow file: the pre-rendered page stays readable; going to it in the app shows a placeholder, then says so, then the content', async ({ page }) => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/content/faq*.json', async (r) => {
    await gate;
    await r.fallback();
  });
  // Opened directly, the page is there before the file arrives.
  await page.goto('/en/faq');
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
  // Reached from another page once the app runs, the file is awaited with a placeholder.
  await open(page, '/en/timeline');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'FAQ' }).click();
  const status = page.getByRole('status');
  await expect(status).toContainText('Loading…');
  await expect(status).toContainText('Still loading: the connection seems slow.', { timeout: 9000 });
  release();
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
});

test('HTML and script inside content are shown as text, and bad links are not links', async ({ page }) => {
  let alerted = false;
  page.on('dialog', (d) => {
    alerted = true;
    return d.dismiss();
  });
  await page.route('**/content/site*.json', async (r) => {
    const site = await (await r.fetch()).json();
    site.tagline.en = '<img src=x onerror=alert(1)><b>bold</b>';
    site.highlights[0].text.en = '<script>alert(2)</script>';
    site.highlights[0].sources[0].url = 'javascript:alert(3)';
    site.highlights[0].sources[0].title = 'Evil link';
    await r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(site) });
  });
  await appOnHome(page);
  await open(page, '/en/');
  await expect(page.getByText('<img src=x onerror=alert(1)><b>bold</b>')).toBeVisible();
  await expect(page.getByText('<script>alert(2)</script>')).toBeVisible();
  await expect(page.getByText('Evil link')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Evil link' })).toHaveCount(0);
  await expect(page.locator('main b, main img')).toHaveCount(0);
  expect(alerted).toBe(false);
});
