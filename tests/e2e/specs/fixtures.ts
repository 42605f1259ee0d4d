import { test as base, expect, Page } from '@playwright/test';

/** Console errors and uncaught exceptions seen during a test; none are allowed unless a test
 *  says which it expects (for example the browser's own "Failed to load resource" line when a
 *  test breaks a content file on purpose). */
type Watch = { allow: (pattern: RegExp) => void };

/** A Content-Security-Policy violation, as the page's `securitypolicyviolation` event gives it. */
export type Violation = { directive: string; blocked: string; sample: string; page: string };

export const test = base.extend<{ consoleWatch: Watch; cspWatch: Violation[]; startsAtOnce: boolean; keyAtLoad: void }>({
  // A page as built stands by without the app until the visitor reaches for a control
  // (public/boot.js: a key, a pointer on a control, the focus). Tests of the app itself play a
  // visitor who presses a key as the page loads, so the app starts at once, as it did on every
  // page before they stood by; the specs of standing by (`standby*.spec.ts`) turn this off with
  // `test.use({ startsAtOnce: false })`.
  startsAtOnce: [true, { option: true }],
  keyAtLoad: [
    async ({ page, startsAtOnce }, use) => {
      if (startsAtOnce) {
        await page.addInitScript(() => {
          addEventListener('DOMContentLoaded', () => {
            if (document.querySelector('[data-standby]')) document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
          });
        });
      }
      await use();
    },
    { auto: true },
  ],
  // Every test fails on any Content-Security-Policy violation, on every page it opens: the
  // listener is installed before the page's own scripts run, and survives navigations.
  cspWatch: [
    async ({ page }, use) => {
      const violations: Violation[] = [];
      await page.exposeBinding('__cspViolation', (_source, v: Violation) => {
        violations.push(v);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { __cspViolation: (v: object) => void }).__cspViolation({
            directive: e.effectiveDirective,
            blocked: e.blockedURI,
            sample: e.sample,
            page: e.documentURI,
          });
        });
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  consoleWatch: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      await use({ allow: (p) => allowed.push(p) });
      const unexpected = errors.filter((e) => !allowed.some((p) => p.test(e)));
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens a path and waits until the app runs, or the page stands by without it (the home page,
 *  whole without the app while its countdown keeps its shape: `public/boot.js`), unless
 *  `app: false` (pages without JavaScript); and, unless told not to, until no content is still
 *  loading. */
export async function open(page: Page, path: string, { waitForContent = true, app = true } = {}) {
  await page.goto(path);
  // The pre-rendered page shows at once; the app has taken it over when <html> says so, or the
  // page stands by without it (`startsAtOnce` above).
  if (app) await expect(page.locator('html[data-app="ready"], html[data-app="standby"]')).toHaveCount(1);
  await expect(page.getByRole('main')).toBeVisible();
  // The loading placeholder is the one busy region.
  if (waitForContent) await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** The home page runs without the app while its countdown keeps the shape it was built with
 *  (public/boot.js). Read on a clock set before that, the app takes it over, as it does on a
 *  home page left open past a deadline: tests of what the app does there (with content served
 *  broken or hostile) set this clock first. Time runs on from it. */
export async function appOnHome(page: Page) {
  await page.clock.install({ time: new Date('2025-06-01T12:00:00Z') });
}

/** What the frame after the next `trigger` event (a key, a click) shows, as `read` finds the
 *  page in that frame's animation callback, just before its paint. Returns a function that
 *  waits for it: call it after the event. `read` runs in the page, as a `page.evaluate`
 *  function does (no variables from the test). */
export async function watchNextFrame<T>(page: Page, trigger: 'keydown' | 'click', read: () => T): Promise<() => Promise<T>> {
  await page.evaluate(
    `window.__nextFrame = new Promise((resolve) => document.addEventListener(${JSON.stringify(trigger)},
      () => requestAnimationFrame(() => resolve((${read})())), { capture: true, once: true })); undefined`,
  );
  return () => page.evaluate(() => window['__nextFrame']) as Promise<T>;
}

/** The widest an element sticks out past the viewport, in pixels (0 when nothing scrolls). */
export async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

export const pages = [
  { slug: '', en: 'Sunny Corner', fr: 'Sunny Corner', titleEn: 'Home', titleFr: 'Accueil' },
  { slug: 'faq', en: 'Frequently asked questions', fr: 'Questions fréquentes', titleEn: 'Frequently asked questions', titleFr: 'Questions fréquentes' },
  { slug: 'articles', en: 'Articles', fr: 'Articles', titleEn: 'Articles', titleFr: 'Articles' },
  { slug: 'timeline', en: 'Timeline of the deadlines', fr: 'Chronologie des échéances', titleEn: 'Timeline of the deadlines', titleFr: 'Chronologie des échéances' },
];
