//! Reads a user's supplier list — a CSV or Excel export of their ERP, or pasted names — into a
//! [`Table`], shared by the CLI and the browser worker.
//!
//! The API takes bytes and a file name, never a path, because in the browser there is no file
//! system. The name is used only in messages; the format is decided from the content ([`sniff`]),
//! because ERP exports routinely carry the wrong extension.
//!
//! * [`read_table`] — a dropped file (CSV/TSV/semicolon/pipe text in any common encoding, or XLSX).
//! * [`read_pasted`] — text pasted into the page: one name per line, or cells copied from a sheet.
//! * [`stream_table`] — a delimited file too big to hold at once, a batch of rows at a time (the CLI).
//! * [`detect_columns`] — which columns are the name, country, address and product.
//!
//! Row numbering: `rows[i]` is data row `i + 1` (the header is not counted). Blank rows in the middle
//! of the file are kept, so in an XLSX data row `n` is the sheet row `n` below the header row; warnings
//! give both the data-row number and the file's own line or row number.

mod columns;
mod delimited;
mod error;
mod shape;
mod sheet;
mod sniff;
mod stream;
mod text;
mod warning;

pub use columns::{detect_columns, ColumnMapping};
pub use error::{At, FileKind, InputError, SheetFormat, XlsxProblem};
pub use stream::{stream_table, StreamError, TableStream, HEAD_BYTES, HEAD_RECORDS};
pub use warning::{InputWarning, Origin, RowRefs};

use shape::Raw;
use sniff::Sniffed;

/// What the table was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Format {
    /// Delimited text (comma, semicolon, tab or pipe; see [`Table::delimiter`]).
    Csv,
    /// An Office Open XML workbook.
    Xlsx,
    /// Text pasted into the page.
    Pasted,
    /// A legacy Excel 97-2003 workbook (.xls).
    Xls,
    /// An OpenDocument spreadsheet (.ods).
    Ods,
}

impl Format {
    /// A workbook read sheet by sheet (rather than delimited or pasted text).
    pub fn is_workbook(self) -> bool {
        matches!(self, Format::Xlsx | Format::Xls | Format::Ods)
    }
}

/// Safety limits, so a wrong file cannot freeze the browser tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Larger files are refused before any parsing.
    pub max_bytes: usize,
    /// More data rows than this are refused (a header row does not count).
    pub max_rows: usize,
    /// Longer cells are cut to this many characters, with a warning (not refused: a long note column
    /// should not stop a screen).
    pub max_cell_chars: usize,
}

impl Default for Limits {
    /// 60 MB, 250,000 rows, 4,096 characters a cell: an ERP vendor master of a large company fits,
    /// and the browser stays responsive.
    fn default() -> Self {
        Limits {
            max_bytes: 60 * 1024 * 1024,
            max_rows: 250_000,
            max_cell_chars: 4096,
        }
    }
}

/// A supplier list as rows of text cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Column names from the header row, or "Column 1", "Column 2"... when there is none. Unique.
    pub columns: Vec<String>,
    /// Data rows, each exactly `columns.len()` cells, trimmed. `rows[i]` is data row `i + 1`.
    pub rows: Vec<Vec<String>>,
    /// How the file was read.
    pub source: Source,
    /// Problems that did not stop the read, each saying which rows and what was done.
    pub warnings: Vec<InputWarning>,
}

/// How a table was read: format, encoding, delimiter and sheet (shown as e.g. "CSV, ';'-separated,
/// UTF-8 (with BOM)").
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Source {
    pub format: Format,
    /// The text encoding the file was read as ("UTF-8", "UTF-8 (with BOM)", "UTF-16LE (with BOM)",
    /// "Windows-1252", "GBK"...); "UTF-8" for XLSX and pasted text.
    pub encoding: String,
    /// The delimiter of delimited text; `None` for one value per line, XLSX, or pasted names.
    pub delimiter: Option<char>,
    /// The sheet that was read, for XLSX.
    pub sheet: Option<String>,
}

impl Source {
    fn new(
        format: Format,
        encoding: &str,
        delimiter: Option<char>,
        sheet: Option<String>,
    ) -> Source {
        Source {
            format,
            encoding: encoding.to_string(),
            delimiter,
            sheet,
        }
    }
}

/// Reads a dropped supplier file. `file_name` is used in messages only.
pub fn read_table(file_name: &str, bytes: &[u8], limits: &Limits) -> Result<Table, InputError> {
    if bytes.len() > limits.max_bytes {
        return Err(InputError::TooBig {
            file: file_name.to_string(),
            bytes: bytes.len(),
            max_bytes: limits.max_bytes,
        });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(InputError::Empty {
            file: file_name.to_string(),
            workbook: false,
        });
    }
    match sniff::sniff(file_name, bytes)? {
        Sniffed::Workbook(format) => {
            let sheet = sheet::read_first_sheet(format, file_name, bytes, limits)?;
            shape::shape(
                file_name,
                sheet.raw,
                limits,
                Source::new(format, "UTF-8", None, Some(sheet.name)),
            )
        }
        Sniffed::Text => read_text(file_name, bytes, limits),
    }
}

fn read_text(file: &str, bytes: &[u8], limits: &Limits) -> Result<Table, InputError> {
    let decoded = text::decode(file, bytes)?;
    let text: &str = &decoded.text;
    if text.trim().is_empty() {
        return Err(InputError::Empty {
            file: file.to_string(),
            workbook: false,
        });
    }
    if text_looks_binary(text) {
        return Err(InputError::NotASpreadsheet {
            file: file.to_string(),
            detected: error::FileKind::Binary,
        });
    }
    let (delimiter, body, first_line) = match delimited::sep_directive(text) {
        Some((d, body)) => (Some(d), body, 2),
        None => (delimited::detect_delimiter(text), text, 1),
    };
    let mut raw = delimited::read_records(file, body, delimiter, first_line, limits)?;
    if decoded.encoding == "Windows-1252" {
        raw.warnings.push(InputWarning::ReadAsWindows1252);
    }
    shape::shape(
        file,
        raw,
        limits,
        Source::new(
            Format::Csv,
            decoded.encoding,
            delimiter.map(char::from),
            None,
        ),
    )
}

/// Decoded text with NULs or many control characters is a binary file in disguise (for example
/// something that passed the UTF-16 test by accident).
pub(crate) fn text_looks_binary(text: &str) -> bool {
    let mut n = 0usize;
    let mut controls = 0usize;
    for c in text.chars().take(64 * 1024) {
        n += 1;
        if c == '\0' {
            return true;
        }
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0C}' | '\u{1A}') {
            controls += 1;
        }
    }
    controls * 20 > n
}

/// Reads text pasted into the page: cells copied from a spreadsheet (tab-separated, maybe with a
/// header) or one supplier name per line. Blank lines are dropped (they carry nothing in a paste).
/// Never fails: an empty paste gives an empty table with a warning.
pub fn read_pasted(text: &str) -> Table {
    let limits = Limits::default();
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let tabbed = text.contains('\t');
    let raw = if tabbed {
        delimited::read_records("pasted text", text, Some(b'\t'), 1, &limits).ok()
    } else {
        // One name per line: no quoting rules (a pasted name may start with a quote), no splitting.
        let mut raw = Raw {
            records: Vec::new(),
            origins: Vec::new(),
            origin: Origin::Line,
            warnings: Vec::new(),
        };
        for (i, line) in text.lines().enumerate() {
            if raw.records.len() > limits.max_rows {
                raw.warnings.push(InputWarning::PasteCut {
                    max_rows: limits.max_rows,
                });
                break;
            }
            raw.records.push(vec![line.to_string()]);
            raw.origins.push(i as u64 + 1);
        }
        Some(raw)
    };
    let empty = || Table {
        columns: vec!["Column 1".to_string()],
        rows: Vec::new(),
        source: Source::new(Format::Pasted, "UTF-8", None, None),
        warnings: vec![InputWarning::NothingPasted],
    };
    let Some(mut raw) = raw else { return empty() };
    // Drop blank lines from a paste, keeping each row's origin line for messages.
    let mut kept = Raw {
        records: Vec::with_capacity(raw.records.len()),
        origins: Vec::with_capacity(raw.records.len()),
        origin: Origin::Line,
        warnings: std::mem::take(&mut raw.warnings),
    };
    for (record, origin) in raw.records.into_iter().zip(raw.origins) {
        if record.iter().any(|c| !c.trim().is_empty()) {
            kept.records.push(record);
            kept.origins.push(origin);
        }
    }
    let delimiter = if tabbed { Some('\t') } else { None };
    match shape::shape(
        "pasted text",
        kept,
        &limits,
        Source::new(Format::Pasted, "UTF-8", delimiter, None),
    ) {
        Ok(table) => table,
        Err(InputError::HeaderOnly { columns, .. }) => Table {
            warnings: vec![InputWarning::PasteHeaderOnly { columns }],
            ..empty()
        },
        Err(_) => empty(),
    }
}

#[cfg(test)]
mod tests;
