//! CSV, semicolon, tab and pipe separated text, read with the `csv` crate.
//!
//! The delimiter is chosen by consistency, not frequency: the right one splits the first lines into
//! the same number of fields (quotes respected), while a comma inside "Co., Ltd." splits names into a
//! varying number of pieces. Rows are read flexibly (ragged rows are kept and padded later) and every
//! line-ending style is accepted, since files that went through several systems mix them.

use super::columns::is_legal_form_only;
use super::error::{At, InputError};
use super::shape::Raw;
use super::warning::{InputWarning, Origin};
use super::Limits;
use supplyscreen_vocab::country::is_country;

/// Candidates in tie-break order: a consistent tab or semicolon is stronger evidence than a consistent
/// comma, because names and addresses contain commas far more often.
const CANDIDATES: [u8; 4] = [b'\t', b';', b'|', b','];

/// A byte that never appears in text files: used as the "delimiter" of single-column files so that
/// commas inside names do not split them, while quotes are still honoured.
const NO_DELIMITER: u8 = 0x1F;

/// How much text the delimiter guess looks at.
const SAMPLE_BYTES: usize = 64 * 1024;
const SAMPLE_RECORDS: usize = 50;

/// Excel's `sep=;` first line, which names the delimiter outright. Returns the delimiter and the text
/// after that line.
pub(crate) fn sep_directive(text: &str) -> Option<(u8, &str)> {
    let rest = text
        .strip_prefix("sep=")
        .or_else(|| text.strip_prefix("SEP="))?;
    let (&d, after) = rest.as_bytes().split_first()?;
    let after = std::str::from_utf8(after).ok()?;
    let after = after
        .strip_prefix("\r\n")
        .or_else(|| after.strip_prefix('\n'))
        .or_else(|| after.strip_prefix('\r'))?;
    (d.is_ascii_punctuation() || d == b'\t' || d == b' ').then_some((d, after))
}

/// Picks the delimiter for `text`, or `None` for one value per line.
pub(crate) fn detect_delimiter(text: &str) -> Option<u8> {
    let (sample, complete) = if text.len() <= SAMPLE_BYTES {
        (text, true)
    } else {
        let mut end = SAMPLE_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let cut = text[..end].rfind('\n').unwrap_or(end);
        (&text[..cut], false)
    };
    let mut best: Option<(u8, f64, usize)> = None;
    for &d in CANDIDATES.iter() {
        if !sample.as_bytes().contains(&d) {
            continue;
        }
        let mut counts = Vec::new();
        let mut legal_splits = 0usize;
        let mut reader = builder(d).from_reader(sample.as_bytes());
        for record in reader.records().take(SAMPLE_RECORDS + 1) {
            let Ok(record) = record else { break };
            // Trailing empty fields (a delimiter at the end of the line) do not count.
            let len = record.len()
                - record
                    .iter()
                    .rev()
                    .take_while(|f| f.trim().is_empty())
                    .count();
            if len == 0 {
                continue;
            }
            // A field that is only a legal form ("Ltd.") means the delimiter cut a name in two.
            if record
                .iter()
                .skip(1)
                .any(|f| is_legal_form_only(f) && !is_country(f.trim()))
            {
                legal_splits += 1;
            }
            counts.push(len);
        }
        // The last record of a cut sample may be cut mid-row.
        if !complete && counts.len() > 1 {
            counts.pop();
        }
        counts.truncate(SAMPLE_RECORDS);
        if counts.is_empty() {
            continue;
        }
        let n = counts.len();
        let multi = counts.iter().filter(|c| **c >= 2).count();
        let mode = mode(&counts);
        // Most records must actually be split; ragged files are fine, names with commas are not.
        if mode < 2 || multi * 2 < n || legal_splits * 10 >= n * 3 {
            continue;
        }
        let consistency = counts.iter().filter(|c| **c == mode).count() as f64 / n as f64;
        if best
            .is_none_or(|(_, c, m)| consistency > c + 1e-9 || (consistency > c - 1e-9 && mode > m))
        {
            best = Some((d, consistency, mode));
        }
    }
    best.map(|(d, _, _)| d)
}

fn mode(counts: &[usize]) -> usize {
    let mut sorted = counts.to_vec();
    sorted.sort_unstable();
    let (mut best, mut best_n, mut i) = (0, 0, 0);
    while i < sorted.len() {
        let j = sorted[i..].iter().take_while(|c| **c == sorted[i]).count();
        if j > best_n || (j == best_n && sorted[i] > best) {
            best = sorted[i];
            best_n = j;
        }
        i += j;
    }
    best
}

fn builder(delimiter: u8) -> csv::ReaderBuilder {
    let mut b = csv::ReaderBuilder::new();
    b.has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .terminator(csv::Terminator::CRLF);
    b
}

/// Reads every record of `text`. Stops with [`InputError::TooManyRows`] as soon as the limit is passed
/// (one extra record is allowed for a header), so a huge file cannot exhaust memory.
pub(crate) fn read_records(
    file: &str,
    text: &str,
    delimiter: Option<u8>,
    first_line: u64,
    limits: &Limits,
) -> Result<Raw, InputError> {
    let mut records = Records::new(text.as_bytes(), delimiter, first_line);
    let mut raw = Raw {
        records: Vec::new(),
        origins: Vec::new(),
        origin: Origin::Line,
        warnings: Vec::new(),
    };
    while let Some((record, line)) = records.next_record() {
        if raw.records.len() > limits.max_rows {
            return Err(InputError::TooManyRows {
                file: file.to_string(),
                max_rows: limits.max_rows,
                at: At {
                    origin: Origin::Line,
                    number: line,
                    sheet: None,
                },
            });
        }
        raw.records.push(record);
        raw.origins.push(line);
    }
    raw.warnings = records.finish();
    Ok(raw)
}

/// The records of delimited text one at a time, each with the line it starts on, from any source
/// of UTF-8 bytes (the decoded text of a file, or a stream of it).
pub(crate) struct Records<R: std::io::Read> {
    reader: csv::Reader<Tap<R>>,
    lines: LineCounter,
    record: csv::StringRecord,
    multiline_cells: usize,
    warnings: Vec<InputWarning>,
    /// Why the source stopped giving bytes, if it failed (a stream only: text in memory cannot).
    pub(crate) io_error: Option<std::io::Error>,
}

impl<R: std::io::Read> Records<R> {
    /// `first_line`: the line number of the first byte of `text`.
    pub(crate) fn new(text: R, delimiter: Option<u8>, first_line: u64) -> Self {
        let tap = Tap {
            inner: text,
            seen: Default::default(),
        };
        let lines = LineCounter::new(tap.seen.clone(), first_line);
        Records {
            reader: builder(delimiter.unwrap_or(NO_DELIMITER)).from_reader(tap),
            lines,
            record: csv::StringRecord::new(),
            multiline_cells: 0,
            warnings: Vec::new(),
            io_error: None,
        }
    }

    /// The next record and the line it starts on; `None` at the end of the text (or when the
    /// source fails: see `io_error`).
    pub(crate) fn next_record(&mut self) -> Option<(Vec<String>, u64)> {
        loop {
            match self.reader.read_record(&mut self.record) {
                Ok(true) => break,
                Ok(false) => return None,
                Err(e) => {
                    if let csv::ErrorKind::Io(_) = e.kind() {
                        if let csv::ErrorKind::Io(io) = e.into_kind() {
                            self.io_error = Some(io);
                        }
                        return None;
                    }
                    // With text already decoded to UTF-8 the csv crate has nothing left to reject;
                    // keep going past anything it reports rather than losing the list.
                    let line = e
                        .position()
                        .map_or(0, |p| self.lines.line_at(p.byte() as usize));
                    self.warnings.push(InputWarning::RecordSkipped {
                        line,
                        reason: e.to_string(),
                    });
                }
            }
        }
        let line = self
            .lines
            .line_at(self.record.position().map_or(0, |p| p.byte() as usize));
        self.multiline_cells += self
            .record
            .iter()
            .filter(|f| f.matches('\n').count() > 20)
            .count();
        Some((self.record.iter().map(str::to_string).collect(), line))
    }

    /// The warnings of the records read: records skipped, then cells that swallowed many lines
    /// (an unclosed quote).
    pub(crate) fn finish(mut self) -> Vec<InputWarning> {
        if self.multiline_cells > 0 {
            self.warnings.push(InputWarning::UnclosedQuote {
                cells: self.multiline_cells,
            });
        }
        self.warnings
    }
}

/// The bytes the csv reader has taken from its source and the line counter has not yet passed.
#[derive(Default)]
struct Seen {
    bytes: Vec<u8>,
    /// The position in the text of `bytes[0]`.
    base: usize,
}

/// Passes a source's bytes on to the csv reader, keeping a copy for the line counter.
struct Tap<R> {
    inner: R,
    seen: std::rc::Rc<std::cell::RefCell<Seen>>,
}

impl<R: std::io::Read> std::io::Read for Tap<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.seen.borrow_mut().bytes.extend_from_slice(&buf[..n]);
        Ok(n)
    }
}

/// Line numbers of record starts, counted by us because the csv crate's own count lags by one after
/// a CRLF (it reports a record as starting at the `\n` of the previous line's `\r\n`). Counts `\n`,
/// `\r\n` and a lone `\r` as one line break each, incrementally, so a whole file costs one pass, and
/// forgets the bytes it has passed, so a stream costs no more memory than the csv reader's buffer.
struct LineCounter {
    seen: std::rc::Rc<std::cell::RefCell<Seen>>,
    pos: usize,
    line: u64,
}

impl LineCounter {
    fn new(seen: std::rc::Rc<std::cell::RefCell<Seen>>, first_line: u64) -> Self {
        LineCounter {
            seen,
            pos: 0,
            line: first_line,
        }
    }

    /// The 1-based line of the record whose parse started at byte `start` (positions must not go
    /// backwards).
    fn line_at(&mut self, mut start: usize) -> u64 {
        let mut seen = self.seen.borrow_mut();
        let base = seen.base;
        let text = &seen.bytes;
        let end = base + text.len();
        let at = |i: usize| text.get(i.wrapping_sub(base)).copied();
        while start < end && matches!(at(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        let start = start.min(end).max(self.pos);
        for i in self.pos..start {
            match at(i) {
                Some(b'\n') => self.line += 1,
                Some(b'\r') if at(i + 1) != Some(b'\n') => self.line += 1,
                _ => {}
            }
        }
        self.pos = start;
        // Keep the byte before `pos` no longer needed; keep from `pos` on (a `\r` there still
        // needs the byte after it).
        let done = self.pos - base;
        if done > 64 * 1024 {
            seen.bytes.drain(..done);
            seen.base = self.pos;
        }
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_numbers_with_every_line_ending() {
        let text = "h\r\na\nb\rc\r\n\r\n\"d\ne\"\nf\n";
        let raw = read_records("t", text, None, 1, &Limits::default()).unwrap();
        let firsts: Vec<&str> = raw.records.iter().map(|r| r[0].as_str()).collect();
        assert_eq!(firsts, ["h", "a", "b", "c", "d\ne", "f"]);
        assert_eq!(raw.origins, [1, 2, 3, 4, 6, 8]);
    }

    #[test]
    fn excel_sep_directive() {
        assert_eq!(sep_directive("sep=;\r\na;b\n"), Some((b';', "a;b\n")));
        assert_eq!(sep_directive("sep=|\na|b"), Some((b'|', "a|b")));
        assert_eq!(sep_directive("separate;x\n"), None);
        assert_eq!(sep_directive("sep=;"), None);
    }

    #[test]
    fn delimiters() {
        assert_eq!(detect_delimiter("a,b,c\n1,2,3\n"), Some(b','));
        assert_eq!(detect_delimiter("a;b;c\n1,5;2;3\n"), Some(b';'));
        assert_eq!(detect_delimiter("a\tb\n1\t2\n"), Some(b'\t'));
        assert_eq!(detect_delimiter("a|b\n1|2\n"), Some(b'|'));
        assert_eq!(detect_delimiter("Acme\nNestlé\n"), None);
    }

    #[test]
    fn commas_inside_single_column_names_are_not_delimiters() {
        let text = "Supplier\nHoshine Silicon Industry Co., Ltd.\nXinjiang GCL New Energy Material Technology Co., Ltd.\nNestlé S.A.\nZhongtai Chemical Co., Ltd.\n";
        assert_eq!(detect_delimiter(text), None);
    }

    #[test]
    fn quoted_commas_do_not_confuse_detection() {
        let text = "Name,Country\n\"Hoshine Silicon Industry Co., Ltd.\",CN\n\"Acme, Inc.\",US\n";
        assert_eq!(detect_delimiter(text), Some(b','));
    }
}
