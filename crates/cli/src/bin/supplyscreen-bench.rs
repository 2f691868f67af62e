//! `cargo run --release -p supplyscreen-cli --bin supplyscreen-bench [-- static/lists.bundle]`
//!
//! The matcher's speed, memory and accuracy on a 10,000-row supplier file generated from the real
//! lists: 6,000 listed organisation names written the way supplier files write them (typos, joined
//! or split words, abbreviations, legal-form changes, dropped generic words, word swaps, noise
//! suffixes, case), plus 4,000 real companies on no list (`data/negatives`, SEC and S&P 500 names).
//!
//! Prints: index build time and memory, screening time for all rows on one core, recall and false
//! alarms at the default threshold, and the recall of candidate generation against exhaustive
//! scoring on a sample. Budgets, each on its own line as `index build: X ms (budget
//! 300)`, `index memory: X MB (budget 60)`, `screen 10k: X s (budget 0.3)`.

use std::time::Instant;
use supplyscreen_engine::model::{EntityKind, ListSet};
use supplyscreen_engine::risk::RiskIndex;
use supplyscreen_engine::rows::{screen_rows, RowInput};
use supplyscreen_engine::screen::{ScreenOptions, Screener, DEFAULT_THRESHOLD};

/// A small deterministic generator (xorshift), so every run screens the same rows.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const SWAPS: &[(&str, &str)] = &[
    ("Company", "Co."),
    ("Limited", "Ltd"),
    ("Co., Ltd.", "Company Limited"),
    ("Corporation", "Corp."),
    ("International", "Intl"),
    ("Technology", "Tech"),
    ("Industrial", "Ind."),
    ("Group", "Grp"),
    ("Joint Stock Company", "JSC"),
    ("Limited Liability Company", "LLC"),
];
const NOISE: &[&str] = &[
    " - Export Dept",
    " Head Office",
    " / Sales",
    " (Factory No. 2)",
    " Branch",
];
const GENERIC: &[&str] = &[
    "Technology",
    "International",
    "Trading",
    "Industry",
    "Group",
    "Co.",
    "Company",
];

/// Writes a listed name the way a supplier file might; returns the name and the kind of change.
fn perturb(name: &str, rng: &mut Rng) -> (String, &'static str) {
    let words: Vec<&str> = name.split_whitespace().collect();
    match rng.below(9) {
        0 => {
            // typo in the longest word
            let (i, w) = words
                .iter()
                .enumerate()
                .max_by_key(|(_, w)| w.len())
                .unwrap();
            let mut c: Vec<char> = w.chars().collect();
            if c.len() >= 5 {
                let p = 1 + rng.below(c.len() - 2);
                match rng.below(3) {
                    0 => {
                        c.remove(p);
                    }
                    1 => c.swap(p, p - 1),
                    _ => c.insert(p, c[p]),
                }
            }
            let mut ws: Vec<String> = words.iter().map(|s| s.to_string()).collect();
            ws[i] = c.into_iter().collect();
            (ws.join(" "), "typo")
        }
        1 if words.len() >= 2 => {
            let i = rng.below(words.len() - 1);
            let mut ws: Vec<String> = words.iter().map(|s| s.to_string()).collect();
            let j = ws.remove(i + 1);
            ws[i].push_str(&j);
            (ws.join(" "), "join")
        }
        2 => {
            let (i, w) = words
                .iter()
                .enumerate()
                .max_by_key(|(_, w)| w.len())
                .unwrap();
            let mut ws: Vec<String> = words.iter().map(|s| s.to_string()).collect();
            if w.is_ascii() && w.len() >= 8 {
                let p = 3 + rng.below(w.len() - 6);
                ws[i] = format!("{} {}", &w[..p], &w[p..]);
            }
            (ws.join(" "), "split")
        }
        3 => {
            for &(a, b) in SWAPS {
                if name.contains(a) {
                    return (name.replacen(a, b, 1), "abbreviation");
                }
                if name.contains(b) {
                    return (name.replacen(b, a, 1), "abbreviation");
                }
            }
            (name.to_string(), "none")
        }
        4 => {
            for g in GENERIC {
                if words.len() >= 3 && words.contains(g) {
                    let ws: Vec<&str> = words.iter().filter(|w| *w != g).copied().collect();
                    return (ws.join(" "), "drop_generic");
                }
            }
            (name.to_string(), "none")
        }
        5 if words.len() >= 2 => {
            let mut ws = words.clone();
            let i = rng.below(ws.len() - 1);
            ws.swap(i, i + 1);
            (ws.join(" "), "reorder")
        }
        6 => (format!("{name}{}", NOISE[rng.below(NOISE.len())]), "noise"),
        7 => (name.to_lowercase(), "case"),
        _ => (name.to_string(), "none"),
    }
}

fn negatives() -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(s) = std::fs::read_to_string("data/negatives/sec_company_tickers_2023-09.json") {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(&s) {
            if let Some(o) = v.as_object() {
                for e in o.values() {
                    if let Some(t) = e.get("title").and_then(|t| t.as_str()) {
                        out.push(t.to_string());
                    }
                }
            }
        }
    }
    out
}

#[path = "../args.rs"]
mod args;

const USAGE: &str = "usage: supplyscreen-bench [BUNDLE] [--screen-only] [--once] [--misses KIND] [--dump FILE] [--write-rows FILE] [--write-names FILE] [--input FILE [--threshold T]]";

/// `--input FILE [--threshold T]`: screens the names (and countries) of a supplier file, as the
/// browser's worker does, and prints `screen input: X s` — the native figure the browser benchmark
/// (`tests/bench/browser_bench.mjs`) divides the worker's wasm time by, on the same file and floor.
fn screen_input(set: &ListSet, file: &str, threshold: f64, runs: usize) {
    use supplyscreen_engine::input::{detect_columns, read_table, Limits};
    let bytes = std::fs::read(file).unwrap_or_else(|e| {
        eprintln!("supplyscreen-bench: cannot read {file}: {e}");
        std::process::exit(1);
    });
    let table = read_table(file, &bytes, &Limits::default()).unwrap_or_else(|e| {
        eprintln!("supplyscreen-bench: {e}");
        std::process::exit(1);
    });
    let m = detect_columns(&table);
    if m.name.is_none() {
        eprintln!("supplyscreen-bench: {file}: no column looks like supplier names");
        std::process::exit(1);
    }
    let rows: Vec<RowInput> = table
        .rows
        .iter()
        .map(|r| RowInput::from_row(r, &m))
        .collect();
    let opts = ScreenOptions {
        threshold,
        ..ScreenOptions::default()
    };
    let mut times = Vec::new();
    let mut hits = 0;
    for _ in 0..runs {
        // A fresh index per run: cold per-index caches, as in the worker's first file.
        let s = Screener::new(set);
        let risk = RiskIndex::new(set);
        let t = Instant::now();
        hits = screen_rows(&s, &risk, &rows, &opts)
            .iter()
            .map(|r| r.hits.len())
            .sum::<usize>();
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    println!(
        "screen input: {:.3} s ({} rows of {file}, threshold {threshold}, {hits} hits; best of {runs}, median {:.3} s)",
        times[0],
        rows.len(),
        times[times.len() / 2]
    );
}

fn main() {
    // `--screen-only` skips the exhaustive candidate-recall sample (for profiling the screening
    // loop); `--once` does one build and one screening pass (for instruction counting under
    // callgrind); `--misses KIND` prints the rows of that perturbation kind that were missed;
    // `--dump FILE` writes every row's hits (score, entity, matched name, explanation) as JSON lines,
    // so that a speed change can be shown to leave the results byte-identical (`cmp` two dumps).
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let args = args::Args::parse(
        &argv,
        &[
            "misses",
            "dump",
            "input",
            "threshold",
            "write-rows",
            "write-names",
        ],
        &["screen-only", "once"],
        USAGE,
    )
    .unwrap_or_else(|e| {
        eprintln!("supplyscreen-bench: {e}");
        std::process::exit(2);
    });
    if args.help {
        println!("{USAGE}");
        return;
    }
    let screen_only = args.has("screen-only");
    let runs = if args.has("once") { 1 } else { 3 };
    let misses_kind = args.get("misses").map(str::to_string);
    let dump_path = args.get("dump").map(str::to_string);
    let path = args
        .positional
        .first()
        .cloned()
        .unwrap_or_else(|| "static/lists.bundle".into());
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("supplyscreen-bench: cannot read {path}: {e}; build it with `make bundle`");
        std::process::exit(1);
    });
    let set: ListSet = supplyscreen_engine::bundle::decode(&bytes).unwrap_or_else(|e| {
        eprintln!("supplyscreen-bench: {path}: {e}");
        std::process::exit(1);
    });
    if let Some(file) = args.get("input") {
        let threshold = args
            .get("threshold")
            .map(|t| {
                t.parse().unwrap_or_else(|_| {
                    eprintln!("supplyscreen-bench: --threshold {t}: not a number");
                    std::process::exit(2);
                })
            })
            .unwrap_or(DEFAULT_THRESHOLD);
        screen_input(&set, file, threshold, runs);
        return;
    }
    let negs = negatives();
    if negs.len() < 4000 {
        eprintln!("supplyscreen-bench: data/negatives has {} names (need 4,000); run from the repository root", negs.len());
        std::process::exit(1);
    }
    // Rows: (query, expected entity id or None, kind)
    let mut rng = Rng(0x5eed_1234_abcd);
    let orgs: Vec<usize> = (0..set.entities.len())
        .filter(|&i| set.entities[i].kind != EntityKind::Person)
        .collect();
    let mut rows: Vec<(RowInput, Option<usize>, &str)> = Vec::with_capacity(10_000);
    for _ in 0..6000 {
        let e = orgs[rng.below(orgs.len())];
        let (name, kind) = perturb(&set.entities[e].name, &mut rng);
        rows.push((
            RowInput {
                name,
                ..RowInput::default()
            },
            Some(e),
            kind,
        ));
    }
    let mut step = negs.len() / 4000;
    step = step.max(1);
    for n in negs.iter().step_by(step).take(4000) {
        rows.push((
            RowInput {
                name: n.clone(),
                ..RowInput::default()
            },
            None,
            "real_unlisted_company",
        ));
    }

    // `--write-rows FILE`: the 10,000 rows as a one-column supplier CSV, and `--write-names FILE`:
    // every listed organisation name and alias, one a line. tests/bench/cli_bench.py screens the first
    // with the whole `supplyscreen` process and with rapidfuzz against the second, side by side.
    if let Some(p) = args.get("write-rows") {
        let mut w = csv::Writer::from_path(p).unwrap_or_else(|e| {
            eprintln!("supplyscreen-bench: cannot write {p}: {e}");
            std::process::exit(1);
        });
        let mut ok = w.write_record(["Supplier"]).is_ok();
        for r in &rows {
            ok &= w.write_record([r.0.name.as_str()]).is_ok();
        }
        if !ok || w.flush().is_err() {
            eprintln!("supplyscreen-bench: cannot write {p}");
            std::process::exit(1);
        }
    }
    if let Some(p) = args.get("write-names") {
        let mut out = String::new();
        for e in set.entities.iter().filter(|e| e.kind != EntityKind::Person) {
            for n in std::iter::once(&e.name).chain(e.aliases.iter().map(|a| &a.name)) {
                out.push_str(&n.replace(['\n', '\r'], " "));
                out.push('\n');
            }
        }
        if let Err(e) = std::fs::write(p, out) {
            eprintln!("supplyscreen-bench: cannot write {p}: {e}");
            std::process::exit(1);
        }
    }

    // Each run builds a fresh index and screens with it, so every timed screening starts with cold
    // per-index caches (as a user's first file does).
    let mut builds = Vec::new();
    let mut times = Vec::new();
    let mut results = Vec::new();
    let mut screener = None;
    let opts = ScreenOptions::default();
    let inputs: Vec<RowInput> = rows.iter().map(|r| r.0.clone()).collect();
    let risk = RiskIndex::new(&set);
    for _ in 0..runs {
        drop(screener.take());
        let t = Instant::now();
        let s = Screener::new(&set);
        builds.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        results = screen_rows(&s, &risk, &inputs, &opts)
            .into_iter()
            .map(|r| r.hits)
            .collect::<Vec<_>>();
        times.push(t.elapsed().as_secs_f64());
        screener = Some(s);
    }
    let screener = screener.unwrap();
    builds.sort_by(f64::total_cmp);
    // The same rows on every core, as `supplyscreen screen` runs them (rayon over rows, results in
    // input order): they must equal the one-thread results.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(cores)
        .build()
        .expect("a thread pool");
    let mut par_times = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let par: Vec<_> = pool.install(|| {
            use rayon::prelude::*;
            inputs
                .par_iter()
                .map(|r| supplyscreen_engine::rows::screen_row(&screener, &risk, r, &opts).hits)
                .collect()
        });
        par_times.push(t.elapsed().as_secs_f64());
        if par != results {
            eprintln!("supplyscreen-bench: {cores} threads gave other hits than one thread");
            std::process::exit(1);
        }
    }
    par_times.sort_by(f64::total_cmp);
    if let Some(dp) = &dump_path {
        // Also at a low threshold, where near misses show whether candidates and scores moved.
        let near = ScreenOptions {
            threshold: 0.5,
            ..ScreenOptions::default()
        };
        let mut out = String::new();
        for (r, hits) in rows.iter().zip(&results) {
            let low = screener.screen(&r.0.query(), &near);
            let line = serde_json::json!({ "row": r.0.name, "hits": hits, "at_0.5": low });
            out.push_str(&line.to_string());
            out.push('\n');
        }
        if let Err(e) = std::fs::write(dp, out) {
            eprintln!("supplyscreen-bench: cannot write {dp}: {e}");
            std::process::exit(1);
        }
    }
    times.sort_by(f64::total_cmp);

    let (mut pos, mut found, mut neg, mut flagged, mut wrong) = (0, 0, 0, 0, 0);
    let mut by_kind: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    for (r, hits) in rows.iter().zip(&results) {
        match r.1 {
            Some(e) => {
                pos += 1;
                let ok = hits.iter().any(|h| h.entity_id == set.entities[e].id);
                // A hit on another entity with the same name (listed twice) is also right.
                let same_name = hits
                    .iter()
                    .any(|h| h.entity_name.eq_ignore_ascii_case(&set.entities[e].name));
                let hit = ok || same_name;
                found += usize::from(hit);
                wrong += usize::from(!hit && !hits.is_empty());
                if !hit && misses_kind.as_deref() == Some(r.2) {
                    println!(
                        "missed [{}] {:?} -> {:?}; best: {}",
                        r.2,
                        r.0.name,
                        set.entities[e].name,
                        screener
                            .screen(
                                &r.0.query(),
                                &ScreenOptions {
                                    threshold: 0.3,
                                    top_k: 1,
                                    lists: None
                                }
                            )
                            .first()
                            .map_or("-".to_string(), |h| format!(
                                "{:.3} {}",
                                h.score, h.matched_name
                            ))
                    );
                }
                let k = by_kind.entry(r.2).or_default();
                k.0 += 1;
                k.1 += usize::from(hit);
            }
            None => {
                neg += 1;
                flagged += usize::from(!hits.is_empty());
            }
        }
    }
    // Candidate recall: for a sample, is the exhaustive best entity also found through the index?
    let low = ScreenOptions {
        threshold: 0.5,
        top_k: 1,
        lists: None,
    };
    let (mut sampled, mut agree) = (0, 0);
    let sample = if screen_only { 0 } else { 200 };
    for r in rows
        .iter()
        .filter(|r| r.1.is_some())
        .step_by(30)
        .take(sample)
    {
        let ex = screener.screen_exhaustive(&r.0.query(), &low);
        let Some(best) = ex.first() else { continue };
        sampled += 1;
        let fast = screener.screen(
            &r.0.query(),
            &ScreenOptions {
                threshold: 0.5,
                top_k: 5,
                lists: None,
            },
        );
        agree += usize::from(fast.iter().any(|h| h.entity_id == best.entity_id));
    }

    println!(
        "bundle: {path}: {} entities, {} names indexed",
        set.entities.len(),
        screener.names_indexed()
    );
    // The three budgets, one line each and in the words the budgets are written in, so they can
    // be quoted as printed: the best of the timed runs (the least disturbed by other processes),
    // then the median.
    println!(
        "index build: {:.0} ms (budget 300); best of {runs}, median {:.0} ms",
        builds[0] * 1e3,
        builds[builds.len() / 2] * 1e3
    );
    println!(
        "index memory: {:.1} MB (budget 60)",
        screener.index_bytes() as f64 / 1e6
    );
    println!(
        "screen 10k: {:.3} s (budget 0.3); best of {runs}, median {:.3} s, {:.1} µs/row, {} rows",
        times[0] * 10_000.0 / rows.len() as f64,
        times[times.len() / 2] * 10_000.0 / rows.len() as f64,
        times[0] * 1e6 / rows.len() as f64,
        rows.len()
    );
    println!(
        "rows/s: {:.0} on 1 thread, {:.0} on {cores} threads (same hits); screen 10k on {cores} threads: {:.3} s",
        rows.len() as f64 / times[0],
        rows.len() as f64 / par_times[0],
        par_times[0] * 10_000.0 / rows.len() as f64
    );
    println!(
        "at the default threshold {DEFAULT_THRESHOLD}: recall {:.3} ({found}/{pos}), positives with only a wrong hit {wrong}, negatives flagged {:.4} ({flagged}/{neg})",
        found as f64 / pos as f64,
        flagged as f64 / neg as f64
    );
    for (k, (n, f)) in &by_kind {
        println!("  {k:<14} {n:>5} rows  recall {:.3}", *f as f64 / *n as f64);
    }
    println!(
        "candidate recall vs exhaustive scoring: {agree}/{sampled} = {:.3}",
        agree as f64 / sampled.max(1) as f64
    );
}
