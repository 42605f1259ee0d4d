import { test, expect, open } from './fixtures';

// A change that brings many results back (a filter turned off, a search cleared) shows at once
// the ones the visitor can see, and the rest right after the paint (src/components/staged.rs):
// laying out every card in one frame was most of a facet click's time on a slow phone. What a
// visitor sees of it: the first frame that shows the list changed already fills the window, and
// the whole list follows. (A chip's press paints first, in a frame of its own: see
// src/components/address.rs.)

type FirstFrame = { shown: number; bottom: number; height: number };

/** Before the paint of the first frame in which `list`'s rows change after the next `trigger`
 *  event (a click, a key), how many of its rows are shown and how far down the window the last
 *  of them reaches. */
async function watchFirstFrame(page, list: string, trigger: 'click' | 'keydown') {
  await page.evaluate(
    ({ list, trigger }) => {
      const w = window as unknown as { __first?: object };
      delete w.__first;
      const parent = document.querySelector(list)!;
      addEventListener(
        trigger,
        () => {
          const changes = new MutationObserver(() => {
            changes.disconnect();
            requestAnimationFrame(() => {
              const shown = [...(parent.children as HTMLCollectionOf<HTMLElement>)].filter((r) => !r.hidden);
              w.__first = { shown: shown.length, bottom: shown.at(-1)?.getBoundingClientRect().bottom ?? 0, height: innerHeight };
            });
          });
          changes.observe(parent, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] });
        },
        { once: true, capture: true },
      );
    },
    { list, trigger },
  );
}

const firstFrame = (page) =>
  page.waitForFunction(() => (window as unknown as { __first?: object }).__first).then((h) => h.jsonValue() as Promise<FirstFrame>);

for (const size of [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  test(`a filter turned off fills the window with cards in its first frame, then shows them all (${size.width} px)`, async ({ page }) => {
    await page.setViewportSize(size);
    await open(page, '/en/articles?tag=creators');
    const cards = page.locator('.article-list > li:not([hidden])');
    await expect(cards).toHaveCount(1);
    if (size.width < 800) {
      await page.getByRole('button', { name: /^Filters/ }).click();
    }
    const chip = page.getByRole('button', { name: /^Creators \d+$/ });
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await watchFirstFrame(page, '.article-list', 'click');
    await chip.click();
    const first = await firstFrame(page);
    expect(first.shown, 'more than the one card').toBeGreaterThan(1);
    expect(first.shown, 'not yet all fifty: the rest come right after the paint').toBeLessThan(50);
    expect(first.bottom, 'the cards of the first frame reach the bottom of the window').toBeGreaterThanOrEqual(first.height);
    // Then every card of the first page, and the count says so.
    await expect(cards).toHaveCount(50);
    await expect(page.getByText(/^\d+ articles$/)).toHaveText('54 articles');
    await expect(page).toHaveURL(/\/en\/articles$/);
  });
}

test('a FAQ search cleared brings back every question, the window full at once', async ({ page }) => {
  await open(page, '/en/faq?q=oracle');
  const entries = page.locator('.faq-list > article:not([hidden])');
  const some = await entries.count();
  expect(some).toBeLessThan(41);
  await page.getByRole('searchbox').focus();
  await watchFirstFrame(page, '.faq-list', 'keydown');
  await page.keyboard.press('Escape');
  const first = await firstFrame(page);
  expect(first.shown).toBeGreaterThan(some);
  expect(first.shown, 'not yet all: the rest come right after the paint').toBeLessThan(41);
  expect(first.bottom).toBeGreaterThanOrEqual(first.height);
  await expect(entries).toHaveCount(41);
  await expect(page.getByRole('searchbox')).toHaveValue('');
});
