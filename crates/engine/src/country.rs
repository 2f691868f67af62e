//! Country names as suppliers and lists write them ("CN", "PRC", "People's Republic of China",
//! "china", "Russian Federation", "Türkiye") reduced to ISO 3166 alpha-2 codes, so the matcher can
//! tell whether a supplier's country agrees with a listed entity's.
//!
//! Only the countries that matter for the lists and for typical supplier files are named here; an
//! unknown value simply gives no country evidence (never an error).

/// (ISO alpha-2, alpha-3, names and common variants written lower-case ASCII without punctuation).
static COUNTRIES: &[(&str, &str, &[&str])] = &[
    (
        "CN",
        "CHN",
        &[
            "china",
            "prc",
            "peoples republic of china",
            "people s republic of china",
            "mainland china",
            "pr china",
            "p r china",
            "zhongguo",
        ],
    ),
    (
        "HK",
        "HKG",
        &[
            "hong kong",
            "hongkong",
            "hong kong sar",
            "hong kong china",
            "hksar",
        ],
    ),
    ("MO", "MAC", &["macau", "macao"]),
    (
        "TW",
        "TWN",
        &[
            "taiwan",
            "republic of china",
            "chinese taipei",
            "taiwan province of china",
        ],
    ),
    ("RU", "RUS", &["russia", "russian federation", "rossiya"]),
    ("BY", "BLR", &["belarus", "byelorussia"]),
    ("UA", "UKR", &["ukraine"]),
    (
        "IR",
        "IRN",
        &[
            "iran",
            "islamic republic of iran",
            "iran islamic republic of",
        ],
    ),
    ("IQ", "IRQ", &["iraq"]),
    ("SY", "SYR", &["syria", "syrian arab republic"]),
    ("LB", "LBN", &["lebanon"]),
    (
        "KP",
        "PRK",
        &[
            "north korea",
            "dprk",
            "democratic peoples republic of korea",
            "korea north",
            "korea dprk",
        ],
    ),
    (
        "KR",
        "KOR",
        &[
            "south korea",
            "korea",
            "republic of korea",
            "korea south",
            "korea republic of",
        ],
    ),
    ("JP", "JPN", &["japan"]),
    (
        "US",
        "USA",
        &[
            "united states",
            "united states of america",
            "us",
            "u s",
            "america",
        ],
    ),
    ("CA", "CAN", &["canada"]),
    ("MX", "MEX", &["mexico"]),
    (
        "GB",
        "GBR",
        &[
            "united kingdom",
            "uk",
            "great britain",
            "britain",
            "england",
            "scotland",
        ],
    ),
    ("DE", "DEU", &["germany", "deutschland"]),
    ("FR", "FRA", &["france"]),
    ("IT", "ITA", &["italy"]),
    ("ES", "ESP", &["spain"]),
    ("NL", "NLD", &["netherlands", "the netherlands", "holland"]),
    ("BE", "BEL", &["belgium"]),
    ("CH", "CHE", &["switzerland"]),
    ("AT", "AUT", &["austria"]),
    ("SE", "SWE", &["sweden"]),
    ("NO", "NOR", &["norway"]),
    ("FI", "FIN", &["finland"]),
    ("DK", "DNK", &["denmark"]),
    ("PL", "POL", &["poland"]),
    ("CZ", "CZE", &["czech republic", "czechia"]),
    ("CY", "CYP", &["cyprus"]),
    ("GR", "GRC", &["greece"]),
    ("TR", "TUR", &["turkey", "turkiye"]),
    ("RS", "SRB", &["serbia"]),
    ("BA", "BIH", &["bosnia and herzegovina", "bosnia"]),
    ("BG", "BGR", &["bulgaria"]),
    ("RO", "ROU", &["romania"]),
    ("HU", "HUN", &["hungary"]),
    ("LV", "LVA", &["latvia"]),
    ("LT", "LTU", &["lithuania"]),
    ("EE", "EST", &["estonia"]),
    ("GE", "GEO", &["georgia"]),
    ("AM", "ARM", &["armenia"]),
    ("AZ", "AZE", &["azerbaijan"]),
    ("KZ", "KAZ", &["kazakhstan"]),
    ("KG", "KGZ", &["kyrgyzstan", "kyrgyz republic"]),
    ("UZ", "UZB", &["uzbekistan"]),
    ("TJ", "TJK", &["tajikistan"]),
    ("TM", "TKM", &["turkmenistan"]),
    ("AF", "AFG", &["afghanistan"]),
    ("PK", "PAK", &["pakistan"]),
    ("IN", "IND", &["india"]),
    ("BD", "BGD", &["bangladesh"]),
    ("LK", "LKA", &["sri lanka"]),
    ("MM", "MMR", &["burma", "myanmar"]),
    ("TH", "THA", &["thailand"]),
    ("VN", "VNM", &["vietnam", "viet nam"]),
    ("KH", "KHM", &["cambodia"]),
    ("LA", "LAO", &["laos"]),
    ("MY", "MYS", &["malaysia"]),
    ("SG", "SGP", &["singapore"]),
    ("ID", "IDN", &["indonesia"]),
    ("PH", "PHL", &["philippines"]),
    ("AU", "AUS", &["australia"]),
    ("NZ", "NZL", &["new zealand"]),
    (
        "AE",
        "ARE",
        &["united arab emirates", "uae", "u a e", "emirates", "dubai"],
    ),
    ("SA", "SAU", &["saudi arabia"]),
    ("QA", "QAT", &["qatar"]),
    ("KW", "KWT", &["kuwait"]),
    ("OM", "OMN", &["oman"]),
    ("BH", "BHR", &["bahrain"]),
    ("YE", "YEM", &["yemen"]),
    ("JO", "JOR", &["jordan"]),
    ("IL", "ISR", &["israel"]),
    ("PS", "PSE", &["palestine", "west bank", "gaza"]),
    ("EG", "EGY", &["egypt"]),
    ("LY", "LBY", &["libya"]),
    ("SD", "SDN", &["sudan"]),
    ("SS", "SSD", &["south sudan"]),
    ("ET", "ETH", &["ethiopia"]),
    ("ER", "ERI", &["eritrea"]),
    ("SO", "SOM", &["somalia"]),
    ("KE", "KEN", &["kenya"]),
    ("NG", "NGA", &["nigeria"]),
    ("ML", "MLI", &["mali"]),
    ("CF", "CAF", &["central african republic"]),
    (
        "CD",
        "COD",
        &[
            "democratic republic of the congo",
            "democratic republic of congo",
            "congo democratic republic of the",
            "dr congo",
            "congo dr",
            "drc",
            "congo kinshasa",
        ],
    ),
    (
        "CG",
        "COG",
        &["republic of the congo", "congo", "congo brazzaville"],
    ),
    ("ZW", "ZWE", &["zimbabwe"]),
    ("ZA", "ZAF", &["south africa"]),
    ("MA", "MAR", &["morocco"]),
    ("DZ", "DZA", &["algeria"]),
    ("TN", "TUN", &["tunisia"]),
    ("CU", "CUB", &["cuba"]),
    ("VE", "VEN", &["venezuela"]),
    ("NI", "NIC", &["nicaragua"]),
    ("CO", "COL", &["colombia"]),
    ("PE", "PER", &["peru"]),
    ("EC", "ECU", &["ecuador"]),
    ("BO", "BOL", &["bolivia"]),
    ("BR", "BRA", &["brazil", "brasil"]),
    ("AR", "ARG", &["argentina"]),
    ("CL", "CHL", &["chile"]),
    ("PY", "PRY", &["paraguay"]),
    ("UY", "URY", &["uruguay"]),
    ("PA", "PAN", &["panama"]),
    ("GT", "GTM", &["guatemala"]),
    ("HN", "HND", &["honduras"]),
    ("SV", "SLV", &["el salvador"]),
    ("DO", "DOM", &["dominican republic"]),
    ("HT", "HTI", &["haiti"]),
    ("BZ", "BLZ", &["belize"]),
    ("MT", "MLT", &["malta"]),
    ("IE", "IRL", &["ireland"]),
    ("PT", "PRT", &["portugal"]),
    ("LU", "LUX", &["luxembourg"]),
    ("LI", "LIE", &["liechtenstein"]),
    ("MD", "MDA", &["moldova"]),
    ("MK", "MKD", &["north macedonia", "macedonia"]),
    ("AL", "ALB", &["albania"]),
    ("ME", "MNE", &["montenegro"]),
    ("HR", "HRV", &["croatia"]),
    ("SI", "SVN", &["slovenia"]),
    ("SK", "SVK", &["slovakia"]),
    (
        "VG",
        "VGB",
        &["british virgin islands", "virgin islands british"],
    ),
    ("KY", "CYM", &["cayman islands"]),
    ("MH", "MHL", &["marshall islands"]),
    ("LR", "LBR", &["liberia"]),
    ("SC", "SYC", &["seychelles"]),
    ("MU", "MUS", &["mauritius"]),
    ("TZ", "TZA", &["tanzania"]),
    ("UG", "UGA", &["uganda"]),
    ("BI", "BDI", &["burundi"]),
    // Further countries of the ILAB goods list and CBP orders (product-risk signals).
    ("AO", "AGO", &["angola"]),
    ("BJ", "BEN", &["benin"]),
    ("BF", "BFA", &["burkina faso"]),
    ("CM", "CMR", &["cameroon"]),
    ("TD", "TCD", &["chad"]),
    ("CR", "CRI", &["costa rica"]),
    (
        "CI",
        "CIV",
        &["cote d ivoire", "cote divoire", "ivory coast"],
    ),
    ("SZ", "SWZ", &["eswatini", "swaziland"]),
    ("GH", "GHA", &["ghana"]),
    ("GN", "GIN", &["guinea"]),
    ("LS", "LSO", &["lesotho"]),
    ("MG", "MDG", &["madagascar"]),
    ("MW", "MWI", &["malawi"]),
    ("MR", "MRT", &["mauritania"]),
    ("MN", "MNG", &["mongolia"]),
    ("MZ", "MOZ", &["mozambique"]),
    ("NP", "NPL", &["nepal"]),
    ("NE", "NER", &["niger"]),
    ("RW", "RWA", &["rwanda"]),
    ("SN", "SEN", &["senegal"]),
    ("SL", "SLE", &["sierra leone"]),
    ("SR", "SUR", &["suriname"]),
    ("ZM", "ZMB", &["zambia"]),
];

/// Reduces a country as written to its ISO alpha-2 code, or `None` when it is empty or unknown.
pub fn country_code(raw: &str) -> Option<&'static str> {
    let folded: String = deunicode::deunicode(raw)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect();
    let key = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    if key.is_empty() {
        return None;
    }
    let key = key.strip_prefix("the ").unwrap_or(&key);
    for (a2, a3, names) in COUNTRIES {
        if key.eq_ignore_ascii_case(a2) || key.eq_ignore_ascii_case(a3) || names.contains(&key) {
            return Some(a2);
        }
    }
    None
}

/// Countries that supplier files and lists use interchangeably for the same business: a Hong Kong
/// trading arm of a mainland company is often filed under "China", and the reverse.
pub fn related(a: &str, b: &str) -> bool {
    const GREATER_CHINA: [&str; 3] = ["CN", "HK", "MO"];
    a == b || (GREATER_CHINA.contains(&a) && GREATER_CHINA.contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_spellings() {
        for s in [
            "CN",
            "PRC",
            "People's Republic of China",
            "china",
            " CHINA ",
            "CHN",
        ] {
            assert_eq!(country_code(s), Some("CN"), "{s}");
        }
        assert_eq!(country_code("Russian Federation"), Some("RU"));
        assert_eq!(country_code("Türkiye"), Some("TR"));
        assert_eq!(country_code("USA"), Some("US"));
        assert_eq!(country_code(""), None);
        assert_eq!(country_code("Atlantis"), None);
        assert!(related("CN", "HK"));
        assert!(!related("CN", "RU"));
    }
}
