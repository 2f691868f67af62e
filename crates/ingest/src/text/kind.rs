//! What an entry names (organisation or person) and whether its listing extends to subsidiaries.

use super::clean::clean;
use supplyscreen_lists::model::EntityKind;

/// Qualifiers that extend a listing to related companies, longest first so the longest one is stripped.
const SUBSIDIARY_QUALIFIERS: &[&str] = &[
    "; and any successor, sub-unit, or subsidiary thereof",
    " and any successor, sub-unit, or subsidiary thereof",
    " and its subordinate and affiliated entities",
    " and their subsidiaries",
    " and its subsidiaries",
    " and its subordinates",
    " and subsidiaries",
    " and its subsidiary",
];

/// Strips a trailing "and its subsidiaries"-style qualifier. Returns the bare name and whether a
/// qualifier was found (the listing then extends to entities a name match cannot see).
pub fn strip_subsidiaries(name: &str) -> (String, bool) {
    let trimmed = name.trim().trim_end_matches('.');
    // ASCII lower-casing keeps byte offsets valid for the slicing below.
    let lower = trimmed.to_ascii_lowercase();
    for q in SUBSIDIARY_QUALIFIERS {
        if lower.ends_with(q) {
            let cut = trimmed.len() - q.len();
            return (clean(trimmed[..cut].trim_end_matches([',', ';'])), true);
        }
    }
    (clean(name), false)
}

/// Words that mark an organisation name.
const ORG_WORDS: &[&str] = &[
    "co",
    "co.",
    "co.,",
    "ltd",
    "ltd.",
    "limited",
    "inc",
    "inc.",
    "llc",
    "company",
    "corporation",
    "corp",
    "corp.",
    "group",
    "institute",
    "university",
    "bureau",
    "academy",
    "factory",
    "plant",
    "trading",
    "industries",
    "industry",
    "technology",
    "technologies",
    "enterprise",
    "enterprises",
    "bank",
    "center",
    "centre",
    "international",
    "gmbh",
    "s.a.",
    "jsc",
    "ooo",
    "oao",
    "pjsc",
    "ministry",
    "government",
    "department",
    "organization",
    "organisation",
    "agency",
    "services",
    "systems",
    "electronics",
    "association",
    "foundation",
    "holding",
    "holdings",
    "bv",
    "b.v.",
    "ag",
    "fze",
    "fzco",
    "firm",
    "lab",
    "laboratory",
    "research",
    "establishment",
    "office",
    "society",
    "committee",
];

/// A cautious guess for lists that do not say whether an entry is a person: a name containing an
/// organisation word is an organisation; "Surname, Given names" without one is a person; otherwise
/// unknown (the matcher then treats it neutrally).
pub fn guess_kind(name: &str) -> EntityKind {
    let lower = name.to_lowercase();
    if lower
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .any(|w| ORG_WORDS.contains(&w.trim_end_matches(',')))
    {
        return EntityKind::Organisation;
    }
    let words = name.split_whitespace().count();
    if name.matches(',').count() == 1 && (2..=5).contains(&words) {
        return EntityKind::Person;
    }
    EntityKind::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_qualifiers() {
        assert_eq!(guess_kind("Adams, Ryan"), EntityKind::Person);
        assert_eq!(
            guess_kind("A & C International Trade, Inc."),
            EntityKind::Organisation
        );
        assert_eq!(guess_kind("Skoltech"), EntityKind::Unknown);
        assert_eq!(
            strip_subsidiaries("Hoshine Silicon Industry Co. Ltd. and Subsidiaries"),
            ("Hoshine Silicon Industry Co. Ltd.".to_string(), true)
        );
        assert_eq!(
            strip_subsidiaries("Camel Group Co., Ltd."),
            ("Camel Group Co., Ltd.".to_string(), false)
        );
    }
}
