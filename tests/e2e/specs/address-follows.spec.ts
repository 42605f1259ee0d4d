import { test, expect, open } from './fixtures';
import { portalOrigin } from '../chromium.mjs';

// A choice shows at once and the address follows it (src/components/address.rs): right after
// the next paint for a chip or Escape, once typing pauses for text. What a visitor can see of
// that: the address still ends up saying everything the page shows, Back and Forward still step
// through the choices, and a choice made before the address caught up is not lost.

const box = (page) => page.getByRole('searchbox');
const cards = (page) => page.getByRole('main').getByRole('article');
const articleCount = (page) => page.getByText(/^\d+ articles?$/);

test('the FAQ address takes the text once typing pauses, in one history entry', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __writes: number };
    w.__writes = 0;
    const replace = history.replaceState.bind(history);
    history.replaceState = (...args: Parameters<History['replaceState']>) => {
      w.__writes += 1;
      return replace(...args);
    };
  });
  await open(page, '/en/faq');
  const entries = await page.evaluate(() => history.length);
  await box(page).click();
  const before = await page.evaluate(() => (window as unknown as { __writes: number }).__writes);
  await page.keyboard.type('oracle', { delay: 40 });
  // The list answers each key at once; the address follows the pause.
  await expect(page.getByText(/^\d+ answers?$/)).not.toHaveText(/^41 answers$/);
  await expect(page).toHaveURL(/\/en\/faq\?q=oracle$/);
  const writes = await page.evaluate(() => (window as unknown as { __writes: number }).__writes);
  expect(writes - before, 'the address is written after typing, not on every key').toBeLessThan(4);
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await page.reload();
  await expect(box(page)).toHaveValue('oracle');
});

test('a FAQ category chosen right after typing keeps the text, and Back returns to the text alone', async ({ page }) => {
  await open(page, '/en/faq');
  await box(page).fill('data');
  // No pause: the chip is clicked before the address has the text.
  await page.getByRole('button', { name: /^Data and security \d+$/ }).click();
  await expect(page).toHaveURL(/\?q=data&category=data-security$/);
  await expect(box(page)).toHaveValue('data');
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/faq\?q=data$/);
  await expect(box(page)).toHaveValue('data');
  await expect(page.getByRole('button', { name: /^All \d+$/ })).toHaveAttribute('aria-pressed', 'true');
  await page.goForward();
  await expect(page).toHaveURL(/\?q=data&category=data-security$/);
  await expect(page.getByRole('button', { name: /^Data and security \d+$/ })).toHaveAttribute('aria-pressed', 'true');
});

test('two article filters clicked one right after the other are two steps back', async ({ page }) => {
  await open(page, '/en/articles');
  const all = Number((await articleCount(page).textContent())!.match(/\d+/)![0]);
  const kind = page.getByRole('button', { name: /^News report \d+$/ });
  const year = page.getByRole('button', { name: /^2020 \d+$/ });
  // Both clicks in one task, so the second comes before the first one's address is written.
  const handles = [await kind.elementHandle(), await year.elementHandle()];
  await page.evaluate(([k, y]) => {
    (k as HTMLElement).click();
    (y as HTMLElement).click();
  }, handles);
  await expect(page).toHaveURL(/\?kind=news&.*2020/);
  await expect(kind).toHaveAttribute('aria-pressed', 'true');
  await expect(year).toHaveAttribute('aria-pressed', 'true');
  const both = Number((await articleCount(page).textContent())!.match(/\d+/)![0]);
  await expect(cards(page)).toHaveCount(both);
  await page.goBack();
  await expect(page).toHaveURL(/\?kind=news$/);
  await expect(year).toHaveAttribute('aria-pressed', 'false');
  const news = Number((await articleCount(page).textContent())!.match(/\d+/)![0]);
  expect(news).toBeGreaterThanOrEqual(both);
  await expect(cards(page)).toHaveCount(news);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/articles$/);
  await expect(articleCount(page)).toHaveText(`${all} articles`);
  await expect(kind).toHaveAttribute('aria-pressed', 'false');
});

test('a filter chip opened in a new tab is left to the browser, with the address of the choice', async ({ page, context }) => {
  await open(page, '/en/articles?kind=news');
  const chip = page.getByRole('button', { name: /^2020 \d+$/ });
  const [tab] = await Promise.all([context.waitForEvent('page'), chip.click({ modifiers: ['ControlOrMeta'] })]);
  await tab.waitForLoadState();
  expect(tab.url()).toMatch(/\/en\/articles\?kind=news&.*2020/);
  // The page the chip was on did not change.
  await expect(page).toHaveURL(/\/en\/articles\?kind=news$/);
  await expect(chip).toHaveAttribute('aria-pressed', 'false');
});

test('under a sub-path the address follows to the same page, with the base once', async ({ page }) => {
  await open(page, `${portalOrigin}/portal/en/faq`);
  await box(page).fill('oracle');
  await expect(page).toHaveURL(`${portalOrigin}/portal/en/faq?q=oracle`);
  await page.getByRole('button', { name: /^Ownership and the ban \d+$/ }).click();
  await expect(page).toHaveURL(`${portalOrigin}/portal/en/faq?q=oracle&category=ownership-ban`);
  await page.reload();
  await expect(box(page)).toHaveValue('oracle');
  await expect(page.getByRole('button', { name: /^Ownership and the ban \d+$/ })).toHaveAttribute('aria-pressed', 'true');
});
