// The fixed clock, in one place for every engine: a function expression, not a module, because
// it runs in the page before the portal. page.mjs hands it to BiDi's script.addPreloadScript
// (Firefox, Chromium); inject.mjs puts it in front of preload.js (WebKit, which has no BiDi).
// Once called, `Date.now()` and `new Date()` answer the moment `ms`, as Playwright's
// clock.setFixedTime does; the portal reads time only through Date.
(function installFixedClock(ms) {
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(ms);
      else super(...args);
    }
    static now() {
      return ms;
    }
  }
  globalThis.Date = FixedDate;
})
