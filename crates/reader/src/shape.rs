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

/// Builds the table. The title lines and the header are decided by the first records
/// ([`Shaper::start`]), every record is shaped by [`Shaper::row`], and the warnings are gathered by
/// [`Shaper::finish`] and [`NameCheck`]: the same steps a streamed file goes through
/// (`crate::stream`), so a table and a stream of the same file hold the same rows.
pub(crate) fn shape(
    file: &str,
    mut raw: Raw,
    limits: &Limits,
    source: Source,
) -> Result<Table, InputError> {
    drop_trailing_blanks(&mut raw);
    let mut shaper = Shaper::start(file, &mut raw, limits, source.format.is_workbook())?;
    let records = std::mem::take(&mut raw.records);
    let origins = std::mem::take(&mut raw.origins);
    let mut rows: Vec<Vec<String>> = Vec::with_capacity(records.len());
    for (record, &origin) in records.into_iter().zip(&origins) {
        rows.push(shaper.row(record, origin));
    }
    let row_origins = &origins[origins.len() - rows.len()..];
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
            columns: shaper.header,
        });
    }
    let columns = shaper.columns();
    let width = columns.len();
    for row in rows.iter_mut() {
        row.resize(width, String::new());
    }
    let mut warnings = shaper.finish(std::mem::take(&mut raw.warnings));
    let mut table = Table {
        columns,
        rows,
        source,
        warnings: Vec::new(),
    };
    let mut names = NameCheck::new(super::detect_columns(&table).name, raw.origin);
    for (i, row) in table.rows.iter().enumerate() {
        names.check(i + 1, row_origins[i], row);
    }
    warnings.extend(names.finish(&table.columns));
    table.warnings = warnings;
    Ok(table)
}

/// Trailing blank records are export noise; blank records in the middle are kept so that data-row
/// numbers keep matching the user's spreadsheet.
pub(crate) fn drop_trailing_blanks(raw: &mut Raw) {
    while raw.records.last().is_some_and(|r| is_blank(r)) {
        raw.records.pop();
        raw.origins.pop();
    }
}

/// A record whose every cell is empty or white space.
pub(crate) fn is_blank(record: &[String]) -> bool {
    record.iter().all(|c| c.trim().is_empty())
}

/// The shaping rules, one record at a time: how the header was decided, and what was found in the
/// rows so far (for the warnings).
pub(crate) struct Shaper {
    origin: Origin,
    has_header: bool,
    /// The header's cells, trimmed, without trailing empty ones (empty without a header).
    pub header: Vec<String>,
    header_width: usize,
    max_cell_chars: usize,
    /// Data rows shaped so far.
    rows: usize,
    /// The widest row so far (at least the header's width, and 1).
    width: usize,
    title: Option<InputWarning>,
    short: RowRefs,
    long: RowRefs,
    truncated: RowRefs,
}

impl Shaper {
    /// Decides the title lines and the header from the first records of `raw` (the first dozen
    /// are looked at) and takes them off its front. Fails when `raw` holds no record at all.
    pub(crate) fn start(
        file: &str,
        raw: &mut Raw,
        limits: &Limits,
        workbook: bool,
    ) -> Result<Shaper, InputError> {
        if raw.records.is_empty() {
            return Err(InputError::Empty {
                file: file.to_string(),
                workbook,
            });
        }
        let mut title = None;
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
            title = Some(InputWarning::TitleLines {
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
        let mut header: Vec<String> = if has_header {
            raw.origins.remove(0);
            raw.records
                .remove(0)
                .into_iter()
                .map(|c| c.trim().to_string())
                .collect()
        } else {
            Vec::new()
        };
        // A trailing delimiter on the header line ("Name,Country,") gives an empty last header:
        // drop it unless data actually lives there (the rows widen the table then).
        while header.last().is_some_and(|c| c.is_empty()) {
            header.pop();
        }
        let header_width = header.len();
        Ok(Shaper {
            origin: raw.origin,
            has_header,
            header,
            header_width,
            max_cell_chars: limits.max_cell_chars,
            rows: 0,
            width: header_width.max(1),
            title,
            short: RowRefs::new(raw.origin),
            long: RowRefs::new(raw.origin),
            truncated: RowRefs::new(raw.origin),
        })
    }

    /// Shapes the next data record (from line or sheet row `origin`): trailing empty cells past the
    /// header dropped, cells trimmed and cut to the cell limit. Not yet padded: rows are padded to
    /// the table's width ([`Shaper::columns`]) once it is known.
    pub(crate) fn row(&mut self, mut record: Vec<String>, origin: u64) -> Vec<String> {
        self.rows += 1;
        let data_row = self.rows;
        // Cells past the last non-empty one carry no data (trailing delimiters, formatted-but-empty
        // Excel cells) and do not make a row "long".
        while record.len() > self.header_width.max(1)
            && record.last().is_some_and(|c| c.trim().is_empty())
        {
            record.pop();
        }
        for cell in record.iter_mut() {
            let trimmed = cell.trim();
            if trimmed.len() != cell.len() {
                *cell = trimmed.to_string();
            }
            if truncate_cell(cell, self.max_cell_chars) {
                self.truncated.push(data_row, origin);
            }
        }
        if self.has_header {
            if record.len() < self.header_width && record.iter().any(|c| !c.is_empty()) {
                self.short.push(data_row, origin);
            } else if record.len() > self.header_width {
                self.long.push(data_row, origin);
            }
        }
        self.width = self.width.max(record.len());
        record
    }

    /// How many data rows have been shaped.
    pub(crate) fn rows(&self) -> usize {
        self.rows
    }

    /// The column names for the rows shaped so far: the header's, "Column N" where it has none or
    /// rows are wider, made unique.
    pub(crate) fn columns(&self) -> Vec<String> {
        let mut columns = self.header.clone();
        for (i, column) in columns.iter_mut().enumerate() {
            if column.is_empty() {
                *column = format!("Column {}", i + 1);
            }
        }
        while columns.len() < self.width {
            columns.push(format!("Column {}", columns.len() + 1));
        }
        dedupe_names(&mut columns);
        columns
    }

    /// The warnings: the reader's own (`read`), then the title lines, a missing header, short and
    /// long rows and cut cells. (The name warnings follow, from [`NameCheck`].)
    pub(crate) fn finish(self, read: Vec<InputWarning>) -> Vec<InputWarning> {
        let mut warnings = read;
        warnings.extend(self.title);
        if !self.has_header {
            warnings.push(InputWarning::NoHeader {
                origin: self.origin,
                width: self.width,
            });
        }
        if self.short.count > 0 {
            warnings.push(InputWarning::ShortRows {
                rows: self.short,
                header_width: self.header_width,
            });
        }
        if self.long.count > 0 {
            warnings.push(InputWarning::LongRows {
                rows: self.long,
                header_width: self.header_width,
            });
        }
        if self.truncated.count > 0 {
            warnings.push(InputWarning::CellsCut {
                cells: self.truncated,
                max_chars: self.max_cell_chars,
            });
        }
        warnings
    }
}

/// Finds the rows the matcher cannot screen: no name, or a "name" that is only punctuation or
/// only a legal form. The rows are kept (so row numbers stay true); the screen reports them as
/// not screened.
pub(crate) struct NameCheck {
    col: Option<usize>,
    empty: RowRefs,
    junk: RowRefs,
    legal_only: RowRefs,
}

impl NameCheck {
    /// `col`: the detected name column (`None`: no column looks like names, itself a warning).
    pub(crate) fn new(col: Option<usize>, origin: Origin) -> NameCheck {
        NameCheck {
            col,
            empty: RowRefs::new(origin),
            junk: RowRefs::new(origin),
            legal_only: RowRefs::new(origin),
        }
    }

    /// Checks data row `data_row` (from line or sheet row `origin`).
    pub(crate) fn check(&mut self, data_row: usize, origin: u64, row: &[String]) {
        let Some(col) = self.col else { return };
        let name = row.get(col).map_or("", String::as_str);
        if name.is_empty() {
            self.empty.push(data_row, origin);
        } else if !name.chars().any(char::is_alphanumeric) {
            self.junk.push(data_row, origin);
        } else if is_legal_form_only(name) {
            self.legal_only.push(data_row, origin);
        }
    }

    pub(crate) fn finish(self, columns: &[String]) -> Vec<InputWarning> {
        let Some(col) = self.col else {
            return vec![InputWarning::NoNameColumn];
        };
        let column = || columns[col].clone();
        let mut warnings = Vec::new();
        if self.empty.count > 0 {
            warnings.push(InputWarning::EmptyNames {
                rows: self.empty,
                column: column(),
            });
        }
        if self.junk.count > 0 {
            warnings.push(InputWarning::NoLetterNames {
                rows: self.junk,
                column: column(),
            });
        }
        if self.legal_only.count > 0 {
            warnings.push(InputWarning::LegalFormOnlyNames {
                rows: self.legal_only,
                column: column(),
            });
        }
        warnings
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
