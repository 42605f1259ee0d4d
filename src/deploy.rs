//! The upload folder: the last step of `make dist`, after trunk's build and the pre-rendering,
//! which turns the built folder into one that any static host serves well as it is.
//!
//! - **Cache-busting.** The content files and our own loader and stylesheet get a copy named
//!   with their content hash (`content/faq.0123456789abcdef.json`), like trunk's own wasm, JS
//!   and CSS. Every page lists the content files' hashed names ([`crate::load::CONTENT_FILES_ATTRIBUTE`])
//!   and links the hashed loader and stylesheet, so everything a page loads can be cached for a
//!   year and a new build is new addresses. The plain names stay, for links from outside.
//! - **Security.** Every page carries the Content-Security-Policy as a `<meta http-equiv>` (for
//!   hosts without headers: GitHub Pages), and `_headers` sends it with the other security
//!   headers (Netlify, Cloudflare Pages).
//! - **Caching.** `_headers` marks each hashed file `immutable` for a year and the pages and the
//!   service worker `no-cache` (always revalidated).
//! - **Offline.** `sw.js`, the service worker, with this build's version and file list.
//! - `_redirects`, `.nojekyll`, and a `.br` (brotli -q 11) and `.gz` (gzip -9) copy beside
//!   every text file, for hosts that serve precompressed files.
//!
//! The step is idempotent: run again on its own output (for example after editing a content
//! file in the folder), it renames, lists and compresses afresh and removes stale copies.

use crate::i18n::Lang;
use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The Content-Security-Policy, directive by directive. No inline script or style at all:
/// trunk's start-up script is our own file (public/boot.js), and the pages carry no `style`
/// attributes. `'wasm-unsafe-eval'` lets the page compile its WebAssembly; `data:` images are
/// the only non-file source (none today; it keeps `img-src` from breaking a future inline
/// SVG icon); `frame-ancestors` only works as a header.
pub const CSP: [(&str, &str); 8] = [
    ("default-src", "'self'"),
    ("script-src", "'self' 'wasm-unsafe-eval'"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("frame-ancestors", "'none'"),
    ("form-action", "'self'"),
];

/// The policy as the `Content-Security-Policy` header sends it.
pub fn csp_header() -> String {
    CSP.iter()
        .map(|(name, value)| format!("{name} {value}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The policy as a `<meta http-equiv>` can carry it: without `frame-ancestors`, which browsers
/// ignore there.
pub fn csp_meta_policy() -> String {
    CSP.iter()
        .filter(|(name, _)| *name != "frame-ancestors")
        .map(|(name, value)| format!("{name} {value}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The other security headers every response gets.
pub const SECURITY_HEADERS: [(&str, &str); 4] = [
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    (
        "Permissions-Policy",
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
    ),
    // For browsers that predate `frame-ancestors`.
    ("X-Frame-Options", "DENY"),
];

/// A year, the longest a CDN or browser is asked to keep a hashed file.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Pages and the service worker: kept, but checked with the host before each use.
pub const REVALIDATE: &str = "no-cache";

/// Our own files that get a hashed copy, beside the content files (trunk hashes its own).
const OWN_ASSETS: [&str; 2] = ["boot.js", "noscript.css"];

/// File kinds that are text (or, like wasm, compress as well as text) and get `.br` and `.gz`
/// copies.
const COMPRESSIBLE: [&str; 11] = [
    "html",
    "js",
    "mjs",
    "css",
    "json",
    "svg",
    "xml",
    "txt",
    "webmanifest",
    "wasm",
    "ics",
];

/// A 64-bit FNV-1a hash of `bytes` as 16 hex digits: the version in a file's name. Not a
/// security measure: it only has to change when the bytes do.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// `faq.json` published under `hash`: `faq.<hash>.json`.
pub fn hashed_name(name: &str, hash: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{hash}.{ext}"),
        None => format!("{name}.{hash}"),
    }
}

/// Ours are always 16 hex digits; trunk writes its 64-bit hash without leading zeros, so one
/// build in sixteen has 15 digits or fewer (`sunny-corner-506aa7651956ed7_bg.wasm`).
fn is_hash(piece: &str) -> bool {
    (12..=16).contains(&piece.len()) && piece.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Whether a path (relative to the folder) names a content-hashed file: one of its parts,
/// between `-`, `_`, `.` or `/`, is 12 to 16 hex digits, as in trunk's
/// `sunny-corner-<hash>_bg.wasm` and our `content/faq.<hash>.json`.
pub fn is_hashed(path: &str) -> bool {
    path.split(['/', '.', '-', '_']).any(is_hash)
}

/// `faq.json`, or a hashed copy of it (`faq.<hash>.json`), as a file name.
fn is_copy_of(name: &str, plain: &str) -> bool {
    let Some((stem, ext)) = plain.rsplit_once('.') else {
        return false;
    };
    name.strip_prefix(stem)
        .and_then(|rest| rest.strip_prefix('.'))
        .and_then(|rest| rest.strip_suffix(ext))
        .and_then(|rest| rest.strip_suffix('.'))
        .is_some_and(is_hash)
}

/// `html` with every reference to `plain` or to an older hashed copy of it (an attribute value
/// ending in `/boot.js`, `boot.js` or `boot.<hash>.js`, quoted or not) pointing at `published`.
pub fn point_at(html: &str, plain: &str, published: &str) -> String {
    let Some((stem, ext)) = plain.rsplit_once('.') else {
        return html.to_owned();
    };
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(stem) {
        let before = rest[..at].chars().last();
        let after = &rest[at + stem.len()..];
        // `.ext` or `.<hash>.ext`, then the end of the value.
        let tail = after.strip_prefix('.').and_then(|t| {
            let t = match t.get(..17) {
                Some(h) if is_hash(&h[..16]) && h.ends_with('.') => &t[17..],
                _ => t,
            };
            t.strip_prefix(ext)
        });
        let starts = matches!(before, Some('/' | '"' | '\'' | '='));
        let ends = tail.is_some_and(|t| matches!(t.chars().next(), Some('"' | '\'' | ' ' | '>')));
        if starts && ends {
            let len = after.len() - tail.map_or(0, str::len);
            out.push_str(&rest[..at]);
            out.push_str(published);
            rest = &rest[at + stem.len() + len..];
        } else {
            out.push_str(&rest[..at + stem.len()]);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Removes every `<tag ...>` that starts with `opening` (for example `<meta name="x"`).
fn remove_tags(html: &str, opening: &str) -> String {
    let mut html = html.to_owned();
    while let Some(at) = html.find(opening) {
        let end = html[at..].find('>').map_or(html.len(), |i| at + i + 1);
        html.replace_range(at..end, "");
    }
    html
}

/// What every page of a build gets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageEdits {
    /// The site's base path with both slashes: `/` or `/portal/`.
    pub base: String,
    /// Plain name → published name of our own assets (`boot.js` → `boot.<hash>.js`) and of the
    /// content files (`content/faq.json` → `content/faq.<hash>.json`).
    pub assets: Vec<(String, String)>,
    /// The content files' list for [`crate::load::CONTENT_FILES_ATTRIBUTE`].
    pub content_files: String,
}

/// Removes every ` name="..."` attribute (quoted values only: ours).
fn remove_attribute(html: &str, name: &str) -> String {
    let mut html = html.to_owned();
    let opening = format!(" {name}=\"");
    while let Some(at) = html.find(&opening) {
        let from = at + opening.len();
        let end = html[from..].find('"').map_or(html.len(), |i| from + i + 1);
        html.replace_range(at..end, "");
    }
    html
}

/// A page as the upload folder has it: the CSP meta tag at the top of its head and the manifest
/// link after its `<base>` (replacing any from an earlier run), the hashed names of our assets,
/// and on the loader's tag the content files' list and the service worker.
pub fn edit_page(html: &str, edits: &PageEdits) -> String {
    let mut html = remove_tags(html, "<meta http-equiv=\"Content-Security-Policy\"");
    html = remove_tags(&html, "<link rel=\"manifest\"");
    html = remove_tags(&html, "<link rel=\"apple-touch-icon\"");
    html = remove_attribute(&html, crate::load::CONTENT_FILES_ATTRIBUTE);
    html = remove_attribute(&html, "data-sw");
    for (plain, published) in &edits.assets {
        html = point_at(&html, plain, published);
    }
    if let Some(at) = html.find(" data-glue=") {
        html.insert_str(
            at,
            &format!(
                " {}=\"{}\" data-sw=\"{}sw.js\"",
                crate::load::CONTENT_FILES_ATTRIBUTE,
                edits.content_files,
                edits.base
            ),
        );
    }
    let first = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        csp_meta_policy(),
    );
    // Relative links resolve against `<base>` only once it has been read: after it.
    let links = format!(
        "<link rel=\"manifest\" href=\"{}\"><link rel=\"apple-touch-icon\" href=\"{}\">",
        crate::seo::MANIFEST_PATH,
        crate::seo::APP_ICONS[0].path,
    );
    let end_of = |html: &str, opening: &str| {
        html.find(opening)
            .and_then(|i| html[i..].find('>').map(|j| i + j + 1))
    };
    // The policy right after the charset declaration, which must come first; else at the top
    // of the head.
    let top = end_of(&html, "<meta charset").or_else(|| end_of(&html, "<head"));
    if let Some(at) = top {
        html.insert_str(at, &first);
    }
    if let Some(at) = end_of(&html, "<base ").or(top.map(|t| t + first.len())) {
        html.insert_str(at, &links);
    }
    html
}

/// The `_headers` file (Netlify and Cloudflare Pages) for a site at `base` (`/` or `/portal/`)
/// whose hashed files are `hashed` (paths relative to the folder).
pub fn headers_file(base: &str, hashed: &[String]) -> String {
    let mut out = String::from(
        "# Response headers for Netlify and Cloudflare Pages, written by `make dist` (src/deploy.rs).\n\
         # Every response: the security headers.\n",
    );
    let _ = writeln!(out, "{base}*");
    let _ = writeln!(out, "  Content-Security-Policy: {}", csp_header());
    for (name, value) in SECURITY_HEADERS {
        let _ = writeln!(out, "  {name}: {value}");
    }
    out.push_str(
        "\n# Pages and the service worker: revalidated on every visit, so a new build shows at once.\n",
    );
    // Exact paths and language folders, so that no two rules set Cache-Control on one path.
    let mut fresh = vec![
        base.to_owned(),
        format!("{base}index.html"),
        format!("{base}404.html"),
        format!("{base}sw.js"),
    ];
    fresh.extend(Lang::ALL.iter().map(|l| format!("{base}{}/*", l.code())));
    for path in fresh {
        let _ = writeln!(out, "{path}\n  Cache-Control: {REVALIDATE}");
    }
    out.push_str(
        "\n# Files with their content hash in their name never change: a year, immutable.\n",
    );
    for path in hashed {
        let _ = writeln!(out, "{base}{path}\n  Cache-Control: {IMMUTABLE}");
    }
    out
}

/// The `_redirects` file (Netlify and Cloudflare Pages): a language's folder without its slash
/// gets one, as the pages' relative links expect; an unknown address under `/fr/` gets the
/// French 404 page with its status (Netlify applies such a rule only where no file matches;
/// Cloudflare Pages takes no 404 rules and finds the nearest `404.html` by itself).
pub fn redirects_file(base: &str) -> String {
    let mut out = String::from(
        "# Redirects for Netlify and Cloudflare Pages, written by `make dist` (src/deploy.rs).\n",
    );
    if base != "/" {
        let _ = writeln!(out, "{} {base} 301", base.trim_end_matches('/'));
    }
    for lang in Lang::ALL {
        let _ = writeln!(out, "{base}{0} {base}{0}/ 301", lang.code());
    }
    let _ = writeln!(out, "{base}fr/* {base}fr/404.html 404");
    out
}

/// The service worker for a build: `version` names its cache; `pages` (absolute paths of every
/// page) and `files` (absolute paths of what they load) are precached when it installs.
pub fn service_worker(version: &str, pages: &[String], files: &[String]) -> String {
    let json = |list: &[String]| serde_json::to_string(list).expect("strings serialise");
    include_str!("deploy/sw.js")
        .replacen("'__VERSION__'", &format!("'{version}'"), 1)
        .replacen("__PAGES__", &json(pages), 1)
        .replacen("__FILES__", &json(files), 1)
}

/// What [`finish`] did.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub version: String,
    pub pages: usize,
    pub hashed: usize,
    pub compressed: usize,
}

/// Every file under `dir`, relative to it, with `/` separators, sorted.
fn files_under(dir: &Path) -> io::Result<Vec<String>> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                walk(root, &path, out)?;
            } else if let Ok(rel) = path.strip_prefix(root) {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out)?;
    out.sort();
    Ok(out)
}

/// Writes a hashed copy of `dir/plain` and removes older hashed copies; returns the copy's
/// file name.
fn publish(dir: &Path, plain: &str) -> io::Result<String> {
    let path = dir.join(plain);
    let mut bytes = std::fs::read(&path)?;
    if plain.ends_with(".js") {
        bytes = without_comment_lines(&String::from_utf8_lossy(&bytes)).into_bytes();
    }
    let name = hashed_name(plain, &content_hash(&bytes));
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let old = entry.file_name().to_string_lossy().into_owned();
        let stale = |n: &str| is_copy_of(n, plain) && n != name;
        let base_name = old
            .strip_suffix(".br")
            .or_else(|| old.strip_suffix(".gz"))
            .unwrap_or(&old);
        if stale(base_name) {
            std::fs::remove_file(entry.path())?;
        }
    }
    std::fs::write(dir.join(&name), bytes)?;
    Ok(name)
}

/// Our own script without its comment lines, as visitors get it: `public/boot.js` explains
/// itself at length, and that is about 1.2 KB of every page's first load (brotli). Only whole
/// lines go: a line that is a `//` comment, a blank line, and a `/* … */` comment that starts a
/// line, up to its end (code after its end, on its last line, stays). A code line stays whole,
/// comment and all, so nothing inside a string is touched.
pub fn without_comment_lines(js: &str) -> String {
    let mut out = String::with_capacity(js.len() / 2);
    let mut in_block = false;
    for line in js.lines() {
        let mut code = line;
        if in_block {
            let Some(end) = line.find("*/") else {
                continue;
            };
            in_block = false;
            code = &line[end + 2..];
        } else if let Some(comment) = line.trim_start().strip_prefix("/*") {
            match comment.find("*/") {
                None => {
                    in_block = true;
                    continue;
                }
                Some(end) => code = &comment[end + 2..],
            }
        }
        let text = code.trim();
        if text.is_empty() || text.starts_with("//") {
            continue;
        }
        // A line that was all code keeps its indentation.
        out.push_str(if code.len() == line.len() { line } else { text });
        out.push('\n');
    }
    out
}

fn run(command: &mut Command) -> io::Result<()> {
    let status = command.status().map_err(|e| {
        io::Error::other(format!(
            "{:?}: {e} (run scripts/setup.sh)",
            command.get_program()
        ))
    })?;
    if status.success() {
        Ok(())
    } else {
        Err(io::Error::other(format!("{command:?} failed: {status}")))
    }
}

/// Finishes the built folder `dist` of a site at `base` (`""` or `/portal`, as
/// [`crate::routes::base_from_href`] gives it) in place. See the module's documentation.
pub fn finish(dist: &Path, base: &str) -> io::Result<Summary> {
    let base = format!("{}/", base.trim_end_matches('/'));
    // Hashed copies: the content files, then our loader and the no-script stylesheet.
    let content_dir = dist.join("content");
    let mut content_files = Vec::new();
    // The pages' preload links name the content files too (`prerender::preload_links`): they
    // must name what the app fetches, or the preload is a second download and, offline, a miss.
    let mut assets = Vec::new();
    for name in files_under(&content_dir)? {
        if !name.contains('/') && name.ends_with(".json") && !is_hashed(&name) {
            let published = publish(&content_dir, &name)?;
            content_files.push(format!("{name}={published}"));
            assets.push((format!("content/{name}"), format!("content/{published}")));
        }
    }
    for plain in OWN_ASSETS {
        if dist.join(plain).is_file() {
            assets.push((plain.to_owned(), publish(dist, plain)?));
        }
    }
    let edits = PageEdits {
        base: base.clone(),
        assets,
        content_files: content_files.join(" "),
    };
    // Stale precompressed copies go; fresh ones are made at the end.
    let mut files = files_under(dist)?;
    for name in &files {
        if let Some(source) = name
            .strip_suffix(".br")
            .or_else(|| name.strip_suffix(".gz"))
        {
            if !dist.join(source).is_file() || COMPRESSIBLE.iter().any(|e| source.ends_with(e)) {
                std::fs::remove_file(dist.join(name))?;
            }
        }
    }
    files.retain(|n| dist.join(n).is_file());
    let mut pages = 0;
    for name in files.iter().filter(|n| n.ends_with(".html")) {
        let path = dist.join(name);
        let html = std::fs::read_to_string(&path)?;
        std::fs::write(&path, edit_page(&html, &edits))?;
        pages += 1;
    }
    let hashed: Vec<String> = files.iter().filter(|n| is_hashed(n)).cloned().collect();
    // The service worker: every page (at the address a visitor uses), the hashed files, the
    // icons and manifest. Its version covers every byte it precaches.
    let mut page_paths: Vec<String> = vec![
        base.clone(),
        format!("{base}404.html"),
        format!("{base}fr/404.html"),
    ];
    for route in crate::prerender::routes() {
        if route.page.is_some() {
            page_paths.push(format!("{}{}", base, route.path.trim_start_matches('/')));
        }
    }
    let mut precached: Vec<String> = hashed.iter().map(|n| format!("{base}{n}")).collect();
    precached.push(format!("{base}{}", crate::seo::MANIFEST_PATH));
    precached.push(format!("{base}favicon.svg"));
    precached.extend(
        crate::seo::APP_ICONS
            .iter()
            .map(|i| format!("{base}{}", i.path)),
    );
    let mut everything = include_str!("deploy/sw.js").as_bytes().to_vec();
    for name in files
        .iter()
        .filter(|n| n.ends_with(".html") || is_hashed(n))
    {
        everything.extend_from_slice(name.as_bytes());
        everything.extend(std::fs::read(dist.join(name))?);
    }
    let version = content_hash(&everything);
    std::fs::write(
        dist.join("sw.js"),
        service_worker(&version, &page_paths, &precached),
    )?;
    std::fs::write(dist.join("_headers"), headers_file(&base, &hashed))?;
    std::fs::write(dist.join("_redirects"), redirects_file(&base))?;
    // GitHub Pages: serve the folder as it is (no Jekyll, which would hide `_headers`-like names).
    std::fs::write(dist.join(".nojekyll"), "")?;
    // Precompressed copies of every text file.
    let mut compressed = 0;
    for name in files_under(dist)? {
        let compressible = name
            .rsplit_once('.')
            .is_some_and(|(_, ext)| COMPRESSIBLE.contains(&ext));
        if !compressible {
            continue;
        }
        let path: PathBuf = dist.join(&name);
        run(Command::new("brotli")
            .args(["-q", "11", "-f", "-k"])
            .arg(&path))?;
        run(Command::new("gzip")
            .args(["-9", "-f", "-k", "-n"])
            .arg(&path))?;
        compressed += 1;
    }
    Ok(Summary {
        version,
        pages,
        hashed: hashed.len(),
        compressed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_forbids_inline_script_and_style_and_the_meta_drops_frame_ancestors() {
        let header = csp_header();
        assert_eq!(
            header,
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
             img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; \
             form-action 'self'"
        );
        assert!(!header.contains("unsafe-inline"));
        assert!(!csp_meta_policy().contains("frame-ancestors"));
        assert!(csp_meta_policy().contains("object-src 'none'"));
    }

    #[test]
    fn hashed_names_carry_sixteen_hex_digits_that_follow_the_bytes() {
        let a = content_hash(b"{\"faq\": 1}");
        assert_eq!(a.len(), 16);
        assert_ne!(a, content_hash(b"{\"faq\": 2}"));
        assert_eq!(a, content_hash(b"{\"faq\": 1}"));
        assert_eq!(hashed_name("faq.json", &a), format!("faq.{a}.json"));
        assert!(is_hashed(&format!("content/faq.{a}.json")));
        assert!(is_hashed("sunny-corner-0123456789abcdef_bg.wasm"));
        // trunk drops leading zeros: a build whose hash starts with 0 has 15 digits.
        assert!(is_hashed("sunny-corner-506aa7651956ed7_bg.wasm"));
        assert!(is_hashed("sunny-corner-506aa7651956ed7.js"));
        assert!(!is_hashed("chunk_4.wasm"));
        assert!(is_hashed("main-0123456789abcdef.css"));
        assert!(!is_hashed("content/faq.json"));
        assert!(!is_hashed("icons/icon-192.png"));
        assert!(is_copy_of(&format!("faq.{a}.json"), "faq.json"));
        assert!(!is_copy_of("faq.json", "faq.json"));
        assert!(!is_copy_of(&format!("site.{a}.json"), "faq.json"));
    }

    #[test]
    fn a_content_preload_points_at_the_hashed_file_the_app_fetches() {
        let html = r#"<link rel="preload" href="content/faq.json" as="fetch" crossorigin><link rel="preload" href="content/site.json" as="fetch" crossorigin>"#;
        let once = point_at(
            html,
            "content/faq.json",
            "content/faq.0123456789abcdef.json",
        );
        assert!(once.contains(r#"href="content/faq.0123456789abcdef.json""#));
        assert!(once.contains(r#"href="content/site.json""#));
        let twice = point_at(
            &once,
            "content/faq.json",
            "content/faq.fedcba9876543210.json",
        );
        assert!(twice.contains(r#"href="content/faq.fedcba9876543210.json""#));
    }

    #[test]
    fn references_point_at_the_published_name_quoted_or_not_and_again_on_a_second_run() {
        let html = r#"<script type=module src=/portal/boot.js data-glue="/portal/x.js"></script><link href="noscript.css" rel=stylesheet><p>boot.js is our loader</p>"#;
        let once = point_at(html, "boot.js", "boot.0123456789abcdef.js");
        assert!(
            once.contains("src=/portal/boot.0123456789abcdef.js data-glue"),
            "{once}"
        );
        assert!(
            once.contains("<p>boot.js is our loader</p>"),
            "text is left alone"
        );
        let twice = point_at(&once, "boot.js", "boot.fedcba9876543210.js");
        assert!(
            twice.contains("src=/portal/boot.fedcba9876543210.js data-glue"),
            "{twice}"
        );
        let css = point_at(html, "noscript.css", "noscript.0123456789abcdef.css");
        assert!(
            css.contains(r#"href="noscript.0123456789abcdef.css""#),
            "{css}"
        );
    }

    #[test]
    fn a_page_gets_the_policy_the_content_list_and_the_worker_once_however_often_it_runs() {
        let html = r#"<!DOCTYPE html><html><head><meta charset=utf-8><base href=/portal/><script type=module src=/portal/boot.js data-glue=/portal/g.js data-wasm=/portal/g.wasm></script></head><body></body></html>"#;
        let edits = PageEdits {
            base: "/portal/".into(),
            assets: vec![("boot.js".into(), "boot.0123456789abcdef.js".into())],
            content_files: "faq.json=faq.0123456789abcdef.json".into(),
        };
        let once = edit_page(html, &edits);
        let twice = edit_page(&once, &edits);
        assert_eq!(once, twice);
        assert!(once.starts_with(&format!(
            "<!DOCTYPE html><html><head><meta charset=utf-8><meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
            csp_meta_policy()
        )));
        assert_eq!(once.matches("<meta http-equiv").count(), 1);
        assert!(once
            .contains("<base href=/portal/><link rel=\"manifest\" href=\"manifest.webmanifest\">"));
        assert!(once.contains(
            "src=/portal/boot.0123456789abcdef.js data-content-files=\"faq.json=faq.0123456789abcdef.json\" data-sw=\"/portal/sw.js\" data-glue=/portal/g.js"
        ));
    }

    #[test]
    fn headers_cache_hashed_files_for_a_year_and_revalidate_pages_under_the_base_path() {
        let headers = headers_file("/portal/", &["content/faq.0123456789abcdef.json".into()]);
        assert!(headers.contains(&format!(
            "/portal/*\n  Content-Security-Policy: {}\n  X-Content-Type-Options: nosniff\n",
            csp_header()
        )));
        assert!(headers.contains(
            "/portal/content/faq.0123456789abcdef.json\n  Cache-Control: public, max-age=31536000, immutable\n"
        ));
        for fresh in [
            "/portal/\n",
            "/portal/sw.js\n",
            "/portal/en/*\n",
            "/portal/fr/*\n",
        ] {
            assert!(
                headers.contains(&format!("{fresh}  Cache-Control: no-cache\n")),
                "{fresh}"
            );
        }
        // Each rule sets Cache-Control once, so no two rules add up.
        let rules = headers.matches("Cache-Control").count();
        assert_eq!(rules, 6 + 1);
    }

    #[test]
    fn redirects_give_a_language_folder_its_slash() {
        assert_eq!(
            redirects_file("/"),
            "# Redirects for Netlify and Cloudflare Pages, written by `make dist` (src/deploy.rs).\n/en /en/ 301\n/fr /fr/ 301\n/fr/* /fr/404.html 404\n"
        );
        assert!(redirects_file("/portal/")
            .contains("/portal /portal/ 301\n/portal/en /portal/en/ 301\n"));
        assert!(redirects_file("/portal/").ends_with("/portal/fr/* /portal/fr/404.html 404\n"));
    }

    #[test]
    fn the_worker_carries_its_version_and_lists() {
        let sw = service_worker("abc", &["/en/".into()], &["/x.wasm".into()]);
        assert!(sw.contains("const VERSION = 'abc';"));
        assert!(sw.contains("const PAGES = [\"/en/\"];"));
        assert!(sw.contains("const FILES = [\"/x.wasm\"];"));
        assert!(!sw.contains("__"));
    }

    #[test]
    fn the_loader_goes_out_without_its_comments_and_with_all_its_code() {
        let boot = include_str!("../public/boot.js");
        let out = without_comment_lines(boot);
        assert!(
            out.len() * 4 < boot.len() * 3,
            "{} of {}",
            out.len(),
            boot.len()
        );
        for line in out.lines() {
            let text = line.trim();
            assert!(
                !text.is_empty() && !text.starts_with("//") && !text.starts_with("/*"),
                "{line}"
            );
            assert!(
                !text.starts_with("* ") && text != "*/",
                "a comment's line: {line}"
            );
        }
        // Every line of code is there, in order.
        let code: Vec<&str> = boot
            .lines()
            .filter(|l| out.lines().any(|o| o == *l))
            .collect();
        assert_eq!(code, out.lines().collect::<Vec<_>>());
        let js = "/** doc */\n  const a = '//x'; // why\n/*\n * more\n */\nlet b = 1;\n\
                  /* x */ let c;\n/* y\n */ let d; /* z */\n";
        assert_eq!(
            without_comment_lines(js),
            "  const a = '//x'; // why\nlet b = 1;\nlet c;\nlet d; /* z */\n"
        );
    }
}
