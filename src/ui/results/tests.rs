//! Which screened rows the results table shows, and in what order.

use super::*;
use crate::ui::testing::{apply, clear, hit, result, risk, screened};
use std::rc::Rc;

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
