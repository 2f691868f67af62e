//! `supplyscreen screen` on a supplier file with a registration-number column, as CSV, old Excel
//! (.xls) and OpenDocument (.ods): the same rows give the same results CSV, Xinjiang signals exactly
//! for the USCCs registered in Xinjiang, a warning for a mistyped code, and with `--decisions` every
//! hit without an earlier decision is marked New.
//!
//! The fixtures are written by `tests/fixtures/make_id_fixtures.py` (which codes are real and
//! which are made up is said there). The lists are built in-process from `data/sources`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use supplyscreen_ingest::build::{build_list_set, BuildOptions};

fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .unwrap()
}

fn scratch() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let d = std::env::temp_dir().join(format!("supplyscreen-signals-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        d
    })
}

fn bundle() -> &'static Path {
    static B: OnceLock<PathBuf> = OnceLock::new();
    B.get_or_init(|| {
        let set = build_list_set(&repo_root().join("data/sources"), &BuildOptions::default())
            .expect("the committed sources build");
        let p = scratch().join("lists.bundle");
        std::fs::write(&p, supplyscreen_engine::bundle::encode(&set).unwrap()).unwrap();
        p
    })
}

/// Runs a screen; returns the CSV records (header first) and stderr.
fn screen(input: &Path, extra: &[&str]) -> (Vec<Vec<String>>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_supplyscreen"))
        .arg("screen")
        .arg(input)
        .arg("--bundle")
        .arg(bundle())
        .args(extra)
        .output()
        .expect("run supplyscreen");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{}: {stderr}", input.display());
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(out.stdout.as_slice());
    let recs = r
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    (recs, stderr)
}

fn fixture(name: &str) -> PathBuf {
    repo_root().join("tests/fixtures").join(name)
}

fn col(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

/// The lines of data row `row`.
fn lines(recs: &[Vec<String>], row: usize) -> Vec<&Vec<String>> {
    recs[1..]
        .iter()
        .filter(|r| r[0] == row.to_string())
        .collect()
}

#[test]
fn registration_numbers_give_xinjiang_signals_and_warnings_in_every_format() {
    let (csv, stderr) = screen(&fixture("suppliers_ids.csv"), &[]);
    assert!(
        stderr.contains("registration number column \"Registration No.\"")
            && stderr.contains("HS code column \"HS Code\""),
        "{stderr}"
    );
    let h = &csv[0];
    let (risks, id, check) = (
        col(h, "risk_signals"),
        col(h, "supplier_id"),
        col(h, "id_check"),
    );
    let signals = |row: usize| lines(&csv, row)[0][risks].clone();
    // Rows 1, 3 and 4 carry USCCs issued in Xinjiang (Urumqi, Kashgar City, Shihezi); none of them
    // says Xinjiang in its name or address, so the signal comes from the number alone.
    assert!(
        signals(1).contains("Registered in Xinjiang (division 650100, Urumqi)"),
        "{}",
        signals(1)
    );
    assert!(signals(3).contains("Registered in Xinjiang (division 653101, Kashgar City)"));
    assert!(signals(4).contains("Registered in Xinjiang (division 659001, Shihezi)"));
    for row in [2, 5, 6, 7, 8] {
        assert!(
            !signals(row).contains("Registered in Xinjiang")
                && !signals(row).contains("Xinjiang location"),
            "row {row}: {}",
            signals(row)
        );
    }
    // Row 5's code has a mistyped check character: a warning, in the CSV and on stderr.
    assert!(
        lines(&csv, 5)[0][check].contains("is not a valid USCC: its check character should be 8"),
        "{:?}",
        lines(&csv, 5)[0]
    );
    assert!(
        stderr.contains("warning: row 5: the registration number 91653101MA78TQ2K20"),
        "{stderr}"
    );
    assert_eq!(lines(&csv, 1)[0][check], "valid USCC");
    assert_eq!(lines(&csv, 8)[0][check], "valid INN");
    assert_eq!(lines(&csv, 7)[0][check], "no check for this kind of number");
    assert_eq!(lines(&csv, 8)[0][id], "7707083893");
    // The old Excel and OpenDocument copies of the same rows give the same results.
    for f in ["suppliers_ids.xls", "suppliers_ids.ods"] {
        let (other, _) = screen(&fixture(f), &[]);
        assert_eq!(other, csv, "{f}");
    }
    // The column can also be named on the command line.
    let (by_name, _) = screen(&fixture("suppliers_ids.csv"), &["--id-column", "5"]);
    assert_eq!(by_name, csv);
}

#[test]
fn decisions_file_marks_hits_without_an_earlier_decision_as_new() {
    let input = fixture("suppliers_ids.csv");
    let (csv, _) = screen(&input, &[]);
    let h = &csv[0];
    let (entity, new, decision) = (col(h, "entity_id"), col(h, "new"), col(h, "decision"));
    let hit_lines: Vec<&Vec<String>> = csv[1..].iter().filter(|r| !r[entity].is_empty()).collect();
    assert!(hit_lines.len() >= 2, "{hit_lines:?}");
    // Nothing is new without a decisions file.
    assert!(hit_lines.iter().all(|r| r[new].is_empty()));
    // A decision on the first hit only: every other hit is new, the decided one is not.
    let first = hit_lines[0];
    let file = scratch().join("decisions.csv");
    std::fs::write(
        &file,
        format!(
            "supplier_name,entity_id,list,entity_name,decision,note,decided_at\n\"{}\",{},{},\"{}\",False positive,checked,2026-11-30\n",
            first[1], first[entity], first[col(h, "list")], first[col(h, "entity_name")]
        ),
    )
    .unwrap();
    let (reviewed, _) = screen(&input, &["--decisions", file.to_str().unwrap()]);
    let hits: Vec<&Vec<String>> = reviewed[1..]
        .iter()
        .filter(|r| !r[entity].is_empty())
        .collect();
    assert_eq!(hits.len(), hit_lines.len());
    assert_eq!(hits[0][decision], "False positive");
    assert_eq!(hits[0][new], "");
    assert!(hits[1..].iter().all(|r| r[new] == "New"), "{hits:?}");
    // The same decision made against an older version of its list: stderr names the list.
    let older = scratch().join("decisions-older.csv");
    std::fs::write(
        &older,
        format!(
            "supplier_name,entity_id,list,entity_name,decision,note,decided_at,list_as_of\n\"{}\",{},{},\"{}\",False positive,checked,2020-02-01,2020-01-31\n",
            first[1], first[entity], first[col(h, "list")], first[col(h, "entity_name")]
        ),
    )
    .unwrap();
    let (_, stderr) = screen(&input, &["--decisions", older.to_str().unwrap()]);
    assert!(
        stderr.contains("note: lists updated since these decisions were made: ")
            && stderr.contains("(2020-01-31 -> "),
        "{stderr}"
    );
    let (_, stderr) = screen(&input, &["--decisions", file.to_str().unwrap()]);
    assert!(!stderr.contains("lists updated"), "{stderr}");
    // A broken decisions file is refused with the file, the line and the problem.
    let bad = scratch().join("bad-decisions.csv");
    std::fs::write(&bad, "supplier_name,entity_id\nA,b\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_supplyscreen"))
        .args(["screen", input.to_str().unwrap(), "--bundle"])
        .arg(bundle())
        .args(["--decisions", bad.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("bad-decisions.csv") && stderr.contains("line 1"),
        "{stderr}"
    );
}

/// `tests/fixtures/suppliers_sectors.csv`: made-up Chinese suppliers (and Wacker, a real German
/// polysilicon maker) with the product and HS code a supplier master gives.
#[test]
fn uflpa_priority_sectors_by_product_word_and_hs_code() {
    let (csv, stderr) = screen(&fixture("suppliers_sectors.csv"), &[]);
    assert!(stderr.contains("HS code column \"HS Code\""), "{stderr}");
    let h = &csv[0];
    let (risks, status) = (col(h, "risk_signals"), col(h, "status"));
    let signals = |row: usize| lines(&csv, row)[0][risks].clone();
    // 1: polysilicon from China, by word and HS code 2804.61.
    let one = signals(1);
    assert!(
        one.contains("UFLPA high-priority sector: silica-based products (including polysilicon) (UFLPA Strategy 2022-06-17), HS 2804.61 and word \"polysilicon\""),
        "{one}"
    );
    assert_eq!(lines(&csv, 1)[0][status], "Product risk");
    // 2: the same product and code from Germany is no sector signal.
    assert!(
        !signals(2).contains("high-priority sector"),
        "{}",
        signals(2)
    );
    // 3: cotton T-shirts by word alone: apparel and cotton.
    let three = signals(3);
    assert!(
        three.contains("sector: apparel (UFLPA Strategy 2022-06-17), word \"t-shirts\""),
        "{three}"
    );
    assert!(
        three.contains(
            "sector: cotton and cotton products (UFLPA Strategy 2022-06-17), word \"cotton\""
        ),
        "{three}"
    );
    // 4: "Ingots" says nothing; HS 7601.20 (unwrought aluminium) does, from the 2024 update.
    let four = signals(4);
    assert!(
        four.contains("sector: aluminum (UFLPA Strategy update 2024-07-09), HS 7601.20"),
        "{four}"
    );
    // 5: LED lamps (HS 9405) are in no sector; 7: HS 8544 cable counts for copper only with a
    // copper word, and "optical fibre cable" has none.
    for row in [5, 7] {
        assert!(
            !signals(row).contains("high-priority sector"),
            "{row}: {}",
            signals(row)
        );
    }
    // 6: Chinese product text, Chinese country name.
    assert!(
        signals(6).contains(
            "sector: tomatoes and downstream products (UFLPA Strategy 2022-06-17), word \"番茄酱\""
        ),
        "{}",
        signals(6)
    );
}

#[test]
fn a_registration_number_the_lists_give_is_a_hit_whatever_the_name() {
    let (csv, _) = screen(&fixture("suppliers_ids.csv"), &[]);
    let h = &csv[0];
    let (name, why, score) = (col(h, "entity_name"), col(h, "why"), col(h, "score"));
    // Row 2, "Bohai Offshore Services Ltd", carries CNOOC's USCC (NS-CMIC remarks): no name in
    // common, found by the number alone, scored 1.0, explained.
    let row2 = lines(&csv, 2);
    let cnooc = row2
        .iter()
        .find(|r| r[name] == "CHINA NATIONAL OFFSHORE OIL CORPORATION")
        .unwrap_or_else(|| panic!("no CNOOC hit on row 2: {row2:?}"));
    assert_eq!(cnooc[score], "1.000");
    assert!(
        cnooc[why].starts_with(
            "registration number matches (Unified Social Credit Code (USCC) 91110000100001043E, China)"
        ),
        "{}",
        cnooc[why]
    );
    // Row 8, PJSC Sberbank with Sberbank's INN: the name hit becomes the identifier hit, first.
    let row8 = lines(&csv, 8);
    assert!(row8[0][why].starts_with("registration number matches (Tax ID No. 7707083893, Russia)"));
    assert_eq!(
        row8[0][name],
        "PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA"
    );
    // Numbers no list gives (the made-up Kashgar and Shenzhen codes, Siemens' VAT number) add no hit.
    for n in [3, 4, 5, 7] {
        assert!(
            lines(&csv, n).iter().all(|r| r[name].is_empty()),
            "row {n}: {:?}",
            lines(&csv, n)
        );
    }
    // The same number for a supplier in another country is another country's number: no hit.
    let input = scratch().join("inn_elsewhere.csv");
    std::fs::write(
        &input,
        "Supplier Name,Country,Tax ID\nNordic Parts AB,Sweden,7707083893\nNordic Parts AB,Russia,7707083893\n",
    )
    .unwrap();
    let (csv, _) = screen(&input, &[]);
    let name = col(&csv[0], "entity_name");
    assert!(lines(&csv, 1).iter().all(|r| r[name].is_empty()), "{csv:?}");
    assert!(
        lines(&csv, 2).iter().any(|r| r[name].contains("SBERBANK")),
        "{csv:?}"
    );
}
