// Starts the portal without any inline script, so that the Content-Security-Policy can forbid
// them all: imports trunk's JS glue and instantiates the wasm, both named (with their hashes) by
// this tag's data attributes, which trunk writes (`pattern_script` in Trunk.toml). In the
// release build (`make dist`) the tag also names the service worker that keeps every page
// readable offline (`data-sw`); `make serve` has none.
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

window.addEventListener('sunny-corner:fault', () => notice('fault'));
window.addEventListener('error', () => notice('fault'));
window.addEventListener('unhandledrejection', () => notice('fault'));

// Nothing is downloaded for the app until the page has painted: the pre-rendered page is what
// the visitor reads first, and on a slow link the wasm (the largest file by far) would otherwise
// share the line with the page's HTML and CSS. The browser says when it has painted text
// (Paint Timing's first-contentful-paint); an engine that does not say gets a second after its
// first frame. It starts at once where there is nothing to wait for: a page opened in a
// background tab paints nothing until it is shown, and `trunk serve`'s page (no pre-rendered
// `#main`) is empty until the app runs.
await new Promise((painted) => {
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

// Then everything at once: the page's chunks and content files (held in an inert template by
// the pre-render, `prerender::after_first_paint`; moving them into the head starts their
// preloads), the wasm, and the JS glue that instantiates it.
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

if (tag.dataset.sw && 'serviceWorker' in navigator) {
  // Its scope is its folder: the site's base path (`/` or `/portal/`).
  navigator.serviceWorker
    .register(tag.dataset.sw)
    .catch((e) => console.warn(`offline reading is unavailable: ${e}`));
}
