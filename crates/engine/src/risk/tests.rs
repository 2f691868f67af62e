//! Risk signals on a hand-made [`ListSet`] whose rows are copied verbatim from the real sources
//! (`data/sources/dol_ilab/ilab_tvpra_goods_2022list.csv`, `data/sources/cbp_wro/…_nsfreg.json`),
//! plus two orders that are not in our CBP snapshot (Malaysia gloves, Dominican Republic sugar),
//! written the way CBP writes such orders.

use super::*;
use crate::model::{Entity, ListInfo};

fn good(
    name: &str,
    sector: &str,
    country: &str,
    flags: [bool; 4],
    derived_from: Option<&str>,
) -> GoodsRisk {
    GoodsRisk {
        good: name.into(),
        sector: sector.into(),
        country: country.into(),
        child_labor: flags[0],
        forced_labor: flags[1],
        forced_child_labor: flags[2],
        derived_labor_exploitation: flags[3],
        derived_from_country: derived_from.map(Into::into),
    }
}

#[allow(clippy::too_many_arguments)]
fn order(
    id: &str,
    name: &str,
    kind: EntityKind,
    country: Option<&str>,
    program: &str,
    merchandise: &str,
    status: &str,
    date: &str,
) -> Entity {
    Entity {
        id: id.into(),
        list: ListCode::CbpWro,
        kind,
        name: name.into(),
        aliases: vec![],
        countries: country.into_iter().map(Into::into).collect(),
        addresses: vec![],
        programs: vec![program.into()],
        citation: None,
        effective_date: Some(date.into()),
        source_url: None,
        remarks: None,
        license_requirement: None,
        merchandise: Some(merchandise.into()),
        status: Some(status.into()),
        extends_to_subsidiaries: false,
        primary_record_missing: false,
    }
}

const Y: bool = true;
const N: bool = false;

pub(crate) fn sample_set() -> ListSet {
    use EntityKind::*;
    let goods = vec![
        good("Cotton", "Agriculture", "China", [Y, Y, Y, N], None),
        good("Cotton", "Agriculture", "Turkmenistan", [Y, Y, N, N], None),
        good("Garments", "Manufacturing", "China", [N, Y, N, N], None),
        good("Garments", "Manufacturing", "Malaysia", [N, Y, N, N], None),
        good("Textiles", "Manufacturing", "China", [Y, Y, N, N], None),
        good("Gloves", "Manufacturing", "China", [N, Y, N, N], None),
        good(
            "Rubber Gloves",
            "Manufacturing",
            "Malaysia",
            [N, Y, N, N],
            None,
        ),
        good("Polysilicon", "Manufacturing", "China", [N, Y, N, N], None),
        good(
            "Photovoltaic Wafers",
            "Manufacturing",
            "China",
            [N, N, N, Y],
            Some("China"),
        ),
        good(
            "Solar Modules",
            "Manufacturing",
            "China",
            [N, N, N, Y],
            Some("China"),
        ),
        good(
            "Tomato Products",
            "Manufacturing",
            "China",
            [N, Y, N, N],
            None,
        ),
        good("Bricks", "Manufacturing", "China", [Y, Y, Y, N], None),
        good(
            "Bricks (clay)",
            "Manufacturing",
            "Nepal",
            [Y, Y, Y, N],
            None,
        ),
        good(
            "Sugarcane",
            "Agriculture",
            "Dominican Republic",
            [Y, Y, N, N],
            None,
        ),
        good("Fish", "Agriculture", "China", [N, Y, N, N], None),
        good("Shrimp", "Agriculture", "Thailand", [N, Y, N, N], None),
        good("Fish", "Agriculture", "Thailand", [N, Y, N, N], None),
        good(
            "Hazelnuts",
            "Agriculture",
            "Turkey (Türkiye)",
            [Y, N, N, N],
            None,
        ),
        good(
            "Cobalt ore (heterogenite)",
            "Mining",
            "Congo, Democratic Republic of the",
            [Y, N, N, N],
            None,
        ),
        good("Cocoa", "Agriculture", "Côte d'Ivoire", [Y, N, Y, N], None),
    ];
    let entities = vec![
        order(
            "cbp_wro:xinjiang-production-and-construction-corporation-xpcc",
            "Xinjiang Production and Construction Corporation (XPCC) and its subordinate and affiliated entities",
            Organisation,
            Some("China"),
            "WRO",
            "Cotton and Cotton Products",
            "Active",
            "2020-12-02",
        ),
        order(
            "cbp_wro:xinjiang-uyghur-autonomous-region-xuar",
            "Xinjiang Uyghur Autonomous Region (XUAR)",
            RegionWideOrder,
            Some("China"),
            "WRO",
            "Cotton, Tomatoes and Downstream Products",
            "Active",
            "2021-01-13",
        ),
        order(
            "cbp_wro:all-turkmenistan-cotton",
            "All Turkmenistan Cotton or products produced in whole or in part with Turkmenistan cotton.",
            RegionWideOrder,
            Some("Turkmenistan"),
            "WRO",
            "Cotton",
            "Active",
            "2018-05-18",
        ),
        order(
            "cbp_wro:hoshine-silicon-industry-co-ltd",
            "Hoshine Silicon Industry Co. Ltd.",
            Organisation,
            Some("China"),
            "WRO",
            "Silica-based products",
            "Active",
            "2021-06-24",
        ),
        order(
            "cbp_wro:huizhou-mink-industrial-co-ltd",
            "Huizhou Mink Industrial CO. Ltd.",
            Organisation,
            Some("China"),
            "WRO",
            "All Products",
            "Active",
            "2020-05-01",
        ),
        order(
            "cbp_wro:da-wang",
            "Da Wang",
            Vessel,
            None,
            "WRO",
            "Seafood",
            "Active",
            "2020-08-18",
        ),
        order(
            "cbp_wro:da-wang-2",
            "Da Wang",
            Vessel,
            None,
            "Finding",
            "Seafood",
            "Active",
            "2022-02-01",
        ),
        order(
            "cbp_wro:zhen-fa-7",
            "Zhen Fa 7",
            Vessel,
            None,
            "WRO",
            "Seafood",
            "Active",
            "2022-12-02",
        ),
        order(
            "cbp_wro:kingtom-aluminio-s-r-l",
            "Kingtom Aluminio S.R.L.",
            Organisation,
            Some("Dominican Republic"),
            "WRO",
            "Aluminum extrusions and profile products",
            "Inactive-Pending Litigation",
            "2024-11-05",
        ),
        order(
            "cbp_wro:kumar-carpet-pvt",
            "Kumar Carpet Pvt., Singhe Carpet Pvt., Ltd., Norsang Carpet Industries",
            Organisation,
            Some("Nepal"),
            "WRO",
            "Carpets, Hand-Knotted Wool",
            "Partially Modified",
            "2000-01-05",
        ),
        // Not in our snapshot (CBP's 2021-2022 orders, later modified or not carried in the export);
        // written as CBP writes them, to test the brief's examples.
        order(
            "cbp_wro:test-glove-maker",
            "Test Glove Sdn. Bhd.",
            Organisation,
            Some("Malaysia"),
            "WRO",
            "Disposable Gloves",
            "Active",
            "2021-07-15",
        ),
        order(
            "cbp_wro:test-sugar-central",
            "Test Sugar Central",
            Organisation,
            Some("Dominican Republic"),
            "WRO",
            "Raw Sugar and Sugar-based Products",
            "Active",
            "2022-11-23",
        ),
    ];
    ListSet {
        built_from: "2026-07-09".into(),
        lists: vec![ListInfo {
            code: ListCode::CbpWro,
            name: "CBP Withhold Release Orders and Findings".into(),
            agency: "U.S. Customs and Border Protection".into(),
            as_of: "2026-06-23".into(),
            source_url: "https://www.cbp.gov/document/stats/withhold-release-orders-findings"
                .into(),
            record_count: entities.len() as u32,
            notes: vec![],
        }],
        entities,
        goods,
    }
}

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
        assert!(s.is_empty(), "{p}: {s:?}");
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
