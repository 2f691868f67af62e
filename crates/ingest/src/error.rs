//! The one error type of the ingest crate.
//!
//! Why hand-written: every failure must name the file, where in it (line or record) and what is wrong,
//! so a maintainer refreshing a list from the agency's site can fix the input without reading code.

use std::fmt;
use std::path::{Path, PathBuf};

/// Where in a file a problem was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// 1-based physical line in a text file.
    Line(u64),
    /// 1-based record (row, table row, JSON array element, XML element) when lines are meaningless.
    Record(u64),
    /// The problem concerns the file as a whole (e.g. no table found).
    Whole,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Line(n) => write!(f, "line {n}"),
            Location::Record(n) => write!(f, "record {n}"),
            Location::Whole => f.write_str("whole file"),
        }
    }
}

#[derive(Debug)]
pub enum IngestError {
    /// The file could not be read at all.
    Io {
        file: PathBuf,
        error: std::io::Error,
    },
    /// The file was read but its content is not what the parser expects.
    Malformed {
        file: PathBuf,
        at: Location,
        problem: String,
    },
    /// The manifest is wrong, or a file disagrees with it; `problem` says what to do.
    Manifest { file: PathBuf, problem: String },
}

impl IngestError {
    pub fn io(file: &Path, error: std::io::Error) -> Self {
        IngestError::Io {
            file: file.to_path_buf(),
            error,
        }
    }

    pub fn malformed(file: &Path, at: Location, problem: impl Into<String>) -> Self {
        IngestError::Malformed {
            file: file.to_path_buf(),
            at,
            problem: problem.into(),
        }
    }

    pub fn manifest(file: &Path, problem: impl Into<String>) -> Self {
        IngestError::Manifest {
            file: file.to_path_buf(),
            problem: problem.into(),
        }
    }

    /// The file the error is about.
    pub fn file(&self) -> &Path {
        match self {
            IngestError::Io { file, .. }
            | IngestError::Malformed { file, .. }
            | IngestError::Manifest { file, .. } => file,
        }
    }
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IngestError::Io { file, error } => write!(
                f,
                "{}: cannot read the file ({error}); check the path, or restore it from the data/sources folder in git",
                file.display()
            ),
            IngestError::Malformed { file, at, problem } => write!(
                f,
                "{} ({at}): {problem}; the file does not match the official layout this parser expects — \
                 re-download it from the agency (see PROVENANCE.md next to it)",
                file.display()
            ),
            IngestError::Manifest { file, problem } => write!(f, "{}: {problem}", file.display()),
        }
    }
}

impl std::error::Error for IngestError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            IngestError::Io { error, .. } => Some(error),
            IngestError::Malformed { .. } | IngestError::Manifest { .. } => None,
        }
    }
}

pub type Result<T> = std::result::Result<T, IngestError>;

/// Reads a whole file, mapping the I/O error to one that names the file.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| IngestError::io(path, e))
}

/// Reads a UTF-8 file (a leading BOM is dropped), failing with the byte offset's line if it is not UTF-8.
pub fn read_utf8(path: &Path) -> Result<String> {
    let bytes = read_bytes(path)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count() as u64
                + 1;
            Err(IngestError::malformed(
                path,
                Location::Line(line),
                "the file is not valid UTF-8 (was it saved as Windows-1252?)",
            ))
        }
    }
}

/// Turns csv byte positions into 1-based line numbers, scanning the text once from start to end.
///
/// Why not `Position::line()`: with CRLF line ends the csv crate reports a record as starting on the
/// previous line (its start byte is the "\n" of the previous record's terminator), so the line is
/// recomputed from the byte offset. Incremental, because records arrive in file order.
pub struct LineCounter<'a> {
    text: &'a [u8],
    byte: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    pub fn new(text: &'a [u8]) -> Self {
        LineCounter {
            text,
            byte: 0,
            line: 1,
        }
    }

    /// One record from `csv::Reader::records`, with its line; a CSV error becomes a
    /// [`IngestError`] naming the file and the line where the bad row starts.
    pub fn record(
        &mut self,
        path: &std::path::Path,
        rec: csv::Result<csv::StringRecord>,
    ) -> Result<(u64, csv::StringRecord)> {
        let rec = rec.map_err(|e| {
            let line = self.at(e.position());
            IngestError::malformed(path, Location::Line(line), format!("bad CSV row: {e}"))
        })?;
        Ok((self.at(rec.position()), rec))
    }

    /// The line of the byte at `pos` (0 when the position is unknown).
    pub fn at(&mut self, pos: Option<&csv::Position>) -> u64 {
        let Some(pos) = pos else {
            return 0;
        };
        let end = (pos.byte() as usize + 1).min(self.text.len());
        if end < self.byte {
            self.byte = 0;
            self.line = 1;
        }
        self.line += self.text[self.byte..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64;
        self.byte = end;
        self.line
    }
}
