//! One path through a screen: a supplier row as mapped ([`RowInput`]), and the names and risk
//! signals found for it ([`RowResult`]), for a batch of rows at a time ([`screen_rows`]).
//!
//! The CLI, the bench and the browser worker all go through here, so a file screens the same in
//! each: the same cells are read, trimmed the same way, and an empty name is skipped the same way
//! (no name hits; its product and place signals are still given).

use crate::country::country_code;
use crate::ids::{self, Checked, Id, IdProblem};
use crate::input::ColumnMapping;
use crate::model::ListCode;
use crate::risk::{registration_signal, RiskIndex, RiskSignal, Supplier};
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
    /// A registration or tax number (USCC, INN, VAT, ...).
    #[serde(default)]
    pub id: String,
    /// An HS (tariff) code.
    #[serde(default)]
    pub hs: String,
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
            id: cell(m.id),
            hs: cell(m.hs),
        }
    }

    /// The registration number, checked against its scheme (`None` when the cell is empty).
    pub fn id_checked(&self) -> Option<Checked> {
        ids::check(&self.id, opt(&self.country).and_then(country_code))
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RowResult {
    /// Hits at or above the options' threshold, best first (none for an empty name).
    pub hits: Vec<Hit>,
    /// Product and place risk signals (not matches), on the options' lists only.
    pub risks: Vec<RiskSignal>,
    /// The row's registration number failed its scheme's check (a typo in the supplier file).
    #[serde(default)]
    pub id_problem: Option<IdWarning>,
    /// What the check of the row's registration number came to (the results CSV's `id_check`).
    /// Carried with the result so that whoever writes it (the page's export) needs neither the
    /// check nor the country table it reads the supplier's country with.
    #[serde(default)]
    pub id_check: IdCheck,
}

/// The outcome of checking a row's registration number ([`RowInput::id_checked`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum IdCheck {
    /// No number in the row.
    #[default]
    Empty,
    /// It passed the check of this scheme.
    Valid(ids::Scheme),
    /// It looks like a scheme's number but fails its check ([`RowResult::id_problem`] says how).
    Invalid,
    /// A number of a kind that has no check.
    Unchecked,
}

impl IdCheck {
    fn of(c: Option<&Checked>) -> IdCheck {
        match c {
            None => IdCheck::Empty,
            Some(Checked::Valid(id)) => IdCheck::Valid(id.scheme),
            Some(Checked::Invalid { .. }) => IdCheck::Invalid,
            Some(Checked::Unchecked(_)) => IdCheck::Unchecked,
        }
    }
}

/// A registration number that looks like a scheme's but fails its check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdWarning {
    pub id: Id,
    pub problem: IdProblem,
}

impl std::fmt::Display for IdWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the registration number {} is not a valid {}: {}",
            self.id.value,
            self.id.scheme.label(),
            self.problem
        )
    }
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

/// Hits for one row: its name's (none for an empty name), then the entities whose listed
/// registration number equals the row's ([`Screener::add_identifier_hits`]: a hit whatever the
/// name, scored 1.0, first).
pub fn match_row(screener: &Screener, row: &RowInput, opts: &ScreenOptions) -> Vec<Hit> {
    let mut hits = if row.name.is_empty() {
        Vec::new()
    } else {
        screener.screen(&row.query(), opts)
    };
    if !row.id.is_empty() {
        if let Some(id) = row.id_checked() {
            screener.add_identifier_hits(id.id(), opt(&row.country), opts, &mut hits);
        }
    }
    hits
}

/// Product and place risk signals for one row, restricted to `lists` when given: those of its
/// product, HS code, country and address, and of its registration number (`id`,
/// [`RowInput::id_checked`]; a valid USCC also places the supplier in China).
pub fn risk_row(
    risk: &RiskIndex,
    row: &RowInput,
    id: Option<&Checked>,
    lists: Option<&[ListCode]>,
) -> Vec<RiskSignal> {
    let registered_in_china =
        matches!(id, Some(Checked::Valid(i)) if i.scheme == ids::Scheme::CnUscc);
    let mut risks = risk.assess_row(&Supplier {
        name: opt(&row.name),
        country: opt(&row.country),
        address: opt(&row.address),
        product: opt(&row.product),
        hs: opt(&row.hs),
        registered_in_china,
    });
    if let Some(s) = id.and_then(registration_signal) {
        // Strongest first, as the others come.
        risks.insert(0, s);
    }
    if let Some(lists) = lists {
        risks.retain(|r| lists.contains(&r.list));
    }
    risks
}

/// Screens one row: its name hits ([`match_row`]), then [`finish_row`].
pub fn screen_row(
    screener: &Screener,
    risk: &RiskIndex,
    row: &RowInput,
    opts: &ScreenOptions,
) -> RowResult {
    finish_row(
        risk,
        row,
        match_row(screener, row, opts),
        opts.lists.as_deref(),
    )
}

/// A row's result from its name hits: adds its risk signals ([`risk_row`]) and the check of its
/// registration number. (The browser worker times the name matching apart, so it calls
/// [`match_row`] and this separately.)
pub fn finish_row(
    risk: &RiskIndex,
    row: &RowInput,
    hits: Vec<Hit>,
    lists: Option<&[ListCode]>,
) -> RowResult {
    let id = row.id_checked();
    let (id_check, id_problem) = id_outcome(id.as_ref());
    RowResult {
        hits,
        risks: risk_row(risk, row, id.as_ref(), lists),
        id_check,
        id_problem,
    }
}

/// What a row's result says of its registration number ([`RowInput::id_checked`]).
pub fn id_outcome(id: Option<&Checked>) -> (IdCheck, Option<IdWarning>) {
    let problem = match id {
        Some(Checked::Invalid { id, problem }) => Some(IdWarning {
            id: id.clone(),
            problem: problem.clone(),
        }),
        _ => None,
    };
    (IdCheck::of(id), problem)
}

/// Screens a batch of rows ([`screen_row`]), in input order. A row's result depends on that row alone, never on the rows before it.
pub fn screen_rows(
    screener: &Screener,
    risk: &RiskIndex,
    rows: &[RowInput],
    opts: &ScreenOptions,
) -> Vec<RowResult> {
    rows.iter()
        .map(|r| screen_row(screener, risk, r, opts))
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
            ..ColumnMapping::default()
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
