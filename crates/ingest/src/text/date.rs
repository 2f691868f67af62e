//! Dates as the lists write them, to ISO `YYYY-MM-DD`.

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// "June 21, 2022" or "21 Jun 2022" -> "2022-06-21".
pub fn parse_long_date(s: &str) -> Option<String> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let month = |w: &str| {
        let w = w.to_lowercase();
        MONTHS
            .iter()
            .position(|m| w.len() >= 3 && m.starts_with(&w))
            .map(|i| i as u32 + 1)
    };
    let (m, d, y) = match words.as_slice() {
        [m, d, y] if month(m).is_some() => (month(m)?, d.parse().ok()?, y.parse().ok()?),
        [d, m, y] if month(m).is_some() => (month(m)?, d.parse().ok()?, y.parse().ok()?),
        _ => return None,
    };
    iso(y, m, d)
}

/// "10/9/19", "06/23/2026" -> ISO. Two-digit years: 00–49 -> 20xx, else 19xx.
pub fn parse_us_numeric_date(s: &str) -> Option<String> {
    let parts: Vec<&str> = s.trim().split('/').collect();
    let [m, d, y] = parts.as_slice() else {
        return None;
    };
    let (m, d, mut y): (u32, u32, u32) = (m.parse().ok()?, d.parse().ok()?, y.parse().ok()?);
    if y < 100 {
        y += if y < 50 { 2000 } else { 1900 };
    }
    iso(y, m, d)
}

fn iso(y: u32, m: u32, d: u32) -> Option<String> {
    ((1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(
            parse_long_date("June 21, 2022").as_deref(),
            Some("2022-06-21")
        );
        assert_eq!(
            parse_long_date("03 Jun 2021").as_deref(),
            Some("2021-06-03")
        );
        assert_eq!(parse_long_date("Juno 21, 2022"), None);
        assert_eq!(
            parse_us_numeric_date("10/9/19").as_deref(),
            Some("2019-10-09")
        );
        assert_eq!(
            parse_us_numeric_date("12/28/1953").as_deref(),
            Some("1953-12-28")
        );
        assert_eq!(parse_us_numeric_date("13/28/1953"), None);
    }
}
