//! Scripts and the plain fold of short values (countries, places).

/// A CJK unified ideograph (Han character): the basic block, extensions A to I and the
/// compatibility ideographs. Used wherever Chinese text is told apart from Latin or Cyrillic:
/// the matcher's transliteration, the reader's header detection, the Xinjiang place search.
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF        // Extension A
        | 0x4E00..=0x9FFF      // the basic block
        | 0xF900..=0xFAFF      // compatibility ideographs
        | 0x20000..=0x3FFFF) // planes 2 and 3: extensions B to I, compatibility supplement
}

/// Lower-case ASCII words separated by single spaces: `deunicode` transliteration, every
/// character that is not a letter or digit a separator ("Côte d'Ivoire" -> "cote d ivoire",
/// "  PRC " -> "prc"). For comparing short values such as country names, not company names (the
/// matcher's own fold keeps much more).
pub fn ascii_words(raw: &str) -> String {
    // ASCII text (most cells, most listed addresses) needs no transliteration, and the words are
    // joined in the one pass that finds them: the risk index asks this of every listed address.
    let ascii = if raw.is_ascii() {
        std::borrow::Cow::Borrowed(raw)
    } else {
        crate::translit::ascii(raw)
    };
    let mut out = String::with_capacity(ascii.len());
    let mut gap = false;
    for c in ascii.chars() {
        // The one ASCII character transliteration drops rather than keeps.
        if c == '\u{7f}' {
            continue;
        }
        if c.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

/// The longest word [`with_ascii_lowercase`] takes.
pub const STACK_WORD: usize = 48;

/// `f` of ASCII `word` lower-cased in a buffer on the stack (lookups of every word of every row
/// would otherwise allocate a lower-case copy each); `None` when the word is not ASCII or longer
/// than [`STACK_WORD`] bytes.
pub fn with_ascii_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> Option<R> {
    if !word.is_ascii() || word.len() > STACK_WORD {
        return None;
    }
    let mut buf = [0u8; STACK_WORD];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    // ASCII in, ASCII out: always UTF-8.
    std::str::from_utf8(lower).ok().map(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass version gives what transliterating everything, mapping every other character
    /// to a space and joining the words gave (the reference below), control characters included.
    #[test]
    fn words_as_before() {
        fn reference(raw: &str) -> String {
            let folded: String = deunicode::deunicode(raw)
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() {
                        c.to_ascii_lowercase()
                    } else {
                        ' '
                    }
                })
                .collect();
            folded.split_whitespace().collect::<Vec<_>>().join(" ")
        }
        for raw in [
            "Côte d'Ivoire",
            "  PRC ",
            "16/F, Capital Centre,  151 Gloucester Rd.",
            "",
            "--",
            "Ürümqi\tXinjiang",
            "Gloucester\tRd\r\n12",
            "a\u{0}b\u{7f}c",
            "新疆 Urumqi",
        ] {
            assert_eq!(ascii_words(raw), reference(raw), "{raw:?}");
        }
        assert_eq!(ascii_words("Côte d'Ivoire"), "cote d ivoire");
        for b in 0u8..128 {
            let one = format!("a{}b", char::from(b));
            assert_eq!(ascii_words(&one), reference(&one), "byte {b}");
        }
    }

    #[test]
    fn lower_case_on_the_stack() {
        assert_eq!(
            with_ascii_lowercase("URUMQI", str::to_owned).as_deref(),
            Some("urumqi")
        );
        assert_eq!(with_ascii_lowercase("", str::len), Some(0));
        assert_eq!(
            with_ascii_lowercase(&"a".repeat(STACK_WORD), str::len),
            Some(STACK_WORD)
        );
        assert_eq!(
            with_ascii_lowercase(&"a".repeat(STACK_WORD + 1), str::len),
            None
        );
        assert_eq!(with_ascii_lowercase("México", str::len), None);
    }

    #[test]
    fn han_and_not_han() {
        for c in ['新', '疆', '實', '㐀', '𠀀'] {
            assert!(is_han(c), "{c}");
        }
        for c in ['a', 'Я', 'ア', '한', '。', '（'] {
            assert!(!is_han(c), "{c}");
        }
    }

    #[test]
    fn ascii_words_fold() {
        assert_eq!(ascii_words("Côte d'Ivoire"), "cote d ivoire");
        assert_eq!(ascii_words("  PRC "), "prc");
        assert_eq!(ascii_words("Россия"), "rossiia");
        assert_eq!(ascii_words("-- "), "");
    }
}
