//! Product words: how free-text product descriptions ("cotton t-shirts", "Gloves (nitrile)") are
//! compared with ILAB good names and CBP merchandise descriptions.
//!
//! # Rules
//!
//! * Text is transliterated to ASCII, lower-cased and split on anything that is not a letter or
//!   digit, so "T-Shirts", "t shirts" and "T‑SHIRTS" all give `t shirt`.
//! * Each word is reduced to a singular with a few English rules ([`singular`]), applied the same way
//!   to both sides, so "bricks"/"brick" and "tomatoes"/"tomato" compare equal.
//! * A phrase matches when its words appear *consecutively* in the product text: "rubber gloves"
//!   needs both words in that order, "glove" alone matches "nitrile gloves".
//! * Words that describe every product ("products", "goods", "parts", "other", ...) never make a
//!   match on their own ([`is_generic`]).
//! * The synonym table ([`CONCEPTS`]) links common trade words to the ILAB goods they are sold as
//!   (apparel -> Garments, tuna -> Fish, ...) and groups them into families used to compare product
//!   text with CBP merchandise ("Seafood" covers "tuna", "Silica-based products" covers polysilicon).

/// A trade concept: words that name it in product or merchandise text, words that must also be
/// present for an ambiguous word to count (`context`), the ILAB goods it is sold as (lower-case
/// good names without their parenthetical, as in the list), and its family for CBP merchandise.
pub(crate) struct Concept {
    pub family: &'static str,
    pub words: &'static [&'static str],
    pub context: &'static [&'static str],
    pub goods: &'static [&'static str],
}

use std::collections::HashMap;
use std::sync::OnceLock;
use supplyscreen_vocab::text::is_han;
use supplyscreen_vocab::translit;

const SOLAR_CONTEXT: &[&str] = &["solar", "photovoltaic", "pv", "polysilicon", "silicon"];

/// The synonym table. Kept small and explicit: every line is a claim a user can check ("a supplier of
/// nitrile gloves sells what ILAB calls Rubber Gloves"). A good not named here still matches on its
/// own name.
pub(crate) static CONCEPTS: &[Concept] = &[
    // Apparel and textiles: ILAB lists Garments and Textiles separately; trade usage mixes them.
    Concept {
        family: "apparel",
        words: &[
            "apparel",
            "garment",
            "clothing",
            "clothes",
            "textile",
            "fabric",
            "cloth",
            "t-shirt",
            "tshirt",
            "tee shirt",
            "shirt",
            "polo shirt",
            "blouse",
            "dress",
            "jeans",
            "denim",
            "trousers",
            "pants",
            "sweater",
            "sweatshirt",
            "hoodie",
            "jacket",
            "knitwear",
            "sportswear",
            "activewear",
            "underwear",
            "lingerie",
            "hosiery",
            "socks",
            "uniform",
            "workwear",
            "outerwear",
            "babywear",
            "childrenswear",
        ],
        context: &[],
        goods: &["garments", "textiles"],
    },
    Concept {
        family: "cotton",
        words: &[
            "cotton",
            "cotton yarn",
            "cotton lint",
            "cotton fibre",
            "cotton fiber",
        ],
        context: &[],
        goods: &["cotton"],
    },
    Concept {
        family: "footwear",
        words: &[
            "footwear",
            "shoe",
            "sneaker",
            "boot",
            "sandal",
            "slipper",
            "flip flop",
        ],
        context: &[],
        goods: &["footwear"],
    },
    // Gloves: ILAB has "Gloves" (China) and "Rubber Gloves" (Malaysia); buyers write "nitrile gloves",
    // "examination gloves", "PPE gloves".
    Concept {
        family: "gloves",
        words: &["glove"],
        context: &[],
        goods: &["gloves", "rubber gloves"],
    },
    Concept {
        family: "rubber",
        words: &["rubber", "latex", "natural rubber"],
        context: &[],
        goods: &["rubber"],
    },
    // The solar chain: polysilicon -> ingots -> wafers -> cells -> modules. ILAB lists polysilicon
    // for forced labour and the rest as derived from it; CBP's Hoshine order covers silica-based
    // products. "wafer", "cell", "module" only count next to a solar word.
    Concept {
        family: "solar",
        words: &[
            "polysilicon",
            "poly silicon",
            "polycrystalline silicon",
            "metallurgical silicon",
            "silicon metal",
            "silica",
            "quartz sand",
        ],
        context: &[],
        goods: &["polysilicon"],
    },
    Concept {
        family: "solar",
        words: &["ingot"],
        context: SOLAR_CONTEXT,
        goods: &["photovoltaic ingots"],
    },
    Concept {
        family: "solar",
        words: &["wafer"],
        context: SOLAR_CONTEXT,
        goods: &["photovoltaic wafers"],
    },
    Concept {
        family: "solar",
        words: &["cell"],
        context: SOLAR_CONTEXT,
        goods: &["solar cells"],
    },
    Concept {
        family: "solar",
        words: &[
            "module",
            "panel",
            "solar panel",
            "pv module",
            "solar module",
            "photovoltaic module",
        ],
        context: SOLAR_CONTEXT,
        goods: &["solar modules"],
    },
    // Seafood: CBP's fishing-vessel orders cover "Seafood"; ILAB lists Fish, Shrimp, Shellfish, ...
    Concept {
        family: "seafood",
        words: &["seafood", "sea food", "aquatic product"],
        context: &[],
        goods: &["fish", "shrimp", "shellfish", "lobsters", "dried fish"],
    },
    Concept {
        family: "seafood",
        words: &[
            "fish",
            "tuna",
            "skipjack",
            "bonito",
            "albacore",
            "salmon",
            "cod",
            "pollock",
            "hake",
            "sardine",
            "mackerel",
            "anchovy",
            "surimi",
            "fishmeal",
            "fish meal",
            "fillet",
        ],
        context: &[],
        goods: &["fish"],
    },
    Concept {
        family: "seafood",
        words: &["shrimp", "prawn"],
        context: &[],
        goods: &["shrimp", "shellfish"],
    },
    Concept {
        family: "seafood",
        words: &[
            "shellfish",
            "crab",
            "oyster",
            "mussel",
            "clam",
            "scallop",
            "squid",
            "octopus",
            "lobster",
        ],
        context: &[],
        goods: &["shellfish"],
    },
    Concept {
        family: "tomato",
        words: &[
            "tomato",
            "tomato paste",
            "ketchup",
            "passata",
            "tomato sauce",
        ],
        context: &[],
        goods: &["tomatoes", "tomato products"],
    },
    Concept {
        family: "sugar",
        words: &[
            "sugar",
            "sugarcane",
            "sugar cane",
            "cane sugar",
            "molasses",
            "raw sugar",
        ],
        context: &[],
        goods: &["sugarcane"],
    },
    Concept {
        family: "hair",
        words: &["hair", "wig", "hairpiece", "hair extension", "human hair"],
        context: &[],
        goods: &["hair products"],
    },
    Concept {
        family: "electronics",
        words: &[
            "electronic",
            "electronics",
            "pcb",
            "pcba",
            "printed circuit board",
            "circuit board",
            "consumer electronics",
            "smartphone",
            "mobile phone",
            "laptop",
            "computer",
            "tablet pc",
        ],
        context: &[],
        goods: &["electronics"],
    },
    Concept {
        family: "battery",
        words: &[
            "lithium ion",
            "li ion",
            "lithium battery",
            "lipo battery",
            "ev battery",
        ],
        context: &[],
        goods: &["lithium-ion batteries"],
    },
    Concept {
        family: "cobalt",
        words: &["cobalt"],
        context: &[],
        goods: &["cobalt ore"],
    },
    Concept {
        family: "palm",
        words: &[
            "palm oil",
            "palm kernel",
            "palm kernel oil",
            "oleochemical",
            "cpo",
            "palm olein",
            "palm stearin",
        ],
        context: &[],
        goods: &[
            "palm fruit",
            "crude palm oil",
            "refined palm oil",
            "crude palm kernel oil",
            "refined palm kernel oil",
            "oleochemicals",
        ],
    },
    Concept {
        family: "cocoa",
        words: &["cocoa", "cacao", "chocolate"],
        context: &[],
        goods: &["cocoa"],
    },
    Concept {
        family: "tobacco",
        words: &["tobacco", "cigarette", "cigar", "bidi", "beedi"],
        context: &[],
        goods: &["tobacco", "bidis"],
    },
    Concept {
        family: "carpet",
        words: &["carpet", "rug"],
        context: &[],
        goods: &["carpets"],
    },
    Concept {
        family: "gems",
        words: &["gemstone", "gem", "precious stone"],
        context: &[],
        goods: &["gems"],
    },
    Concept {
        family: "fireworks",
        words: &["firework", "pyrotechnic", "firecracker"],
        context: &[],
        goods: &["fireworks", "pyrotechnics"],
    },
    Concept {
        family: "christmas",
        words: &["christmas", "xmas"],
        context: &[],
        goods: &["christmas decorations"],
    },
    Concept {
        family: "toys",
        words: &["toy", "doll", "plush", "stuffed animal"],
        context: &[],
        goods: &["toys"],
    },
    Concept {
        family: "furniture",
        words: &["furniture", "sofa", "chair", "cabinet", "wardrobe"],
        context: &[],
        goods: &["furniture"],
    },
    Concept {
        family: "timber",
        words: &[
            "timber",
            "lumber",
            "wood",
            "plywood",
            "hardwood",
            "sawn wood",
        ],
        context: &[],
        goods: &["timber"],
    },
    Concept {
        family: "meat",
        words: &["beef", "cattle", "bovine"],
        context: &[],
        goods: &["beef", "cattle", "bovines"],
    },
    Concept {
        family: "meat",
        words: &["poultry", "chicken"],
        context: &[],
        goods: &["poultry"],
    },
    Concept {
        family: "meat",
        words: &["pork", "hog", "pig"],
        context: &[],
        goods: &["hogs"],
    },
    Concept {
        family: "silk",
        words: &["silk"],
        context: &[],
        goods: &["silk cocoons", "silk fabric", "silk thread"],
    },
    Concept {
        family: "chili",
        words: &["chili", "chilli", "chile pepper"],
        context: &[],
        goods: &["chile peppers"],
    },
    Concept {
        family: "surgical",
        words: &[
            "surgical instrument",
            "scalpel",
            "forceps",
            "medical instrument",
        ],
        context: &[],
        goods: &["surgical instruments"],
    },
    Concept {
        family: "football",
        words: &["soccer ball", "football"],
        context: &[],
        goods: &["soccer balls"],
    },
    Concept {
        family: "dairy",
        words: &["dairy", "milk", "cheese", "butter", "yogurt", "yoghurt"],
        context: &[],
        goods: &["dairy products"],
    },
    Concept {
        family: "bakery",
        words: &["bakery", "bread", "biscuit", "cake", "pastry", "cookie"],
        context: &[],
        goods: &["baked goods"],
    },
    Concept {
        family: "leather",
        words: &["leather", "handbag", "wallet"],
        context: &[],
        goods: &["leather", "leather goods/accessories"],
    },
    // Families with no ILAB good, for CBP merchandise written with another spelling.
    Concept {
        family: "aluminium",
        words: &["aluminium", "aluminum"],
        context: &[],
        goods: &[],
    },
    Concept {
        family: "tyre",
        words: &["tire", "tyre"],
        context: &[],
        goods: &[],
    },
    Concept {
        family: "bicycle",
        words: &["bicycle", "bike", "e-bike"],
        context: &[],
        goods: &[],
    },
];

/// Words that describe every product: never a match on their own, ignored when comparing a product
/// with CBP merchandise word by word.
static GENERIC: &[&str] = &[
    "a",
    "accessory",
    "all",
    "an",
    "and",
    "any",
    "assorted",
    "based",
    "by",
    "containing",
    "co",
    "derivative",
    "downstream",
    "electric",
    "electrical",
    "equipment",
    "etc",
    "finished",
    "for",
    "from",
    "general",
    "good",
    "grade",
    "high",
    "in",
    "industrial",
    "it",
    "item",
    "its",
    "ltd",
    "machine",
    "machinery",
    "made",
    "material",
    "misc",
    "miscellaneous",
    "new",
    "of",
    "on",
    "or",
    "other",
    "part",
    "processed",
    "produced",
    "product",
    "quality",
    "raw",
    "related",
    "service",
    "set",
    "supply",
    "the",
    "their",
    "thereof",
    "to",
    "tool",
    "type",
    "unit",
    "various",
    "whole",
    "with",
];

/// True for a word (already singular) that says nothing about what the product is.
pub(crate) fn is_generic(word: &str) -> bool {
    word.len() < 2 || GENERIC.contains(&word) || word.bytes().all(|b| b.is_ascii_digit())
}

/// English singular, by rules that only need to agree with themselves (both sides go through it).
pub(crate) fn singular(w: &str) -> String {
    const KEEP: &[&str] = &["ss", "us", "is", "ous"];
    if w.len() <= 3 || !w.ends_with('s') || KEEP.iter().any(|k| w.ends_with(k)) {
        return w.to_string();
    }
    if let Some(stem) = w.strip_suffix("ies") {
        if stem.len() >= 2 {
            return format!("{stem}y");
        }
    }
    for es in ["sses", "shes", "ches", "xes", "zes"] {
        if w.ends_with(es) {
            return w[..w.len() - 2].to_string();
        }
    }
    if matches!(w, "tomatoes" | "potatoes" | "mangoes" | "volcanoes") {
        return w[..w.len() - 2].to_string();
    }
    w[..w.len() - 1].to_string()
}

/// The text's words: ASCII, lower-case, singular. Han characters are transliterated too (they rarely
/// describe products in our inputs, and pinyin syllables never form a listed good on their own).
pub(crate) fn words(text: &str) -> Vec<String> {
    let ascii = translit::ascii(text);
    ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| singular(&w.to_ascii_lowercase()))
        .collect()
}

/// Latin words of `text` with Han characters removed: ASCII, lower-case, split on anything not a
/// letter or digit. Chinese text is matched separately, as substrings (Xinjiang places, sector
/// keywords), and its transliteration must not create Latin place names or product words.
pub(crate) fn latin_words(text: &str) -> Vec<String> {
    // Most texts are ASCII already, and transliterating them would copy them unchanged.
    if text.is_ascii() {
        return ascii_words_of(text);
    }
    let no_han: String = text
        .chars()
        .map(|c| if is_han(c) { ' ' } else { c })
        .collect();
    ascii_words_of(&translit::ascii(&no_han))
}

/// The words of ASCII `text`, lower-cased, split on anything not a letter or digit.
fn ascii_words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
        .collect()
}

/// True when `phrase` (non-empty) occurs as consecutive words of `hay`.
pub(crate) fn contains_phrase(hay: &[String], phrase: &[String]) -> bool {
    !phrase.is_empty() && hay.windows(phrase.len()).any(|w| w == phrase)
}

/// Where a phrase of [`CONCEPTS`] sits: concept index, context (true) or naming word, its position
/// in its list (lower = preferred in explanations), its words and text.
struct Phrase {
    concept: usize,
    context: bool,
    order: usize,
    text: &'static str,
    words: Vec<String>,
}

/// Every phrase of [`CONCEPTS`], split once and filed under its first word, so a text is scanned
/// word by word instead of phrase by phrase.
fn phrase_table() -> &'static HashMap<String, Vec<Phrase>> {
    static TABLE: OnceLock<HashMap<String, Vec<Phrase>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: HashMap<String, Vec<Phrase>> = HashMap::new();
        for (concept, c) in CONCEPTS.iter().enumerate() {
            for (context, list) in [(false, c.words), (true, c.context)] {
                for (order, text) in list.iter().enumerate() {
                    let words = words(text);
                    let Some(first) = words.first().cloned() else {
                        continue;
                    };
                    t.entry(first).or_default().push(Phrase {
                        concept,
                        context,
                        order,
                        text,
                        words,
                    });
                }
            }
        }
        t
    })
}

/// A concept found in a text, with the phrase that found it (for the explanation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub concept: usize,
    pub word: &'static str,
}

/// The concepts a text (already split by [`words`]) talks about, in [`CONCEPTS`] order.
pub(crate) fn concepts(hay: &[String]) -> Vec<Found> {
    let table = phrase_table();
    // Per concept: the best naming phrase found (by order), and whether a context word was found.
    let mut named: Vec<Option<(usize, &'static str)>> = vec![None; CONCEPTS.len()];
    let mut context = vec![false; CONCEPTS.len()];
    for i in 0..hay.len() {
        let Some(cands) = table.get(&hay[i]) else {
            continue;
        };
        for p in cands {
            if !hay[i..].starts_with(&p.words) {
                continue;
            }
            if p.context {
                context[p.concept] = true;
            } else if named[p.concept].is_none_or(|(o, _)| p.order < o) {
                named[p.concept] = Some((p.order, p.text));
            }
        }
    }
    named
        .iter()
        .enumerate()
        .filter_map(|(i, n)| {
            let (_, word) = (*n)?;
            (CONCEPTS[i].context.is_empty() || context[i]).then_some(Found { concept: i, word })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singular_rules() {
        for (p, s) in [
            ("bricks", "brick"),
            ("tomatoes", "tomato"),
            ("berries", "berry"),
            ("matches", "match"),
            ("boxes", "box"),
            ("glass", "glass"),
            ("glasses", "glass"),
            ("gloves", "glove"),
            ("shoes", "shoe"),
            ("garments", "garment"),
            ("textiles", "textile"),
            ("citrus", "citrus"),
            ("gas", "gas"),
        ] {
            assert_eq!(singular(p), s, "{p}");
        }
    }

    #[test]
    fn words_and_phrases() {
        assert_eq!(words("Cotton T-Shirts"), ["cotton", "t", "shirt"]);
        assert_eq!(words("Açaí Berries"), ["acai", "berry"]);
        let hay = words("gloves (nitrile), box of 100");
        assert!(contains_phrase(&hay, &words("glove")));
        assert!(!contains_phrase(&hay, &words("rubber gloves")));
        assert!(!contains_phrase(&hay, &[]));
    }

    #[test]
    fn concepts_need_context() {
        let names = |t: &str| -> Vec<&str> {
            concepts(&words(t))
                .iter()
                .flat_map(|f| CONCEPTS[f.concept].goods.iter().copied())
                .collect()
        };
        assert!(names("Polysilicon wafers").contains(&"photovoltaic wafers"));
        assert!(names("Polysilicon wafers").contains(&"polysilicon"));
        assert!(!names("wafer biscuits").contains(&"photovoltaic wafers"));
        assert!(!names("battery cells").contains(&"solar cells"));
        assert!(names("gloves (nitrile)").contains(&"rubber gloves"));
        assert!(names("men's t-shirts").contains(&"garments"));
        assert!(names("products").is_empty());
    }

    #[test]
    fn generic_words() {
        assert!(is_generic("product"));
        assert!(is_generic("2024"));
        assert!(!is_generic("cotton"));
    }
}
