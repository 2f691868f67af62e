//! Edit distance and letter sets: the word-level arithmetic that normalisation (misspelt legal
//! forms), the typo index and the aligner share. A leaf: it knows bytes, not tokens.

/// The set of bytes of a word as a bit mask (byte value mod 64; collisions only weaken the bound).
pub fn letter_set(w: &str) -> u64 {
    w.bytes().fold(0u64, |m, c| m | 1u64 << (c & 63))
}

/// Whether the letter sets prove a distance over `max` (every letter found in one word and
/// nowhere in the other needs its own edit), without counting every bit: clearing the lowest set bit `max` times
/// leaves a bit only when there were more. The aligner asks this of every word pair, and a
/// portable build has no population-count instruction.
pub(crate) fn letter_bound_exceeds(a: u64, b: u64, max: usize) -> bool {
    let more = |mut x: u64| {
        for _ in 0..max {
            x &= x.wrapping_sub(1);
        }
        x != 0
    };
    more(a & !b) || more(b & !a)
}

/// Optimal-string-alignment distance (Damerau with adjacent transpositions), or `None` when it
/// exceeds `max`. Works on bytes: tokens are ASCII.
pub fn osa_distance(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    let (n, m) = (a.len(), b.len());
    if n.abs_diff(m) > max {
        return None;
    }
    if n == 0 || m == 0 {
        return Some(n.max(m)).filter(|d| *d <= max);
    }
    // Cheap lower bound first: every letter that occurs in one word and nowhere in the other needs
    // its own edit (a substitution can fix one such letter on each side). Most word pairs the
    // aligner and the typo index compare are unrelated and stop here.
    let letters = |w: &[u8]| w.iter().fold(0u64, |m, &c| m | 1u64 << (c & 63));
    if letter_bound_exceeds(letters(a), letters(b), max) {
        return None;
    }
    osa_table(a, b, max)
}

/// [`osa_distance`] once its cheap tests have passed (lengths within `max`, neither empty, the
/// letter-set bound within `max`): the dynamic programme itself, over the diagonal band
/// `|i - j| <= max` only. A cell outside the band holds at least `|i - j| > max`; storing `max + 1`
/// there instead changes no cell's value capped at `max + 1` (every step adds a non-negative cost
/// and takes a minimum), so every distance within `max` comes out exact, in `O(n * max)` instead of
/// `O(n * m)`.
pub(crate) fn osa_table(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    let (n, m) = (a.len(), b.len());
    // Three rolling rows are enough for OSA; words are short, so they live on the stack as bytes
    // (distances never exceed 64).
    const CAP: usize = 64;
    if m >= CAP || n >= CAP {
        return None;
    }
    // A common prefix and suffix cost nothing and change no distance (a transposition across
    // their edge would swap two equal letters), and a typo pair is mostly both: the table then
    // covers the few letters between.
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let suf = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suf], &b[..b.len() - suf]);
    let (n, m) = (a.len(), b.len());
    if n == 0 || m == 0 {
        return Some(n.max(m)).filter(|d| *d <= max);
    }
    let band = max.min(CAP);
    let big = band as u8 + 1;
    let mut rows = [[0u8; CAP + 1]; 3];
    for (j, v) in rows[1][..=m].iter_mut().enumerate() {
        *v = j as u8;
    }
    // rows[pi] = row i-2, rows[qi] = row i-1, rows[ci] = row i
    let (mut pi, mut qi, mut ci) = (0usize, 1usize, 2usize);
    for i in 1..=n {
        let ai = a[i - 1];
        let lo = i.saturating_sub(band).max(1);
        let hi = (i + band).min(m);
        // The two cells next to the band that the recurrence reads: this row's left of `lo`
        // (column 0 holds `i` exactly) and the previous row's at `hi`.
        let mut row_min = if lo == 1 {
            rows[ci][0] = i as u8;
            i as u8
        } else {
            rows[ci][lo - 1] = big;
            big
        };
        if i + band <= m {
            rows[qi][hi] = big;
        }
        for j in lo..=hi {
            let bj = b[j - 1];
            let cost = u8::from(ai != bj);
            let (p, c) = (&rows[qi], &rows[ci]);
            let mut v = (p[j] + 1).min(c[j - 1] + 1).min(p[j - 1] + cost);
            if i > 1 && j > 1 && ai == b[j - 2] && a[i - 2] == bj {
                v = v.min(rows[pi][j - 2] + 1);
            }
            rows[ci][j] = v;
            row_min = row_min.min(v);
        }
        if usize::from(row_min) > max {
            return None;
        }
        (pi, qi, ci) = (qi, ci, pi);
    }
    Some(rows[qi][m] as usize).filter(|d| *d <= max)
}

/// The edit budget for a word of this length: short words must match exactly.
pub fn typo_budget(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osa() {
        assert_eq!(osa_distance(b"industry", b"inustry", 2), Some(1));
        assert_eq!(osa_distance(b"abcd", b"abdc", 1), Some(1));
        assert_eq!(osa_distance(b"biotechnology", b"blotechnoogy", 2), Some(2));
        assert_eq!(osa_distance(b"gazprom", b"rosneft", 2), None);
        assert_eq!(osa_distance(b"", b"ab", 2), Some(2));
    }

    /// The full OSA table, without band, affixes or early exit.
    fn reference(a: &[u8], b: &[u8]) -> usize {
        let (n, m) = (a.len(), b.len());
        let mut d = vec![vec![0usize; m + 1]; n + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        d[0] = (0..=m).collect();
        for i in 1..=n {
            for j in 1..=m {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        d[n][m]
    }

    /// Every pair of short words over a three-letter alphabet (where transpositions, repeats and
    /// shared affixes abound), plus pseudo-random longer ones: the fast table agrees with the
    /// reference at every budget.
    #[test]
    fn osa_table_agrees_with_the_full_table() {
        let mut words: Vec<Vec<u8>> = vec![Vec::new()];
        for len in 1..=5 {
            let mut next = Vec::new();
            for w in words.iter().filter(|w| w.len() == len - 1) {
                for c in [b'a', b'b', b'c'] {
                    let mut x = w.clone();
                    x.push(c);
                    next.push(x);
                }
            }
            words.extend(next);
        }
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..3000 {
            let mut w = Vec::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for k in 0..(6 + seed % 12) {
                w.push(b"abcab"[((seed >> (k * 3)) % 5) as usize]);
            }
            words.push(w);
        }
        for (i, a) in words.iter().enumerate() {
            for b in words.iter().skip(i % 7).step_by(7) {
                let want = reference(a, b);
                for max in 0..=3 {
                    let got = if a.is_empty() || b.is_empty() || a.len().abs_diff(b.len()) > max {
                        continue;
                    } else {
                        osa_table(a, b, max)
                    };
                    assert_eq!(got, Some(want).filter(|d| *d <= max), "{a:?} {b:?} {max}");
                }
            }
        }
    }
}
