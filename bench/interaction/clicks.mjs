// The facet clicks made on the articles page: the first 20 chips of the kind, tag, language and
// year facets (the publishers are behind a disclosure, the sort is not a filter), each turned on,
// then each turned off again; a chip that would give nothing at that moment (disabled, no link)
// is skipped.
//
// Each is a mouse's click: the pointer comes to rest on the chip, then the button goes down and
// up (CDP Input.dispatchMouseEvent through page.mouse). Not Playwright's `locator.click()`: that
// moves the pointer and presses at once, and checks what it hits with listeners on pointerdown,
// mousedown, pointerup, mouseup and click that call `elementsFromPoint`, so the page is styled
// and laid out for the harness inside the interaction being measured. A visitor's pointer is on the
// chip before they press it, and nothing in their browser checks.
const CHIPS = '#filters-panel div.facet ul:not([aria-labelledby="facet-sort"]) a.chip';
const COUNT = 20;
/** How long the pointer rests on a chip before it is pressed. */
const REST_MS = 100;

/** Clicks the chips (see above), calling `after()` after each; returns how many were clicked. */
export async function clickChips(page, after) {
  const total = await page.evaluate(([s, n]) => Math.min(n, document.querySelectorAll(s).length), [CHIPS, COUNT]);
  let count = 0;
  for (const n of [...Array(total).keys(), ...Array(total).keys()]) {
    const point = await page.evaluate(
      ([s, n]) => {
        const chip = document.querySelectorAll(s)[n];
        if (!chip || !chip.hasAttribute('href')) return null;
        const box = chip.getBoundingClientRect();
        if (box.top < 0 || box.bottom > innerHeight) chip.scrollIntoView({ block: 'center' });
        const { x, y, width, height } = chip.getBoundingClientRect();
        return { x: x + width / 2, y: y + height / 2 };
      },
      [CHIPS, n],
    );
    if (!point) continue;
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(REST_MS);
    await page.mouse.down();
    await page.mouse.up();
    count += 1;
    await after();
  }
  return count;
}
