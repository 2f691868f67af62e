//! Legal forms: the one vocabulary of "Co., Ltd.", "GmbH", "OOO", "S.A. de C.V.", "Sp. z o.o.",
//! "有限公司" that the matcher, the supplier-file reader and list ingestion all use.
//!
//! Phrases are written as the matcher's normalisation writes words: lower-case ASCII, dotted
//! initials glued (`S.A.` -> `sa`, `d.o.o.` -> `doo`), Cyrillic transliterated. Each phrase has a
//! family ([`LF_LIMITED`], [`LF_JOINT_STOCK`], ...): two forms of one family agree when names are
//! compared, forms of different families disagree weakly.
//!
//! * The matcher ([`LEGAL_FORMS`], [`LEGAL_PARTS`]) turns a phrase into one low-weight token.
//! * The reader asks [`is_form_word`] / [`is_han_form`] whether a cell looks like a company name,
//!   or is nothing but a legal form.
//! * Ingestion asks [`ends_with_form`] where one published name ends and the next begins
//!   ("A Co., Ltd. and B Co.").

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
pub struct LegalForm {
    /// The phrase as normalised words ("co", "ltd").
    pub words: &'static [&'static str],
    /// Its family marker, one of the `LF_*` constants.
    pub family: &'static str,
    pub ambiguous: bool,
}

macro_rules! lf {
    ($fam:expr, $amb:expr, [$($w:expr),+]) => {
        LegalForm { words: &[$($w),+], family: $fam, ambiguous: $amb }
    };
}

pub static LEGAL_FORMS: &[LegalForm] = &[
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
    // Legal forms written in full in the languages of the lists (accents folded by the
    // transliteration: "beschränkter" -> "beschrankter", "spółka" -> "spolka", "şirketi" -> "sirketi").
    // German.
    lf!(
        LF_LIMITED,
        false,
        ["gesellschaft", "mit", "beschrankter", "haftung"]
    ),
    // The same typed without umlauts, as German ASCII writes them (ä -> ae).
    lf!(
        LF_LIMITED,
        false,
        ["gesellschaft", "mit", "beschraenkter", "haftung"]
    ),
    lf!(LF_LIMITED, false, ["gesellschaft", "mbh"]),
    lf!(LF_JOINT_STOCK, false, ["aktiengesellschaft"]),
    lf!(LF_JOINT_STOCK, false, ["aktien", "gesellschaft"]),
    lf!(LF_PARTNERSHIP, false, ["kommanditgesellschaft"]),
    lf!(LF_PARTNERSHIP, false, ["offene", "handelsgesellschaft"]),
    // French.
    lf!(
        LF_LIMITED,
        false,
        ["societe", "a", "responsabilite", "limitee"]
    ),
    lf!(
        LF_JOINT_STOCK,
        false,
        ["societe", "par", "actions", "simplifiee"]
    ),
    lf!(LF_JOINT_STOCK, false, ["societe", "anonyme"]),
    lf!(LF_PARTNERSHIP, false, ["societe", "en", "commandite"]),
    // Spanish and Portuguese.
    lf!(
        LF_LIMITED,
        false,
        ["sociedad", "de", "responsabilidad", "limitada"]
    ),
    lf!(LF_LIMITED, false, ["sociedad", "limitada"]),
    lf!(
        LF_JOINT_STOCK,
        false,
        ["sociedad", "anonima", "de", "capital", "variable"]
    ),
    lf!(LF_JOINT_STOCK, false, ["sociedad", "anonima"]),
    lf!(LF_JOINT_STOCK, false, ["sociedade", "anonima"]),
    lf!(LF_LIMITED, false, ["sociedade", "limitada"]),
    lf!(LF_LIMITED, false, ["sociedade", "empresaria", "limitada"]),
    // Italian.
    lf!(
        LF_LIMITED,
        false,
        ["societa", "a", "responsabilita", "limitata"]
    ),
    lf!(LF_JOINT_STOCK, false, ["societa", "per", "azioni"]),
    lf!(
        LF_PARTNERSHIP,
        false,
        ["societa", "in", "accomandita", "semplice"]
    ),
    // Dutch.
    lf!(
        LF_LIMITED,
        false,
        [
            "besloten",
            "vennootschap",
            "met",
            "beperkte",
            "aansprakelijkheid"
        ]
    ),
    lf!(LF_LIMITED, false, ["besloten", "vennootschap"]),
    lf!(LF_JOINT_STOCK, false, ["naamloze", "vennootschap"]),
    // Polish.
    lf!(
        LF_LIMITED,
        false,
        ["spolka", "z", "ograniczona", "odpowiedzialnoscia"]
    ),
    lf!(LF_JOINT_STOCK, false, ["spolka", "akcyjna"]),
    lf!(LF_PARTNERSHIP, false, ["spolka", "komandytowa"]),
    // Romanian.
    lf!(
        LF_LIMITED,
        false,
        ["societate", "cu", "raspundere", "limitata"]
    ),
    lf!(LF_JOINT_STOCK, false, ["societate", "pe", "actiuni"]),
    // Turkish.
    lf!(LF_JOINT_STOCK, false, ["anonim", "sirketi"]),
    lf!(LF_LIMITED, false, ["limited", "sirketi"]),
    // Ukrainian, transliterated (Russian is above).
    lf!(
        LF_LIMITED,
        false,
        ["tovarystvo", "z", "obmezhenoiu", "vidpovidalnistiu"]
    ),
    lf!(
        LF_LIMITED,
        false,
        ["tovaristvo", "z", "obmezhenoiu", "vidpovidalnistiu"]
    ),
    lf!(
        LF_JOINT_STOCK,
        false,
        ["pryvatne", "aktsionerne", "tovarystvo"]
    ),
    lf!(
        LF_JOINT_STOCK,
        false,
        ["privatne", "aktsionerne", "tovaristvo"]
    ),
    lf!(LF_JOINT_STOCK, false, ["aktsionerne", "tovarystvo"]),
    lf!(LF_JOINT_STOCK, false, ["aktsionerne", "tovaristvo"]),
    // Japanese and Korean, romanised.
    lf!(LF_JOINT_STOCK, false, ["kabushiki", "kaisha"]),
    lf!(LF_JOINT_STOCK, false, ["kabushikigaisha"]),
    lf!(LF_JOINT_STOCK, false, ["kabushiki", "gaisha"]),
    lf!(LF_LIMITED, false, ["yugen", "kaisha"]),
    lf!(LF_LIMITED, false, ["godo", "kaisha"]),
    lf!(LF_JOINT_STOCK, false, ["jusik", "hoesa"]),
    lf!(LF_JOINT_STOCK, false, ["chusik", "hoesa"]),
    lf!(LF_JOINT_STOCK, false, ["jusikhoesa"]),
    lf!(LF_JOINT_STOCK, false, ["jusighoesa"]),
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
    lf!(LF_LIMITED, false, ["bvba"]),
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
/// form, not distinctive words: they become legal-form tokens of family [`LF_PART`].
pub static LEGAL_PARTS: &[&str] = &[
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
    "beschrankter",
    "beschraenkter",
    "haftung",
    "responsabilite",
    "limitee",
    "responsabilita",
    "limitata",
    "azioni",
    "vennootschap",
    "ograniczona",
    "odpowiedzialnoscia",
    "akcyjna",
    "raspundere",
    "kaisha",
    "hoesa",
];

/// The family of a legal-form piece (see [`LEGAL_PARTS`]).
pub const LF_PART: &str = "#part";

/// Han-script legal forms, as Chinese and Japanese names write them (simplified and traditional).
/// The matcher translates them through its glossary; the reader takes them as company evidence.
pub static HAN_FORMS: &[&str] = &[
    "有限公司",
    "有限责任公司",
    "股份有限公司",
    "公司",
    "株式会社",
    "有限會社",
];

/// Words that only join the pieces of a legal-form phrase ("S.A. *de* C.V.", "Sp. *z* o.o.",
/// "OOO *s* ..."): neither a legal form on their own nor a distinctive word next to one.
pub static LINKING_WORDS: &[&str] = &["and", "de", "del", "s", "y", "z"];

/// The word written as the matcher's phrases write it: lower case, without dots or slashes
/// ("S.A." -> "sa", "A/S" -> "as", "L.L.C." -> "llc").
fn plain(word: &str) -> String {
    word.chars()
        .filter(|c| *c != '.' && *c != '/')
        .flat_map(char::to_lowercase)
        .collect()
}

/// True if `word` (as written: any case, with or without dots) is a legal form or a piece of one:
/// a one-word form ("GmbH", "Ltd.", "OOO", "S.A."), a piece of a phrase ("Pte", "Sdn", "C.V.",
/// "Joint"), or a word of a phrase ("Limited", "Company"). Linking words ("de", "y") are not.
pub fn is_form_word(word: &str) -> bool {
    // The matcher asks this of its own tokens, already plain; only other words are rewritten.
    let w = if word
        .bytes()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(plain(word))
    };
    form_words().contains(w.as_ref())
}

/// Every word [`is_form_word`] accepts, gathered once from [`LEGAL_PARTS`] and the words of
/// [`LEGAL_FORMS`] (a hash lookup instead of a scan of every phrase).
fn form_words() -> &'static std::collections::HashSet<&'static str> {
    static WORDS: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut set: std::collections::HashSet<&'static str> =
            LEGAL_PARTS.iter().copied().collect();
        for f in LEGAL_FORMS {
            set.extend(f.words.iter().copied().filter(|w| !is_syllable(f, w)));
        }
        for w in LINKING_WORDS {
            set.remove(w);
        }
        set.remove("");
        set
    })
}

/// The pinyin syllables of "you xian gong si" are legal form only as a whole phrase.
fn is_syllable(f: &LegalForm, w: &str) -> bool {
    f.words.len() > 1
        && f.words.iter().all(|p| p.len() <= 4)
        && matches!(w, "you" | "xian" | "gong" | "si")
}

/// True if `word` only links legal-form pieces ("de" in "S.A. de C.V."): see [`LINKING_WORDS`].
pub fn is_linking_word(word: &str) -> bool {
    LINKING_WORDS.contains(&plain(word).as_str())
}

/// True if `text` contains a Han-script legal form ("有限公司").
pub fn has_han_form(text: &str) -> bool {
    HAN_FORMS.iter().any(|f| text.contains(f))
}

/// True if `text` is exactly a Han-script legal form.
pub fn is_han_form(text: &str) -> bool {
    HAN_FORMS.contains(&text.trim())
}

/// True if the last word of `text` is a form that ends a company name: an unambiguous one-word
/// form ("Ltd.", "LLC", "GmbH", "Corporation"), or an ambiguous one written with dots ("S.A.",
/// "C.V."), which plain words ("Sa", "Cv") are not.
pub fn ends_with_form(text: &str) -> bool {
    let last = text.trim_end().rsplit(' ').next().unwrap_or("");
    let last = last.trim_end_matches(',');
    let w = plain(last);
    if w.is_empty() {
        return false;
    }
    let dotted = last.contains('.') && w.len() <= 3;
    LEGAL_FORMS.iter().any(|f| {
        (f.words.len() == 1 && f.words[0] == w && (!f.ambiguous || dotted))
            || (dotted && f.words.len() > 1 && f.words.last() == Some(&w.as_str()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_words() {
        for w in [
            "GmbH", "Ltd.", "ltd", "OOO", "S.A.", "a/s", "L.L.C.", "Pte", "Sdn", "C.V.", "Limited",
            "Company", "joint",
        ] {
            assert!(is_form_word(w), "{w}");
        }
        for w in ["de", "y", "and", "Acme", "Hikvision", "you", "", "."] {
            assert!(!is_form_word(w), "{w}");
        }
        assert!(is_linking_word("de"));
        assert!(has_han_form("杭州海康威视数字技术股份有限公司"));
        assert!(is_han_form(" 有限公司 "));
        assert!(!is_han_form("海康威视"));
    }

    #[test]
    fn name_endings() {
        for t in [
            "Foo Co.",
            "Foo Co., Ltd.",
            "Foo LLC,",
            "Foo S.A.",
            "Foo de C.V.",
            "Foo GmbH",
            "FOO CORPORATION",
        ] {
            assert!(ends_with_form(t), "{t}");
        }
        for t in ["Cotton", "Foo Sa", "Foo As", "Foo and", ""] {
            assert!(!ends_with_form(t), "{t}");
        }
    }
}
