//! The list model: every source list, whatever its official format, is turned into these types.
//!
//! Why one model: the matcher, the app and the report must treat an OFAC SDN entry and a UFLPA entry
//! the same way (names to match, facts to show), while keeping what makes each list different (a WRO's
//! merchandise, an Entity List licence requirement, an SDN program) as optional fields.

use serde::{Deserialize, Serialize};
pub use supplyscreen_vocab::ids::Scheme;

/// The code every output (CSV, JSON, UI badges) uses for a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ListCode {
    DhsUflpa,
    CbpWro,
    BisEntity,
    BisMeu,
    BisDpl,
    BisUvl,
    StateIsn,
    StateDtc,
    OfacSdn,
    OfacCmic,
    DolIlab,
}

impl ListCode {
    pub const ALL: [ListCode; 11] = [
        ListCode::DhsUflpa,
        ListCode::CbpWro,
        ListCode::BisEntity,
        ListCode::BisMeu,
        ListCode::BisDpl,
        ListCode::BisUvl,
        ListCode::StateIsn,
        ListCode::StateDtc,
        ListCode::OfacSdn,
        ListCode::OfacCmic,
        ListCode::DolIlab,
    ];

    /// The stable lower-case code, e.g. `dhs_uflpa`.
    pub fn as_str(self) -> &'static str {
        match self {
            ListCode::DhsUflpa => "dhs_uflpa",
            ListCode::CbpWro => "cbp_wro",
            ListCode::BisEntity => "bis_entity",
            ListCode::BisMeu => "bis_meu",
            ListCode::BisDpl => "bis_dpl",
            ListCode::BisUvl => "bis_uvl",
            ListCode::StateIsn => "state_isn",
            ListCode::StateDtc => "state_dtc",
            ListCode::OfacSdn => "ofac_sdn",
            ListCode::OfacCmic => "ofac_cmic",
            ListCode::DolIlab => "dol_ilab",
        }
    }

    /// Parses a code as written by [`ListCode::as_str`].
    pub fn parse(s: &str) -> Option<ListCode> {
        ListCode::ALL
            .iter()
            .copied()
            .find(|c| c.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

impl std::fmt::Display for ListCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Facts about one list as a whole, shown in the app's "lists loaded" panel and in reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListInfo {
    pub code: ListCode,
    /// Human name, e.g. "UFLPA Entity List".
    pub name: String,
    /// Issuing agency, e.g. "U.S. Department of Homeland Security".
    pub agency: String,
    /// When the agency published this copy: ISO `YYYY-MM-DD` (or `YYYY-MM` when only the month is
    /// known). Where it comes from is [`ListInfo::as_of_from`].
    pub as_of: String,
    /// How `as_of` was found: `content` (a date the file itself carries, e.g. the UFLPA page's
    /// "Last Updated"), `last-modified` (the server's Last-Modified header) or `fetched` (neither: the
    /// fetch date).
    pub as_of_from: String,
    /// When the files were downloaded (ISO date), by `supplyscreen refresh` or, for the committed
    /// snapshots, by whoever took them (see each folder's PROVENANCE.md).
    pub fetched: String,
    /// The files this list was built from, with their SHA-256, as recorded in
    /// `data/sources/manifest.toml` (the report names them).
    pub files: Vec<SourceFile>,
    /// The official page where a user can check the list and download a fresh copy.
    pub source_url: String,
    /// Number of records of this list in the bundle (entities, or goods x country rows for `dol_ilab`).
    pub record_count: u32,
    /// Honest notes about the snapshot: drops, mismatched dates, records kept specially.
    pub notes: Vec<String>,
}

/// One file a list was built from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceFile {
    /// Path relative to the sources folder, e.g. `ofac/sdn.csv`.
    pub path: String,
    /// Hex SHA-256 of the file's bytes.
    pub sha256: String,
}

/// What kind of party an entry names. Matching treats people and organisations differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EntityKind {
    Organisation,
    Person,
    Vessel,
    Aircraft,
    /// A CBP order or finding that covers a whole region or country-wide product (not one company).
    RegionWideOrder,
    Unknown,
}

/// How an alternative name relates to the entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AliasKind {
    /// Also known as.
    Aka,
    /// Formerly known as.
    Fka,
    /// Now known as.
    Nka,
    /// OFAC's "weak" a.k.a. (a nickname or short form, not a reliable identifier on its own).
    WeakAka,
    /// A name written in another script or a translation given by the source.
    Translation,
    /// A name in another script from the project's cross-script alias table
    /// (`data/sources/zh_aliases/aliases.csv`), not from the list itself: `Alias::source` says
    /// where it was published (a URL, a dictionary citation, or the list file that gives it).
    CrossScript,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alias {
    pub name: String,
    pub kind: AliasKind,
    /// For [`AliasKind::CrossScript`]: the public source of the name (URL or citation). `None` for
    /// the names a list gives itself.
    pub source: Option<String>,
}

impl Alias {
    /// An alias the list itself gives (no outside source).
    pub fn listed(name: impl Into<String>, kind: AliasKind) -> Alias {
        Alias {
            name: name.into(),
            kind,
            source: None,
        }
    }
}

/// A registration or tax number a list gives for a party.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identifier {
    /// The scheme, inferred from the value's shape and country ([`supplyscreen_vocab::ids::check`]):
    /// USCC, INN, OGRN, LEI, or [`Scheme::Other`] for a number of no scheme supplyscreen checks.
    pub scheme: Scheme,
    /// The type as the list words it: "Tax ID No.", "Registration Number", "USCC".
    pub label: String,
    /// Normalised as supplier numbers are ([`supplyscreen_vocab::ids::normalise`]): upper case,
    /// no spaces, hyphens, dots or slashes.
    pub value: String,
    /// The country the list gives with the number ("Russia", "China"), if any.
    pub country: Option<String>,
}

/// One listed party.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id, unique across the bundle: `<list code>:<source id or slug>`, e.g. `ofac_sdn:306`.
    pub id: String,
    pub list: ListCode,
    pub kind: EntityKind,
    /// The primary name, cleaned of parse defects (no trailing "a.k.a.", no address text).
    pub name: String,
    pub aliases: Vec<Alias>,
    /// Country names as the source gives them (e.g. "China", "Russia").
    pub countries: Vec<String>,
    pub addresses: Vec<String>,
    /// Sanctions programs or legal bases, e.g. `GLOMAG`, `CMIC-EO13959`, `UFLPA 2(d)(2)(B)(v)`.
    pub programs: Vec<String>,
    /// Federal Register citation(s) or equivalent, e.g. "84 FR 54004, 10/9/19".
    pub citation: Option<String>,
    /// Effective or listing date, ISO `YYYY-MM-DD` where the source gives one.
    pub effective_date: Option<String>,
    /// Link to the official source for this entry (or the list's page).
    pub source_url: Option<String>,
    pub remarks: Option<String>,
    /// BIS: the licence requirement column.
    pub license_requirement: Option<String>,
    /// CBP WRO / Finding: the merchandise covered.
    pub merchandise: Option<String>,
    /// Status as the source gives it (e.g. "Active", "Partially Modified").
    pub status: Option<String>,
    /// Registration and tax numbers the list gives for the party (OFAC remarks: "Tax ID No.
    /// 7707083893 (Russia)", "Unified Social Credit Code (USCC) 91110000100014071Q (China)"), parsed at
    /// ingest. A supplier whose number equals one of these is a hit whatever its name.
    #[serde(default)]
    pub identifiers: Vec<Identifier>,
    /// The listing extends to subsidiaries / subordinate entities ("and its subsidiaries").
    pub extends_to_subsidiaries: bool,
    /// The source had aliases for this id but no primary record (OFAC snapshot date mismatch): the
    /// primary name is the first alias, and the UI should say so.
    pub primary_record_missing: bool,
}

impl Entity {
    /// The primary name followed by every alias.
    pub fn all_names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(|a| a.name.as_str()))
    }
}

/// One row of the DOL/ILAB List of Goods: a product-risk signal, not a party.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoodsRisk {
    pub good: String,
    pub sector: String,
    pub country: String,
    pub child_labor: bool,
    pub forced_labor: bool,
    pub forced_child_labor: bool,
    /// ILAB's "derived" flag: the good is on the list because an input to it (e.g. cobalt in
    /// lithium-ion batteries) is produced with child or forced labour, possibly in another country.
    pub derived_labor_exploitation: bool,
    /// The country where the input's labour exploitation occurs, when ILAB names one.
    pub derived_from_country: Option<String>,
}

/// Everything the app and CLI screen against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListSet {
    /// When the bundle was built from its sources (ISO date of the newest source, for reproducibility —
    /// not the wall clock, so the same inputs give the same bytes).
    pub built_from: String,
    pub lists: Vec<ListInfo>,
    pub entities: Vec<Entity>,
    pub goods: Vec<GoodsRisk>,
}

impl ListSet {
    pub fn list(&self, code: ListCode) -> Option<&ListInfo> {
        self.lists.iter().find(|l| l.code == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_codes_round_trip() {
        for code in ListCode::ALL {
            assert_eq!(ListCode::parse(code.as_str()), Some(code));
        }
        assert_eq!(ListCode::parse(" DHS_UFLPA "), Some(ListCode::DhsUflpa));
        assert_eq!(ListCode::parse("uflpa"), None);
    }
}
