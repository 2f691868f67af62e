//! Messages between the page and its two kinds of Web Worker.
//!
//! The page never reads files and never screens. It sends a supplier file (or pasted text) to the
//! **reading worker** ([`ReadRequest`], `src/reader.rs`), gets the parsed table back for the
//! preview and column mapping, then sends rows in chunks to the **screening worker** ([`Request`],
//! `src/worker.rs`) and receives results per chunk. The two are separate wasm files because the
//! reader (calamine, zip, csv and the legacy text encodings: about 390 KB gzip) is only needed
//! once the user brings a file, while the screening worker must load with the page; see
//! ARCHITECTURE.md, "Weight".
//!
//! Chunks make progress reporting and cancelling trivial (the page simply stops sending) and keep each
//! message small. Results carry hits without their word-by-word explanation: the page asks for the
//! explanation of one row when the user opens it ([`Request::Explain`]), so 100,000 screened rows do
//! not hold 100,000 explanations in memory. Nothing here ever leaves the browser: the screening
//! worker's only network request is the list bundle from the page's own origin, and the reading
//! worker makes none.
//!
//! Every request carries what it needs, because neither worker keeps per-file state: the screening
//! worker holds the lists and their indexes only. The page owns the table and the column mapping, so
//! [`Request::Screen`] sends the rows already mapped ([`RowInput`]) with the lists to use, and
//! [`Request::Explain`] its one row; `job` and `first_row` come back in [`Response::Screened`] so
//! the page can tell which run and which rows an answer is for. A re-screen with another mapping or
//! other lists is just new requests, a crashed or restarted worker loses nothing of the user's
//! work, and one worker can serve any request in any order, as a pool of workers will need.

use serde::{Deserialize, Serialize};
use supplyscreen_engine::bundle::BundleError;
use supplyscreen_engine::input::{ColumnMapping, Format, InputError, InputWarning, Source};
use supplyscreen_engine::model::{EntityKind, ListCode, ListInfo};
use supplyscreen_engine::screen::Hit;

pub use supplyscreen_engine::rows::{RowInput, RowResult};

/// Rows per screening message: small enough for smooth progress, large enough to amortise messaging.
pub const CHUNK_ROWS: usize = 500;

/// The lowest score the worker reports. The threshold slider can go no lower, so moving it never
/// needs a re-screen. [`RowResult::hits`] are at or above it, without their explanation's exact
/// word pairs (see [`Request::Explain`]).
pub const SCORE_FLOOR: f64 = 0.5;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Request {
    /// Fetch, verify and index the list bundle (once; later calls answer from memory).
    Load { bundle_url: String },
    /// Screen rows `first_row ..` (0-based index into the table's data rows).
    Screen {
        job: u32,
        first_row: usize,
        rows: Vec<RowInput>,
        lists: Option<Vec<ListCode>>,
    },
    /// Screen one row again, with full explanations and entity facts, for the detail view.
    Explain {
        row: usize,
        input: RowInput,
        lists: Option<Vec<ListCode>>,
    },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Response {
    Loaded(LoadedInfo),
    LoadFailed(LoadProblem),
    Screened {
        job: u32,
        first_row: usize,
        #[serde(with = "crate::wire::row_results")]
        results: Vec<RowResult>,
        /// The worker's wasm memory in bytes after this chunk (for the memory benchmark).
        worker_memory: usize,
        /// Milliseconds the worker spent matching this chunk's names (the matcher alone, for the
        /// wasm-versus-native benchmark), and on the whole chunk (names, product and place signals).
        match_ms: f64,
        worker_ms: f64,
    },
    Explained {
        row: usize,
        hits: Vec<HitView>,
    },
    /// Screening was requested before the lists were loaded (a bug in the page, reported not hidden).
    NotReady,
}

/// What the page asks the reading worker (`src/reader.rs`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum ReadRequest {
    /// Read a supplier file.
    Parse {
        file_name: String,
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
    },
    /// Read pasted names or spreadsheet cells.
    ParsePasted { text: String },
}

/// The reading worker's answers.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum ReadResponse {
    /// Sent once when the worker has started: requests sent before it would have been lost.
    Ready,
    /// The table, and the worker's wasm memory afterwards (the page ends a worker that grew large
    /// on a big file, so its memory is given back to the browser).
    Parsed {
        table: Box<ParsedTable>,
        reader_memory: usize,
    },
    Failed(ParseProblem),
}

/// Why the page could not read the reading worker's answer, or the worker the page's request: only a
/// page and a reader from different builds disagree on the messages.
pub fn reader_mismatch(e: impl std::fmt::Display) -> String {
    format!("the page and the file reader do not match ({e}); reload the page")
}

/// Why the lists could not be loaded (worded in the page's language by `messages`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum LoadProblem {
    /// The fetch itself failed (offline, blocked); `reason` is the browser's own text.
    Network { url: String, reason: String },
    /// The server answered with an error status.
    Http { url: String, status: u16 },
    /// The bytes are not a bundle this build can read.
    Bundle(BundleError),
}

/// Why a supplier file or a paste could not be turned into a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ParseProblem {
    /// The engine refused the file, or the page did before reading it ([`InputError::TooBig`],
    /// checked against the reader's own limit so a 1 GB file is never read into memory).
    Input(InputError),
    /// The paste held no supplier rows: the reader's warning says why, when it has one.
    EmptyPaste(Option<InputWarning>),
    /// "Use pasted names" with nothing in the box (checked in the page).
    PasteBoxEmpty,
    /// The browser could not read the file; `reason` is its own text.
    Unreadable { file: String, reason: String },
    /// The reading worker could not be started (its code could not be fetched, typically offline
    /// on a visit before any file was read); `reason` is the browser's own text.
    ReaderUnavailable { reason: String },
    /// The reading worker stopped while reading (a bug: reading never panics on any input the
    /// fuzzers found); `reason` is the browser's text.
    ReaderCrashed { reason: String },
}

/// Size of this wasm instance's linear memory, in bytes (it only ever grows).
pub fn wasm_memory_bytes() -> usize {
    use wasm_bindgen::JsCast;
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .ok()
        .and_then(|m| m.buffer().dyn_into::<js_sys::ArrayBuffer>().ok())
        .map_or(0, |b| b.byte_length() as usize)
}

/// What the page shows about the loaded lists, and what the report records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LoadedInfo {
    pub lists: Vec<ListInfo>,
    pub entities: usize,
    pub names_indexed: usize,
    pub goods_rows: usize,
    /// SHA-256 of the bundle file, so a report names exactly which data it used.
    pub bundle_sha256: String,
    pub bundle_bytes: usize,
    pub built_from: String,
    pub engine_version: String,
    pub fetch_ms: f64,
    pub decode_ms: f64,
    pub index_ms: f64,
    /// Screening a few hundred listed names once, so the browser has compiled the matcher before
    /// the user's file arrives (see `worker::warm_up`).
    pub warmup_ms: f64,
}

/// A supplier file as read by the reading worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParsedTable {
    pub file_name: String,
    /// Hex SHA-256 of the file's bytes (empty for pasted text), for the audit report.
    pub sha256: String,
    pub byte_len: usize,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// How the file was read (shown as e.g. "CSV, ';'-separated, UTF-8 (with BOM)").
    pub source: Source,
    pub warnings: Vec<InputWarning>,
    pub mapping: ColumnMapping,
}

impl ParsedTable {
    /// The file name, or "Pasted names" in the reader's language for a paste.
    pub fn display_name(&self, tr: &crate::i18n::Catalog) -> String {
        if self.source.format == Format::Pasted {
            tr.t("pasted-names")
        } else {
            self.file_name.clone()
        }
    }
}

/// A hit plus the facts about the listed entity the detail view shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HitView {
    #[serde(with = "crate::wire::HitDef")]
    pub hit: Hit,
    pub facts: EntityFacts,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityFacts {
    pub list_name: String,
    pub agency: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub programs: Vec<String>,
    pub citation: Option<String>,
    pub effective_date: Option<String>,
    pub license_requirement: Option<String>,
    pub merchandise: Option<String>,
    pub status: Option<String>,
    pub addresses: Vec<String>,
    pub remarks: Option<String>,
    /// The registration and tax numbers the list gives ("Tax ID No. 7707083893, Russia").
    #[serde(default)]
    pub identifiers: Vec<String>,
    pub extends_to_subsidiaries: bool,
    pub primary_record_missing: bool,
    pub source_url: String,
}
