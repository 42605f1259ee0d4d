import fs from 'node:fs';
import path from 'node:path';
import { test, expect, open, pages } from './fixtures';
import { portalOrigin, sitePort } from '../chromium.mjs';

// The pre-rendered pages: readable with JavaScript off, and taken over by the app with no
// visible change.

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of ['en', 'fr'] as const) {
    for (const p of pages) {
      test(`/${lang}/${p.slug} shows its content`, async ({ page }) => {
        await open(page, `/${lang}/${p.slug}`, { app: false });
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(p[lang]);
        await expect(page).toHaveTitle(new RegExp(lang === 'en' ? p.titleEn : p.titleFr));
        await expect(page.getByText(lang === 'en' ? /can be read without JavaScript/ : /se lit sans JavaScript/)).toBeVisible();
        const main = page.getByRole('main');
        if (p.slug === '') {
          await expect(main.getByRole('heading', { name: lang === 'en' ? 'The key statement' : 'La déclaration clé' })).toBeVisible();
          await expect(main.getByRole('timer').or(main.getByText(lang === 'en' ? /No deadline is pending/ : /Aucune échéance/))).toBeVisible();
        } else {
          expect(await main.getByRole('article').count()).toBeGreaterThan(30);
        }
        if (p.slug === 'faq') {
          // Every answer is open, since the disclosures need the app.
          await expect(main.getByRole('region').first()).toBeVisible();
          expect(await main.getByRole('region').count()).toBe(await main.getByRole('article').count());
        }
      });
    }
  }

  test('every article of the file can be read, with no "Show more" that would do nothing', async ({ page }) => {
    const file = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../public/content/articles.json'), 'utf8'));
    expect(file.articles.length, 'more articles than one page shows with the app').toBeGreaterThan(50);
    await open(page, '/en/articles', { app: false });
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(file.articles.length);
    await expect(page.locator('.article-list > li.article-card:visible')).toHaveCount(file.articles.length);
    await expect(page.getByRole('link', { name: /^Show \d+ more$/ })).toHaveCount(0);
  });

  test('the 404 page offers the other language\'s home page', async ({ page, consoleWatch }) => {
    consoleWatch.allow(/status of 404/); // the host answers with 404.html and its status
    await page.goto('/en/no-such-page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sunny Corner');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('links between pages work, and the root offers both languages', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/$/);
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'Chronologie' }).click();
    await expect(page).toHaveURL(/\/fr\/timeline$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chronologie des échéances');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/timeline$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline of the deadlines');
  });
});

test('once the app runs, the 404 page still offers the other language\'s home page', async ({ page, consoleWatch }) => {
  consoleWatch.allow(/status of 404/);
  await open(page, '/fr/nulle-part');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sunny Corner');
});

test('the app takes over with no layout shift and no placeholder, and keeps what was typed', async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__shift = 0;
    (window as any).__busy = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) (window as any).__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver(() => {
      if (document.querySelector('[aria-busy="true"]')) (window as any).__busy += 1;
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  // A slow wasm download: the visitor reads and types before the app runs.
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (r) => {
    await gate;
    await r.fallback();
  });
  await page.goto('/en/faq');
  const search = page.getByRole('searchbox');
  await search.click();
  await search.pressSequentially('oracle');
  release();
  // The app reads the typed text: the address and the list follow it.
  await expect(page).toHaveURL(/\?q=oracle$/);
  await expect(search).toHaveValue('oracle');
  await expect(search).toBeFocused();
  const shown = await page.getByRole('main').getByRole('article').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(30);
  expect(await page.evaluate(() => (window as any).__busy)).toBe(0);
  expect(await page.evaluate(() => (window as any).__shift)).toBe(0);
  // One title and one description, not the static page's and the app's.
  expect(await page.locator('head title').count()).toBe(1);
  expect(await page.locator('head meta[name="description"]').count()).toBe(1);
});

// Every internal address in the built folders answers with a file, the way a static host serves
// them (server.mjs: `/en/faq` from `en/faq.html`, `/en/` from `en/index.html`), with no redirect:
// links, stylesheets, scripts, images (src and srcset), icons, the manifest and its icons,
// canonical and hreflang links, Open Graph and Twitter images, the sitemap's and the feeds'
// addresses. Absolute addresses under the site's own URL (read from robots.txt) count as
// internal; a `#fragment` must name an element of the page it points into.
test.describe('every internal link of the built folder resolves', () => {
  test.use({ javaScriptEnabled: false });

  const builds = [
    { name: 'at the root', dir: 'dist', origin: `http://127.0.0.1:${sitePort}`, base: '/' },
    { name: 'under /portal/', dir: 'dist-portal', origin: portalOrigin, base: '/portal/' },
  ];

  for (const build of builds) {
    test(`built ${build.name}`, async ({ page, request }) => {
      const dir = path.resolve(__dirname, '../../..', build.dir);
      const local = build.origin + build.base;
      const robots = fs.readFileSync(path.join(dir, 'robots.txt'), 'utf8');
      const site = /^Sitemap:\s*(\S+)sitemap\.xml\s*$/m.exec(robots)?.[1];
      expect(site, 'robots.txt names the sitemap').toBeTruthy();
      // An address as the local server knows it, or null when it is not the site's.
      const internal = (address: string) => {
        const url = address.startsWith(site!) ? local + address.slice(site!.length) : address;
        return url.startsWith(local) || url === build.origin + build.base.replace(/\/$/, '') ? url : null;
      };

      // Each page at the address a host serves it from, with what it points to.
      const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/'));
      const served = (file: string) =>
        local + (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file === '404.html' ? file : file.replace(/\.html$/, ''));
      const links: { from: string; to: string }[] = [];
      const ids = new Map<string, Set<string>>();
      for (const file of files.filter((f) => f.endsWith('.html'))) {
        const from = served(file);
        await page.goto(from);
        const found = await page.evaluate(() => {
          const out: string[] = [];
          const resolve = (u: string) => new URL(u, document.baseURI).href;
          for (const e of document.querySelectorAll('[href]:not(base)')) out.push(resolve(e.getAttribute('href')!));
          for (const e of document.querySelectorAll('[src]')) out.push(resolve(e.getAttribute('src')!));
          for (const e of document.querySelectorAll('[srcset]'))
            for (const candidate of e.getAttribute('srcset')!.split(','))
              if (candidate.trim()) out.push(resolve(candidate.trim().split(/\s+/)[0]));
          for (const e of document.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')) {
            const content = e.getAttribute('content') || '';
            if (/^https?:\/\//.test(content)) out.push(content);
          }
          const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
          return { out, ids };
        });
        ids.set(from.split(/[?#]/)[0], new Set(found.ids));
        for (const to of found.out) links.push({ from: file, to });
      }
      // The sitemap's and the feeds' addresses, and the manifest's icons.
      for (const file of files.filter((f) => f.endsWith('.xml'))) {
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        for (const m of text.matchAll(/(?:<loc>|href=")(https?:\/\/[^"<]+)/g)) links.push({ from: file, to: m[1].replace(/&amp;/g, '&') });
      }
      for (const file of files.filter((f) => f.endsWith('.webmanifest'))) {
        const manifest = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
        const at = local + file;
        for (const icon of manifest.icons ?? []) links.push({ from: file, to: new URL(icon.src, at).href });
        if (manifest.start_url) links.push({ from: file, to: new URL(manifest.start_url, at).href });
      }

      const broken: string[] = [];
      const status = new Map<string, number>();
      let checked = 0;
      for (const { from, to } of links) {
        const url = internal(to);
        if (!url) continue;
        checked += 1;
        const [address, fragment] = url.split('#');
        const bare = address.split('?')[0];
        if (!status.has(bare)) status.set(bare, (await request.get(bare, { maxRedirects: 0 })).status());
        if (status.get(bare) !== 200) broken.push(`${from} → ${to}: HTTP ${status.get(bare)}`);
        else if (fragment && ids.has(bare) && !ids.get(bare)!.has(decodeURIComponent(fragment))) broken.push(`${from} → ${to}: no element #${fragment}`);
      }
      expect(broken, `${checked} internal links checked`).toEqual([]);
      // The check saw the pages, the assets and the SEO files, not an empty folder.
      expect(ids.size).toBeGreaterThanOrEqual(10);
      expect(checked).toBeGreaterThan(200);
    });
  }
});
