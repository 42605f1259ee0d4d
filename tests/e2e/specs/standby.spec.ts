import { test, expect, open } from './fixtures';
import type { Page } from '@playwright/test';

// The home page is whole without the app (public/boot.js, `data-standby`): nothing on it needs
// the app but the countdown's numbers, which boot.js counts on from what the pre-render wrote,
// for as long as the card keeps the shape it was built with (`timeline::shape_span`). Outside
// that span, or once it ends, the app starts and takes the page over.

// No key is pressed as the page loads (fixtures.ts): the page is left standing by.
test.use({ startsAtOnce: false });

/** Every file of the app: its JS glue and loader, its wasm, its content files. */
const appFile = /\.wasm$|\/content\/|\/sunny-corner-\w+\.js$|\/__wasm_split-\w+\.js$/;

function requested(page: Page) {
  const paths: string[] = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  return paths;
}

/** The card's "how long ago" count as the page shows it: [number, unit]. */
async function agoCount(page: Page) {
  const count = page.locator('.countdown-recent .count');
  return [await count.locator('.count-n').textContent(), await count.locator('.count-unit').textContent()];
}

/** A moment in the card's built span, at noon of a day's count (so no count changes while a
 *  test runs), `days` whole days after the deadline it counts from. */
async function momentInSpan(page: Page, lang: string, days: number) {
  await open(page, `/${lang}/`);
  const card = page.locator('.countdown');
  // `data-shape`: "FROM UNTIL"; `data-count`: "since AT …" (components/countdown.rs).
  const from = Number((await card.getAttribute('data-shape'))!.split(' ')[0]) || 0;
  const since = Number((await page.locator('.countdown-recent .count').getAttribute('data-count'))!.split(' ')[1]);
  const n = Math.max(days, Math.ceil((from - since) / 86_400) + 1);
  return { at: (since + n * 86_400 + 43_200) * 1000, n };
}

for (const lang of ['en', 'fr']) {
  test(`/${lang}/ loads no code and no content for the app, and stands by`, async ({ page }) => {
    const paths = requested(page);
    await open(page, `/${lang}/`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'standby');
    expect(paths.filter((p) => appFile.test(p))).toEqual([]);
    await expect(page.getByRole('heading', { level: 2, name: lang === 'en' ? 'Next deadline' : 'Prochaine échéance' })).toBeVisible();
  });
}

test('the home page counts on without the app, as the app counts', async ({ page }) => {
  // With the shipped content every deadline has passed: the card counts the days since the last.
  const { at, n } = await momentInSpan(page, 'en', 400);
  await page.clock.install({ time: at });
  await open(page, '/en/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'standby');
  expect(await agoCount(page)).toEqual([String(n), 'days']);
  // The count reads as part of its sentence, in the sentence's type (not as a clock's unit).
  const inline = await page.locator('.countdown-recent .count-n').evaluate((n) => {
    const sentence = getComputedStyle(n.closest('p')!);
    return [getComputedStyle(n.parentElement!).display, getComputedStyle(n).fontSize === sentence.fontSize];
  });
  expect(inline).toEqual(['inline', true]);
  const sentence = await page.locator('.countdown-recent').textContent();
  // The timeline page shows the same card, run by the app, at the same moment.
  await open(page, '/en/timeline');
  await page.keyboard.press('Shift'); // the timeline's app starts when the visitor reaches for it
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('.countdown-recent')).toHaveText(sentence!);
  // A day later, on a page left open, the count has moved on by one.
  await open(page, '/fr/');
  expect(await agoCount(page)).toEqual([String(n), 'jours']);
  await page.clock.fastForward('24:00:00');
  await expect(page.locator('.countdown-recent .count-n')).toHaveText(String(n + 1));
  await expect(page.locator('html')).toHaveAttribute('data-app', 'standby');
});

test('read before the card\'s span (a clock set back), the home page starts the app', async ({ page }) => {
  const paths = requested(page);
  await page.clock.setFixedTime(new Date('2025-01-18T17:00:00Z'));
  await open(page, '/en/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  // The app shows the card of that day: a deadline still ahead, counted in days, hours, minutes.
  await expect(page.getByRole('main').getByRole('timer')).toContainText(/1\s+day/);
  expect(paths.filter((p) => p.endsWith('.wasm'))).not.toEqual([]);
});

test('when the card\'s span ends on an open page, the app starts and takes it over', async ({ page }) => {
  const { at } = await momentInSpan(page, 'en', 400);
  // The shipped content dates nothing more, so the span is open; this page's is made to end
  // two minutes from now, as it would before a deadline.
  const until = Math.floor(at / 1000) + 120;
  await page.route('**/en/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /(<section[^>]*data-shape="\d+) -"/,
      `$1 ${until}"`,
    );
    expect(html).toContain(` ${until}"`);
    await route.fulfill({ response, body: html });
  });
  await page.clock.install({ time: at });
  await open(page, '/en/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'standby');
  await page.clock.fastForward('03:00');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('.countdown-recent')).toBeVisible();
});

test('the language chosen on the home page, which runs without the app, is remembered', async ({ page }) => {
  await open(page, '/en/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'standby');
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/$/);
  expect(await page.evaluate(() => localStorage.getItem('sunny-corner.lang'))).toBe('fr');
  await page.goto('/');
  await expect(page).toHaveURL(/\/fr\/$/);
});
