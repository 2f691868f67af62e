//! The page's state and every change to it, as one reducer (so a change is easy to find and test).

use std::collections::HashMap;
use std::rc::Rc;
use supplyscreen_app::protocol::*;
use supplyscreen_engine::export::{decision_key, Decision};
use supplyscreen_engine::model::ListCode;
use supplyscreen_engine::screen::{Hit, DEFAULT_THRESHOLD};
use yew::Reducible;

#[derive(Clone, PartialEq)]
pub enum LoadState {
    Loading,
    Ready(Rc<LoadedInfo>),
    Failed(String),
}

#[derive(Clone, Copy, PartialEq)]
pub enum RunState {
    Idle,
    Running {
        done: usize,
        total: usize,
    },
    Cancelled {
        done: usize,
        total: usize,
    },
    Done {
        total: usize,
        ms: f64,
        /// Wasm memory of the page and of the worker when the run ended, in bytes.
        page_memory: usize,
        worker_memory: usize,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    PossibleMatch,
    ProductRisk,
    Clear,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::PossibleMatch => "Possible match",
            Status::ProductRisk => "Product risk",
            Status::Clear => "Clear",
        }
    }
    pub fn class(self) -> &'static str {
        match self {
            Status::PossibleMatch => "status-match",
            Status::ProductRisk => "status-risk",
            Status::Clear => "status-clear",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Row,
    Name,
    Status,
    Score,
}

#[derive(Clone, PartialEq)]
pub struct State {
    pub load: LoadState,
    pub parsing: bool,
    pub parse_error: Option<String>,
    pub table: Option<Rc<ParsedTable>>,
    pub mapping: Mapping,
    /// What the user typed in the paste box: kept even when reading it fails.
    pub pasted: String,
    pub run: RunState,
    /// The rows as they were screened (the mapping at the time of "Screen suppliers").
    pub inputs: Rc<Vec<RowInput>>,
    /// Results in chunks of [`CHUNK_ROWS`], in row order: appending a chunk never copies earlier ones.
    pub chunks: Vec<Rc<Vec<RowResult>>>,
    pub screened_file: Option<Rc<ParsedTable>>,
    pub screened_lists: Option<Vec<ListCode>>,
    pub threshold: f64,
    pub filter_status: Option<Status>,
    pub filter_list: Option<ListCode>,
    pub sort: (SortKey, bool),
    pub page: usize,
    pub selected: Option<usize>,
    pub decisions: Rc<HashMap<String, Decision>>,
    pub remember_decisions: bool,
    /// The latest message for screen readers (an aria-live region reads it out).
    pub announcement: String,
    pub decisions_error: Option<String>,
    pub show_report: bool,
    /// The selected row's hits with full explanations, once the worker sent them.
    pub explained: Option<(usize, Rc<Vec<HitView>>)>,
}

impl Default for State {
    fn default() -> Self {
        State {
            load: LoadState::Loading,
            parsing: false,
            parse_error: None,
            table: None,
            mapping: Mapping::default(),
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
            remember_decisions: false,
            announcement: String::new(),
            decisions_error: None,
            show_report: false,
            explained: None,
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
        let t = self.threshold;
        r.hits.iter().filter(move |h| h.score >= t)
    }

    pub fn status(&self, r: &RowResult) -> Status {
        if self.visible_hits(r).next().is_some() {
            Status::PossibleMatch
        } else if !r.risks.is_empty() {
            Status::ProductRisk
        } else {
            Status::Clear
        }
    }

    pub fn decision(&self, supplier: &str, entity_id: &str) -> Option<&Decision> {
        self.decisions.get(&decision_key(supplier, entity_id))
    }
}

pub enum Action {
    Loaded(LoadedInfo),
    LoadFailed(String),
    ParseStarted,
    Parsed(ParsedTable),
    ParseFailed(String),
    SetPasted(String),
    SetMapping(Mapping),
    ScreenStarted {
        total: usize,
        inputs: Rc<Vec<RowInput>>,
        lists: Option<Vec<ListCode>>,
    },
    ChunkDone {
        first_row: usize,
        results: Vec<RowResult>,
    },
    ScreenDone {
        ms: f64,
        page_memory: usize,
        worker_memory: usize,
    },
    Cancelled,
    SetThreshold(f64),
    FilterStatus(Option<Status>),
    FilterList(Option<ListCode>),
    SortBy(SortKey),
    Page(usize),
    Select(Option<usize>),
    Decide(Decision),
    LoadDecisions(Vec<Decision>, String),
    DecisionsFailed(String),
    Remember(bool),
    ClearDecisions,
    Announce(String),
    ShowReport(bool),
    Explained(usize, Vec<HitView>),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Loaded(info) => {
                s.announcement = format!(
                    "Restriction lists loaded: {} lists, {} listed parties.",
                    info.lists.len(),
                    info.entities
                );
                s.load = LoadState::Ready(Rc::new(info));
            }
            Action::LoadFailed(m) => {
                s.announcement = m.clone();
                s.load = LoadState::Failed(m);
            }
            Action::ParseStarted => {
                s.parsing = true;
                s.parse_error = None;
                s.announcement = "Reading the supplier file…".into();
            }
            Action::Parsed(t) => {
                s.parsing = false;
                s.parse_error = None;
                s.mapping = t.mapping;
                s.announcement = format!(
                    "Read {} rows and {} columns from {}.",
                    t.rows.len(),
                    t.columns.len(),
                    t.file_name
                );
                s.table = Some(Rc::new(t));
            }
            Action::ParseFailed(m) => {
                s.parsing = false;
                s.announcement = m.clone();
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
                s.announcement = format!("Screening {total} suppliers…");
            }
            Action::ChunkDone { first_row, results } => {
                if first_row == s.screened_rows() {
                    s.chunks.push(Rc::new(results));
                }
                if let RunState::Running { total, .. } = s.run {
                    s.run = RunState::Running {
                        done: s.screened_rows(),
                        total,
                    };
                }
            }
            Action::ScreenDone {
                ms,
                page_memory,
                worker_memory,
            } => {
                let total = s.screened_rows();
                s.run = RunState::Done {
                    total,
                    ms,
                    page_memory,
                    worker_memory,
                };
                let matches = (0..total)
                    .filter_map(|i| s.result(i))
                    .filter(|r| s.status(r) == Status::PossibleMatch)
                    .count();
                s.announcement =
                    format!("Screening finished: {total} suppliers, {matches} possible matches.");
            }
            Action::Cancelled => {
                if let RunState::Running { done, total } = s.run {
                    s.run = RunState::Cancelled { done, total };
                    s.announcement =
                        format!("Screening cancelled after {done} of {total} suppliers.");
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
            Action::Decide(d) => {
                let key = decision_key(&d.supplier_name, &d.entity_id);
                s.announcement = format!(
                    "Marked {} as {}.",
                    d.entity_name,
                    d.status.label().to_lowercase()
                );
                Rc::make_mut(&mut s.decisions).insert(key, d);
            }
            Action::LoadDecisions(list, file) => {
                let n = list.len();
                let map = Rc::make_mut(&mut s.decisions);
                for d in list {
                    map.insert(decision_key(&d.supplier_name, &d.entity_id), d);
                }
                s.decisions_error = None;
                s.announcement = format!("Loaded {n} review decisions from {file}.");
            }
            Action::DecisionsFailed(m) => {
                s.announcement = m.clone();
                s.decisions_error = Some(m);
            }
            Action::Remember(on) => s.remember_decisions = on,
            Action::ClearDecisions => {
                s.decisions = Rc::new(HashMap::new());
                s.announcement = "All review decisions cleared.".into();
            }
            Action::Announce(m) => s.announcement = m,
            Action::ShowReport(on) => s.show_report = on,
            Action::Explained(row, hits) => s.explained = Some((row, Rc::new(hits))),
        }
        Rc::new(s)
    }
}
