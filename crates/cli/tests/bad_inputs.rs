//! The real `supplyscreen screen` binary on every kind of awkward supplier file a user can hand it.
//!
//! Each input either screens correctly (rows, names and hits checked) or fails with a non-zero exit and
//! a message that names the file, says what is wrong and what to do. Never a panic: every run asserts
//! that stderr has no "panicked".
//!
//! The inputs are the byte-exact fixtures in `tests/fixtures/` (written by `scripts/make_fixtures.py`
//! and `scripts/make_bad_input_fixtures.py` with real writers), plus a few generated here into a
//! scratch folder. The bundle is built in-process from `data/sources`, once per test binary, as in
//! `screen_cli.rs`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;
use supplyscreen_ingest::build::{build_list_set, BuildOptions};

fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .unwrap()
}

fn fixture(name: &str) -> PathBuf {
    repo_root().join("tests/fixtures").join(name)
}

/// A scratch folder for the bundle and generated inputs, under Cargo's per-target temporary
/// directory (so nothing accumulates in the system temp dir; `cargo clean` removes it).
fn scratch() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let p = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bad_inputs");
        std::fs::create_dir_all(&p).unwrap();
        p
    })
}

/// The list bundle built from the official files in `data/sources`, once for all tests.
fn bundle() -> &'static Path {
    static BUNDLE: OnceLock<PathBuf> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        let set = build_list_set(&repo_root().join("data/sources"), &BuildOptions::default())
            .unwrap_or_else(|e| panic!("building the lists from data/sources: {e}"));
        let path = scratch().join("lists.bundle");
        std::fs::write(&path, supplyscreen_engine::bundle::encode(&set).unwrap()).unwrap();
        path
    })
}

/// Writes a generated input into the scratch folder.
fn generated(name: &str, bytes: &[u8]) -> PathBuf {
    let p = scratch().join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Runs `supplyscreen screen INPUT --bundle B [extra]`; asserts it did not panic.
fn screen(input: &Path, extra: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_supplyscreen"))
        .arg("screen")
        .arg(input)
        .arg("--bundle")
        .arg(bundle())
        .args(extra)
        .output()
        .expect("run supplyscreen");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
        "{} made supplyscreen panic:\n{stderr}",
        input.display()
    );
    out
}

/// Asserts the run failed with exit code 1 and a one-line message naming the file that contains
/// every one of `parts`; returns the message.
fn assert_refused(input: &Path, parts: &[&str]) -> String {
    let out = screen(input, &[]);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{}: {stderr}", input.display());
    assert!(out.stdout.is_empty(), "no report on failure");
    let file = input.display().to_string();
    assert!(
        stderr.contains(&format!("supplyscreen: {file}: ")),
        "message does not start by naming the file: {stderr}"
    );
    for p in parts {
        assert!(stderr.contains(p), "missing {p:?} in: {stderr}");
    }
    stderr
}

/// One report line: the supplier's row, name, and (if any) the best hit.
#[derive(Debug)]
struct Line {
    row: usize,
    name: String,
    score: Option<f64>,
    list: String,
    entity: String,
}

/// Runs a screen that must succeed and returns the report's lines and the stderr text.
fn screen_ok(input: &Path, extra: &[&str]) -> (Vec<Line>, String) {
    let out = screen(input, extra);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{}: {stderr}", input.display());
    let mut r = csv::Reader::from_reader(out.stdout.as_slice());
    let header = r.headers().unwrap().clone();
    assert_eq!(&header[1], "supplier_name");
    let lines = r
        .records()
        .map(|rec| {
            let rec = rec.expect("the report is valid CSV");
            Line {
                row: rec[0].parse().unwrap(),
                name: rec[1].to_string(),
                score: (!rec[3].is_empty()).then(|| rec[3].parse().unwrap()),
                list: rec[4].to_string(),
                entity: rec[6].to_string(),
            }
        })
        .collect();
    (lines, stderr)
}

/// The names of rows 1..=n, in order (one per row, whatever the number of hits).
fn names_by_row(lines: &[Line]) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for l in lines {
        assert!(
            l.row == out.len() || l.row == out.len() + 1,
            "rows out of order at {l:?}"
        );
        if l.row == out.len() + 1 {
            out.push(&l.name);
        }
    }
    out
}

fn hits_of(lines: &[Line], row: usize) -> Vec<&Line> {
    lines
        .iter()
        .filter(|l| l.row == row && l.score.is_some())
        .collect()
}

/// Hoshine Silicon Industry is on the UFLPA Entity List: wherever it appears it must be found.
fn assert_hoshine_hit(lines: &[Line], row: usize) {
    let hits = hits_of(lines, row);
    assert!(
        hits.iter()
            .any(|h| h.list == "dhs_uflpa" && h.entity.to_lowercase().contains("hoshine")),
        "row {row} is not a UFLPA hit: {hits:?}"
    );
}

// ---- Files that cannot be screened: a specific message and exit code 1. ----

#[test]
fn empty_file() {
    assert_refused(
        &fixture("empty.csv"),
        &["the file is empty", "Export the supplier list again"],
    );
    let blank = generated("blank.csv", b"  \r\n\t\n");
    assert_refused(&blank, &["the file is empty"]);
}

#[test]
fn header_only() {
    assert_refused(
        &fixture("header_only.csv"),
        &[
            "header row (Supplier Name, Country, Address, Product)",
            "no data rows",
            "Add one supplier per row",
        ],
    );
}

#[test]
fn binary_renamed_csv() {
    assert_refused(
        &fixture("binary_renamed.csv"),
        &[
            "not a spreadsheet or CSV file",
            "PNG",
            "Export the supplier list",
        ],
    );
    // Arbitrary binary that has no known signature.
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    assert_refused(
        &generated("noise.csv", &noise),
        &["not a spreadsheet or CSV file", "binary"],
    );
}

#[test]
fn pdf_renamed_xlsx() {
    assert_refused(
        &fixture("pdf_renamed.xlsx"),
        &["not a spreadsheet or CSV file", "PDF", ".xlsx or .csv"],
    );
}

#[test]
fn corrupt_xlsx() {
    assert_refused(
        &fixture("corrupt_truncated.xlsx"),
        &["damaged or incomplete", "get it again", "save it again"],
    );
}

#[test]
fn password_protected_xlsx() {
    assert_refused(
        &fixture("password.xlsx"),
        &["password-protected", "save an unprotected copy"],
    );
}

#[test]
fn legacy_xls_is_read_and_empty_workbook_refused() {
    let (lines, _) = screen_ok(&fixture("legacy.xls"), &[]);
    assert!(!lines.is_empty());
    assert_refused(
        &fixture("empty_sheets.xlsx"),
        &["every sheet of the workbook is empty"],
    );
}

#[test]
fn missing_file_and_folder() {
    let out = screen(&scratch().join("no-such-file.csv"), &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("no-such-file.csv") && stderr.contains("cannot read"),
        "{stderr}"
    );
    let out = screen(scratch(), &[]);
    assert_eq!(out.status.code(), Some(1));
}

// ---- Files that screen correctly despite their shape. ----

#[test]
fn utf16le_with_bom() {
    let (lines, stderr) = screen_ok(&fixture("utf16le_bom.txt"), &[]);
    let names = names_by_row(&lines);
    assert_eq!(names.len(), 21, "{stderr}");
    assert_eq!(names[0], "Hoshine Silicon Industry Co., Ltd.");
    assert_eq!(names[20], "合盛硅业股份有限公司");
    assert_hoshine_hit(&lines, 1);
    // The Chinese name of the same company is found from its script too.
    assert_hoshine_hit(&lines, 21);
}

#[test]
fn windows_1252_with_accents() {
    let (lines, stderr) = screen_ok(&fixture("windows1252.csv"), &[]);
    assert_eq!(
        names_by_row(&lines),
        [
            "Société Générale",
            "Müller GmbH",
            "Nestlé",
            "Electricité de France (EDF)",
            "Bäckerei Groß & Söhne KG",
            "Cañas y Señores S.L. – €",
        ]
    );
    assert!(
        stderr.contains("Windows-1252"),
        "the encoding is reported: {stderr}"
    );
    assert!(
        lines.iter().all(|l| l.score.is_none()),
        "none of these is listed: {lines:?}"
    );
}

#[test]
fn mixed_line_endings() {
    let (lines, _) = screen_ok(&fixture("mixed_line_endings.csv"), &[]);
    assert_eq!(
        names_by_row(&lines),
        [
            "Hoshine Silicon Industry Co. Ltd",
            "Siemens AG",
            "BASF SE",
            "Toyota Motor Corporation",
            "Nestlé S.A."
        ]
    );
    assert_hoshine_hit(&lines, 1);
}

#[test]
fn semicolon_and_tab_delimiters() {
    for f in ["semicolon.csv", "tab.tsv"] {
        let (lines, stderr) = screen_ok(&fixture(f), &[]);
        let names = names_by_row(&lines);
        assert!(names.len() >= 10, "{f}: {names:?} {stderr}");
        assert!(
            names.iter().all(|n| !n.contains(';') && !n.contains('\t')),
            "{f}: {names:?}"
        );
        let row = names
            .iter()
            .position(|n| n.starts_with("Hoshine"))
            .expect("Hoshine row")
            + 1;
        assert_hoshine_hit(&lines, row);
    }
}

#[test]
fn quoted_fields_with_embedded_newlines() {
    let (lines, _) = screen_ok(&fixture("embedded_newlines.csv"), &[]);
    assert_eq!(
        names_by_row(&lines),
        [
            "Hoshine Silicon Industry Co., Ltd.",
            "Robert Bosch GmbH",
            "The \"Best\" Widgets Company"
        ]
    );
    assert_hoshine_hit(&lines, 1);
}

#[test]
fn ragged_rows() {
    let (lines, stderr) = screen_ok(&fixture("ragged.csv"), &[]);
    let names = names_by_row(&lines);
    assert_eq!(names.len(), 5, "{names:?}");
    assert_eq!(names[1], "BASF SE");
    // The unquoted comma splits "Tata Steel, Limited": the name keeps its first part and the user is
    // told which line was too long.
    assert!(names[3].starts_with("Tata Steel"), "{names:?}");
    assert!(
        stderr.contains("warning:"),
        "ragged rows are reported: {stderr}"
    );
    assert!(
        stderr.contains("line 5") || stderr.contains("row 4"),
        "which line: {stderr}"
    );
}

#[test]
fn awkward_names() {
    let (lines, stderr) = screen_ok(&fixture("edge_names.csv"), &[]);
    let names = names_by_row(&lines);
    assert_eq!(names.len(), 13, "{stderr}");
    // 1,000 characters, kept whole, and not a hit.
    assert_eq!(names[0].chars().count(), 1000);
    // Only punctuation, only a legal form: no tokens worth matching, so never a hit (a legal form
    // alone must not match every "Co., Ltd." on the lists).
    // ("---/// ???" starts like a formula, so the report neutralises it with a leading apostrophe.)
    for (row, name) in [
        (2, "..."),
        (3, "'---/// ???"),
        (4, "Co., Ltd."),
        (5, "GmbH"),
    ] {
        assert_eq!(names[row - 1], name);
        assert!(
            hits_of(&lines, row).is_empty(),
            "{name:?} matched: {:?}",
            hits_of(&lines, row)
        );
    }
    // Emoji and right-to-left text come back unchanged.
    assert_eq!(names[5], "🍫 Chocolate Factory Ltd 🏭");
    assert_eq!(names[6], "شركة الزيت العربية السعودية");
    assert_eq!(names[7], "טבע תעשיות פרמצבטיות בע\"מ");
    // HTML and script are text: written back verbatim (quoted as CSV requires), never interpreted.
    assert_eq!(names[8], "<img src=x onerror=alert(1)>");
    assert_eq!(names[9], "<script>alert('x')</script> Trading Co.");
    assert_formula_kept_as_text(
        names[10],
        "=HYPERLINK(\"http://example.invalid\",\"click\")",
    );
    assert_eq!(names[11], "", "an empty name stays an (unscreened) row");
    assert!(hits_of(&lines, 12).is_empty());
    assert_hoshine_hit(&lines, 13);
    for row in [1, 6, 7, 8, 9, 10, 11] {
        assert!(
            hits_of(&lines, row).is_empty(),
            "row {row} matched: {:?}",
            hits_of(&lines, row)
        );
    }
}

/// A cell that starts like a formula is reported as the text it was, neutralised with the leading
/// apostrophe that spreadsheets read as "this is text", so opening the report never runs it.
fn assert_formula_kept_as_text(got: &str, written: &str) {
    assert_eq!(
        got,
        format!("'{written}"),
        "{got:?} is not the neutralised text {written:?}"
    );
}

#[test]
fn awkward_names_as_json() {
    let out = screen(&fixture("edge_names.csv"), &["--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let text = v.to_string();
    assert!(
        text.contains("🍫 Chocolate Factory Ltd 🏭")
            && text.contains("<script>alert('x')</script>")
    );
}

#[test]
fn formula_and_script_cells_in_xlsx() {
    let (lines, stderr) = screen_ok(&fixture("formulas.xlsx"), &[]);
    let names = names_by_row(&lines);
    assert_eq!(names.len(), 7, "{names:?} {stderr}");
    assert_formula_kept_as_text(names[0], "=HYPERLINK(\"http://example.invalid\",\"click\")");
    assert_formula_kept_as_text(names[1], "+SUM(1,2)");
    assert_formula_kept_as_text(names[2], "-2+3 Trading");
    assert_formula_kept_as_text(names[3], "@cmd Industries");
    assert_eq!(names[4], "<script>alert('x')</script> Trading Co.");
    // A real formula is screened by its result, as Excel displays it.
    assert_eq!(names[5], "Hoshine Silicon Industry Co., Ltd.");
    assert_hoshine_hit(&lines, 6);
    // A formula never calculated (no cached result) has no text to screen: the row is kept, empty.
    assert_eq!(names[6], "");
}

#[test]
fn names_only_and_no_header() {
    let (lines, _) = screen_ok(&fixture("names_only.txt"), &[]);
    let names = names_by_row(&lines);
    assert_eq!(names.len(), 8);
    assert_eq!(names[0], "Hoshine Silicon Industry Co., Ltd.");
    assert_hoshine_hit(&lines, 1);
    let (lines, _) = screen_ok(&fixture("no_header.csv"), &[]);
    assert_eq!(names_by_row(&lines).len(), 10);
    assert_hoshine_hit(&lines, 1);
}
