//! The portal's app icons and web app manifest: the brand mark of the header (a white disc
//! with a cyan and a red shadow) on black, rendered with resvg like the share image. One icon
//! at 192 px, one at 512 px, and a maskable 512 px one whose mark stays inside the central
//! safe circle (80 % of the side) that launchers may crop to.

use crate::content::Site;
use crate::i18n::Lang;
use resvg::{tiny_skia, usvg};

/// One icon the manifest lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AppIcon {
    /// Relative to the built folder.
    pub path: &'static str,
    pub size: u32,
    /// Drawn for launchers that crop icons to a shape of their own.
    pub maskable: bool,
}

pub const APP_ICONS: [AppIcon; 3] = [
    AppIcon {
        path: "icons/icon-192.png",
        size: 192,
        maskable: false,
    },
    AppIcon {
        path: "icons/icon-512.png",
        size: 512,
        maskable: false,
    },
    AppIcon {
        path: "icons/maskable-512.png",
        size: 512,
        maskable: true,
    },
];

/// Where the manifest lands, relative to the built folder.
pub const MANIFEST_PATH: &str = "manifest.webmanifest";

/// The icon as SVG, on a square of `size` pixels.
pub fn app_icon_svg(icon: AppIcon) -> String {
    let s = icon.size as f32;
    // The mark's radius: a third of the side, or a fifth when it must fit the safe circle
    // with its shadows.
    let r = if icon.maskable { s * 0.2 } else { s * 0.3 };
    let (c, shift) = (s / 2.0, r * 0.18);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{s}\" height=\"{s}\" viewBox=\"0 0 {s} {s}\">\
         <rect width=\"{s}\" height=\"{s}\" fill=\"#000000\"/>\
         <circle cx=\"{cx1}\" cy=\"{cy1}\" r=\"{r}\" fill=\"#25F4EE\"/>\
         <circle cx=\"{cx2}\" cy=\"{cy2}\" r=\"{r}\" fill=\"#FE2C55\"/>\
         <circle cx=\"{c}\" cy=\"{c}\" r=\"{r}\" fill=\"#FFFFFF\"/></svg>",
        cx1 = c - shift,
        cy1 = c - shift * 0.7,
        cx2 = c + shift,
        cy2 = c + shift * 0.7,
    )
}

/// The icon as PNG bytes.
pub fn app_icon_png(icon: AppIcon) -> std::io::Result<Vec<u8>> {
    let tree = usvg::Tree::from_str(&app_icon_svg(icon), &usvg::Options::default())
        .map_err(std::io::Error::other)?;
    let mut pixmap = tiny_skia::Pixmap::new(icon.size, icon.size)
        .ok_or_else(|| std::io::Error::other("app icon: cannot allocate the pixmap"))?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(std::io::Error::other)
}

/// The web app manifest, in JSON. Its addresses are relative to the manifest itself, so the
/// same file works at the root of a host and under a sub-path; the app starts on the language
/// chooser, which sends a visitor to their language.
pub fn web_manifest(site: &Site) -> String {
    let icons: Vec<serde_json::Value> = APP_ICONS
        .iter()
        .map(|i| {
            serde_json::json!({
                "src": i.path,
                "sizes": format!("{0}x{0}", i.size),
                "type": "image/png",
                "purpose": if i.maskable { "maskable" } else { "any" },
            })
        })
        .collect();
    let manifest = serde_json::json!({
        "name": site.name.get(Lang::En),
        "short_name": site.name.get(Lang::En),
        "description": site.tagline.get(Lang::En),
        "lang": "en",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#000000",
        "theme_color": "#000000",
        "icons": icons,
    });
    serde_json::to_string_pretty(&manifest).expect("a JSON value serialises")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        (info.width, info.height, buf)
    }

    #[test]
    fn each_icon_is_a_square_png_of_its_size_in_the_palette() {
        for icon in APP_ICONS {
            let (w, h, pixels) = decode(&app_icon_png(icon).unwrap());
            assert_eq!((w, h), (icon.size, icon.size), "{}", icon.path);
            let rgba: Vec<[u8; 4]> = pixels.chunks(4).map(|p| [p[0], p[1], p[2], p[3]]).collect();
            assert_eq!(rgba[0], [0, 0, 0, 255], "the corner is black");
            let centre = rgba[(icon.size / 2 * icon.size + icon.size / 2) as usize];
            assert_eq!(centre, [255, 255, 255, 255], "the mark is white");
            assert!(rgba.contains(&[0x25, 0xF4, 0xEE, 255]), "cyan shadow");
            assert!(rgba.contains(&[0xFE, 0x2C, 0x55, 255]), "red shadow");
        }
    }

    #[test]
    fn the_maskable_icon_keeps_its_mark_inside_the_safe_circle() {
        let icon = APP_ICONS[2];
        let (_, _, pixels) = decode(&app_icon_png(icon).unwrap());
        let s = icon.size as f32;
        let safe = s * 0.4;
        for (i, p) in pixels.chunks(4).enumerate() {
            let (x, y) = (
                (i as u32 % icon.size) as f32 + 0.5,
                (i as u32 / icon.size) as f32 + 0.5,
            );
            let outside = ((x - s / 2.0).powi(2) + (y - s / 2.0).powi(2)).sqrt() > safe;
            if outside {
                assert_eq!(
                    &p[..3],
                    &[0, 0, 0],
                    "only background outside the safe circle"
                );
            }
        }
    }
}
