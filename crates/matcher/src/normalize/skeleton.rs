//! Transliteration skeletons: one key for the spellings of a sound under different romanisations.

/// A transliteration skeleton: spellings of the same sound under different romanisations of
/// Russian, Arabic, Persian or Chinese collapse to the same string (`kh`/`h`, `ts`/`c`, `y`/`i`,
/// `w`/`v`, `q`/`k`, doubled letters). Two different words with the same skeleton are counted as a
/// transliteration variant, not as a typo.
pub fn skeleton(w: &str) -> String {
    let mut small = [0u8; 64];
    let mut big = Vec::new();
    let out = skeleton_bytes(w.as_bytes(), &mut small, &mut big);
    String::from_utf8(out.to_vec()).unwrap_or_default()
}

/// `hash(skeleton(w))` (with [`crate::index`]'s string hash) without building the string: the
/// matcher needs the skeleton of every supplier word and every typo lookup, only as a hash key.
pub(crate) fn skeleton_hash(w: &str, hash: impl Fn(&[u8]) -> u64) -> u64 {
    let mut small = [0u8; 64];
    let mut big = Vec::new();
    let out = skeleton_bytes(w.as_bytes(), &mut small, &mut big);
    // `skeleton` gives "" when its bytes are not UTF-8 (only possible for non-ASCII input).
    if !w.is_ascii() && std::str::from_utf8(out).is_err() {
        return hash(b"");
    }
    hash(out)
}

/// The bytes of [`skeleton`], written into `small` when the word fits (a skeleton is never longer
/// than its word), else into `big`. The rules are looked up by the first letter of what is left.
fn skeleton_bytes<'b>(b: &[u8], small: &'b mut [u8; 64], big: &'b mut Vec<u8>) -> &'b [u8] {
    let out: &mut [u8] = if b.len() <= small.len() {
        &mut small[..]
    } else {
        big.resize(b.len(), 0);
        &mut big[..]
    };
    let mut n = 0;
    // Consecutive equal letters collapse as they are written.
    let mut put = |c: u8| {
        if n == 0 || out[n - 1] != c {
            out[n] = c;
            n += 1;
        }
    };
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        let at = |p: &[u8]| rest.starts_with(p);
        let rule: Option<(u8, usize)> = match rest[0] {
            b's' if at(b"shch") => Some((b's', 4)),
            b's' if at(b"sh") => Some((b's', 2)),
            b's' if at(b"sch") => Some((b's', 3)),
            b't' if at(b"tch") => Some((b'c', 3)),
            b't' if at(b"ts") || at(b"tz") => Some((b'c', 2)),
            b'k' if at(b"kh") => Some((b'h', 2)),
            b'g' if at(b"gh") => Some((b'h', 2)),
            b'z' if at(b"zh") => Some((b'j', 2)),
            b'd' if at(b"dj") => Some((b'j', 2)),
            b'd' if at(b"dzh") => Some((b'j', 3)),
            b'c' if at(b"ch") => Some((b'c', 2)),
            b'c' if at(b"ck") => Some((b'k', 2)),
            b'p' if at(b"ph") => Some((b'f', 2)),
            b'o' if at(b"ou") || at(b"oo") => Some((b'u', 2)),
            b'e' if at(b"ee") => Some((b'i', 2)),
            _ => None,
        };
        match rule {
            Some((c, adv)) => {
                put(c);
                i += adv;
            }
            None => {
                put(match rest[0] {
                    b'y' | b'j' => b'i',
                    b'w' => b'v',
                    b'q' | b'c' => b'k',
                    b'x' | b'z' => b's',
                    c => c,
                });
                i += 1;
            }
        }
    }
    // "ii" from "iy"/"yi" already collapsed; drop a trailing "h" ("allah"/"alla", "ah"/"a").
    if n > 3 && out[n - 1] == b'h' {
        n -= 1;
    }
    &out[..n]
}
