//! How the matcher's result types cross the page/worker codec ([`crate::codec`]: postcard).
//!
//! postcard is not self-describing: a value is its fields in order, with no names and no tags
//! beyond an enum's variant index. Two shapes the matcher gives its types for JSON (the CLI's
//! `--json`) cannot be read back from such a format:
//! - `Factor` is internally tagged (`{"factor": "word_order", "delta": ...}`), which serde reads
//!   by buffering the whole value first (`deserialize_any`);
//! - `Explanation` and `AlignedToken` leave empty fields out (`skip_serializing_if`), so the
//!   reader could not know which fields follow.
//!
//! So the protocol carries these types (and the two that contain them, `Hit` and `RowResult`)
//! through the mirrors below: serde's remote derive, with the same fields, every field always
//! written, `Factor` tagged by its variant index. The mirrors name every field, so a field added
//! to one of these types fails to compile here until it is added (the derive builds the struct).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use supplyscreen_engine::explain::{AlignKind, AlignedToken, Explanation, Factor, IdentifierMatch};
use supplyscreen_engine::model::{EntityKind, ListCode};
use supplyscreen_engine::risk::RiskSignal;
use supplyscreen_engine::rows::{IdCheck, IdWarning, RowResult};
use supplyscreen_engine::screen::Hit;

#[derive(Serialize, Deserialize)]
#[serde(remote = "Factor")]
enum FactorDef {
    CountryAgrees {
        country: String,
        delta: f64,
    },
    CountryDiffers {
        supplier_country: String,
        entity_countries: Vec<String>,
        delta: f64,
    },
    WordOrder {
        delta: f64,
    },
    PersonName {
        delta: f64,
    },
    Craft {
        delta: f64,
    },
    WeakAlias {
        delta: f64,
    },
    TypoOnly {
        delta: f64,
    },
    ShortName {
        delta: f64,
    },
}

#[derive(Serialize, Deserialize)]
#[serde(remote = "AlignedToken")]
struct AlignedTokenDef {
    supplier: String,
    list: String,
    kind: AlignKind,
    similarity: f64,
    weight: f64,
    segment: String,
}

#[derive(Serialize, Deserialize)]
#[serde(remote = "Explanation")]
struct ExplanationDef {
    list: ListCode,
    entity_id: String,
    entity_name: String,
    matched_name: String,
    matched_alias: bool,
    alias_source: Option<String>,
    identifier: Option<IdentifierMatch>,
    name_score: f64,
    #[serde(with = "aligned_tokens")]
    alignment: Vec<AlignedToken>,
    #[serde(with = "factors")]
    factors: Vec<Factor>,
}

/// A [`Hit`] on the wire (`#[serde(with = "wire::HitDef")]` on a protocol field).
#[derive(Serialize, Deserialize)]
#[serde(remote = "Hit")]
pub struct HitDef {
    score: f64,
    list: ListCode,
    entity_id: String,
    entity_name: String,
    entity_kind: EntityKind,
    matched_name: String,
    entity_countries: Vec<String>,
    #[serde(with = "ExplanationDef")]
    explanation: Explanation,
}

#[derive(Serialize, Deserialize)]
#[serde(remote = "RowResult")]
struct RowResultDef {
    #[serde(with = "hits")]
    hits: Vec<Hit>,
    risks: Vec<RiskSignal>,
    id_problem: Option<IdWarning>,
    id_check: IdCheck,
}

/// `#[serde(with = ...)]` for a `Vec` of a type carried through its mirror `$def`.
macro_rules! vec_via {
    ($module:ident, $ty:ty, $def:ident) => {
        pub mod $module {
            use super::*;

            struct Out<'a>(&'a $ty);

            impl Serialize for Out<'_> {
                fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    super::$def::serialize(self.0, s)
                }
            }

            struct In($ty);

            impl<'de> Deserialize<'de> for In {
                fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    super::$def::deserialize(d).map(In)
                }
            }

            pub fn serialize<S: Serializer>(v: &[$ty], s: S) -> Result<S::Ok, S::Error> {
                s.collect_seq(v.iter().map(Out))
            }

            pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<$ty>, D::Error> {
                let v = Vec::<In>::deserialize(d)?;
                Ok(v.into_iter().map(|x| x.0).collect())
            }
        }
    };
}

vec_via!(aligned_tokens, AlignedToken, AlignedTokenDef);
vec_via!(factors, Factor, FactorDef);
vec_via!(hits, Hit, HitDef);
vec_via!(row_results, RowResult, RowResultDef);
