//! Product and place risk signals: what a supplier *makes* and *where*, as opposed to *who* it is.
//!
//! A name match says "this supplier may be a listed party". A risk signal says "this kind of product
//! from this country or place is on a US list": the DOL/ILAB List of Goods Produced by Child Labor or
//! Forced Labor, a CBP Withhold Release Order or Finding on that merchandise from that country, or an
//! address in Xinjiang (UFLPA rebuttable presumption). Signals are never presented as list matches:
//! they tell the user where to look harder, and say so in their text.
//!
//! * Products are compared word by word, plural-insensitive, with a small documented synonym table
//!   (see [`words`]); generic words ("products", "goods") never match alone.
//! * Countries are compared through the matcher's canonicaliser ([`supplyscreen_vocab::country`]) extended with
//!   the ILAB/CBP countries it does not name; Greater China (CN/HK/MO) counts as one country, as in
//!   the matcher, because Hong Kong traders ship mainland goods.
//! * Xinjiang places are found in English, pinyin and Chinese (see [`place`]), and in a Chinese
//!   supplier's registration number ([`registration_signal`]: characters 3-8 of a USCC).

mod address;
mod place;
mod sectors;
mod text;
mod words;

#[cfg(any(test, feature = "test-support"))]
pub mod sample;
#[cfg(test)]
mod tests;

use place::{xinjiang_places, PlaceHit};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use supplyscreen_lists::model::{EntityKind, GoodsRisk, ListCode, ListSet};
use supplyscreen_vocab::country::{country_key, related};
use supplyscreen_vocab::ids::{uscc_division, Checked, Division, Scheme};
use words::{concepts, contains_phrase, is_generic, Found, CONCEPTS};

pub use text::{Field, RiskText, SectorScope, SectorWhy, Why};

/// What a signal is about.
///
/// Variant order is part of the bincode encoding between worker and page: append, never reorder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RiskKind {
    /// ILAB: the good, from the supplier's country, is produced with child labour.
    ChildLabourGood,
    /// ILAB: ... with forced labour.
    ForcedLabourGood,
    /// ILAB: ... with forced child labour.
    ForcedChildLabourGood,
    /// An active CBP WRO or Finding covers this merchandise from the supplier's country.
    WroMerchandise,
    /// The address (or name, or country column) names a place in Xinjiang.
    XinjiangAddress,
    /// ILAB: the good is listed because an input to it is produced with child or forced labour
    /// (e.g. solar modules, through polysilicon).
    DerivedLabourGood,
    /// The supplier's USCC says it is registered in Xinjiang.
    XinjiangRegistration,
    /// The supplier's address is an address a list gives for a listed party.
    ListedAddress,
    /// The product (by its words or HS code) is in a UFLPA high-priority sector, from China.
    PrioritySector,
}

impl RiskKind {
    /// A short label for badges and CSV cells.
    pub fn label(self) -> &'static str {
        match self {
            RiskKind::ChildLabourGood => "Child labour good",
            RiskKind::ForcedLabourGood => "Forced labour good",
            RiskKind::ForcedChildLabourGood => "Forced child labour good",
            RiskKind::WroMerchandise => "CBP WRO merchandise",
            RiskKind::XinjiangAddress => "Xinjiang location",
            RiskKind::DerivedLabourGood => "Input-derived labour risk",
            RiskKind::XinjiangRegistration => "Registered in Xinjiang",
            RiskKind::ListedAddress => "Listed address",
            RiskKind::PrioritySector => "UFLPA priority sector",
        }
    }

    /// Display order: strongest first.
    fn rank(self) -> u8 {
        match self {
            RiskKind::ListedAddress => 0,
            RiskKind::XinjiangRegistration | RiskKind::XinjiangAddress => 1,
            RiskKind::WroMerchandise => 2,
            RiskKind::ForcedChildLabourGood => 3,
            RiskKind::ForcedLabourGood => 4,
            RiskKind::ChildLabourGood => 5,
            RiskKind::DerivedLabourGood => 6,
            RiskKind::PrioritySector => 7,
        }
    }
}

/// One product or place risk signal for a supplier. Not a list match.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RiskSignal {
    pub kind: RiskKind,
    /// The list the signal comes from: `DolIlab`, `CbpWro`, or `DhsUflpa` for Xinjiang places.
    pub list: ListCode,
    /// The facts the signal's sentences are made of (see [`RiskSignal::title`] and
    /// [`RiskSignal::detail`] for the English).
    pub text: RiskText,
    /// The ILAB good name, the CBP entity id(s) (comma-separated), or the place as written.
    pub source_ref: String,
}

/// The place signal of a supplier's registration number: a valid USCC whose registration
/// authority is in Xinjiang (`None` for any other number).
pub fn registration_signal(id: &Checked) -> Option<RiskSignal> {
    let Checked::Valid(id) = id else {
        return None;
    };
    if id.scheme != Scheme::CnUscc {
        return None;
    }
    let d = uscc_division(&id.value).filter(Division::in_xinjiang)?;
    Some(RiskSignal {
        kind: RiskKind::XinjiangRegistration,
        list: ListCode::DhsUflpa,
        source_ref: id.value.clone(),
        text: RiskText::Registered {
            uscc: id.value.clone(),
            division: d.code.clone(),
            place: d.place().to_string(),
        },
    })
}

/// One ILAB good x country row, prepared for matching.
#[derive(Debug, Clone)]
struct GoodEntry {
    row: GoodsRisk,
    country: Option<String>,
    /// Lower-case name without its parenthetical: the key the synonym table uses.
    head: String,
    /// The good's own names as word sequences ("Brazil Nuts/Chestnuts" -> two phrases).
    phrases: Vec<Vec<String>>,
}

/// One CBP order (or several orders with the same party and merchandise), prepared for matching.
#[derive(Debug, Clone)]
struct WroEntry {
    ids: Vec<String>,
    name: String,
    /// "WRO" or "Finding".
    order_type: String,
    country: Option<String>,
    country_written: String,
    merchandise: String,
    words: Vec<String>,
    families: Vec<&'static str>,
    status: String,
    effective_date: Option<String>,
    region_wide: bool,
    vessel: bool,
}

/// The goods and orders of a [`ListSet`], ready to assess suppliers. Build once per bundle.
#[derive(Debug, Clone)]
pub struct RiskIndex {
    goods: Vec<GoodEntry>,
    /// Indices into `goods` by [`country_group`] of their country.
    goods_by_country: HashMap<String, Vec<usize>>,
    wros: Vec<WroEntry>,
    addresses: address::AddressIndex,
    /// (list, id, name) of every entity, for naming the party of a listed address.
    parties: Vec<(ListCode, String, String)>,
    /// The UFLPA high-priority sectors (compiled in, not from the bundle).
    sectors: sectors::SectorIndex,
}

/// The fields of one supplier that risk signals read; any may be missing.
#[derive(Debug, Clone, Copy, Default)]
pub struct Supplier<'a> {
    pub name: Option<&'a str>,
    pub country: Option<&'a str>,
    pub address: Option<&'a str>,
    pub product: Option<&'a str>,
    /// The HS (tariff) code cell: one code or several.
    pub hs: Option<&'a str>,
    /// The supplier's registration number is a valid Chinese USCC, so it is registered in China
    /// whatever its country column says (or when it says nothing).
    pub registered_in_china: bool,
}

/// Parentheticals in ILAB good names that are categories, not other names of the good: "Tilapia
/// (fish)" must not match every fish, "Furniture (steel)" every steel product.
const PAREN_CATEGORIES: &[&str] = &[
    "fish",
    "gems",
    "textiles",
    "mineral",
    "stimulant plant",
    "legumes",
    "clay",
    "crushed",
    "steel",
    "hand-woven",
    "hybrid",
    "pome and stone",
    "green beans",
    "green, soy, yellow",
];

fn good_phrases(name: &str) -> (String, Vec<Vec<String>>) {
    let (head, paren) = match name.split_once('(') {
        Some((h, rest)) => (h.trim(), Some(rest.trim_end_matches(')').trim())),
        None => (name.trim(), None),
    };
    let mut alternatives: Vec<&str> = head.split('/').collect();
    if let Some(p) = paren.filter(|p| !PAREN_CATEGORIES.contains(&p.to_lowercase().as_str())) {
        alternatives.push(p);
    }
    let phrases = alternatives
        .into_iter()
        .map(words::words)
        .filter(|w| w.iter().any(|x| !is_generic(x)))
        .collect();
    (head.to_lowercase(), phrases)
}

/// An order is in force unless CBP marks it inactive, revoked or (fully) modified.
fn in_force(status: &str) -> bool {
    let s = status.to_ascii_lowercase();
    s.is_empty() || s.starts_with("active") || s.contains("partially")
}

fn is_iso(key: &str) -> bool {
    key.len() == 2 && key.bytes().all(|b| b.is_ascii_uppercase())
}

/// The supplier's country key from the country column, trying each comma-separated part when the
/// whole does not resolve ("Xinjiang, China"), then the last parts of the address.
fn supplier_country(country: Option<&str>, address: Option<&str>) -> Option<String> {
    let parts = |s: &str| -> Option<String> {
        s.rsplit([',', ';', '/', '\n'])
            .filter_map(country_key)
            .find(|k| is_iso(k))
    };
    if let Some(c) = country.filter(|c| !c.trim().is_empty()) {
        let whole = country_key(c);
        if whole.as_deref().is_some_and(is_iso) {
            return whole;
        }
        if let Some(k) = parts(c) {
            return Some(k);
        }
        if whole.is_some() {
            return whole;
        }
    }
    address.and_then(|a| {
        a.rsplit([',', '\n'])
            .take(2)
            .filter_map(country_key)
            .find(|k| is_iso(k))
    })
}

fn same_country(a: &str, b: &str) -> bool {
    a == b || (is_iso(a) && is_iso(b) && related(a, b))
}

/// One key per group of countries [`same_country`] treats as one (Greater China -> CN).
fn country_group(key: &str) -> &str {
    if is_iso(key) && related(key, "CN") {
        "CN"
    } else {
        key
    }
}

impl RiskIndex {
    /// Prepares `set.goods` (DOL/ILAB) and the CBP WRO/Finding entities for matching.
    pub fn new(set: &ListSet) -> RiskIndex {
        let goods: Vec<GoodEntry> = set
            .goods
            .iter()
            .map(|g| {
                let (head, phrases) = good_phrases(&g.good);
                GoodEntry {
                    row: g.clone(),
                    country: country_key(&g.country),
                    head,
                    phrases,
                }
            })
            .collect();
        let mut wros: Vec<WroEntry> = Vec::new();
        for e in set.entities.iter().filter(|e| e.list == ListCode::CbpWro) {
            let status = e.status.clone().unwrap_or_default();
            let merchandise = e.merchandise.clone().unwrap_or_default();
            if !in_force(&status) || merchandise.trim().is_empty() {
                continue;
            }
            let vessel = e.kind == EntityKind::Vessel
                || e.countries
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case("fishing vessels"));
            let country_written = e
                .countries
                .iter()
                .find(|c| !c.eq_ignore_ascii_case("fishing vessels"))
                .cloned()
                .unwrap_or_default();
            let hay = words::words(&merchandise);
            let mut ws: Vec<String> = hay
                .iter()
                .filter(|w| !is_generic(w) && w.len() >= 3)
                .cloned()
                .collect();
            ws.dedup();
            let mut families: Vec<&'static str> = concepts(&hay)
                .iter()
                .map(|f| CONCEPTS[f.concept].family)
                .collect();
            families.dedup();
            let order_type = e.programs.first().cloned().unwrap_or_else(|| "WRO".into());
            // The same party and merchandise ordered twice (a WRO, then a Finding or a re-issue) is
            // one signal citing both ids.
            if let Some(w) = wros.iter_mut().find(|w| {
                w.name == e.name
                    && w.merchandise == merchandise
                    && w.country_written == country_written
            }) {
                w.ids.push(e.id.clone());
                if w.order_type != order_type {
                    w.order_type = format!("{} and {}", w.order_type, order_type);
                }
                continue;
            }
            wros.push(WroEntry {
                ids: vec![e.id.clone()],
                name: e.name.clone(),
                order_type,
                country: country_key(&country_written),
                country_written,
                merchandise,
                words: ws,
                families,
                status: if status.is_empty() {
                    "status not given".into()
                } else {
                    status
                },
                effective_date: e.effective_date.clone(),
                region_wide: e.kind == EntityKind::RegionWideOrder,
                vessel,
            });
        }
        let mut goods_by_country: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, g) in goods.iter().enumerate() {
            if let Some(k) = g.country.as_deref() {
                goods_by_country
                    .entry(country_group(k).to_string())
                    .or_default()
                    .push(i);
            }
        }
        RiskIndex {
            goods,
            goods_by_country,
            wros,
            addresses: address::AddressIndex::new(set),
            parties: set
                .entities
                .iter()
                .map(|e| (e.list, e.id.clone(), e.name.clone()))
                .collect(),
            sectors: sectors::SectorIndex::new(),
        }
    }

    /// Number of UFLPA high-priority sector rows (product groups) and sectors the index holds.
    pub fn sector_counts(&self) -> (usize, usize) {
        self.sectors.counts()
    }

    /// Number of ILAB goods x country rows and CBP orders in force that the index holds.
    pub fn counts(&self) -> (usize, usize) {
        (self.goods.len(), self.wros.len())
    }

    /// Signals for one supplier from its country (ISO code, name or variant), address and product
    /// text. Any of them may be missing; signals come strongest first.
    pub fn assess(
        &self,
        country: Option<&str>,
        address: Option<&str>,
        product: Option<&str>,
    ) -> Vec<RiskSignal> {
        self.assess_supplier(None, country, address, product)
    }

    /// [`RiskIndex::assess`], also looking for Xinjiang places in the supplier's name ("Xinjiang
    /// Zhongtai Chemical", "Hetian Taida Apparel").
    pub fn assess_supplier(
        &self,
        name: Option<&str>,
        country: Option<&str>,
        address: Option<&str>,
        product: Option<&str>,
    ) -> Vec<RiskSignal> {
        self.assess_row(&Supplier {
            name,
            country,
            address,
            product,
            ..Supplier::default()
        })
    }

    /// Every signal of one supplier: [`RiskIndex::assess_supplier`], plus the UFLPA high-priority
    /// sectors of its product text and HS codes when it is in China.
    pub fn assess_row(&self, supplier: &Supplier) -> Vec<RiskSignal> {
        fn nonempty(s: Option<&str>) -> Option<&str> {
            s.map(str::trim).filter(|s| !s.is_empty())
        }
        let (name, country, address, product, hs) = (
            nonempty(supplier.name),
            nonempty(supplier.country),
            nonempty(supplier.address),
            nonempty(supplier.product),
            nonempty(supplier.hs),
        );
        let mut key = supplier_country(country, address);
        let iso = key.clone().filter(|k| is_iso(k));
        let iso = iso.as_deref();
        let mut out = Vec::new();
        let fields = [
            (Field::Address, address, false),
            (Field::Name, name, false),
            (Field::Country, country, false),
            (Field::Product, product, true),
        ];
        if let Some(a) = address {
            for hit in self.addresses.find(a) {
                let (list, id, name) = &self.parties[hit.entity];
                out.push(RiskSignal {
                    kind: RiskKind::ListedAddress,
                    list: *list,
                    source_ref: id.clone(),
                    text: RiskText::ListedAddress {
                        entity_id: id.clone(),
                        entity_name: name.clone(),
                        listed: hit.address,
                        written: a.to_string(),
                    },
                });
            }
        }
        for (field, text, region_only) in fields {
            let Some(text) = text else { continue };
            let mut hits = xinjiang_places(text, iso);
            if region_only {
                hits.retain(|h| h.place == "Xinjiang");
            }
            if !hits.is_empty() {
                out.push(xinjiang_signal(field, &hits));
            }
        }
        // A Xinjiang place, or a Chinese registration number, says the supplier is in China when
        // its country column does not.
        let in_china =
            supplier.registered_in_china || out.iter().any(|s| s.kind == RiskKind::XinjiangAddress);
        if key.as_deref().is_none_or(|k| !is_iso(k)) && in_china {
            key = Some("CN".into());
        }
        if key.as_deref().is_some_and(|k| country_group(k) == "CN") {
            for h in self.sectors.assess(product, hs) {
                out.push(RiskSignal {
                    kind: RiskKind::PrioritySector,
                    list: ListCode::DhsUflpa,
                    source_ref: format!("{}/{}", h.sector, h.subsector),
                    text: RiskText::Sector {
                        sector: h.sector,
                        wording: h.wording,
                        named_in: h.named_in,
                        url: h.url,
                        scope: h.scope,
                        why: h.why,
                    },
                });
            }
        }
        if let Some(product) = product {
            let hay = words::words(product);
            let found = concepts(&hay);
            if let Some(k) = key.as_deref() {
                self.goods_signals(k, product, &hay, &found, &mut out);
            }
            self.wro_signals(key.as_deref(), product, &hay, &found, &mut out);
        }
        out.sort_by_cached_key(|s| (s.kind.rank(), s.title()));
        out
    }

    fn goods_signals(
        &self,
        key: &str,
        product: &str,
        hay: &[String],
        found: &[Found],
        out: &mut Vec<RiskSignal>,
    ) {
        let same = self.goods_by_country.get(country_group(key));
        for g in same.into_iter().flatten().map(|&i| &self.goods[i]) {
            let why = if let Some(p) = g.phrases.iter().find(|p| contains_phrase(hay, p)) {
                Why::Names {
                    product: product.to_string(),
                    phrase: p.join(" "),
                }
            } else if let Some(f) = found
                .iter()
                .find(|f| CONCEPTS[f.concept].goods.contains(&g.head.as_str()))
            {
                Why::FiledUnder {
                    product: product.to_string(),
                    word: f.word.to_string(),
                    good: g.row.good.clone(),
                }
            } else {
                continue;
            };
            let r = &g.row;
            let kinds = [
                (r.child_labor, RiskKind::ChildLabourGood),
                (r.forced_labor, RiskKind::ForcedLabourGood),
                (r.forced_child_labor, RiskKind::ForcedChildLabourGood),
                (r.derived_labor_exploitation, RiskKind::DerivedLabourGood),
            ];
            for (_, kind) in kinds.into_iter().filter(|(on, _)| *on) {
                let input_country = (kind == RiskKind::DerivedLabourGood)
                    .then(|| r.derived_from_country.clone())
                    .flatten();
                out.push(RiskSignal {
                    kind,
                    list: ListCode::DolIlab,
                    text: RiskText::Good {
                        good: r.good.clone(),
                        country: r.country.clone(),
                        input_country,
                        why: why.clone(),
                    },
                    source_ref: r.good.clone(),
                });
            }
        }
    }

    fn wro_signals(
        &self,
        key: Option<&str>,
        product: &str,
        hay: &[String],
        found: &[Found],
        out: &mut Vec<RiskSignal>,
    ) {
        let why = |w: &WroEntry| -> Option<Why> {
            if let Some(word) = w.words.iter().find(|x| hay.contains(x)) {
                return Some(Why::Shares {
                    product: product.to_string(),
                    word: word.clone(),
                });
            }
            let f = found
                .iter()
                .find(|f| w.families.contains(&CONCEPTS[f.concept].family))?;
            Some(Why::FallsUnder {
                product: product.to_string(),
                word: f.word.to_string(),
                family: CONCEPTS[f.concept].family.to_string(),
            })
        };
        let mut vessels: Vec<(&WroEntry, Why)> = Vec::new();
        for w in &self.wros {
            if w.vessel {
                if let Some(reason) = why(w) {
                    vessels.push((w, reason));
                }
                continue;
            }
            let (Some(k), Some(wk)) = (key, w.country.as_deref()) else {
                continue;
            };
            if !same_country(k, wk) {
                continue;
            }
            let Some(reason) = why(w) else { continue };
            out.push(RiskSignal {
                kind: RiskKind::WroMerchandise,
                list: ListCode::CbpWro,
                text: RiskText::Wro {
                    order_type: w.order_type.clone(),
                    name: w.name.clone(),
                    merchandise: w.merchandise.clone(),
                    country: w.country_written.clone(),
                    status: w.status.clone(),
                    effective: w.effective_date.clone(),
                    region_wide: w.region_wide,
                    why: reason,
                },
                source_ref: w.ids.join(","),
            });
        }
        if !vessels.is_empty() {
            let ids: Vec<&str> = vessels
                .iter()
                .flat_map(|(w, _)| w.ids.iter().map(String::as_str))
                .collect();
            let mut merchandise: Vec<String> =
                vessels.iter().map(|(w, _)| w.merchandise.clone()).collect();
            merchandise.sort_unstable();
            merchandise.dedup();
            out.push(RiskSignal {
                kind: RiskKind::WroMerchandise,
                list: ListCode::CbpWro,
                text: RiskText::Vessels {
                    merchandise,
                    names: vessels.iter().map(|(w, _)| w.name.clone()).collect(),
                    why: vessels[0].1.clone(),
                },
                source_ref: ids.join(","),
            });
        }
    }
}

fn xinjiang_signal(field: Field, hits: &[PlaceHit]) -> RiskSignal {
    let written: Vec<String> = hits.iter().map(|h| h.written.clone()).collect();
    RiskSignal {
        kind: RiskKind::XinjiangAddress,
        list: ListCode::DhsUflpa,
        source_ref: written.join(", "),
        text: RiskText::Xinjiang {
            field,
            places: hits.iter().map(|h| h.place.to_string()).collect(),
            written,
        },
    }
}
