// The three engines and how each is driven: Debian's browsers, each behind its own WebDriver
// server, on 127.0.0.1 only (ports 4181-4189; the site itself is served on 4180).
// Nothing here downloads a browser or a driver: a missing one is a clear error naming the
// package that provides it (scripts/setup.sh installs them).
import { chromiumArgs, chromiumPath } from '../e2e/chromium.mjs';

// ENGINES_PORT moves the whole range, to run two checkouts side by side.
const BASE = Number(process.env.ENGINES_PORT || 4180);
export const SITE_PORT = BASE;
/** The same site with preload.js in every page, for engines without BiDi (inject.mjs). */
export const INJECTED_SITE_PORT = BASE + 6;

export const engines = {
  webkit: {
    label: 'WebKit (WebKitGTK MiniBrowser)',
    port: BASE + 1,
    // WebKitGTK needs a display even for automation: xvfb-run gives it a virtual one (-a: the
    // first free display number, so parallel runs do not collide).
    command: (port) => ['xvfb-run', ['-a', '-s', '-screen 0 1920x1080x24', 'WebKitWebDriver', `--port=${port}`]],
    needs: { 'xvfb-run': 'Debian package xvfb', WebKitWebDriver: 'Debian package webkit2gtk-driver' },
    capabilities: ({ javascript }) => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        // Full-screen mode drops MiniBrowser's toolbar, whose buttons otherwise keep the
        // window at least 447 px wide: with it, the window can be a 360 px phone.
        // --enable-javascript=false turns the page's scripts off and shows <noscript>, while the
        // driver's own scripts still run (--enable-javascript-markup=false would leave
        // <noscript> hidden).
        args: ['--automation', '--full-screen', ...(javascript ? [] : ['--enable-javascript=false'])],
      },
    }),
    // WebKitGTK 2.50's driver refuses `webSocketUrl` ("Failed to match capabilities"): no
    // WebDriver BiDi. So WebKit visits the site through inject.mjs, which runs preload.js
    // before the portal: it keeps console errors and installs a fixed clock when asked.
    bidi: false,
    injected: true,
  },
  firefox: {
    label: 'Firefox ESR (headless)',
    port: BASE + 2,
    // geckodriver's BiDi WebSocket defaults to 9222, which Chromium tools also use.
    command: (port) => ['geckodriver', ['--host', '127.0.0.1', `--port=${port}`, '--websocket-port', String(port + 1)]],
    needs: { geckodriver: 'cargo install geckodriver --locked', 'firefox-esr': 'Debian package firefox-esr' },
    capabilities: ({ javascript }) => ({
      browserName: 'firefox',
      webSocketUrl: true,
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: {
          // The root redirects by browser language: make it English, as in the Playwright suite.
          'intl.accept_languages': 'en-US',
          'intl.locale.requested': 'en-US',
          // These machines reach only the package registries: no update, telemetry or
          // safe-browsing traffic.
          'app.update.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          // The page's scripts only; the driver's still run. (Firefox 153 has no BiDi
          // emulation.setScriptingEnabled.)
          'javascript.enabled': javascript,
          // Scrollbars over the page, as on a phone (and as in the two other engines here),
          // rather than a 12 px gutter taken from the viewport's width.
          'ui.useOverlayScrollbars': 1,
        },
      },
    }),
    bidi: true,
  },
  chromium: {
    label: 'Chromium (headless)',
    port: BASE + 4,
    command: (port) => ['chromedriver', [`--port=${port}`, '--allowed-ips=127.0.0.1']],
    needs: { chromedriver: 'Debian package chromium-driver' },
    capabilities: ({ javascript }) => ({
      browserName: 'chrome',
      webSocketUrl: true,
      'goog:chromeOptions': {
        binary: chromiumPath,
        args: [...chromiumArgs, '--headless=new', '--lang=en-US', '--hide-scrollbars'],
        // The content setting a visitor would use: the page's scripts are blocked, the driver's
        // still run.
        ...(javascript ? {} : { prefs: { 'profile.managed_default_content_settings.javascript': 2 } }),
      },
    }),
    bidi: true,
  },
};
