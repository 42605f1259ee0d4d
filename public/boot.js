// Starts the portal without any inline script, so that the Content-Security-Policy can forbid
// them all: imports trunk's JS glue and instantiates the wasm, both named (with their hashes) by
// this tag's data attributes, which trunk writes (`pattern_script` in Trunk.toml). In the
// release build (`make dist`) the tag also names the service worker that keeps every page
// readable offline (`data-sw`); `make serve` has none.
//
// A page marked `data-standby` does not start the app while it can do without, and then
// on the visitor's first reach for a control: see the end of this file.
//
// It also says so when the app cannot run: if the wasm or its glue fails to load (a failed or
// truncated download), the pre-rendered page stays as it is with a short notice; if the app
// stops later (a panic, reported by its hook as the `sunny-corner:fault` event, or an abort that
// reaches here as an uncaught exception), the page is left as it was with a notice and a way
// home. The words are here, not in the wasm, because the wasm may be what is missing.
const tag = document.querySelector('script[data-glue]');

const words = {
  en: {
    start: 'Interactive features are unavailable: this page’s program could not be loaded. Everything on the page stays readable.',
    fault: 'Something went wrong, and this page stopped responding.',
    home: 'Back to the home page',
  },
  fr: {
    start: 'Les fonctions interactives sont indisponibles : le programme de cette page n’a pas pu être chargé. Tout ce qui est sur la page reste lisible.',
    fault: 'Un problème est survenu, et cette page ne répond plus.',
    home: 'Retour à l’accueil',
  },
};

/** Shows one notice (the first problem is the one worth telling) at the top of the page. */
function notice(kind) {
  if (document.querySelector('[data-fault]')) return;
  const lang = document.documentElement.lang.startsWith('fr') ? 'fr' : 'en';
  const box = document.createElement('div');
  box.className = 'fault-notice';
  box.setAttribute('role', 'alert');
  box.dataset.fault = kind;
  const text = document.createElement('p');
  text.textContent = words[lang][kind];
  box.append(text);
  if (kind === 'fault') {
    // A full page load: the app that stopped cannot be trusted to navigate.
    const home = document.createElement('a');
    home.href = new URL(`${lang}/`, document.baseURI).href;
    home.rel = 'external'; // past the router's click handler
    home.textContent = words[lang].home;
    const line = document.createElement('p');
    line.append(home);
    box.append(line);
  }
  const main = document.getElementById('main');
  if (main) main.prepend(box);
  else document.body.prepend(box);
}

// The skip link leads to this page's own `#main` (a bare "#main" would resolve against the
// site's `<base>`): the 404 page, built once for every address it answers, learns its address
// here (`components/layout.rs`).
const skip = document.querySelector('a.skip-link[href="#main"]');
if (skip) skip.setAttribute('href', `${location.pathname}${location.search}#main`);

window.addEventListener('sunny-corner:fault', () => notice('fault'));
window.addEventListener('error', () => notice('fault'));
window.addEventListener('unhandledrejection', () => notice('fault'));

// The language switch names where the choice is remembered (`data-remember`); the choice is
// written here, on the click, so that it is kept on a page that runs without the app too.
document.addEventListener('click', (e) => {
  const link = e.target instanceof Element ? e.target.closest('a[data-remember]') : null;
  if (!link) return;
  try {
    localStorage.setItem(link.dataset.remember, link.hreflang);
  } catch {
    // storage refused (private browsing): the choice is simply not kept
  }
});

// Nothing is downloaded for the app until the page has painted: the pre-rendered page is what
// the visitor reads first, and on a slow link the wasm (the largest file by far) would otherwise
// share the line with the page's HTML and CSS. The browser says when it has painted text
// (Paint Timing's first-contentful-paint); an engine that does not say gets a second after its
// first frame. It starts at once where there is nothing to wait for: a page opened in a
// background tab paints nothing until it is shown, and `trunk serve`'s page (no pre-rendered
// `#main`) is empty until the app runs.
const painted = new Promise((painted) => {
  const fcp = (entries) => entries.some((e) => e.name === 'first-contentful-paint');
  if (
    document.visibilityState === 'hidden' ||
    !document.getElementById('main') ||
    fcp(performance.getEntriesByType('paint'))
  ) {
    painted();
    return;
  }
  try {
    new PerformanceObserver((list, observer) => {
      if (fcp(list.getEntries())) {
        observer.disconnect();
        painted();
      }
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // no Paint Timing: the timer below
  }
  requestAnimationFrame(() => setTimeout(painted, 1000));
});

/** The service worker, which keeps every page readable offline, once the page has what it
 *  needs first. */
function offline() {
  if (tag.dataset.sw && 'serviceWorker' in navigator) {
    // Its scope is its folder: the site's base path (`/` or `/portal/`).
    navigator.serviceWorker
      .register(tag.dataset.sw)
      .catch((e) => console.warn(`offline reading is unavailable: ${e}`));
  }
}

let starting = null;
/** Starts the app, once: the page's chunks and content files (held in an inert template by the
 *  pre-render, `prerender::after_first_paint`; moving them into the head starts their
 *  preloads), the wasm, and the JS glue that instantiates it, all at once after the paint. */
function start() {
  starting ??= (async () => {
    document.documentElement.dataset.app = 'starting'; // no longer on standby
    await painted;
    const later = document.getElementById('preload-after-paint');
    if (later) document.head.append(later.content);
    try {
      const wasm = fetch(tag.dataset.wasm);
      wasm.catch(() => {}); // its failure is init's to report, below
      const { default: init } = await import(tag.dataset.glue);
      await init({ module_or_path: wasm });
    } catch (e) {
      console.warn(`the app could not start: ${e}`);
      notice('start');
    }
    offline();
  })();
  return starting;
}

// A page marked `data-standby` is whole without the app: the home page, and the FAQ, articles
// and timeline pages as built (no query or fragment that asks for more: the page lists the keys
// it reads in the attribute, `Page::state_keys`). Its live parts are kept up to date here: the
// countdown, counted on from the numbers the pre-render wrote (`data-count`,
// `components/countdown.rs`) for as long as the card keeps the shape it was rendered with
// (`data-shape`, `timeline::shape_span`), and the timeline's "today" marker (`placeToday`).
// The app starts when the card would change shape (a deadline passes, a new step is dated), at
// once if the page is read outside that span (a clock set before the build, a page long
// cached), and on a page with controls that need it (search boxes, buttons: `CONTROLS`) as soon
// as the visitor reaches for one: a pointer over or on it, a touch, the focus, a key. A click
// made before the app runs is clicked again once it does (`replay`).
const CONTROLS = 'button, input, select, textarea, [data-control]';
const standby = document.querySelector('[data-standby]');
const query = new URLSearchParams(location.search);
// The 404 page (`data-pages`: every page's own address) needs the app where the host answered
// another form of a page's address with it (`/en/faq/`, `/en/faq.html`), which the app shows as
// that page (`routes::canonical_path`), or an address in the other language (a host with one
// 404 page for all).
function notFoundNeedsApp(page) {
  const base = new URL(document.baseURI).pathname;
  const path = location.pathname.startsWith(base) ? `/${location.pathname.slice(base.length)}` : location.pathname;
  const trimmed = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path.replace(/\.html$/, '');
  const pages = page.dataset.pages.split(' ');
  const lang = path.split('/')[1];
  return (
    [trimmed, trimmed.replace(/\/$/, ''), `${trimmed}/`].some((p) => pages.includes(p)) ||
    (['en', 'fr'].includes(lang) && lang !== document.documentElement.lang)
  );
}
const asksForMore = (page) =>
  (page.dataset.pages !== undefined && notFoundNeedsApp(page)) ||
  page.dataset.standby
    .split(' ')
    .some((key) => (key === '#' ? location.hash.length > 1 : key !== '' && query.has(key)));

/** The day in the US Eastern time zone, `YYYY-MM-DD`: the timeline's "today" (`eastern_date`). */
function easternDay(t) {
  const parts = {};
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/New_York',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  for (const p of format.formatToParts(new Date(t * 1000))) parts[p.type] = p.value;
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The timeline's "today" marker, where the app puts it (`today_marker`, `year_groups`): in
 *  today's year, before its first later event, in words the page carries (`today_words`). */
function placeToday(t) {
  const events = document.querySelector('[data-today]');
  if (!events) return;
  const day = easternDay(t);
  const old = document.getElementById('today');
  if (old && old.dataset.day === day) return;
  if (old) old.remove();
  const heading = document.getElementById(`year-${day.slice(0, 4)}`);
  const list = heading && heading.parentElement.querySelector('.event-list');
  if (!list) return;
  const { text, first, months } = JSON.parse(events.dataset.today);
  const [year, month, date] = day.split('-').map(Number);
  const marker = document.createElement('li');
  marker.className = 'today-marker';
  marker.id = 'today';
  marker.dataset.day = day;
  const words = document.createElement('span');
  words.textContent = text.replace('{0}', `${date === 1 ? first : date} ${months[month - 1]} ${year}`);
  marker.append(words);
  const later = [...list.children].find((li) => {
    const time = li.querySelector('time[datetime]');
    return time && time.getAttribute('datetime') > day;
  });
  list.insertBefore(marker, later || null);
}

/** Starts the app when the visitor reaches for a control, and clicks again, once it runs, each
 *  control clicked before (found by the nearest id and the path from it, which the app's page
 *  shares with the pre-rendered one; the FAQ's questions are `data-control` text there and
 *  buttons of the same id in the app). A link is left to the browser. */
function replay() {
  const intents = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'];
  const reach = (e) => {
    const target = e.target instanceof Element ? e.target : null;
    if (e.type !== 'keydown' && !(target && target.closest(CONTROLS))) return;
    for (const type of intents) removeEventListener(type, reach, true);
    start();
  };
  for (const type of intents) addEventListener(type, reach, { capture: true, passive: true });

  const clicked = [];
  const missed = (e) => {
    let el = e.target instanceof Element ? e.target.closest(CONTROLS) : null;
    if (!el || el.matches('input, select, textarea') || el.closest('a[href]')) return;
    const path = [];
    while (!el.id && el.parentElement) {
      path.unshift([...el.parentElement.children].indexOf(el));
      el = el.parentElement;
    }
    const key = `${el.id}/${path.join('/')}`;
    if (!clicked.some((c) => c.key === key)) clicked.push({ key, id: el.id, path });
    start();
  };
  addEventListener('click', missed, true);
  addEventListener(
    'sunny-corner:ready',
    () => {
      removeEventListener('click', missed, true);
      for (const { id, path } of clicked) {
        let el = id ? document.getElementById(id) : document.documentElement;
        for (const i of path) el = el && el.children[i];
        if (el) {
          el.focus({ preventScroll: true });
          el.click();
        }
      }
    },
    { once: true },
  );
}

if (standby && !asksForMore(standby)) {
  const now = () => Math.floor(Date.now() / 1000);
  // "FROM UNTIL" in Unix seconds, `-` for an open end.
  const holds = (t) =>
    [...document.querySelectorAll('[data-shape]')].every((card) => {
      const [from, until] = card.dataset.shape.split(' ');
      return (from === '-' || Number(from) <= t) && (until === '-' || t < Number(until));
    });
  let timer = 0;
  const tick = () => {
    clearTimeout(timer);
    if (starting) return;
    const t = now();
    if (!holds(t)) {
      start();
      return;
    }
    placeToday(t);
    for (const count of document.querySelectorAll('[data-count]')) {
      // "until|since AT UNIT_SECS MODULO FORMS": whole units to or from AT, MODULO 0 for none,
      // FORMS the noun for 0, 1 and more.
      const [way, ...fields] = count.dataset.count.split(' ');
      const [at, unit, modulo] = fields.slice(0, 3).map(Number);
      const words = fields.slice(3);
      let n = Math.max(0, Math.floor((way === 'since' ? t - at : at - t) / unit));
      if (modulo) n %= modulo;
      const forms = words.join(' ').split('|');
      const number = count.querySelector('.count-n');
      const word = count.querySelector('.count-unit');
      if (number && number.textContent !== String(n)) number.textContent = String(n);
      if (word && forms.length === 3 && word.textContent !== forms[Math.min(n, 2)]) {
        word.textContent = forms[Math.min(n, 2)];
      }
    }
    // Again at the next whole minute, the smallest unit shown.
    timer = setTimeout(tick, (60 - (t % 60)) * 1000);
  };
  if (holds(now())) {
    document.documentElement.dataset.app = 'standby';
    tick();
    // A tab put away and shown again may have missed its timer.
    document.addEventListener('visibilitychange', tick);
    if (standby.querySelector(CONTROLS)) replay();
    painted.then(() => (document.readyState === 'complete' ? offline() : addEventListener('load', offline)));
  } else {
    start();
  }
} else {
  start();
}
