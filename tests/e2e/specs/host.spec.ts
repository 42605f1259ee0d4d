import { test, expect } from './fixtures';
import type { APIRequestContext } from '@playwright/test';
import { onWrangler, portalOrigin, sitePort } from '../chromium.mjs';

// What a visitor's browser gets from Cloudflare's own runtime (`wrangler pages dev`, started by
// playwright.wrangler.config.ts), which applies the folder's `_headers` and `_redirects` as
// Cloudflare Pages does: the headers, the caching of each kind of file, the media types,
// compression, the not-found status and the redirects. At the root and under /portal/.

test.skip(!onWrangler, 'headers are set by the host: run with playwright.wrangler.config.ts');

const immutable = 'public, max-age=31536000, immutable';

/** The files a page names: trunk's glue, wasm and stylesheet, our loader, the content files. */
async function namedFiles(request: APIRequestContext, origin: string, base: string) {
  const html = await (await request.get(`${origin}${base}en/faq`)).text();
  const attr = (pattern: RegExp) => html.match(pattern)![1];
  const content = html.match(/data-content-files="([^"]+)"/)![1];
  return {
    glue: attr(/data-glue="?([^" >]+)/),
    wasm: attr(/data-wasm="?([^" >]+)/),
    loader: attr(/src="?([^" >]*boot\.[0-9a-f]{16}\.js)/),
    css: attr(/href="?([^" >]*main-[0-9a-f]{12,16}\.css)/),
    content: content.split(' ').map((pair) => `${base}content/${pair.split('=')[1]}`),
  };
}

for (const [origin, base] of [
  [`http://127.0.0.1:${sitePort}`, '/'],
  [portalOrigin, '/portal/'],
] as const) {
  test.describe(`at ${base}`, () => {
    test('pages carry the security headers and are revalidated on every visit', async ({ request }) => {
      for (const path of ['', 'en/', 'fr/faq', 'en/timeline']) {
        const response = await request.get(`${origin}${base}${path}`);
        expect(response.status(), path).toBe(200);
        const h = response.headers();
        expect(h['content-type'], path).toMatch(/^text\/html/);
        expect(h['content-security-policy'], path).toContain("script-src 'self' 'wasm-unsafe-eval'");
        expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
        expect(h['x-content-type-options'], path).toBe('nosniff');
        expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
        expect(h['permissions-policy'], path).toContain('camera=()');
        expect(h['cache-control'], path).toBe('no-cache');
      }
    });

    test('hashed files are cached for a year, immutable, with the right media types', async ({ request }) => {
      const files = await namedFiles(request, origin, base);
      const types: [string, RegExp][] = [
        [files.wasm, /^application\/wasm$/],
        [files.glue, /^(text|application)\/javascript/],
        [files.loader, /^(text|application)\/javascript/],
        [files.css, /^text\/css/],
        ...files.content.map((f): [string, RegExp] => [f, /^application\/json/]),
      ];
      // The four files, and the home page's countdown cut from the timeline.
      expect(files.content).toHaveLength(5);
      for (const [path, type] of types) {
        expect(path, 'a hashed name').toMatch(/[.-][0-9a-f]{12,16}[._]/);
        const response = await request.get(`${origin}${path}`);
        expect(response.status(), path).toBe(200);
        expect(response.headers()['cache-control'], path).toBe(immutable);
        expect(response.headers()['content-type'], path).toMatch(type);
      }
    });

    test('the service worker is revalidated on every visit', async ({ request }) => {
      const response = await request.get(`${origin}${base}sw.js`);
      expect(response.headers()['cache-control']).toBe('no-cache');
      expect(response.headers()['content-type']).toMatch(/javascript/);
    });

    test('the wasm comes brotli-compressed to a browser that asks for it', async ({ request }) => {
      const { wasm } = await namedFiles(request, origin, base);
      const response = await request.get(`${origin}${wasm}`, { headers: { 'accept-encoding': 'br' } });
      expect(response.headers()['content-encoding']).toBe('br');
      // Decoded, it is WebAssembly.
      expect([...(await response.body()).subarray(0, 4)]).toEqual([0, 0x61, 0x73, 0x6d]);
    });

    test('an unknown address is a 404 with the not-found page, and a language folder gets its slash', async ({ request }) => {
      const missing = await request.get(`${origin}${base}en/nowhere`);
      expect(missing.status()).toBe(404);
      expect(await missing.text()).toContain('Page not found');
      const bare = await request.get(`${origin}${base}en`, { maxRedirects: 0 });
      expect([301, 308]).toContain(bare.status());
      expect(new URL(bare.headers()['location'], origin).pathname).toBe(`${base}en/`);
    });
  });
}
