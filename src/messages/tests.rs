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

fn errors() -> Vec<InputError> {
    let file = || "suppliers.xlsx".to_string();
    let mut out = vec![
        InputError::Empty {
            file: file(),
            workbook: false,
        },
        InputError::Empty {
            file: file(),
            workbook: true,
        },
        InputError::HeaderOnly {
            file: file(),
            columns: vec!["Name".into(), "Country".into()],
        },
        InputError::PasswordProtected { file: file() },
        InputError::TooBig {
            file: file(),
            bytes: 64_176_128,
            max_bytes: 60 * 1024 * 1024,
        },
        InputError::TooManyRows {
            file: file(),
            max_rows: 250_000,
            at: At {
                origin: Origin::Line,
                number: 250_002,
                sheet: None,
            },
        },
        InputError::TooManyRows {
            file: file(),
            max_rows: 250_000,
            at: At {
                origin: Origin::Row,
                number: 250_003,
                sheet: Some("Vendors".into()),
            },
        },
    ];
    for problem in [
        XlsxProblem::NoSheetReadable(vec!["\"A\" (bad xml)".into(), "\"B\" (bad xml)".into()]),
        XlsxProblem::BadZip("invalid Zip archive".into()),
        XlsxProblem::MissingPart("xl/workbook.xml".into()),
        XlsxProblem::Other("something else".into()),
    ] {
        out.push(InputError::CorruptXlsx {
            file: file(),
            problem,
        });
    }
    use FileKind as K;
    for detected in [
        K::Pdf,
        K::Png,
        K::Jpeg,
        K::Gif,
        K::Tiff,
        K::Gzip,
        K::SevenZip,
        K::Rar,
        K::Executable,
        K::Sqlite,
        K::Rtf,
        K::WordDoc,
        K::OleDocument,
        K::OpenDocumentText,
        K::Docx,
        K::Pptx,
        K::Binary,
    ] {
        out.push(InputError::NotASpreadsheet {
            file: file(),
            detected,
        });
    }
    use SheetFormat as F;
    for format in [F::Xlsb, F::Xml2003, F::Html] {
        out.push(InputError::UnsupportedSpreadsheet {
            file: file(),
            format,
        });
    }
    out
}

fn warnings() -> Vec<InputWarning> {
    use InputWarning as W;
    let mut out = vec![
        W::RecordSkipped {
            line: 12,
            reason: "found record with 3 fields".into(),
        },
        W::ReadAsWindows1252,
        W::PasteCut { max_rows: 250_000 },
        W::NothingPasted,
        W::PasteHeaderOnly {
            columns: vec!["Supplier".into(), "Country".into()],
        },
        W::NoNameColumn,
        W::SheetOffset {
            sheet: "Vendors".into(),
            column: "C".into(),
        },
        W::OtherSheets {
            sheet: "Vendors".into(),
            others: vec!["\"Notes\"".into(), "\"Old\"".into()],
        },
    ];
    for origin in [Origin::Line, Origin::Row] {
        for count in [1, 2, 5, 1234] {
            let r = || rows(origin, count);
            out.extend([
                W::UnclosedQuote { cells: count },
                W::TitleLines {
                    origin,
                    count: count.min(3),
                    first: 1,
                    last: count.min(3) as u64,
                    titles: vec!["Vendor master".into(), "2026-11-01".into()],
                },
                W::NoHeader { origin, width: 4 },
                W::ShortRows {
                    rows: r(),
                    header_width: 4,
                },
                W::LongRows {
                    rows: r(),
                    header_width: 4,
                },
                W::CellsCut {
                    cells: r(),
                    max_chars: 4096,
                },
                W::EmptyNames {
                    rows: r(),
                    column: "Supplier".into(),
                },
                W::NoLetterNames {
                    rows: r(),
                    column: "Supplier".into(),
                },
                W::LegalFormOnlyNames {
                    rows: r(),
                    column: "Supplier".into(),
                },
            ]);
        }
    }
    out
}

fn why() -> Vec<Why> {
    vec![
        Why::Names {
            product: "cotton yarn".into(),
            phrase: "cotton".into(),
        },
        Why::FiledUnder {
            product: "hoodies".into(),
            word: "hoodie".into(),
            good: "Garments".into(),
        },
        Why::Shares {
            product: "silica powder".into(),
            word: "silica".into(),
        },
        Why::FallsUnder {
            product: "polo shirts".into(),
            word: "shirt".into(),
            family: "apparel".into(),
        },
    ]
}

fn signals() -> Vec<RiskSignal> {
    let mut out = Vec::new();
    let signal = |kind, list, text| RiskSignal {
        kind,
        list,
        text,
        source_ref: String::new(),
    };
    for why in why() {
        for kind in [
            RiskKind::ChildLabourGood,
            RiskKind::ForcedLabourGood,
            RiskKind::ForcedChildLabourGood,
            RiskKind::DerivedLabourGood,
        ] {
            for input_country in [None, Some("China".to_string())] {
                out.push(signal(
                    kind,
                    ListCode::DolIlab,
                    RiskText::Good {
                        good: "Cotton".into(),
                        country: "China".into(),
                        input_country,
                        why: why.clone(),
                    },
                ));
            }
        }
        for (effective, region_wide) in [(None, false), (Some("2021-01-13".into()), true)] {
            out.push(signal(
                RiskKind::WroMerchandise,
                ListCode::CbpWro,
                RiskText::Wro {
                    order_type: "WRO".into(),
                    name: "Xinjiang Production and Construction Corps".into(),
                    merchandise: "Cotton".into(),
                    country: "China".into(),
                    status: "Active".into(),
                    effective,
                    region_wide,
                    why: why.clone(),
                },
            ));
        }
        out.push(signal(
            RiskKind::WroMerchandise,
            ListCode::CbpWro,
            RiskText::Vessels {
                merchandise: vec!["Tuna".into(), "Seafood".into()],
                names: vec!["Da Wang".into(), "Zhen Fa 7".into()],
                why,
            },
        ));
    }
    out.push(signal(
        RiskKind::XinjiangRegistration,
        ListCode::DhsUflpa,
        RiskText::Registered {
            uscc: "91653101MA78TQ2K28".into(),
            division: "653101".into(),
            place: "Kashgar City".into(),
        },
    ));
    for field in [Field::Address, Field::Name, Field::Country, Field::Product] {
        out.push(signal(
            RiskKind::XinjiangAddress,
            ListCode::DhsUflpa,
            RiskText::Xinjiang {
                field,
                places: vec!["Xinjiang".into(), "Hotan".into()],
                written: vec!["Hetian".into(), "和田".into()],
            },
        ));
    }
    out
}

fn decisions() -> Vec<DecisionsError> {
    use DecisionsProblem as P;
    [
        P::Empty,
        P::NotCsv("found record with 3 fields".into()),
        P::MissingColumn {
            column: "entity_id".into(),
            found: vec!["a".into(), "b".into()],
        },
        P::TooFewColumns {
            expected: 7,
            found: 3,
        },
        P::EmptySupplier,
        P::EmptyEntityId,
        P::UnknownList("ofac".into()),
        P::UnknownDecision("maybe".into()),
    ]
    .into_iter()
    .map(|problem| DecisionsError {
        file: "decisions.csv".into(),
        line: 4,
        problem,
    })
    .collect()
}

fn bundle_errors() -> Vec<BundleError> {
    vec![
        BundleError::TooShort { len: 12 },
        BundleError::BadMagic,
        BundleError::UnsupportedVersion { found: 1 },
        BundleError::ChecksumMismatch,
        BundleError::Decode("unexpected end of input".into()),
    ]
}

/// Asserts `ours == engine` with a readable difference.
/// Every way a registration number can fail its check, for every scheme that has one.
fn id_warnings() -> Vec<IdWarning> {
    let mut out = Vec::new();
    for scheme in [
        Scheme::CnUscc,
        Scheme::RuInn,
        Scheme::RuOgrn,
        Scheme::Lei,
        Scheme::Other,
    ] {
        for problem in [
            IdProblem::CheckCharacter { expected: '8' },
            IdProblem::OrganisationCode,
            IdProblem::BadCharacter { found: 'O' },
            IdProblem::Length {
                found: 17,
                expected: 18,
            },
        ] {
            out.push(IdWarning {
                id: Id {
                    scheme,
                    value: "91653101MA78TQ2K20".into(),
                },
                problem,
            });
        }
    }
    out
}

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
    for p in [
        LoadProblem::Network {
            url: "lists.bundle".into(),
            reason: "TypeError: Failed to fetch".into(),
        },
        LoadProblem::Http {
            url: "lists.bundle".into(),
            status: 404,
        },
        LoadProblem::Bundle(BundleError::ChecksumMismatch),
    ] {
        texts.push((format!("{p:?}"), Box::new(move |c| p.localize(c))));
    }
    for p in [
        ParseProblem::PasteBoxEmpty,
        ParseProblem::EmptyPaste(None),
        ParseProblem::Unreadable {
            file: "a.csv".into(),
            reason: "NotReadableError".into(),
        },
    ] {
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
