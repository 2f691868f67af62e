//! Risk signals on the hand-made lists of [`crate::sample`].

use super::*;
use crate::sample::sample_set;

fn kinds(s: &[RiskSignal]) -> Vec<(RiskKind, &str)> {
    s.iter().map(|x| (x.kind, x.source_ref.as_str())).collect()
}

fn ilab(s: &[RiskSignal]) -> Vec<(RiskKind, &str)> {
    s.iter()
        .filter(|x| x.list == ListCode::DolIlab)
        .map(|x| (x.kind, x.source_ref.as_str()))
        .collect()
}

fn wro_refs(s: &[RiskSignal]) -> Vec<&str> {
    s.iter()
        .filter(|x| x.kind == RiskKind::WroMerchandise)
        .map(|x| x.source_ref.as_str())
        .collect()
}

#[test]
fn cotton_t_shirts_from_china_in_every_spelling() {
    let set = sample_set();
    let idx = RiskIndex::new(&set);
    for c in [
        "CN",
        "PRC",
        "China",
        "People's Republic of China",
        " china ",
    ] {
        let s = idx.assess(Some(c), None, Some("cotton t-shirts"));
        let got = ilab(&s);
        use RiskKind::*;
        for want in [
            (ChildLabourGood, "Cotton"),
            (ForcedLabourGood, "Cotton"),
            (ForcedChildLabourGood, "Cotton"),
            (ForcedLabourGood, "Garments"),
            (ForcedLabourGood, "Textiles"),
            (ChildLabourGood, "Textiles"),
        ] {
            assert!(got.contains(&want), "{c}: {want:?} missing from {got:?}");
        }
        assert_eq!(got.len(), 6, "{c}: {got:?}");
        let wros = wro_refs(&s);
        assert!(wros.contains(&"cbp_wro:xinjiang-production-and-construction-corporation-xpcc"));
        assert!(wros.contains(&"cbp_wro:xinjiang-uyghur-autonomous-region-xuar"));
        assert_eq!(wros.len(), 2, "{wros:?}");
    }
}

#[test]
fn signal_text_names_good_country_and_is_not_a_match() {
    let set = sample_set();
    let idx = RiskIndex::new(&set);
    let s = idx.assess(Some("CN"), None, Some("Cotton yarn"));
    let forced = s
        .iter()
        .find(|x| x.kind == RiskKind::ForcedLabourGood)
        .unwrap();
    assert_eq!(
        forced.title(),
        "Forced labour risk: Cotton from China (DOL ILAB List of Goods)"
    );
    assert!(
        forced.detail().contains("\"Cotton yarn\""),
        "{}",
        forced.detail()
    );
    assert!(
        forced.detail().contains("not a match"),
        "{}",
        forced.detail()
    );
    let xuar = s
        .iter()
        .find(|x| x.source_ref == "cbp_wro:xinjiang-uyghur-autonomous-region-xuar")
        .unwrap();
    assert!(xuar.detail().contains("status Active"), "{}", xuar.detail());
    assert!(xuar.detail().contains("whole region"), "{}", xuar.detail());
    assert!(
        xuar.title().contains("Xinjiang Uyghur Autonomous Region"),
        "{}",
        xuar.title()
    );
    // Strongest first: the WROs before the ILAB signals.
    assert_eq!(s[0].kind, RiskKind::WroMerchandise);
}

#[test]
fn plurals_synonyms_and_solar_chain() {
    let set = sample_set();
    let idx = RiskIndex::new(&set);
    use RiskKind::*;
    let s = idx.assess(Some("China"), None, Some("Polysilicon wafers"));
    assert_eq!(
        ilab(&s),
        [
            (ForcedLabourGood, "Polysilicon"),
            (DerivedLabourGood, "Photovoltaic Wafers")
        ]
    );
    assert_eq!(wro_refs(&s), ["cbp_wro:hoshine-silicon-industry-co-ltd"]);
    let derived = s.iter().find(|x| x.kind == DerivedLabourGood).unwrap();
    assert!(derived.detail().contains("input"), "{}", derived.detail());

    let s = idx.assess(Some("CN"), None, Some("Solar panels 550W"));
    assert_eq!(ilab(&s), [(DerivedLabourGood, "Solar Modules")]);
    assert_eq!(wro_refs(&s), ["cbp_wro:hoshine-silicon-industry-co-ltd"]);

    let s = idx.assess(Some("CN"), None, Some("tomato paste"));
    assert_eq!(ilab(&s), [(ForcedLabourGood, "Tomato Products")]);
    assert_eq!(
        wro_refs(&s),
        ["cbp_wro:xinjiang-uyghur-autonomous-region-xuar"]
    );

    let s = idx.assess(Some("CN"), None, Some("Red brick"));
    assert_eq!(ilab(&s).len(), 3);
    let s = idx.assess(Some("Nepal"), None, Some("bricks"));
    assert_eq!(ilab(&s).len(), 3, "Bricks (clay) matches on its head word");
    let s = idx.assess(Some("NP"), None, Some("clay pots"));
    assert!(
        s.is_empty(),
        "a category parenthetical does not match alone: {s:?}"
    );

    let s = idx.assess(Some("CN"), None, Some("Ladies' garments"));
    assert!(ilab(&s).contains(&(ForcedLabourGood, "Garments")));
    let s = idx.assess(Some("CN"), None, Some("Apparel"));
    assert!(ilab(&s).contains(&(ForcedLabourGood, "Garments")));
}

#[test]
fn gloves_and_malaysia() {
    let set = sample_set();
    let idx = RiskIndex::new(&set);
    use RiskKind::*;
    let s = idx.assess(Some("Malaysia"), None, Some("gloves (nitrile)"));
    assert_eq!(ilab(&s), [(ForcedLabourGood, "Rubber Gloves")]);
    assert_eq!(wro_refs(&s), ["cbp_wro:test-glove-maker"]);
    let s = idx.assess(Some("MY"), None, Some("Rubber gloves, powder-free"));
    assert_eq!(ilab(&s), [(ForcedLabourGood, "Rubber Gloves")]);
    let s = idx.assess(Some("CN"), None, Some("Nitrile examination gloves"));
    assert_eq!(ilab(&s), [(ForcedLabourGood, "Gloves")]);
    assert!(wro_refs(&s).is_empty());
}

#[test]
fn wro_by_country_and_merchandise() {
    let set = sample_set();
    let idx = RiskIndex::new(&set);
    let s = idx.assess(Some("Turkmenistan"), None, Some("Raw cotton bales"));
    assert_eq!(wro_refs(&s), ["cbp_wro:all-turkmenistan-cotton"]);
    assert!(s[0].detail().contains("Turkmenistan"));
    let s = idx.assess(Some("Dominican Republic"), None, Some("cane sugar"));
    assert_eq!(wro_refs(&s), ["cbp_wro:test-sugar-central"]);
    assert!(ilab(&s).contains(&(RiskKind::ForcedLabourGood, "Sugarcane")));
    // Inactive order: no signal.
    let s = idx.assess(Some("DO"), None, Some("aluminium profiles"));
    assert!(wro_refs(&s).is_empty(), "{s:?}");
    // Partially modified order is still in force, and says so.
    let s = idx.assess(Some("Nepal"), None, Some("hand-knotted wool carpets"));
    assert_eq!(wro_refs(&s), ["cbp_wro:kumar-carpet-pvt"]);
    assert!(s[0].detail().contains("Partially Modified"));
    assert!(s[0].detail().contains("names one producer"));
    // Same merchandise, other country: nothing.
    let s = idx.assess(Some("India"), None, Some("cotton"));
    assert!(s.is_empty(), "{s:?}");
    // "All Products" orders match nothing by product.
    let s = idx.assess(Some("CN"), None, Some("All products"));
    assert!(s.is_empty(), "{s:?}");
}

#[test]
fn fishing_vessels_any_country_one_signal() {
    let set = sample_set();
    let idx = RiskIndex::new(&set);
    for (c, p) in [
        (Some("Thailand"), "canned tuna"),
        (None, "Frozen seafood"),
        (Some("US"), "skipjack"),
    ] {
        let s = idx.assess(c, None, Some(p));
        let w: Vec<&RiskSignal> = s
            .iter()
            .filter(|x| x.kind == RiskKind::WroMerchandise)
            .collect();
        assert_eq!(w.len(), 1, "{p}: {s:?}");
        assert_eq!(
            w[0].source_ref,
            "cbp_wro:da-wang,cbp_wro:da-wang-2,cbp_wro:zhen-fa-7"
        );
        assert!(
            w[0].detail().contains("Da Wang; Zhen Fa 7"),
            "{}",
            w[0].detail()
        );
    }
    let s = idx.assess(Some("Thailand"), None, Some("frozen shrimp"));
    assert!(ilab(&s).contains(&(RiskKind::ForcedLabourGood, "Shrimp")));
    let s = idx.assess(Some("Thailand"), None, Some("tuna loins"));
    assert_eq!(ilab(&s), [(RiskKind::ForcedLabourGood, "Fish")]);
}

#[test]
fn ilab_country_spellings() {
    let set = sample_set();
    let idx = RiskIndex::new(&set);
    let s = idx.assess(Some("Türkiye"), None, Some("hazelnuts"));
    assert_eq!(ilab(&s), [(RiskKind::ChildLabourGood, "Hazelnuts")]);
    let s = idx.assess(Some("DRC"), None, Some("cobalt hydroxide"));
    assert_eq!(
        ilab(&s),
        [(RiskKind::ChildLabourGood, "Cobalt ore (heterogenite)")]
    );
    let s = idx.assess(Some("Ivory Coast"), None, Some("cocoa beans"));
    assert_eq!(ilab(&s).len(), 2);
    let s = idx.assess(Some("CI"), None, Some("Cocoa butter"));
    assert_eq!(ilab(&s).len(), 2);
    // Country taken from the address when the column is empty.
    let s = idx.assess(
        None,
        Some("12 Harbour Rd, Bangkok, Thailand"),
        Some("shrimp"),
    );
    assert!(ilab(&s).contains(&(RiskKind::ForcedLabourGood, "Shrimp")));
}

#[test]
fn traps_generic_words_and_no_country() {
    let set = sample_set();
    let idx = RiskIndex::new(&set);
    for p in [
        "products",
        "goods",
        "Various goods",
        "parts and accessories",
        "",
        "  ",
    ] {
        assert!(idx.assess(Some("CN"), None, Some(p)).is_empty(), "{p}");
    }
    // No country, no place: goods and country WROs cannot be assessed.
    assert!(idx.assess(None, None, Some("cotton")).is_empty());
    assert!(idx
        .assess(Some("Atlantis"), None, Some("cotton"))
        .is_empty());
    // Words that look like goods but are not.
    for p in [
        "cottonwood furniture polish",
        "wafer biscuits",
        "battery cells",
        "brickwork design services",
        "fishing rods",
    ] {
        let s = idx.assess(Some("CN"), None, Some(p));
        // Battery cells are no solar cells, but the UFLPA sector table files them under lithium.
        let sectors: Vec<&str> = s
            .iter()
            .filter(|x| x.kind == RiskKind::PrioritySector)
            .map(|x| x.source_ref.as_str())
            .collect();
        let want: &[&str] = if p == "battery cells" {
            &["lithium/lithium_batteries"]
        } else {
            &[]
        };
        assert_eq!(sectors, want, "{p}");
        assert_eq!(s.len(), want.len(), "{p}: {s:?}");
    }
}

#[test]
fn xinjiang_address_and_name() {
    let set = sample_set();
    let idx = RiskIndex::new(&set);
    let s = idx.assess(
        Some("CN"),
        Some("No. 8 Kashi West Road, Tianshan District, Urumqi"),
        None,
    );
    assert_eq!(kinds(&s), [(RiskKind::XinjiangAddress, "Urumqi")]);
    assert_eq!(s[0].list, ListCode::DhsUflpa);
    assert!(s[0].detail().contains("presumed"), "{}", s[0].detail());
    assert!(s[0].title().contains("address"));

    let s = idx.assess(None, Some("新疆阿克苏地区阿拉尔市"), Some("cotton"));
    assert_eq!(s[0].kind, RiskKind::XinjiangAddress);
    assert!(
        s[0].title().contains("Xinjiang, Aksu, Alar"),
        "{}",
        s[0].title()
    );
    // The place implies China: the goods and WRO signals follow.
    assert!(ilab(&s).contains(&(RiskKind::ForcedLabourGood, "Cotton")));
    assert!(!wro_refs(&s).is_empty());

    let s = idx.assess_supplier(
        Some("Hetian Taida Apparel Co., Ltd."),
        Some("China"),
        None,
        None,
    );
    assert_eq!(kinds(&s), [(RiskKind::XinjiangAddress, "Hetian")]);
    assert!(s[0].title().contains("supplier name"));
    let s = idx.assess(Some("Xinjiang, China"), None, None);
    assert_eq!(s.len(), 1);
    assert!(s[0].title().contains("country column"));
    let s = idx.assess(Some("CN"), None, Some("Xinjiang long-staple cotton"));
    assert!(s[0].title().contains("product description"), "{s:?}");
    // Hami melons are grown elsewhere too: the product field only counts the region's name.
    let s = idx.assess(Some("CN"), None, Some("Hami melon seeds"));
    assert!(s.is_empty(), "{s:?}");

    for (c, a) in [
        (Some("CA"), "1 King St W, Hamilton, ON"),
        (Some("JP"), "Kashiwa, Chiba"),
        (Some("HR"), "Korlat, Benkovac"),
        (Some("ET"), "Aksum"),
        (Some("TR"), "Aksu, Antalya"),
        (Some("CN"), "1000 Urumqi Middle Road, Shanghai"),
        (Some("CN"), "Inner Mongolia Yili Industrial Group, Hohhot"),
        (None, "Kashi, Uttar Pradesh, India"),
    ] {
        let s = idx.assess(c, Some(a), None);
        assert!(s.is_empty(), "{a}: {s:?}");
    }
}

#[test]
fn a_uscc_registered_in_xinjiang_is_a_place_signal() {
    use supplyscreen_vocab::ids::check;
    // LEON TECHNOLOGY COMPANY LIMITED (OFAC non-SDN CMIC), registered in Urumqi.
    let s = registration_signal(&check("916501002999341738", Some("CN")).unwrap()).unwrap();
    assert_eq!(s.kind, RiskKind::XinjiangRegistration);
    assert_eq!(s.list, ListCode::DhsUflpa);
    assert_eq!(
        s.title(),
        "Registered in Xinjiang (division 650100, Urumqi)"
    );
    assert!(s.detail().contains("916501002999341738"), "{}", s.detail());
    assert!(s.detail().contains("not a match"), "{}", s.detail());
    // Kashgar City and Shihezi (an XPCC city), codes with valid check characters
    // (tests/fixtures/make_id_fixtures.py).
    let title = |c: &str| registration_signal(&check(c, None).unwrap()).map(|s| s.title());
    assert_eq!(
        title("91653101MA78TQ2K28").as_deref(),
        Some("Registered in Xinjiang (division 653101, Kashgar City)")
    );
    assert_eq!(
        title("91659001MA776H3P9W").as_deref(),
        Some("Registered in Xinjiang (division 659001, Shihezi)")
    );
    // Elsewhere in China, mistyped, or another scheme: no signal.
    assert_eq!(title("91440300MA5FK81D3G"), None);
    assert_eq!(title("91653101MA78TQ2K20"), None);
    assert_eq!(title("7707083893"), None);
}
