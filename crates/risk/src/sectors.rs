//! UFLPA high-priority sectors: the sectors the Forced Labor Enforcement Task Force (DHS) names in
//! the UFLPA Strategy and its yearly updates (apparel, cotton, silica-based products, tomatoes,
//! aluminum, PVC, seafood, caustic soda, copper, lithium, red dates, steel), mapped to HS codes and
//! product words in `data/sources/uflpa_sectors/sectors.csv` (its PROVENANCE.md cites each
//! document and date).
//!
//! The table is compiled in with `include_str!` and read by the small CSV reader below when a
//! [`crate::RiskIndex`] is built, rather than generated into Rust source: the CSV stays the one
//! copy (nothing to regenerate, nothing to drift), and this crate keeps no `csv` dependency, which
//! it cannot take at run time (it compiles to wasm for the worker, and `csv` belongs to the
//! reader). A test reads the same file with the `csv` crate and holds the two readings equal.
//!
//! Matching, for a supplier in China (Greater China, as the other product signals):
//! * HS codes: the digits of each code in the row's HS cell, compared by prefix with the row's
//!   prefixes (`5205.12` = `520512` starts with `5205`). Rows marked `with_keyword` (HS prefixes
//!   broader than the sector: 8544 cable, 0810.90 other fruit) count only together with a keyword.
//! * Product words: every language's keywords against the product text, case- and
//!   accent-insensitively on word boundaries (`T-Shirts` has the words `t shirts`); keywords with
//!   Chinese characters as substrings. No plural folding: the table lists the plurals it means
//!   ("shorts" must not match "short").
//! * One signal per sector, from its strongest row: HS code and word, then HS code, then word;
//!   then the longer HS prefix, the longer keyword ("tomato paste" is paste, not fresh tomatoes),
//!   and a named product before a downstream one before a related one.

use crate::text::{SectorScope, SectorWhy};
use crate::words::latin_words;
use std::cmp::Reverse;
use std::collections::HashMap;
use supplyscreen_vocab::text::is_han;

/// The table as committed.
pub(crate) const SECTORS_CSV: &str =
    include_str!("../../../data/sources/uflpa_sectors/sectors.csv");

/// The columns this module reads, in the file's order.
const COLUMNS: [&str; 14] = [
    "sector",
    "subsector",
    "label_en",
    "dhs_wording",
    "named_in",
    "scope",
    "hs",
    "hs_match",
    "keywords_en",
    "keywords_es",
    "keywords_fr",
    "keywords_zh",
    "source_url",
    "note",
];

/// The records of a CSV text (RFC 4180: fields separated by commas, optionally in double quotes,
/// `""` a quote inside quotes, records ended by `\n` or `\r\n`). Enough for the committed table,
/// whose reading the tests compare with the `csv` crate's.
pub(crate) fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => record.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            _ => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

/// One row of the table: a product group of a sector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SectorRow {
    pub sector: String,
    pub subsector: String,
    pub dhs_wording: String,
    pub named_in: String,
    pub scope: SectorScope,
    /// HS prefixes, digits only.
    pub hs: Vec<String>,
    /// The HS prefixes count only together with a keyword of the row.
    pub hs_needs_keyword: bool,
    /// Every language's keywords, as written.
    pub keywords: Vec<String>,
    pub source_url: String,
}

/// The rows of the committed table; a row whose scope or HS rule is not one the table documents
/// is left out (the tests hold every committed row readable).
pub(crate) fn rows() -> Vec<SectorRow> {
    rows_of(SECTORS_CSV)
}

fn rows_of(text: &str) -> Vec<SectorRow> {
    let records = parse_csv(text);
    let Some((header, body)) = records.split_first() else {
        return Vec::new();
    };
    let col: Vec<Option<usize>> = COLUMNS
        .iter()
        .map(|c| header.iter().position(|h| h == c))
        .collect();
    let get = |r: &[String], c: usize| -> String {
        col[c]
            .and_then(|i| r.get(i))
            .map(|s| s.trim().to_string())
            .unwrap_or_default()
    };
    let list = |s: String| -> Vec<String> {
        s.split('|')
            .map(str::trim)
            .filter(|k| !k.is_empty())
            .map(str::to_string)
            .collect()
    };
    body.iter()
        .filter_map(|r| {
            let scope = match get(r, 5).as_str() {
                "named" => SectorScope::Named,
                "downstream" => SectorScope::Downstream,
                "related" => SectorScope::Related,
                _ => return None,
            };
            let hs_needs_keyword = match get(r, 7).as_str() {
                "alone" => false,
                "with_keyword" => true,
                _ => return None,
            };
            let keywords = (8..=11).flat_map(|c| list(get(r, c))).collect();
            Some(SectorRow {
                sector: get(r, 0),
                subsector: get(r, 1),
                dhs_wording: get(r, 3),
                named_in: get(r, 4),
                scope,
                hs: list(get(r, 6)),
                hs_needs_keyword,
                keywords,
                source_url: get(r, 12),
            })
        })
        .collect()
}

/// The HS codes of a cell, digits only: codes are separated by `,` `;` `/` `|` or line breaks;
/// within one, dots, spaces and dashes group digits ("2804.61.00", "2804 61 00"). A code needs at
/// least four digits (a heading). A code that lost its leading zero in a spreadsheet's number
/// cell ("702.00" for 0702.00, "30617" for 030617) gets it back, and a dotted code that lost a
/// trailing zero ("5205.1" for 5205.10) too: HS groups have two digits after the heading.
pub(crate) fn hs_codes(cell: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in cell.split([',', ';', '/', '|', '\n']) {
        let part = part
            .trim()
            .trim_start_matches(|c: char| c.is_alphabetic() || c == ':');
        let mut groups: Vec<&str> = part
            .split(['.', ' ', '-', '\t'])
            .filter(|g| !g.is_empty())
            .collect();
        if groups.is_empty()
            || groups
                .iter()
                .any(|g| !g.bytes().all(|b| b.is_ascii_digit()))
        {
            continue;
        }
        let mut code = String::new();
        let first = groups.remove(0);
        if groups.is_empty() {
            if first.len() % 2 == 1 {
                code.push('0');
            }
            code.push_str(first);
        } else {
            if first.len() == 3 {
                code.push('0');
            }
            code.push_str(first);
            for g in groups {
                code.push_str(g);
                if g.len() == 1 {
                    code.push('0');
                }
            }
        }
        if (4..=12).contains(&code.len()) {
            out.push(code);
        }
    }
    out
}

/// An HS prefix in the usual notation: "61", "2804", "2804.61".
fn dotted(prefix: &str) -> String {
    if prefix.len() > 4 {
        format!("{}.{}", &prefix[..4], &prefix[4..])
    } else {
        prefix.to_string()
    }
}

/// A keyword, prepared: Chinese ones are found as substrings of the lower-cased text, the others
/// as a run of consecutive words.
#[derive(Debug, Clone)]
enum Needle {
    Han,
    Words(Vec<String>),
}

/// The sector table, ready to assess suppliers.
#[derive(Debug, Clone)]
pub(crate) struct SectorIndex {
    rows: Vec<SectorRow>,
    /// (row, keyword as written, needle) by the needle's first word; Chinese needles apart.
    by_first_word: HashMap<String, Vec<(usize, usize)>>,
    han: Vec<(usize, usize, String)>,
    needles: Vec<Vec<Needle>>,
}

/// What one sector row found in a supplier's product text and HS codes.
struct Found<'a> {
    row: &'a SectorRow,
    keyword: Option<&'a str>,
    hs: Option<(String, &'a str)>,
}

/// One sector signal, before it becomes a [`crate::RiskSignal`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SectorHit {
    pub sector: String,
    pub subsector: String,
    pub wording: String,
    pub named_in: String,
    pub url: String,
    pub scope: SectorScope,
    pub why: SectorWhy,
}

impl SectorIndex {
    pub(crate) fn new() -> SectorIndex {
        SectorIndex::from_rows(rows())
    }

    fn from_rows(rows: Vec<SectorRow>) -> SectorIndex {
        let mut by_first_word: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        let mut han = Vec::new();
        let mut needles = Vec::new();
        for (r, row) in rows.iter().enumerate() {
            let mut mine = Vec::new();
            for (k, kw) in row.keywords.iter().enumerate() {
                let needle = if kw.chars().any(is_han) {
                    han.push((r, k, kw.to_lowercase()));
                    Needle::Han
                } else {
                    let ws = latin_words(kw);
                    if let Some(first) = ws.first() {
                        by_first_word.entry(first.clone()).or_default().push((r, k));
                    }
                    Needle::Words(ws)
                };
                mine.push(needle);
            }
            needles.push(mine);
        }
        SectorIndex {
            rows,
            by_first_word,
            han,
            needles,
        }
    }

    /// Number of product groups (rows) and of sectors.
    pub(crate) fn counts(&self) -> (usize, usize) {
        let mut sectors: Vec<&str> = self.rows.iter().map(|r| r.sector.as_str()).collect();
        sectors.sort_unstable();
        sectors.dedup();
        (self.rows.len(), sectors.len())
    }

    /// The longest keyword of each row found in `product`: (row, keyword).
    fn keywords(&self, product: &str) -> HashMap<usize, &str> {
        let mut best: HashMap<usize, &str> = HashMap::new();
        let mut offer = |r: usize, k: usize| {
            let kw = self.rows[r].keywords[k].as_str();
            let e = best.entry(r).or_insert(kw);
            if kw.chars().count() > e.chars().count() {
                *e = kw;
            }
        };
        let words = latin_words(product);
        for (i, w) in words.iter().enumerate() {
            for &(r, k) in self.by_first_word.get(w).into_iter().flatten() {
                let Needle::Words(ws) = &self.needles[r][k] else {
                    continue;
                };
                if words[i..].starts_with(ws) {
                    offer(r, k);
                }
            }
        }
        if product.chars().any(is_han) {
            let lower = product.to_lowercase();
            for (r, k, needle) in &self.han {
                if lower.contains(needle.as_str()) {
                    offer(*r, *k);
                }
            }
        }
        best
    }

    /// The sector signals of a supplier in China with this product text and HS cell.
    pub(crate) fn assess(&self, product: Option<&str>, hs: Option<&str>) -> Vec<SectorHit> {
        let words = product.map(|p| self.keywords(p)).unwrap_or_default();
        let codes = hs.map(hs_codes).unwrap_or_default();
        let mut found: Vec<Found> = Vec::new();
        for (r, row) in self.rows.iter().enumerate() {
            let keyword = words.get(&r).copied();
            let hs = codes.iter().find_map(|c| {
                row.hs
                    .iter()
                    .find(|p| c.starts_with(p.as_str()))
                    .map(|p| (c.clone(), p.as_str()))
            });
            let hs = hs.filter(|_| !row.hs_needs_keyword || keyword.is_some());
            if keyword.is_some() || hs.is_some() {
                found.push(Found { row, keyword, hs });
            }
        }
        let strength = |f: &Found| {
            let evidence = match (f.hs.is_some(), f.keyword.is_some()) {
                (true, true) => 0,
                (true, false) => 1,
                _ => 2,
            };
            let prefix = f.hs.as_ref().map_or(0, |(_, p)| p.len());
            let word = f.keyword.map_or(0, |k| k.chars().count());
            (evidence, Reverse(prefix), Reverse(word), f.row.scope)
        };
        let mut best: Vec<&Found> = Vec::new();
        for f in &found {
            match best.iter_mut().find(|b| b.row.sector == f.row.sector) {
                Some(b) if strength(f) < strength(b) => *b = f,
                Some(_) => {}
                None => best.push(f),
            }
        }
        best.into_iter()
            .map(|f| {
                let product = product.unwrap_or_default().to_string();
                let why = match (&f.hs, f.keyword) {
                    (Some((code, prefix)), Some(kw)) => SectorWhy::HsAndWord {
                        code: code_as_written(hs.unwrap_or_default(), code),
                        prefix: dotted(prefix),
                        product,
                        keyword: kw.to_string(),
                    },
                    (Some((code, prefix)), None) => SectorWhy::Hs {
                        code: code_as_written(hs.unwrap_or_default(), code),
                        prefix: dotted(prefix),
                    },
                    (None, kw) => SectorWhy::Word {
                        product,
                        keyword: kw.unwrap_or_default().to_string(),
                    },
                };
                SectorHit {
                    sector: f.row.sector.clone(),
                    subsector: f.row.subsector.clone(),
                    wording: f.row.dhs_wording.clone(),
                    named_in: f.row.named_in.clone(),
                    url: f.row.source_url.clone(),
                    scope: f.row.scope,
                    why,
                }
            })
            .collect()
    }
}

/// The code as the supplier's cell writes it (the part whose digits are `digits`), else the digits.
fn code_as_written(cell: &str, digits: &str) -> String {
    cell.split([',', ';', '/', '|', '\n'])
        .map(str::trim)
        .find(|p| hs_codes(p).first().map(String::as_str) == Some(digits))
        .unwrap_or(digits)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_small_reader_reads_the_table_as_the_csv_crate_does() {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(SECTORS_CSV.as_bytes());
        let want: Vec<Vec<String>> = reader
            .records()
            .map(|r| {
                r.expect("the committed table is CSV")
                    .iter()
                    .map(str::to_string)
                    .collect()
            })
            .collect();
        assert_eq!(parse_csv(SECTORS_CSV), want);
        assert_eq!(want[0], COLUMNS.map(str::to_string));
    }

    #[test]
    fn the_small_reader_on_quotes_and_line_ends() {
        assert_eq!(
            parse_csv("a,\"b, \"\"c\"\"\"\r\n\"x\ny\",\n"),
            [vec!["a", "b, \"c\""], vec!["x\ny", ""]]
        );
        assert_eq!(parse_csv("a,b"), [vec!["a", "b"]]);
        assert!(parse_csv("").is_empty());
    }

    #[test]
    fn every_committed_row_is_read_and_well_formed() {
        let rows = rows();
        assert_eq!(rows.len(), parse_csv(SECTORS_CSV).len() - 1);
        assert_eq!(SectorIndex::new().counts(), (34, 12));
        for r in &rows {
            assert!(!r.hs.is_empty() && !r.keywords.is_empty(), "{r:?}");
            for p in &r.hs {
                assert!(
                    matches!(p.len(), 2 | 4 | 6) && p.bytes().all(|b| b.is_ascii_digit()),
                    "{}: HS prefix {p}",
                    r.subsector
                );
            }
            assert!(r.named_in.starts_with("UFLPA Strategy"), "{r:?}");
            assert!(r.source_url.starts_with("https://"), "{r:?}");
            assert!(!r.dhs_wording.is_empty());
        }
    }

    #[test]
    fn hs_cells() {
        assert_eq!(hs_codes("2804.61"), ["280461"]);
        assert_eq!(hs_codes("2804.61.00; 6109.10"), ["28046100", "610910"]);
        assert_eq!(hs_codes("HS 5205 12 00"), ["52051200"]);
        assert_eq!(hs_codes("HS: 8541.43"), ["854143"]);
        // Spreadsheet number cells: the lost leading and trailing zeros.
        assert_eq!(hs_codes("702.00"), ["070200"]);
        assert_eq!(hs_codes("30617"), ["030617"]);
        assert_eq!(hs_codes("5205.1"), ["520510"]);
        // Not codes.
        assert!(hs_codes("61").is_empty());
        assert!(hs_codes("n/a").is_empty());
        assert!(hs_codes("polysilicon").is_empty());
        assert!(hs_codes("").is_empty());
    }

    fn sectors(product: Option<&str>, hs: Option<&str>) -> Vec<(String, SectorWhy)> {
        SectorIndex::new()
            .assess(product, hs)
            .into_iter()
            .map(|h| (h.sector, h.why))
            .collect()
    }

    #[test]
    fn words_hs_codes_and_both() {
        assert_eq!(
            sectors(Some("Polysilicon"), Some("2804.61")),
            [(
                "silica".to_string(),
                SectorWhy::HsAndWord {
                    code: "2804.61".into(),
                    prefix: "2804.61".into(),
                    product: "Polysilicon".into(),
                    keyword: "polysilicon".into(),
                }
            )]
        );
        assert_eq!(
            sectors(None, Some("280461")),
            [(
                "silica".to_string(),
                SectorWhy::Hs {
                    code: "280461".into(),
                    prefix: "2804.61".into()
                }
            )]
        );
        // The longest keyword of the row is the one reported.
        let s = sectors(Some("Men's Cotton T-Shirts"), None);
        let names: Vec<&str> = s.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["apparel", "cotton"]);
        assert_eq!(
            s[0].1,
            SectorWhy::Word {
                product: "Men's Cotton T-Shirts".into(),
                keyword: "t-shirts".into()
            }
        );
        // Chinese, simplified and traditional; Spanish and French with or without accents.
        assert_eq!(sectors(Some("多晶硅料"), None)[0].0, "silica");
        assert_eq!(sectors(Some("鋁錠 A00"), None)[0].0, "aluminum");
        assert_eq!(sectors(Some("Algodon peinado"), None)[0].0, "cotton");
        assert_eq!(sectors(Some("pâte de tomate"), None)[0].0, "tomatoes");
    }

    #[test]
    fn hs_prefixes_broader_than_the_sector_need_a_word() {
        // 8544 insulated cable: copper only with a copper word.
        assert!(sectors(Some("optical fibre cable"), Some("8544.70")).is_empty());
        assert!(matches!(
            &sectors(Some("copper cable"), Some("8544.49"))[..],
            [(s, SectorWhy::HsAndWord { .. })] if s == "copper"
        ));
        // Other dried fruit (0813.40): jujubes only with a jujube word.
        assert!(sectors(Some("dried apricots"), Some("0813.40")).is_empty());
        assert_eq!(
            sectors(Some("dried jujubes"), Some("0813.40"))[0].0,
            "red_dates"
        );
        // Lithium carbonate's own subheading alone is enough; spodumene's n.e.c. heading is not.
        assert_eq!(sectors(None, Some("2836.91"))[0].0, "lithium");
        assert!(sectors(None, Some("2530.90")).is_empty());
    }

    #[test]
    fn words_on_word_boundaries_and_no_plural_folding() {
        for p in [
            "short-term consulting",
            "LED lamps",
            "piano (钢琴)",
            "Tongling office (铜陵)",
            "Date of delivery",
            "wafer biscuits",
        ] {
            assert!(
                sectors(Some(p), None).is_empty(),
                "{p}: {:?}",
                sectors(Some(p), None)
            );
        }
        assert_eq!(sectors(Some("denim shorts"), None)[0].0, "apparel");
    }

    #[test]
    fn the_strongest_row_of_a_sector_and_its_scope() {
        let idx = SectorIndex::new();
        // Solar modules by HS code: downstream of polysilicon.
        let h = idx.assess(Some("solar modules"), Some("8541.43"));
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].subsector, "solar_cells_modules");
        assert_eq!(h[0].scope, SectorScope::Downstream);
        assert_eq!(h[0].named_in, "UFLPA Strategy 2022-06-17");
        // Silicones are a related product (ours, not DHS's).
        let h = idx.assess(Some("silicone sealant"), None);
        assert_eq!(h[0].scope, SectorScope::Related);
        // Aluminium: 2024 update, with DHS's wording and the release's address.
        let h = idx.assess(Some("aluminium ingots"), Some("7601.10"));
        assert_eq!(h[0].wording, "aluminum");
        assert_eq!(h[0].named_in, "UFLPA Strategy update 2024-07-09");
        assert!(h[0].url.starts_with("https://www.dhs.gov/news/2024/07/09/"));
        assert_eq!(h[0].scope, SectorScope::Named);
    }
}
