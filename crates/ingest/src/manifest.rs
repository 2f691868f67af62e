//! `data/sources/manifest.toml`: which files feed each list, in which format, their SHA-256 and
//! dates, and where `supplyscreen refresh` fetches each list from.
//!
//! Why a manifest: a refresh must not mean editing Rust. `build-lists` reads only the files the
//! manifest names (and checks their SHA-256, so a file changed by hand is caught), and `refresh`
//! rewrites the manifest once every fetched file has passed its checks.
//!
//! Layout (one `[[list]]` per list code):
//!
//! ```toml
//! [[list]]
//! code = "ofac_sdn"            # the list code (ListCode::as_str)
//! format = "ofac_legacy"       # the parser build-lists uses for the files below
//! as_of = "2024-05-03"         # when the agency published this copy
//! as_of_from = "fetched"       # content | last-modified | fetched: how as_of was found
//! fetched = "2025-12-24"       # when the files were downloaded
//! notes = ["..."]              # facts about this snapshot, shown with the list
//!
//! [[list.file]]                # the files build-lists reads now
//! role = "prim"                # what the parser uses the file for
//! path = "ofac/sdn_2024-05-03.csv"
//! sha256 = "..."
//!
//! [list.refresh]               # where refresh fetches the list (absent: the list is not refreshed)
//! format = "ofac_legacy"       # the format of the fetched files (becomes the list's format)
//! [[list.refresh.source]]
//! role = "prim"
//! url = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV"
//! path = "ofac/sdn.csv"        # where refresh writes it, relative to the sources folder
//! fixture = "data/sources/ofac/sdn_2024-05-03.csv"   # the official-format file tests serve for url
//! ```
//!
//! A source with `link = "..."` is a page whose first `.csv` link containing that text is the file
//! (CBP publishes its CSV under a new name at every update); the plan then lists the page and the
//! linked file.

use crate::error::{IngestError, Location, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use supplyscreen_lists::model::ListCode;

/// The manifest's file name inside the sources folder.
pub const FILE_NAME: &str = "manifest.toml";

/// The parsers `build-lists` knows, one per official (or extracted) file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// The DHS UFLPA Entity List page (HTML tables); role `page`, optional `flat_csv` to check.
    UflpaHtml,
    /// CBP's WRO/Findings CSV export; role `csv`.
    CbpCsv,
    /// The nsfreg JSON extraction of CBP's CSV; role `json`.
    CbpNsfreg,
    /// The trade.gov Consolidated Screening List CSV; role `csv` (the list's rows by `source`).
    Csl,
    /// nsfreg JSON extractions (BIS Entity/MEU/DPL, State ISN; State DTC has roles `statutory`
    /// and `administrative`); role `json`.
    Nsfreg,
    /// OFAC's legacy CSV files; roles `prim`, `alt`, `add`, `comments` (and, for the non-SDN list,
    /// an optional `cmic_json` nsfreg extraction of the CMIC PDF to merge).
    OfacLegacy,
    /// The DOL/ILAB Sweat & Toil goods XML; role `xml`, optional `flat_csv` to check.
    IlabXml,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::UflpaHtml => "uflpa_html",
            Format::CbpCsv => "cbp_csv",
            Format::CbpNsfreg => "cbp_nsfreg",
            Format::Csl => "csl",
            Format::Nsfreg => "nsfreg",
            Format::OfacLegacy => "ofac_legacy",
            Format::IlabXml => "ilab_xml",
        }
    }

    /// What a fetched file of this format must not be: an HTML page (an error page or a login
    /// wall served where a data file is due). The UFLPA list *is* a page.
    pub fn expects_html(self) -> bool {
        self == Format::UflpaHtml
    }
}

/// What a file is used for by its list's parser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Page,
    FlatCsv,
    Csv,
    Json,
    Statutory,
    Administrative,
    Prim,
    Alt,
    Add,
    Comments,
    CmicJson,
    Xml,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Page => "page",
            Role::FlatCsv => "flat_csv",
            Role::Csv => "csv",
            Role::Json => "json",
            Role::Statutory => "statutory",
            Role::Administrative => "administrative",
            Role::Prim => "prim",
            Role::Alt => "alt",
            Role::Add => "add",
            Role::Comments => "comments",
            Role::CmicJson => "cmic_json",
            Role::Xml => "xml",
        }
    }
}

/// How a list's as-of date was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AsOfFrom {
    /// A date the file itself carries (the UFLPA page's "Last Updated").
    #[serde(rename = "content")]
    Content,
    /// The server's Last-Modified header.
    #[serde(rename = "last-modified")]
    LastModified,
    /// Neither: the date the file was fetched.
    #[serde(rename = "fetched")]
    Fetched,
}

impl AsOfFrom {
    pub fn as_str(self) -> &'static str {
        match self {
            AsOfFrom::Content => "content",
            AsOfFrom::LastModified => "last-modified",
            AsOfFrom::Fetched => "fetched",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    #[serde(rename = "list")]
    pub lists: Vec<ListEntry>,
    /// Names for listed entities from outside the lists ([`crate::alias_table`]), applied after
    /// every list is built. `refresh` keeps them as they are.
    #[serde(rename = "alias_table", default, skip_serializing_if = "Vec::is_empty")]
    pub alias_tables: Vec<AliasTableEntry>,
}

/// One cross-script alias table: a CSV in the sources folder, checked by SHA-256 like a list file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AliasTableEntry {
    pub path: String,
    pub sha256: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListEntry {
    pub code: String,
    pub format: Format,
    pub as_of: String,
    pub as_of_from: AsOfFrom,
    pub fetched: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(rename = "file")]
    pub files: Vec<FileEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh: Option<Refresh>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    pub role: Role,
    pub path: String,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Refresh {
    pub format: Format,
    /// How sure we are of the URLs, and where they were confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(rename = "source")]
    pub sources: Vec<RefreshSource>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RefreshSource {
    pub role: Role,
    pub url: String,
    /// Where refresh writes the file, relative to the sources folder.
    pub path: String,
    /// The file (from the repository root) in the same official format that the project's tests
    /// serve for `url`: a committed snapshot or a fixture derived from one.
    pub fixture: String,
    /// `url` is a page; the file is its first `.csv` link whose target contains this text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// With `link`: the file (from the repository root) the tests serve for the linked URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_fixture: Option<String>,
}

const HEADER: &str = "\
# Which files feed each list, their SHA-256 and dates, and where `supplyscreen refresh` fetches
# each list from. Read by `supplyscreen build-lists`; rewritten by `supplyscreen refresh` after a
# successful refresh (so edit notes here, not in a refreshed copy). Paths are relative to this
# folder, except `fixture` (relative to the repository root). Layout: crates/ingest/src/manifest.rs.

";

impl Manifest {
    /// Reads `manifest.toml` from the sources folder and checks it (known list codes, each once,
    /// the roles each format needs).
    pub fn load(sources: &Path) -> Result<Manifest> {
        let path = sources.join(FILE_NAME);
        let text = std::fs::read_to_string(&path).map_err(|e| IngestError::io(&path, e))?;
        Manifest::parse(&path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Manifest> {
        let m: Manifest = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() as u64 + 1);
            IngestError::manifest(
                path,
                format!(
                    "{}: not a valid manifest: {}",
                    line.map_or(Location::Whole, Location::Line),
                    e.message()
                ),
            )
        })?;
        m.check(path)?;
        Ok(m)
    }

    fn check(&self, path: &Path) -> Result<()> {
        let bad = |msg: String| Err(IngestError::manifest(path, msg));
        let mut seen = Vec::new();
        for l in &self.lists {
            let Some(code) = ListCode::parse(&l.code) else {
                return bad(format!(
                    "unknown list code {:?} (known: {})",
                    l.code,
                    ListCode::ALL.map(|c| c.as_str()).join(", ")
                ));
            };
            if seen.contains(&code) {
                return bad(format!("list {code} is listed twice"));
            }
            seen.push(code);
            let roles: Vec<Role> = l.files.iter().map(|f| f.role).collect();
            if let Err(e) = check_roles(code, l.format, &roles) {
                return bad(format!("list {code}: {e}"));
            }
            if let Some(r) = &l.refresh {
                let roles: Vec<Role> = r.sources.iter().map(|s| s.role).collect();
                if let Err(e) = check_roles(code, r.format, &roles) {
                    return bad(format!("list {code}, [list.refresh]: {e}"));
                }
            }
        }
        for code in ListCode::ALL {
            if !seen.contains(&code) {
                return bad(format!("list {code} is missing"));
            }
        }
        Ok(())
    }

    /// The manifest as TOML, with its explanatory header.
    pub fn to_toml(&self) -> String {
        let body = toml::to_string(self).expect("the manifest types always serialise");
        format!("{HEADER}{body}")
    }

    pub fn list(&self, code: ListCode) -> Option<&ListEntry> {
        self.lists.iter().find(|l| l.code == code.as_str())
    }

    pub fn list_mut(&mut self, code: ListCode) -> Option<&mut ListEntry> {
        self.lists.iter_mut().find(|l| l.code == code.as_str())
    }
}

/// The roles a format needs (all required ones present, none unknown, none twice).
pub fn check_roles(
    code: ListCode,
    format: Format,
    roles: &[Role],
) -> std::result::Result<(), String> {
    use Role::*;
    let (required, optional): (&[Role], &[Role]) = match format {
        Format::UflpaHtml => (&[Page], &[FlatCsv]),
        Format::CbpCsv | Format::Csl => (&[Csv], &[]),
        Format::CbpNsfreg => (&[Json], &[]),
        Format::Nsfreg if code == ListCode::StateDtc => (&[Statutory, Administrative], &[]),
        Format::Nsfreg => (&[Json], &[]),
        Format::OfacLegacy => (&[Prim, Alt, Add, Comments], &[CmicJson]),
        Format::IlabXml => (&[Xml], &[FlatCsv]),
    };
    for r in required {
        if !roles.contains(r) {
            return Err(format!(
                "format {} needs a file with role {}",
                format.as_str(),
                r.as_str()
            ));
        }
    }
    for (i, r) in roles.iter().enumerate() {
        if !required.contains(r) && !optional.contains(r) {
            return Err(format!(
                "format {} has no role {}",
                format.as_str(),
                r.as_str()
            ));
        }
        if roles[..i].contains(r) {
            return Err(format!("role {} is given twice", r.as_str()));
        }
    }
    Ok(())
}

impl ListEntry {
    /// The path of the file with `role`, under `sources`.
    pub fn file(&self, sources: &Path, role: Role) -> Option<PathBuf> {
        self.files
            .iter()
            .find(|f| f.role == role)
            .map(|f| sources.join(&f.path))
    }
}

/// Hex SHA-256 of bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// Reads `path` and compares its SHA-256 with the one the manifest records; the error says
/// "SHA-256 is X, but manifest.toml records Y for <what()>".
fn check_sha256(path: &Path, recorded: &str, what: impl FnOnce() -> String) -> Result<()> {
    let bytes = std::fs::read(path).map_err(|e| IngestError::io(path, e))?;
    let got = sha256_hex(&bytes);
    if got == recorded {
        return Ok(());
    }
    Err(IngestError::manifest(
        path,
        format!(
            "SHA-256 is {got}, but {FILE_NAME} records {recorded} for {}",
            what()
        ),
    ))
}

/// Checks every file the manifest names exists and has the SHA-256 it records.
pub fn verify_files(sources: &Path, m: &Manifest) -> Result<()> {
    for l in &m.lists {
        for f in &l.files {
            check_sha256(&sources.join(&f.path), &f.sha256, || {
                format!(
                    "list {}: the file was changed outside `supplyscreen refresh`; restore it from \
                     git, or record the new SHA-256 in {FILE_NAME} together with its as-of date and \
                     PROVENANCE.md",
                    l.code
                )
            })?;
        }
    }
    for t in &m.alias_tables {
        check_sha256(&sources.join(&t.path), &t.sha256, || {
            format!(
                "this alias table: after editing the table (and its PROVENANCE.md), record the new \
                 SHA-256 in {FILE_NAME}"
            )
        })?;
    }
    Ok(())
}
