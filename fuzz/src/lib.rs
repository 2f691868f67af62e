//! The checks each fuzz target runs on one input, kept apart from the `fuzz_target!` wrappers so the
//! same functions replay the saved crashing inputs in `fuzz/regressions/<target>/` under a plain
//! `cargo test` (`crates/engine/tests/fuzz_regressions.rs` includes this file by path).
//!
//! Beyond "does not panic", each function asserts the documented promises of the API it drives
//! (a table's rows are as wide as its header, scores stay in [0, 1], a decoded bundle re-encodes),
//! because a fuzzer only finds what an assertion can notice.
//!
//! Only `supplyscreen_engine`, `sha2` (an engine dependency) and `std` are used here, so the file compiles in both places.

use std::sync::OnceLock;
use supplyscreen_engine::bundle;
use supplyscreen_engine::input::{self, Limits, Table};
use supplyscreen_engine::model::{Alias, AliasKind, Entity, EntityKind, ListCode, ListSet};
use supplyscreen_engine::normalize;
use supplyscreen_engine::screen::{ScreenOptions, Screener, SupplierQuery};

/// Smaller than the defaults so the row and cell limits are reached by small inputs, and their code
/// paths get fuzzed too. Otherwise the reader behaves the same under any limits.
const LIMITS: Limits = Limits {
    max_bytes: 1 << 20,
    max_rows: 200,
    max_cell_chars: 100,
};

/// A dropped file: any bytes, read as CSV or XLSX (the format is sniffed from the content).
pub fn read_table(data: &[u8]) {
    match input::read_table("fuzz.csv", data, &LIMITS) {
        Ok(table) => check_table(&table, &LIMITS),
        Err(e) => {
            // Every message names the file, so a user with several files knows which one failed.
            assert_eq!(e.file(), "fuzz.csv");
            assert!(e.to_string().starts_with("fuzz.csv: "), "{e}");
        }
    }
}

/// Text pasted into the page (invalid UTF-8 is made valid first, as the browser's text area would).
pub fn read_pasted(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let table = input::read_pasted(&text);
    check_table(&table, &Limits::default());
    assert_eq!(table.source.format, input::Format::Pasted);
}

/// The promises `Table` documents, plus column detection on it.
fn check_table(table: &Table, limits: &Limits) {
    assert!(!table.columns.is_empty(), "a table always has a column");
    for (i, c) in table.columns.iter().enumerate() {
        assert!(
            !table.columns[..i].contains(c),
            "duplicate column name {c:?} in {:?}",
            table.columns
        );
    }
    assert!(
        table.rows.len() <= limits.max_rows,
        "{} rows",
        table.rows.len()
    );
    for (i, row) in table.rows.iter().enumerate() {
        assert_eq!(
            row.len(),
            table.columns.len(),
            "data row {} is not as wide as the header",
            i + 1
        );
        for cell in row {
            assert!(
                cell.chars().count() <= limits.max_cell_chars,
                "cell of {} chars",
                cell.chars().count()
            );
        }
    }
    let m = input::detect_columns(table);
    for col in [m.name, m.country, m.address, m.product]
        .into_iter()
        .flatten()
    {
        assert!(
            col < table.columns.len(),
            "detected column {col} out of range"
        );
    }
}

/// A supplier name through the normaliser, and the pair scorer on it against itself.
pub fn normalize(data: &[u8]) {
    let name = String::from_utf8_lossy(data);
    let tokens = normalize::normalize(&name);
    for t in &tokens {
        // The matcher compares `canon`; an empty one would match every other empty one. Known
        // exception: a number made only of zeros ("0", "000", also as noise after "No.") loses them
        // all to leading-zero stripping (fuzz/regressions/normalize/*zero*); 0 = 00 either way.
        assert!(
            !t.canon.is_empty() || t.surface.bytes().all(|b| b == b'0'),
            "empty canonical token from {name:?}: {t:?}"
        );
        assert!(t.surface.is_ascii(), "non-ASCII surface {:?}", t.surface);
    }
    for w in name.split_whitespace().take(8) {
        let _ = normalize::canonical_word(w);
        let _ = normalize::skeleton(w);
    }
    let s = supplyscreen_engine::screen::score_pair(&name, &name);
    assert!((0.0..=1.0).contains(&s), "score_pair = {s}");
}

/// A list bundle from anywhere (a stale cache, a truncated download, a user's own build): an error,
/// or a list set that encodes back to the same set and can be indexed and screened against.
///
/// Bytes that start with the bundle magic are fed as they are (header checks). Anything else is
/// wrapped in a valid header and checksum first, because a fuzzer cannot forge a SHA-256 and would
/// otherwise never reach the postcard decoder.
pub fn bundle_decode(data: &[u8]) {
    let wrapped;
    let bytes = if data.starts_with(bundle::MAGIC) {
        data
    } else {
        wrapped = wrap_payload(data);
        &wrapped[..]
    };
    let Ok(set) = bundle::decode(bytes) else {
        return;
    };
    let again = bundle::encode(&set).expect("a decoded set encodes");
    assert_eq!(bundle::decode(&again).expect("re-decodes"), set);
    // Indexing is linear in the names; keep each run fast.
    if set.entities.len() <= 64 {
        let screener = Screener::new(&set);
        for e in set.entities.iter().take(4) {
            let q = SupplierQuery {
                name: e.name.clone(),
                country: e.countries.first().cloned(),
            };
            for h in screener.screen(&q, &ScreenOptions::default()) {
                assert!((0.0..=1.0).contains(&h.score), "score {}", h.score);
            }
        }
    }
}

/// `payload` behind the bundle header: magic, current version, SHA-256 of the payload.
pub fn wrap_payload(payload: &[u8]) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    let mut out = Vec::with_capacity(42 + payload.len());
    out.extend_from_slice(bundle::MAGIC);
    out.extend_from_slice(&bundle::FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&Sha256::digest(payload));
    out.extend_from_slice(payload);
    out
}

/// The first line is the supplier name, an optional second line its country; screened against a
/// small list set with a realistic mix of generic and distinctive words.
pub fn screen(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut lines = text.splitn(2, '\n');
    let name = lines.next().unwrap_or("").to_string();
    let country = lines.next().map(str::to_string);
    let q = SupplierQuery { name, country };
    let opts = ScreenOptions::default();
    let hits = screener().screen(&q, &opts);
    assert!(hits.len() <= opts.top_k, "{} hits", hits.len());
    for h in &hits {
        assert!(
            (opts.threshold..=1.0).contains(&h.score),
            "score {} for {q:?}",
            h.score
        );
    }
    assert!(
        hits.windows(2).all(|w| w[0].score >= w[1].score),
        "hits not best first"
    );
}

fn screener() -> &'static Screener<'static> {
    static SET: OnceLock<ListSet> = OnceLock::new();
    static SCREENER: OnceLock<Screener<'static>> = OnceLock::new();
    SCREENER.get_or_init(|| Screener::new(SET.get_or_init(small_set)))
}

/// Two hundred filler organisations made of frequent generic words (so IDF weights behave as on the
/// real lists), plus real-looking entries of each kind: Chinese, Russian with an alias, a person,
/// a Latin-American legal form, a name in Han characters.
fn small_set() -> ListSet {
    let generic = [
        "Xinjiang",
        "Technology",
        "International",
        "Trading",
        "Industry",
        "Group",
        "Shenzhen",
        "Electronics",
    ];
    let syll = ["ka", "lo", "mi", "ru", "ze", "po", "ta", "vu"];
    let mut es = Vec::new();
    for i in 0..200usize {
        let name = format!(
            "{} {}{} {} Co., Ltd.",
            generic[i % 8],
            syll[i % 8],
            syll[(i / 8) % 8],
            generic[(i / 64) % 8]
        );
        es.push(entity(
            &format!("f:{i}"),
            ListCode::BisEntity,
            EntityKind::Organisation,
            &name,
            &[],
            "China",
        ));
    }
    let o = EntityKind::Organisation;
    es.push(entity(
        "t:1",
        ListCode::DhsUflpa,
        o,
        "Xinjiang Zhongtai Chemical Co., Ltd.",
        &[],
        "China",
    ));
    es.push(entity(
        "t:2",
        ListCode::OfacSdn,
        o,
        "GAZPROMBANK",
        &["BANK GPB (JSC)", "ГАЗПРОМБАНК"],
        "Russia",
    ));
    es.push(entity(
        "t:3",
        ListCode::DhsUflpa,
        o,
        "Hetian Haolin Hair Accessories Co., Ltd.",
        &["和田浩林发饰品有限公司"],
        "China",
    ));
    es.push(entity(
        "t:4",
        ListCode::OfacSdn,
        EntityKind::Person,
        "PETROV, Ivan Sergeyevich",
        &[],
        "Russia",
    ));
    es.push(entity(
        "t:5",
        ListCode::OfacSdn,
        o,
        "TRANSPORTADORA PUREPECHA S.A. DE C.V.",
        &[],
        "Mexico",
    ));
    es.push(entity(
        "t:6",
        ListCode::BisEntity,
        o,
        "A",
        &["Co., Ltd."],
        "",
    ));
    ListSet {
        built_from: "fuzz".into(),
        lists: vec![],
        entities: es,
        goods: vec![],
    }
}

fn entity(
    id: &str,
    list: ListCode,
    kind: EntityKind,
    name: &str,
    aliases: &[&str],
    country: &str,
) -> Entity {
    Entity {
        id: id.into(),
        list,
        kind,
        name: name.into(),
        aliases: aliases
            .iter()
            .map(|a| Alias::listed(*a, AliasKind::Aka))
            .collect(),
        countries: if country.is_empty() {
            vec![]
        } else {
            vec![country.into()]
        },
        addresses: vec![],
        programs: vec![],
        citation: None,
        effective_date: None,
        source_url: None,
        remarks: None,
        license_requirement: None,
        merchandise: None,
        status: None,
        extends_to_subsidiaries: false,
        identifiers: Vec::new(),
        primary_record_missing: false,
    }
}
