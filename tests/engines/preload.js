// Runs first in every page the site serves to WebKit (inject.mjs puts it at the top of <head>),
// because WebKitGTK's WebDriver has no BiDi to run a script before the page's own:
// - console errors, uncaught exceptions and unhandled rejections are kept in sessionStorage
//   (so they survive a full page load) for the journeys to read back;
// - when the journey set the cookie engine-clock=<ms>, `Date` answers that moment (fixed-clock.js).
(() => {
  const KEY = 'engine-errors';
  const keep = (text) => {
    try {
      const list = JSON.parse(sessionStorage.getItem(KEY) || '[]');
      list.push(`${text} (at ${location.pathname}${location.search})`);
      sessionStorage.setItem(KEY, JSON.stringify(list));
    } catch {
      // storage unavailable: nothing to keep it in
    }
  };
  const original = console.error.bind(console);
  console.error = (...args) => {
    keep(args.map(String).join(' '));
    original(...args);
  };
  addEventListener('error', (e) => keep(`uncaught: ${e.message}`));
  addEventListener('unhandledrejection', (e) => keep(`unhandled rejection: ${e.reason}`));

  // installFixedClock comes from fixed-clock.js, which inject.mjs serves in front of this file.
  const clock = document.cookie.match(/(?:^|; )engine-clock=(\d+)/);
  if (clock) installFixedClock(Number(clock[1]));
})();
