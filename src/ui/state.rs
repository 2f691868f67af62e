//! The page's state and every change to it, as one reducer (so a change is easy to find and test).

use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use supplyscreen_app::i18n::{catalog, Catalog, Lang};
use supplyscreen_app::messages::Localize;
use supplyscreen_app::protocol::*;
use supplyscreen_app::tr;
use supplyscreen_engine::export::{
    decision_key, decision_keys, lists_changed, Decision, DecisionsError, ListChange, Review,
};
use supplyscreen_engine::input::ColumnMapping;
use supplyscreen_engine::model::ListCode;
pub use supplyscreen_engine::rows::Status;
use supplyscreen_engine::screen::{Hit, DEFAULT_THRESHOLD};
use yew::Reducible;

#[derive(Clone, PartialEq)]
pub enum LoadState {
    Loading,
    Ready(Rc<LoadedInfo>),
    Failed(LoadProblem),
}

#[derive(Clone, Copy, PartialEq)]
pub enum RunState {
    Idle,
    Running { done: usize, total: usize },
    Cancelled { done: usize, total: usize },
    Done { total: usize, figures: RunFigures },
}

/// What a finished run measured (shown, and read by the browser benchmark).
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct RunFigures {
    /// From "Screen suppliers" to the last chunk, in the page.
    pub ms: f64,
    /// Wasm memory of the page and of the workers (all of them) when the run ended, in bytes.
    pub page_memory: usize,
    pub worker_memory: usize,
    /// How many workers screened rows of this run.
    pub workers: usize,
    /// Worker milliseconds: matching names only, and all screening work.
    pub match_ms: f64,
    pub worker_ms: f64,
}

/// How the page words and styles a row's [`Status`] (the rule itself is the engine's, shared
/// with the results CSV and the CLI).
pub trait StatusView {
    /// The message id of the label shown on the page.
    fn msg(self) -> &'static str;
    /// The CSS class of its badge.
    fn class(self) -> &'static str;
}

impl StatusView for Status {
    fn msg(self) -> &'static str {
        match self {
            Status::PossibleMatch => "status-possible-match",
            Status::ProductRisk => "status-product-risk",
            Status::Clear => "status-clear",
        }
    }
    fn class(self) -> &'static str {
        match self {
            Status::PossibleMatch => "status-match",
            Status::ProductRisk => "status-risk",
            Status::Clear => "status-clear",
        }
    }
}

/// The message id of a review decision's label on the page (the decisions file keeps English).
pub fn decision_msg(d: supplyscreen_engine::export::DecisionStatus) -> &'static str {
    use supplyscreen_engine::export::DecisionStatus as D;
    match d {
        D::Confirmed => "decision-confirmed",
        D::FalsePositive => "decision-false-positive",
        D::NeedsReview => "decision-needs-review",
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Row,
    Name,
    Status,
    Score,
}

/// An `Rc` that compares by identity.
///
/// Yew compares a component's old and new props (here the whole [`State`]) at every render, and
/// `Rc<T>`'s own `==` compares the contents when `T` is not `Eq`: for a screened file that meant a
/// pass over every row, cell, hit and explanation, for every component, after every chunk, which
/// made a 100,000-row screen quadratic (most of the page's time in a Chromium profile). What a
/// `Shared` holds never changes (the reducer puts a new one in its place), so the same pointer
/// means the same value, and a new value always comes with a new pointer.
#[derive(Debug, Default)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

#[derive(Clone, PartialEq)]
pub struct State {
    /// The interface language; switching it keeps everything else.
    pub lang: Lang,
    /// Lists a host site restricted the widget to (`?lists=`); `None` means every list.
    pub allowed_lists: Option<Vec<ListCode>>,
    /// Lists the user unticked in "Lists loaded" (not screened against).
    pub unticked_lists: Vec<ListCode>,
    pub load: LoadState,
    pub parsing: bool,
    pub parse_error: Option<ParseProblem>,
    pub table: Option<Shared<ParsedTable>>,
    pub mapping: ColumnMapping,
    /// What the user typed in the paste box: kept even when reading it fails.
    pub pasted: String,
    pub run: RunState,
    /// The rows as they were screened (the mapping at the time of "Screen suppliers").
    pub inputs: Rc<Vec<RowInput>>,
    /// Results in chunks of [`CHUNK_ROWS`], in row order: appending a chunk never copies earlier ones.
    pub chunks: Vec<Shared<Vec<RowResult>>>,
    pub screened_file: Option<Shared<ParsedTable>>,
    pub screened_lists: Option<Vec<ListCode>>,
    pub threshold: f64,
    pub filter_status: Option<Status>,
    pub filter_list: Option<ListCode>,
    pub sort: (SortKey, bool),
    pub page: usize,
    pub selected: Option<usize>,
    pub decisions: Rc<HashMap<String, Decision>>,
    /// The hits that had a decision when decisions were loaded (from a file or this browser);
    /// every other hit is new since that review. `None` until decisions are loaded.
    pub earlier: Option<Rc<HashSet<String>>>,
    /// Show only rows with a hit that is new since the last review.
    pub filter_new: bool,
    pub remember_decisions: bool,
    /// The latest message for screen readers (an aria-live region reads it out).
    pub announcement: String,
    pub decisions_error: Option<DecisionsFailure>,
    pub show_report: bool,
    /// The selected row's hits with full explanations, once the worker sent them.
    pub explained: Option<(usize, Rc<Vec<HitView>>)>,
    /// Bumped by every action but a screened chunk: views that go over every row redraw when it
    /// changes, and during a run only now and then (`results::ResultsPanel`).
    pub view: u64,
}

impl Default for State {
    fn default() -> Self {
        State {
            lang: Lang::En,
            allowed_lists: None,
            unticked_lists: Vec::new(),
            load: LoadState::Loading,
            parsing: false,
            parse_error: None,
            table: None,
            mapping: ColumnMapping::default(),
            pasted: String::new(),
            run: RunState::Idle,
            inputs: Rc::new(Vec::new()),
            chunks: Vec::new(),
            screened_file: None,
            screened_lists: None,
            threshold: DEFAULT_THRESHOLD,
            filter_status: None,
            filter_list: None,
            sort: (SortKey::Row, true),
            page: 0,
            selected: None,
            decisions: Rc::new(HashMap::new()),
            earlier: None,
            filter_new: false,
            remember_decisions: false,
            announcement: String::new(),
            decisions_error: None,
            show_report: false,
            explained: None,
            view: 0,
        }
    }
}

impl State {
    pub fn result(&self, row: usize) -> Option<&RowResult> {
        self.chunks.get(row / CHUNK_ROWS)?.get(row % CHUNK_ROWS)
    }

    pub fn screened_rows(&self) -> usize {
        self.chunks.iter().map(|c| c.len()).sum()
    }

    /// Hits at or above the current threshold.
    pub fn visible_hits<'a>(&self, r: &'a RowResult) -> impl Iterator<Item = &'a Hit> {
        r.hits_at(self.threshold)
    }

    pub fn status(&self, r: &RowResult) -> Status {
        r.status(self.threshold)
    }

    pub fn decision(&self, supplier: &str, entity_id: &str) -> Option<&Decision> {
        self.decisions.get(&decision_key(supplier, entity_id))
    }

    /// The decisions and, once decisions were loaded, what was decided then (for "New").
    pub fn review(&self) -> Review<'_> {
        Review {
            decisions: &self.decisions,
            earlier: self.earlier.as_deref(),
        }
    }

    /// The hit had no decision when decisions were loaded: new since the last review.
    /// The lists of the loaded bundle that are newer than the versions the loaded decisions were
    /// made against (none until decisions are loaded, from a file or this browser).
    pub fn lists_changed(&self) -> Vec<ListChange> {
        match (&self.load, &self.earlier) {
            (LoadState::Ready(info), Some(_)) => {
                lists_changed(self.decisions.values(), &info.lists)
            }
            _ => Vec::new(),
        }
    }

    pub fn is_new(&self, supplier: &str, entity_id: &str) -> bool {
        self.review().is_new(supplier, entity_id)
    }

    /// Whether row `i` has a hit at the threshold that is new since the last review.
    pub fn row_is_new(&self, i: usize, r: &RowResult) -> bool {
        let Some(input) = self.inputs.get(i) else {
            return false;
        };
        self.earlier.is_some()
            && self
                .visible_hits(r)
                .any(|h| self.is_new(&input.name, &h.entity_id))
    }

    /// The loaded lists the page offers: all of them, or those a host site allowed.
    pub fn offered_lists(&self) -> Vec<ListCode> {
        match &self.load {
            LoadState::Ready(info) => info
                .lists
                .iter()
                .map(|l| l.code)
                .filter(|c| self.allowed_lists.as_ref().is_none_or(|a| a.contains(c)))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The lists a run screens against: `None` for every loaded list (the worker's fast path),
    /// `Some(empty)` when the user unticked them all.
    pub fn lists_to_screen(&self) -> Option<Vec<ListCode>> {
        if self.allowed_lists.is_none() && self.unticked_lists.is_empty() {
            return None;
        }
        Some(
            self.offered_lists()
                .into_iter()
                .filter(|c| !self.unticked_lists.contains(c))
                .collect(),
        )
    }
}

/// Why decisions could not be loaded or kept; worded when shown, so a language switch re-words it.
#[derive(Clone, Debug, PartialEq)]
pub enum DecisionsFailure {
    /// The decisions file is not one (the engine says which line and what).
    File(DecisionsError),
    /// The browser could not read the file.
    Unreadable { file: String, reason: String },
    /// Keeping decisions in local storage failed (a message id saying why).
    Remember(&'static str),
}

impl DecisionsFailure {
    pub fn text(&self, tr: &Catalog) -> String {
        match self {
            DecisionsFailure::File(e) => e.localize(tr),
            DecisionsFailure::Unreadable { file, reason } => tr!(
                tr,
                "error-read",
                file = file.clone(),
                reason = reason.clone()
            ),
            DecisionsFailure::Remember(why) => tr!(tr, "error-remember", reason = tr.t(why)),
        }
    }
}

pub enum Action {
    SetLang(Lang),
    /// Tick (true) or untick a list in "Lists loaded".
    TickList(ListCode, bool),
    Loaded(LoadedInfo),
    LoadFailed(LoadProblem),
    ParseStarted,
    Parsed(ParsedTable),
    ParseFailed(ParseProblem),
    SetPasted(String),
    SetMapping(ColumnMapping),
    ScreenStarted {
        total: usize,
        inputs: Rc<Vec<RowInput>>,
        lists: Option<Vec<ListCode>>,
    },
    ChunkDone {
        first_row: usize,
        results: Vec<RowResult>,
    },
    ScreenDone(RunFigures),
    Cancelled,
    SetThreshold(f64),
    FilterStatus(Option<Status>),
    FilterList(Option<ListCode>),
    /// Show only rows with a hit new since the last review (or all rows).
    FilterNew(bool),
    SortBy(SortKey),
    Page(usize),
    Select(Option<usize>),
    Decide(Decision),
    LoadDecisions(Vec<Decision>, String),
    DecisionsFailed(DecisionsFailure),
    Remember(bool),
    ClearDecisions,
    Announce(String),
    /// Announce a message by id, in the current language.
    AnnounceMsg(&'static str),
    /// Decisions remembered in this browser, loaded at start.
    LoadDecisionsSaved(Vec<Decision>),
    /// Keeping decisions in local storage failed (a message id saying why).
    RememberFailed(&'static str),
    ShowReport(bool),
    Explained(usize, Vec<HitView>),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        if !matches!(action, Action::ChunkDone { .. }) {
            s.view += 1;
        }
        let tr = catalog(s.lang);
        match action {
            Action::SetLang(lang) => {
                s.lang = lang;
                s.announcement = catalog(lang).t("announce-language");
            }
            Action::TickList(code, on) => {
                s.unticked_lists.retain(|c| *c != code);
                if !on {
                    s.unticked_lists.push(code);
                }
            }
            Action::Loaded(info) => {
                s.announcement = tr!(
                    tr,
                    "announce-loaded",
                    lists = info.lists.len(),
                    entities = info.entities
                );
                s.load = LoadState::Ready(Rc::new(info));
            }
            Action::LoadFailed(m) => {
                s.announcement = m.localize(&tr);
                s.load = LoadState::Failed(m);
            }
            Action::ParseStarted => {
                s.parsing = true;
                s.parse_error = None;
                s.announcement = tr.t("announce-reading");
            }
            Action::Parsed(t) => {
                s.parsing = false;
                s.parse_error = None;
                s.mapping = t.mapping;
                s.announcement = tr!(
                    tr,
                    "announce-parsed",
                    rows = t.rows.len(),
                    columns = t.columns.len(),
                    file = t.display_name(&tr)
                );
                s.table = Some(Shared::new(t));
            }
            Action::ParseFailed(m) => {
                s.parsing = false;
                s.announcement = m.localize(&tr);
                s.parse_error = Some(m);
            }
            Action::SetPasted(t) => s.pasted = t,
            Action::SetMapping(m) => s.mapping = m,
            Action::ScreenStarted {
                total,
                inputs,
                lists,
            } => {
                s.run = RunState::Running { done: 0, total };
                s.inputs = inputs;
                s.explained = None;
                s.chunks.clear();
                s.screened_file = s.table.clone();
                s.screened_lists = lists;
                s.selected = None;
                s.page = 0;
                s.announcement = tr!(tr, "announce-screening", total = total);
            }
            Action::ChunkDone { first_row, results } => {
                if first_row == s.screened_rows() {
                    s.chunks.push(Shared::new(results));
                }
                if let RunState::Running { total, .. } = s.run {
                    s.run = RunState::Running {
                        done: s.screened_rows(),
                        total,
                    };
                }
            }
            Action::ScreenDone(figures) => {
                let total = s.screened_rows();
                s.run = RunState::Done { total, figures };
                let matches = (0..total)
                    .filter_map(|i| s.result(i))
                    .filter(|r| s.status(r) == Status::PossibleMatch)
                    .count();
                s.announcement = tr!(tr, "announce-finished", total = total, matches = matches);
            }
            Action::Cancelled => {
                if let RunState::Running { done, total } = s.run {
                    s.run = RunState::Cancelled { done, total };
                    s.announcement = tr!(tr, "announce-cancelled", done = done, total = total);
                }
            }
            Action::SetThreshold(t) => {
                s.threshold = t;
                s.page = 0;
            }
            Action::FilterStatus(f) => {
                s.filter_status = f;
                s.page = 0;
            }
            Action::FilterList(f) => {
                s.filter_list = f;
                s.page = 0;
            }
            Action::FilterNew(on) => {
                s.filter_new = on;
                s.page = 0;
            }
            Action::SortBy(k) => {
                s.sort = if s.sort.0 == k {
                    (k, !s.sort.1)
                } else {
                    (k, k != SortKey::Score)
                };
                s.page = 0;
            }
            Action::Page(p) => s.page = p,
            Action::Select(r) => s.selected = r,
            Action::Decide(mut d) => {
                // The version of the list this decision is made against, so a later screen on a
                // newer bundle can say the list changed since.
                if d.list_as_of.is_empty() {
                    if let LoadState::Ready(info) = &s.load {
                        if let Some(l) = info.lists.iter().find(|l| l.code == d.list) {
                            d.list_as_of = l.as_of.clone();
                        }
                    }
                }
                let key = decision_key(&d.supplier_name, &d.entity_id);
                s.announcement = tr!(
                    tr,
                    "announce-decided",
                    entity = d.entity_name.clone(),
                    decision = tr.t(decision_msg(d.status))
                );
                Rc::make_mut(&mut s.decisions).insert(key, d);
            }
            Action::LoadDecisions(list, file) => {
                let n = list.len();
                let map = Rc::make_mut(&mut s.decisions);
                for d in list {
                    map.insert(decision_key(&d.supplier_name, &d.entity_id), d);
                }
                // What is decided now is the last review: later hits are new against it.
                s.earlier = Some(Rc::new(decision_keys(&s.decisions)));
                s.decisions_error = None;
                s.announcement = tr!(tr, "announce-decisions-loaded", count = n, file = file);
            }
            Action::DecisionsFailed(m) => {
                s.announcement = m.text(&tr);
                s.decisions_error = Some(m);
            }
            Action::Remember(on) => s.remember_decisions = on,
            Action::ClearDecisions => {
                s.decisions = Rc::new(HashMap::new());
                s.earlier = None;
                s.filter_new = false;
                s.announcement = tr.t("announce-decisions-cleared");
            }
            Action::Announce(m) => s.announcement = m,
            Action::AnnounceMsg(id) => s.announcement = tr.t(id),
            Action::LoadDecisionsSaved(list) => {
                let file = tr.t("this-browser");
                return Rc::new(s).reduce(Action::LoadDecisions(list, file));
            }
            Action::RememberFailed(why) => {
                let m = DecisionsFailure::Remember(why);
                s.announcement = m.text(&tr);
                s.decisions_error = Some(m);
            }
            Action::ShowReport(on) => s.show_report = on,
            Action::Explained(row, hits) => s.explained = Some((row, Rc::new(hits))),
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests;
