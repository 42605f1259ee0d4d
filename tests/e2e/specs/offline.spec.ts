import { test, expect, open, pages } from './fixtures';
import type { Page } from '@playwright/test';
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { onWrangler, portalOrigin, sitePort, updatePort } from '../chromium.mjs';

// Offline reading: after one visit, the service worker has every page of both languages with
// its content, and a new build deployed between two visits replaces the old one whole.

test.use({ serviceWorkers: 'allow' });
// One after the other, in one worker: they share a port (server.mjs started by the tests).
test.describe.configure({ mode: 'default' });

const repo = path.resolve(__dirname, '../../..');

/** Waits until the service worker controls the page and has precached its whole build;
 *  returns the version the page's worker holds. */
async function workerReady(page: Page, version?: string) {
  await expect
    .poll(
      () =>
        page.evaluate(async (want) => {
          const reg = await navigator.serviceWorker.getRegistration();
          if (!reg?.active || reg.installing || reg.waiting || !navigator.serviceWorker.controller) return false;
          const keys = await caches.keys();
          return want ? keys.includes(`sunny-corner-${want}`) : keys.length > 0;
        }, version),
      { timeout: 60_000 },
    )
    .toBe(true);
}

const versionOf = (dir: string) => fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/const VERSION = '(\w+)'/)![1];

/** Opens every page in both languages and checks it shows its content. */
async function readEverything(page: Page, root: string) {
  for (const lang of ['en', 'fr'] as const) {
    for (const p of pages) {
      await open(page, `${root}/${lang}/${p.slug}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(p[lang]);
      if (p.slug === '') {
        await expect(page.getByRole('heading', { name: lang === 'en' ? 'The key statement' : 'La déclaration clé' })).toBeVisible();
      } else {
        expect(await page.getByRole('main').getByRole('article').count(), `${lang}/${p.slug}`).toBeGreaterThan(30);
      }
    }
  }
}

/** Serves `dir` with server.mjs on a port of its own, so that a test can take the host away:
 *  a real loss of network, which `context.setOffline` alone does not guarantee for a service
 *  worker's own requests. */
async function host(dir: string, base = '/') {
  const server = spawn('node', ['server.mjs', '--dir', dir, '--port', String(updatePort), '--base', base], {
    cwd: path.join(__dirname, '..'),
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${updatePort}`;
  await expect
    .poll(async () => (await fetch(`${origin}${base}robots.txt`).catch(() => null))?.status, { timeout: 10_000 })
    .toBe(200);
  return {
    origin,
    stop: async () => {
      if (server.exitCode !== null || server.signalCode !== null) return;
      const gone = new Promise((resolve) => server.once('exit', resolve));
      server.kill();
      await gone;
    },
  };
}

/** Takes the network away: the host stops and the browser is offline. */
async function goOffline(page: Page, stop: () => Promise<void>, root: string) {
  await stop();
  await page.context().setOffline(true);
  // The host is gone: nothing the worker has not precached can be had any more.
  await expect(fetch(`${root}/robots.txt`)).rejects.toThrow();
}

for (const [dir, base] of [
  ['dist', '/'],
  ['dist-portal', '/portal/'],
] as const) {
  test(`after one visit, every page in both languages opens offline (${base})`, async ({ page }) => {
    test.skip(onWrangler, 'serves the folder itself, to take the host away');
    test.setTimeout(90_000);
    const server = await host(path.join(repo, dir), base);
    const root = `${server.origin}${base.replace(/\/$/, '')}`;
    await open(page, `${root}/fr/faq`);
    await workerReady(page);
    // The worker's scope is the site's base path.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.scope)).toBe(`${root}/`);
    await goOffline(page, server.stop, root);
    await readEverything(page, root);
    // Search and the address it writes still work offline: they run in the page.
    await open(page, `${root}/en/faq?q=virginia`);
    await expect(page.getByRole('main').getByRole('mark').first()).toBeVisible();
    await page.context().setOffline(false);
  });
}

for (const [root, base] of [
  [`http://127.0.0.1:${sitePort}`, '/'],
  [`${portalOrigin}/portal`, '/portal/'],
] as const) {
  test(`the service worker installs the whole build from the host (${base})`, async ({ page }) => {
    test.skip(!onWrangler, 'the offline tests above install it from server.mjs');
    await open(page, `${root}/en/`);
    // Ready means every page and file was fetched with a success status (a failure fails the
    // install), here through Cloudflare's redirects and headers.
    await workerReady(page);
    const cached = await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys())[0]);
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    expect(cached).toEqual(expect.arrayContaining([`${base}`, `${base}en/faq`, `${base}fr/timeline`, `${base}404.html`]));
    expect(cached.some((p) => /\/content\/faq\.[0-9a-f]{16}\.json$/.test(p))).toBe(true);
  });
}

test.describe('a new build deployed between two visits', () => {
  test.skip(onWrangler, 'serves its own copies of the folder with server.mjs');
  test.setTimeout(180_000);

  const work = path.join(__dirname, '..', 'test-results', `update-${updatePort}`);
  const site = path.join(work, 'site');
  const next = path.join(work, 'next');
  const origin = `http://127.0.0.1:${updatePort}`;
  const faq = JSON.parse(fs.readFileSync(path.join(repo, 'dist', 'content', 'faq.json'), 'utf8'));
  const old = faq.entries[0].question;
  const changed = { en: `${old.en} (updated)`, fr: `${old.fr} (mis à jour)` };
  let server: Awaited<ReturnType<typeof host>>;

  test.beforeAll(async () => {
    fs.rmSync(work, { recursive: true, force: true });
    fs.cpSync(path.join(repo, 'dist'), site, { recursive: true });
    // The next build: the first FAQ question edited in the content and in the pages, then the
    // folder finished again as `make dist` finishes it (new hashed names, a new worker).
    fs.cpSync(path.join(repo, 'dist'), next, { recursive: true });
    faq.entries[0].question = changed;
    fs.writeFileSync(path.join(next, 'content', 'faq.json'), JSON.stringify(faq, null, 2));
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const lang of ['en', 'fr'] as const) {
      const file = path.join(next, lang, 'faq.html');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replaceAll(escape(old[lang]), escape(changed[lang])));
    }
    execFileSync('cargo', ['run', '--quiet', '--bin', 'deploy', '--', next], {
      cwd: repo,
      env: { ...process.env, PUBLIC_URL: '/' },
      stdio: 'inherit',
    });
    server = await host(site);
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test('the next online visit shows the new build whole, and then so does every offline visit', async ({ page }) => {
    const before = versionOf(site);
    const after = versionOf(next);
    expect(after).not.toBe(before);
    const question = (lang: 'en' | 'fr', text: string) =>
      page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('button', { name: text, exact: true });

    await open(page, `${origin}/en/faq`);
    await workerReady(page, before);
    await expect(question('en', old.en)).toBeVisible();

    // Deploy: the host's folder is replaced by the next build.
    fs.rmSync(site, { recursive: true });
    fs.cpSync(next, site, { recursive: true });

    // The next visit, online: every file it loads belongs to the new build.
    const loaded: string[] = [];
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (url.origin === origin && r.request().resourceType() !== 'document') loaded.push(url.pathname);
    });
    await open(page, `${origin}/en/faq`);
    await expect(question('en', changed.en)).toBeVisible();
    await expect(question('en', old.en)).toHaveCount(0);
    expect(loaded.some((p) => /\/content\/faq\.[0-9a-f]{16}\.json$/.test(p))).toBe(true);
    for (const p of loaded) expect(fs.existsSync(path.join(next, p)), `${p} is part of the new build`).toBe(true);

    // The new worker has taken over; offline, every page is the new build's.
    await workerReady(page, after);
    expect(await page.evaluate(() => caches.keys())).toContain(`sunny-corner-${after}`);
    await goOffline(page, server.stop, origin);
    await readEverything(page, origin);
    for (const lang of ['en', 'fr'] as const) {
      await open(page, `${origin}/${lang}/faq`);
      await expect(question(lang, changed[lang])).toBeVisible();
      await expect(question(lang, old[lang])).toHaveCount(0);
    }
    await page.context().setOffline(false);
  });
});
