//! Why a supplier file could not be read, worded for the person who dropped it on the page.
//!
//! Every message names the file, says what is wrong and what to do about it, because the reader of the
//! message is a buyer or compliance officer holding an ERP export, not a developer.

use super::warning::Origin;
use serde::{Deserialize, Serialize};
use std::fmt;
use supplyscreen_vocab::numbers::{mebibytes, thousands};

/// A file that cannot be turned into a [`Table`](super::Table). Problems that still leave a usable table
/// (ragged rows, truncated cells, empty names) are warnings on the table instead.
///
/// Variants carry facts, not sentences: the CLI prints the English [`fmt::Display`], the browser app
/// renders the same facts in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum InputError {
    /// Zero bytes, only whitespace, or a workbook whose every sheet is empty.
    Empty { file: String, workbook: bool },
    /// A header row and nothing under it.
    HeaderOnly { file: String, columns: Vec<String> },
    /// Not a spreadsheet or text at all: `detected` says what it looks like (a PDF document).
    NotASpreadsheet { file: String, detected: FileKind },
    /// A spreadsheet format this reader deliberately does not parse (legacy `.xls`, `.xlsb`, `.ods`,
    /// HTML or XML "Excel" exports); `format` names it. The fix is always to save as .xlsx or .csv.
    UnsupportedSpreadsheet { file: String, format: SheetFormat },
    /// An Office file encrypted with a password (an OLE container holding `EncryptedPackage`).
    PasswordProtected { file: String },
    /// A zip/XLSX container that is damaged (truncated download, bad zip, missing workbook parts).
    CorruptXlsx { file: String, problem: XlsxProblem },
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
        at: At,
    },
}

/// What a refused file looks like, from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileKind {
    Pdf,
    Png,
    Jpeg,
    Gif,
    Tiff,
    Gzip,
    SevenZip,
    Rar,
    Executable,
    Sqlite,
    Rtf,
    /// A legacy binary Word document.
    WordDoc,
    /// Another legacy Office (OLE) document.
    OleDocument,
    /// An OpenDocument text or presentation.
    OpenDocumentText,
    Docx,
    Pptx,
    /// Text with NUL bytes or many control codes.
    Binary,
}

impl FileKind {
    /// "a PDF document": what the English message says the file looks like.
    pub fn describe(self) -> &'static str {
        match self {
            FileKind::Pdf => "a PDF document",
            FileKind::Png => "a PNG image",
            FileKind::Jpeg => "a JPEG image",
            FileKind::Gif => "a GIF image",
            FileKind::Tiff => "a TIFF image",
            FileKind::Gzip => "a gzip-compressed file (unpack it first)",
            FileKind::SevenZip => "a 7-Zip archive (unpack it first)",
            FileKind::Rar => "a RAR archive (unpack it first)",
            FileKind::Executable => "a program (ELF executable)",
            FileKind::Sqlite => "an SQLite database",
            FileKind::Rtf => "an RTF document",
            FileKind::WordDoc => "a Word document",
            FileKind::OleDocument => "an old Microsoft Office (OLE) document",
            FileKind::OpenDocumentText => "an OpenDocument text or presentation file",
            FileKind::Docx => "a Word document (.docx)",
            FileKind::Pptx => "a PowerPoint presentation (.pptx)",
            FileKind::Binary => {
                "binary data (it contains NUL bytes or control codes that text never has)"
            }
        }
    }
}

/// A spreadsheet format the reader deliberately does not parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SheetFormat {
    Xlsb,
    Xml2003,
    Html,
}

impl SheetFormat {
    pub fn describe(self) -> &'static str {
        match self {
            SheetFormat::Xlsb => "Excel binary workbook (.xlsb)",
            SheetFormat::Xml2003 => "XML Spreadsheet 2003 (.xml/.xls)",
            SheetFormat::Html => "Web page (HTML) tables saved with a spreadsheet name",
        }
    }
}

/// What is wrong inside a damaged XLSX. The `String`s are the zip/XLSX library's own words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum XlsxProblem {
    /// Every sheet failed to read: `"name" (error)` for each.
    NoSheetReadable(Vec<String>),
    /// The zip container itself is broken.
    BadZip(String),
    /// A zip, but without this workbook part.
    MissingPart(String),
    Other(String),
}

impl fmt::Display for XlsxProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            XlsxProblem::NoSheetReadable(sheets) => {
                write!(f, "no sheet could be read: {}", sheets.join("; "))
            }
            XlsxProblem::BadZip(e) => write!(f, "the zip container cannot be read: {e}"),
            XlsxProblem::MissingPart(part) => write!(
                f,
                "it is a zip archive but not an Excel workbook: it has no {part}"
            ),
            XlsxProblem::Other(e) => f.write_str(e),
        }
    }
}

/// Where a limit was crossed: "line 250,002", or "row 250,003 of sheet \"Suppliers\"".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct At {
    pub origin: Origin,
    pub number: u64,
    pub sheet: Option<String>,
}

impl fmt::Display for At {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}",
            self.origin.word(1),
            thousands(self.number as usize)
        )?;
        if let Some(sheet) = &self.sheet {
            write!(f, " of sheet \"{sheet}\"")?;
        }
        Ok(())
    }
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

fn megabytes(bytes: usize) -> String {
    format!("{} MB", mebibytes(bytes))
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
                "{file}: this is not a spreadsheet or CSV file: it looks like {}. Export the supplier list from your ERP as .xlsx or .csv.",
                detected.describe()
            ),
            InputError::UnsupportedSpreadsheet { file, format } => write!(
                f,
                "{file}: {} files are not supported: open it in Excel or LibreOffice and save as .xlsx or .csv.",
                format.describe()
            ),
            InputError::PasswordProtected { file } => write!(
                f,
                "{file}: the workbook is password-protected: save an unprotected copy (in Excel: File > Info > Protect Workbook > Encrypt with Password, clear the password) and try again."
            ),
            InputError::CorruptXlsx { file, problem } => write!(
                f,
                "{file}: the Excel file is damaged or incomplete ({problem}). If it was downloaded or e-mailed, get it again; otherwise open it in Excel and save it again, or export as .csv."
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
