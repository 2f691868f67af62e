//! The fuzzy name matcher: finds which listed entities a supplier name may be, and says why.
//!
//! * [`normalize`] — a name in any script to ASCII tokens: transliteration, legal forms, abbreviations.
//! * `index` — the candidate index over every listed name (word postings, typo and skeleton keys).
//! * `score` — aligns the words of two names and scores the alignment.
//! * [`screen`] — the public face: [`screen::Screener`] builds the index once and screens names.
//! * [`explain`] — the word-by-word alignment and the factors behind every score.
//! * [`eval`] — recall, precision and F1 of a screen against labelled rows.
//!
//! No IO and no file formats (`cargo tree -p supplyscreen-matcher` shows no csv, calamine,
//! encoding_rs or zip): names in, hits out. Compiles natively and to wasm32.

mod edit;
pub mod eval;
pub mod explain;
mod index;
pub mod normalize;
mod score;
pub mod screen;
