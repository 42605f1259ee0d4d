// Sunny Corner's service worker: a visitor who came once can open every page, in both
// languages, with its content, offline. `make dist` writes this file (src/deploy.rs) with the
// build's version and file list; any change to the build changes this file, and so installs a
// new version on the next visit.
//
// Policy (README, "Offline reading"):
// - Install precaches the whole build at once (every page in both languages, the app, the
//   content) into a cache of its own, named after the version. A cache only ever holds one
//   build; nothing is added to it later.
// - Pages come from the network while it answers (so an online visit always gets the newest
//   pages, and with them the newest app and content), and from this version's cache when
//   offline.
// - Every other file the pages load has its content hash in its name: any cached copy of that
//   name is the right one, so they come from the cache, else the network. Old and new files
//   never mix, because a page only ever names the files of its own build.
// - A new version takes over as soon as it has installed (skipWaiting); the version before it
//   is kept, so a page of the old build still open in a tab finds its own files.
const VERSION = '__VERSION__';
const PAGES = __PAGES__;
const FILES = __FILES__;

const PREFIX = 'sunny-corner-';
const CACHE = PREFIX + VERSION;
const SCOPE = new URL(self.registration.scope).pathname;
const PRECACHED = new Set(FILES);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await Promise.all(
        [...PAGES, ...FILES].map(async (url) => {
          // `reload`: from the host, not the browser's HTTP cache, so the copy is this build's.
          const response = await fetch(url, { cache: 'reload' });
          if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
          // A host that answered through a redirect (Cloudflare's `/404.html` → `/404`): keep the
          // answer alone, since a redirected response cannot answer a page request.
          await cache.put(url, response.redirected ? new Response(await response.blob(), response) : response);
        }),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const ours = (await caches.keys()).filter((name) => name.startsWith(PREFIX));
      const previous = ours.filter((name) => name !== CACHE).pop();
      await Promise.all(
        ours.filter((name) => name !== CACHE && name !== previous).map((name) => caches.delete(name)),
      );
      if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE)) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(event, url));
  } else if (PRECACHED.has(url.pathname)) {
    event.respondWith(file(request));
  }
});

/** A page: the network's answer, else this version's copy (offline). */
async function page(event, url) {
  try {
    const preloaded = await event.preloadResponse;
    return preloaded || (await fetch(event.request));
  } catch (offline) {
    const cache = await caches.open(CACHE);
    const notFound = url.pathname.startsWith(SCOPE + 'fr/') ? 'fr/404.html' : '404.html';
    const copy = (await cache.match(pagePath(url.pathname))) || (await cache.match(SCOPE + notFound));
    if (copy) return copy;
    throw offline;
  }
}

/** The address a page was precached under: `/en/faq.html` and `/en/faq/` are `/en/faq`,
 *  `/en` and `/en/index.html` are `/en/`. */
function pagePath(path) {
  let p = path.replace(/index\.html$/, '').replace(/\.html$/, '');
  if (PAGES.includes(p)) return p;
  if (PAGES.includes(p + '/')) return p + '/';
  if (p.endsWith('/') && PAGES.includes(p.slice(0, -1))) return p.slice(0, -1);
  return p;
}

/** A file of the build: this version's copy, any version's copy of the same (hashed) name, or
 *  the network. */
async function file(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) || (await caches.match(request)) || fetch(request);
}
