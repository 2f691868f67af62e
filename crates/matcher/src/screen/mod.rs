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
//! explanation: word order (x0.97), a weak alias (x0.95), a person, vessel or aircraft on the list
//! (supplier files list companies: x0.92 when every word of the listed name matched, x0.7
//! otherwise), a match on generic words only (x0.8), and country (agree: +15% of the gap to 1; differ: -0.03 and -25% of the gap;
//! capped so a name score of 0.95 or more stays above the default threshold).
//!
//! **Threshold**: [`DEFAULT_THRESHOLD`] = 0.75. Scores of true variants (typo, abbreviation, legal
//! form, dropped generic word, noise) land at 0.75-1.0; a sister name that shares only generic words
//! lands near 0.5; one unmatched distinctive word against two matched ones gives about 0.7. The value
//! sits at the top of the plateau of the `eval` threshold sweep on the dev set (best F1; no real
//! unlisted company flagged) and, on the bench's 10,000 generated rows, trades 16 more flagged
//! unlisted companies (0.8% -> 1.2%) for 25 more listed names found (recall 0.980 -> 0.985) against
//! 0.78: a missed listed supplier costs more than a review. Figures: `crates/matcher/README.md`.

mod candidates;
mod factors;
mod ids;

use crate::explain::{describe, Explanation, Factor};
use crate::index::{hash_str, Index};
use crate::normalize::{
    is_vocabulary_word, normalize, primary_readings, skeleton_hash, Token, TokenClass,
};
use crate::score::{align, round3, Alignment, TokView};
use factors::{plain_factors, ScoreBuf, WordScore};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use supplyscreen_lists::model::{EntityKind, ListCode, ListSet};
use supplyscreen_vocab::country::country_code;

/// The score at and above which a candidate is reported as a hit. See the module note.
pub const DEFAULT_THRESHOLD: f64 = 0.75;
/// How many hits per supplier are reported by default.
pub const DEFAULT_TOP_K: usize = 5;
/// How many candidate names per supplier go to the precise scorer.
const CANDIDATES_SCORED: usize = 12;
/// Scores are compared with a threshold with this much slack, so a score printed as 0.750 passes a
/// threshold of 0.75 whatever rounding came before.
const SCORE_EPSILON: f64 = 1e-9;
/// Without lists there are no word frequencies: every word weighs 1, and this is the weight at or
/// below which a word counts as generic ([`score_pair`]).
const LISTLESS_GENERIC_WEIGHT: f32 = 0.5;

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

impl Hit {
    /// Whether this hit is reported at `threshold`: the one comparison the CLI, the page's slider,
    /// the exports and the evaluation all use.
    pub fn passes(&self, threshold: f64) -> bool {
        self.score + SCORE_EPSILON >= threshold
    }
}

/// The index over a [`ListSet`] plus the scorer. Build once, screen many.
pub struct Screener<'a> {
    set: &'a ListSet,
    index: Index,
    /// Listed registration numbers ([`Screener::add_identifier_hits`]).
    ids: ids::IdIndex,
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
            ids: ids::IdIndex::build(set),
        }
    }

    /// Approximate heap memory of the index, in bytes.
    pub fn index_bytes(&self) -> usize {
        self.index.heap_bytes()
    }

    /// Number of listed registration numbers indexed.
    pub fn identifiers_indexed(&self) -> usize {
        self.ids.len()
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
        let mut buf = ScoreBuf::take();
        // A candidate written the same as a later one (one token range: the same name on two
        // lists, an alias differing only in punctuation) keeps its word score for it.
        let range = |r: u32| {
            let x = &self.index.records[r as usize];
            (x.tok_start, x.tok_len)
        };
        let mut kept: Vec<((u32, u8), Option<WordScore>)> = Vec::new();
        for (i, &rec) in cands.iter().enumerate() {
            let key = range(rec);
            let words = match kept.iter().find(|k| k.0 == key) {
                Some(k) => k.1.clone(),
                None => {
                    let words = self.score_words(&views, rec, &mut buf);
                    // (The exhaustive scorer's every listed name would make this quadratic.)
                    if !exhaustive && cands[i + 1..].iter().any(|&o| range(o) == key) {
                        kept.push((key, words.clone()));
                    }
                    words
                }
            };
            let Some(words) = words else {
                continue;
            };
            let sc = self.score_listing(rec, words, country);
            if f64::from(sc.score) + SCORE_EPSILON < opts.threshold {
                buf.recycle(sc);
                continue;
            }
            // One hit per entity: its best-scoring name, and of equally good names the first
            // listed (the primary name before its aliases), whatever order the candidates came in.
            let ent = self.index.records[rec as usize].entity;
            match best.get(&ent) {
                Some(b) if b.score > sc.score || (b.score == sc.score && b.record < sc.record) => {
                    buf.recycle(sc)
                }
                _ => {
                    if let Some(old) = best.insert(ent, sc) {
                        buf.recycle(old);
                    }
                }
            }
        }
        buf.give_back();
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
        let (ta, tb) = (normalize(a), primary_readings(normalize(b)));
        let sa: Vec<u64> = ta.iter().map(token_skel).collect();
        let sb: Vec<u64> = tb.iter().map(token_skel).collect();
        let va = self.index.query_views(&ta, &sa);
        let mut vb = self.index.query_views(&tb, &sb);
        // The second name plays the listed name.
        for v in &mut vb {
            v.plain = false;
            v.own_word = v.class == TokenClass::Word
                && if v.canon_id == u32::MAX {
                    !is_vocabulary_word(v.canon)
                } else {
                    self.index.own_word[v.canon_id as usize]
                };
        }
        let al = align(&va, &vb, self.index.generic_weight);
        f64::from(plain_factors(&al, &va, &vb, self.index.generic_weight).0)
    }

    fn hit(&self, views: &[TokView], s: Scored) -> Hit {
        let idx = &self.index;
        let r = idx.records[s.record as usize];
        let e = &self.set.entities[r.entity as usize];
        let alias = (r.name_idx != 0).then(|| &e.aliases[r.name_idx as usize - 1]);
        let matched_name = alias.map_or_else(|| e.name.clone(), |a| a.name.clone());
        let lv = idx.record_views(&r);
        let al = &s.alignment;
        let explanation = Explanation {
            list: e.list,
            entity_id: e.id.clone(),
            entity_name: e.name.clone(),
            matched_alias: alias.is_some(),
            matched_name: matched_name.clone(),
            alias_source: alias.and_then(|a| a.source.clone()),
            identifier: None,
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

/// Scores two names without any list: every word weighs the same except legal forms and noise
/// words. Prefer [`Screener::score_pair`], which knows which words are generic.
pub fn score_pair(a: &str, b: &str) -> f64 {
    let (ta, tb) = (normalize(a), primary_readings(normalize(b)));
    let view = |t: &[Token]| -> Vec<(u64, Token)> {
        t.iter().map(|x| (token_skel(x), x.clone())).collect()
    };
    let (oa, ob) = (view(&ta), view(&tb));
    fn mk(v: &(u64, Token)) -> TokView<'_> {
        let t = &v.1;
        let mut tv = TokView::new(
            u32::MAX,
            &t.canon,
            &t.surface,
            v.0,
            t.class,
            t.derivation,
            1.0,
        );
        tv.group = t.group;
        tv.option = t.option;
        tv.segment = &t.segment;
        tv
    }
    let va: Vec<TokView> = oa.iter().map(mk).collect();
    let mut vb: Vec<TokView> = ob.iter().map(mk).collect();
    for v in &mut vb {
        v.own_word = v.class == TokenClass::Word && !is_vocabulary_word(v.canon);
    }
    let al = align(&va, &vb, LISTLESS_GENERIC_WEIGHT);
    round3(plain_factors(&al, &va, &vb, LISTLESS_GENERIC_WEIGHT).0)
}

#[cfg(test)]
mod tests;
