//! Risk signals against the real lists, built in-process from `data/sources` (as the CLI tests do):
//! the whole DOL/ILAB List of Goods, and CBP's orders.

use std::path::PathBuf;
use std::sync::OnceLock;
use supplyscreen_ingest::build::{build_list_set, BuildOptions};
use supplyscreen_lists::model::{ListCode, ListSet};
use supplyscreen_risk::{RiskIndex, RiskKind, RiskSignal};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every list, as `supplyscreen build-lists` builds it from the committed sources.
fn lists() -> &'static ListSet {
    static SET: OnceLock<ListSet> = OnceLock::new();
    SET.get_or_init(|| {
        build_list_set(&root().join("data/sources"), &BuildOptions::default())
            .expect("the committed sources build")
    })
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

#[test]
fn every_ilab_row_matches_its_own_good_and_country() {
    let goods = lists().goods.clone();
    assert_eq!(goods.len(), 467);
    let set = ListSet {
        built_from: "2022-09".into(),
        lists: vec![],
        entities: vec![],
        goods: goods.clone(),
    };
    let idx = RiskIndex::new(&set);
    for g in &goods {
        let s = idx.assess(Some(&g.country), None, Some(&g.good));
        let mine: Vec<RiskKind> = s
            .iter()
            .filter(|x| x.source_ref == g.good)
            .map(|x| x.kind)
            .collect();
        let want = [
            g.child_labor,
            g.forced_labor,
            g.forced_child_labor,
            g.derived_labor_exploitation,
        ]
        .iter()
        .filter(|f| **f)
        .count();
        assert_eq!(mine.len(), want, "{} / {}: {s:?}", g.good, g.country);
        assert!(s
            .iter()
            .all(|x| x.title().contains(&g.country) || x.source_ref != g.good));
    }
    use RiskKind::*;
    let s = idx.assess(Some("PRC"), None, Some("cotton t-shirts"));
    for want in [
        (ChildLabourGood, "Cotton"),
        (ForcedLabourGood, "Cotton"),
        (ForcedChildLabourGood, "Cotton"),
        (ForcedLabourGood, "Garments"),
    ] {
        assert!(ilab(&s).contains(&want), "{want:?}: {s:?}");
    }
    assert_eq!(
        ilab(&idx.assess(Some("MY"), None, Some("gloves (nitrile)"))),
        [(ForcedLabourGood, "Rubber Gloves")]
    );
    assert_eq!(
        ilab(&idx.assess(Some("Türkiye"), None, Some("Hazelnuts, roasted"))),
        [(ChildLabourGood, "Hazelnuts")]
    );
    assert!(
        ilab(&idx.assess(Some("DRC"), None, Some("cobalt hydroxide")))
            .contains(&(ChildLabourGood, "Cobalt ore (heterogenite)"))
    );
    assert_eq!(
        ilab(&idx.assess(Some("Dominican Republic"), None, Some("sugar"))),
        [
            (ForcedLabourGood, "Sugarcane"),
            (ChildLabourGood, "Sugarcane")
        ]
    );
    // The derived rows say where the input comes from.
    let s = idx.assess(Some("China"), None, Some("Li-ion battery packs"));
    assert_eq!(ilab(&s), [(DerivedLabourGood, "Lithium-Ion Batteries")]);
    assert!(
        s[0].detail().contains("Congo, Democratic Republic of the"),
        "{}",
        s[0].detail()
    );
    // Traps: generic words, and goods from a country ILAB does not list them for.
    assert!(idx.assess(Some("CN"), None, Some("products")).is_empty());
    assert!(idx.assess(Some("Germany"), None, Some("cotton")).is_empty());
    // Steel is no ILAB good from China; it is a UFLPA high-priority sector (2025).
    let s = idx.assess(Some("CN"), None, Some("stainless steel fasteners"));
    assert!(ilab(&s).is_empty(), "{s:?}");
    assert_eq!(kinds(&s), [(PrioritySector, "steel/iron_steel")]);
}

#[test]
fn cbp_orders_from_the_bundle() {
    let set = lists();
    let idx = RiskIndex::new(set);
    let wro_titles = |c: &str, p: &str| -> Vec<String> {
        idx.assess(Some(c), None, Some(p))
            .into_iter()
            .filter(|s| s.kind == RiskKind::WroMerchandise)
            .map(|s| s.title())
            .collect()
    };
    let has = |titles: &[String], needle: &str| titles.iter().any(|t| t.contains(needle));
    let cn_cotton = wro_titles("China", "cotton t-shirts");
    assert!(
        has(&cn_cotton, "Xinjiang Uyghur Autonomous Region"),
        "{cn_cotton:?}"
    );
    assert!(
        has(
            &cn_cotton,
            "Xinjiang Production and Construction Corporation"
        ),
        "{cn_cotton:?}"
    );
    assert!(has(
        &wro_titles("Turkmenistan", "cotton yarn"),
        "All Turkmenistan Cotton"
    ));
    assert!(has(
        &wro_titles("CN", "tomato paste"),
        "Xinjiang Uyghur Autonomous Region"
    ));
    assert!(has(&wro_titles("CN", "Polysilicon wafers"), "Hoshine"));
    let tuna = wro_titles("Thailand", "canned tuna");
    assert_eq!(tuna.len(), 1, "{tuna:?}");
    assert!(tuna[0].contains("fishing vessels"), "{tuna:?}");
    assert!(has(&wro_titles("Serbia", "tyres"), "Linglong"));
    // The Dominican Republic aluminium order is inactive (pending litigation): no signal.
    assert!(wro_titles("Dominican Republic", "aluminium extrusions").is_empty());
    // Orders on "All Products" do not flag every product.
    assert!(wro_titles("CN", "LED lamps").is_empty());
    assert!(wro_titles("Germany", "cotton").is_empty());
}

#[test]
fn listed_addresses_from_the_real_lists() {
    let set = lists();
    let idx = RiskIndex::new(set);
    let listed = |address: &str| -> Vec<(ListCode, String)> {
        idx.assess(Some("HK"), Some(address), None)
            .into_iter()
            .filter(|s| s.kind == RiskKind::ListedAddress)
            .map(|s| (s.list, s.title()))
            .collect()
    };
    // The Entity List's address-only entry "Address 01" (Unit D, 16/F One Capital Place, 18 Luard
    // Rd, Wan Chai, Hong Kong), written as a supplier master would.
    let hits = listed("Unit D, 16th Floor, One Capital Place, 18 Luard Road, Wan Chai, Hong Kong");
    assert!(
        hits.iter()
            .any(|(l, t)| *l == ListCode::BisEntity && t.contains("Address 01")),
        "{hits:?}"
    );
    // A neighbour in the same building, and a bare city, are not listed addresses.
    assert!(listed("Unit A, 16/F One Capital Place, 18 Luard Road, Wan Chai").is_empty());
    assert!(listed("Wan Chai, Hong Kong").is_empty());
    // Real supplier addresses of the committed fixtures match no listed premises.
    for a in [
        "Avenue Nestlé 55, 1800 Vevey",
        "Robert-Bosch-Platz 1, 70839 Gerlingen",
        "Werner-von-Siemens-Straße 1, 80333 München",
        "29 Boulevard Haussmann, 75009 Paris",
        "1 Toyota-cho, Toyota City, Aichi",
    ] {
        assert!(listed(a).is_empty(), "{a}: {:?}", listed(a));
    }
}

#[test]
fn uflpa_priority_sectors_on_supplier_rows() {
    use supplyscreen_risk::{RiskText, SectorScope, SectorWhy, Supplier};
    let idx = RiskIndex::new(lists());
    let sectors = |s: &Supplier| -> Vec<RiskSignal> {
        idx.assess_row(s)
            .into_iter()
            .filter(|x| x.kind == RiskKind::PrioritySector)
            .collect()
    };
    // A polysilicon maker in China, by HS code and word: one signal, citing the 2022 Strategy.
    let poly = Supplier {
        name: Some("Xinte Energy Co., Ltd."),
        country: Some("China"),
        product: Some("Polysilicon (solar grade)"),
        hs: Some("2804.61.00"),
        ..Supplier::default()
    };
    let s = sectors(&poly);
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].list, ListCode::DhsUflpa);
    assert_eq!(
        s[0].title(),
        "UFLPA high-priority sector: silica-based products (including polysilicon) (UFLPA Strategy 2022-06-17), HS 2804.61.00 and word \"polysilicon\""
    );
    let RiskText::Sector { why, scope, .. } = &s[0].text else {
        panic!("{s:?}")
    };
    assert_eq!(*scope, SectorScope::Named);
    assert!(
        matches!(why, SectorWhy::HsAndWord { code, prefix, .. } if code == "2804.61.00" && prefix == "2804.61")
    );
    let detail = s[0].detail();
    for part in [
        "https://www.dhs.gov/uflpa-strategy",
        "HS code 2804.61.00 falls under HS 2804.61",
        "contains \"polysilicon\"",
        "not a match",
    ] {
        assert!(detail.contains(part), "{part}: {detail}");
    }
    // The HS code alone, the country written in Chinese, or only the supplier's USCC saying China.
    for s in [
        Supplier {
            country: Some("中国"),
            hs: Some("280461"),
            ..Supplier::default()
        },
        Supplier {
            product: Some("多晶硅"),
            registered_in_china: true,
            ..Supplier::default()
        },
        Supplier {
            country: Some("Hong Kong"),
            product: Some("polysilicon"),
            ..Supplier::default()
        },
    ] {
        assert_eq!(sectors(&s).len(), 1, "{s:?}");
    }
    // The same product outside China, or with no country at all, is no sector signal.
    for country in [Some("Germany"), Some("US"), None] {
        let s = Supplier { country, ..poly };
        assert!(sectors(&s).is_empty(), "{country:?}");
    }
    // Cotton apparel by word (a knitted garment of cotton: two sectors), beside ILAB's goods.
    let tees = Supplier {
        country: Some("CN"),
        product: Some("100% cotton knitted T-shirts"),
        ..Supplier::default()
    };
    let all = idx.assess_row(&tees);
    assert!(all.iter().any(|x| x.list == ListCode::DolIlab), "{all:?}");
    let refs: Vec<String> = sectors(&tees).into_iter().map(|x| x.source_ref).collect();
    assert_eq!(refs, ["apparel/apparel_knitted", "cotton/cotton_fibre"]);
    // Downstream products say so; an HS code of another chapter is no signal.
    let modules = sectors(&Supplier {
        country: Some("CN"),
        hs: Some("8541.43"),
        ..Supplier::default()
    });
    assert!(modules[0].detail().contains("downstream"), "{modules:?}");
    assert!(sectors(&Supplier {
        country: Some("CN"),
        product: Some("LED desk lamps"),
        hs: Some("9405.21"),
        ..Supplier::default()
    })
    .is_empty());
}
