//! Names published with their aliases: inline "a.k.a." / "formerly known as" text, lists of names
//! joined by "and", repeated aliases.

use super::clean::{clean, norm_key};
use supplyscreen_lists::model::{Alias, AliasKind};

/// After a legal form, " and " separates two names rather than being part of one ("Co., Ltd. and
/// JWD Technology" vs "Cotton and Linen").
pub(super) fn ends_with_legal_form(s: &str) -> bool {
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
    aliases.push(Alias::listed(alias, kind));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::strip_subsidiaries;

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
}
