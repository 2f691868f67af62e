//! The list bundle: one binary file carrying every list, loaded once by the app's worker and the CLI.
//!
//! Layout (all integers little-endian):
//!
//! | bytes | content |
//! |---|---|
//! | 0..8 | magic `b"SSBUNDLE"` |
//! | 8..10 | format version (`u16`), [`FORMAT_VERSION`] |
//! | 10..42 | SHA-256 of the payload |
//! | 42.. | payload: one Zstandard frame (content size in its header) of the body |
//!
//! The body is the [`ListSet`] laid out by column with its short repeated strings interned
//! (`columns`), encoded with `postcard`. The decoded model is the same `ListSet` as ever:
//! the layout is an encoding, nothing downstream sees it.
//!
//! Why a header: a user may replace the bundle with one they built from fresher official files, and a
//! truncated download or a file from an older release must give a clear message, not garbage results.
//! Why columns and Zstandard: the lists are mostly names, aliases and addresses, and the same field
//! across all entities compresses far better than entity after entity; Zstandard at its highest level
//! with a window over the whole body takes the body to about two thirds of what gzip -9 makes of it,
//! and its pure-Rust decoder (`ruzstd`) is small in wasm. The host's own gzip then gains nothing,
//! which is fine. Why postcard: compact (varints, no field names), deterministic (same body gives
//! the same bytes) and small in wasm. Encoding is native only (the C zstd library, level 19, single
//! thread: the same set gives the same bytes); decoding runs everywhere.

use crate::columns;
use crate::model::ListSet;
use sha2::{Digest, Sha256};

pub const MAGIC: &[u8; 8] = b"SSBUNDLE";
/// Bump whenever [`ListSet`] or anything inside it changes shape.
pub const FORMAT_VERSION: u16 = 6;
const HEADER_LEN: usize = 8 + 2 + 32;
/// The largest body a bundle may declare (the real one is about 5 MB): a forged size cannot make
/// the decoder reserve gigabytes.
const MAX_BODY_BYTES: u64 = 64 << 20;
/// Zstandard level for [`encode`]: the highest of the normal levels; encoding takes a few seconds,
/// once per build, and decoding is no slower for it.
#[cfg(not(target_arch = "wasm32"))]
const ZSTD_LEVEL: i32 = 19;

/// Why a bundle could not be read. Each message says what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum BundleError {
    TooShort { len: usize },
    BadMagic,
    UnsupportedVersion { found: u16 },
    ChecksumMismatch,
    Decode(String),
    Encode(String),
}

impl std::fmt::Display for BundleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BundleError::TooShort { len } => write!(
                f,
                "the list bundle is only {len} bytes long, shorter than its header: the file is truncated; \
                 download it again or rebuild it with `supplyscreen build-lists`"
            ),
            BundleError::BadMagic => write!(
                f,
                "this file is not a supplyscreen list bundle (it does not start with SSBUNDLE); \
                 build one with `supplyscreen build-lists`"
            ),
            BundleError::UnsupportedVersion { found } => write!(
                f,
                "the list bundle has format version {found}, but this version of supplyscreen reads version \
                 {FORMAT_VERSION}; rebuild the bundle with the matching `supplyscreen build-lists`"
            ),
            BundleError::ChecksumMismatch => write!(
                f,
                "the list bundle's checksum does not match its content: the file is damaged or truncated; \
                 download it again or rebuild it with `supplyscreen build-lists`"
            ),
            BundleError::Decode(e) => write!(
                f,
                "the list bundle passed its checksum but could not be decoded ({e}); it was probably written \
                 by an incompatible build: rebuild it with `supplyscreen build-lists`"
            ),
            BundleError::Encode(e) => write!(f, "could not encode the list bundle: {e}"),
        }
    }
}

impl std::error::Error for BundleError {}

/// Encodes a list set into bundle bytes. Deterministic: the same `ListSet` always gives the same bytes.
/// Native only (the compressor is the C zstd library).
#[cfg(not(target_arch = "wasm32"))]
pub fn encode(set: &ListSet) -> Result<Vec<u8>, BundleError> {
    let body = columns::encode(set).map_err(BundleError::Encode)?;
    let body = postcard::to_allocvec(&body).map_err(|e| BundleError::Encode(e.to_string()))?;
    let payload = compress(&body).map_err(|e| BundleError::Encode(format!("zstd: {e}")))?;
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&Sha256::digest(&payload));
    out.extend_from_slice(&payload);
    Ok(out)
}

#[cfg(not(target_arch = "wasm32"))]
fn compress(body: &[u8]) -> std::io::Result<Vec<u8>> {
    use std::io::Write;
    let mut enc = zstd::stream::Encoder::new(Vec::new(), ZSTD_LEVEL)?;
    // A window over the whole body (capped at 64 MiB, the decoder's limit) and long-distance
    // matching: an address or alias repeated far apart still costs a few bytes.
    let window_log = (64 - (body.len().max(1) as u64 - 1).leading_zeros()).clamp(10, 26);
    enc.window_log(window_log)?;
    enc.long_distance_matching(true)?;
    enc.include_checksum(false)?;
    enc.include_contentsize(true)?;
    enc.set_pledged_src_size(Some(body.len() as u64))?;
    enc.write_all(body)?;
    enc.finish()
}

/// Decodes bundle bytes, checking magic, version and checksum first.
pub fn decode(bytes: &[u8]) -> Result<ListSet, BundleError> {
    let payload = verified_payload(bytes)?;
    let body = decompress(payload).map_err(BundleError::Decode)?;
    let body: columns::Body =
        postcard::from_bytes(&body).map_err(|e| BundleError::Decode(e.to_string()))?;
    columns::decode(body).map_err(BundleError::Decode)
}

fn decompress(payload: &[u8]) -> Result<Vec<u8>, String> {
    use ruzstd::decoding::FrameDecoder;
    let mut frame = FrameDecoder::new();
    let mut header = payload;
    frame
        .init(&mut header)
        .map_err(|e| format!("zstd frame: {e}"))?;
    let size = frame.content_size();
    if size > MAX_BODY_BYTES {
        return Err(format!(
            "the body declares {size} bytes, more than the {MAX_BODY_BYTES} a bundle may hold"
        ));
    }
    let mut body = Vec::with_capacity(size as usize);
    frame
        .decode_all_to_vec(payload, &mut body)
        .map_err(|e| format!("zstd: {e}"))?;
    if body.len() as u64 != size {
        return Err(format!(
            "the body has {} bytes, its frame declares {size}",
            body.len()
        ));
    }
    Ok(body)
}

/// The hex SHA-256 of the whole bundle file, for reports ("screened against bundle 3f2a…").
pub fn fingerprint(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn verified_payload(bytes: &[u8]) -> Result<&[u8], BundleError> {
    if bytes.len() >= MAGIC.len() && &bytes[..MAGIC.len()] != MAGIC {
        return Err(BundleError::BadMagic);
    }
    if bytes.len() < HEADER_LEN {
        return Err(BundleError::TooShort { len: bytes.len() });
    }
    let version = u16::from_le_bytes([bytes[8], bytes[9]]);
    if version != FORMAT_VERSION {
        return Err(BundleError::UnsupportedVersion { found: version });
    }
    let payload = &bytes[HEADER_LEN..];
    if Sha256::digest(payload).as_slice() != &bytes[10..HEADER_LEN] {
        return Err(BundleError::ChecksumMismatch);
    }
    Ok(payload)
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn sample() -> ListSet {
        ListSet {
            built_from: "2026-07-09".into(),
            lists: vec![ListInfo {
                code: ListCode::DhsUflpa,
                name: "UFLPA Entity List".into(),
                agency: "U.S. Department of Homeland Security".into(),
                as_of: "2025-01-14".into(),
                as_of_from: "content".into(),
                fetched: "2026-07-09".into(),
                files: vec![SourceFile {
                    path: "dhs_uflpa/page.html".into(),
                    sha256: "ab".repeat(32),
                }],
                source_url: "https://www.dhs.gov/uflpa-entity-list".into(),
                record_count: 1,
                notes: vec![],
            }],
            entities: vec![Entity {
                id: "dhs_uflpa:hoshine".into(),
                list: ListCode::DhsUflpa,
                kind: EntityKind::Organisation,
                name: "Hoshine Silicon Industry Co., Ltd.".into(),
                aliases: vec![
                    Alias::listed("Hoshine", AliasKind::Aka),
                    Alias {
                        name: "合盛硅业股份有限公司".into(),
                        kind: AliasKind::CrossScript,
                        source: Some("https://example.org/hoshine".into()),
                    },
                ],
                countries: vec!["China".into()],
                addresses: vec![],
                programs: vec![],
                citation: None,
                effective_date: Some("2023-06-09".into()),
                source_url: None,
                remarks: None,
                license_requirement: None,
                merchandise: None,
                status: None,
                extends_to_subsidiaries: true,
                identifiers: Vec::new(),
                primary_record_missing: false,
            }],
            goods: vec![],
        }
    }

    #[test]
    fn round_trips_and_is_deterministic() {
        let set = sample();
        let a = encode(&set).unwrap();
        assert_eq!(a, encode(&set).unwrap());
        assert_eq!(decode(&a).unwrap(), set);
    }

    #[test]
    fn rejects_damaged_bundles_with_specific_errors() {
        let good = encode(&sample()).unwrap();
        assert_eq!(decode(b"SSB"), Err(BundleError::TooShort { len: 3 }));
        assert_eq!(
            decode(b"PK\x03\x04 this is a zip"),
            Err(BundleError::BadMagic)
        );
        let mut v = good.clone();
        v[8] = 99;
        assert_eq!(
            decode(&v),
            Err(BundleError::UnsupportedVersion { found: 99 })
        );
        let mut c = good.clone();
        let last = c.len() - 1;
        c[last] ^= 1;
        assert_eq!(decode(&c), Err(BundleError::ChecksumMismatch));
        assert_eq!(
            decode(&good[..good.len() - 5]),
            Err(BundleError::ChecksumMismatch)
        );
        assert!(BundleError::ChecksumMismatch
            .to_string()
            .contains("build-lists"));
    }
}
