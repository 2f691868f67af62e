//! "Lists loaded": one line under the supplier file ("11 lists, newest 2026-07, 6 older than a
//! year") that opens to the table of which lists the screen uses (a tick box each, all ticked at
//! first), when each was published (flagged when more than a year old) and when it was fetched. A host site may restrict the widget to some lists; the others are not shown.

use super::browser;
use super::controller::Dispatch;
use super::state::{Action, LoadState};
use supplyscreen_app::i18n::{catalog, Catalog, Lang};
use supplyscreen_app::messages::Localize;
use supplyscreen_app::tr;
use supplyscreen_engine::model::{ListCode, ListInfo};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What the panel reads of the state: whether the lists loaded, which of them the page offers
/// ([`State::offered_lists`](super::state::State::offered_lists)) and which the user unticked.
#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub load: LoadState,
    /// A host site restricted the widget to some lists.
    pub restricted: bool,
    pub offered: Vec<ListCode>,
    pub unticked: Vec<ListCode>,
    pub dispatch: Dispatch,
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
    let tr = catalog(props.lang);
    let heading = html! { <h2 id="lists-h">{ tr.t("lists-heading") }</h2> };
    let body = match &props.load {
        LoadState::Loading => html! {
            <>{ heading }<p class="muted" aria-busy="true">{ tr.t("lists-loading") }</p></>
        },
        LoadState::Failed(m) => html! {
            <>{ heading }<p class="error" role="alert">{ m.localize(&tr) }</p></>
        },
        LoadState::Ready(info) => {
            let today = browser::today();
            let offered: Vec<&ListInfo> = info
                .lists
                .iter()
                .filter(|l| props.offered.contains(&l.code))
                .collect();
            let newest = offered.iter().map(|l| l.as_of.as_str()).max().unwrap_or("");
            let old = offered
                .iter()
                .filter(|l| age_months(&l.as_of, &today).is_some_and(|m| m > 12))
                .count();
            let unticked = offered
                .iter()
                .filter(|l| props.unticked.contains(&l.code))
                .count();
            let mut line = tr!(
                tr,
                "lists-line",
                count = offered.len(),
                newest = newest.to_string()
            );
            if old > 0 {
                line.push_str(&tr!(tr, "lists-line-old", count = old));
            }
            if unticked > 0 {
                line.push_str(&tr!(tr, "lists-line-unticked", count = unticked));
            }
            html! {
                <details class="lists-details">
                <summary>{ heading }{ " " }<span class="lists-line">{ line }</span></summary>
                <p class="muted">
                    { tr!(tr, "lists-summary", entities = info.entities, goods = info.goods_rows) }
                </p>
                <p class="muted small" id="load-timing" data-decode-ms={format!("{:.1}", info.decode_ms)}
                    data-index-ms={format!("{:.1}", info.index_ms)} data-warmup-ms={format!("{:.1}", info.warmup_ms)} data-fetch-ms={format!("{:.1}", info.fetch_ms)}>
                    { tr!(tr, "lists-timing",
                        size = format!("{:.1}", info.bundle_bytes as f64 / 1_048_576.0),
                        fetch = format!("{:.0}", info.fetch_ms),
                        decode = format!("{:.0}", info.decode_ms),
                        index = format!("{:.0}", info.index_ms)) }
                </p>
                if props.restricted {
                    <p class="muted small">{ tr.t("lists-restricted") }</p>
                }
                <div class="table-wrap">
                <table class="lists-table" aria-label={tr.t("lists-heading")}>
                    <thead><tr>
                        <th scope="col">{ tr.t("col-screen") }</th>
                        <th scope="col">{ tr.t("col-list") }</th><th scope="col">{ tr.t("col-agency") }</th>
                        <th scope="col">{ tr.t("col-as-of") }</th><th scope="col">{ tr.t("col-fetched") }</th>
                        <th scope="col" class="num">{ tr.t("col-records") }</th>
                    </tr></thead>
                    <tbody>
                    { for offered.iter().map(|l| list_row(props, &tr, l, &today)) }
                    </tbody>
                </table>
                </div>
                </details>
            }
        }
    };
    html! {
        <section class="panel lists" aria-labelledby="lists-h">
            { body }
        </section>
    }
}

fn list_row(props: &Props, tr: &Catalog, l: &ListInfo, today: &str) -> Html {
    let old = age_months(&l.as_of, today).is_some_and(|m| m > 12);
    let code = l.code;
    let ticked = !props.unticked.contains(&code);
    let d = props.dispatch.clone();
    let onchange = Callback::from(move |e: Event| {
        let i: HtmlInputElement = e.target_unchecked_into();
        d.dispatch(Action::TickList(code, i.checked()));
    });
    html! {
        <tr data-list={l.code.as_str()}>
            <td>
                <input type="checkbox" checked={ticked} {onchange}
                    aria-label={tr!(tr, "screen-against", list = l.name.clone())} />
            </td>
            <td>
                <span class={classes!("badge", format!("list-{}", l.code.as_str()))}>{ l.code.as_str() }</span>
                { " " }<a href={l.source_url.clone()} target="_blank" rel="noopener noreferrer">{ &l.name }</a>
            </td>
            <td>{ &l.agency }</td>
            <td>
                { &l.as_of }
                if old {
                    <span class="warn-tag" title={tr.t("list-old-title")}>
                        { " " }{ tr.t("list-old") }
                    </span>
                }
            </td>
            <td>{ &l.fetched }</td>
            <td class="num">{ l.record_count }</td>
        </tr>
    }
}
