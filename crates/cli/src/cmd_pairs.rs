//! `supplyscreen pairs FILE`: scores pairs of names. Reads columns `name1,name2` (any other columns
//! are passed through) and appends `score,match`.
//!
//! With a list bundle (the built-in one, or `--bundle FILE`) words are weighted by how rare
//! they are across the lists, exactly as in `screen`; without one every word weighs the same.

use crate::args::Args;
use crate::cmd_screen::parse_threshold;
use supplyscreen_engine::input::{read_table, Limits};
use supplyscreen_engine::screen::{score_pair, Screener, DEFAULT_THRESHOLD};

pub const USAGE: &str =
    "usage: supplyscreen pairs FILE [--threshold T] [--out FILE] [--bundle FILE | --bundle none]";

pub fn run(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["threshold", "out", "bundle"], &[], USAGE)?;
    if a.help {
        println!("{USAGE}");
        return Ok(());
    }
    let [file] = a.positional.as_slice() else {
        return Err(format!("pairs takes exactly one FILE\n{USAGE}"));
    };
    let threshold = match a.get("threshold") {
        Some(t) => parse_threshold(t)?,
        None => DEFAULT_THRESHOLD,
    };
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let table = read_table(file, &bytes, &Limits::default()).map_err(|e| e.to_string())?;
    let col = |n: &str| {
        table
            .columns
            .iter()
            .position(|c| c.trim().eq_ignore_ascii_case(n))
            .ok_or_else(|| {
                format!(
                    "{file}: no `{n}` column; pairs needs columns name1 and name2 (found: {})",
                    table.columns.join(", ")
                )
            })
    };
    let (c1, c2) = (col("name1")?, col("name2")?);
    let bundle = match a.get("bundle") {
        Some("none") => None,
        other => Some(crate::embedded::load(other)?),
    };
    let screener = bundle.as_ref().map(Screener::new);
    let mut w = csv::Writer::from_writer(Vec::new());
    let err = |e: csv::Error| e.to_string();
    let mut header = table.columns.clone();
    header.extend(["score".to_string(), "match".to_string()]);
    w.write_record(&header).map_err(err)?;
    for row in &table.rows {
        let (n1, n2) = (
            row.get(c1).map_or("", String::as_str),
            row.get(c2).map_or("", String::as_str),
        );
        let s = match &screener {
            Some(sc) => sc.score_pair(n1, n2),
            None => score_pair(n1, n2),
        };
        let mut out = row.clone();
        out.resize(table.columns.len(), String::new());
        out.push(format!("{s:.3}"));
        out.push(if s >= threshold { "1" } else { "0" }.to_string());
        w.write_record(&out).map_err(err)?;
    }
    let text =
        String::from_utf8(w.into_inner().map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
    match a.get("out") {
        Some(out) => std::fs::write(out, text).map_err(|e| format!("cannot write {out}: {e}")),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}
