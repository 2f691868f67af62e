//! A hand-made [`ListSet`] whose rows are copied verbatim from the real sources
//! (`data/sources/dol_ilab/ilab_tvpra_goods_2022list.csv`, `data/sources/cbp_wro/…_nsfreg.json`),
//! plus two orders that are not in our CBP snapshot (Malaysia gloves, Dominican Republic sugar),
//! written the way CBP writes such orders. For tests, here and (with the `test-support` feature)
//! in the crates above.

use supplyscreen_lists::model::{Entity, EntityKind, GoodsRisk, ListCode, ListInfo, ListSet};

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
        identifiers: Vec::new(),
        primary_record_missing: false,
    }
}

const Y: bool = true;
const N: bool = false;

/// The sample lists: ILAB goods and CBP orders.
pub fn sample_set() -> ListSet {
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
            as_of_from: "fetched".into(),
            fetched: "2026-07-09".into(),
            files: vec![],
            source_url: "https://www.cbp.gov/document/stats/withhold-release-orders-findings"
                .into(),
            record_count: entities.len() as u32,
            notes: vec![],
        }],
        entities,
        goods,
    }
}
