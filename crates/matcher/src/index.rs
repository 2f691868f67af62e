//! The candidate index: built once from the lists, it finds for a supplier name the few listed names
//! worth scoring precisely, without scanning every name.
//!
//! * Vocabulary: every canonical word of every listed name, with its IDF weight computed over
//!   entities (a word repeated in an entity's aliases counts once), plus the concatenation of each
//!   pair of adjacent words ("gazprom"+"bank"), so a supplier's joined spelling finds the split one.
//! * Postings: vocabulary id -> names containing it (flat arrays, 4 bytes per posting).
//! * Typos: a symmetric-deletion index (each word and each of its one-letter deletions, hashed ->
//!   vocabulary ids). A supplier word and a listed word within one edit share a key; long supplier
//!   words also try their two-letter deletions, which reaches many two-edit typos.
//! * Transliteration: words keyed by their romanisation skeleton ("transstroimekhanizatsiya" and
//!   "transstroymekhanizatsiya" share one).

use crate::edit::{osa_distance, typo_budget};
use crate::normalize::{
    is_business_word, is_vocabulary_word, normalize, primary_readings, skeleton_hash, Derivation,
    Token, TokenClass,
};
use crate::score::{TokView, MAX_TOKENS};
use rustc_hash::FxHashMap;
use std::hash::{Hash, Hasher};
use supplyscreen_lists::model::{AliasKind, EntityKind, ListCode, ListSet};

/// Postings longer than this (very common words) are not walked for candidates unless the supplier
/// name has nothing rarer: they would add cost and no discrimination.
pub const MAX_POSTINGS_WALKED: usize = 600;

pub(crate) fn hash_str(s: &[u8]) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    s.hash(&mut h);
    // Never 0: 0 means "no skeleton" in TokView.
    h.finish() | 1
}

/// Sorts the group `vals[group]` and writes it, without repeats, from `vals[out]` on (`out` is at
/// most the group's start: groups move down over the repeats dropped before them). Returns the end
/// of the written group. The typo keys and the postings are grouped this way instead of sorting
/// all their pairs.
fn compact_group(vals: &mut [u32], group: std::ops::Range<usize>, mut out: usize) -> usize {
    debug_assert!(out <= group.start);
    vals[group.clone()].sort_unstable();
    let first = out;
    for i in group {
        if out == first || vals[out - 1] != vals[i] {
            vals[out] = vals[i];
            out += 1;
        }
    }
    out
}

/// One token of a listed name, as stored (8 bytes + interned strings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct RecTok {
    pub canon: u32,
    pub surface: u32,
    pub class: TokenClass,
    pub derivation: Derivation,
    /// The canonical form is the surface form (see [`TokView::as_written`]).
    pub as_written: bool,
}

/// One listed name (a primary name or an alias).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Record {
    pub entity: u32,
    /// 0 = primary name, k = alias k-1.
    pub name_idx: u16,
    pub list: ListCode,
    pub weak_alias: bool,
    pub tok_start: u32,
    pub tok_len: u8,
    /// Sum of the weights of its tokens (for the candidate estimate).
    pub weight: f32,
}

#[derive(Default)]
pub(crate) struct Interner {
    map: FxHashMap<Box<str>, u32>,
    pub strs: Vec<Box<str>>,
}

impl Interner {
    fn intern(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.map.get(s) {
            return id;
        }
        let id = self.strs.len() as u32;
        self.strs.push(s.into());
        self.map.insert(s.into(), id);
        id
    }
    pub fn get(&self, s: &str) -> Option<u32> {
        self.map.get(s).copied()
    }
}

/// Hash -> list of u32 values, stored flat.
#[derive(Default)]
struct MultiMap {
    ranges: FxHashMap<u64, (u32, u32)>,
    vals: Vec<u32>,
    /// One bit per slot, set for every key's slot (a one-hash Bloom filter, about 16 bits per key).
    /// Nearly every typo key of a supplier word is in no listed word; this answers "absent" for
    /// all but a few percent of them with one memory read instead of a hash-table probe.
    filter: Vec<u64>,
}

impl MultiMap {
    /// Groups `pairs` by key. The keys are hashes, so their order means nothing and they are
    /// not sorted (sorting the two million typo keys was most of the index build): each key's
    /// values are counted, placed, then sorted and deduplicated within their small group, which
    /// gives every key the values a sort of all the pairs would have given it.
    fn build(pairs: Vec<(u64, u32)>) -> MultiMap {
        let mut ranges: FxHashMap<u64, (u32, u32)> = FxHashMap::default();
        ranges.reserve(pairs.len() / 2);
        for &(k, _) in &pairs {
            ranges.entry(k).or_insert((0, 0)).1 += 1;
        }
        // Lay the groups out in the map's iteration order (nothing below changes the map's shape,
        // so every pass over it sees the same order): (start, count) becomes (start, 0), a cursor.
        let mut start = 0u32;
        for r in ranges.values_mut() {
            let n = r.1;
            *r = (start, 0);
            start += n;
        }
        let mut vals = vec![0u32; pairs.len()];
        for &(k, v) in &pairs {
            let r = ranges.get_mut(&k).expect("every key was counted");
            vals[(r.0 + r.1) as usize] = v;
            r.1 += 1;
        }
        drop(pairs);
        // Sort and deduplicate each group, moving it down over the repeats dropped before it.
        let mut out = 0usize;
        for r in ranges.values_mut() {
            let first = out;
            out = compact_group(&mut vals, r.0 as usize..(r.0 + r.1) as usize, out);
            *r = (first as u32, (out - first) as u32);
        }
        vals.truncate(out);
        vals.shrink_to_fit();
        let bits = (ranges.len() * 16).next_power_of_two().max(64);
        let mut filter = vec![0u64; bits / 64];
        for &k in ranges.keys() {
            let slot = Self::slot(k, bits);
            filter[slot / 64] |= 1 << (slot % 64);
        }
        MultiMap {
            ranges,
            vals,
            filter,
        }
    }
    /// The filter bit of key `k` (keys are already hashes; bit 0 is always set, so it is skipped).
    #[inline]
    fn slot(k: u64, bits: usize) -> usize {
        (k >> 1) as usize & (bits - 1)
    }
    /// False when `k` is certainly absent (the filter's answer for nearly every typo key).
    #[inline]
    fn may_contain(&self, k: u64) -> bool {
        let slot = Self::slot(k, self.filter.len() * 64);
        self.filter
            .get(slot / 64)
            .is_some_and(|w| w & (1 << (slot % 64)) != 0)
    }
    #[inline]
    fn get(&self, k: u64) -> &[u32] {
        if !self.may_contain(k) {
            return &[];
        }
        match self.ranges.get(&k) {
            Some(&(s, n)) => &self.vals[s as usize..(s + n) as usize],
            None => &[],
        }
    }
    fn bytes(&self) -> usize {
        self.ranges.capacity() * 20 + self.vals.capacity() * 4 + self.filter.capacity() * 8
    }
}

pub(crate) struct Index {
    /// Unique per built index, so per-thread caches keyed by word know whose words they hold.
    pub id: u64,
    /// Canonical forms (and adjacent-pair concatenations).
    pub canon: Interner,
    pub surface: Interner,
    pub idf: Vec<f32>,
    pub skel: Vec<u64>,
    /// [`crate::score::letter_set`] of each canonical form and of each surface form, computed once
    /// here instead of for every token of every candidate the aligner looks at.
    pub canon_letters: Vec<u64>,
    /// Per canonical form: a word of one name's own, not a rendering of the business vocabulary
    /// ([`TokView::own_word`]).
    pub own_word: Vec<bool>,
    pub surface_letters: Vec<u64>,
    /// [`crate::score::is_vowelless_acronym`] per surface form.
    pub surface_acronym: Vec<bool>,
    pub records: Vec<Record>,
    pub toks: Vec<RecTok>,
    post_off: Vec<u32>,
    post: Vec<u32>,
    deletions: MultiMap,
    skeletons: MultiMap,
    /// Weight of a word found in no listed name.
    pub unknown_weight: f32,
    /// Words weighing at most this are generic (in many entities).
    pub generic_weight: f32,
    pub entity_kind: Vec<EntityKind>,
    /// ISO codes of each entity's countries (unknown names dropped).
    pub entity_countries: Vec<Vec<&'static str>>,
}

/// Hashes of a word with no, one or two letters deleted, for the typo index, each computed in a few
/// arithmetic steps from the word's prefix sums instead of by writing the shortened word out and
/// hashing it (a long word has ~100 two-letter deletions, and writing one byte then reading the
/// word back stalls on every one of them).
///
/// The hash is polynomial, `sum of b[k] * B^k` (wrapping), so deleting letters shifts the later
/// letters down one power: multiply their part of the sum by `B^-1` (`B` is odd, so invertible
/// modulo 2^64). A final mix spreads the bits for the hash table and its filter. Only the typo
/// index uses it, on both sides; collisions only add candidates that the edit distance then
/// rejects.
struct DeletionHasher {
    /// `prefix[k]` = hash of the first `k` letters.
    prefix: Vec<u64>,
}

const DEL_B: u64 = 0x0000_0100_0000_01b3;
/// `DEL_B^-1` modulo 2^64 (Newton's iteration doubles the correct low bits at each step).
const DEL_B_INV: u64 = {
    let mut x: u64 = DEL_B; // correct to 3 bits for any odd number
    let mut i = 0;
    while i < 6 {
        x = x.wrapping_mul(2u64.wrapping_sub(DEL_B.wrapping_mul(x)));
        i += 1;
    }
    x
};
const DEL_B_INV2: u64 = DEL_B_INV.wrapping_mul(DEL_B_INV);

impl DeletionHasher {
    fn new(w: &[u8], prefix: Vec<u64>) -> DeletionHasher {
        let mut prefix = prefix;
        prefix.clear();
        prefix.reserve(w.len() + 1);
        let (mut h, mut pow) = (0u64, 1u64);
        prefix.push(0);
        for &c in w {
            h = h.wrapping_add(u64::from(c).wrapping_mul(pow));
            pow = pow.wrapping_mul(DEL_B);
            prefix.push(h);
        }
        DeletionHasher { prefix }
    }
    fn len(&self) -> usize {
        self.prefix.len() - 1
    }
    fn mix(h: u64, len: usize) -> u64 {
        // The low bits of a polynomial hash are weak (bit 0 is the parity of the letters): a
        // multiply carries them up and the shift brings the mixed high bits down. The length goes
        // into the top byte. Never 0 (MultiMap's filter skips bit 0).
        let x = (h ^ ((len as u64) << 56)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (x ^ (x >> 29)) | 1
    }
    /// The whole word.
    fn full(&self) -> u64 {
        Self::mix(self.prefix[self.len()], self.len())
    }
    /// Without letter `i`.
    fn without(&self, i: usize) -> u64 {
        let (p, n) = (&self.prefix, self.len());
        let tail = p[n].wrapping_sub(p[i + 1]).wrapping_mul(DEL_B_INV);
        Self::mix(p[i].wrapping_add(tail), n - 1)
    }
    /// Without letters `i < j`.
    fn without2(&self, i: usize, j: usize) -> u64 {
        let (p, n) = (&self.prefix, self.len());
        let mid = p[j].wrapping_sub(p[i + 1]).wrapping_mul(DEL_B_INV);
        let tail = p[n].wrapping_sub(p[j + 1]).wrapping_mul(DEL_B_INV2);
        Self::mix(p[i].wrapping_add(mid).wrapping_add(tail), n - 2)
    }
}

/// The typo-index keys of a listed word: itself and each one-letter deletion.
fn deletion_keys(w: &str, prefix: &mut Vec<u64>, out: &mut Vec<u64>) {
    let h = DeletionHasher::new(w.as_bytes(), std::mem::take(prefix));
    out.push(h.full());
    out.extend((0..h.len()).map(|i| h.without(i)));
    *prefix = h.prefix;
}

/// `w` without the letters at `skip` (ascending), as [`hash_str`] hashes it: the order in which
/// the typo lookup visits its hits, kept from when the typo index was keyed by that hash.
fn order_key(w: &[u8], skip: &[usize]) -> u64 {
    let kept = w
        .iter()
        .enumerate()
        .filter(|(k, _)| !skip.contains(k))
        .map(|(_, &c)| c);
    // A word of up to 64 letters is written on the stack: this runs for every typo neighbour.
    let mut small = [0u8; 64];
    if w.len() <= small.len() {
        let mut n = 0;
        for c in kept {
            small[n] = c;
            n += 1;
        }
        hash_str(&small[..n])
    } else {
        hash_str(&kept.collect::<Vec<u8>>())
    }
}

/// The vocabulary key under which a name is found by its initials: `^` and the letters.
pub(crate) fn initials_key(letters: &str) -> String {
    format!("^{letters}")
}

/// The initialism keys of a name of three or more words: the initials of its words (linking
/// words skipped), with its one-word legal forms and without the ones at its end ("China Railway
/// Construction Corporation Limited" -> `^crccl`, `^crcc`, `^crc`).
pub(crate) fn initials_keys(tokens: &[Token]) -> Vec<String> {
    let mut letters = String::new();
    initials_letters(tokens, &mut letters)
        .rev()
        .map(|k| initials_key(&letters[..k]))
        .collect()
}

/// The letters of [`initials_keys`] (without the `^`), written into `letters`, and the lengths of
/// the keys in it (a range: the keys are its values, longest first when reversed).
pub(crate) fn initials_letters(tokens: &[Token], letters: &mut String) -> std::ops::Range<usize> {
    letters.clear();
    let mut trailing_lf = 0;
    for t in tokens {
        if crate::score::is_initials_stopword(&t.surface) && !letters.is_empty() {
            continue;
        }
        if !crate::score::gives_initial(t.class, t.derivation, &t.surface)
            || t.surface.len() < 2
            || crate::score::is_vowelless_acronym(&t.surface)
        {
            // Numbers and readings of Han text break the run: no key.
            if t.class == TokenClass::LegalForm {
                continue;
            }
            letters.clear();
            return 0..0;
        }
        letters.push(char::from(t.surface.as_bytes()[0]));
        trailing_lf = if t.class == TokenClass::LegalForm {
            trailing_lf + 1
        } else {
            0
        };
    }
    // Keys of 3 to 6 letters, from the whole run down to the run without its legal forms.
    let n = letters.len();
    (n - trailing_lf).max(3)..n.min(6) + 1
}

impl Index {
    pub fn build(set: &ListSet) -> Index {
        let mut canon = Interner::default();
        let mut surface = Interner::default();
        let mut records = Vec::new();
        let mut toks: Vec<RecTok> = Vec::new();
        // (vocab id, record) postings, and per-entity distinct vocab ids for df.
        let mut post_pairs: Vec<(u32, u32)> = Vec::new();
        let mut df: Vec<u32> = Vec::new();
        let mut entity_kind = Vec::with_capacity(set.entities.len());
        let mut entity_countries = Vec::with_capacity(set.entities.len());
        let mut seen_in_entity: Vec<u32> = Vec::new();
        let mut joined = String::new();
        let mut ranges_seen: FxHashMap<Box<[RecTok]>, u32> = FxHashMap::default();
        for (ei, e) in set.entities.iter().enumerate() {
            entity_kind.push(e.kind);
            let mut cs: Vec<&'static str> = e
                .countries
                .iter()
                .filter_map(|c| supplyscreen_vocab::country::country_code(c))
                .collect();
            cs.sort_unstable();
            cs.dedup();
            entity_countries.push(cs);
            seen_in_entity.clear();
            let names = std::iter::once((e.name.as_str(), false)).chain(
                e.aliases
                    .iter()
                    .map(|a| (a.name.as_str(), a.kind == AliasKind::WeakAka)),
            );
            for (ni, (name, weak)) in names.enumerate() {
                let mut tokens = primary_readings(normalize(name));
                tokens.truncate(MAX_TOKENS);
                if tokens.is_empty() || ni > u16::MAX as usize {
                    continue;
                }
                let rec_id = records.len() as u32;
                let start = toks.len() as u32;
                for t in &tokens {
                    let c = canon.intern(&t.canon);
                    let s = surface.intern(&t.surface);
                    toks.push(RecTok {
                        canon: c,
                        surface: s,
                        class: t.class,
                        derivation: t.derivation,
                        as_written: t.canon == t.surface,
                    });
                    post_pairs.push((c, rec_id));
                    if !seen_in_entity.contains(&c) {
                        seen_in_entity.push(c);
                    }
                }
                // Adjacent concatenations (canonical and surface), for joined spellings.
                for w in tokens.windows(2) {
                    if w[0].class != TokenClass::LegalForm
                        && w[1].class == TokenClass::LegalForm
                        && crate::score::is_gluable_form(&w[1].surface)
                    {
                        // "BASF AG" is also found as "basfag".
                        joined.clear();
                        joined.push_str(&w[0].surface);
                        joined.push_str(&w[1].surface);
                        let c = canon.intern(&joined);
                        post_pairs.push((c, rec_id));
                        if !seen_in_entity.contains(&c) {
                            seen_in_entity.push(c);
                        }
                    }
                    if w.iter().any(|t| t.class == TokenClass::LegalForm) {
                        continue;
                    }
                    for (a, b) in [(&w[0].canon, &w[1].canon), (&w[0].surface, &w[1].surface)] {
                        joined.clear();
                        joined.push_str(a);
                        joined.push_str(b);
                        let c = canon.intern(&joined);
                        post_pairs.push((c, rec_id));
                        if !seen_in_entity.contains(&c) {
                            seen_in_entity.push(c);
                        }
                    }
                }
                // Initials ("Islamic Revolutionary Guard Corps" -> `^irgc`), for a supplier
                // that writes the acronym.
                for key in initials_keys(&tokens) {
                    let c = canon.intern(&key);
                    post_pairs.push((c, rec_id));
                    if !seen_in_entity.contains(&c) {
                        seen_in_entity.push(c);
                    }
                }
                // Names written the same (one entity on several lists, an alias that differs
                // only in punctuation) share one token range, which the screener aligns once.
                let own = &toks[start as usize..];
                let start = match ranges_seen.get(own) {
                    Some(&earlier) => {
                        toks.truncate(start as usize);
                        earlier
                    }
                    None => {
                        ranges_seen.insert(own.to_vec().into_boxed_slice(), start);
                        start
                    }
                };
                records.push(Record {
                    entity: ei as u32,
                    name_idx: ni as u16,
                    list: e.list,
                    weak_alias: weak,
                    tok_start: start,
                    tok_len: tokens.len() as u8,
                    weight: 0.0,
                });
            }
            if df.len() < canon.strs.len() {
                df.resize(canon.strs.len(), 0);
            }
            for &c in &seen_in_entity {
                df[c as usize] += 1;
            }
        }
        df.resize(canon.strs.len(), 0);
        let n = set.entities.len().max(1) as f32;
        let idf: Vec<f32> = df
            .iter()
            .map(|&d| (1.0 + n / d.max(1) as f32).ln())
            .collect();
        for r in &mut records {
            let ts = &toks[r.tok_start as usize..r.tok_start as usize + r.tok_len as usize];
            r.weight = ts
                .iter()
                .map(|t| match t.class {
                    TokenClass::LegalForm => crate::score::LEGAL_FORM_WEIGHT,
                    _ => idf[t.canon as usize],
                })
                .sum();
        }
        // Postings, CSR: counted and placed per vocabulary id (no sort of all the pairs), then each
        // word's names sorted and deduplicated, as a sort of the pairs would leave them.
        let mut count_off = vec![0u32; canon.strs.len() + 1];
        for &(c, _) in &post_pairs {
            count_off[c as usize + 1] += 1;
        }
        for i in 1..count_off.len() {
            count_off[i] += count_off[i - 1];
        }
        let mut cursor = count_off.clone();
        let mut post = vec![0u32; post_pairs.len()];
        for &(c, r) in &post_pairs {
            post[cursor[c as usize] as usize] = r;
            cursor[c as usize] += 1;
        }
        drop((post_pairs, cursor));
        let mut post_off = vec![0u32; canon.strs.len() + 1];
        let mut out = 0usize;
        for c in 0..canon.strs.len() {
            out = compact_group(
                &mut post,
                count_off[c] as usize..count_off[c + 1] as usize,
                out,
            );
            post_off[c + 1] = out as u32;
        }
        post.truncate(out);
        post.shrink_to_fit();
        // Deletion and skeleton keys over single words (not concatenations: those are found exactly).
        let mut is_word = vec![false; canon.strs.len()];
        for t in &toks {
            if matches!(t.class, TokenClass::Word | TokenClass::Noise) {
                is_word[t.canon as usize] = true;
            }
        }
        let mut del_pairs = Vec::new();
        let mut skel_pairs = Vec::new();
        let mut skel = vec![0u64; canon.strs.len()];
        let mut keys = Vec::new();
        let mut prefix = Vec::new();
        for (id, s) in canon.strs.iter().enumerate() {
            if !is_word[id] || s.len() < 4 {
                continue;
            }
            keys.clear();
            deletion_keys(s, &mut prefix, &mut keys);
            del_pairs.extend(keys.iter().map(|&k| (k, id as u32)));
            let sk = skeleton_hash(s, hash_str);
            skel[id] = sk;
            skel_pairs.push((sk, id as u32));
        }
        let generic_weight = (1.0 + n / 50.0).ln();
        let letters = |i: &Interner| -> Vec<u64> {
            i.strs.iter().map(|s| crate::edit::letter_set(s)).collect()
        };
        let (canon_letters, surface_letters) = (letters(&canon), letters(&surface));
        let surface_acronym = surface
            .strs
            .iter()
            .map(|s| crate::score::is_vowelless_acronym(s))
            .collect();
        let own_word = canon
            .strs
            .iter()
            .enumerate()
            .map(|(id, s)| is_word[id] && !is_vocabulary_word(s))
            .collect();
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        Index {
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            canon,
            surface,
            idf,
            skel,
            canon_letters,
            surface_letters,
            surface_acronym,
            own_word,
            records,
            toks,
            post_off,
            post,
            deletions: MultiMap::build(del_pairs),
            skeletons: MultiMap::build(skel_pairs),
            unknown_weight: (1.0 + n).ln(),
            generic_weight,
            entity_kind,
            entity_countries,
        }
    }

    /// Approximate heap bytes used (for the bench's memory budget).
    pub fn heap_bytes(&self) -> usize {
        let strs = |i: &Interner| {
            i.strs.iter().map(|s| s.len() + 16).sum::<usize>() * 2 + i.map.capacity() * 24
        };
        strs(&self.canon)
            + strs(&self.surface)
            + self.idf.capacity() * 4
            + self.skel.capacity() * 8
            + self.canon_letters.capacity() * 8
            + self.own_word.capacity()
            + self.surface_letters.capacity() * 8
            + self.surface_acronym.capacity()
            + self.records.capacity() * std::mem::size_of::<Record>()
            + self.toks.capacity() * std::mem::size_of::<RecTok>()
            + self.post_off.capacity() * 4
            + self.post.capacity() * 4
            + self.deletions.bytes()
            + self.skeletons.bytes()
            + self.entity_countries.capacity() * 24
    }

    pub fn postings(&self, id: u32) -> &[u32] {
        let (a, b) = (
            self.post_off[id as usize] as usize,
            self.post_off[id as usize + 1] as usize,
        );
        &self.post[a..b]
    }

    pub fn weight_of(&self, class: TokenClass, canon: &str) -> (u32, f32) {
        let id = self.canon.get(canon).unwrap_or(u32::MAX);
        let w = match class {
            TokenClass::LegalForm => crate::score::LEGAL_FORM_WEIGHT,
            _ if id == u32::MAX => self.unknown_weight,
            _ => self.idf[id as usize],
        };
        (id, w)
    }

    /// Token views of a record, for the aligner.
    pub fn record_views(&self, r: &Record) -> Vec<TokView<'_>> {
        let mut out = Vec::with_capacity(r.tok_len as usize);
        self.record_views_into(r, &mut out);
        out
    }

    /// [`Index::record_views`] into a buffer the caller reuses from one candidate to the next.
    pub fn record_views_into<'s>(&'s self, r: &Record, out: &mut Vec<TokView<'s>>) {
        out.clear();
        let toks = &self.toks[r.tok_start as usize..r.tok_start as usize + r.tok_len as usize];
        out.extend(toks.iter().map(|t| TokView {
            canon_id: t.canon,
            canon: &self.canon.strs[t.canon as usize],
            surface: &self.surface.strs[t.surface as usize],
            skel: self.skel[t.canon as usize],
            letters: self.canon_letters[t.canon as usize],
            surface_letters: self.surface_letters[t.surface as usize],
            as_written: t.as_written,
            acronym: self.surface_acronym[t.surface as usize],
            group: 0,
            option: 0,
            segment: "",
            plain: false,
            own_word: self.own_word[t.canon as usize],
            class: t.class,
            derivation: t.derivation,
            weight: match t.class {
                TokenClass::LegalForm => crate::score::LEGAL_FORM_WEIGHT,
                _ => self.idf[t.canon as usize],
            },
        }));
    }

    /// Supplier tokens as aligner views (weights from the list vocabulary).
    pub fn query_views<'a>(&self, tokens: &'a [Token], skels: &[u64]) -> Vec<TokView<'a>> {
        tokens
            .iter()
            .zip(skels)
            .map(|(t, &sk)| {
                let (id, w) = self.weight_of(t.class, &t.canon);
                let mut v = TokView::new(id, &t.canon, &t.surface, sk, t.class, t.derivation, w);
                v.group = t.group;
                v.option = t.option;
                v.segment = &t.segment;
                v.plain = t.class == TokenClass::Word
                    && (w <= self.generic_weight
                        || t.derivation == Derivation::Place
                        || is_business_word(&t.canon)
                        || (t.canon.len() > 3
                            && supplyscreen_vocab::country::is_country(&t.canon)));
                v
            })
            .collect()
    }

    /// Vocabulary ids a supplier word may stand for: itself, its typo neighbours, its
    /// transliteration variants. Each with the similarity of the evidence.
    ///
    /// Ids already in `out` are not added again, and the two-letter deletions are only tried when
    /// `out` is still empty (callers rely on both).
    pub fn word_hits(&self, w: &str, out: &mut Vec<(u32, f32)>) {
        if let Some(id) = self.canon.get(w) {
            out.push((id, 1.0));
        }
        if w.len() < 4 {
            return;
        }
        // Deletion keys are looked up as they are made, and only the few that hit anything are
        // kept: (order key, position in its posting list, vocabulary id). The order key is the
        // shortened word's `hash_str`, so sorting by it visits the neighbours in the order this
        // lookup always has (the order decides ties further on), while only hits pay for it.
        let b = w.as_bytes();
        let (prefix, mut found) = WORD_HITS_SCRATCH.with(|c| std::mem::take(&mut *c.borrow_mut()));
        found.clear();
        let mut probe = |k: u64, skip: &[usize]| {
            let ids = self.deletions.get(k);
            if !ids.is_empty() {
                let order = order_key(b, skip);
                for (p, &id) in ids.iter().enumerate() {
                    found.push((order, p as u32, id));
                }
            }
        };
        let h = DeletionHasher::new(b, prefix);
        probe(h.full(), &[]);
        // The filter is asked first, so only the few keys it lets through pay for a probe.
        for i in 0..b.len() {
            let k = h.without(i);
            if self.deletions.may_contain(k) {
                probe(k, &[i]);
            }
        }
        if b.len() >= 9 && out.is_empty() && b.len() <= 64 {
            // Two-letter deletions of the query against one-letter deletions of the lists.
            for i in 0..b.len() {
                for j in i + 1..b.len() {
                    let k = h.without2(i, j);
                    if self.deletions.may_contain(k) {
                        probe(k, &[i, j]);
                    }
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        let budget = typo_budget(w.len());
        for &(_, _, id) in &found {
            if out.iter().any(|h| h.0 == id) {
                continue;
            }
            let cand = &self.canon.strs[id as usize];
            let b = typo_budget(cand.len()).min(budget);
            if let Some(d) = osa_distance(w.as_bytes(), cand.as_bytes(), b) {
                out.push((
                    id,
                    1.0 - crate::score::TYPO_COST * d as f32 / w.len().max(cand.len()) as f32,
                ));
            }
        }
        let sk = skeleton_hash(w, hash_str);
        for &id in self.skeletons.get(sk) {
            if !out.iter().any(|h| h.0 == id) {
                out.push((id, crate::score::TRANSLITERATION_SIM));
            }
        }
        WORD_HITS_SCRATCH.with(|c| *c.borrow_mut() = (h.prefix, found));
    }
}

thread_local! {
    /// [`Index::word_hits`]'s buffers (the word's prefix hashes, the neighbours found), kept from
    /// one lookup to the next instead of two allocations per word.
    #[allow(clippy::type_complexity)]
    static WORD_HITS_SCRATCH: std::cell::RefCell<(Vec<u64>, Vec<(u64, u32, u32)>)> =
        const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deletion_hashes_equal_the_hash_of_the_shortened_word() {
        assert_eq!(DEL_B.wrapping_mul(DEL_B_INV), 1);
        let whole = |w: &[u8]| DeletionHasher::new(w, Vec::new()).full();
        for w in ["gazprombank", "abcd", "transstroimekhanizatsiya", "aab"] {
            let b = w.as_bytes();
            let h = DeletionHasher::new(b, Vec::new());
            assert_eq!(h.full(), whole(b));
            for i in 0..b.len() {
                let one: Vec<u8> = [&b[..i], &b[i + 1..]].concat();
                assert_eq!(h.without(i), whole(&one), "{w} without {i}");
                for j in i + 1..b.len() {
                    let two: Vec<u8> = [&b[..i], &b[i + 1..j], &b[j + 1..]].concat();
                    assert_eq!(h.without2(i, j), whole(&two), "{w} without {i}, {j}");
                }
            }
        }
        // Different words, different keys (and never 0).
        assert_ne!(whole(b"abc"), whole(b"acb"));
        assert_ne!(whole(b"ab"), whole(b"abb"));
        assert!(whole(b"") != 0);
    }
}
