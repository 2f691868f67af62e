//! Step 1 and 2: choose a file (or paste names), check the preview and the column mapping, screen.

use super::controller::{self, cancel_screen, start_screen, Ctl, Dispatch};
use super::state::{Action, LoadState, RunFigures, RunState, Shared, State};
use supplyscreen_app::i18n::{catalog, Catalog, Lang};
use supplyscreen_app::messages::Localize;
use supplyscreen_app::protocol::{ParseProblem, ParsedTable};
use supplyscreen_app::tr;
use supplyscreen_engine::input::{ColumnMapping, InputError, Limits};
use web_sys::{DragEvent, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<State>,
    pub ctl: Ctl,
}

const PREVIEW_ROWS: usize = 5;

fn read_file(ctl: &Ctl, dispatch: &Dispatch, file: web_sys::File) {
    let max = Limits::default().max_bytes;
    let name = file.name();
    if file.size() > max as f64 {
        dispatch.dispatch(Action::ParseFailed(ParseProblem::Input(
            InputError::TooBig {
                file: name,
                bytes: file.size() as usize,
                max_bytes: max,
            },
        )));
        return;
    }
    dispatch.dispatch(Action::ParseStarted);
    let ctl = ctl.clone();
    let dispatch = dispatch.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let blob = gloo::file::Blob::from(web_sys::Blob::from(file));
        match gloo::file::futures::read_as_bytes(&blob).await {
            Ok(bytes) => controller::parse_file(&ctl, &dispatch, name, bytes),
            Err(e) => dispatch.dispatch(Action::ParseFailed(ParseProblem::Unreadable {
                file: name,
                reason: e.to_string(),
            })),
        }
    });
}

#[function_component(InputPanel)]
pub fn input_panel(props: &Props) -> Html {
    let s = &props.state;
    let tr = catalog(s.lang);
    let dispatch = s.dispatcher();
    let drag_over = use_state(|| false);

    let on_file = {
        let (ctl, dispatch) = (props.ctl.clone(), dispatch.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(f) = input.files().and_then(|l| l.get(0)) {
                read_file(&ctl, &dispatch, f);
            }
            // Allow choosing the same file again after editing it.
            input.set_value("");
        })
    };
    let on_drop = {
        let (ctl, dispatch, drag_over) = (props.ctl.clone(), dispatch.clone(), drag_over.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            drag_over.set(false);
            if let Some(f) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|l| l.get(0))
            {
                read_file(&ctl, &dispatch, f);
            }
        })
    };
    let on_dragover = {
        let drag_over = drag_over.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            drag_over.set(true);
        })
    };
    let on_dragleave = {
        let drag_over = drag_over.clone();
        Callback::from(move |_| drag_over.set(false))
    };
    let on_paste_input = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let t: HtmlTextAreaElement = e.target_unchecked_into();
            dispatch.dispatch(Action::SetPasted(t.value()));
        })
    };
    let on_use_pasted = {
        let (ctl, dispatch, text) = (props.ctl.clone(), dispatch.clone(), s.pasted.clone());
        Callback::from(move |_| {
            if text.trim().is_empty() {
                dispatch.dispatch(Action::ParseFailed(ParseProblem::PasteBoxEmpty));
                return;
            }
            dispatch.dispatch(Action::ParseStarted);
            controller::parse_pasted(&ctl, &dispatch, text.clone());
        })
    };

    // The reading worker is fetched at the first sign of a file: a pointer over the file or paste
    // area, a drag into it, or the keyboard focus in it (controller::warm_reader).
    let warm = {
        let (ctl, dispatch) = (props.ctl.clone(), dispatch.clone());
        move || controller::warm_reader(&ctl, &dispatch)
    };
    let on_pointer_in = {
        let warm = warm.clone();
        Callback::from(move |_: PointerEvent| warm())
    };
    let on_drag_in = {
        let warm = warm.clone();
        Callback::from(move |_: DragEvent| warm())
    };
    let on_focus_in = Callback::from(move |_: FocusEvent| warm());

    let running = matches!(s.run, RunState::Running { .. });
    let ready = matches!(s.load, LoadState::Ready(_));
    let lists = s.lists_to_screen();
    let no_list = lists.as_ref().is_some_and(|l| l.is_empty());
    let can_screen = ready && !running && s.table.is_some() && s.mapping.name.is_some() && !no_list;
    let on_screen = {
        let (ctl, dispatch, state) = (props.ctl.clone(), dispatch.clone(), s.clone());
        Callback::from(move |_| start_screen(&ctl, &dispatch, &state, lists.clone()))
    };
    let on_cancel = {
        let (ctl, dispatch) = (props.ctl.clone(), dispatch.clone());
        Callback::from(move |_| cancel_screen(&ctl, &dispatch))
    };

    html! {
        <section class="panel input" aria-labelledby="input-h">
            <h2 id="input-h">{ tr.t("input-heading") }</h2>
            <div class="input-grid" onpointerenter={on_pointer_in} ondragenter={on_drag_in} onfocusin={on_focus_in}>
                <div
                    class={classes!("dropzone", drag_over.then_some("dragging"))}
                    ondrop={on_drop} ondragover={on_dragover} ondragleave={on_dragleave}
                >
                    <label for="supplier-file" class="label">{ tr.t("supplier-file") }</label>
                    <input id="supplier-file" type="file"
                        accept=".csv,.tsv,.txt,.xlsx,.xls,.ods,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet"
                        onchange={on_file} aria-describedby="file-help" />
                    <p id="file-help" class="muted small">
                        { tr!(tr, "file-help", max = Limits::default().max_bytes / 1_048_576) }
                    </p>
                </div>
                <div class="paste">
                    <label for="paste-names" class="label">{ tr.t("paste-label") }</label>
                    <textarea id="paste-names" rows="5" value={s.pasted.clone()} oninput={on_paste_input}
                        placeholder={tr.t("paste-placeholder")} />
                    <button type="button" class="secondary" onclick={on_use_pasted}>{ tr.t("paste-use") }</button>
                </div>
            </div>
            if s.parsing {
                <p class="muted" aria-busy="true">{ tr.t("reading") }</p>
            }
            if let Some(err) = &s.parse_error {
                <p class="error" role="alert">{ err.localize(&tr) }</p>
            }
            if let Some(table) = &s.table {
                <Preview lang={s.lang} table={table.clone()} mapping={s.mapping} dispatch={dispatch.clone()} />
            }
            <div class="screen-bar">
                <button type="button" class="primary" disabled={!can_screen} onclick={on_screen}>
                    { tr.t("screen-button") }
                </button>
                if !ready {
                    <span class="muted small">{ " " }{ tr.t("hint-waiting-lists") }</span>
                } else if s.table.is_none() {
                    <span class="muted small">{ " " }{ tr.t("hint-choose-file") }</span>
                } else if s.mapping.name.is_none() {
                    <span class="muted small">{ " " }{ tr.t("hint-choose-name") }</span>
                } else if no_list {
                    <span class="muted small">{ " " }{ tr.t("hint-choose-list") }</span>
                }
                { progress(s.run, &tr, on_cancel) }
            </div>
        </section>
    }
}

/// The run's progress. A native `<progress>` element: it has the progressbar role and its
/// values built in, and needs no inline `style` (which the page's Content-Security-Policy forbids).
fn progress(run: RunState, tr: &Catalog, on_cancel: Callback<MouseEvent>) -> Html {
    match run {
        RunState::Idle => Html::default(),
        RunState::Running { done, total } => {
            let text = tr!(tr, "progress-text", done = done, total = total);
            html! {
                <div class="progress-wrap">
                    <progress class="progress" aria-label={tr.t("progress-label")}
                        max={total.max(1).to_string()} value={done.to_string()}
                        aria-valuemin="0" aria-valuemax={total.to_string()} aria-valuenow={done.to_string()}
                        aria-valuetext={text.clone()}>
                        { text.clone() }
                    </progress>
                    <span class="progress-text" aria-live="polite">{ text }</span>
                    <button type="button" class="secondary" onclick={on_cancel}>{ tr.t("cancel") }</button>
                </div>
            }
        }
        RunState::Cancelled { done, total } => html! {
            <span class="progress-text">{ tr!(tr, "run-cancelled", done = done, total = total) }</span>
        },
        RunState::Done {
            total,
            figures:
                RunFigures {
                    ms,
                    page_memory,
                    worker_memory,
                    workers,
                    match_ms,
                    worker_ms,
                },
        } => html! {
            <span class="progress-text" id="run-done" data-ms={format!("{ms:.0}")} data-workers={workers.to_string()}
                data-page-memory={page_memory.to_string()} data-worker-memory={worker_memory.to_string()}
                data-match-ms={format!("{match_ms:.0}")} data-worker-ms={format!("{worker_ms:.0}")}>{
                if ms < 1000.0 { tr!(tr, "run-screened-ms", total = total, ms = format!("{ms:.0}")) }
                else { tr!(tr, "run-screened-s", total = total, s = format!("{:.1}", ms / 1000.0)) }
            }</span>
        },
    }
}

/// The preview reads three things of the state: the language, the table and its column mapping.
/// (A table is only ever replaced by a new one, and [`Shared`] compares by address, so no render
/// compares every cell.)
#[derive(Properties, PartialEq)]
struct PreviewProps {
    lang: Lang,
    table: Shared<ParsedTable>,
    mapping: ColumnMapping,
    dispatch: Dispatch,
}

#[function_component(Preview)]
fn preview(props: &PreviewProps) -> Html {
    let tr = catalog(props.lang);
    let dispatch = &props.dispatch;
    let t = &props.table;
    let mapping = props.mapping;
    let select = |label: String,
                  id: &'static str,
                  value: Option<usize>,
                  required: bool,
                  set: fn(&mut ColumnMapping, Option<usize>)| {
        let dispatch = dispatch.clone();
        let onchange = Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            let mut m = mapping;
            set(&mut m, sel.value().parse().ok());
            dispatch.dispatch(Action::SetMapping(m));
        });
        html! {
            <div class="map-field">
                <label for={id} class="label">{ label }{ if required { format!(" {}", tr.t("required-suffix")) } else { String::new() } }</label>
                <select id={id} {onchange}>
                    <option value="" selected={value.is_none()}>{ if required { tr.t("option-choose") } else { tr.t("option-none") } }</option>
                    { for t.columns.iter().enumerate().map(|(i, c)| html! {
                        <option value={i.to_string()} selected={value == Some(i)}>{ c }</option>
                    }) }
                </select>
            </div>
        }
    };
    html! {
        <div class="preview">
            <p class="muted">
                <strong>{ t.display_name(&tr) }</strong>
                { " — " }{ tr!(tr, "preview-summary", description = t.source.localize(&tr), rows = t.rows.len(), columns = t.columns.len()) }
            </p>
            if !t.warnings.is_empty() {
                <ul class="warnings" aria-label={tr.t("file-warnings-label")}>
                    { for t.warnings.iter().map(|w| html! { <li>{ w.localize(&tr) }</li> }) }
                </ul>
            }
            <div class="mapping">
                { select(tr.t("column-name"), "map-name", mapping.name, true, |m, v| m.name = v) }
                { select(tr.t("column-country"), "map-country", mapping.country, false, |m, v| m.country = v) }
                { select(tr.t("column-address"), "map-address", mapping.address, false, |m, v| m.address = v) }
                { select(tr.t("column-product"), "map-product", mapping.product, false, |m, v| m.product = v) }
                { select(tr.t("column-id"), "map-id", mapping.id, false, |m, v| m.id = v) }
                { select(tr.t("column-hs"), "map-hs", mapping.hs, false, |m, v| m.hs = v) }
            </div>
            <div class="table-wrap">
            <table class="preview-table" aria-label={tr.t("preview-label")}>
                <thead><tr>
                    <th scope="col">{ tr.t("col-row") }</th>
                    { for t.columns.iter().map(|c| html! { <th scope="col">{ c }</th> }) }
                </tr></thead>
                <tbody>
                { for t.rows.iter().take(PREVIEW_ROWS).enumerate().map(|(i, r)| html! {
                    <tr>
                        <td class="num">{ i + 1 }</td>
                        { for r.iter().map(|c| html! { <td>{ c }</td> }) }
                    </tr>
                }) }
                </tbody>
            </table>
            </div>
        </div>
    }
}
