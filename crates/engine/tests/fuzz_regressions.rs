//! Replays every saved fuzz input through the fuzz target's own checks, so a crash the fuzzer once
//! found stays fixed under a plain `cargo test` (the fuzz crate itself needs libFuzzer and is not
//! part of this workspace).
//!
//! Inputs live in `fuzz/regressions/<target>/`, one file each, named after what they exercise. The
//! supplier-file fixtures in `tests/fixtures/` (the fuzz seed corpus) are replayed as well.

#[path = "../../../fuzz/src/lib.rs"]
mod harness;

use std::path::{Path, PathBuf};

fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .unwrap()
}

/// The files of one folder, sorted so a failure names the same file every run.
fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        // Dot files (`.keep`) only hold an empty folder in git.
        .filter(|p| p.is_file() && !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .collect();
    v.sort();
    v
}

/// Runs `check` on each file of `fuzz/regressions/<target>/`, naming the file if it panics, and
/// checks that the folder holds exactly `expected` inputs: a test that replays nothing (a moved or
/// emptied folder) fails instead of passing. Add one to `expected` with each saved crash.
fn replay(target: &str, check: fn(&[u8]), expected: usize) {
    let files = files_in(&repo_root().join("fuzz/regressions").join(target));
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        if std::panic::catch_unwind(|| check(&bytes)).is_err() {
            panic!("fuzz regression {} fails again", f.display());
        }
    }
    assert_eq!(
        files.len(),
        expected,
        "fuzz/regressions/{target}/ holds {} inputs, this test expects {expected}",
        files.len()
    );
}

#[test]
fn read_table_regressions() {
    replay("read_table", harness::read_table, 1);
}

#[test]
fn read_pasted_regressions() {
    replay("read_pasted", harness::read_pasted, 0);
}

#[test]
fn normalize_regressions() {
    replay("normalize", harness::normalize, 2);
}

#[test]
fn bundle_decode_regressions() {
    replay("bundle_decode", harness::bundle_decode, 0);
}

#[test]
fn screen_regressions() {
    replay("screen", harness::screen, 0);
}

/// The seed corpus passes the same checks (every awkward fixture: empty, binary, PDF, password...).
#[test]
fn fixtures_pass_the_read_table_checks() {
    let files = files_in(&repo_root().join("tests/fixtures"));
    assert_eq!(
        files.len(),
        28,
        "tests/fixtures/ should hold its 28 files (awkward inputs, the registration-number and the sector files)"
    );
    for f in files {
        let bytes = std::fs::read(&f).unwrap();
        if std::panic::catch_unwind(|| harness::read_table(&bytes)).is_err() {
            panic!("{} fails the read_table fuzz checks", f.display());
        }
        if let Ok(text) = std::str::from_utf8(&bytes) {
            harness::read_pasted(text.as_bytes());
        }
    }
}
