//! `supplyscreen screen INPUT`: screens every supplier of a CSV/XLSX file against the list bundle.
//!
//! Output: one CSV line per hit (or one line with empty hit columns for a supplier without a hit),
//! or JSON with the full explanation of every hit.

use std::path::{Path, PathBuf};
use supplyscreen_engine::export::{neutralise_cell, screen_cells, SCREEN_HEADER};
use supplyscreen_engine::input::{detect_columns, read_table, Limits, Table};
use supplyscreen_engine::model::{ListCode, ListSet};
use supplyscreen_engine::screen::{
    Hit, ScreenOptions, Screener, SupplierQuery, DEFAULT_THRESHOLD, DEFAULT_TOP_K,
};

pub const DEFAULT_BUNDLE: &str = "static/lists.bundle";

pub const USAGE: &str = "usage: supplyscreen screen INPUT [--name-column C] [--country-column C] \
[--threshold T] [--top K] [--lists L1,L2] [--format csv|json] [--out FILE] [--bundle FILE]";

/// Reads and decodes a list bundle, with a message that says what to do when it fails.
pub fn load_bundle(path: &Path) -> Result<ListSet, String> {
    let bytes = std::fs::read(path).map_err(|e| {
        format!(
            "cannot read the list bundle {}: {e}; build it with `supplyscreen build-lists` or pass --bundle FILE",
            path.display()
        )
    })?;
    supplyscreen_engine::bundle::decode(&bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// A supplier file read into queries, with the columns that were used.
pub struct Suppliers {
    pub queries: Vec<SupplierQuery>,
    pub name_column: String,
    pub country_column: Option<String>,
    pub warnings: Vec<String>,
}

/// Finds a column by header (case-insensitive) or 1-based number.
fn pick_column(table: &Table, spec: &str, what: &str) -> Result<usize, String> {
    if let Some(i) = table
        .columns
        .iter()
        .position(|c| c.trim().eq_ignore_ascii_case(spec.trim()))
    {
        return Ok(i);
    }
    if let Ok(n) = spec.trim().parse::<usize>() {
        if n >= 1 && n <= table.columns.len() {
            return Ok(n - 1);
        }
    }
    Err(format!(
        "no {what} column {spec:?}; the file's columns are: {}",
        table.columns.join(", ")
    ))
}

/// Reads a supplier file (any delimiter/encoding, or XLSX) and picks the name and country columns,
/// by the options given or by auto-detection.
pub fn read_suppliers(
    path: &Path,
    name_col: Option<&str>,
    country_col: Option<&str>,
) -> Result<Suppliers, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let file_name = path.display().to_string();
    let table = read_table(&file_name, &bytes, &Limits::default()).map_err(|e| e.to_string())?;
    let detected = detect_columns(&table);
    let name = match name_col {
        Some(c) => pick_column(&table, c, "name")?,
        None => detected.name.ok_or_else(|| {
            format!(
                "{file_name}: could not tell which column holds the supplier name; pass --name-column with one of: {}",
                table.columns.join(", ")
            )
        })?,
    };
    let country = match country_col {
        Some(c) => Some(pick_column(&table, c, "country")?),
        None => detected.country,
    };
    let queries = table
        .rows
        .iter()
        .map(|r| SupplierQuery {
            name: r.get(name).cloned().unwrap_or_default(),
            country: country
                .and_then(|c| r.get(c).cloned())
                .filter(|c| !c.trim().is_empty()),
        })
        .collect();
    Ok(Suppliers {
        queries,
        name_column: table.columns[name].clone(),
        country_column: country.map(|c| table.columns[c].clone()),
        warnings: table.warnings.iter().map(ToString::to_string).collect(),
    })
}

/// A tiny argument reader: `--flag value` pairs and positionals.
pub struct Args {
    pub positional: Vec<String>,
    pub flags: Vec<(String, String)>,
}

impl Args {
    pub fn parse(args: &[String], known: &[&str], usage: &str) -> Result<Args, String> {
        let mut positional = Vec::new();
        let mut flags = Vec::new();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if let Some(name) = a.strip_prefix("--") {
                let (name, inline) = match name.split_once('=') {
                    Some((n, v)) => (n, Some(v.to_string())),
                    None => (name, None),
                };
                if !known.contains(&name) {
                    return Err(format!("unknown option --{name}\n{usage}"));
                }
                let v = match inline {
                    Some(v) => v,
                    None => it
                        .next()
                        .cloned()
                        .ok_or_else(|| format!("--{name} needs a value\n{usage}"))?,
                };
                flags.push((name.to_string(), v));
            } else {
                positional.push(a.clone());
            }
        }
        Ok(Args { positional, flags })
    }
    pub fn get(&self, name: &str) -> Option<&str> {
        self.flags
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Parses the screen options shared by `screen` and `eval`.
pub fn screen_options(a: &Args) -> Result<ScreenOptions, String> {
    let threshold = match a.get("threshold") {
        Some(t) => t
            .parse::<f64>()
            .ok()
            .filter(|t| (0.0..=1.0).contains(t))
            .ok_or_else(|| format!("--threshold must be a number between 0 and 1, got {t:?}"))?,
        None => DEFAULT_THRESHOLD,
    };
    let top_k = match a.get("top") {
        Some(k) => k
            .parse::<usize>()
            .ok()
            .filter(|k| *k >= 1)
            .ok_or_else(|| format!("--top must be a whole number of at least 1, got {k:?}"))?,
        None => DEFAULT_TOP_K,
    };
    let lists = match a.get("lists") {
        Some(l) => Some(
            l.split(',')
                .map(|c| {
                    ListCode::parse(c).ok_or_else(|| {
                        format!(
                            "unknown list {c:?} in --lists; known: {}",
                            ListCode::ALL.map(|c| c.as_str()).join(",")
                        )
                    })
                })
                .collect::<Result<Vec<_>, _>>()?,
        ),
        None => None,
    };
    Ok(ScreenOptions {
        threshold,
        top_k,
        lists,
    })
}

#[derive(serde::Serialize)]
struct JsonRow<'a> {
    row: usize,
    supplier_name: &'a str,
    supplier_country: Option<&'a str>,
    hits: &'a [Hit],
}

pub fn run(args: &[String]) -> Result<(), String> {
    let a = Args::parse(
        args,
        &[
            "name-column",
            "country-column",
            "threshold",
            "top",
            "lists",
            "format",
            "out",
            "bundle",
        ],
        USAGE,
    )?;
    let [input] = a.positional.as_slice() else {
        return Err(format!("screen takes exactly one INPUT file\n{USAGE}"));
    };
    let opts = screen_options(&a)?;
    let format = a.get("format").unwrap_or("csv");
    if format != "csv" && format != "json" {
        return Err(format!("--format must be csv or json, got {format:?}"));
    }
    let bundle = PathBuf::from(a.get("bundle").unwrap_or(DEFAULT_BUNDLE));
    let set = load_bundle(&bundle)?;
    let sup = read_suppliers(
        Path::new(input),
        a.get("name-column"),
        a.get("country-column"),
    )?;
    for w in &sup.warnings {
        eprintln!("warning: {w}");
    }
    eprintln!(
        "screening {} suppliers (name column {:?}, country column {:?}) against {} entities at threshold {}",
        sup.queries.len(),
        sup.name_column,
        sup.country_column.as_deref().unwrap_or("none"),
        set.entities.len(),
        opts.threshold
    );
    let screener = Screener::new(&set);
    let results: Vec<Vec<Hit>> = sup
        .queries
        .iter()
        .map(|q| screener.screen(q, &opts))
        .collect();
    let text = if format == "json" {
        let rows: Vec<JsonRow> = sup
            .queries
            .iter()
            .zip(&results)
            .enumerate()
            .map(|(i, (q, h))| JsonRow {
                row: i + 1,
                supplier_name: &q.name,
                supplier_country: q.country.as_deref(),
                hits: h,
            })
            .collect();
        serde_json::to_string_pretty(&rows).map_err(|e| e.to_string())? + "\n"
    } else {
        to_csv(&sup.queries, &results)?
    };
    let flagged = results.iter().filter(|h| !h.is_empty()).count();
    match a.get("out") {
        Some(out) => std::fs::write(out, text).map_err(|e| format!("cannot write {out}: {e}"))?,
        None => print!("{text}"),
    }
    eprintln!(
        "{flagged} of {} suppliers have at least one hit",
        results.len()
    );
    Ok(())
}

/// The CSV report: one line per hit, one line with empty hit columns for a supplier without a hit.
pub fn to_csv(queries: &[SupplierQuery], results: &[Vec<Hit>]) -> Result<String, String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let err = |e: csv::Error| e.to_string();
    let header = SCREEN_HEADER.iter().copied().chain(std::iter::once("why"));
    w.write_record(header).map_err(err)?;
    // The same cells as the app's export, each neutralised so a spreadsheet never runs a supplier
    // name such as `=HYPERLINK(...)` as a formula (engine::export::neutralise_cell).
    let mut write = |row: usize, q: &SupplierQuery, hit: Option<&Hit>| {
        let country = q.country.as_deref().unwrap_or("");
        let cells = screen_cells(row, &q.name, country, hit);
        let why = hit.map(|h| h.explanation.summary()).unwrap_or_default();
        let record: Vec<String> = cells
            .iter()
            .map(String::as_str)
            .chain(std::iter::once(why.as_str()))
            .map(|c| neutralise_cell(c).into_owned())
            .collect();
        w.write_record(&record).map_err(err)
    };
    for (i, (q, hits)) in queries.iter().zip(results).enumerate() {
        if hits.is_empty() {
            write(i + 1, q, None)?;
        }
        for h in hits {
            write(i + 1, q, Some(h))?;
        }
    }
    String::from_utf8(w.into_inner().map_err(|e| e.to_string())?).map_err(|e| e.to_string())
}
