//! Han-script names: traditional characters folded to simplified, the text segmented by longest
//! match over a business vocabulary (`data/zh/terms.tsv`: legal forms, industry and descriptive
//! words, organisational words, provinces and cities, each with its pinyin and English renderings;
//! sources in `data/zh/PROVENANCE.md`), and the rest read as pinyin.
//!
//! Each vocabulary segment offers several readings to the aligner, which takes the one that fits
//! the listed name best: its English renderings (科技 -> "technology", "science and technology")
//! and its pinyin (科技 -> "keji"). The readings of one segment are exclusive options of one
//! group ([`super::Token::group`]). Characters outside the vocabulary, and runs of single
//! characters that the vocabulary knows only one by one (大华, 华为, 中泰: brand names are mostly
//! such pairs), are a name: pinyin syllables, which the aligner joins ("da" "hua" = "dahua").

use super::{Derivation, Token, TokenClass};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;
use supplyscreen_vocab::translit;

static TERMS_TSV: &str = include_str!("../../data/zh/terms.tsv");
static T2S_TSV: &str = include_str!("../../data/zh/t2s.tsv");

/// At most this many English renderings of one vocabulary word are offered (the most usual
/// first); names with many segments get fewer ([`MAX_OPTION_TOKENS`]).
const MAX_RENDERINGS: usize = 3;
/// When the readings of all segments together exceed this many tokens, each segment offers its
/// first rendering and its pinyin only (the aligner considers at most 48 tokens).
const MAX_OPTION_TOKENS: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TermKind {
    Legal,
    Industry,
    Descriptive,
    Place,
    Org,
}

pub(crate) struct Term {
    pub kind: TermKind,
    /// Toneless pinyin, syllables separated by spaces.
    pub pinyin: &'static str,
    /// English renderings, most usual first.
    pub english: Vec<&'static str>,
}

pub(crate) struct Vocabulary {
    terms: FxHashMap<&'static str, Term>,
    /// Longest term, in characters.
    max_chars: usize,
    t2s: FxHashMap<char, char>,
}

pub(crate) fn vocabulary() -> &'static Vocabulary {
    static V: OnceLock<Vocabulary> = OnceLock::new();
    V.get_or_init(|| {
        let mut terms = FxHashMap::default();
        let mut max_chars = 1;
        let rows = TERMS_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .skip(1);
        for line in rows {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 5 {
                continue;
            }
            let kind = match f[2] {
                "legal" => TermKind::Legal,
                "industry" => TermKind::Industry,
                "descriptive" => TermKind::Descriptive,
                "place" => TermKind::Place,
                _ => TermKind::Org,
            };
            max_chars = max_chars.max(f[0].chars().count());
            terms.entry(f[0]).or_insert(Term {
                kind,
                pinyin: f[3],
                english: f[4].split('|').filter(|e| !e.is_empty()).collect(),
            });
        }
        let t2s = T2S_TSV
            .lines()
            .skip(1)
            .filter_map(|l| {
                let mut it = l.split('\t');
                let t = it.next()?.chars().next()?;
                let s = it.next()?.chars().next()?;
                Some((t, s))
            })
            .collect();
        Vocabulary {
            terms,
            max_chars,
            t2s,
        }
    })
}

impl Vocabulary {
    /// Traditional characters folded to simplified (香港凱利實業 -> 香港凯利实业).
    pub(crate) fn simplify(&self, c: char) -> char {
        self.t2s.get(&c).copied().unwrap_or(c)
    }

    pub(crate) fn term(&self, s: &str) -> Option<&Term> {
        self.terms.get(s)
    }

    /// True if `word` (a canonical form) is an English rendering of an industry or organisational
    /// word of the vocabulary ("technology", "network", "trading", "bureau") or a place's
    /// ("shanghai"): the generic words of company names.
    pub(crate) fn is_business_word(&self, word: &str) -> bool {
        self.rendered_words()
            .get(word)
            .is_some_and(|descriptive| !descriptive)
    }

    /// True if `word` renders any word of the vocabulary but a legal form, descriptive words
    /// ("golden", "western", "star") included: a word that many names share, not one name's own.
    pub(crate) fn is_vocabulary_word(&self, word: &str) -> bool {
        self.rendered_words().contains_key(word)
    }

    /// Canonical words of the English renderings -> whether only descriptive words render them.
    fn rendered_words(&self) -> &FxHashMap<String, bool> {
        static WORDS: OnceLock<FxHashMap<String, bool>> = OnceLock::new();
        WORDS.get_or_init(|| {
            let mut map: FxHashMap<String, bool> = FxHashMap::default();
            for t in self.terms.values() {
                if t.kind == TermKind::Legal {
                    continue;
                }
                let descriptive = t.kind == TermKind::Descriptive;
                for e in &t.english {
                    for tok in super::normalize_text(e) {
                        if tok.class == TokenClass::Word {
                            let d = map.entry(tok.canon).or_insert(descriptive);
                            *d &= descriptive;
                        }
                    }
                }
            }
            map
        })
    }
}

/// One segment of a Han run.
enum Segment<'a> {
    /// A vocabulary word.
    Term(&'a str, &'static Term),
    /// Characters read as a name (pinyin).
    Name(&'a str),
}

/// Longest-match segmentation of a simplified Han run, with runs of single characters merged into
/// names.
fn segment<'a>(v: &'static Vocabulary, run: &'a str) -> Vec<Segment<'a>> {
    let idx: Vec<usize> = run
        .char_indices()
        .map(|(i, _)| i)
        .chain([run.len()])
        .collect();
    let n = idx.len() - 1;
    // (start char, end char, term)
    let mut raw: Vec<(usize, usize, Option<&'static Term>)> = Vec::new();
    let mut i = 0;
    while i < n {
        let mut found = None;
        for k in (1..=v.max_chars.min(n - i)).rev() {
            if let Some(t) = v.term(&run[idx[i]..idx[i + k]]) {
                found = Some((k, t));
                break;
            }
        }
        match found {
            Some((k, t)) => {
                raw.push((i, i + k, Some(t)));
                i += k;
            }
            None => {
                raw.push((i, i + 1, None));
                i += 1;
            }
        }
    }
    // A single character that is not a word of the vocabulary, and a single-character word next
    // to another single character, belong to a name: merge each run of them.
    let single = |r: &(usize, usize, Option<&Term>)| r.1 - r.0 == 1;
    let mut out = Vec::new();
    let mut k = 0;
    while k < raw.len() {
        let r = raw[k];
        let unknown = r.2.is_none();
        let next_single = raw.get(k + 1).is_some_and(single);
        let prev_single_name = k > 0 && single(&raw[k - 1]) && raw[k - 1].2.is_none();
        if single(&r) && (unknown || next_single || prev_single_name) {
            let start = r.0;
            let mut end = r.1;
            k += 1;
            while k < raw.len() && single(&raw[k]) {
                end = raw[k].1;
                k += 1;
            }
            out.push(Segment::Name(&run[idx[start]..idx[end]]));
            continue;
        }
        match r.2 {
            Some(t) => out.push(Segment::Term(&run[idx[r.0]..idx[r.1]], t)),
            None => out.push(Segment::Name(&run[idx[r.0]..idx[r.1]])),
        }
        k += 1;
    }
    out
}

/// The pinyin syllables of a name segment, from deunicode's table (`supplyscreen_vocab::translit`:
/// a Mandarin reading per character).
fn syllables(name: &str) -> Vec<String> {
    name.chars()
        .filter_map(translit::single)
        .map(|p| p.trim().to_ascii_lowercase())
        .filter(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric()))
        .collect()
}

/// Tokens of one Han run (already NFKC), appended to `out`; `group` numbers the segments that
/// offer options (it continues across runs of one name).
pub(super) fn han_tokens(run: &str, group: &mut u8, out: &mut Vec<Token>) {
    let v = vocabulary();
    let simple: String = run.chars().map(|c| v.simplify(c)).collect();
    let segs = segment(v, &simple);
    let mut options_per_seg = MAX_RENDERINGS;
    loop {
        let mut toks = Vec::new();
        let mut g = *group;
        for seg in &segs {
            match seg {
                Segment::Name(s) => {
                    for p in syllables(s) {
                        toks.push(Token {
                            surface: p.clone(),
                            canon: p,
                            class: TokenClass::Word,
                            derivation: Derivation::Reading,
                            syllable: true,
                            group: 0,
                            option: 0,
                            segment: (*s).into(),
                        });
                    }
                }
                Segment::Term(s, t) => {
                    g = g.saturating_add(1);
                    term_options(s, t, g, options_per_seg, &mut toks);
                }
            }
        }
        if toks.len() <= MAX_OPTION_TOKENS || options_per_seg == 1 {
            *group = g;
            out.extend(toks);
            return;
        }
        options_per_seg = 1;
    }
}

/// The readings of one vocabulary segment as options of group `g`: English renderings (as
/// normalised words; two renderings with the same words are one option) and the pinyin.
fn term_options(s: &str, t: &Term, g: u8, renderings: usize, out: &mut Vec<Token>) {
    let mut options: Vec<Vec<Token>> = Vec::new();
    let pinyin: String = t.pinyin.split(' ').collect();
    let reading = |derivation| Token {
        surface: pinyin.clone(),
        canon: pinyin.clone(),
        class: TokenClass::Word,
        derivation,
        syllable: false,
        group: g,
        option: 0,
        segment: s.into(),
    };
    // A place is usually written in pinyin: that reading comes first.
    if t.kind == TermKind::Place {
        let mut p = reading(Derivation::Reading);
        let (canon, d) = super::canonical_word(&p.surface);
        if d == Derivation::Place {
            p.canon = canon;
        }
        options.push(vec![p]);
    }
    for e in t.english.iter().take(renderings) {
        let mut toks = super::normalize_text(e);
        if toks.is_empty() || toks.len() > 4 {
            continue;
        }
        for tok in &mut toks {
            if tok.class != TokenClass::LegalForm {
                tok.derivation = Derivation::Glossary;
            }
            tok.segment = s.into();
            tok.group = g;
        }
        options.push(toks);
    }
    // When a listed name has the words of a short rendering and of a longer one ("silicon",
    // "silicon industry"), the aligner takes the first that fits: the longer comes first.
    let first_english = usize::from(t.kind == TermKind::Place);
    options[first_english..].sort_by_key(|o| std::cmp::Reverse(o.len()));
    if t.kind != TermKind::Place && t.kind != TermKind::Legal {
        options.push(vec![reading(Derivation::Reading)]);
    }
    // Same words, one option ("co ltd" / "company limited" are both `#ltd`).
    let mut kept: Vec<Vec<Token>> = Vec::new();
    for o in options {
        let same = |k: &Vec<Token>| {
            k.len() == o.len() && k.iter().zip(&o).all(|(a, b)| a.canon == b.canon)
        };
        if !kept.iter().any(same) {
            kept.push(o);
        }
    }
    // One option alone needs no group: it is simply what the segment says.
    let single = kept.len() == 1;
    for (k, o) in kept.into_iter().enumerate() {
        for mut tok in o {
            tok.option = k as u8;
            if single {
                tok.group = 0;
            }
            out.push(tok);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segs(s: &str) -> Vec<String> {
        let v = vocabulary();
        let simple: String = s.chars().map(|c| v.simplify(c)).collect();
        segment(v, &simple)
            .iter()
            .map(|s| match s {
                Segment::Term(s, _) => format!("[{s}]"),
                Segment::Name(s) => format!("<{s}>"),
            })
            .collect()
    }

    #[test]
    fn segmentation_by_longest_match() {
        assert_eq!(
            segs("新疆中泰化学股份有限公司"),
            ["[新疆]", "<中泰>", "[化学]", "[股份有限公司]"]
        );
        assert_eq!(segs("华为技术有限公司"), ["<华为>", "[技术]", "[有限公司]"]);
        assert_eq!(
            segs("中国航天科技集团有限公司"),
            ["[中国]", "[航天科技]", "[集团有限公司]"]
        );
        // Single characters the vocabulary knows one by one are a name when they stand together.
        assert_eq!(segs("大华技术"), ["<大华>", "[技术]"]);
        // Traditional characters fold to simplified first.
        assert_eq!(segs("香港凱利實業"), ["[香港]", "<凯利>", "[实业]"]);
    }
}
