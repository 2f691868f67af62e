//! The page: one reducer ([`state`]) and views that read it. The worker does all heavy work; this
//! module only sends it requests and folds its answers into the state.

mod browser;
mod detail;
mod input;
mod lists;
mod report;
mod results;
pub mod state;
mod text;

use gloo::worker::{Spawnable, WorkerBridge};
use state::{Action, State};
use std::cell::RefCell;
use std::rc::Rc;
use supplyscreen_app::codec::JsCodec;
use supplyscreen_app::protocol::*;
use supplyscreen_app::worker::ScreenWorker;
use supplyscreen_engine::export::{decisions_from_csv, decisions_to_csv, Decision};
use supplyscreen_engine::model::ListCode;
use yew::prelude::*;

const VERSION: &str = env!("CARGO_PKG_VERSION");
const SOURCE_URL: &str = env!("CARGO_PKG_REPOSITORY");
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

fn on_response(ctl: &Ctl, dispatch: &Dispatch, resp: Response) {
    match resp {
        Response::Loaded(info) => dispatch.dispatch(Action::Loaded(info)),
        Response::LoadFailed { message } => dispatch.dispatch(Action::LoadFailed(message)),
        Response::Parsed(t) => dispatch.dispatch(Action::Parsed(t)),
        Response::ParseFailed { message } => dispatch.dispatch(Action::ParseFailed(message)),
        Response::Explained { row, hits } => dispatch.dispatch(Action::Explained(row, hits)),
        Response::NotReady => dispatch.dispatch(Action::Announce(
            "The lists are still loading; try again in a moment.".into(),
        )),
        Response::Screened {
            job,
            first_row,
            results,
            worker_memory,
        } => {
            let mut c = ctl.borrow_mut();
            if job != c.job {
                return; // a cancelled or superseded run
            }
            let end = first_row + results.len();
            dispatch.dispatch(Action::ChunkDone { first_row, results });
            c.send_next_chunk();
            if end >= c.queue.len() {
                let ms = browser::now_ms() - c.started_ms;
                dispatch.dispatch(Action::ScreenDone {
                    ms,
                    page_memory: wasm_memory_bytes(),
                    worker_memory,
                });
            }
        }
    }
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

pub fn cancel_screen(ctl: &Ctl, dispatch: &Dispatch) {
    ctl.borrow_mut().job += 1;
    dispatch.dispatch(Action::Cancelled);
}

pub fn load_decisions_file(dispatch: &Dispatch, file_name: &str, text: &str) {
    match decisions_from_csv(file_name, text) {
        Ok(list) => dispatch.dispatch(Action::LoadDecisions(list, file_name.to_string())),
        Err(e) => dispatch.dispatch(Action::DecisionsFailed(e.to_string())),
    }
}

pub fn save_remembered(decisions: &[Decision]) -> Result<(), String> {
    browser::store_set(DECISIONS_KEY, &decisions_to_csv(decisions))
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);
    let ctl = Ctl(use_mut_ref(Controller::default));

    // Spawn the worker once and ask it to load the lists.
    {
        let ctl = ctl.clone();
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
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
            // Review decisions remembered in this browser (only if the user opted in earlier).
            if let Some(saved) = browser::store_get(DECISIONS_KEY) {
                if let Ok(list) = decisions_from_csv("saved decisions", &saved) {
                    dispatch.dispatch(Action::Remember(true));
                    dispatch.dispatch(Action::LoadDecisions(list, "this browser".into()));
                }
            }
            || ()
        });
    }

    // Keep remembered decisions in step (opt-in only).
    {
        let decisions = state.decisions.clone();
        let remember = state.remember_decisions;
        let dispatch = state.dispatcher();
        use_effect_with((decisions, remember), move |(decisions, remember)| {
            if *remember {
                let list: Vec<Decision> = decisions.values().cloned().collect();
                if let Err(e) = save_remembered(&list) {
                    dispatch.dispatch(Action::DecisionsFailed(format!(
                        "Could not remember decisions in this browser: {e}"
                    )));
                }
            } else {
                browser::store_remove(DECISIONS_KEY);
            }
            || ()
        });
    }

    html! {
        <div class="page">
            <a class="skip-link" href="#main">{ "Skip to the screening tool" }</a>
            <header class="site-header">
                <h1 class="brand">{ "supplyscreen" }</h1>
                <p class="tagline">
                    { "Screen your supplier list against U.S. forced-labour and human-rights restriction \
                       lists — entirely in your browser: your supplier file never leaves this device." }
                </p>
            </header>
            <main id="main" class="main" aria-label="Screening">
                <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">
                    { state.announcement.clone() }
                </div>
                <lists::ListsPanel state={state.clone()} />
                <input::InputPanel state={state.clone()} ctl={ctl.clone()} />
                <results::ResultsPanel state={state.clone()} ctl={ctl.clone()} />
                <detail::DetailPanel state={state.clone()} ctl={ctl.clone()} />
                <report::ReportSection state={state.clone()} />
                <Privacy />
            </main>
            <footer class="site-footer">
                <span>{ format!("supplyscreen v{VERSION}") }</span>
                { " · " }
                <a href={SOURCE_URL}>{ "Source code" }</a>
                { " · free and open source · not legal advice" }
            </footer>
        </div>
    }
}

#[function_component(Privacy)]
fn privacy() -> Html {
    html! {
        <section class="panel privacy" aria-labelledby="privacy-h">
            <h2 id="privacy-h">{ "How your data is handled" }</h2>
            <p>{ "Your supplier file is read and screened by this page, on your device. Nothing you load, \
                  paste, review or export is uploaded: the only files this page downloads are the app itself \
                  and the public restriction lists, both from this site, before you choose a file." }</p>
            <p>{ "To check it yourself: open your browser's developer tools, Network tab, then screen a file \
                  — no request appears. Or disconnect from the internet once the lists have loaded: \
                  screening, review and export keep working." }</p>
            <p>{ "Review decisions stay in this page unless you download them, or tick \"Remember my review \
                  decisions in this browser\", which keeps them in this browser's local storage until you \
                  clear them." }</p>
        </section>
    }
}
/// Sends panics to the console (with a stack trace) and shows a readable error on the page, so a bug
/// never leaves the user looking at a blank page.
pub fn install_panic_reporting() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal_error(&info.to_string());
    }));
}

fn show_fatal_error(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    panel.set_attribute("role", "alert").ok();
    panel.set_class_name("fatal-error");
    // Text, not HTML: a panic message may quote user input.
    let Ok(heading) = document.create_element("strong") else {
        return;
    };
    heading.set_text_content(Some(
        "supplyscreen hit an internal error and stopped. Your file was not uploaded anywhere. \
         Reload the page to start again; if it happens again, please report the message below.",
    ));
    let Ok(detail) = document.create_element("pre") else {
        return;
    };
    detail.set_text_content(Some(message));
    panel.append_child(&heading).ok();
    panel.append_child(&detail).ok();
    body.prepend_with_node_1(&panel).ok();
}
