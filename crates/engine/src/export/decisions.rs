//! Review decisions: what a reviewer concluded about each hit, kept across screens.
//!
//! A decision is keyed by the supplier's name and the listed entity's id ([`decision_key`]), not by
//! row number, so screening next month's version of the supplier file (rows added, reordered, names
//! re-spaced or re-cased) brings every earlier decision back. The CSV format lets reviewers keep
//! decisions in their own files and load them into another browser.

use super::cell::{neutralise_cell, restore_cell};
use crate::model::{ListCode, ListInfo};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// What the reviewer concluded about one hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DecisionStatus {
    /// The supplier is the listed party.
    Confirmed,
    /// The supplier is not the listed party.
    FalsePositive,
    /// Someone still has to look.
    NeedsReview,
}

impl DecisionStatus {
    pub const ALL: [DecisionStatus; 3] = [
        DecisionStatus::Confirmed,
        DecisionStatus::FalsePositive,
        DecisionStatus::NeedsReview,
    ];

    /// The label shown in the app and written in CSV files.
    pub fn label(self) -> &'static str {
        match self {
            DecisionStatus::Confirmed => "Confirmed match",
            DecisionStatus::FalsePositive => "False positive",
            DecisionStatus::NeedsReview => "Needs review",
        }
    }

    /// Reads a label (any case and spacing), or the short forms `confirmed`, `false_positive`,
    /// `needs_review` that a reviewer may type.
    pub fn parse(s: &str) -> Option<DecisionStatus> {
        let k: String = s
            .trim()
            .to_lowercase()
            .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        match k.as_str() {
            "confirmed match" | "confirmed" => Some(DecisionStatus::Confirmed),
            "false positive" => Some(DecisionStatus::FalsePositive),
            "needs review" => Some(DecisionStatus::NeedsReview),
            _ => None,
        }
    }
}

impl std::fmt::Display for DecisionStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// One reviewer decision about one (supplier, listed entity) pair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub supplier_name: String,
    pub entity_id: String,
    pub list: ListCode,
    /// The entity's name when decided, so the decision still reads well if the entity leaves the list.
    pub entity_name: String,
    pub status: DecisionStatus,
    pub note: String,
    /// When it was decided, as the caller wrote it (ISO 8601 recommended); the engine has no clock.
    pub decided_at: String,
    /// The as-of date of the entity's list in the bundle the decision was made against (empty for
    /// decisions from before this was recorded), so a later screen can say which lists changed
    /// since ([`lists_changed`]).
    #[serde(default)]
    pub list_as_of: String,
}

impl Decision {
    /// This decision's [`decision_key`].
    pub fn key(&self) -> String {
        decision_key(&self.supplier_name, &self.entity_id)
    }
}

/// The key decisions are stored under: the supplier name trimmed, whitespace runs collapsed to one
/// space and lower-cased, then a TAB (which the collapsed name cannot contain), then the entity id.
pub fn decision_key(supplier_name: &str, entity_id: &str) -> String {
    let name = supplier_name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    format!("{name}\t{}", entity_id.trim())
}

/// What a reviewer brings to a screen: the decisions made so far, and, when decisions were loaded
/// (from a decisions file or remembered by the browser), the hits they covered then, so every hit
/// without an earlier decision can be marked new since the last review.
#[derive(Debug, Clone, Copy)]
pub struct Review<'a> {
    pub decisions: &'a HashMap<String, Decision>,
    /// [`decision_key`]s of the decisions as loaded; `None` when none were loaded (nothing is new
    /// then: everything is).
    pub earlier: Option<&'a HashSet<String>>,
}

impl<'a> Review<'a> {
    /// A review of these decisions with no earlier review to compare against.
    pub fn fresh(decisions: &'a HashMap<String, Decision>) -> Review<'a> {
        Review {
            decisions,
            earlier: None,
        }
    }

    /// The decision on this hit, if any.
    pub fn decision(&self, supplier_name: &str, entity_id: &str) -> Option<&'a Decision> {
        self.decisions.get(&decision_key(supplier_name, entity_id))
    }

    /// This hit had no decision when the decisions were loaded: new since the last review.
    pub fn is_new(&self, supplier_name: &str, entity_id: &str) -> bool {
        self.earlier
            .is_some_and(|e| !e.contains(&decision_key(supplier_name, entity_id)))
    }
}

/// The keys of loaded decisions, for [`Review::earlier`].
pub fn decision_keys(decisions: &HashMap<String, Decision>) -> HashSet<String> {
    decisions.keys().cloned().collect()
}

/// Decisions by [`decision_key`]; a later decision for the same pair replaces an earlier one.
pub fn decisions_map(decisions: impl IntoIterator<Item = Decision>) -> HashMap<String, Decision> {
    decisions.into_iter().map(|d| (d.key(), d)).collect()
}

/// A list that is newer in today's bundle than in the one some decisions were made against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListChange {
    pub list: ListCode,
    /// The list's name in today's bundle.
    pub name: String,
    /// The oldest as-of date of the list among the decisions on it.
    pub decided_against: String,
    /// The list's as-of date in today's bundle.
    pub now: String,
}

impl std::fmt::Display for ListChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} ({} -> {})",
            self.name, self.decided_against, self.now
        )
    }
}

/// The lists of today's bundle (`lists`) that are newer than the version some of `decisions` on
/// them were made against, in bundle order. Decisions without a recorded list date are not
/// counted (nothing can be said about them). As-of dates are ISO, so they compare as text.
pub fn lists_changed<'a>(
    decisions: impl IntoIterator<Item = &'a Decision>,
    lists: &[ListInfo],
) -> Vec<ListChange> {
    let mut oldest: HashMap<ListCode, &str> = HashMap::new();
    for d in decisions {
        if d.list_as_of.is_empty() {
            continue;
        }
        let e = oldest.entry(d.list).or_insert(d.list_as_of.as_str());
        if d.list_as_of.as_str() < *e {
            *e = d.list_as_of.as_str();
        }
    }
    lists
        .iter()
        .filter_map(|l| {
            let then = *oldest.get(&l.code)?;
            (then < l.as_of.as_str()).then(|| ListChange {
                list: l.code,
                name: l.name.clone(),
                decided_against: then.to_string(),
                now: l.as_of.clone(),
            })
        })
        .collect()
}

/// The optional last column of the decisions file: [`Decision::list_as_of`] (files written before
/// it existed load without it).
pub const LIST_AS_OF_COLUMN: &str = "list_as_of";

/// The decisions file's required columns, in the order [`decisions_to_csv`] writes them (then
/// [`LIST_AS_OF_COLUMN`]).
pub const DECISIONS_HEADER: [&str; 7] = [
    "supplier_name",
    "entity_id",
    "list",
    "entity_name",
    "decision",
    "note",
    "decided_at",
];

/// Writes decisions as CSV (header [`DECISIONS_HEADER`]), every cell through
/// [`neutralise_cell`](super::neutralise_cell).
pub fn decisions_to_csv(decisions: &[Decision]) -> String {
    let mut header = DECISIONS_HEADER.to_vec();
    header.push(LIST_AS_OF_COLUMN);
    super::write_csv(
        &header,
        decisions.iter().map(|d| {
            vec![
                d.supplier_name.clone(),
                d.entity_id.clone(),
                d.list.as_str().to_string(),
                d.entity_name.clone(),
                d.status.label().to_string(),
                d.note.clone(),
                d.decided_at.clone(),
                d.list_as_of.clone(),
            ]
        }),
        neutralise_cell,
    )
}

/// Why a decisions file could not be read: which file, which line, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionsError {
    pub file: String,
    /// 1-based line of the file (a quoted cell spanning lines counts from the line the row starts on).
    pub line: u64,
    pub problem: DecisionsProblem,
}

/// What is wrong on that line, as facts (the app words them in the reader's language).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DecisionsProblem {
    /// No header line at all.
    Empty,
    /// The csv crate's own complaint.
    NotCsv(String),
    /// The header lacks a required column.
    MissingColumn {
        column: String,
        found: Vec<String>,
    },
    /// A row with fewer cells than the header's columns need.
    TooFewColumns {
        expected: usize,
        found: usize,
    },
    EmptySupplier,
    EmptyEntityId,
    UnknownList(String),
    UnknownDecision(String),
}

impl std::fmt::Display for DecisionsProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use DecisionsProblem as P;
        match self {
            P::Empty => write!(
                f,
                "the file is empty; a decisions file starts with the header {}",
                DECISIONS_HEADER.join(",")
            ),
            P::NotCsv(e) => write!(f, "not valid CSV: {e}"),
            P::MissingColumn { column, found } => write!(
                f,
                "the header has no {column:?} column; expected {} (found {})",
                DECISIONS_HEADER.join(","),
                found.join(",")
            ),
            P::TooFewColumns { expected, found } => write!(
                f,
                "expected {expected} columns as in the header, found {found}"
            ),
            P::EmptySupplier => write!(f, "supplier_name is empty"),
            P::EmptyEntityId => write!(f, "entity_id is empty"),
            P::UnknownList(cell) => write!(
                f,
                "unknown list {cell:?}; expected one of {}",
                ListCode::ALL.map(|c| c.as_str()).join(", ")
            ),
            P::UnknownDecision(cell) => write!(
                f,
                "unknown decision {cell:?}; expected {}",
                DecisionStatus::ALL
                    .map(|s| format!("{:?}", s.label()))
                    .join(", ")
            ),
        }
    }
}

impl std::fmt::Display for DecisionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}, line {}: {}", self.file, self.line, self.problem)
    }
}

impl std::error::Error for DecisionsError {}

/// Reads a decisions CSV as written by [`decisions_to_csv`]. Columns are found by header name (any
/// order, extra columns ignored), so a file reordered in a spreadsheet still loads; cells protected
/// by [`neutralise_cell`](super::neutralise_cell) read back to their original text. Blank lines are
/// skipped. Decision labels are read leniently ([`DecisionStatus::parse`]).
pub fn decisions_from_csv(file_name: &str, text: &str) -> Result<Vec<Decision>, DecisionsError> {
    let err = |line: u64, problem: DecisionsProblem| DecisionsError {
        file: file_name.to_string(),
        line,
        problem,
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = rdr.records();
    let header = loop {
        match records.next() {
            None => {
                return Err(err(1, DecisionsProblem::Empty));
            }
            Some(Err(e)) => return Err(err(line_of(&e), DecisionsProblem::NotCsv(e.to_string()))),
            Some(Ok(r)) if r.iter().all(|c| c.trim().is_empty()) => continue,
            Some(Ok(r)) => break r,
        }
    };
    let header_line = header.position().map_or(1, |p| p.line());
    let mut cols = [0usize; 7];
    for (i, want) in DECISIONS_HEADER.iter().enumerate() {
        cols[i] = header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(want))
            .ok_or_else(|| {
                err(
                    header_line,
                    DecisionsProblem::MissingColumn {
                        column: want.to_string(),
                        found: header.iter().map(str::to_string).collect(),
                    },
                )
            })?;
    }
    let as_of_col = header
        .iter()
        .position(|h| h.trim().eq_ignore_ascii_case(LIST_AS_OF_COLUMN));
    let width = cols.iter().max().map_or(0, |m| m + 1);
    let mut out = Vec::new();
    for rec in records {
        let rec = rec.map_err(|e| err(line_of(&e), DecisionsProblem::NotCsv(e.to_string())))?;
        let line = rec.position().map_or(0, |p| p.line());
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if rec.len() < width {
            return Err(err(
                line,
                DecisionsProblem::TooFewColumns {
                    expected: width,
                    found: rec.len(),
                },
            ));
        }
        let cell = |i: usize| restore_cell(&rec[cols[i]]).into_owned();
        let supplier_name = cell(0);
        if supplier_name.trim().is_empty() {
            return Err(err(line, DecisionsProblem::EmptySupplier));
        }
        let entity_id = cell(1).trim().to_string();
        if entity_id.is_empty() {
            return Err(err(line, DecisionsProblem::EmptyEntityId));
        }
        let list_cell = cell(2);
        let list = ListCode::parse(&list_cell)
            .ok_or_else(|| err(line, DecisionsProblem::UnknownList(list_cell.clone())))?;
        let status_cell = cell(4);
        let status = DecisionStatus::parse(&status_cell)
            .ok_or_else(|| err(line, DecisionsProblem::UnknownDecision(status_cell.clone())))?;
        out.push(Decision {
            supplier_name,
            entity_id,
            list,
            entity_name: cell(3),
            status,
            note: cell(5),
            decided_at: cell(6),
            list_as_of: as_of_col
                .and_then(|c| rec.get(c))
                .map(|v| restore_cell(v).trim().to_string())
                .unwrap_or_default(),
        });
    }
    Ok(out)
}

fn line_of(e: &csv::Error) -> u64 {
    e.position().map_or(0, |p| p.line())
}
