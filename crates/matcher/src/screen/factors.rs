//! The precise score of one candidate name and the factors that move it, each a named constant and
//! each shown in the explanation.

use super::{Scored, Screener, DEFAULT_THRESHOLD};
use crate::explain::Factor;
use crate::normalize::TokenClass;
use crate::score::{align_with, round3, Alignment, Pair, TokView};
use supplyscreen_lists::model::EntityKind;
use supplyscreen_vocab::country::related;
use supplyscreen_vocab::legal::is_form_word;

/// The matched words stand in another order on the two sides ([`Factor::WordOrder`]).
pub(crate) const WORD_ORDER_FACTOR: f32 = 0.97;
/// The name matched is one of OFAC's weak a.k.a.s ([`Factor::WeakAlias`]).
const WEAK_ALIAS_FACTOR: f32 = 0.95;
/// The listed party is not a company, and every word of its name matched: supplier files list
/// companies. Persons ([`Factor::PersonName`]) and vessels or aircraft ([`Factor::Craft`]) alike:
/// OFAC lists ships by name (DOVER, TRITON, NOAH, BLACKSTONE), and a company named like one
/// ("Triton International Ltd") is not the ship; the ship's owner or operator is listed on its own.
const NOT_A_COMPANY_ALL_WORDS_FACTOR: f32 = 0.92;
/// The listed party is not a company and some word of its name did not match.
const NOT_A_COMPANY_SOME_WORDS_FACTOR: f32 = 0.7;
/// Only generic words (or legal forms) matched while the list name has rarer ones
/// ([`Factor::ShortName`]).
pub(crate) const GENERIC_ONLY_FACTOR: f32 = 0.8;
/// The countries agree ([`Factor::CountryAgrees`]): the score gains this share of its gap to 1.
const COUNTRY_AGREES_GAP_SHARE: f32 = 0.15;
/// A differing country costs this much plus [`COUNTRY_DIFFERS_GAP_SHARE`] of the gap to 1
/// ([`Factor::CountryDiffers`])...
const COUNTRY_DIFFERS_BASE: f32 = 0.03;
const COUNTRY_DIFFERS_GAP_SHARE: f32 = 0.25;
/// ... but a name score of at least this stays this far above the default threshold: a near-exact
/// name with a wrong country is still worth a look.
const COUNTRY_DIFFERS_KEEP_FROM: f32 = 0.95;
const COUNTRY_DIFFERS_KEEP_MARGIN: f32 = 0.05;
/// See [`Factor::TypoOnly`].
pub(crate) const TYPO_ONLY_FACTOR: f32 = 0.93;

impl<'a> Screener<'a> {
    /// What the words of listed name `rec` give against the supplier's: the alignment and the
    /// score after the factors that depend on the words alone (`None`: no word corresponds).
    /// Names that share a token range ([`crate::index::Record::tok_start`]) give the same.
    pub(super) fn score_words<'s>(
        &'s self,
        views: &[TokView],
        rec: u32,
        buf: &mut ScoreBuf<'s>,
    ) -> Option<WordScore> {
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
        let spare = buf.spare_factors.pop().unwrap_or_default();
        let (score, factors) = plain_factors_into(&al, views, lv, idx.generic_weight, spare);
        Some(WordScore {
            alignment: al,
            score,
            factors,
        })
    }

    /// [`Screener::score_words`] of `rec` finished with the factors of the listing itself: a weak
    /// alias, what kind of party is listed, and the country.
    pub(super) fn score_listing(
        &self,
        rec: u32,
        words: WordScore,
        country: Option<&str>,
    ) -> Scored {
        let idx = &self.index;
        let r = &idx.records[rec as usize];
        let WordScore {
            alignment: al,
            mut score,
            mut factors,
        } = words;
        let lv_len = r.tok_len as usize;
        let name_score = al.score();
        if r.weak_alias {
            let before = score;
            score *= WEAK_ALIAS_FACTOR;
            factors.push(Factor::WeakAlias {
                delta: round3(score - before),
            });
        }
        let ent = r.entity as usize;
        let kind = idx.entity_kind[ent];
        if matches!(
            kind,
            EntityKind::Person | EntityKind::Vessel | EntityKind::Aircraft
        ) {
            let all = (0..lv_len).all(|j| al.l_used & (1u64 << j) != 0);
            let before = score;
            score *= if all {
                NOT_A_COMPANY_ALL_WORDS_FACTOR
            } else {
                NOT_A_COMPANY_SOME_WORDS_FACTOR
            };
            let delta = round3(score - before);
            factors.push(if kind == EntityKind::Person {
                Factor::PersonName { delta }
            } else {
                Factor::Craft { delta }
            });
        }
        if let Some(c) = country {
            let ecs = &idx.entity_countries[ent];
            if !ecs.is_empty() {
                let before = score;
                if ecs.iter().any(|e| related(e, c)) {
                    score += COUNTRY_AGREES_GAP_SHARE * (1.0 - score);
                    factors.push(Factor::CountryAgrees {
                        country: c.to_string(),
                        delta: round3(score - before),
                    });
                } else {
                    score -= COUNTRY_DIFFERS_BASE + COUNTRY_DIFFERS_GAP_SHARE * (1.0 - score);
                    if before >= COUNTRY_DIFFERS_KEEP_FROM {
                        score = score.max(DEFAULT_THRESHOLD as f32 + COUNTRY_DIFFERS_KEEP_MARGIN);
                    }
                    factors.push(Factor::CountryDiffers {
                        supplier_country: c.to_string(),
                        entity_countries: ecs.iter().map(|s| s.to_string()).collect(),
                        delta: round3(score - before),
                    });
                }
            }
        }
        Scored {
            record: rec,
            score: score.clamp(0.0, 1.0),
            name_score,
            factors,
            alignment: al,
        }
    }
}

/// [`Screener::score_words`]' answer.
#[derive(Clone)]
pub(super) struct WordScore {
    alignment: Alignment,
    score: f32,
    factors: Vec<Factor>,
}

/// Factors that depend only on the alignment: word order and generic-only matches.
pub(super) fn plain_factors(
    al: &Alignment,
    s: &[TokView],
    l: &[TokView],
    generic_weight: f32,
) -> (f32, Vec<Factor>) {
    plain_factors_into(al, s, l, generic_weight, Vec::new())
}

/// [`plain_factors`] into a vector (emptied here) recycled from a dropped candidate.
fn plain_factors_into(
    al: &Alignment,
    s: &[TokView],
    l: &[TokView],
    generic_weight: f32,
    mut factors: Vec<Factor>,
) -> (f32, Vec<Factor>) {
    let mut score = al.score();
    factors.clear();
    if al.reordered {
        let before = score;
        score *= WORD_ORDER_FACTOR;
        factors.push(Factor::WordOrder {
            delta: round3(score - before),
        });
    }
    // Only generic words (or legal forms) matched, while the list name has rarer ones, or while
    // the supplier's own rarer word found nothing ("Global Blue Group Holding" / "Global Holding
    // Group"): a much weaker signal than the ratio says.
    let has_distinctive = l
        .iter()
        .any(|t| t.class == TokenClass::Word && t.weight > generic_weight);
    // (A piece of a legal form written apart, "Limited (Private)", is not a word of the name.)
    let supplier_word_unmatched = || {
        s.iter().enumerate().any(|(i, t)| {
            (al.s_used | al.s_hidden) & (1u64 << i) == 0
                && t.class == TokenClass::Word
                && t.weight > generic_weight
                && !t.plain
                && !is_form_word(t.surface)
        })
    };
    if al.distinctive_matched <= 0.0 && (has_distinctive || supplier_word_unmatched()) {
        let before = score;
        score *= GENERIC_ONLY_FACTOR;
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
pub(super) struct ScoreBuf<'s> {
    views: Vec<TokView<'s>>,
    pairs: Vec<Pair>,
    /// Pair vectors of alignments that were dropped (below the threshold, or not the entity's
    /// best), handed to the next alignment instead of allocating one per candidate.
    spare: Vec<Vec<Pair>>,
    /// The same for the factor lists of dropped candidates.
    spare_factors: Vec<Vec<Factor>>,
}

thread_local! {
    /// The buffers of this thread's last supplier row, handed to its next ([`ScoreBuf::take`]).
    static LAST_ROW: std::cell::RefCell<ScoreBuf<'static>> =
        std::cell::RefCell::new(ScoreBuf::default());
}

impl<'s> ScoreBuf<'s> {
    /// This thread's buffers, as the last row left them (a row grows each of them a few times
    /// from empty otherwise).
    pub(super) fn take() -> ScoreBuf<'s> {
        LAST_ROW
            .with(|c| std::mem::take(&mut *c.borrow_mut()))
            .relabel()
    }

    /// Keeps the buffers for this thread's next row.
    pub(super) fn give_back(self) {
        let keep = self.relabel();
        LAST_ROW.with(|c| *c.borrow_mut() = keep);
    }

    /// The same buffers for views borrowing something else. The views are emptied, so nothing is
    /// converted: collecting an empty vector's iterator into a vector of a type of the same layout
    /// reuses its allocation.
    fn relabel<'b>(mut self) -> ScoreBuf<'b> {
        self.views.clear();
        ScoreBuf {
            views: self.views.into_iter().map(|_| unreachable!()).collect(),
            pairs: self.pairs,
            spare: self.spare,
            spare_factors: self.spare_factors,
        }
    }

    pub(super) fn recycle(&mut self, s: Scored) {
        self.spare.push(s.alignment.pairs);
        if s.factors.capacity() > 0 {
            self.spare_factors.push(s.factors);
        }
    }
}
