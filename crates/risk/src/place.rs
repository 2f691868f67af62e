//! Places: Xinjiang place names in supplier text, and country names as ILAB and CBP write them.
//!
//! # Xinjiang
//!
//! The UFLPA presumption attaches to *where* goods are made, so an address in Xinjiang is a signal
//! whatever the supplier's name. Place names come in English, pinyin, Uyghur-derived forms and Chinese.
//!
//! * Latin names match whole words only (after transliteration and lower-casing), so "Hamilton",
//!   "Kashiwa", "Korlat" and "Aksum" do not contain "Hami", "Kashi", "Korla" or "Aksu".
//! * Chinese names match as substrings (Chinese addresses have no spaces).
//! * A name followed by a street word ("Urumqi Middle Road" in Shanghai, 新疆路 in Qingdao) is a
//!   street named after the place, not the place: ignored.
//! * Some names are also places or words elsewhere ("Aksu" in Antalya, "Kashi" = Varanasi, 和田 =
//!   the Japanese surname Wada, "Yili" the Inner Mongolian dairy group, 北屯 in Taichung). These
//!   *weak* names count only when the supplier is in China (country column, or "China" in the same
//!   text) and the same text names no other Chinese province or city.

use crate::words::latin_words;
use supplyscreen_vocab::text::{is_han, with_ascii_lowercase};
use supplyscreen_vocab::translit;

/// A Xinjiang place: its English name, Latin spellings (strong / weak) and Chinese spellings.
struct Place {
    name: &'static str,
    latin: &'static [&'static str],
    latin_weak: &'static [&'static str],
    han: &'static [&'static str],
    han_weak: &'static [&'static str],
}

const fn p(
    name: &'static str,
    latin: &'static [&'static str],
    latin_weak: &'static [&'static str],
    han: &'static [&'static str],
    han_weak: &'static [&'static str],
) -> Place {
    Place {
        name,
        latin,
        latin_weak,
        han,
        han_weak,
    }
}

/// The region, its prefectures, prefecture-level cities, XPCC cities and the main counties.
static PLACES: &[Place] = &[
    p(
        "Xinjiang",
        &[
            "xinjiang",
            "sinkiang",
            "xuar",
            "east turkestan",
            "east turkistan",
            "uyghur autonomous region",
            "uighur autonomous region",
            "uygur autonomous region",
            "xinjiang uygur",
            "xinjiang uyghur",
        ],
        &[],
        &["新疆"],
        &[],
    ),
    p(
        "Urumqi",
        &["urumqi", "urumchi", "wulumuqi", "urumuqi"],
        &[],
        &["乌鲁木齐", "烏魯木齊"],
        &[],
    ),
    p(
        "Kashgar",
        &["kashgar", "kashkar", "qeshqer"],
        &["kashi"],
        &["喀什"],
        &[],
    ),
    p(
        "Hotan",
        &["hotan", "khotan"],
        &["hetian"],
        &["和田地区", "和田市", "和田县"],
        &["和田"],
    ),
    p("Lop County", &["lop county", "luopu"], &[], &["洛浦"], &[]),
    p(
        "Karakax",
        &["karakax", "qaraqash"],
        &["moyu"],
        &["墨玉"],
        &[],
    ),
    p("Aksu", &["akesu"], &["aksu"], &["阿克苏"], &[]),
    p(
        "Turpan",
        &["turpan", "turfan", "tulufan"],
        &[],
        &["吐鲁番"],
        &[],
    ),
    p(
        "Shanshan",
        &["pichan", "piqan"],
        &["shanshan"],
        &["鄯善"],
        &[],
    ),
    p("Toksun", &["toksun", "tuokexun"], &[], &["托克逊"], &[]),
    p(
        "Hami",
        &["kumul", "qumul"],
        &["hami"],
        &["哈密市", "哈密地区"],
        &["哈密"],
    ),
    p("Korla", &["korla", "kuerle"], &[], &["库尔勒"], &[]),
    p(
        "Bayingolin",
        &["bayingolin", "bayinguoleng", "bayingol"],
        &[],
        &["巴音郭楞"],
        &[],
    ),
    p("Changji", &["changji"], &[], &["昌吉"], &[]),
    p("Fukang", &[], &["fukang"], &["阜康"], &[]),
    p("Manas", &[], &["manas"], &["玛纳斯"], &[]),
    p("Shihezi", &["shihezi"], &[], &["石河子"], &[]),
    p(
        "Yining",
        &["yining", "ghulja", "gulja", "kulja"],
        &[],
        &["伊宁"],
        &[],
    ),
    p("Ili", &[], &["ili", "yili"], &["伊犁"], &[]),
    p("Kuytun", &["kuytun", "kuitun"], &[], &["奎屯"], &[]),
    p(
        "Karamay",
        &["karamay", "karamai", "kelamayi"],
        &[],
        &["克拉玛依"],
        &[],
    ),
    p(
        "Bortala",
        &["bortala", "boertala"],
        &[],
        &["博尔塔拉", "博乐"],
        &[],
    ),
    p(
        "Kizilsu",
        &["kizilsu", "kezilesu", "qizilsu"],
        &[],
        &["克孜勒苏"],
        &[],
    ),
    p(
        "Artux",
        &["artux", "atushi", "artush"],
        &[],
        &["阿图什"],
        &[],
    ),
    p(
        "Yarkant",
        &["yarkant", "yarkand", "shache"],
        &[],
        &["莎车"],
        &[],
    ),
    p(
        "Kargilik",
        &["kargilik", "karghalik"],
        &["yecheng"],
        &["叶城"],
        &[],
    ),
    p("Altay", &["aletai"], &["altay", "altai"], &["阿勒泰"], &[]),
    p(
        "Tacheng",
        &["chuguchak", "qoqek"],
        &["tacheng"],
        &[],
        &["塔城"],
    ),
    p("Wujiaqu", &["wujiaqu"], &[], &["五家渠"], &[]),
    p("Alar", &["alaer"], &["alar", "aral"], &["阿拉尔"], &[]),
    p("Tumxuk", &["tumxuk", "tumushuke"], &[], &["图木舒克"], &[]),
    p("Beitun", &[], &["beitun"], &["北屯市"], &["北屯"]),
    p("Kokdala", &["kokdala", "kekedala"], &[], &["可克达拉"], &[]),
    p("Kunyu", &[], &["kunyu"], &["昆玉市"], &[]),
    p("Huyanghe", &["huyanghe"], &[], &["胡杨河"], &[]),
    p("Xinxing", &[], &["xinxing"], &["新星市"], &[]),
    p("Kuqa", &["kuqa", "kuche", "kucha"], &[], &["库车"], &[]),
    p(
        "Xinjiang Production and Construction Corps",
        &["xpcc"],
        &["bingtuan"],
        &["生产建设兵团"],
        &["兵团"],
    ),
];

/// Place indices by the first word of each of their Latin names.
fn first_words() -> &'static std::collections::HashMap<&'static str, Vec<usize>> {
    static T: std::sync::OnceLock<std::collections::HashMap<&'static str, Vec<usize>>> =
        std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut t: std::collections::HashMap<&'static str, Vec<usize>> = Default::default();
        for (i, p) in PLACES.iter().enumerate() {
            for v in p.latin.iter().chain(p.latin_weak) {
                let first = v.split(' ').next().unwrap_or(v);
                let e = t.entry(first).or_default();
                if !e.contains(&i) {
                    e.push(i);
                }
            }
        }
        t
    })
}

/// Words that turn a preceding place name into a street name.
static STREET: &[&str] = &[
    "road", "rd", "street", "st", "avenue", "ave", "lu", "jie", "dajie", "dadao", "lane", "xiang",
];
/// Words that may stand between the place and the street word: "Urumqi Middle Road", "Urumqi Zhong Lu".
static STREET_DIRECTION: &[&str] = &[
    "middle", "north", "south", "east", "west", "zhong", "bei", "nan", "dong", "xi", "n", "s", "e",
    "w",
];
static HAN_STREET: &[&str] = &[
    "路", "街", "大道", "中路", "北路", "南路", "东路", "西路", "巷", "大街",
];

/// Other Chinese provinces, regions and big cities: a weak Xinjiang name next to one of these is
/// somewhere else ("Inner Mongolia Yili", "Xinxing County, Guangdong", "Beitun District, Taichung").
static OTHER_CHINA_LATIN: &[&str] = &[
    "beijing",
    "shanghai",
    "tianjin",
    "chongqing",
    "hebei",
    "shanxi",
    "liaoning",
    "jilin",
    "heilongjiang",
    "jiangsu",
    "zhejiang",
    "anhui",
    "fujian",
    "jiangxi",
    "shandong",
    "henan",
    "hubei",
    "hunan",
    "guangdong",
    "hainan",
    "sichuan",
    "guizhou",
    "yunnan",
    "shaanxi",
    "gansu",
    "qinghai",
    "inner mongolia",
    "neimenggu",
    "nei mongol",
    "guangxi",
    "tibet",
    "xizang",
    "ningxia",
    "hong kong",
    "macau",
    "macao",
    "taiwan",
    "taichung",
    "taipei",
    "shenzhen",
    "guangzhou",
    "dongguan",
    "ningbo",
    "hangzhou",
    "suzhou",
    "xiamen",
    "qingdao",
    "yunfu",
];
static OTHER_CHINA_HAN: &[&str] = &[
    "北京",
    "上海",
    "天津",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "香港",
    "澳门",
    "台湾",
    "台中",
    "臺中",
    "台北",
    "深圳",
    "广州",
    "东莞",
    "宁波",
    "杭州",
    "苏州",
    "厦门",
    "青岛",
];
static CHINA_WORDS: &[&str] = &[
    "china",
    "prc",
    "p r c",
    "people s republic of china",
    "zhongguo",
];

/// A Xinjiang place found in a text: its English name and the text as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PlaceHit {
    pub place: &'static str,
    pub written: String,
}

/// Positions where `phrase` occurs as consecutive words, each with the index after it.
fn phrase_at(hay: &[String], phrase: &[&str]) -> Vec<usize> {
    if phrase.is_empty() || hay.len() < phrase.len() {
        return Vec::new();
    }
    (0..=hay.len() - phrase.len())
        .filter(|&i| phrase.iter().zip(&hay[i..]).all(|(a, b)| *a == b))
        .map(|i| i + phrase.len())
        .collect()
}

fn followed_by_street(hay: &[String], after: usize) -> bool {
    let mut i = after;
    if hay
        .get(i)
        .is_some_and(|w| STREET_DIRECTION.contains(&w.as_str()))
    {
        i += 1;
    }
    hay.get(i).is_some_and(|w| STREET.contains(&w.as_str()))
}

fn latin_hits(hay: &[String], variant: &str) -> bool {
    let phrase: Vec<&str> = variant.split(' ').collect();
    phrase_at(hay, &phrase)
        .into_iter()
        .any(|end| !followed_by_street(hay, end))
}

fn han_hits(text: &str, variant: &str) -> bool {
    text.match_indices(variant).any(|(i, m)| {
        let rest = &text[i + m.len()..];
        !HAN_STREET.iter().any(|s| rest.starts_with(s))
    })
}

/// Whether a word of ASCII `text` ([`latin_words`]' words: split on anything not a letter or
/// digit, lower-cased) passes `test`, lower-casing each word on the stack instead of building the
/// list. A word too long for the stack buffer ([`supplyscreen_vocab::text::STACK_WORD`]) names no
/// place.
fn any_ascii_word(text: &str, test: impl Fn(&str) -> bool) -> bool {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| with_ascii_lowercase(w, &test).unwrap_or(false))
}

fn mentions_any(hay: &[String], names: &[&str]) -> bool {
    names
        .iter()
        .any(|c| !phrase_at(hay, &c.split(' ').collect::<Vec<_>>()).is_empty())
}

/// The Xinjiang places named in `text`. `country` is the supplier's country as an ISO code, when
/// known: weak names need it to be China (or the text to say China).
pub(crate) fn xinjiang_places(text: &str, country: Option<&str>) -> Vec<PlaceHit> {
    // Most texts name no Xinjiang place: only places whose Latin names start with a word of the
    // text (or every place, when the text has Chinese characters) are looked at. An ASCII text
    // (most names, every country column) is first tried word by word without copying it.
    let firsts = first_words();
    if text.is_ascii() && !any_ascii_word(text, |w| firsts.contains_key(w)) {
        return Vec::new();
    }
    let hay = latin_words(text);
    let has_han = text.chars().any(is_han);
    if !has_han && !hay.iter().any(|w| firsts.contains_key(w.as_str())) {
        return Vec::new();
    }
    let mut candidates = vec![has_han; PLACES.len()];
    for w in &hay {
        for &i in firsts.get(w.as_str()).map_or(&[][..], Vec::as_slice) {
            candidates[i] = true;
        }
    }
    if !candidates.contains(&true) {
        return Vec::new();
    }
    // Whether weak names count; decided on first need (it looks for ~100 other names).
    let mut weak_ok: Option<bool> = None;
    let mut weak = || {
        *weak_ok.get_or_insert_with(|| {
            let in_china = match country {
                Some(c) => c == "CN",
                None => mentions_any(&hay, CHINA_WORDS) || text.contains("中国"),
            };
            in_china
                && !mentions_any(&hay, OTHER_CHINA_LATIN)
                && !OTHER_CHINA_HAN.iter().any(|c| text.contains(c))
        })
    };
    let mut out: Vec<PlaceHit> = Vec::new();
    for (place, _) in PLACES.iter().zip(&candidates).filter(|(_, c)| **c) {
        let mut written = place
            .latin
            .iter()
            .find(|v| latin_hits(&hay, v))
            .map(|v| written_form(text, v));
        if written.is_none() {
            if let Some(v) = place.latin_weak.iter().find(|v| latin_hits(&hay, v)) {
                if weak() {
                    written = Some(written_form(text, v));
                }
            }
        }
        if written.is_none() && has_han {
            written = place
                .han
                .iter()
                .find(|v| han_hits(text, v))
                .map(|v| v.to_string());
            if written.is_none() {
                if let Some(v) = place.han_weak.iter().find(|v| han_hits(text, v)) {
                    if weak() {
                        written = Some(v.to_string());
                    }
                }
            }
        }
        if let Some(written) = written {
            out.push(PlaceHit {
                place: place.name,
                written,
            });
        }
    }
    out
}

/// The place as the user wrote it ("URUMQI", "Ürümqi"), found by matching the transliterated,
/// lower-cased word against each run of the original text; falls back to the variant.
fn written_form(text: &str, variant: &str) -> String {
    let n = variant.split(' ').count();
    let tokens: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    for win in tokens.windows(n) {
        let folded: Vec<String> = win
            .iter()
            .map(|w| translit::ascii(w).to_ascii_lowercase())
            .collect();
        if folded.join(" ") == variant {
            return win.join(" ");
        }
    }
    variant.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(text: &str, country: Option<&str>) -> Vec<&'static str> {
        xinjiang_places(text, country)
            .iter()
            .map(|h| h.place)
            .collect()
    }

    /// The word-by-word first look ([`any_ascii_word`]) skips words longer than its buffer, which
    /// is only right while no place name starts with such a word.
    #[test]
    fn first_words_fit_the_first_look() {
        assert!(first_words()
            .keys()
            .all(|w| (1..=supplyscreen_vocab::text::STACK_WORD).contains(&w.len())));
        assert!(any_ascii_word("88 Beijing Rd, URUMQI", |w| w == "urumqi"));
        assert!(!any_ascii_word("Acme Trading", |w| w == "urumqi"));
    }

    #[test]
    fn strong_names_in_all_scripts() {
        assert_eq!(
            places("88 Beijing Rd, Urumqi, Xinjiang", None),
            ["Xinjiang", "Urumqi"]
        );
        assert_eq!(places("WULUMUQI", None), ["Urumqi"]);
        assert_eq!(places("Ürümqi", None), ["Urumqi"]);
        assert_eq!(places("新疆乌鲁木齐市天山区", None), ["Xinjiang", "Urumqi"]);
        assert_eq!(places("Korla Economic Zone", Some("CN")), ["Korla"]);
        assert_eq!(places("库尔勒经济技术开发区", None), ["Korla"]);
        assert_eq!(places("Shihezi", Some("US")), ["Shihezi"]);
        assert_eq!(places("Sinkiang", None), ["Xinjiang"]);
        assert_eq!(places("East Turkestan", None), ["Xinjiang"]);
        assert_eq!(places("Kashgar Prefecture", None), ["Kashgar"]);
        assert_eq!(places("Hetian, China", None), ["Hotan"]);
        assert_eq!(places("Hetian", Some("CN")), ["Hotan"]);
        assert_eq!(places("Aksu City", Some("CN")), ["Aksu"]);
        assert_eq!(places("伊犁哈萨克自治州", None), ["Ili"]);
    }

    #[test]
    fn written_form_is_reported() {
        let h = xinjiang_places("No. 5, ÜRÜMQI", None);
        assert_eq!(h[0].written, "ÜRÜMQI");
        let h = xinjiang_places("East  Turkestan", None);
        assert_eq!(h[0].written, "East Turkestan");
    }

    #[test]
    fn traps() {
        for t in [
            "Hamilton, Ontario",
            "Kashiwa, Chiba",
            "Korlat, Croatia",
            "Aksum, Ethiopia",
            "Alaska",
            "Hamburg",
            "Shanghai",
            "Oxford",
        ] {
            assert!(places(t, None).is_empty(), "{t}");
        }
        // Streets named after Xinjiang places.
        assert!(places("1000 Urumqi Middle Road, Xuhui, Shanghai", Some("CN")).is_empty());
        assert!(places("15 Xinjiang Rd, Qingdao", Some("CN")).is_empty());
        assert!(places("上海市乌鲁木齐中路100号", Some("CN")).is_empty());
        assert!(places("青岛市新疆路8号", Some("CN")).is_empty());
        // Weak names outside China or next to another province.
        assert!(places("Aksu, Antalya", Some("TR")).is_empty());
        assert!(places("Aksu, Antalya", None).is_empty());
        assert!(places("Kashi, Uttar Pradesh", Some("IN")).is_empty());
        assert!(places("和田製作所", Some("JP")).is_empty());
        assert!(places("Inner Mongolia Yili Industrial Group", Some("CN")).is_empty());
        assert!(places("Xinxing County, Yunfu, Guangdong", Some("CN")).is_empty());
        assert!(places("Beitun District, Taichung", Some("TW")).is_empty());
        assert!(places("新星电子有限公司", Some("CN")).is_empty());
    }
}
