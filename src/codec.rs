//! The encoding of messages between the page and the worker.
//!
//! gloo-worker's default (bincode) cannot carry self-describing serde shapes such as the engine's
//! internally tagged `Factor`; serde-wasm-bindgen turns messages into plain JS values, which
//! `postMessage` copies with the structured-clone algorithm. Byte buffers marked `serde_bytes` become
//! `Uint8Array`s, so a 50 MB supplier file is not turned into 50 million numbers.

use gloo::worker::Codec;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

pub struct JsCodec;

impl Codec for JsCodec {
    fn encode<I: Serialize>(input: I) -> JsValue {
        let ser = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
        // Encoding our own plain data types cannot fail; if it ever did, the panic hook reports it.
        input
            .serialize(&ser)
            .expect("worker message could not be encoded")
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        serde_wasm_bindgen::from_value(input).expect("worker message could not be decoded")
    }
}
