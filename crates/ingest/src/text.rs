//! Text cleanup shared by every source: whitespace, names with aliases written inline, subsidiary
//! qualifiers, addresses swallowed into aliases, dates, slugs.
//!
//! Why here and not in each parser: the same defects appear in several lists (an "a.k.a." left in a
//! name, "and its subsidiaries" glued to a name), and fixing them once keeps the lists consistent.

use std::collections::HashMap;
use supplyscreen_lists::model::{Alias, AliasKind, EntityKind};

/// Collapses runs of whitespace (including no-break spaces and line breaks) to one space and trims.
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(|c: char| c.is_whitespace() || c == '\u{a0}') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// [`clean`], then `None` when nothing is left.
pub fn non_empty(s: &str) -> Option<String> {
    let c = clean(s);
    (!c.is_empty()).then_some(c)
}

/// A comparison key: lower-case letters and digits only. "Xinjiang Daqo New Energy, Co. Ltd" and
/// "Xinjiang Daqo New Energy Co., Ltd." get the same key, which is how one entity listed twice with
/// different punctuation is recognised.
pub fn norm_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A readable id fragment: lower-case alphanumerics separated by single dashes, at most 32 chars (ids are references, not display names; shorter ids keep the bundle small).
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
        if out.len() >= 32 {
            break;
        }
    }
    if out.is_empty() {
        out.push_str("entry");
    }
    out
}

/// Gives ids to entries of sources that have none: `<list>:<slug of name>`, then `-2`, `-3`, … for
/// later entries with the same slug. Deterministic for a given input order.
#[derive(Default)]
pub struct SlugIds {
    seen: HashMap<String, u32>,
}

impl SlugIds {
    pub fn next(&mut self, list: &str, name: &str) -> String {
        let base = format!("{list}:{}", slug(name));
        let n = self.seen.entry(base.clone()).or_insert(0);
        *n += 1;
        if *n == 1 {
            base
        } else {
            format!("{base}-{n}")
        }
    }
}

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

/// After a legal form, " and " separates two names rather than being part of one ("Co., Ltd. and
/// JWD Technology" vs "Cotton and Linen").
fn ends_with_legal_form(s: &str) -> bool {
    supplyscreen_vocab::legal::ends_with_form(s)
}

/// Splits a published list of names ("A; B; and C", "A Co., Ltd. and B Co.") into names.
/// " and " only splits after a legal form, so "Cotton and Linen Co." stays whole.
pub fn split_names(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in text.split(';') {
        let part = clean(part);
        let part = part.strip_prefix("and ").unwrap_or(&part).trim();
        let mut rest = part;
        while let Some(pos) = find_legal_and(rest) {
            push_name(&mut out, &rest[..pos]);
            rest = &rest[pos + " and ".len()..];
        }
        push_name(&mut out, rest);
    }
    out
}

fn find_legal_and(s: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = s[from..].find(" and ") {
        let pos = from + i;
        if ends_with_legal_form(&s[..pos]) {
            return Some(pos);
        }
        from = pos + 1;
    }
    None
}

fn push_name(out: &mut Vec<String>, s: &str) {
    let s = clean(
        s.trim()
            .trim_matches(|c| matches!(c, ',' | ';' | '“' | '”' | '"')),
    );
    if !s.is_empty() {
        out.push(s);
    }
}

/// Adds an alias unless it repeats the name or an earlier alias (compared by [`norm_key`]).
pub fn push_alias(name: &str, aliases: &mut Vec<Alias>, alias: &str, kind: AliasKind) {
    let alias = clean(alias.trim_matches(|c| matches!(c, ',' | ';' | '“' | '”' | '"' | ' ')));
    let key = norm_key(&alias);
    if key.is_empty() || key == norm_key(name) || aliases.iter().any(|a| norm_key(&a.name) == key) {
        return;
    }
    aliases.push(Alias { name: alias, kind });
}

/// Markers that introduce alias text inside a published name, with the kind they introduce.
const INLINE_MARKERS: &[(&str, AliasKind)] = &[
    ("a.k.a.,", AliasKind::Aka),
    ("a.k.a.", AliasKind::Aka),
    ("f.k.a.,", AliasKind::Fka),
    ("f.k.a.", AliasKind::Fka),
    ("n.k.a.,", AliasKind::Nka),
    ("n.k.a.", AliasKind::Nka),
    ("also known as", AliasKind::Aka),
    ("formerly known as", AliasKind::Fka),
    ("now known as", AliasKind::Nka),
    ("aliases:", AliasKind::Aka),
    ("alias:", AliasKind::Aka),
];

/// A name as published with aliases written inline, split into its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitName {
    pub name: String,
    pub aliases: Vec<Alias>,
    /// The text after the alias parenthesis (e.g. " and subsidiaries"), already appended to `name`.
    pub parenthesis_closed: bool,
}

/// Splits aliases written inside a name:
/// "X (and two aliases: A; and B)", "X (including one alias: A) and subsidiaries",
/// "X (also known as A; and formerly known as B)", "X (a.k.a. A)", "X (f.k.a., A".
/// `parenthesis_closed` is false when the alias parenthesis never closes (the rest of the alias text
/// then usually spilled into the next field, as on the eCFR Entity List extraction).
pub fn split_inline_aliases(published: &str) -> SplitName {
    let text = clean(published);
    // ASCII lower-casing keeps byte offsets valid for slicing `text` (Turkish "İ" would not).
    let lower = text.to_ascii_lowercase();
    // The alias parenthesis: the first "(" whose content starts with a marker or with "and"/"including".
    let mut search = 0;
    while let Some(i) = lower[search..].find('(') {
        let open = search + i;
        let inner = lower[open + 1..].trim_start();
        let starts = INLINE_MARKERS.iter().any(|(m, _)| inner.starts_with(m))
            || ((inner.starts_with("and ") || inner.starts_with("including "))
                && INLINE_MARKERS.iter().any(|(m, _)| inner.contains(m)));
        if starts {
            let close = matching_paren(&text, open);
            let inner_end = close.unwrap_or(text.len());
            let before = &text[..open];
            let after = close.map(|c| &text[c + 1..]).unwrap_or("");
            let name = clean(&format!("{} {}", before.trim_end(), after.trim_start()));
            let name = name.trim_end_matches([',', ' ']).to_string();
            let mut aliases = Vec::new();
            for (alias, kind) in alias_segments(&text[open + 1..inner_end]) {
                push_alias(&name, &mut aliases, &alias, kind);
            }
            return SplitName {
                name,
                aliases,
                parenthesis_closed: close.is_some(),
            };
        }
        search = open + 1;
    }
    // No parenthesis: ", a.k.a. X" written after the name.
    for (marker, kind) in INLINE_MARKERS.iter().take(6) {
        if let Some(pos) = lower.find(marker) {
            let name = clean(text[..pos].trim_end_matches([',', ' ', '(']));
            let mut aliases = Vec::new();
            for alias in split_names(&text[pos + marker.len()..]) {
                push_alias(&name, &mut aliases, &alias, *kind);
            }
            return SplitName {
                name,
                aliases,
                parenthesis_closed: true,
            };
        }
    }
    SplitName {
        name: text,
        aliases: Vec::new(),
        parenthesis_closed: true,
    }
}

/// The index of the ")" closing the "(" at `open`, counting nested parentheses.
fn matching_paren(s: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s[open..].char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Cuts alias text into (alias, kind) pairs: each marker sets the kind of the names that follow it.
fn alias_segments(inner: &str) -> Vec<(String, AliasKind)> {
    let lower = inner.to_ascii_lowercase();
    let mut marks: Vec<(usize, usize, AliasKind)> = Vec::new();
    let mut from = 0;
    while from < lower.len() {
        let next = INLINE_MARKERS
            .iter()
            .filter_map(|(m, k)| lower[from..].find(m).map(|i| (from + i, m.len(), *k)))
            .min_by_key(|(pos, len, _)| (*pos, usize::MAX - len));
        match next {
            Some(mark) => {
                from = mark.0 + mark.1;
                marks.push(mark);
            }
            None => break,
        }
    }
    let mut out = Vec::new();
    for (i, (pos, len, kind)) in marks.iter().enumerate() {
        let end = marks.get(i + 1).map(|m| m.0).unwrap_or(inner.len());
        let mut seg = inner[pos + len..end].trim();
        for tail in ["; and", " and", ";", ","] {
            seg = seg.strip_suffix(tail).unwrap_or(seg).trim();
        }
        out.extend(split_names(seg).into_iter().map(|n| (n, *kind)));
    }
    if marks.is_empty() {
        out.extend(split_names(inner).into_iter().map(|n| (n, AliasKind::Aka)));
    }
    out
}

/// Abbreviations after which ". " does not end a name.
const ABBREVIATIONS: &[&str] = &[
    "co", "no", "st", "mr", "dr", "jr", "sr", "bldg", "ave", "rd",
];

/// Detects an alias that swallowed the entity's address ("Hesheng Silicon Industry (Shanshan) Co., Ltd.
/// Xinjiang East: West of Kekeya Road, …, China") and splits it into (alias, address).
///
/// Only used when the entry has no address of its own. The cut is the first ". " or ", " after which
/// the text looks like an address: it starts with a digit, or (after ". ") it contains a digit, a
/// "(See …)" cross-reference or ends with the entry's country.
pub fn split_swallowed_address(alias: &str, country: Option<&str>) -> Option<(String, String)> {
    let looks_like_address = |rest: &str| {
        let r = rest.trim_end_matches(['.', ' ', ')']);
        rest.len() >= 12
            && (rest.chars().any(|c| c.is_ascii_digit())
                || rest.contains("(See")
                || country.is_some_and(|c| !c.is_empty() && r.ends_with(c)))
    };
    let bytes = alias.as_bytes();
    for (i, _) in alias.match_indices(['.', ',']) {
        if bytes.get(i + 1) != Some(&b' ') {
            continue;
        }
        let before = &alias[..i];
        let rest = alias[i + 2..].trim();
        let next_is_digit = rest.chars().next().is_some_and(|c| c.is_ascii_digit());
        let prev_word = before
            .rsplit([' ', '('])
            .next()
            .unwrap_or("")
            .to_lowercase();
        // "St. 32A", "No. 5" and initialisms like "M.A.G. Tech" do not end a name.
        let abbreviation = prev_word.len() <= 1
            || prev_word.contains('.')
            || ABBREVIATIONS.contains(&prev_word.as_str());
        let in_country = country.is_some_and(|c| !c.is_empty() && rest.contains(c));
        // ", LLC. D. 10 …": a legal form after the comma still belongs to the name.
        let next_word = rest.split(' ').next().unwrap_or("").to_lowercase();
        let next_is_legal = ends_with_legal_form(&next_word);
        let cut = if bytes[i] == b',' {
            rest.len() >= 12
                && (next_is_digit
                    || (in_country && !next_is_legal && rest.chars().any(|c| c.is_ascii_digit())))
        } else {
            !abbreviation && (next_is_digit || looks_like_address(rest))
        };
        if cut && before.len() >= 2 {
            let alias_part = if bytes[i] == b'.' && before.ends_with(|c: char| c.is_uppercase()) {
                // "Co., Ltd. Xinjiang …": keep the abbreviation's dot on the alias.
                format!("{before}.")
            } else {
                before.to_string()
            };
            let alias_part = if ends_with_legal_form(&alias_part) && !alias_part.ends_with('.') {
                format!("{alias_part}.")
            } else {
                alias_part
            };
            return Some((clean(alias_part.trim_end_matches(',')), clean(rest)));
        }
    }
    None
}

/// Splits an address cell listing several addresses ("A; and B.", "Address: A Alt Address: B").
pub fn split_addresses(text: &str) -> Vec<String> {
    let text = clean(text);
    let text = text
        .strip_prefix("Address:")
        .unwrap_or(&text)
        .trim()
        .to_string();
    let mut out = Vec::new();
    for part in text
        .split("; and ")
        .flat_map(|p| p.split(" Alt. Address: "))
        .flat_map(|p| p.split(" Alt Address: "))
    {
        let p = clean(part.trim().trim_end_matches(';'));
        if !p.is_empty() {
            out.push(p);
        }
    }
    out
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// "June 21, 2022" or "21 Jun 2022" -> "2022-06-21".
pub fn parse_long_date(s: &str) -> Option<String> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let month = |w: &str| {
        let w = w.to_lowercase();
        MONTHS
            .iter()
            .position(|m| w.len() >= 3 && m.starts_with(&w))
            .map(|i| i as u32 + 1)
    };
    let (m, d, y) = match words.as_slice() {
        [m, d, y] if month(m).is_some() => (month(m)?, d.parse().ok()?, y.parse().ok()?),
        [d, m, y] if month(m).is_some() => (month(m)?, d.parse().ok()?, y.parse().ok()?),
        _ => return None,
    };
    iso(y, m, d)
}

/// "10/9/19", "06/23/2026" -> ISO. Two-digit years: 00–49 -> 20xx, else 19xx.
pub fn parse_us_numeric_date(s: &str) -> Option<String> {
    let parts: Vec<&str> = s.trim().split('/').collect();
    let [m, d, y] = parts.as_slice() else {
        return None;
    };
    let (m, d, mut y): (u32, u32, u32) = (m.parse().ok()?, d.parse().ok()?, y.parse().ok()?);
    if y < 100 {
        y += if y < 50 { 2000 } else { 1900 };
    }
    iso(y, m, d)
}

fn iso(y: u32, m: u32, d: u32) -> Option<String> {
    ((1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
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
    fn slug_ids_count_duplicates() {
        let mut ids = SlugIds::default();
        assert_eq!(
            ids.next("cbp_wro", "Yunnan Machinery"),
            "cbp_wro:yunnan-machinery"
        );
        assert_eq!(
            ids.next("cbp_wro", "Yunnan  machinery!"),
            "cbp_wro:yunnan-machinery-2"
        );
        assert_eq!(ids.next("x", "Ünïcode ½"), "x:n-code");
    }

    #[test]
    fn inline_aliases_of_uflpa_names() {
        let s = split_inline_aliases(
            "Hoshine Silicon Industry (Shanshan) Co., Ltd (including one alias: Hesheng Silicon Industry (Shanshan) Co.) and subsidiaries",
        );
        assert_eq!(
            s.name,
            "Hoshine Silicon Industry (Shanshan) Co., Ltd and subsidiaries"
        );
        assert_eq!(s.aliases.len(), 1);
        assert_eq!(s.aliases[0].name, "Hesheng Silicon Industry (Shanshan) Co.");

        let s = split_inline_aliases(
            "Sichuan Jingweida Technology Group Co., Ltd. (also known as Sichuan Mianyang Jingweida Technology Co., Ltd. and JWD Technology; and formerly known as Mianyang High-tech Zone Jingweida Technology Co., Ltd.)",
        );
        let got: Vec<_> = s
            .aliases
            .iter()
            .map(|a| (a.name.as_str(), a.kind))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "Sichuan Mianyang Jingweida Technology Co., Ltd.",
                    AliasKind::Aka
                ),
                ("JWD Technology", AliasKind::Aka),
                (
                    "Mianyang High-tech Zone Jingweida Technology Co., Ltd.",
                    AliasKind::Fka
                ),
            ]
        );

        let s = split_inline_aliases(
            "Xinjiang Production and Construction Corps (including three aliases: XPCC; Xinjiang Corps; and Bingtuan) and its subordinate and affiliated entities",
        );
        let names: Vec<_> = s.aliases.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["XPCC", "Xinjiang Corps", "Bingtuan"]);
        assert_eq!(
            strip_subsidiaries(&s.name),
            (
                "Xinjiang Production and Construction Corps".to_string(),
                true
            )
        );
    }

    #[test]
    fn inline_aka_with_unclosed_parenthesis() {
        let s =
            split_inline_aliases("Surgutneftegas (a.k.a. Open Joint Stock Company Surgutneftegas");
        assert_eq!(s.name, "Surgutneftegas");
        assert!(!s.parenthesis_closed);
        assert_eq!(s.aliases[0].name, "Open Joint Stock Company Surgutneftegas");
        let s =
            split_inline_aliases("Gazmash, AO (f.k.a., Dochernee Otkrytoe Obshchestvo Gazmash)");
        assert_eq!(s.name, "Gazmash, AO");
        assert_eq!(s.aliases[0].kind, AliasKind::Fka);
        let s = split_inline_aliases("Mesbah Energy Company (a.k.a. “MEC”)");
        assert_eq!(
            (s.name.as_str(), s.aliases[0].name.as_str()),
            ("Mesbah Energy Company", "MEC")
        );
        let s = split_inline_aliases("Aletra General Trading (a.k.a.");
        assert_eq!(s.name, "Aletra General Trading");
        assert!(s.aliases.is_empty());
    }

    #[test]
    fn swallowed_addresses_are_split() {
        let (a, addr) = split_swallowed_address(
            "Hesheng Silicon Industry (Shanshan) Co., Ltd. Xinjiang East: West of Kekeya Road, Stone Industrial Park, Shanshan County, Turpan City, Xinjiang (Hesheng Industrial Park), China",
            Some("China"),
        )
        .unwrap();
        assert_eq!(a, "Hesheng Silicon Industry (Shanshan) Co., Ltd.");
        assert!(addr.starts_with("Xinjiang East: West of Kekeya Road"));
        let (a, addr) = split_swallowed_address(
            "Alexander Ivjenko, 7150 Rue Chouinard, Montreal, QC, H8N 2Z6 Canada",
            Some("Canada"),
        )
        .unwrap();
        assert_eq!(
            (a.as_str(), addr.as_str()),
            (
                "Alexander Ivjenko",
                "7150 Rue Chouinard, Montreal, QC, H8N 2Z6 Canada"
            )
        );
        let (a, _) = split_swallowed_address(
            "Huawei Software Technologies Co. Ltd. 300 South Oak Way, Green Park, Reading, RG2 6UF",
            None,
        )
        .unwrap();
        assert_eq!(a, "Huawei Software Technologies Co. Ltd.");
        let (a, _) = split_swallowed_address(
            "Southeast Trading LTD. St. Petersburg, Russia. (See also addresses under Finland and Romania)",
            Some("Russia"),
        )
        .unwrap();
        assert_eq!(a, "Southeast Trading LTD.");
        let (a, addr) = split_swallowed_address(
            "M.A.G. Tech, 5762 Royalmount Ave, Montreal, QC, H4P 1K5, Canada; and 5440 Queen Mart St",
            Some("Canada"),
        )
        .unwrap();
        assert_eq!(a, "M.A.G. Tech");
        assert!(addr.starts_with("5762 Royalmount"));
        let (a, addr) = split_swallowed_address(
            "Yuliya Molkova-Polah, Zastavskaya St. 32A, St. Petersburg, Russia 196084",
            Some("Russia"),
        )
        .unwrap();
        assert_eq!(a, "Yuliya Molkova-Polah");
        assert!(addr.starts_with("Zastavskaya St. 32A"));
        assert_eq!(
            split_swallowed_address("Beijing Institute of Control Engineering", Some("China")),
            None
        );
        assert_eq!(
            split_swallowed_address("AVIC 631 Institute", Some("China")),
            None
        );
    }

    #[test]
    fn names_split_only_after_legal_forms() {
        assert_eq!(
            split_names("Yili Zhuowan Garment Manufacturing Co., Ltd. and Baoding LYSZD Trade and Business Co., Ltd."),
            ["Yili Zhuowan Garment Manufacturing Co., Ltd.", "Baoding LYSZD Trade and Business Co., Ltd."]
        );
        assert_eq!(
            split_names("Xinjiang Junggar Cotton and Linen Co., Ltd."),
            ["Xinjiang Junggar Cotton and Linen Co., Ltd."]
        );
    }

    #[test]
    fn dates() {
        assert_eq!(
            parse_long_date("June 21, 2022").as_deref(),
            Some("2022-06-21")
        );
        assert_eq!(
            parse_long_date("03 Jun 2021").as_deref(),
            Some("2021-06-03")
        );
        assert_eq!(parse_long_date("Juno 21, 2022"), None);
        assert_eq!(
            parse_us_numeric_date("10/9/19").as_deref(),
            Some("2019-10-09")
        );
        assert_eq!(
            parse_us_numeric_date("12/28/1953").as_deref(),
            Some("1953-12-28")
        );
        assert_eq!(parse_us_numeric_date("13/28/1953"), None);
    }

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
