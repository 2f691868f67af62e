//! Step 3: the results — summary, threshold, filters, the table, export and review files.

use super::browser;
use super::controller::load_decisions_file;
use super::state::{
    decision_msg, Action, DecisionsFailure, RunState, SortKey, State, Status, StatusView,
};
use supplyscreen_app::i18n::{catalog, Catalog};
use supplyscreen_app::messages::Localize;
use supplyscreen_app::protocol::SCORE_FLOOR;
use supplyscreen_app::tr;
use supplyscreen_engine::export::{decisions_to_csv, results_csv, Decision, ExportRow};
use supplyscreen_engine::model::ListCode;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

pub const PAGE_ROWS: usize = 50;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<State>,
}

/// Rows that pass the filters, in display order (indexes into the screened rows).
pub fn visible_rows(s: &State) -> Vec<usize> {
    let n = s.screened_rows();
    let mut rows: Vec<usize> = (0..n)
        .filter(|&i| {
            let Some(r) = s.result(i) else { return false };
            if let Some(f) = s.filter_status {
                if s.status(r) != f {
                    return false;
                }
            }
            if s.filter_new && !s.row_is_new(i, r) {
                return false;
            }
            if let Some(l) = s.filter_list {
                let in_hits = s.visible_hits(r).any(|h| h.list == l);
                let in_risks = r.risks.iter().any(|x| x.list == l);
                if !in_hits && !in_risks {
                    return false;
                }
            }
            true
        })
        .collect();
    let best = |i: usize| s.result(i).map(|r| best_score(s, r)).unwrap_or(0.0);
    let (key, asc) = s.sort;
    match key {
        SortKey::Row => {}
        SortKey::Name => rows.sort_by_cached_key(|&i| {
            s.inputs
                .get(i)
                .map(|r| r.name.to_lowercase())
                .unwrap_or_default()
        }),
        SortKey::Status => {
            rows.sort_by_key(|&i| s.result(i).map(|r| s.status(r) as u8).unwrap_or(9))
        }
        SortKey::Score => rows.sort_by(|&a, &b| best(a).total_cmp(&best(b))),
    }
    if !asc {
        rows.reverse();
    }
    rows
}

pub fn best_score(s: &State, r: &supplyscreen_app::protocol::RowResult) -> f64 {
    s.visible_hits(r).map(|h| h.score).fold(0.0, f64::max)
}

/// The screened rows as the results CSV takes them.
pub fn export_rows(s: &State) -> impl Iterator<Item = ExportRow<'_>> {
    (0..s.screened_rows()).filter_map(|i| {
        Some(ExportRow {
            row: i + 1,
            input: s.inputs.get(i)?,
            result: s.result(i)?,
        })
    })
}

fn export_base_name(s: &State) -> String {
    let name = s
        .screened_file
        .as_ref()
        .map(|t| t.file_name.as_str())
        .unwrap_or("suppliers");
    let stem = name.rsplit_once('.').map(|(a, _)| a).unwrap_or(name);
    let clean: String = stem
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if clean.is_empty() {
        "suppliers".into()
    } else {
        clean
    }
}

/// How often, at most, the results panel is drawn again while rows are coming in (the progress
/// line is part of it): often enough to look alive, rarely enough that a 10,000-row screen of
/// about a second is drawn a few times, not twenty.
const DRAW_INTERVAL_MS: f64 = 250.0;

#[function_component(ResultsPanel)]
pub fn results_panel(props: &Props) -> Html {
    let s = &props.state;
    // While a run is going the panel is drawn again at most once per DRAW_INTERVAL_MS, not after
    // every chunk of 500: each drawing goes over every screened row (the summary counts, the
    // histogram, the filters), so drawing it per chunk made a 100,000-row screen quadratic, and
    // drawing it at every 5% of the rows still drew a 10,000-row screen once per chunk. Any other
    // change (threshold, filters, a decision, the end of the run) bumps `State::view` and draws
    // it at once.
    let step = match s.run {
        RunState::Running { .. } => (browser::now_ms() / DRAW_INTERVAL_MS) as usize,
        _ => usize::MAX,
    };
    // The visible rows (filtered, sorted) change only with the filters, the sort, the threshold or
    // new rows, so opening a row or recording a decision does not sort them again.
    let rows = {
        let s2 = s.clone();
        let screened = match s.run {
            RunState::Running { .. } => (true, step),
            _ => (false, s.screened_rows()),
        };
        use_memo(
            (
                screened,
                s.threshold.to_bits(),
                s.filter_status,
                s.filter_list,
                s.filter_new,
                s.sort,
            ),
            move |_| visible_rows(&s2),
        )
    };
    let s2 = s.clone();
    let html = use_memo((s.view, step), move |_| results_view(&s2, &rows));
    (*html).clone()
}

fn results_view(s: &UseReducerHandle<State>, rows: &[usize]) -> Html {
    if matches!(s.run, RunState::Idle) {
        return Html::default();
    }
    let tr = catalog(s.lang);
    let n = s.screened_rows();
    let (mut matches, mut risks, mut clear, mut new, mut bad_ids) = (0, 0, 0, 0, 0);
    for i in 0..n {
        if let Some(r) = s.result(i) {
            match s.status(r) {
                Status::PossibleMatch => matches += 1,
                Status::ProductRisk => risks += 1,
                Status::Clear => clear += 1,
            }
            new += usize::from(s.row_is_new(i, r));
            bad_ids += usize::from(r.id_problem.is_some());
        }
    }
    let dispatch = s.dispatcher();

    let on_threshold = {
        let d = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let i: HtmlInputElement = e.target_unchecked_into();
            if let Ok(v) = i.value().parse::<f64>() {
                d.dispatch(Action::SetThreshold(v));
            }
        })
    };
    let on_status = {
        let d = dispatch.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            d.dispatch(Action::FilterStatus(match sel.value().as_str() {
                "match" => Some(Status::PossibleMatch),
                "risk" => Some(Status::ProductRisk),
                "clear" => Some(Status::Clear),
                _ => None,
            }));
        })
    };
    let on_new = {
        let d = dispatch.clone();
        Callback::from(move |e: Event| {
            let i: HtmlInputElement = e.target_unchecked_into();
            d.dispatch(Action::FilterNew(i.checked()));
        })
    };
    let on_list = {
        let d = dispatch.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            d.dispatch(Action::FilterList(ListCode::parse(&sel.value())));
        })
    };
    let on_export = {
        let (s, tr) = (s.clone(), tr.clone());
        Callback::from(move |_| {
            let csv = results_csv(export_rows(&s), &s.review(), s.threshold);
            let file = format!("{}-screening-results.csv", export_base_name(&s));
            let m = match browser::download(&file, "text/csv;charset=utf-8", &csv) {
                Ok(()) => tr!(tr, "announce-saved", file = file),
                Err(()) => tr!(tr, "error-save-refused", file = file),
            };
            s.dispatch(Action::Announce(m));
        })
    };
    let on_export_decisions = {
        let (s, tr) = (s.clone(), tr.clone());
        Callback::from(move |_| {
            let mut list: Vec<Decision> = s.decisions.values().cloned().collect();
            list.sort_by(|a, b| {
                (&a.supplier_name, &a.entity_id).cmp(&(&b.supplier_name, &b.entity_id))
            });
            let file = format!("{}-review-decisions.csv", export_base_name(&s));
            let m = match browser::download(
                &file,
                "text/csv;charset=utf-8",
                &decisions_to_csv(&list),
            ) {
                Ok(()) => tr!(
                    tr,
                    "announce-decisions-saved",
                    count = list.len(),
                    file = file
                ),
                Err(()) => tr!(tr, "error-save-refused", file = file),
            };
            s.dispatch(Action::Announce(m));
        })
    };
    let on_load_decisions = {
        let d = dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(f) = input.files().and_then(|l| l.get(0)) {
                let d = d.clone();
                let name = f.name();
                wasm_bindgen_futures::spawn_local(async move {
                    let blob = gloo::file::Blob::from(web_sys::Blob::from(f));
                    match gloo::file::futures::read_as_text(&blob).await {
                        Ok(text) => load_decisions_file(&d, &name, &text),
                        Err(e) => {
                            d.dispatch(Action::DecisionsFailed(DecisionsFailure::Unreadable {
                                file: name,
                                reason: e.to_string(),
                            }))
                        }
                    }
                });
            }
            input.set_value("");
        })
    };
    let on_remember = {
        let d = dispatch.clone();
        Callback::from(move |e: Event| {
            let i: HtmlInputElement = e.target_unchecked_into();
            d.dispatch(Action::Remember(i.checked()));
        })
    };
    let on_clear = {
        let d = dispatch.clone();
        Callback::from(move |_| d.dispatch(Action::ClearDecisions))
    };
    let on_print = {
        let d = dispatch.clone();
        Callback::from(move |_| {
            d.dispatch(Action::ShowReport(true));
            // Let the report render first.
            gloo::timers::callback::Timeout::new(50, browser::print).forget();
        })
    };

    let pages = rows.len().div_ceil(PAGE_ROWS).max(1);
    let page = s.page.min(pages - 1);
    let lists: Vec<ListCode> = match &s.screened_lists {
        Some(only) => only.clone(),
        None => s.offered_lists(),
    };

    html! {
        <section class="panel results" aria-labelledby="results-h">
            <h2 id="results-h">{ tr.t("results-heading") }</h2>
            <ul class="summary" aria-label={tr.t("summary-label")}>
                <li class="status-match"><strong>{ matches }</strong>{ " " }{ tr!(tr, "summary-matches", count = matches) }</li>
                <li class="status-risk"><strong>{ risks }</strong>{ " " }{ tr!(tr, "summary-risks", count = risks) }</li>
                <li class="status-clear"><strong>{ clear }</strong>{ " " }{ tr!(tr, "summary-clear", count = clear) }</li>
                <li><strong>{ n }</strong>{ " " }{ tr!(tr, "summary-screened", count = n) }</li>
                if s.earlier.is_some() {
                    <li class="new"><strong>{ new }</strong>{ " " }{ tr!(tr, "summary-new", count = new) }</li>
                }
                if bad_ids > 0 {
                    <li class="id-problem"><strong>{ bad_ids }</strong>{ " " }{ tr!(tr, "summary-bad-ids", count = bad_ids) }</li>
                }
            </ul>
            <div class="controls">
                <div class="threshold">
                    <label for="threshold" class="label">{ tr.t("threshold-label") }</label>
                    <input id="threshold" type="range" min={SCORE_FLOOR.to_string()} max="0.99" step="0.01"
                        value={format!("{:.2}", s.threshold)} oninput={on_threshold}
                        aria-describedby="threshold-help" />
                    <output for="threshold">{ format!("{:.2}", s.threshold) }</output>
                    <p id="threshold-help" class="muted small">
                        { tr.t("threshold-help") }
                    </p>
                    { histogram(s, &tr) }
                </div>
                <div class="filters">
                    <label for="filter-status" class="label">{ tr.t("filter-show") }</label>
                    <select id="filter-status" onchange={on_status}>
                        <option value="" selected={s.filter_status.is_none()}>{ tr.t("filter-all-statuses") }</option>
                        <option value="match" selected={s.filter_status == Some(Status::PossibleMatch)}>{ tr.t(Status::PossibleMatch.msg()) }</option>
                        <option value="risk" selected={s.filter_status == Some(Status::ProductRisk)}>{ tr.t(Status::ProductRisk.msg()) }</option>
                        <option value="clear" selected={s.filter_status == Some(Status::Clear)}>{ tr.t(Status::Clear.msg()) }</option>
                    </select>
                    <label for="filter-list" class="label">{ tr.t("filter-list") }</label>
                    <select id="filter-list" onchange={on_list}>
                        <option value="" selected={s.filter_list.is_none()}>{ tr.t("filter-all-lists") }</option>
                        { for lists.iter().map(|l| html! {
                            <option value={l.as_str()} selected={s.filter_list == Some(*l)}>{ l.as_str() }</option>
                        }) }
                    </select>
                    if s.earlier.is_some() {
                        <label class="check">
                            <input type="checkbox" id="filter-new" checked={s.filter_new} onchange={on_new} />
                            { " " }{ tr.t("filter-new") }
                        </label>
                    }
                </div>
            </div>
            <div class="table-wrap">
            <table class="results-table" aria-label={tr.t("results-table-label")}>
                <thead><tr>
                    { sort_header(s, SortKey::Row, tr.t("col-row")) }
                    { sort_header(s, SortKey::Name, tr.t("col-supplier")) }
                    <th scope="col">{ tr.t("col-country") }</th>
                    { sort_header(s, SortKey::Status, tr.t("col-status")) }
                    { sort_header(s, SortKey::Score, tr.t("col-best-score")) }
                    <th scope="col">{ tr.t("col-lists") }</th>
                    <th scope="col">{ tr.t("col-matched-entity") }</th>
                </tr></thead>
                <tbody>
                { for rows.iter().skip(page * PAGE_ROWS).take(PAGE_ROWS).map(|&i| result_row(s, &tr, i)) }
                </tbody>
            </table>
            </div>
            if rows.is_empty() {
                <p class="muted">{ tr.t("no-rows") }</p>
            }
            { pager(s, &tr, page, pages, rows.len()) }
            <div class="export-bar">
                <button type="button" class="primary" onclick={on_export}>{ tr.t("download-results") }</button>
                <button type="button" class="secondary" onclick={on_print}>{ tr.t("print-report") }</button>
                <button type="button" class="secondary" onclick={on_export_decisions}>{ tr.t("download-decisions") }</button>
                <label class="file-button secondary">
                    { tr.t("load-decisions") }
                    <input type="file" accept=".csv,text/csv" class="sr-only-input" onchange={on_load_decisions} />
                </label>
                <label class="check">
                    <input type="checkbox" checked={s.remember_decisions} onchange={on_remember} />
                    { " " }{ tr.t("remember-decisions") }
                </label>
                <button type="button" class="link-button" onclick={on_clear}>{ tr.t("clear-decisions") }</button>
            </div>
            if let Some(e) = &s.decisions_error {
                <p class="error" role="alert">{ e.text(&tr) }</p>
            }
            { lists_changed_notice(s, &tr) }
        </section>
    }
}

fn sort_header(s: &UseReducerHandle<State>, key: SortKey, label: String) -> Html {
    let (cur, asc) = s.sort;
    let aria = if cur == key {
        if asc {
            "ascending"
        } else {
            "descending"
        }
    } else {
        "none"
    };
    let d = s.dispatcher();
    let onclick = Callback::from(move |_| d.dispatch(Action::SortBy(key)));
    html! {
        <th scope="col" aria-sort={aria}>
            <button type="button" class="sort" {onclick}>
                { label }{ if cur == key { if asc { " ▲" } else { " ▼" } } else { "" } }
            </button>
        </th>
    }
}

fn result_row(s: &UseReducerHandle<State>, tr: &Catalog, i: usize) -> Html {
    let Some(r) = s.result(i) else {
        return Html::default();
    };
    let input = &s.inputs[i];
    let status = s.status(r);
    let best = s.visible_hits(r).next();
    let mut lists: Vec<ListCode> = s.visible_hits(r).map(|h| h.list).collect();
    lists.extend(r.risks.iter().map(|x| x.list));
    lists.sort();
    lists.dedup();
    let selected = s.selected == Some(i);
    let d = s.dispatcher();
    let onclick = Callback::from(move |_| d.dispatch(Action::Select(Some(i))));
    let decided = best.and_then(|h| s.decision(&input.name, &h.entity_id));
    let new = s.row_is_new(i, r);
    html! {
        <tr class={classes!(selected.then_some("selected"))} aria-selected={selected.to_string()}>
            <td class="num">{ i + 1 }</td>
            <td>
                <button type="button" class="row-link" {onclick}
                    aria-label={tr!(tr, "details-for-row", row = i + 1, name = input.name.clone())}>
                    { if input.name.is_empty() { tr.t("no-name") } else { input.name.clone() } }
                </button>
            </td>
            <td>{ &input.country }</td>
            <td>
                <span class={classes!("status", status.class())}>{ tr.t(status.msg()) }</span>
                if new {
                    <span class="new-tag">{ tr.t("new-tag") }</span>
                }
                if let Some(dc) = decided {
                    <span class="decision-tag">{ tr.t(decision_msg(dc.status)) }</span>
                }
                if r.id_problem.is_some() {
                    <span class="id-tag" title={r.id_problem.as_ref().map(|w| w.localize(tr)).unwrap_or_default()}>{ tr.t("id-tag") }</span>
                }
            </td>
            <td class="num">{ best.map(|h| format!("{:.2}", h.score)).unwrap_or_default() }</td>
            <td>{ for lists.iter().map(|l| html! { <span class={classes!("badge", format!("list-{}", l.as_str()))}>{ l.as_str() }</span> }) }</td>
            <td>{ best.map(|h| h.entity_name.clone()).unwrap_or_default() }</td>
        </tr>
    }
}

fn pager(
    s: &UseReducerHandle<State>,
    tr: &Catalog,
    page: usize,
    pages: usize,
    total: usize,
) -> Html {
    if pages <= 1 {
        return Html::default();
    }
    let go = |p: usize| {
        let d = s.dispatcher();
        Callback::from(move |_| d.dispatch(Action::Page(p)))
    };
    html! {
        <nav class="pager" aria-label={tr.t("pager-label")}>
            <button type="button" class="secondary" disabled={page == 0} onclick={go(0)}>{ tr.t("pager-first") }</button>
            <button type="button" class="secondary" disabled={page == 0} onclick={go(page.saturating_sub(1))}>{ tr.t("pager-previous") }</button>
            <span>{ tr!(tr, "pager-status", page = page + 1, pages = pages, rows = total) }</span>
            <button type="button" class="secondary" disabled={page + 1 >= pages} onclick={go(page + 1)}>{ tr.t("pager-next") }</button>
            <button type="button" class="secondary" disabled={page + 1 >= pages} onclick={go(pages - 1)}>{ tr.t("pager-last") }</button>
        </nav>
    }
}

/// Hit scores (best per row, from the floor up) in 0.05 bins, with the threshold marked.
fn histogram(s: &State, tr: &Catalog) -> Html {
    const BINS: usize = 10;
    let mut counts = [0usize; BINS];
    for i in 0..s.screened_rows() {
        if let Some(best) = s.result(i).and_then(|r| r.hits.first()) {
            let b = ((best.score - SCORE_FLOOR) / (1.0 - SCORE_FLOOR) * BINS as f64) as usize;
            counts[b.min(BINS - 1)] += 1;
        }
    }
    let max = counts.iter().copied().max().unwrap_or(0).max(1);
    let (w, h) = (200.0, 40.0);
    let bw = w / BINS as f64;
    let tx = (s.threshold - SCORE_FLOOR) / (1.0 - SCORE_FLOOR) * w;
    let total: usize = counts.iter().sum();
    html! {
        <svg class="histogram" viewBox={format!("0 0 {w} {}", h + 2.0)} role="img"
            aria-label={tr!(tr, "histogram-label", total = total, floor = format!("{SCORE_FLOOR:.2}"), threshold = format!("{:.2}", s.threshold))}>
            { for counts.iter().enumerate().map(|(i, &c)| {
                let bh = c as f64 / max as f64 * h;
                let lo = SCORE_FLOOR + i as f64 * (1.0 - SCORE_FLOOR) / BINS as f64;
                let cls = if lo + 0.0001 >= s.threshold { "bar above" } else { "bar below" };
                html! { <rect class={cls} x={format!("{:.1}", i as f64 * bw + 1.0)} y={format!("{:.1}", h - bh)}
                    width={format!("{:.1}", bw - 2.0)} height={format!("{:.1}", bh)}>
                    <title>{ format!("{lo:.2}–{:.2}: {c}", lo + 0.05) }</title></rect> }
            }) }
            <line class="threshold-line" x1={format!("{tx:.1}")} x2={format!("{tx:.1}")} y1="0" y2={format!("{}", h + 2.0)} />
        </svg>
    }
}

#[cfg(test)]
mod tests;

/// "Lists updated since your decisions: …" when the loaded decisions were made against older
/// versions of some lists than the bundle the page has now.
fn lists_changed_notice(s: &State, tr: &Catalog) -> Html {
    let changed = s.lists_changed();
    if changed.is_empty() {
        return html! {};
    }
    let lists = changed
        .iter()
        .map(|c| format!("{} ({} → {})", c.name, c.decided_against, c.now))
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <p class="lists-changed notice" role="status">{ tr!(tr, "lists-changed", lists = lists) }</p>
    }
}
