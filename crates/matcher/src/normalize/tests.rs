use super::*;

fn canons(s: &str) -> Vec<String> {
    normalize(s).into_iter().map(|t| t.canon).collect()
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
    assert_eq!(
        canons("新疆天业有限公司")[..2],
        ["xin".to_string(), "jiang".to_string()]
    );
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
    let t = normalize("北京");
    assert!(t.iter().all(|t| t.syllable));
    assert_eq!(canons("北京"), ["bei", "jing"]);
    assert_eq!(canons("新疆科技"), ["xin", "jiang", "technology"]);
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
