//! The DHS UFLPA Entity List: the official page's HTML tables (one table per section of UFLPA
//! 2(d)(2)(B)) and the flattened CSV made from it.
//!
//! Aliases are published inside the name text ("X (and two aliases: A; and B)", "(also known as …)",
//! "(formerly known as …)"); an entity listed under two sections appears in both tables and becomes
//! ONE entity whose programs name both sections.

use crate::error::{read_utf8, IngestError, LineCounter, Location, Result};
use crate::nsfreg::blank;
use crate::text::{
    clean, norm_key, parse_long_date, parse_us_numeric_date, push_alias, split_inline_aliases,
    strip_subsidiaries, SlugIds,
};
use scraper::{ElementRef, Html, Selector};
use std::collections::HashMap;
use std::path::Path;
use supplyscreen_lists::model::{AliasKind, Entity, EntityKind, ListCode};

pub const SOURCE_URL: &str = "https://www.dhs.gov/uflpa-entity-list";

/// One table row as published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UflpaRow {
    /// e.g. "2(d)(2)(B)(i)".
    pub section: String,
    pub name_as_published: String,
    /// ISO date.
    pub effective_date: String,
}

/// The page's own date: "Last Updated: 01/14/2025" (DHS's page footer) as ISO `2025-01-14`.
pub fn last_updated(page: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(page);
    let at = text.find("Last Updated:")?;
    let rest = &text[at + "Last Updated:".len()..];
    // Skip markup between the label and the date ("</span> 01/14/2025").
    let rest = rest.trim_start_matches(|c: char| !c.is_ascii_digit());
    let date: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '/')
        .collect();
    parse_us_numeric_date(&date)
}

/// Finds "2(d)(2)(B)(v)" in a heading such as "Section 2(d)(2)(B)(v)".
fn section_in(text: &str) -> Option<String> {
    let start = text.find("2(d)(2)(B)(")?;
    let rest = &text[start + "2(d)(2)(B)(".len()..];
    let end = rest.find(')')?;
    let roman = &rest[..end];
    (!roman.is_empty() && roman.chars().all(|c| matches!(c, 'i' | 'v' | 'x')))
        .then(|| format!("2(d)(2)(B)({roman})"))
}

/// Parses the saved page. Each `<table>` belongs to the section named in the nearest preceding
/// paragraph ("Section 2(d)(2)(B)(i)"); rows are `<td>name</td><td>Month D, YYYY</td>`.
pub fn read_html(path: &Path) -> Result<Vec<UflpaRow>> {
    let html = Html::parse_document(&read_utf8(path)?);
    let blocks = Selector::parse("p, h2, h3, h4, table").expect("static selector");
    let tr = Selector::parse("tbody tr").expect("static selector");
    let td = Selector::parse("td").expect("static selector");
    let mut section: Option<String> = None;
    let mut rows = Vec::new();
    let mut tables = 0u64;
    for block in html.select(&blocks) {
        if block.value().name() != "table" {
            if let Some(s) = section_in(&text_of(block)) {
                section = Some(s);
            }
            continue;
        }
        tables += 1;
        let Some(sec) = section.clone() else {
            return Err(IngestError::malformed(
                path,
                Location::Record(tables),
                "table without a preceding \"Section 2(d)(2)(B)(…)\" heading",
            ));
        };
        for (i, row) in tr_rows(block, &tr).enumerate() {
            let cells: Vec<String> = row.select(&td).map(text_of).collect();
            let at = Location::Record(rows.len() as u64 + 1);
            let [name, date] = cells.as_slice() else {
                return Err(IngestError::malformed(
                    path,
                    at,
                    format!(
                        "table {tables} row {} has {} cells, expected 2 (name, date)",
                        i + 1,
                        cells.len()
                    ),
                ));
            };
            rows.push(checked_row(path, at, &sec, name, date)?);
        }
    }
    if rows.is_empty() {
        return Err(IngestError::malformed(
            path,
            Location::Whole,
            "no UFLPA entity tables found (was the page saved completely?)",
        ));
    }
    Ok(rows)
}

fn tr_rows<'a>(
    table: ElementRef<'a>,
    tr: &'a Selector,
) -> impl Iterator<Item = ElementRef<'a>> + 'a {
    table.select(tr)
}

fn text_of(el: ElementRef<'_>) -> String {
    clean(&el.text().collect::<String>())
}

fn checked_row(
    path: &Path,
    at: Location,
    section: &str,
    name: &str,
    date: &str,
) -> Result<UflpaRow> {
    let name = clean(name);
    if name.is_empty() {
        return Err(IngestError::malformed(path, at, "empty entity name"));
    }
    let effective_date = parse_long_date(date).ok_or_else(|| {
        IngestError::malformed(
            path,
            at,
            format!("effective date {date:?} is not like \"June 21, 2022\""),
        )
    })?;
    Ok(UflpaRow {
        section: section.to_string(),
        name_as_published: name,
        effective_date,
    })
}

/// Parses the flattened CSV (columns uflpa_section, name_as_published, effective_date, …).
pub fn read_csv(path: &Path) -> Result<Vec<UflpaRow>> {
    let text = read_utf8(path)?;
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = rdr
        .headers()
        .map_err(|e| IngestError::malformed(path, Location::Line(1), format!("bad header: {e}")))?
        .clone();
    let col = |n: &str| {
        headers.iter().position(|h| h == n).ok_or_else(|| {
            IngestError::malformed(path, Location::Line(1), format!("missing column {n:?}"))
        })
    };
    let (cs, cn, cd) = (
        col("uflpa_section")?,
        col("name_as_published")?,
        col("effective_date")?,
    );
    let mut rows = Vec::new();
    let mut lines = LineCounter::new(text.as_bytes());
    for rec in rdr.records() {
        let (line, rec) = lines.record(path, rec)?;
        let at = Location::Line(line);
        let raw_section = rec.get(cs).unwrap_or("");
        let section = section_in(raw_section).ok_or_else(|| {
            IngestError::malformed(
                path,
                at,
                format!("section {raw_section:?} is not like 2(d)(2)(B)(i)"),
            )
        })?;
        rows.push(checked_row(
            path,
            at,
            &section,
            rec.get(cn).unwrap_or(""),
            rec.get(cd).unwrap_or(""),
        )?);
    }
    Ok(rows)
}

/// Merges rows into entities: one per distinct primary name (compared by [`norm_key`], so
/// "Daqo New Energy, Co. Ltd" and "Daqo New Energy Co., Ltd." are one), with every section as a
/// program ("UFLPA 2(d)(2)(B)(v)"), the earliest effective date and the union of aliases.
pub fn to_entities(rows: &[UflpaRow]) -> Vec<Entity> {
    let mut ids = SlugIds::default();
    let mut out: Vec<Entity> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for r in rows {
        let split = split_inline_aliases(&r.name_as_published);
        let (name, subs) = strip_subsidiaries(&split.name);
        let program = format!("UFLPA {}", r.section);
        let i = *index
            .entry(norm_key(without_acronym(&name)))
            .or_insert_with(|| {
                let mut e = blank(
                    ListCode::DhsUflpa,
                    ids.next("dhs_uflpa", &name),
                    name.clone(),
                    EntityKind::Organisation,
                );
                e.countries = vec!["China".into()];
                e.source_url = Some(SOURCE_URL.into());
                e.effective_date = Some(r.effective_date.clone());
                out.push(e);
                out.len() - 1
            });
        let e = &mut out[i];
        if !e.programs.contains(&program) {
            e.programs.push(program);
        }
        if e.effective_date
            .as_deref()
            .is_some_and(|d| r.effective_date.as_str() < d)
        {
            e.effective_date = Some(r.effective_date.clone());
        }
        e.extends_to_subsidiaries |= subs;
        if norm_key(&name) != norm_key(&e.name) {
            // The other spelling of a merged entity ("... Corps (XPCC)") stays searchable.
            let n = e.name.clone();
            push_alias(&n, &mut e.aliases, &name, AliasKind::Aka);
        }
        for a in split.aliases {
            let n = e.name.clone();
            push_alias(&n, &mut e.aliases, &a.name, a.kind);
        }
    }
    for e in &mut out {
        e.programs.sort();
    }
    out
}

/// "Xinjiang Production and Construction Corps (XPCC)" -> "Xinjiang Production and Construction
/// Corps": the page writes the XPCC once with its acronym in parentheses and once with the acronym
/// among its inline aliases; both rows are one entity. Only a parenthesis holding exactly the
/// initials of the capitalised words before it counts, so "(Shanshan)" stays.
fn without_acronym(name: &str) -> &str {
    let Some(open) = name.rfind('(') else {
        return name;
    };
    let inner = name[open + 1..].trim_end().strip_suffix(')').unwrap_or("");
    let before = name[..open].trim_end();
    let initials: String = before
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    if inner.len() >= 2 && inner.bytes().all(|b| b.is_ascii_uppercase()) && initials == inner {
        before
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(name: &str, text: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("ss-uflpa-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    #[test]
    fn an_acronym_in_parentheses_does_not_split_an_entity() {
        assert_eq!(
            without_acronym("Xinjiang Production and Construction Corps (XPCC)"),
            "Xinjiang Production and Construction Corps"
        );
        for kept in [
            "Hoshine Silicon Industry (Shanshan) Co., Ltd",
            "Acme Trading Ltd (HK)",
            "Name (X)",
        ] {
            assert_eq!(without_acronym(kept), kept);
        }
    }

    #[test]
    fn merges_sections_and_rejects_bad_rows() {
        let p = write(
            "ok.html",
            "<p><strong>A list</strong><br><a>Section 2(d)(2)(B)(i)</a></p><table><tbody>\
             <tr><td>Xinjiang Daqo New Energy, Co. Ltd (including one alias: Daqo)</td><td>June 21, 2022</td></tr></tbody></table>\
             <p>Section 2(d)(2)(B)(v)</p><table><tbody><tr><td>Xinjiang Daqo New Energy Co., Ltd. (also known as Xinjiang Great New Energy Co., Ltd.)</td><td>November 25, 2024</td></tr></tbody></table>",
        );
        let rows = read_html(&p).unwrap();
        assert_eq!(rows.len(), 2);
        let es = to_entities(&rows);
        assert_eq!(es.len(), 1);
        assert_eq!(
            es[0].programs,
            ["UFLPA 2(d)(2)(B)(i)", "UFLPA 2(d)(2)(B)(v)"]
        );
        assert_eq!(es[0].aliases.len(), 2);
        assert_eq!(es[0].effective_date.as_deref(), Some("2022-06-21"));

        let p = write(
            "nosec.html",
            "<table><tbody><tr><td>A</td><td>June 1, 2022</td></tr></tbody></table>",
        );
        assert!(read_html(&p)
            .unwrap_err()
            .to_string()
            .contains("without a preceding"));
        let p = write("date.html", "<p>Section 2(d)(2)(B)(ii)</p><table><tbody><tr><td>A</td><td>soon</td></tr></tbody></table>");
        let err = read_html(&p).unwrap_err().to_string();
        assert!(
            err.contains("date.html") && err.contains("record 1") && err.contains("soon"),
            "{err}"
        );
        let p = write(
            "cells.html",
            "<p>Section 2(d)(2)(B)(ii)</p><table><tbody><tr><td>A</td></tr></tbody></table>",
        );
        assert!(read_html(&p).unwrap_err().to_string().contains("1 cells"));
        let p = write("empty.html", "<html><body>Access denied</body></html>");
        assert!(read_html(&p)
            .unwrap_err()
            .to_string()
            .contains("no UFLPA entity tables"));
        let p = write("bad.csv", "uflpa_section,name_as_published,effective_date\n2(d)(2)(B)(i),A,\"June 21, 2022\"\nsection 9,B,\"June 21, 2022\"\n");
        let err = read_csv(&p).unwrap_err().to_string();
        assert!(err.contains("line 3") && err.contains("section 9"), "{err}");
    }
}
