//! Decides what a dropped file really is from its first bytes, not its name.
//!
//! ERP exports lie about their type all the time: SAP's "Excel" export is often HTML or tab-separated
//! text named `.xls`, a PDF gets renamed `.xlsx` to get past an upload form, and an encrypted `.xlsx`
//! is not a zip at all but an OLE container. Trusting the extension would turn each of these into a
//! confusing parse error; sniffing turns them into a clear message or a successful read.

use super::error::{FileKind, InputError, SheetFormat};
use super::Format;

/// What the content looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sniffed {
    /// A workbook calamine reads: an Office Open XML zip (or a zip that claims to be one: corrupt zips
    /// land here too), a legacy Excel OLE file, or an OpenDocument spreadsheet.
    Workbook(Format),
    /// Text to be decoded and parsed as delimited values.
    Text,
}

const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const ZIP_EMPTY_MAGIC: &[u8] = b"PK\x05\x06";

/// Well-known binary signatures and what to call them in a message.
const SIGNATURES: &[(&[u8], FileKind)] = &[
    (b"%PDF-", FileKind::Pdf),
    (b"\x89PNG\r\n\x1a\n", FileKind::Png),
    (b"\xFF\xD8\xFF", FileKind::Jpeg),
    (b"GIF87a", FileKind::Gif),
    (b"GIF89a", FileKind::Gif),
    (b"\x1F\x8B", FileKind::Gzip),
    (b"7z\xBC\xAF\x27\x1C", FileKind::SevenZip),
    (b"Rar!\x1A\x07", FileKind::Rar),
    (b"\x7FELF", FileKind::Executable),
    (b"II*\x00", FileKind::Tiff),
    (b"MM\x00*", FileKind::Tiff),
    (b"SQLite format 3\x00", FileKind::Sqlite),
    (b"{\\rtf", FileKind::Rtf),
];

/// Classifies `bytes`, or refuses them with the error that tells the user what to do.
pub(crate) fn sniff(file: &str, bytes: &[u8]) -> Result<Sniffed, InputError> {
    let name = || file.to_string();
    if bytes.starts_with(ZIP_MAGIC) || bytes.starts_with(ZIP_EMPTY_MAGIC) {
        return zip_kind(file, bytes);
    }
    if bytes.starts_with(OLE_MAGIC) {
        // Office wraps an encrypted .xlsx/.docx in an OLE compound file whose directory names the
        // stream "EncryptedPackage" (UTF-16LE). Anything else in OLE is a legacy binary document.
        if contains(bytes, &utf16le("EncryptedPackage")) {
            return Err(InputError::PasswordProtected { file: name() });
        }
        if contains(bytes, &utf16le("Workbook")) || contains(bytes, &utf16le("Book")) {
            return Ok(Sniffed::Workbook(Format::Xls));
        }
        if contains(bytes, &utf16le("WordDocument")) {
            return Err(InputError::NotASpreadsheet {
                file: name(),
                detected: FileKind::WordDoc,
            });
        }
        return Err(InputError::NotASpreadsheet {
            file: name(),
            detected: FileKind::OleDocument,
        });
    }
    for (magic, what) in SIGNATURES {
        if bytes.starts_with(magic) {
            return Err(InputError::NotASpreadsheet {
                file: name(),
                detected: *what,
            });
        }
    }
    if let Some(format) = markup_spreadsheet(bytes) {
        return Err(InputError::UnsupportedSpreadsheet {
            file: name(),
            format,
        });
    }
    Ok(Sniffed::Text)
}

/// Tells an XLSX from the other zip-based formats people export (ODS, XLSB, DOCX, a plain zip).
fn zip_kind(file: &str, bytes: &[u8]) -> Result<Sniffed, InputError> {
    // OpenDocument stores an uncompressed `mimetype` entry first, so its value is visible near the start.
    let head = &bytes[..bytes.len().min(200)];
    if contains(head, b"application/vnd.oasis.opendocument.spreadsheet") {
        return Ok(Sniffed::Workbook(Format::Ods));
    }
    if contains(head, b"application/vnd.oasis.opendocument") {
        return Err(InputError::NotASpreadsheet {
            file: file.to_string(),
            detected: FileKind::OpenDocumentText,
        });
    }
    // Entry names are stored uncompressed in local headers and the central directory.
    if contains(bytes, b"xl/workbook.bin") {
        return Err(InputError::UnsupportedSpreadsheet {
            file: file.to_string(),
            format: SheetFormat::Xlsb,
        });
    }
    if contains(bytes, b"word/document.xml") {
        return Err(InputError::NotASpreadsheet {
            file: file.to_string(),
            detected: FileKind::Docx,
        });
    }
    if contains(bytes, b"ppt/presentation.xml") {
        return Err(InputError::NotASpreadsheet {
            file: file.to_string(),
            detected: FileKind::Pptx,
        });
    }
    // Everything else goes to the XLSX reader, which reports a corrupt or non-workbook zip precisely.
    Ok(Sniffed::Workbook(Format::Xlsx))
}

/// HTML tables and SpreadsheetML 2003 XML, both of which ERPs name `.xls`.
fn markup_spreadsheet(bytes: &[u8]) -> Option<SheetFormat> {
    let head: Vec<u8> = bytes
        .iter()
        .take(1024)
        .filter(|b| **b != 0)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF)
        .unwrap_or(head.len());
    let head = &head[start..];
    if head.starts_with(b"<?xml") && contains(head, b"urn:schemas-microsoft-com:office:spreadsheet")
    {
        return Some(SheetFormat::Xml2003);
    }
    if head.starts_with(b"<!doctype html")
        || head.starts_with(b"<html")
        || head.starts_with(b"<table")
        || (head.starts_with(b"<?xml") && contains(head, b"<html"))
    {
        return Some(SheetFormat::Html);
    }
    None
}

fn utf16le(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect()
}

/// Naive substring search; the needles are short and files are capped at `max_bytes`.
pub(crate) fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    if needle.is_empty() || needle.len() > haystack.len() {
        return needle.is_empty();
    }
    let first = needle[0];
    haystack
        .iter()
        .enumerate()
        .take(haystack.len() - needle.len() + 1)
        .any(|(i, b)| *b == first && &haystack[i..i + needle.len()] == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contains_finds_needles_at_edges() {
        assert!(contains(b"abcdef", b"abc"));
        assert!(contains(b"abcdef", b"def"));
        assert!(!contains(b"abcdef", b"deg"));
        assert!(!contains(b"ab", b"abc"));
    }

    #[test]
    fn html_export_named_xls_is_refused_with_save_as_advice() {
        let err = sniff("x.xls", b"  <html><body><table><tr><td>a</td></tr></table>").unwrap_err();
        assert!(matches!(err, InputError::UnsupportedSpreadsheet { .. }));
        assert!(err.to_string().contains("save as .xlsx or .csv"));
    }

    #[test]
    fn text_is_text() {
        assert_eq!(sniff("a.xlsx", b"Name\nAcme\n").unwrap(), Sniffed::Text);
    }
}
