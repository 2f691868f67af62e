//! Registration and tax numbers: which scheme a value is, whether it is valid, and what it says.
//!
//! Supplier masters often carry a company's registration or tax number, and the lists carry them too
//! (OFAC remarks: "Unified Social Credit Code (USCC) 91110000100014071Q (China)", "Tax ID No.
//! 7707083893 (Russia)"). A number is stronger evidence than a name, and a Chinese Unified Social
//! Credit Code also says where the company was registered (characters 3-8: the registration
//! authority's administrative division, GB/T 2260), even when its name and address say nothing.
//!
//! Schemes with a check character are validated, so a typo gives a warning instead of a silent
//! miss: USCC (GB 32100-2015: MOD 31 check character, and the GB 11714 organisation code inside it),
//! Russian INN and OGRN, the LEI (ISO 17442). Every formula was verified on the identifiers of the
//! committed list files (`docs/research/identifiers.md`: 142/142 USCCs, 2,604/2,634 INNs, ...).
//! Other numbers are compared as written, after [`normalise`].

mod divisions;

use serde::{Deserialize, Serialize};

/// The identifier schemes supplyscreen knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Scheme {
    /// China: Unified Social Credit Code, 18 characters (统一社会信用代码).
    CnUscc,
    /// Russia: taxpayer number (ИНН), 10 digits for organisations, 12 for persons.
    RuInn,
    /// Russia: state registration number (ОГРН 13 digits, ОГРНИП 15).
    RuOgrn,
    /// Legal Entity Identifier (ISO 17442), 20 characters.
    Lei,
    /// Any other registration or tax number: compared as written, not validated.
    Other,
}

impl Scheme {
    /// The short name used in messages and CSV cells.
    pub fn label(self) -> &'static str {
        match self {
            Scheme::CnUscc => "USCC",
            Scheme::RuInn => "INN",
            Scheme::RuOgrn => "OGRN",
            Scheme::Lei => "LEI",
            Scheme::Other => "registration number",
        }
    }
}

/// Why a value that looks like a scheme's is not a valid one of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum IdProblem {
    /// The last character is not the check character computed from the others.
    CheckCharacter { expected: char },
    /// USCC: the organisation code inside it (characters 9-17) fails its own check (GB 11714).
    OrganisationCode,
    /// A character the scheme does not use (the USCC alphabet has no I, O, S, V or Z).
    BadCharacter { found: char },
    /// The wrong number of characters for the scheme.
    Length { found: usize, expected: usize },
}

impl std::fmt::Display for IdProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IdProblem::CheckCharacter { expected } => {
                write!(f, "its check character should be {expected}: a character is mistyped")
            }
            IdProblem::OrganisationCode => write!(
                f,
                "the organisation code inside it (characters 9-17) fails its check: a character is mistyped"
            ),
            IdProblem::BadCharacter { found } => {
                write!(f, "it contains '{found}', which the scheme never uses")
            }
            IdProblem::Length { found, expected } => {
                write!(f, "it has {found} characters instead of {expected}")
            }
        }
    }
}

/// An identifier as read from a supplier file or a list, normalised.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Id {
    pub scheme: Scheme,
    /// Upper case, without spaces, hyphens, dots or slashes ("9165 0100-2999 3417 38" ->
    /// "916501002999341738").
    pub value: String,
}

/// The outcome of checking one value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Checked {
    /// A valid identifier of a scheme with a check character.
    Valid(Id),
    /// A value of a scheme with a check character that fails it: kept (it may still equal a listed
    /// number, lists carry typos too) but worth a warning.
    Invalid { id: Id, problem: IdProblem },
    /// A number of no known scheme (or of one without a check), compared as written.
    Unchecked(Id),
}

impl Checked {
    pub fn id(&self) -> &Id {
        match self {
            Checked::Valid(id) | Checked::Unchecked(id) | Checked::Invalid { id, .. } => id,
        }
    }
}

/// The value as identifiers are compared: upper case, without the separators people type.
pub fn normalise(raw: &str) -> String {
    raw.chars()
        .filter(|c| {
            !c.is_whitespace() && !matches!(c, '-' | '.' | '/' | '_' | '\u{2010}'..='\u{2015}')
        })
        .flat_map(char::to_uppercase)
        .collect()
}

/// Checks one value from a supplier's identifier column. `country` is the supplier's country as an
/// ISO alpha-2 code when known: Russian numbers are only recognised for Russian suppliers (a bare
/// 10-digit number is many countries' tax number). Returns `None` for an empty cell.
pub fn check(raw: &str, country: Option<&str>) -> Option<Checked> {
    let v = normalise(raw);
    if v.is_empty() {
        return None;
    }
    let id = |scheme| Id {
        scheme,
        value: v.clone(),
    };
    if looks_like_uscc(&v) {
        return Some(match uscc_problem(&v) {
            None => Checked::Valid(id(Scheme::CnUscc)),
            Some(problem) => Checked::Invalid {
                id: id(Scheme::CnUscc),
                problem,
            },
        });
    }
    let digits = v.bytes().all(|b| b.is_ascii_digit());
    if country == Some("RU") && digits {
        let scheme = match v.len() {
            10 | 12 => Some(Scheme::RuInn),
            13 | 15 => Some(Scheme::RuOgrn),
            _ => None,
        };
        if let Some(s) = scheme {
            let ok = if s == Scheme::RuInn {
                inn_valid(&v)
            } else {
                ogrn_valid(&v)
            };
            return Some(if ok {
                Checked::Valid(id(s))
            } else {
                Checked::Invalid {
                    id: id(s),
                    problem: IdProblem::CheckCharacter {
                        expected: expected_last_digit(s, &v),
                    },
                }
            });
        }
    }
    if v.len() == 20 && lei_valid(&v) {
        return Some(Checked::Valid(id(Scheme::Lei)));
    }
    Some(Checked::Unchecked(id(Scheme::Other)))
}

/// The 31 characters of the USCC, in value order (GB 32100-2015: no I, O, S, V, Z).
const USCC_ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";

fn uscc_value(c: u8) -> Option<u32> {
    USCC_ALPHABET.iter().position(|&a| a == c).map(|p| p as u32)
}

/// An 18-character value shaped like a USCC: a registration authority (1-9, A, N, Y) and an entity
/// category digit, then the division of a real province. A Chinese resident ID (18 digits, the
/// province first) does not pass the province test in characters 3-4 except by chance, and then
/// fails the organisation-code check.
fn looks_like_uscc(v: &str) -> bool {
    let b = v.as_bytes();
    v.len() == 18
        && v.is_ascii()
        && matches!(b[0], b'1'..=b'9' | b'A' | b'N' | b'Y')
        && b[1].is_ascii_digit()
        && b[2..8].iter().all(u8::is_ascii_digit)
        && province(&v[2..4]).is_some()
}

/// What is wrong with a USCC-shaped value, or `None` when it is valid.
fn uscc_problem(v: &str) -> Option<IdProblem> {
    let b = v.as_bytes();
    if b.len() != 18 {
        return Some(IdProblem::Length {
            found: v.chars().count(),
            expected: 18,
        });
    }
    let mut sum = 0u32;
    let mut weight = 1u32;
    for &c in &b[..17] {
        let Some(x) = uscc_value(c) else {
            return Some(IdProblem::BadCharacter { found: c as char });
        };
        sum += x * weight;
        weight = weight * 3 % 31;
    }
    // A wrong last character (even one the alphabet lacks) is reported with the right one.
    let expected = USCC_ALPHABET[((31 - sum % 31) % 31) as usize];
    if b[17] != expected {
        return Some(IdProblem::CheckCharacter {
            expected: expected as char,
        });
    }
    if !org_code_valid(&b[8..17]) {
        return Some(IdProblem::OrganisationCode);
    }
    None
}

/// The GB 11714 organisation code check: 8 characters (letters count A=10 ... Z=35) and a check
/// character, `X` for 10 and `0` for 11.
fn org_code_valid(c: &[u8]) -> bool {
    const W: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];
    let mut sum = 0;
    for (&ch, w) in c[..8].iter().zip(W) {
        let Some(x) = (ch as char).to_digit(36) else {
            return false;
        };
        sum += x * w;
    }
    let expected = match 11 - sum % 11 {
        10 => b'X',
        11 => b'0',
        r => b'0' + r as u8,
    };
    c[8] == expected
}

fn digits(v: &str) -> Vec<u32> {
    v.bytes().map(|b| u32::from(b - b'0')).collect()
}

fn inn_check(d: &[u32], w: &[u32]) -> u32 {
    d.iter().zip(w).map(|(a, b)| a * b).sum::<u32>() % 11 % 10
}

const INN10: [u32; 9] = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN11: [u32; 10] = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12: [u32; 11] = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/// Russian INN: 10 digits (organisation) or 12 (person), check digits mod 11 mod 10.
pub fn inn_valid(v: &str) -> bool {
    if !v.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let d = digits(v);
    match d.len() {
        10 => d[9] == inn_check(&d, &INN10),
        12 => d[10] == inn_check(&d, &INN11) && d[11] == inn_check(&d, &INN12),
        _ => false,
    }
}

/// Russian OGRN (13 digits: the first 12 mod 11 mod 10) or OGRNIP (15: the first 14 mod 13 mod 10).
pub fn ogrn_valid(v: &str) -> bool {
    if !v.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let body = |n: usize| v[..n].parse::<u64>().ok();
    let last = u64::from(v.as_bytes()[v.len() - 1] - b'0');
    match v.len() {
        13 => body(12).is_some_and(|b| b % 11 % 10 == last),
        15 => body(14).is_some_and(|b| b % 13 % 10 == last),
        _ => false,
    }
}

/// The last digit a Russian number should have, for the warning.
fn expected_last_digit(s: Scheme, v: &str) -> char {
    let d = digits(v);
    let x = match (s, d.len()) {
        (Scheme::RuInn, 10) => inn_check(&d, &INN10),
        (Scheme::RuInn, _) => inn_check(&d, &INN12),
        (_, 13) => (v[..12].parse::<u64>().unwrap_or(0) % 11 % 10) as u32,
        _ => (v[..14].parse::<u64>().unwrap_or(0) % 13 % 10) as u32,
    };
    char::from_digit(x, 10).unwrap_or('?')
}

/// ISO 17442 LEI: 18 letters or digits and 2 check digits; the whole code as a number (A=10 ...
/// Z=35) is 1 mod 97.
pub fn lei_valid(v: &str) -> bool {
    let b = v.as_bytes();
    if b.len() != 20
        || !b[..18].iter().all(u8::is_ascii_alphanumeric)
        || !b[18..].iter().all(u8::is_ascii_digit)
    {
        return false;
    }
    let mut r = 0u64;
    for &c in b {
        let x = (c as char).to_digit(36).unwrap_or(0) as u64;
        r = if x >= 10 { r * 100 + x } else { r * 10 + x } % 97;
    }
    r == 1
}

/// Whether `v` (normalised) is a valid USCC.
pub fn uscc_valid(v: &str) -> bool {
    looks_like_uscc(v) && uscc_problem(v).is_none()
}

/// Where a Chinese company was registered, from characters 3-8 of its USCC.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Division {
    /// The six digits, e.g. "653101".
    pub code: String,
    /// The province-level unit, in English ("Xinjiang").
    pub province: String,
    /// The prefecture-level unit when known ("Kashgar"); for Xinjiang only.
    pub prefecture: Option<String>,
    /// The county-level unit when known ("Shihezi"); for Xinjiang only.
    pub county: Option<String>,
}

impl Division {
    /// Registered in Xinjiang (province code 65), XPCC cities (6590xx) included.
    pub fn in_xinjiang(&self) -> bool {
        self.code.starts_with("65")
    }

    /// The most precise place name known: county, else prefecture, else province.
    pub fn place(&self) -> &str {
        self.county
            .as_deref()
            .or(self.prefecture.as_deref())
            .unwrap_or(&self.province)
    }
}

fn province(code2: &str) -> Option<&'static str> {
    divisions::PROVINCES
        .iter()
        .find(|(c, _)| *c == code2)
        .map(|(_, n)| *n)
}

fn xinjiang_name(code: &str) -> Option<&'static str> {
    divisions::XINJIANG
        .binary_search_by(|(c, ..)| (*c).cmp(code))
        .ok()
        .map(|i| divisions::XINJIANG[i].1)
}

/// The registration division of a valid USCC (`None` for anything else).
pub fn uscc_division(v: &str) -> Option<Division> {
    if !uscc_valid(v) {
        return None;
    }
    let code = &v[2..8];
    let province = province(&code[..2])?.to_string();
    let (mut prefecture, mut county) = (None, None);
    if code.starts_with("65") {
        // 6590xx: county-level cities run by the XPCC, directly under the region (no prefecture).
        if &code[2..4] != "90" {
            prefecture = xinjiang_name(&code[..4]).map(str::to_string);
        }
        if !code.ends_with("00") {
            county = xinjiang_name(code)
                .filter(|n| !n.contains("(city districts)"))
                .map(str::to_string);
        }
    }
    Some(Division {
        code: code.to_string(),
        province,
        prefecture,
        county,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid(raw: &str, country: Option<&str>) -> Scheme {
        match check(raw, country) {
            Some(Checked::Valid(id)) => id.scheme,
            other => panic!("{raw}: {other:?}"),
        }
    }

    fn problem(raw: &str, country: Option<&str>) -> IdProblem {
        match check(raw, country) {
            Some(Checked::Invalid { problem, .. }) => problem,
            other => panic!("{raw}: {other:?}"),
        }
    }

    #[test]
    fn real_usccs_from_the_lists_are_valid() {
        // From the OFAC files in data/sources (docs/research/identifiers.md, table of examples).
        for c in [
            "916501002999341738",
            "91110000100001043E",
            "913100005515644191",
            "91440101190499390U",
            "91510100MA62LU6716",
            "91500113MA5U7TYK0W",
            "91512081MA62K0260E",
        ] {
            assert_eq!(valid(c, None), Scheme::CnUscc, "{c}");
        }
        // Written with spaces, hyphens or in lower case.
        assert_eq!(valid("9165 0100 2999 3417 38", Some("CN")), Scheme::CnUscc);
        assert_eq!(valid("91510100ma62lu6716", None), Scheme::CnUscc);
    }

    #[test]
    fn mistyped_usccs_say_what_is_wrong() {
        assert_eq!(
            problem("916501002999341737", None),
            IdProblem::CheckCharacter { expected: '8' }
        );
        assert!(matches!(
            problem("916501002999341378", None),
            IdProblem::CheckCharacter { .. }
        ));
        // The standard's own negative example: the check character should be 3.
        assert_eq!(
            problem("91350100M000100Y4Z", None),
            IdProblem::CheckCharacter { expected: '3' }
        );
        // Passes the MOD 31 check, fails the organisation code inside.
        assert_eq!(
            problem("916501002999341637", None),
            IdProblem::OrganisationCode
        );
        assert_eq!(
            problem("91440101190499390O", None),
            IdProblem::CheckCharacter { expected: 'U' }
        );
        assert_eq!(
            problem("9144010119O499390U", None),
            IdProblem::BadCharacter { found: 'O' }
        );
        // A Chinese resident ID is no USCC (no province in characters 3-4): just a number.
        assert!(matches!(
            check("210604197201190322", None),
            Some(Checked::Unchecked(_))
        ));
        assert!(check("  ", None).is_none());
    }

    #[test]
    fn russian_numbers_for_russian_suppliers() {
        assert_eq!(valid("7707083893", Some("RU")), Scheme::RuInn);
        assert_eq!(valid("010200122926", Some("RU")), Scheme::RuInn);
        assert_eq!(valid("1027700132195", Some("RU")), Scheme::RuOgrn);
        assert_eq!(valid("304770000196297", Some("RU")), Scheme::RuOgrn);
        assert_eq!(
            problem("7707083894", Some("RU")),
            IdProblem::CheckCharacter { expected: '3' }
        );
        assert!(matches!(
            problem("1027700132196", Some("RU")),
            IdProblem::CheckCharacter { expected: '5' }
        ));
        // Elsewhere a ten-digit number is just a number.
        assert!(matches!(
            check("7707083894", Some("DE")),
            Some(Checked::Unchecked(_))
        ));
    }

    /// A USCC with valid check characters from its first 8 characters and an 8-character
    /// organisation code body.
    fn make_uscc(head: &str, org: &str) -> String {
        let mut v = format!("{head}{org}");
        for check in b"0123456789X" {
            let c = format!("{v}{}", *check as char);
            if org_code_valid(&c.as_bytes()[8..17]) {
                v = c;
                break;
            }
        }
        for &last in USCC_ALPHABET {
            let c = format!("{v}{}", last as char);
            if uscc_valid(&c) {
                return c;
            }
        }
        unreachable!("{v}")
    }

    #[test]
    fn lei() {
        assert_eq!(valid("253400WSS48YWMBUA688", None), Scheme::Lei);
        assert!(!lei_valid("253400WSS48YWMBUA689"));
    }

    #[test]
    fn where_a_uscc_was_registered() {
        let d = uscc_division("916501002999341738").unwrap();
        assert_eq!(d.code, "650100");
        assert!(d.in_xinjiang());
        assert_eq!(d.prefecture.as_deref(), Some("Urumqi"));
        assert_eq!(d.county, None);
        assert_eq!(d.place(), "Urumqi");
        // Built with valid check characters for a company registered in Kashgar City, and one in
        // Shihezi (an XPCC city, 659001).
        let d = uscc_division(&make_uscc("91653101", "MA7ABC12")).unwrap();
        assert_eq!(d.prefecture.as_deref(), Some("Kashgar"));
        assert_eq!(d.place(), d.county.as_deref().unwrap());
        let d = uscc_division(&make_uscc("91659001", "MA7ABC12")).unwrap();
        assert_eq!((d.prefecture, d.county.as_deref()), (None, Some("Shihezi")));
        let d = uscc_division("91110000100001043E").unwrap();
        assert_eq!((d.province.as_str(), d.in_xinjiang()), ("Beijing", false));
        assert!(uscc_division("916501002999341737").is_none());
    }
}
