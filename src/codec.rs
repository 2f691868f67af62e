//! The encoding of messages between the page and the worker.
//!
//! Each message crosses as one `Uint8Array` of postcard (the compact, non-self-describing serde
//! format the list bundle also uses), which `postMessage` copies as a single block of bytes.
//!
//! Why postcard:
//! - Bytes are encoded and decoded inside wasm with no call out. serde-wasm-bindgen (the first
//!   codec) built a plain JS object for every struct and set every field through a call out of
//!   wasm, on both sides: for a 10,000-row screen, with every hit and its explanation, that cost
//!   more than the matching itself (`tests/bench/browser_bench.mjs` figures in ARCHITECTURE.md).
//! - Its decoder is small. The second codec, MessagePack (`rmp_serde`, structs as named maps),
//!   instantiated its whole any-value reader for every struct and enum of the protocol: about
//!   half of the page's wasm was MessagePack decoding (ARCHITECTURE.md, "Weight").
//! - `serde_bytes` fields (a 50 MB supplier file) cross as one block of raw bytes.
//!
//! postcard cannot read back the matcher's internally tagged `Factor` or the fields its JSON
//! leaves out when empty; [`crate::wire`] carries those types in a shape it can.

use gloo::worker::Codec;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

pub struct JsCodec;

/// A message as the bytes that cross (also what the tests round-trip natively).
pub fn to_bytes<T: Serialize + ?Sized>(message: &T) -> Vec<u8> {
    // Encoding our own plain data types into a Vec cannot fail; if it ever did, the panic hook
    // reports it.
    postcard::to_allocvec(message).expect("worker message could not be encoded")
}

/// A message back from its bytes.
pub fn from_bytes<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, postcard::Error> {
    postcard::from_bytes(bytes)
}

/// A message as one `Uint8Array` of postcard bytes, with the transfer list that hands its buffer to
/// the receiving side instead of copying it (the reading worker's messages: a supplier file each way).
pub fn to_transferable<T: Serialize + ?Sized>(message: &T) -> (js_sys::Uint8Array, js_sys::Array) {
    let bytes = js_sys::Uint8Array::from(to_bytes(message).as_slice());
    let transfer = js_sys::Array::of1(&bytes.buffer());
    (bytes, transfer)
}

impl Codec for JsCodec {
    fn encode<I: Serialize>(input: I) -> JsValue {
        js_sys::Uint8Array::from(to_bytes(&input).as_slice()).into()
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        let bytes = js_sys::Uint8Array::new(&input).to_vec();
        from_bytes(&bytes).expect("worker message could not be decoded")
    }
}

#[cfg(test)]
mod tests {
    use super::{from_bytes, to_bytes};
    use crate::protocol::{ReadRequest, ReadResponse, Request, Response};

    /// Every kind of message survives the encoding (natively: the same postcard calls).
    #[test]
    fn messages_round_trip() {
        let req = ReadRequest::Parse {
            file_name: "suppliers.csv".into(),
            bytes: b"Supplier\nHoshine\n".to_vec(),
        };
        let bytes = to_bytes(&req);
        // Raw bytes stay raw, one byte each.
        assert!(bytes.len() < 40, "{} bytes", bytes.len());
        let back: ReadRequest = from_bytes(&bytes).unwrap();
        assert_eq!(format!("{back:?}"), format!("{req:?}"));
        let ready: ReadResponse = from_bytes(&to_bytes(&ReadResponse::Ready)).unwrap();
        assert!(matches!(ready, ReadResponse::Ready));
        let req = Request::Load {
            bundle_url: "lists.bundle".into(),
        };
        let back: Request = from_bytes(&to_bytes(&req)).unwrap();
        assert_eq!(format!("{back:?}"), format!("{req:?}"));
        let resp = Response::NotReady;
        let back: Response = from_bytes(&to_bytes(&resp)).unwrap();
        assert_eq!(format!("{back:?}"), format!("{resp:?}"));
    }

    /// Real screening results (hits with their explanations, whose `Factor` is internally tagged,
    /// risk signals, registration-number checks) come back from the encoding exactly as sent.
    #[test]
    fn screened_rows_round_trip_exactly() {
        use supplyscreen_engine::input::{detect_columns, read_table, Limits};
        use supplyscreen_engine::risk::RiskIndex;
        use supplyscreen_engine::rows::{screen_rows, RowInput};
        use supplyscreen_engine::screen::{ScreenOptions, Screener};
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/static/lists.bundle");
        let bytes = std::fs::read(path)
            .unwrap_or_else(|e| panic!("{path}: {e}; build it with `make bundle`"));
        let set = supplyscreen_engine::bundle::decode(&bytes).unwrap();
        let screener = Screener::new(&set);
        let risk = RiskIndex::new(&set);
        let file = concat!(env!("CARGO_MANIFEST_DIR"), "/data/eval/dev/suppliers.csv");
        let table = read_table(file, &std::fs::read(file).unwrap(), &Limits::default()).unwrap();
        let mapping = detect_columns(&table);
        let mut rows: Vec<RowInput> = table.rows[..150]
            .iter()
            .map(|r| RowInput {
                product: "polysilicon".into(),
                ..RowInput::from_row(r, &mapping)
            })
            .collect();
        rows.push(RowInput {
            name: "Hoshine Silicon".into(),
            id: "91650000MA77TTU0XX".into(),
            ..RowInput::default()
        });
        let opts = ScreenOptions {
            threshold: 0.5,
            ..ScreenOptions::default()
        };
        let results = screen_rows(&screener, &risk, &rows, &opts);
        let hits: usize = results.iter().map(|r| r.hits.len()).sum();
        let factors: usize = results
            .iter()
            .flat_map(|r| &r.hits)
            .map(|h| h.explanation.factors.len())
            .sum();
        assert!(hits > 100 && factors > 0, "{hits} hits, {factors} factors");
        assert!(results.iter().any(|r| !r.risks.is_empty()));
        let resp = Response::Screened {
            job: 3,
            first_row: 500,
            results: results.clone(),
            worker_memory: 56 << 20,
            match_ms: 12.5,
            worker_ms: 14.0,
        };
        let back: Response = from_bytes(&to_bytes(&resp)).unwrap();
        let Response::Screened {
            job,
            first_row,
            results: got,
            ..
        } = back
        else {
            panic!("not a Screened response: {back:?}");
        };
        assert_eq!((job, first_row), (3, 500));
        assert_eq!(got, results);
    }

    /// The detail view's answer: every `Factor` variant, alignment lines with and without their
    /// Han segment, an explanation with and without its alias source and listed number (the
    /// fields the matcher's JSON leaves out when empty) come back exactly as sent.
    #[test]
    fn explained_hits_round_trip_exactly() {
        use crate::protocol::{EntityFacts, HitView};
        use supplyscreen_engine::explain::{
            AlignKind, AlignedToken, Explanation, Factor, IdentifierMatch,
        };
        use supplyscreen_engine::ids::Scheme;
        use supplyscreen_engine::model::{EntityKind, ListCode};
        use supplyscreen_engine::screen::Hit;
        let factors = vec![
            Factor::CountryAgrees {
                country: "China".into(),
                delta: 0.02,
            },
            Factor::CountryDiffers {
                supplier_country: "Vietnam".into(),
                entity_countries: vec!["China".into(), "Hong Kong".into()],
                delta: -0.05,
            },
            Factor::WordOrder { delta: -0.01 },
            Factor::PersonName { delta: -0.2 },
            Factor::Craft { delta: -0.15 },
            Factor::WeakAlias { delta: -0.1 },
            Factor::TypoOnly { delta: -0.12 },
            Factor::ShortName { delta: -0.08 },
        ];
        let token = |supplier: &str, list: &str, kind, segment: &str| AlignedToken {
            supplier: supplier.into(),
            list: list.into(),
            kind,
            similarity: 0.875,
            weight: 1.5,
            segment: segment.into(),
        };
        let hit = |alias_source: Option<String>, identifier: Option<IdentifierMatch>| Hit {
            score: 0.9125,
            list: ListCode::DhsUflpa,
            entity_id: "uflpa-17".into(),
            entity_name: "Hoshine Silicon Industry Co., Ltd.".into(),
            entity_kind: EntityKind::Organisation,
            matched_name: "合盛硅业股份有限公司".into(),
            entity_countries: vec!["China".into()],
            explanation: Explanation {
                list: ListCode::DhsUflpa,
                entity_id: "uflpa-17".into(),
                entity_name: "Hoshine Silicon Industry Co., Ltd.".into(),
                matched_name: "合盛硅业股份有限公司".into(),
                matched_alias: alias_source.is_some(),
                alias_source,
                identifier,
                name_score: 0.95,
                alignment: vec![
                    token("hoshine", "hoshine", AlignKind::Exact, ""),
                    token("silicon", "", AlignKind::Translation, "硅业"),
                    token("", "industry", AlignKind::Unmatched, ""),
                ],
                factors: factors.clone(),
            },
        };
        let facts = EntityFacts {
            list_name: "UFLPA Entity List".into(),
            agency: "DHS".into(),
            kind: EntityKind::Organisation,
            aliases: vec!["Hoshine".into()],
            programs: Vec::new(),
            citation: Some("89 FR 1234".into()),
            effective_date: None,
            license_requirement: None,
            merchandise: Some("polysilicon".into()),
            status: None,
            addresses: vec!["Shihezi, Xinjiang".into()],
            remarks: None,
            identifiers: vec!["USCC 91650000MA77TTU0XX".into()],
            extends_to_subsidiaries: true,
            primary_record_missing: false,
            source_url: "https://www.dhs.gov/uflpa-entity-list".into(),
        };
        let listed = IdentifierMatch {
            scheme: Scheme::CnUscc,
            label: "USCC".into(),
            value: "91650000MA77TTU0XX".into(),
            country: Some("China".into()),
        };
        let hits = vec![
            HitView {
                hit: hit(None, None),
                facts: facts.clone(),
            },
            HitView {
                hit: hit(Some("https://example.org/source".into()), Some(listed)),
                facts,
            },
        ];
        let resp = Response::Explained {
            row: 41,
            hits: hits.clone(),
        };
        let Response::Explained { row, hits: got } = from_bytes(&to_bytes(&resp)).unwrap() else {
            panic!("not an Explained response");
        };
        assert_eq!(row, 41);
        assert_eq!(got, hits);
    }
}
