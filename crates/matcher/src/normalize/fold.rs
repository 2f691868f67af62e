//! Steps 1-4 of normalisation: a name in any script folded to lower-case ASCII words.

use super::legal::split_glued;
use std::borrow::Cow;
use supplyscreen_vocab::text::is_han;
use supplyscreen_vocab::translit;
use unicode_normalization::UnicodeNormalization;

/// Step 3 of the module note for a name that is not ASCII: `translit` (pinyin syllables of stray
/// Han characters each after a `\u{1}` marker).
fn transliterate(nfkc: &str) -> String {
    let mut ascii = String::with_capacity(nfkc.len() + 8);
    let chars: Vec<char> = nfkc.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii() {
            ascii.push(c);
            i += 1;
            continue;
        }
        if is_han(c) {
            // Han runs are segmented before this ([`super::chinese`]); a stray character is
            // read as its pinyin syllable.
            let py = translit::single(c).unwrap_or("");
            ascii.push_str(" \u{1}");
            ascii.push_str(py.trim());
            ascii.push(' ');
            i += 1;
            continue;
        }
        match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}' | '`' => ascii.push('\''),
            _ => {
                if !translit::push_char(c, &mut ascii) {
                    ascii.push(' ');
                }
            }
        }
        i += 1;
    }
    ascii
}

/// Folds a whole name to lower-case ASCII words separated by single spaces (steps 1-4 above), with
/// `\u{1}` before each Han syllable so tokenisation can flag it.
pub(super) fn fold(name: &str) -> String {
    let nfkc: Cow<str> = if name.is_ascii() {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(name.nfkc().collect())
    };
    // Most names are ASCII already, and the loop below would copy them unchanged.
    let ascii = if nfkc.is_ascii() {
        nfkc
    } else {
        Cow::Owned(transliterate(&nfkc))
    };
    // Now ASCII: lower-case, glue dotted initials, map '&', drop in-word apostrophes.
    let b: Vec<u8> = ascii.bytes().map(|c| c.to_ascii_lowercase()).collect();
    let mut out = String::with_capacity(b.len());
    for (i, &c) in b.iter().enumerate() {
        let prev = if i > 0 { b[i - 1] } else { b' ' };
        let next = b.get(i + 1).copied().unwrap_or(b' ');
        match c {
            b'a'..=b'z' | b'0'..=b'9' | 1 => out.push(c as char),
            b'.' => {
                // "s.a." / "d.o.o.": a dot right after a single letter that is followed by another
                // letter glues the initials; any other dot separates words.
                let single =
                    prev.is_ascii_alphabetic() && (i < 2 || !b[i - 2].is_ascii_alphanumeric());
                if !(single && next.is_ascii_alphabetic()) {
                    out.push(' ');
                }
            }
            b'\'' if prev.is_ascii_alphanumeric() && next.is_ascii_alphanumeric() => {}
            b'&' => out.push_str(" and "),
            _ => out.push(' '),
        }
    }
    out
}

/// Splits a folded string into raw words, flagging Han syllables.
pub(super) fn raw_words(folded: &str) -> Vec<(String, bool)> {
    let mut v = Vec::new();
    for w in folded.split(' ') {
        if w.is_empty() {
            continue;
        }
        let syl = w.starts_with('\u{1}');
        let w = w.trim_start_matches('\u{1}');
        if !w.is_empty() && w.bytes().all(|c| c.is_ascii_alphanumeric()) {
            match split_glued(w).filter(|_| !syl) {
                Some((a, b)) => {
                    v.push((a.to_string(), false));
                    v.push((b.to_string(), false));
                }
                None => v.push((w.to_string(), syl)),
            }
        }
    }
    // Dotted initials that were separated by spaces ("s. a.", "c.v.") are handled by the legal-form
    // phrases; a run of single letters separated only by dots was glued in `fold`.
    v
}
