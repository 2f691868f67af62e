//! What the words of company names and addresses mean: the domain knowledge that the supplier-file
//! reader, the matcher, the risk signals and list ingestion share, kept in one place so that two
//! crates never disagree about it.
//!
//! * [`country`] — country names and codes: recognise a country cell, reduce it to ISO alpha-2.
//! * [`ids`] — registration and tax numbers: USCC, INN, OGRN, LEI; validation and what a USCC says
//!   about where a company was registered.
//! * [`legal`] — legal forms ("Co., Ltd.", "GmbH", "OOO", "S.A. de C.V.", "有限公司") and their families.
//! * [`text`] — script tests (is this a Han character?) and the plain ASCII fold of short values.
//! * [`translit`] — transliteration to ASCII (deunicode's, for the scripts names are written in).
//! * [`numbers`] — how counts and sizes are written in messages.
//!
//! Pure data and pure functions: no IO, compiles natively and to wasm32.

pub mod country;
pub mod ids;
pub mod legal;
pub mod numbers;
pub mod text;
pub mod translit;
