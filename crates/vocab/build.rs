//! Builds the transliteration table of `src/translit.rs` from the `deunicode` crate (a build
//! dependency only: its own table never reaches the wasm).
//!
//! Why: deunicode stores three bytes for each of 140,000 code points (420 KB, 136 KB gzip of the
//! screening worker's wasm), most of them for scripts no supplier or listed name is written in.
//! This table keeps deunicode's transliteration, character for character, for the scripts that
//! are (every block of the Basic Multilingual Plane but Yi, plus the mathematical letters and the
//! enclosed letters, whose fancy capitals turn up in names), and stores it smaller: each distinct
//! output once, a two-byte number per character in blocks of 128 that are shared when equal, and
//! the Hangul syllables as their initial-and-vowel part plus their final consonant (deunicode's
//! output for all 11,172 is exactly that; checked below, or the build fails).
//!
//! Output in `OUT_DIR`: `translit_strings.txt` (the distinct outputs, concatenated in the order of
//! their numbers), `translit_lens.bin` (the length of each, one byte; number 0 is "unknown"), and
//! as u16 values stored in two planes (see [`planes`]): `translit_index.bin` (per 128 code points,
//! a block number), `translit_blocks.bin` (blocks of 128 output numbers) and `translit_hangul.bin`
//! (399 initial-and-vowel numbers, then 28 final numbers).

use std::collections::HashMap;
use std::path::Path;

/// Code points past this are not in the table (see [`kept`]).
const END: u32 = 0x1F200;
const BLOCK: u32 = 128;
const HANGUL_FIRST: u32 = 0xAC00;
const HANGUL_LAST: u32 = 0xD7A3;

/// The code points whose transliteration is kept. Dropped: Yi syllables and radicals, every
/// historic script, tile and symbol block of the supplementary planes, emoji, and the rare Han of
/// extension B onwards (no listed name uses any of them; the vocab tests check the lists).
fn kept(cp: u32) -> bool {
    match cp {
        0..=0x9FFF => true,
        0xA000..=0xA4CF => false, // Yi
        0xA4D0..=0xFFFF => true,
        0x1D400..=0x1D7FF => true, // mathematical alphanumeric symbols: 𝐀𝐁𝐂, 𝔄𝔅ℭ
        0x1F100..=0x1F1FF => true, // enclosed alphanumeric supplement: 🄰, regional indicators
        _ => false,
    }
}

/// The distinct outputs, numbered in the order first met, stored one after the other.
struct Strings {
    text: String,
    lens: Vec<u8>,
    ids: HashMap<&'static str, u16>,
}

impl Strings {
    fn id(&mut self, s: &'static str) -> u16 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        self.text.push_str(s);
        self.lens
            .push(u8::try_from(s.len()).expect("a transliteration longer than 255 bytes"));
        let id = u16::try_from(self.lens.len() - 1).expect("more than 65,535 outputs");
        self.ids.insert(s, id);
        id
    }
}

/// u16 values as two planes, all low bytes then all high bytes: the high bytes are few and
/// repetitive, and compress far better apart (the download is gzip or brotli).
fn planes(values: &[u16]) -> Vec<u8> {
    let mut out: Vec<u8> = values.iter().map(|v| *v as u8).collect();
    out.extend(values.iter().map(|v| (v >> 8) as u8));
    out
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);

    let mut strings = Strings {
        text: String::new(),
        // Number 0: unknown (length 0; never looked up).
        lens: vec![0],
        ids: HashMap::new(),
    };
    let char_id = |strings: &mut Strings, cp: u32| -> u16 {
        match char::from_u32(cp).and_then(deunicode::deunicode_char) {
            Some(s) if kept(cp) => strings.id(s),
            _ => 0,
        }
    };

    // Hangul: initial-and-vowel (19 x 21) and final (28) parts; every syllable must be their
    // concatenation.
    let syllable = |i: u32| deunicode::deunicode_char(char::from_u32(HANGUL_FIRST + i).unwrap());
    let mut hangul = Vec::new();
    for lv in 0..19 * 21 {
        let s = syllable(lv * 28).expect("deunicode knows every Hangul syllable");
        hangul.push(strings.id(s));
    }
    // Finals, read off the syllables with the initial ㅇ and the vowel ㅏ ("a").
    let plain = syllable(11 * 21 * 28).unwrap();
    let mut finals = Vec::new();
    for t in 0..28 {
        let s = syllable(11 * 21 * 28 + t).unwrap();
        let fin = s
            .strip_prefix(plain)
            .expect("a Hangul final follows its syllable's start");
        finals.push(fin);
        hangul.push(strings.id(fin));
    }
    for i in 0..=(HANGUL_LAST - HANGUL_FIRST) {
        let whole = syllable(i).unwrap();
        let start = syllable(i / 28 * 28).unwrap();
        assert_eq!(
            whole,
            format!("{start}{}", finals[(i % 28) as usize]),
            "deunicode's Hangul syllable U+{:04X} is not its parts",
            HANGUL_FIRST + i
        );
    }

    // Blocks of 128 code points, from U+0000 (deunicode maps ASCII to itself, but for some control
    // characters, which it drops).
    let mut index: Vec<u16> = Vec::new();
    let mut blocks: Vec<u16> = Vec::new();
    let mut seen: HashMap<Vec<u16>, u16> = HashMap::new();
    for b in 0..END / BLOCK {
        let mut block = Vec::with_capacity(2 * BLOCK as usize);
        for cp in b * BLOCK..(b + 1) * BLOCK {
            let hangul = (HANGUL_FIRST..=HANGUL_LAST).contains(&cp);
            let id = if hangul { 0 } else { char_id(&mut strings, cp) };
            block.push(id);
        }
        let n = seen.len() as u16;
        let number = *seen.entry(block.clone()).or_insert_with(|| {
            blocks.extend_from_slice(&block);
            n
        });
        index.push(number);
    }

    let write = |name: &str, bytes: &[u8]| {
        std::fs::write(out.join(name), bytes).unwrap_or_else(|e| panic!("writing {name}: {e}"))
    };
    write("translit_strings.txt", strings.text.as_bytes());
    write("translit_lens.bin", &strings.lens);
    write("translit_index.bin", &planes(&index));
    write("translit_blocks.bin", &planes(&blocks));
    write("translit_hangul.bin", &planes(&hangul));
}
