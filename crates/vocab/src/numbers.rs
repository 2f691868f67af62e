//! How counts and sizes are written in messages, so the reader's errors, the list notes and the
//! page all write "250,000" and "60 MB" the same way.

/// `n` with a comma between groups of three digits: "250,000" (the English messages).
pub fn thousands(n: usize) -> String {
    group_digits(n as u64, ",")
}

/// `n` with `sep` between groups of three digits ("250" + sep + "000").
pub fn group_digits(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * sep.len());
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// A size in mebibytes, as file managers show sizes: "60", "61.2" (the app words the unit and
/// the decimal mark in the reader's language).
pub fn mebibytes(bytes: usize) -> String {
    let mb = bytes as f64 / 1_048_576.0;
    if mb.fract() == 0.0 {
        format!("{mb:.0}")
    } else {
        format!("{mb:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_and_sizes() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(250_000), "250,000");
        assert_eq!(
            group_digits(1_234_567, "\u{202f}"),
            "1\u{202f}234\u{202f}567"
        );
        assert_eq!(mebibytes(60 * 1_048_576), "60");
        assert_eq!(mebibytes(64_172_851), "61.2");
    }
}
