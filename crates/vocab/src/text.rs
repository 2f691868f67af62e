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

#[cfg(test)]
mod tests {
    use super::*;

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
