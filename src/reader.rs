//! The reading Web Worker: turns a supplier file, or pasted text, into the table the page previews.
//!
//! Why a worker of its own, apart from the screening worker (`worker.rs`): reading needs calamine,
//! zip, quick-xml, zlib-rs, csv and encoding_rs's legacy CJK tables, about 390 KB of the 950 KB
//! (gzip) the screening worker weighed when it did both. The screening worker must load with the
//! page (the lists take a second to index); the reader is needed only once the user brings a file.
//! So the page starts this worker at the first sign of that (a pointer, a drag or the keyboard
//! focus on the file or paste area, `ui/input.rs`), a visit that never reads a file never downloads
//! it, every pool worker compiles a smaller wasm, and a file can be read while the lists are still
//! being indexed.
//!
//! It keeps nothing between requests, like the screening worker. It does not use gloo's worker
//! bridge, because the page must learn when this worker cannot start (its code could not be
//! fetched, typically offline on a visit before it was ever cached) and gloo gives no such signal:
//! `static/reader-loader.js` posts `{ failed }` when the wasm cannot be fetched, the browser raises
//! an `error` event when the glue cannot be, and [`run`] posts [`ReadResponse::Ready`] once it
//! listens. Messages are postcard bytes, as everywhere between the page and its workers
//! (`codec.rs`).

use crate::codec::{from_bytes, to_transferable};
use crate::protocol::{
    reader_mismatch, wasm_memory_bytes, ParseProblem, ParsedTable, ReadRequest, ReadResponse,
};
use supplyscreen_engine::bundle;
use supplyscreen_engine::input::{self, Limits, Table};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Answers one request. `reader_memory` is left at 0: [`run`] fills it in, in the browser.
pub fn answer(req: ReadRequest) -> ReadResponse {
    match req {
        ReadRequest::Parse { file_name, bytes } => {
            match input::read_table(&file_name, &bytes, &Limits::default()) {
                Ok(table) => {
                    let sha = bundle::fingerprint(&bytes);
                    ReadResponse::Parsed {
                        table: Box::new(parsed(file_name, sha, bytes.len(), table)),
                        reader_memory: 0,
                    }
                }
                Err(e) => ReadResponse::Failed(ParseProblem::Input(e)),
            }
        }
        ReadRequest::ParsePasted { text } => {
            let table = input::read_pasted(&text);
            if table.rows.is_empty() {
                ReadResponse::Failed(ParseProblem::EmptyPaste(table.warnings.into_iter().next()))
            } else {
                ReadResponse::Parsed {
                    table: Box::new(parsed(String::new(), String::new(), text.len(), table)),
                    reader_memory: 0,
                }
            }
        }
    }
}

/// The table with the columns the reader guesses (the page lets the user change them).
fn parsed(file_name: String, sha256: String, byte_len: usize, table: Table) -> ParsedTable {
    let mapping = input::detect_columns(&table);
    ParsedTable {
        file_name,
        sha256,
        byte_len,
        columns: table.columns,
        rows: table.rows,
        source: table.source,
        warnings: table.warnings,
        mapping,
    }
}

/// The worker's life: answer every message, after telling the page it listens.
pub fn run() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let bytes = js_sys::Uint8Array::new(&e.data()).to_vec();
            let response = match from_bytes::<ReadRequest>(&bytes) {
                Ok(req) => match answer(req) {
                    ReadResponse::Parsed { table, .. } => ReadResponse::Parsed {
                        table,
                        reader_memory: wasm_memory_bytes(),
                    },
                    other => other,
                },
                Err(e) => ReadResponse::Failed(ParseProblem::ReaderUnavailable {
                    reason: reader_mismatch(e),
                }),
            };
            post(&reply_to, &response);
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    post(&scope, &ReadResponse::Ready);
}

/// Posts an answer as postcard bytes, handing the buffer over rather than copying it.
fn post(scope: &web_sys::DedicatedWorkerGlobalScope, response: &ReadResponse) {
    let (bytes, transfer) = to_transferable(response);
    if let Err(e) = scope.post_message_with_transfer(&bytes, &transfer) {
        web_sys::console::error_2(&"supplyscreen: the file reader could not answer".into(), &e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A CSV file comes back as its table, with the file's fingerprint and the guessed columns.
    #[test]
    fn a_file_is_read_with_its_fingerprint_and_columns() {
        let bytes = b"Supplier,Country\n\"Hoshine Silicon Industry Co., Ltd.\",China\nXinjiang Daqo,China\n".to_vec();
        let ReadResponse::Parsed { table, .. } = answer(ReadRequest::Parse {
            file_name: "suppliers.csv".into(),
            bytes: bytes.clone(),
        }) else {
            panic!("not parsed");
        };
        assert_eq!(table.file_name, "suppliers.csv");
        assert_eq!(table.columns, ["Supplier", "Country"]);
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[0][0], "Hoshine Silicon Industry Co., Ltd.");
        assert_eq!(table.sha256, bundle::fingerprint(&bytes));
        assert_eq!(table.byte_len, bytes.len());
        assert_eq!(table.mapping.name, Some(0));
        assert_eq!(table.mapping.country, Some(1));
    }

    /// A file the reader refuses gets the reader's own message, not a table.
    #[test]
    fn a_damaged_workbook_is_refused_with_the_readers_problem() {
        let resp = answer(ReadRequest::Parse {
            file_name: "suppliers.xlsx".into(),
            bytes: b"%PDF-1.7 not a workbook".to_vec(),
        });
        assert!(
            matches!(resp, ReadResponse::Failed(ParseProblem::Input(_))),
            "{resp:?}"
        );
    }

    /// Pasted names become a table; a paste with no names is refused, with the reader's warning.
    #[test]
    fn pasted_names_are_read_and_an_empty_paste_is_refused() {
        let ReadResponse::Parsed { table, .. } = answer(ReadRequest::ParsePasted {
            text: "Hoshine Silicon\nXinjiang Daqo\n".into(),
        }) else {
            panic!("not parsed");
        };
        assert_eq!(table.rows.len(), 2);
        assert!(table.sha256.is_empty());
        let empty = answer(ReadRequest::ParsePasted {
            text: "\n \n".into(),
        });
        assert!(
            matches!(empty, ReadResponse::Failed(ParseProblem::EmptyPaste(_))),
            "{empty:?}"
        );
    }
}
