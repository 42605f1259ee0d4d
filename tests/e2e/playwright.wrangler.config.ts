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
  // All but the specs that read only the DOM, with every request they break intercepted by the
  // browser, so the host has no part in them: the axe scans (in two full runs, three of their
  // page loads also hung on wrangler's dev server), the keyboard and reflow journeys, the
  // hostile content and the content-fault matrix. They are also the slowest specs.
  testIgnore: [
    '**/a11y.spec.ts',
    '**/keyboard.spec.ts',
    '**/reflow.spec.ts',
    '**/hostile.spec.ts',
    '**/faults.spec.ts',
    '**/faults-app.spec.ts',
  ],
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
