//! Writes `data/mirror/`: files in the agencies' official formats derived from the committed
//! snapshots that are third-party JSON extractions, so `supplyscreen refresh` can be tested end to
//! end against a loopback server serving official-format files (see data/mirror/PROVENANCE.md).
//!
//! * `trade_csl/consolidated.csv` — a trade.gov CSL CSV (the 29 columns of the 2025 sample) with
//!   the BIS Entity, MEU and Denied Persons lists and State's ISN and DTC lists written from the
//!   entities the build makes of the nsfreg extractions, plus the Unverified List rows copied
//!   verbatim from the Nov 2023 CSL copy;
//! * `cbp_wro/withhold-release-orders-findings-fy26-2026-06-23.csv` — CBP's CSV layout (Windows-1252)
//!   written from the orders of the nsfreg extraction, and the document page linking to it.
//!
//! Run from the repository root: `cargo run -p supplyscreen-ingest --example derive_mirror`.
//! Deterministic: the same snapshots give the same bytes.

use std::collections::HashMap;
use std::path::Path;
use supplyscreen_ingest::manifest::sha256_hex;
use supplyscreen_ingest::text::slug;
use supplyscreen_ingest::{build_list_set, cbp, csl, nsfreg, BuildOptions};
use supplyscreen_lists::model::{Entity, ListCode};
use supplyscreen_vocab::country::country_code;

const CBP_CSV_NAME: &str = "withhold-release-orders-findings-fy26-2026-06-23.csv";

fn main() {
    let sources = Path::new("data/sources");
    let out = Path::new("data/mirror");
    let set = build_list_set(sources, &BuildOptions::default()).expect("build from data/sources");
    std::fs::create_dir_all(out.join("trade_csl")).unwrap();
    std::fs::create_dir_all(out.join("cbp_wro")).unwrap();

    // The CSL header as the 2025 sample has it.
    let sample = sources.join("trade_csl/consolidated_2025-06_format_sample.csv");
    let mut rdr = csv::Reader::from_path(&sample).unwrap();
    let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    let col = |n: &str| header.iter().position(|h| h == n).unwrap();
    let mut w = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Always)
        .from_path(out.join("trade_csl/consolidated.csv"))
        .unwrap();
    w.write_record(&header).unwrap();
    let mut problems: HashMap<&str, usize> = HashMap::new();
    for code in [
        ListCode::BisEntity,
        ListCode::BisMeu,
        ListCode::BisDpl,
        ListCode::StateIsn,
        ListCode::StateDtc,
    ] {
        let label = csl::source_label(code).unwrap();
        let list_url = &set.list(code).unwrap().source_url;
        let mut es: Vec<&Entity> = set.entities.iter().filter(|e| e.list == code).collect();
        // Slug ids count repeats of a name in file order: write every first occurrence, then every
        // second, … so the CSL parser gives each entity the id it has now.
        es.sort_by_key(|e| occurrence(e));
        for e in es {
            let mut row = vec![String::new(); header.len()];
            let name = if e.extends_to_subsidiaries {
                format!("{} and its subsidiaries", e.name)
            } else {
                e.name.clone()
            };
            row[col("_id")] = sha256_hex(format!("{label}\n{}", e.id).as_bytes())[..32].to_string();
            row[col("source")] = label.to_string();
            row[col("programs")] = join(&e.programs, &mut problems, "program with '; '");
            row[col("name")] = name;
            let mut addresses = Vec::new();
            for c in &e.countries {
                if country_code(c).is_none() {
                    *problems.entry("country without an ISO code").or_default() += 1;
                }
            }
            let suffix = |c: &String| match country_code(c) {
                Some(cc) => format!("{c}, {cc}"),
                None => c.clone(),
            };
            match e.countries.first() {
                Some(c) if e.addresses.is_empty() => addresses.push(suffix(c)),
                Some(c) => {
                    addresses.extend(e.addresses.iter().map(|a| format!("{a}, {}", suffix(c))))
                }
                None => addresses.extend(e.addresses.iter().cloned()),
            }
            if e.countries.len() > 1 {
                *problems.entry("more than one country").or_default() += 1;
            }
            row[col("addresses")] = join(&addresses, &mut problems, "address with '; '");
            row[col("federal_register_notice")] = e.citation.clone().unwrap_or_default();
            row[col("start_date")] = e.effective_date.clone().unwrap_or_default();
            row[col("license_requirement")] = e.license_requirement.clone().unwrap_or_default();
            row[col("remarks")] = e.remarks.clone().unwrap_or_default();
            row[col("source_list_url")] = e.source_url.clone().unwrap_or_else(|| list_url.clone());
            let aliases: Vec<String> = e.aliases.iter().map(|a| a.name.clone()).collect();
            row[col("alt_names")] = join(&aliases, &mut problems, "alias with '; '");
            row[col("source_information_url")] = list_url.clone();
            w.write_record(&row).unwrap();
        }
    }
    // The Unverified List: real CSL rows, verbatim from the 2023 copy.
    let uvl = csl::source_label(ListCode::BisUvl).unwrap();
    let old = sources.join("trade_csl/consolidated_2023-11_subset.csv");
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(&old)
        .unwrap();
    let old_header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(old_header, header, "the 2023 copy has the same 29 columns");
    for rec in rdr.records() {
        let Ok(rec) = rec else { continue };
        if rec.len() == header.len() && rec.get(col("source")) == Some(uvl) {
            w.write_record(&rec).unwrap();
        }
    }
    w.flush().unwrap();

    // CBP: the orders of the extraction, back in CBP's CSV layout.
    let json = sources.join("cbp_wro/cbp_wro_2026-06-23_nsfreg.json");
    let orders = cbp::from_nsfreg(&json, &nsfreg::read(&json).unwrap()).unwrap();
    let fixture = Path::new("crates/ingest/tests/fixtures/cbp_wro_official_layout_sample.csv");
    let head = std::fs::read(fixture).unwrap();
    let head = String::from_utf8_lossy(&head);
    let head = head.lines().next().unwrap();
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(head.split(',')).unwrap();
    for o in &orders {
        let (date, fy) = match &o.effective_date {
            Some(d) => {
                let (y, m, day) = (&d[0..4], &d[5..7], &d[8..10]);
                let y: u32 = y.parse().unwrap();
                let m_n: u32 = m.parse().unwrap();
                (
                    format!("{m}/{day}/{y}"),
                    (if m_n >= 10 { y + 1 } else { y }).to_string(),
                )
            }
            None => (String::new(), String::new()),
        };
        let country = o.country.clone().unwrap_or_default();
        let mut entity = o.entity.clone();
        for a in &o.aliases {
            entity.push_str(" a/k/a ");
            entity.push_str(a);
        }
        w.write_record([
            date,
            fy,
            country_code(&country).unwrap_or("").to_string(),
            country,
            o.merchandise.clone().unwrap_or_default(),
            o.order_type.clone(),
            o.industry.clone().unwrap_or_default(),
            o.status.clone().unwrap_or_default(),
            String::new(),
            entity,
            o.remarks.clone().unwrap_or_default(),
        ])
        .unwrap();
    }
    let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(
        !unmappable,
        "a CBP value has a character Windows-1252 cannot write"
    );
    std::fs::write(out.join("cbp_wro").join(CBP_CSV_NAME), &bytes).unwrap();
    std::fs::write(
        out.join("cbp_wro/withhold-release-orders-findings.html"),
        format!(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Withhold Release Orders and Findings List | U.S. Customs and Border Protection</title></head>\n\
             <body>\n<h1>Withhold Release Orders and Findings List</h1>\n\
             <p>Test page written by crates/ingest/examples/derive_mirror.rs (see data/mirror/PROVENANCE.md): it links to the CSV as CBP's document page does.</p>\n\
             <p><a href=\"/sites/default/files/2026-06/{CBP_CSV_NAME}\">Withhold Release Orders and Findings List (CSV)</a></p>\n</body>\n</html>\n"
        ),
    )
    .unwrap();
    let mut problems: Vec<_> = problems.into_iter().collect();
    problems.sort();
    println!("wrote data/mirror; values the CSL layout cannot carry exactly: {problems:?}");
}

/// 1 for the first entity of a name, 2 for the id that ends "-2", …
fn occurrence(e: &Entity) -> u32 {
    let base = format!("{}:{}", e.list, slug(&e.name));
    e.id.strip_prefix(&base)
        .and_then(|rest| rest.strip_prefix('-'))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1)
}

/// A CSL multi-valued cell: values joined with "; " (a value that itself contains "; " would be
/// split by a reader, so it is counted).
fn join(
    values: &[String],
    problems: &mut HashMap<&'static str, usize>,
    what: &'static str,
) -> String {
    for v in values {
        if v.contains("; ") {
            *problems.entry(what).or_default() += 1;
        }
    }
    values.join("; ")
}
