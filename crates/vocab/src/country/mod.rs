//! Countries as suppliers and lists write them.
//!
//! Two questions, answered from one place:
//!
//! * **Which country is this?** [`country_code`] reduces "CN", "PRC", "People's Republic of China",
//!   "china", "Russian Federation", "Türkiye" to ISO 3166 alpha-2, so the matcher can tell whether a
//!   supplier's country agrees with a listed entity's, and [`country_key`] gives the risk signals a
//!   key equal for two spellings of one country (ILAB writes "Turkey (Türkiye)" and "Congo,
//!   Democratic Republic of the"). Only the countries that matter for the lists and for typical
//!   supplier files are named ([`table`]); an unknown value simply gives no country evidence.
//! * **Is this cell a country at all?** [`is_country`] recognises a country column by its content:
//!   every ISO alpha-2 and alpha-3 code and country names in the languages of ERP exports
//!   ([`names`]). Recognition needs the whole ISO list; canonicalisation only the countries the
//!   lists use, which is why they are two tables.

mod names;
mod table;

use crate::text::ascii_words;
use table::COUNTRIES;

/// Reduces a country as written to its ISO alpha-2 code, or `None` when it is empty or unknown.
pub fn country_code(raw: &str) -> Option<&'static str> {
    let key = ascii_words(raw);
    if key.is_empty() {
        return None;
    }
    let key = key.strip_prefix("the ").unwrap_or(&key);
    for (a2, a3, names) in COUNTRIES {
        if key.eq_ignore_ascii_case(a2) || key.eq_ignore_ascii_case(a3) || names.contains(&key) {
            return Some(a2);
        }
    }
    None
}

/// Countries that supplier files and lists use interchangeably for the same business: a Hong Kong
/// trading arm of a mainland company is often filed under "China", and the reverse.
pub fn related(a: &str, b: &str) -> bool {
    const GREATER_CHINA: [&str; 3] = ["CN", "HK", "MO"];
    a == b || (GREATER_CHINA.contains(&a) && GREATER_CHINA.contains(&b))
}

/// A key that is equal for two spellings of the same country: the ISO alpha-2 code when the
/// country is known ([`country_code`]), else the folded name.
/// Tries the forms ILAB uses: "Turkey (Türkiye)", "Congo, Democratic Republic of the".
pub fn country_key(raw: &str) -> Option<String> {
    let folded = ascii_words(raw);
    if folded.is_empty() {
        return None;
    }
    let mut forms = vec![raw.to_string()];
    if let Some((head, _)) = raw.split_once('(') {
        forms.push(head.to_string());
    }
    if let Some((a, b)) = raw.split_once(',') {
        forms.push(format!("{b} {a}"));
    }
    for f in &forms {
        if let Some(c) = country_code(f) {
            return Some(c.to_string());
        }
    }
    Some(folded)
}

/// True if `cell` (already trimmed) is an ISO code or a known country name.
///
/// Looked up in hash sets built once: the risk index asks this of every word of every listed
/// address (about 220,000 words), which a scan of the tables made 40% of a whole CLI run.
pub fn is_country(cell: &str) -> bool {
    let len = cell.chars().count();
    if len == 0 || len > 40 {
        return false;
    }
    let known = known();
    if (len == 2 || len == 3) && cell.bytes().all(|b| b.is_ascii_alphabetic()) {
        let mut buf = [0u8; 3];
        buf[..len].copy_from_slice(cell.as_bytes());
        buf[..len].make_ascii_uppercase();
        // ASCII letters only, so always valid UTF-8.
        return std::str::from_utf8(&buf[..len]).is_ok_and(|code| known.codes.contains(code));
    }
    // The matcher asks this of supplier words, row after row: ASCII ones (at most 40 letters here)
    // are lower-cased on the stack.
    crate::text::with_ascii_lowercase(cell, |name| known.names.contains(name))
        .unwrap_or_else(|| known.names.contains(cell.to_lowercase().as_str()))
}

struct Known {
    /// Every alpha-2 and alpha-3 code (the two never collide: they differ in length).
    codes: rustc_hash::FxHashSet<&'static str>,
    names: rustc_hash::FxHashSet<&'static str>,
}

fn known() -> &'static Known {
    static KNOWN: std::sync::OnceLock<Known> = std::sync::OnceLock::new();
    KNOWN.get_or_init(|| Known {
        codes: names::ALPHA2
            .split(' ')
            .chain(names::ALPHA3.split(' '))
            .collect(),
        names: names::NAMES.iter().copied().collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_spellings() {
        for s in [
            "CN",
            "PRC",
            "People's Republic of China",
            "china",
            " CHINA ",
            "CHN",
        ] {
            assert_eq!(country_code(s), Some("CN"), "{s}");
        }
        for s in ["中国", "中國", "中华人民共和国"] {
            assert_eq!(country_code(s), Some("CN"), "{s}");
        }
        assert_eq!(country_code("香港"), Some("HK"));
        assert_eq!(country_code("台灣"), Some("TW"));
        assert_eq!(country_code("Russian Federation"), Some("RU"));
        assert_eq!(country_code("Türkiye"), Some("TR"));
        assert_eq!(country_code("USA"), Some("US"));
        assert_eq!(country_code(""), None);
        assert_eq!(country_code("Atlantis"), None);
        assert!(related("CN", "HK"));
        assert!(!related("CN", "RU"));
    }

    #[test]
    fn country_keys() {
        let k = |s: &str| country_key(s).unwrap();
        assert_eq!(k("Turkey (Türkiye)"), "TR");
        assert_eq!(k("Congo, Democratic Republic of the"), "CD");
        assert_eq!(k("Democratic Republic of Congo"), "CD");
        assert_eq!(k("Côte d'Ivoire"), "CI");
        assert_eq!(k("Kyrgyz Republic"), "KG");
        assert_eq!(k("PRC"), "CN");
        assert_eq!(k("Ghana"), "GH");
        assert_eq!(k("Atlantis"), "atlantis");
        assert_eq!(country_key("  "), None);
    }
    #[test]
    fn codes_and_names_are_countries() {
        for c in [
            "CN",
            "cn",
            "CHN",
            "DE",
            "China",
            "Deutschland",
            "中国",
            "United States",
            "México",
            "MÉXICO",
            "XK",
            "UNITED STATES",
            "germany",
            "GeRmAnY",
        ] {
            assert!(is_country(c), "{c}");
        }
    }

    #[test]
    fn company_names_and_junk_are_not() {
        for c in [
            "",
            "Acme",
            "ZZ",
            "QQQ",
            "Hoshine Silicon Industry Co., Ltd.",
            "12",
            "Chinatown Foods",
        ] {
            assert!(!is_country(c), "{c}");
        }
    }
}
