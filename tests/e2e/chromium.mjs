// How every browser run here launches Chromium: Debian's build (never `npx playwright install`),
// or CHROME_PATH; as root without a sandbox; and with the background traffic switched off,
// since these machines reach only the package registries.
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

// The ports the e2e servers listen on: E2E_PORT for the root build, the next one for the build
// under /portal/. Set E2E_PORT to run two checkouts' suites side by side.
// With E2E_HOST=wrangler (playwright.wrangler.config.ts) the same suite runs against
// Cloudflare's own runtime on the two ports after those; the update test's server takes the
// fifth.
export const onWrangler = process.env.E2E_HOST === 'wrangler';
const firstPort = Number(process.env.E2E_PORT || 4173);
export const sitePort = firstPort + (onWrangler ? 2 : 0);
export const portalPort = sitePort + 1;
export const updatePort = firstPort + 4;
export const portalOrigin = `http://127.0.0.1:${portalPort}`;
