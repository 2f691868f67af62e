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
use state::{Action, DecisionsFailure, RunFigures, State};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use supplyscreen_app::codec::JsCodec;
use supplyscreen_app::config::{log_warnings, EmbedConfig};
use supplyscreen_app::i18n::{catalog, Lang};
use supplyscreen_app::protocol::*;
use supplyscreen_app::tr;
use supplyscreen_app::worker::ScreenWorker;
use supplyscreen_engine::export::{decisions_from_csv, decisions_to_csv, Decision};
use supplyscreen_engine::model::ListCode;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

const VERSION: &str = env!("CARGO_PKG_VERSION");
const SOURCE_URL: &str = env!("CARGO_PKG_REPOSITORY");
const DECISIONS_KEY: &str = "supplyscreen.decisions.v1";

pub type Dispatch = UseReducerDispatcher<State>;

thread_local! {
    /// The language shown, for the panic report (which runs outside Yew and cannot read the state).
    static CURRENT_LANG: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The starting language: the host's `?lang=` / `data-lang`, else the browser's preferences
/// (`navigator.languages`), else English.
fn initial_lang(config: &EmbedConfig) -> Lang {
    if let Some(l) = config.lang.as_deref().and_then(Lang::from_tag) {
        return l;
    }
    let preferred: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    Lang::negotiate(&preferred)
}

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

/// Keeps decisions in local storage; the error is a message id.
pub fn save_remembered(decisions: &[Decision]) -> Result<(), &'static str> {
    browser::store_set(DECISIONS_KEY, &decisions_to_csv(decisions))
}

#[function_component(App)]
pub fn app() -> Html {
    // The host's settings (embedded widget), read once; visual ones go straight onto <html>.
    let config = use_memo((), |_| {
        let (config, warnings) = EmbedConfig::from_location();
        log_warnings(&warnings);
        config.apply_to_document();
        config
    });
    let state = {
        let config = config.clone();
        use_reducer(move || State {
            lang: initial_lang(&config),
            allowed_lists: config.lists.clone(),
            threshold: config
                .threshold
                .unwrap_or(supplyscreen_engine::screen::DEFAULT_THRESHOLD),
            ..State::default()
        })
    };
    let ctl = Ctl(use_mut_ref(Controller::default));
    let tr = catalog(state.lang);

    // <html lang> follows the interface language (screen readers, fonts, hyphenation).
    use_effect_with(state.lang, |lang| {
        CURRENT_LANG.with(|c| c.set(*lang));
        if let Some(root) = gloo::utils::document().document_element() {
            root.set_attribute("lang", lang.html_lang()).ok();
        }
        gloo::utils::document().set_title(&catalog(*lang).t("page-title"));
        || ()
    });

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
                    dispatch.dispatch(Action::LoadDecisionsSaved(list));
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
                    dispatch.dispatch(Action::RememberFailed(e));
                }
            } else {
                browser::store_remove(DECISIONS_KEY);
            }
            || ()
        });
    }

    let on_lang = {
        let dispatch = state.dispatcher();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            if let Some(l) = Lang::from_tag(&sel.value()) {
                dispatch.dispatch(Action::SetLang(l));
            }
        })
    };
    let provided_by = config
        .org
        .as_ref()
        .map(|org| tr!(tr, "provided-by", org = org.clone()));

    html! {
        <div class="page">
            <a class="skip-link" href="#main">{ tr.t("skip-link") }</a>
            <header class="site-header">
                <div class="header-row">
                    <h1 class="brand">{ "supplyscreen" }</h1>
                    <div class="lang-switch">
                        <label for="lang-select" class="label">{ tr.t("language-label") }</label>
                        <select id="lang-select" onchange={on_lang}>
                            { for Lang::ALL.iter().map(|l| html! {
                                <option value={l.code()} lang={l.html_lang()} selected={*l == state.lang}>
                                    { l.native_name() }
                                </option>
                            }) }
                        </select>
                    </div>
                </div>
                <p class="tagline">{ tr.t("tagline") }</p>
                if let Some(p) = &provided_by {
                    <p class="provided-by">{ p.clone() }</p>
                }
            </header>
            <main id="main" class="main" aria-label={tr.t("main-label")}>
                <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">
                    { state.announcement.clone() }
                </div>
                <lists::ListsPanel state={state.clone()} />
                <input::InputPanel state={state.clone()} ctl={ctl.clone()} />
                <results::ResultsPanel state={state.clone()} ctl={ctl.clone()} />
                <detail::DetailPanel state={state.clone()} ctl={ctl.clone()} />
                <report::ReportSection state={state.clone()} />
                <Privacy lang={state.lang} />
            </main>
            <footer class="site-footer">
                <span>{ format!("supplyscreen v{VERSION}") }</span>
                { " · " }
                <a href={SOURCE_URL}>{ tr.t("footer-source") }</a>
                { " · " }{ tr.t("footer-free") }
            </footer>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PrivacyProps {
    lang: Lang,
}

#[function_component(Privacy)]
fn privacy(props: &PrivacyProps) -> Html {
    let tr = catalog(props.lang);
    html! {
        <section class="panel privacy" aria-labelledby="privacy-h">
            <h2 id="privacy-h">{ tr.t("privacy-heading") }</h2>
            <p>{ tr.t("privacy-local") }</p>
            <p class="privacy-detail">{ tr.t("privacy-check") }</p>
            <p class="privacy-detail">{ tr!(tr, "privacy-decisions", remember = tr.t("remember-decisions")) }</p>
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
    let text = catalog(CURRENT_LANG.with(|c| c.get())).t("fatal-error");
    heading.set_text_content(Some(&text));
    let Ok(detail) = document.create_element("pre") else {
        return;
    };
    detail.set_text_content(Some(message));
    panel.append_child(&heading).ok();
    panel.append_child(&detail).ok();
    body.prepend_with_node_1(&panel).ok();
}
