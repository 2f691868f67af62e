//! The encoding of messages between the page and the worker.
//!
//! Each message crosses as one `Uint8Array` of MessagePack (`rmp_serde::to_vec_named`: structs as
//! maps with their field names), which `postMessage` copies as a single block of bytes.
//!
//! Why MessagePack and not the alternatives:
//! - gloo-worker's default (bincode), like postcard, cannot carry self-describing serde shapes such
//!   as the engine's internally tagged `Factor`; MessagePack is self-describing.
//! - serde-wasm-bindgen (the earlier codec) builds a plain JS object for every struct and sets
//!   every field through a call out of wasm, on both sides: for a 10,000-row screen, with every
//!   hit and its explanation, that cost more than the matching itself (`tests/bench/browser_bench.mjs`
//!   figures in ARCHITECTURE.md). Bytes are encoded and decoded inside wasm with no call out.
//! - JSON would carry byte buffers (a 50 MB supplier file) as arrays of numbers; MessagePack keeps
//!   `serde_bytes` fields as raw bytes.

use gloo::worker::Codec;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

pub struct JsCodec;

impl Codec for JsCodec {
    fn encode<I: Serialize>(input: I) -> JsValue {
        // Encoding our own plain data types cannot fail; if it ever did, the panic hook reports it.
        let bytes = rmp_serde::to_vec_named(&input).expect("worker message could not be encoded");
        js_sys::Uint8Array::from(bytes.as_slice()).into()
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        let bytes = js_sys::Uint8Array::new(&input).to_vec();
        rmp_serde::from_slice(&bytes).expect("worker message could not be decoded")
    }
}

#[cfg(test)]
mod tests {
    use crate::protocol::{Request, Response};

    /// Every kind of message survives the encoding (natively: the same rmp_serde calls).
    #[test]
    fn messages_round_trip_through_messagepack() {
        let req = Request::Parse {
            file_name: "suppliers.csv".into(),
            bytes: b"Supplier\nHoshine\n".to_vec(),
        };
        let bytes = rmp_serde::to_vec_named(&req).unwrap();
        // Raw bytes stay raw (MessagePack bin), not one number each.
        assert!(bytes.len() < 60, "{} bytes", bytes.len());
        let back: Request = rmp_serde::from_slice(&bytes).unwrap();
        assert_eq!(format!("{back:?}"), format!("{req:?}"));
        let resp = Response::NotReady;
        let back: Response =
            rmp_serde::from_slice(&rmp_serde::to_vec_named(&resp).unwrap()).unwrap();
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
        let back: Response =
            rmp_serde::from_slice(&rmp_serde::to_vec_named(&resp).unwrap()).unwrap();
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
}
