use super::*;

/// Canonical forms, with the first reading of each Han segment.
fn canons(s: &str) -> Vec<String> {
    primary_readings(normalize(s))
        .into_iter()
        .map(|t| t.canon)
        .collect()
}

#[test]
fn legal_forms_in_many_languages() {
    assert_eq!(
        canons("Hangzhou Foo Co., Ltd."),
        ["hangzhou", "foo", "#ltd"]
    );
    assert_eq!(
        canons("Hangzhou Foo Company Limited"),
        ["hangzhou", "foo", "#ltd"]
    );
    assert_eq!(canons("OOO Elkomtekh"), ["#ltd", "elkomtekh"]);
    assert_eq!(
        canons("Transportadora Purepecha S.A. de C.V."),
        ["transportadora", "purepecha", "#jsc"]
    );
    assert_eq!(canons("Foo Sp. z o.o."), ["foo", "#ltd"]);
    assert_eq!(canons("Foo GmbH"), ["foo", "#ltd"]);
    assert_eq!(canons("PJSC Foo"), ["#jsc", "foo"]);
    assert_eq!(canons("Foo Pte. Ltd."), ["foo", "#ltd"]);
    assert_eq!(canons("PT Foo Tbk"), ["#jsc", "foo", "#jsc"]);
    assert_eq!(canons("Foo Sdn. Bhd."), ["foo", "#ltd"]);
    assert_eq!(canons("Foo Corp."), ["foo", "#corp"]);
    assert_eq!(canons("Foo Corporation"), ["foo", "#corp"]);
    assert_eq!(canons("新疆天业有限公司")[..3], ["xinjiang", "tian", "ye"]);
    assert_eq!(canons("新疆天业有限公司").last().unwrap(), "#ltd");
    // "AS" in the middle is initials, not a Norwegian legal form.
    assert_eq!(
        canons("Bureau named after A.S. Yakovlev"),
        ["bureau", "named", "after", "as", "yakovlev"]
    );
}

#[test]
fn legal_forms_glued_to_a_word_are_split() {
    assert_eq!(canons("ARTMARINELLC"), ["artmarine", "#ltd"]);
    assert_eq!(canons("OOOTUVAASBEST"), ["#ltd", "tuvaasbest"]);
    assert_eq!(canons("Joint StockCompany Remdizel"), ["#jsc", "remdizel"]);
    assert_eq!(canons("LIMITEDLIABILITY COMPANY NEIT"), ["#ltd", "neit"]);
    assert_eq!(
        canons("Obshchestvo Sogranichennoy Otvetstvennostyu Veb3"),
        ["#ltd", "veb3"]
    );
    assert_eq!(canons("TAMASCOMPANY"), ["tama", "#co"]); // (plural stem)
                                                         // Ordinary words that begin or end like a legal form stay whole.
    assert_eq!(canons("Income Fund"), ["income", "fund"]);
    assert_eq!(canons("Corporate Services"), ["corporate", "service"]);
    assert_eq!(canons("Woodstock"), ["woodstock"]);
    assert_eq!(canons("Zaozhuang Zinc"), ["zaozhuang", "zinc"]);
    assert_eq!(canons("Unlimited"), ["unlimited"]);
}

#[test]
fn abbreviations_places_and_plurals() {
    assert_eq!(
        canons("Intl Tech Mfg Grp"),
        ["international", "technology", "manufacturing", "group"]
    );
    assert_eq!(
        canons("Industrial Technologies"),
        ["industry", "technology"]
    );
    assert_eq!(canons("Hotan Foo"), canons("Hetian Foo"));
    assert_eq!(canons("Sinkiang"), canons("Xinjiang"));
    assert_eq!(canons("Kashgar"), canons("KASHI"));
}

#[test]
fn scripts_and_punctuation() {
    assert_eq!(canons("ГАЗПРОМБАНК"), ["gazprombank"]);
    assert_eq!(canons("Société Générale"), ["societe", "generale"]);
    assert_eq!(canons("ＦＯＯ　ＢＡＲ"), ["foo", "bar"]);
    assert_eq!(canons("Sichuan Yuan’an"), ["sichuan", "yuanan"]);
    assert_eq!(canons("Tian-Hai-Xiang"), ["tian", "hai", "xiang"]);
    assert_eq!(canons("R&D"), ["r", "and", "d"]);
    // A place of the vocabulary is one word; a name outside it, pinyin syllables.
    assert_eq!(canons("北京"), ["beijing"]);
    let t = normalize("华为");
    assert!(t
        .iter()
        .all(|t| t.syllable && t.derivation == Derivation::Reading));
    assert_eq!(canons("华为"), ["hua", "wei"]);
    assert_eq!(
        canons("新疆科技"),
        ["xinjiang", "science", "and", "technology"]
    );
}

#[test]
fn noise_and_numbers() {
    let t = normalize("Foo Ltd - Export Dept (Factory No. 2)");
    let classes: Vec<_> = t.iter().map(|t| t.class).collect();
    assert_eq!(
        classes,
        [
            TokenClass::Word,
            TokenClass::LegalForm,
            TokenClass::Noise,
            TokenClass::Noise,
            TokenClass::Noise,
            TokenClass::Noise,
            TokenClass::Noise
        ]
    );
}

#[test]
fn skeleton_unifies_romanisations() {
    assert_eq!(
        skeleton("transstroimekhanizatsiya"),
        skeleton("transstroymekhanizatsiya")
    );
    assert_eq!(skeleton("wilayat"), skeleton("vilayat"));
    assert_eq!(skeleton("qawkaz"), skeleton("kavkaz"));
    assert_ne!(skeleton("gazprom"), skeleton("rosneft"));
}

#[test]
fn legal_forms_written_in_full() {
    assert_eq!(
        canons("Robert Bosch Gesellschaft mit beschränkter Haftung"),
        ["robert", "bosch", "#ltd"]
    );
    // Typed without the umlaut, as German ASCII does (ä -> ae).
    assert_eq!(
        canons("Robert Bosch Gesellschaft mit beschraenkter Haftung"),
        ["robert", "bosch", "#ltd"]
    );
    assert_eq!(canons("BASF Aktiengesellschaft"), ["basf", "#jsc"]);
    assert_eq!(
        canons("Société Anonyme des Ciments"),
        ["#jsc", "#part", "ciment"]
    );
    assert_eq!(
        canons("Foo Spółka z ograniczoną odpowiedzialnością"),
        ["foo", "#ltd"]
    );
    assert_eq!(canons("Foo Società per Azioni"), ["foo", "#jsc"]);
    assert_eq!(canons("Foo Anonim Şirketi"), ["foo", "#jsc"]);
    assert_eq!(canons("Foo Kabushiki Kaisha"), ["foo", "#jsc"]);
    assert_eq!(canons("Foo Besloten Vennootschap"), ["foo", "#ltd"]);
}

#[test]
fn numbers_in_words_ordinals_and_roman_numerals() {
    assert_eq!(canons("2nd Machine Works"), ["2", "machinery", "work"]);
    assert_eq!(canons("Second Machine Works"), ["2", "machinery", "work"]);
    assert_eq!(canons("Twenty-One Trading"), ["21", "trading"]);
    assert_eq!(canons("Fund VII"), ["fund", "7"]);
    assert_eq!(canons("Fund VIII"), ["fund", "8"]);
    assert_eq!(canons("724th Institute"), ["724", "institute"]);
    let t = normalize("Second Machine Works");
    assert_eq!(t[0].class, TokenClass::Number);
    assert_eq!(t[0].derivation, Derivation::Number);
    // "Xi" is a pinyin syllable, "I" and "V" are letters.
    assert_eq!(canons("Xi Jinping"), ["xi", "jinping"]);
}

#[test]
fn han_segments_offer_readings() {
    // 科技: "technology" (and other renderings) or its pinyin, as options of one group.
    let t = normalize("依图科技");
    let keji: Vec<&Token> = t.iter().filter(|t| t.segment.as_ref() == "科技").collect();
    assert!(keji
        .iter()
        .any(|t| t.canon == "technology" && t.option == 0));
    assert!(keji
        .iter()
        .any(|t| t.canon == "keji" && t.derivation == Derivation::Reading));
    assert!(keji
        .iter()
        .all(|t| t.group == keji[0].group && t.group != 0));
    // Traditional characters fold to simplified.
    assert_eq!(canons("香港凱利實業"), canons("香港凯利实业"));
}
