//! Turns the bytes of a text export into a `str`, guessing the encoding the way a careful human would.
//!
//! Order matters: a byte-order mark is proof; BOM-less UTF-16 shows itself by a NUL in every other byte;
//! valid UTF-8 is almost never an accident; Chinese Windows Excel saves "CSV" as GBK, whose bytes come
//! in high-high pairs; everything else is taken as Windows-1252, the Western Excel default (which, unlike
//! ISO-8859-1, has the euro sign and curly quotes that ERP exports are full of).

use std::borrow::Cow;

use encoding_rs::{Encoding, GBK, UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::error::{FileKind, InputError};

#[derive(Debug)]
/// Decoded text plus the name of the encoding it was read as (shown to the user).
pub(crate) struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub encoding: &'static str,
}

/// How many leading bytes the heuristics look at: enough for dozens of rows, cheap on a 60 MB file.
const SAMPLE: usize = 64 * 1024;

pub(crate) fn decode<'a>(file: &str, bytes: &'a [u8]) -> Result<Decoded<'a>, InputError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok(utf8_or_lossy(rest, "UTF-8 (with BOM)"));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok(decode_with(UTF_16LE, rest, "UTF-16LE (with BOM)"));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok(decode_with(UTF_16BE, rest, "UTF-16BE (with BOM)"));
    }
    if let Some(enc) = bomless_utf16(bytes) {
        let name = if enc == UTF_16LE {
            "UTF-16LE (no BOM)"
        } else {
            "UTF-16BE (no BOM)"
        };
        return Ok(decode_with(enc, bytes, name));
    }
    if looks_binary(bytes) {
        return Err(InputError::NotASpreadsheet {
            file: file.to_string(),
            detected: FileKind::Binary,
        });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: Cow::Borrowed(text),
            encoding: "UTF-8",
        });
    }
    if looks_gbk(bytes) {
        if let Some(text) = GBK.decode_without_bom_handling_and_without_replacement(bytes) {
            return Ok(Decoded {
                text,
                encoding: "GBK",
            });
        }
    }
    Ok(decode_with(WINDOWS_1252, bytes, "Windows-1252"))
}

/// The encoding of a text file read as a stream, decided from its first bytes (`head`) by the same
/// tests as [`decode`]: the encoding, its name as shown, and the length of the byte-order mark to
/// skip. Where [`decode`] can look at the whole file, this looks at the head only: a file whose
/// head is valid UTF-8 is read as UTF-8 (a bad byte further on becomes U+FFFD), and GBK text with a
/// bad sequence further on is not retried as Windows-1252.
pub(crate) fn stream_encoding(
    file: &str,
    head: &[u8],
) -> Result<(&'static Encoding, &'static str, usize), InputError> {
    if head.starts_with(b"\xEF\xBB\xBF") {
        return Ok((encoding_rs::UTF_8, "UTF-8 (with BOM)", 3));
    }
    if head.starts_with(b"\xFF\xFE") {
        return Ok((UTF_16LE, "UTF-16LE (with BOM)", 2));
    }
    if head.starts_with(b"\xFE\xFF") {
        return Ok((UTF_16BE, "UTF-16BE (with BOM)", 2));
    }
    if let Some(enc) = bomless_utf16(head) {
        let name = if enc == UTF_16LE {
            "UTF-16LE (no BOM)"
        } else {
            "UTF-16BE (no BOM)"
        };
        return Ok((enc, name, 0));
    }
    if looks_binary(head) {
        return Err(InputError::NotASpreadsheet {
            file: file.to_string(),
            detected: FileKind::Binary,
        });
    }
    match std::str::from_utf8(head) {
        // A multi-byte character cut at the end of the head is still UTF-8.
        Ok(_) => return Ok((encoding_rs::UTF_8, "UTF-8", 0)),
        Err(e) if e.error_len().is_none() => return Ok((encoding_rs::UTF_8, "UTF-8", 0)),
        Err(_) => {}
    }
    if looks_gbk(head) {
        return Ok((GBK, "GBK", 0));
    }
    Ok((WINDOWS_1252, "Windows-1252", 0))
}

/// After a UTF-8 BOM the rest should be UTF-8; if it is not, keep going with replacement characters
/// rather than refusing the whole list over one bad byte.
fn utf8_or_lossy<'a>(bytes: &'a [u8], name: &'static str) -> Decoded<'a> {
    Decoded {
        text: String::from_utf8_lossy(bytes),
        encoding: name,
    }
}

fn decode_with<'a>(enc: &'static Encoding, bytes: &'a [u8], name: &'static str) -> Decoded<'a> {
    let (text, _had_errors) = enc.decode_without_bom_handling(bytes);
    Decoded {
        text,
        encoding: name,
    }
}

/// BOM-less UTF-16: Latin text has a NUL in every high byte. Requires a clear majority on one side
/// and almost none on the other, so binary files with scattered NULs do not qualify.
fn bomless_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(SAMPLE) & !1];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    if odd * 10 >= pairs * 4 && even * 50 <= pairs {
        Some(UTF_16LE)
    } else if even * 10 >= pairs * 4 && odd * 50 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// NUL bytes, or more than a few percent of C0 control codes other than tab/CR/LF/FF, mean binary.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(SAMPLE)];
    if sample.contains(&0) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|b| **b < 0x20 && !matches!(**b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1A))
        .count();
    controls * 20 > sample.len().max(1)
}

/// GBK/GB2312 text: nearly every non-ASCII byte belongs to a high-high pair (both bytes >= 0xA1 for the
/// common hanzi), whereas Windows-1252 accents ("Müller", "Nestlé") are lone high bytes among ASCII.
fn looks_gbk(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(SAMPLE)];
    let (mut high, mut paired) = (0usize, 0usize);
    let mut i = 0;
    while i < sample.len() {
        let b = sample[i];
        if b >= 0x80 {
            if (0x81..=0xFE).contains(&b) && i + 1 < sample.len() && sample[i + 1] >= 0xA1 {
                high += 2;
                paired += 2;
                i += 2;
                continue;
            }
            high += 1;
        }
        i += 1;
    }
    high >= 4 && paired * 10 >= high * 9
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_accents_are_not_mistaken_for_gbk() {
        let bytes = b"Soci\xe9t\xe9 G\xe9n\xe9rale\nM\xfcller GmbH\nNestl\xe9\n";
        let d = decode("a.csv", bytes).unwrap();
        assert_eq!(d.encoding, "Windows-1252");
        assert!(d.text.contains("Société Générale"));
    }

    #[test]
    fn gbk_chinese_names_decode() {
        let (bytes, _, _) = GBK.encode("供应商名称,国家\n合盛硅业股份有限公司,中国\n");
        let d = decode("a.csv", &bytes).unwrap();
        assert_eq!(d.encoding, "GBK");
        assert!(d.text.contains("合盛硅业股份有限公司"));
    }

    #[test]
    fn bomless_utf16_both_orders() {
        let le: Vec<u8> = "Name\r\nAcme\r\n"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        let be: Vec<u8> = "Name\r\nAcme\r\n"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        assert_eq!(decode("a", &le).unwrap().encoding, "UTF-16LE (no BOM)");
        assert_eq!(decode("a", &be).unwrap().text, "Name\r\nAcme\r\n");
    }

    #[test]
    fn nul_bytes_mean_binary() {
        let err = decode("a.csv", b"abc\x00\x01\x02def\x00\x00\x00\x00\x00ghi").unwrap_err();
        assert!(matches!(err, InputError::NotASpreadsheet { .. }));
    }
}
