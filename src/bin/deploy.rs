//! `deploy DIST`: makes the pre-rendered folder DIST ready to upload to any static host (see
//! `sunny_corner::deploy`): hashed content names, the CSP, `_headers`, `_redirects`,
//! `.nojekyll`, the service worker, and `.br`/`.gz` copies. The base path comes from
//! `PUBLIC_URL` (default `/`). Run by `make dist`, after `prerender`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use sunny_corner::{deploy, routes};
    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".to_owned());
    let public_url = std::env::var("PUBLIC_URL").unwrap_or_else(|_| "/".to_owned());
    let base = routes::base_from_href(&public_url);
    match deploy::finish(std::path::Path::new(&dist), &base) {
        Ok(s) => println!(
            "deploy: {dist}/ ready to upload: {} pages, {} hashed files, {} compressed, version {}",
            s.pages, s.hashed, s.compressed, s.version
        ),
        Err(e) => {
            eprintln!("deploy: {dist}: {e}");
            std::process::exit(1)
        }
    }
}

// The browser build has no use for it; trunk builds only the `sunny-corner` binary.
#[cfg(target_arch = "wasm32")]
fn main() {}
