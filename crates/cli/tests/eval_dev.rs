//! Guards the matcher's quality on the labelled dev set (`data/eval/dev`) against the real lists.
//!
//! The lists are built in-process from `data/sources` with the ingest crate, so the test never
//! depends on a generated bundle being present or up to date. The floors sit just under what the
//! matcher reaches (see `crates/matcher/README.md`): a change that loses recall or starts flagging
//! real unlisted companies fails here, with the figures in the message.

use std::path::Path;
use std::sync::OnceLock;
use supplyscreen_engine::eval::{evaluate, Label};
use supplyscreen_engine::input::{detect_columns, read_table, Limits};
use supplyscreen_engine::model::ListSet;
use supplyscreen_engine::screen::{ScreenOptions, Screener, SupplierQuery, DEFAULT_THRESHOLD};
use supplyscreen_ingest::build::{build_list_set, BuildOptions};

fn repo_root() -> &'static Path {
    // crates/cli -> repository root
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .unwrap()
}

/// The lists built in-process from `data/sources`, once for all the tests of this file.
fn real_lists() -> &'static ListSet {
    static SET: OnceLock<ListSet> = OnceLock::new();
    SET.get_or_init(|| {
        build_list_set(&repo_root().join("data/sources"), &BuildOptions::default())
            .unwrap_or_else(|e| panic!("building the lists from data/sources: {e}"))
    })
}

fn read_labels(path: &Path) -> Vec<Label> {
    let mut r = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let headers = r.headers().unwrap().clone();
    let col = |n: &str| {
        headers
            .iter()
            .position(|h| h == n)
            .unwrap_or_else(|| panic!("{}: no `{n}` column", path.display()))
    };
    let idx = [
        col("row"),
        col("kind"),
        col("expected_list"),
        col("expected_names"),
        col("perturbation"),
    ];
    r.records()
        .enumerate()
        .map(|(i, rec)| {
            let rec = rec.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let f = |k: usize| rec.get(idx[k]).unwrap_or("");
            Label::from_columns(f(0), f(1), f(2), f(3), f(4))
                .unwrap_or_else(|e| panic!("{} line {}: {e}", path.display(), i + 2))
        })
        .collect()
}

fn read_queries(path: &Path) -> Vec<SupplierQuery> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let table = read_table(&path.display().to_string(), &bytes, &Limits::default()).unwrap();
    let cols = detect_columns(&table);
    let name = cols.name.expect("dev suppliers: a name column");
    let country = cols.country.expect("dev suppliers: a country column");
    table
        .rows
        .iter()
        .map(|r| SupplierQuery {
            name: r[name].clone(),
            country: Some(r[country].clone()).filter(|c| !c.trim().is_empty()),
        })
        .collect()
}

#[test]
fn dev_set_floors_on_the_real_lists() {
    let root = repo_root();
    let set = real_lists();
    assert!(
        set.entities.len() > 20_000,
        "only {} entities",
        set.entities.len()
    );
    let queries = read_queries(&root.join("data/eval/dev/suppliers.csv"));
    let labels = read_labels(&root.join("data/eval/dev/labels.csv"));
    assert_eq!(queries.len(), labels.len(), "one label per supplier row");
    assert!(labels.iter().any(|l| !l.positive) && labels.iter().any(|l| l.positive));

    let screener = Screener::new(set);
    let opts = ScreenOptions::default();
    assert_eq!(opts.threshold, DEFAULT_THRESHOLD);
    let hits: Vec<_> = queries.iter().map(|q| screener.screen(q, &opts)).collect();
    let results = evaluate(&labels, &hits, &[DEFAULT_THRESHOLD]);
    let c = &results[0].overall;
    let figures = format!(
        "recall {:.3} ({}/{}), precision {:.3}, F1 {:.3}, negatives flagged {:.3} ({}/{}), false alarms {}",
        c.recall(),
        c.found,
        c.positives,
        c.precision(),
        c.f1(),
        c.false_alarm_rate(),
        c.negatives_flagged,
        c.negatives,
        c.false_alarms
    );
    eprintln!("dev set at {DEFAULT_THRESHOLD}: {figures}");
    assert!(
        c.recall() >= RECALL_FLOOR,
        "recall below {RECALL_FLOOR}: {figures}"
    );
    assert!(
        c.precision() >= PRECISION_FLOOR,
        "precision below {PRECISION_FLOOR}: {figures}"
    );
    assert!(c.f1() >= F1_FLOOR, "F1 below {F1_FLOOR}: {figures}");
    assert!(
        c.false_alarm_rate() <= FLAGGED_CEILING,
        "more than {FLAGGED_CEILING} of negatives flagged: {figures}"
    );
}

// Just under the measured figures (README: "Measured"), so a real regression fails; F1 at issue
// 11's floor (0.985; measured 0.987).
const RECALL_FLOOR: f64 = 0.97;
const PRECISION_FLOOR: f64 = 0.99;
const F1_FLOOR: f64 = 0.985;
const FLAGGED_CEILING: f64 = 0.01;

/// Chinese-script supplier names (`data/eval/crossscript-dev`): the listed companies found from
/// their registered Chinese names, and no unlisted Chinese company flagged.
#[test]
fn cross_script_dev_set_floor() {
    let root = repo_root();
    let set = real_lists();
    let dir = root.join("data/eval/crossscript-dev");
    let queries = read_queries(&dir.join("suppliers.csv"));
    let labels = read_labels(&dir.join("labels.csv"));
    assert_eq!(queries.len(), labels.len(), "one label per supplier row");
    let screener = Screener::new(set);
    let opts = ScreenOptions::default();
    let hits: Vec<_> = queries.iter().map(|q| screener.screen(q, &opts)).collect();
    let results = evaluate(&labels, &hits, &[DEFAULT_THRESHOLD]);
    let c = &results[0].overall;
    let figures = format!(
        "found {}/{}, negatives flagged {}/{}",
        c.found, c.positives, c.negatives_flagged, c.negatives
    );
    eprintln!("cross-script dev set at {DEFAULT_THRESHOLD}: {figures}");
    assert_eq!(c.positives, 35, "{figures}");
    assert!(c.found >= CROSS_SCRIPT_FOUND_FLOOR, "{figures}");
    assert_eq!(c.negatives_flagged, 0, "{figures}");
}

const CROSS_SCRIPT_FOUND_FLOOR: usize = 34;

/// Real companies on no list (`data/negatives`: the SEC's company tickers, the same 4,000 names
/// `supplyscreen-bench` screens): at most 1% of them may be flagged at the default threshold. The
/// ones still flagged are mostly true namesakes (Dover, Opera, Galapagos), which a name alone
/// cannot tell apart.
#[test]
fn real_unlisted_companies_ceiling() {
    let root = repo_root();
    let set = real_lists();
    let path = root.join("data/negatives/sec_company_tickers_2023-09.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let titles: Vec<&str> = json
        .as_object()
        .expect("an object of companies")
        .values()
        .filter_map(|e| e.get("title").and_then(|t| t.as_str()))
        .collect();
    assert!(titles.len() >= 4000, "{} names", titles.len());
    let step = (titles.len() / 4000).max(1);
    let screener = Screener::new(set);
    let opts = ScreenOptions::default();
    let flagged: Vec<String> = titles
        .iter()
        .step_by(step)
        .take(4000)
        .filter_map(|&name| {
            let hits = screener.screen(
                &SupplierQuery {
                    name: name.into(),
                    country: None,
                },
                &opts,
            );
            hits.first()
                .map(|h| format!("{name} ~ {} ({:.3})", h.matched_name, h.score))
        })
        .collect();
    eprintln!(
        "real unlisted companies flagged at {DEFAULT_THRESHOLD}: {}/4000",
        flagged.len()
    );
    assert!(
        flagged.len() <= UNLISTED_FLAGGED_CEILING,
        "{} of 4000 flagged (ceiling {UNLISTED_FLAGGED_CEILING}):\n{}",
        flagged.len(),
        flagged.join("\n")
    );
}

/// 1% of 4,000 (issue 11); measured 38 (`crates/matcher/README.md`).
const UNLISTED_FLAGGED_CEILING: usize = 40;
