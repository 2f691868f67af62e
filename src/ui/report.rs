//! Step 6: the printable, audit-ready report.

use super::browser;
use super::state::{decision_msg, Action, LoadState, State, Status};
use supplyscreen_app::i18n::catalog;
use supplyscreen_app::messages::{risk_detail, risk_title};
use supplyscreen_app::tr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<State>,
}

#[function_component(ReportSection)]
pub fn report_section(props: &Props) -> Html {
    let s = &props.state;
    if !s.show_report {
        return Html::default();
    }
    let LoadState::Ready(info) = &s.load else {
        return Html::default();
    };
    let tr = catalog(s.lang);
    let file = s.screened_file.as_ref();
    let n = s.screened_rows();
    let (mut matches, mut risks, mut clear) = (0, 0, 0);
    // Hits new since the last review first (when decisions were loaded), then the others, then
    // the risk signals; each in row order.
    let (mut new_rows, mut hit_rows, mut risk_rows) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..n {
        let Some(r) = s.result(i) else { continue };
        match s.status(r) {
            Status::PossibleMatch => matches += 1,
            Status::ProductRisk => risks += 1,
            Status::Clear => clear += 1,
        }
        let name = &s.inputs[i].name;
        for h in s.visible_hits(r) {
            let decision = s
                .decision(name, &h.entity_id)
                .map(|d| (tr.t(decision_msg(d.status)), d.note.clone()))
                .unwrap_or_else(|| (tr.t("not-reviewed"), String::new()));
            let new = s.is_new(name, &h.entity_id);
            let row = html! {
                <tr class={classes!(new.then_some("new-row"))}>
                    <td class="num">{ i + 1 }</td>
                    <td>{ name }if new { { " " }<span class="new-tag">{ tr.t("new-tag") }</span> }</td>
                    <td>{ h.list.as_str() }</td>
                    <td>{ &h.entity_name }</td><td>{ &h.matched_name }</td>
                    <td class="num">{ format!("{:.2}", h.score) }</td>
                    <td>{ decision.0 }</td><td>{ decision.1 }</td>
                </tr>
            };
            if new {
                new_rows.push(row);
            } else {
                hit_rows.push(row);
            }
        }
        for x in &r.risks {
            risk_rows.push(html! {
                <tr class="risk-row">
                    <td class="num">{ i + 1 }</td><td>{ name }</td><td>{ x.list.as_str() }</td>
                    <td colspan="3">{ tr!(tr, "report-risk-signal", title = risk_title(&tr, x), detail = risk_detail(&tr, x)) }</td>
                    <td>{ "—" }</td><td></td>
                </tr>
            });
        }
    }
    let new_count = new_rows.len();
    new_rows.append(&mut hit_rows);
    new_rows.append(&mut risk_rows);
    let hit_rows = new_rows;
    let d = s.dispatcher();
    let close = Callback::from(move |_| d.dispatch(Action::ShowReport(false)));
    html! {
        <section class="panel report" id="report" aria-labelledby="report-h">
            <div class="no-print report-actions">
                <button type="button" class="primary" onclick={Callback::from(|_| browser::print())}>{ tr.t("print") }</button>
                <button type="button" class="secondary" onclick={close}>{ tr.t("close-report") }</button>
            </div>
            <h2 id="report-h">{ tr.t("report-heading") }</h2>
            <dl class="report-facts">
                <dt>{ tr.t("supplier-file") }</dt><dd>{ file.map(|f| f.display_name(&tr)).unwrap_or_default() }</dd>
                <dt>{ tr.t("report-file-sha") }</dt><dd class="mono">{ file.map(|f| if f.sha256.is_empty() { tr.t("report-pasted") } else { f.sha256.clone() }).unwrap_or_default() }</dd>
                <dt>{ tr.t("report-rows") }</dt><dd>{ n }</dd>
                <dt>{ tr.t("threshold-label") }</dt><dd>{ format!("{:.2}", s.threshold) }</dd>
                <dt>{ tr.t("report-engine") }</dt><dd>{ format!("supplyscreen {}", info.engine_version) }</dd>
                <dt>{ tr.t("report-bundle-sha") }</dt><dd class="mono">{ &info.bundle_sha256 }</dd>
                <dt>{ tr.t("report-screened-on") }</dt><dd>{ browser::now_stamp() }</dd>
                <dt>{ tr.t("report-summary") }</dt><dd>{ tr!(tr, "report-summary-text", matches = matches, risks = risks, clear = clear) }</dd>
                if s.earlier.is_some() {
                    <dt>{ tr.t("report-new") }</dt><dd>{ tr!(tr, "report-new-text", count = new_count) }</dd>
                }
            </dl>
            <h3>{ tr.t("report-lists-heading") }</h3>
            <ul class="report-lists">
                { for info.lists.iter()
                    .filter(|l| s.screened_lists.as_ref().is_none_or(|only| only.contains(&l.code)))
                    .map(|l| html! {
                    <li>{ tr!(tr, "report-list-line", name = l.name.clone(), code = l.code.as_str(), agency = l.agency.clone(), as_of = l.as_of.clone(), as_of_from = l.as_of_from.clone(), fetched = l.fetched.clone(), records = l.record_count) }
                        <ul class="report-list-files">
                        { for l.files.iter().map(|f| html! {
                            <li class="mono small">{ tr!(tr, "report-list-file", file = f.path.clone(), sha = f.sha256.clone()) }</li>
                        }) }
                        </ul>
                    </li>
                }) }
            </ul>
            <h3>{ tr.t("report-hits-heading") }</h3>
            if hit_rows.is_empty() {
                <p>{ tr.t("report-no-hits") }</p>
            } else {
                <table class="report-table" aria-label={tr.t("report-hits-label")}>
                    <thead><tr><th>{ tr.t("col-row") }</th><th>{ tr.t("col-supplier") }</th><th>{ tr.t("col-list") }</th><th>{ tr.t("col-listed-entity") }</th>
                        <th>{ tr.t("col-matched-name") }</th><th>{ tr.t("col-score") }</th><th>{ tr.t("col-decision") }</th><th>{ tr.t("note-label") }</th></tr></thead>
                    <tbody>{ for hit_rows }</tbody>
                </table>
            }
            <p class="muted small">{ tr.t("report-footer") }</p>
        </section>
    }
}
