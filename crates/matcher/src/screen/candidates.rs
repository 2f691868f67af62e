//! Candidate search: which listed names are worth scoring for one supplier name, found through the
//! index without scanning every name (see the module note of [`super`]).

use super::{Screener, CANDIDATES_SCORED};
use crate::index::{initials_letters, MAX_POSTINGS_WALKED};
use crate::normalize::{Token, TokenClass};
use crate::score::{TokView, LEGAL_FORM_WEIGHT, NOISE_SHARE};
use rustc_hash::FxHashMap;
use supplyscreen_lists::model::ListCode;

/// A word found by splitting an unknown supplier word in two ("Nredlecraft" = "Needle" + "Craft")
/// counts half: the split is a guess.
const SPLIT_WORD_SHARE: f32 = 0.5;

/// An initialism is weaker evidence than the words it stands for.
const INITIALISM_SHARE: f32 = 0.8;

/// Names whose estimated overlap is below this are not scored at all.
const MIN_ESTIMATE: f32 = 0.2;

impl Screener<'_> {
    /// [`Index::word_hits`] of `word` (then of `also`, when given) appended to `out`, memoised per
    /// thread: supplier files repeat the same words thousands of times ("Co", "Technology",
    /// "Trading"), and the typo lookups behind them are the costliest part of candidate search.
    ///
    /// The lookup always starts from an empty list, whatever `out` already holds, and ids already in
    /// `out` are skipped when appending: `word_hits` itself behaves differently on a non-empty list
    /// (no two-letter deletions, no repeats), and a memo filled from one caller's list would make a
    /// row's result depend on which rows were screened before it.
    pub(super) fn cached_word_hits(
        &self,
        word: &str,
        also: Option<&str>,
        out: &mut Vec<(u32, f32)>,
    ) {
        WORD_CACHE.with(|cell| {
            let mut cache = cell.borrow_mut();
            if cache.owner != self.index.id || cache.map.len() >= WORD_CACHE_ENTRIES {
                cache.map.clear();
                cache.owner = self.index.id;
            }
            let WordCache { key, map, .. } = &mut *cache;
            key.clear();
            key.push_str(word);
            if let Some(a) = also {
                key.push('\0');
                key.push_str(a);
            }
            if !map.contains_key(key.as_str()) {
                let mut fresh = Vec::new();
                self.index.word_hits(word, &mut fresh);
                if let Some(a) = also {
                    self.index.word_hits(a, &mut fresh);
                }
                map.insert(key.as_str().into(), fresh.into());
            }
            let hits = &map[key.as_str()];
            if out.is_empty() {
                out.extend_from_slice(hits);
            } else {
                let before = out.len();
                for &h in hits.iter() {
                    if !out[..before].iter().any(|o| o.0 == h.0) {
                        out.push(h);
                    }
                }
            }
        });
    }

    pub(super) fn candidates(
        &self,
        tokens: &[Token],
        views: &[TokView],
        lists: Option<&[ListCode]>,
    ) -> Vec<u32> {
        let idx = &self.index;
        // (vocab id, supplier token bit, weight * similarity)
        let mut hits: Vec<(u32, u64, f32)> = Vec::with_capacity(32);
        let mut buf = Vec::new();
        for (i, t) in tokens.iter().enumerate().take(63) {
            if t.class == TokenClass::LegalForm {
                continue;
            }
            // The readings of one Han segment are exclusive options: a word two of them share
            // ("group" in both "group co ltd" and "group joint stock company") is looked up once,
            // or a listed name with that word would count it twice and crowd out better names.
            if t.group != 0
                && tokens[..i]
                    .iter()
                    .any(|p| p.group == t.group && p.canon == t.canon)
            {
                continue;
            }
            buf.clear();
            if t.class == TokenClass::Number {
                if let Some(id) = idx.canon.get(&t.canon) {
                    buf.push((id, 1.0));
                }
            } else {
                let second = (t.surface != t.canon).then_some(t.surface.as_str());
                self.cached_word_hits(&t.canon, second, &mut buf);
            }
            for &(id, sim) in &buf {
                hits.push((id, 1u64 << i, idx.idf[id as usize] * sim));
            }
            // A word the lists never use may be two listed words run together, one of them
            // misspelt ("Nredlecraft" = "Needle" + "Craft"): split it where one half is a listed
            // word and look the other half up with typos allowed.
            if t.class == TokenClass::Word
                && t.surface.len() >= 7
                && idx.canon.get(&t.canon).is_none()
            {
                let w = t.surface.as_str();
                for p in 3..=w.len() - 3 {
                    let (l, r) = w.split_at(p);
                    let (known, other) = match (idx.canon.get(l), idx.canon.get(r)) {
                        (Some(a), _) => (a, r),
                        (None, Some(b)) => (b, l),
                        _ => continue,
                    };
                    buf.clear();
                    buf.push((known, 1.0));
                    self.cached_word_hits(other, None, &mut buf);
                    for &(id, sim) in &buf {
                        hits.push((id, 1u64 << i, idx.idf[id as usize] * sim * SPLIT_WORD_SHARE));
                    }
                }
            }
        }
        // Joined spellings: 2-4 adjacent supplier words concatenated.
        let mut joined = String::new();
        for k in 2..=4usize {
            for i in 0..tokens.len().saturating_sub(k - 1).min(63) {
                let part = &tokens[i..i + k];
                if part.iter().any(|t| t.class == TokenClass::LegalForm) {
                    continue;
                }
                joined.clear();
                for t in part {
                    joined.push_str(&t.surface);
                }
                buf.clear();
                if k == 2 {
                    self.cached_word_hits(&joined, None, &mut buf);
                } else if let Some(id) = idx.canon.get(&joined) {
                    buf.push((id, 1.0));
                }
                let bits = ((1u64 << k) - 1) << i;
                for &(id, sim) in &buf {
                    hits.push((id, bits, idx.idf[id as usize] * sim));
                }
            }
        }
        // Initialisms: a supplier acronym finds the names with those initials; the supplier
        // name's own initials find a listed acronym.
        for (i, t) in tokens.iter().enumerate().take(63) {
            if t.class == TokenClass::Word
                && t.group == 0
                && (3..=6).contains(&t.surface.len())
                && t.surface.bytes().all(|c| c.is_ascii_lowercase())
            {
                // `initials_key` of the word, on the stack (3-6 letters).
                let mut key = [b'^'; 7];
                key[1..=t.surface.len()].copy_from_slice(t.surface.as_bytes());
                let key = std::str::from_utf8(&key[..=t.surface.len()]).unwrap_or_default();
                if let Some(id) = idx.canon.get(key) {
                    hits.push((id, 1u64 << i, idx.idf[id as usize] * INITIALISM_SHARE));
                }
            }
        }
        if tokens.len() >= 3 && tokens.len() <= 63 {
            let mut letters = String::new();
            for k in initials_letters(tokens, &mut letters).rev() {
                if let Some(id) = idx.canon.get(&letters[..k]) {
                    let bits = (1u64 << tokens.len()) - 1;
                    hits.push((id, bits, idx.idf[id as usize] * INITIALISM_SHARE));
                }
            }
        }
        if hits.is_empty() {
            return Vec::new();
        }
        // Single words first, then joined spellings; rare first within each; walk common postings
        // only while nothing rarer was found. A name's slot counts each supplier word once, so the
        // order decides which hit claims it: a joined spelling ("he"+"sheng"+"silicon") walked
        // first would claim three words for the weight of one and shut out the separate hits of
        // "hesheng" and "silicon" that a listed "Hesheng Silicon Industry" earns.
        hits.sort_by_cached_key(|h| {
            (
                h.1.count_ones(),
                idx.postings(h.0).len(),
                std::cmp::Reverse(OrdF32(h.2)),
            )
        });
        SCRATCH.with(|cell| {
            let mut scratch = cell.borrow_mut();
            let Scratch {
                acc,
                touched,
                ranked,
            } = &mut *scratch;
            if acc.len() < idx.records.len() {
                acc.resize(idx.records.len(), (0.0, 0));
            }
            let mut walked = 0usize;
            for &(id, bits, w) in &hits {
                let p = idx.postings(id);
                if p.len() > MAX_POSTINGS_WALKED && walked >= 1 {
                    continue;
                }
                walked += 1;
                for &r in p {
                    let e = &mut acc[r as usize];
                    if e.1 == 0 {
                        touched.push(r);
                    }
                    if e.1 & bits == 0 {
                        e.0 += w;
                        e.1 |= bits;
                    }
                }
            }
            self.rank_candidates(views, lists, acc, touched, ranked)
        })
    }

    /// The names with the best estimated overlap, from the accumulators (which it clears).
    fn rank_candidates(
        &self,
        views: &[TokView],
        lists: Option<&[ListCode]>,
        acc: &mut [(f32, u64)],
        touched: &mut Vec<u32>,
        ranked: &mut Vec<(f32, u32)>,
    ) -> Vec<u32> {
        let idx = &self.index;
        // One reading per Han segment (the first) counts towards the supplier name's weight.
        let w_s: f32 = views
            .iter()
            .filter(|v| v.group == 0 || v.option == 0)
            .map(|v| match v.class {
                TokenClass::LegalForm => LEGAL_FORM_WEIGHT,
                TokenClass::Noise => v.weight * NOISE_SHARE,
                _ => v.weight,
            })
            .sum();
        ranked.clear();
        for r in touched.drain(..) {
            let a = std::mem::take(&mut acc[r as usize]).0;
            let rec = &idx.records[r as usize];
            if lists.is_some_and(|ls| !ls.contains(&rec.list)) {
                continue;
            }
            let est = 2.0 * a / (w_s + rec.weight).max(1e-3);
            if est >= MIN_ESTIMATE {
                keep_best(ranked, (est, r));
            }
        }
        ranked.iter().map(|&(_, r)| r).collect()
    }
}

/// Adds `cand` (estimate, name) to `best`, the best [`CANDIDATES_SCORED`] so far in order (higher
/// estimate first, then lower name), when it is among them. A row touches hundreds or thousands
/// of names, and most fail the first comparison with the last one kept.
fn keep_best(best: &mut Vec<(f32, u32)>, cand: (f32, u32)) {
    let before = |a: &(f32, u32), b: &(f32, u32)| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).is_lt();
    if best.len() == CANDIDATES_SCORED && !before(&cand, &best[CANDIDATES_SCORED - 1]) {
        return;
    }
    let at = best.partition_point(|k| before(k, &cand));
    if best.len() == CANDIDATES_SCORED {
        best.pop();
    }
    best.insert(at, cand);
}

/// Per-thread candidate accumulators, one slot per indexed name, reused across supplier rows so
/// that screening a row allocates no hash map (wasm has one thread; the CLI screens on one).
#[derive(Default)]
struct Scratch {
    /// (estimated matched weight, supplier-token bits already counted) per indexed name.
    acc: Vec<(f32, u64)>,
    /// Names whose slot is in use.
    touched: Vec<u32>,
    /// The best names so far ([`keep_best`]).
    ranked: Vec<(f32, u32)>,
}

/// Memoised word lookups (see [`Screener::cached_word_hits`]), for one index at a time.
#[derive(Default)]
struct WordCache {
    owner: u64,
    key: String,
    map: FxHashMap<Box<str>, Box<[(u32, f32)]>>,
}

/// The cache is emptied when it reaches this many words (a few MB at most).
const WORD_CACHE_ENTRIES: usize = 50_000;

thread_local! {
    static WORD_CACHE: std::cell::RefCell<WordCache> = std::cell::RefCell::new(WordCache::default());
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// An `f32` ordered by [`f32::total_cmp`], for sort keys.
#[derive(Clone, Copy)]
struct OrdF32(f32);
impl PartialEq for OrdF32 {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}
impl Eq for OrdF32 {}
impl PartialOrd for OrdF32 {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for OrdF32 {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}
