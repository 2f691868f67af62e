//! Name normalisation: turns a company name in any script into ASCII tokens that the matcher compares.
//!
//! Steps, in order:
//! 1. Unicode NFKC (full-width letters, ligatures, compatibility forms become ordinary characters).
//! 2. Chinese business words (有限公司, 科技, 集团 ...) become their English equivalents from a small
//!    glossary, because list spellings translate these words ("Co., Ltd.", "Technology") but spell the
//!    distinctive part in pinyin. Every other Han character becomes its pinyin syllable (deunicode's
//!    table in `supplyscreen_vocab::translit`, which carries a Mandarin reading for each character),
//!    one token per syllable; the matcher joins consecutive syllables so 新疆 (`xin` `jiang`) meets
//!    `xinjiang`.
//! 3. Everything else is transliterated to ASCII (deunicode's table, `supplyscreen_vocab::translit`:
//!    Cyrillic, Greek, accents), lower-cased.
//! 4. Dotted initials are glued (`S.A.` -> `sa`, `d.o.o.` -> `doo`), `&` becomes `and`, apostrophes are
//!    dropped inside words (`Yuan'an` -> `yuanan`), any other punctuation separates words.
//! 5. Legal forms (`Co., Ltd.`, `OOO`, `S.A. de C.V.`, `Sp. z o.o.`, `GmbH`, ...) are recognised as
//!    phrases and replaced by ONE token carrying their family (limited company, joint-stock company,
//!    corporation, company): they are weak evidence, so they are kept but weighted low.
//! 6. Each remaining word gets a canonical form: business abbreviations are expanded (`intl` ->
//!    `international`), place-name transliteration variants are unified (`hotan` -> `hetian`), and a
//!    light plural/adjective stem is applied (`technologies` -> `technology`, `industrial` -> `industry`).
//!    The surface form is kept so the explanation can say "abbreviation" or "transliteration".

mod chinese;
mod fold;
mod legal;
mod numbers;
mod skeleton;
mod tables;

use fold::{fold, raw_words};
use legal::correct_legal_word;
use std::borrow::Cow;
use supplyscreen_vocab::legal::{LegalForm, LF_PART};
use supplyscreen_vocab::text::is_han;
use tables::{word_info, WordInfo};
use unicode_normalization::UnicodeNormalization;

pub use skeleton::skeleton;
pub(crate) use skeleton::skeleton_hash;
pub use supplyscreen_vocab::legal::{
    LF_COMPANY, LF_CORPORATION, LF_JOINT_STOCK, LF_LIMITED, LF_PARTNERSHIP,
};

/// What a token is, which decides how much it weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum TokenClass {
    /// An ordinary word; its weight comes from how rare it is across the lists.
    Word,
    /// A legal form such as "Co., Ltd." or "OOO": weak evidence.
    LegalForm,
    /// A word that suppliers append to names ("Export Dept", "Head Office", "/ Sales"): it still
    /// counts when it matches, but costs little when it does not.
    Noise,
    /// A number ("724th" is kept as `724th`; "No. 2" gives `2`).
    Number,
}

/// How a token's canonical form was derived from what was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Derivation {
    /// Canonical form equals the written form (up to case, accents and plural).
    AsWritten,
    /// A business abbreviation was expanded (`intl`, `mfg`, `corp`).
    Abbreviation,
    /// A place name spelling was unified (`hotan`/`hetian`, `sinkiang`/`xinjiang`).
    Place,
    /// A Chinese business word translated from the glossary (科技 -> technology).
    Glossary,
    /// A number written in words, as an ordinal or in Roman numerals ("Second", "2nd", "VII"):
    /// the canonical form is its value in digits.
    Number,
    /// The pinyin reading of Han-script text (大华 -> `da` `hua`, 科技 -> `keji`).
    Reading,
}

/// One normalised token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The ASCII, lower-case form as written (legal forms: the whole phrase, e.g. `co ltd`).
    pub surface: String,
    /// The form compared by the matcher. Legal forms: a family marker such as `#ltd`.
    pub canon: String,
    pub class: TokenClass,
    pub derivation: Derivation,
    /// The token is one pinyin syllable of a Han character (may need joining with its neighbours).
    pub syllable: bool,
    /// Readings of one Han-script segment that are alternatives of each other share a group
    /// (1, 2, ...; 0: not an alternative) and differ in `option`: the aligner uses at most one
    /// option of each group (科技 is "technology" or "keji", not both).
    pub group: u8,
    pub option: u8,
    /// The Han-script text this token reads (科技), empty for every other token.
    pub segment: Box<str>,
}

impl Token {
    /// A token read from the words as they are: no pinyin syllable, no alternative group, no Han
    /// segment.
    fn plain(surface: String, canon: String, class: TokenClass, derivation: Derivation) -> Token {
        Token {
            surface,
            canon,
            class,
            derivation,
            syllable: false,
            group: 0,
            option: 0,
            segment: Box::default(),
        }
    }
}

/// Light English stem for canonical comparison: plurals and a few suffixes. Both sides are stemmed
/// the same way, so it only needs to be consistent, not linguistically right.
fn stem(w: &str) -> Cow<'_, str> {
    let n = w.len();
    if n < 5 || !w.bytes().all(|c| c.is_ascii_lowercase()) {
        return Cow::Borrowed(w);
    }
    if let Some(s) = w.strip_suffix("ies") {
        return Cow::Owned(format!("{s}y"));
    }
    if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return Cow::Borrowed(w);
    }
    if let Some(s) = w.strip_suffix('s') {
        return Cow::Borrowed(s);
    }
    Cow::Borrowed(w)
}

/// The canonical form of one ordinary word, and how it was derived.
pub fn canonical_word(w: &str) -> (String, Derivation) {
    canonical_with(w, word_info(w))
}

/// [`canonical_word`] with the word's table entry already looked up.
fn canonical_with(w: &str, info: Option<&WordInfo>) -> (String, Derivation) {
    if let Some((to, d)) = info.and_then(|i| i.canon) {
        return (to.to_string(), d);
    }
    let s = stem(w);
    // An unchanged stem has no expansion: the word itself was just looked up.
    if s.len() != w.len() {
        if let Some(to) = word_info(&s).and_then(|i| i.abbreviation) {
            return (to.to_string(), Derivation::Abbreviation);
        }
    }
    (s.into_owned(), Derivation::AsWritten)
}

/// A number written in words, as a digit ordinal or in Roman numerals at word `i`: its value and
/// how many words it takes (plain digits are left to the caller: their canonical form is
/// themselves).
fn number_at(
    words: &[(String, bool)],
    infos: &[Option<&WordInfo>],
    i: usize,
) -> Option<(u32, usize)> {
    let (w, syllable) = (&words[i].0, words[i].1);
    if syllable {
        return None;
    }
    if let Some(digits) = numbers::digit_ordinal(w) {
        let digits = digits.trim_start_matches('0');
        return Some((digits.parse().unwrap_or(u32::MAX), 1)).filter(|v| v.0 != u32::MAX);
    }
    if infos[i].is_some_and(|f| f.number.is_some()) {
        let ahead: Vec<&str> = words[i..]
            .iter()
            .take(5)
            .take_while(|w| !w.1)
            .map(|w| w.0.as_str())
            .collect();
        return numbers::word_number(&ahead, |w| word_info(w).and_then(|f| f.number));
    }
    numbers::roman(w).map(|v| (v, 1))
}

/// Normalises a name into tokens. Never fails; an empty or punctuation-only name gives no tokens.
///
/// Han-script runs are segmented ([`chinese`]): their vocabulary words give alternative readings
/// ([`Token::group`]); everything else goes through [`normalize_text`].
pub fn normalize(name: &str) -> Vec<Token> {
    if name.is_ascii() || !name.chars().any(is_han) {
        return normalize_text(name);
    }
    let nfkc: String = name.nfkc().collect();
    let mut out = Vec::new();
    let mut group = 0u8;
    let mut start = 0;
    let mut in_han = false;
    for (i, c) in nfkc.char_indices().chain([(nfkc.len(), ' ')]) {
        let han = i < nfkc.len() && is_han(c);
        if han != in_han {
            let piece = &nfkc[start..i];
            if in_han {
                chinese::han_tokens(piece, &mut group, &mut out);
            } else {
                out.extend(normalize_text(piece));
            }
            start = i;
            in_han = han;
        }
    }
    if start < nfkc.len() {
        out.extend(normalize_text(&nfkc[start..]));
    }
    out
}

/// Only the first reading of each Han segment (the one a name in the lists is indexed by).
pub(crate) fn primary_readings(tokens: Vec<Token>) -> Vec<Token> {
    if tokens.iter().all(|t| t.group == 0) {
        return tokens;
    }
    tokens
        .into_iter()
        .filter(|t| t.group == 0 || t.option == 0)
        .map(|mut t| {
            t.group = 0;
            t
        })
        .collect()
}

/// True if `word` (a canonical form) is a generic word of company names: an English rendering of
/// the Chinese business vocabulary's industry, descriptive and organisational words or places
/// ("technology", "network", "trading", "shanghai").
pub(crate) fn is_business_word(word: &str) -> bool {
    chinese::vocabulary().is_business_word(word)
}

/// True if `word` (a canonical form) renders a word of the Chinese business vocabulary, descriptive
/// words included ("golden", "western"): shared by many names.
pub(crate) fn is_vocabulary_word(word: &str) -> bool {
    chinese::vocabulary().is_vocabulary_word(word)
}

/// [`normalize`] for text without Han characters (or with them read one by one as pinyin).
pub(crate) fn normalize_text(name: &str) -> Vec<Token> {
    let folded = fold(name);
    let mut words = raw_words(&folded);
    // Misspelt legal-form words are corrected before phrase matching, so "Joint Stock Copany" is
    // still one legal form; the surface keeps what was written (kept aside for corrected words
    // only: `written(k)`).
    let mut originals: Vec<Option<String>> = Vec::new();
    for (k, w) in words.iter_mut().enumerate() {
        if let Some(c) = correct_legal_word(&w.0) {
            originals.resize(k + 1, None);
            originals[k] = Some(std::mem::replace(&mut w.0, c.to_string()));
        }
    }
    let n = words.len();
    // One table lookup per word serves every question below.
    let infos: Vec<Option<&WordInfo>> = words.iter().map(|w| word_info(&w.0)).collect();
    let mut out: Vec<Token> = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        if let Some((value, k)) = number_at(&words, &infos, i) {
            let mut surface = String::new();
            for (j, (w, _)) in words.iter().enumerate().skip(i).take(k) {
                if j > i {
                    surface.push(' ');
                }
                surface.push_str(w);
            }
            let after_noise = out.last().is_some_and(|t| t.class == TokenClass::Noise);
            out.push(Token::plain(
                surface,
                value.to_string(),
                if after_noise {
                    TokenClass::Noise
                } else {
                    TokenClass::Number
                },
                Derivation::Number,
            ));
            i += k;
            continue;
        }
        // Longest legal-form phrase at i.
        let mut matched: Option<(usize, &LegalForm)> = None;
        let forms = infos[i].map_or(&[][..], |f| f.legal_first.as_slice());
        for &lf in forms {
            let k = lf.words.len();
            if k <= matched.map_or(0, |m| m.0)
                || i + k > n
                || !lf
                    .words
                    .iter()
                    .zip(&words[i..i + k])
                    .all(|(a, b)| *a == b.0)
            {
                continue;
            }
            if lf.ambiguous {
                let at_edge = i == 0 || i + k == n;
                let prev_lf = out.last().is_some_and(|t| t.class == TokenClass::LegalForm);
                let next_legal = infos
                    .get(i + k)
                    .is_some_and(|f| f.is_some_and(|f| f.unambiguous_first));
                if !(at_edge || prev_lf || next_legal) {
                    continue;
                }
            }
            matched = Some((k, lf));
        }
        if let Some((k, lf)) = matched {
            let mut surface = String::new();
            for (j, (w, _)) in words.iter().enumerate().skip(i).take(k) {
                if j > i {
                    surface.push(' ');
                }
                let written = originals.get(j).and_then(Option::as_deref);
                surface.push_str(written.unwrap_or(w));
            }
            out.push(Token::plain(
                surface,
                lf.family.to_string(),
                TokenClass::LegalForm,
                Derivation::AsWritten,
            ));
            i += k;
            continue;
        }
        // Word i is used up here (everything above only looks at words i and after), so its
        // string moves into the token instead of being copied.
        let info = infos[i];
        let syl = words[i].1;
        let w = std::mem::take(&mut words[i].0);
        if info.is_some_and(|f| f.part) {
            out.push(Token::plain(
                w,
                LF_PART.to_string(),
                TokenClass::LegalForm,
                Derivation::AsWritten,
            ));
            i += 1;
            continue;
        }
        let after_noise = out.last().is_some_and(|t| t.class == TokenClass::Noise);
        let class = if w.bytes().any(|c| c.is_ascii_digit()) {
            // "Factory No. 2": a number right after a noise word is noise too.
            if after_noise {
                TokenClass::Noise
            } else {
                TokenClass::Number
            }
        } else if info.is_some_and(|f| f.noise) {
            TokenClass::Noise
        } else {
            TokenClass::Word
        };
        let numeric = w.bytes().all(|c| c.is_ascii_digit());
        let (canon, derivation) = if class == TokenClass::Number || numeric {
            // "007" = "7"; a number of zeros only stays "0" (never an empty canonical form).
            let digits = w.trim_start_matches('0');
            let digits = if digits.is_empty() { "0" } else { digits };
            (digits.to_string(), Derivation::AsWritten)
        } else {
            canonical_with(&w, info)
        };
        out.push(Token {
            syllable: syl,
            ..Token::plain(w, canon, class, derivation)
        });
        i += 1;
    }
    // "de" / "y" between or beside legal-form pieces ("S.A. ... de C.V." broken up) is part of them,
    // as is the article after a form written in full ("Societe Anonyme des Ciments").
    for k in 0..out.len() {
        let linker = matches!(out[k].surface.as_str(), "de" | "y" | "del" | "des" | "du");
        let beside_lf = |j: Option<usize>| {
            j.and_then(|j| out.get(j))
                .is_some_and(|t| t.class == TokenClass::LegalForm)
        };
        if linker
            && out[k].class == TokenClass::Word
            && (beside_lf(k.checked_sub(1)) || beside_lf(Some(k + 1)))
        {
            out[k].class = TokenClass::LegalForm;
            out[k].canon = LF_PART.to_string();
        }
    }
    out
}

#[cfg(test)]
mod tests;
