//! The trimmed transliteration table (`supplyscreen_vocab::translit`, built from deunicode) gives
//! exactly what deunicode gives for every name, alias, address and remark on the lists and for the
//! goods table: leaving out scripts no name is written in changed nothing the index sees. In the
//! evaluation sets and the supplier-file fixtures, the only difference is the characters left out
//! (the emoji of `edge_names.csv`), which are now unknown: separators, not words.

use std::path::Path;
use supplyscreen_engine::bundle;
use supplyscreen_vocab::translit;

fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .unwrap()
}

/// Checks one text; returns whether it needed transliterating (was not ASCII).
fn same(text: &str, whence: &str) -> bool {
    assert_eq!(
        translit::ascii(text),
        deunicode::deunicode(text),
        "{whence}: {text:?}"
    );
    !text.is_ascii()
}

#[test]
fn every_listed_text_transliterates_as_deunicode_does() {
    let bytes = std::fs::read(repo_root().join("static/lists.bundle")).unwrap();
    let set = bundle::decode(&bytes).unwrap();
    let mut non_ascii = 0;
    for e in &set.entities {
        let texts = e
            .all_names()
            .chain(e.addresses.iter().map(String::as_str))
            .chain(e.countries.iter().map(String::as_str))
            .chain(e.remarks.as_deref())
            .chain(e.merchandise.as_deref());
        for t in texts {
            non_ascii += same(t, &e.id) as usize;
        }
    }
    for g in &set.goods {
        non_ascii += same(&g.good, "goods") as usize + same(&g.country, "goods") as usize;
    }
    // The lists carry Chinese, Cyrillic and accented names (cross-script aliases among them): a
    // bundle without them would make this test say nothing.
    assert!(
        non_ascii > 500,
        "only {non_ascii} non-ASCII texts on the lists"
    );
}

#[test]
fn every_evaluation_and_fixture_cell_transliterates_as_deunicode_does() {
    let mut files = vec![
        repo_root().join("data/eval/dev/suppliers.csv"),
        repo_root().join("data/eval/crossscript-dev/suppliers.csv"),
    ];
    for entry in std::fs::read_dir(repo_root().join("tests/fixtures")).unwrap() {
        let path = entry.unwrap().path();
        if path
            .extension()
            .is_some_and(|x| x == "csv" || x == "txt" || x == "tsv")
        {
            files.push(path);
        }
    }
    // A character deunicode does not know either, standing in for those the table leaves out.
    const UNKNOWN: char = '\u{FFFF}';
    assert_eq!(deunicode::deunicode_char(UNKNOWN), None);
    let (mut non_ascii, mut with_dropped) = (0, 0);
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        // Fixtures in legacy encodings are compared as lossy UTF-8: still text, still checked.
        let text = String::from_utf8_lossy(&bytes);
        for line in text.lines() {
            let as_unknown: String = line
                .chars()
                .map(|c| {
                    let left_out =
                        translit::pieces(c).is_none() && deunicode::deunicode_char(c).is_some();
                    if left_out {
                        UNKNOWN
                    } else {
                        c
                    }
                })
                .collect();
            with_dropped += (as_unknown != line) as usize;
            assert_eq!(
                translit::ascii(line),
                deunicode::deunicode(&as_unknown),
                "{}: {line:?}",
                path.display()
            );
            non_ascii += !line.is_ascii() as usize;
        }
    }
    assert!(non_ascii > 30, "only {non_ascii} non-ASCII lines");
    // The emoji line of edge_names.csv, and nothing else.
    assert_eq!(with_dropped, 1);
}
