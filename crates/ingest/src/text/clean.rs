//! Whitespace, keys and ids: the cleanup every parser applies first.

use std::collections::HashMap;

/// Collapses runs of whitespace (including no-break spaces and line breaks) to one space and trims.
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(|c: char| c.is_whitespace() || c == '\u{a0}') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// [`clean`], then `None` when nothing is left.
pub fn non_empty(s: &str) -> Option<String> {
    let c = clean(s);
    (!c.is_empty()).then_some(c)
}

/// A comparison key: lower-case letters and digits only. "Xinjiang Daqo New Energy, Co. Ltd" and
/// "Xinjiang Daqo New Energy Co., Ltd." get the same key, which is how one entity listed twice with
/// different punctuation is recognised.
pub fn norm_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A readable id fragment: lower-case alphanumerics separated by single dashes, at most 32 chars (ids are references, not display names; shorter ids keep the bundle small).
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
        if out.len() >= 32 {
            break;
        }
    }
    if out.is_empty() {
        out.push_str("entry");
    }
    out
}

/// Gives ids to entries of sources that have none: `<list>:<slug of name>`, then `-2`, `-3`, … for
/// later entries with the same slug. Deterministic for a given input order.
#[derive(Default)]
pub struct SlugIds {
    seen: HashMap<String, u32>,
}

impl SlugIds {
    pub fn next(&mut self, list: &str, name: &str) -> String {
        let base = format!("{list}:{}", slug(name));
        let n = self.seen.entry(base.clone()).or_insert(0);
        *n += 1;
        if *n == 1 {
            base
        } else {
            format!("{base}-{n}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_ids_count_duplicates() {
        let mut ids = SlugIds::default();
        assert_eq!(
            ids.next("cbp_wro", "Yunnan Machinery"),
            "cbp_wro:yunnan-machinery"
        );
        assert_eq!(
            ids.next("cbp_wro", "Yunnan  machinery!"),
            "cbp_wro:yunnan-machinery-2"
        );
        assert_eq!(ids.next("x", "Ünïcode ½"), "x:n-code");
    }
}
