//! Configuration of the page when a host site embeds it as a widget (see `docs/embed.md`).
//!
//! A host page adds `static/embed.js`, which turns the host's `data-*` attributes into query
//! parameters of the widget's iframe URL (`index.html?embed=1&lists=…&accent=…`). This module reads
//! them back. Everything in the query is untrusted: any page may frame the widget with any URL, so
//! every value is validated here and anything doubtful is dropped with a warning that says what was
//! wrong and what is accepted. Nothing here can fail: a bad value only loses that one setting.
//!
//! The accent colour deserves the strictest check because it becomes a CSS custom property: only
//! `#rrggbb` passes, so no `;`, `url(…)` or `}` can reach the style sheet. The organisation name is
//! shown as text (Yew escapes it) and is only trimmed and bounded.

use supplyscreen_engine::model::ListCode;

/// Lowest and highest match threshold a host may choose (the slider's own range is wider, but a
/// host-chosen default outside this range would hide almost everything or flood the results).
pub const THRESHOLD_RANGE: (f64, f64) = (0.5, 0.99);
/// Interface languages a host may ask for.
pub const LANGUAGES: [&str; 4] = ["en", "es", "fr", "zh"];
/// Longest organisation name shown in "Provided by …", in characters.
pub const ORG_MAX_CHARS: usize = 100;
/// Minimum contrast of the accent colour against white: the accent colours links and the text of
/// secondary buttons on white, so it must meet WCAG AA for normal text.
pub const ACCENT_MIN_CONTRAST: f64 = 4.5;

/// Most Web Workers a host may allow the page (each holds its own copy of the lists and index).
pub const MAX_WORKERS: usize = 8;

/// Query parameters this module or `static/widget-frame.js` understands.
const KNOWN: [&str; 9] = [
    "embed",
    "lists",
    "threshold",
    "lang",
    "compact",
    "accent",
    "org",
    "workers",
    "parentOrigin",
];

/// What a host asked for. `None` / `false` means "the page's normal behaviour".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EmbedConfig {
    /// Screen against these lists only (in the order given, without duplicates).
    pub lists: Option<Vec<ListCode>>,
    /// The initial match threshold, within [`THRESHOLD_RANGE`].
    pub threshold: Option<f64>,
    /// One of [`LANGUAGES`].
    pub lang: Option<String>,
    /// A denser layout for small iframes.
    pub compact: bool,
    /// `#rrggbb`, lower case, with enough contrast on white.
    pub accent: Option<String>,
    /// The host organisation's name, shown as "Provided by …".
    pub org: Option<String>,
    /// The page runs inside a host's iframe (`embed=1`).
    pub embedded: bool,
    /// At most this many screening workers (1 to [`MAX_WORKERS`]; 1 = never a pool). The page
    /// chooses fewer on small machines.
    pub workers: Option<usize>,
}

impl EmbedConfig {
    /// Parses a query string (with or without the leading `?`). Returns the configuration and one
    /// human-readable warning per ignored or corrected parameter.
    pub fn from_query(query: &str) -> (EmbedConfig, Vec<String>) {
        let mut cfg = EmbedConfig::default();
        let mut warnings = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        let query = query.split('#').next().unwrap_or("");
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = form_decode(raw_key);
            let value = form_decode(raw_value);
            if !KNOWN.contains(&key.as_str()) {
                warnings.push(format!(
                    "supplyscreen: unknown setting '{}' ignored; known settings are {}.",
                    shorten(&key),
                    KNOWN.join(", ")
                ));
                continue;
            }
            if seen.contains(&key) {
                warnings.push(format!(
                    "supplyscreen: setting '{key}' given more than once; the last one is used."
                ));
            } else {
                seen.push(key.clone());
            }
            let value = value.trim();
            match key.as_str() {
                "embed" => match parse_bool(value) {
                    Some(b) => cfg.embedded = b,
                    None => warnings.push(bool_warning("embed", value)),
                },
                "compact" => match parse_bool(value) {
                    Some(b) => cfg.compact = b,
                    None => warnings.push(bool_warning("compact", value)),
                },
                "lists" => cfg.lists = parse_lists(value, &mut warnings),
                "threshold" => cfg.threshold = parse_threshold(value, &mut warnings),
                "lang" => cfg.lang = parse_lang(value, &mut warnings),
                "accent" => cfg.accent = parse_accent(value, &mut warnings),
                "org" => cfg.org = parse_org(value, &mut warnings),
                "workers" => cfg.workers = parse_workers(value, &mut warnings),
                // Read by static/widget-frame.js (where to post the iframe's height), not by the app.
                _ => {}
            }
        }
        (cfg, warnings)
    }

    /// Reads the configuration from this page's URL. Outside a browser (native tests) it is the
    /// default configuration.
    pub fn from_location() -> (EmbedConfig, Vec<String>) {
        match current_url() {
            Some(url) => match url.split_once('?') {
                Some((_, query)) => EmbedConfig::from_query(query),
                None => (EmbedConfig::default(), Vec::new()),
            },
            None => (EmbedConfig::default(), Vec::new()),
        }
    }

    /// Text colour on an accent-coloured background (primary buttons): white or near-black,
    /// whichever contrasts more with the accent.
    pub fn accent_ink(&self) -> Option<&'static str> {
        let rgb = parse_hex(self.accent.as_deref()?)?;
        let l = luminance(rgb);
        let on_white = contrast(l, 1.0);
        let on_black = contrast(l, luminance([0x1d, 0x24, 0x30]));
        Some(if on_white >= on_black {
            "#ffffff"
        } else {
            "#1d2430"
        })
    }

    /// Applies the purely visual settings to the document: the classes `embedded` and `compact`
    /// on `<html>`, and the accent colour as the `--accent` / `--accent-ink` custom properties.
    /// Uses the CSSOM (`style.setProperty`), which the page's Content-Security-Policy allows,
    /// unlike a `style="…"` attribute.
    pub fn apply_to_document(&self) {
        use wasm_bindgen::JsCast;
        let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        else {
            return;
        };
        // `className` rather than `classList`: the latter needs a web-sys feature the app lacks.
        let mut classes: Vec<String> = root
            .class_name()
            .split_whitespace()
            .map(str::to_string)
            .collect();
        for (on, class) in [(self.embedded, "embedded"), (self.compact, "compact")] {
            if on && !classes.iter().any(|c| c == class) {
                classes.push(class.to_string());
            }
        }
        root.set_class_name(&classes.join(" "));
        if let (Some(accent), Some(ink), Ok(html)) = (
            self.accent.as_deref(),
            self.accent_ink(),
            root.dyn_into::<web_sys::HtmlElement>(),
        ) {
            let style = html.style();
            style.set_property("--accent", accent).ok();
            style.set_property("--accent-ink", ink).ok();
        }
    }
}

/// Logs each warning on the browser console (where a host's web developer looks).
pub fn log_warnings(warnings: &[String]) {
    for w in warnings {
        gloo::console::warn!(w.as_str());
    }
}

#[cfg(target_arch = "wasm32")]
fn current_url() -> Option<String> {
    web_sys::window()?.document()?.url().ok()
}

#[cfg(not(target_arch = "wasm32"))]
fn current_url() -> Option<String> {
    None
}

fn parse_bool(value: &str) -> Option<bool> {
    match value.to_ascii_lowercase().as_str() {
        "true" | "1" | "" => Some(true),
        "false" | "0" => Some(false),
        _ => None,
    }
}

fn bool_warning(key: &str, value: &str) -> String {
    format!(
        "supplyscreen: {key}='{}' is not true or false; ignored.",
        shorten(value)
    )
}

fn parse_lists(value: &str, warnings: &mut Vec<String>) -> Option<Vec<ListCode>> {
    let mut lists = Vec::new();
    for code in value.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        match ListCode::parse(code) {
            Some(c) if !lists.contains(&c) => lists.push(c),
            Some(_) => {}
            None => warnings.push(format!(
                "supplyscreen: unknown list '{}' in lists ignored; known lists are {}.",
                shorten(code),
                ListCode::ALL.map(ListCode::as_str).join(", ")
            )),
        }
    }
    if lists.is_empty() {
        warnings.push(
            "supplyscreen: lists names no known list; screening against every list.".to_string(),
        );
        return None;
    }
    Some(lists)
}

fn parse_threshold(value: &str, warnings: &mut Vec<String>) -> Option<f64> {
    let (lo, hi) = THRESHOLD_RANGE;
    match value.parse::<f64>() {
        Ok(t) if t.is_finite() && (lo..=hi).contains(&t) => Some(t),
        _ => {
            warnings.push(format!(
                "supplyscreen: threshold='{}' is not a number from {lo} to {hi}; the default is used.",
                shorten(value)
            ));
            None
        }
    }
}

fn parse_workers(value: &str, warnings: &mut Vec<String>) -> Option<usize> {
    match value.parse::<usize>() {
        Ok(n) if (1..=MAX_WORKERS).contains(&n) => Some(n),
        _ => {
            warnings.push(format!(
                "supplyscreen: workers='{}' is not a whole number from 1 to {MAX_WORKERS}; the page chooses.",
                shorten(value)
            ));
            None
        }
    }
}

fn parse_lang(value: &str, warnings: &mut Vec<String>) -> Option<String> {
    let lang = value.to_ascii_lowercase();
    if LANGUAGES.contains(&lang.as_str()) {
        Some(lang)
    } else {
        warnings.push(format!(
            "supplyscreen: lang='{}' is not supported; choose one of {}. English is used.",
            shorten(value),
            LANGUAGES.join(", ")
        ));
        None
    }
}

fn parse_accent(value: &str, warnings: &mut Vec<String>) -> Option<String> {
    let Some(rgb) = parse_hex(value) else {
        warnings.push(format!(
            "supplyscreen: accent='{}' is not a colour written as #rrggbb (e.g. #1f5f8b); the default is used.",
            shorten(value)
        ));
        return None;
    };
    let ratio = contrast(luminance(rgb), 1.0);
    if ratio < ACCENT_MIN_CONTRAST {
        warnings.push(format!(
            "supplyscreen: accent='{value}' is too light to read on white (contrast {ratio:.1}:1, \
             at least {ACCENT_MIN_CONTRAST}:1 is needed); the default is used."
        ));
        return None;
    }
    Some(value.to_ascii_lowercase())
}

fn parse_org(value: &str, warnings: &mut Vec<String>) -> Option<String> {
    // Control characters (including bidi overrides) could make the line lie about its content.
    let cleaned: String = value
        .chars()
        .map(|c| {
            if c.is_control() || is_bidi_control(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let mut org = words.join(" ");
    if org.is_empty() {
        return None;
    }
    if org.chars().count() > ORG_MAX_CHARS {
        org = org.chars().take(ORG_MAX_CHARS).collect::<String>();
        org = org.trim_end().to_string();
        org.push('…');
        warnings.push(format!(
            "supplyscreen: org is longer than {ORG_MAX_CHARS} characters and was shortened."
        ));
    }
    Some(org)
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `#rrggbb` (either case) to its three channels; anything else is `None`.
fn parse_hex(value: &str) -> Option<[u8; 3]> {
    let hex = value.strip_prefix('#')?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// WCAG relative luminance.
fn luminance(rgb: [u8; 3]) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2])
}

/// WCAG contrast ratio of two luminances.
fn contrast(a: f64, b: f64) -> f64 {
    let (hi, lo) = if a > b { (a, b) } else { (b, a) };
    (hi + 0.05) / (lo + 0.05)
}

/// Decodes one `application/x-www-form-urlencoded` component: `+` is a space, `%XX` a byte;
/// a `%` not followed by two hex digits stays as it is; invalid UTF-8 becomes U+FFFD.
fn form_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() && hex_pair(bytes[i + 1], bytes[i + 2]).is_some() => {
                out.push(hex_pair(bytes[i + 1], bytes[i + 2]).unwrap_or(b'%'));
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_pair(a: u8, b: u8) -> Option<u8> {
    let d = |c: u8| (c as char).to_digit(16);
    Some((d(a)? * 16 + d(b)?) as u8)
}

/// Untrusted text quoted in a warning, bounded so a huge parameter cannot flood the console.
fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(MAX).collect();
        t.push('…');
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(q: &str) -> (EmbedConfig, Vec<String>) {
        EmbedConfig::from_query(q)
    }

    #[test]
    fn empty_query_is_the_default_without_warnings() {
        assert_eq!(parse(""), (EmbedConfig::default(), vec![]));
        assert_eq!(parse("?"), (EmbedConfig::default(), vec![]));
    }

    #[test]
    fn every_setting_as_embed_js_writes_it() {
        let (cfg, warnings) = parse(
            "?embed=1&parentOrigin=https%3A%2F%2Fngo.example&lists=dhs_uflpa%2Ccbp_wro\
             &threshold=0.8&lang=fr&compact=true&accent=%231F5F8B&org=Example+Trade+Association&workers=2",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(
            cfg,
            EmbedConfig {
                lists: Some(vec![ListCode::DhsUflpa, ListCode::CbpWro]),
                threshold: Some(0.8),
                lang: Some("fr".into()),
                compact: true,
                accent: Some("#1f5f8b".into()),
                org: Some("Example Trade Association".into()),
                embedded: true,
                workers: Some(2),
            }
        );
    }

    #[test]
    fn unknown_settings_and_lists_are_named_in_warnings() {
        let (cfg, w) = parse("colour=red&lists=dhs_uflpa,nope, ofac_sdn ,dhs_uflpa");
        assert_eq!(cfg.lists, Some(vec![ListCode::DhsUflpa, ListCode::OfacSdn]));
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(w[0].contains("unknown setting 'colour'"), "{w:?}");
        assert!(w[1].contains("unknown list 'nope'"), "{w:?}");
    }

    #[test]
    fn lists_with_no_known_code_mean_every_list() {
        let (cfg, w) = parse("lists=foo,,bar");
        assert_eq!(cfg.lists, None);
        assert_eq!(w.len(), 3, "{w:?}");
        assert!(w[2].contains("every list"));
    }

    #[test]
    fn threshold_outside_the_range_or_not_a_number_is_dropped() {
        for bad in ["0.49", "1", "1.5", "-0.7", "NaN", "inf", "0,8", "", "0.8x"] {
            let (cfg, w) = parse(&format!("threshold={bad}"));
            assert_eq!(cfg.threshold, None, "{bad}");
            assert_eq!(w.len(), 1, "{bad}: {w:?}");
        }
        assert_eq!(parse("threshold=0.5").0.threshold, Some(0.5));
        assert_eq!(parse("threshold=0.99").0.threshold, Some(0.99));
    }

    #[test]
    fn workers_are_a_whole_number_from_one_to_eight() {
        for bad in ["0", "9", "-1", "2.5", "", "many"] {
            let (cfg, w) = parse(&format!("workers={bad}"));
            assert_eq!(cfg.workers, None, "{bad}");
            assert_eq!(w.len(), 1, "{bad}: {w:?}");
        }
        assert_eq!(parse("workers=1").0.workers, Some(1));
        assert_eq!(parse("workers=8").0.workers, Some(8));
    }

    #[test]
    fn languages_are_a_closed_set() {
        assert_eq!(parse("lang=ZH").0.lang.as_deref(), Some("zh"));
        let (cfg, w) = parse("lang=de");
        assert_eq!(cfg.lang, None);
        assert!(w[0].contains("en, es, fr, zh"));
    }

    #[test]
    fn accent_only_accepts_six_hex_digits() {
        for bad in [
            "red",
            "#fff",
            "#1f5f8b;",
            "#1f5f8b; background:url(x)",
            "#1f5f8bff",
            "1f5f8b",
            "#1f5f8g",
            "#１f5f8b",
            "var(--x)",
            "#1f5f8b}body{",
        ] {
            let (cfg, w) = parse(&format!(
                "accent={}",
                bad.replace('#', "%23").replace(' ', "+")
            ));
            assert_eq!(cfg.accent, None, "{bad}");
            assert_eq!(w.len(), 1, "{bad}");
        }
    }

    #[test]
    fn accent_too_light_for_white_is_refused_and_ink_follows_the_accent() {
        let (cfg, w) = parse("accent=%23ffd700");
        assert_eq!(cfg.accent, None);
        assert!(w[0].contains("too light"), "{w:?}");
        let dark = parse("accent=%23000080").0;
        assert_eq!(dark.accent_ink(), Some("#ffffff"));
        // A mid colour that passes on white still gets the more readable ink.
        let mid = parse("accent=%23767676").0;
        assert_eq!(mid.accent.as_deref(), Some("#767676"));
        assert!(mid.accent_ink().is_some());
        assert_eq!(EmbedConfig::default().accent_ink(), None);
    }

    #[test]
    fn org_is_trimmed_cleaned_and_bounded() {
        assert_eq!(
            parse("org=++ACME%0A%0DTrade%E2%80%AEAssoc++")
                .0
                .org
                .as_deref(),
            Some("ACME Trade Assoc")
        );
        assert_eq!(parse("org=+++").0.org, None);
        let long = "x".repeat(150);
        let (cfg, w) = parse(&format!("org={long}"));
        assert_eq!(cfg.org.unwrap().chars().count(), ORG_MAX_CHARS + 1);
        assert_eq!(w.len(), 1);
        // Markup stays text: the UI renders it escaped.
        assert_eq!(
            parse("org=%3Cb%3EHi%3C%2Fb%3E").0.org.as_deref(),
            Some("<b>Hi</b>")
        );
    }

    #[test]
    fn booleans_and_repeats() {
        assert!(parse("embed").0.embedded);
        assert!(!parse("embed=0").0.embedded);
        let (cfg, w) = parse("compact=yes");
        assert!(!cfg.compact);
        assert_eq!(w.len(), 1);
        let (cfg, w) = parse("compact=true&compact=false");
        assert!(!cfg.compact);
        assert!(w[0].contains("more than once"), "{w:?}");
    }

    #[test]
    fn decoding_never_panics_on_broken_escapes() {
        assert_eq!(form_decode("a%2"), "a%2");
        assert_eq!(form_decode("%"), "%");
        assert_eq!(form_decode("%zz%41"), "%zzA");
        assert_eq!(form_decode("%FF"), "\u{FFFD}");
        assert_eq!(form_decode("%E2%82%AC"), "€");
        let (_, w) = parse("%=%&&=&x%FF=1#org=ignored");
        assert_eq!(w.len(), 3, "{w:?}");
    }
}
