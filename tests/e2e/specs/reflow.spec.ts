import type { Page } from '@playwright/test';
import { test, expect, open, pages, horizontalOverflow } from './fixtures';

// Reflow (WCAG 1.4.10) and text spacing (WCAG 1.4.12) on every page, in both languages:
// - at 200% zoom: a 1280 × 900 window zoomed to 200% lays the page out in 640 × 450 CSS pixels
//   at two device pixels each, which is what the viewport below gives;
// - at 320 CSS pixels wide (a 1280 px window at 400%, or a small phone);
// - with the text spacing a reader's stylesheet may impose (line height 1.5, paragraphs 2em
//   apart, letters 0.12em, words 0.16em). The site's CSP allows only its own stylesheets
//   (`style-src 'self'`) and the integrity hash of its stylesheet leave no way in from a page, so
//   the override goes in through the DevTools protocol.
// In each, the page does not scroll sideways and no text is cut off or overlaps: no element that
// clips its content (overflow other than visible, scrolling rows aside) holds more than it shows,
// no box of text is narrower than its text, and no text sticks out past the edge of the window.

const spacing = `
*, *::before, *::after {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }
`;

/** Adds the text-spacing overrides to the page as a reader's stylesheet would. The site's CSP
 *  (`style-src 'self'`) refuses a stylesheet from a test, and its own stylesheet carries an
 *  integrity hash, so they go in through the DevTools protocol, as an author stylesheet of the
 *  page that neither governs. */
async function applyTextSpacing(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { styleSheetId } = await cdp.send('CSS.createStyleSheet', { frameId: frameTree.frame.id });
  await cdp.send('CSS.setStyleSheetText', { styleSheetId, text: spacing });
  // The overrides are in force.
  const p = page.getByRole('main').locator('p').first();
  expect(await p.evaluate((e) => getComputedStyle(e).letterSpacing)).not.toBe('normal');
}

/** Text that is cut off: clipped by its own box, or out of the window. */
async function cutOff(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''} “${(e.textContent || '').trim().slice(0, 30)}”`;
    const width = document.documentElement.clientWidth;
    for (const e of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(e);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const box = e.getBoundingClientRect();
      // Visually hidden text (1 px, clipped on purpose for screen readers).
      if (box.width <= 1 || box.height <= 1) continue;
      const el = e as HTMLElement;
      const scrolls = (o: string) => o === 'auto' || o === 'scroll';
      // A box that clips what it holds (a row that scrolls sideways on purpose can be
      // scrolled, so it loses nothing).
      if (!scrolls(style.overflowX) && style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${name(e)} clips its width: ${el.scrollWidth} > ${el.clientWidth}`);
      if (!scrolls(style.overflowY) && style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1)
        problems.push(`${name(e)} clips its height: ${el.scrollHeight} > ${el.clientHeight}`);
      const hasText = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      // Text wider than the box that holds it spills over its neighbours (or is clipped).
      if (hasText && style.display !== 'inline' && !scrolls(style.overflowX) && style.overflowX === 'visible' && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${name(e)} spills out of its box: ${el.scrollWidth} > ${el.clientWidth}`);
      // Text past the window's edges, unless inside a row that scrolls sideways.
      if (hasText && (box.right > width + 1 || box.left < -1)) {
        let inScroller = false;
        for (let p = e.parentElement; p; p = p.parentElement)
          if (scrolls(getComputedStyle(p).overflowX)) inScroller = true;
        if (!inScroller) problems.push(`${name(e)} is past the edge: ${Math.round(box.left)}–${Math.round(box.right)} of ${width}`);
      }
    }
    return problems;
  });
}

const sizes = [
  { name: '200% zoom (1280 × 900 at 200%)', viewport: { width: 640, height: 450 }, scale: 2, file: '640' },
  { name: '320 px', viewport: { width: 320, height: 720 }, scale: 1, file: '320' },
];

const paths = (lang: string) => [...pages.map((p) => ({ path: `/${lang}/${p.slug}`, file: p.slug || 'home' })), { path: `/${lang}/${lang === 'en' ? 'nowhere' : 'nulle-part'}`, file: '404' }];

for (const size of sizes) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.scale });
    for (const lang of ['en', 'fr'] as const) {
      for (const { path, file } of paths(lang)) {
        test(`${path}: no sideways scroll, nothing cut off`, async ({ page, consoleWatch }) => {
          consoleWatch.allow(/status of 404/);
          await open(page, path);
          expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
          expect(await cutOff(page)).toEqual([]);
          await page.screenshot({ path: `screenshots/reflow-${lang}-${file}-${size.file}.png`, fullPage: true });
        });
      }
    }
  });
}

test.describe('text spacing overrides (WCAG 1.4.12)', () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 320, height: 720 }]) {
    test.describe(`${viewport.width} px`, () => {
      test.use({ viewport });
      for (const lang of ['en', 'fr'] as const) {
        for (const { path, file } of paths(lang)) {
          test(`${path}: no sideways scroll, nothing cut off`, async ({ page, consoleWatch }) => {
            consoleWatch.allow(/status of 404/);
            await open(page, path);
            await applyTextSpacing(page);
            expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
            expect(await cutOff(page)).toEqual([]);
            if (viewport.width === 320)
              await page.screenshot({ path: `screenshots/spacing-${lang}-${file}-320.png`, fullPage: true });
          });
        }
      }
    });
  }
});

// The phone states that add content: the filter panel open, answers open.
test.describe('320 px, opened', () => {
  test.use({ viewport: { width: 320, height: 720 } });
  for (const lang of ['en', 'fr'] as const) {
    test(`/${lang}/articles with the filter panel open and text spacing`, async ({ page }) => {
      await open(page, `/${lang}/articles`);
      await applyTextSpacing(page);
      await page.getByRole('button', { name: lang === 'en' ? 'Filters' : 'Filtres', exact: true }).click();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await cutOff(page)).toEqual([]);
    });
    test(`/${lang}/faq with every answer open and text spacing`, async ({ page }) => {
      await open(page, `/${lang}/faq`);
      await applyTextSpacing(page);
      await page.getByRole('button', { name: lang === 'en' ? 'Expand all' : 'Tout déplier' }).click();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await cutOff(page)).toEqual([]);
      await page.screenshot({ path: `screenshots/spacing-${lang}-faq-open-320.png`, fullPage: true });
    });
  }
});
