//! The page's side of the worker: owns the bridge, sends the requests, turns every response into an
//! [`Action`] on the state, and runs the chunked screening loop (start, next chunk, cancel).
//!
//! The worker keeps nothing about a supplier file (see `supplyscreen_app::worker`): this module
//! keeps the rows of the current run and sends them, [`CHUNK_ROWS`] at a time, with the lists to
//! screen against. Review decisions (their file, and this browser's copy) are read and kept here
//! too, so the views only call functions and dispatch actions.

use super::browser;
use super::state::{Action, DecisionsFailure, RunFigures, State};
use gloo::worker::{Spawnable, WorkerBridge};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use supplyscreen_app::codec::JsCodec;
use supplyscreen_app::protocol::*;
use supplyscreen_app::worker::ScreenWorker;
use supplyscreen_engine::export::{decisions_from_csv, decisions_to_csv, Decision};
use supplyscreen_engine::model::ListCode;
use yew::prelude::*;

const DECISIONS_KEY: &str = "supplyscreen.decisions.v1";

pub type Dispatch = UseReducerDispatcher<State>;

/// Talks to the worker and runs the chunked screening loop.
#[derive(Default)]
pub struct Controller {
    bridge: Option<WorkerBridge<ScreenWorker>>,
    job: u32,
    queue: Rc<Vec<RowInput>>,
    next: usize,
    lists: Option<Vec<ListCode>>,
    started_ms: f64,
    /// Worker time of the current run: matching names, and all screening work.
    match_ms: f64,
    worker_ms: f64,
}

impl Controller {
    fn send(&self, req: Request) {
        if let Some(b) = &self.bridge {
            b.send(req);
        }
    }

    fn send_next_chunk(&mut self) {
        if self.next >= self.queue.len() {
            return;
        }
        let end = (self.next + CHUNK_ROWS).min(self.queue.len());
        self.send(Request::Screen {
            job: self.job,
            first_row: self.next,
            rows: self.queue[self.next..end].to_vec(),
            lists: self.lists.clone(),
        });
        self.next = end;
    }
}

/// Shared handle to the controller; components compare it by identity (it never changes).
#[derive(Clone)]
pub struct Ctl(Rc<RefCell<Controller>>);

impl PartialEq for Ctl {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Ctl {
    type Target = RefCell<Controller>;
    fn deref(&self) -> &RefCell<Controller> {
        &self.0
    }
}

/// The page's one controller, kept for the life of the component that calls this (the App).
#[hook]
pub fn use_controller() -> Ctl {
    Ctl(use_mut_ref(Controller::default))
}

/// Spawns the worker and asks it to load the lists (once, when the page starts).
pub fn connect(ctl: &Ctl, dispatch: &Dispatch) {
    let cb_ctl = ctl.clone();
    let cb_dispatch = dispatch.clone();
    let bridge = ScreenWorker::spawner()
        .encoding::<JsCodec>()
        .callback(move |resp| on_response(&cb_ctl, &cb_dispatch, resp))
        .spawn_with_loader(&browser::asset_url("worker_loader.js"));
    bridge.send(Request::Load {
        bundle_url: browser::asset_url("lists.bundle"),
    });
    ctl.borrow_mut().bridge = Some(bridge);
}

fn on_response(ctl: &Ctl, dispatch: &Dispatch, resp: Response) {
    match resp {
        Response::Loaded(info) => dispatch.dispatch(Action::Loaded(info)),
        Response::LoadFailed(problem) => dispatch.dispatch(Action::LoadFailed(problem)),
        Response::Parsed(t) => dispatch.dispatch(Action::Parsed(t)),
        Response::ParseFailed(problem) => dispatch.dispatch(Action::ParseFailed(problem)),
        Response::Explained { row, hits } => dispatch.dispatch(Action::Explained(row, hits)),
        Response::NotReady => dispatch.dispatch(Action::AnnounceMsg("announce-not-ready")),
        Response::Screened {
            job,
            first_row,
            results,
            worker_memory,
            match_ms,
            worker_ms,
        } => {
            let mut c = ctl.borrow_mut();
            if job != c.job {
                return; // a cancelled or superseded run
            }
            c.match_ms += match_ms;
            c.worker_ms += worker_ms;
            let end = first_row + results.len();
            dispatch.dispatch(Action::ChunkDone { first_row, results });
            c.send_next_chunk();
            if end >= c.queue.len() {
                dispatch.dispatch(Action::ScreenDone(RunFigures {
                    ms: browser::now_ms() - c.started_ms,
                    page_memory: wasm_memory_bytes(),
                    worker_memory,
                    match_ms: c.match_ms,
                    worker_ms: c.worker_ms,
                }));
            }
        }
    }
}

/// Sends a supplier file's bytes to the worker to be read.
pub fn parse_file(ctl: &Ctl, file_name: String, bytes: Vec<u8>) {
    ctl.borrow().send(Request::Parse { file_name, bytes });
}

/// Sends pasted names to the worker to be read.
pub fn parse_pasted(ctl: &Ctl, text: String) {
    ctl.borrow().send(Request::ParsePasted { text });
}

/// Starts a screening run of the current table with the current mapping.
pub fn start_screen(ctl: &Ctl, dispatch: &Dispatch, state: &State, lists: Option<Vec<ListCode>>) {
    let Some(table) = &state.table else { return };
    let inputs: Rc<Vec<RowInput>> = Rc::new(
        table
            .rows
            .iter()
            .map(|r| RowInput::from_row(r, &state.mapping))
            .collect(),
    );
    let mut c = ctl.borrow_mut();
    c.job += 1;
    c.queue = inputs.clone();
    c.next = 0;
    c.lists = lists.clone();
    c.started_ms = browser::now_ms();
    c.match_ms = 0.0;
    c.worker_ms = 0.0;
    dispatch.dispatch(Action::ScreenStarted {
        total: inputs.len(),
        inputs,
        lists,
    });
    // Two chunks in flight keep the worker busy while the page renders the previous one.
    c.send_next_chunk();
    c.send_next_chunk();
}

/// Asks the worker for the full explanation of one screened row (shown in the detail view).
pub fn explain_row(ctl: &Ctl, state: &State, row: usize) {
    if let Some(input) = state.inputs.get(row) {
        ctl.borrow().send(Request::Explain {
            row,
            input: input.clone(),
            lists: state.screened_lists.clone(),
        });
    }
}

/// Stops the run: chunks still on their way carry the old job number and are dropped.
pub fn cancel_screen(ctl: &Ctl, dispatch: &Dispatch) {
    ctl.borrow_mut().job += 1;
    dispatch.dispatch(Action::Cancelled);
}

/// Reads a decisions file. Its errors (file, line, what to fix) come from the engine as facts.
pub fn load_decisions_file(dispatch: &Dispatch, file_name: &str, text: &str) {
    match decisions_from_csv(file_name, text) {
        Ok(list) => dispatch.dispatch(Action::LoadDecisions(list, file_name.to_string())),
        Err(e) => dispatch.dispatch(Action::DecisionsFailed(DecisionsFailure::File(e))),
    }
}

/// Loads the review decisions remembered in this browser (there are some only if the user opted in
/// earlier), and turns "remember" on for them.
pub fn load_remembered(dispatch: &Dispatch) {
    if let Some(saved) = browser::store_get(DECISIONS_KEY) {
        if let Ok(list) = decisions_from_csv("saved decisions", &saved) {
            dispatch.dispatch(Action::Remember(true));
            dispatch.dispatch(Action::LoadDecisionsSaved(list));
        }
    }
}

/// Keeps the decisions in local storage when the user opted in, and forgets them otherwise.
pub fn keep_remembered(decisions: &HashMap<String, Decision>, remember: bool, dispatch: &Dispatch) {
    if remember {
        let list: Vec<Decision> = decisions.values().cloned().collect();
        if let Err(e) = save_remembered(&list) {
            dispatch.dispatch(Action::RememberFailed(e));
        }
    } else {
        browser::store_remove(DECISIONS_KEY);
    }
}

/// Keeps decisions in local storage; the error is a message id.
fn save_remembered(decisions: &[Decision]) -> Result<(), &'static str> {
    browser::store_set(DECISIONS_KEY, &decisions_to_csv(decisions))
}
