//! End-to-end: the `supplyscreen screen` binary on real supplier files writes the CSV contract.
//!
//! The bundle is built in-process from `data/sources` (ingest + `bundle::encode`) into a temporary
//! folder, so the test never reads a generated `static/lists.bundle`.

mod common;

use common::{repo_root, Scratch};
use std::path::Path;
use std::process::Command;
use supplyscreen_ingest::build::{build_list_set, BuildOptions};

/// The contract: these columns first, in this order (the app's export writes the same ones).
const SCREEN_HEADER: [&str; 9] = [
    "row",
    "supplier_name",
    "supplier_country",
    "score",
    "list",
    "entity_id",
    "entity_name",
    "matched_name",
    "entity_country",
];

fn run_screen(bundle: &Path, input: &Path, extra: &[&str]) -> (Vec<csv::StringRecord>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_supplyscreen"))
        .arg("screen")
        .arg(input)
        .arg("--bundle")
        .arg(bundle)
        .args(extra)
        .output()
        .expect("run supplyscreen");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "screen failed: {stderr}");
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(out.stdout.as_slice());
    let recs = r.records().map(|r| r.unwrap()).collect();
    (recs, stderr)
}

#[test]
fn screen_writes_the_csv_contract() {
    let root = repo_root();
    let set = build_list_set(&root.join("data/sources"), &BuildOptions::default())
        .unwrap_or_else(|e| panic!("building the lists from data/sources: {e}"));
    let scratch = Scratch::new("screen-cli");
    let bundle = scratch.0.join("lists.bundle");
    std::fs::write(&bundle, supplyscreen_engine::bundle::encode(&set).unwrap()).unwrap();

    // 1. The dev supplier file (800 rows, CSV): every row appears, rows numbered from 1.
    let dev = root.join("data/eval/dev/suppliers.csv");
    let (recs, stderr) = run_screen(&bundle, &dev, &[]);
    let header: Vec<&str> = recs[0].iter().collect();
    assert_eq!(&header[..SCREEN_HEADER.len()], SCREEN_HEADER, "header");
    // Then the rest of the app's results file, in the app's order.
    assert_eq!(
        &header[SCREEN_HEADER.len()..],
        [
            "why",
            "status",
            "new",
            "decision",
            "note",
            "risk_signals",
            "supplier_id",
            "id_check"
        ],
        "header"
    );
    let body = &recs[1..];
    let mut rows_seen: Vec<usize> = body.iter().map(|r| r[0].parse().unwrap()).collect();
    rows_seen.dedup();
    assert_eq!(
        rows_seen,
        (1..=800).collect::<Vec<_>>(),
        "one or more lines per row, in order"
    );
    assert!(
        stderr.contains(" of 800 suppliers have at least one hit"),
        "{stderr}"
    );
    // The rows are screened in parallel chunks: the same bytes on one thread as on three, in CSV
    // and in JSON.
    for format in ["csv", "json"] {
        let run = |threads: &str| {
            let out = Command::new(env!("CARGO_BIN_EXE_supplyscreen"))
                .args([
                    "screen",
                    "--format",
                    format,
                    "--threads",
                    threads,
                    "--bundle",
                ])
                .arg(&bundle)
                .arg(&dev)
                .output()
                .expect("run supplyscreen");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            out.stdout
        };
        let one = run("1");
        assert!(one.len() > 10_000, "{format}");
        assert!(one == run("3"), "{format}: 1 and 3 threads differ");
    }
    // Row 3 is BELDEN INC. (Germany), a real company on no list: one line, hit columns empty.
    let row3: Vec<_> = body.iter().filter(|r| &r[0] == "3").collect();
    assert_eq!(row3.len(), 1);
    assert_eq!(&row3[0][1], "BELDEN INC.");
    assert_eq!(&row3[0][2], "Germany");
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    assert!(
        (3..=col("why")).all(|i| row3[0][i].is_empty()),
        "{:?}",
        row3[0]
    );
    assert_eq!(&row3[0][col("status")], "Clear");
    // Row 4 is a UFLPA-listed public security bureau written as on the list: a hit line with
    // every hit column filled and a score at or above the default threshold.
    let row4: Vec<_> = body.iter().filter(|r| &r[0] == "4").collect();
    assert!(!row4.is_empty());
    let best = row4[0];
    assert_eq!(
        &best[1],
        "Bortala Mongolian Autonomous Prefecture Public Security Bureau"
    );
    let score: f64 = best[3].parse().unwrap();
    assert!(
        (supplyscreen_engine::screen::DEFAULT_THRESHOLD..=1.0).contains(&score),
        "score {score}"
    );
    assert!(!best[4].is_empty() && !best[5].is_empty() && !best[6].is_empty());
    // The list gives "Bortala" and "Boertala" (one place, two romanisations), which score the
    // same: the entity's primary name is reported.
    assert!(best[7].to_lowercase().contains("rtala"), "{best:?}");
    assert_eq!(&best[col("status")], "Possible match");
    assert!(!best[col("why")].is_empty(), "{best:?}");
    // Scores of one row are best first.
    let scores: Vec<f64> = row4.iter().map(|r| r[3].parse().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");

    // 2. An export with a byte-order mark (21 rows), restricted to the UFLPA list: the BOM does not
    //    break column detection, row 1 (Hoshine Silicon Industry) is a UFLPA hit.
    let bom = root.join("tests/fixtures/utf8_bom.csv");
    let (recs, stderr) = run_screen(&bundle, &bom, &["--lists", "dhs_uflpa"]);
    assert!(stderr.contains("name column \"Supplier Name\""), "{stderr}");
    let body = &recs[1..];
    let mut rows_seen: Vec<usize> = body.iter().map(|r| r[0].parse().unwrap()).collect();
    rows_seen.dedup();
    assert_eq!(rows_seen, (1..=21).collect::<Vec<_>>());
    let row1 = body.iter().find(|r| &r[0] == "1").unwrap();
    assert_eq!(&row1[1], "Hoshine Silicon Industry Co., Ltd.");
    assert_eq!(&row1[4], "dhs_uflpa", "{row1:?}");
    assert!(body.iter().all(|r| r[4].is_empty() || &r[4] == "dhs_uflpa"));
}
