//! The catalogue's English must say exactly what the engine's English says (the CLI prints the
//! engine's; a user comparing a CLI run with the page must read the same sentences), and every
//! language must render every kind of message without a gap.

use super::*;
use crate::i18n::catalog;
use supplyscreen_engine::ids::Id;
use supplyscreen_engine::input::{read_pasted, read_table, Limits};

fn rows(origin: Origin, count: usize) -> RowRefs {
    let shown = (1..=count.min(RowRefs::SHOWN))
        .map(|i| (i * 3, i as u64 * 3 + 1))
        .collect();
    RowRefs {
        origin,
        count,
        shown,
    }
}

/// The samples of an enum, listed variant by variant: `samples!(Enum { pattern => samples, ... })`,
/// or `samples!(unit Enum { A, B, ... })` for an enum of plain variants.
///
/// The patterns make one `match` with no wildcard, so a variant added to the engine does not
/// compile here until it is listed with its samples. Each variant must bring at least one sample,
/// and each sample must be the variant it is listed under (the first pattern it matches).
macro_rules! samples {
    (unit $ty:ident { $($variant:ident),+ $(,)? }) => {
        samples!($ty { $($ty::$variant => [$ty::$variant]),+ })
    };
    ($ty:ty { $($pattern:pat => $samples:expr),+ $(,)? }) => {{
        let listed_under = |value: &$ty| -> &'static str {
            match value {
                $($pattern => stringify!($pattern),)+
            }
        };
        let mut out: Vec<$ty> = Vec::new();
        $(
            let before = out.len();
            out.extend($samples);
            assert!(
                out.len() > before,
                "{}: no sample of {}",
                stringify!($ty),
                stringify!($pattern)
            );
            for sample in &out[before..] {
                assert_eq!(
                    listed_under(sample),
                    stringify!($pattern),
                    "{sample:?} is listed under the wrong variant"
                );
            }
        )+
        out
    }};
}

fn origins() -> Vec<Origin> {
    samples!(unit Origin { Line, Row })
}

fn file_kinds() -> Vec<FileKind> {
    samples!(unit FileKind {
        Pdf,
        Png,
        Jpeg,
        Gif,
        Tiff,
        Gzip,
        SevenZip,
        Rar,
        Executable,
        Sqlite,
        Rtf,
        WordDoc,
        OleDocument,
        OpenDocumentText,
        Docx,
        Pptx,
        Binary,
    })
}

fn sheet_formats() -> Vec<SheetFormat> {
    samples!(unit SheetFormat { Xlsb, Xml2003, Html })
}

fn xlsx_problems() -> Vec<XlsxProblem> {
    use XlsxProblem as X;
    samples!(XlsxProblem {
        X::NoSheetReadable(_) => [X::NoSheetReadable(vec![
            "\"A\" (bad xml)".into(),
            "\"B\" (bad xml)".into(),
        ])],
        X::BadZip(_) => [X::BadZip("invalid Zip archive".into())],
        X::MissingPart(_) => [X::MissingPart("xl/workbook.xml".into())],
        X::Other(_) => [X::Other("something else".into())],
    })
}

fn errors() -> Vec<InputError> {
    let file = || "suppliers.xlsx".to_string();
    use InputError as E;
    samples!(InputError {
        E::Empty { .. } => [false, true].map(|workbook| E::Empty {
            file: file(),
            workbook,
        }),
        E::HeaderOnly { .. } => [E::HeaderOnly {
            file: file(),
            columns: vec!["Name".into(), "Country".into()],
        }],
        E::NotASpreadsheet { .. } => file_kinds()
            .into_iter()
            .map(|detected| E::NotASpreadsheet {
                file: file(),
                detected,
            }),
        E::UnsupportedSpreadsheet { .. } => sheet_formats()
            .into_iter()
            .map(|format| E::UnsupportedSpreadsheet {
                file: file(),
                format,
            }),
        E::PasswordProtected { .. } => [E::PasswordProtected { file: file() }],
        E::CorruptXlsx { .. } => xlsx_problems()
            .into_iter()
            .map(|problem| E::CorruptXlsx {
                file: file(),
                problem,
            }),
        E::TooBig { .. } => [E::TooBig {
            file: file(),
            bytes: 64_176_128,
            max_bytes: 60 * 1024 * 1024,
        }],
        E::TooManyRows { .. } => origins().into_iter().map(|origin| E::TooManyRows {
            file: file(),
            max_rows: 250_000,
            at: At {
                origin,
                number: 250_002,
                sheet: (origin == Origin::Row).then(|| "Vendors".into()),
            },
        }),
    })
}

/// Row references of every origin, for one row, a few and more than are shown.
fn row_refs() -> Vec<RowRefs> {
    let mut out = Vec::new();
    for origin in origins() {
        for count in [1, 2, 5, 1234] {
            out.push(rows(origin, count));
        }
    }
    out
}

fn warnings() -> Vec<InputWarning> {
    use InputWarning as W;
    let column = || "Supplier".to_string();
    samples!(InputWarning {
        W::RecordSkipped { .. } => [W::RecordSkipped {
            line: 12,
            reason: "found record with 3 fields".into(),
        }],
        W::UnclosedQuote { .. } => [1, 2, 5, 1234].map(|cells| W::UnclosedQuote { cells }),
        W::ReadAsWindows1252 => [W::ReadAsWindows1252],
        W::PasteCut { .. } => [W::PasteCut { max_rows: 250_000 }],
        W::NothingPasted => [W::NothingPasted],
        W::PasteHeaderOnly { .. } => [W::PasteHeaderOnly {
            columns: vec!["Supplier".into(), "Country".into()],
        }],
        W::TitleLines { .. } => origins().into_iter().flat_map(|origin| {
            [1, 2, 3].map(|count| W::TitleLines {
                origin,
                count,
                first: 1,
                last: count as u64,
                titles: vec!["Vendor master".into(), "2026-11-01".into()],
            })
        }),
        W::NoHeader { .. } => origins()
            .into_iter()
            .map(|origin| W::NoHeader { origin, width: 4 }),
        W::ShortRows { .. } => row_refs().into_iter().map(|rows| W::ShortRows {
            rows,
            header_width: 4,
        }),
        W::LongRows { .. } => row_refs().into_iter().map(|rows| W::LongRows {
            rows,
            header_width: 4,
        }),
        W::CellsCut { .. } => row_refs().into_iter().map(|cells| W::CellsCut {
            cells,
            max_chars: 4096,
        }),
        W::NoNameColumn => [W::NoNameColumn],
        W::EmptyNames { .. } => row_refs().into_iter().map(|rows| W::EmptyNames {
            rows,
            column: column(),
        }),
        W::NoLetterNames { .. } => row_refs().into_iter().map(|rows| W::NoLetterNames {
            rows,
            column: column(),
        }),
        W::LegalFormOnlyNames { .. } => row_refs()
            .into_iter()
            .map(|rows| W::LegalFormOnlyNames {
                rows,
                column: column(),
            }),
        W::SheetOffset { .. } => [W::SheetOffset {
            sheet: "Vendors".into(),
            column: "C".into(),
        }],
        W::OtherSheets { .. } => [W::OtherSheets {
            sheet: "Vendors".into(),
            others: vec!["\"Notes\"".into(), "\"Old\"".into()],
        }],
    })
}

fn why() -> Vec<Why> {
    samples!(Why {
        Why::Names { .. } => [Why::Names {
            product: "cotton yarn".into(),
            phrase: "cotton".into(),
        }],
        Why::FiledUnder { .. } => [Why::FiledUnder {
            product: "hoodies".into(),
            word: "hoodie".into(),
            good: "Garments".into(),
        }],
        Why::Shares { .. } => [Why::Shares {
            product: "silica powder".into(),
            word: "silica".into(),
        }],
        Why::FallsUnder { .. } => [Why::FallsUnder {
            product: "polo shirts".into(),
            word: "shirt".into(),
            family: "apparel".into(),
        }],
    })
}

fn scopes() -> Vec<SectorScope> {
    samples!(unit SectorScope { Named, Downstream, Related })
}

fn sector_why() -> Vec<SectorWhy> {
    samples!(SectorWhy {
        SectorWhy::Word { .. } => [SectorWhy::Word {
            product: "Polysilicon chunks".into(),
            keyword: "polysilicon".into(),
        }],
        SectorWhy::Hs { .. } => [SectorWhy::Hs {
            code: "2804.61.00".into(),
            prefix: "2804.61".into(),
        }],
        SectorWhy::HsAndWord { .. } => [SectorWhy::HsAndWord {
            code: "2804.61".into(),
            prefix: "2804.61".into(),
            product: "多晶硅".into(),
            keyword: "多晶硅".into(),
        }],
    })
}

fn fields() -> Vec<Field> {
    samples!(unit Field { Address, Name, Country, Product })
}

fn risk_kinds() -> Vec<RiskKind> {
    samples!(unit RiskKind {
        ChildLabourGood,
        ForcedLabourGood,
        ForcedChildLabourGood,
        WroMerchandise,
        XinjiangAddress,
        DerivedLabourGood,
        XinjiangRegistration,
        ListedAddress,
        PrioritySector,
    })
}

fn risk_texts() -> Vec<RiskText> {
    use RiskText as T;
    samples!(RiskText {
        T::Good { .. } => why().into_iter().flat_map(|why| {
            [None, Some("China".to_string())].map(|input_country| T::Good {
                good: "Cotton".into(),
                country: "China".into(),
                input_country,
                why: why.clone(),
            })
        }),
        T::Wro { .. } => why().into_iter().flat_map(|why| {
            [(None, false), (Some("2021-01-13".to_string()), true)].map(
                |(effective, region_wide)| T::Wro {
                    order_type: "WRO".into(),
                    name: "Xinjiang Production and Construction Corps".into(),
                    merchandise: "Cotton".into(),
                    country: "China".into(),
                    status: "Active".into(),
                    effective,
                    region_wide,
                    why: why.clone(),
                },
            )
        }),
        T::Vessels { .. } => why().into_iter().map(|why| T::Vessels {
            merchandise: vec!["Tuna".into(), "Seafood".into()],
            names: vec!["Da Wang".into(), "Zhen Fa 7".into()],
            why,
        }),
        T::Registered { .. } => [T::Registered {
            uscc: "91653101MA78TQ2K28".into(),
            division: "653101".into(),
            place: "Kashgar City".into(),
        }],
        T::ListedAddress { .. } => [T::ListedAddress {
            entity_id: "bis_entity:address-01".into(),
            entity_name: "Address 01".into(),
            listed: "Unit D, 16/F One Capital Place, 18 Luard Rd, Wan Chai, Hong Kong.".into(),
            written: "Unit D, 16th Floor, One Capital Place, 18 Luard Road, Wan Chai".into(),
        }],
        T::Sector { .. } => sector_why().into_iter().flat_map(|why| {
            scopes().into_iter().map(move |scope| T::Sector {
                sector: "silica".into(),
                wording: "silica-based products (including polysilicon)".into(),
                named_in: "UFLPA Strategy 2022-06-17".into(),
                url: "https://www.dhs.gov/uflpa-strategy".into(),
                scope,
                why: why.clone(),
            })
        }),
        T::Xinjiang { .. } => fields().into_iter().map(|field| T::Xinjiang {
            field,
            places: vec!["Xinjiang".into(), "Hotan".into()],
            written: vec!["Hetian".into(), "和田".into()],
        }),
    })
}

/// The list a signal of `kind` comes from, when `text` is what that kind says (an ILAB good is
/// worded under each labour kind; a CBP order is a WRO signal; a Xinjiang place a UFLPA one).
fn signal_list(kind: RiskKind, text: &RiskText) -> Option<ListCode> {
    use RiskKind as K;
    match kind {
        K::ChildLabourGood
        | K::ForcedLabourGood
        | K::ForcedChildLabourGood
        | K::DerivedLabourGood => {
            matches!(text, RiskText::Good { .. }).then_some(ListCode::DolIlab)
        }
        K::WroMerchandise => matches!(text, RiskText::Wro { .. } | RiskText::Vessels { .. })
            .then_some(ListCode::CbpWro),
        K::XinjiangAddress => {
            matches!(text, RiskText::Xinjiang { .. }).then_some(ListCode::DhsUflpa)
        }
        K::XinjiangRegistration => {
            matches!(text, RiskText::Registered { .. }).then_some(ListCode::DhsUflpa)
        }
        K::ListedAddress => {
            matches!(text, RiskText::ListedAddress { .. }).then_some(ListCode::BisEntity)
        }
        K::PrioritySector => matches!(text, RiskText::Sector { .. }).then_some(ListCode::DhsUflpa),
    }
}

/// Every risk text under every kind of signal that carries it.
fn signals() -> Vec<RiskSignal> {
    let mut out = Vec::new();
    for text in risk_texts() {
        for kind in risk_kinds() {
            if let Some(list) = signal_list(kind, &text) {
                out.push(RiskSignal {
                    kind,
                    list,
                    text: text.clone(),
                    source_ref: String::new(),
                });
            }
        }
    }
    for kind in risk_kinds() {
        assert!(out.iter().any(|s| s.kind == kind), "no signal of {kind:?}");
    }
    out
}

fn schemes() -> Vec<Scheme> {
    samples!(unit Scheme { CnUscc, RuInn, RuOgrn, Lei, Other })
}

/// Every way a registration number can fail its check, for every scheme.
fn id_warnings() -> Vec<IdWarning> {
    use IdProblem as P;
    let problems = samples!(IdProblem {
        P::CheckCharacter { .. } => [P::CheckCharacter { expected: '8' }],
        P::OrganisationCode => [P::OrganisationCode],
        P::BadCharacter { .. } => [P::BadCharacter { found: 'O' }],
        P::Length { .. } => [P::Length {
            found: 17,
            expected: 18,
        }],
    });
    schemes()
        .into_iter()
        .flat_map(|scheme| {
            problems.iter().map(move |problem| IdWarning {
                id: Id {
                    scheme,
                    value: "91653101MA78TQ2K20".into(),
                },
                problem: problem.clone(),
            })
        })
        .collect()
}

fn decisions() -> Vec<DecisionsError> {
    use DecisionsProblem as P;
    samples!(DecisionsProblem {
        P::Empty => [P::Empty],
        P::NotCsv(_) => [P::NotCsv("found record with 3 fields".into())],
        P::MissingColumn { .. } => [P::MissingColumn {
            column: "entity_id".into(),
            found: vec!["a".into(), "b".into()],
        }],
        P::TooFewColumns { .. } => [P::TooFewColumns {
            expected: 7,
            found: 3,
        }],
        P::EmptySupplier => [P::EmptySupplier],
        P::EmptyEntityId => [P::EmptyEntityId],
        P::UnknownList(_) => [P::UnknownList("ofac".into())],
        P::UnknownDecision(_) => [P::UnknownDecision("maybe".into())],
    })
    .into_iter()
    .map(|problem| DecisionsError {
        file: "decisions.csv".into(),
        line: 4,
        problem,
    })
    .collect()
}

fn bundle_errors() -> Vec<BundleError> {
    use BundleError as B;
    samples!(BundleError {
        B::TooShort { .. } => [B::TooShort { len: 12 }],
        B::BadMagic => [B::BadMagic],
        B::UnsupportedVersion { .. } => [B::UnsupportedVersion { found: 1 }],
        B::ChecksumMismatch => [B::ChecksumMismatch],
        B::Decode(_) => [B::Decode("unexpected end of input".into())],
        // Only building a bundle meets it (the page words it as the engine does).
        B::Encode(_) => [B::Encode("out of memory".into())],
    })
}

fn load_problems() -> Vec<LoadProblem> {
    use LoadProblem as L;
    samples!(LoadProblem {
        L::Network { .. } => [L::Network {
            url: "lists.bundle".into(),
            reason: "TypeError: Failed to fetch".into(),
        }],
        L::Http { .. } => [L::Http {
            url: "lists.bundle".into(),
            status: 404,
        }],
        L::Bundle(_) => bundle_errors().into_iter().map(L::Bundle),
    })
}

fn parse_problems() -> Vec<ParseProblem> {
    use ParseProblem as P;
    samples!(ParseProblem {
        P::Input(_) => errors().into_iter().map(P::Input),
        P::EmptyPaste(Some(_)) => [InputWarning::NothingPasted, InputWarning::PasteHeaderOnly {
            columns: vec!["Supplier".into()],
        }]
        .map(|w| P::EmptyPaste(Some(w))),
        P::EmptyPaste(None) => [P::EmptyPaste(None)],
        P::PasteBoxEmpty => [P::PasteBoxEmpty],
        P::Unreadable { .. } => [P::Unreadable {
            file: "a.csv".into(),
            reason: "NotReadableError".into(),
        }],
        P::ReaderUnavailable { .. } => [P::ReaderUnavailable {
            reason: "its code could not be loaded".into(),
        }],
        P::ReaderCrashed { .. } => [P::ReaderCrashed {
            reason: "RuntimeError: unreachable".into(),
        }],
    })
}

/// Asserts `ours == engine` with a readable difference.
fn same(what: &str, ours: String, engine: String) {
    assert_eq!(
        ours, engine,
        "\n{what}: the English catalogue and the engine differ"
    );
}

#[test]
fn english_says_what_the_engine_says() {
    let en = catalog(Lang::En);
    for e in errors() {
        same(&format!("{e:?}"), e.localize(&en), e.to_string());
    }
    for w in warnings() {
        same(&format!("{w:?}"), w.localize(&en), w.to_string());
    }
    for s in signals() {
        same(&format!("title {s:?}"), risk_title(&en, &s), s.title());
        same(&format!("detail {s:?}"), risk_detail(&en, &s), s.detail());
    }
    for d in decisions() {
        same(&format!("{d:?}"), d.localize(&en), d.to_string());
    }
    for w in id_warnings() {
        same(&format!("{w:?}"), w.localize(&en), w.to_string());
    }
    for b in bundle_errors() {
        same(&format!("{b:?}"), b.localize(&en), b.to_string());
    }
}

/// What the engine says about the real awkward files the app and CLI are tested on.
#[test]
fn english_says_what_the_engine_says_on_the_fixture_files() {
    let en = catalog(Lang::En);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let (mut warned, mut refused) = (0, 0);
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(&path).unwrap();
        match read_table(&name, &bytes, &Limits::default()) {
            Ok(t) => {
                for w in &t.warnings {
                    warned += 1;
                    same(&name, w.localize(&en), w.to_string());
                }
            }
            Err(e) => {
                refused += 1;
                same(&name, e.localize(&en), e.to_string());
            }
        }
    }
    assert!(
        warned >= 5 && refused >= 5,
        "{warned} warnings, {refused} refusals"
    );
    let pasted = read_pasted("Supplier\n");
    assert_eq!(pasted.warnings.len(), 1);
    same(
        "header-only paste",
        pasted.warnings[0].localize(&en),
        pasted.warnings[0].to_string(),
    );
}

/// A message to render in some language.
type Render = Box<dyn Fn(&Catalog) -> String>;

#[test]
fn every_language_words_every_message() {
    let mut texts: Vec<(String, Render)> = Vec::new();
    for e in errors() {
        texts.push((format!("{e:?}"), Box::new(move |c| e.localize(c))));
    }
    for w in warnings() {
        texts.push((format!("{w:?}"), Box::new(move |c| w.localize(c))));
    }
    for s in signals() {
        let s2 = s.clone();
        texts.push((format!("{s:?}"), Box::new(move |c| risk_title(c, &s))));
        texts.push((format!("{s2:?}"), Box::new(move |c| risk_detail(c, &s2))));
    }
    for d in decisions() {
        texts.push((format!("{d:?}"), Box::new(move |c| d.localize(c))));
    }
    for w in id_warnings() {
        texts.push((format!("{w:?}"), Box::new(move |c| w.localize(c))));
    }
    for b in bundle_errors() {
        texts.push((format!("{b:?}"), Box::new(move |c| b.localize(c))));
    }
    for p in load_problems() {
        texts.push((format!("{p:?}"), Box::new(move |c| p.localize(c))));
    }
    for p in parse_problems() {
        texts.push((format!("{p:?}"), Box::new(move |c| p.localize(c))));
    }
    for lang in Lang::ALL {
        let c = catalog(lang);
        for (what, f) in &texts {
            let text = f(&c);
            assert!(
                !text.contains('{') && !text.contains("-->") && text.len() > 3,
                "{}: {what} renders as {text:?}",
                lang.code()
            );
            // A missing message shows its id ("warn-…"), which must never reach the page.
            for prefix in [
                "input-",
                "warn-",
                "risk-",
                "file-kind-",
                "rows-ref",
                "origin-",
                "id-",
            ] {
                assert!(
                    !text.contains(prefix) || text.contains("supplyscreen"),
                    "{}: {what} shows a message id: {text}",
                    lang.code()
                );
            }
        }
    }
}

#[test]
fn other_languages_are_not_english() {
    let en = catalog(Lang::En);
    for lang in [Lang::Es, Lang::Fr, Lang::Zh] {
        let c = catalog(lang);
        for e in errors() {
            assert_ne!(e.localize(&c), e.localize(&en), "{}: {e:?}", lang.code());
        }
        for w in warnings() {
            assert_ne!(w.localize(&c), w.localize(&en), "{}: {w:?}", lang.code());
        }
        for s in signals() {
            assert_ne!(risk_detail(&c, &s), risk_detail(&en, &s), "{}", lang.code());
        }
    }
}

#[test]
fn numbers_follow_the_language() {
    assert_eq!(number(Lang::En, 250_000), "250,000");
    assert_eq!(number(Lang::Es, 250_000), "250.000");
    assert_eq!(number(Lang::Es, 4096), "4096");
    assert_eq!(number(Lang::Fr, 250_000), "250\u{202F}000");
    assert_eq!(number(Lang::Zh, 999), "999");
    let es = catalog(Lang::Es);
    let w = InputWarning::ShortRows {
        rows: rows(Origin::Line, 1234),
        header_width: 4,
    };
    assert_eq!(
        w.localize(&es),
        "1234 filas tienen menos celdas que las 4 columnas del encabezado; las celdas que faltan \
         se dejaron vacías: filas de datos 3, 6, 9, 12, 15 y 1229 más (líneas 4, 7, 10, 13, 16)."
    );
}
