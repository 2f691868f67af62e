//! The results CSV: one line per hit at or above the threshold, with the reviewer's decision and
//! the supplier's risk signals.

use super::cell::neutralise_cell;
use super::decisions::{decision_key, Decision};
use crate::risk::RiskSignal;
use crate::screen::Hit;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// One screened supplier row, as the app holds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportRow {
    /// The 1-based data row of the supplier file (the first row after the header is 1), written
    /// as is.
    pub row: usize,
    pub supplier_name: String,
    pub supplier_country: String,
    pub supplier_address: String,
    pub supplier_product: String,
    /// The row's screening status as the app words it (e.g. "Hit", "No hit", "Skipped: empty name").
    pub status: String,
    /// Best first, as [`Screener::screen`](crate::screen::Screener::screen) returns them.
    pub hits: Vec<Hit>,
    pub risks: Vec<RiskSignal>,
}

/// The columns the CLI `screen` command writes first (it adds a `why` column after them).
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

/// The results file's columns: [`SCREEN_HEADER`] plus `status` after the supplier, and the review
/// decision, its note and the risk signals at the end.
pub const RESULTS_HEADER: [&str; 13] = [
    "row",
    "supplier_name",
    "supplier_country",
    "status",
    "score",
    "list",
    "entity_id",
    "entity_name",
    "matched_name",
    "entity_country",
    "decision",
    "note",
    "risk_signals",
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
/// up by [`decision_key`]; the row's risk signal titles are joined with "; " on each of its lines so
/// a filtered spreadsheet keeps them. Every cell goes through [`neutralise_cell`].
pub fn results_csv(
    rows: &[ExportRow],
    decisions: &HashMap<String, Decision>,
    threshold: f64,
) -> String {
    let mut lines: Vec<Vec<String>> = Vec::new();
    for r in rows {
        let risks = r
            .risks
            .iter()
            .map(RiskSignal::title)
            .collect::<Vec<_>>()
            .join("; ");
        let line = |hit: Option<&Hit>| -> Vec<String> {
            let [row, name, country, score, list, id, ename, matched, ecountry] =
                screen_cells(r.row, &r.supplier_name, &r.supplier_country, hit);
            let d = hit.and_then(|h| decisions.get(&decision_key(&r.supplier_name, &h.entity_id)));
            vec![
                row,
                name,
                country,
                r.status.clone(),
                score,
                list,
                id,
                ename,
                matched,
                ecountry,
                d.map(|d| d.status.label().to_string()).unwrap_or_default(),
                d.map(|d| d.note.clone()).unwrap_or_default(),
                risks.clone(),
            ]
        };
        let hits: Vec<&Hit> = r
            .hits
            .iter()
            .filter(|h| h.score + 1e-9 >= threshold)
            .collect();
        if hits.is_empty() {
            lines.push(line(None));
        }
        for h in hits {
            lines.push(line(Some(h)));
        }
    }
    super::write_csv(&RESULTS_HEADER, lines.into_iter(), neutralise_cell)
}
