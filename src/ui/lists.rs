//! "Lists loaded": which lists the screen uses, how old each snapshot is.

use super::browser;
use super::state::{LoadState, State};
use supplyscreen_engine::model::ListInfo;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<State>,
}

/// Months between an as-of date (`YYYY-MM-DD` or `YYYY-MM`) and today (`YYYY-MM-DD`).
pub fn age_months(as_of: &str, today: &str) -> Option<i32> {
    let ym = |s: &str| -> Option<i32> {
        let mut it = s.split('-');
        let y: i32 = it.next()?.trim().parse().ok()?;
        let m: i32 = it.next()?.trim().parse().ok()?;
        Some(y * 12 + m - 1)
    };
    Some(ym(today)? - ym(as_of)?)
}

#[function_component(ListsPanel)]
pub fn lists_panel(props: &Props) -> Html {
    let s = &props.state;
    let body = match &s.load {
        LoadState::Loading => html! {
            <p class="muted" aria-busy="true">{ "Loading the restriction lists…" }</p>
        },
        LoadState::Failed(m) => html! {
            <p class="error" role="alert">{ m.clone() }</p>
        },
        LoadState::Ready(info) => {
            let today = browser::today();
            html! {
                <>
                <p class="muted">
                    { format!("{} listed parties and {} goods-risk rows, checked and indexed on this device.",
                        info.entities, info.goods_rows) }
                </p>
                <p class="muted small" id="load-timing" data-decode-ms={format!("{:.1}", info.decode_ms)}
                    data-index-ms={format!("{:.1}", info.index_ms)} data-fetch-ms={format!("{:.1}", info.fetch_ms)}>
                    { format!("List bundle {:.1} MB: fetched in {:.0} ms, verified and decoded in {:.0} ms, indexed in {:.0} ms.",
                        info.bundle_bytes as f64 / 1_048_576.0, info.fetch_ms, info.decode_ms, info.index_ms) }
                </p>
                <div class="table-wrap">
                <table class="lists-table" aria-label="Lists loaded">
                    <thead><tr>
                        <th scope="col">{ "List" }</th><th scope="col">{ "Agency" }</th>
                        <th scope="col">{ "As of" }</th><th scope="col" class="num">{ "Records" }</th>
                    </tr></thead>
                    <tbody>
                    { for info.lists.iter().map(|l| list_row(l, &today)) }
                    </tbody>
                </table>
                </div>
                </>
            }
        }
    };
    html! {
        <section class="panel lists" aria-labelledby="lists-h">
            <h2 id="lists-h">{ "Lists loaded" }</h2>
            { body }
        </section>
    }
}

fn list_row(l: &ListInfo, today: &str) -> Html {
    let old = age_months(&l.as_of, today).is_some_and(|m| m > 12);
    html! {
        <tr data-list={l.code.as_str()}>
            <td>
                <span class={classes!("badge", format!("list-{}", l.code.as_str()))}>{ l.code.as_str() }</span>
                { " " }<a href={l.source_url.clone()} target="_blank" rel="noopener noreferrer">{ &l.name }</a>
            </td>
            <td>{ &l.agency }</td>
            <td>
                { &l.as_of }
                if old {
                    <span class="warn-tag" title="This snapshot is more than a year old: check the official source for changes.">
                        { " older than a year" }
                    </span>
                }
            </td>
            <td class="num">{ l.record_count }</td>
        </tr>
    }
}
