//! The list bundle: one binary file carrying every list, loaded once by the app's worker and the CLI.
//!
//! Layout (all integers little-endian):
//!
//! | bytes | content |
//! |---|---|
//! | 0..8 | magic `b"SSBUNDLE"` |
//! | 8..10 | format version (`u16`), [`FORMAT_VERSION`] |
//! | 10..42 | SHA-256 of the payload |
//! | 42.. | payload: a [`ListSet`] encoded with `postcard` |
//!
//! Why a header: a user may replace the bundle with one they built from fresher official files, and a
//! truncated download or a file from an older release must give a clear message, not garbage results.
//! Why postcard: compact (varints, no field names), deterministic (same `ListSet` gives the same bytes)
//! and small in wasm.

use crate::model::ListSet;
use sha2::{Digest, Sha256};

pub const MAGIC: &[u8; 8] = b"SSBUNDLE";
/// Bump whenever [`ListSet`] or anything inside it changes shape.
pub const FORMAT_VERSION: u16 = 3;
const HEADER_LEN: usize = 8 + 2 + 32;

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
pub fn encode(set: &ListSet) -> Result<Vec<u8>, BundleError> {
    let payload = postcard::to_allocvec(set).map_err(|e| BundleError::Encode(e.to_string()))?;
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&Sha256::digest(&payload));
    out.extend_from_slice(&payload);
    Ok(out)
}

/// Decodes bundle bytes, checking magic, version and checksum first.
pub fn decode(bytes: &[u8]) -> Result<ListSet, BundleError> {
    let payload = verified_payload(bytes)?;
    postcard::from_bytes(payload).map_err(|e| BundleError::Decode(e.to_string()))
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
                aliases: vec![Alias {
                    name: "Hoshine".into(),
                    kind: AliasKind::Aka,
                }],
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
