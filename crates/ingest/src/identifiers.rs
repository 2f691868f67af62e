//! Registration and tax numbers in list remarks, parsed into typed [`Identifier`]s (issue 12).
//!
//! OFAC writes them as `;`-separated remark items, `[alt. ]<Type> <value>[ (<Country>)][ issued
//! <date>][ expires <date>]` — "Tax ID No. 7707083893 (Russia)", "Unified Social Credit Code (USCC)
//! 91110000100014071Q (China)" — and the NS-CMIC extraction as "USCC: 91110000MA005UCQ5P (China)"
//! (`docs/research/identifiers.md` §4 has the formats and counts). Only the types that identify an
//! organisation (or a sole trader) are kept: the numbers a supplier master carries. Passports,
//! national IDs of persons, vessel and aircraft numbers, crypto addresses, phone numbers and
//! websites are not (they stay in the remarks text where the remarks keep them).

use supplyscreen_lists::model::{Entity, EntityKind, Identifier};
use supplyscreen_vocab::country::country_code;
use supplyscreen_vocab::ids;

/// The organisation identifier types OFAC uses, longest first where one is a prefix of another
/// ("UK Company Number" is not reached through "Company Number" because matching is at the start
/// of the item, but "Registration Number" must be tried before "Registration").
const TYPES: &[&str] = &[
    "United Social Credit Code Certificate (USCCC)",
    "Unified Social Credit Code (USCC)",
    "Economic Register Number (CBLS)",
    "Central Registration System Number",
    "Certificate of Incorporation Number",
    "Business Registration Document #",
    "Istanbul Chamber of Comm. No.",
    "Commercial Registry Number",
    "Business Registration Number",
    "Chamber of Commerce Number",
    "Public Registration Number",
    "Government Gazette Number",
    "Matricula Mercantil No",
    "Legal Entity Number",
    "Folio Mercantil No.",
    "Registration Number",
    "Registration ID",
    "Branch Unit Number",
    "UK Company Number",
    "Trade License No.",
    "Organization Code",
    "Enterprise Number",
    "D-U-N-S Number",
    "Business Number",
    "Company Number",
    "V.A.T. Number",
    "Tax ID No.",
    "C.U.I.T.",
    "R.F.C. #",
    "US FEIN",
    "C.R. No.",
    "R.F.C.",
    "C.I.F.",
    "N.I.F.",
    "NIT #",
    "RUC #",
    "RIF #",
    "USCC",
    "RFC",
];

/// Types that name an organisation's number only when the listed party is one (on a person they
/// are personal numbers).
const ORGANISATION_ONLY: &[&str] = &["Identification Number", "National ID No."];

/// The identifiers in `remarks`, in order, without repeats. `kind` is the listed party's kind:
/// vessels and aircraft carry no supplier numbers; persons keep only business numbers (a Russian
/// sole trader's INN is the number a supplier master holds).
pub fn from_remarks(remarks: &str, kind: EntityKind) -> Vec<Identifier> {
    split_remarks(remarks, kind).0
}

/// The identifiers in `remarks` ([`from_remarks`]) and the remark items left once they are taken
/// out (`None` when none is left). The bundle carries each number once, typed; the page and the
/// report show the typed numbers beside the remaining remarks.
pub fn split_remarks(remarks: &str, kind: EntityKind) -> (Vec<Identifier>, Option<String>) {
    let mut out: Vec<Identifier> = Vec::new();
    let mut rest: Vec<&str> = Vec::new();
    for raw in remarks.split(';') {
        let item = raw.trim().trim_end_matches('.').trim();
        let bare = item.strip_prefix("alt. ").unwrap_or(item);
        let parsed = if matches!(kind, EntityKind::Vessel | EntityKind::Aircraft) {
            None
        } else {
            parse_item(bare, kind)
        };
        match parsed {
            Some(id)
                if out
                    .iter()
                    .any(|o| o.value == id.value && o.scheme == id.scheme) => {}
            Some(id) => out.push(id),
            None if !item.is_empty() => rest.push(item),
            None => {}
        }
    }
    (out, (!rest.is_empty()).then(|| rest.join("; ")))
}

/// Takes the identifiers out of every entity's remarks where ingest has not already (OFAC's own
/// files are split before their remarks are filtered, [`crate::ofac::assemble`]).
pub fn fill(entities: &mut [Entity]) {
    for e in entities {
        if e.identifiers.is_empty() {
            if let Some(r) = &e.remarks {
                let (ids, rest) = split_remarks(r, e.kind);
                if !ids.is_empty() {
                    e.identifiers = ids;
                    e.remarks = rest;
                }
            }
        }
    }
}

fn parse_item(item: &str, kind: EntityKind) -> Option<Identifier> {
    let label = TYPES
        .iter()
        .chain(
            ORGANISATION_ONLY
                .iter()
                .filter(|_| kind != EntityKind::Person),
        )
        .find(|t| {
            item.strip_prefix(**t)
                .is_some_and(|rest| rest.starts_with(' ') || rest.starts_with(':'))
        })?;
    let mut rest = item[label.len()..].trim_start_matches(':').trim();
    for cut in [" issued ", " expires ", " Issue Date ", " Expiration Date "] {
        if let Some(i) = rest.find(cut) {
            rest = rest[..i].trim();
        }
    }
    let mut country = None;
    if rest.ends_with(')') {
        if let Some(open) = rest.rfind(" (") {
            country = Some(rest[open + 2..rest.len() - 1].trim().to_string());
            rest = rest[..open].trim();
        }
    }
    // A type name followed by words is prose ("Registration Number on file"), not a number.
    if !rest.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let checked = ids::check(rest, country.as_deref().and_then(country_code))?;
    let id = checked.id();
    // Very short values ("12", "A1") equal too many unrelated numbers to be evidence.
    if id.value.len() < 5 {
        return None;
    }
    Some(Identifier {
        scheme: id.scheme,
        label: label.trim_end_matches([' ', '#']).to_string(),
        value: id.value.clone(),
        country,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use supplyscreen_lists::model::Scheme;

    fn one(remarks: &str, kind: EntityKind) -> Vec<(Scheme, String, String, Option<String>)> {
        from_remarks(remarks, kind)
            .into_iter()
            .map(|i| (i.scheme, i.label, i.value, i.country))
            .collect()
    }

    #[test]
    fn ofac_items_become_typed_identifiers() {
        let got = one(
            "Website www.x.ru; Tax ID No. 7707083893 (Russia); Registration Number 1027700132195 (Russia); \
             Unified Social Credit Code (USCC) 91110000100014071Q (China); Legal Entity Number 253400WSS48YWMBUA688; \
             alt. Tax ID No. 52-1943868 (United States); Passport B 960789 (Iran) issued 01 Jan 2000.",
            EntityKind::Organisation,
        );
        let s = |x: &str| x.to_string();
        assert_eq!(
            got,
            vec![
                (
                    Scheme::RuInn,
                    s("Tax ID No."),
                    s("7707083893"),
                    Some(s("Russia"))
                ),
                (
                    Scheme::RuOgrn,
                    s("Registration Number"),
                    s("1027700132195"),
                    Some(s("Russia"))
                ),
                (
                    Scheme::CnUscc,
                    s("Unified Social Credit Code (USCC)"),
                    s("91110000100014071Q"),
                    Some(s("China"))
                ),
                (
                    Scheme::Lei,
                    s("Legal Entity Number"),
                    s("253400WSS48YWMBUA688"),
                    None
                ),
                (
                    Scheme::Other,
                    s("Tax ID No."),
                    s("521943868"),
                    Some(s("United States"))
                ),
            ]
        );
    }

    #[test]
    fn numbers_leave_the_remarks_once_typed() {
        let (ids, rest) = split_remarks(
            "DOB 1960; Tax ID No. 7707083893 (Russia); Website www.x.ru.",
            EntityKind::Organisation,
        );
        assert_eq!(ids.len(), 1);
        assert_eq!(rest.as_deref(), Some("DOB 1960; Website www.x.ru"));
        let (ids, rest) =
            split_remarks("USCC: 91110000MA005UCQ5P (China)", EntityKind::Organisation);
        assert_eq!((ids.len(), rest), (1, None));
    }

    #[test]
    fn cmic_notes_and_prose_and_personal_numbers() {
        assert_eq!(
            one(
                "Target Type: Private Company; USCC: 91110000MA005UCQ5P (China); Program: CMIC-EO13959",
                EntityKind::Organisation
            )[0]
            .2,
            "91110000MA005UCQ5P"
        );
        assert!(one(
            "Registration Number on file with OFAC",
            EntityKind::Organisation
        )
        .is_empty());
        assert!(one("National ID No. 1234567890 (Iran)", EntityKind::Person).is_empty());
        assert_eq!(
            one(
                "National ID No. 10103436398 (Iran)",
                EntityKind::Organisation
            )
            .len(),
            1
        );
        assert!(one("Tax ID No. 7707083893 (Russia)", EntityKind::Vessel).is_empty());
        assert!(one("Registration Number 12 (Iran)", EntityKind::Organisation).is_empty());
    }
}
