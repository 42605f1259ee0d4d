import fs from 'node:fs';
import path from 'node:path';
import { test, expect, open, watchNextFrame } from './fixtures';

const search = (page) => page.getByRole('searchbox');
const questions = (page) => page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('button');
const count = (page) => page.getByText(/^\d+ (answers?|réponses?)$/);
const countOf = async (chip) => Number((await chip.textContent())!.match(/(\d+)\s*$/)![1]);

test('results update as you type, and the query goes into the address', async ({ page }) => {
  await open(page, '/en/faq');
  const all = await questions(page).count();
  expect(all).toBeGreaterThanOrEqual(30);
  await search(page).pressSequentially('oracle');
  await expect(page).toHaveURL(/\?q=oracle$/);
  const n = await questions(page).count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(all);
  await expect(count(page)).toHaveAttribute('aria-live', 'polite');
  await expect(count(page)).toHaveText(`${n} answers`);
  await page.reload();
  await expect(search(page)).toHaveValue('oracle');
  await expect(questions(page)).toHaveCount(n);
});

test('as you type, the answers keep the order a fresh page gives the same search', async ({ page }) => {
  // Typing moves as few entries as it can in the page; what is shown stays in rank order.
  await open(page, '/en/faq');
  const queries = ['o', 'or', 'oracle', 'data', 'data stored', 'ban', 'ban law', 'court', ''];
  const typed: string[][] = [];
  for (const q of queries) {
    await search(page).fill(q);
    await expect(page).toHaveURL(q ? new RegExp(`\\?q=${q.replace(' ', '(%20|\\+)')}$`) : /\/en\/faq$/);
    typed.push(await questions(page).allTextContents());
  }
  for (const [i, q] of queries.entries()) {
    await open(page, q ? `/en/faq?q=${encodeURIComponent(q)}` : '/en/faq');
    await expect(questions(page)).toHaveCount(typed[i].length);
    expect(typed[i], q).toEqual(await questions(page).allTextContents());
  }
});

test('matching ignores case and accents, both ways, in French', async ({ page }) => {
  await open(page, '/fr/faq?q=VIRGINIE');
  await expect(questions(page).first()).toContainText('Virginie');
  await expect(questions(page).first().getByRole('mark')).toHaveText('Virginie');
  await search(page).fill('securite');
  await expect(questions(page).getByRole('mark').first()).toHaveText(/^[Ss]écurité$/);
});

test('prefixes match and one typo is forgiven in longer words', async ({ page }) => {
  await open(page, '/en/faq?q=sing');
  await expect(page.getByRole('mark').filter({ hasText: /^Singapore$/ }).first()).toBeAttached();
  await search(page).fill('virgina');
  await expect(questions(page).first()).toContainText('Virginia');
  await search(page).fill('dta');
  await expect(page.getByText('No answer matches “dta”.')).toBeVisible();
});

test('category chips filter, with counts that follow the query, and back restores', async ({ page }) => {
  await open(page, '/en/faq?q=oracle');
  const chip = page.getByRole('button', { name: /^Data and security \d+$/ });
  const n = await countOf(chip);
  await chip.click();
  await expect(page).toHaveURL(/\?q=oracle&category=data-security$/);
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(questions(page)).toHaveCount(n);
  await search(page).fill('');
  await expect(page).toHaveURL(/\?category=data-security$/);
  expect(await countOf(chip)).toBeGreaterThanOrEqual(n);
  await page.reload();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
});

test('chips that would show nothing are disabled, not hidden', async ({ page }) => {
  await open(page, '/en/faq?q=singapore');
  const disabled = page.getByRole('button', { disabled: true });
  expect(await disabled.count()).toBeGreaterThan(0);
  await expect(disabled.first()).toBeVisible();
});

test('entries are disclosures: closed at first, opened by their button', async ({ page }) => {
  await open(page, '/en/faq');
  const first = questions(page).first();
  await expect(first).toHaveAttribute('aria-expanded', 'false');
  const region = page.getByRole('region', { name: (await first.textContent())!.trim() });
  await expect(region).toHaveCount(0);
  await first.click();
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  await expect(region).toBeVisible();
  await expect(region).toHaveAttribute('id', (await first.getAttribute('aria-controls'))!);
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.getByRole('main').getByRole('button', { expanded: false })).toHaveCount(0);
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await expect(page.getByRole('main').getByRole('button', { expanded: true })).toHaveCount(0);
});

test('a single result is open, and can be closed', async ({ page }) => {
  await open(page, '/en/faq?q=beetlestone');
  await expect(questions(page)).toHaveCount(1);
  await expect(questions(page).first()).toHaveAttribute('aria-expanded', 'true');
  await questions(page).first().click();
  await expect(questions(page).first()).toHaveAttribute('aria-expanded', 'false');
  await questions(page).first().click();
  await expect(questions(page).first()).toHaveAttribute('aria-expanded', 'true');
});

test('a permalink opens its entry and scrolls to it, in French too', async ({ page }) => {
  await open(page, '/fr/faq');
  const last = page.getByRole('article').last();
  const id = await last.getAttribute('id');
  const question = (await last.getByRole('button').textContent())!.trim();
  await page.goto(`/fr/faq#${id}`);
  const button = page.getByRole('button', { name: question });
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(button).toBeInViewport();
  await expect(page.getByRole('region', { name: question }).getByRole('link', { name: 'Lien vers cette réponse' })).toHaveAttribute('href', `/fr/faq#${id}`);
});

test('"/" focuses the search box and Escape clears it', async ({ page }) => {
  await open(page, '/en/faq?q=oracle');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('/');
  await expect(search(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(search(page)).toHaveValue('');
  await expect(page).toHaveURL(/\/en\/faq$/);
});

test('keys pressed faster than the page paints all count, and Escape or a chip right after them wins', async ({ page }) => {
  // The page shows typed text right after the next paint (the letter in the box comes first):
  // keys pressed before that paint are shown together, and a choice made then goes with them.
  await open(page, '/en/faq?q=oracle');
  const oracle = await questions(page).allTextContents();
  await open(page, '/en/faq');
  const all = await questions(page).count();
  await search(page).focus();
  // What the frame after the first key paints: the letter in the box, the list as it was.
  const first = await watchNextFrame(page, 'keydown', () => ({
    value: document.querySelector('input')!.value,
    shown: document.querySelectorAll('main .faq-entry:not([hidden])').length,
  }));
  await page.keyboard.press('z');
  expect(await first()).toEqual({ value: 'z', shown: all });
  await expect.poll(() => questions(page).count()).toBeLessThan(all);
  await page.keyboard.press('Backspace');
  await page.keyboard.type('oracle');
  await expect(search(page)).toHaveValue('oracle');
  await expect(page).toHaveURL(/\?q=oracle$/);
  expect(await questions(page).allTextContents()).toEqual(oracle);
  // Escape right after typing: the text typed last is not shown after all.
  await page.keyboard.type(' zzqx');
  await page.keyboard.press('Escape');
  await expect(search(page)).toHaveValue('');
  await expect(questions(page)).toHaveCount(all);
  await page.waitForTimeout(800);
  await expect(search(page)).toHaveValue('');
  await expect(questions(page)).toHaveCount(all);
  await expect(page).toHaveURL(/\/en\/faq$/);
  // A chip right after typing: the text goes with the category.
  await page.keyboard.type('data');
  await page.getByRole('button', { name: /^Data and security \d+$/ }).click();
  await expect(page).toHaveURL(/\?q=data&category=data-security$/);
  await expect(search(page)).toHaveValue('data');
  await expect(count(page)).toHaveText(`${await questions(page).count()} answers`);
});

test('nothing matching says so and offers to drop the category', async ({ page }) => {
  await open(page, '/fr/faq?q=zzzzzz&category=this-portal');
  await expect(page.getByText('Aucune réponse ne correspond à « zzzzzz ».')).toBeVisible();
  await page.getByRole('button', { name: 'Chercher dans toutes les catégories' }).click();
  await expect(page).toHaveURL(/\?q=zzzzzz$/);
});

test('odd queries change nothing but the list', async ({ page }) => {
  await open(page, '/en/faq');
  for (const q of ['x'.repeat(10_000), '🙂🔥 data', 'שלום עולם', 'data\u0000\u0007\u001b', '<script>alert(1)</script>']) {
    await search(page).fill(q);
    await expect(count(page)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Frequently asked questions');
  }
  await open(page, '/en/faq?q=%E0%A4%A&category=%00');
  await expect(count(page)).toBeVisible();
});

test('a long FAQ shows fifty results at a time, the rest a button away, and opens a permalink past them', async ({ page }) => {
  // The shipped file grown to 120 entries (each real entry again, with an id and a number of its own).
  const faq = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../public/content/faq.json'), 'utf8'));
  const entries = Array.from({ length: 120 }, (_, i) => {
    const e = faq.entries[i % faq.entries.length];
    return { ...e, id: `entry-${i + 1}`, question: { en: `${e.question.en} (${i + 1})`, fr: `${e.question.fr} (${i + 1})` } };
  });
  const body = JSON.stringify({ ...faq, entries });
  await page.route('**/content/faq*.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body }));
  await open(page, '/en/faq');
  await expect(count(page)).toHaveText('120 answers');
  await expect(questions(page)).toHaveCount(50);
  await page.getByRole('button', { name: 'Show 50 more' }).click();
  await expect(questions(page)).toHaveCount(100);
  await page.getByRole('button', { name: 'Show 20 more' }).click();
  await expect(questions(page)).toHaveCount(120);
  await expect(page.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);

  // A fresh visit to a permalink of an entry past the first fifty: it is on the page, open.
  await page.goto('about:blank');
  await open(page, '/en/faq#entry-110');
  await expect(questions(page)).toHaveCount(51);
  const permalinked = page.getByRole('button', { name: /\(110\)$/ });
  await expect(permalinked).toHaveAttribute('aria-expanded', 'true');
  await expect(permalinked).toBeInViewport();
});
