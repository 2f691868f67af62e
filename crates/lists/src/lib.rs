//! The lists supplyscreen screens against, as data.
//!
//! * [`model`] — what a restriction list is made of: lists, entities, aliases, goods-risk rows.
//! * [`bundle`] — the versioned, checksummed binary file that carries every list to the app and CLI
//!   (its body laid out by column in `columns`, then compressed).
//! * [`diff`] — what changed between two list sets (added, removed, changed entities per list).
//!
//! Built natively by `supplyscreen-ingest` from the agencies' files; decoded in the browser's
//! worker and in the CLI. No IO: bytes in, bytes out.

pub mod bundle;
mod columns;
pub mod diff;
pub mod model;
