//! Screening supplier names against the lists: the public face of the matching engine.
//!
//! # Design
//!
//! **Normalisation** ([`crate::normalize`]): NFKC, transliteration to ASCII (pinyin for Han
//! characters, with a glossary for Chinese business words), legal forms recognised as phrases and
//! reduced to a family token, abbreviations / word variants / place-name romanisations unified.
//!
//! **Candidates** ([`crate::index`]): each supplier word looks up (a) its canonical form, (b) its
//! one-edit neighbours through a symmetric-deletion index (two-edit for long words), (c) its
//! transliteration skeleton, and adjacent supplier words look up their concatenation ("Gazprom Bank"
//! -> `gazprombank`) while list names are indexed with their own adjacent concatenations ("TD
//! Khimmed" -> `tdkhimmed`), so typos, splits and joins all reach the candidate set. Each hit adds the
//! word's IDF weight to the names in its postings (very common words are skipped when rarer ones
//! exist); the names with the best estimated weighted overlap go to the precise scorer. Nothing
//! scans every name. Recall of this stage is measured by a test against exhaustive scoring.
//!
//! **Score** ([`crate::score`]): a weighted Dice coefficient over aligned words (exact, typo,
//! abbreviation, legal form, joined/split, transliteration), each word weighted by its IDF over all
//! listed entities; unmatched words on either side count against. Then factors, each shown in the
//! explanation: word order (x0.97), a weak alias (x0.95), a person on the list (supplier files list
//! companies: x0.92 when every word of the person's name matched, x0.7 otherwise), a match on
//! generic words only (x0.8), and country (agree: +15% of the gap to 1; differ: -0.03 and -25% of the gap;
//! capped so a name score of 0.95 or more stays above the default threshold).
//!
//! **Threshold**: [`DEFAULT_THRESHOLD`] = 0.75. Scores of true variants (typo, abbreviation, legal
//! form, dropped generic word, noise) land at 0.75-1.0; a sister name that shares only generic words
//! lands near 0.5; one unmatched distinctive word against two matched ones gives about 0.7. The value
//! sits at the top of the plateau of the `eval` threshold sweep on the dev set (best F1; no real
//! unlisted company flagged) and, on the bench's 10,000 generated rows, trades 16 more flagged
//! unlisted companies (0.8% -> 1.2%) for 25 more listed names found (recall 0.980 -> 0.985) against
//! 0.78: a missed listed supplier costs more than a review. Figures: `crates/engine/README.md`.

use crate::country::{country_code, related};
use crate::explain::{Explanation, Factor};
use crate::index::{hash_str, Index, MAX_POSTINGS_WALKED};
use crate::model::{EntityKind, ListCode, ListSet};
use crate::normalize::{normalize, skeleton_hash, Token, TokenClass};
use crate::score::{align, align_with, describe, round3, Alignment, TokView, LEGAL_FORM_WEIGHT};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// The score at and above which a candidate is reported as a hit. See the module note.
pub const DEFAULT_THRESHOLD: f64 = 0.75;
/// How many hits per supplier are reported by default.
pub const DEFAULT_TOP_K: usize = 5;
/// How many candidate names per supplier go to the precise scorer.
const CANDIDATES_SCORED: usize = 12;

/// One supplier row to screen.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SupplierQuery {
    pub name: String,
    /// As written in the supplier file ("CN", "PRC", "China", ...); unknown values are ignored.
    #[serde(default)]
    pub country: Option<String>,
}

/// How to screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScreenOptions {
    pub threshold: f64,
    pub top_k: usize,
    /// Restrict to these lists (`None`: all).
    #[serde(default)]
    pub lists: Option<Vec<ListCode>>,
}

impl Default for ScreenOptions {
    fn default() -> Self {
        ScreenOptions {
            threshold: DEFAULT_THRESHOLD,
            top_k: DEFAULT_TOP_K,
            lists: None,
        }
    }
}

/// One listed entity that a supplier may be.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    /// In [0, 1], higher is more confident; compare with [`DEFAULT_THRESHOLD`].
    pub score: f64,
    pub list: ListCode,
    pub entity_id: String,
    pub entity_name: String,
    pub entity_kind: EntityKind,
    pub matched_name: String,
    pub entity_countries: Vec<String>,
    pub explanation: Explanation,
}

/// The index over a [`ListSet`] plus the scorer. Build once, screen many.
pub struct Screener<'a> {
    set: &'a ListSet,
    index: Index,
}

struct Scored {
    record: u32,
    score: f32,
    name_score: f32,
    factors: Vec<Factor>,
    /// Kept for the explanation, so a hit is not aligned twice.
    alignment: Alignment,
}

impl<'a> Screener<'a> {
    /// Builds the index (about 0.1-0.3 s for the full bundle natively).
    pub fn new(set: &'a ListSet) -> Screener<'a> {
        Screener {
            set,
            index: Index::build(set),
        }
    }

    /// Approximate heap memory of the index, in bytes.
    pub fn index_bytes(&self) -> usize {
        self.index.heap_bytes()
    }

    /// Number of names (primary names and aliases) indexed.
    pub fn names_indexed(&self) -> usize {
        self.index.records.len()
    }

    /// Screens one supplier: hits at or above `opts.threshold`, best first, at most `opts.top_k`
    /// (one per entity, with the name or alias that matched best).
    pub fn screen(&self, q: &SupplierQuery, opts: &ScreenOptions) -> Vec<Hit> {
        self.screen_with(q, opts, false)
    }

    fn screen_with(&self, q: &SupplierQuery, opts: &ScreenOptions, exhaustive: bool) -> Vec<Hit> {
        let tokens = normalize(&q.name);
        if tokens.is_empty() {
            return Vec::new();
        }
        let skels: Vec<u64> = tokens.iter().map(token_skel).collect();
        let views = self.index.query_views(&tokens, &skels);
        let country = q.country.as_deref().and_then(country_code);
        let cands = if exhaustive {
            (0..self.index.records.len() as u32)
                .filter(|r| {
                    opts.lists
                        .as_deref()
                        .is_none_or(|ls| ls.contains(&self.index.records[*r as usize].list))
                })
                .collect()
        } else {
            self.candidates(&tokens, &views, opts.lists.as_deref())
        };
        let mut best: FxHashMap<u32, Scored> = FxHashMap::default();
        let mut buf = ScoreBuf::default();
        for rec in cands {
            let Some(sc) = self.score_record(&views, rec, country, &mut buf) else {
                continue;
            };
            if f64::from(sc.score) + 1e-9 < opts.threshold {
                buf.recycle(sc);
                continue;
            }
            let ent = self.index.records[rec as usize].entity;
            match best.get(&ent) {
                Some(b) if b.score >= sc.score => buf.recycle(sc),
                _ => {
                    if let Some(old) = best.insert(ent, sc) {
                        buf.recycle(old);
                    }
                }
            }
        }
        let mut scored: Vec<Scored> = best.into_values().collect();
        scored.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.record.cmp(&b.record)));
        scored.truncate(opts.top_k);
        scored.into_iter().map(|s| self.hit(&views, s)).collect()
    }

    /// Like [`Screener::screen`] but scores EVERY listed name (no candidate index): slow, for
    /// measuring the recall of candidate generation (the bench compares the two).
    pub fn screen_exhaustive(&self, q: &SupplierQuery, opts: &ScreenOptions) -> Vec<Hit> {
        self.screen_with(q, opts, true)
    }

    /// Scores two names with the lists' word weights (the `pairs` command), no country.
    pub fn score_pair(&self, a: &str, b: &str) -> f64 {
        let (ta, tb) = (normalize(a), normalize(b));
        let sa: Vec<u64> = ta.iter().map(token_skel).collect();
        let sb: Vec<u64> = tb.iter().map(token_skel).collect();
        let va = self.index.query_views(&ta, &sa);
        let vb = self.index.query_views(&tb, &sb);
        let al = align(&va, &vb, self.index.generic_weight);
        f64::from(plain_factors(&al, &vb, self.index.generic_weight, None).0)
    }

    /// [`Index::word_hits`] of `word` (then of `also`, when given) appended to `out`, memoised per
    /// thread: supplier files repeat the same words thousands of times ("Co", "Technology",
    /// "Trading"), and the typo lookups behind them are the costliest part of candidate search.
    ///
    /// The lookup always starts from an empty list, whatever `out` already holds, and ids already in
    /// `out` are skipped when appending: `word_hits` itself behaves differently on a non-empty list
    /// (no two-letter deletions, no repeats), and a memo filled from one caller's list would make a
    /// row's result depend on which rows were screened before it.
    fn cached_word_hits(&self, word: &str, also: Option<&str>, out: &mut Vec<(u32, f32)>) {
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

    fn candidates(
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
                        hits.push((id, 1u64 << i, idx.idf[id as usize] * sim * 0.5));
                    }
                }
            }
        }
        // Joined spellings: 2-4 adjacent supplier words concatenated.
        for k in 2..=4usize {
            for i in 0..tokens.len().saturating_sub(k - 1).min(63) {
                let part = &tokens[i..i + k];
                if part.iter().any(|t| t.class == TokenClass::LegalForm) {
                    continue;
                }
                let joined: String = part.iter().map(|t| t.surface.as_str()).collect();
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
        if hits.is_empty() {
            return Vec::new();
        }
        // Rare first; walk common postings only while nothing rarer was found.
        hits.sort_by_cached_key(|h| (idx.postings(h.0).len(), std::cmp::Reverse(OrdF32(h.2))));
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
        let w_s: f32 = views
            .iter()
            .map(|v| match v.class {
                TokenClass::LegalForm => LEGAL_FORM_WEIGHT,
                TokenClass::Noise => v.weight * crate::score::NOISE_SHARE,
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
            if est >= 0.2 {
                ranked.push((est, r));
            }
        }
        let keep = CANDIDATES_SCORED.min(ranked.len());
        if keep < ranked.len() {
            ranked.select_nth_unstable_by(keep, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            ranked.truncate(keep);
        }
        ranked.iter().map(|&(_, r)| r).collect()
    }

    fn score_record<'s>(
        &'s self,
        views: &[TokView],
        rec: u32,
        country: Option<&str>,
        buf: &mut ScoreBuf<'s>,
    ) -> Option<Scored> {
        let idx = &self.index;
        let r = &idx.records[rec as usize];
        idx.record_views_into(r, &mut buf.views);
        let lv = &buf.views;
        let spare = buf.spare.pop().unwrap_or_default();
        let al = align_with(views, lv, idx.generic_weight, &mut buf.pairs, spare);
        if al.pairs.is_empty() {
            buf.spare.push(al.pairs);
            return None;
        }
        let (mut score, mut factors) = plain_factors(&al, lv, idx.generic_weight, None);
        let name_score = al.score();
        if r.weak_alias {
            let before = score;
            score *= 0.95;
            factors.push(Factor::WeakAlias {
                delta: round3(score - before),
            });
        }
        let ent = r.entity as usize;
        if idx.entity_kind[ent] == EntityKind::Person {
            let all = (0..lv.len()).all(|j| al.l_used & (1u64 << j) != 0);
            let before = score;
            score *= if all { 0.92 } else { 0.7 };
            factors.push(Factor::PersonName {
                delta: round3(score - before),
            });
        }
        if let Some(c) = country {
            let ecs = &idx.entity_countries[ent];
            if !ecs.is_empty() {
                let before = score;
                if ecs.iter().any(|e| related(e, c)) {
                    score += 0.15 * (1.0 - score);
                    factors.push(Factor::CountryAgrees {
                        country: c.to_string(),
                        delta: round3(score - before),
                    });
                } else {
                    score -= COUNTRY_DIFFERS_BASE + 0.25 * (1.0 - score);
                    if before >= 0.95 {
                        score = score.max(DEFAULT_THRESHOLD as f32 + 0.05);
                    }
                    factors.push(Factor::CountryDiffers {
                        supplier_country: c.to_string(),
                        entity_countries: ecs.iter().map(|s| s.to_string()).collect(),
                        delta: round3(score - before),
                    });
                }
            }
        }
        Some(Scored {
            record: rec,
            score: score.clamp(0.0, 1.0),
            name_score,
            factors,
            alignment: al,
        })
    }

    fn hit(&self, views: &[TokView], s: Scored) -> Hit {
        let idx = &self.index;
        let r = idx.records[s.record as usize];
        let e = &self.set.entities[r.entity as usize];
        let matched_name = if r.name_idx == 0 {
            e.name.clone()
        } else {
            e.aliases[r.name_idx as usize - 1].name.clone()
        };
        let lv = idx.record_views(&r);
        let al = &s.alignment;
        let explanation = Explanation {
            list: e.list,
            entity_id: e.id.clone(),
            entity_name: e.name.clone(),
            matched_alias: r.name_idx != 0,
            matched_name: matched_name.clone(),
            name_score: round3(s.name_score),
            alignment: describe(al, views, &lv),
            factors: s.factors,
        };
        Hit {
            score: round3(s.score),
            list: e.list,
            entity_id: e.id.clone(),
            entity_name: e.name.clone(),
            entity_kind: e.kind,
            matched_name,
            entity_countries: e.countries.clone(),
            explanation,
        }
    }
}

fn token_skel(t: &Token) -> u64 {
    if t.class == TokenClass::Word && t.canon.len() >= 4 {
        skeleton_hash(&t.canon, hash_str)
    } else {
        0
    }
}

/// Factors that depend only on the alignment: word order and generic-only matches.
fn plain_factors(
    al: &Alignment,
    l: &[TokView],
    generic_weight: f32,
    _unused: Option<()>,
) -> (f32, Vec<Factor>) {
    let mut score = al.score();
    let mut factors = Vec::new();
    if al.reordered {
        let before = score;
        score *= 0.97;
        factors.push(Factor::WordOrder {
            delta: round3(score - before),
        });
    }
    // Only generic words (or legal forms) matched, while the list name has rarer ones: a much
    // weaker signal than the ratio says.
    let has_distinctive = l
        .iter()
        .any(|t| t.class == TokenClass::Word && t.weight > generic_weight);
    if al.distinctive_matched <= 0.0 && has_distinctive {
        let before = score;
        score *= 0.8;
        factors.push(Factor::ShortName {
            delta: round3(score - before),
        });
    }
    // The only distinctive evidence is a misspelt word: a real, different company with a similar
    // name ("Radian" / "Radiant") is as likely as a typo.
    if al.distinctive_matched > 0.0 && al.distinctive_certain <= 0.0 {
        let before = score;
        score *= TYPO_ONLY_FACTOR;
        factors.push(Factor::TypoOnly {
            delta: round3(score - before),
        });
    }
    (score, factors)
}

/// Buffers reused from one scored candidate to the next within a supplier row: the list name's
/// token views and the aligner's candidate pairs (two allocations per candidate otherwise).
#[derive(Default)]
struct ScoreBuf<'s> {
    views: Vec<TokView<'s>>,
    pairs: Vec<crate::score::Pair>,
    /// Pair vectors of alignments that were dropped (below the threshold, or not the entity's
    /// best), handed to the next alignment instead of allocating one per candidate.
    spare: Vec<Vec<crate::score::Pair>>,
}

impl ScoreBuf<'_> {
    fn recycle(&mut self, s: Scored) {
        self.spare.push(s.alignment.pairs);
    }
}

/// Per-thread candidate accumulators, one slot per indexed name, reused across supplier rows so
/// that screening a row allocates no hash map (wasm has one thread; the CLI screens on one).
#[derive(Default)]
struct Scratch {
    /// (estimated matched weight, supplier-token bits already counted) per indexed name.
    acc: Vec<(f32, u64)>,
    /// Names whose slot is in use.
    touched: Vec<u32>,
    /// The names passing the estimate, before the best are kept. A row can touch thousands of
    /// names, and a fresh buffer that large per row costs more in the allocator than the ranking.
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

/// A differing country costs this much plus a quarter of the gap to 1.
const COUNTRY_DIFFERS_BASE: f32 = 0.03;

/// See [`Factor::TypoOnly`].
const TYPO_ONLY_FACTOR: f32 = 0.93;

/// Scores two names without any list: every word weighs the same except legal forms and noise
/// words. Prefer [`Screener::score_pair`], which knows which words are generic.
pub fn score_pair(a: &str, b: &str) -> f64 {
    let (ta, tb) = (normalize(a), normalize(b));
    let view = |t: &[Token]| -> Vec<(u64, Token)> {
        t.iter().map(|x| (token_skel(x), x.clone())).collect()
    };
    let (oa, ob) = (view(&ta), view(&tb));
    fn mk(v: &(u64, Token)) -> TokView<'_> {
        let t = &v.1;
        TokView::new(
            u32::MAX,
            &t.canon,
            &t.surface,
            v.0,
            t.class,
            t.derivation,
            1.0,
        )
    }
    let va: Vec<TokView> = oa.iter().map(mk).collect();
    let vb: Vec<TokView> = ob.iter().map(mk).collect();
    let al = align(&va, &vb, 0.5);
    round3(plain_factors(&al, &vb, 0.5, None).0)
}

#[cfg(test)]
#[path = "screen_tests.rs"]
mod tests;
