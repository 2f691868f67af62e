//! Hits by registration number: a supplier whose registration or tax number equals one a list
//! gives for an entity ([`supplyscreen_lists::model::Identifier`]) is a hit on that entity whatever
//! its name — the strongest evidence there is, so the hit scores 1.0 and its explanation says
//! "registration number matches".
//!
//! Equal means: the same normalised value (upper case, no separators), at least 5 characters, and
//! compatible schemes (the same, or one of them unchecked: a 10-digit number from a supplier row
//! without a country is not recognised as an INN but is still the listed INN). Numbers that are
//! unique worldwide by construction (USCC, LEI) match whatever countries the rows give; any other
//! number matches only when the two countries agree or one is unknown, since two countries' tax
//! numbers can coincide.

use super::{Hit, ScreenOptions, Screener};
use crate::explain::{Explanation, IdentifierMatch};
use rustc_hash::FxHashMap;
use supplyscreen_lists::model::{ListSet, Scheme};
use supplyscreen_vocab::country::country_code;
use supplyscreen_vocab::ids::Id;

/// Listed identifiers by value: (entity, identifier) positions.
#[derive(Default)]
pub(super) struct IdIndex {
    by_value: FxHashMap<Box<str>, Vec<(u32, u16)>>,
}

impl IdIndex {
    pub(super) fn build(set: &ListSet) -> IdIndex {
        let mut by_value: FxHashMap<Box<str>, Vec<(u32, u16)>> = FxHashMap::default();
        for (ei, e) in set.entities.iter().enumerate() {
            for (ii, id) in e.identifiers.iter().enumerate().take(u16::MAX as usize) {
                by_value
                    .entry(id.value.as_str().into())
                    .or_default()
                    .push((ei as u32, ii as u16));
            }
        }
        IdIndex { by_value }
    }

    pub(super) fn len(&self) -> usize {
        self.by_value.values().map(Vec::len).sum()
    }
}

fn schemes_agree(a: Scheme, b: Scheme) -> bool {
    a == b || a == Scheme::Other || b == Scheme::Other
}

impl Screener<'_> {
    /// Adds to `hits` the entities (on `opts.lists`) that list the supplier's number `id`. A name
    /// hit on the same entity becomes the identifier hit (score 1.0, its alignment kept); the
    /// identifier hits come first and are never cut by `opts.top_k`. `supplier_country` is the
    /// row's country as written.
    pub fn add_identifier_hits(
        &self,
        id: &Id,
        supplier_country: Option<&str>,
        opts: &ScreenOptions,
        hits: &mut Vec<Hit>,
    ) {
        if id.value.len() < 5 {
            return;
        }
        let Some(found) = self.ids.by_value.get(id.value.as_str()) else {
            return;
        };
        let supplier_cc = supplier_country.and_then(country_code);
        let mut n_id_hits = 0;
        for &(ei, ii) in found {
            let e = &self.set.entities[ei as usize];
            let listed = &e.identifiers[ii as usize];
            if opts.lists.as_ref().is_some_and(|l| !l.contains(&e.list)) {
                continue;
            }
            if !schemes_agree(id.scheme, listed.scheme) {
                continue;
            }
            let global = matches!(listed.scheme, Scheme::CnUscc | Scheme::Lei);
            let listed_cc = listed.country.as_deref().and_then(country_code);
            if !global && matches!((supplier_cc, listed_cc), (Some(a), Some(b)) if a != b) {
                continue;
            }
            let evidence = IdentifierMatch {
                scheme: listed.scheme,
                label: listed.label.clone(),
                value: listed.value.clone(),
                country: listed.country.clone(),
            };
            if let Some(h) = hits.iter_mut().find(|h| h.entity_id == e.id) {
                if h.explanation.identifier.is_none() {
                    h.score = 1.0;
                    h.explanation.identifier = Some(evidence);
                    n_id_hits += 1;
                }
                continue;
            }
            n_id_hits += 1;
            hits.push(Hit {
                score: 1.0,
                list: e.list,
                entity_id: e.id.clone(),
                entity_name: e.name.clone(),
                entity_kind: e.kind,
                matched_name: e.name.clone(),
                entity_countries: e.countries.clone(),
                explanation: Explanation {
                    list: e.list,
                    entity_id: e.id.clone(),
                    entity_name: e.name.clone(),
                    matched_name: e.name.clone(),
                    matched_alias: false,
                    alias_source: None,
                    identifier: Some(evidence),
                    name_score: 0.0,
                    alignment: Vec::new(),
                    factors: Vec::new(),
                },
            });
        }
        if n_id_hits == 0 {
            return;
        }
        // Identifier hits first (stable: the name order among the rest is kept).
        hits.sort_by(|a, b| {
            b.explanation
                .identifier
                .is_some()
                .cmp(&a.explanation.identifier.is_some())
                .then(b.score.total_cmp(&a.score))
        });
        let keep = opts.top_k.max(n_id_hits);
        hits.truncate(keep);
    }
}
