//! Parsers for the agencies' official list files, turning each into the engine's list model.
//!
//! One module per official format:
//! * [`uflpa`] — the DHS UFLPA Entity List page (HTML tables) and its flattened CSV;
//! * [`cbp`] — CBP Withhold Release Orders and Findings (official CSV layout and the JSON extraction);
//! * [`csl`] — the trade.gov Consolidated Screening List CSV;
//! * [`ofac`] — OFAC's legacy sdn/alt/add/comments CSV files;
//! * [`ilab`] — the DOL/ILAB List of Goods (Sweat & Toil XML and CSV);
//! * [`nsfreg`] — the JSON extractions of the eCFR Entity/MEU lists, DPL, State lists and CMIC list.
//!
//! [`alias_table`] adds the names in other scripts that the project's own tables give for listed
//! entities (each row with its public source).
//!
//! [`text`] holds the shared cleanup (aliases written inside names, subsidiaries qualifiers,
//! swallowed addresses), and [`build`] assembles everything into one [`ListSet`](supplyscreen_lists::model::ListSet).
//! Every parser returns an [`IngestError`] naming the file, the line or record and the problem on
//! malformed input; none panics.

pub mod alias_table;
pub mod build;
pub mod cbp;
pub mod csl;
pub mod error;
pub mod identifiers;
pub mod ilab;
pub mod manifest;
pub mod nsfreg;
pub mod ofac;
pub mod refresh;
pub mod text;
pub mod uflpa;

pub use build::{build_from_manifest, build_list_set, BuildOptions};
pub use error::{IngestError, Location};
pub use manifest::Manifest;
