//! The JSON Schemas in public/content/schema/ are generated from the content types, so editors'
//! completion never drifts from what the portal reads. After changing a type, regenerate them:
//! `UPDATE_SCHEMAS=1 cargo test --test schema`.

use schemars::{schema_for, JsonSchema};
use std::path::PathBuf;
use sunny_corner::content::{Articles, ContentFile, Faq, Site, Timeline};

fn check<T: ContentFile + JsonSchema>() {
    let name = T::FILE.trim_end_matches(".json");
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("public/content/schema/{name}.schema.json"));
    let mut schema = schema_for!(T);
    schema.insert("title".into(), format!("Sunny Corner {}", T::FILE).into());
    let fresh = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    if std::env::var_os("UPDATE_SCHEMAS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{} is stale: run `UPDATE_SCHEMAS=1 cargo test --test schema` and commit it",
        path.display()
    );
}

#[test]
fn site_schema_is_current() {
    check::<Site>();
}

#[test]
fn faq_schema_is_current() {
    check::<Faq>();
}

#[test]
fn articles_schema_is_current() {
    check::<Articles>();
}

#[test]
fn timeline_schema_is_current() {
    check::<Timeline>();
}

#[test]
fn every_content_file_points_at_its_schema() {
    for file in [Site::FILE, Faq::FILE, Articles::FILE, Timeline::FILE] {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("public/content")
            .join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let expected = format!("schema/{}.schema.json", file.trim_end_matches(".json"));
        assert_eq!(
            value["$schema"],
            expected.as_str(),
            "{file} must start with \"$schema\": \"{expected}\""
        );
    }
}
