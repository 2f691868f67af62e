//! Interface translations: English, Spanish, French and Simplified Chinese.
//!
//! The texts live in Fluent catalogues (`locales/{en,es,fr,zh}.ftl`), compiled into the page with
//! `include_str!` so the page needs no extra download and works offline. Fluent rather than a
//! hand-made table because translators need plurals ("1 supplier" / "2 suppliers" differ by
//! language, and Chinese has none) and named arguments they can move around in the sentence.
//!
//! This module has no browser dependency, so `cargo test -p supplyscreen-app` checks natively that
//! every catalogue has the same keys and that every message formats.
//!
//! The engine and the worker report facts, not sentences (a file error names the file and the
//! limit); [`crate::messages`] words them with these catalogues, so they read in the page's language
//! too. What stays English on purpose: the results and decisions CSV files (a file format that other
//! tools and earlier exports read back), and what the page quotes rather than words: list data,
//! file and column names, and the browser's and the CSV/zip libraries' own error texts.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::RefCell;
use std::rc::Rc;

/// An interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
    Fr,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::Fr, Lang::Zh];

    /// The short code used in `?lang=` and `data-lang` (see `config::LANGUAGES`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Zh => "zh",
        }
    }

    /// The BCP 47 tag for `<html lang>` (so screen readers and fonts pick the right script).
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hans",
            other => other.code(),
        }
    }

    /// The language's name in itself, as the language switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::Zh => "中文（简体）",
        }
    }

    /// Reads a language tag such as `fr`, `fr-CA`, `es_419` or `zh-Hans-CN` (case-insensitive).
    /// Any Chinese tag maps to Simplified Chinese, the only Chinese catalogue.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first supported language among the browser's preferences (`navigator.languages`),
    /// else English.
    pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Lang {
        preferred
            .iter()
            .find_map(|t| Lang::from_tag(t.as_ref()))
            .unwrap_or(Lang::En)
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../locales/en.ftl"),
            Lang::Es => include_str!("../locales/es.ftl"),
            Lang::Fr => include_str!("../locales/fr.ftl"),
            Lang::Zh => include_str!("../locales/zh.ftl"),
        }
    }
}

/// One language's messages.
pub struct Catalog {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Catalog {
    /// Parses a language's catalogue. An error names the language and every broken entry; the
    /// unit tests guarantee the shipped catalogues have none.
    pub fn new(lang: Lang) -> Result<Catalog, String> {
        let resource =
            FluentResource::try_new(lang.source().to_string()).map_err(|(_, errs)| {
                format!("locales/{}.ftl has syntax errors: {errs:?}", lang.code())
            })?;
        let id: unic_langid::LanguageIdentifier = lang
            .html_lang()
            .parse()
            .map_err(|e| format!("bad language tag {}: {e}", lang.html_lang()))?;
        let mut bundle = FluentBundle::new(vec![id]);
        // No Unicode isolation marks around arguments: they would end up in accessible names,
        // announcements and copied text. Arguments here are names and numbers in running text.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .map_err(|errs| format!("locales/{}.ftl has duplicate keys: {errs:?}", lang.code()))?;
        Ok(Catalog { lang, bundle })
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Every message id in this catalogue.
    pub fn ids(&self) -> Vec<String> {
        self.lang
            .source()
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
            .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
            .collect()
    }

    /// A message without arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None).0
    }

    /// A message with arguments (see the [`tr!`](crate::tr) macro).
    pub fn f(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args)).0
    }

    /// Formats a message and returns the text with any formatting errors. A missing message
    /// shows its id, so a gap is visible rather than blank.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> (String, Vec<String>) {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return (id.to_string(), vec![format!("no message '{id}'")]);
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        (
            text.into_owned(),
            errors.iter().map(|e| format!("{e:?}")).collect(),
        )
    }
}

thread_local! {
    static CATALOGS: RefCell<Vec<(Lang, Rc<Catalog>)>> = const { RefCell::new(Vec::new()) };
}

/// The catalogue of a language, parsed once per thread on first use. Falls back to English if a
/// catalogue could not be parsed (which the unit tests rule out for the shipped files).
pub fn catalog(lang: Lang) -> Rc<Catalog> {
    CATALOGS.with(|cache| {
        if let Some((_, c)) = cache.borrow().iter().find(|(l, _)| *l == lang) {
            return c.clone();
        }
        let c = match Catalog::new(lang) {
            Ok(c) => Rc::new(c),
            Err(e) if lang != Lang::En => {
                eprintln!("{e}");
                catalog(Lang::En)
            }
            Err(e) => panic!("{e}"),
        };
        cache.borrow_mut().push((lang, c.clone()));
        c
    })
}

/// Makes a Fluent argument from a number or text.
pub fn arg<'a, T: Into<FluentValue<'a>>>(v: T) -> FluentValue<'a> {
    v.into()
}

/// `tr!(catalog, "id")` or `tr!(catalog, "id", name = value, count = n)`: formats a message.
/// Numbers passed as numbers select plural forms; pre-format decimals (`format!("{:.2}")`) as
/// text so every language shows the same score.
#[macro_export]
macro_rules! tr {
    ($c:expr, $id:expr) => { $c.t($id) };
    ($c:expr, $id:expr, $($k:ident = $v:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($k), $crate::i18n::arg($v)); )+
        $c.f($id, &args)
    }};
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn ids(lang: Lang) -> BTreeSet<String> {
        Catalog::new(lang).unwrap().ids().into_iter().collect()
    }

    /// The variables a message uses (`{ $name }` shown, or `{ $name -> …}` selecting a variant),
    /// as (name, shown) pairs.
    fn variables(lang: Lang, id: &str) -> BTreeSet<(String, bool)> {
        let src = lang.source();
        let mut out = BTreeSet::new();
        let mut in_msg = false;
        for line in src.lines() {
            if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
                in_msg = line.split_once('=').map(|(k, _)| k.trim()) == Some(id);
            } else if line.starts_with('#') || line.is_empty() {
                in_msg = false;
            }
            if !in_msg {
                continue;
            }
            let mut rest = line;
            while let Some(p) = rest.find('$') {
                rest = &rest[p + 1..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                let shown = rest[name.len()..].trim_start().starts_with('}');
                out.insert((name, shown));
            }
        }
        out
    }

    fn names(vars: &BTreeSet<(String, bool)>, shown_only: bool) -> BTreeSet<String> {
        vars.iter()
            .filter(|(_, shown)| *shown || !shown_only)
            .map(|(n, _)| n.clone())
            .collect()
    }

    #[test]
    fn every_catalogue_parses() {
        for lang in Lang::ALL {
            Catalog::new(lang).unwrap_or_else(|e| panic!("{e}"));
        }
    }

    #[test]
    fn every_language_has_exactly_the_english_keys() {
        let en = ids(Lang::En);
        assert!(en.len() > 150, "only {} English messages", en.len());
        for lang in [Lang::Es, Lang::Fr, Lang::Zh] {
            let other = ids(lang);
            let missing: Vec<_> = en.difference(&other).collect();
            let extra: Vec<_> = other.difference(&en).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "locales/{}.ftl: missing {missing:?}, not in English {extra:?}",
                lang.code()
            );
        }
    }

    /// A translation shows every argument English shows and uses no other; an argument English
    /// only uses to pick a plural form may be left out (Chinese has no plural forms).
    #[test]
    fn translations_use_the_same_arguments_as_english() {
        for id in ids(Lang::En) {
            let en = variables(Lang::En, &id);
            for lang in [Lang::Es, Lang::Fr, Lang::Zh] {
                let other = variables(lang, &id);
                let shown_missing: Vec<_> = names(&en, true)
                    .difference(&names(&other, false))
                    .cloned()
                    .collect();
                let unknown: Vec<_> = names(&other, false)
                    .difference(&names(&en, false))
                    .cloned()
                    .collect();
                assert!(
                    shown_missing.is_empty() && unknown.is_empty(),
                    "locales/{}.ftl '{id}': leaves out {shown_missing:?}, uses unknown {unknown:?}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn every_message_formats_with_sample_arguments() {
        for lang in Lang::ALL {
            let c = Catalog::new(lang).unwrap();
            for id in c.ids() {
                // Every argument gets a number and then a text, so plural selectors and plain
                // placeables are both exercised.
                for sample in [FluentValue::from(2), FluentValue::from("Sample")] {
                    let mut args = FluentArgs::new();
                    for v in names(&variables(Lang::En, &id), false) {
                        args.set(v, sample.clone());
                    }
                    let (text, errors) = c.format(&id, Some(&args));
                    assert!(
                        errors.is_empty(),
                        "locales/{}.ftl '{id}': {errors:?}",
                        lang.code()
                    );
                    assert!(
                        !text.trim().is_empty(),
                        "locales/{}.ftl '{id}' is empty",
                        lang.code()
                    );
                    assert!(
                        !text.contains('{'),
                        "locales/{}.ftl '{id}': {text}",
                        lang.code()
                    );
                }
            }
        }
    }

    #[test]
    fn plurals_follow_the_language() {
        let en = catalog(Lang::En);
        assert_eq!(
            tr!(en, "run-screened-ms", total = 1, ms = "5"),
            "Screened 1 supplier in 5 ms."
        );
        assert_eq!(
            tr!(en, "run-screened-ms", total = 3, ms = "5"),
            "Screened 3 suppliers in 5 ms."
        );
        let fr = catalog(Lang::Fr);
        assert!(tr!(fr, "run-screened-ms", total = 1, ms = "5").contains("1 fournisseur "));
        assert!(tr!(fr, "run-screened-ms", total = 3, ms = "5").contains("3 fournisseurs "));
    }

    #[test]
    fn a_missing_message_shows_its_id() {
        let (text, errors) = catalog(Lang::Es).format("no-such-message", None);
        assert_eq!(text, "no-such-message");
        assert_eq!(errors.len(), 1);
    }

    #[test]
    fn language_tags_and_negotiation() {
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("ES_419"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("zh-Hans-CN"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("de"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::negotiate(&["de-DE", "fr", "en"]), Lang::Fr);
        assert_eq!(Lang::negotiate(&["de", "it"]), Lang::En);
        assert_eq!(Lang::negotiate::<&str>(&[]), Lang::En);
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.code()), Some(l));
            assert!(crate::config::LANGUAGES.contains(&l.code()));
        }
    }

    /// The `.rs` files under `dir`, in its folders too.
    fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                out.extend(rust_files(&path));
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
        out
    }

    /// Every message id the page's source asks for (`tr!(.., "id"` and `.t("id")`) exists.
    #[test]
    fn every_id_used_by_the_page_exists() {
        let en = ids(Lang::En);
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui");
        let mut used = 0;
        for path in rust_files(std::path::Path::new(dir)) {
            let src = std::fs::read_to_string(&path).unwrap();
            for pat in ["tr!(tr, \"", ".t(\""] {
                let mut rest = src.as_str();
                while let Some(p) = rest.find(pat) {
                    rest = &rest[p + pat.len()..];
                    let id = &rest[..rest.find('"').unwrap()];
                    used += 1;
                    assert!(
                        en.contains(id),
                        "{}: unknown message '{id}'",
                        path.display()
                    );
                }
            }
        }
        assert!(used > 100, "only {used} message uses found");
    }
}
