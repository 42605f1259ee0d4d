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
