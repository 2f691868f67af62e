//! Builds the default list bundle into the binary, so `supplyscreen` works from any directory and
//! `cargo install --path crates/cli` gives a working tool (issue 14).
//!
//! The bundle is built exactly as `supplyscreen build-lists` builds it — the same crates, the same
//! default options, from the committed files in `data/sources` (SHA-256 checked against the
//! manifest) — and written to `$OUT_DIR/lists.bundle`, which `src/embedded.rs` includes. `--bundle
//! FILE` still overrides it at run time (a refreshed bundle, a test bundle).

use std::path::PathBuf;

fn main() {
    let manifest_dir = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let sources = manifest_dir.join("../../data/sources");
    // Cargo re-runs the script when any file under the folder changes (it walks the directory).
    println!("cargo:rerun-if-changed={}", sources.display());
    println!("cargo:rerun-if-changed=build.rs");
    let set = match supplyscreen_ingest::build_list_set(
        &sources,
        &supplyscreen_ingest::BuildOptions::default(),
    ) {
        Ok(set) => set,
        Err(e) => {
            // A build script's panic shows as a build error; say what to do.
            panic!(
                "cannot build the default list bundle from {}: {e}\n\
                 the CLI embeds the bundle built from the committed sources; fix the sources \
                 (or restore them with `git checkout data/sources`) and build again",
                sources.display()
            )
        }
    };
    let bytes = supplyscreen_lists::bundle::encode(&set)
        .unwrap_or_else(|e| panic!("cannot encode the default list bundle: {e}"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("lists.bundle");
    std::fs::write(&out, &bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
