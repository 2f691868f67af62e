//! Builds the whole [`ListSet`] from the `data/sources` folder: which file feeds which list, the
//! list metadata (agency, as-of date, official page) and honest notes about every drop or repair.
//!
//! Determinism: entities are sorted by (list, id), goods by (good, country); nothing depends on the
//! clock or on hash-map iteration order, so the same files always give the same bundle bytes.

use crate::error::Result;
use crate::nsfreg::{self, Repairs};
use crate::text::{norm_key, push_alias, SlugIds};
use crate::{cbp, csl, ilab, ofac, uflpa};
use std::collections::HashMap;
use std::path::Path;
use supplyscreen_lists::model::{Entity, GoodsRisk, ListCode, ListInfo, ListSet};
use supplyscreen_vocab::numbers::thousands;

/// The files read, relative to the sources folder.
pub mod files {
    pub const UFLPA_HTML: &str = "dhs_uflpa/dhs_uflpa-entity-list_page_2026-07-09.html";
    pub const UFLPA_CSV: &str = "dhs_uflpa/uflpa_entity_list_2026-07-09.csv";
    pub const CBP_JSON: &str = "cbp_wro/cbp_wro_2026-06-23_nsfreg.json";
    pub const BIS_ENTITY: &str = "bis_entity/bis_entity_list_2026-07_nsfreg.json";
    pub const BIS_MEU: &str = "bis_meu/bis_meu_2026-07_nsfreg.json";
    pub const BIS_DPL: &str = "bis_dpl/bis_dpl_2026-04-14_nsfreg.json";
    pub const CSL_2023: &str = "trade_csl/consolidated_2023-11_subset.csv";
    pub const CSL_2025_SAMPLE: &str = "trade_csl/consolidated_2025-06_format_sample.csv";
    pub const STATE_ISN: &str = "state_isn/state_nonproliferation_2025-05_nsfreg.json";
    pub const STATE_DTC_STATUTORY: &str =
        "state_dtc/state_debarred_statutory_2025-08-25_nsfreg.json";
    pub const STATE_DTC_ADMIN: &str = "state_dtc/state_debarred_admin_2023-06-01_nsfreg.json";
    pub const OFAC_SDN: &str = "ofac/sdn_2024-05-03.csv";
    pub const OFAC_ALT: &str = "ofac/alt_2025-12.csv";
    pub const OFAC_ADD: &str = "ofac/add_2025-12.csv";
    pub const OFAC_COMMENTS: &str = "ofac/sdn_comments_2025-12.csv";
    pub const OFAC_CONS_PRIM: &str = "ofac/nonsdn_cons_prim_2025-12.csv";
    pub const OFAC_CONS_ALT: &str = "ofac/nonsdn_cons_alt_2025-12.csv";
    pub const OFAC_CONS_ADD: &str = "ofac/nonsdn_cons_add_2025-12.csv";
    pub const OFAC_CONS_COMMENTS: &str = "ofac/nonsdn_cons_comments_2025-12.csv";
    pub const CMIC_JSON: &str = "ofac_cmic/ofac_nscmic_2026-07_nsfreg.json";
    pub const ILAB_XML: &str = "dol_ilab/goods_2022list_sweat-and-toil.xml";
    pub const ILAB_CSV: &str = "dol_ilab/ilab_tvpra_goods_2022list.csv";
}

const BIS: &str = "U.S. Department of Commerce, Bureau of Industry and Security";
const OFAC: &str = "U.S. Department of the Treasury, Office of Foreign Assets Control";
const STATE: &str = "U.S. Department of State";
const OFAC_URL: &str = "https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists";
const OFAC_CONS_URL: &str = "https://ofac.treasury.gov/consolidated-sanctions-list-non-sdn-lists";

/// Remarks longer than this are cut (with "…") to keep the bundle small; see [`BuildOptions`].
pub const DEFAULT_MAX_REMARKS: usize = 300;

#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Cut remarks longer than this many characters. OFAC remarks (IDs, directives, links) run to
    /// 2,000+ characters; the first part carries the identifiers a reviewer needs.
    pub max_remarks_chars: usize,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            max_remarks_chars: DEFAULT_MAX_REMARKS,
        }
    }
}

fn info(code: ListCode, name: &str, agency: &str, as_of: &str, url: &str) -> ListInfo {
    ListInfo {
        code,
        name: name.into(),
        agency: agency.into(),
        as_of: as_of.into(),
        source_url: url.into(),
        record_count: 0,
        notes: Vec::new(),
    }
}

fn repair_notes(r: &Repairs, notes: &mut Vec<String>) {
    if r.inline_aliases > 0 {
        notes.push(format!(
            "{} names still carried \"a.k.a.\"/\"f.k.a.\" text in the extraction; split into aliases.",
            r.inline_aliases
        ));
    }
    if r.addresses_moved > 0 {
        notes.push(format!(
            "{} aliases had swallowed the entry's address; the address text was moved to addresses.",
            r.addresses_moved
        ));
    }
    if r.subsidiaries > 0 {
        notes.push(format!(
            "{} names carried a subsidiaries qualifier; stripped and flagged as extending to subsidiaries.",
            r.subsidiaries
        ));
    }
}

/// Builds every list from `sources` (the `data/sources` folder).
pub fn build_list_set(sources: &Path, opts: &BuildOptions) -> Result<ListSet> {
    let p = |f: &str| sources.join(f);
    let mut lists = Vec::new();
    let mut entities: Vec<Entity> = Vec::new();

    // DHS UFLPA: the official page; the CSV is its flattening and must agree.
    let rows = uflpa::read_html(&p(files::UFLPA_HTML))?;
    let csv_rows = uflpa::read_csv(&p(files::UFLPA_CSV))?;
    let es = uflpa::to_entities(&rows);
    let mut li = info(
        ListCode::DhsUflpa,
        "UFLPA Entity List",
        "U.S. Department of Homeland Security (Forced Labor Enforcement Task Force)",
        "2026-07-09",
        uflpa::SOURCE_URL,
    );
    li.notes.push(format!(
        "{} table rows on the page (sections (i), (ii), (v)); entities listed in more than one section are merged, giving {} entities.",
        rows.len(),
        es.len()
    ));
    li.notes.push(format!(
        "{} entities carry a subsidiaries / \"subordinate and affiliated entities\" qualifier: a name match cannot see every covered company.",
        es.iter().filter(|e| e.extends_to_subsidiaries).count()
    ));
    if csv_rows != rows {
        li.notes
            .push("The flattened CSV differs from the page; the page was used.".into());
    }
    push_list(&mut lists, &mut entities, li, es);

    // CBP WRO / Findings.
    let cbp_file = nsfreg::read(&p(files::CBP_JSON))?;
    let orders = cbp::from_nsfreg(&p(files::CBP_JSON), &cbp_file)?;
    let es = cbp::to_entities(&orders);
    let mut li = info(
        ListCode::CbpWro,
        "Withhold Release Orders and Findings",
        "U.S. Customs and Border Protection",
        "2026-06-23",
        cbp::SOURCE_URL,
    );
    li.notes.push(format!(
        "One record per order ({} WROs, {} Findings); a company with both a WRO and a Finding appears twice.",
        orders.iter().filter(|o| o.order_type == "WRO").count(),
        orders.iter().filter(|o| o.order_type == "Finding").count()
    ));
    li.notes.push(format!(
        "{} region- or country-wide orders (e.g. Turkmenistan cotton) are kept as RegionWideOrder records; they match by country and merchandise, not by supplier name.",
        es.iter().filter(|e| e.kind == supplyscreen_lists::model::EntityKind::RegionWideOrder).count()
    ));
    li.notes.push("Rows with an empty Entity cell in CBP's export were dropped by the extractor (nsfreg); CBP's export lists current orders only (revoked ones such as Top Glove are absent).".into());
    push_list(&mut lists, &mut entities, li, es);

    // BIS Entity List and MEU list (eCFR).
    for (code, file, name, url) in [
        (
            ListCode::BisEntity,
            files::BIS_ENTITY,
            "Entity List (15 CFR 744, Supp. No. 4)",
            "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744#Supplement-No.-4-to-Part-744",
        ),
        (
            ListCode::BisMeu,
            files::BIS_MEU,
            "Military End-User List (15 CFR 744, Supp. No. 7)",
            "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%207%20to%20Part%20744",
        ),
    ] {
        let f = nsfreg::read(&p(file))?;
        let (es, rep) = nsfreg::bis_supplement(code, &f);
        let mut li = info(code, name, BIS, "2026-07", url);
        li.notes.push("Parsed from the eCFR text (July 2026) by a third-party extractor; an entry listed under several countries appears once per country, as in the regulation.".into());
        repair_notes(&rep, &mut li.notes);
        push_list(&mut lists, &mut entities, li, es);
    }

    // BIS Denied Persons List.
    let f = nsfreg::read(&p(files::BIS_DPL))?;
    let (es, rep) = nsfreg::bis_dpl(&f);
    let mut li = info(
        ListCode::BisDpl,
        "Denied Persons List",
        BIS,
        "2026-04-14",
        "https://www.bis.gov/licensing/end-user-guidance/denied-persons-list-dpl",
    );
    repair_notes(&rep, &mut li.notes);
    push_list(&mut lists, &mut entities, li, es);

    // BIS Unverified List: only in the 2023 CSL copy.
    let (csl_rows, skips) = csl::read(&p(files::CSL_2023))?;
    let es = csl::to_entities(ListCode::BisUvl, &csl_rows);
    let uvl_url = csl_rows
        .iter()
        .find(|r| Some(r.source.as_str()) == csl::source_label(ListCode::BisUvl))
        .and_then(|r| r.source_list_url.clone())
        .unwrap_or_else(|| {
            "https://www.bis.gov/licensing/end-user-guidance/unverified-list-uvl".into()
        });
    let mut li = info(
        ListCode::BisUvl,
        "Unverified List",
        BIS,
        "2023-11",
        &uvl_url,
    );
    li.notes.push("OLD SNAPSHOT: the only copy we hold is inside the Consolidated Screening List of Nov 2023; parties added or removed since then are not reflected.".into());
    if skips.repeated_headers > 0 {
        li.notes.push(format!(
            "{} stray repeated header row(s) in the CSL file skipped.",
            skips.repeated_headers
        ));
    }
    if let Some(line) = skips.truncated_last_record {
        li.notes.push(format!(
            "The CSL copy ends mid-record (line {line}, an SDN row); that row was dropped (it is not a UVL row)."
        ));
    }
    push_list(&mut lists, &mut entities, li, es);

    // State nonproliferation sanctions.
    let f = nsfreg::read(&p(files::STATE_ISN))?;
    let (es, rep) = nsfreg::state_isn(&f);
    let mut li = info(
        ListCode::StateIsn,
        "Nonproliferation Sanctions",
        "U.S. Department of State, Bureau of International Security and Nonproliferation",
        "2025-05",
        "https://www.state.gov/bureau-of-arms-control-and-nonproliferation/nonproliferation-sanctions",
    );
    li.notes.push("Extracted from State's master sanctions table PDF (May 2025); programs are the sanction authorities, remarks keep each sanction's dates and status.".into());
    repair_notes(&rep, &mut li.notes);
    push_list(&mut lists, &mut entities, li, es);

    // State ITAR debarred: statutory (2025-08-25) + administrative (2023-06-01).
    let mut ids = SlugIds::default();
    let stat = nsfreg::read(&p(files::STATE_DTC_STATUTORY))?;
    let admin = nsfreg::read(&p(files::STATE_DTC_ADMIN))?;
    let (mut es, r1) = nsfreg::state_dtc(&stat, "ITAR statutory debarment", &mut ids);
    let (es2, r2) = nsfreg::state_dtc(&admin, "ITAR administrative debarment", &mut ids);
    es.extend(es2);
    let mut li = info(
        ListCode::StateDtc,
        "ITAR Debarred Parties (statutory and administrative)",
        &format!("{STATE}, Directorate of Defense Trade Controls"),
        "2025-08-25",
        "https://deccspmddtc.servicenowservices.com/ddtc_public?id=ddtc_kb_article_page&sys_id=c22d1833dbb8d300d0a370131f9619f0",
    );
    li.notes.push(format!(
        "{} statutory debarments (list of 2025-08-25) + {} administrative debarments (list of 2023-06-01, the newest we hold).",
        stat.entities.len(),
        admin.entities.len()
    ));
    repair_notes(
        &Repairs {
            inline_aliases: r1.inline_aliases + r2.inline_aliases,
            addresses_moved: r1.addresses_moved + r2.addresses_moved,
            subsidiaries: r1.subsidiaries + r2.subsidiaries,
        },
        &mut li.notes,
    );
    push_list(&mut lists, &mut entities, li, es);

    // OFAC SDN.
    let sdn = ofac::OfacFiles {
        prim: ofac::read_prim(&p(files::OFAC_SDN))?,
        alt: ofac::read_alt(&p(files::OFAC_ALT))?,
        add: ofac::read_add(&p(files::OFAC_ADD))?,
        comments: ofac::read_comments(&p(files::OFAC_COMMENTS))?,
    };
    let (es, rep) = ofac::assemble(ListCode::OfacSdn, &sdn, OFAC_URL);
    let mut li = info(
        ListCode::OfacSdn,
        "Specially Designated Nationals and Blocked Persons List (SDN)",
        OFAC,
        "2024-05-03",
        OFAC_URL,
    );
    li.notes.push(format!(
        "MIXED DATES: {} primary records come from sdn.csv of 2024-05-03; aliases, addresses and remark overflow come from the Dec 2025 files.",
        thousands(rep.primary_records)
    ));
    li.notes.push(format!(
        "{} entries known only from the Dec 2025 alias file (designated after May 2024): kept with their first alias as the name and flagged primary_record_missing; their type and programs are unknown.",
        thousands(rep.alias_only_entities)
    ));
    if rep.orphan_addresses_dropped > 0 || rep.orphan_comments_dropped > 0 {
        li.notes.push(format!(
            "Dropped: {} Dec 2025 address rows and {} remark-overflow rows whose entries have no name in our files.",
            thousands(rep.orphan_addresses_dropped),
            rep.orphan_comments_dropped
        ));
    }
    li.notes.push("Remarks keep only identifying items (DOB, POB, nationality, registration and tax numbers, website, title, vessel flag/owner/IMO); program-wide legal text, \"Linked To\" references, passport and digital-currency numbers were left out to fit the bundle budget.".into());
    li.notes.push("\"a.k.a.\" text inside Remarks is not used as a name unless the alias file lists it. Entries removed from the SDN list after May 2024 may still be present.".into());
    push_list(&mut lists, &mut entities, li, es);

    // OFAC non-SDN consolidated + CMIC (July 2026 PDF extraction), deduplicated.
    let cons = ofac::OfacFiles {
        prim: ofac::read_prim(&p(files::OFAC_CONS_PRIM))?,
        alt: ofac::read_alt(&p(files::OFAC_CONS_ALT))?,
        add: ofac::read_add(&p(files::OFAC_CONS_ADD))?,
        comments: ofac::read_comments(&p(files::OFAC_CONS_COMMENTS))?,
    };
    let (mut es, rep) = ofac::assemble(ListCode::OfacCmic, &cons, OFAC_CONS_URL);
    let cmic = nsfreg::read(&p(files::CMIC_JSON))?;
    let (cmic_es, _) = nsfreg::ofac_cmic(&cmic);
    let (merged, added) = merge_cmic(&mut es, cmic_es);
    let mut li = info(
        ListCode::OfacCmic,
        "Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) and other non-SDN lists",
        OFAC,
        "2026-07",
        OFAC_CONS_URL,
    );
    li.notes.push(format!(
        "{} entries from OFAC's non-SDN consolidated files of Dec 2025 (SSI, NS-PLC, CMIC, NS-MBS, …) plus the CMIC list of July 2026: {} CMIC entries found in both were merged (aliases combined), {} were only in the July 2026 list.",
        rep.primary_records, merged, added
    ));
    if rep.alias_only_entities > 0 || rep.orphan_addresses_dropped > 0 {
        li.notes.push(format!(
            "{} alias-only entries kept; {} orphan address rows dropped.",
            rep.alias_only_entities, rep.orphan_addresses_dropped
        ));
    }
    push_list(&mut lists, &mut entities, li, es);

    // DOL ILAB goods: the XML is the official app data; the CSV is its flattening and must agree.
    let mut goods = ilab::read_xml(&p(files::ILAB_XML))?;
    let csv_goods = ilab::read_csv(&p(files::ILAB_CSV))?;
    let mut li = info(
        ListCode::DolIlab,
        "List of Goods Produced by Child Labor or Forced Labor (TVPRA)",
        "U.S. Department of Labor, Bureau of International Labor Affairs",
        "2022-09",
        "https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods",
    );
    li.notes.push("The 2022 list (Sweat & Toil app data, refreshed Aug 2023); the 2024 list (204 goods, 82 countries) is not in our sources. Rows are good x country risk signals, not parties.".into());
    if csv_goods != goods {
        li.notes
            .push("The flattened CSV differs from the XML; the XML was used.".into());
    }
    goods.sort_by(|a, b| (&a.good, &a.country).cmp(&(&b.good, &b.country)));
    li.record_count = goods.len() as u32;
    lists.push(li);

    // Size control: cut very long remarks, say so.
    let mut cut = HashMap::new();
    for e in &mut entities {
        if let Some(r) = &mut e.remarks {
            if r.chars().count() > opts.max_remarks_chars {
                let keep: String = r.chars().take(opts.max_remarks_chars).collect();
                *r = format!("{}…", keep.trim_end());
                *cut.entry(e.list).or_insert(0usize) += 1;
            }
        }
    }
    for li in &mut lists {
        if let Some(n) = cut.get(&li.code) {
            li.notes.push(format!(
                "{} remarks longer than {} characters were shortened (ending in \"…\") to keep the bundle small; see the official list for the full text.",
                thousands(*n),
                opts.max_remarks_chars
            ));
        }
    }

    // An entry's link is kept only when it differs from its list's page: repeating the same URL on
    // 16,000 OFAC entries would cost ~1.6 MB raw for no information.
    for e in &mut entities {
        let list_url = lists
            .iter()
            .find(|l| l.code == e.list)
            .map(|l| l.source_url.as_str());
        if e.source_url.as_deref() == list_url {
            e.source_url = None;
        }
    }
    entities.sort_by(|a, b| (a.list, &a.id).cmp(&(b.list, &b.id)));
    lists.sort_by_key(|l| l.code);
    let built_from = lists
        .iter()
        .map(|l| l.as_of.clone())
        .max()
        .unwrap_or_default();
    Ok(ListSet {
        built_from,
        lists,
        entities,
        goods: dedup_goods(goods),
    })
}

fn dedup_goods(mut goods: Vec<GoodsRisk>) -> Vec<GoodsRisk> {
    goods.dedup();
    goods
}

fn push_list(
    lists: &mut Vec<ListInfo>,
    entities: &mut Vec<Entity>,
    mut li: ListInfo,
    es: Vec<Entity>,
) {
    li.record_count = es.len() as u32;
    lists.push(li);
    entities.extend(es);
}

/// Merges the July 2026 CMIC entries into the Dec 2025 consolidated entries: an entry is the same
/// when its name or any alias equals (by [`norm_key`]) a name or alias of a consolidated entry.
/// Returns (merged, added).
fn merge_cmic(cons: &mut Vec<Entity>, cmic: Vec<Entity>) -> (usize, usize) {
    let mut index: HashMap<String, usize> = HashMap::new();
    for (i, e) in cons.iter().enumerate() {
        for n in e.all_names() {
            index.entry(norm_key(n)).or_insert(i);
        }
    }
    let (mut merged, mut added) = (0, 0);
    for c in cmic {
        let hit = c.all_names().find_map(|n| index.get(&norm_key(n)).copied());
        match hit {
            Some(i) => {
                merged += 1;
                let e = &mut cons[i];
                let name = e.name.clone();
                for n in c.all_names() {
                    push_alias(
                        &name,
                        &mut e.aliases,
                        n,
                        supplyscreen_lists::model::AliasKind::Aka,
                    );
                }
                for p in c.programs {
                    if !e.programs.contains(&p) {
                        e.programs.push(p);
                    }
                }
                if e.effective_date.is_none() {
                    e.effective_date = c.effective_date;
                }
            }
            None => {
                added += 1;
                cons.push(c);
            }
        }
    }
    (merged, added)
}
