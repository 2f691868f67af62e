//! `supplyscreen eval SUPPLIERS LABELS`: recall, precision, F1 and false-alarm rate of the matcher on
//! a labelled supplier file, at the default threshold and over a sweep, by perturbation kind.

use crate::args::Args;
use crate::cmd_screen::{read_suppliers, ColumnChoice};
use std::path::Path;
use supplyscreen_engine::eval::{evaluate, report, sweep, Label};
use supplyscreen_engine::rows::{match_row, RowInput};
use supplyscreen_engine::screen::{Hit, ScreenOptions, Screener, DEFAULT_THRESHOLD};

pub const USAGE: &str = "usage: supplyscreen eval SUPPLIERS LABELS [--bundle FILE] [--misses]";

/// Reads `labels.csv` (`row,kind,expected_list,expected_names,perturbation`).
pub fn read_labels(path: &Path) -> Result<Vec<Label>, String> {
    let mut r = csv::Reader::from_path(path)
        .map_err(|e| format!("cannot read labels {}: {e}", path.display()))?;
    let headers = r.headers().map_err(|e| e.to_string())?.clone();
    let col = |n: &str| {
        headers.iter().position(|h| h == n).ok_or_else(|| {
            format!(
                "{}: no `{n}` column (need row,kind,expected_list,expected_names,perturbation)",
                path.display()
            )
        })
    };
    let idx = [
        col("row")?,
        col("kind")?,
        col("expected_list")?,
        col("expected_names")?,
        col("perturbation")?,
    ];
    let mut out = Vec::new();
    for (i, rec) in r.records().enumerate() {
        let rec = rec.map_err(|e| format!("{}: {e}", path.display()))?;
        let f = |k: usize| rec.get(idx[k]).unwrap_or("");
        out.push(
            Label::from_columns(f(0), f(1), f(2), f(3), f(4))
                .map_err(|e| format!("{} line {}: {e}", path.display(), i + 2))?,
        );
    }
    Ok(out)
}

/// Screens the suppliers with a low threshold (so the sweep can be computed) and returns the hits.
pub fn screen_all(screener: &Screener, rows: &[RowInput]) -> Vec<Vec<Hit>> {
    let opts = ScreenOptions {
        threshold: 0.5,
        top_k: 10,
        lists: None,
    };
    rows.iter().map(|r| match_row(screener, r, &opts)).collect()
}

pub fn run(args: &[String]) -> Result<(), String> {
    let a = Args::parse(
        args,
        &["bundle", "name-column", "country-column"],
        &["misses"],
        USAGE,
    )?;
    if a.help {
        println!("{USAGE}");
        return Ok(());
    }
    let [suppliers, labels] = a.positional.as_slice() else {
        return Err(format!("eval takes SUPPLIERS and LABELS\n{USAGE}"));
    };
    let set = crate::embedded::load(a.get("bundle"))?;
    let sup = read_suppliers(Path::new(suppliers), &ColumnChoice::from_args(&a))?;
    let labels = read_labels(Path::new(labels))?;
    let screener = Screener::new(&set);
    let hits = screen_all(&screener, &sup.rows);
    let results = evaluate(&labels, &hits, &sweep(DEFAULT_THRESHOLD));
    print!("{}", report(&results, DEFAULT_THRESHOLD));
    if a.has("misses") {
        for l in &labels {
            let h = hits.get(l.row - 1).map_or(&[][..], |v| v);
            let (found, fa) = supplyscreen_engine::eval::judge(l, h, DEFAULT_THRESHOLD);
            if (l.positive && !found) || fa {
                let q = &sup.rows[l.row - 1];
                println!(
                    "\nrow {} [{}] {:?} ({}) expected {:?}",
                    l.row,
                    l.kinds.join("+"),
                    q.name,
                    q.country,
                    l.expected_names.first().map(String::as_str).unwrap_or("-")
                );
                for h in h.iter().take(3) {
                    println!(
                        "   {:.3} {} | {} | {}",
                        h.score,
                        h.matched_name,
                        h.entity_id,
                        h.explanation.summary()
                    );
                }
            }
        }
    }
    Ok(())
}
