//! CBP Withhold Release Orders and Findings (19 U.S.C. 1307).
//!
//! Two inputs give the same [`CbpOrder`] rows: CBP's official CSV export
//! (`withhold-release-orders-findings-*.csv`, Windows-1252, multi-line quoted Remarks) and the nsfreg
//! JSON extraction of it, which is the copy we hold. One order (a WRO or a Finding) is one entity:
//! the same factory may have both, with different dates and merchandise.

use crate::error::{read_bytes, IngestError, LineCounter, Location, Result};
use crate::nsfreg::{blank, NsfregFile};
use crate::text::{
    clean, non_empty, parse_us_numeric_date, push_alias, split_names, strip_subsidiaries, SlugIds,
};
use std::path::Path;
use supplyscreen_lists::model::{AliasKind, Entity, EntityKind, ListCode};

pub const SOURCE_URL: &str = "https://www.cbp.gov/document/stats/withhold-release-orders-findings";

/// One order as CBP publishes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CbpOrder {
    pub effective_date: Option<String>,
    pub country: Option<String>,
    pub merchandise: Option<String>,
    /// "WRO" or "Finding".
    pub order_type: String,
    pub industry: Option<String>,
    pub status: Option<String>,
    /// The Entity cell with any "a/k/a" names split off.
    pub entity: String,
    pub aliases: Vec<String>,
    pub remarks: Option<String>,
}

/// What reading skipped, for the notes.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CbpSkips {
    /// Rows with an empty Entity cell (CBP uses these for revoked or country-level notes).
    pub empty_entity: usize,
}

/// Column positions of CBP's CSV: Effective Date, (fiscal year), Country Code, Country, Merchandise,
/// WRO/Finding, Industry, Status, (status notes), Entity, Remarks. Two headings are not documented
/// in our source, so columns are taken by position and only the documented headings are checked.
const COLS: usize = 11;
const CHECKED_HEADINGS: &[(usize, &str)] = &[
    (0, "effective date"),
    (3, "country"),
    (4, "merchandise"),
    (7, "status"),
    (9, "entity"),
    (10, "remarks"),
];

/// Reads CBP's official CSV export.
pub fn read_csv(path: &Path) -> Result<(Vec<CbpOrder>, CbpSkips)> {
    let bytes = read_bytes(path)?;
    let (text, _, _) = encoding_rs::WINDOWS_1252.decode(&bytes);
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = rdr
        .headers()
        .map_err(|e| IngestError::malformed(path, Location::Line(1), format!("bad header: {e}")))?
        .clone();
    for &(i, want) in CHECKED_HEADINGS {
        let got = headers.get(i).unwrap_or("").trim().to_ascii_lowercase();
        if !got.contains(want) {
            return Err(IngestError::malformed(
                path,
                Location::Line(1),
                format!("column {} should be {want:?} but is {got:?}", i + 1),
            ));
        }
    }
    let mut orders = Vec::new();
    let mut skips = CbpSkips::default();
    let mut lines = LineCounter::new(text.as_bytes());
    for rec in rdr.records() {
        let (line, rec) = lines.record(path, rec)?;
        if rec.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if rec.len() != COLS {
            return Err(IngestError::malformed(
                path,
                Location::Line(line),
                format!("expected {COLS} columns, found {}", rec.len()),
            ));
        }
        let raw_entity = clean(&rec[9]);
        if raw_entity.is_empty() {
            skips.empty_entity += 1;
            continue;
        }
        let date = rec[0].trim();
        let effective_date = if date.is_empty() {
            None
        } else {
            Some(parse_us_numeric_date(date).ok_or_else(|| {
                IngestError::malformed(
                    path,
                    Location::Line(line),
                    format!("Effective Date {date:?} is not MM/DD/YYYY"),
                )
            })?)
        };
        let order_type = match rec[5].trim().to_ascii_lowercase().as_str() {
            "wro" => "WRO".to_string(),
            "finding" => "Finding".to_string(),
            _ => {
                let other = rec[5].trim();
                return Err(IngestError::malformed(
                    path,
                    Location::Line(line),
                    format!("WRO/Finding column is {other:?}, expected WRO or Finding"),
                ));
            }
        };
        let (entity, aliases) = split_aka_slash(&raw_entity);
        orders.push(CbpOrder {
            effective_date,
            country: non_empty(&rec[3]),
            merchandise: non_empty(&rec[4]),
            order_type,
            industry: non_empty(&rec[6]),
            status: non_empty(&rec[7]),
            entity,
            aliases,
            remarks: non_empty(&rec[10]),
        });
    }
    Ok((orders, skips))
}

/// "Yunnan Machinery a/k/a Golden Horse Diesel Factory a/k/a Yunnan 1st Prison" -> name + aliases.
fn split_aka_slash(s: &str) -> (String, Vec<String>) {
    let mut parts = s.split("a/k/a").map(|p| {
        // "X (a/k/a Y)": the parenthesis opened before the first alias closes after the last;
        // only such an unbalanced bracket is cut, not one a name ends with ("… (XUAR)").
        let mut p = p.trim().trim_matches([',', ';', ' ']);
        let (open, close) = (p.matches('(').count(), p.matches(')').count());
        if open > close {
            p = p.trim_end_matches([' ', '(']);
        } else if close > open {
            p = p.trim_start_matches([' ', '(']).trim_end_matches(')');
        }
        clean(p)
    });
    let name = parts.next().unwrap_or_default();
    (name, parts.filter(|p| !p.is_empty()).collect())
}

/// Orders from the nsfreg extraction, whose notes read "WRO|Finding; Industry: …; Merchandise: …;
/// Remarks: …". Fails naming the record when the order type is missing.
pub fn from_nsfreg(path: &Path, file: &NsfregFile) -> Result<Vec<CbpOrder>> {
    file.entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let notes = e.notes.as_deref().unwrap_or("");
            let (head, rest) = notes.split_once("; ").unwrap_or((notes, ""));
            let order_type = match head.trim() {
                "WRO" | "Finding" => head.trim().to_string(),
                other => {
                    return Err(IngestError::malformed(
                        path,
                        Location::Record(i as u64 + 1),
                        format!("notes should start with WRO or Finding, found {other:?}"),
                    ))
                }
            };
            let field = |label: &str| -> Option<String> {
                let start = rest.find(&format!("{label}: "))? + label.len() + 2;
                let tail = &rest[start..];
                // Remarks is last and may itself contain "; ".
                let end = if label == "Remarks" {
                    tail.len()
                } else {
                    ["; Industry: ", "; Merchandise: ", "; Remarks: "]
                        .iter()
                        .filter_map(|m| tail.find(m))
                        .min()
                        .unwrap_or(tail.len())
                };
                non_empty(&tail[..end])
            };
            Ok(CbpOrder {
                effective_date: e.effective_date.clone(),
                country: e.country.as_deref().and_then(non_empty),
                merchandise: field("Merchandise"),
                order_type,
                industry: field("Industry"),
                status: e.status.as_deref().and_then(non_empty),
                entity: clean(&e.name),
                aliases: e.aliases.iter().map(|a| clean(a)).collect(),
                remarks: field("Remarks"),
            })
        })
        .collect()
}

/// Orders that cover a whole region's or country's product rather than one company.
fn is_region_wide(name: &str) -> bool {
    let l = name.to_lowercase();
    l.starts_with("all ")
        || l.contains(" produced in ")
        || l.contains("autonomous region")
        || l == "artisanal small mines"
        || l.ends_with("diamond fields")
}

/// Turns orders into entities. Rules: "Fishing Vessel: X" -> a Vessel named X (CBP's "country"
/// "Fishing Vessels" is not a country and is dropped); region- or country-wide orders ->
/// RegionWideOrder; "and its subsidiaries" stripped into `extends_to_subsidiaries`; an Entity cell
/// naming several companies ("A Co., Ltd. and B Co., Ltd.", "A; B") keeps the full text as the name
/// and gets each company as an alias so each can match.
pub fn to_entities(orders: &[CbpOrder]) -> Vec<Entity> {
    let mut ids = SlugIds::default();
    orders
        .iter()
        .map(|o| {
            let mut country = o.country.clone();
            let mut kind = EntityKind::Organisation;
            let mut name = o.entity.clone();
            if country.as_deref() == Some("Fishing Vessels") {
                country = None;
                kind = EntityKind::Vessel;
                if let Some(v) = name.strip_prefix("Fishing Vessel:") {
                    name = clean(v);
                }
            }
            if is_region_wide(&name) {
                kind = EntityKind::RegionWideOrder;
            }
            let (name, subs) = strip_subsidiaries(&name);
            let mut e = blank(
                ListCode::CbpWro,
                ids.next("cbp_wro", &name),
                name.clone(),
                kind,
            );
            let parts = split_names(&name);
            if parts.len() > 1 {
                for p in parts {
                    push_alias(&name, &mut e.aliases, &p, AliasKind::Aka);
                }
            }
            for a in &o.aliases {
                push_alias(&name, &mut e.aliases, a, AliasKind::Aka);
            }
            e.countries = country.into_iter().collect();
            e.programs = vec![o.order_type.clone()];
            e.effective_date = o.effective_date.clone();
            e.merchandise = o.merchandise.clone();
            e.status = o.status.clone();
            e.remarks = match (&o.industry, &o.remarks) {
                (Some(i), Some(r)) => Some(format!("Industry: {i}. {r}")),
                (Some(i), None) => Some(format!("Industry: {i}")),
                (None, r) => r.clone(),
            };
            e.source_url = Some(SOURCE_URL.into());
            e.extends_to_subsidiaries = subs;
            e
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_wide_and_vessels() {
        let o = |entity: &str, country: &str| CbpOrder {
            effective_date: None,
            country: Some(country.into()),
            merchandise: None,
            order_type: "WRO".into(),
            industry: None,
            status: None,
            entity: entity.into(),
            aliases: vec![],
            remarks: None,
        };
        let es = to_entities(&[
            o("All Turkmenistan Cotton or products produced in whole or in part with Turkmenistan cotton.", "Turkmenistan"),
            o("Fishing Vessel: Da Wang", "Fishing Vessels"),
            o("Fuchu Prison; Union Kogyo Co., Ltd.", "Japan"),
            o("Hoshine Silicon Industry Co. Ltd. and Subsidiaries", "China"),
        ]);
        assert_eq!(es[0].kind, EntityKind::RegionWideOrder);
        assert_eq!(
            (es[1].kind, es[1].name.as_str()),
            (EntityKind::Vessel, "Da Wang")
        );
        assert!(es[1].countries.is_empty());
        assert_eq!(es[2].aliases.len(), 2);
        assert_eq!(es[3].name, "Hoshine Silicon Industry Co. Ltd.");
        assert!(es[3].extends_to_subsidiaries);
    }
}
