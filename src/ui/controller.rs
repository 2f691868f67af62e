//! The page's side of the workers: owns the bridges, sends the requests, turns every response into
//! an [`Action`] on the state, and runs the chunked screening loop (start, next chunk, cancel).
//!
//! Two kinds of worker: the screening workers (`supplyscreen_app::worker`; one from the start, a
//! pool for big files) and the reading worker (`supplyscreen_app::reader`), started at the first
//! sign of a file ([`warm_reader`]) and ended after reading a big one, which gives its memory back.
//! No worker keeps anything about a supplier file: this module
//! keeps the rows of the current run and sends them, [`CHUNK_ROWS`] at a time, with the lists to
//! screen against. Review decisions (their file, and this browser's copy) are read and kept here
//! too, so the views only call functions and dispatch actions.

use super::browser;
use super::state::{Action, DecisionsFailure, RunFigures, State};
use gloo::worker::{Spawnable, WorkerBridge};
use js_sys::Uint8Array;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;
use supplyscreen_app::codec::{from_bytes, to_transferable, JsCodec};
use supplyscreen_app::protocol::*;
use supplyscreen_app::worker::ScreenWorker;
use supplyscreen_engine::export::{decisions_from_csv, decisions_to_csv, Decision};
use supplyscreen_engine::model::ListCode;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

const DECISIONS_KEY: &str = "supplyscreen.decisions.v1";

/// Files with at least this many rows are screened by a pool of workers. A smaller file is done
/// by one worker before another could have decoded and indexed the lists (about 1.5 s each).
pub const POOL_MIN_ROWS: usize = 20_000;
/// Most workers in a pool unless the host allows more (`workers=`, `src/config.rs`): each holds
/// its own lists and index, about 60-75 MB of wasm memory.
const POOL_DEFAULT_MAX: usize = 4;
/// Chunks kept in flight per worker: one being screened and two waiting, so no worker idles while
/// the page takes in a result (with one waiting, a profile of the worker over a 10,000-row screen
/// showed it idle a third of the time: `tests/bench/profile_worker.mjs`).
const IN_FLIGHT: usize = 3;
/// A reading worker whose wasm memory grew past this on a file is ended once it has answered, so
/// the browser gets the memory back (wasm memory never shrinks); the next file starts another
/// (its code then comes from the browser's cache). Small files keep it, and answer at once.
const READER_KEEP_BYTES: usize = 64 << 20;

pub type Dispatch = UseReducerDispatcher<State>;

/// One screening worker. The first also explains rows and reports the lists.
struct Slot {
    bridge: WorkerBridge<ScreenWorker>,
    /// Its lists are loaded (the first worker answers `NotReady` itself if they are not).
    ready: bool,
    in_flight: usize,
    /// Its wasm memory at its last answer, in bytes.
    memory: usize,
    /// It screened a chunk of the current run.
    used: bool,
}

impl Slot {
    fn new(bridge: WorkerBridge<ScreenWorker>, ready: bool) -> Slot {
        Slot {
            bridge,
            ready,
            in_flight: 0,
            memory: 0,
            used: false,
        }
    }
}

/// The reading worker, as the page sees it.
struct Reader {
    worker: web_sys::Worker,
    /// It said [`ReadResponse::Ready`]: it listens. Until then requests wait in `waiting`.
    ready: bool,
    waiting: Vec<ReadRequest>,
    /// Requests sent or waiting that have no answer yet.
    unanswered: usize,
}

impl Reader {
    fn send(&mut self, req: ReadRequest) {
        self.unanswered += 1;
        if self.ready {
            post(&self.worker, &req);
        } else {
            self.waiting.push(req);
        }
    }
}

/// Posts a request as postcard bytes, handing the buffer to the worker instead of copying it.
fn post(worker: &web_sys::Worker, req: &ReadRequest) {
    let (bytes, transfer) = to_transferable(req);
    if let Err(e) = worker.post_message_with_transfer(&bytes, &transfer) {
        web_sys::console::error_2(
            &"supplyscreen: could not send to the file reader".into(),
            &e,
        );
    }
}

/// The reason given when the browser names none (a worker script that could not be fetched).
const NOT_LOADED: &str = "its code could not be loaded";

/// The reading worker's event handlers: made once, given to every reading worker the page starts.
struct ReaderHandlers {
    on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    on_error: Closure<dyn FnMut(JsValue)>,
}

/// Talks to the workers and runs the chunked screening loop.
#[derive(Default)]
pub struct Controller {
    slots: Vec<Slot>,
    reader: Option<Reader>,
    reader_handlers: Option<ReaderHandlers>,
    /// The most workers this page may use (the host's `workers=` setting), if limited.
    max_workers: Option<usize>,
    job: u32,
    running: bool,
    queue: Rc<Vec<RowInput>>,
    /// The first row not yet sent to a worker.
    next: usize,
    /// Rows handed to the state, in order; chunks that came back ahead of an earlier one wait in
    /// `pending` (a pool answers out of order, the results are kept in row order).
    delivered: usize,
    pending: BTreeMap<usize, Vec<RowResult>>,
    lists: Option<Vec<ListCode>>,
    started_ms: f64,
    /// Worker time of the current run: matching names, and all screening work (summed over workers).
    match_ms: f64,
    worker_ms: f64,
}

impl Controller {
    /// Sends a request to the first screening worker (explaining, loading).
    fn send(&self, req: Request) {
        if let Some(s) = self.slots.first() {
            s.bridge.send(req);
        }
    }

    /// Keeps worker `k` busy with the next chunks of the run.
    fn feed(&mut self, k: usize) {
        while self.running
            && self.next < self.queue.len()
            && self.slots[k].ready
            && self.slots[k].in_flight < IN_FLIGHT
        {
            let end = (self.next + CHUNK_ROWS).min(self.queue.len());
            let slot = &mut self.slots[k];
            slot.bridge.send(Request::Screen {
                job: self.job,
                first_row: self.next,
                rows: self.queue[self.next..end].to_vec(),
                lists: self.lists.clone(),
            });
            slot.in_flight += 1;
            slot.used = true;
            self.next = end;
        }
    }

    /// How many workers to screen a big file with: one per core, at most [`POOL_DEFAULT_MAX`] (or
    /// the host's limit) and at most one per GB of the device's memory where the browser says.
    fn pool_size(&self) -> usize {
        let nav = gloo::utils::window().navigator();
        let cores = (nav.hardware_concurrency() as usize).max(1);
        let memory_gb = js_sys::Reflect::get(&nav, &"deviceMemory".into())
            .ok()
            .and_then(|v| v.as_f64())
            .map(|gb| gb.floor().max(1.0) as usize);
        let limit = self.max_workers.unwrap_or(POOL_DEFAULT_MAX);
        cores.min(limit).min(memory_gb.unwrap_or(usize::MAX)).max(1)
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

/// Spawns a worker whose answers go to `on_answer`, and asks it to load the lists.
fn spawn(on_answer: impl Fn(Response) + 'static) -> WorkerBridge<ScreenWorker> {
    let bridge = ScreenWorker::spawner()
        .encoding::<JsCodec>()
        .callback(on_answer)
        .spawn_with_loader(&browser::asset_url("worker_loader.js"));
    bridge.send(Request::Load {
        bundle_url: browser::asset_url("lists.bundle"),
    });
    bridge
}

/// Spawns the first worker and asks it to load the lists (once, when the page starts).
/// `max_workers`: the host's limit on the pool, if any.
pub fn connect(ctl: &Ctl, dispatch: &Dispatch, max_workers: Option<usize>) {
    let (cb_ctl, cb_dispatch) = (ctl.clone(), dispatch.clone());
    let bridge = spawn(move |resp| on_response(&cb_ctl, &cb_dispatch, resp));
    let mut c = ctl.borrow_mut();
    c.max_workers = max_workers;
    c.slots.push(Slot::new(bridge, true));
}

/// Starts the pool's other workers for a file of `rows` rows, if it is big enough and the
/// machine has the cores ([`Controller::pool_size`]). They load the lists while the user looks at
/// the preview, and join a run already going as soon as they are ready.
fn grow_pool(ctl: &Ctl, dispatch: &Dispatch, rows: usize) {
    let want = {
        let c = ctl.borrow();
        if rows < POOL_MIN_ROWS || c.slots.is_empty() {
            return;
        }
        c.pool_size().saturating_sub(c.slots.len())
    };
    for _ in 0..want {
        let k = ctl.borrow().slots.len();
        let (cb_ctl, cb_dispatch) = (ctl.clone(), dispatch.clone());
        let bridge = spawn(move |resp| on_helper_response(&cb_ctl, &cb_dispatch, k, resp));
        ctl.borrow_mut().slots.push(Slot::new(bridge, false));
    }
}

/// The first worker's answers.
fn on_response(ctl: &Ctl, dispatch: &Dispatch, resp: Response) {
    match resp {
        Response::Loaded(info) => dispatch.dispatch(Action::Loaded(info)),
        Response::LoadFailed(problem) => dispatch.dispatch(Action::LoadFailed(problem)),
        Response::Explained { row, hits } => dispatch.dispatch(Action::Explained(row, hits)),
        Response::NotReady => dispatch.dispatch(Action::AnnounceMsg("announce-not-ready")),
        screened @ Response::Screened { .. } => on_screened(ctl, dispatch, 0, screened),
    }
}

/// A pool worker's answers: it only loads the lists and screens.
fn on_helper_response(ctl: &Ctl, dispatch: &Dispatch, k: usize, resp: Response) {
    match resp {
        Response::Loaded(_) => {
            let mut c = ctl.borrow_mut();
            c.slots[k].ready = true;
            c.feed(k);
        }
        Response::LoadFailed(problem) => {
            // The first worker loaded the same file; this one simply never screens.
            gloo::console::warn!(format!(
                "supplyscreen: a pool worker could not load the lists: {problem:?}"
            ));
        }
        screened @ Response::Screened { .. } => on_screened(ctl, dispatch, k, screened),
        _ => {}
    }
}

/// A chunk screened by worker `k`: kept in row order, the worker given the next chunk, and the run
/// finished when every row is in.
fn on_screened(ctl: &Ctl, dispatch: &Dispatch, k: usize, resp: Response) {
    let Response::Screened {
        job,
        first_row,
        results,
        worker_memory,
        match_ms,
        worker_ms,
    } = resp
    else {
        return;
    };
    let mut c = ctl.borrow_mut();
    let slot = &mut c.slots[k];
    slot.in_flight = slot.in_flight.saturating_sub(1);
    slot.memory = worker_memory;
    if job != c.job {
        // A cancelled or superseded run; the worker is free for the current one, if any.
        c.feed(k);
        return;
    }
    c.match_ms += match_ms;
    c.worker_ms += worker_ms;
    // The worker gets its next chunk before the page takes this one in (the state update and any
    // drawing), so it never waits for the page.
    c.feed(k);
    c.pending.insert(first_row, results);
    while let Some(results) = {
        let at = c.delivered;
        c.pending.remove(&at)
    } {
        let first_row = c.delivered;
        c.delivered += results.len();
        dispatch.dispatch(Action::ChunkDone { first_row, results });
    }
    if c.running && c.delivered >= c.queue.len() {
        c.running = false;
        dispatch.dispatch(Action::ScreenDone(RunFigures {
            ms: browser::now_ms() - c.started_ms,
            page_memory: wasm_memory_bytes(),
            worker_memory: c.slots.iter().map(|s| s.memory).sum(),
            workers: c.slots.iter().filter(|s| s.used).count(),
            match_ms: c.match_ms,
            worker_ms: c.worker_ms,
        }));
    }
}

/// Starts the reading worker, if it is not running: the user is about to bring a file (a pointer,
/// a drag or the keyboard focus on the file or paste area), so its code is fetched and compiled
/// while they choose one.
pub fn warm_reader(ctl: &Ctl, dispatch: &Dispatch) {
    if ctl.borrow().reader.is_none() {
        start_reader(ctl, dispatch);
    }
}

fn start_reader(ctl: &Ctl, dispatch: &Dispatch) {
    let mut c = ctl.borrow_mut();
    let handlers = c.reader_handlers.get_or_insert_with(|| {
        let (m_ctl, m_dispatch) = (ctl.clone(), dispatch.clone());
        let (e_ctl, e_dispatch) = (ctl.clone(), dispatch.clone());
        ReaderHandlers {
            on_message: Closure::new(move |e: web_sys::MessageEvent| {
                on_reader_message(&m_ctl, &m_dispatch, e.data())
            }),
            // An `ErrorEvent` for an exception in the worker, a plain `Event` when its script
            // could not be fetched.
            on_error: Closure::new(move |e: JsValue| {
                let reason = js_sys::Reflect::get(&e, &"message".into())
                    .ok()
                    .and_then(|m| m.as_string())
                    .filter(|m| !m.is_empty())
                    .unwrap_or_else(|| NOT_LOADED.to_string());
                reader_failed(&e_ctl, &e_dispatch, reason)
            }),
        }
    });
    match web_sys::Worker::new(&browser::asset_url("reader-loader.js")) {
        Ok(worker) => {
            worker.set_onmessage(Some(handlers.on_message.as_ref().unchecked_ref()));
            worker.set_onerror(Some(handlers.on_error.as_ref().unchecked_ref()));
            c.reader = Some(Reader {
                worker,
                ready: false,
                waiting: Vec::new(),
                unanswered: 0,
            });
        }
        // Refused outright (e.g. a site's policy forbids workers): reported when a file comes.
        Err(e) => gloo::console::warn!("supplyscreen: the file reader could not start:", e),
    }
}

/// Sends a request to the reading worker, starting it if need be.
fn read(ctl: &Ctl, dispatch: &Dispatch, req: ReadRequest) {
    warm_reader(ctl, dispatch);
    let mut c = ctl.borrow_mut();
    match &mut c.reader {
        Some(r) => r.send(req),
        None => {
            drop(c);
            dispatch.dispatch(Action::ParseFailed(ParseProblem::ReaderUnavailable {
                reason: "the browser refused to start it".to_string(),
            }));
        }
    }
}

/// The reading worker's answers (postcard bytes), or its loader's `{ failed }`.
fn on_reader_message(ctl: &Ctl, dispatch: &Dispatch, data: JsValue) {
    if !data.is_instance_of::<Uint8Array>() {
        let reason = js_sys::Reflect::get(&data, &"failed".into())
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_else(|| NOT_LOADED.to_string());
        reader_failed(ctl, dispatch, reason);
        return;
    }
    let resp = match from_bytes::<ReadResponse>(&Uint8Array::new(&data).to_vec()) {
        Ok(resp) => resp,
        Err(e) => {
            reader_failed(ctl, dispatch, reader_mismatch(e));
            return;
        }
    };
    let mut c = ctl.borrow_mut();
    let Some(r) = &mut c.reader else { return };
    match resp {
        ReadResponse::Ready => {
            r.ready = true;
            for req in std::mem::take(&mut r.waiting) {
                post(&r.worker, &req);
            }
        }
        ReadResponse::Parsed {
            table,
            reader_memory,
        } => {
            r.unanswered = r.unanswered.saturating_sub(1);
            if r.unanswered == 0 && reader_memory > READER_KEEP_BYTES {
                r.worker.terminate();
                c.reader = None;
            }
            drop(c);
            let rows = table.rows.len();
            dispatch.dispatch(Action::Parsed(*table));
            grow_pool(ctl, dispatch, rows);
        }
        ReadResponse::Failed(problem) => {
            r.unanswered = r.unanswered.saturating_sub(1);
            drop(c);
            dispatch.dispatch(Action::ParseFailed(problem));
        }
    }
}

/// The reading worker could not start, or stopped: it is ended, and a file it was reading gets a
/// message (the next file starts a new worker). A failure while warming up, with no file waiting,
/// is only logged: the user may never bring one.
fn reader_failed(ctl: &Ctl, dispatch: &Dispatch, reason: String) {
    let Some(r) = ctl.borrow_mut().reader.take() else {
        return; // Already reported (a failed start raises both `{ failed }` and an error event).
    };
    r.worker.terminate();
    gloo::console::warn!(format!("supplyscreen: the file reader failed: {reason}"));
    if r.unanswered > 0 {
        let problem = if r.ready {
            ParseProblem::ReaderCrashed { reason }
        } else {
            ParseProblem::ReaderUnavailable { reason }
        };
        dispatch.dispatch(Action::ParseFailed(problem));
    }
}

/// Sends a supplier file's bytes to the reading worker.
pub fn parse_file(ctl: &Ctl, dispatch: &Dispatch, file_name: String, bytes: Vec<u8>) {
    read(ctl, dispatch, ReadRequest::Parse { file_name, bytes });
}

/// Sends pasted names to the reading worker.
pub fn parse_pasted(ctl: &Ctl, dispatch: &Dispatch, text: String) {
    read(ctl, dispatch, ReadRequest::ParsePasted { text });
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
    grow_pool(ctl, dispatch, inputs.len());
    let mut c = ctl.borrow_mut();
    c.job += 1;
    c.running = true;
    c.queue = inputs.clone();
    c.next = 0;
    c.delivered = 0;
    c.pending.clear();
    c.lists = lists.clone();
    c.started_ms = browser::now_ms();
    c.match_ms = 0.0;
    c.worker_ms = 0.0;
    for s in &mut c.slots {
        s.used = false;
    }
    dispatch.dispatch(Action::ScreenStarted {
        total: inputs.len(),
        inputs,
        lists,
    });
    for k in 0..c.slots.len() {
        c.feed(k);
    }
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
    let mut c = ctl.borrow_mut();
    c.job += 1;
    c.running = false;
    c.pending.clear();
    drop(c);
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
