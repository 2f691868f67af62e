//! The release binary carries the default list bundle (crates/cli/build.rs), so `supplyscreen`
//! works from any directory — as after `cargo install --path crates/cli` — and `--bundle` still
//! overrides it. Every run here starts in an empty temporary folder: nothing is found by a
//! relative path.

mod common;

use common::{repo_root, Scratch};
use std::path::Path;
use std::process::{Command, Output};
use supplyscreen_ingest::build::{build_list_set, BuildOptions};

fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_supplyscreen"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run supplyscreen")
}

#[test]
fn the_built_in_bundle_is_build_lists_on_the_committed_sources() {
    let set = build_list_set(&repo_root().join("data/sources"), &BuildOptions::default())
        .unwrap_or_else(|e| panic!("building the lists from data/sources: {e}"));
    let bytes = supplyscreen_engine::bundle::encode(&set).unwrap();
    let scratch = Scratch::new("builtin-lists");
    let out = run_in(&scratch.0, &["lists"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first = stdout.lines().next().unwrap_or_default();
    assert!(first.starts_with("the built-in list bundle"), "{first}");
    assert!(
        first.ends_with(&supplyscreen_engine::bundle::fingerprint(&bytes)),
        "the embedded bundle differs from build-lists on data/sources: {first}"
    );
    for l in &set.lists {
        assert!(
            stdout.lines().any(|line| line.starts_with(l.code.as_str())),
            "{} missing from:\n{stdout}",
            l.code.as_str()
        );
    }
}

#[test]
fn screen_and_eval_work_from_any_folder_and_bundle_overrides() {
    let scratch = Scratch::new("builtin-screen");
    let input = scratch.0.join("suppliers.csv");
    std::fs::write(
        &input,
        "Supplier Name,Country\nHangzhou Hikvision Digital Technology Co Ltd,China\nAcme Garden Tools,United States\n",
    )
    .unwrap();
    let out = run_in(&scratch.0, &["screen", "suppliers.csv"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let mut r = csv::Reader::from_reader(out.stdout.as_slice());
    let rows: Vec<csv::StringRecord> = r.records().map(|r| r.unwrap()).collect();
    let hik: Vec<_> = rows
        .iter()
        .filter(|r| &r[0] == "1" && !r[4].is_empty())
        .collect();
    assert!(
        hik.iter()
            .any(|r| r[6].to_uppercase().contains("HIKVISION")),
        "no Hikvision hit: {rows:?}"
    );
    assert!(
        rows.iter()
            .filter(|r| &r[0] == "2")
            .all(|r| r[4].is_empty()),
        "Acme flagged: {rows:?}"
    );

    // --bundle names another bundle: here one holding only the UFLPA list, so Hikvision (on the
    // Entity List, NS-CMIC and others) is found on UFLPA or not at all.
    let mut set =
        build_list_set(&repo_root().join("data/sources"), &BuildOptions::default()).unwrap();
    set.entities.retain(|e| e.list.as_str() == "dhs_uflpa");
    assert!(
        set.entities.len() > 50,
        "{} UFLPA entities",
        set.entities.len()
    );
    let small = scratch.0.join("uflpa-only.bundle");
    std::fs::write(&small, supplyscreen_engine::bundle::encode(&set).unwrap()).unwrap();
    let out = run_in(
        &scratch.0,
        &["screen", "suppliers.csv", "--bundle", "uflpa-only.bundle"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut r = csv::Reader::from_reader(out.stdout.as_slice());
    for rec in r.records() {
        let rec = rec.unwrap();
        assert!(
            rec[4].is_empty() || &rec[4] == "UFLPA",
            "hit outside the given bundle: {rec:?}"
        );
    }

    // A --bundle that does not exist is an error naming it, not a silent fall-back.
    let out = run_in(
        &scratch.0,
        &["screen", "suppliers.csv", "--bundle", "nope.bundle"],
    );
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no list bundle at nope.bundle"), "{stderr}");
}
