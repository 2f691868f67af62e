//! The word tables of normalisation: business abbreviations, place romanisations, number words
//! and noise words, with the legal-form vocabulary of [`supplyscreen_vocab::legal`]
//! folded into one hash map, so each word of a name costs one lookup.

use super::legal::GLUED_LEGAL;
use super::Derivation;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;
use supplyscreen_vocab::legal::{LegalForm, LEGAL_FORMS, LEGAL_PARTS};

/// Business abbreviations and word variants -> canonical word. Both sides are mapped, so "Intl" meets
/// "International" and "Industrial" meets "Industry".
static ABBREVIATIONS: &[(&str, &str)] = &[
    ("intl", "international"),
    ("int", "international"),
    ("internat", "international"),
    ("tech", "technology"),
    ("techn", "technology"),
    ("technol", "technology"),
    ("technological", "technology"),
    ("mfg", "manufacturing"),
    ("mfr", "manufacturing"),
    ("manufacture", "manufacturing"),
    ("manufacturer", "manufacturing"),
    ("grp", "group"),
    // Russian "группа" transliterated (BGN/PCGN, ISO 9) and Turkish "grup", as OFAC and BIS write
    // them ("OOO EVEREST GRUP", "VEKTOR GRUPP").
    ("grupp", "group"),
    ("gruppa", "group"),
    ("grup", "group"),
    ("ind", "industry"),
    ("indus", "industry"),
    ("industrial", "industry"),
    ("inds", "industry"),
    ("elec", "electronic"),
    ("electr", "electronic"),
    ("elect", "electronic"),
    ("electric", "electronic"),
    ("electrical", "electronic"),
    ("sci", "science"),
    ("scient", "science"),
    ("scientific", "science"),
    ("inst", "institute"),
    ("instit", "institute"),
    ("univ", "university"),
    ("uni", "university"),
    ("dev", "development"),
    ("devel", "development"),
    ("eng", "engineering"),
    ("engg", "engineering"),
    ("engr", "engineering"),
    ("assn", "association"),
    ("assoc", "association"),
    ("ass", "association"),
    ("bros", "brother"),
    ("ctr", "center"),
    ("cntr", "center"),
    ("centre", "center"),
    ("dept", "department"),
    ("govt", "government"),
    ("gov", "government"),
    ("natl", "national"),
    ("nat", "national"),
    ("mgmt", "management"),
    ("mgt", "management"),
    ("svc", "service"),
    ("svcs", "service"),
    ("serv", "service"),
    ("sys", "system"),
    ("syst", "system"),
    ("trdg", "trading"),
    ("trd", "trading"),
    ("trade", "trading"),
    ("chem", "chemical"),
    ("pharm", "pharmaceutical"),
    ("pharma", "pharmaceutical"),
    ("pharmaceutic", "pharmaceutical"),
    ("biotech", "biotechnology"),
    ("hldg", "holding"),
    ("hldgs", "holding"),
    ("hold", "holding"),
    ("invest", "investment"),
    ("inv", "investment"),
    ("equip", "equipment"),
    ("eqpt", "equipment"),
    ("mach", "machinery"),
    ("machine", "machinery"),
    ("mat", "material"),
    ("matl", "material"),
    ("res", "research"),
    ("rsch", "research"),
    ("prod", "product"),
    ("prods", "product"),
    ("production", "product"),
    ("dist", "distribution"),
    ("distr", "distribution"),
    ("distributor", "distribution"),
    ("comm", "communication"),
    ("commun", "communication"),
    ("telecom", "telecommunication"),
    ("telecomm", "telecommunication"),
    ("tel", "telecommunication"),
    ("transp", "transport"),
    ("transportation", "transport"),
    ("constr", "construction"),
    ("agri", "agriculture"),
    ("agric", "agriculture"),
    ("agricultural", "agriculture"),
    ("env", "environmental"),
    ("environment", "environmental"),
    ("enterp", "enterprise"),
    ("ent", "enterprise"),
    ("dept", "department"),
    ("admin", "administration"),
    ("adm", "administration"),
    ("acad", "academy"),
    ("lab", "laboratory"),
    ("labs", "laboratory"),
    ("mktg", "marketing"),
    ("mkt", "marketing"),
    ("fin", "financial"),
    ("finance", "financial"),
    ("petro", "petroleum"),
    ("st", "saint"),
    ("xj", "xinjiang"),
    ("bj", "beijing"),
    ("sz", "shenzhen"),
    ("gz", "guangzhou"),
    ("mt", "mount"),
    ("bk", "bank"),
    ("nauchno", "scientific"),
    ("proizvodstvennoe", "production"),
    ("proizvodstvennoye", "production"),
    ("obedinenie", "association"),
    ("obyedineniye", "association"),
];

/// Place-name spellings that differ by romanisation system (Uyghur/Wade-Giles/postal vs pinyin).
/// Both sides map to the left-most spelling.
static PLACES: &[(&str, &str)] = &[
    ("hotan", "hetian"),
    ("khotan", "hetian"),
    ("kashgar", "kashi"),
    ("qeshqer", "kashi"),
    ("kaxgar", "kashi"),
    ("wulumuqi", "urumqi"),
    ("urumchi", "urumqi"),
    ("urumqi", "urumqi"),
    ("ili", "yili"),
    ("akesu", "aksu"),
    ("aqsu", "aksu"),
    ("boertala", "bortala"),
    ("boretala", "bortala"),
    ("kuerle", "korla"),
    ("tulufan", "turpan"),
    ("turfan", "turpan"),
    ("kumul", "hami"),
    ("qumul", "hami"),
    ("sinkiang", "xinjiang"),
    ("xingjiang", "xinjiang"),
    ("shihhotzu", "shihezi"),
    ("changchi", "changji"),
    ("kelamayi", "karamay"),
    ("qaramay", "karamay"),
    ("altay", "aletai"),
    ("altai", "aletai"),
    ("yarkand", "shache"),
    ("yarkant", "shache"),
    ("bayingolin", "bayinguoleng"),
    ("bayingol", "bayinguoleng"),
    ("kizilsu", "kezilesu"),
    ("qizilsu", "kezilesu"),
    ("tacheng", "tarbagatay"),
    ("chuguchak", "tarbagatay"),
    ("peking", "beijing"),
    ("tientsin", "tianjin"),
    ("canton", "guangzhou"),
    ("amoy", "xiamen"),
    ("szechuan", "sichuan"),
    ("szechwan", "sichuan"),
    ("tsingtao", "qingdao"),
    ("nanking", "nanjing"),
    ("chungking", "chongqing"),
    ("sian", "xian"),
    ("hangchow", "hangzhou"),
    ("soochow", "suzhou"),
    ("shensi", "shaanxi"),
    ("kwangtung", "guangdong"),
    ("fukien", "fujian"),
    ("tibet", "xizang"),
];

/// Words suppliers append that rarely belong to the listed name.
static NOISE_WORDS: &[&str] = &[
    "dept",
    "department",
    "export",
    "sales",
    "head",
    "office",
    "branch",
    "hq",
    "headquarters",
    "division",
    "factory",
    "no",
    "purchasing",
    "procurement",
    "unit",
    "plant",
    "warehouse",
    "accounts",
    "payable",
    "attn",
];

/// The word tables above as hash lookups, built once: normalisation runs for every listed name when
/// the index is built and for every supplier row, and linear scans over the tables dominated it.
/// Everything known about one word sits in one entry, so each word costs one lookup.
pub(super) struct Tables {
    pub(super) words: FxHashMap<&'static str, WordInfo>,
    /// Per letter, the bit `i` of [`GLUED_LEGAL`] entry `i` that may start (`glued_first`) or end
    /// (`glued_last`) a glued word with that letter, for [`split_glued`].
    pub(super) glued_first: [u64; 256],
    pub(super) glued_last: [u64; 256],
}

/// What the tables say about one word.
#[derive(Default)]
pub(super) struct WordInfo {
    /// Legal-form phrases that start with it.
    pub(super) legal_first: Vec<&'static LegalForm>,
    /// It starts an unambiguous legal-form phrase.
    pub(super) unambiguous_first: bool,
    /// A piece of a legal-form phrase ([`LEGAL_PARTS`]).
    pub(super) part: bool,
    /// A noise word ([`NOISE_WORDS`]).
    pub(super) noise: bool,
    /// Its canonical form from [`PLACES`] (first) or [`ABBREVIATIONS`], with the derivation.
    pub(super) canon: Option<(&'static str, Derivation)>,
    /// Its expansion in [`ABBREVIATIONS`] alone (a stemmed word is looked up there only).
    pub(super) abbreviation: Option<&'static str>,
    /// Its value, for a number word or ordinal ([`super::numbers::NUMBER_WORDS`]).
    pub(super) number: Option<u32>,
}

pub(super) fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut words: FxHashMap<&'static str, WordInfo> = FxHashMap::default();
        for &(from, to) in PLACES {
            let info = words.entry(from).or_default();
            if info.canon.is_none() {
                let d = if to == from {
                    Derivation::AsWritten
                } else {
                    Derivation::Place
                };
                info.canon = Some((to, d));
            }
        }
        for &(from, to) in ABBREVIATIONS {
            let info = words.entry(from).or_default();
            if info.abbreviation.is_none() {
                info.abbreviation = Some(to);
            }
            if info.canon.is_none() {
                info.canon = Some((to, Derivation::Abbreviation));
            }
        }
        for lf in LEGAL_FORMS {
            let info = words.entry(lf.words[0]).or_default();
            info.legal_first.push(lf);
            info.unambiguous_first |= !lf.ambiguous;
        }
        for &(w, v) in super::numbers::NUMBER_WORDS {
            words.entry(w).or_default().number = Some(v);
        }
        for &w in NOISE_WORDS {
            words.entry(w).or_default().noise = true;
        }
        for &w in LEGAL_PARTS {
            words.entry(w).or_default().part = true;
        }
        let mut glued_first = [0u64; 256];
        let mut glued_last = [0u64; 256];
        for (i, &(lw, at_start, at_end)) in GLUED_LEGAL.iter().enumerate() {
            let b = lw.as_bytes();
            if at_start {
                glued_first[usize::from(b[0])] |= 1 << i;
            }
            if at_end {
                glued_last[usize::from(b[b.len() - 1])] |= 1 << i;
            }
        }
        Tables {
            words,
            glued_first,
            glued_last,
        }
    })
}

pub(super) fn word_info(w: &str) -> Option<&'static WordInfo> {
    tables().words.get(w)
}
