//! Every parser on the real files in `data/sources`, the known entities, the counts (sources minus
//! documented drops) and the determinism of the whole build.

use std::path::PathBuf;
use std::sync::OnceLock;
use supplyscreen_ingest::{
    build_list_set, cbp, csl, ilab, nsfreg, ofac, uflpa, BuildOptions, Manifest,
};
use supplyscreen_lists::bundle;
use supplyscreen_lists::model::{AliasKind, Entity, EntityKind, ListCode, ListSet};

/// The committed snapshots these tests read directly (the build reads them through manifest.toml).
mod files {
    pub const UFLPA_HTML: &str = "dhs_uflpa/dhs_uflpa-entity-list_page_2026-07-09.html";
    pub const UFLPA_CSV: &str = "dhs_uflpa/uflpa_entity_list_2026-07-09.csv";
    pub const CSL_2023: &str = "trade_csl/consolidated_2023-11_subset.csv";
    pub const CSL_2025_SAMPLE: &str = "trade_csl/consolidated_2025-06_format_sample.csv";
    pub const OFAC_SDN: &str = "ofac/sdn_2024-05-03.csv";
    pub const OFAC_ALT: &str = "ofac/alt_2025-12.csv";
    pub const OFAC_ADD: &str = "ofac/add_2025-12.csv";
    pub const OFAC_COMMENTS: &str = "ofac/sdn_comments_2025-12.csv";
    pub const OFAC_CONS_PRIM: &str = "ofac/nonsdn_cons_prim_2025-12.csv";
    pub const CMIC_JSON: &str = "ofac_cmic/ofac_nscmic_2026-07_nsfreg.json";
    pub const ILAB_XML: &str = "dol_ilab/goods_2022list_sweat-and-toil.xml";
    pub const ILAB_CSV: &str = "dol_ilab/ilab_tvpra_goods_2022list.csv";
}

fn src(f: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/sources")
        .join(f)
}

fn fixture(f: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(f)
}

fn set() -> &'static ListSet {
    static SET: OnceLock<ListSet> = OnceLock::new();
    SET.get_or_init(|| {
        build_list_set(&src(""), &BuildOptions::default())
            .unwrap_or_else(|e| panic!("build failed: {e}"))
    })
}

fn of(list: ListCode) -> Vec<&'static Entity> {
    set().entities.iter().filter(|e| e.list == list).collect()
}

fn find(list: ListCode, needle: &str) -> Vec<&'static Entity> {
    let n = needle.to_lowercase();
    of(list)
        .into_iter()
        .filter(|e| e.all_names().any(|x| x.to_lowercase().contains(&n)))
        .collect()
}

fn count(list: ListCode) -> u32 {
    set().list(list).unwrap().record_count
}

#[test]
fn uflpa_page_and_csv_agree_and_merge_sections() {
    let html = uflpa::read_html(&src(files::UFLPA_HTML)).unwrap();
    let csv = uflpa::read_csv(&src(files::UFLPA_CSV)).unwrap();
    assert_eq!(html.len(), 160);
    assert_eq!(html, csv);
    let per = |s: &str| html.iter().filter(|r| r.section == s).count();
    assert_eq!(
        (
            per("2(d)(2)(B)(i)"),
            per("2(d)(2)(B)(ii)"),
            per("2(d)(2)(B)(v)")
        ),
        (9, 43, 108)
    );
    // 150 distinct published names; 6 entities are published under two spellings in two sections
    // (Hetian Haolin, Hetian Taida, Hoshine, Daqo, Hefei Bitland: with / without the alias text, "Co.,
    // Ltd" vs "Co. Ltd."; XPCC: "(XPCC)" vs "(including three aliases: XPCC; ...)"), so 144 entities.
    // (The nsfreg parse of the same page only merged 2: 148.)
    assert_eq!(count(ListCode::DhsUflpa), 144);
    let xpcc = find(
        ListCode::DhsUflpa,
        "Xinjiang Production and Construction Corps",
    );
    assert_eq!(xpcc.len(), 1, "{xpcc:?}");
    for section in ["(i)", "(ii)"] {
        let program = format!("UFLPA 2(d)(2)(B){section}");
        assert!(
            xpcc[0].programs.contains(&program),
            "{:?}",
            xpcc[0].programs
        );
    }
    assert!(xpcc[0].aliases.iter().any(|a| a.name == "XPCC"));
    assert!(xpcc[0].extends_to_subsidiaries);
    let bitland = find(ListCode::DhsUflpa, "Hefei Bitland Information");
    assert_eq!(bitland.len(), 1);
    let listed_aliases = bitland[0]
        .aliases
        .iter()
        .filter(|a| a.kind != AliasKind::CrossScript);
    assert_eq!(listed_aliases.count(), 3);

    let hoshine = find(ListCode::DhsUflpa, "Hoshine Silicon");
    assert_eq!(hoshine.len(), 1);
    let h = hoshine[0];
    assert_eq!(h.name, "Hoshine Silicon Industry (Shanshan) Co., Ltd");
    assert!(h.extends_to_subsidiaries);
    assert_eq!(h.aliases[0].name, "Hesheng Silicon Industry (Shanshan) Co.");

    let xpcc = find(ListCode::DhsUflpa, "Bingtuan");
    assert_eq!(xpcc.len(), 1);
    assert_eq!(xpcc[0].name, "Xinjiang Production and Construction Corps");
    assert!(xpcc[0].extends_to_subsidiaries);
    let names: Vec<_> = xpcc[0]
        .aliases
        .iter()
        .filter(|a| a.kind != AliasKind::CrossScript)
        .map(|a| a.name.as_str())
        .collect();
    // Sections (ii) and (v) write it "Xinjiang Production and Construction Corps (XPCC)": merged,
    // with that spelling kept as an alias.
    assert_eq!(
        names,
        [
            "XPCC",
            "Xinjiang Corps",
            "Bingtuan",
            "Xinjiang Production and Construction Corps (XPCC)"
        ]
    );

    let daqo = find(ListCode::DhsUflpa, "Daqo New Energy");
    assert_eq!(daqo.len(), 1);
    assert_eq!(
        daqo[0].programs,
        ["UFLPA 2(d)(2)(B)(i)", "UFLPA 2(d)(2)(B)(v)"]
    );

    let anhui = find(ListCode::DhsUflpa, "Anhui Xinya");
    assert!(anhui[0]
        .aliases
        .iter()
        .all(|a| matches!(a.kind, AliasKind::Fka | AliasKind::CrossScript)));
    assert_eq!(
        anhui[0]
            .aliases
            .iter()
            .filter(|a| a.kind == AliasKind::Fka)
            .count(),
        2
    );
    // No alias text left inside any name.
    for e in of(ListCode::DhsUflpa) {
        assert!(
            !e.name.contains("known as") && !e.name.contains("alias"),
            "{}",
            e.name
        );
    }
}

#[test]
fn bis_entity_list_known_entries_and_repairs() {
    assert_eq!(count(ListCode::BisEntity), 3409);
    assert_eq!(count(ListCode::BisMeu), 70);
    let hik = find(ListCode::BisEntity, "Hikvision");
    assert_eq!(hik.len(), 1);
    let citation = hik[0].citation.as_deref().unwrap();
    assert!(citation.starts_with("84 FR 54004, 10/9/19"), "{citation}");
    assert!(hik[0]
        .license_requirement
        .as_deref()
        .unwrap()
        .contains("744.11"));

    let hoshine = find(ListCode::BisEntity, "Hoshine Silicon");
    assert_eq!(hoshine.len(), 1);
    assert_eq!(
        hoshine[0].aliases[0].name,
        "Hesheng Silicon Industry (Shanshan) Co., Ltd."
    );
    assert!(
        hoshine[0].addresses[0].contains("Kekeya Road"),
        "{:?}",
        hoshine[0].addresses
    );

    let xpcc = find(ListCode::BisEntity, "Bingtuan");
    assert_eq!(xpcc.len(), 1);
    assert!(xpcc[0].citation.as_deref().unwrap().contains("86 FR 33120"));

    let xinjiang_2019 = of(ListCode::BisEntity)
        .into_iter()
        .filter(|e| {
            e.citation
                .as_deref()
                .is_some_and(|c| c.contains("84 FR 54004"))
        })
        .count();
    assert_eq!(xinjiang_2019, 28);

    for e in of(ListCode::BisEntity) {
        assert!(
            !e.name.to_lowercase().contains("a.k.a"),
            "a.k.a. left in {:?}",
            e.name
        );
        for a in &e.aliases {
            assert!(
                !a.name.to_lowercase().contains("a.k.a"),
                "a.k.a. left in alias {:?}",
                a.name
            );
        }
    }
    let aletra = find(ListCode::BisEntity, "Aletra General Trading");
    assert_eq!(aletra[0].aliases[0].name, "Erman & Sultan Trading Co.");
    let notes = &set().list(ListCode::BisEntity).unwrap().notes;
    assert!(notes.iter().any(|n| n.contains("swallowed")), "{notes:?}");
}

#[test]
fn cbp_orders_from_json_and_official_csv_layout() {
    assert_eq!(count(ListCode::CbpWro), 67);
    let hoshine = find(ListCode::CbpWro, "Hoshine Silicon");
    assert_eq!(hoshine.len(), 1);
    assert_eq!(hoshine[0].name, "Hoshine Silicon Industry Co. Ltd.");
    assert!(hoshine[0].extends_to_subsidiaries);
    assert_eq!(
        hoshine[0].merchandise.as_deref(),
        Some("Silica-based products")
    );
    assert_eq!(hoshine[0].programs, ["WRO"]);
    let turkmen = find(ListCode::CbpWro, "Turkmenistan Cotton");
    assert_eq!(turkmen[0].kind, EntityKind::RegionWideOrder);
    let vessels = of(ListCode::CbpWro)
        .into_iter()
        .filter(|e| e.kind == EntityKind::Vessel)
        .count();
    assert_eq!(vessels, 6);
    let xpcc = find(ListCode::CbpWro, "Xinjiang Production and Construction");
    assert!(xpcc[0].extends_to_subsidiaries);

    let (orders, skips) = cbp::read_csv(&fixture("cbp_wro_official_layout_sample.csv")).unwrap();
    assert_eq!(orders.len(), 4);
    assert_eq!(skips.empty_entity, 1);
    assert_eq!(orders[0].entity, "Yunnan Machinery");
    assert_eq!(
        orders[0].aliases,
        ["Golden Horse (JinMa) Diesel Factory", "Yunnan 1st Prison"]
    );
    assert_eq!(orders[0].effective_date.as_deref(), Some("1991-11-14"));
    assert!(orders[2]
        .remarks
        .as_deref()
        .unwrap()
        .contains("No. 6 See Fishing Vessels WRO."));
    assert!(orders[3]
        .remarks
        .as_deref()
        .unwrap()
        .contains("CBP\u{2019}s \"Hoshine\" order"));
    let es = cbp::to_entities(&orders);
    assert_eq!(es[1].kind, EntityKind::RegionWideOrder);
    assert_eq!(
        (es[2].kind, es[2].name.as_str()),
        (EntityKind::Vessel, "Da Wang")
    );
}

#[test]
fn cbp_csv_errors_name_file_and_line() {
    let dir = std::env::temp_dir().join(format!("ss-cbp-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let head = "Effective Date,FY,Country Code,Country,Merchandise,WRO/Finding,Industry,Status,Notes,Entity,Remarks\r\n";
    let p = dir.join("wro.csv");
    std::fs::write(
        &p,
        format!("{head}11/14/1991,1992,CN,China,Engines,Order,X,Active,,Yunnan,\r\n"),
    )
    .unwrap();
    let err = cbp::read_csv(&p).unwrap_err().to_string();
    assert!(
        err.contains("wro.csv") && err.contains("line 2") && err.contains("Order"),
        "{err}"
    );
    std::fs::write(
        &p,
        format!("{head}14/11/1991,1992,CN,China,Engines,WRO,X,Active,,Yunnan,\r\n"),
    )
    .unwrap();
    assert!(cbp::read_csv(&p)
        .unwrap_err()
        .to_string()
        .contains("MM/DD/YYYY"));
    std::fs::write(&p, format!("{head}11/14/1991,CN,China\r\n")).unwrap();
    assert!(cbp::read_csv(&p)
        .unwrap_err()
        .to_string()
        .contains("expected 11 columns"));
    std::fs::write(&p, "Date,Entity\r\n").unwrap();
    assert!(cbp::read_csv(&p)
        .unwrap_err()
        .to_string()
        .contains("line 1"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn csl_2023_copy_and_2025_sample() {
    let (rows, skips) = csl::read(&src(files::CSL_2023)).unwrap();
    assert_eq!(rows.len(), 4226);
    assert_eq!(skips.truncated_last_record, Some(4233));
    assert_eq!(skips.repeated_headers, 1);
    let uvl = csl::to_entities(ListCode::BisUvl, &rows);
    assert_eq!(uvl.len(), 186);
    assert_eq!(count(ListCode::BisUvl), 186);
    let atlas = uvl.iter().find(|e| e.name == "Atlas Sanatgaran").unwrap();
    // "Komitas 26/114, Yerevan, Armenia, AM": the country and its ISO code end the address.
    assert_eq!(atlas.countries, ["Armenia"]);
    assert_eq!(atlas.addresses, ["Komitas 26/114, Yerevan"]);
    let sdn = csl::to_entities(ListCode::OfacSdn, &rows);
    assert_eq!(sdn.len(), 1737); // 1,738 in the file, the last one cut mid-record
    assert!(sdn
        .iter()
        .any(|e| e.id.starts_with("ofac_sdn:") && !e.aliases.is_empty()));
    let el = csl::to_entities(ListCode::BisEntity, &rows);
    assert_eq!(el.len(), 919);

    let (sample, skips) = csl::read(&src(files::CSL_2025_SAMPLE)).unwrap();
    assert_eq!((sample.len(), skips.repeated_headers), (13, 0));
    let isn = csl::to_entities(ListCode::StateIsn, &sample);
    assert_eq!(isn.len(), 1);
    assert_eq!(isn[0].name, "Sinobright Import and Export Company");
    assert!(isn[0].extends_to_subsidiaries);
}

#[test]
fn ofac_sdn_real_files() {
    let prim = ofac::read_prim(&src(files::OFAC_SDN)).unwrap();
    let alt = ofac::read_alt(&src(files::OFAC_ALT)).unwrap();
    let add = ofac::read_add(&src(files::OFAC_ADD)).unwrap();
    let comments = ofac::read_comments(&src(files::OFAC_COMMENTS)).unwrap();
    assert_eq!(
        (prim.len(), alt.len(), add.len(), comments.len()),
        (14965, 20107, 24244, 28)
    );
    let types = |t: Option<&str>| prim.iter().filter(|p| p.sdn_type.as_deref() == t).count();
    assert_eq!(
        (
            types(None),
            types(Some("individual")),
            types(Some("vessel")),
            types(Some("aircraft"))
        ),
        (6884, 6854, 851, 376)
    );
    // 14,965 primary records + 1,567 ent_nums known only from the Dec 2025 alias file.
    assert_eq!(count(ListCode::OfacSdn), 14965 + 1567);
    let notes = set().list(ListCode::OfacSdn).unwrap().notes.join(" ");
    assert!(
        notes.contains("1,567 entries known only from the alias file"),
        "{notes}"
    );

    let sdn = of(ListCode::OfacSdn);
    let glomag: Vec<_> = sdn
        .iter()
        .filter(|e| e.programs.iter().any(|p| p == "GLOMAG"))
        .collect();
    assert_eq!(glomag.len(), 694);
    assert!(glomag.iter().any(|e| e.programs.len() > 1));
    let bnc = sdn.iter().find(|e| e.id == "ofac_sdn:306").unwrap();
    assert_eq!(bnc.name, "BANCO NACIONAL DE CUBA");
    assert_eq!(bnc.kind, EntityKind::Organisation);
    assert_eq!(
        bnc.aliases
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>(),
        ["NATIONAL BANK OF CUBA"]
    );
    assert!(bnc.countries.contains(&"Switzerland".to_string()));
    // 'BNC' is only in Remarks, not in the alias file: it must not become a name.
    assert!(!bnc.all_names().any(|n| n == "BNC"));
    let missing: Vec<_> = sdn.iter().filter(|e| e.primary_record_missing).collect();
    assert_eq!(missing.len(), 1567);
    assert!(missing
        .iter()
        .all(|e| e.kind == EntityKind::Unknown && e.programs.is_empty()));
    assert!(sdn.iter().any(|e| e.kind == EntityKind::Vessel));
}

#[test]
fn ofac_cmic_dedupes_the_two_sources() {
    let cmic = nsfreg::read(&src(files::CMIC_JSON)).unwrap();
    assert_eq!(cmic.entities.len(), 68);
    let prim = ofac::read_prim(&src(files::OFAC_CONS_PRIM)).unwrap();
    assert_eq!(prim.len(), 442);
    let n = count(ListCode::OfacCmic) as usize;
    // All 442 consolidated entries, plus the July 2026 CMIC entries not found among them.
    assert!((442..442 + 68).contains(&n), "{n}");
    let notes = set().list(ListCode::OfacCmic).unwrap().notes.join(" ");
    let merged: usize = notes
        .split("Plus the CMIC list extraction: ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|s| s.parse().ok())
        .unwrap();
    assert_eq!(n, 442 + 68 - merged, "{notes}");
    assert!(
        merged >= 60,
        "only {merged} of 68 CMIC entries matched the Dec 2025 file"
    );
    let aecc = find(ListCode::OfacCmic, "AERO ENGINE CORPORATION OF CHINA");
    assert_eq!(aecc.len(), 1, "{aecc:?}");
    assert!(aecc[0].programs.iter().any(|p| p == "CMIC-EO13959"));
}

#[test]
fn state_and_dpl_counts() {
    assert_eq!(count(ListCode::BisDpl), 564);
    assert_eq!(count(ListCode::StateIsn), 528);
    assert_eq!(count(ListCode::StateDtc), 779 + 8);
    let russia = find(ListCode::StateIsn, "Government of the Russian Federation");
    assert!(
        russia[0].programs.iter().any(|p| p == "CBW Act"),
        "{:?}",
        russia[0].programs
    );
    let adams = find(ListCode::StateDtc, "Adams, Ryan");
    assert_eq!(adams[0].kind, EntityKind::Person);
    assert_eq!(adams[0].programs, ["ITAR administrative debarment"]);
}

#[test]
fn ilab_goods_xml_and_csv_agree() {
    let xml = ilab::read_xml(&src(files::ILAB_XML)).unwrap();
    let csv = ilab::read_csv(&src(files::ILAB_CSV)).unwrap();
    assert_eq!(xml.len(), 467);
    assert_eq!(xml, csv);
    let goods = &set().goods;
    assert_eq!(goods.len(), 467);
    assert_eq!(count(ListCode::DolIlab), 467);
    assert_eq!(goods.iter().filter(|g| g.forced_child_labor).count(), 54);
    let li = goods
        .iter()
        .find(|g| g.good == "Lithium-Ion Batteries")
        .unwrap();
    assert!(li.derived_labor_exploitation);
    assert_eq!(
        li.derived_from_country.as_deref(),
        Some("Congo, Democratic Republic of the")
    );
    assert!(goods
        .iter()
        .any(|g| g.good == "Cotton" && g.country == "China" && g.forced_labor));
}

#[test]
fn every_list_present_with_metadata_and_unique_ids() {
    let s = set();
    assert_eq!(
        s.lists.iter().map(|l| l.code).collect::<Vec<_>>(),
        ListCode::ALL
    );
    for l in &s.lists {
        assert!(l.source_url.starts_with("https://"), "{l:?}");
        assert!(l.record_count > 0 && !l.as_of.is_empty() && !l.agency.is_empty());
        if l.code != ListCode::DolIlab {
            assert_eq!(l.record_count as usize, of(l.code).len(), "{}", l.code);
        }
    }
    let mut ids: Vec<_> = s.entities.iter().map(|e| e.id.as_str()).collect();
    ids.sort();
    let before = ids.len();
    ids.dedup();
    assert_eq!(before, ids.len(), "duplicate entity ids");
    for e in &s.entities {
        assert!(e.id.starts_with(&format!("{}:", e.list)), "{}", e.id);
        assert!(!e.name.trim().is_empty());
    }
    assert_eq!(s.built_from, "2026-07-09");
}

#[test]
fn bundle_round_trips_and_builds_are_byte_identical() {
    let a = bundle::encode(set()).unwrap();
    let again = build_list_set(&src(""), &BuildOptions::default()).unwrap();
    let b = bundle::encode(&again).unwrap();
    assert!(a == b, "two builds from the same sources differ");
    assert_eq!(&bundle::decode(&a).unwrap(), set());
}

#[test]
fn missing_manifest_or_source_file_is_named() {
    let dir = std::env::temp_dir().join(format!("ss-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let err = build_list_set(&dir, &BuildOptions::default())
        .unwrap_err()
        .to_string();
    assert!(err.contains("manifest.toml"), "{err}");
    std::fs::copy(src("manifest.toml"), dir.join("manifest.toml")).unwrap();
    let err = build_list_set(&dir, &BuildOptions::default())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("dhs_uflpa-entity-list_page_2026-07-09.html"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_file_changed_outside_refresh_is_refused() {
    let dir = std::env::temp_dir().join(format!("ss-sha-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&src(""), &dir);
    let p = dir.join(files::ILAB_CSV);
    let mut text = std::fs::read(&p).unwrap();
    text.extend_from_slice(b"\n");
    std::fs::write(&p, text).unwrap();
    let err = build_list_set(&dir, &BuildOptions::default())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("ilab_tvpra_goods_2022list.csv")
            && err.contains("SHA-256 is")
            && err.contains("list dol_ilab"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_committed_manifest_is_in_the_form_refresh_writes() {
    let text = std::fs::read_to_string(src("manifest.toml")).unwrap();
    let m = Manifest::parse(&src("manifest.toml"), &text).unwrap();
    assert!(
        m.to_toml() == text,
        "manifest.toml is not in canonical form:\n{}",
        m.to_toml()
    );
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let t = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &t);
        } else {
            std::fs::copy(e.path(), t).unwrap();
        }
    }
}

#[test]
fn every_row_of_the_chinese_alias_table_reaches_its_listed_entry() {
    // The table's rows name entries by their listed name; a row that names none (a typo, or a list
    // renamed the entry) is reported in the list's notes. The committed table has none.
    let table = supplyscreen_ingest::alias_table::read(&src("zh_aliases/aliases.csv")).unwrap();
    assert!(table.len() >= 140, "{} rows", table.len());
    for l in &set().lists {
        for n in &l.notes {
            assert!(!n.contains("name no entry"), "{}: {n}", l.code);
        }
    }
    let cross: Vec<_> = set()
        .entities
        .iter()
        .flat_map(|e| e.aliases.iter().map(move |a| (e, a)))
        .filter(|(_, a)| a.kind == AliasKind::CrossScript)
        .collect();
    for row in &table {
        assert!(
            // Two rows may give one entry the same name (the first row's source is kept), and a
            // list may give the name itself (then it stays the list's alias).
            cross
                .iter()
                .any(|(e, a)| e.list == row.list && a.name == row.alias)
                || set()
                    .entities
                    .iter()
                    .any(|e| e.list == row.list && e.all_names().any(|n| n == row.alias)),
            "line {}: {} not attached to {}",
            row.line,
            row.alias,
            row.listed_name
        );
    }
    // Hikvision is the case no rule can bridge: a brand.
    let hik = find(ListCode::OfacCmic, "Hikvision");
    assert!(
        hik.iter()
            .any(|e| e.aliases.iter().any(|a| a.name.contains("海康威视"))),
        "{hik:?}"
    );
}

#[test]
fn registration_numbers_are_parsed_from_ofac_remarks_and_cmic_notes() {
    use supplyscreen_lists::model::Scheme;
    let s = set();
    let with = |scheme: Scheme| {
        s.entities
            .iter()
            .filter(|e| e.identifiers.iter().any(|i| i.scheme == scheme))
            .count()
    };
    // docs/research/identifiers.md §4: 84 SDN entries and 58 non-SDN entries give a USCC; about
    // 2,500 Russian entities an INN (Tax ID No.), about 2,000 an OGRN (Registration Number).
    assert!(
        with(Scheme::CnUscc) >= 130,
        "USCC on {} entities",
        with(Scheme::CnUscc)
    );
    assert!(
        with(Scheme::RuInn) >= 2_000,
        "INN on {} entities",
        with(Scheme::RuInn)
    );
    assert!(
        with(Scheme::RuOgrn) >= 1_500,
        "OGRN on {} entities",
        with(Scheme::RuOgrn)
    );
    assert!(
        with(Scheme::Lei) >= 50,
        "LEI on {} entities",
        with(Scheme::Lei)
    );
    // Sberbank (SDN 17018): its INN and OGRN, typed, and no longer repeated in the remarks text.
    let sber = s
        .entities
        .iter()
        .find(|e| e.id == "ofac_sdn:17018")
        .expect("Sberbank on the SDN list");
    let values: Vec<&str> = sber.identifiers.iter().map(|i| i.value.as_str()).collect();
    assert!(values.contains(&"7707083893"), "{values:?}");
    assert!(values.contains(&"1027700132195"), "{values:?}");
    assert!(
        !sber.remarks.as_deref().unwrap_or("").contains("7707083893"),
        "{:?}",
        sber.remarks
    );
    // CNOOC (NS-CMIC notes "USCC: … (China)").
    assert!(s.entities.iter().any(|e| e.list == ListCode::OfacCmic
        && e.identifiers
            .iter()
            .any(|i| i.value == "91110000100001043E" && i.scheme == Scheme::CnUscc)));
    // No vessel carries a supplier number; every value is at least 5 characters.
    for e in &s.entities {
        if matches!(e.kind, EntityKind::Vessel | EntityKind::Aircraft) {
            assert!(e.identifiers.is_empty(), "{}", e.id);
        }
        for i in &e.identifiers {
            assert!(i.value.len() >= 5, "{}: {:?}", e.id, i);
        }
    }
}
