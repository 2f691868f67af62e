//! One test per kind of variation the matcher must accept and per false-alarm trap it must reject,
//! on a small synthetic list whose generic words are frequent (as in the real lists) so that IDF
//! weighting behaves as it does on the bundle.

use super::*;
use crate::explain::AlignKind;
use supplyscreen_lists::model::{Alias, AliasKind, Entity, EntityKind, ListCode, ListSet};

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

/// Filler entities made of generic words and made-up distinctive syllables, so "Xinjiang",
/// "Technology", "Co., Ltd." and "International" are frequent, as on the real lists.
fn set() -> ListSet {
    let generic = [
        "Xinjiang",
        "Technology",
        "International",
        "Trading",
        "Industry",
        "Group",
        "Shenzhen",
        "Electronics",
        "Joint Stock Company",
        "Research Institute",
    ];
    let syll = [
        "ka", "lo", "mi", "ru", "ze", "po", "ta", "vu", "ne", "si", "do", "fe",
    ];
    let mut es = Vec::new();
    for i in 0..400usize {
        let d = format!(
            "{}{}{}",
            syll[i % 12],
            syll[(i / 12) % 12],
            syll[(i / 144) % 12]
        );
        let d = format!("{}{}", d[..1].to_uppercase(), &d[1..]);
        let name = format!(
            "{} {d} {} Co., Ltd.",
            generic[i % 10],
            generic[(i / 10) % 10]
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
    let l = ListCode::DhsUflpa;
    let o = EntityKind::Organisation;
    es.push(entity(
        "t:1",
        l,
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
        &["BANK GPB (JSC)"],
        "Russia",
    ));
    es.push(entity(
        "t:3",
        ListCode::BisEntity,
        o,
        "Hangzhou Hikvision Digital Technology Co., Ltd.",
        &[],
        "China",
    ));
    es.push(entity(
        "t:4",
        l,
        o,
        "Hetian Haolin Hair Accessories Co., Ltd.",
        &[],
        "China",
    ));
    es.push(entity("t:5", l, o, "Ninestar Corporation", &[], "China"));
    es.push(entity(
        "t:6",
        ListCode::BisEntity,
        o,
        "Nanjing Synergy Textiles Limited",
        &["Synergy Textiles"],
        "China",
    ));
    es.push(entity(
        "t:7",
        ListCode::OfacSdn,
        EntityKind::Person,
        "PETROV, Ivan Sergeyevich",
        &[],
        "Russia",
    ));
    es.push(entity(
        "t:8",
        ListCode::OfacSdn,
        o,
        "TRANSPORTADORA PUREPECHA S.A. DE C.V.",
        &[],
        "Mexico",
    ));
    es.push(entity(
        "t:9",
        ListCode::BisEntity,
        o,
        "Changzhou Guanghui Food Ingredients Co., Ltd.",
        &[],
        "China",
    ));
    es.push(entity(
        "t:10",
        ListCode::OfacSdn,
        o,
        "STREKA",
        &[],
        "Russia",
    ));
    ListSet {
        built_from: "test".into(),
        lists: vec![],
        entities: es,
        goods: vec![],
    }
}

fn top(set: &ListSet, name: &str, country: Option<&str>) -> Option<Hit> {
    let s = Screener::new(set);
    s.screen(
        &SupplierQuery {
            name: name.into(),
            country: country.map(String::from),
        },
        &ScreenOptions {
            threshold: 0.0,
            top_k: 3,
            lists: None,
        },
    )
    .into_iter()
    .next()
}

fn assert_hit(name: &str, country: Option<&str>, id: &str) -> Hit {
    let set = set();
    let h = top(&set, name, country).unwrap_or_else(|| panic!("{name}: no candidate at all"));
    assert_eq!(
        h.entity_id, id,
        "{name}: best hit {} ({})",
        h.entity_name, h.score
    );
    assert!(
        h.score >= DEFAULT_THRESHOLD,
        "{name}: {} scored {} < threshold; {}",
        h.entity_name,
        h.score,
        h.explanation.summary()
    );
    h
}

fn assert_no_hit(name: &str, country: Option<&str>) {
    let set = set();
    if let Some(h) = top(&set, name, country) {
        assert!(
            h.score < DEFAULT_THRESHOLD,
            "{name}: false hit {} at {} ({})",
            h.entity_name,
            h.score,
            h.explanation.summary()
        );
    }
}

fn has_kind(h: &Hit, k: AlignKind) -> bool {
    h.explanation.alignment.iter().any(|a| a.kind == k)
}

#[test]
fn exact_scores_one_and_variants_score_less() {
    let h = assert_hit("Xinjiang Zhongtai Chemical Co., Ltd.", None, "t:1");
    assert!((h.score - 1.0).abs() < 1e-9);
    let h = assert_hit(
        "Xinjiang Zhongtai Chemical Co Ltd - Export Dept",
        None,
        "t:1",
    );
    assert!(h.score < 1.0, "noise must cost something");
}

#[test]
fn typo() {
    let h = assert_hit("Xinjiang Zhongtai Chemcial Co., Ltd.", None, "t:1");
    assert!(has_kind(&h, AlignKind::Fuzzy));
    assert_hit("Ninestar Coraoration", None, "t:5");
}

#[test]
fn joined_and_split_words() {
    let h = assert_hit("Gazprom Bank", None, "t:2");
    assert!(has_kind(&h, AlignKind::JoinedSplit));
    assert_hit("Hangzhou Hik Vision Digital Technology Co Ltd", None, "t:3");
    assert_hit("Xinjiang Zhong Tai Chemical Co., Ltd.", None, "t:1");
}

#[test]
fn abbreviations_and_legal_forms() {
    let h = assert_hit(
        "Hangzhou Hikvision Digital Tech Company Limited",
        None,
        "t:3",
    );
    assert!(has_kind(&h, AlignKind::Abbreviation));
    assert!(has_kind(&h, AlignKind::LegalForm));
    assert_hit("Ninestar Corp.", None, "t:5");
    assert_hit("Transportadora Purepecha SA de CV", None, "t:8");
    assert_hit("Transportadora S.A. Purepecha de C.V.", None, "t:8");
}

#[test]
fn place_variant_and_chinese_script() {
    let h = assert_hit("Hotan Haolin Hair Accessories Co Ltd", None, "t:4");
    assert!(has_kind(&h, AlignKind::Transliteration));
    // 新疆中泰化学股份有限公司: 新疆 is a place, the syllables of 中泰 join into "zhongtai",
    // 化学 is translated.
    let h = assert_hit("新疆中泰化学有限公司", None, "t:1");
    assert!(
        has_kind(&h, AlignKind::Reading) && has_kind(&h, AlignKind::Translation),
        "{:?}",
        h.explanation.alignment
    );
}

#[test]
fn cyrillic() {
    assert_hit("ГАЗПРОМБАНК", Some("RU"), "t:2");
}

#[test]
fn reorder_alias_dropped_generic_and_noise() {
    let h = assert_hit("Zhongtai Xinjiang Chemical Co., Ltd.", None, "t:1");
    assert!(h
        .explanation
        .factors
        .iter()
        .any(|f| matches!(f, Factor::WordOrder { .. })));
    let h = assert_hit("Synergy Textiles", None, "t:6");
    assert_eq!(h.matched_name, "Synergy Textiles");
    assert_hit("Changzhou Guanghui Food Ingredients Ltd", None, "t:9");
    assert_hit(
        "Changzhou Guanghui Food Ingredients Co., Ltd. / Sales",
        None,
        "t:9",
    );
    assert_hit(
        "Changzhou Guanghui Food Ingredients Co., Ltd. Head Office",
        None,
        "t:9",
    );
}

#[test]
fn country_adjusts_but_never_hides_a_strong_match() {
    let set = set();
    let cn = top(
        &set,
        "Xinjiang Zhongtai Chemical Co Ltd",
        Some("People's Republic of China"),
    )
    .unwrap();
    let de = top(&set, "Xinjiang Zhongtai Chemical Co Ltd", Some("Germany")).unwrap();
    assert!(cn.score > de.score);
    assert!(de.score >= DEFAULT_THRESHOLD);
    assert!(cn
        .explanation
        .factors
        .iter()
        .any(|f| matches!(f, Factor::CountryAgrees { .. })));
    assert!(de
        .explanation
        .factors
        .iter()
        .any(|f| matches!(f, Factor::CountryDiffers { .. })));
}

#[test]
fn generic_word_sisters_are_rejected() {
    // Shares Xinjiang ... Chemical Co., Ltd. with t:1 but not its distinctive word.
    assert_no_hit("Xinjiang Tianshan Chemical Co., Ltd.", Some("CN"));
    assert_no_hit("Xinjiang Technology International Co., Ltd.", Some("CN"));
    assert_no_hit("Shenzhen Electronics Trading Group Co Ltd", Some("CN"));
}

#[test]
fn person_names_need_a_complete_match() {
    let set = set();
    let h = top(&set, "Petrov Ivan Sergeyevich", None).unwrap();
    assert!(h
        .explanation
        .factors
        .iter()
        .any(|f| matches!(f, Factor::PersonName { .. })));
    assert_no_hit("Petrov Trading LLC", Some("RU"));
}

#[test]
fn short_names_and_real_unlisted_companies() {
    assert_no_hit("Streak Ltd", None); // one edit from the listed "STREKA"
    assert_no_hit("Robert Bosch GmbH", Some("DE"));
    assert_no_hit("Siemens AG", Some("DE"));
    assert_no_hit("Co., Ltd.", Some("CN"));
    assert_no_hit("", None);
}

#[test]
fn explanation_serializes() {
    let h = assert_hit("Gazprom Bank", Some("RU"), "t:2");
    let json = serde_json::to_string(&h).unwrap();
    assert!(json.contains("joined_split"), "{json}");
    let back: Hit = serde_json::from_str(&json).unwrap();
    assert_eq!(back, h);
}

#[test]
fn score_pair_without_lists() {
    assert!(score_pair("Gazprom Bank", "GAZPROMBANK") > 0.9);
    assert!(score_pair("Hik Vision Co Ltd", "Hikvision Company Limited") > 0.9);
    assert!(score_pair("Acme Widgets", "Zenith Gears") < 0.3);
    assert_eq!(score_pair("", ""), 0.0);
}

/// A word's memoised typo lookups are the same whatever the first caller's list held: the
/// split-word path looks a word up behind an id it already has, and a memo filled there (no
/// two-letter deletions on a non-empty list) would have changed later rows' results.
#[test]
fn memoised_word_lookups_do_not_depend_on_earlier_rows() {
    let set = set();
    let s = Screener::new(&set);
    // Two letters too many: found only through two-letter deletions.
    let word = "transportadorraa";
    let mut fresh = Vec::new();
    s.index.word_hits(word, &mut fresh);
    let listed = s.index.canon.get("transportadora").expect("listed word");
    assert!(fresh.iter().any(|h| h.0 == listed), "{fresh:?}");

    let mut primed = vec![(u32::MAX, 1.0)];
    s.cached_word_hits(word, None, &mut primed);
    assert_eq!(primed[1..], fresh[..]);
    let mut alone = Vec::new();
    s.cached_word_hits(word, None, &mut alone);
    assert_eq!(alone, fresh);
}

/// The same row gets the same hits whether it is screened first or after others.
#[test]
fn a_row_scores_the_same_whatever_was_screened_before() {
    let set = set();
    let opts = ScreenOptions {
        threshold: 0.0,
        top_k: 10,
        lists: None,
    };
    let q = |name: &str| SupplierQuery {
        name: name.into(),
        country: None,
    };
    let row = q("Transportadorraa Purepecha");
    let alone = Screener::new(&set).screen(&row, &opts);
    let s = Screener::new(&set);
    s.screen(&q("Hikvisiontransportadorraa"), &opts);
    assert_eq!(s.screen(&row, &opts), alone);
    assert!(!alone.is_empty());
}

#[test]
fn numbers_acronyms_and_contained_names() {
    use crate::screen::score_pair;
    assert!(score_pair("2nd Machine Works", "Second Machine Works") > 0.95);
    assert!(score_pair("Unit Twenty-One Trading", "Unit 21 Trading") > 0.95);
    // Different numbers of one series are different parties.
    assert!(score_pair("Alpha Fund VII", "Alpha Fund VIII") < 0.75);
    // An acronym is weak-to-medium evidence for the words it stands for ...
    let irgc = score_pair("IRGC", "Islamic Revolutionary Guard Corps");
    assert!(irgc > 0.6 && irgc < 0.75, "{irgc}");
    // ... and two acronyms one letter apart are not a typo of each other.
    assert!(score_pair("CRRC Corporation Limited", "CRCC Corporation Limited") < 0.75);
    assert!(score_pair("BASFAG", "BASF AG") > 0.9);
    assert!(
        score_pair(
            "Robert Bosch Gesellschaft mit beschränkter Haftung",
            "Robert Bosch GmbH"
        ) > 0.95
    );
}

/// A romanisation variant of a long word is a transliteration; in a word of four or five letters
/// the same rules would join different names ("XPEL"/"Spel", "Vicor"/"Vikor", "Zeuus"/"Zeus"),
/// so there it is no closer than a typo.
#[test]
fn transliteration_of_short_words_is_held_to_their_spelling() {
    assert!(score_pair("Transstroimekhanizatsiya", "Transstroymekhanizatsiya") > 0.9);
    assert!(score_pair("Khimprom", "Himprom") > 0.9);
    for (a, b) in [("XPEL", "Spel"), ("Vicor", "Vikor"), ("Zeuus", "Zeus")] {
        let s = score_pair(a, b);
        assert!(s < 0.76, "{a} / {b}: {s}");
    }
    // The Russian and Turkish spellings of "group" are the word itself.
    assert!(score_pair("Everest Group", "Everest Grupp") > 0.95);
    assert!(score_pair("Vostok Gruppa", "Vostok Group") > 0.95);
}

/// A vessel is held to a person's standard: a company sharing a ship's name is not the ship.
#[test]
fn vessels_need_a_complete_match() {
    let q = |name: &str| SupplierQuery {
        name: name.into(),
        country: None,
    };
    let low = ScreenOptions {
        threshold: 0.0,
        ..ScreenOptions::default()
    };
    let score_as = |kind: EntityKind, name: &str| {
        let mut set = set();
        set.entities
            .push(entity("v:1", ListCode::OfacSdn, kind, "TRITON", &[], ""));
        let s = Screener::new(&set);
        let hits = s.screen(&q(name), &low);
        let h = hits
            .into_iter()
            .find(|h| h.entity_id == "v:1")
            .expect("scored");
        let craft = h
            .explanation
            .factors
            .iter()
            .any(|f| matches!(f, Factor::Craft { .. }));
        assert_eq!(craft, kind != EntityKind::Organisation, "{kind:?} {name}");
        h.score
    };
    // The ship's own name is still found ...
    assert!(score_as(EntityKind::Vessel, "Triton") >= DEFAULT_THRESHOLD);
    // ... but a company that adds words to it scores less than against a company of that name.
    let org = score_as(EntityKind::Organisation, "Triton International Ltd");
    let ship = score_as(EntityKind::Vessel, "Triton International Ltd");
    let plane = score_as(EntityKind::Aircraft, "Triton International Ltd");
    assert!((ship - org * 0.92).abs() < 0.002, "{org} {ship}");
    assert_eq!(plane, ship);
}

/// Generic words alone are weak evidence also when the listed name has no rarer word, if the
/// supplier's own rarer word found nothing.
#[test]
fn generic_words_alone_do_not_make_a_match() {
    let mut set = set();
    set.entities.push(entity(
        "g:1",
        ListCode::StateIsn,
        EntityKind::Organisation,
        "International Trading Group Co.",
        &[],
        "",
    ));
    let s = Screener::new(&set);
    let hits = s.screen(
        &SupplierQuery {
            name: "International Zorbex Trading Group AG".into(),
            country: None,
        },
        &ScreenOptions {
            threshold: 0.0,
            ..ScreenOptions::default()
        },
    );
    let h = hits.iter().find(|h| h.entity_id == "g:1").expect("scored");
    assert!(h
        .explanation
        .factors
        .iter()
        .any(|f| matches!(f, Factor::ShortName { .. })));
    assert!(h.score < DEFAULT_THRESHOLD, "{}", h.score);
    // Without the supplier's own word, the same generic words are the whole name.
    let same = s.screen(
        &SupplierQuery {
            name: "International Trading Group AG".into(),
            country: None,
        },
        &ScreenOptions::default(),
    );
    assert!(same.iter().any(|h| h.entity_id == "g:1"), "{same:?}");
    // A piece of a legal form written apart is not such a word.
    let apart = s.screen(
        &SupplierQuery {
            name: "International Trading Group Co. (Private)".into(),
            country: None,
        },
        &ScreenOptions {
            threshold: 0.0,
            ..ScreenOptions::default()
        },
    );
    let h = apart.iter().find(|h| h.entity_id == "g:1").expect("scored");
    assert!(!h
        .explanation
        .factors
        .iter()
        .any(|f| matches!(f, Factor::ShortName { .. })));
}

/// Of an entity's names that score the same, the hit reports the first listed (the primary name
/// before its aliases), whichever order the candidate search found them in.
#[test]
fn equally_good_names_report_the_primary_name() {
    let mut set = set();
    set.entities.push(entity(
        "t:11",
        ListCode::OfacSdn,
        EntityKind::Organisation,
        "SONGWON SHIPPING & MANAGEMENT",
        &[
            "SONGWON SHIPPING AND MANAGEMENT",
            "Songwon Shipping + Management",
        ],
        "",
    ));
    for name in [
        "Songwon Shipping and Management",
        "Songwon Shipping & Management",
    ] {
        let h = top(&set, name, None).unwrap();
        assert_eq!(h.entity_id, "t:11");
        assert_eq!(h.score, 1.0, "{name}");
        assert!(!h.explanation.matched_alias, "{name}: {}", h.matched_name);
        assert_eq!(h.matched_name, "SONGWON SHIPPING & MANAGEMENT");
    }
}
