//! Numbers as names write them: digits ("21"), ordinals ("2nd", "724th"), English number words and
//! ordinals ("Second", "Twenty-One", "one hundred and five") and Roman numerals ("Fund VII"). All
//! become one number token whose canonical form is the value in digits, so "2nd Machine Works",
//! "Second Machine Works" and "No. 2 Machine Works" compare equal, and two different numbers never
//! do: numbers have no typo reading, so "Fund VII" / "Fund VIII" are two unmatched numbers (for
//! screening they are two different parties: a fund series, a factory number).

/// English number words and ordinals with their values.
pub(super) static NUMBER_WORDS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("first", 1),
    ("two", 2),
    ("second", 2),
    ("three", 3),
    ("third", 3),
    ("four", 4),
    ("fourth", 4),
    ("five", 5),
    ("fifth", 5),
    ("six", 6),
    ("sixth", 6),
    ("seven", 7),
    ("seventh", 7),
    ("eight", 8),
    ("eighth", 8),
    ("nine", 9),
    ("ninth", 9),
    ("ten", 10),
    ("tenth", 10),
    ("eleven", 11),
    ("eleventh", 11),
    ("twelve", 12),
    ("twelfth", 12),
    ("thirteen", 13),
    ("thirteenth", 13),
    ("fourteen", 14),
    ("fourteenth", 14),
    ("fifteen", 15),
    ("fifteenth", 15),
    ("sixteen", 16),
    ("sixteenth", 16),
    ("seventeen", 17),
    ("seventeenth", 17),
    ("eighteen", 18),
    ("eighteenth", 18),
    ("nineteen", 19),
    ("nineteenth", 19),
    ("twenty", 20),
    ("twentieth", 20),
    ("thirty", 30),
    ("thirtieth", 30),
    ("forty", 40),
    ("fortieth", 40),
    ("fifty", 50),
    ("fiftieth", 50),
    ("sixty", 60),
    ("sixtieth", 60),
    ("seventy", 70),
    ("seventieth", 70),
    ("eighty", 80),
    ("eightieth", 80),
    ("ninety", 90),
    ("ninetieth", 90),
    ("hundred", 100),
    ("hundredth", 100),
];

/// Ordinal words, which end a number ("twenty first" is 21, "first twenty" is two numbers).
fn is_ordinal(w: &str) -> bool {
    w.ends_with("th") || matches!(w, "first" | "second" | "third")
}

/// "2nd", "21st", "724th" -> 2, 21, 724 (the digits of a digit ordinal).
pub(super) fn digit_ordinal(w: &str) -> Option<&str> {
    let b = w.as_bytes();
    if b.len() < 3 || !b[0].is_ascii_digit() {
        return None;
    }
    let (digits, suffix) = w.split_at(w.len() - 2);
    (digits.bytes().all(|c| c.is_ascii_digit()) && matches!(suffix, "st" | "nd" | "rd" | "th"))
        .then_some(digits)
}

/// A Roman numeral of two or more letters from II to XXXIX ("vii" -> 7). Single letters ("I",
/// "V", "X") and "xi" (a common pinyin syllable) are words.
pub(super) fn roman(w: &str) -> Option<u32> {
    if w.len() < 2
        || w.len() > 6
        || w == "xi"
        || !w.bytes().all(|c| matches!(c, b'i' | b'v' | b'x'))
    {
        return None;
    }
    // Only the canonical spelling of a value counts ("iiii", "vv", "ixi" are not numerals).
    (2..=39).find(|&n| to_roman(n) == w)
}

fn to_roman(mut n: u32) -> String {
    let mut s = String::new();
    for (v, r) in [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")] {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// A number written in words starting at `words[0]`: its value and how many words it takes
/// ("twenty one" 21/2, "one hundred and five" 105/4, "second" 2/1).
pub(super) fn word_number(
    words: &[&str],
    value_of: impl Fn(&str) -> Option<u32>,
) -> Option<(u32, usize)> {
    let first = value_of(words.first()?)?;
    let mut used = 1;
    let mut value = first;
    let mut last_ordinal = is_ordinal(words[0]);
    // "one hundred [and] ..."
    if !last_ordinal && first < 10 && first > 0 {
        if let Some(&w) = words.get(1) {
            if value_of(w) == Some(100) {
                value = first * 100;
                used = 2;
                last_ordinal = is_ordinal(w);
            }
        }
    }
    if value >= 100 && !last_ordinal {
        let skip_and = usize::from(words.get(used) == Some(&"and"));
        if let Some((rest, n)) = words
            .get(used + skip_and..)
            .and_then(|r| tens_units(r, &value_of))
        {
            return Some((value + rest, used + skip_and + n));
        }
        return Some((value, used));
    }
    if used == 1 {
        return tens_units(words, &value_of);
    }
    Some((value, used))
}

/// "twenty one" / "twenty-first" (hyphens are spaces by now) / "seven" / "fifteenth".
fn tens_units(words: &[&str], value_of: &impl Fn(&str) -> Option<u32>) -> Option<(u32, usize)> {
    let v = value_of(words.first()?)?;
    if v >= 100 {
        return None;
    }
    if v >= 20 && v % 10 == 0 && !is_ordinal(words[0]) {
        if let Some(u) = words.get(1).and_then(|w| value_of(w)) {
            if (1..10).contains(&u) {
                return Some((v + u, 2));
            }
        }
    }
    Some((v, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(w: &str) -> Option<u32> {
        NUMBER_WORDS.iter().find(|(x, _)| *x == w).map(|x| x.1)
    }

    #[test]
    fn roman_numerals() {
        for (w, v) in [
            ("ii", 2),
            ("iv", 4),
            ("vii", 7),
            ("viii", 8),
            ("ix", 9),
            ("xiv", 14),
            ("xxxix", 39),
        ] {
            assert_eq!(roman(w), Some(v), "{w}");
        }
        for w in [
            "i", "v", "x", "xi", "iiii", "vv", "ixi", "vix", "mix", "civil",
        ] {
            assert_eq!(roman(w), None, "{w}");
        }
    }

    #[test]
    fn words_and_ordinals() {
        assert_eq!(
            word_number(&["twenty", "one", "trading"], value),
            Some((21, 2))
        );
        assert_eq!(word_number(&["twenty", "first"], value), Some((21, 2)));
        assert_eq!(word_number(&["second", "machine"], value), Some((2, 1)));
        assert_eq!(word_number(&["first", "two"], value), Some((1, 1)));
        assert_eq!(
            word_number(&["one", "hundred", "and", "five"], value),
            Some((105, 4))
        );
        assert_eq!(word_number(&["three", "hundredth"], value), Some((300, 2)));
        assert_eq!(word_number(&["machine"], value), None);
        assert_eq!(digit_ordinal("2nd"), Some("2"));
        assert_eq!(digit_ordinal("724th"), Some("724"));
        assert_eq!(digit_ordinal("4x4"), None);
        assert_eq!(digit_ordinal("th"), None);
    }
}
