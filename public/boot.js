// Starts the portal without any inline script, so that the Content-Security-Policy can forbid
// them all: imports trunk's JS glue and instantiates the wasm, both named (with their hashes) by
// this tag's data attributes, which trunk writes (`pattern_script` in Trunk.toml). In the
// release build (`make dist`) the tag also names the service worker that keeps every page
// readable offline (`data-sw`); `make serve` has none.
const tag = document.querySelector('script[data-glue]');
const { default: init } = await import(tag.dataset.glue);
await init({ module_or_path: tag.dataset.wasm });

if (tag.dataset.sw && 'serviceWorker' in navigator) {
  // Its scope is its folder: the site's base path (`/` or `/portal/`).
  navigator.serviceWorker
    .register(tag.dataset.sw)
    .catch((e) => console.warn(`offline reading is unavailable: ${e}`));
}
