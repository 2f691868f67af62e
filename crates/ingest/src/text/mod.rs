//! Text cleanup shared by every source: whitespace, names with aliases written inline, subsidiary
//! qualifiers, addresses swallowed into aliases, dates, slugs.
//!
//! Why here and not in each parser: the same defects appear in several lists (an "a.k.a." left in a
//! name, "and its subsidiaries" glued to a name), and fixing them once keeps the lists consistent.

mod address;
mod aliases;
mod clean;
mod date;
mod kind;

pub use address::{split_addresses, split_swallowed_address};
pub use aliases::{push_alias, split_inline_aliases, split_names, SplitName};
pub use clean::{clean, non_empty, norm_key, slug, SlugIds};
pub use date::{parse_long_date, parse_us_numeric_date};
pub use kind::{guess_kind, strip_subsidiaries};
