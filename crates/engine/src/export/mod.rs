//! What the user downloads: the results CSV and the review-decisions CSV.
//!
//! * [`neutralise_cell`] — CSV formula-injection protection applied to every cell we write.
//! * [`Decision`], [`decisions_to_csv`], [`decisions_from_csv`] — review decisions, keyed so they
//!   survive a re-screen of a new version of the supplier file.
//! * [`ExportRow`], [`results_csv`], [`ResultsWriter`] — the screening results with decisions and
//!   risk signals, the same file from the page and the CLI.
//!
//! Everything is plain data in and a `String` out: the app's worker calls it and hands the text to
//! the page for download; nothing here touches a file system or a clock.

mod cell;
mod decisions;
mod results;

#[cfg(test)]
mod tests;

pub use cell::{neutralise_cell, restore_cell};
pub use decisions::{
    decision_key, decision_keys, decisions_from_csv, decisions_map, decisions_to_csv,
    lists_changed, Decision, DecisionStatus, DecisionsError, DecisionsProblem, ListChange, Review,
    DECISIONS_HEADER, LIST_AS_OF_COLUMN,
};
pub use results::{
    results_csv, screen_cells, ExportRow, ResultsWriter, RESULTS_HEADER, SCREEN_HEADER,
};

use std::borrow::Cow;

/// Writes a header and rows of cells with the `csv` crate, each data cell through `protect`.
/// Records are all as wide as the header and the output is built from `&str`, so writing to memory
/// cannot fail.
fn write_csv<I>(header: &[&str], rows: I, protect: fn(&str) -> Cow<'_, str>) -> String
where
    I: Iterator<Item = Vec<String>>,
{
    let mut w = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    let mut write = |cells: Vec<Cow<'_, str>>| {
        w.write_record(cells.iter().map(|c| c.as_bytes()))
            .expect("writing CSV to memory cannot fail");
    };
    write(header.iter().map(|h| Cow::Borrowed(*h)).collect());
    for row in rows {
        write(row.iter().map(|c| protect(c)).collect());
    }
    let bytes = w.into_inner().expect("flushing CSV to memory cannot fail");
    String::from_utf8(bytes).expect("CSV written from UTF-8 cells is UTF-8")
}
