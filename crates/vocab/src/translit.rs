//! Transliteration to ASCII: deunicode's, for the scripts names are written in, in a sixth of the
//! space.
//!
//! The table is built from the `deunicode` crate by `build.rs` (which says what is kept and how it
//! is stored); `deunicode` itself is only a build and test dependency, so its 420 KB table never
//! reaches the browser. For every kept character [`pieces`] gives exactly what
//! `deunicode::deunicode_char` gives, and [`ascii`] exactly what `deunicode::deunicode` gives for
//! text made of them (tests below, over every kept character and every name on the lists). The
//! characters left out (Yi, historic scripts, emoji, Han extension B onwards) are unknown, as
//! deunicode's own unknown characters are.

use std::borrow::Cow;
use std::sync::OnceLock;

static STRINGS: &str = include_str!(concat!(env!("OUT_DIR"), "/translit_strings.txt"));
static LENS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/translit_lens.bin"));
static INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/translit_index.bin"));
static BLOCKS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/translit_blocks.bin"));
static HANGUL: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/translit_hangul.bin"));

const BLOCK: usize = 128;
const HANGUL_FIRST: u32 = 0xAC00;
const HANGUL_LAST: u32 = 0xD7A3;

/// Value `i` of u16 values stored as two planes (low bytes, then high bytes; see `build.rs`).
fn u16_at(planes: &[u8], i: usize) -> u16 {
    let n = planes.len() / 2;
    u16::from_le_bytes([planes[i], planes[n + i]])
}

/// Where each output starts in [`STRINGS`] (the table stores only lengths: smaller to download).
fn offsets() -> &'static [u16] {
    static OFFSETS: OnceLock<Vec<u16>> = OnceLock::new();
    OFFSETS.get_or_init(|| {
        let mut at = 0u16;
        LENS.iter()
            .map(|&len| {
                let start = at;
                at += u16::from(len);
                start
            })
            .collect()
    })
}

fn string(id: u16) -> &'static str {
    let start = offsets()[id as usize] as usize;
    &STRINGS[start..start + LENS[id as usize] as usize]
}

/// The ASCII transliteration of `c` in one or two pieces (a Hangul syllable is its
/// initial-and-vowel part and its final consonant; anything else is all in the first), or `None`
/// for a character the table does not know. ASCII is itself (but for some control characters,
/// which are empty); some others (combining marks) are deliberately empty too. Han characters are their Mandarin syllable with a trailing space
/// ("北" -> "Bei ").
pub fn pieces(c: char) -> Option<(&'static str, &'static str)> {
    let cp = c as u32;
    if (HANGUL_FIRST..=HANGUL_LAST).contains(&cp) {
        let i = (cp - HANGUL_FIRST) as usize;
        return Some((
            string(u16_at(HANGUL, i / 28)),
            string(u16_at(HANGUL, 19 * 21 + i % 28)),
        ));
    }
    let block = cp as usize / BLOCK;
    if block >= INDEX.len() / 2 {
        return None;
    }
    let at = u16_at(INDEX, block) as usize * BLOCK + cp as usize % BLOCK;
    match u16_at(BLOCKS, at) {
        0 => None,
        id => Some((string(id), "")),
    }
}

/// The transliteration of a character that is always a single piece (anything but a Hangul
/// syllable, e.g. a Han character), as `deunicode::deunicode_char` gives it.
pub fn single(c: char) -> Option<&'static str> {
    match pieces(c)? {
        (one, "") => Some(one),
        _ => None,
    }
}

/// Appends the transliteration of `c` to `out`; `false` (nothing appended) if it is unknown.
pub fn push_char(c: char, out: &mut String) -> bool {
    match pieces(c) {
        Some((a, b)) => {
            out.push_str(a);
            out.push_str(b);
            true
        }
        None => false,
    }
}

/// ASCII text for `s`, as `deunicode::deunicode` gives it: each character transliterated, `[?]`
/// for unknown ones, and a Han syllable's trailing space dropped before a space or at the end
/// ("北京" -> "Bei Jing"). Borrowed when `s` is ASCII already (but for DEL, which deunicode also
/// leaves alone at the start).
pub fn ascii(s: &str) -> Cow<'_, str> {
    // Like deunicode: the leading run below DEL is taken as it is.
    let plain = s.bytes().take_while(|&b| b < 0x7f).count();
    if plain == s.len() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() | 15);
    out.push_str(&s[..plain]);
    let mut chars = s[plain..].chars().map(pieces).peekable();
    while let Some(this) = chars.next() {
        let Some((a, b)) = this else {
            out.push_str("[?]");
            continue;
        };
        // deunicode drops a trailing space (a Han syllable's) before a space or at the end. The
        // next character's output starts in its first piece (a Hangul syllable's is never empty).
        let last = if b.is_empty() { a } else { b };
        let trim = a.len() + b.len() > 1
            && last.ends_with(' ')
            && match chars.peek() {
                None => true,
                Some(None) => false,
                Some(Some((next, _))) => next.starts_with(' '),
            };
        if trim {
            out.push_str(a);
            out.push_str(&b[..b.len().saturating_sub(1)]);
            if b.is_empty() {
                out.pop();
            }
        } else {
            out.push_str(a);
            out.push_str(b);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code point the table keeps gives what deunicode gives; the rest are unknown.
    #[test]
    fn every_kept_character_is_deunicodes() {
        let mut kept = 0;
        for cp in 0..=0x10FFFFu32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let ours = pieces(c).map(|(a, b)| format!("{a}{b}"));
            match ours {
                Some(s) => {
                    kept += 1;
                    assert_eq!(Some(s.as_str()), deunicode::deunicode_char(c), "U+{cp:04X}");
                }
                None => {
                    let dropped = matches!(cp, 0xA000..=0xA4CF)
                        || (cp >= 0x10000 && !matches!(cp, 0x1D400..=0x1D7FF | 0x1F100..=0x1F1FF));
                    assert!(
                        dropped || deunicode::deunicode_char(c).is_none(),
                        "U+{cp:04X} is known to deunicode ({:?}) but not kept",
                        deunicode::deunicode_char(c)
                    );
                }
            }
        }
        // The BMP's letters, Han and Hangul included, are there.
        assert!(kept > 55_000, "{kept}");
        assert_eq!(pieces('北'), Some(("Bei ", "")));
        assert_eq!(pieces('한'), Some(("ha", "n")));
        assert_eq!(single('Æ'), Some("AE"));
        assert_eq!(single('한'), None);
        assert_eq!(pieces('😀'), None);
        assert_eq!(single('a'), Some("a"));
    }

    /// Whole strings come out as deunicode's, including the trailing-space rule around Han
    /// syllables, unknown characters, Hangul, and text that starts with ASCII.
    #[test]
    fn strings_are_deunicodes() {
        for s in [
            "北京",
            "北京 Trading",
            "中国x🅶",
            "☃中 国",
            "Hoshine 合盛硅业",
            "ООО \"Ромашка\"",
            "삼성전자 주식회사",
            "Société Générale",
            "İstanbul Çelik A.Ş.",
            "ABC\u{7f}北",
            "\u{7f}",
            "𝐀𝐁𝐂 Ltd",
            "株式会社ニコン",
            "مؤسسة",
            "北\u{301}京",
            "",
        ] {
            assert_eq!(ascii(s), deunicode::deunicode(s), "{s:?}");
        }
        assert!(matches!(ascii("plain ascii"), Cow::Borrowed(_)));
        // What is left out is unknown, as deunicode's own unknown characters are.
        assert_eq!(ascii("新疆😀有限公司"), "Xin Jiang [?]You Xian Gong Si");
        assert_eq!(ascii("ꆈꌠ"), "[?][?]");
    }
}
