import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, open, pages } from './fixtures';

// Every feature with the keyboard alone: the journeys act only through keyboard.press and
// keyboard.type (they read the page, never click). After every action the focus is on an element
// of the page, never left on <body>; after a change of page it is on the new page's heading.

/** A short description of the focused element, for failure messages. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return 'body';
    return `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} “${(e.textContent || (e as HTMLInputElement).value || '').trim().slice(0, 40)}”`;
  });

/** Presses Tab (Shift+Tab with `back`) until `target` has the focus, and says how many presses
 *  it took. Fails if the focus leaves the page first or `max` presses do not reach it. */
async function tabTo(page: Page, target: Locator, { back = false, max = 120 } = {}) {
  await target.waitFor({ state: 'attached' });
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const at = await target.evaluate((el) =>
      el === document.activeElement ? 'target' : !document.activeElement || document.activeElement === document.body ? 'body' : 'other',
    );
    if (at === 'target') return i;
    if (at === 'body') throw new Error(`the focus left the page before reaching ${target}`);
  }
  throw new Error(`${max} presses of Tab did not reach ${target}; the focus is on ${await focused(page)}`);
}

/** After the page has settled (two frames), the focus is on an element, not on <body>. */
async function expectFocusKept(page: Page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await focused(page), 'the focus is kept').not.toBe('body');
}

// Hundreds of key presses a test, each a round trip to the browser, on a busy machine.
test.describe.configure({ timeout: 120_000 });

const nav = (page: Page) => page.getByRole('navigation', { name: /^(Main|Principale)$/ });
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test('the skip link is the first stop and leads into the main content', async ({ page }) => {
  await open(page, '/en/faq');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next stop is the first control of the page, not the header again.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox')).toBeFocused();
});

test('the navigation leads to every page, and the focus lands on each new page’s heading', async ({ page }) => {
  // From the FAQ: the home page runs without the app, so a link from it is a full page load.
  // Here every step is the app's, including the step to the home page and back out of it.
  await open(page, '/en/faq');
  for (const [i, p] of [...pages.slice(2), pages[0], pages[1]].entries()) {
    const name = { '': 'Home', faq: 'FAQ', articles: 'Articles', timeline: 'Timeline' }[p.slug]!;
    // From a page's heading, the navigation is behind.
    await tabTo(page, nav(page).getByRole('link', { name, exact: true }), { back: i > 0 });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/en/${p.slug}$`));
    await expect(h1(page)).toHaveText(p.en);
    await expect(h1(page)).toBeFocused();
    await expect(nav(page).getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('FAQ: “/” searches, an answer opens and closes, its permalink, and Escape clears', async ({ page }) => {
  await open(page, '/en/faq');
  const search = page.getByRole('searchbox');
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await page.keyboard.type('oracle');
  await expect(page).toHaveURL(/\?q=oracle$/);
  const question = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('button').first();
  await expect(question).toContainText(/oracle/i);
  await tabTo(page, question);
  await expect(question).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(question).toHaveAttribute('aria-expanded', 'true');
  const answer = page.getByRole('region', { name: await question.textContent() ?? '' });
  await expect(answer).toBeVisible();
  // Into the answer: its sources, then its permalink.
  const permalink = answer.getByRole('link', { name: 'Link to this answer' });
  await tabTo(page, permalink, { max: 20 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?q=oracle#[a-z0-9-]+$/);
  await expectFocusKept(page);
  await tabTo(page, question, { back: true, max: 20 });
  await page.keyboard.press('Space');
  await expect(question).toHaveAttribute('aria-expanded', 'false');
  await expect(answer).toBeHidden();
  await tabTo(page, search, { back: true });
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(page).toHaveURL(/\/en\/faq(#[a-z0-9-]+)?$/);
  await expect(search).toBeFocused();
});

test('FAQ: a category chip by keyboard, and the empty state’s way out', async ({ page }) => {
  await open(page, '/en/faq?q=oracle');
  const chip = page.getByRole('button', { name: /^Data and security \d+$/ });
  await tabTo(page, chip);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?q=oracle&category=data-security$/);
  await expect(chip).toBeFocused();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  // Nothing found in a category: the way out leaves the category, and the search box is next.
  await open(page, '/en/faq?q=zzzz&category=data-security');
  const clear = page.getByRole('button', { name: 'Search all categories' });
  await tabTo(page, clear);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?q=zzzz$/);
  // The button went with the category; the focus goes on to the search box.
  await expect(page.getByRole('searchbox')).toBeFocused();
});

test('articles: a facet, the sort, clearing, and “show more”, by keyboard', async ({ page }) => {
  await open(page, '/en/articles');
  const news = page.getByRole('button', { name: /^News report \d+$/ });
  await tabTo(page, news);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?kind=news$/);
  await expect(news).toBeFocused();
  await expect(news).toHaveAttribute('aria-pressed', 'true');
  const oldest = page.getByRole('button', { name: 'Oldest first' });
  await tabTo(page, oldest);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?kind=news&sort=oldest$/);
  await expect(oldest).toBeFocused();
  const clear = page.getByRole('link', { name: 'Clear all filters' });
  await tabTo(page, clear);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/articles$/);
  await expectFocusKept(page);
  // The last batch, past every card.
  const more = page.getByRole('link', { name: /^Show \d+ more$/ });
  await tabTo(page, more, { max: 400 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?page=2$/);
  await expect(more).toHaveCount(0);
  await expectFocusKept(page);
});

test('timeline: follow a deadline chain, jump to a year, download the pending deadlines', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2020-10-01T12:00:00Z'));
  await open(page, '/en/timeline');
  const chain = page.getByRole('button', { name: 'Divest-or-ban Act (2024–2026)' });
  await tabTo(page, chain);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?chain=divest-or-ban-act$/);
  await expect(chain).toHaveAttribute('aria-pressed', 'true');
  await expect(chain).toBeFocused();
  await expect(page.getByRole('main').getByRole('article').filter({ hasText: 'In the highlighted chain' })).toHaveCount(6);
  // Another chain, then none.
  const order = page.getByRole('button', { name: 'CFIUS divestment order (2020)' });
  await tabTo(page, order, { back: true, max: 10 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?chain=divestment-order$/);
  await expect(order).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/timeline$/);
  await expect(order).toHaveAttribute('aria-pressed', 'false');
  await expect(order).toBeFocused();
  const year = page.getByRole('navigation', { name: 'Jump to a year' }).getByRole('link', { name: '2024' });
  await tabTo(page, year, { back: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#year-2024$/);
  await expect(page.getByRole('heading', { name: '2024', exact: true })).toBeInViewport();
  await expectFocusKept(page);
  const ics = page.getByRole('link', { name: 'Add all pending deadlines to your calendar' });
  await tabTo(page, ics);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const text = fs.readFileSync(await (await download).path(), 'utf8');
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  await expect(ics).toBeFocused();
});

test('home: the countdown’s steps and its calendar file', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2020-09-15T12:00:00Z'));
  await open(page, '/en/');
  const steps = page.getByText('How this deadline got here');
  await tabTo(page, steps);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Next deadline' })).toContainText('set for 20 September 2020');
  const add = page.getByRole('link', { name: 'Add to calendar' });
  await tabTo(page, add);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe('app-store-ban-2020-09-20.ics');
  await expect(add).toBeFocused();
});

test('the language switch keeps the page and query, and the focus lands on the heading', async ({ page }) => {
  await open(page, '/en/timeline?kind=law');
  await tabTo(page, page.getByRole('link', { name: 'Français' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fr\/timeline\?kind=law$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(h1(page)).toHaveText('Chronologie des échéances');
  await expect(h1(page)).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: 'English' }), { back: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/timeline\?kind=law$/);
  await expect(h1(page)).toBeFocused();
});

test('the 404 page’s way home, by keyboard', async ({ page, consoleWatch }) => {
  consoleWatch.allow(/status of 404/);
  await open(page, '/fr/nulle-part');
  await tabTo(page, page.getByRole('link', { name: 'Aller à l’accueil' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fr\/$/);
  await expect(h1(page)).toHaveText('Sunny Corner');
  // The 404 page and the home page both stand by without the app (public/boot.js): the link is
  // a page load, after which the keyboard starts from the top, at the skip link.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
});

test('a failed content file: “Try again” by keyboard, and the focus stays on the page', async ({ page, consoleWatch }) => {
  consoleWatch.allow(/Failed to load resource/);
  let broken = true;
  await page.route('**/content/faq*.json', (r) => (broken ? r.fulfill({ status: 500, body: 'x' }) : r.fallback()));
  // The pre-rendered page stays, with the notice: the app takes it over once the retry works.
  await page.goto('/en/faq');
  const retry = page.getByRole('button', { name: 'Try again' });
  await tabTo(page, retry);
  broken = false;
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
  await expectFocusKept(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const [slug, choice, url] of [
    ['articles', /^News report \d+$/, /\?kind=news$/],
    ['timeline', 'Court ruling', /\?kind=court_ruling$/],
  ] as const) {
    test(`${slug}: the filter panel opens by keyboard, and a choice returns the focus to its button`, async ({ page }) => {
      await open(page, `/en/${slug}`);
      const toggle = page.getByRole('button', { name: 'Filters', exact: true });
      await tabTo(page, toggle);
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await tabTo(page, page.getByRole('button', { name: choice }), { max: 20 });
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(url);
      const counted = page.getByRole('button', { name: 'Filters · 1' });
      await expect(counted).toHaveAttribute('aria-expanded', 'false');
      await expect(counted).toBeFocused();
      // Space opens it again.
      await page.keyboard.press('Space');
      await expect(counted).toHaveAttribute('aria-expanded', 'true');
    });
  }
});

// Nothing traps the focus: Tab goes from the top of each page through every control to the
// footer's last link and on out of the page, and Shift+Tab comes back the same way.
for (const lang of ['en', 'fr'] as const) {
  for (const p of pages) {
    test(`/${lang}/${p.slug}: Tab reaches the end of the page and Shift+Tab the start`, async ({ page }) => {
      await open(page, `/${lang}/${p.slug}`);
      const last = page.getByRole('contentinfo').getByRole('link').last();
      const presses = await tabTo(page, last, { max: 600 });
      expect(presses).toBeGreaterThan(8);
      await tabTo(page, page.getByRole('link', { name: lang === 'en' ? 'Skip to content' : 'Aller au contenu' }), { back: true, max: 600 });
    });
  }
}
