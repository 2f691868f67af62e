//! Turns raw records (from CSV, XLSX or a paste) into a [`Table`]: finds the header, pads ragged rows,
//! truncates giant cells, and collects warnings that say which rows were affected.
//!
//! Every reader produces the same raw shape so that these rules, and their wording, are identical
//! whatever the user dropped.

use super::columns::{has_legal_form, header_role, is_legal_form_only, is_numeric_like};
use super::error::{At, InputError};
use super::warning::{InputWarning, Origin, RowRefs};
use super::{Limits, Source, Table};
use supplyscreen_vocab::country::is_country;

/// Records as read, with where each came from in the user's terms.
pub(crate) struct Raw {
    pub records: Vec<Vec<String>>,
    /// For each record, the line (CSV, paste) or sheet row (XLSX) it starts on, 1-based.
    pub origins: Vec<u64>,
    /// Whether `origins` count lines or sheet rows.
    pub origin: Origin,
    pub warnings: Vec<InputWarning>,
}

/// Builds the table. `header` forces the header decision (paste of plain names never has one);
/// `None` lets [`looks_like_header`] decide.
pub(crate) fn shape(
    file: &str,
    mut raw: Raw,
    limits: &Limits,
    source: Source,
) -> Result<Table, InputError> {
    // Trailing blank records are export noise; blank records in the middle are kept so that data-row
    // numbers keep matching the user's spreadsheet.
    while raw
        .records
        .last()
        .is_some_and(|r| r.iter().all(|c| c.trim().is_empty()))
    {
        raw.records.pop();
        raw.origins.pop();
    }
    if raw.records.is_empty() {
        return Err(InputError::Empty {
            file: file.to_string(),
            workbook: source.format.is_workbook(),
        });
    }
    let preamble = title_lines(&raw.records);
    if preamble > 0 {
        let titles: Vec<String> = raw.records[..preamble]
            .iter()
            .map(|r| {
                r.iter()
                    .map(|c| c.trim())
                    .collect::<Vec<_>>()
                    .join(" ")
                    .trim()
                    .to_string()
            })
            .filter(|t| !t.is_empty())
            .collect();
        raw.warnings.push(InputWarning::TitleLines {
            origin: raw.origin,
            count: preamble,
            first: raw.origins[0],
            last: raw.origins[preamble - 1],
            titles,
        });
        raw.records.drain(..preamble);
        raw.origins.drain(..preamble);
    }
    let has_header = looks_like_header(&raw.records);
    let mut records = std::mem::take(&mut raw.records).into_iter();
    let mut origins = std::mem::take(&mut raw.origins).into_iter();
    let mut columns: Vec<String> = if has_header {
        origins.next();
        records
            .next()
            .unwrap_or_default()
            .into_iter()
            .map(|c| c.trim().to_string())
            .collect()
    } else {
        Vec::new()
    };
    // A trailing delimiter on the header line ("Name,Country,") gives an empty last header: drop it
    // unless data actually lives there (checked below when rows are widened).
    while columns.last().is_some_and(|c| c.is_empty()) {
        columns.pop();
    }
    let header_width = columns.len();

    let mut rows: Vec<Vec<String>> = Vec::with_capacity(records.len());
    let mut row_origins: Vec<u64> = Vec::with_capacity(records.len());
    let mut short = RowRefs::new(raw.origin);
    let mut long = RowRefs::new(raw.origin);
    let mut truncated = RowRefs::new(raw.origin);
    for (record, origin) in records.zip(origins) {
        let data_row = rows.len() + 1;
        let mut record: Vec<String> = record;
        // Cells past the last non-empty one carry no data (trailing delimiters, formatted-but-empty
        // Excel cells) and do not make a row "long".
        while record.len() > header_width.max(1)
            && record.last().is_some_and(|c| c.trim().is_empty())
        {
            record.pop();
        }
        for cell in record.iter_mut() {
            let trimmed = cell.trim();
            if trimmed.len() != cell.len() {
                *cell = trimmed.to_string();
            }
            if truncate_cell(cell, limits.max_cell_chars) {
                truncated.push(data_row, origin);
            }
        }
        if has_header {
            if record.len() < header_width && record.iter().any(|c| !c.is_empty()) {
                short.push(data_row, origin);
            } else if record.len() > header_width {
                long.push(data_row, origin);
            }
        }
        rows.push(record);
        row_origins.push(origin);
    }
    // Readers allow one record more than `max_rows` in case it is the header; now it is known.
    if rows.len() > limits.max_rows {
        return Err(InputError::TooManyRows {
            file: file.to_string(),
            max_rows: limits.max_rows,
            at: At {
                origin: raw.origin,
                number: row_origins[limits.max_rows],
                sheet: None,
            },
        });
    }
    if rows.is_empty() {
        return Err(InputError::HeaderOnly {
            file: file.to_string(),
            columns,
        });
    }

    let width = rows
        .iter()
        .map(Vec::len)
        .max()
        .unwrap_or(0)
        .max(columns.len())
        .max(1);
    for (i, column) in columns.iter_mut().enumerate() {
        if column.is_empty() {
            *column = format!("Column {}", i + 1);
        }
    }
    while columns.len() < width {
        columns.push(format!("Column {}", columns.len() + 1));
    }
    dedupe_names(&mut columns);
    for row in rows.iter_mut() {
        row.resize(width, String::new());
    }

    let origin = raw.origin;
    let mut warnings = std::mem::take(&mut raw.warnings);
    if !has_header {
        warnings.push(InputWarning::NoHeader { origin, width });
    }
    if short.count > 0 {
        warnings.push(InputWarning::ShortRows {
            rows: short,
            header_width,
        });
    }
    if long.count > 0 {
        warnings.push(InputWarning::LongRows {
            rows: long,
            header_width,
        });
    }
    if truncated.count > 0 {
        warnings.push(InputWarning::CellsCut {
            cells: truncated,
            max_chars: limits.max_cell_chars,
        });
    }
    let mut table = Table {
        columns,
        rows,
        source,
        warnings,
    };
    name_warnings(&mut table, &row_origins, origin);
    Ok(table)
}

/// Warns about rows the matcher cannot screen: no name, or a "name" that is only punctuation or only a
/// legal form. The rows are kept (so row numbers stay true); the screen reports them as not screened.
fn name_warnings(table: &mut Table, origins: &[u64], origin: Origin) {
    let Some(col) = super::detect_columns(table).name else {
        table.warnings.push(InputWarning::NoNameColumn);
        return;
    };
    let mut empty = RowRefs::new(origin);
    let mut junk = RowRefs::new(origin);
    let mut legal_only = RowRefs::new(origin);
    for (i, row) in table.rows.iter().enumerate() {
        let name = row[col].as_str();
        if name.is_empty() {
            empty.push(i + 1, origins[i]);
        } else if !name.chars().any(char::is_alphanumeric) {
            junk.push(i + 1, origins[i]);
        } else if is_legal_form_only(name) {
            legal_only.push(i + 1, origins[i]);
        }
    }
    let column = || table.columns[col].clone();
    if empty.count > 0 {
        let w = InputWarning::EmptyNames {
            rows: empty,
            column: column(),
        };
        table.warnings.push(w);
    }
    if junk.count > 0 {
        let w = InputWarning::NoLetterNames {
            rows: junk,
            column: column(),
        };
        table.warnings.push(w);
    }
    if legal_only.count > 0 {
        let w = InputWarning::LegalFormOnlyNames {
            rows: legal_only,
            column: column(),
        };
        table.warnings.push(w);
    }
}

/// Cuts `cell` to `max` characters; returns whether it did.
fn truncate_cell(cell: &mut String, max: usize) -> bool {
    if cell.len() <= max {
        return false; // fast path: byte length bounds char count
    }
    match cell.char_indices().nth(max) {
        Some((byte, _)) => {
            cell.truncate(byte);
            true
        }
        None => false,
    }
}

/// "Name", "Name" -> "Name", "Name (2)" so every column can be chosen unambiguously.
fn dedupe_names(columns: &mut [String]) {
    for i in 1..columns.len() {
        if columns[..i].contains(&columns[i]) {
            let base = columns[i].clone();
            let mut n = 2;
            while columns.contains(&format!("{base} ({n})")) {
                n += 1;
            }
            columns[i] = format!("{base} ({n})");
        }
    }
}

/// Counts leading title lines ("Vendor master export", a date, blank lines) above a header: records with
/// at most one non-empty cell, not a company name, directly followed by a record that is clearly a
/// header (uses the header vocabulary) and at least two columns wide.
fn title_lines(records: &[Vec<String>]) -> usize {
    let filled = |r: &Vec<String>| r.iter().filter(|c| !c.trim().is_empty()).count();
    for n in 1..records.len().min(11) {
        let title = &records[n - 1];
        if filled(title) > 1 || title.iter().any(|c| has_legal_form(c)) {
            return 0;
        }
        let next = &records[n];
        if filled(next) >= 2
            && next
                .iter()
                .filter_map(|c| header_role(c))
                .any(|(_, strength)| strength >= 2)
        {
            return n;
        }
    }
    0
}

/// Is the first record a header? Yes if it uses the header vocabulary (and no cell looks like data);
/// no if any cell looks like data (a number, a country, a company with a legal form, an e-mail, a
/// long text); otherwise, with several columns, yes if every cell is a short label.
pub(crate) fn looks_like_header(records: &[Vec<String>]) -> bool {
    let Some(first) = records.first() else {
        return false;
    };
    let cells: Vec<&str> = first
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    if cells.is_empty() {
        return false;
    }
    let looks_like_data = |c: &str| {
        is_numeric_like(c)
            || has_legal_form(c)
            || c.contains('@')
            || c.chars().count() > 60
            || (is_country(c) && header_role(c).is_none())
    };
    let vocabulary = cells
        .iter()
        .filter_map(|c| header_role(c))
        .map(|(_, strength)| strength)
        .max();
    if vocabulary.is_some_and(|s| s >= 2) {
        return true;
    }
    if cells.iter().any(|c| looks_like_data(c)) {
        return false;
    }
    if vocabulary.is_some() {
        return true;
    }
    // No vocabulary: a multi-column first row of distinct short labels over rows that differ from it.
    if first.len() < 2 || cells.len() < first.len() || records.len() < 2 {
        return false;
    }
    let mut sorted = cells.clone();
    sorted.sort_unstable();
    sorted.dedup();
    sorted.len() == cells.len()
        && cells
            .iter()
            .all(|c| c.chars().count() <= 40 && !c.chars().any(|ch| ch.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recs(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    #[test]
    fn header_detection() {
        assert!(looks_like_header(&recs(&[
            &["Supplier Name", "Country"],
            &["Acme Ltd", "CN"]
        ])));
        assert!(looks_like_header(&recs(&[
            &["Lieferant", "Land"],
            &["Müller GmbH", "DE"]
        ])));
        assert!(!looks_like_header(&recs(&[
            &["Müller GmbH", "DE"],
            &["Acme Ltd", "CN"]
        ])));
        assert!(!looks_like_header(&recs(&[
            &["Hoshine Silicon Industry Co., Ltd."],
            &["Nestlé S.A."]
        ])));
        assert!(!looks_like_header(&recs(&[
            &["Foshan Factory"],
            &["Nestlé S.A."]
        ])));
        assert!(looks_like_header(&recs(&[
            &["Kurzname", "Ort"],
            &["Bosch", "Stuttgart 70469"]
        ])));
    }

    #[test]
    fn title_lines_above_the_header_are_found() {
        let r = recs(&[
            &["Vendor master export 2025-01-01", ""],
            &["", ""],
            &["Vendor Name", "Country"],
            &["BASF SE", "DE"],
        ]);
        assert_eq!(title_lines(&r), 2);
        // A headerless list whose first supplier has no country is not a title.
        let r = recs(&[&["BASF SE", ""], &["Siemens AG", "DE"]]);
        assert_eq!(title_lines(&r), 0);
        let r = recs(&[&["Supplier Name", "Country"], &["BASF SE", "DE"]]);
        assert_eq!(title_lines(&r), 0);
    }

    #[test]
    fn truncation_respects_char_boundaries() {
        let mut s = "ééééé".to_string();
        assert!(truncate_cell(&mut s, 3));
        assert_eq!(s, "ééé");
        let mut t = "abc".to_string();
        assert!(!truncate_cell(&mut t, 3));
    }

    #[test]
    fn duplicate_headers_get_suffixes() {
        let mut c = vec!["Name".to_string(), "Name".to_string(), "Name".to_string()];
        dedupe_names(&mut c);
        assert_eq!(c, ["Name", "Name (2)", "Name (3)"]);
    }
}
