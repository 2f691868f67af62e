//! Builds the whole [`ListSet`] from the `data/sources` folder. Which files feed which list, in which
//! format, and their dates come from `manifest.toml` ([`crate::manifest`]); this module knows each
//! list's name, agency and official page, runs the parser the manifest names, and writes honest
//! notes about every drop or repair.
//!
//! Determinism: entities are sorted by (list, id), goods by (good, country); nothing depends on the
//! clock or on hash-map iteration order, so the same files always give the same bundle bytes.

use crate::error::{IngestError, Location, Result};
use crate::manifest::{verify_files, Format, ListEntry, Manifest, Role};
use crate::nsfreg::{self, Repairs};
use crate::text::{norm_key, push_alias, SlugIds};
use crate::{cbp, csl, ilab, ofac, uflpa};
use std::collections::HashMap;
use std::path::Path;
use supplyscreen_lists::model::{
    Entity, EntityKind, GoodsRisk, ListCode, ListInfo, ListSet, SourceFile,
};
use supplyscreen_vocab::numbers::thousands;

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

/// A list's name, agency and official page (where a user checks it and downloads a fresh copy).
fn meta(code: ListCode) -> (&'static str, String, &'static str) {
    match code {
        ListCode::DhsUflpa => (
            "UFLPA Entity List",
            "U.S. Department of Homeland Security (Forced Labor Enforcement Task Force)".into(),
            uflpa::SOURCE_URL,
        ),
        ListCode::CbpWro => (
            "Withhold Release Orders and Findings",
            "U.S. Customs and Border Protection".into(),
            cbp::SOURCE_URL,
        ),
        ListCode::BisEntity => (
            "Entity List (15 CFR 744, Supp. No. 4)",
            BIS.into(),
            "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744#Supplement-No.-4-to-Part-744",
        ),
        ListCode::BisMeu => (
            "Military End-User List (15 CFR 744, Supp. No. 7)",
            BIS.into(),
            "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%207%20to%20Part%20744",
        ),
        ListCode::BisDpl => (
            "Denied Persons List",
            BIS.into(),
            "https://www.bis.gov/licensing/end-user-guidance/denied-persons-list-dpl",
        ),
        ListCode::BisUvl => (
            "Unverified List",
            BIS.into(),
            "https://www.bis.doc.gov/index.php/policy-guidance/lists-of-parties-of-concern/unverified-list",
        ),
        ListCode::StateIsn => (
            "Nonproliferation Sanctions",
            "U.S. Department of State, Bureau of International Security and Nonproliferation".into(),
            "https://www.state.gov/bureau-of-arms-control-and-nonproliferation/nonproliferation-sanctions",
        ),
        ListCode::StateDtc => (
            "ITAR Debarred Parties (statutory and administrative)",
            format!("{STATE}, Directorate of Defense Trade Controls"),
            "https://deccspmddtc.servicenowservices.com/ddtc_public?id=ddtc_kb_article_page&sys_id=c22d1833dbb8d300d0a370131f9619f0",
        ),
        ListCode::OfacSdn => (
            "Specially Designated Nationals and Blocked Persons List (SDN)",
            OFAC.into(),
            OFAC_URL,
        ),
        ListCode::OfacCmic => (
            "Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) and other non-SDN lists",
            OFAC.into(),
            OFAC_CONS_URL,
        ),
        ListCode::DolIlab => (
            "List of Goods Produced by Child Labor or Forced Labor (TVPRA)",
            "U.S. Department of Labor, Bureau of International Labor Affairs".into(),
            "https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods",
        ),
    }
}

fn info(code: ListCode, entry: &ListEntry) -> ListInfo {
    let (name, agency, url) = meta(code);
    ListInfo {
        code,
        name: name.into(),
        agency,
        as_of: entry.as_of.clone(),
        as_of_from: entry.as_of_from.as_str().into(),
        fetched: entry.fetched.clone(),
        files: entry
            .files
            .iter()
            .map(|f| SourceFile {
                path: f.path.clone(),
                sha256: f.sha256.clone(),
            })
            .collect(),
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

/// Builds every list from `sources` (the `data/sources` folder), as its `manifest.toml` says,
/// after checking every file's SHA-256 against the manifest.
pub fn build_list_set(sources: &Path, opts: &BuildOptions) -> Result<ListSet> {
    let manifest = Manifest::load(sources)?;
    verify_files(sources, &manifest)?;
    build_from_manifest(sources, &manifest, opts)
}

/// Builds every list from the files `manifest` names under `sources` (no SHA-256 check: `refresh`
/// calls this on files it has just fetched, before it records their SHA-256).
pub fn build_from_manifest(
    sources: &Path,
    manifest: &Manifest,
    opts: &BuildOptions,
) -> Result<ListSet> {
    let mut lists = Vec::new();
    let mut entities: Vec<Entity> = Vec::new();
    let mut goods = Vec::new();
    for code in ListCode::ALL {
        let entry = manifest.list(code).ok_or_else(|| {
            IngestError::manifest(
                &sources.join(crate::manifest::FILE_NAME),
                format!("list {code} is missing"),
            )
        })?;
        let mut li = info(code, entry);
        if code == ListCode::DolIlab {
            goods = ilab_goods(sources, entry, &mut li.notes)?;
            li.record_count = goods.len() as u32;
            li.notes.extend(entry.notes.iter().cloned());
            lists.push(li);
            continue;
        }
        let es = list_entities(code, entry, sources, &mut li.notes)?;
        li.notes.extend(entry.notes.iter().cloned());
        push_list(&mut lists, &mut entities, li, es);
    }

    // Names in other scripts from the project's alias tables (after every list, so a row can name
    // an entry of any list; before the sort, which does not look at aliases).
    for t in &manifest.alias_tables {
        let rows = crate::alias_table::read(&sources.join(&t.path))?;
        let unmatched = crate::alias_table::apply(&rows, &mut entities);
        crate::alias_table::notes(&t.path, &rows, &unmatched, &mut lists);
    }

    // Registration and tax numbers in the other lists' remarks (the NS-CMIC's "USCC: …"), before
    // the remarks are cut.
    crate::identifiers::fill(&mut entities);

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
        .map(|l| l.fetched.clone())
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

/// The manifest names a format this list cannot be read from.
fn wrong_format(sources: &Path, code: ListCode, format: Format) -> IngestError {
    IngestError::manifest(
        &sources.join(crate::manifest::FILE_NAME),
        format!("list {code} cannot be read from format {}", format.as_str()),
    )
}

/// The file with `role` (the manifest check guarantees required roles are present).
fn need(sources: &Path, entry: &ListEntry, role: Role) -> Result<std::path::PathBuf> {
    entry.file(sources, role).ok_or_else(|| {
        IngestError::manifest(
            &sources.join(crate::manifest::FILE_NAME),
            format!(
                "list {} has no file with role {}",
                entry.code,
                role.as_str()
            ),
        )
    })
}

/// One list's entities from its files, in the format the manifest names; computed notes (counts of
/// repairs and drops) are added to `notes`.
fn list_entities(
    code: ListCode,
    entry: &ListEntry,
    sources: &Path,
    notes: &mut Vec<String>,
) -> Result<Vec<Entity>> {
    match (entry.format, code) {
        (Format::UflpaHtml, ListCode::DhsUflpa) => {
            // The official page; a flattened CSV, when given, must agree with it.
            let rows = uflpa::read_html(&need(sources, entry, Role::Page)?)?;
            let es = uflpa::to_entities(&rows);
            notes.push(format!(
                "{} table rows on the page (sections (i), (ii), (v)); entities listed in more than one section are merged, giving {} entities.",
                rows.len(),
                es.len()
            ));
            notes.push(format!(
                "{} entities carry a subsidiaries / \"subordinate and affiliated entities\" qualifier: a name match cannot see every covered company.",
                es.iter().filter(|e| e.extends_to_subsidiaries).count()
            ));
            if let Some(flat) = entry.file(sources, Role::FlatCsv) {
                if uflpa::read_csv(&flat)? != rows {
                    notes
                        .push("The flattened CSV differs from the page; the page was used.".into());
                }
            }
            Ok(es)
        }
        (Format::CbpNsfreg | Format::CbpCsv, ListCode::CbpWro) => {
            let orders = if entry.format == Format::CbpNsfreg {
                let path = need(sources, entry, Role::Json)?;
                let orders = cbp::from_nsfreg(&path, &nsfreg::read(&path)?)?;
                notes.push("Rows with an empty Entity cell in CBP's export were dropped by the extractor (nsfreg); CBP's export lists current orders only (revoked ones such as Top Glove are absent).".into());
                orders
            } else {
                let (orders, skips) = cbp::read_csv(&need(sources, entry, Role::Csv)?)?;
                if skips.empty_entity > 0 {
                    notes.push(format!(
                        "{} rows with an empty Entity cell in CBP's export were skipped; CBP's export lists current orders only.",
                        skips.empty_entity
                    ));
                }
                orders
            };
            let es = cbp::to_entities(&orders);
            notes.push(format!(
                "One record per order ({} WROs, {} Findings); a company with both a WRO and a Finding appears twice.",
                orders.iter().filter(|o| o.order_type == "WRO").count(),
                orders.iter().filter(|o| o.order_type == "Finding").count()
            ));
            notes.push(format!(
                "{} region- or country-wide orders (e.g. Turkmenistan cotton) are kept as RegionWideOrder records; they match by country and merchandise, not by supplier name.",
                es.iter().filter(|e| e.kind == EntityKind::RegionWideOrder).count()
            ));
            Ok(es)
        }
        (Format::Csl, _) => {
            let path = need(sources, entry, Role::Csv)?;
            let (rows, skips) = csl::read(&path)?;
            let Some(label) = csl::source_label(code) else {
                return Err(wrong_format(sources, code, entry.format));
            };
            let es = csl::to_entities(code, &rows);
            if es.is_empty() {
                return Err(IngestError::malformed(
                    &path,
                    Location::Whole,
                    format!("no row has source {label:?}, so list {code} would be empty"),
                ));
            }
            if skips.repeated_headers > 0 {
                notes.push(format!(
                    "{} stray repeated header row(s) in the CSL file skipped.",
                    skips.repeated_headers
                ));
            }
            if let Some(line) = skips.truncated_last_record {
                notes.push(format!(
                    "The CSL file ends mid-record (line {line}); that last row was dropped."
                ));
            }
            if let Some(newest) = rows
                .iter()
                .filter(|r| r.source == label)
                .filter_map(|r| r.start_date.as_deref())
                .max()
            {
                notes.push(format!(
                    "The newest listing (start) date of its rows is {newest}."
                ));
            }
            Ok(es)
        }
        (Format::Nsfreg, ListCode::BisEntity | ListCode::BisMeu) => {
            let f = nsfreg::read(&need(sources, entry, Role::Json)?)?;
            let (es, rep) = nsfreg::bis_supplement(code, &f);
            notes.push("An entry listed under several countries appears once per country, as in the regulation.".into());
            repair_notes(&rep, notes);
            Ok(es)
        }
        (Format::Nsfreg, ListCode::BisDpl) => {
            let f = nsfreg::read(&need(sources, entry, Role::Json)?)?;
            let (es, rep) = nsfreg::bis_dpl(&f);
            repair_notes(&rep, notes);
            Ok(es)
        }
        (Format::Nsfreg, ListCode::StateIsn) => {
            let f = nsfreg::read(&need(sources, entry, Role::Json)?)?;
            let (es, rep) = nsfreg::state_isn(&f);
            notes.push("Programs are the sanction authorities; remarks keep each sanction's dates and status.".into());
            repair_notes(&rep, notes);
            Ok(es)
        }
        (Format::Nsfreg, ListCode::StateDtc) => {
            // Statutory and administrative debarments share one list and one id space.
            let mut ids = SlugIds::default();
            let stat = nsfreg::read(&need(sources, entry, Role::Statutory)?)?;
            let admin = nsfreg::read(&need(sources, entry, Role::Administrative)?)?;
            let (mut es, r1) = nsfreg::state_dtc(&stat, "ITAR statutory debarment", &mut ids);
            let (es2, r2) = nsfreg::state_dtc(&admin, "ITAR administrative debarment", &mut ids);
            es.extend(es2);
            notes.push(format!(
                "{} statutory debarments + {} administrative debarments.",
                stat.entities.len(),
                admin.entities.len()
            ));
            repair_notes(
                &Repairs {
                    inline_aliases: r1.inline_aliases + r2.inline_aliases,
                    addresses_moved: r1.addresses_moved + r2.addresses_moved,
                    subsidiaries: r1.subsidiaries + r2.subsidiaries,
                },
                notes,
            );
            Ok(es)
        }
        (Format::OfacLegacy, ListCode::OfacSdn | ListCode::OfacCmic) => {
            let files = ofac::OfacFiles {
                prim: ofac::read_prim(&need(sources, entry, Role::Prim)?)?,
                alt: ofac::read_alt(&need(sources, entry, Role::Alt)?)?,
                add: ofac::read_add(&need(sources, entry, Role::Add)?)?,
                comments: ofac::read_comments(&need(sources, entry, Role::Comments)?)?,
            };
            let url = meta(code).2;
            let (mut es, rep) = ofac::assemble(code, &files, url);
            if code == ListCode::OfacSdn {
                notes.push(format!(
                    "{} primary records.",
                    thousands(rep.primary_records)
                ));
            } else {
                notes.push(format!(
                    "{} entries from OFAC's non-SDN consolidated files (SSI, NS-PLC, CMIC, NS-MBS, …).",
                    rep.primary_records
                ));
            }
            if rep.alias_only_entities > 0 {
                notes.push(format!(
                    "{} entries known only from the alias file (the primary-record file is older): kept with their first alias as the name and flagged primary_record_missing; their type and programs are unknown.",
                    thousands(rep.alias_only_entities)
                ));
            }
            if rep.orphan_addresses_dropped > 0 || rep.orphan_comments_dropped > 0 {
                notes.push(format!(
                    "Dropped: {} address rows and {} remark-overflow rows whose entries have no name in the files.",
                    thousands(rep.orphan_addresses_dropped),
                    rep.orphan_comments_dropped
                ));
            }
            if let Some(cmic_path) = entry.file(sources, Role::CmicJson) {
                let cmic = nsfreg::read(&cmic_path)?;
                let (cmic_es, _) = nsfreg::ofac_cmic(&cmic);
                let (merged, added) = merge_cmic(&mut es, cmic_es);
                notes.push(format!(
                    "Plus the CMIC list extraction: {merged} CMIC entries found in both were merged (aliases combined), {added} were only in the extraction."
                ));
            }
            notes.push("Remarks keep only identifying items (DOB, POB, nationality, registration and tax numbers, website, title, vessel flag/owner/IMO); program-wide legal text, \"Linked To\" references, passport and digital-currency numbers are left out to fit the bundle budget.".into());
            notes.push("\"a.k.a.\" text inside Remarks is not used as a name unless the alias file lists it.".into());
            Ok(es)
        }
        (format, code) => Err(wrong_format(sources, code, format)),
    }
}

/// The DOL/ILAB goods rows: the XML is the official app data; a flattened CSV, when given, must agree.
fn ilab_goods(
    sources: &Path,
    entry: &ListEntry,
    notes: &mut Vec<String>,
) -> Result<Vec<GoodsRisk>> {
    if entry.format != Format::IlabXml {
        return Err(wrong_format(sources, ListCode::DolIlab, entry.format));
    }
    let mut goods = ilab::read_xml(&need(sources, entry, Role::Xml)?)?;
    if let Some(flat) = entry.file(sources, Role::FlatCsv) {
        if ilab::read_csv(&flat)? != goods {
            notes.push("The flattened CSV differs from the XML; the XML was used.".into());
        }
    }
    notes.push("Rows are good x country risk signals, not parties.".into());
    goods.sort_by(|a, b| (&a.good, &a.country).cmp(&(&b.good, &b.country)));
    Ok(goods)
}
