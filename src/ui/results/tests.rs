//! Which screened rows the results table shows, and in what order.

use super::*;
use crate::ui::testing::{apply, clear, hit, result, risk, screened};
use std::rc::Rc;
use supplyscreen_engine::export::DecisionStatus;

/// Five rows, at the default threshold (0.75):
/// 0 "beta Trading": a 0.95 hit on the Entity List — possible match;
/// 1 "Alpha Co": a 0.70 hit on the SDN list (below) and a place signal — product risk;
/// 2 "charlie": nothing — clear;
/// 3 "Delta": a 0.85 hit on the UFLPA list — possible match;
/// 4 "alpha b": a place signal (UFLPA) — product risk.
fn five() -> Rc<State> {
    screened(vec![
        (
            "beta Trading",
            result(vec![hit(ListCode::BisEntity, "e0", 0.95)], vec![]),
        ),
        (
            "Alpha Co",
            result(vec![hit(ListCode::OfacSdn, "e1", 0.70)], vec![risk()]),
        ),
        ("charlie", clear()),
        (
            "Delta",
            result(vec![hit(ListCode::DhsUflpa, "e3", 0.85)], vec![]),
        ),
        ("alpha b", result(vec![], vec![risk()])),
    ])
}

fn rows(actions: impl IntoIterator<Item = Action>) -> Vec<usize> {
    visible_rows(&apply(five(), actions))
}

#[test]
fn without_filters_rows_keep_their_order() {
    assert_eq!(rows([]), vec![0, 1, 2, 3, 4]);
    assert_eq!(rows([Action::SortBy(SortKey::Row)]), vec![4, 3, 2, 1, 0]);
    assert!(visible_rows(&State::default()).is_empty());
}

#[test]
fn filter_by_status() {
    let only = |s| rows([Action::FilterStatus(Some(s))]);
    assert_eq!(only(Status::PossibleMatch), vec![0, 3]);
    assert_eq!(only(Status::ProductRisk), vec![1, 4]);
    assert_eq!(only(Status::Clear), vec![2]);
    assert_eq!(rows([Action::FilterStatus(None)]), vec![0, 1, 2, 3, 4]);
}

#[test]
fn the_threshold_moves_rows_between_statuses() {
    let at = |t, s| rows([Action::SetThreshold(t), Action::FilterStatus(Some(s))]);
    // Down to 0.70, inclusive: row 1's hit counts.
    assert_eq!(at(0.70, Status::PossibleMatch), vec![0, 1, 3]);
    assert_eq!(at(0.70, Status::ProductRisk), vec![4]);
    // Up to 0.90: row 3's hit no longer counts, and it has no signal.
    assert_eq!(at(0.90, Status::PossibleMatch), vec![0]);
    assert_eq!(at(0.90, Status::ProductRisk), vec![1, 4]);
    assert_eq!(at(0.90, Status::Clear), vec![2, 3]);
}

#[test]
fn filter_by_list_counts_hits_above_the_threshold_and_signals() {
    let on = |l| Action::FilterList(Some(l));
    assert_eq!(rows([on(ListCode::BisEntity)]), vec![0]);
    // Hits on the list below the threshold do not count...
    assert_eq!(rows([on(ListCode::OfacSdn)]), Vec::<usize>::new());
    assert_eq!(
        rows([Action::SetThreshold(0.70), on(ListCode::OfacSdn)]),
        vec![1]
    );
    // ...risk signals on it always do.
    assert_eq!(rows([on(ListCode::DhsUflpa)]), vec![1, 3, 4]);
    assert_eq!(
        rows([Action::SetThreshold(0.90), on(ListCode::DhsUflpa)]),
        vec![1, 4]
    );
    assert_eq!(rows([on(ListCode::CbpWro)]), Vec::<usize>::new());
    // Both filters at once.
    assert_eq!(
        rows([
            on(ListCode::DhsUflpa),
            Action::FilterStatus(Some(Status::PossibleMatch))
        ]),
        vec![3]
    );
}

#[test]
fn sort_by_name_ignores_case() {
    let by_name = Action::SortBy(SortKey::Name);
    assert_eq!(rows([by_name]), vec![4, 1, 0, 2, 3]);
    let (a, b) = (Action::SortBy(SortKey::Name), Action::SortBy(SortKey::Name));
    assert_eq!(rows([a, b]), vec![3, 2, 0, 1, 4]);
    assert_eq!(
        rows([
            Action::FilterStatus(Some(Status::ProductRisk)),
            Action::SortBy(SortKey::Name)
        ]),
        vec![4, 1]
    );
}

#[test]
fn sort_by_status_puts_matches_first_and_keeps_row_order_within() {
    assert_eq!(rows([Action::SortBy(SortKey::Status)]), vec![0, 3, 1, 4, 2]);
    let (a, b) = (
        Action::SortBy(SortKey::Status),
        Action::SortBy(SortKey::Status),
    );
    assert_eq!(rows([a, b]), vec![2, 4, 1, 3, 0]);
    // The status is the one at the current threshold.
    assert_eq!(
        rows([Action::SetThreshold(0.70), Action::SortBy(SortKey::Status)]),
        vec![0, 1, 3, 4, 2]
    );
}

#[test]
fn sort_by_score_starts_best_first_and_counts_only_hits_above_the_threshold() {
    // Best first; rows without a hit above the threshold score 0 (row 1's 0.70 is below).
    assert_eq!(rows([Action::SortBy(SortKey::Score)]), vec![0, 3, 4, 2, 1]);
    assert_eq!(
        rows([Action::SetThreshold(0.70), Action::SortBy(SortKey::Score)]),
        vec![0, 3, 1, 4, 2]
    );
    let (a, b) = (
        Action::SortBy(SortKey::Score),
        Action::SortBy(SortKey::Score),
    );
    assert_eq!(rows([a, b]), vec![1, 2, 4, 3, 0]);
}

#[test]
fn best_score_is_the_best_hit_at_the_threshold() {
    let s = screened(vec![(
        "A",
        result(
            vec![
                hit(ListCode::BisEntity, "e1", 0.9),
                hit(ListCode::OfacSdn, "e2", 0.6),
            ],
            vec![],
        ),
    )]);
    let r = s.result(0).unwrap();
    assert_eq!(best_score(&s, r), 0.9);
    let s = s.reduce(Action::SetThreshold(0.95));
    assert_eq!(best_score(&s, s.result(0).unwrap()), 0.0);
}

#[test]
fn hits_without_an_earlier_decision_are_new_and_filterable() {
    let s = screened(vec![
        (
            "Acme Ltd",
            result(vec![hit(ListCode::BisEntity, "e1", 0.9)], vec![]),
        ),
        (
            "Beta Co",
            result(vec![hit(ListCode::BisEntity, "e2", 0.9)], vec![]),
        ),
        (
            "Gamma",
            result(vec![hit(ListCode::BisEntity, "e3", 0.6)], vec![]),
        ),
    ]);
    // Before any decisions are loaded, nothing is new (there is no earlier review).
    assert!(!s.row_is_new(0, s.result(0).unwrap()));
    let decided = Decision {
        supplier_name: "ACME LTD".into(),
        entity_id: "e1".into(),
        list: ListCode::BisEntity,
        entity_name: "Entity e1".into(),
        status: DecisionStatus::FalsePositive,
        note: String::new(),
        decided_at: "2026-11-30".into(),
        list_as_of: String::new(),
    };
    let s = s.reduce(Action::LoadDecisions(vec![decided], "decisions.csv".into()));
    assert!(!s.row_is_new(0, s.result(0).unwrap()), "decided earlier");
    assert!(s.row_is_new(1, s.result(1).unwrap()), "no earlier decision");
    // Row 3's only hit is below the threshold: nothing new to see.
    assert!(!s.row_is_new(2, s.result(2).unwrap()));
    let only_new = s.clone().reduce(Action::FilterNew(true));
    assert_eq!(visible_rows(&only_new), [1]);
    // Deciding a new hit now does not make it old: it was new since the last review.
    let later = Decision {
        supplier_name: "Beta Co".into(),
        entity_id: "e2".into(),
        ..only_new.decision("acme ltd", "e1").unwrap().clone()
    };
    let s = only_new.reduce(Action::Decide(later));
    assert_eq!(visible_rows(&s), [1]);
    // The results CSV says the same.
    let csv = results_csv(export_rows(&s), &s.review(), s.threshold);
    let new_col = supplyscreen_engine::export::RESULTS_HEADER
        .iter()
        .position(|h| *h == "new")
        .unwrap();
    let cells: Vec<Vec<String>> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect();
    assert_eq!(cells[0][new_col], "");
    assert_eq!(cells[1][new_col], "New");
    // Clearing the decisions ends the comparison.
    let s = s.reduce(Action::ClearDecisions);
    assert!(s.earlier.is_none() && !s.filter_new);
    assert_eq!(visible_rows(&s), [0, 1, 2]);
}
