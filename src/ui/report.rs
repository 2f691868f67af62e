//! Step 6: the printable, audit-ready report.

use super::browser;
use super::state::{Action, LoadState, State, Status};
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
    let file = s.screened_file.as_ref();
    let n = s.screened_rows();
    let (mut matches, mut risks, mut clear) = (0, 0, 0);
    let mut hit_rows = Vec::new();
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
                .map(|d| (d.status.label().to_string(), d.note.clone()))
                .unwrap_or_else(|| ("Not reviewed".into(), String::new()));
            hit_rows.push(html! {
                <tr>
                    <td class="num">{ i + 1 }</td><td>{ name }</td><td>{ h.list.as_str() }</td>
                    <td>{ &h.entity_name }</td><td>{ &h.matched_name }</td>
                    <td class="num">{ format!("{:.2}", h.score) }</td>
                    <td>{ decision.0 }</td><td>{ decision.1 }</td>
                </tr>
            });
        }
        for x in &r.risks {
            hit_rows.push(html! {
                <tr class="risk-row">
                    <td class="num">{ i + 1 }</td><td>{ name }</td><td>{ x.list.as_str() }</td>
                    <td colspan="3">{ format!("Risk signal: {} — {}", x.title, x.detail) }</td>
                    <td>{ "—" }</td><td></td>
                </tr>
            });
        }
    }
    let d = s.dispatcher();
    let close = Callback::from(move |_| d.dispatch(Action::ShowReport(false)));
    html! {
        <section class="panel report" id="report" aria-labelledby="report-h">
            <div class="no-print report-actions">
                <button type="button" class="primary" onclick={Callback::from(|_| browser::print())}>{ "Print" }</button>
                <button type="button" class="secondary" onclick={close}>{ "Close report" }</button>
            </div>
            <h2 id="report-h">{ "Supplier screening report" }</h2>
            <dl class="report-facts">
                <dt>{ "Supplier file" }</dt><dd>{ file.map(|f| f.file_name.clone()).unwrap_or_default() }</dd>
                <dt>{ "File SHA-256" }</dt><dd class="mono">{ file.map(|f| if f.sha256.is_empty() { "(pasted text, no file)".to_string() } else { f.sha256.clone() }).unwrap_or_default() }</dd>
                <dt>{ "Rows screened" }</dt><dd>{ n }</dd>
                <dt>{ "Match threshold" }</dt><dd>{ format!("{:.2}", s.threshold) }</dd>
                <dt>{ "Engine version" }</dt><dd>{ format!("supplyscreen {}", info.engine_version) }</dd>
                <dt>{ "List bundle SHA-256" }</dt><dd class="mono">{ &info.bundle_sha256 }</dd>
                <dt>{ "Screened on" }</dt><dd>{ browser::now_stamp() }</dd>
                <dt>{ "Summary" }</dt><dd>{ format!("{matches} possible matches, {risks} product risks, {clear} clear") }</dd>
            </dl>
            <h3>{ "Lists and their as-of dates" }</h3>
            <ul class="report-lists">
                { for info.lists.iter()
                    .filter(|l| s.screened_lists.as_ref().is_none_or(|only| only.contains(&l.code)))
                    .map(|l| html! {
                    <li>{ format!("{} ({}) — {}, as of {}, {} records", l.name, l.code.as_str(), l.agency, l.as_of, l.record_count) }</li>
                }) }
            </ul>
            <h3>{ "Hits and risk signals" }</h3>
            if hit_rows.is_empty() {
                <p>{ "No supplier scored at or above the threshold, and no risk signal was raised." }</p>
            } else {
                <table class="report-table" aria-label="Report hits">
                    <thead><tr><th>{ "Row" }</th><th>{ "Supplier" }</th><th>{ "List" }</th><th>{ "Listed entity" }</th>
                        <th>{ "Matched name" }</th><th>{ "Score" }</th><th>{ "Decision" }</th><th>{ "Note" }</th></tr></thead>
                    <tbody>{ for hit_rows }</tbody>
                </table>
            }
            <p class="muted small">{ "Screened entirely in the browser; the supplier file was not uploaded. \
                Matches are candidates for review, not determinations; summaries of each list are not legal advice." }</p>
        </section>
    }
}
