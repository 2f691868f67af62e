//! Why a supplier file could not be read, worded for the person who dropped it on the page.
//!
//! Every message names the file, says what is wrong and what to do about it, because the reader of the
//! message is a buyer or compliance officer holding an ERP export, not a developer.

use std::fmt;

/// A file that cannot be turned into a [`Table`](super::Table). Problems that still leave a usable table
/// (ragged rows, truncated cells, empty names) are warnings on the table instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// Zero bytes, only whitespace, or a workbook whose every sheet is empty.
    Empty { file: String, workbook: bool },
    /// A header row and nothing under it.
    HeaderOnly { file: String, columns: Vec<String> },
    /// Not a spreadsheet or text at all: `detected` says what it looks like ("a PDF document").
    NotASpreadsheet {
        file: String,
        detected: &'static str,
    },
    /// A spreadsheet format this reader deliberately does not parse (legacy `.xls`, `.xlsb`, `.ods`,
    /// HTML or XML "Excel" exports); `format` names it. The fix is always to save as .xlsx or .csv.
    UnsupportedSpreadsheet { file: String, format: &'static str },
    /// An Office file encrypted with a password (an OLE container holding `EncryptedPackage`).
    PasswordProtected { file: String },
    /// A zip/XLSX container that is damaged (truncated download, bad zip, missing workbook parts).
    CorruptXlsx { file: String, detail: String },
    /// Bigger than [`Limits::max_bytes`](super::Limits::max_bytes).
    TooBig {
        file: String,
        bytes: usize,
        max_bytes: usize,
    },
    /// More data rows than [`Limits::max_rows`](super::Limits::max_rows); `at` says where the limit was
    /// crossed ("line 250,002").
    TooManyRows {
        file: String,
        max_rows: usize,
        at: String,
    },
}

impl InputError {
    /// The file name the error is about.
    pub fn file(&self) -> &str {
        match self {
            InputError::Empty { file, .. }
            | InputError::HeaderOnly { file, .. }
            | InputError::NotASpreadsheet { file, .. }
            | InputError::UnsupportedSpreadsheet { file, .. }
            | InputError::PasswordProtected { file }
            | InputError::CorruptXlsx { file, .. }
            | InputError::TooBig { file, .. }
            | InputError::TooManyRows { file, .. } => file,
        }
    }
}

/// Formats a count with thousands separators, so limits read as "250,000" not "250000".
pub(crate) fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn megabytes(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Empty { file, workbook: false } => write!(
                f,
                "{file}: the file is empty. Export the supplier list again, or paste the supplier names instead."
            ),
            InputError::Empty { file, workbook: true } => write!(
                f,
                "{file}: every sheet of the workbook is empty. Put the supplier list on the first sheet, one supplier per row, and save again."
            ),
            InputError::HeaderOnly { file, columns } => write!(
                f,
                "{file}: the file has a header row ({}) but no data rows. Add one supplier per row under the header.",
                columns.join(", ")
            ),
            InputError::NotASpreadsheet { file, detected } => write!(
                f,
                "{file}: this is not a spreadsheet or CSV file: it looks like {detected}. Export the supplier list from your ERP as .xlsx or .csv."
            ),
            InputError::UnsupportedSpreadsheet { file, format } => write!(
                f,
                "{file}: {format} files are not supported: open it in Excel or LibreOffice and save as .xlsx or .csv."
            ),
            InputError::PasswordProtected { file } => write!(
                f,
                "{file}: the workbook is password-protected: save an unprotected copy (in Excel: File > Info > Protect Workbook > Encrypt with Password, clear the password) and try again."
            ),
            InputError::CorruptXlsx { file, detail } => write!(
                f,
                "{file}: the Excel file is damaged or incomplete ({detail}). If it was downloaded or e-mailed, get it again; otherwise open it in Excel and save it again, or export as .csv."
            ),
            InputError::TooBig { file, bytes, max_bytes } => write!(
                f,
                "{file}: the file is {}, over the {} limit. Keep only the supplier columns (name, country, address, product) or split the list into several files.",
                megabytes(*bytes),
                megabytes(*max_bytes)
            ),
            InputError::TooManyRows { file, max_rows, at } => write!(
                f,
                "{file}: more than {} data rows (the limit was passed at {at}). Split the list into several files.",
                thousands(*max_rows)
            ),
        }
    }
}

impl std::error::Error for InputError {}
