//! `supplyscreen build-lists [--sources data/sources] [--out static/lists.bundle] [--max-remarks N]`
//!
//! Reads every official list file under the sources folder, writes the bundle the app and the other
//! commands load, and prints what went in: records per list, raw and gzip sizes. The same sources
//! always give byte-identical output (no clock, sorted data), so the bundle can be committed and
//! rebuilt by anyone to check it.

use crate::args::Args;
use crate::cmd_screen::DEFAULT_OUT;
use flate2::write::GzEncoder;
use flate2::Compression;
use std::io::Write;
use std::path::PathBuf;
use supplyscreen_engine::bundle;
use supplyscreen_ingest::{build_list_set, BuildOptions};

/// The app downloads the bundle on first load; above this gzip size the first screen gets slow.
pub const GZIP_BUDGET: usize = 1_000_000;

const USAGE: &str = "usage: supplyscreen build-lists [--sources DIR] [--out FILE] [--max-remarks N]
  --sources DIR     folder with the official list files (default: data/sources)
  --out FILE        bundle to write (default: static/lists.bundle, the file the app serves)
  --max-remarks N   shorten remarks longer than N characters (default: 300)
  --no-size-check   write the bundle even when it is over the gzip budget";

pub fn run(args: &[String]) -> Result<(), String> {
    let a = Args::parse(
        args,
        &["sources", "out", "max-remarks"],
        &["no-size-check"],
        USAGE,
    )?;
    if a.help {
        println!("{USAGE}");
        return Ok(());
    }
    if let Some(extra) = a.positional.first() {
        return Err(format!("build-lists takes no {extra:?}\n{USAGE}"));
    }
    let sources = PathBuf::from(a.get("sources").unwrap_or("data/sources"));
    let out = PathBuf::from(a.get("out").unwrap_or(DEFAULT_OUT));
    let mut opts = BuildOptions::default();
    if let Some(v) = a.get("max-remarks") {
        opts.max_remarks_chars = v
            .parse()
            .map_err(|_| format!("--max-remarks expects a number of characters, got {v:?}"))?;
    }
    let size_check = !a.has("no-size-check");
    if !sources.is_dir() {
        return Err(format!(
            "the sources folder {} does not exist; run from the repository root or pass --sources",
            sources.display()
        ));
    }
    let set = build_list_set(&sources, &opts).map_err(|e| e.to_string())?;
    let bytes = bundle::encode(&set).map_err(|e| e.to_string())?;
    let gz = gzip_len(&bytes)?;

    println!("{:<11} {:>7}  as-of       name", "list", "records");
    for l in &set.lists {
        println!(
            "{:<11} {:>7}  {:<10}  {}",
            l.code.as_str(),
            l.record_count,
            l.as_of,
            l.name
        );
    }
    println!(
        "{} entities, {} goods x country rows; built from sources up to {}",
        set.entities.len(),
        set.goods.len(),
        set.built_from
    );
    println!(
        "bundle size: {} bytes raw, {} bytes gzip -9 (budget {} bytes)",
        bytes.len(),
        gz,
        GZIP_BUDGET
    );
    if size_check && gz > GZIP_BUDGET {
        return Err(format!(
            "the bundle is {gz} bytes gzipped, over the {GZIP_BUDGET}-byte budget; lower --max-remarks \
             (now {}) or drop bulky text in crates/ingest/src/build.rs",
            opts.max_remarks_chars
        ));
    }
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(&out, &bytes).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!(
        "wrote {} (sha256 {})",
        out.display(),
        bundle::fingerprint(&bytes)
    );
    Ok(())
}

/// The size the bundle has once served gzipped at the best level.
pub fn gzip_len(bytes: &[u8]) -> Result<usize, String> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::best());
    enc.write_all(bytes).map_err(|e| e.to_string())?;
    Ok(enc.finish().map_err(|e| e.to_string())?.len())
}
