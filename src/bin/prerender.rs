//! `prerender DIST`: renders every route of the portal into trunk's output folder DIST (see
//! `sunny_corner::prerender`). The base path comes from `PUBLIC_URL` (default `/`), the
//! deployment's absolute address from `SITE_URL` (default: the default host under that path).
//! Run by `make dist`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use sunny_corner::{prerender, routes, seo::SiteUrl};
    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".to_owned());
    let public_url = std::env::var("PUBLIC_URL").unwrap_or_else(|_| "/".to_owned());
    let base = routes::base_from_href(&public_url);
    routes::set_base(base.clone());
    let site_url = match std::env::var("SITE_URL") {
        Ok(url) if !url.trim().is_empty() => SiteUrl::parse(&url),
        _ => SiteUrl::parse(&format!("https://sunny-corner.pages.dev{base}/")),
    }
    .unwrap_or_else(|e| fail(&format!("SITE_URL: {e}")));
    if site_url.path().trim_end_matches('/') != base {
        fail(&format!(
            "SITE_URL's path {} must be the public URL {public_url}",
            site_url.path()
        ));
    }
    let content = sunny_corner::load::content_dir();
    match prerender::prerender(std::path::Path::new(&dist), &base, &site_url, &content) {
        Ok(files) => println!("prerender: {} files written into {dist}/", files.len()),
        Err(e) => fail(&format!("{dist}: {e}")),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1)
}

// The browser build has no use for it; trunk builds only the `sunny-corner` binary.
#[cfg(target_arch = "wasm32")]
fn main() {}
