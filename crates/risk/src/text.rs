//! What a risk signal says, as facts: the browser app words them in the reader's language, the CLI
//! and the CSV export use the English sentences built here ([`RiskSignal::title`],
//! [`RiskSignal::detail`]).
//!
//! List data (ILAB good names, CBP merchandise and party names, statuses) stay as the lists write
//! them: they are the official record, quoted, not translated.

use super::{RiskKind, RiskSignal};
use serde::{Deserialize, Serialize};

/// The facts of one signal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RiskText {
    /// A DOL/ILAB good x country row; the labour kind is the signal's [`RiskKind`].
    Good {
        good: String,
        country: String,
        /// For [`RiskKind::DerivedLabourGood`]: the country of the tainted input, when ILAB names it.
        input_country: Option<String>,
        why: Why,
    },
    /// One CBP Withhold Release Order or Finding (or several on the same party and merchandise).
    Wro {
        /// "WRO" or "Finding", as CBP writes it.
        order_type: String,
        name: String,
        merchandise: String,
        country: String,
        status: String,
        effective: Option<String>,
        /// The order covers the merchandise from the whole country or region, not one producer.
        region_wide: bool,
        why: Why,
    },
    /// CBP orders on named fishing vessels: they apply wherever the catch is landed.
    Vessels {
        merchandise: Vec<String>,
        names: Vec<String>,
        why: Why,
    },
    /// The supplier's Unified Social Credit Code was issued by a registration authority in
    /// Xinjiang (characters 3-8 of the code, GB/T 2260).
    Registered {
        /// The code as the supplier file gives it, normalised.
        uscc: String,
        /// The six-digit division, e.g. "653101".
        division: String,
        /// The most precise place known for it ("Kashgar", "Shihezi").
        place: String,
    },
    /// The supplier's address is an address the list gives for a listed party.
    ListedAddress {
        entity_id: String,
        entity_name: String,
        /// The address as the list publishes it.
        listed: String,
        /// The supplier's address as the file gives it.
        written: String,
    },
    /// The product is in a sector DHS names a high-priority sector for UFLPA enforcement, and the
    /// supplier is in China.
    Sector {
        /// The sector's key in the table ("silica").
        sector: String,
        /// The sector as DHS words it ("silica-based products (including polysilicon)").
        wording: String,
        /// The document that named it, with its date ("UFLPA Strategy 2022-06-17").
        named_in: String,
        /// Where that document (or its release) is published.
        url: String,
        scope: SectorScope,
        why: SectorWhy,
    },
    /// A place in Xinjiang named in one of the supplier's fields.
    Xinjiang {
        field: Field,
        places: Vec<String>,
        /// The places as the supplier's text writes them.
        written: Vec<String>,
    },
}

/// Which column of the supplier row a signal was found in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Address,
    Name,
    Country,
    Product,
}

impl Field {
    fn english(self) -> &'static str {
        match self {
            Field::Address => "address",
            Field::Name => "supplier name",
            Field::Country => "country column",
            Field::Product => "product description",
        }
    }
}

/// How a product group relates to the sector DHS names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SectorScope {
    /// The product DHS names.
    Named,
    /// Made from it (DHS: the presumption covers downstream products); the mapping is ours.
    Downstream,
    /// A by-product or input of it: our addition, a weaker signal.
    Related,
}

/// Why a supplier's product falls in a high-priority sector.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SectorWhy {
    /// The product text contains a keyword of the sector.
    Word { product: String, keyword: String },
    /// The HS code, as the supplier file writes it, starts with an HS prefix of the sector.
    Hs { code: String, prefix: String },
    /// Both.
    HsAndWord {
        code: String,
        prefix: String,
        product: String,
        keyword: String,
    },
}

impl SectorWhy {
    fn english(&self) -> String {
        match self {
            SectorWhy::Word { product, keyword } => {
                format!("the product text \"{product}\" contains \"{keyword}\"")
            }
            SectorWhy::Hs { code, prefix } => {
                format!("the HS code {code} falls under HS {prefix}")
            }
            SectorWhy::HsAndWord {
                code,
                prefix,
                product,
                keyword,
            } => format!(
                "the HS code {code} falls under HS {prefix} and the product text \"{product}\" contains \"{keyword}\""
            ),
        }
    }
}

impl SectorWhy {
    /// What fired, for the title: `word "cotton"`, `HS 7601.20`, `HS 2804.61 and word "polysilicon"`.
    fn short_english(&self) -> String {
        match self {
            SectorWhy::Word { keyword, .. } => format!("word \"{keyword}\""),
            SectorWhy::Hs { code, .. } => format!("HS {code}"),
            SectorWhy::HsAndWord { code, keyword, .. } => {
                format!("HS {code} and word \"{keyword}\"")
            }
        }
    }
}

impl SectorScope {
    fn english(self) -> &'static str {
        match self {
            SectorScope::Named => "The product is one DHS names in the sector.",
            SectorScope::Downstream => {
                "The product is downstream of the sector (made from its material): DHS counts \
                 downstream products in; which products they are is supplyscreen's mapping."
            }
            SectorScope::Related => {
                "The product is related to the sector (a by-product or an input), supplyscreen's \
                 addition, not DHS's: a weaker signal."
            }
        }
    }
}

/// Why the product text matched the listed good or merchandise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Why {
    /// The product text names the good ("cotton yarn" names "cotton").
    Names { product: String, phrase: String },
    /// The product text uses a word that trade usage files under the good ("hoodie" -> Garments).
    FiledUnder {
        product: String,
        word: String,
        good: String,
    },
    /// The product text and the CBP merchandise share a word.
    Shares { product: String, word: String },
    /// The product text uses a word of the merchandise's family ("polo shirt" -> apparel).
    FallsUnder {
        product: String,
        word: String,
        family: String,
    },
}

impl Why {
    fn english(&self) -> String {
        match self {
            Why::Names { product, phrase } => {
                format!("the product text \"{product}\" names {phrase}")
            }
            Why::FiledUnder {
                product,
                word,
                good,
            } => format!(
                "the product text \"{product}\" mentions \"{word}\", which trade usage files under {good}"
            ),
            Why::Shares { product, word } => {
                format!("the product text \"{product}\" and the merchandise share \"{word}\"")
            }
            Why::FallsUnder {
                product,
                word,
                family,
            } => format!("the product text \"{product}\" mentions \"{word}\", which falls under {family}"),
        }
    }
}

const UFLPA_SENTENCE: &str = "Under the Uyghur Forced Labor Prevention Act (UFLPA), goods mined, \
produced or manufactured wholly or in part in Xinjiang are presumed to be made with forced labour \
and may not be imported into the United States unless CBP grants an exception on clear and \
convincing evidence.";

const NOT_A_MATCH: &str = "This is a product-and-country risk signal, not a match of the supplier \
against a listed party.";

const ILAB: &str = "DOL ILAB List of Goods Produced by Child Labor or Forced Labor";

impl RiskSignal {
    /// One line, e.g. "Forced labour risk: Cotton from China (DOL ILAB List of Goods)".
    pub fn title(&self) -> String {
        match &self.text {
            RiskText::Good { good, country, .. } => {
                let what = match self.kind {
                    RiskKind::ChildLabourGood => "Child labour",
                    RiskKind::ForcedChildLabourGood => "Forced child labour",
                    RiskKind::DerivedLabourGood => "Input-derived labour",
                    _ => "Forced labour",
                };
                format!("{what} risk: {good} from {country} (DOL ILAB List of Goods)")
            }
            RiskText::Wro {
                order_type,
                name,
                merchandise,
                country,
                ..
            } => format!("CBP {order_type} on {merchandise} from {country}: {name}"),
            RiskText::Vessels {
                merchandise, names, ..
            } => format!(
                "CBP WROs on {} from {} named fishing vessels",
                merchandise.join(", "),
                names.len()
            ),
            RiskText::Registered {
                division, place, ..
            } => format!("Registered in Xinjiang (division {division}, {place})"),
            RiskText::ListedAddress { entity_name, .. } => {
                format!("Address listed for {entity_name} ({})", self.list.as_str())
            }
            RiskText::Sector {
                wording,
                named_in,
                why,
                ..
            } => format!(
                "UFLPA high-priority sector: {wording} ({named_in}), {}",
                why.short_english()
            ),
            RiskText::Xinjiang { field, places, .. } => format!(
                "Xinjiang location in the {}: {}",
                field.english(),
                places.join(", ")
            ),
        }
    }

    /// What the list says, what matched, and what the signal does not mean.
    pub fn detail(&self) -> String {
        match &self.text {
            RiskText::Good {
                good,
                country,
                input_country,
                why,
            } => {
                let how = match self.kind {
                    RiskKind::ChildLabourGood => "produced with child labour".to_string(),
                    RiskKind::ForcedChildLabourGood => {
                        "produced with forced child labour".to_string()
                    }
                    RiskKind::DerivedLabourGood => format!(
                        "made with an input that is produced with child or forced labour{}",
                        input_country
                            .as_deref()
                            .map(|c| format!(" in {c}"))
                            .unwrap_or_default()
                    ),
                    _ => "produced with forced labour".to_string(),
                };
                format!(
                    "The {ILAB} names {good} from {country} as {how}. Matched because {}. {NOT_A_MATCH}",
                    why.english()
                )
            }
            RiskText::Wro {
                order_type,
                name,
                merchandise,
                country,
                status,
                effective,
                region_wide,
                why,
            } => {
                let since = effective
                    .as_deref()
                    .map(|d| format!(", effective {d}"))
                    .unwrap_or_default();
                let scope = if *region_wide {
                    format!(
                        "The order covers this merchandise from the whole region or country named, whoever \
                         the producer: goods of this kind from {country} are detained at the US border unless the \
                         importer proves they were not made with forced labour."
                    )
                } else {
                    "The order names one producer: it matters if your supplier is, owns, or sources from \
                     that producer."
                        .to_string()
                };
                format!(
                    "U.S. Customs and Border Protection {order_type} (19 U.S.C. 1307) \"{name}\", {country}, merchandise \
                     \"{merchandise}\", status {status}{since}. {scope} Matched because {}. {NOT_A_MATCH}",
                    why.english()
                )
            }
            RiskText::Vessels {
                merchandise,
                names,
                why,
            } => format!(
                "U.S. Customs and Border Protection has Withhold Release Orders in force on {} \
                 caught by named fishing vessels, wherever it is landed or processed: {}. Check \
                 that your supplier's catch does not come from these vessels. Matched because {}. \
                 {NOT_A_MATCH}",
                merchandise.join(", "),
                names.join("; "),
                why.english()
            ),
            RiskText::Registered {
                uscc,
                division,
                place,
            } => format!(
                "The supplier's Unified Social Credit Code {uscc} was issued by a registration \
                 authority in the Xinjiang Uyghur Autonomous Region: characters 3-8 of the code, \
                 {division}, are the administrative division of {place} (GB 32100-2015, GB/T 2260). \
                 The company is registered in Xinjiang whatever its name and address say. \
                 {UFLPA_SENTENCE} This is a place risk signal, not a match against the UFLPA Entity List."
            ),
            RiskText::ListedAddress {
                entity_id,
                entity_name,
                listed,
                written,
            } => format!(
                "The supplier's address \"{written}\" is an address the list gives for {entity_name} \
                 ({entity_id}): \"{listed}\". The supplier may be that party under another name, share \
                 its premises, or act for it: check who the supplier is at that address. This is an \
                 address signal, not a match of the supplier's name."
            ),
            RiskText::Sector {
                wording,
                named_in,
                url,
                scope,
                why,
                ..
            } => format!(
                "The Forced Labor Enforcement Task Force (chaired by DHS) names \"{wording}\" a \
                 high-priority sector for enforcement of the Uyghur Forced Labor Prevention Act in the \
                 {named_in} ({url}). Matched because {}, and the supplier is in China. {} CBP looks \
                 hardest at goods from these sectors: expect to show where the material comes from, \
                 down to the raw material. {NOT_A_MATCH}",
                why.english(),
                scope.english()
            ),
            RiskText::Xinjiang {
                field,
                places,
                written,
            } => format!(
                "The {} names {} in the Xinjiang Uyghur Autonomous Region (written \"{}\"). \
                 {UFLPA_SENTENCE} This is a place risk signal, not a match against the UFLPA Entity List.",
                field.english(),
                places.join(", "),
                written.join("\", \"")
            ),
        }
    }
}
