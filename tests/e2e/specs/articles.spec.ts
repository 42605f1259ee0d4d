import { test, expect, open, watchNextFrame } from './fixtures';

const cards = (page) => page.getByRole('main').getByRole('article');
const chip = (page, name: RegExp) => page.getByRole('button', { name });
const count = (page) => page.getByText(/^\d+ articles?$/);
const notes = (page, name: string) => page.getByRole('list', { name }).getByRole('listitem');
const countOf = async (chipLocator) => Number((await chipLocator.textContent())!.match(/(\d+)\s*$/)![1]);
/** Every card shows `kind` as its badge. */
const allOfKind = async (page, kind: string) => {
  for (const card of await cards(page).all()) await expect(card.getByText(kind, { exact: true })).toBeVisible();
};
const dates = (page) => cards(page).locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));

test('newest first by default, oldest first on request, in the address', async ({ page }) => {
  await open(page, '/en/articles');
  const newest = await dates(page);
  expect(newest.length).toBeGreaterThanOrEqual(40);
  expect([...newest].sort().reverse()).toEqual(newest);
  await page.getByRole('button', { name: 'Oldest first' }).click();
  await expect(page).toHaveURL(/\?sort=oldest$/);
  const oldest = await dates(page);
  expect([...oldest].sort()).toEqual(oldest);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/articles$/);
  expect(await dates(page)).toEqual(newest);
});

test('a kind filters, and its count matches the list', async ({ page }) => {
  await open(page, '/en/articles');
  const official = chip(page, /^Official document \d+$/);
  const n = await countOf(official);
  await official.click();
  await expect(page).toHaveURL(/\?kind=official$/);
  await expect(cards(page)).toHaveCount(n);
  await allOfKind(page, 'Official document');
  await expect(count(page)).toHaveText(`${n} articles`);
});

test('two tags give items with either tag; a kind and a tag give items with both', async ({ page }) => {
  await open(page, '/en/articles?tag=courts');
  const courts = await cards(page).count();
  await chip(page, /^Oracle \d+$/).click();
  await expect(page).toHaveURL(/tag=courts,oracle|tag=oracle,courts/);
  const either = await cards(page).count();
  expect(either).toBeGreaterThan(courts);
  await chip(page, /^News report \d+$/).click();
  await expect(page).toHaveURL(/kind=news/);
  const both = await cards(page).count();
  expect(both).toBeLessThan(either);
  for (const card of await cards(page).all()) {
    await expect(card.getByText('News report', { exact: true })).toBeVisible();
    await expect(card.getByRole('list', { name: 'Topics' })).toContainText(/#Courts|#Oracle/);
  }
  await page.reload();
  await expect(cards(page)).toHaveCount(both);
});

test('a chip shows its press in the first paint and the list in the next; two clicks faster than a paint both count', async ({ page }) => {
  await open(page, '/en/articles');
  const official = chip(page, /^Official document \d+$/);
  // What the frame after the click paints: the chip pressed, the list as it was.
  const before = await page.evaluate(() => document.querySelectorAll('main [hidden]').length);
  const first = await watchNextFrame(page, 'click', () => ({
    pressed: [...document.querySelectorAll('a.chip')].find((a) => a.textContent!.startsWith('Official document'))?.getAttribute('aria-pressed'),
    hidden: document.querySelectorAll('main [hidden]').length,
  }));
  await official.click();
  expect(await first()).toEqual({ pressed: 'true', hidden: before });
  await expect(cards(page)).toHaveCount(await countOf(official));
  await expect(page).toHaveURL(/\?kind=official$/);
  // Twice before a paint: both clicks count.
  const box = (await official.boundingBox())!;
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(300);
  await expect(official).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/\?kind=official$/);
  await expect(cards(page)).toHaveCount(await countOf(official));
});

test('counts follow the other filters, and values giving none are disabled, not hidden', async ({ page }) => {
  await open(page, '/en/articles?lang=fr');
  const disabled = page.getByRole('button', { disabled: true });
  expect(await disabled.count()).toBeGreaterThan(0);
  await expect(disabled.first()).toBeVisible();
  const french = await cards(page).count();
  expect(await countOf(chip(page, /^French \d+$/))).toBe(french);
});

test('language, year and publisher facets', async ({ page }) => {
  await open(page, '/en/articles');
  await chip(page, /^French \d+$/).click();
  // The list shows the choice in the frame after the press, the address right after.
  await expect(page).toHaveURL(/lang=fr/);
  for (const title of await cards(page).getByRole('heading', { level: 2 }).all()) await expect(title).toHaveAttribute('lang', 'fr');
  await expect(cards(page).first().getByText('Translated title:')).toBeAttached();
  await chip(page, /^French \d+$/).click();
  await chip(page, /^2025 \d+$/).click();
  await expect(page).toHaveURL(/from=2025&to=2025|year=2025/);
  for (const d of await dates(page)) expect(d.startsWith('2025')).toBe(true);
  await page.getByText('Publisher', { exact: true }).click();
  const publisher = page.getByRole('list', { name: 'Publisher' }).getByRole('button').first();
  const name = (await publisher.textContent())!.replace(/\s*\d+$/, '').trim();
  await publisher.click();
  await expect(page).toHaveURL(/publisher=/);
  for (const card of await cards(page).all()) await expect(card.getByText(name, { exact: true }).first()).toBeVisible();
});

test('the publishers, opened after other filters changed, count what those filters give', async ({ page }) => {
  await open(page, '/en/articles');
  // The publishers' chips wait behind their closed disclosure; opened, they catch up at once.
  await chip(page, /^2025 \d+$/).click();
  await chip(page, /^French \d+$/).click();
  await expect(page).toHaveURL(/lang=fr/);
  const total = Number((await count(page).textContent())!.match(/\d+/)![0]);
  expect(total).toBeGreaterThan(0);
  await page.getByText('Publisher', { exact: true }).click();
  const publishers = page.getByRole('list', { name: 'Publisher' }).getByRole('button');
  let sum = 0;
  for (const p of await publishers.all()) {
    const n = await countOf(p);
    sum += n;
    // A publisher with nothing left is shown disabled, without a link.
    if (n === 0) {
      await expect(p).toHaveAttribute('aria-disabled', 'true');
      await expect(p).not.toHaveAttribute('href');
    } else {
      await expect(p).not.toHaveAttribute('aria-disabled');
      await expect(p).toHaveAttribute('href', /publisher=/);
    }
  }
  // Each article has one publisher: the counts add up to the list.
  expect(sum).toBe(total);
  // Closed and opened again after another change, by keyboard this time.
  await page.getByText('Publisher', { exact: true }).click();
  await chip(page, /^French \d+$/).click();
  await expect(page).not.toHaveURL(/lang=fr/);
  const all2025 = Number((await count(page).textContent())!.match(/\d+/)![0]);
  await page.locator('#facet-publisher').focus();
  await page.keyboard.press('Enter');
  await expect(publishers.first()).toBeVisible();
  let again = 0;
  for (const p of await publishers.all()) again += await countOf(p);
  expect(again).toBe(all2025);
});

test('free text uses the search engine, with accents and relevance', async ({ page }) => {
  await open(page, '/fr/articles');
  await page.getByRole('searchbox').fill('cour supreme');
  await expect(page).toHaveURL(/\?q=cour(%20|\+)supreme$/);
  expect(await cards(page).count()).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Pertinence' }).click();
  await expect(page).toHaveURL(/sort=relevance/);
  await page.reload();
  await expect(page.getByRole('searchbox')).toHaveValue('cour supreme');
});

test('tags on a card filter by that tag', async ({ page }) => {
  await open(page, '/en/articles');
  await cards(page).first().getByRole('list', { name: 'Topics' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\?tag=/);
  expect(await cards(page).count()).toBeGreaterThan(0);
});

test('links out are safe and marked external', async ({ page }) => {
  await open(page, '/en/articles');
  const out = cards(page).first().getByRole('link', { name: /Read at .*\(opens the source site\)/ });
  await expect(out).toHaveAttribute('rel', /noopener/);
  await expect(out).toHaveAttribute('rel', /noreferrer/);
  await expect(out).toHaveAttribute('href', /^https:\/\//);
});

test('invalid values are ignored with a short note', async ({ page }) => {
  await open(page, '/en/articles?tag=nope&from=2025&to=2021&q=a&q=b&kind=official');
  await expect(page.getByText('Unknown tag ignored: “nope”.')).toBeVisible();
  await expect(notes(page, 'Parts of this address that were ignored')).toHaveCount(3);
  expect(await cards(page).count()).toBeGreaterThan(0);
  await open(page, '/fr/articles?from=2021-02-30&sort=%ZZ&page=-4');
  await expect(notes(page, 'Parties de cette adresse ignorées').first()).toBeVisible();
  expect(await cards(page).count()).toBeGreaterThan(0);
});

test('the empty state says what was searched and clears filters', async ({ page }) => {
  await open(page, '/en/articles?q=zzzzqqq&kind=opinion');
  await expect(page.getByText('No article matches “zzzzqqq” with these filters.')).toBeVisible();
  // The empty state's button comes after the toolbar's link of the same name.
  await page.getByRole('link', { name: 'Clear all filters' }).last().click();
  await expect(page).toHaveURL(/\/en\/articles$/);
  expect(await cards(page).count()).toBeGreaterThan(40);
});

test('en français : filtres, tri et état vide', async ({ page }) => {
  await open(page, '/fr/articles?kind=statement&sort=oldest');
  await expect(page.getByRole('button', { name: 'Plus anciens d’abord' })).toHaveAttribute('aria-pressed', 'true');
  await allOfKind(page, 'Déclaration de l’entreprise');
  await open(page, '/fr/articles?q=zzzzqqq');
  await expect(page.getByText('Aucun article ne correspond à « zzzzqqq » avec ces filtres.')).toBeVisible();
});

test('a filter button keeps the page where it is', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 480 });
  await open(page, '/en/articles');
  const year = chip(page, /^2024 \d+$/);
  await year.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(200);
  await year.click();
  await expect(page).toHaveURL(/from=2024&to=2024/);
  await expect(year).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
});

test('a title the editors had to write is shown as a description, not as a headline', async ({ page }) => {
  await open(page, '/en/articles?kind=statement');
  const described = cards(page).filter({ hasText: 'Description:' });
  expect(await described.count()).toBeGreaterThan(0);
  await expect(described.first().getByRole('heading', { level: 2 })).toContainText('Description:');
});
