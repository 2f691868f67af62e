//! `supplyscreen screen INPUT`: screens every supplier of a CSV/XLSX file against the list bundle.
//!
//! Output: the app's results CSV (`export::results_csv`: one line per hit, or one line with empty
//! hit columns for a row without a hit, with the row's status, why each hit scored what it did and
//! the row's risk signals), written row by row; or JSON with the full explanation of every hit and
//! every risk signal.
//!
//! The file is read as a stream (`input::stream_table`), screened a chunk of rows at a time on every
//! core (rayon; `--threads N`), and each chunk written in input order while the pool screens the
//! next (at most two chunks in memory), so a million-row file runs in bounded memory and gives the
//! same bytes on 1 thread as on N. The name index and the risk index are built side by side.

use crate::args::Args;
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use supplyscreen_engine::export::{
    decision_keys, decisions_from_csv, decisions_map, Decision, ExportRow, ResultsWriter, Review,
};
use supplyscreen_engine::input::{
    detect_columns, read_table, stream_table, ColumnMapping, Limits, Table, TableStream,
};
use supplyscreen_engine::model::{ListCode, ListSet};
use supplyscreen_engine::risk::{RiskIndex, RiskSignal};
use supplyscreen_engine::rows::{screen_row, RowInput, RowResult};
use supplyscreen_engine::screen::{Hit, ScreenOptions, Screener, DEFAULT_THRESHOLD, DEFAULT_TOP_K};

/// Where `build-lists` and `refresh` write the bundle unless told otherwise (the app serves it).
pub const DEFAULT_OUT: &str = "static/lists.bundle";

pub const USAGE: &str = "usage: supplyscreen screen INPUT [options]
  --name-column C      the supplier name column, by header or 1-based number (default: detected)
  --country-column C   the country column (default: detected)
  --address-column C   the address column (default: detected)
  --product-column C   the product column (default: detected)
  --id-column C        the registration or tax number column (default: detected)
  --hs-column C        the HS (tariff) code column (default: detected)
  --decisions FILE     a review-decisions CSV (the page's Download decisions): each hit gets its
                       decision, and a hit without one is marked New
  --threshold T        report hits scoring at least T, 0 to 1 (default: 0.75)
  --top K              at most K hits per supplier (default: 5)
  --lists L1,L2        only these lists (codes as in `supplyscreen lists`)
  --format csv|json    output format (default: csv)
  --out FILE           write to FILE instead of standard output
  --threads N          screen on N threads (default: every core); the output is the same
                       (results are written on the main thread while the next rows are screened)
  --bundle FILE        the list bundle (default: the lists built into this binary)";

/// Rows read, screened (in parallel) and written at a time: enough to keep every core busy, few
/// enough that memory does not grow with the file.
pub const CHUNK_ROWS: usize = 4096;

/// The options of `screen` that take a value.
const VALUED: &[&str] = &[
    "name-column",
    "country-column",
    "address-column",
    "product-column",
    "id-column",
    "hs-column",
    "decisions",
    "threshold",
    "top",
    "lists",
    "format",
    "out",
    "threads",
    "bundle",
];

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

/// A supplier file read into mapped rows (the eval reads its whole file).
pub struct Suppliers {
    pub rows: Vec<RowInput>,
}

/// Column choices given on the command line (`None`: detect).
#[derive(Default)]
pub struct ColumnChoice<'a> {
    pub name: Option<&'a str>,
    pub country: Option<&'a str>,
    pub address: Option<&'a str>,
    pub product: Option<&'a str>,
    pub id: Option<&'a str>,
    pub hs: Option<&'a str>,
}

impl<'a> ColumnChoice<'a> {
    pub fn from_args(a: &'a Args) -> ColumnChoice<'a> {
        ColumnChoice {
            name: a.get("name-column"),
            country: a.get("country-column"),
            address: a.get("address-column"),
            product: a.get("product-column"),
            id: a.get("id-column"),
            hs: a.get("hs-column"),
        }
    }
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

/// Reads a supplier file (any delimiter/encoding, or XLSX) and maps its columns, by the choices
/// given or by auto-detection, as the page does.
pub fn read_suppliers(path: &Path, choice: &ColumnChoice) -> Result<Suppliers, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let file_name = path.display().to_string();
    let table = read_table(&file_name, &bytes, &Limits::default()).map_err(|e| e.to_string())?;
    let mapping = map_columns(&table, &file_name, choice)?;
    let rows = table
        .rows
        .iter()
        .map(|r| RowInput::from_row(r, &mapping))
        .collect();
    Ok(Suppliers { rows })
}

/// A supplier file opened as a stream of rows, with its columns mapped (from its head).
pub struct SupplierStream {
    pub rows: TableStream<std::io::BufReader<std::fs::File>>,
    pub table_columns: Vec<String>,
    pub mapping: ColumnMapping,
}

impl SupplierStream {
    /// The header of a mapped column, for messages.
    pub fn column(&self, i: Option<usize>) -> &str {
        i.and_then(|i| self.table_columns.get(i))
            .map_or("none", String::as_str)
    }
}

/// Opens a supplier file as a stream (no row limit: delimited text is read a chunk at a time) and
/// maps its columns as [`read_suppliers`] does.
pub fn open_suppliers(path: &Path, choice: &ColumnChoice) -> Result<SupplierStream, String> {
    let file =
        std::fs::File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let file_name = path.display().to_string();
    let limits = Limits {
        max_rows: usize::MAX,
        ..Limits::default()
    };
    let rows = stream_table(&file_name, std::io::BufReader::new(file), &limits)
        .map_err(|e| e.to_string())?;
    let mapping = map_columns(rows.head(), &file_name, choice)?;
    Ok(SupplierStream {
        table_columns: rows.head().columns.clone(),
        rows,
        mapping,
    })
}

/// The column mapping: the choices given, else what `detect_columns` finds.
fn map_columns(
    table: &Table,
    file_name: &str,
    choice: &ColumnChoice,
) -> Result<ColumnMapping, String> {
    let detected = detect_columns(table);
    let pick = |spec: Option<&str>, found: Option<usize>, what: &str| match spec {
        Some(c) => pick_column(table, c, what).map(Some),
        None => Ok(found),
    };
    let mapping = ColumnMapping {
        name: pick(choice.name, detected.name, "name")?,
        country: pick(choice.country, detected.country, "country")?,
        address: pick(choice.address, detected.address, "address")?,
        product: pick(choice.product, detected.product, "product")?,
        id: pick(choice.id, detected.id, "registration number")?,
        hs: pick(choice.hs, detected.hs, "HS code")?,
    };
    if mapping.name.is_none() {
        return Err(format!(
            "{file_name}: could not tell which column holds the supplier name; pass --name-column with one of: {}",
            table.columns.join(", ")
        ));
    }
    Ok(mapping)
}

/// `--threads N` (default: every core the system offers).
pub fn threads(a: &Args) -> Result<usize, String> {
    match a.get("threads") {
        Some(t) => t
            .parse::<usize>()
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| format!("--threads must be a whole number of at least 1, got {t:?}")),
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
    }
}

/// Screens `rows` on the pool's threads; results in input order ([`screen_row`] is the one
/// per-row path, and a row's result never depends on another row).
pub fn screen_chunk(
    pool: &rayon::ThreadPool,
    screener: &Screener,
    risk: &RiskIndex,
    rows: &[RowInput],
    opts: &ScreenOptions,
) -> Vec<RowResult> {
    pool.install(|| {
        rows.par_iter()
            .map(|r| screen_row(screener, risk, r, opts))
            .collect()
    })
}

/// Parses the screen options shared by `screen` and `eval`.
pub fn screen_options(a: &Args) -> Result<ScreenOptions, String> {
    let threshold = match a.get("threshold") {
        Some(t) => parse_threshold(t)?,
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

/// A threshold between 0 and 1.
pub fn parse_threshold(t: &str) -> Result<f64, String> {
    t.parse::<f64>()
        .ok()
        .filter(|t| (0.0..=1.0).contains(t))
        .ok_or_else(|| format!("--threshold must be a number between 0 and 1, got {t:?}"))
}

#[derive(serde::Serialize)]
struct JsonRow<'a> {
    row: usize,
    supplier_name: &'a str,
    supplier_country: &'a str,
    supplier_address: &'a str,
    supplier_product: &'a str,
    supplier_id: &'a str,
    supplier_hs: &'a str,
    hits: &'a [Hit],
    risks: &'a [RiskSignal],
    id_problem: Option<String>,
}

pub fn run(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, VALUED, &[], USAGE)?;
    if a.help {
        println!("{USAGE}");
        return Ok(());
    }
    let [input] = a.positional.as_slice() else {
        return Err(format!("screen takes exactly one INPUT file\n{USAGE}"));
    };
    let opts = screen_options(&a)?;
    let format = a.get("format").unwrap_or("csv");
    if format != "csv" && format != "json" {
        return Err(format!("--format must be csv or json, got {format:?}"));
    }
    let threads = threads(&a)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| format!("cannot start {threads} threads: {e}"))?;
    let set = crate::embedded::load(a.get("bundle"))?;
    let mut sup = open_suppliers(Path::new(input), &ColumnChoice::from_args(&a))?;
    let decisions = match a.get("decisions") {
        Some(f) => Some(read_decisions(Path::new(f))?),
        None => None,
    };
    let m = &sup.mapping;
    eprintln!(
        "screening suppliers (name column {:?}, country column {:?}, address column {:?}, product column {:?}, \
         registration number column {:?}, HS code column {:?}) against {} entities at threshold {} on {threads} {}",
        sup.column(m.name),
        sup.column(m.country),
        sup.column(m.address),
        sup.column(m.product),
        sup.column(m.id),
        sup.column(m.hs),
        set.entities.len(),
        opts.threshold,
        if threads == 1 { "thread" } else { "threads" }
    );
    if let Some(d) = &decisions {
        let changed = supplyscreen_engine::export::lists_changed(d.values(), &set.lists);
        if !changed.is_empty() {
            eprintln!(
                "note: lists updated since these decisions were made: {}; hits on them may be new or changed",
                changed.iter().map(|c| c.to_string()).collect::<Vec<_>>().join("; ")
            );
        }
    }
    // The two indexes are independent: built side by side.
    let (screener, risk) = pool.join(|| Screener::new(&set), || RiskIndex::new(&set));
    let no_decisions = HashMap::new();
    let earlier = decisions.as_ref().map(decision_keys);
    let review = Review {
        decisions: decisions.as_ref().unwrap_or(&no_decisions),
        earlier: earlier.as_ref(),
    };
    let out: Box<dyn Write> = match a.get("out") {
        Some(f) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(f).map_err(|e| format!("cannot write {f}: {e}"))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let wrote = |e: String| format!("cannot write the results: {e}");
    let mut out = if format == "json" {
        Output::json(out).map_err(wrote)?
    } else {
        Output::Csv(
            ResultsWriter::new(out, review, opts.threshold).map_err(|e| wrote(e.to_string()))?,
        )
    };
    let (mut done, mut flagged) = (0usize, 0usize);
    let mut write_chunk = |(inputs, results): (Vec<RowInput>, Vec<RowResult>)| {
        for (input, result) in inputs.iter().zip(&results) {
            done += 1;
            if let Some(w) = &result.id_problem {
                eprintln!("warning: row {done}: {w}");
            }
            flagged += usize::from(result.hits_at(opts.threshold).next().is_some());
            out.write(done, input, result).map_err(wrote)?;
        }
        Ok::<(), String>(())
    };
    // While the pool screens a chunk, this thread writes the chunk before it (in input order, so
    // the output is the same): writing the results is about a sixth of the screening's work.
    let mut screened: Option<(Vec<RowInput>, Vec<RowResult>)> = None;
    let mut cells = Vec::with_capacity(CHUNK_ROWS);
    loop {
        cells.clear();
        if sup
            .rows
            .next_rows(CHUNK_ROWS, &mut cells)
            .map_err(|e| e.to_string())?
            == 0
        {
            break;
        }
        let inputs: Vec<RowInput> = cells
            .iter()
            .map(|r| RowInput::from_row(r, &sup.mapping))
            .collect();
        let mut results = Vec::new();
        pool.in_place_scope(|s| {
            s.spawn(|_| results = screen_chunk(&pool, &screener, &risk, &inputs, &opts));
            screened.take().map_or(Ok(()), &mut write_chunk)
        })?;
        screened = Some((inputs, results));
    }
    screened.take().map_or(Ok(()), &mut write_chunk)?;
    for w in sup.rows.finish() {
        eprintln!("warning: {w}");
    }
    out.finish().map_err(wrote)?;
    eprintln!("{flagged} of {done} suppliers have at least one hit");
    Ok(())
}

/// Where the results go, a row at a time.
#[allow(clippy::large_enum_variant)] // one value for the whole run
enum Output<'a> {
    Csv(ResultsWriter<'a, Box<dyn Write>>),
    /// The same bytes as `serde_json::to_writer_pretty` of the whole array, an element at a time.
    Json {
        out: Box<dyn Write>,
        first: bool,
    },
}

impl Output<'_> {
    fn json(mut out: Box<dyn Write>) -> Result<Self, String> {
        out.write_all(b"[").map_err(|e| e.to_string())?;
        Ok(Output::Json { out, first: true })
    }

    fn write(&mut self, row: usize, input: &RowInput, result: &RowResult) -> Result<(), String> {
        match self {
            Output::Csv(w) => w
                .write_row(ExportRow { row, input, result })
                .map_err(|e| e.to_string()),
            Output::Json { out, first } => {
                let json = serde_json::to_string_pretty(&JsonRow {
                    row,
                    supplier_name: &input.name,
                    supplier_country: &input.country,
                    supplier_address: &input.address,
                    supplier_product: &input.product,
                    supplier_id: &input.id,
                    supplier_hs: &input.hs,
                    hits: &result.hits,
                    risks: &result.risks,
                    id_problem: result.id_problem.as_ref().map(ToString::to_string),
                })
                .map_err(|e| e.to_string())?;
                // JSON strings never hold a raw line break, so indenting by line is exact.
                let sep = if *first { "\n" } else { ",\n" };
                *first = false;
                let mut text = String::with_capacity(json.len() + json.len() / 8);
                text.push_str(sep);
                for (i, line) in json.lines().enumerate() {
                    if i > 0 {
                        text.push('\n');
                    }
                    text.push_str("  ");
                    text.push_str(line);
                }
                out.write_all(text.as_bytes()).map_err(|e| e.to_string())
            }
        }
    }

    fn finish(self) -> Result<(), String> {
        let mut out = match self {
            Output::Csv(w) => w.finish().map_err(|e| e.to_string())?,
            Output::Json { mut out, first } => {
                let end: &[u8] = if first { b"]\n" } else { b"\n]\n" };
                out.write_all(end).map_err(|e| e.to_string())?;
                out
            }
        };
        out.flush().map_err(|e| e.to_string())
    }
}

/// Reads a review-decisions CSV, with the engine's message (file, line, problem) when it is not one.
fn read_decisions(path: &Path) -> Result<HashMap<String, Decision>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read the decisions file {}: {e}", path.display()))?;
    let list = decisions_from_csv(&path.display().to_string(), &text).map_err(|e| e.to_string())?;
    Ok(decisions_map(list))
}
