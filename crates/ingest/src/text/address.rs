//! Addresses: an address swallowed into the alias text, several addresses in one cell.

use super::aliases::ends_with_legal_form;
use super::clean::clean;

/// Abbreviations after which ". " does not end a name.
const ABBREVIATIONS: &[&str] = &[
    "co", "no", "st", "mr", "dr", "jr", "sr", "bldg", "ave", "rd",
];

/// Detects an alias that swallowed the entity's address ("Hesheng Silicon Industry (Shanshan) Co., Ltd.
/// Xinjiang East: West of Kekeya Road, …, China") and splits it into (alias, address).
///
/// Only used when the entry has no address of its own. The cut is the first ". " or ", " after which
/// the text looks like an address: it starts with a digit, or (after ". ") it contains a digit, a
/// "(See …)" cross-reference or ends with the entry's country.
pub fn split_swallowed_address(alias: &str, country: Option<&str>) -> Option<(String, String)> {
    let looks_like_address = |rest: &str| {
        let r = rest.trim_end_matches(['.', ' ', ')']);
        rest.len() >= 12
            && (rest.chars().any(|c| c.is_ascii_digit())
                || rest.contains("(See")
                || country.is_some_and(|c| !c.is_empty() && r.ends_with(c)))
    };
    let bytes = alias.as_bytes();
    for (i, _) in alias.match_indices(['.', ',']) {
        if bytes.get(i + 1) != Some(&b' ') {
            continue;
        }
        let before = &alias[..i];
        let rest = alias[i + 2..].trim();
        let next_is_digit = rest.chars().next().is_some_and(|c| c.is_ascii_digit());
        let prev_word = before
            .rsplit([' ', '('])
            .next()
            .unwrap_or("")
            .to_lowercase();
        // "St. 32A", "No. 5" and initialisms like "M.A.G. Tech" do not end a name.
        let abbreviation = prev_word.len() <= 1
            || prev_word.contains('.')
            || ABBREVIATIONS.contains(&prev_word.as_str());
        let in_country = country.is_some_and(|c| !c.is_empty() && rest.contains(c));
        // ", LLC. D. 10 …": a legal form after the comma still belongs to the name.
        let next_word = rest.split(' ').next().unwrap_or("").to_lowercase();
        let next_is_legal = ends_with_legal_form(&next_word);
        let cut = if bytes[i] == b',' {
            rest.len() >= 12
                && (next_is_digit
                    || (in_country && !next_is_legal && rest.chars().any(|c| c.is_ascii_digit())))
        } else {
            !abbreviation && (next_is_digit || looks_like_address(rest))
        };
        if cut && before.len() >= 2 {
            let alias_part = if bytes[i] == b'.' && before.ends_with(|c: char| c.is_uppercase()) {
                // "Co., Ltd. Xinjiang …": keep the abbreviation's dot on the alias.
                format!("{before}.")
            } else {
                before.to_string()
            };
            let alias_part = if ends_with_legal_form(&alias_part) && !alias_part.ends_with('.') {
                format!("{alias_part}.")
            } else {
                alias_part
            };
            return Some((clean(alias_part.trim_end_matches(',')), clean(rest)));
        }
    }
    None
}

/// Splits an address cell listing several addresses ("A; and B.", "Address: A Alt Address: B").
pub fn split_addresses(text: &str) -> Vec<String> {
    let text = clean(text);
    let text = text
        .strip_prefix("Address:")
        .unwrap_or(&text)
        .trim()
        .to_string();
    let mut out = Vec::new();
    for part in text
        .split("; and ")
        .flat_map(|p| p.split(" Alt. Address: "))
        .flat_map(|p| p.split(" Alt Address: "))
    {
        let p = clean(part.trim().trim_end_matches(';'));
        if !p.is_empty() {
            out.push(p);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swallowed_addresses_are_split() {
        let (a, addr) = split_swallowed_address(
            "Hesheng Silicon Industry (Shanshan) Co., Ltd. Xinjiang East: West of Kekeya Road, Stone Industrial Park, Shanshan County, Turpan City, Xinjiang (Hesheng Industrial Park), China",
            Some("China"),
        )
        .unwrap();
        assert_eq!(a, "Hesheng Silicon Industry (Shanshan) Co., Ltd.");
        assert!(addr.starts_with("Xinjiang East: West of Kekeya Road"));
        let (a, addr) = split_swallowed_address(
            "Alexander Ivjenko, 7150 Rue Chouinard, Montreal, QC, H8N 2Z6 Canada",
            Some("Canada"),
        )
        .unwrap();
        assert_eq!(
            (a.as_str(), addr.as_str()),
            (
                "Alexander Ivjenko",
                "7150 Rue Chouinard, Montreal, QC, H8N 2Z6 Canada"
            )
        );
        let (a, _) = split_swallowed_address(
            "Huawei Software Technologies Co. Ltd. 300 South Oak Way, Green Park, Reading, RG2 6UF",
            None,
        )
        .unwrap();
        assert_eq!(a, "Huawei Software Technologies Co. Ltd.");
        let (a, _) = split_swallowed_address(
            "Southeast Trading LTD. St. Petersburg, Russia. (See also addresses under Finland and Romania)",
            Some("Russia"),
        )
        .unwrap();
        assert_eq!(a, "Southeast Trading LTD.");
        let (a, addr) = split_swallowed_address(
            "M.A.G. Tech, 5762 Royalmount Ave, Montreal, QC, H4P 1K5, Canada; and 5440 Queen Mart St",
            Some("Canada"),
        )
        .unwrap();
        assert_eq!(a, "M.A.G. Tech");
        assert!(addr.starts_with("5762 Royalmount"));
        let (a, addr) = split_swallowed_address(
            "Yuliya Molkova-Polah, Zastavskaya St. 32A, St. Petersburg, Russia 196084",
            Some("Russia"),
        )
        .unwrap();
        assert_eq!(a, "Yuliya Molkova-Polah");
        assert!(addr.starts_with("Zastavskaya St. 32A"));
        assert_eq!(
            split_swallowed_address("Beijing Institute of Control Engineering", Some("China")),
            None
        );
        assert_eq!(
            split_swallowed_address("AVIC 631 Institute", Some("China")),
            None
        );
    }
}
