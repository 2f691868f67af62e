//! Cross-script alias tables: names in another script for listed entities, from outside the lists.
//!
//! Why a table: no rule can turn 海康威视 into "Hikvision" (a brand) or 中国航空工业集团 into
//! "Aviation Industry Corporation of China" word by word, yet Chinese suppliers and ERP exports write
//! listed companies that way. `data/sources/zh_aliases/aliases.csv` gives such names, one row per
//! (listed name, Chinese name), each with its public source (see its PROVENANCE.md). The manifest
//! names the table (`[[alias_table]]`) with its SHA-256, like a list file.
//!
//! A row is attached to every entity of its list whose primary name or alias is the row's
//! `listed_name` (exactly, else after [`loose_key`]: brackets, scope phrases and punctuation
//! aside), as an [`AliasKind::CrossScript`] alias carrying the row's source, so the matcher
//! indexes it like any alias and the explanation can say "Chinese name from <source>". A row that
//! names no entity any more (the list renamed or dropped it after a refresh) is not an error: the
//! list's notes say how many and which, and a test holds the committed table at zero.

use crate::error::{IngestError, Location, Result};
use std::collections::HashMap;
use std::path::Path;
use supplyscreen_lists::model::{Alias, AliasKind, Entity, ListCode, ListInfo};

/// One row of an alias table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AliasRow {
    pub list: ListCode,
    pub listed_name: String,
    pub alias: String,
    pub source: String,
    /// 1-based line of the row, for messages.
    pub line: u64,
}

const COLUMNS: [&str; 4] = ["list", "listed_name", "chinese_name", "source"];

/// Reads an alias table (CSV with at least the columns `list`, `listed_name`, `chinese_name`,
/// `source`; others, such as `source_kind` and `note`, are for people).
pub fn read(path: &Path) -> Result<Vec<AliasRow>> {
    let bytes = std::fs::read(path).map_err(|e| IngestError::io(path, e))?;
    parse(path, &bytes)
}

/// [`read`] on bytes already in memory; `path` names the file in messages.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Vec<AliasRow>> {
    let mut r = csv::ReaderBuilder::new().from_reader(bytes);
    let headers = r
        .headers()
        .map_err(|e| IngestError::malformed(path, Location::Line(1), e.to_string()))?
        .clone();
    let mut idx = [0usize; 4];
    for (k, name) in COLUMNS.iter().enumerate() {
        idx[k] = headers
            .iter()
            .position(|h| h.trim() == *name)
            .ok_or_else(|| {
                IngestError::malformed(
                    path,
                    Location::Line(1),
                    format!(
                        "no `{name}` column (the header must name {})",
                        COLUMNS.join(", ")
                    ),
                )
            })?;
    }
    let mut rows = Vec::new();
    for rec in r.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            IngestError::malformed(path, Location::Line(line), e.to_string())
        })?;
        let line = rec.position().map_or(0, |p| p.line());
        let field = |k: usize| rec.get(idx[k]).unwrap_or("").trim();
        let at = Location::Line(line);
        let list = ListCode::parse(field(0)).ok_or_else(|| {
            IngestError::malformed(
                path,
                at,
                format!(
                    "unknown list code `{}` (use one of the manifest's codes)",
                    field(0)
                ),
            )
        })?;
        for (k, what) in [(1, "listed_name"), (2, "chinese_name"), (3, "source")] {
            if field(k).is_empty() {
                return Err(IngestError::malformed(
                    path,
                    at,
                    format!("`{what}` is empty: every row needs the listed name, the alias and its public source"),
                ));
            }
        }
        rows.push(AliasRow {
            list,
            listed_name: field(1).to_owned(),
            alias: field(2).to_owned(),
            source: field(3).to_owned(),
            line,
        });
    }
    Ok(rows)
}

/// Attaches each row to the entities of its list that carry its listed name; returns, per list,
/// the rows that found no entity (for the list's notes).
///
/// The list file may publish "Name (formerly known as ...)" or "... and its subordinate and
/// affiliated entities" where the parser keeps "Name" and makes the rest aliases or scope, and the
/// page and CSV differ in commas: a row whose listed name no entry carries exactly is matched by
/// [`loose_key`]. Both lookups are built once, over the lists the table names.
pub fn apply(rows: &[AliasRow], entities: &mut [Entity]) -> Vec<(ListCode, Vec<u64>)> {
    type Lookup = HashMap<(ListCode, String), Vec<usize>>;
    let (mut exact, mut loose) = (Lookup::new(), Lookup::new());
    for (i, e) in entities.iter().enumerate() {
        if !rows.iter().any(|r| r.list == e.list) {
            continue;
        }
        for n in e.all_names() {
            for (map, key) in [
                (&mut exact, n.trim().to_owned()),
                (&mut loose, loose_key(n)),
            ] {
                let at = map.entry((e.list, key)).or_default();
                if at.last() != Some(&i) {
                    at.push(i);
                }
            }
        }
    }
    let mut unmatched: Vec<(ListCode, Vec<u64>)> = Vec::new();
    for row in rows {
        let found = exact
            .get(&(row.list, row.listed_name.clone()))
            .or_else(|| loose.get(&(row.list, loose_key(&row.listed_name))));
        let Some(found) = found else {
            match unmatched.iter_mut().find(|(c, _)| *c == row.list) {
                Some((_, lines)) => lines.push(row.line),
                None => unmatched.push((row.list, vec![row.line])),
            }
            continue;
        };
        for &i in found {
            let e = &mut entities[i];
            if e.all_names().any(|n| n == row.alias) {
                continue;
            }
            e.aliases.push(Alias {
                name: row.alias.clone(),
                kind: AliasKind::CrossScript,
                source: Some(row.source.clone()),
            });
        }
    }
    unmatched
}

/// A name without its bracketed parts and the UFLPA/CBP scope phrases, lowercased, letters and digits
/// only: "Hefei Bitland Information Technology Co. Ltd." and "..., Co., Ltd." have one key.
fn loose_key(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    let lower = out.to_lowercase();
    // The scope phrases of UFLPA and CBP entries: "... and its subordinate and affiliated
    // entities", "... and its subordinates", "... and Subsidiaries".
    let lower = [" and its subordinate", " and subsidiaries"]
        .iter()
        .fold(lower.as_str(), |acc, p| acc.split(p).next().unwrap_or(""));
    lower.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Notes for the lists: how many cross-script names were added, and which rows found no entry.
pub fn notes(
    table: &str,
    rows: &[AliasRow],
    unmatched: &[(ListCode, Vec<u64>)],
    lists: &mut [ListInfo],
) {
    for li in lists {
        let total = rows.iter().filter(|r| r.list == li.code).count();
        if total == 0 {
            continue;
        }
        let missing = unmatched
            .iter()
            .find(|(c, _)| *c == li.code)
            .map_or(&[][..], |(_, l)| l.as_slice());
        li.notes.push(format!(
            "{} Chinese names for its entries come from {table} (each row gives its public source); the matcher treats them as aliases.",
            total - missing.len()
        ));
        if !missing.is_empty() {
            let lines: Vec<String> = missing.iter().map(u64::to_string).collect();
            li.notes.push(format!(
                "{} rows of {table} name no entry of this list any more (lines {}): the list renamed or dropped them; update the table.",
                missing.len(),
                lines.join(", ")
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use supplyscreen_lists::model::EntityKind;

    fn entity(list: ListCode, name: &str, aka: &[&str]) -> Entity {
        let mut e = crate::nsfreg::blank(
            list,
            format!("{list}:{name}"),
            name.into(),
            EntityKind::Organisation,
        );
        e.aliases = aka
            .iter()
            .map(|a| Alias::listed(*a, AliasKind::Aka))
            .collect();
        e
    }

    const TABLE: &str = "list,listed_name,chinese_name,source_kind,source,note\n\
        bis_entity,Hikvision,海康威视,reference,https://example.org/a,brand\n\
        bis_entity,\"Zhejiang Dahua Technology Co., Ltd.\",浙江大华技术股份有限公司,reference,https://example.org/b,\n\
        ofac_cmic,Gone Company,消失公司,reference,https://example.org/c,\n";

    #[test]
    fn rows_attach_by_name_or_alias_within_their_list() {
        let rows = parse(Path::new("aliases.csv"), TABLE.as_bytes()).unwrap();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1].listed_name, "Zhejiang Dahua Technology Co., Ltd.");
        assert_eq!(rows[2].line, 4);
        let mut es = vec![
            entity(
                ListCode::BisEntity,
                "Hangzhou Hikvision Digital Technology",
                &["Hikvision"],
            ),
            entity(
                ListCode::BisEntity,
                "Zhejiang Dahua Technology Co., Ltd.",
                &[],
            ),
            // Same name on another list: the row is for bis_entity only.
            entity(ListCode::OfacCmic, "Hikvision", &[]),
        ];
        let unmatched = apply(&rows, &mut es);
        assert_eq!(unmatched, vec![(ListCode::OfacCmic, vec![4])]);
        let added = &es[0].aliases[1];
        assert_eq!(added.name, "海康威视");
        assert_eq!(added.kind, AliasKind::CrossScript);
        assert_eq!(added.source.as_deref(), Some("https://example.org/a"));
        assert_eq!(es[1].aliases[0].name, "浙江大华技术股份有限公司");
        assert!(es[2].aliases.is_empty());
        // Applying twice adds nothing (an alias the entity already has is not repeated).
        let again = apply(&rows, &mut es);
        assert_eq!(again.len(), 1);
        assert_eq!(es[0].aliases.len(), 2);
    }

    #[test]
    fn bad_rows_name_the_line_and_the_problem() {
        let no_source = "list,listed_name,chinese_name,source\nbis_entity,A,甲,\n";
        let e = parse(Path::new("t.csv"), no_source.as_bytes())
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("t.csv") && e.contains("line 2") && e.contains("`source` is empty"),
            "{e}"
        );
        let bad_list = "list,listed_name,chinese_name,source\nbis_entities,A,甲,x\n";
        let e = parse(Path::new("t.csv"), bad_list.as_bytes())
            .unwrap_err()
            .to_string();
        assert!(e.contains("unknown list code `bis_entities`"), "{e}");
        let no_col = "list,name,chinese_name,source\n";
        let e = parse(Path::new("t.csv"), no_col.as_bytes())
            .unwrap_err()
            .to_string();
        assert!(e.contains("no `listed_name` column"), "{e}");
    }
}
