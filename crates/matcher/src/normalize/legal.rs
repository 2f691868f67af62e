//! Legal forms as names are really written: glued to a neighbouring word ("ARTMARINELLC") or
//! misspelt ("Compay"). The vocabulary itself (phrases, families, pieces) is
//! [`supplyscreen_vocab::legal`]; this module holds the matcher's repairs on top of it.

use super::tables::tables;

/// Legal-form words that supplier files (and sometimes lists) glue to a neighbouring word:
/// "ARTMARINELLC", "OOOTUVAASBEST", "Joint StockCompany", "TRANSSTROYLIMITED". `(word, may start
/// a glued word, may end one)`. Words that begin or end ordinary words are left out or allowed on
/// one side only ("inc" starts "income", "corp" starts "corporate", "zao" starts "Zaozhuang",
/// "stock" ends "Woodstock": "jointstock" is split by "joint"; "co", "sa", "ao" and the other
/// two-letter forms are everywhere).
pub(super) static GLUED_LEGAL: &[(&str, bool, bool)] = &[
    ("ltd", true, true),
    ("llc", true, true),
    ("llp", true, true),
    ("ooo", true, true),
    ("oao", true, true),
    ("pao", false, true),
    ("jsc", true, true),
    ("ojsc", true, true),
    ("cjsc", true, true),
    ("pjsc", true, true),
    ("plc", true, true),
    ("fze", true, true),
    ("fzc", true, true),
    ("fzco", true, true),
    ("fzllc", true, true),
    ("gmbh", true, true),
    ("eood", true, true),
    ("bhd", true, true),
    ("pte", false, true),
    ("pvt", true, true),
    ("inc", false, true),
    ("corp", false, true),
    ("corporation", true, true),
    ("incorporated", true, true),
    ("company", true, true),
    ("limited", true, true),
    ("liability", true, true),
    ("partnership", false, true),
    ("joint", true, true),
    ("obshchestvo", true, true),
    ("aktsionernoe", true, true),
    ("otkrytoe", true, true),
    ("zakrytoe", true, true),
    ("publichnoe", true, true),
    ("ogranichennoi", true, true),
    ("ogranichennoy", true, true),
    ("otvetstvennostyu", true, true),
    ("sociedad", true, true),
    ("anonima", true, true),
];

// `Tables::glued_first` / `glued_last` hold one bit per entry of GLUED_LEGAL.
const _: () = assert!(GLUED_LEGAL.len() <= 64);

/// Splits a word glued to a legal-form word ("artmarinellc" -> "artmarine" "llc"). The other part
/// must keep at least 3 letters, or be the "s" of "obshchestvo s ogranichennoy ..." glued in front.
/// Both list names and supplier names go through this, so a rare false split is harmless: the two
/// sides still agree.
pub(super) fn split_glued(w: &str) -> Option<(&str, &str)> {
    if w.len() < 5 || !w.bytes().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let mut best: Option<(usize, (&str, &str))> = None;
    let (first, last) = (w.as_bytes()[0], w.as_bytes()[w.len() - 1]);
    // Every word of every name comes here: only the entries whose first (or last) letter fits are
    // tried, in table order (the first of the longest that fit wins).
    let t = tables();
    let mut maybe = t.glued_first[usize::from(first)] | t.glued_last[usize::from(last)];
    while maybe != 0 {
        let i = maybe.trailing_zeros() as usize;
        maybe &= maybe - 1;
        let (lw, at_start, at_end) = GLUED_LEGAL[i];
        if lw.len() >= w.len() || best.is_some_and(|b| b.0 >= lw.len()) {
            continue;
        }
        if at_start {
            if let Some(rest) = w.strip_prefix(lw) {
                if rest.len() >= 3 {
                    best = Some((lw.len(), (lw, rest)));
                    continue;
                }
            }
        }
        if at_end {
            if let Some(head) = w.strip_suffix(lw) {
                if head.len() >= 3 || (head == "s" && lw.starts_with("ogranichenno")) {
                    best = Some((lw.len(), (head, lw)));
                }
            }
        }
    }
    best.map(|b| b.1)
}

/// Long legal-form words that suppliers misspell ("Compay", "Limted", "Coraoration"). A word within
/// one edit of one of them (and not itself a word of the lists' legal forms) is read as it.
static LONG_LEGAL_WORDS: &[&str] = &[
    "company",
    "limited",
    "corporation",
    "incorporated",
    "liability",
    "obshchestvo",
    "aktsionernoe",
    "otvetstvennostyu",
    "ogranichennoi",
];

pub(super) fn correct_legal_word(w: &str) -> Option<&'static str> {
    if w.len() < 6 {
        return None;
    }
    // Within one edit, two words of 6+ letters share their first or their last letter: a cheap
    // test that spares the edit distance for almost every word.
    let (first, last) = (w.as_bytes()[0], w.as_bytes()[w.len() - 1]);
    LONG_LEGAL_WORDS.iter().copied().find(|lw| {
        let b = lw.as_bytes();
        (b[0] == first || b[b.len() - 1] == last)
            && lw.len().abs_diff(w.len()) <= 1
            && *lw != w
            && crate::edit::osa_distance(w.as_bytes(), b, 1).is_some()
    })
}
