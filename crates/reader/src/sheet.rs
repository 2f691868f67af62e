//! Spreadsheet workbooks — Excel (.xlsx and the legacy .xls) and OpenDocument (.ods) — read from
//! memory with `calamine`.
//!
//! The first non-empty sheet is the list (hidden sheets only if nothing visible has data): ERP exports
//! put the data first, and a cover or pivot sheet after it is common. Cell values become the text a
//! person sees in Excel: whole numbers without ".0", dates as ISO dates.

use std::io::Cursor;

use calamine::{Data, Ods, OdsError, Reader, SheetVisible, Xls, XlsError, Xlsx, XlsxError};

use super::error::{At, InputError, XlsxProblem};
use super::shape::Raw;
use super::warning::{InputWarning, Origin};
use super::Format;
use super::Limits;

/// The chosen sheet's name and its records.
pub(crate) struct Sheet {
    pub name: String,
    pub raw: Raw,
}

/// Reads the first sheet with data of a workbook of `format` (`Xlsx`, `Xls` or `Ods`).
pub(crate) fn read_first_sheet(
    format: Format,
    file: &str,
    bytes: &[u8],
    limits: &Limits,
) -> Result<Sheet, InputError> {
    let cursor = Cursor::new(bytes);
    match format {
        Format::Xls => {
            let wb = Xls::new(cursor).map_err(|e| xls_open_error(file, e))?;
            first_sheet(wb, file, limits)
        }
        Format::Ods => {
            let wb = Ods::new(cursor).map_err(|e| ods_open_error(file, e))?;
            first_sheet(wb, file, limits)
        }
        _ => {
            let wb = Xlsx::new(cursor).map_err(|e| open_error(file, e))?;
            first_sheet(wb, file, limits)
        }
    }
}

fn first_sheet<'b, R>(mut workbook: R, file: &str, limits: &Limits) -> Result<Sheet, InputError>
where
    R: Reader<Cursor<&'b [u8]>>,
    R::Error: std::fmt::Display,
{
    let sheets = workbook.sheets_metadata().to_vec();
    let mut order: Vec<&calamine::Sheet> = sheets
        .iter()
        .filter(|s| s.visible == SheetVisible::Visible)
        .collect();
    order.extend(sheets.iter().filter(|s| s.visible != SheetVisible::Visible));

    let mut chosen: Option<(String, calamine::Range<Data>)> = None;
    let mut skipped_with_data: Vec<String> = Vec::new();
    let mut unreadable: Vec<String> = Vec::new();
    for sheet in order {
        if chosen.is_some() {
            // Only the names of the other sheets are needed for the warning; do not parse them.
            skipped_with_data.push(format!("\"{}\"", sheet.name));
            continue;
        }
        match workbook.worksheet_range(&sheet.name) {
            Ok(range) if !range.is_empty() && range.used_cells().any(|(_, _, c)| !is_blank(c)) => {
                chosen = Some((sheet.name.clone(), range));
            }
            Ok(_) => {}
            Err(e) => unreadable.push(format!("\"{}\" ({e})", sheet.name)),
        }
    }
    let Some((name, range)) = chosen else {
        if !unreadable.is_empty() {
            return Err(InputError::CorruptXlsx {
                file: file.to_string(),
                problem: XlsxProblem::NoSheetReadable(unreadable),
            });
        }
        return Err(InputError::Empty {
            file: file.to_string(),
            workbook: true,
        });
    };

    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    let height = range.height();
    if height > limits.max_rows.saturating_add(1) {
        return Err(InputError::TooManyRows {
            file: file.to_string(),
            max_rows: limits.max_rows,
            at: At {
                origin: Origin::Row,
                number: first_row as u64 + limits.max_rows as u64 + 2,
                sheet: Some(name),
            },
        });
    }
    let mut raw = Raw {
        records: Vec::with_capacity(height),
        origins: Vec::with_capacity(height),
        origin: Origin::Row,
        warnings: Vec::new(),
    };
    for (i, row) in range.rows().enumerate() {
        raw.records.push(row.iter().map(cell_text).collect());
        raw.origins.push(first_row as u64 + i as u64 + 1);
    }
    if first_col > 0 {
        raw.warnings.push(InputWarning::SheetOffset {
            sheet: name.clone(),
            column: column_letters(first_col),
        });
    }
    if !skipped_with_data.is_empty() || !unreadable.is_empty() {
        let mut others = skipped_with_data;
        others.extend(unreadable);
        raw.warnings.push(InputWarning::OtherSheets {
            sheet: name.clone(),
            others,
        });
    }
    Ok(Sheet { name, raw })
}

fn is_blank(c: &Data) -> bool {
    match c {
        Data::Empty => true,
        Data::String(s) => s.trim().is_empty(),
        _ => false,
    }
}

/// Errors at open time: the zip or its workbook parts are broken.
fn open_error(file: &str, e: XlsxError) -> InputError {
    let file = file.to_string();
    match e {
        XlsxError::Password => InputError::PasswordProtected { file },
        XlsxError::Zip(z) => InputError::CorruptXlsx {
            file,
            problem: XlsxProblem::BadZip(z.to_string()),
        },
        XlsxError::FileNotFound(part) => InputError::CorruptXlsx {
            file,
            problem: XlsxProblem::MissingPart(part.to_string()),
        },
        other => InputError::CorruptXlsx {
            file,
            problem: XlsxProblem::Other(other.to_string()),
        },
    }
}

/// Errors opening a legacy Excel 97-2003 workbook.
fn xls_open_error(file: &str, e: XlsError) -> InputError {
    let file = file.to_string();
    match e {
        XlsError::Password => InputError::PasswordProtected { file },
        other => InputError::CorruptXlsx {
            file,
            problem: XlsxProblem::Other(other.to_string()),
        },
    }
}

/// Errors opening an OpenDocument spreadsheet.
fn ods_open_error(file: &str, e: OdsError) -> InputError {
    let file = file.to_string();
    match e {
        OdsError::Zip(z) => InputError::CorruptXlsx {
            file,
            problem: XlsxProblem::BadZip(z.to_string()),
        },
        OdsError::FileNotFound(part) => InputError::CorruptXlsx {
            file,
            problem: XlsxProblem::MissingPart(part.to_string()),
        },
        other => InputError::CorruptXlsx {
            file,
            problem: XlsxProblem::Other(other.to_string()),
        },
    }
}

/// The text Excel would show for a cell, near enough for matching names and countries.
fn cell_text(c: &Data) -> String {
    match c {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => (if *b { "TRUE" } else { "FALSE" }).to_string(),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, mo, d, h, mi, s, _) = dt.to_ymd_hms_milli();
            if (h, mi, s) == (0, 0, 0) {
                format!("{y:04}-{mo:02}-{d:02}")
            } else {
                format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}")
            }
        }
        Data::DateTime(dt) => number_text(dt.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    }
}

/// Whole numbers as integers (Excel stores "12345" as 12345.0), others in shortest form.
fn number_text(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

/// 0 -> "A", 27 -> "AB".
fn column_letters(mut col: u32) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_look_like_excel() {
        assert_eq!(number_text(12345.0), "12345");
        assert_eq!(number_text(1.5), "1.5");
        assert_eq!(number_text(-3.0), "-3");
    }

    #[test]
    fn letters() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
    }
}
