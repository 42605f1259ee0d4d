import { test, expect, open } from './fixtures';
import type { Page } from '@playwright/test';

// The FAQ, articles and timeline pages, as built, are whole without the app too (public/boot.js,
// `data-standby`): nothing is fetched for it until the visitor reaches for a control (a search
// box, a button, a question); what was typed or clicked before it runs is carried into it. An
// address with a query or fragment the page reads (`Page::state_keys`) starts it at once.

/** Every file of the app: its JS glue and loader, its wasm, its content files. */
const appFile = /\.wasm$|\/content\/|\/sunny-corner-\w+\.js$|\/__wasm_split-\w+\.js$/;

function requested(page: Page) {
  const paths: string[] = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  return paths;
}

/** Holds the main wasm back for `ms`, so that a test acts while the app is on its way. */
async function slowApp(page: Page, ms = 1500) {
  await page.route(/\/sunny-corner-\w+_bg\.wasm$/, async (route) => {
    await new Promise((r) => setTimeout(r, ms));
    await route.continue().catch(() => {}); // the page may have gone on
  });
}

// These tests are about standing by: no key is pressed as the page loads (fixtures.ts).
test.use({ startsAtOnce: false });

test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

for (const lang of ['en', 'fr']) {
  for (const slug of ['faq', 'articles', 'timeline']) {
    test(`/${lang}/${slug} loads nothing for the app until the visitor reaches for a control`, async ({ page }) => {
      const paths = requested(page);
      await open(page, `/${lang}/${slug}`);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('html')).toHaveAttribute('data-app', 'standby');
      expect(paths.filter((p) => appFile.test(p))).toEqual([]);
      // Reading (scrolling, following the page) does not start it; a key does.
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(300);
      await expect(page.locator('html')).toHaveAttribute('data-app', 'standby');
      await page.keyboard.press('Tab');
      await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
      expect(paths.some((p) => p.endsWith('.wasm'))).toBe(true);
    });
  }
}

test('a question clicked before the app runs opens once it does, and only once', async ({ page }) => {
  await slowApp(page);
  await open(page, '/en/faq');
  const question = page.locator('#q-where-is-data-stored');
  // Without the app the question is text; the app makes it a button of the same id.
  await expect(question).toHaveJSProperty('tagName', 'SPAN');
  await question.click();
  await question.click(); // clicked again while nothing seemed to happen: still one click
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  const button = page.getByRole('button', { name: /Where is TikTok’s US user data stored/ });
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(button).toBeFocused();
  await expect(page.locator('#a-where-is-data-stored')).toBeVisible();
  // The other answers stay closed.
  await expect(page.locator('.faq-answer:visible')).toHaveCount(1);
});

test('the keyboard keeps its place when the app takes over', async ({ page }) => {
  // The first key starts the app, which takes the page over while the visitor goes on tabbing:
  // the focus stays where the keys had put it (here the second link to the home page, after
  // the skip link and the portal's name).
  await slowApp(page);
  await open(page, '/en/faq');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
  const home = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' });
  await expect(home).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(home).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'FAQ' })).toBeFocused();
});

test('"Expand all" clicked before the app runs opens every answer once it does', async ({ page }) => {
  await slowApp(page);
  await open(page, '/fr/faq');
  await page.getByRole('button', { name: 'Tout déplier' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByRole('button', { name: 'Tout replier' })).toBeVisible();
  const answers = await page.locator('.faq-answer').count();
  await expect(page.locator('.faq-answer:visible')).toHaveCount(answers);
});

test('what is typed in the FAQ search before the app runs is searched once it does', async ({ page }) => {
  await slowApp(page);
  await open(page, '/en/faq');
  await page.getByLabel('Search the questions and answers').pressSequentially('oracle');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page).toHaveURL(/\?q=oracle$/);
  await expect(page.getByLabel('Search the questions and answers')).toHaveValue('oracle');
  await expect(page.getByLabel('Search the questions and answers')).toBeFocused();
  await expect(page.locator('.result-count')).toHaveText(/^\d+ answers?$/);
  await expect(page.locator('.faq-entry:visible mark').first()).toHaveText(/oracle/i);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the Filters button tapped before the app runs opens the filters once it does', async ({ page }) => {
    await slowApp(page);
    await open(page, '/en/articles');
    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#filters-panel')).toBeVisible();
  });
});

test('a chip followed before the app runs loads its address, and the app shows it', async ({ page }) => {
  await open(page, '/en/timeline');
  await page.getByRole('button', { name: 'Court ruling' }).click();
  await expect(page).toHaveURL(/\?kind=court_ruling$/);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByRole('button', { name: 'Court ruling' })).toHaveAttribute('aria-pressed', 'true');
});

test('an address that asks for more than the page as built starts the app at once', async ({ page }) => {
  for (const path of ['/en/faq?q=ban', '/fr/faq#where-is-data-stored', '/en/articles?sort=oldest', '/en/timeline?kind=law', '/en/timeline#year-2024']) {
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('data-app', 'ready');
  }
  // A query the page does not read (a campaign tag) changes nothing on it.
  await open(page, '/en/faq?utm_source=newsletter');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'standby');
});

for (const lang of ['en', 'fr']) {
  test(`/${lang}/timeline marks today without the app, where and as the app does`, async ({ page }) => {
    // Days after the build, in the card's span (every deadline of the shipped content has
    // passed): the marker the pre-render wrote is days old, and boot.js writes today's.
    const html = await (await page.request.get(`/${lang}/timeline`)).text();
    const at = (Number(html.match(/data-shape="(\d+)/)![1]) + 86_400 * 18 + 43_200) * 1000;
    await page.clock.install({ time: at });
    await open(page, `/${lang}/timeline`);
    const marker = page.locator('#today');
    await expect(marker).toHaveCount(1);
    const read = () => marker.evaluate((m) => [m.textContent, m.previousElementSibling?.id, m.nextElementSibling?.id ?? null]);
    const standby = await read();
    const day = new Date(at).toISOString().slice(0, 10);
    await expect(marker).toHaveAttribute('data-day', day);
    expect(standby[0]).toContain(` ${Number(day.slice(8))} `);
    await page.keyboard.press('Shift');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    expect(await read()).toEqual(standby);
  });
}

// When the app takes a page over, nothing on screen moves: the pre-rendered page the visitor
// was reading is the app's page. Each page's headings, controls and entries on screen are
// measured standing by and again once the app runs, at phone and desktop sizes; screenshots of the page
// standing by go with the others (`screenshots/standby-*.png`).
for (const [width, height] of [[390, 844], [1280, 900]]) {
  for (const slug of ['faq', 'articles', 'timeline']) {
    test(`/fr/${slug} at ${width} px: the takeover moves nothing`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await open(page, `/fr/${slug}`);
      await expect(page.locator('html')).toHaveAttribute('data-app', 'standby');
      await page.screenshot({ path: `screenshots/standby-fr-${slug}-${width}.png` });
      const boxes = () =>
        page.evaluate(() =>
          // What is on screen (further down, long lists are laid out as they come into view,
          // `content-visibility`, so their place there is an estimate until then).
          [...document.querySelectorAll('main :is(h1, h2, h3, input, .chips, .filters-toggle, li.event, li.article-card, .faq-question)')]
            .map((e) => [e, e.getBoundingClientRect()] as const)
            .filter(([, r]) => r.top < innerHeight)
            .map(([e, r]) => `${e.tagName}.${e.className} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`),
        );
      const before = await boxes();
      expect(before.length).toBeGreaterThan(3);
      await page.keyboard.press('Shift');
      await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
      // As painted: read right after the swap, before the next frame, an entry at the window's
      // bottom edge may still have its `content-visibility` estimate, which that frame's layout
      // replaces before it paints (an entry at y 827 of 844 read 248 px tall instead of 564,
      // once in thirty runs).
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await boxes()).toEqual(before);
    });
  }
}
