//! The trade.gov Consolidated Screening List CSV (`consolidated.csv`), which carries the BIS, State
//! and most OFAC lists in one file of 29 columns, multi-valued cells separated by "; ".
//!
//! We hold only a trimmed 2023 copy, so the bundle uses it for the BIS Unverified List alone (no
//! fresher UVL copy exists in our sources); the parser reads the full file too, so a maintainer with
//! a fresh download can switch lists over to it.

use crate::error::{read_utf8, IngestError, LineCounter, Location, Result};
use crate::nsfreg::{blank, isn_status};
use crate::text::{clean, guess_kind, push_alias, strip_subsidiaries, SlugIds};
use std::path::Path;
use supplyscreen_lists::model::{AliasKind, Entity, EntityKind, ListCode};
use supplyscreen_vocab::country::{country_code, is_country};

/// The columns this parser needs; the header must contain all of them (extra columns are fine).
const REQUIRED: &[&str] = &[
    "source",
    "entity_number",
    "type",
    "programs",
    "name",
    "addresses",
    "federal_register_notice",
    "start_date",
    "license_requirement",
    "remarks",
    "source_list_url",
    "alt_names",
    "citizenships",
    "nationalities",
];

/// One CSL row, multi-valued cells already split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CslRow {
    /// 1-based line of the row in the file.
    pub line: u64,
    pub source: String,
    pub entity_number: Option<String>,
    pub kind: Option<String>,
    pub programs: Vec<String>,
    pub name: String,
    pub addresses: Vec<String>,
    pub federal_register_notice: Option<String>,
    pub start_date: Option<String>,
    pub license_requirement: Option<String>,
    pub remarks: Option<String>,
    pub source_list_url: Option<String>,
    pub alt_names: Vec<String>,
    pub countries: Vec<String>,
}

/// What the reader skipped, for the notes.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CslSkips {
    /// Rows repeating the header (the 2023 copy has one, mid-file).
    pub repeated_headers: usize,
    /// A last record cut short by the end of the file (the 2023 copy was trimmed mid-record).
    pub truncated_last_record: Option<u64>,
}

fn multi(s: &str) -> Vec<String> {
    s.split("; ").map(clean).filter(|s| !s.is_empty()).collect()
}

fn opt(s: &str) -> Option<String> {
    let c = clean(s);
    (!c.is_empty()).then_some(c)
}

/// Reads the whole file. Errors name the line: bad CSV quoting, missing columns, an empty name.
pub fn read(path: &Path) -> Result<(Vec<CslRow>, CslSkips)> {
    let text = read_utf8(path)?;
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = rdr
        .headers()
        .map_err(|e| IngestError::malformed(path, Location::Line(1), format!("bad header: {e}")))?
        .clone();
    let col = |name: &str| headers.iter().position(|h| h.trim() == name);
    let mut idx = Vec::new();
    for name in REQUIRED {
        idx.push(col(name).ok_or_else(|| {
            IngestError::malformed(
                path,
                Location::Line(1),
                format!(
                    "header lacks the CSL column {name:?} (found: {})",
                    headers.iter().collect::<Vec<_>>().join(",")
                ),
            )
        })?);
    }
    let mut rows = Vec::new();
    let mut skips = CslSkips::default();
    let mut lines = LineCounter::new(text.as_bytes());
    for rec in rdr.records() {
        let (line, rec) = lines.record(path, rec)?;
        if let Some(short) = skips.truncated_last_record {
            return Err(IngestError::malformed(
                path,
                Location::Line(short),
                format!("row has fewer than the header's {} fields", headers.len()),
            ));
        }
        if rec.len() != headers.len() {
            if rec.len() < headers.len() {
                // Only acceptable as the file's last record (checked on the next row and below).
                skips.truncated_last_record = Some(line);
                continue;
            }
            return Err(IngestError::malformed(
                path,
                Location::Line(line),
                format!("row has {} fields, the header {}", rec.len(), headers.len()),
            ));
        }
        let get = |i: usize| rec.get(idx[i]).unwrap_or("");
        if get(0) == "source" {
            skips.repeated_headers += 1;
            continue;
        }
        let name = clean(get(4));
        if name.is_empty() {
            return Err(IngestError::malformed(
                path,
                Location::Line(line),
                "the name column is empty",
            ));
        }
        let mut countries = multi(get(12));
        for c in multi(get(13)) {
            if !countries.contains(&c) {
                countries.push(c);
            }
        }
        rows.push(CslRow {
            line,
            source: clean(get(0)),
            entity_number: opt(get(1)),
            kind: opt(get(2)),
            programs: multi(get(3)),
            name,
            addresses: multi(get(5)),
            federal_register_notice: opt(get(6)),
            start_date: opt(get(7)),
            license_requirement: opt(get(8)),
            remarks: opt(get(9)),
            source_list_url: opt(get(10)),
            alt_names: multi(get(11)),
            countries,
        });
    }
    if let Some(short) = skips.truncated_last_record {
        if text.ends_with('\n') {
            return Err(IngestError::malformed(
                path,
                Location::Line(short),
                format!(
                    "last row has fewer than the header's {} fields",
                    headers.len()
                ),
            ));
        }
    }
    Ok((rows, skips))
}

/// The CSL `source` value of each list we could take from the CSL.
pub fn source_label(list: ListCode) -> Option<&'static str> {
    Some(match list {
        ListCode::BisEntity => "Entity List (EL) - Bureau of Industry and Security",
        ListCode::BisMeu => "Military End User (MEU) List - Bureau of Industry and Security",
        ListCode::BisDpl => "Denied Persons List (DPL) - Bureau of Industry and Security",
        ListCode::BisUvl => "Unverified List (UVL) - Bureau of Industry and Security",
        ListCode::StateIsn => "Nonproliferation Sanctions (ISN) - State Department",
        ListCode::StateDtc => "ITAR Debarred (DTC) - State Department",
        ListCode::OfacSdn => "Specially Designated Nationals (SDN) - Treasury Department",
        _ => return None,
    })
}

/// Splits the CSL's address convention, "street, city, Country name, CC": the trailing ISO code
/// (and the country name before it, when it names the same country) become the country, the rest
/// is the address. Returns (address, country); an address that was only a country gives no address.
pub fn split_csl_address(a: &str) -> (Option<String>, Option<String>) {
    let (rest, code) = match a.rsplit_once(", ") {
        Some((rest, code)) => (rest, code),
        None => ("", a),
    };
    let is_code =
        code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) && is_country(code);
    if !is_code {
        return (Some(a.to_string()), None);
    }
    let (head, last) = match rest.rsplit_once(", ") {
        Some((head, last)) => (head, last),
        None => ("", rest),
    };
    if !last.is_empty() && country_code(last) == Some(code) {
        return (
            (!head.is_empty()).then(|| head.to_string()),
            Some(last.to_string()),
        );
    }
    (
        (!rest.is_empty()).then(|| rest.to_string()),
        Some(code.to_string()),
    )
}

/// The rows of one list as entities. Ids use the CSL entity_number when present (OFAC rows), else
/// a slug of the name (as the JSON extractions' ids are made, so a list keeps its ids when it moves
/// to the CSL). Names lose an "and its subsidiaries"-style qualifier (flagged instead); countries
/// come from the citizenship/nationality columns, else from the addresses' ISO codes.
pub fn to_entities(list: ListCode, rows: &[CslRow]) -> Vec<Entity> {
    let Some(label) = source_label(list) else {
        return Vec::new();
    };
    let mut ids = SlugIds::default();
    rows.iter()
        .filter(|r| r.source == label)
        .map(|r| {
            let (name, subs) = strip_subsidiaries(&r.name);
            let id = match &r.entity_number {
                Some(n) => format!("{list}:{n}"),
                None => ids.next(list.as_str(), &name),
            };
            let kind = match r.kind.as_deref().map(str::to_ascii_lowercase).as_deref() {
                Some("individual") => EntityKind::Person,
                Some("entity") => EntityKind::Organisation,
                Some("vessel") => EntityKind::Vessel,
                Some("aircraft") => EntityKind::Aircraft,
                _ if list == ListCode::StateIsn && name.starts_with("Government of") => {
                    EntityKind::Organisation
                }
                _ => guess_kind(&name),
            };
            let mut e = blank(list, id, name, kind);
            e.extends_to_subsidiaries = subs;
            for a in &r.alt_names {
                let name = e.name.clone();
                push_alias(&name, &mut e.aliases, a, AliasKind::Aka);
            }
            e.countries = r.countries.clone();
            let from_column = !e.countries.is_empty();
            for a in &r.addresses {
                let (addr, country) = split_csl_address(a);
                if let Some(addr) = addr {
                    e.addresses.push(addr);
                }
                if let Some(c) = country.filter(|_| !from_column) {
                    if !e.countries.contains(&c) {
                        e.countries.push(c);
                    }
                }
            }
            e.programs = r.programs.clone();
            e.citation = r.federal_register_notice.clone();
            e.effective_date = r.start_date.clone();
            e.license_requirement = r.license_requirement.clone();
            e.remarks = r.remarks.clone();
            if list == ListCode::StateIsn {
                e.status = r.remarks.as_deref().and_then(isn_status);
            }
            e.source_url = r.source_list_url.clone();
            e
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_end_with_the_country_and_its_code() {
        let split = |a: &str| split_csl_address(a);
        assert_eq!(
            split("Komitas 26/114, Yerevan, Armenia, AM"),
            (
                Some("Komitas 26/114, Yerevan".into()),
                Some("Armenia".into())
            )
        );
        assert_eq!(
            split("605 TRAIL LAKE DRIVE, RICHARDSON, TX, 75081, US"),
            (
                Some("605 TRAIL LAKE DRIVE, RICHARDSON, TX, 75081".into()),
                Some("US".into())
            )
        );
        assert_eq!(split("China, CN"), (None, Some("China".into())));
        assert_eq!(split("TR"), (None, Some("TR".into())));
        assert_eq!(
            split("Main Street, Dallas, TX"),
            (Some("Main Street, Dallas, TX".into()), None)
        );
    }

    #[test]
    fn rejects_missing_columns_and_empty_names() {
        let dir = std::env::temp_dir().join(format!("ss-csl-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("c.csv");
        std::fs::write(&p, "_id,source,name\n1,x,y\n").unwrap();
        let err = read(&p).unwrap_err().to_string();
        assert!(
            err.contains("c.csv") && err.contains("line 1") && err.contains("entity_number"),
            "{err}"
        );
        let header = "_id,source,entity_number,type,programs,name,addresses,federal_register_notice,start_date,license_requirement,remarks,source_list_url,alt_names,citizenships,nationalities\n";
        std::fs::write(&p, format!("{header}1,UVL,,,,,,,,,,,,,\n")).unwrap();
        assert!(read(&p).unwrap_err().to_string().contains("line 2"));
        std::fs::write(
            &p,
            format!("{header}1,UVL,,,,A,,,,,,,,,\n2,x\n3,UVL,,,,B,,,,,,,,,\n"),
        )
        .unwrap();
        assert!(read(&p).unwrap_err().to_string().contains("line 3"));
        // A short last row is a file cut mid-record: skipped and reported, unless the file ends cleanly.
        std::fs::write(&p, format!("{header}1,UVL,,,,A,,,,,,,,,\n2,UVL,,,,\"B")).unwrap();
        let (rows, skips) = read(&p).unwrap();
        assert_eq!((rows.len(), skips.truncated_last_record), (1, Some(3)));
        std::fs::write(&p, format!("{header}1,UVL,,,,A,,,,,,,,,\n2,UVL\n")).unwrap();
        assert!(read(&p).unwrap_err().to_string().contains("last row"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
