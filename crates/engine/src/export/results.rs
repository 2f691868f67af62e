//! The results CSV: one line per hit at or above the threshold, with the reviewer's decision and
//! the supplier's risk signals.

use super::cell::neutralise_cell;
use super::decisions::Review;
use crate::risk::RiskSignal;
use crate::rows::{IdCheck, RowInput, RowResult};
use crate::screen::Hit;

/// One screened supplier row: its 1-based data row number (the first row after the header is 1),
/// the row as mapped and what the screen found.
#[derive(Debug, Clone, Copy)]
pub struct ExportRow<'a> {
    pub row: usize,
    pub input: &'a RowInput,
    pub result: &'a RowResult,
}

/// The first columns of the results file, in this order: a contract that scripts reading the CLI's
/// output rely on (`crates/cli/tests/screen_cli.rs`).
pub const SCREEN_HEADER: [&str; 9] = [
    "row",
    "supplier_name",
    "supplier_country",
    "score",
    "list",
    "entity_id",
    "entity_name",
    "matched_name",
    "entity_country",
];

/// The results file's columns: [`SCREEN_HEADER`], then why the hit scored what it did, the row's
/// status, whether the hit is new since the last review, the review decision and its note, the
/// row's risk signals, and its registration number with the outcome of its check.
pub const RESULTS_HEADER: [&str; 17] = [
    "row",
    "supplier_name",
    "supplier_country",
    "score",
    "list",
    "entity_id",
    "entity_name",
    "matched_name",
    "entity_country",
    "why",
    "status",
    "new",
    "decision",
    "note",
    "risk_signals",
    "supplier_id",
    "id_check",
];

/// The [`SCREEN_HEADER`] cells of one line, unprotected (callers writing CSV pass them through
/// [`neutralise_cell`]): the hit columns are empty when `hit` is `None`. Scores have three decimals
/// and entity countries are joined with "; ", as in the CLI.
pub fn screen_cells(
    row: usize,
    supplier_name: &str,
    supplier_country: &str,
    hit: Option<&Hit>,
) -> [String; 9] {
    let mut cells: [String; 9] = Default::default();
    cells[0] = row.to_string();
    cells[1] = supplier_name.to_string();
    cells[2] = supplier_country.to_string();
    if let Some(h) = hit {
        cells[3] = format!("{:.3}", h.score);
        cells[4] = h.list.as_str().to_string();
        cells[5] = h.entity_id.clone();
        cells[6] = h.entity_name.clone();
        cells[7] = h.matched_name.clone();
        cells[8] = h.entity_countries.join("; ");
    }
    cells
}

/// Writes the results CSV (header [`RESULTS_HEADER`]): one line per hit scoring at least
/// `threshold`, one line with empty hit columns for a row without such a hit. `decisions` are looked
/// up in the [`Review`], which also says which hits are new; the row's risk signal titles are joined
/// with "; " on each of its lines so a filtered spreadsheet keeps them. Every cell goes through
/// [`neutralise_cell`].
pub fn results_csv<'a>(
    rows: impl IntoIterator<Item = ExportRow<'a>>,
    review: &Review,
    threshold: f64,
) -> String {
    let mut w = ResultsWriter::new(Vec::new(), *review, threshold)
        .expect("writing CSV to memory cannot fail");
    for r in rows {
        w.write_row(r).expect("writing CSV to memory cannot fail");
    }
    let bytes = w.finish().expect("flushing CSV to memory cannot fail");
    String::from_utf8(bytes).expect("CSV written from UTF-8 cells is UTF-8")
}

/// [`results_csv`] row by row into any writer, so the CLI can stream a million rows to a file
/// without holding them.
pub struct ResultsWriter<'d, W: std::io::Write> {
    csv: csv::Writer<W>,
    review: Review<'d>,
    threshold: f64,
}

impl<'d, W: std::io::Write> ResultsWriter<'d, W> {
    /// Writes the header.
    pub fn new(out: W, review: Review<'d>, threshold: f64) -> Result<Self, csv::Error> {
        let mut csv = csv::Writer::from_writer(out);
        csv.write_record(RESULTS_HEADER)?;
        Ok(ResultsWriter {
            csv,
            review,
            threshold,
        })
    }

    /// Writes one row's lines.
    pub fn write_row(&mut self, r: ExportRow<'_>) -> Result<(), csv::Error> {
        for line in row_lines(r, &self.review, self.threshold) {
            self.csv
                .write_record(line.iter().map(|c| neutralise_cell(c).into_owned()))?;
        }
        Ok(())
    }

    /// Flushes and gives the writer back.
    pub fn finish(self) -> Result<W, std::io::Error> {
        self.csv.into_inner().map_err(|e| e.into_error())
    }
}

/// The lines of one row.
fn row_lines(r: ExportRow<'_>, review: &Review, threshold: f64) -> Vec<Vec<String>> {
    let risks = r
        .result
        .risks
        .iter()
        .map(RiskSignal::title)
        .collect::<Vec<_>>()
        .join("; ");
    let status = r.result.status(threshold).label();
    let id_check = match r.result.id_check {
        IdCheck::Empty => String::new(),
        IdCheck::Valid(scheme) => format!("valid {}", scheme.label()),
        IdCheck::Invalid => r
            .result
            .id_problem
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
        IdCheck::Unchecked => "no check for this kind of number".to_string(),
    };
    let line = |hit: Option<&Hit>| -> Vec<String> {
        let name = &r.input.name;
        let d = hit.and_then(|h| review.decision(name, &h.entity_id));
        let new = hit.is_some_and(|h| review.is_new(name, &h.entity_id));
        let mut cells: Vec<String> = screen_cells(r.row, name, &r.input.country, hit).into();
        cells.extend([
            hit.map(|h| h.explanation.summary()).unwrap_or_default(),
            status.to_string(),
            if new { "New" } else { "" }.to_string(),
            d.map(|d| d.status.label().to_string()).unwrap_or_default(),
            d.map(|d| d.note.clone()).unwrap_or_default(),
            risks.clone(),
            r.input.id.clone(),
            id_check.clone(),
        ]);
        cells
    };
    let hits: Vec<&Hit> = r.result.hits_at(threshold).collect();
    if hits.is_empty() {
        vec![line(None)]
    } else {
        hits.into_iter().map(|h| line(Some(h))).collect()
    }
}
