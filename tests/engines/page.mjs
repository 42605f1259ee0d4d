// One browser session per engine, with what the journeys need on top of plain WebDriver:
// finding things the way a person or a screen reader does (role, accessible name, visible
// text), waiting for the page to catch up, a fixed clock, console errors, viewports and
// screenshots. The same calls work in every engine; where an engine lacks a WebDriver
// feature (WebKitGTK has no BiDi) the difference is handled here, once, and said in a comment.
import { Builder, Key } from 'selenium-webdriver';
import WebSocket from 'ws';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { engines } from './engines.mjs';

const TIMEOUT = 10_000;

/** Runs in the page: the elements matching a role and an accessible name, visible ones only.
 *  A small subset of the ARIA rules, enough for this portal's markup: explicit roles, the
 *  implicit roles of the HTML elements it uses, names from aria-labelledby, aria-label, a
 *  <label for>, or the text content (skipping aria-hidden parts). */
function inPageQuery(spec, scope) {
  const implicit = (el) => {
    const tag = el.localName;
    if (/^h[1-6]$/.test(tag)) return 'heading';
    switch (tag) {
      case 'a':
        return el.hasAttribute('href') ? 'link' : null;
      case 'button':
      case 'summary':
        return 'button';
      case 'input':
        return el.type === 'search' ? 'searchbox' : el.type === 'checkbox' ? 'checkbox' : 'textbox';
      case 'nav':
        return 'navigation';
      case 'main':
        return 'main';
      case 'header':
        return el.closest('article, aside, main, nav, section') ? null : 'banner';
      case 'footer':
        return el.closest('article, aside, main, nav, section') ? null : 'contentinfo';
      case 'section':
        return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : null;
      case 'mark':
        return 'mark';
      case 'article':
        return 'article';
      case 'li':
        return 'listitem';
      case 'ul':
      case 'ol':
        return 'list';
      case 'time':
        return 'time';
      default:
        return null;
    }
  };
  const roleOf = (el) => (el.getAttribute('role') || '').split(' ')[0] || implicit(el);
  // Hidden as the accessibility tree sees it: aria-hidden, or not rendered. The `hidden`
  // attribute counts only through its style, since a stylesheet may show it (the FAQ's answers
  // without JavaScript).
  const hidden = (el) => {
    for (let e = el; e; e = e.parentElement) {
      if (e.getAttribute('aria-hidden') === 'true') return true;
    }
    const style = getComputedStyle(el);
    return style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0;
  };
  const squash = (s) => s.replace(/\s+/g, ' ').trim();
  const textOf = (node) => {
    if (node.nodeType === 3) return node.data;
    if (node.nodeType !== 1) return '';
    if (node.getAttribute('aria-hidden') === 'true') return '';
    if (getComputedStyle(node).display === 'none') return '';
    return [...node.childNodes].map(textOf).join('');
  };
  const nameOf = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return squash(by.split(/\s+/).map((id) => document.getElementById(id)?.textContent || '').join(' '));
    if (el.hasAttribute('aria-label')) return squash(el.getAttribute('aria-label'));
    if (el.localName === 'input' && el.id) {
      const label = document.querySelector(`label[for="${CSS.escape(el.id)}"]`);
      if (label) return squash(label.textContent);
    }
    return squash(textOf(el));
  };
  const matches = (value, want) => {
    if (want === undefined || want === null) return true;
    if (typeof want === 'string') return value === want;
    return new RegExp(want.source, want.flags).test(value);
  };
  const roots = scope ? [scope] : [document.documentElement];
  const out = [];
  for (const root of roots) {
    for (const el of root.querySelectorAll('*')) {
      if (spec.role && roleOf(el) !== spec.role) continue;
      if (spec.level && el.localName !== `h${spec.level}`) continue;
      if (!spec.includeHidden && hidden(el)) continue;
      if (!matches(spec.role ? nameOf(el) : squash(textOf(el)), spec.name)) continue;
      // For text searches, the innermost element with that text, as a person would point at.
      if (!spec.role && [...el.children].some((c) => matches(squash(textOf(c)), spec.name))) continue;
      out.push(el);
    }
  }
  return out;
}

/** The fixed clock (fixed-clock.js), run in the page before the app through BiDi; preload.js
 *  uses the same file where there is no BiDi. */
const fixedClock = fs.readFileSync(path.join(import.meta.dirname, 'fixed-clock.js'), 'utf8').trim();

const serialise = (want) =>
  want instanceof RegExp ? { source: want.source, flags: want.flags } : want;

/** Starts a session, giving up on an attempt that has not answered within a minute and trying
 *  once more: on the loaded 2-core machine WebKitGTK once never answered a new-session request,
 *  which hung the whole step. A hung attempt that answers late is closed. */
async function newSession(engine, build, attempts = 2, timeout = 60_000) {
  for (let attempt = 1; ; attempt++) {
    const pending = build();
    let timer;
    const late = new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`${engine}: no session within ${timeout / 1000} s`)), timeout);
    });
    try {
      return await Promise.race([pending, late]);
    } catch (e) {
      pending.then((d) => d.quit()).catch(() => {});
      if (attempt >= attempts) throw e;
      console.warn(`${e.message}; trying again`);
    } finally {
      clearTimeout(timer);
    }
  }
}

export class Page {
  /** A new session in `engine`, against the site (`site.plain`, or `site.injected` for engines
   *  without BiDi). With `javascript: false` the page's own scripts are off (the driver's
   *  still run), as for a visitor who turned JavaScript off; preload.js cannot run then, so the
   *  site is visited as it is. */
  static async open(engine, site, { javascript = true } = {}) {
    const def = engines[engine];
    const base = def.injected && javascript ? site.injected : site.plain;
    const url = process.env[`ENGINE_DRIVER_${engine.toUpperCase()}`] || `http://127.0.0.1:${def.port}`;
    const driver = await newSession(engine, () =>
      new Builder().usingServer(url).withCapabilities(def.capabilities({ javascript })).build(),
    );
    const page = new Page(engine, def, driver, base);
    page.javascript = javascript;
    if (def.bidi) await page.#connectBidi();
    await driver.manage().setTimeouts({ script: 15_000, pageLoad: 30_000 });
    return page;
  }

  constructor(engine, def, driver, base) {
    this.engine = engine;
    this.def = def;
    this.driver = driver;
    this.base = base;
    this.errors = [];
    this.allowed = [];
    this.clock = null;
    this.preload = null;
  }

  async #connectBidi() {
    const caps = await this.driver.getCapabilities();
    const ws = new WebSocket(caps.get('webSocketUrl').replace('localhost', '127.0.0.1'));
    await new Promise((ok, fail) => {
      ws.once('open', ok);
      ws.once('error', fail);
    });
    this.ws = ws;
    this.nextId = 0;
    this.pending = new Map();
    ws.on('message', (data) => {
      const msg = JSON.parse(data);
      if (msg.id && this.pending.has(msg.id)) {
        const { ok, fail } = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.type === 'error') fail(new Error(`BiDi ${msg.error}: ${msg.message}`));
        else ok(msg.result);
      } else if (msg.method === 'log.entryAdded') {
        const e = msg.params;
        if (e.level === 'error') this.errors.push(e.type === 'javascript' ? `uncaught: ${e.text}` : e.text);
      }
    });
    await this.bidi('session.subscribe', { events: ['log.entryAdded'] });
  }

  bidi(method, params) {
    const id = ++this.nextId;
    this.ws.send(JSON.stringify({ id, method, params }));
    return new Promise((ok, fail) => this.pending.set(id, { ok, fail }));
  }

  /** Back to a first visit: no saved language, the real clock, a desktop window, no errors. */
  async reset() {
    await this.goto('/robots.txt', { app: false });
    await this.driver.executeScript('localStorage.clear(); sessionStorage.clear();');
    if (!this.def.bidi) await this.driver.manage().deleteCookie('engine-clock');
    await this.useClock(null);
    await this.setViewport(1280, 900);
    this.errors = [];
    this.allowed = [];
  }

  /** Console errors matching `pattern` are expected in this journey. */
  allow(pattern) {
    this.allowed.push(pattern);
  }

  /** Fails when the browser logged an error or an exception escaped since the last reset. */
  async assertNoConsoleErrors() {
    // BiDi log events come over the WebSocket on their own time: give the last ones a moment.
    if (this.def.bidi) await new Promise((r) => setTimeout(r, 150));
    await this.#collect();
    const unexpected = this.errors.filter((e) => !this.allowed.some((p) => p.test(e)));
    assert.deepEqual(unexpected, [], `console errors in ${this.engine}`);
  }

  async #collect() {
    if (this.def.bidi) return;
    // preload.js keeps them in sessionStorage, which outlives each page load of the visit.
    const found = await this.driver.executeScript(
      "if (!location.protocol.startsWith('http')) return []; const e = JSON.parse(sessionStorage.getItem('engine-errors') || '[]'); sessionStorage.removeItem('engine-errors'); return e;",
    );
    this.errors.push(...found);
  }

  /** From the next page load on, `Date` says `iso` (null: the real clock). */
  async useClock(iso) {
    this.clock = iso ? new Date(iso).getTime() : null;
    if (!this.def.bidi) {
      // preload.js reads this cookie before the portal starts.
      if (this.clock !== null) await this.driver.manage().addCookie({ name: 'engine-clock', value: String(this.clock), path: '/' });
      return;
    }
    if (this.preload) {
      await this.bidi('script.removePreloadScript', { script: this.preload });
      this.preload = null;
    }
    if (this.clock !== null) {
      const { script } = await this.bidi('script.addPreloadScript', {
        functionDeclaration: `() => ${fixedClock}(${this.clock})`,
      });
      this.preload = script;
    }
  }

  /** Opens a path of the site and, for app pages, waits until the portal has rendered its
   *  frame and nothing is still loading. */
  async goto(pathAndQuery, { app = true } = {}) {
    await this.#collect();
    await this.driver.get(this.base + pathAndQuery);
    if (app) await this.ready();
  }

  /** Waits until the app has taken over the pre-rendered page (`<html data-app="ready">`:
   *  before that, a click on the static page does nothing), or the page stands by without it
   *  (`standby`: the home page, whole without the app, `public/boot.js`); and until the main
   *  landmark shows and no part of the page says it is loading. */
  async ready() {
    await this.waitFor(async () => {
      const state = await this.driver.executeScript(`
        const main = document.querySelector('main');
        const text = main ? main.innerText : '';
        return {
          app: ['ready', 'standby'].includes(document.documentElement.dataset.app),
          main: !!main,
          loading: /Loading…|Chargement…/.test(text),
          h1: !!document.querySelector('h1'),
        };`);
      return state.app && state.main && state.h1 && !state.loading;
    }, 'the app to take over and finish loading');
    // A page with controls stands by until the visitor reaches for one (public/boot.js): a key
    // pressed starts the app, as a visitor's would. The journeys test the app's pages; the
    // standby journeys open the page with `goto(path, { app: false })`.
    const waiting = await this.driver.executeScript(`
      return document.documentElement.dataset.app === 'standby' &&
        !!document.querySelector('[data-standby] :is(button, input, select, textarea, [data-control])');`);
    if (waiting) {
      await this.driver.actions().keyDown(Key.SHIFT).keyUp(Key.SHIFT).perform();
      await this.waitFor(
        async () => (await this.driver.executeScript('return document.documentElement.dataset.app')) === 'ready',
        'the app to start on a key pressed',
      );
    }
  }

  async reload() {
    await this.driver.navigate().refresh();
    await this.ready();
  }

  async back() {
    await this.driver.navigate().back();
  }

  /** The current address without the origin. */
  async path() {
    const url = new URL(await this.driver.getCurrentUrl());
    return url.pathname + url.search + url.hash;
  }

  async expectPath(pattern, message) {
    await this.waitFor(async () => pattern.test(await this.path()), message || `address to match ${pattern}`);
  }

  /** All visible elements matching `{ role, name, level }` (or `{ name }` alone: by visible
   *  text), optionally inside `within` (an element). */
  async all(spec, within = null) {
    return this.driver.executeScript(
      `return (${inPageQuery})(arguments[0], arguments[1]);`,
      { ...spec, name: serialise(spec.name) },
      within,
    );
  }

  /** The one element matching `spec`, once it is there (the first, if several). */
  async find(spec, within = null) {
    let found = [];
    await this.waitFor(async () => (found = await this.all(spec, within)).length > 0, `${describe(spec)} to appear`);
    return found[0];
  }

  async click(spec, within = null) {
    const el = spec.getId ? spec : await this.find(spec, within);
    await this.driver.executeScript('arguments[0].scrollIntoView({ block: "center" });', el);
    // A link on a page that stands by without the app (the home page) is a full page load, and
    // the next page's app then takes its pre-rendered copy over: wait for that, so that no
    // element found in between goes stale.
    const leaves = await this.driver.executeScript(
      `const a = arguments[0].closest('a[href]');
       const leaves = document.documentElement.dataset.app === 'standby' && !!a &&
         !a.hasAttribute('download') && !a.getAttribute('href').startsWith('#');
       if (leaves) window.__leaving = true;
       return leaves;`,
      el,
    );
    await el.click();
    if (leaves) {
      await this.waitFor(async () => !(await this.driver.executeScript('return window.__leaving === true')), 'the next page to load');
      await this.ready();
    }
    return el;
  }

  async count(spec, within = null) {
    return (await this.all(spec, within)).length;
  }

  async expectCount(spec, n, within = null) {
    let last;
    await this.waitFor(async () => (last = await this.count(spec, within)) === n, () => `${describe(spec)} ×${n} (saw ${last})`);
  }

  /** The text a person reads, whitespace squashed. */
  /** The element's text as shown. An element off screen in a list whose items skip their
   *  layout (`content-visibility: auto`) is not rendered, and its `innerText` is empty: its text
   *  content stands in then. */
  async text(el) {
    const text = await this.driver.executeScript(
      `const el = arguments[0];
       const skipped = el.checkVisibility && !el.checkVisibility({ contentVisibilityAuto: true }) && el.checkVisibility();
       return skipped ? el.textContent : el.innerText;`,
      el,
    );
    return text.replace(/\s+/g, ' ').trim();
  }

  async expectText(el, pattern) {
    let last;
    await this.waitFor(
      async () => (typeof pattern === 'string' ? (last = await this.text(el)).includes(pattern) : pattern.test((last = await this.text(el)))),
      () => `text ${pattern} (saw “${last?.slice(0, 200)}”)`,
    );
  }

  async attr(el, name) {
    return el.getAttribute(name);
  }

  async expectAttr(el, name, value) {
    let last;
    await this.waitFor(async () => (last = await el.getAttribute(name)) === value, () => `${name}="${value}" (saw ${last})`);
  }

  /** Calls `check` until it returns true, or fails after `timeout` ms saying what it waited for. */
  async waitFor(check, what, timeout = TIMEOUT) {
    const end = Date.now() + timeout;
    let error;
    for (;;) {
      try {
        if (await check()) return;
      } catch (e) {
        error = e;
        if (!/stale|no such element|detached/i.test(String(e?.message || e))) throw e;
      }
      if (Date.now() > end) {
        const said = typeof what === 'function' ? what() : what;
        throw new Error(`${this.engine}: timed out waiting for ${said}${error ? ` (${error.message})` : ''}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async type(el, text) {
    await el.sendKeys(text);
  }

  async clear(el) {
    // WebDriver's clear() fires no input event in some engines; select all and delete does.
    await el.clear();
    await this.driver.executeScript("arguments[0].dispatchEvent(new Event('input', { bubbles: true }));", el);
  }

  async eval(script, ...args) {
    return this.driver.executeScript(script, ...args);
  }

  /** Makes the page's viewport `width`×`height` CSS pixels. With BiDi, directly (headless
   *  Firefox will not make a window narrower than 500 px); else by sizing the window, measured
   *  and corrected once since window chrome differs per engine. */
  async setViewport(width, height) {
    if (this.def.bidi) {
      const { contexts } = await this.bidi('browsingContext.getTree', { maxDepth: 0 });
      await this.bidi('browsingContext.setViewport', { context: contexts[0].context, viewport: { width, height } });
    } else {
      // The window's frame takes some pixels of its own, and WebKitGTK applies a new size
      // asynchronously: innerWidth can still report the old size just after setRect, which once
      // made the correction negative ("Invalid width value"). So: wait until the inner size
      // settles, then correct by the frame's size, a few times if need be.
      const win = this.driver.manage().window();
      const inner = () => this.driver.executeScript('return [innerWidth, innerHeight];');
      const settled = async () => {
        let last = await inner();
        for (let i = 0; i < 20; i++) {
          await new Promise((r) => setTimeout(r, 50));
          const now = await inner();
          if (now[0] === last[0] && now[1] === last[1]) return now;
          last = now;
        }
        return last;
      };
      await win.setRect({ width, height });
      for (let attempt = 0; attempt < 5; attempt++) {
        const [w, h] = await settled();
        if (w === width && h === height) break;
        const rect = await win.getRect();
        await win.setRect({
          width: Math.max(width, rect.width + width - w),
          height: Math.max(height, rect.height + height - h),
        });
      }
    }
    return this.driver.executeScript('return [innerWidth, innerHeight];');
  }

  /** How far the page sticks out sideways past its viewport, in CSS pixels (0: no scroll). */
  async horizontalOverflow() {
    return this.driver.executeScript('return document.documentElement.scrollWidth - document.documentElement.clientWidth;');
  }

  /** A PNG of what the viewport shows into `file`: the same frame in every engine (WebKitGTK's
   *  driver can take no other), so the pictures compare side by side. */
  async screenshot(file) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(await this.driver.takeScreenshot(), 'base64'));
  }

  async close() {
    this.ws?.close();
    await this.driver.quit();
  }
}

function describe(spec) {
  const parts = [spec.role || 'text', spec.level ? `level ${spec.level}` : '', spec.name ? `“${spec.name}”` : ''];
  return parts.filter(Boolean).join(' ');
}
