//! The screening worker: everything heavy happens here, off the page's thread.
//!
//! It holds the decoded lists, the match index and the risk index for the life of the page (the
//! bundle is fetched once, by [`Request::Load`]), and screens rows chunk by chunk as the page sends
//! them. Supplier files are read by another worker (`reader.rs`), loaded only when a file comes.
//!
//! It keeps no state about a supplier file: the page owns the table and the column mapping. Each
//! [`Request::Screen`] carries its rows, already mapped, and the lists to screen against;
//! [`Request::Explain`] carries its one row; `job` and `first_row` are only sent back with the
//! results. So:
//!
//! * a re-screen with another mapping or another choice of lists needs no worker state to change;
//! * a crashed or restarted worker loses nothing of the user's work: it only loads the lists again;
//! * one worker can serve any request in any order, which will also let a pool of workers share
//!   the chunks of one run.

use crate::protocol::*;
use gloo::worker::{HandlerId, Worker, WorkerScope};
use js_sys::Uint8Array;
use supplyscreen_engine::bundle;
use supplyscreen_engine::explain::AlignKind;
use supplyscreen_engine::model::{Entity, EntityKind, ListCode, ListSet};
use supplyscreen_engine::risk::RiskIndex;
use supplyscreen_engine::rows::{finish_row, match_row};
use supplyscreen_engine::screen::{Hit, ScreenOptions, Screener, SupplierQuery};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

pub struct ScreenWorker {
    lists: Option<Loaded>,
}

struct Loaded {
    set: &'static ListSet,
    by_id: std::collections::HashMap<&'static str, &'static Entity>,
    screener: Screener<'static>,
    risk: RiskIndex,
    info: LoadedInfo,
}

pub enum Msg {
    Fetched {
        id: HandlerId,
        result: Result<Vec<u8>, LoadProblem>,
        fetch_ms: f64,
    },
}

impl Worker for ScreenWorker {
    type Message = Msg;
    type Input = Request;
    type Output = Response;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        ScreenWorker { lists: None }
    }

    fn update(&mut self, scope: &WorkerScope<Self>, msg: Msg) {
        let Msg::Fetched {
            id,
            result,
            fetch_ms,
        } = msg;
        let response = match result.and_then(|bytes| load(&bytes, fetch_ms)) {
            Ok(loaded) => {
                let info = loaded.info.clone();
                self.lists = Some(loaded);
                Response::Loaded(info)
            }
            Err(problem) => Response::LoadFailed(problem),
        };
        scope.respond(id, response);
    }

    fn received(&mut self, scope: &WorkerScope<Self>, req: Request, id: HandlerId) {
        match req {
            Request::Load { bundle_url } => {
                if let Some(l) = &self.lists {
                    scope.respond(id, Response::Loaded(l.info.clone()));
                    return;
                }
                let scope = scope.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let start = now_ms();
                    let result = fetch_bytes(&bundle_url).await;
                    scope.send_message(Msg::Fetched {
                        id,
                        result,
                        fetch_ms: now_ms() - start,
                    });
                });
            }
            Request::Screen {
                job,
                first_row,
                rows,
                lists,
            } => {
                let Some(l) = &self.lists else {
                    scope.respond(id, Response::NotReady);
                    return;
                };
                // Names first, timed on their own (the browser benchmark compares this with the
                // native matcher), then the product and place signals: the two halves of
                // `rows::screen_rows`, the path the CLI and the bench take.
                let opts = floor_options(lists);
                let t0 = now_ms();
                let hits: Vec<Vec<Hit>> = rows
                    .iter()
                    .map(|r| match_row(&l.screener, r, &opts))
                    .collect();
                let match_ms = now_ms() - t0;
                let results = rows
                    .iter()
                    .zip(hits)
                    .map(|(r, mut hits)| {
                        for h in &mut hits {
                            // The detail view asks for the full alignment again (Request::Explain);
                            // what the results CSV's "why" column says is kept.
                            h.explanation
                                .alignment
                                .retain(|a| a.kind != AlignKind::Exact);
                        }
                        finish_row(&l.risk, r, hits, opts.lists.as_deref())
                    })
                    .collect();
                scope.respond(
                    id,
                    Response::Screened {
                        job,
                        first_row,
                        results,
                        worker_memory: wasm_memory_bytes(),
                        match_ms,
                        worker_ms: now_ms() - t0,
                    },
                );
            }
            Request::Explain { row, input, lists } => {
                let Some(l) = &self.lists else {
                    scope.respond(id, Response::NotReady);
                    return;
                };
                let hits = match_row(&l.screener, &input, &floor_options(lists))
                    .into_iter()
                    .map(|hit| {
                        let entity = l.by_id.get(hit.entity_id.as_str()).copied();
                        let facts = facts(l.set, hit.list, entity);
                        HitView { hit, facts }
                    })
                    .collect();
                scope.respond(id, Response::Explained { row, hits });
            }
        }
    }
}

/// How the worker screens: every hit down to the slider's floor, so moving the threshold never
/// needs a re-screen.
fn floor_options(lists: Option<Vec<ListCode>>) -> ScreenOptions {
    ScreenOptions {
        threshold: SCORE_FLOOR,
        top_k: supplyscreen_engine::screen::DEFAULT_TOP_K,
        lists,
    }
}

/// What the detail view shows about a listed entity (`None`: an id the bundle does not have, which
/// cannot happen for hits from the same bundle, but the page then still gets the list's facts).
fn facts(set: &ListSet, list: ListCode, e: Option<&Entity>) -> EntityFacts {
    let info = set.list(list);
    let field = |f: fn(&Entity) -> &Option<String>| e.and_then(|e| f(e).clone());
    EntityFacts {
        list_name: info.map(|i| i.name.clone()).unwrap_or_default(),
        agency: info.map(|i| i.agency.clone()).unwrap_or_default(),
        kind: e.map_or(EntityKind::Unknown, |e| e.kind),
        aliases: e.map_or(vec![], |e| {
            e.aliases.iter().map(|a| a.name.clone()).collect()
        }),
        programs: e.map_or(vec![], |e| e.programs.clone()),
        citation: field(|e| &e.citation),
        effective_date: field(|e| &e.effective_date),
        license_requirement: field(|e| &e.license_requirement),
        merchandise: field(|e| &e.merchandise),
        status: field(|e| &e.status),
        addresses: e.map_or(vec![], |e| e.addresses.iter().take(3).cloned().collect()),
        remarks: field(|e| &e.remarks),
        identifiers: e.map_or(vec![], |e| {
            e.identifiers
                .iter()
                .map(|i| match &i.country {
                    Some(c) => format!("{} {} ({c})", i.label, i.value),
                    None => format!("{} {}", i.label, i.value),
                })
                .collect()
        }),
        extends_to_subsidiaries: e.is_some_and(|e| e.extends_to_subsidiaries),
        primary_record_missing: e.is_some_and(|e| e.primary_record_missing),
        source_url: field(|e| &e.source_url)
            .or_else(|| info.map(|i| i.source_url.clone()))
            .unwrap_or_default(),
    }
}

fn load(bytes: &[u8], fetch_ms: f64) -> Result<Loaded, LoadProblem> {
    let t0 = now_ms();
    let set = bundle::decode(bytes).map_err(LoadProblem::Bundle)?;
    let decode_ms = now_ms() - t0;
    // The lists live as long as the page; leaking gives the index a 'static borrow of them.
    let set: &'static ListSet = Box::leak(Box::new(set));
    let t1 = now_ms();
    let screener = Screener::new(set);
    let risk = RiskIndex::new(set);
    let index_ms = now_ms() - t1;
    let t2 = now_ms();
    warm_up(&screener, set);
    let warmup_ms = now_ms() - t2;
    let info = LoadedInfo {
        lists: set.lists.clone(),
        entities: set.entities.len(),
        names_indexed: screener.names_indexed(),
        goods_rows: set.goods.len(),
        bundle_sha256: bundle::fingerprint(bytes),
        bundle_bytes: bytes.len(),
        built_from: set.built_from.clone(),
        engine_version: supplyscreen_engine::ENGINE_VERSION.to_string(),
        fetch_ms,
        decode_ms,
        index_ms,
        warmup_ms,
    };
    let by_id = set.entities.iter().map(|e| (e.id.as_str(), e)).collect();
    Ok(Loaded {
        set,
        by_id,
        screener,
        risk,
        info,
    })
}

/// Screens a thousand listed names once the index is built, each with a typo, with two words run
/// together, and with its words spelt backwards (unknown words, like most of a real file's). The
/// browser compiles wasm functions lazily and optimises them only once they run hot; without this,
/// the user's first file paid for that on top of the matching itself (10,000 rows: 0.45 s of
/// matching without, 0.33-0.35 s with; `tests/bench/browser_bench.mjs`). Costs about 0.1 s while
/// the lists load, when the user is still choosing a file.
const WARM_UP_NAMES: usize = 1000;

fn warm_up(screener: &Screener, set: &ListSet) {
    let opts = ScreenOptions {
        threshold: SCORE_FLOOR,
        ..ScreenOptions::default()
    };
    let step = (set.entities.len() / WARM_UP_NAMES).max(1);
    for e in set.entities.iter().step_by(step).take(WARM_UP_NAMES) {
        let name = &e.name;
        // A dropped letter in the middle and the first two words run together.
        let mid = name.len() / 2;
        let typo: String = name
            .char_indices()
            .filter(|(i, _)| *i != mid)
            .map(|(_, c)| c)
            .collect();
        let joined = name.replacen(' ', "", 1);
        // Words the lists do not have (each word spelt backwards), as most of a real file's are.
        let unknown: String = name
            .split_whitespace()
            .map(|w| w.chars().rev().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ");
        for n in [typo, joined, unknown] {
            screener.screen(
                &SupplierQuery {
                    name: n,
                    country: e.countries.first().cloned(),
                },
                &opts,
            );
        }
    }
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, LoadProblem> {
    let global: web_sys::WorkerGlobalScope = js_sys::global().unchecked_into();
    let failed = |e: JsValue| LoadProblem::Network {
        url: url.to_string(),
        reason: e.as_string().unwrap_or_else(|| format!("{e:?}")),
    };
    let resp: web_sys::Response = JsFuture::from(global.fetch_with_str(url))
        .await
        .map_err(failed)?
        .unchecked_into();
    if !resp.ok() {
        return Err(LoadProblem::Http {
            url: url.to_string(),
            status: resp.status(),
        });
    }
    let buf = JsFuture::from(resp.array_buffer().map_err(failed)?)
        .await
        .map_err(failed)?;
    Ok(Uint8Array::new(&buf).to_vec())
}

fn now_ms() -> f64 {
    let global: web_sys::WorkerGlobalScope = js_sys::global().unchecked_into();
    global
        .performance()
        .map(|p| p.now())
        .unwrap_or_else(js_sys::Date::now)
}
