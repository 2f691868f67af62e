//! Name normalisation: turns a company name in any script into ASCII tokens that the matcher compares.
//!
//! Steps, in order:
//! 1. Unicode NFKC (full-width letters, ligatures, compatibility forms become ordinary characters).
//! 2. Chinese business words (有限公司, 科技, 集团 ...) become their English equivalents from a small
//!    glossary, because list spellings translate these words ("Co., Ltd.", "Technology") but spell the
//!    distinctive part in pinyin. Every other Han character becomes its pinyin syllable (via `deunicode`,
//!    which carries a Mandarin reading for each character), one token per syllable; the matcher joins
//!    consecutive syllables so 新疆 (`xin` `jiang`) meets `xinjiang`.
//! 3. Everything else is transliterated to ASCII (`deunicode`: Cyrillic, Greek, accents), lower-cased.
//! 4. Dotted initials are glued (`S.A.` -> `sa`, `d.o.o.` -> `doo`), `&` becomes `and`, apostrophes are
//!    dropped inside words (`Yuan'an` -> `yuanan`), any other punctuation separates words.
//! 5. Legal forms (`Co., Ltd.`, `OOO`, `S.A. de C.V.`, `Sp. z o.o.`, `GmbH`, ...) are recognised as
//!    phrases and replaced by ONE token carrying their family (limited company, joint-stock company,
//!    corporation, company): they are weak evidence, so they are kept but weighted low.
//! 6. Each remaining word gets a canonical form: business abbreviations are expanded (`intl` ->
//!    `international`), place-name transliteration variants are unified (`hotan` -> `hetian`), and a
//!    light plural/adjective stem is applied (`technologies` -> `technology`, `industrial` -> `industry`).
//!    The surface form is kept so the explanation can say "abbreviation" or "transliteration".

use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// What a token is, which decides how much it weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum TokenClass {
    /// An ordinary word; its weight comes from how rare it is across the lists.
    Word,
    /// A legal form such as "Co., Ltd." or "OOO": weak evidence.
    LegalForm,
    /// A word that suppliers append to names ("Export Dept", "Head Office", "/ Sales"): it still
    /// counts when it matches, but costs little when it does not.
    Noise,
    /// A number ("724th" is kept as `724th`; "No. 2" gives `2`).
    Number,
}

/// How a token's canonical form was derived from what was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Derivation {
    /// Canonical form equals the written form (up to case, accents and plural).
    AsWritten,
    /// A business abbreviation was expanded (`intl`, `mfg`, `corp`).
    Abbreviation,
    /// A place name spelling was unified (`hotan`/`hetian`, `sinkiang`/`xinjiang`).
    Place,
    /// A Chinese business word translated from the glossary (科技 -> technology).
    Glossary,
}

/// One normalised token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The ASCII, lower-case form as written (legal forms: the whole phrase, e.g. `co ltd`).
    pub surface: String,
    /// The form compared by the matcher. Legal forms: a family marker such as `#ltd`.
    pub canon: String,
    pub class: TokenClass,
    pub derivation: Derivation,
    /// The token is one pinyin syllable of a Han character (may need joining with its neighbours).
    pub syllable: bool,
}

/// Legal-form families. Two legal forms of the same family agree; of different families they disagree
/// (weakly: suppliers often write the wrong one).
pub const LF_LIMITED: &str = "#ltd";
pub const LF_JOINT_STOCK: &str = "#jsc";
pub const LF_CORPORATION: &str = "#corp";
pub const LF_COMPANY: &str = "#co";
pub const LF_PARTNERSHIP: &str = "#lp";

/// Legal-form phrases (already tokenised, longest are tried first). `ambiguous` ones ("sa", "ao",
/// "pt", "as", ...) are also ordinary words or initials, so they count as a legal form only at the
/// start or end of a name, or next to another legal form.
struct LegalForm {
    words: &'static [&'static str],
    family: &'static str,
    ambiguous: bool,
}

macro_rules! lf {
    ($fam:expr, $amb:expr, [$($w:expr),+]) => {
        LegalForm { words: &[$($w),+], family: $fam, ambiguous: $amb }
    };
}

static LEGAL_FORMS: &[LegalForm] = &[
    // Russian / CIS, transliterated in full.
    lf!(
        LF_LIMITED,
        false,
        ["obshchestvo", "s", "ogranichennoi", "otvetstvennostyu"]
    ),
    lf!(
        LF_LIMITED,
        false,
        ["obshchestvo", "s", "ogranichennoy", "otvetstvennostyu"]
    ),
    lf!(
        LF_LIMITED,
        false,
        ["obshestvo", "s", "ogranichennoi", "otvetstvennostyu"]
    ),
    lf!(
        LF_JOINT_STOCK,
        false,
        ["publichnoe", "aktsionernoe", "obshchestvo"]
    ),
    lf!(
        LF_JOINT_STOCK,
        false,
        ["otkrytoe", "aktsionernoe", "obshchestvo"]
    ),
    lf!(
        LF_JOINT_STOCK,
        false,
        ["zakrytoe", "aktsionernoe", "obshchestvo"]
    ),
    lf!(LF_JOINT_STOCK, false, ["aktsionernoe", "obshchestvo"]),
    lf!(LF_JOINT_STOCK, false, ["aktsionernoye", "obshchestvo"]),
    // English.
    lf!(LF_LIMITED, false, ["limited", "liability", "company"]),
    lf!(LF_LIMITED, false, ["limited", "liability", "co"]),
    lf!(LF_LIMITED, false, ["limited", "liability", "partnership"]),
    lf!(
        LF_JOINT_STOCK,
        false,
        ["public", "joint", "stock", "company"]
    ),
    lf!(LF_JOINT_STOCK, false, ["open", "joint", "stock", "company"]),
    lf!(
        LF_JOINT_STOCK,
        false,
        ["closed", "joint", "stock", "company"]
    ),
    lf!(LF_JOINT_STOCK, false, ["joint", "stock", "company"]),
    lf!(LF_JOINT_STOCK, false, ["joint", "stock", "co"]),
    lf!(LF_JOINT_STOCK, false, ["public", "company", "limited"]),
    lf!(LF_JOINT_STOCK, false, ["public", "limited", "company"]),
    lf!(LF_LIMITED, false, ["private", "limited", "company"]),
    lf!(LF_LIMITED, false, ["company", "limited"]),
    lf!(LF_LIMITED, false, ["co", "limited"]),
    lf!(LF_LIMITED, false, ["company", "ltd"]),
    lf!(LF_LIMITED, false, ["co", "ltd"]),
    lf!(LF_LIMITED, false, ["ltd", "co"]),
    lf!(LF_LIMITED, false, ["pte", "ltd"]),
    lf!(LF_LIMITED, false, ["pvt", "ltd"]),
    lf!(LF_LIMITED, false, ["pty", "ltd"]),
    lf!(LF_LIMITED, false, ["private", "limited"]),
    lf!(LF_LIMITED, false, ["sdn", "bhd"]),
    lf!(LF_LIMITED, false, ["sp", "z", "oo"]),
    lf!(LF_LIMITED, false, ["spolka", "z", "oo"]),
    lf!(LF_LIMITED, false, ["s", "de", "rl", "de", "cv"]),
    lf!(LF_LIMITED, false, ["spr", "de", "rl", "de", "cv"]),
    lf!(LF_LIMITED, false, ["s", "de", "rl"]),
    lf!(LF_JOINT_STOCK, false, ["sa", "de", "cv"]),
    lf!(LF_JOINT_STOCK, false, ["sapi", "de", "cv"]),
    lf!(LF_JOINT_STOCK, false, ["pt", "tbk"]),
    lf!(LF_COMPANY, false, ["y", "cia"]),
    lf!(LF_COMPANY, false, ["and", "co"]),
    lf!(LF_COMPANY, false, ["and", "company"]),
    // Chinese, after glossary translation of 有限公司 etc. and as pinyin.
    lf!(LF_JOINT_STOCK, false, ["gufen", "youxian", "gongsi"]),
    lf!(LF_LIMITED, false, ["youxian", "zeren", "gongsi"]),
    lf!(LF_LIMITED, false, ["youxian", "gongsi"]),
    lf!(LF_LIMITED, false, ["you", "xian", "gong", "si"]),
    lf!(LF_COMPANY, false, ["gong", "si"]),
    // Single words.
    lf!(LF_LIMITED, false, ["ltd"]),
    lf!(LF_LIMITED, false, ["limited"]),
    lf!(LF_LIMITED, false, ["llc"]),
    lf!(LF_LIMITED, false, ["ooo"]),
    lf!(LF_LIMITED, false, ["too"]),
    lf!(LF_LIMITED, false, ["gmbh"]),
    lf!(LF_LIMITED, false, ["mbh"]),
    lf!(LF_LIMITED, false, ["srl"]),
    lf!(LF_LIMITED, false, ["sarl"]),
    lf!(LF_LIMITED, false, ["sprl"]),
    lf!(LF_LIMITED, false, ["ltda"]),
    lf!(LF_LIMITED, false, ["limitada"]),
    lf!(LF_LIMITED, false, ["doo"]),
    lf!(LF_LIMITED, false, ["dooel"]),
    lf!(LF_LIMITED, false, ["sro"]),
    lf!(LF_LIMITED, false, ["kft"]),
    lf!(LF_LIMITED, false, ["fzc"]),
    lf!(LF_LIMITED, false, ["fze"]),
    lf!(LF_LIMITED, false, ["fzco"]),
    lf!(LF_LIMITED, false, ["fzllc"]),
    lf!(LF_LIMITED, false, ["bhd"]),
    lf!(LF_LIMITED, false, ["bv"]),
    lf!(LF_LIMITED, true, ["sal"]),
    lf!(LF_LIMITED, true, ["eood"]),
    lf!(LF_LIMITED, true, ["ood"]),
    lf!(LF_LIMITED, true, ["tov"]),
    lf!(LF_JOINT_STOCK, false, ["jsc"]),
    lf!(LF_JOINT_STOCK, false, ["ojsc"]),
    lf!(LF_JOINT_STOCK, false, ["cjsc"]),
    lf!(LF_JOINT_STOCK, false, ["pjsc"]),
    lf!(LF_JOINT_STOCK, false, ["oao"]),
    lf!(LF_JOINT_STOCK, false, ["zao"]),
    lf!(LF_JOINT_STOCK, false, ["pao"]),
    lf!(LF_JOINT_STOCK, false, ["plc"]),
    lf!(LF_JOINT_STOCK, false, ["tbk"]),
    lf!(LF_JOINT_STOCK, false, ["spa"]),
    lf!(LF_JOINT_STOCK, false, ["sae"]),
    lf!(LF_JOINT_STOCK, true, ["ao"]),
    lf!(LF_JOINT_STOCK, true, ["sa"]),
    lf!(LF_JOINT_STOCK, true, ["ag"]),
    lf!(LF_JOINT_STOCK, true, ["nv"]),
    lf!(LF_JOINT_STOCK, true, ["as"]),
    lf!(LF_JOINT_STOCK, true, ["asa"]),
    lf!(LF_JOINT_STOCK, true, ["ab"]),
    lf!(LF_JOINT_STOCK, true, ["oy"]),
    lf!(LF_JOINT_STOCK, true, ["oyj"]),
    lf!(LF_JOINT_STOCK, true, ["kk"]),
    lf!(LF_JOINT_STOCK, true, ["pt"]),
    lf!(LF_JOINT_STOCK, true, ["ad"]),
    lf!(LF_JOINT_STOCK, true, ["dd"]),
    lf!(LF_JOINT_STOCK, true, ["se"]),
    lf!(LF_PARTNERSHIP, false, ["llp"]),
    lf!(LF_PARTNERSHIP, true, ["lp"]),
    lf!(LF_PARTNERSHIP, true, ["kg"]),
    lf!(LF_PARTNERSHIP, true, ["gbr"]),
    lf!(LF_CORPORATION, false, ["corporation"]),
    lf!(LF_CORPORATION, false, ["corp"]),
    lf!(LF_CORPORATION, false, ["corpn"]),
    lf!(LF_CORPORATION, false, ["incorporated"]),
    lf!(LF_CORPORATION, false, ["inc"]),
    lf!(LF_COMPANY, false, ["company"]),
    lf!(LF_COMPANY, false, ["co"]),
    lf!(LF_COMPANY, false, ["cie"]),
    lf!(LF_COMPANY, false, ["cia"]),
    lf!(LF_COMPANY, false, ["compania"]),
    lf!(LF_COMPANY, false, ["gongsi"]),
];

/// Words that only occur as pieces of legal-form phrases. When a supplier breaks a phrase up
/// ("Joint Stock Compay", "Company Liability", "S.A. Purepecha de C.V."), its pieces are still legal
/// form, not distinctive words: they become [`TokenClass::LegalForm`] tokens of family [`LF_PART`].
static LEGAL_PARTS: &[&str] = &[
    "joint",
    "stock",
    "liability",
    "aktsionernoe",
    "aktsionernoye",
    "obshchestvo",
    "obshestvo",
    "otkrytoe",
    "zakrytoe",
    "publichnoe",
    "ogranichennoi",
    "ogranichennoy",
    "otvetstvennostyu",
    "anonim",
    "sirketi",
    "cv",
    "rl",
    "spr",
    "responsabilidad",
    "sociedad",
    "anonima",
    "youxian",
    "gufen",
    "zeren",
];

/// The family of a legal-form piece (see [`LEGAL_PARTS`]).
pub const LF_PART: &str = "#part";

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

/// Chinese business words translated the way list spellings translate them. Longest first is not
/// required: matching below always tries the longest glossary word at each position.
static CJK_GLOSSARY: &[(&str, &str)] = &[
    ("股份有限公司", "gufen youxian gongsi"),
    ("有限责任公司", "youxian zeren gongsi"),
    ("有限公司", "youxian gongsi"),
    ("公司", "gongsi"),
    ("集团", "group"),
    ("科技", "technology"),
    ("技术", "technology"),
    ("电子", "electronic"),
    ("实业", "industry"),
    ("工业", "industry"),
    ("产业", "industry"),
    ("贸易", "trading"),
    ("国际", "international"),
    ("进出口", "import export"),
    ("制造", "manufacturing"),
    ("投资", "investment"),
    ("发展", "development"),
    ("控股", "holding"),
    ("纺织", "textile"),
    ("服装", "garment"),
    ("服饰", "garment"),
    ("棉业", "cotton industry"),
    ("棉花", "cotton"),
    ("生物", "biological"),
    ("生物科技", "biotechnology"),
    ("生物技术", "biotechnology"),
    ("新材料", "new material"),
    ("材料", "material"),
    ("能源", "energy"),
    ("化工", "chemical"),
    ("化学", "chemical"),
    ("研究所", "research institute"),
    ("研究院", "research institute"),
    ("研究中心", "research center"),
    ("大学", "university"),
    ("学院", "college"),
    ("公安局", "public security bureau"),
    ("公安厅", "public security department"),
    ("农业", "agriculture"),
    ("食品", "food"),
    ("医药", "pharmaceutical"),
    ("制药", "pharmaceutical"),
    ("设备", "equipment"),
    ("机械", "machinery"),
    ("电气", "electronic"),
    ("光电", "optoelectronic"),
    ("通信", "communication"),
    ("通讯", "communication"),
    ("信息", "information"),
    ("网络", "network"),
    ("软件", "software"),
    ("智能", "intelligent"),
    ("硅业", "silicon industry"),
    ("光伏", "photovoltaic"),
    ("新能源", "new energy"),
    ("物流", "logistics"),
    ("建设", "construction"),
    ("兵团", "corps"),
    ("生产建设兵团", "production and construction corps"),
    ("分公司", "branch"),
    ("工厂", "factory"),
    ("厂", "factory"),
    ("中国", "china"),
    ("香港", "hong kong"),
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
struct Tables {
    words: FxHashMap<&'static str, WordInfo>,
    /// Per letter, the bit `i` of [`GLUED_LEGAL`] entry `i` that may start (`glued_first`) or end
    /// (`glued_last`) a glued word with that letter, for [`split_glued`].
    glued_first: [u64; 256],
    glued_last: [u64; 256],
}

/// What the tables say about one word.
#[derive(Default)]
struct WordInfo {
    /// Legal-form phrases that start with it.
    legal_first: Vec<&'static LegalForm>,
    /// It starts an unambiguous legal-form phrase.
    unambiguous_first: bool,
    /// A piece of a legal-form phrase ([`LEGAL_PARTS`]).
    part: bool,
    /// A noise word ([`NOISE_WORDS`]).
    noise: bool,
    /// Its canonical form from [`PLACES`] (first) or [`ABBREVIATIONS`], with the derivation.
    canon: Option<(&'static str, Derivation)>,
    /// Its expansion in [`ABBREVIATIONS`] alone (a stemmed word is looked up there only).
    abbreviation: Option<&'static str>,
}

fn tables() -> &'static Tables {
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

fn word_info(w: &str) -> Option<&'static WordInfo> {
    tables().words.get(w)
}

/// Legal-form words that supplier files (and sometimes lists) glue to a neighbouring word:
/// "ARTMARINELLC", "OOOTUVAASBEST", "Joint StockCompany", "TRANSSTROYLIMITED". `(word, may start
/// a glued word, may end one)`. Words that begin or end ordinary words are left out or allowed on
/// one side only ("inc" starts "income", "corp" starts "corporate", "zao" starts "Zaozhuang",
/// "stock" ends "Woodstock": "jointstock" is split by "joint"; "co", "sa", "ao" and the other
/// two-letter forms are everywhere).
static GLUED_LEGAL: &[(&str, bool, bool)] = &[
    ("ltd", true, true),
    ("llc", true, true),
    ("llp", true, true),
    ("ooo", true, true),
    ("oao", true, true),
    ("pao", false, true),
    ("jsc", true, true),
    ("ojsc", true, true),
    ("cjsc", true, true),
    ("pjsc", true, true),
    ("plc", true, true),
    ("fze", true, true),
    ("fzc", true, true),
    ("fzco", true, true),
    ("fzllc", true, true),
    ("gmbh", true, true),
    ("eood", true, true),
    ("bhd", true, true),
    ("pte", false, true),
    ("pvt", true, true),
    ("inc", false, true),
    ("corp", false, true),
    ("corporation", true, true),
    ("incorporated", true, true),
    ("company", true, true),
    ("limited", true, true),
    ("liability", true, true),
    ("partnership", false, true),
    ("joint", true, true),
    ("obshchestvo", true, true),
    ("aktsionernoe", true, true),
    ("otkrytoe", true, true),
    ("zakrytoe", true, true),
    ("publichnoe", true, true),
    ("ogranichennoi", true, true),
    ("ogranichennoy", true, true),
    ("otvetstvennostyu", true, true),
    ("sociedad", true, true),
    ("anonima", true, true),
];

// `Tables::glued_first` / `glued_last` hold one bit per entry of GLUED_LEGAL.
const _: () = assert!(GLUED_LEGAL.len() <= 64);

/// Splits a word glued to a legal-form word ("artmarinellc" -> "artmarine" "llc"). The other part
/// must keep at least 3 letters, or be the "s" of "obshchestvo s ogranichennoy ..." glued in front.
/// Both list names and supplier names go through this, so a rare false split is harmless: the two
/// sides still agree.
fn split_glued(w: &str) -> Option<(&str, &str)> {
    if w.len() < 5 || !w.bytes().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let mut best: Option<(usize, (&str, &str))> = None;
    let (first, last) = (w.as_bytes()[0], w.as_bytes()[w.len() - 1]);
    // Every word of every name comes here: only the entries whose first (or last) letter fits are
    // tried, in table order (the first of the longest that fit wins).
    let t = tables();
    let mut maybe = t.glued_first[usize::from(first)] | t.glued_last[usize::from(last)];
    while maybe != 0 {
        let i = maybe.trailing_zeros() as usize;
        maybe &= maybe - 1;
        let (lw, at_start, at_end) = GLUED_LEGAL[i];
        if lw.len() >= w.len() || best.is_some_and(|b| b.0 >= lw.len()) {
            continue;
        }
        if at_start {
            if let Some(rest) = w.strip_prefix(lw) {
                if rest.len() >= 3 {
                    best = Some((lw.len(), (lw, rest)));
                    continue;
                }
            }
        }
        if at_end {
            if let Some(head) = w.strip_suffix(lw) {
                if head.len() >= 3 || (head == "s" && lw.starts_with("ogranichenno")) {
                    best = Some((lw.len(), (head, lw)));
                }
            }
        }
    }
    best.map(|b| b.1)
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Steps 2-3 of the module note for a name that is not ASCII: Chinese glossary words, pinyin
/// syllables (each after a `\u{1}` marker), and `deunicode` for everything else.
fn transliterate(nfkc: &str) -> String {
    let mut ascii = String::with_capacity(nfkc.len() + 8);
    let chars: Vec<char> = nfkc.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii() {
            ascii.push(c);
            i += 1;
            continue;
        }
        if is_han(c) {
            // Longest glossary word starting here.
            let mut best: Option<(usize, &str)> = None;
            for (zh, en) in CJK_GLOSSARY {
                let n = zh.chars().count();
                if n > best.map_or(0, |b| b.0)
                    && i + n <= chars.len()
                    && zh.chars().zip(&chars[i..i + n]).all(|(a, b)| a == *b)
                {
                    best = Some((n, en));
                }
            }
            if let Some((n, en)) = best {
                ascii.push(' ');
                ascii.push_str(en);
                ascii.push(' ');
                i += n;
            } else {
                let py = deunicode::deunicode_char(c).unwrap_or("");
                ascii.push_str(" \u{1}");
                ascii.push_str(py.trim());
                ascii.push(' ');
                i += 1;
            }
            continue;
        }
        match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}' | '`' => ascii.push('\''),
            _ => {
                if let Some(t) = deunicode::deunicode_char(c) {
                    ascii.push_str(t);
                } else {
                    ascii.push(' ');
                }
            }
        }
        i += 1;
    }
    ascii
}

/// Folds a whole name to lower-case ASCII words separated by single spaces (steps 1-4 above), with
/// `\u{1}` before each Han syllable so tokenisation can flag it.
fn fold(name: &str) -> String {
    let nfkc: Cow<str> = if name.is_ascii() {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(name.nfkc().collect())
    };
    // Most names are ASCII already, and the loop below would copy them unchanged.
    let ascii = if nfkc.is_ascii() {
        nfkc
    } else {
        Cow::Owned(transliterate(&nfkc))
    };
    // Now ASCII: lower-case, glue dotted initials, map '&', drop in-word apostrophes.
    let b: Vec<u8> = ascii.bytes().map(|c| c.to_ascii_lowercase()).collect();
    let mut out = String::with_capacity(b.len());
    for (i, &c) in b.iter().enumerate() {
        let prev = if i > 0 { b[i - 1] } else { b' ' };
        let next = b.get(i + 1).copied().unwrap_or(b' ');
        match c {
            b'a'..=b'z' | b'0'..=b'9' | 1 => out.push(c as char),
            b'.' => {
                // "s.a." / "d.o.o.": a dot right after a single letter that is followed by another
                // letter glues the initials; any other dot separates words.
                let single =
                    prev.is_ascii_alphabetic() && (i < 2 || !b[i - 2].is_ascii_alphanumeric());
                if !(single && next.is_ascii_alphabetic()) {
                    out.push(' ');
                }
            }
            b'\'' if prev.is_ascii_alphanumeric() && next.is_ascii_alphanumeric() => {}
            b'&' => out.push_str(" and "),
            _ => out.push(' '),
        }
    }
    out
}

/// Splits a folded string into raw words, flagging Han syllables.
fn raw_words(folded: &str) -> Vec<(String, bool)> {
    let mut v = Vec::new();
    for w in folded.split(' ') {
        if w.is_empty() {
            continue;
        }
        let syl = w.starts_with('\u{1}');
        let w = w.trim_start_matches('\u{1}');
        if !w.is_empty() && w.bytes().all(|c| c.is_ascii_alphanumeric()) {
            match split_glued(w).filter(|_| !syl) {
                Some((a, b)) => {
                    v.push((a.to_string(), false));
                    v.push((b.to_string(), false));
                }
                None => v.push((w.to_string(), syl)),
            }
        }
    }
    // Dotted initials that were separated by spaces ("s. a.", "c.v.") are handled by the legal-form
    // phrases; a run of single letters separated only by dots was glued in `fold`.
    v
}

/// Light English stem for canonical comparison: plurals and a few suffixes. Both sides are stemmed
/// the same way, so it only needs to be consistent, not linguistically right.
fn stem(w: &str) -> Cow<'_, str> {
    let n = w.len();
    if n < 5 || !w.bytes().all(|c| c.is_ascii_lowercase()) {
        return Cow::Borrowed(w);
    }
    if let Some(s) = w.strip_suffix("ies") {
        return Cow::Owned(format!("{s}y"));
    }
    if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return Cow::Borrowed(w);
    }
    if let Some(s) = w.strip_suffix('s') {
        return Cow::Borrowed(s);
    }
    Cow::Borrowed(w)
}

/// The canonical form of one ordinary word, and how it was derived.
pub fn canonical_word(w: &str) -> (String, Derivation) {
    canonical_with(w, word_info(w))
}

/// [`canonical_word`] with the word's table entry already looked up.
fn canonical_with(w: &str, info: Option<&WordInfo>) -> (String, Derivation) {
    if let Some((to, d)) = info.and_then(|i| i.canon) {
        return (to.to_string(), d);
    }
    let s = stem(w);
    // An unchanged stem has no expansion: the word itself was just looked up.
    if s.len() != w.len() {
        if let Some(to) = word_info(&s).and_then(|i| i.abbreviation) {
            return (to.to_string(), Derivation::Abbreviation);
        }
    }
    (s.into_owned(), Derivation::AsWritten)
}

/// Normalises a name into tokens. Never fails; an empty or punctuation-only name gives no tokens.
pub fn normalize(name: &str) -> Vec<Token> {
    let folded = fold(name);
    let mut words = raw_words(&folded);
    // Misspelt legal-form words are corrected before phrase matching, so "Joint Stock Copany" is
    // still one legal form; the surface keeps what was written (kept aside for corrected words
    // only: `written(k)`).
    let mut originals: Vec<Option<String>> = Vec::new();
    for (k, w) in words.iter_mut().enumerate() {
        if let Some(c) = correct_legal_word(&w.0) {
            originals.resize(k + 1, None);
            originals[k] = Some(std::mem::replace(&mut w.0, c.to_string()));
        }
    }
    let n = words.len();
    // One table lookup per word serves every question below.
    let infos: Vec<Option<&WordInfo>> = words.iter().map(|w| word_info(&w.0)).collect();
    // Glossary translations are flagged by comparing with the original having Han characters.
    let has_han = !name.is_ascii() && name.chars().any(is_han);
    let mut out: Vec<Token> = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        // Longest legal-form phrase at i.
        let mut matched: Option<(usize, &LegalForm)> = None;
        let forms = infos[i].map_or(&[][..], |f| f.legal_first.as_slice());
        for &lf in forms {
            let k = lf.words.len();
            if k <= matched.map_or(0, |m| m.0)
                || i + k > n
                || !lf
                    .words
                    .iter()
                    .zip(&words[i..i + k])
                    .all(|(a, b)| *a == b.0)
            {
                continue;
            }
            if lf.ambiguous {
                let at_edge = i == 0 || i + k == n;
                let prev_lf = out.last().is_some_and(|t| t.class == TokenClass::LegalForm);
                let next_legal = infos
                    .get(i + k)
                    .is_some_and(|f| f.is_some_and(|f| f.unambiguous_first));
                if !(at_edge || prev_lf || next_legal) {
                    continue;
                }
            }
            matched = Some((k, lf));
        }
        if let Some((k, lf)) = matched {
            let mut surface = String::new();
            for (j, (w, _)) in words.iter().enumerate().skip(i).take(k) {
                if j > i {
                    surface.push(' ');
                }
                let written = originals.get(j).and_then(Option::as_deref);
                surface.push_str(written.unwrap_or(w));
            }
            out.push(Token {
                surface,
                canon: lf.family.to_string(),
                class: TokenClass::LegalForm,
                derivation: Derivation::AsWritten,
                syllable: false,
            });
            i += k;
            continue;
        }
        // Word i is used up here (everything above only looks at words i and after), so its
        // string moves into the token instead of being copied.
        let info = infos[i];
        let syl = words[i].1;
        let w = std::mem::take(&mut words[i].0);
        if info.is_some_and(|f| f.part) {
            out.push(Token {
                surface: w,
                canon: LF_PART.to_string(),
                class: TokenClass::LegalForm,
                derivation: Derivation::AsWritten,
                syllable: false,
            });
            i += 1;
            continue;
        }
        let after_noise = out.last().is_some_and(|t| t.class == TokenClass::Noise);
        let class = if w.bytes().any(|c| c.is_ascii_digit()) {
            // "Factory No. 2": a number right after a noise word is noise too.
            if after_noise {
                TokenClass::Noise
            } else {
                TokenClass::Number
            }
        } else if info.is_some_and(|f| f.noise) {
            TokenClass::Noise
        } else {
            TokenClass::Word
        };
        let numeric = w.bytes().all(|c| c.is_ascii_digit());
        let (canon, mut derivation) = if class == TokenClass::Number || numeric {
            // "007" = "7"; a number of zeros only stays "0" (never an empty canonical form).
            let digits = w.trim_start_matches('0');
            let digits = if digits.is_empty() { "0" } else { digits };
            (digits.to_string(), Derivation::AsWritten)
        } else {
            canonical_with(&w, info)
        };
        if has_han && !syl && derivation == Derivation::AsWritten && glossary_word(&w) {
            derivation = Derivation::Glossary;
        }
        out.push(Token {
            surface: w,
            canon,
            class,
            derivation,
            syllable: syl,
        });
        i += 1;
    }
    // "de" / "y" between or beside legal-form pieces ("S.A. ... de C.V." broken up) is part of them.
    for k in 0..out.len() {
        let linker = matches!(out[k].surface.as_str(), "de" | "y" | "del");
        let beside_lf = |j: Option<usize>| {
            j.and_then(|j| out.get(j))
                .is_some_and(|t| t.class == TokenClass::LegalForm)
        };
        if linker
            && out[k].class == TokenClass::Word
            && (beside_lf(k.checked_sub(1)) || beside_lf(Some(k + 1)))
        {
            out[k].class = TokenClass::LegalForm;
            out[k].canon = LF_PART.to_string();
        }
    }
    out
}

/// Long legal-form words that suppliers misspell ("Compay", "Limted", "Coraoration"). A word within
/// one edit of one of them (and not itself a word of the lists' legal forms) is read as it.
static LONG_LEGAL_WORDS: &[&str] = &[
    "company",
    "limited",
    "corporation",
    "incorporated",
    "liability",
    "obshchestvo",
    "aktsionernoe",
    "otvetstvennostyu",
    "ogranichennoi",
];

fn correct_legal_word(w: &str) -> Option<&'static str> {
    if w.len() < 6 {
        return None;
    }
    // Within one edit, two words of 6+ letters share their first or their last letter: a cheap
    // test that spares the edit distance for almost every word.
    let (first, last) = (w.as_bytes()[0], w.as_bytes()[w.len() - 1]);
    LONG_LEGAL_WORDS.iter().copied().find(|lw| {
        let b = lw.as_bytes();
        (b[0] == first || b[b.len() - 1] == last)
            && lw.len().abs_diff(w.len()) <= 1
            && *lw != w
            && crate::score::osa_distance(w.as_bytes(), b, 1).is_some()
    })
}

fn glossary_word(w: &str) -> bool {
    CJK_GLOSSARY
        .iter()
        .any(|(_, en)| en.split(' ').any(|e| e == w))
}

/// A transliteration skeleton: spellings of the same sound under different romanisations of
/// Russian, Arabic, Persian or Chinese collapse to the same string (`kh`/`h`, `ts`/`c`, `y`/`i`,
/// `w`/`v`, `q`/`k`, doubled letters). Two different words with the same skeleton are counted as a
/// transliteration variant, not as a typo.
pub fn skeleton(w: &str) -> String {
    let mut small = [0u8; 64];
    let mut big = Vec::new();
    let out = skeleton_bytes(w.as_bytes(), &mut small, &mut big);
    String::from_utf8(out.to_vec()).unwrap_or_default()
}

/// `hash(skeleton(w))` (with [`crate::index`]'s string hash) without building the string: the
/// matcher needs the skeleton of every supplier word and every typo lookup, only as a hash key.
pub(crate) fn skeleton_hash(w: &str, hash: impl Fn(&[u8]) -> u64) -> u64 {
    let mut small = [0u8; 64];
    let mut big = Vec::new();
    let out = skeleton_bytes(w.as_bytes(), &mut small, &mut big);
    // `skeleton` gives "" when its bytes are not UTF-8 (only possible for non-ASCII input).
    if !w.is_ascii() && std::str::from_utf8(out).is_err() {
        return hash(b"");
    }
    hash(out)
}

/// The bytes of [`skeleton`], written into `small` when the word fits (a skeleton is never longer
/// than its word), else into `big`. The rules are looked up by the first letter of what is left.
fn skeleton_bytes<'b>(b: &[u8], small: &'b mut [u8; 64], big: &'b mut Vec<u8>) -> &'b [u8] {
    let out: &mut [u8] = if b.len() <= small.len() {
        &mut small[..]
    } else {
        big.resize(b.len(), 0);
        &mut big[..]
    };
    let mut n = 0;
    // Consecutive equal letters collapse as they are written.
    let mut put = |c: u8| {
        if n == 0 || out[n - 1] != c {
            out[n] = c;
            n += 1;
        }
    };
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        let at = |p: &[u8]| rest.starts_with(p);
        let rule: Option<(u8, usize)> = match rest[0] {
            b's' if at(b"shch") => Some((b's', 4)),
            b's' if at(b"sh") => Some((b's', 2)),
            b's' if at(b"sch") => Some((b's', 3)),
            b't' if at(b"tch") => Some((b'c', 3)),
            b't' if at(b"ts") || at(b"tz") => Some((b'c', 2)),
            b'k' if at(b"kh") => Some((b'h', 2)),
            b'g' if at(b"gh") => Some((b'h', 2)),
            b'z' if at(b"zh") => Some((b'j', 2)),
            b'd' if at(b"dj") => Some((b'j', 2)),
            b'd' if at(b"dzh") => Some((b'j', 3)),
            b'c' if at(b"ch") => Some((b'c', 2)),
            b'c' if at(b"ck") => Some((b'k', 2)),
            b'p' if at(b"ph") => Some((b'f', 2)),
            b'o' if at(b"ou") || at(b"oo") => Some((b'u', 2)),
            b'e' if at(b"ee") => Some((b'i', 2)),
            _ => None,
        };
        match rule {
            Some((c, adv)) => {
                put(c);
                i += adv;
            }
            None => {
                put(match rest[0] {
                    b'y' | b'j' => b'i',
                    b'w' => b'v',
                    b'q' | b'c' => b'k',
                    b'x' | b'z' => b's',
                    c => c,
                });
                i += 1;
            }
        }
    }
    // "ii" from "iy"/"yi" already collapsed; drop a trailing "h" ("allah"/"alla", "ah"/"a").
    if n > 3 && out[n - 1] == b'h' {
        n -= 1;
    }
    &out[..n]
}

#[cfg(test)]
mod tests {
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
}
