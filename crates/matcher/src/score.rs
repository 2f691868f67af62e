//! The precise scorer: aligns the words of two names and turns the alignment into a score in [0, 1].
//!
//! The score is a weighted Dice coefficient over words:
//!
//! ```text
//!            sum over matched pairs of  2 * w(list word) * similarity
//! score = ---------------------------------------------------------------
//!          sum of 2 * w over matched pairs + w of every unmatched word (both sides)
//! ```
//!
//! so a shared rare word counts a lot, a shared generic word ("Co.", "Xinjiang", "Technology")
//! little, and an unmatched rare word on EITHER side pulls the score down — which is what rejects a
//! "hard sister" that shares only generic words. A matched pair is weighed by its list word because
//! the supplier's spelling may be a typo the lists never saw.

use crate::edit::{letter_bound_exceeds, letter_set, osa_distance, osa_table, typo_budget};
use crate::explain::AlignKind;
use crate::normalize::{Derivation, TokenClass};

/// Weight of a legal form: weak evidence, whether it matches or not.
pub const LEGAL_FORM_WEIGHT: f32 = 0.6;
/// An unmatched noise word ("Dept", "Head Office", "Sales") costs this share of its weight.
pub const NOISE_SHARE: f32 = 0.15;
/// An unmatched number costs at most this much (numbers in supplier rows are often addresses or
/// branch numbers; in list names they do matter, but a typo'd number is not a different company).
pub const NUMBER_CAP: f32 = 1.5;
/// The most tokens of one name the aligner considers (longer names are cut; none in the lists are).
pub const MAX_TOKENS: usize = 48;

/// One token as the aligner sees it: both the list side (from the index) and the supplier side.
#[derive(Debug, Clone, Copy)]
pub struct TokView<'a> {
    /// Canonical-form id in the index vocabulary, or `u32::MAX` when the word is unknown there.
    pub canon_id: u32,
    pub canon: &'a str,
    pub surface: &'a str,
    /// Hash of the transliteration skeleton (0: none / too short).
    pub skel: u64,
    pub class: TokenClass,
    pub derivation: Derivation,
    pub weight: f32,
    /// [`letter_set`] of `canon`, so the aligner can rule out a typo reading without an edit
    /// distance.
    pub letters: u64,
    /// [`letter_set`] of `surface`, for the same reason (legal forms and written forms are
    /// compared by surface).
    pub surface_letters: u64,
    /// `canon == surface`, computed once per token rather than once per word pair.
    pub as_written: bool,
    /// [`is_vowelless_acronym`] of `surface`, computed once per token rather than once per word
    /// pair.
    pub acronym: bool,
    /// Alternative readings of one Han segment ([`crate::normalize::Token::group`]): at most one
    /// option of a group is aligned. Always 0 on the list side.
    pub group: u8,
    pub option: u8,
    /// The Han-script text the token reads, for the explanation (empty otherwise).
    pub segment: &'a str,
    /// Supplier side: a place or a generic business word ("Shanghai", "Network"), which costs
    /// little when the supplier adds it to a listed name it contains. Always false on the list side.
    pub plain: bool,
    /// List side: a word of one name's own ("Yitu", "Hikvision"), not a rendering of the business
    /// vocabulary ("Western", "Gold", "Technology"). Always false on the supplier side.
    pub own_word: bool,
}

impl<'a> TokView<'a> {
    /// A view with the letter sets and the as-written flag derived from the strings.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        canon_id: u32,
        canon: &'a str,
        surface: &'a str,
        skel: u64,
        class: TokenClass,
        derivation: Derivation,
        weight: f32,
    ) -> TokView<'a> {
        TokView {
            canon_id,
            canon,
            surface,
            skel,
            class,
            derivation,
            weight,
            letters: letter_set(canon),
            surface_letters: letter_set(surface),
            as_written: canon == surface,
            acronym: is_vowelless_acronym(surface),
            group: 0,
            option: 0,
            segment: "",
            plain: false,
            own_word: false,
        }
    }
}

impl TokView<'_> {
    pub(crate) fn unmatched_weight(&self) -> f32 {
        match self.class {
            TokenClass::LegalForm => LEGAL_FORM_WEIGHT,
            TokenClass::Noise => self.weight * NOISE_SHARE,
            // A number in digits is often an address or branch number; one written in words
            // ("First Horizon") is part of the name.
            TokenClass::Number if self.derivation == Derivation::Number => self.weight,
            TokenClass::Number => self.weight.min(NUMBER_CAP),
            TokenClass::Word => self.weight,
        }
    }
    fn matched_weight(&self) -> f32 {
        match self.class {
            TokenClass::LegalForm => LEGAL_FORM_WEIGHT,
            _ => self.weight,
        }
    }
}

/// A matched group: supplier tokens `s.0 .. s.0+s.1` with list tokens `l.0 .. l.0+l.1`.
#[derive(Debug, Clone, Copy)]
pub struct Pair {
    pub s: (u8, u8),
    pub l: (u8, u8),
    pub kind: AlignKind,
    pub sim: f32,
    pub weight: f32,
}

/// The outcome of aligning two names.
#[derive(Debug, Clone, Default)]
pub struct Alignment {
    pub pairs: Vec<Pair>,
    pub s_used: u64,
    /// Supplier tokens that do not count: the readings of a Han segment other than the one used
    /// (or, when none matched, than the one that costs least).
    pub s_hidden: u64,
    pub l_used: u64,
    pub num: f32,
    pub den: f32,
    /// The matched words appear in another order on the two sides.
    pub reordered: bool,
    /// Total weight of matched rare (non-generic, non-legal-form) list words.
    pub distinctive_matched: f32,
    /// The same, counting only pairs that are not typo readings.
    pub distinctive_certain: f32,
}

impl Alignment {
    pub fn score(&self) -> f32 {
        if self.den <= 0.0 {
            0.0
        } else {
            (self.num / self.den).clamp(0.0, 1.0)
        }
    }
}

/// An unmatched place or generic word that the supplier adds around a listed name it contains
/// costs this share of its weight (see [`TokView::plain`]).
pub const CONTAINED_EXTRA_SHARE: f32 = 0.4;

/// Similarity lost per edit, relative to word length: one edit in an 8-letter word gives 0.84.
pub const TYPO_COST: f32 = 1.25;
/// Similarity of an abbreviation or word variant ("Intl"/"International"): slightly below a literal
/// match, so that a literal reading (a split word) wins when both exist.
pub const ABBREVIATION_SIM: f32 = 0.95;

/// Similarity of two spellings of one sound under different romanisations (same skeleton).
pub const TRANSLITERATION_SIM: f32 = 0.93;
/// Words of at most this many letters are short: see [`transliteration_sim`].
const SHORT_WORD: usize = 5;

/// Similarity of two words with the same transliteration skeleton. A long word spelt two ways
/// ("Transstroimekhanizatsiya" / "...troy...") is one name: [`TRANSLITERATION_SIM`]. In a word of
/// four or five letters the same rules reach too far ("xpel" / "spel", "zeuus" / "zeus", "vicor"
/// / "vikor" are one sound, and also different companies): a short word is then no closer than
/// its spelling, as strict as a typo in it (one edit in five letters: 0.75), so that one changed
/// letter in a short name is not a match on its own ([`typo_sim`]). `None` beyond two edits.
fn transliteration_sim(a: &str, b: &str) -> Option<f32> {
    let long = a.len().max(b.len());
    if long > SHORT_WORD {
        return Some(TRANSLITERATION_SIM);
    }
    let d = osa_distance(a.as_bytes(), b.as_bytes(), 2)?;
    Some(typo_sim(d, long).min(TRANSLITERATION_SIM))
}

/// Similarity of two words at `d` edits: strict, so that one edit in a short word is not a match.
fn typo_sim(d: usize, len: usize) -> f32 {
    (1.0 - TYPO_COST * d as f32 / len as f32).max(0.0)
}

#[cfg(test)]
fn fuzzy(a: &str, b: &str) -> Option<f32> {
    fuzzy_sets(a, b, letter_set(a), letter_set(b))
}

/// [`fuzzy`] with the [`letter_set`]s of both words already known (the aligner keeps them in its
/// token views): the same answer without going over the letters again for every word pair.
fn fuzzy_sets(a: &str, b: &str, la: u64, lb: u64) -> Option<f32> {
    let len = a.len().min(b.len());
    let budget = typo_budget(len);
    if budget == 0 {
        return None;
    }
    // The tests `osa_distance` starts with, in its order, then the table.
    if a.len().abs_diff(b.len()) > budget || letter_bound_exceeds(la, lb, budget) {
        return None;
    }
    let d = osa_table(a.as_bytes(), b.as_bytes(), budget)?;
    Some(typo_sim(d, a.len().max(b.len())))
}

/// Is `whole` the concatenation of `parts` (by surface or by canonical form)? Returns similarity.
/// Allocation-free: it runs for every (token, window) pair of every candidate.
fn concat_sim<'a>(whole: &TokView<'a>, parts: &[TokView<'a>]) -> Option<f32> {
    // A legal form may only end the parts, as one short word glued to the name ("BASFAG" =
    // "BASF AG").
    let (last, init) = parts.split_last()?;
    if init.iter().any(|p| p.class == TokenClass::LegalForm)
        || (last.class == TokenClass::LegalForm && !is_gluable_form(last.surface))
    {
        return None;
    }
    for use_canon in [false, true] {
        let piece = |p: &TokView<'a>| -> &'a str {
            if use_canon {
                p.canon
            } else {
                p.surface
            }
        };
        let w = if use_canon {
            whole.canon
        } else {
            whole.surface
        };
        let total: usize = parts.iter().map(|p| piece(p).len()).sum();
        if total.abs_diff(w.len()) > 1 || (total != w.len() && w.len() < 8) {
            continue;
        }
        if total == w.len() {
            let mut rest = w;
            let ok = parts.iter().all(|p| match rest.strip_prefix(piece(p)) {
                Some(r) => {
                    rest = r;
                    true
                }
                None => false,
            });
            if ok && rest.is_empty() {
                return Some(0.97);
            }
        }
        if w.len() >= 8 && w.len() < 64 && parts.iter().all(|p| piece(p).len() >= 3) {
            let mut joined = [0u8; 64];
            let mut n = 0;
            for p in parts {
                let b = piece(p).as_bytes();
                if n + b.len() > joined.len() {
                    return None;
                }
                joined[n..n + b.len()].copy_from_slice(b);
                n += b.len();
            }
            if osa_distance(w.as_bytes(), &joined[..n], 1).is_some() {
                return Some(0.88);
            }
        }
    }
    None
}

/// Aligns supplier tokens `s` with list tokens `l`. `generic_weight`: words weighing at most this are
/// "generic" (frequent across the lists) and may be matched by a prefix abbreviation ("Ind" for
/// "Industries" when it is not in the abbreviation table).
pub fn align(s: &[TokView], l: &[TokView], generic_weight: f32) -> Alignment {
    align_with(s, l, generic_weight, &mut Vec::new(), Vec::new())
}

/// [`align`] with a buffer for the candidate pairs that the caller reuses across many alignments
/// (the screener aligns about ten names per supplier row), and a vector (emptied here) to hold the
/// alignment's pairs, which the caller may recycle from an alignment it no longer needs.
pub fn align_with(
    s: &[TokView],
    l: &[TokView],
    generic_weight: f32,
    cands: &mut Vec<Pair>,
    mut pairs: Vec<Pair>,
) -> Alignment {
    pairs.clear();
    let s = &s[..s.len().min(MAX_TOKENS)];
    let l = &l[..l.len().min(MAX_TOKENS)];
    let grouped = s.iter().any(|t| t.group != 0);
    cands.clear();
    for (i, a) in s.iter().enumerate() {
        for (j, b) in l.iter().enumerate() {
            if let Some((sim, kind)) = word_sim(a, b, generic_weight) {
                cands.push(Pair {
                    s: (i as u8, 1),
                    l: (j as u8, 1),
                    kind,
                    sim,
                    weight: b.matched_weight(),
                });
            }
        }
    }
    // Joined / split words: one token on one side equals 2-4 consecutive tokens on the other. Only
    // windows whose total length is within one letter of the token's are worth the check; prefix
    // sums of the lengths rule the rest out without a call.
    let (ps, pl) = (prefix_lens(s), prefix_lens(l));
    let near = |w: &TokView, pre: &[(u16, u16)], j: usize, k: usize| {
        let (sur, can) = (pre[j + k].0 - pre[j].0, pre[j + k].1 - pre[j].1);
        (sur as usize).abs_diff(w.surface.len()) <= 1 || (can as usize).abs_diff(w.canon.len()) <= 1
    };
    // The shortest window of k tokens, per k: window lengths only grow with k, so once a token is
    // more than one letter shorter than every k-window (both spellings), no window of k or more
    // tokens can be near it.
    let (ms, ml) = (min_windows(&ps, s.len()), min_windows(&pl, l.len()));
    let may_join = |w: &TokView, mins: &[(u16, u16); 5], k: usize| {
        w.surface.len() + 1 >= usize::from(mins[k].0) || w.canon.len() + 1 >= usize::from(mins[k].1)
    };
    for (i, a) in s.iter().enumerate() {
        if a.class == TokenClass::LegalForm {
            continue;
        }
        for k in 2..=4usize {
            if !may_join(a, &ml, k) {
                break;
            }
            for j in 0..l.len().saturating_sub(k - 1) {
                if !near(a, &pl, j, k) {
                    continue;
                }
                if let Some(sim) = concat_sim(a, &l[j..j + k]) {
                    let w: f32 = l[j..j + k].iter().map(|t| t.matched_weight()).sum();
                    cands.push(Pair {
                        s: (i as u8, 1),
                        l: (j as u8, k as u8),
                        kind: AlignKind::JoinedSplit,
                        sim,
                        weight: w,
                    });
                }
            }
        }
    }
    for (j, b) in l.iter().enumerate() {
        if b.class == TokenClass::LegalForm {
            continue;
        }
        for k in 2..=4usize {
            if !may_join(b, &ms, k) {
                break;
            }
            for i in 0..s.len().saturating_sub(k - 1) {
                if !near(b, &ps, i, k) || (grouped && !one_reading(&s[i..i + k])) {
                    continue;
                }
                if let Some(sim) = concat_sim(b, &s[i..i + k]) {
                    // Pinyin syllables joined into the listed word are a reading of the name.
                    let reading = s[i..i + k]
                        .iter()
                        .all(|t| t.derivation == Derivation::Reading);
                    cands.push(Pair {
                        s: (i as u8, k as u8),
                        l: (j as u8, 1),
                        kind: if reading {
                            AlignKind::Reading
                        } else {
                            AlignKind::JoinedSplit
                        },
                        sim,
                        weight: b.matched_weight(),
                    });
                }
            }
        }
    }
    // Initialisms: an acronym on one side is the initials of consecutive words on the other. An
    // acronym with a letter that no word of the other side begins with is none of its initials:
    // most short words ("corp", "china") stop at that test, not at a window per word.
    let (mut l_initials, mut s_initials) = (None, None);
    for (i, a) in s.iter().enumerate() {
        if !is_acronym_candidate(a)
            || a.surface_letters & !*l_initials.get_or_insert_with(|| initial_letters(l)) != 0
        {
            continue;
        }
        for j in 0..l.len() {
            if let Some(n) = initials_window(a.surface, &l[j..]) {
                let w: f32 = l[j..j + n].iter().map(|t| t.matched_weight()).sum();
                cands.push(Pair {
                    s: (i as u8, 1),
                    l: (j as u8, n as u8),
                    kind: AlignKind::Initialism,
                    sim: initialism_sim(a.surface.len()),
                    weight: w,
                });
            }
        }
    }
    if s.len() >= 3 {
        for (j, b) in l.iter().enumerate() {
            if !is_acronym_candidate(b)
                || b.surface_letters & !*s_initials.get_or_insert_with(|| initial_letters(s)) != 0
            {
                continue;
            }
            for i in 0..s.len() {
                let Some(n) = initials_window(b.surface, &s[i..]) else {
                    continue;
                };
                if grouped && !one_reading(&s[i..i + n]) {
                    continue;
                }
                cands.push(Pair {
                    s: (i as u8, n as u8),
                    l: (j as u8, 1),
                    kind: AlignKind::Initialism,
                    sim: initialism_sim(b.surface.len()),
                    weight: b.matched_weight(),
                });
            }
        }
    }
    // Greedy: most certain correspondences first (an exact word before a typo reading of it), then
    // the heavier. Ties favour the earlier supplier token (keeps order stable).
    //
    // Between equally good pairs of two readings of one Han segment, the reading that can match
    // more of the listed name goes first: 毛纺织 offers "wool spinning and weaving" and "wool
    // textile", and against "Wool Textile" the 'wool' of the second must win the tie, or the
    // first reading takes 'wool' and hides 'textile'.
    let mut cover = [0f32; MAX_TOKENS];
    if grouped {
        let mut best = [0f32; MAX_TOKENS];
        for c in cands.iter() {
            for i in c.s.0..c.s.0 + c.s.1 {
                let b = &mut best[i as usize];
                *b = b.max(c.sim * c.weight / f32::from(c.s.1));
            }
        }
        for (i, a) in s.iter().enumerate() {
            if a.group != 0 {
                cover[i] = s
                    .iter()
                    .zip(&best)
                    .filter(|(b, _)| b.group == a.group && b.option == a.option)
                    .map(|(_, w)| w)
                    .sum();
            }
        }
    }
    cands.sort_by(|x, y| {
        y.sim
            .total_cmp(&x.sim)
            .then(y.weight.total_cmp(&x.weight))
            .then(cover[y.s.0 as usize].total_cmp(&cover[x.s.0 as usize]))
            .then(x.s.0.cmp(&y.s.0))
            .then(x.l.0.cmp(&y.l.0))
    });
    let mut out = Alignment {
        pairs,
        ..Alignment::default()
    };
    // Per supplier token, the other readings of its segment (used up once it is aligned).
    let mut rivals = [0u64; MAX_TOKENS];
    if grouped {
        for (i, a) in s.iter().enumerate() {
            if a.group != 0 {
                for (j, b) in s.iter().enumerate() {
                    if b.group == a.group && b.option != a.option {
                        rivals[i] |= 1 << j;
                    }
                }
            }
        }
    }
    for &c in cands.iter() {
        let smask = mask(c.s);
        let lmask = mask(c.l);
        if (out.s_used | out.s_hidden) & smask != 0 || out.l_used & lmask != 0 {
            continue;
        }
        out.s_used |= smask;
        out.l_used |= lmask;
        if grouped {
            for i in c.s.0..c.s.0 + c.s.1 {
                out.s_hidden |= rivals[i as usize];
            }
        }
        out.num += 2.0 * c.weight * c.sim;
        out.den += 2.0 * c.weight;
        if c.kind != AlignKind::LegalForm && c.kind != AlignKind::Fuzzy {
            let dist: f32 = l[c.l.0 as usize..(c.l.0 + c.l.1) as usize]
                .iter()
                .filter(|t| t.weight > generic_weight && t.class == TokenClass::Word)
                .map(|t| t.weight)
                .sum();
            out.distinctive_certain += dist;
        }
        if c.kind != AlignKind::LegalForm {
            let dist: f32 = l[c.l.0 as usize..(c.l.0 + c.l.1) as usize]
                .iter()
                .filter(|t| t.weight > generic_weight && t.class == TokenClass::Word)
                .map(|t| t.weight)
                .sum();
            out.distinctive_matched += dist * c.sim;
        }
        out.pairs.push(c);
    }
    if grouped {
        hide_unused_readings(s, &mut out);
    }
    // The listed name is contained in the supplier's: every word of it (two or more) matched, a
    // distinctive word of its own among them for certain (not a shared stem such as "Western
    // Gold"), and the supplier adds only places, generic words and legal forms
    // around it ("Shanghai ... Network Technology Co., Ltd." around "Yitu Technologies"). Those
    // then cost little.
    let contained = out.distinctive_certain > 0.0
        && out.pairs.iter().any(|p| {
            !matches!(p.kind, AlignKind::Fuzzy | AlignKind::LegalForm)
                && l[p.l.0 as usize..(p.l.0 + p.l.1) as usize]
                    .iter()
                    .any(|t| t.own_word && t.weight > generic_weight)
        })
        && l.iter()
            .filter(|b| matches!(b.class, TokenClass::Word | TokenClass::Number))
            .count()
            >= 2
        && l.iter().enumerate().all(|(j, b)| {
            out.l_used & (1u64 << j) != 0
                || matches!(b.class, TokenClass::LegalForm | TokenClass::Noise)
        })
        && s.iter().enumerate().all(|(i, a)| {
            (out.s_used | out.s_hidden) & (1u64 << i) != 0
                || a.plain
                || matches!(a.class, TokenClass::LegalForm | TokenClass::Noise)
        });
    // A number on each side and they differ ("Fund VII" / "Fund VIII", "Plant 3" / "Plant 4"):
    // two different parties, so the numbers count in full, not capped.
    let unmatched_number = |t: &[TokView], used: u64| {
        t.iter()
            .enumerate()
            .any(|(k, x)| used & (1u64 << k) == 0 && x.class == TokenClass::Number)
    };
    let numbers_differ =
        unmatched_number(s, out.s_used | out.s_hidden) && unmatched_number(l, out.l_used);
    let unmatched = |t: &TokView| {
        if numbers_differ && t.class == TokenClass::Number {
            t.weight
        } else {
            t.unmatched_weight()
        }
    };
    for (i, a) in s.iter().enumerate() {
        if (out.s_used | out.s_hidden) & (1u64 << i) == 0 {
            let w = unmatched(a);
            out.den += if contained && a.plain {
                w * CONTAINED_EXTRA_SHARE
            } else {
                w
            };
        }
    }
    for (j, b) in l.iter().enumerate() {
        if out.l_used & (1u64 << j) == 0 {
            out.den += unmatched(b);
        }
    }
    out.pairs.sort_by_key(|p| p.s.0);
    // Word order: count matched content words whose list position goes backwards.
    let mut last = None;
    for p in out.pairs.iter().filter(|p| p.kind != AlignKind::LegalForm) {
        if let Some(prev) = last {
            if p.l.0 < prev {
                out.reordered = true;
            }
        }
        last = Some(p.l.0);
    }
    out
}

/// A legal form short enough to be written glued to the name before it ("BASFAG", "TOTALSA"),
/// which normalisation cannot split off (two letters begin and end too many words).
pub(crate) fn is_gluable_form(surface: &str) -> bool {
    surface.len() == 2
}

/// Similarity of an acronym to the initials it stands for: weak-to-medium evidence (a short
/// acronym stands for many names), stronger as it gets longer.
fn initialism_sim(letters: usize) -> f32 {
    match letters {
        0..=3 => 0.6,
        4 => 0.7,
        _ => 0.74,
    }
}

/// A word that may be an acronym: 3 to 6 letters, written in the Latin alphabet as such (not a
/// reading of Han text).
fn is_acronym_candidate(t: &TokView) -> bool {
    t.class == TokenClass::Word
        && t.group == 0
        && matches!(
            t.derivation,
            Derivation::AsWritten | Derivation::Abbreviation
        )
        && (3..=6).contains(&t.surface.len())
        && t.surface.bytes().all(|c| c.is_ascii_lowercase())
}

/// A short word without vowels ("crrc", "crcc", "bnp"): an acronym. Two acronyms one letter
/// apart are two different names, never a typo of each other.
pub(crate) fn is_vowelless_acronym(w: &str) -> bool {
    w.len() <= 5
        && !w
            .bytes()
            .any(|c| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
}

/// Linking words that initials skip ("Bank *of* China", "Research *and* Development").
pub(crate) fn is_initials_stopword(w: &str) -> bool {
    matches!(w, "of" | "and" | "the" | "for" | "de" | "du" | "des")
}

/// Whether a token can give its first letter to an initialism: an ordinary word, or a one-word
/// legal form ("Corporation" in "China Railway Construction Corporation").
pub(crate) fn gives_initial(class: TokenClass, derivation: Derivation, surface: &str) -> bool {
    match class {
        TokenClass::Word | TokenClass::Noise => {
            !matches!(derivation, Derivation::Reading | Derivation::Glossary)
        }
        TokenClass::LegalForm => !surface.contains(' '),
        TokenClass::Number => false,
    }
}

/// The first letters of the words of `t` of three letters or more, as a [`letter_set`]: every
/// letter of an acronym that some window of `t` spells ([`initials_window`]) is in it.
fn initial_letters(t: &[TokView]) -> u64 {
    t.iter()
        .filter(|x| x.surface.len() >= 3)
        .fold(0, |m, x| m | 1u64 << (x.surface.as_bytes()[0] & 63))
}

/// How many tokens from the start of `t` spell `acronym` by their initials (linking words in
/// between are skipped), if they do.
fn initials_window(acronym: &str, t: &[TokView]) -> Option<usize> {
    let a = acronym.as_bytes();
    let first = t.first()?;
    if first.surface.as_bytes().first() != Some(&a[0]) || first.surface.len() < 3 {
        return None;
    }
    let mut pos = 0;
    for (k, tok) in t.iter().enumerate() {
        if pos > 0 && is_initials_stopword(tok.surface) {
            continue;
        }
        if !gives_initial(tok.class, tok.derivation, tok.surface)
            || tok.surface.len() < 3
            || is_vowelless_acronym(tok.surface)
            || tok.surface.as_bytes()[0] != a[pos]
        {
            return None;
        }
        pos += 1;
        if pos == a.len() {
            return Some(k + 1);
        }
    }
    None
}

/// True if no two tokens of `w` are different readings of one segment (a joined spelling may
/// not take "technology" and "keji" together).
fn one_reading(w: &[TokView]) -> bool {
    w.iter().enumerate().all(|(k, a)| {
        a.group == 0
            || w[k + 1..]
                .iter()
                .all(|b| b.group != a.group || b.option == a.option)
    })
}

/// A Han segment none of whose readings was aligned counts once, by its cheapest reading: the
/// other readings are hidden.
fn hide_unused_readings(s: &[TokView], out: &mut Alignment) {
    let mut done = 0u64;
    for (i, a) in s.iter().enumerate() {
        if a.group == 0 || done & (1 << i) != 0 {
            continue;
        }
        let members: u64 = s
            .iter()
            .enumerate()
            .filter(|(_, b)| b.group == a.group)
            .fold(0, |m, (j, _)| m | 1 << j);
        done |= members;
        if out.s_used & members != 0 {
            continue;
        }
        // The cheapest option when unmatched.
        let mut best: Option<(f32, u8)> = None;
        for opt in s.iter().filter(|b| b.group == a.group).map(|b| b.option) {
            let cost: f32 = s
                .iter()
                .filter(|b| b.group == a.group && b.option == opt)
                .map(|b| b.unmatched_weight())
                .sum();
            if best.is_none_or(|b| cost < b.0) {
                best = Some((cost, opt));
            }
        }
        let keep = best.map_or(0, |b| b.1);
        for (j, b) in s.iter().enumerate() {
            if b.group == a.group && b.option != keep {
                out.s_hidden |= 1 << j;
            }
        }
    }
}

/// Running totals of (surface, canonical) lengths: entry `i` sums tokens `..i`.
fn prefix_lens(t: &[TokView]) -> [(u16, u16); MAX_TOKENS + 1] {
    let mut out = [(0u16, 0u16); MAX_TOKENS + 1];
    for (i, x) in t.iter().enumerate().take(MAX_TOKENS) {
        out[i + 1] = (
            out[i].0.saturating_add(x.surface.len() as u16),
            out[i].1.saturating_add(x.canon.len() as u16),
        );
    }
    out
}

/// Per window size k (2..=4), the shortest total (surface, canonical) length of k consecutive
/// tokens, from [`prefix_lens`]; `u16::MAX` when there is no such window.
fn min_windows(pre: &[(u16, u16); MAX_TOKENS + 1], n: usize) -> [(u16, u16); 5] {
    let mut out = [(u16::MAX, u16::MAX); 5];
    for (k, slot) in out.iter_mut().enumerate().skip(2) {
        for j in 0..n.saturating_sub(k - 1) {
            slot.0 = slot.0.min(pre[j + k].0 - pre[j].0);
            slot.1 = slot.1.min(pre[j + k].1 - pre[j].1);
        }
    }
    out
}

fn mask((start, len): (u8, u8)) -> u64 {
    let ones = if len >= 64 {
        u64::MAX
    } else {
        (1u64 << len) - 1
    };
    ones << start
}

/// Similarity and kind of two single tokens, or `None` when they do not correspond.
fn word_sim(a: &TokView, b: &TokView, generic_weight: f32) -> Option<(f32, AlignKind)> {
    let a_lf = a.class == TokenClass::LegalForm;
    let b_lf = b.class == TokenClass::LegalForm;
    if a_lf && b_lf {
        return Some(if a.canon == b.canon {
            (1.0, AlignKind::LegalForm)
        } else {
            (0.5, AlignKind::LegalForm)
        });
    }
    // Ids come from one vocabulary: a word with an id and a word without one (not in it) differ.
    let same = if a.canon_id != u32::MAX || b.canon_id != u32::MAX {
        a.canon_id == b.canon_id
    } else {
        a.canon == b.canon
    };
    if same {
        if a_lf || b_lf {
            return Some((1.0, AlignKind::LegalForm));
        }
        let kind = if a.derivation == Derivation::Glossary && b.derivation != Derivation::Glossary {
            AlignKind::Translation
        } else if a.derivation == Derivation::Reading && b.derivation != Derivation::Reading {
            AlignKind::Reading
        } else if a.surface == b.surface {
            AlignKind::Exact
        } else if a.derivation == Derivation::Number || b.derivation == Derivation::Number {
            AlignKind::Number
        } else if a.derivation == Derivation::Place || b.derivation == Derivation::Place {
            AlignKind::Transliteration
        } else if a.derivation == Derivation::Abbreviation
            || b.derivation == Derivation::Abbreviation
        {
            AlignKind::Abbreviation
        } else if a.derivation == Derivation::Glossary || b.derivation == Derivation::Glossary {
            AlignKind::Translation
        } else {
            AlignKind::Exact
        };
        let sim = match kind {
            AlignKind::Abbreviation | AlignKind::Translation => ABBREVIATION_SIM,
            _ => 1.0,
        };
        return Some((sim, kind));
    }
    if a.class == TokenClass::Number || b.class == TokenClass::Number {
        return None;
    }
    // A legal-form phrase that the supplier misspelt ("Coraoration") is still a legal form.
    if b_lf || a_lf {
        let (word, lf) = if b_lf { (a, b) } else { (b, a) };
        // "ao" in the middle of one name is a word, at the edge of the other a legal form.
        if word.surface == lf.surface {
            return Some((1.0, AlignKind::LegalForm));
        }
        // "sa" written apart from "de C.V." is a piece of the list's "S.A. de C.V.".
        // (A piece of the phrase is shorter than it and has no letter the phrase lacks; most words
        // fail those two tests before the phrase is searched.)
        if word.surface.len() < lf.surface.len()
            && word.surface_letters & !lf.surface_letters == 0
            && lf.surface.contains(' ')
            && lf.surface.split(' ').any(|p| p == word.surface)
        {
            return Some((0.9, AlignKind::LegalForm));
        }
        let sim = fuzzy_sets(
            word.surface,
            lf.surface,
            word.surface_letters,
            lf.surface_letters,
        )?;
        return (sim >= 0.5).then_some((1.0, AlignKind::LegalForm));
    }
    // Two acronyms one letter apart ("CRRC" / "CRCC") are two names: no typo or romanisation
    // reading of them.
    let acronym = a.acronym || b.acronym;
    if !acronym && a.skel != 0 && a.skel == b.skel {
        if let Some(sim) = transliteration_sim(a.canon, b.canon) {
            return Some((sim, AlignKind::Transliteration));
        }
    }
    let as_written = a.as_written && b.as_written;
    let canon_near = !letter_bound_exceeds(a.letters, b.letters, 2);
    let by_canon = if canon_near && !acronym {
        fuzzy_sets(a.canon, b.canon, a.letters, b.letters)
    } else {
        None
    };
    let by_surface = || fuzzy_sets(a.surface, b.surface, a.surface_letters, b.surface_letters);
    if let Some(sim) = by_canon.or_else(|| (!as_written && !acronym).then(by_surface)?) {
        return Some((sim, AlignKind::Fuzzy));
    }
    // Prefix abbreviation of a generic word ("Ind." for "Industries", "Techn." for "Technologies").
    let (short, long) = if a.surface.len() < b.surface.len() {
        (a.surface, b)
    } else {
        (b.surface, a)
    };
    if short.len() >= 3
        && long.weight <= generic_weight
        && (long.surface.starts_with(short) || long.canon.starts_with(short))
    {
        return Some((0.85, AlignKind::Abbreviation));
    }
    None
}

/// A score rounded to three decimals, as hits and explanations report it.
pub(crate) fn round3(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budgets_are_strict_for_short_words() {
        assert_eq!(typo_budget(3), 0);
        assert!(fuzzy("abc", "abd").is_none());
        assert!(fuzzy("generac", "general").unwrap() < 0.85);
        assert!(fuzzy("inustry", "industry").unwrap() > 0.75);
    }
}
