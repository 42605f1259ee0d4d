import { defineConfig } from '@playwright/test';
import base from './playwright.config';
import { onWrangler, portalPort, sitePort } from './chromium.mjs';

// The same suite against Cloudflare's own runtime (`wrangler pages dev`, see host.mjs), which
// applies the folder's `_headers` and `_redirects` as Cloudflare Pages does, plus the header
// checks of host.spec.ts. Run as `E2E_HOST=wrangler npx playwright test -c playwright.wrangler.config.ts`
// (scripts/test.sh does).
if (!onWrangler) throw new Error('set E2E_HOST=wrangler, so that the specs use the wrangler ports');

export default defineConfig({
  ...base,
  // All but the axe scans: they read the DOM, which does not depend on the host, and are the
  // slowest spec (3.7 min here). In two full runs, three of their page loads also hung on
  // wrangler's dev server (`load` never fired; they pass when run again).
  testIgnore: ['**/a11y.spec.ts'],
  outputDir: './test-results/wrangler',
  reporter: [
    ['list'],
    ['json', { outputFile: 'results/e2e-wrangler.json' }],
    ['junit', { outputFile: 'results/e2e-wrangler.junit.xml' }],
  ],
  use: { ...base.use, baseURL: `http://127.0.0.1:${sitePort}` },
  webServer: [
    {
      command: `node host.mjs --dir ../../dist --port ${sitePort}`,
      url: `http://127.0.0.1:${sitePort}/robots.txt`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `node host.mjs --dir ../../dist-portal --port ${portalPort} --base /portal/`,
      url: `http://127.0.0.1:${portalPort}/portal/robots.txt`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
