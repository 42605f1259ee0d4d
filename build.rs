//! The release build with route chunks (feature `split`) keeps the linker's relocations in the
//! wasm: wasm-split needs them to cut the module apart (scripts/split.sh). Set here rather than
//! in RUSTFLAGS, which would rebuild every dependency.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    if split && wasm {
        println!("cargo:rustc-link-arg=--emit-relocs");
    }
}
