//! One path through a screen: a supplier row as mapped ([`RowInput`]), and the names and risk
//! signals found for it ([`RowResult`]), for a batch of rows at a time ([`screen_rows`]).
//!
//! The CLI, the bench and the browser worker all go through here, so a file screens the same in
//! each: the same cells are read, trimmed the same way, and an empty name is skipped the same way
//! (no name hits; its product and place signals are still given).

use crate::input::ColumnMapping;
use crate::model::ListCode;
use crate::risk::{RiskIndex, RiskSignal};
use crate::screen::{Hit, ScreenOptions, Screener, SupplierQuery};
use serde::{Deserialize, Serialize};

/// One supplier row, as mapped: each cell trimmed, empty when the column is not mapped or the
/// row is short.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowInput {
    pub name: String,
    pub country: String,
    pub address: String,
    pub product: String,
}

impl RowInput {
    /// The mapped cells of one table row.
    pub fn from_row(row: &[String], m: &ColumnMapping) -> RowInput {
        let cell = |i: Option<usize>| {
            i.and_then(|i| row.get(i))
                .map(|s| s.trim().to_string())
                .unwrap_or_default()
        };
        RowInput {
            name: cell(m.name),
            country: cell(m.country),
            address: cell(m.address),
            product: cell(m.product),
        }
    }

    /// The name and country as the matcher takes them (`None` for an empty country).
    pub fn query(&self) -> SupplierQuery {
        SupplierQuery {
            name: self.name.clone(),
            country: opt(&self.country).map(str::to_string),
        }
    }
}

/// The outcome for one supplier row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RowResult {
    /// Hits at or above the options' threshold, best first (none for an empty name).
    pub hits: Vec<Hit>,
    /// Product and place risk signals (not matches), on the options' lists only.
    pub risks: Vec<RiskSignal>,
}

impl RowResult {
    /// The hits reported at `threshold`, best first.
    pub fn hits_at(&self, threshold: f64) -> impl Iterator<Item = &Hit> {
        self.hits.iter().filter(move |h| h.passes(threshold))
    }

    /// The row's status at `threshold`: a possible match when a hit passes it, else product risk
    /// when there is a risk signal, else clear.
    pub fn status(&self, threshold: f64) -> Status {
        if self.hits_at(threshold).next().is_some() {
            Status::PossibleMatch
        } else if !self.risks.is_empty() {
            Status::ProductRisk
        } else {
            Status::Clear
        }
    }
}

/// What a screened row comes to, for a reviewer: the same rule in the page, the results CSV and
/// the CLI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    /// At least one hit at or above the threshold.
    PossibleMatch,
    /// No hit, but a product or place risk signal.
    ProductRisk,
    /// Neither.
    Clear,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::PossibleMatch, Status::ProductRisk, Status::Clear];

    /// The English label written into the results CSV (a file format: never translated; the page
    /// words the status in the reader's language).
    pub fn label(self) -> &'static str {
        match self {
            Status::PossibleMatch => "Possible match",
            Status::ProductRisk => "Product risk",
            Status::Clear => "Clear",
        }
    }
}

/// Name hits for one row: none for an empty name.
pub fn match_row(screener: &Screener, row: &RowInput, opts: &ScreenOptions) -> Vec<Hit> {
    if row.name.is_empty() {
        return Vec::new();
    }
    screener.screen(&row.query(), opts)
}

/// Product and place risk signals for one row, restricted to `lists` when given.
pub fn risk_row(risk: &RiskIndex, row: &RowInput, lists: Option<&[ListCode]>) -> Vec<RiskSignal> {
    let mut risks = risk.assess_supplier(
        opt(&row.name),
        opt(&row.country),
        opt(&row.address),
        opt(&row.product),
    );
    if let Some(lists) = lists {
        risks.retain(|r| lists.contains(&r.list));
    }
    risks
}

/// Screens a batch of rows: each row's name hits ([`match_row`]) and risk signals ([`risk_row`]),
/// in input order. A row's result depends on that row alone, never on the rows before it.
pub fn screen_rows(
    screener: &Screener,
    risk: &RiskIndex,
    rows: &[RowInput],
    opts: &ScreenOptions,
) -> Vec<RowResult> {
    rows.iter()
        .map(|r| RowResult {
            hits: match_row(screener, r, opts),
            risks: risk_row(risk, r, opts.lists.as_deref()),
        })
        .collect()
}

fn opt(s: &str) -> Option<&str> {
    (!s.is_empty()).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_row_trims_and_tolerates_short_rows() {
        let row: Vec<String> = ["  Acme Ltd ", " CN", "1 Main St "]
            .map(String::from)
            .to_vec();
        let m = ColumnMapping {
            name: Some(0),
            country: Some(1),
            address: Some(2),
            product: Some(7),
        };
        let r = RowInput::from_row(&row, &m);
        assert_eq!(r.name, "Acme Ltd");
        assert_eq!(r.country, "CN");
        assert_eq!(r.address, "1 Main St");
        assert_eq!(r.product, "");
        assert_eq!(r.query().country.as_deref(), Some("CN"));
        let blank = RowInput::from_row(&["x".to_string(), "  ".to_string()], &m);
        assert_eq!(blank.query().country, None);
        assert_eq!(
            RowInput::from_row(&[], &ColumnMapping::default()),
            RowInput::default()
        );
    }
}
