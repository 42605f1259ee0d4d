import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath, portalPort, sitePort } from './chromium.mjs';

// End-to-end tests run against the release build (../../dist), served by server.mjs the way a
// static host serves it: real files, index.html for unknown paths. A second build under the
// sub-path /portal/ (../../dist-portal) checks deployments in a sub-folder.
// Chromium is launched as chromium.mjs says.

export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // list for people; json for the one-line summary scripts/test.sh prints at the end; JUnit XML
  // for CI to keep as the run's report (results/ is git-ignored).
  reporter: [['list'], ['json', { outputFile: 'results/e2e.json' }], ['junit', { outputFile: 'results/e2e.junit.xml' }]],
  use: {
    baseURL: `http://127.0.0.1:${sitePort}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    // The service worker is tested on its own (offline.spec.ts); elsewhere it would answer
    // requests that tests reroute with page.route.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
  webServer: [
    {
      command: `node server.mjs --dir ../../dist --port ${sitePort}`,
      url: `http://127.0.0.1:${sitePort}/robots.txt`,
      reuseExistingServer: false,
    },
    {
      command: `node server.mjs --dir ../../dist-portal --port ${portalPort} --base /portal/`,
      url: `http://127.0.0.1:${portalPort}/portal/robots.txt`,
      reuseExistingServer: false,
    },
  ],
});
