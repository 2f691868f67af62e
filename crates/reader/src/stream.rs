//! A supplier file read as a stream of rows, for files too big to hold as one [`Table`] (the CLI's
//! `screen` on a million-row export). Delimited text is decoded, split and shaped a record at a
//! time, through the same steps as [`read_table`] (`Records`, `Shaper`, `NameCheck`), so the rows
//! are the ones [`read_table`] gives; memory stays bounded by the head and the csv reader's buffer.
//!
//! The stream pulls bytes from any [`std::io::Read`] its caller hands it (a file, in the CLI); it
//! opens nothing itself. What differs from [`read_table`]:
//! * no row or byte limit (the point of a stream);
//! * the encoding and the delimiter are decided from the first [`HEAD_BYTES`] (see
//!   `text::stream_encoding`), and the header and the columns from the first
//!   [`HEAD_RECORDS`] records: [`TableStream::head`]. A row wider than every row of the head keeps
//!   its extra cells but gets no column of its own.
//!
//! A file no longer than [`HEAD_BYTES`], and any workbook, is read whole by [`read_table`] (with its
//! limits) and handed out from memory.

use super::delimited::{detect_delimiter, sep_directive, Records};
use super::error::InputError;
use super::shape::{drop_trailing_blanks, is_blank, NameCheck, Raw, Shaper};
use super::sniff::{self, Sniffed};
use super::warning::{InputWarning, Origin};
use super::{read_table, text, text_looks_binary, Format, Limits, Source, Table};
use std::collections::VecDeque;
use std::io::Read;

/// How much of a file is read before deciding how to read it. A file no longer than this is read
/// whole.
pub const HEAD_BYTES: usize = 1 << 20;

/// Records read ahead to decide the header and detect the columns (`detect_columns` looks at the
/// first 500 rows).
pub const HEAD_RECORDS: usize = 1000;

/// Why a stream could not go on.
#[derive(Debug)]
pub enum StreamError {
    /// The file is not a supplier table (the same errors as [`read_table`]).
    Input(InputError),
    /// The source failed to give its bytes.
    Read { file: String, error: std::io::Error },
}

impl From<InputError> for StreamError {
    fn from(e: InputError) -> Self {
        StreamError::Input(e)
    }
}

impl std::fmt::Display for StreamError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StreamError::Input(e) => e.fmt(f),
            StreamError::Read { file, error } => write!(f, "cannot read {file}: {error}"),
        }
    }
}

impl std::error::Error for StreamError {}

/// The rows of a supplier file, a batch at a time ([`TableStream::next_rows`]); the warnings once
/// it is read to the end ([`TableStream::finish`]).
pub struct TableStream<R: Read> {
    file: String,
    head: Table,
    /// Shaped rows not yet handed out.
    ready: VecDeque<Vec<String>>,
    body: Option<Body<R>>,
    /// The warnings of a file read whole.
    whole_warnings: Vec<InputWarning>,
}

/// The part of a text file still to read.
struct Body<R: Read> {
    records: Records<std::io::Chain<std::io::Cursor<Vec<u8>>, Decoding<R>>>,
    shaper: Shaper,
    names: NameCheck,
    /// Blank records not yet known to be followed by data (trailing blank records are dropped, as
    /// [`read_table`] drops them).
    blanks: Vec<(Vec<String>, u64)>,
    /// The head's width: shorter rows are padded to it.
    width: usize,
    windows_1252: bool,
    done: bool,
}

impl<R: Read> Body<R> {
    fn shape(&mut self, record: Vec<String>, line: u64) -> Vec<String> {
        let mut row = self.shaper.row(record, line);
        if row.len() < self.width {
            row.resize(self.width, String::new());
        }
        self.names.check(self.shaper.rows(), line, &row);
        row
    }
}

/// Opens a supplier file as a stream. `file_name` is used in messages only.
pub fn stream_table<R: Read>(
    file_name: &str,
    mut src: R,
    limits: &Limits,
) -> Result<TableStream<R>, StreamError> {
    let file = file_name.to_string();
    let failed = |error| StreamError::Read {
        file: file.clone(),
        error,
    };
    let mut head = Vec::new();
    Read::by_ref(&mut src)
        .take(HEAD_BYTES as u64 + 1)
        .read_to_end(&mut head)
        .map_err(failed)?;
    let whole =
        head.len() <= HEAD_BYTES || matches!(sniff::sniff(file_name, &head)?, Sniffed::Workbook(_));
    if whole {
        // Past the byte limit, read_table refuses the file: one byte more is enough to know.
        let more = limits
            .max_bytes
            .saturating_add(1)
            .saturating_sub(head.len());
        Read::by_ref(&mut src)
            .take(more as u64)
            .read_to_end(&mut head)
            .map_err(failed)?;
        let mut table = read_table(file_name, &head, limits)?;
        let whole_warnings = std::mem::take(&mut table.warnings);
        let ready: VecDeque<Vec<String>> = std::mem::take(&mut table.rows).into();
        table.rows = ready.iter().take(HEAD_RECORDS).cloned().collect();
        return Ok(TableStream {
            file,
            head: table,
            ready,
            body: None,
            whole_warnings,
        });
    }
    let (encoding, encoding_name, bom) = text::stream_encoding(file_name, &head)?;
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut head_text = String::new();
    decode_into(&mut decoder, &head[bom..], &mut head_text, false);
    drop(head);
    if text_looks_binary(&head_text) {
        return Err(InputError::NotASpreadsheet {
            file,
            detected: super::error::FileKind::Binary,
        }
        .into());
    }
    let (delimiter, skip, first_line) = match sep_directive(&head_text) {
        Some((d, body)) => (Some(d), head_text.len() - body.len(), 2),
        None => (detect_delimiter(&head_text), 0, 1),
    };
    let mut head_bytes = head_text.into_bytes();
    head_bytes.drain(..skip);
    let rest = Decoding {
        src,
        decoder,
        input: vec![0; 64 * 1024],
        in_pos: 0,
        in_end: 0,
        eof: false,
        out: String::new(),
        out_pos: 0,
        finished: false,
    };
    let mut records = Records::new(
        std::io::Cursor::new(head_bytes).chain(rest),
        delimiter,
        first_line,
    );
    let mut raw = Raw {
        records: Vec::new(),
        origins: Vec::new(),
        origin: Origin::Line,
        warnings: Vec::new(),
    };
    let mut done = false;
    while raw.records.len() < HEAD_RECORDS {
        let Some((record, line)) = records.next_record() else {
            done = true;
            break;
        };
        raw.records.push(record);
        raw.origins.push(line);
    }
    if let Some(error) = records.io_error.take() {
        return Err(StreamError::Read { file, error });
    }
    let mut blanks = Vec::new();
    if done {
        drop_trailing_blanks(&mut raw);
    } else {
        while raw.records.last().is_some_and(|r| is_blank(r)) {
            blanks.push((
                raw.records.pop().unwrap_or_default(),
                raw.origins.pop().unwrap_or(0),
            ));
        }
        blanks.reverse();
    }
    let mut shaper = Shaper::start(file_name, &mut raw, limits, false)?;
    let mut rows: Vec<Vec<String>> = Vec::with_capacity(raw.records.len());
    for (record, &line) in std::mem::take(&mut raw.records)
        .into_iter()
        .zip(&raw.origins)
    {
        rows.push(shaper.row(record, line));
    }
    if done && rows.is_empty() {
        return Err(InputError::HeaderOnly {
            file,
            columns: shaper.header,
        }
        .into());
    }
    let columns = shaper.columns();
    let width = columns.len();
    for row in rows.iter_mut() {
        row.resize(width, String::new());
    }
    let head = Table {
        columns,
        rows,
        source: Source::new(Format::Csv, encoding_name, delimiter.map(char::from), None),
        warnings: Vec::new(),
    };
    let mut names = NameCheck::new(super::detect_columns(&head).name, Origin::Line);
    for (i, row) in head.rows.iter().enumerate() {
        names.check(i + 1, raw.origins[i], row);
    }
    Ok(TableStream {
        file,
        ready: head.rows.iter().cloned().collect(),
        head,
        body: Some(Body {
            records,
            shaper,
            names,
            blanks,
            width,
            windows_1252: encoding_name == "Windows-1252",
            done,
        }),
        whole_warnings: Vec::new(),
    })
}

impl<R: Read> TableStream<R> {
    /// The columns and the first rows (up to [`HEAD_RECORDS`]), as a table: what
    /// `detect_columns` and a column chosen by name or number look at. Its `warnings` are
    /// empty: [`TableStream::finish`] gives them.
    pub fn head(&self) -> &Table {
        &self.head
    }

    /// Appends up to `max` more rows to `out`, in file order; returns how many (0 at the end).
    /// Each row has at least `head().columns.len()` cells.
    pub fn next_rows(
        &mut self,
        max: usize,
        out: &mut Vec<Vec<String>>,
    ) -> Result<usize, StreamError> {
        let mut n = 0;
        while n < max {
            if let Some(row) = self.ready.pop_front() {
                out.push(row);
                n += 1;
                continue;
            }
            let Some(body) = self.body.as_mut().filter(|b| !b.done) else {
                break;
            };
            match body.records.next_record() {
                None => {
                    body.done = true;
                    body.blanks.clear();
                    if let Some(error) = body.records.io_error.take() {
                        return Err(StreamError::Read {
                            file: self.file.clone(),
                            error,
                        });
                    }
                }
                Some((record, line)) if is_blank(&record) => body.blanks.push((record, line)),
                Some((record, line)) => {
                    for (blank, at) in std::mem::take(&mut body.blanks) {
                        let row = body.shape(blank, at);
                        self.ready.push_back(row);
                    }
                    let row = body.shape(record, line);
                    self.ready.push_back(row);
                }
            }
        }
        Ok(n)
    }

    /// The warnings, as [`read_table`] gives them, once every row has been read.
    pub fn finish(self) -> Vec<InputWarning> {
        let Some(body) = self.body else {
            return self.whole_warnings;
        };
        let mut read = body.records.finish();
        if body.windows_1252 {
            read.push(InputWarning::ReadAsWindows1252);
        }
        let columns = body.shaper.columns();
        let mut warnings = body.shaper.finish(read);
        warnings.extend(body.names.finish(&columns));
        warnings
    }
}

/// Decodes all of `input` onto the end of `out` (`last`: the end of the text; otherwise a
/// character cut at the end waits in the decoder for the next bytes).
fn decode_into(decoder: &mut encoding_rs::Decoder, input: &[u8], out: &mut String, last: bool) {
    let mut input = input;
    loop {
        let need = decoder
            .max_utf8_buffer_length(input.len())
            .unwrap_or(input.len() * 3 + 16);
        out.reserve(need);
        let (result, read, _) = decoder.decode_to_string(input, out, last);
        input = &input[read..];
        if result == encoding_rs::CoderResult::InputEmpty {
            return;
        }
    }
}

/// A source of bytes in some encoding, read as UTF-8.
struct Decoding<R> {
    src: R,
    decoder: encoding_rs::Decoder,
    input: Vec<u8>,
    in_pos: usize,
    in_end: usize,
    eof: bool,
    out: String,
    out_pos: usize,
    finished: bool,
}

impl<R: Read> Read for Decoding<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        loop {
            if self.out_pos < self.out.len() {
                let n = buf.len().min(self.out.len() - self.out_pos);
                buf[..n].copy_from_slice(&self.out.as_bytes()[self.out_pos..self.out_pos + n]);
                self.out_pos += n;
                return Ok(n);
            }
            if self.finished || buf.is_empty() {
                return Ok(0);
            }
            self.out.clear();
            self.out_pos = 0;
            if self.in_pos == self.in_end && !self.eof {
                let n = self.src.read(&mut self.input)?;
                self.in_pos = 0;
                self.in_end = n;
                self.eof = n == 0;
            }
            let input = &self.input[self.in_pos..self.in_end];
            decode_into(&mut self.decoder, input, &mut self.out, self.eof);
            self.in_pos = self.in_end;
            self.finished = self.eof;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hands out a few bytes a call, so records, characters and line breaks fall across reads.
    struct Trickle<'a>(&'a [u8], usize);

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.1.min(buf.len()).min(self.0.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    fn no_limits() -> Limits {
        Limits {
            max_bytes: usize::MAX,
            max_rows: usize::MAX,
            ..Limits::default()
        }
    }

    /// Streams `bytes` (in batches of 333 rows, 7 bytes a read) and checks that the rows, the head's
    /// columns and source and the warnings are those of `read_table`.
    fn same_as_table(name: &str, bytes: &[u8]) {
        let table = read_table(name, bytes, &no_limits()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut stream = stream_table(name, Trickle(bytes, 7), &no_limits())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(stream.body.is_some(), bytes.len() > HEAD_BYTES, "{name}");
        assert_eq!(stream.head().columns, table.columns, "{name}");
        assert_eq!(stream.head().source, table.source, "{name}");
        let mut rows = Vec::new();
        while stream.next_rows(333, &mut rows).unwrap() > 0 {}
        for r in rows.iter_mut() {
            r.resize(table.columns.len(), String::new());
        }
        assert_eq!(rows.len(), table.rows.len(), "{name}");
        for (i, (a, b)) in rows.iter().zip(&table.rows).enumerate() {
            assert_eq!(a, b, "{name}: data row {}", i + 1);
        }
        assert_eq!(stream.finish(), table.warnings, "{name}");
    }

    fn fixture(name: &str) -> Vec<u8> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures")
            .join(name);
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// The fixture's first line, then its other lines again and again until the file is past
    /// [`HEAD_BYTES`] (in its own encoding: lines are cut at the encoded line feed).
    fn grown(bytes: &[u8], utf16: bool) -> Vec<u8> {
        let step = if utf16 { 2 } else { 1 };
        let is_lf = |i: usize| bytes[i] == b'\n' && (!utf16 || bytes[i + 1] == 0);
        let first = (0..bytes.len() - step)
            .step_by(step)
            .find(|&i| is_lf(i))
            .expect("a line break")
            + step;
        let mut body = bytes[first..].to_vec();
        if !(body.ends_with(b"\n") || body.ends_with(b"\n\0")) {
            body.extend_from_slice(if utf16 { b"\n\0" } else { b"\n" });
        }
        let mut out = bytes[..first].to_vec();
        while out.len() <= HEAD_BYTES + HEAD_BYTES / 4 {
            out.extend_from_slice(&body);
        }
        out
    }

    #[test]
    fn every_text_fixture_streams_as_it_reads_small_and_grown_past_the_head() {
        let mut streamed = 0;
        for entry in std::fs::read_dir(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures"),
        )
        .unwrap()
        {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            let bytes = fixture(&name);
            // Files the reader refuses, and workbooks (always read whole), are not streamed.
            let Ok(table) = read_table(&name, &bytes, &Limits::default()) else {
                assert!(stream_table(&name, bytes.as_slice(), &Limits::default()).is_err());
                continue;
            };
            same_as_table(&name, &bytes);
            if table.source.format != Format::Csv {
                continue;
            }
            let utf16 = table.source.encoding.starts_with("UTF-16");
            let big = grown(&bytes, utf16);
            same_as_table(&format!("{name}, grown"), &big);
            streamed += 1;
        }
        assert!(streamed >= 10, "only {streamed} text fixtures");
    }

    #[test]
    fn blank_rows_title_lines_and_the_sep_line_across_the_head() {
        let mut text = String::from(
            "sep=;\r\nVendor master export 2025-01-01\r\n\r\nSupplier Name;Country;Notes\r\n",
        );
        for i in 0..60_000 {
            match i % 997 {
                // Blank records where the head ends, and in runs further on.
                0..=2 => text.push_str(";;\r\n"),
                5 => text.push_str("\"Quoted\r\nTwo Lines Co.\";CN;x\r\n"),
                6 => text.push_str(";DE;no name\r\n"),
                7 => text.push_str(&format!("Long Note Ltd;US;{}\r\n", "n".repeat(5000))),
                8 => text.push_str("Short Row GmbH\r\n"),
                9 => text.push_str("Wide Row SA;FR;a;b;c\r\n"),
                _ => text.push_str(&format!("Supplier {i} Co., Ltd.;CN;\r\n")),
            }
        }
        text.push_str(";;\r\n\r\n;;\r\n");
        assert!(text.len() > HEAD_BYTES);
        same_as_table("blanks.csv", text.as_bytes());
        let han = text.replace("Supplier ", "供应商");
        let (gbk, _, _) = encoding_rs::GBK.encode(&han);
        same_as_table("blanks-gbk.csv", &gbk);
    }

    #[test]
    fn a_failing_source_is_a_read_error() {
        struct Fails(usize);
        impl Read for Fails {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                if self.0 == 0 {
                    return Err(std::io::Error::other("disk gone"));
                }
                let line = b"Acme Co., Ltd.,CN\n";
                let n = line.len().min(buf.len());
                buf[..n].copy_from_slice(&line[..n]);
                self.0 -= 1;
                Ok(n)
            }
        }
        let err = stream_table("gone.csv", Fails(10), &Limits::default())
            .err()
            .expect("an error");
        assert!(
            err.to_string().contains("cannot read gone.csv: disk gone"),
            "{err}"
        );
        let mut stream = stream_table("late.csv", Fails(200_000), &Limits::default()).unwrap();
        let mut rows = Vec::new();
        let err = loop {
            match stream.next_rows(1000, &mut rows) {
                Ok(0) => panic!("the failure was not reported"),
                Ok(_) => {}
                Err(e) => break e,
            }
        };
        assert!(matches!(err, StreamError::Read { .. }), "{err}");
    }
}
