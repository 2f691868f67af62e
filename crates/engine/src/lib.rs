//! The facade the app and the CLI use: one import path for everything a screen needs, and the one
//! screening path they share.
//!
//! * [`model`], [`bundle`] — the lists and their file (`supplyscreen-lists`).
//! * [`input`] — supplier files read into a table, columns detected (`supplyscreen-reader`).
//! * [`normalize`], [`screen`], [`explain`], [`eval`] — the matcher (`supplyscreen-matcher`).
//! * [`risk`] — product and place risk signals (`supplyscreen-risk`).
//! * [`country`], [`ids`], [`numbers`] — shared vocabulary (`supplyscreen-vocab`): countries,
//!   registration numbers, number formatting.
//! * [`rows`] — a mapped supplier row and [`rows::screen_rows`]: names and risk signals for a batch
//!   of rows, the one path the CLI, the bench and the browser worker all call.
//! * [`export`] — the results CSV and the review-decisions CSV.
//!
//! Everything here compiles natively (CLI, tests, benches) and to `wasm32-unknown-unknown` (the app's
//! worker), so nothing depends on a browser, a file system, threads or a clock.

pub use supplyscreen_lists::{bundle, diff, model};
pub use supplyscreen_matcher::{eval, explain, normalize, screen};
pub use supplyscreen_reader as input;
pub use supplyscreen_risk as risk;
pub use supplyscreen_vocab::{country, ids, numbers};

pub mod export;
pub mod rows;

/// The engine's version, printed in reports so a screen can be reproduced.
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");
