//! Problems that did not stop a read, as data.
//!
//! Each warning is a value with its facts (which rows, which column, what limit), not a sentence:
//! the CLI prints the English sentence ([`fmt::Display`]), and the browser app renders the same facts
//! in the reader's language from its message catalogue. The English wording lives here, once; the
//! app's tests check that its English catalogue says exactly the same.

use serde::{Deserialize, Serialize};
use std::fmt;
use supplyscreen_vocab::numbers::thousands;

/// How the file numbers its records in the user's terms: text files by line, workbooks by sheet row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Origin {
    Line,
    Row,
}

impl Origin {
    /// "line" or "row", with an "s" when `n != 1`.
    pub fn word(self, n: usize) -> &'static str {
        match (self, n == 1) {
            (Origin::Line, true) => "line",
            (Origin::Line, false) => "lines",
            (Origin::Row, true) => "row",
            (Origin::Row, false) => "rows",
        }
    }
}

/// Which rows a warning is about: the first few, as data-row number (header excluded) and the
/// file's own line or sheet-row number, and how many there are in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowRefs {
    pub origin: Origin,
    /// How many rows (or cells) in all.
    pub count: usize,
    /// The first few: (data row, line or sheet row).
    pub shown: Vec<(usize, u64)>,
}

impl RowRefs {
    /// How many are named in a message; the rest are counted.
    pub const SHOWN: usize = 5;

    pub(crate) fn new(origin: Origin) -> Self {
        RowRefs {
            origin,
            count: 0,
            shown: Vec::new(),
        }
    }

    pub(crate) fn push(&mut self, data_row: usize, origin: u64) {
        self.count += 1;
        if self.shown.len() < Self::SHOWN {
            self.shown.push((data_row, origin));
        }
    }

    /// The data-row numbers shown, comma-separated ("3, 9, 12").
    pub fn data_rows(&self) -> String {
        join(self.shown.iter().map(|(r, _)| r.to_string()))
    }

    /// The file's line or row numbers shown, comma-separated.
    pub fn origins(&self) -> String {
        join(self.shown.iter().map(|(_, o)| o.to_string()))
    }

    /// How many are not shown.
    pub fn more(&self) -> usize {
        self.count - self.shown.len()
    }
}

/// "data rows 3, 9, 12 and 40 more (lines 5, 11, 14)".
impl fmt::Display for RowRefs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = if self.count == 1 { "" } else { "s" };
        write!(f, "data row{plural} {}", self.data_rows())?;
        if self.more() > 0 {
            write!(f, " and {} more", thousands(self.more()))?;
        }
        write!(f, " ({} {})", self.origin.word(self.count), self.origins())
    }
}

fn join(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(", ")
}

/// One problem the reader worked around. Rows are kept whenever possible, so row numbers stay true.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum InputWarning {
    /// The CSV reader rejected a record; it was skipped. `reason` is the csv crate's own text.
    RecordSkipped { line: u64, reason: String },
    /// Cells spanning more than 20 lines: almost always a quote that was never closed.
    UnclosedQuote { cells: usize },
    /// Not UTF-8: decoded as Windows-1252.
    ReadAsWindows1252,
    /// A paste longer than the row limit was cut.
    PasteCut { max_rows: usize },
    /// Nothing but blank lines was pasted.
    NothingPasted,
    /// Only a header line was pasted.
    PasteHeaderOnly { columns: Vec<String> },
    /// Title lines above the header (report name, date) were skipped.
    TitleLines {
        origin: Origin,
        count: usize,
        first: u64,
        last: u64,
        titles: Vec<String>,
    },
    /// No header row: columns are named "Column 1".."Column {width}".
    NoHeader { origin: Origin, width: usize },
    /// Rows with fewer cells than the header; padded with empty cells.
    ShortRows { rows: RowRefs, header_width: usize },
    /// Rows with more cells than the header; the extra cells got columns of their own.
    LongRows { rows: RowRefs, header_width: usize },
    /// Cells longer than the cell limit, cut (`cells.count` counts cells, not rows).
    CellsCut { cells: RowRefs, max_chars: usize },
    /// No column looks like supplier names.
    NoNameColumn,
    /// Rows without a name in the name column.
    EmptyNames { rows: RowRefs, column: String },
    /// Names with no letter or digit ("-", "???").
    NoLetterNames { rows: RowRefs, column: String },
    /// Names that are only a legal form ("Co., Ltd.").
    LegalFormOnlyNames { rows: RowRefs, column: String },
    /// The sheet's data starts right of column A (e.g. "C").
    SheetOffset { sheet: String, column: String },
    /// The workbook has other sheets with data (or unreadable ones); only `sheet` was read.
    OtherSheets { sheet: String, others: Vec<String> },
}

fn quoted(items: &[String]) -> String {
    items
        .iter()
        .map(|t| format!("\"{t}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "it" for one row, "they" for several.
fn it_they(n: usize) -> &'static str {
    if n == 1 {
        "it"
    } else {
        "they"
    }
}

/// "1 row has" / "12 rows have".
fn rows_have(n: usize) -> String {
    if n == 1 {
        "1 row has".to_string()
    } else {
        format!("{} rows have", thousands(n))
    }
}

impl fmt::Display for InputWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use InputWarning as W;
        match self {
            W::RecordSkipped { line, reason } => write!(
                f,
                "line {line}: skipped a record the CSV reader rejected ({reason})."
            ),
            W::UnclosedQuote { cells } => write!(
                f,
                "{} more than 20 lines: a quote (\") opened at the start of a field was probably never closed, so the following lines were read into one cell. Check the quotes in the file.",
                if *cells == 1 {
                    "1 cell spans".to_string()
                } else {
                    format!("{} cells span", thousands(*cells))
                }
            ),
            W::ReadAsWindows1252 => write!(
                f,
                "The file is not UTF-8; it was read as Windows-1252 (Western European). If accented letters look wrong, save it as \"CSV UTF-8\" and try again."
            ),
            W::PasteCut { max_rows } => write!(
                f,
                "Only the first {} pasted lines were read.",
                thousands(*max_rows)
            ),
            W::NothingPasted => write!(
                f,
                "Nothing to screen: paste one supplier name per line, or cells copied from a spreadsheet."
            ),
            W::PasteHeaderOnly { columns } => write!(
                f,
                "Only a header line was pasted ({}): paste the supplier rows too.",
                columns.join(", ")
            ),
            W::TitleLines {
                origin,
                count,
                first,
                last,
                titles,
            } => {
                let at = if *count == 1 {
                    format!("{} {first}", origin.word(1))
                } else {
                    format!("{} {first}-{last}", origin.word(2))
                };
                let lines = if *count == 1 { "line" } else { "lines" };
                write!(
                    f,
                    "Skipped {count} title {lines} above the header ({at}): {}.",
                    quoted(titles)
                )
            }
            W::NoHeader { origin, width } => write!(
                f,
                "No header row recognised: the first {} is read as data and the columns are named \"Column 1\" to \"Column {width}\".",
                origin.word(1)
            ),
            W::ShortRows { rows, header_width } => write!(
                f,
                "{} fewer cells than the header's {header_width} columns; the missing cells were left empty: {rows}.",
                rows_have(rows.count)
            ),
            W::LongRows { rows, header_width } => write!(
                f,
                "{} more cells than the header's {header_width} columns; the extra cells were kept in columns \"Column {}\" onwards: {rows}. A delimiter inside an unquoted name often causes this.",
                rows_have(rows.count),
                header_width + 1
            ),
            W::CellsCut { cells, max_chars } => write!(
                f,
                "{} longer than {} characters {} cut to that length: {cells}.",
                if cells.count == 1 {
                    "1 cell".to_string()
                } else {
                    format!("{} cells", thousands(cells.count))
                },
                thousands(*max_chars),
                if cells.count == 1 { "was" } else { "were" }
            ),
            W::NoNameColumn => write!(
                f,
                "No column looks like supplier names: choose the name column before screening."
            ),
            W::EmptyNames { rows, column } => write!(
                f,
                "{} no supplier name in column \"{column}\"; kept in the table but {} cannot be screened: {rows}.",
                rows_have(rows.count),
                it_they(rows.count)
            ),
            W::NoLetterNames { rows, column } => write!(
                f,
                "{} a name with no letters or digits in column \"{column}\"; kept but {} cannot be screened: {rows}.",
                rows_have(rows.count),
                it_they(rows.count)
            ),
            W::LegalFormOnlyNames { rows, column } => write!(
                f,
                "{} a name that is only a legal form (like \"Co., Ltd.\") in column \"{column}\"; kept but {} cannot be screened meaningfully: {rows}.",
                rows_have(rows.count),
                it_they(rows.count)
            ),
            W::SheetOffset { sheet, column } => write!(
                f,
                "The data on sheet \"{sheet}\" starts in column {column}; the empty columns before it were ignored."
            ),
            W::OtherSheets { sheet, others } => write!(
                f,
                "The workbook has other sheets ({}); only sheet \"{sheet}\" was read. Move the supplier list to the first sheet if that is the wrong one.",
                others.join(", ")
            ),
        }
    }
}
