//! The JSON extractions of official lists published in github.com/phagehunter/nsfreg.
//!
//! Why these: for the BIS Entity/MEU lists (eCFR text), the Denied Persons List, the State lists and
//! the CMIC list they are the freshest machine-readable copies we hold. Every file has the layout
//! `{list_id, source_file, extracted, count, entities: [{name, aliases[], country, address, status,
//! effective_date, federal_register, notes}]}`. This module reads that layout and turns each list
//! into entities, repairing the extraction's known defects (see [`crate::text`]).

use crate::error::{read_utf8, IngestError, Location, Result};
use crate::text::{
    clean, guess_kind, non_empty, push_alias, split_addresses, split_inline_aliases, split_names,
    split_swallowed_address, strip_subsidiaries, SlugIds,
};
use serde::Deserialize;
use std::path::Path;
use supplyscreen_lists::model::{Alias, AliasKind, Entity, EntityKind, ListCode};

#[derive(Debug, Clone, Deserialize)]
pub struct NsfregFile {
    pub list_id: String,
    pub source_file: String,
    pub extracted: String,
    pub count: usize,
    pub entities: Vec<NsfregEntry>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct NsfregEntry {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub country: Option<String>,
    pub address: Option<String>,
    pub status: Option<String>,
    pub effective_date: Option<String>,
    pub federal_register: Option<String>,
    pub notes: Option<String>,
}

/// Reads one nsfreg JSON file. Fails (naming the record) on JSON errors, on an empty name and when
/// `count` disagrees with the number of entries (a truncated file).
pub fn read(path: &Path) -> Result<NsfregFile> {
    let text = read_utf8(path)?;
    let file: NsfregFile = serde_json::from_str(&text).map_err(|e| {
        IngestError::malformed(
            path,
            Location::Line(e.line() as u64),
            format!("not an nsfreg list extraction: {e}"),
        )
    })?;
    if file.count != file.entities.len() {
        return Err(IngestError::malformed(
            path,
            Location::Whole,
            format!(
                "header says {} entities but the file holds {} (truncated?)",
                file.count,
                file.entities.len()
            ),
        ));
    }
    if let Some(i) = file.entities.iter().position(|e| clean(&e.name).is_empty()) {
        return Err(IngestError::malformed(
            path,
            Location::Record(i as u64 + 1),
            "entity has an empty name",
        ));
    }
    Ok(file)
}

/// A blank entity of `list` with the fields every list sets.
pub(crate) fn blank(list: ListCode, id: String, name: String, kind: EntityKind) -> Entity {
    Entity {
        id,
        list,
        kind,
        name,
        aliases: Vec::new(),
        countries: Vec::new(),
        addresses: Vec::new(),
        programs: Vec::new(),
        citation: None,
        effective_date: None,
        source_url: None,
        remarks: None,
        license_requirement: None,
        merchandise: None,
        status: None,
        extends_to_subsidiaries: false,
        identifiers: Vec::new(),
        primary_record_missing: false,
    }
}

/// What the repairs changed, for the list notes.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Repairs {
    /// Names that still contained "a.k.a."/"f.k.a." and were split.
    pub inline_aliases: usize,
    /// Aliases that had swallowed an address, moved to `addresses`.
    pub addresses_moved: usize,
    /// Names carrying a subsidiaries qualifier, stripped.
    pub subsidiaries: usize,
}

/// Turns one extraction entry into an entity with the shared repairs applied:
/// inline aliases in the name, alias text spilled into the address, aliases that swallowed an
/// address, "and its subsidiaries" qualifiers, multi-address cells and newline-separated citations.
pub(crate) fn entry_to_entity(
    list: ListCode,
    entry: &NsfregEntry,
    ids: &mut SlugIds,
    repairs: &mut Repairs,
) -> Entity {
    let split = split_inline_aliases(&entry.name);
    let mut address = entry.address.as_deref().and_then(non_empty);
    let mut aliases: Vec<Alias> = split.aliases.clone();
    if split.name != clean(&entry.name) {
        repairs.inline_aliases += 1;
    }
    if !split.parenthesis_closed {
        // "Aletra General Trading (a.k.a." + address "Erman & Sultan Trading Co.), Sabkha Street, …":
        // the alias ends at the first ")" of the address cell.
        if let Some(addr) = address.take() {
            let addr = addr
                .strip_prefix("Address:")
                .unwrap_or(&addr)
                .trim()
                .to_string();
            match addr.find(')') {
                Some(p) if !addr[..p].chars().any(|c| c.is_ascii_digit()) => {
                    let kind = split
                        .aliases
                        .first()
                        .map(|a| a.kind)
                        .unwrap_or(AliasKind::Aka);
                    for name in split_names(&addr[..p]) {
                        push_alias(&split.name, &mut aliases, &name, kind);
                    }
                    address = non_empty(addr[p + 1..].trim_start_matches([',', ';', ' ']));
                }
                _ => address = Some(addr),
            }
        }
    }
    let (name, subs) = strip_subsidiaries(&split.name);
    if subs {
        repairs.subsidiaries += 1;
    }
    let mut addresses = address.as_deref().map(split_addresses).unwrap_or_default();
    let country = entry.country.as_deref().and_then(non_empty);
    for raw in &entry.aliases {
        let mut alias = clean(raw);
        if addresses.is_empty() {
            if let Some((a, addr)) = split_swallowed_address(&alias, country.as_deref()) {
                alias = a;
                addresses.extend(split_addresses(&addr));
                repairs.addresses_moved += 1;
            }
        }
        // An alias cell that is itself "X, a.k.a., Y".
        let inner = split_inline_aliases(&alias);
        push_alias(&name, &mut aliases, &inner.name, AliasKind::Aka);
        for a in inner.aliases {
            push_alias(&name, &mut aliases, &a.name, a.kind);
        }
    }
    let mut e = blank(
        list,
        ids.next(list.as_str(), &name),
        name,
        EntityKind::Unknown,
    );
    e.kind = guess_kind(&e.name);
    e.aliases = aliases;
    e.countries = country.into_iter().collect();
    e.addresses = addresses;
    e.citation = entry.federal_register.as_deref().and_then(citation);
    e.effective_date = entry.effective_date.as_deref().and_then(non_empty);
    e.status = entry.status.as_deref().and_then(non_empty);
    e.extends_to_subsidiaries = subs;
    e
}

/// "84 FR 54004, 10/9/19.\n85 FR 44161, 7/22/20" -> "84 FR 54004, 10/9/19; 85 FR 44161, 7/22/20".
fn citation(fr: &str) -> Option<String> {
    let parts: Vec<String> = fr
        .lines()
        .map(|l| clean(l.trim().trim_end_matches('.')))
        .filter(|l| !l.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// BIS Entity List or MEU List (eCFR supplements 4 and 7 to part 744). The notes column is the
/// Entity List's licence requirement; on the MEU list it is a free-text remark.
pub fn bis_supplement(list: ListCode, file: &NsfregFile) -> (Vec<Entity>, Repairs) {
    let mut ids = SlugIds::default();
    let mut repairs = Repairs::default();
    let entities = file
        .entities
        .iter()
        .map(|entry| {
            let mut e = entry_to_entity(list, entry, &mut ids, &mut repairs);
            let notes = entry.notes.as_deref().and_then(non_empty);
            if list == ListCode::BisEntity {
                e.license_requirement = notes;
            } else {
                e.remarks = notes;
            }
            e
        })
        .collect();
    (entities, repairs)
}

/// BIS Denied Persons List: notes carry "Type of denial: Standard" and similar.
pub fn bis_dpl(file: &NsfregFile) -> (Vec<Entity>, Repairs) {
    simple_list(ListCode::BisDpl, file, |e, notes| e.remarks = notes)
}

/// State ITAR debarred parties (statutory and administrative files share one list code).
/// `program` is recorded on each entity, e.g. "ITAR statutory debarment".
pub fn state_dtc(file: &NsfregFile, program: &str, ids: &mut SlugIds) -> (Vec<Entity>, Repairs) {
    let mut repairs = Repairs::default();
    let entities = file
        .entities
        .iter()
        .map(|entry| {
            let mut e = entry_to_entity(ListCode::StateDtc, entry, ids, &mut repairs);
            e.programs.push(program.to_string());
            e.remarks = entry.notes.as_deref().and_then(non_empty);
            e
        })
        .collect();
    (entities, repairs)
}

/// State nonproliferation sanctions: the notes hold "Authority: …; imposed …; status: …; FR" for each
/// sanction, separated by " | ". The authorities become programs (their short form in parentheses
/// when given, e.g. "CBW Act"), the first status becomes the status.
pub fn state_isn(file: &NsfregFile) -> (Vec<Entity>, Repairs) {
    simple_list(ListCode::StateIsn, file, |e, notes| {
        if let Some(n) = &notes {
            for sanction in n.split(" | ") {
                for field in sanction.split("; ") {
                    if let Some(auth) = field.strip_prefix("Authority: ") {
                        let short = auth
                            .rfind('(')
                            .and_then(|o| auth[o + 1..].strip_suffix(')'))
                            .unwrap_or(auth);
                        let short = clean(short);
                        if !e.programs.contains(&short) {
                            e.programs.push(short);
                        }
                    }
                }
            }
        }
        if e.status.is_none() {
            e.status = notes.as_deref().and_then(isn_status);
        }
        e.remarks = notes;
        e.kind = if e.name.starts_with("Government of") {
            EntityKind::Organisation
        } else {
            e.kind
        };
    })
}

/// The first "status: …" of State's nonproliferation sanction text ("Authority: …; imposed …;
/// status: Expired …; FR" per sanction, " | "-separated).
pub(crate) fn isn_status(text: &str) -> Option<String> {
    text.split(" | ")
        .flat_map(|s| s.split("; "))
        .find_map(|f| f.strip_prefix("status: "))
        .and_then(non_empty)
}

/// OFAC Non-SDN CMIC list (nscmiclist.pdf extraction): notes carry "Target Type: …; Listing Date
/// (CMIC): …; USCC: …; Program: CMIC-EO13959".
pub fn ofac_cmic(file: &NsfregFile) -> (Vec<Entity>, Repairs) {
    simple_list(ListCode::OfacCmic, file, |e, notes| {
        e.kind = EntityKind::Organisation;
        if let Some(n) = &notes {
            for field in n.split("; ") {
                if let Some(p) = field.strip_prefix("Program: ") {
                    e.programs.extend(
                        p.split([',', ' '])
                            .filter(|s| !s.is_empty())
                            .map(String::from),
                    );
                }
            }
        }
        e.remarks = notes;
    })
}

fn simple_list(
    list: ListCode,
    file: &NsfregFile,
    mut finish: impl FnMut(&mut Entity, Option<String>),
) -> (Vec<Entity>, Repairs) {
    let mut ids = SlugIds::default();
    let mut repairs = Repairs::default();
    let entities = file
        .entities
        .iter()
        .map(|entry| {
            let mut e = entry_to_entity(list, entry, &mut ids, &mut repairs);
            finish(&mut e, entry.notes.as_deref().and_then(non_empty));
            e
        })
        .collect();
    (entities, repairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, aliases: &[&str], address: Option<&str>) -> NsfregEntry {
        NsfregEntry {
            name: name.into(),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            country: Some("Russia".into()),
            address: address.map(String::from),
            status: None,
            effective_date: None,
            federal_register: Some("84 FR 54004, 10/9/19.\n85 FR 44161, 7/22/20".into()),
            notes: None,
        }
    }

    #[test]
    fn repairs_spilled_alias_and_address() {
        let mut ids = SlugIds::default();
        let mut r = Repairs::default();
        let e = entry_to_entity(
            ListCode::BisEntity,
            &entry(
                "Aletra General Trading (a.k.a.",
                &[],
                Some("Erman & Sultan Trading Co.), Sabkha Street, Shop No. 8, Dubai, U.A.E."),
            ),
            &mut ids,
            &mut r,
        );
        assert_eq!(e.name, "Aletra General Trading");
        assert_eq!(e.aliases[0].name, "Erman & Sultan Trading Co.");
        assert_eq!(e.addresses, ["Sabkha Street, Shop No. 8, Dubai, U.A.E."]);
        assert_eq!(
            e.citation.as_deref(),
            Some("84 FR 54004, 10/9/19; 85 FR 44161, 7/22/20")
        );
        assert_eq!(e.id, "bis_entity:aletra-general-trading");

        let e = entry_to_entity(
            ListCode::BisEntity,
            &entry(
                "SGM Most OOO",
                &[
                    "SGM-Bridge",
                    "SGM-Most, LLC. D. 10 korp. 3 ul. Neverovskogo, Moscow 121170, Russia",
                ],
                None,
            ),
            &mut ids,
            &mut r,
        );
        assert_eq!(
            e.aliases
                .iter()
                .map(|a| a.name.as_str())
                .collect::<Vec<_>>(),
            ["SGM-Bridge", "SGM-Most, LLC."]
        );
        assert_eq!(
            e.addresses,
            ["D. 10 korp. 3 ul. Neverovskogo, Moscow 121170, Russia"]
        );
        assert_eq!(r.addresses_moved, 1);
        assert_eq!(r.inline_aliases, 1);
    }

    #[test]
    fn rejects_truncated_and_broken_files() {
        let dir = std::env::temp_dir().join(format!("ss-nsfreg-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("short.json");
        std::fs::write(&p, r#"{"list_id":"x","source_file":"y","extracted":"z","count":2,"entities":[{"name":"A","aliases":[],"country":null,"address":null,"status":null,"effective_date":null,"federal_register":null,"notes":null}]}"#).unwrap();
        let err = read(&p).unwrap_err().to_string();
        assert!(
            err.contains("short.json") && err.contains("header says 2"),
            "{err}"
        );
        std::fs::write(&p, "{\"list_id\": \"x\",\n \"count\": }").unwrap();
        let err = read(&p).unwrap_err().to_string();
        assert!(err.contains("line 2"), "{err}");
        std::fs::write(&p, r#"{"list_id":"x","source_file":"y","extracted":"z","count":1,"entities":[{"name":"  ","aliases":[],"country":null,"address":null,"status":null,"effective_date":null,"federal_register":null,"notes":null}]}"#).unwrap();
        assert!(read(&p).unwrap_err().to_string().contains("record 1"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
