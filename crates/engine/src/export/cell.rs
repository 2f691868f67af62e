//! CSV formula-injection protection.
//!
//! A spreadsheet opening a CSV runs any cell that starts with `=`, `+`, `-` or `@` as a formula, and
//! a leading TAB or carriage return can hide such a cell's start. A supplier name like
//! `=HYPERLINK("http://evil.example","Click")` would then run on the reviewer's machine. Following
//! OWASP's "CSV Injection" guidance, such a cell is written with a leading apostrophe (`'`): the
//! spreadsheet shows the text, and does not evaluate it.
//!
//! Leading spaces do not protect a cell (some spreadsheets trim them), so the test looks past them.
//! Full-width look-alikes (`＝ ＋ － ＠`) are treated the same, since some spreadsheets fold them.
//!
//! The transformation is reversible: [`restore_cell`] removes the apostrophe again when reading our
//! own files back. To make that exact, a cell that *already* starts with an apostrophe followed by a
//! formula character gets one more apostrophe, so `'=x` is written `''=x` and read back as `'=x`.

use std::borrow::Cow;

/// Characters that start a formula (or hide where one starts).
fn is_trigger(c: char) -> bool {
    matches!(
        c,
        '=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠'
    )
}

/// True when a spreadsheet could read `s` as a formula.
fn is_formula_like(s: &str) -> bool {
    s.chars()
        .find(|c| !(c.is_whitespace() && *c != '\t' && *c != '\r'))
        .is_some_and(is_trigger)
}

/// True when `s` gets an apostrophe: formula-like, or an apostrophe followed by something that
/// would itself need one (so [`restore_cell`] is an exact inverse).
fn needs_prefix(s: &str) -> bool {
    is_formula_like(s) || s.strip_prefix('\'').is_some_and(needs_prefix)
}

/// Makes a cell safe to open in a spreadsheet: prefixes `'` when the cell starts (after any leading
/// spaces) with `=`, `+`, `-`, `@`, TAB or CR. Other cells are returned unchanged and unallocated.
///
/// ```
/// use supplyscreen_engine::export::neutralise_cell;
/// assert_eq!(neutralise_cell("=1+2"), "'=1+2");
/// assert_eq!(neutralise_cell("  @SUM(A1)"), "'  @SUM(A1)");
/// assert_eq!(neutralise_cell("ACME Ltd"), "ACME Ltd");
/// ```
pub fn neutralise_cell(s: &str) -> Cow<'_, str> {
    if needs_prefix(s) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// The inverse of [`neutralise_cell`]: strips the apostrophe it added. A cell starting with `'` whose
/// rest would not have needed protection is left alone (the apostrophe is the user's).
pub fn restore_cell(s: &str) -> Cow<'_, str> {
    match s.strip_prefix('\'') {
        Some(rest) if needs_prefix(rest) => Cow::Borrowed(rest),
        _ => Cow::Borrowed(s),
    }
}
