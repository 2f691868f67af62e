//! Listed addresses: a supplier whose address is an address the lists give for a listed party.
//!
//! The lists carry addresses (OFAC's address file, the Entity List's entries, among them entries
//! that are nothing but an address: "Address 01: Unit D, 16/F One Capital Place, 18 Luard Rd, Wan
//! Chai, Hong Kong"). A supplier at the same premises is worth a look whatever its name: it may be
//! the listed party under another name, share its office, or act for it. It is a place signal that
//! names the entity, never a name hit.
//!
//! Matching: both addresses become words (ASCII, lower case, street abbreviations expanded); a
//! listed address counts only when it is precise enough to point at premises (a house or unit
//! number and at least two other distinctive words: "Yangon, Burma" never matches), and it matches
//! a supplier address that contains every one of its numbers and nearly all of its distinctive
//! words. An index by each listed address's rarest word keeps this to a handful of comparisons per
//! row.

use std::collections::HashMap;
use supplyscreen_lists::model::{ListCode, ListSet};
use supplyscreen_vocab::country::is_country;
use supplyscreen_vocab::text::ascii_words;

/// Street words written short, and their long form (both sides are expanded).
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("rd", "road"),
    ("st", "street"),
    ("str", "strasse"),
    ("ave", "avenue"),
    ("av", "avenue"),
    ("blvd", "boulevard"),
    ("bldg", "building"),
    ("bld", "building"),
    ("fl", "floor"),
    ("flr", "floor"),
    ("rm", "room"),
    ("dist", "district"),
    ("ctr", "centre"),
    ("center", "centre"),
    ("tower", "tower"),
    ("hwy", "highway"),
    ("ln", "lane"),
    ("sq", "square"),
    ("pl", "place"),
];

/// Words every address has; they neither qualify an address as precise nor match it.
const GENERIC: &[&str] = &[
    "road",
    "street",
    "strasse",
    "avenue",
    "boulevard",
    "building",
    "floor",
    "room",
    "unit",
    "suite",
    "flat",
    "block",
    "no",
    "number",
    "district",
    "city",
    "province",
    "county",
    "town",
    "village",
    "zone",
    "area",
    "region",
    "state",
    "of",
    "the",
    "and",
    "de",
    "la",
    "le",
    "du",
    "des",
    "del",
    "al",
    "el",
    "f",
    "p",
    "o",
    "centre",
    "tower",
    "lane",
    "place",
    "square",
    "highway",
    "house",
    "office",
    "industrial",
    "park",
    "development",
    "economic",
    "technology",
    "new",
    "east",
    "west",
    "north",
    "south",
    "middle",
    "central",
    "box",
    "po",
    "ul",
    "pr",
    "kowloon",
    "hong",
    "kong",
    "china",
    "prc",
    "peoples",
    "republic",
    "chome",
    "ku",
    "shi",
];

/// The words of an address, street abbreviations expanded, ordinals as numbers ("16th" -> "16").
/// Country names and codes are dropped from listed addresses only ([`listed_words`]): a
/// supplier's are then simply words no listed address asks for.
fn words(address: &str) -> Vec<String> {
    ascii_words(address)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let ordinal = ["st", "nd", "rd", "th"].iter().find_map(|s| {
                w.strip_suffix(s)
                    .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            });
            if let Some(n) = ordinal {
                return n.to_string();
            }
            ABBREVIATIONS
                .iter()
                .find(|(short, _)| *short == w)
                .map_or(w, |(_, long)| long)
                .to_string()
        })
        .collect()
}

fn listed_words(address: &str) -> Vec<String> {
    let mut ws = words(address);
    ws.retain(|w| !is_country(w));
    ws
}

/// A token that picks out the premises: a number ("16", "2b") or a lone letter ("Unit D", "Block
/// A"), except the "f" of "16/F" and the letters of "P.O. Box".
fn is_number(w: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_digit()) || (w.len() == 1 && !matches!(w, "f" | "p" | "o"))
}

/// What a listed address must share with a supplier's.
#[derive(Debug, Clone)]
struct Listed {
    entity: usize,
    /// The address as the list writes it.
    address: String,
    /// Its numbers and unit letters ("16", "18", "2b", "d"): all must be in the supplier's address.
    numbers: Vec<String>,
    /// Its distinctive words ("capital", "luard", "wan", "chai"): nearly all must be.
    words: Vec<String>,
}

/// Share of a listed address's distinctive words the supplier's must contain.
const WORD_SHARE: f64 = 0.8;

/// The listed addresses precise enough to match, indexed by their rarest distinctive word.
#[derive(Debug, Clone, Default)]
pub(crate) struct AddressIndex {
    listed: Vec<Listed>,
    by_word: HashMap<String, Vec<u32>>,
}

/// One supplier address matching one listed address.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct AddressHit {
    pub entity: usize,
    pub address: String,
}

impl AddressIndex {
    pub(crate) fn new(set: &ListSet) -> AddressIndex {
        let mut listed = Vec::new();
        for (i, e) in set.entities.iter().enumerate() {
            // CBP orders name a producer's place, not premises to compare.
            if e.list == ListCode::CbpWro {
                continue;
            }
            for a in &e.addresses {
                let ws = listed_words(a);
                let mut numbers: Vec<String> =
                    ws.iter().filter(|w| is_number(w)).cloned().collect();
                let mut distinct: Vec<String> = ws
                    .iter()
                    .filter(|w| !is_number(w) && !GENERIC.contains(&w.as_str()))
                    .cloned()
                    .collect();
                numbers.sort();
                numbers.dedup();
                distinct.sort();
                distinct.dedup();
                if numbers.is_empty() || distinct.len() < 2 {
                    continue;
                }
                listed.push(Listed {
                    entity: i,
                    address: a.clone(),
                    numbers,
                    words: distinct,
                });
            }
        }
        let mut df: HashMap<&str, u32> = HashMap::new();
        for l in &listed {
            for w in &l.words {
                *df.entry(w.as_str()).or_default() += 1;
            }
        }
        let mut by_word: HashMap<String, Vec<u32>> = HashMap::new();
        for (k, l) in listed.iter().enumerate() {
            // The rarest word, first alphabetically among equals (deterministic).
            let key = l
                .words
                .iter()
                .min_by_key(|w| (df[w.as_str()], w.as_str()))
                .expect("at least two words");
            by_word.entry(key.clone()).or_default().push(k as u32);
        }
        AddressIndex { listed, by_word }
    }

    /// The listed addresses `address` matches, one per entity, in list order.
    pub(crate) fn find(&self, address: &str) -> Vec<AddressHit> {
        let ws = words(address);
        if ws.len() < 3 {
            return Vec::new();
        }
        let mut out: Vec<AddressHit> = Vec::new();
        let mut seen: Vec<u32> = Vec::new();
        for w in &ws {
            for &k in self.by_word.get(w).map_or(&[][..], Vec::as_slice) {
                if seen.contains(&k) {
                    continue;
                }
                seen.push(k);
                let l = &self.listed[k as usize];
                let numbers_ok = l.numbers.iter().all(|n| ws.contains(n));
                let shared = l.words.iter().filter(|x| ws.contains(x)).count();
                if numbers_ok
                    && shared as f64 >= WORD_SHARE * l.words.len() as f64
                    && !out.iter().any(|h| h.entity == l.entity)
                {
                    out.push(AddressHit {
                        entity: l.entity,
                        address: l.address.clone(),
                    });
                }
            }
        }
        out.sort_by_key(|h| h.entity);
        out
    }

    /// Number of listed addresses precise enough to match.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.listed.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use supplyscreen_lists::model::{Entity, EntityKind};

    fn entity(id: &str, list: ListCode, name: &str, addresses: &[&str]) -> Entity {
        Entity {
            id: id.into(),
            list,
            kind: EntityKind::Organisation,
            name: name.into(),
            aliases: vec![],
            countries: vec![],
            addresses: addresses.iter().map(|a| a.to_string()).collect(),
            programs: vec![],
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

    fn index() -> AddressIndex {
        AddressIndex::new(&ListSet {
            built_from: String::new(),
            lists: vec![],
            entities: vec![
                // Written as the Entity List and OFAC write them.
                entity(
                    "bis_entity:address-01",
                    ListCode::BisEntity,
                    "Address 01",
                    &["Unit D, 16/F One Capital Place, 18 Luard Rd, Wan Chai, Hong Kong."],
                ),
                entity(
                    "ofac_sdn:306",
                    ListCode::OfacSdn,
                    "Banco Nacional de Cuba",
                    &[
                        "Zweierstrasse 35, Zurich CH-8022, Switzerland",
                        "Havana, Cuba",
                    ],
                ),
                entity(
                    "bis_entity:yangon",
                    ListCode::BisEntity,
                    "Somewhere",
                    &["Yangon, Burma."],
                ),
            ],
            goods: vec![],
        })
    }

    #[test]
    fn the_same_premises_written_differently() {
        let idx = index();
        assert_eq!(
            idx.len(),
            2,
            "'Havana, Cuba' and 'Yangon, Burma' are not premises"
        );
        let hits = idx.find("Unit D, 16th Floor, One Capital Place, 18 Luard Road, Wan Chai HK");
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert_eq!(hits[0].entity, 0);
        assert!(hits[0].address.starts_with("Unit D, 16/F"));
        // Reordered, the country code dropped, the city in its own spelling.
        let hits = idx.find("8022 Zürich, Zweierstrasse 35");
        assert_eq!(hits.iter().map(|h| h.entity).collect::<Vec<_>>(), [1]);
    }

    #[test]
    fn other_numbers_or_streets_do_not_match() {
        let idx = index();
        // Another floor or unit of the same building, another street number, the city alone.
        assert!(idx
            .find("Unit D, 17/F One Capital Place, 18 Luard Rd, Wan Chai")
            .is_empty());
        assert!(idx
            .find("Unit A, 16/F One Capital Place, 18 Luard Rd, Wan Chai")
            .is_empty());
        assert!(idx.find("Zweierstrasse 37, Zurich CH-8022").is_empty());
        assert!(idx.find("Yangon, Myanmar").is_empty());
        assert!(idx.find("Havana").is_empty());
    }
}
