//! The reducer: every page action as a change of state, checked without a browser.

use super::*;
use crate::ui::testing::{apply, clear, hit, input, result, risk, screened, table};
use supplyscreen_engine::export::DecisionStatus;
use supplyscreen_engine::model::ListInfo;

fn start() -> Rc<State> {
    Rc::new(State::default())
}

fn info(codes: &[ListCode]) -> LoadedInfo {
    LoadedInfo {
        lists: codes
            .iter()
            .map(|&code| ListInfo {
                code,
                name: format!("{} list", code.as_str()),
                agency: "Agency".into(),
                as_of: "2026-01-15".into(),
                as_of_from: "content".into(),
                fetched: "2026-01-16".into(),
                files: Vec::new(),
                source_url: "https://example.gov/list".into(),
                record_count: 5,
                notes: Vec::new(),
            })
            .collect(),
        entities: 10,
        names_indexed: 12,
        goods_rows: 3,
        bundle_sha256: "cd".repeat(32),
        bundle_bytes: 1_000,
        built_from: "test".into(),
        engine_version: "0.0.0".into(),
        fetch_ms: 1.0,
        decode_ms: 2.0,
        index_ms: 3.0,
        warmup_ms: 4.0,
    }
}

const LISTS: [ListCode; 3] = [ListCode::DhsUflpa, ListCode::BisEntity, ListCode::OfacSdn];

fn decision(supplier: &str, entity_id: &str, status: DecisionStatus) -> Decision {
    Decision {
        supplier_name: supplier.into(),
        entity_id: entity_id.into(),
        list: ListCode::BisEntity,
        entity_name: format!("Entity {entity_id}"),
        status,
        note: String::new(),
        decided_at: "2026-11-27 10:00 (UTC+00:00)".into(),
        list_as_of: String::new(),
    }
}

fn figures() -> RunFigures {
    RunFigures {
        ms: 12.0,
        page_memory: 1,
        worker_memory: 2,
        workers: 1,
        match_ms: 3.0,
        worker_ms: 4.0,
    }
}

fn en(id: &str) -> String {
    catalog(Lang::En).t(id)
}

#[test]
fn loading_the_lists() {
    let s = start().reduce(Action::Loaded(info(&LISTS)));
    assert!(matches!(&s.load, LoadState::Ready(i) if i.lists.len() == 3));
    assert_eq!(
        s.announcement,
        "Restriction lists loaded: 3 lists, 10 listed parties."
    );
    let problem = LoadProblem::Http {
        url: "lists.bundle".into(),
        status: 404,
    };
    let s = start().reduce(Action::LoadFailed(problem.clone()));
    assert!(s.load == LoadState::Failed(problem.clone()));
    assert_eq!(s.announcement, problem.localize(&catalog(Lang::En)));
}

#[test]
fn reading_a_file_takes_its_detected_mapping() {
    let s = start().reduce(Action::ParseStarted);
    assert!(s.parsing);
    assert_eq!(s.announcement, en("announce-reading"));

    let failed = s.reduce(Action::ParseFailed(ParseProblem::PasteBoxEmpty));
    assert!(!failed.parsing);
    assert_eq!(failed.parse_error, Some(ParseProblem::PasteBoxEmpty));
    assert_eq!(failed.announcement, en("error-paste-empty"));

    // Reading again clears the previous error; the table read brings its detected columns.
    let again = failed.reduce(Action::ParseStarted);
    assert_eq!(again.parse_error, None);
    let t = table(&["Acme Ltd", "Beta GmbH"]);
    let s = again.reduce(Action::Parsed(t.clone()));
    assert!(!s.parsing);
    assert_eq!(s.parse_error, None);
    assert_eq!(s.mapping, t.mapping);
    assert_eq!(s.table.as_deref(), Some(&t));
    assert_eq!(
        s.announcement,
        "Read 2 rows and 2 columns from suppliers.csv."
    );

    // A later failure keeps the table that was read.
    let s = s.reduce(Action::ParseFailed(ParseProblem::PasteBoxEmpty));
    assert_eq!(s.table.as_deref(), Some(&t));
}

#[test]
fn set_mapping_changes_the_mapping_not_the_screened_rows() {
    let s = apply(
        start(),
        [
            Action::Parsed(table(&["Acme Ltd", "Beta GmbH"])),
            Action::ScreenStarted {
                total: 2,
                inputs: Rc::new(vec![input("Acme Ltd"), input("Beta GmbH")]),
                lists: None,
            },
            Action::ChunkDone {
                first_row: 0,
                results: vec![clear(), clear()],
            },
        ],
    );
    let mapping = ColumnMapping {
        name: Some(1),
        country: None,
        address: Some(0),
        product: None,
        id: Some(2),
        hs: None,
    };
    let after = s.clone().reduce(Action::SetMapping(mapping));
    assert_eq!(after.mapping, mapping);
    assert_ne!(s.mapping, mapping);
    // The results stay those of the mapping they were screened with, until the next run.
    assert!(Rc::ptr_eq(&after.inputs, &s.inputs));
    assert_eq!(after.screened_rows(), 2);
    assert!(after.run == s.run);
    // The same table (`Shared` compares by address).
    assert!(after.table.as_ref().unwrap() == s.table.as_ref().unwrap());
}

#[test]
fn threshold_filters_and_sort_go_back_to_the_first_page() {
    let on_page_3 = || start().reduce(Action::Page(3));
    assert_eq!(on_page_3().page, 3);

    let s = on_page_3().reduce(Action::SetThreshold(0.9));
    assert_eq!((s.threshold, s.page), (0.9, 0));
    let s = on_page_3().reduce(Action::FilterStatus(Some(Status::ProductRisk)));
    assert_eq!((s.filter_status, s.page), (Some(Status::ProductRisk), 0));
    let s = on_page_3().reduce(Action::FilterList(Some(ListCode::CbpWro)));
    assert_eq!((s.filter_list, s.page), (Some(ListCode::CbpWro), 0));
    let s = s.reduce(Action::FilterList(None));
    assert_eq!(s.filter_list, None);
    let s = on_page_3().reduce(Action::SortBy(SortKey::Name));
    assert_eq!(s.page, 0);
}

#[test]
fn sorting_a_column_again_reverses_it_and_scores_start_best_first() {
    let s = start();
    assert!(s.sort == (SortKey::Row, true));
    let s = s.reduce(Action::SortBy(SortKey::Row));
    assert!(s.sort == (SortKey::Row, false));
    let s = s.reduce(Action::SortBy(SortKey::Name));
    assert!(s.sort == (SortKey::Name, true));
    let s = s.reduce(Action::SortBy(SortKey::Name));
    assert!(s.sort == (SortKey::Name, false));
    let s = s.reduce(Action::SortBy(SortKey::Score));
    assert!(s.sort == (SortKey::Score, false));
    let s = s.reduce(Action::SortBy(SortKey::Score));
    assert!(s.sort == (SortKey::Score, true));
    let s = s.reduce(Action::SortBy(SortKey::Status));
    assert!(s.sort == (SortKey::Status, true));
}

#[test]
fn chunks_are_kept_in_row_order_and_a_run_finishes() {
    let total = CHUNK_ROWS + 1;
    let s = start().reduce(Action::ScreenStarted {
        total,
        inputs: Rc::new((0..total).map(|i| input(&format!("S{i}"))).collect()),
        lists: None,
    });
    assert!(s.run == RunState::Running { done: 0, total });
    assert_eq!(s.announcement, format!("Screening {total} suppliers…"));

    let first: Vec<RowResult> = (0..CHUNK_ROWS).map(|_| clear()).collect();
    let s = s.reduce(Action::ChunkDone {
        first_row: 0,
        results: first.clone(),
    });
    assert!(
        s.run
            == RunState::Running {
                done: CHUNK_ROWS,
                total
            }
    );
    // A chunk that is not the next one (repeated, or after a gap) is not appended.
    let s = s.reduce(Action::ChunkDone {
        first_row: 0,
        results: first,
    });
    let s = s.reduce(Action::ChunkDone {
        first_row: 2 * CHUNK_ROWS,
        results: vec![clear()],
    });
    assert_eq!(s.screened_rows(), CHUNK_ROWS);

    let last = result(vec![hit(ListCode::BisEntity, "e1", 0.9)], Vec::new());
    let s = s.reduce(Action::ChunkDone {
        first_row: CHUNK_ROWS,
        results: vec![last.clone()],
    });
    assert_eq!(s.chunks.len(), 2);
    assert_eq!(s.screened_rows(), total);
    assert_eq!(s.result(CHUNK_ROWS), Some(&last));
    assert_eq!(s.result(CHUNK_ROWS - 1), Some(&clear()));
    assert_eq!(s.result(total), None);

    let s = s.reduce(Action::ScreenDone(figures()));
    assert!(
        s.run
            == RunState::Done {
                total,
                figures: figures()
            }
    );
    assert_eq!(
        s.announcement,
        format!("Screening finished: {total} suppliers, 1 possible matches.")
    );
}

#[test]
fn the_finished_count_of_matches_follows_the_threshold() {
    let rows = || {
        vec![
            (
                "A",
                result(vec![hit(ListCode::BisEntity, "e1", 0.9)], vec![]),
            ),
            (
                "B",
                result(vec![hit(ListCode::BisEntity, "e2", 0.8)], vec![]),
            ),
            ("C", clear()),
        ]
    };
    let s = screened(rows()).reduce(Action::ScreenDone(figures()));
    assert_eq!(
        s.announcement,
        "Screening finished: 3 suppliers, 2 possible matches."
    );
    let s = apply(
        screened(rows()),
        [Action::SetThreshold(0.85), Action::ScreenDone(figures())],
    );
    assert_eq!(
        s.announcement,
        "Screening finished: 3 suppliers, 1 possible matches."
    );
}

#[test]
fn a_new_run_starts_from_nothing() {
    let s = apply(
        screened(vec![("A", clear()), ("B", clear())]),
        [
            Action::Parsed(table(&["A", "B", "C"])),
            Action::Select(Some(1)),
            Action::Page(2),
            Action::Explained(1, Vec::new()),
        ],
    );
    assert!(s.selected.is_some() && s.explained.is_some() && s.screened_rows() == 2);
    let lists = Some(vec![ListCode::BisEntity]);
    let s = s.reduce(Action::ScreenStarted {
        total: 3,
        inputs: Rc::new(vec![input("A"), input("B"), input("C")]),
        lists: lists.clone(),
    });
    assert!(s.run == RunState::Running { done: 0, total: 3 });
    assert_eq!(s.screened_rows(), 0);
    assert_eq!(s.inputs.len(), 3);
    assert_eq!((s.selected, s.page), (None, 0));
    assert!(s.explained.is_none());
    assert_eq!(s.screened_lists, lists);
    assert!(s.screened_file.as_ref().unwrap() == s.table.as_ref().unwrap());
}

#[test]
fn cancel_stops_a_running_screen_only() {
    let running = apply(
        start(),
        [
            Action::ScreenStarted {
                total: 3,
                inputs: Rc::new(vec![input("A"), input("B"), input("C")]),
                lists: None,
            },
            Action::ChunkDone {
                first_row: 0,
                results: vec![clear(), clear()],
            },
        ],
    );
    let s = running.reduce(Action::Cancelled);
    assert!(s.run == RunState::Cancelled { done: 2, total: 3 });
    assert_eq!(
        s.announcement,
        "Screening cancelled after 2 of 3 suppliers."
    );
    assert_eq!(s.screened_rows(), 2);

    // Cancelling what is not running changes nothing.
    for s in [
        start(),
        s,
        screened(vec![("A", clear())]).reduce(Action::ScreenDone(figures())),
    ] {
        let mut after = (*s.clone().reduce(Action::Cancelled)).clone();
        after.view = s.view; // every action but a chunk asks views to redraw
        assert!(after == *s);
    }
}

#[test]
fn decisions_are_set_replaced_and_cleared() {
    let s = start().reduce(Action::Decide(decision(
        "Acme  Ltd",
        "e1",
        DecisionStatus::Confirmed,
    )));
    assert_eq!(s.decisions.len(), 1);
    // Stored under the normalised supplier name, so the table's spelling finds it.
    assert_eq!(
        s.decision("acme ltd", "e1").map(|d| d.status),
        Some(DecisionStatus::Confirmed)
    );
    assert_eq!(s.announcement, "Marked Entity e1 as Confirmed match.");

    let s = s.reduce(Action::Decide(decision(
        "ACME LTD",
        "e1",
        DecisionStatus::FalsePositive,
    )));
    assert_eq!(s.decisions.len(), 1, "the same pair is decided once");
    assert_eq!(
        s.decision("Acme Ltd", "e1").map(|d| d.status),
        Some(DecisionStatus::FalsePositive)
    );
    let s = s.reduce(Action::Decide(decision(
        "Acme Ltd",
        "e2",
        DecisionStatus::NeedsReview,
    )));
    assert_eq!(s.decisions.len(), 2);

    let s = s.reduce(Action::ClearDecisions);
    assert!(s.decisions.is_empty());
    assert_eq!(s.decision("Acme Ltd", "e1"), None);
    assert_eq!(s.announcement, en("announce-decisions-cleared"));
}

#[test]
fn loaded_decisions_are_merged_and_clear_the_error() {
    let s = apply(
        start(),
        [
            Action::Decide(decision("A", "e1", DecisionStatus::Confirmed)),
            Action::Decide(decision("B", "e2", DecisionStatus::Confirmed)),
            Action::DecisionsFailed(DecisionsFailure::Unreadable {
                file: "d.csv".into(),
                reason: "NotReadableError".into(),
            }),
        ],
    );
    assert!(s.decisions_error.is_some());
    let s = s.reduce(Action::LoadDecisions(
        vec![
            decision("A", "e1", DecisionStatus::FalsePositive),
            decision("C", "e3", DecisionStatus::NeedsReview),
        ],
        "d.csv".into(),
    ));
    assert_eq!(s.decisions_error, None);
    assert_eq!(s.decisions.len(), 3);
    assert_eq!(
        s.decision("A", "e1").map(|d| d.status),
        Some(DecisionStatus::FalsePositive)
    );
    assert_eq!(
        s.decision("B", "e2").map(|d| d.status),
        Some(DecisionStatus::Confirmed)
    );
    assert_eq!(s.announcement, "Loaded 2 review decisions from d.csv.");

    // Decisions this browser kept are announced as coming from it, in the page's language.
    let s = apply(
        start(),
        [
            Action::SetLang(Lang::Es),
            Action::LoadDecisionsSaved(vec![decision("A", "e1", DecisionStatus::Confirmed)]),
        ],
    );
    assert_eq!(s.decisions.len(), 1);
    let es = catalog(Lang::Es);
    assert_eq!(
        s.announcement,
        tr!(
            es,
            "announce-decisions-loaded",
            count = 1,
            file = es.t("this-browser")
        )
    );
}

#[test]
fn a_failure_to_keep_decisions_is_shown_and_announced() {
    let s = start().reduce(Action::RememberFailed("storage-refused"));
    let failure = DecisionsFailure::Remember("storage-refused");
    assert_eq!(s.decisions_error, Some(failure.clone()));
    assert_eq!(s.announcement, failure.text(&catalog(Lang::En)));
    assert!(s.announcement.contains(&en("storage-refused")));
}

#[test]
fn switching_language_keeps_everything_else() {
    let before = apply(
        screened(vec![
            (
                "A",
                result(vec![hit(ListCode::BisEntity, "e1", 0.9)], vec![]),
            ),
            ("B", result(vec![], vec![risk()])),
        ]),
        [
            Action::Loaded(info(&LISTS)),
            Action::Parsed(table(&["A", "B"])),
            Action::TickList(ListCode::OfacSdn, false),
            Action::SetPasted("A\nB".into()),
            Action::SetThreshold(0.8),
            Action::FilterStatus(Some(Status::PossibleMatch)),
            Action::SortBy(SortKey::Score),
            Action::Page(1),
            Action::Select(Some(0)),
            Action::Decide(decision("A", "e1", DecisionStatus::Confirmed)),
            Action::Remember(true),
            Action::ShowReport(true),
        ],
    );
    let after = before.clone().reduce(Action::SetLang(Lang::Fr));
    assert_eq!(after.lang, Lang::Fr);
    assert_eq!(after.announcement, catalog(Lang::Fr).t("announce-language"));
    assert_ne!(after.announcement, en("announce-language"));
    let mut same = (*after).clone();
    same.lang = before.lang;
    same.announcement = before.announcement.clone();
    same.view = before.view;
    assert!(
        same == *before,
        "a language switch changed more than the language"
    );

    // From then on the page speaks the new language.
    let s = after.reduce(Action::AnnounceMsg("announce-not-ready"));
    assert_eq!(s.announcement, catalog(Lang::Fr).t("announce-not-ready"));
}

#[test]
fn ticking_lists_chooses_what_to_screen() {
    let s = start().reduce(Action::Loaded(info(&LISTS)));
    assert_eq!(s.offered_lists(), LISTS.to_vec());
    assert_eq!(
        s.lists_to_screen(),
        None,
        "every list: the worker's fast path"
    );

    let s = apply(
        s,
        [
            Action::TickList(ListCode::BisEntity, false),
            Action::TickList(ListCode::BisEntity, false),
        ],
    );
    assert_eq!(s.unticked_lists, vec![ListCode::BisEntity]);
    assert_eq!(
        s.lists_to_screen(),
        Some(vec![ListCode::DhsUflpa, ListCode::OfacSdn])
    );
    let s = s.reduce(Action::TickList(ListCode::BisEntity, true));
    assert!(s.unticked_lists.is_empty());
    assert_eq!(s.lists_to_screen(), None);

    // A host site's choice: only those lists are offered and screened.
    let hosted = Rc::new(State {
        allowed_lists: Some(vec![ListCode::OfacSdn, ListCode::DhsUflpa]),
        ..State::default()
    });
    assert!(
        hosted.offered_lists().is_empty(),
        "nothing before the lists load"
    );
    let s = hosted.reduce(Action::Loaded(info(&LISTS)));
    assert_eq!(
        s.offered_lists(),
        vec![ListCode::DhsUflpa, ListCode::OfacSdn]
    );
    assert_eq!(
        s.lists_to_screen(),
        Some(vec![ListCode::DhsUflpa, ListCode::OfacSdn])
    );
    let s = apply(
        s,
        [
            Action::TickList(ListCode::DhsUflpa, false),
            Action::TickList(ListCode::OfacSdn, false),
        ],
    );
    assert_eq!(s.lists_to_screen(), Some(Vec::new()));
}

#[test]
fn selecting_explaining_and_small_settings() {
    let s = apply(
        screened(vec![("A", clear()), ("B", clear())]),
        [Action::Select(Some(1)), Action::Explained(1, Vec::new())],
    );
    assert_eq!(s.selected, Some(1));
    assert!(matches!(&s.explained, Some((1, hits)) if hits.is_empty()));
    let s = apply(
        s,
        [
            Action::Select(None),
            Action::SetPasted("Acme".into()),
            Action::Remember(true),
            Action::ShowReport(true),
            Action::Announce("Hello".into()),
        ],
    );
    assert_eq!(s.selected, None);
    assert_eq!(s.pasted, "Acme");
    assert!(s.remember_decisions && s.show_report);
    assert_eq!(s.announcement, "Hello");
}

#[test]
fn status_of_a_row_follows_the_threshold() {
    let s = screened(vec![
        (
            "A",
            result(vec![hit(ListCode::BisEntity, "e1", 0.8)], vec![risk()]),
        ),
        ("B", result(vec![], vec![risk()])),
        ("C", clear()),
    ]);
    let status = |s: &State, i| s.status(s.result(i).unwrap());
    assert_eq!(status(&s, 0), Status::PossibleMatch);
    assert_eq!(status(&s, 1), Status::ProductRisk);
    assert_eq!(status(&s, 2), Status::Clear);
    let s = s.reduce(Action::SetThreshold(0.81));
    assert_eq!(status(&s, 0), Status::ProductRisk);
    assert_eq!(s.visible_hits(s.result(0).unwrap()).count(), 0);
}

/// `Shared` is equal only to itself and its clones, whatever the contents: a view that compares
/// state never walks the screened rows.
#[test]
fn shared_values_compare_by_address() {
    use super::Shared;
    let a = Shared::new(vec![clear(), clear()]);
    assert!(a == a.clone());
    assert!(a != Shared::new(vec![clear(), clear()]));
    assert_eq!(a.len(), 2);
}

/// Screened chunks do not bump `view` (the results panel redraws every 250 ms during a run); every
/// other action does.
#[test]
fn only_screened_chunks_leave_the_view_alone() {
    let s = start();
    let v = s.view;
    let s = s.reduce(Action::ChunkDone {
        first_row: 0,
        results: vec![clear()],
    });
    assert_eq!(s.view, v);
    let s = s.reduce(Action::SetThreshold(0.8));
    assert_eq!(s.view, v + 1);
}
