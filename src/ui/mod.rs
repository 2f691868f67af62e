//! The page: one reducer ([`state`]), the [`controller`] that talks to the worker and folds its
//! answers into the state, and a view per step. The worker does all heavy work.
//!
//! This module is the `App` component: it makes the state and the controller, starts the worker,
//! and lays out the panels, each given what it reads.

mod browser;
mod controller;
mod detail;
mod input;
mod lists;
mod report;
mod results;
pub mod state;
#[cfg(test)]
mod testing;
mod text;

use state::{Action, State};
use std::cell::Cell;
use supplyscreen_app::config::{log_warnings, EmbedConfig};
use supplyscreen_app::i18n::{catalog, Lang};
use supplyscreen_app::tr;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

const VERSION: &str = env!("CARGO_PKG_VERSION");
const SOURCE_URL: &str = env!("CARGO_PKG_REPOSITORY");

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
    let ctl = controller::use_controller();
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

    // Spawn the worker once and ask it to load the lists; then the decisions this browser keeps.
    {
        let ctl = ctl.clone();
        let dispatch = state.dispatcher();
        let max_workers = config.workers;
        use_effect_with((), move |_| {
            controller::connect(&ctl, &dispatch, max_workers);
            controller::load_remembered(&dispatch);
            || ()
        });
    }

    // Keep remembered decisions in step (opt-in only).
    {
        let decisions = state.decisions.clone();
        let remember = state.remember_decisions;
        let dispatch = state.dispatcher();
        use_effect_with((decisions, remember), move |(decisions, remember)| {
            controller::keep_remembered(decisions, *remember, &dispatch);
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
                // The supplier file first; the lists as a one-line summary that opens to the table.
                <input::InputPanel state={state.clone()} ctl={ctl.clone()} />
                <lists::ListsPanel
                    lang={state.lang}
                    load={state.load.clone()}
                    restricted={state.allowed_lists.is_some()}
                    offered={state.offered_lists()}
                    unticked={state.unticked_lists.clone()}
                    dispatch={state.dispatcher()}
                />
                <results::ResultsPanel state={state.clone()} />
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
