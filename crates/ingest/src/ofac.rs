//! OFAC's "legacy" CSV files: `sdn.csv` / `cons_prim.csv` (primary records), `alt.csv` / `cons_alt.csv`
//! (aliases), `add.csv` / `cons_add.csv` (addresses) and `sdn_comments.csv` / `cons_comments.csv`
//! (overflow of the Remarks column).
//!
//! Format quirks handled here: no header row, `-0-` (often `-0- ` with a space) marks an empty field,
//! the text is Windows-1252, and the file ends with a DOS end-of-file byte 0x1A.

use crate::error::{read_bytes, IngestError, LineCounter, Location, Result};
use crate::nsfreg::blank;
use crate::text::{clean, push_alias};
use std::collections::BTreeMap;
use std::path::Path;
use supplyscreen_lists::model::{AliasKind, Entity, EntityKind, ListCode};

/// A primary record (sdn.csv / cons_prim.csv).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrimRow {
    pub ent_num: u32,
    pub name: String,
    /// `individual`, `vessel`, `aircraft`, or `None` for an organisation.
    pub sdn_type: Option<String>,
    pub programs: Vec<String>,
    pub title: Option<String>,
    pub call_sign: Option<String>,
    pub vessel_type: Option<String>,
    pub tonnage: Option<String>,
    pub grt: Option<String>,
    pub vessel_flag: Option<String>,
    pub vessel_owner: Option<String>,
    pub remarks: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AltRow {
    pub ent_num: u32,
    pub alt_num: u32,
    pub kind: AliasKind,
    pub name: String,
    pub remarks: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddRow {
    pub ent_num: u32,
    pub add_num: u32,
    pub address: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub remarks: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommentRow {
    pub ent_num: u32,
    pub text: String,
}

/// Reads a legacy OFAC file into raw records of exactly `fields` fields, with `-0-` turned into
/// `None`. Errors name the file, the line and the problem.
pub fn read_records(path: &Path, fields: usize) -> Result<Vec<(u64, Vec<Option<String>>)>> {
    let bytes = read_bytes(path)?;
    // Everything from the DOS EOF byte on is not data.
    let end = bytes.iter().position(|&b| b == 0x1A).unwrap_or(bytes.len());
    let (text, _, _) = encoding_rs::WINDOWS_1252.decode(&bytes[..end]);
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    let mut lines = LineCounter::new(text.as_bytes());
    for rec in rdr.records() {
        let (line, rec) = lines.record(path, rec)?;
        if rec.len() == 1 && rec[0].trim().is_empty() {
            continue;
        }
        if rec.len() != fields {
            return Err(IngestError::malformed(
                path,
                Location::Line(line),
                format!("expected {fields} fields, found {}", rec.len()),
            ));
        }
        let row = rec
            .iter()
            .map(|f| {
                let f = f.trim();
                (f != "-0-" && !f.is_empty()).then(|| f.to_string())
            })
            .collect();
        out.push((line, row));
    }
    Ok(out)
}

fn ent_num(path: &Path, line: u64, v: &Option<String>, what: &str) -> Result<u32> {
    v.as_deref().and_then(|s| s.parse().ok()).ok_or_else(|| {
        IngestError::malformed(
            path,
            Location::Line(line),
            format!("{what} is not a number: {:?}", v.as_deref().unwrap_or("")),
        )
    })
}

/// "SDGT] [IRGC" (the legacy file strips the outer brackets) or "[GLOMAG] [SDGT]" -> programs.
pub fn split_programs(s: &str) -> Vec<String> {
    s.split("] [")
        .map(|p| clean(p.trim_matches(['[', ']', ' '])))
        .filter(|p| !p.is_empty())
        .collect()
}

pub fn read_prim(path: &Path) -> Result<Vec<PrimRow>> {
    read_records(path, 12)?
        .into_iter()
        .map(|(line, mut r)| {
            let ent_num = ent_num(path, line, &r[0], "ent_num")?;
            let name = r[1].take().map(|n| clean(&n)).ok_or_else(|| {
                IngestError::malformed(path, Location::Line(line), "SDN_Name is empty")
            })?;
            Ok(PrimRow {
                ent_num,
                name,
                sdn_type: r[2].take().map(|t| t.to_lowercase()),
                programs: r[3].as_deref().map(split_programs).unwrap_or_default(),
                title: r[4].take(),
                call_sign: r[5].take(),
                vessel_type: r[6].take(),
                tonnage: r[7].take(),
                grt: r[8].take(),
                vessel_flag: r[9].take(),
                vessel_owner: r[10].take(),
                remarks: r[11].take(),
            })
        })
        .collect()
}

pub fn read_alt(path: &Path) -> Result<Vec<AltRow>> {
    read_records(path, 5)?
        .into_iter()
        .map(|(line, mut r)| {
            let kind = match r[2].as_deref().map(str::to_ascii_lowercase).as_deref() {
                Some("aka") | None => AliasKind::Aka,
                Some("fka") => AliasKind::Fka,
                Some("nka") => AliasKind::Nka,
                Some(other) => {
                    return Err(IngestError::malformed(
                        path,
                        Location::Line(line),
                        format!("unknown alt_type {other:?} (expected aka, fka or nka)"),
                    ))
                }
            };
            let remarks = r[4].take();
            // OFAC marks weak aliases in the remarks column of newer files.
            let kind = if remarks
                .as_deref()
                .is_some_and(|s| s.to_ascii_lowercase().contains("weak"))
            {
                AliasKind::WeakAka
            } else {
                kind
            };
            Ok(AltRow {
                ent_num: ent_num(path, line, &r[0], "ent_num")?,
                alt_num: ent_num(path, line, &r[1], "alt_num")?,
                kind,
                name: r[3].take().map(|n| clean(&n)).ok_or_else(|| {
                    IngestError::malformed(path, Location::Line(line), "alt_name is empty")
                })?,
                remarks,
            })
        })
        .collect()
}

pub fn read_add(path: &Path) -> Result<Vec<AddRow>> {
    read_records(path, 6)?
        .into_iter()
        .map(|(line, mut r)| {
            Ok(AddRow {
                ent_num: ent_num(path, line, &r[0], "ent_num")?,
                add_num: ent_num(path, line, &r[1], "add_num")?,
                address: r[2].take(),
                city: r[3].take(),
                country: r[4].take(),
                remarks: r[5].take(),
            })
        })
        .collect()
}

pub fn read_comments(path: &Path) -> Result<Vec<CommentRow>> {
    read_records(path, 2)?
        .into_iter()
        .map(|(line, mut r)| {
            Ok(CommentRow {
                ent_num: ent_num(path, line, &r[0], "ent_num")?,
                text: r[1].take().unwrap_or_default(),
            })
        })
        .collect()
}

/// The four files of one OFAC list.
#[derive(Debug, Clone, Default)]
pub struct OfacFiles {
    pub prim: Vec<PrimRow>,
    pub alt: Vec<AltRow>,
    pub add: Vec<AddRow>,
    pub comments: Vec<CommentRow>,
}

/// What assembling the files found, for the list notes.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct AssemblyReport {
    pub primary_records: usize,
    /// ent_nums known only from the alias file: kept as entities of their own.
    pub alias_only_entities: usize,
    /// Address rows whose ent_num has neither a primary record nor an alias: dropped.
    pub orphan_addresses_dropped: usize,
    /// Comment rows whose ent_num has no entity: dropped.
    pub orphan_comments_dropped: usize,
}

/// Joins the four files by ent_num into entities with id `<list>:<ent_num>`.
///
/// When the alias/address files are newer than the primary file (our SDN snapshot), ent_nums with
/// aliases but no primary row are kept: their first alias becomes the name and
/// `primary_record_missing` is set, because a name OFAC still lists must not be silently dropped.
/// Addresses or comments for ent_nums with no name at all cannot be matched and are dropped (counted).
pub fn assemble(
    list: ListCode,
    files: &OfacFiles,
    source_url: &str,
) -> (Vec<Entity>, AssemblyReport) {
    let mut report = AssemblyReport {
        primary_records: files.prim.len(),
        ..Default::default()
    };
    let mut by_num: BTreeMap<u32, Entity> = BTreeMap::new();
    for p in &files.prim {
        let kind = match p.sdn_type.as_deref() {
            Some("individual") => EntityKind::Person,
            Some("vessel") => EntityKind::Vessel,
            Some("aircraft") => EntityKind::Aircraft,
            None => EntityKind::Organisation,
            Some(_) => EntityKind::Unknown,
        };
        let mut e = blank(list, format!("{list}:{}", p.ent_num), p.name.clone(), kind);
        e.programs = p.programs.clone();
        e.remarks = prim_remarks(p);
        e.source_url = Some(source_url.to_string());
        by_num.insert(p.ent_num, e);
    }
    let mut alts: Vec<&AltRow> = files.alt.iter().collect();
    alts.sort_by_key(|a| (a.ent_num, a.alt_num));
    for a in alts {
        let e = by_num.entry(a.ent_num).or_insert_with(|| {
            report.alias_only_entities += 1;
            let mut e = blank(
                list,
                format!("{list}:{}", a.ent_num),
                a.name.clone(),
                EntityKind::Unknown,
            );
            e.primary_record_missing = true;
            e.source_url = Some(source_url.to_string());
            e
        });
        let name = e.name.clone();
        push_alias(&name, &mut e.aliases, &a.name, a.kind);
    }
    let mut adds: Vec<&AddRow> = files.add.iter().collect();
    adds.sort_by_key(|a| (a.ent_num, a.add_num));
    for a in adds {
        let Some(e) = by_num.get_mut(&a.ent_num) else {
            report.orphan_addresses_dropped += 1;
            continue;
        };
        let parts: Vec<&str> = [&a.address, &a.city, &a.country]
            .into_iter()
            .filter_map(|s| s.as_deref())
            .collect();
        // A row with only a country adds nothing beyond `countries`.
        if a.address.is_some() || a.city.is_some() {
            let text = clean(&parts.join(", "));
            if !e.addresses.contains(&text) {
                e.addresses.push(text);
            }
        }
        if let Some(c) = &a.country {
            let c = clean(c);
            if !e.countries.contains(&c) {
                e.countries.push(c);
            }
        }
    }
    for c in &files.comments {
        let Some(e) = by_num.get_mut(&c.ent_num) else {
            report.orphan_comments_dropped += 1;
            continue;
        };
        // sdn_comments continues a Remarks cell cut at OFAC's field limit, often mid-word.
        let joined = format!("{}{}", e.remarks.as_deref().unwrap_or(""), c.text);
        e.remarks = Some(clean(&joined));
    }
    for e in by_num.values_mut() {
        if let Some(r) = e.remarks.take() {
            // Numbers first, from the whole text (the kept remarks drop some types, e.g. LEIs);
            // they are carried typed, so the remarks keep the other items.
            let (ids, rest) = crate::identifiers::split_remarks(&r, e.kind);
            e.identifiers = ids;
            e.remarks = rest.as_deref().and_then(identifying_remarks);
        }
    }
    (by_num.into_values().collect(), report)
}

/// The remark items (separated by "; ") kept in the bundle: those that help tell a supplier that
/// truly is the listed party from a namesake — dates and places of birth, nationality, company
/// registration and tax numbers, websites, a person's title, a vessel's type, flag, owner and IMO number. Everything else
/// (program-wide legal text, directive details, "Linked To" cross-references whose targets are listed
/// entries themselves, "alt." variants, passport and digital-currency numbers, call signs and tonnage) is ~70% of the remark bytes, of little
/// use for supplier screening, and kept on the official list. Dropping it keeps the bundle under its
/// gzip budget.
const KEPT_ITEMS: &[&str] = &[
    "DOB",
    "POB",
    "nationality",
    "citizen",
    "Registration Number",
    "Registration ID",
    "Business Registration",
    "Company Number",
    "Tax ID No.",
    "Unified Social Credit Code",
    "Commercial Registry Number",
    "Website",
    "Title:",
    "Vessel type:",
    "Flag:",
    "Owner:",
    "Vessel Registration",
    "Target Type",
    "Listing Date (CMIC",
];

/// Keeps only the [`KEPT_ITEMS`] of OFAC remarks. `None` when nothing identifying is left.
pub fn identifying_remarks(remarks: &str) -> Option<String> {
    let kept: Vec<&str> = remarks
        .split("; ")
        .map(|item| item.trim().trim_end_matches('.'))
        .filter(|item| KEPT_ITEMS.iter().any(|k| item.starts_with(k)))
        .collect();
    (!kept.is_empty()).then(|| kept.join("; "))
}

/// Remarks plus the vessel / title columns, which carry facts a reviewer needs (a vessel's flag and
/// owner, a person's title).
fn prim_remarks(p: &PrimRow) -> Option<String> {
    let mut parts = Vec::new();
    let labelled = [
        ("Title", &p.title),
        ("Call sign", &p.call_sign),
        ("Vessel type", &p.vessel_type),
        ("Tonnage", &p.tonnage),
        ("GRT", &p.grt),
        ("Flag", &p.vessel_flag),
        ("Owner", &p.vessel_owner),
    ];
    for (label, v) in labelled {
        if let Some(v) = v {
            parts.push(format!("{label}: {}", clean(v)));
        }
    }
    if let Some(r) = &p.remarks {
        parts.push(clean(r));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(name: &str, bytes: &[u8]) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("ss-ofac-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    #[test]
    fn reads_windows_1252_with_eof_byte() {
        let p = write(
            "sdn.csv",
            b"306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'BNC'.\"\r\n\
              7,\"MU\xd1OZ, Jos\xe9\",\"individual\",\"GLOMAG] [SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a",
        );
        let rows = read_prim(&p).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].name, "MUÑOZ, José");
        assert_eq!(rows[1].programs, ["GLOMAG", "SDGT"]);
        assert_eq!(rows[0].sdn_type, None);
        assert_eq!(rows[0].remarks.as_deref(), Some("a.k.a. 'BNC'."));
    }

    #[test]
    fn broken_rows_name_the_line() {
        let p = write(
            "alt.csv",
            b"36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n37,13,\"aka\",\"X\"\r\n",
        );
        let err = read_alt(&p).unwrap_err().to_string();
        assert!(
            err.contains("alt.csv") && err.contains("line 2") && err.contains("expected 5 fields"),
            "{err}"
        );
        let p = write("alt2.csv", b"x36,12,\"aka\",\"AERO\",-0- \r\n");
        assert!(read_alt(&p)
            .unwrap_err()
            .to_string()
            .contains("ent_num is not a number"));
        let p = write("alt3.csv", b"36,12,\"zzz\",\"AERO\",-0- \r\n");
        assert!(read_alt(&p)
            .unwrap_err()
            .to_string()
            .contains("unknown alt_type"));
    }

    #[test]
    fn assembly_keeps_alias_only_entries() {
        let files = OfacFiles {
            prim: vec![PrimRow {
                ent_num: 1,
                name: "A CO".into(),
                sdn_type: None,
                programs: vec!["SDGT".into()],
                title: None,
                call_sign: None,
                vessel_type: None,
                tonnage: None,
                grt: None,
                vessel_flag: None,
                vessel_owner: None,
                remarks: Some("Registration Number 12".into()),
            }],
            alt: vec![
                AltRow {
                    ent_num: 2,
                    alt_num: 2,
                    kind: AliasKind::Aka,
                    name: "B LTD".into(),
                    remarks: None,
                },
                AltRow {
                    ent_num: 2,
                    alt_num: 3,
                    kind: AliasKind::Fka,
                    name: "B OLD".into(),
                    remarks: None,
                },
                AltRow {
                    ent_num: 1,
                    alt_num: 1,
                    kind: AliasKind::Aka,
                    name: "A COMPANY".into(),
                    remarks: None,
                },
            ],
            add: vec![
                AddRow {
                    ent_num: 2,
                    add_num: 1,
                    address: None,
                    city: Some("Minsk".into()),
                    country: Some("Belarus".into()),
                    remarks: None,
                },
                AddRow {
                    ent_num: 9,
                    add_num: 2,
                    address: None,
                    city: None,
                    country: Some("Iran".into()),
                    remarks: None,
                },
            ],
            comments: vec![CommentRow {
                ent_num: 1,
                text: "34 (Iran).".into(),
            }],
        };
        let (es, rep) = assemble(ListCode::OfacSdn, &files, "u");
        assert_eq!(es.len(), 2);
        assert_eq!(
            es[0].remarks.as_deref(),
            Some("Registration Number 1234 (Iran)")
        );
        assert_eq!(es[1].id, "ofac_sdn:2");
        assert_eq!(es[1].name, "B LTD");
        assert!(es[1].primary_record_missing);
        assert_eq!(es[1].aliases.len(), 1);
        assert_eq!(es[1].countries, ["Belarus"]);
        assert_eq!(rep.alias_only_entities, 1);
        assert_eq!(rep.orphan_addresses_dropped, 1);
    }

    #[test]
    fn boilerplate_is_dropped_identifiers_kept() {
        let r = "DOB 1962; Secondary sanctions risk: section 1(b) of Executive Order 13224; Linked To: X CO.; \
                 Digital Currency Address - XBT 1abc; Passport 123; Tax ID No. 77 (Russia).";
        assert_eq!(
            identifying_remarks(r).as_deref(),
            Some("DOB 1962; Tax ID No. 77 (Russia)")
        );
        assert_eq!(identifying_remarks("Secondary sanctions risk: x"), None);
    }
}
