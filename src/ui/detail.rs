//! Step 4 and 5: one supplier's hits, each explained, with the list's facts and the review decision.

use super::browser;
use super::controller::{explain_row, Ctl};
use super::state::{decision_msg, Action, State};
use super::text::{what_it_means, NOT_LEGAL_ADVICE};
use supplyscreen_app::i18n::{catalog, Catalog};
use supplyscreen_app::messages::{risk_detail, risk_title, Localize};
use supplyscreen_app::protocol::{HitView, RowInput};
use supplyscreen_app::tr;
use supplyscreen_engine::explain::{source_label, AlignKind, Factor};
use supplyscreen_engine::export::{decision_key, Decision, DecisionStatus};
use supplyscreen_engine::risk::RiskSignal;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<State>,
    pub ctl: Ctl,
}

#[function_component(DetailPanel)]
pub fn detail_panel(props: &Props) -> Html {
    let s = &props.state;
    // Ask the worker for the row's explanations when a row is chosen.
    {
        let (ctl, state) = (props.ctl.clone(), s.clone());
        use_effect_with((s.selected, s.screened_rows()), move |(sel, _)| {
            if let Some(i) = *sel {
                if state.explained.as_ref().map(|e| e.0) != Some(i) {
                    explain_row(&ctl, &state, i);
                }
            }
            || ()
        });
    }
    // Bring the details into view and move keyboard focus to them when a row is chosen.
    use_effect_with(s.selected, |sel| {
        if sel.is_some() {
            if let Some(h) = gloo::utils::document().get_element_by_id("detail-h") {
                h.scroll_into_view();
                if let Some(h) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&h) {
                    h.focus().ok();
                }
            }
        }
        || ()
    });
    let Some(i) = s.selected else {
        return Html::default();
    };
    let (Some(r), Some(input)) = (s.result(i), s.inputs.get(i)) else {
        return Html::default();
    };
    let tr = catalog(s.lang);
    let d = s.dispatcher();
    let close = Callback::from(move |_| d.dispatch(Action::Select(None)));
    let explained = s
        .explained
        .as_ref()
        .filter(|e| e.0 == i)
        .map(|e| e.1.clone());
    let shown: Vec<&HitView> = explained
        .iter()
        .flat_map(|hits| hits.iter())
        .filter(|h| h.hit.passes(s.threshold))
        .collect();
    let expected = s.visible_hits(r).count();
    let below = r.hits.len() - expected;
    html! {
        <section class="panel detail" aria-labelledby="detail-h" id="detail">
            <div class="detail-head">
                <h2 id="detail-h" tabindex="-1">{ tr!(tr, "detail-heading", row = i + 1, name = input.name.clone()) }</h2>
                <button type="button" class="secondary" onclick={close}>{ tr.t("close-details") }</button>
            </div>
            <p class="muted">
                { supplier_line(&tr, input) }
            </p>
            if let Some(w) = &r.id_problem {
                <p class="warning" role="note">{ w.localize(&tr) }</p>
            }
            if explained.is_none() && expected > 0 {
                <p class="muted" aria-busy="true">{ tr.t("preparing-explanation") }</p>
            } else if shown.is_empty() {
                <p>{ tr!(tr, "no-hit-above", threshold = format!("{:.2}", s.threshold)) }
                   { if below > 0 { format!(" {}", tr!(tr, "weaker-candidates", count = below)) } else { String::new() } }</p>
            }
            { for shown.iter().map(|h| hit_card(s, &tr, input, h)) }
            if !r.risks.is_empty() {
                <h3>{ tr.t("risk-heading") }</h3>
                <p class="muted small">{ tr.t("risk-help") }</p>
                <ul class="risks">{ for r.risks.iter().map(|x| risk_item(&tr, x)) }</ul>
            }
        </section>
    }
}

fn supplier_line(tr: &Catalog, input: &RowInput) -> String {
    let mut parts = Vec::new();
    for (label, v) in [
        ("field-country", &input.country),
        ("field-address", &input.address),
        ("field-product", &input.product),
        ("field-id", &input.id),
        ("field-hs", &input.hs),
    ] {
        if !v.is_empty() {
            parts.push(tr!(tr, label, value = v.clone()));
        }
    }
    if parts.is_empty() {
        tr.t("no-supplier-details")
    } else {
        parts.join(" · ")
    }
}

fn risk_item(tr: &Catalog, r: &RiskSignal) -> Html {
    html! {
        <li class="risk">
            <span class={classes!("badge", format!("list-{}", r.list.as_str()))}>{ r.list.as_str() }</span>
            { " " }<strong>{ risk_title(tr, r) }</strong>{ " — " }{ risk_detail(tr, r) }
        </li>
    }
}

/// "Chinese name from <source>": the public source of a cross-script alias from the alias table,
/// linked when it is a web page (opening it is the user's click; nothing is fetched by the page).
fn alias_source(tr: &Catalog, src: &str) -> Html {
    if src.starts_with("data/sources/") {
        return html! { { tr.t("alias-source-list") } };
    }
    let label = source_label(src);
    if src.starts_with("https://") || src.starts_with("http://") {
        html! {
            <>
                { tr.t("alias-source") }{ " " }
                <a href={src.to_owned()} target="_blank" rel="noopener noreferrer">{ label }</a>
            </>
        }
    } else {
        html! { { tr!(tr, "alias-source-cited", source = label) } }
    }
}

fn kind_label(k: AlignKind) -> &'static str {
    match k {
        AlignKind::Exact => "align-exact",
        AlignKind::Fuzzy => "align-fuzzy",
        AlignKind::Abbreviation => "align-abbreviation",
        AlignKind::LegalForm => "align-legal-form",
        AlignKind::JoinedSplit => "align-joined-split",
        AlignKind::Transliteration => "align-transliteration",
        AlignKind::Number => "align-number",
        AlignKind::Initialism => "align-initialism",
        AlignKind::Translation => "align-translation",
        AlignKind::Reading => "align-reading",
        AlignKind::Unmatched => "align-unmatched",
    }
}

fn kind_class(k: AlignKind) -> &'static str {
    match k {
        AlignKind::Exact => "al-exact",
        AlignKind::Fuzzy => "al-fuzzy",
        AlignKind::Abbreviation => "al-abbrev",
        AlignKind::LegalForm => "al-legal",
        AlignKind::JoinedSplit => "al-split",
        AlignKind::Transliteration => "al-translit",
        AlignKind::Number => "al-number",
        AlignKind::Initialism => "al-initialism",
        AlignKind::Translation => "al-translation",
        AlignKind::Reading => "al-reading",
        AlignKind::Unmatched => "al-unmatched",
    }
}

pub fn factor_text(tr: &Catalog, f: &Factor) -> String {
    let sign = |d: f64| {
        if d >= 0.0 {
            format!("+{d:.2}")
        } else {
            format!("{d:.2}")
        }
    };
    match f {
        Factor::CountryAgrees { country, delta } => {
            tr!(
                tr,
                "factor-country-agrees",
                country = country.clone(),
                delta = sign(*delta)
            )
        }
        Factor::CountryDiffers {
            supplier_country,
            entity_countries,
            delta,
        } => tr!(
            tr,
            "factor-country-differs",
            supplier = supplier_country.clone(),
            listed = entity_countries.join(", "),
            delta = sign(*delta)
        ),
        Factor::WordOrder { delta } => tr!(tr, "factor-word-order", delta = sign(*delta)),
        Factor::PersonName { delta } => tr!(tr, "factor-person-name", delta = sign(*delta)),
        Factor::Craft { delta } => tr!(tr, "factor-craft", delta = sign(*delta)),
        Factor::WeakAlias { delta } => tr!(tr, "factor-weak-alias", delta = sign(*delta)),
        Factor::ShortName { delta } => tr!(tr, "factor-short-name", delta = sign(*delta)),
        Factor::TypoOnly { delta } => tr!(tr, "factor-typo-only", delta = sign(*delta)),
    }
}

fn hit_card(s: &UseReducerHandle<State>, tr: &Catalog, input: &RowInput, h: &HitView) -> Html {
    let hit = &h.hit;
    let f = &h.facts;
    let e = &hit.explanation;
    let key = decision_key(&input.name, &hit.entity_id);
    let current = s.decisions.get(&key).cloned();
    // Choosing a decision keeps the note; editing the note keeps the decision (or "Needs review").
    let decide = |status: Option<DecisionStatus>| {
        let (d, supplier, hit, current) = (
            s.dispatcher(),
            input.name.clone(),
            hit.clone(),
            current.clone(),
        );
        Callback::from(move |ev: Event| {
            let note = match status {
                Some(_) => current.as_ref().map(|c| c.note.clone()).unwrap_or_default(),
                None => ev.target_unchecked_into::<HtmlTextAreaElement>().value(),
            };
            let status = status
                .or(current.as_ref().map(|c| c.status))
                .unwrap_or(DecisionStatus::NeedsReview);
            d.dispatch(Action::Decide(Decision {
                supplier_name: supplier.clone(),
                entity_id: hit.entity_id.clone(),
                list: hit.list,
                entity_name: hit.entity_name.clone(),
                status,
                note,
                decided_at: browser::now_stamp(),
                // Filled in from the loaded lists by the reducer (Action::Decide).
                list_as_of: String::new(),
            }))
        })
    };
    let group = format!("decision-{}", hit.entity_id);
    let radio = |status: DecisionStatus| {
        let id = format!("{group}-{status:?}");
        html! {
            <label for={id.clone()} class="radio">
                <input type="radio" id={id} name={group.clone()} checked={current.as_ref().map(|c| c.status) == Some(status)}
                    onchange={decide(Some(status))} />
                { " " }{ tr.t(decision_msg(status)) }
            </label>
        }
    };
    html! {
        <article class="hit" aria-label={tr!(tr, "hit-label", entity = hit.entity_name.clone(), list = hit.list.as_str())}>
            <header class="hit-head">
                <span class={classes!("badge", format!("list-{}", hit.list.as_str()))}>{ hit.list.as_str() }</span>
                <h3>{ &hit.entity_name }</h3>
                if s.is_new(&input.name, &hit.entity_id) {
                    <span class="new-tag" title={tr.t("new-hint")}>{ tr.t("new-tag") }</span>
                }
                <span class="score" title={tr.t("score-title")}>{ tr!(tr, "score", score = format!("{:.2}", hit.score)) }</span>
            </header>
            if let Some(id) = &e.identifier {
                <p class="identifier-match"><strong>{ tr.t("id-match") }</strong>{ " " }{ id.describe() }</p>
            }
            if e.identifier.is_some() && e.alignment.is_empty() {
                <p class="muted">{ tr.t("id-only") }</p>
            } else {
                <p>
                    { if e.matched_alias { tr.t("matched-alias") } else { tr.t("matched-name") } }{ " " }
                    <q>{ &e.matched_name }</q>
                    { " — " }{ tr!(tr, "words-alone", score = format!("{:.2}", e.name_score)) }
                </p>
            }
            if let Some(src) = &e.alias_source {
                <p class="alias-source">{ alias_source(tr, src) }</p>
            }
            if !e.alignment.is_empty() {
            <table class="alignment" aria-label={tr.t("alignment-label")}>
                <thead><tr><th scope="col">{ tr.t("col-your-supplier") }</th><th scope="col">{ tr.t("col-listed-name") }</th><th scope="col">{ tr.t("col-how-match") }</th><th scope="col" class="num">{ tr.t("col-weight") }</th></tr></thead>
                <tbody>
                { for e.alignment.iter().map(|a| html! {
                    <tr class={kind_class(a.kind)}>
                        <td>{ if a.supplier.is_empty() { "—".to_string() } else { a.supplier.clone() } }</td>
                        <td>{ if a.list.is_empty() { "—".to_string() } else { a.list.clone() } }</td>
                        <td><span class={classes!("al", kind_class(a.kind))}>{ tr.t(kind_label(a.kind)) }</span></td>
                        <td class="num">{ format!("{:.2}", a.weight) }</td>
                    </tr>
                }) }
                </tbody>
            </table>
            }
            if !e.factors.is_empty() {
                <ul class="factors" aria-label={tr.t("factors-label")}>
                    { for e.factors.iter().map(|x| html! { <li>{ factor_text(tr, x) }</li> }) }
                </ul>
            }
            <dl class="facts">
                <dt>{ tr.t("fact-list") }</dt><dd>{ format!("{} — {}", f.list_name, f.agency) }</dd>
                if !f.programs.is_empty() { <dt>{ tr.t("fact-program") }</dt><dd>{ f.programs.join(", ") }</dd> }
                if let Some(c) = &f.citation { <dt>{ tr.t("fact-citation") }</dt><dd>{ c }</dd> }
                if let Some(c) = &f.effective_date { <dt>{ tr.t("fact-effective-date") }</dt><dd>{ c }</dd> }
                if let Some(c) = &f.license_requirement { <dt>{ tr.t("fact-licence") }</dt><dd>{ c }</dd> }
                if let Some(c) = &f.merchandise { <dt>{ tr.t("fact-merchandise") }</dt><dd>{ c }</dd> }
                if let Some(c) = &f.status { <dt>{ tr.t("fact-status") }</dt><dd>{ c }</dd> }
                if !hit.entity_countries.is_empty() { <dt>{ tr.t("fact-country") }</dt><dd>{ hit.entity_countries.join(", ") }</dd> }
                if !f.addresses.is_empty() { <dt>{ tr.t("fact-address") }</dt><dd>{ f.addresses.join(" · ") }</dd> }
                if !f.aliases.is_empty() { <dt>{ tr.t("fact-aliases") }</dt><dd>{ f.aliases.join(" · ") }</dd> }
                if !f.identifiers.is_empty() { <dt>{ tr.t("fact-identifiers") }</dt><dd>{ f.identifiers.join(" · ") }</dd> }
                if f.extends_to_subsidiaries { <dt>{ tr.t("fact-scope") }</dt><dd><strong>{ tr.t("fact-subsidiaries") }</strong>{ " — " }{ tr.t("fact-subsidiaries-help") }</dd> }
                if f.primary_record_missing { <dt>{ tr.t("fact-note") }</dt><dd>{ tr.t("fact-primary-missing") }</dd> }
                if let Some(c) = &f.remarks { <dt>{ tr.t("fact-remarks") }</dt><dd>{ c }</dd> }
            </dl>
            <div class="meaning">
                <h4>{ tr.t("meaning-heading") }</h4>
                <p>{ tr.t(what_it_means(hit.list)) }</p>
                <p class="muted small">{ tr.t(NOT_LEGAL_ADVICE) }{ " " }
                    <a href={f.source_url.clone()} target="_blank" rel="noopener noreferrer">{ tr.t("official-source") }</a></p>
            </div>
            <fieldset class="decision">
                <legend>{ tr.t("your-review") }</legend>
                { radio(DecisionStatus::Confirmed) }
                { radio(DecisionStatus::FalsePositive) }
                { radio(DecisionStatus::NeedsReview) }
                <label for={format!("{group}-note")} class="label">{ tr.t("note-label") }</label>
                <textarea id={format!("{group}-note")} rows="2" value={current.as_ref().map(|c| c.note.clone()).unwrap_or_default()}
                    onchange={decide(None)} />
                if let Some(c) = &current {
                    <p class="muted small">{ tr!(tr, "decided-at", when = c.decided_at.clone()) }</p>
                }
            </fieldset>
        </article>
    }
}
