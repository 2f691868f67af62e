//! The engine's and the worker's messages in the reader's language.
//!
//! The engine reports facts, not sentences: an [`InputError`] or [`InputWarning`] names the file, the
//! rows and the limit; a [`RiskSignal`] carries the good, the country and why it matched. The CLI prints
//! the engine's English (`Display`); the page words the same facts through the Fluent catalogues here,
//! so a Spanish-speaking user reads Spanish from the first error to the last risk signal. The English
//! catalogue says exactly what the engine says: a test below compares them for every kind of message.
//!
//! List data (good names, CBP merchandise, party names), file and column names, and the errors of the
//! CSV/zip libraries are quoted as they are, untranslated.

use crate::i18n::{Catalog, Lang};
use crate::protocol::{LoadProblem, ParseProblem};
use crate::tr;
use supplyscreen_engine::bundle::{BundleError, FORMAT_VERSION};
use supplyscreen_engine::export::{
    DecisionStatus, DecisionsError, DecisionsProblem, DECISIONS_HEADER,
};
use supplyscreen_engine::ids::{IdProblem, Scheme};
use supplyscreen_engine::input::Source;
use supplyscreen_engine::input::{
    At, FileKind, Format, InputError, InputWarning, Origin, RowRefs, SheetFormat, XlsxProblem,
};
use supplyscreen_engine::model::ListCode;
use supplyscreen_engine::numbers::{group_digits, mebibytes};
use supplyscreen_engine::risk::{
    Field, RiskKind, RiskSignal, RiskText, SectorScope, SectorWhy, Why,
};
use supplyscreen_engine::rows::IdWarning;

/// A whole number with the language's digit grouping: 250,000 / 250.000 / 250 000.
pub fn number(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::En | Lang::Zh => ",",
        // Spanish leaves four-digit numbers ungrouped (RAE).
        Lang::Es if digits.len() <= 4 => return digits,
        Lang::Es => ".",
        Lang::Fr => "\u{202F}",
    };
    group_digits(n, sep)
}

/// Mebibytes as the engine writes them ("60", "61.2"), with the language's decimal mark.
fn megabytes(lang: Lang, bytes: usize) -> String {
    let s = mebibytes(bytes);
    match lang {
        Lang::Es | Lang::Fr => s.replace('.', ","),
        Lang::En | Lang::Zh => s,
    }
}

fn n(tr: &Catalog, v: usize) -> String {
    number(tr.lang(), v as u64)
}

/// Something the page shows that the engine or the worker reported.
pub trait Localize {
    fn localize(&self, tr: &Catalog) -> String;
}

impl Localize for FileKind {
    fn localize(&self, tr: &Catalog) -> String {
        tr.t(match self {
            FileKind::Pdf => "file-kind-pdf",
            FileKind::Png => "file-kind-png",
            FileKind::Jpeg => "file-kind-jpeg",
            FileKind::Gif => "file-kind-gif",
            FileKind::Tiff => "file-kind-tiff",
            FileKind::Gzip => "file-kind-gzip",
            FileKind::SevenZip => "file-kind-7z",
            FileKind::Rar => "file-kind-rar",
            FileKind::Executable => "file-kind-executable",
            FileKind::Sqlite => "file-kind-sqlite",
            FileKind::Rtf => "file-kind-rtf",
            FileKind::WordDoc => "file-kind-word",
            FileKind::OleDocument => "file-kind-ole",
            FileKind::OpenDocumentText => "file-kind-odf-text",
            FileKind::Docx => "file-kind-docx",
            FileKind::Pptx => "file-kind-pptx",
            FileKind::Binary => "file-kind-binary",
        })
    }
}

impl Localize for SheetFormat {
    fn localize(&self, tr: &Catalog) -> String {
        tr.t(match self {
            SheetFormat::Xlsb => "sheet-format-xlsb",
            SheetFormat::Xml2003 => "sheet-format-xml2003",
            SheetFormat::Html => "sheet-format-html",
        })
    }
}

impl Localize for XlsxProblem {
    fn localize(&self, tr: &Catalog) -> String {
        match self {
            XlsxProblem::NoSheetReadable(sheets) => {
                tr!(tr, "xlsx-no-sheet", sheets = sheets.join("; "))
            }
            XlsxProblem::BadZip(e) => tr!(tr, "xlsx-bad-zip", reason = e.clone()),
            XlsxProblem::MissingPart(part) => tr!(tr, "xlsx-missing-part", part = part.clone()),
            XlsxProblem::Other(e) => e.clone(),
        }
    }
}

fn scheme(tr: &Catalog, s: Scheme) -> String {
    tr.t(match s {
        Scheme::CnUscc => "id-scheme-uscc",
        Scheme::RuInn => "id-scheme-inn",
        Scheme::RuOgrn => "id-scheme-ogrn",
        Scheme::Lei => "id-scheme-lei",
        Scheme::Other => "id-scheme-other",
    })
}

impl Localize for IdProblem {
    fn localize(&self, tr: &Catalog) -> String {
        match self {
            IdProblem::CheckCharacter { expected } => {
                tr!(tr, "id-problem-check", expected = expected.to_string())
            }
            IdProblem::OrganisationCode => tr.t("id-problem-orgcode"),
            IdProblem::BadCharacter { found } => {
                tr!(tr, "id-problem-character", found = found.to_string())
            }
            IdProblem::Length { found, expected } => tr!(
                tr,
                "id-problem-length",
                found = *found,
                expected = *expected
            ),
        }
    }
}

impl Localize for IdWarning {
    fn localize(&self, tr: &Catalog) -> String {
        tr!(
            tr,
            "id-invalid",
            value = self.id.value.clone(),
            scheme = scheme(tr, self.id.scheme),
            problem = self.problem.localize(tr)
        )
    }
}

/// "line" / "lines" / "row" / "rows" for `count` records.
fn origin_word(tr: &Catalog, origin: Origin, count: usize) -> String {
    let id = match origin {
        Origin::Line => "origin-line",
        Origin::Row => "origin-row",
    };
    tr!(tr, id, count = count)
}

impl Localize for At {
    fn localize(&self, tr: &Catalog) -> String {
        let at = tr!(
            tr,
            "at-place",
            word = origin_word(tr, self.origin, 1),
            n = number(tr.lang(), self.number)
        );
        match &self.sheet {
            Some(sheet) => tr!(tr, "at-sheet", place = at, sheet = sheet.clone()),
            None => at,
        }
    }
}

impl Localize for RowRefs {
    fn localize(&self, tr: &Catalog) -> String {
        tr!(
            tr,
            "rows-ref",
            count = self.count,
            rows = self.data_rows(),
            more = self.more(),
            moren = n(tr, self.more()),
            word = origin_word(tr, self.origin, self.count),
            origins = self.origins()
        )
    }
}

impl Localize for InputError {
    fn localize(&self, tr: &Catalog) -> String {
        let file = self.file().to_string();
        match self {
            InputError::Empty {
                workbook: false, ..
            } => tr!(tr, "input-empty", file = file),
            InputError::Empty { workbook: true, .. } => {
                tr!(tr, "input-empty-workbook", file = file)
            }
            InputError::HeaderOnly { columns, .. } => {
                tr!(
                    tr,
                    "input-header-only",
                    file = file,
                    columns = columns.join(", ")
                )
            }
            InputError::NotASpreadsheet { detected, .. } => tr!(
                tr,
                "input-not-spreadsheet",
                file = file,
                detected = detected.localize(tr)
            ),
            InputError::UnsupportedSpreadsheet { format, .. } => {
                tr!(
                    tr,
                    "input-unsupported",
                    file = file,
                    format = format.localize(tr)
                )
            }
            InputError::PasswordProtected { .. } => tr!(tr, "input-password", file = file),
            InputError::CorruptXlsx { problem, .. } => {
                tr!(
                    tr,
                    "input-corrupt",
                    file = file,
                    problem = problem.localize(tr)
                )
            }
            InputError::TooBig {
                bytes, max_bytes, ..
            } => tr!(
                tr,
                "input-too-big",
                file = file,
                size = megabytes(tr.lang(), *bytes),
                max = megabytes(tr.lang(), *max_bytes)
            ),
            InputError::TooManyRows { max_rows, at, .. } => tr!(
                tr,
                "input-too-many-rows",
                file = file,
                max = n(tr, *max_rows),
                at = at.localize(tr)
            ),
        }
    }
}

impl Localize for InputWarning {
    fn localize(&self, tr: &Catalog) -> String {
        use InputWarning as W;
        match self {
            W::RecordSkipped { line, reason } => tr!(
                tr,
                "warn-record-skipped",
                line = number(tr.lang(), *line),
                reason = reason.clone()
            ),
            W::UnclosedQuote { cells } => {
                tr!(tr, "warn-unclosed-quote", count = *cells, n = n(tr, *cells))
            }
            W::ReadAsWindows1252 => tr.t("warn-windows-1252"),
            W::PasteCut { max_rows } => tr!(tr, "warn-paste-cut", max = n(tr, *max_rows)),
            W::NothingPasted => tr.t("warn-nothing-pasted"),
            W::PasteHeaderOnly { columns } => {
                tr!(tr, "warn-paste-header-only", columns = columns.join(", "))
            }
            W::TitleLines {
                origin,
                count,
                first,
                last,
                titles,
            } => {
                let range = if *count == 1 {
                    first.to_string()
                } else {
                    format!("{first}-{last}")
                };
                let quoted: Vec<String> = titles.iter().map(|t| format!("\"{t}\"")).collect();
                tr!(
                    tr,
                    "warn-title-lines",
                    count = *count,
                    word = origin_word(tr, *origin, *count),
                    range = range,
                    titles = quoted.join(", ")
                )
            }
            W::NoHeader { origin, width } => tr!(
                tr,
                "warn-no-header",
                word = origin_word(tr, *origin, 1),
                width = *width
            ),
            W::ShortRows { rows, header_width } => tr!(
                tr,
                "warn-short-rows",
                count = rows.count,
                n = n(tr, rows.count),
                width = *header_width,
                rows = rows.localize(tr)
            ),
            W::LongRows { rows, header_width } => tr!(
                tr,
                "warn-long-rows",
                count = rows.count,
                n = n(tr, rows.count),
                width = *header_width,
                next = header_width + 1,
                rows = rows.localize(tr)
            ),
            W::CellsCut { cells, max_chars } => tr!(
                tr,
                "warn-cells-cut",
                count = cells.count,
                n = n(tr, cells.count),
                max = n(tr, *max_chars),
                rows = cells.localize(tr)
            ),
            W::NoNameColumn => tr.t("warn-no-name-column"),
            W::EmptyNames { rows, column } => names_warning(tr, "warn-empty-names", rows, column),
            W::NoLetterNames { rows, column } => {
                names_warning(tr, "warn-no-letter-names", rows, column)
            }
            W::LegalFormOnlyNames { rows, column } => {
                names_warning(tr, "warn-legal-form-names", rows, column)
            }
            W::SheetOffset { sheet, column } => tr!(
                tr,
                "warn-sheet-offset",
                sheet = sheet.clone(),
                column = column.clone()
            ),
            W::OtherSheets { sheet, others } => tr!(
                tr,
                "warn-other-sheets",
                sheet = sheet.clone(),
                others = others.join(", ")
            ),
        }
    }
}

fn names_warning(tr: &Catalog, id: &str, rows: &RowRefs, column: &str) -> String {
    tr!(
        tr,
        id,
        count = rows.count,
        n = n(tr, rows.count),
        column = column.to_string(),
        rows = rows.localize(tr)
    )
}

impl Localize for BundleError {
    fn localize(&self, tr: &Catalog) -> String {
        match self {
            BundleError::TooShort { len } => tr!(tr, "bundle-too-short", len = n(tr, *len)),
            BundleError::BadMagic => tr.t("bundle-bad-magic"),
            BundleError::UnsupportedVersion { found } => tr!(
                tr,
                "bundle-version",
                found = found.to_string(),
                expected = FORMAT_VERSION.to_string()
            ),
            BundleError::ChecksumMismatch => tr.t("bundle-checksum"),
            BundleError::Decode(e) => tr!(tr, "bundle-decode", reason = e.clone()),
            // Never met while loading; the engine's words are the best there are.
            BundleError::Encode(_) => self.to_string(),
        }
    }
}

impl Localize for LoadProblem {
    fn localize(&self, tr: &Catalog) -> String {
        match self {
            LoadProblem::Network { url, reason } => {
                tr!(
                    tr,
                    "load-network",
                    url = url.clone(),
                    reason = reason.clone()
                )
            }
            LoadProblem::Http { url, status } => {
                tr!(
                    tr,
                    "load-http",
                    url = url.clone(),
                    status = status.to_string()
                )
            }
            LoadProblem::Bundle(e) => tr!(tr, "load-bundle", reason = e.localize(tr)),
        }
    }
}

impl Localize for ParseProblem {
    fn localize(&self, tr: &Catalog) -> String {
        match self {
            ParseProblem::Input(e) => e.localize(tr),
            ParseProblem::EmptyPaste(Some(w)) => w.localize(tr),
            ParseProblem::EmptyPaste(None) => tr.t("warn-nothing-pasted"),
            ParseProblem::PasteBoxEmpty => tr.t("error-paste-empty"),
            ParseProblem::Unreadable { file, reason } => tr!(
                tr,
                "error-file-unreadable",
                file = file.clone(),
                reason = reason.clone()
            ),
            ParseProblem::ReaderUnavailable { reason } => {
                tr!(tr, "error-reader-unavailable", reason = reason.clone())
            }
            ParseProblem::ReaderCrashed { reason } => {
                tr!(tr, "error-reader-crashed", reason = reason.clone())
            }
        }
    }
}

impl Localize for DecisionsProblem {
    fn localize(&self, tr: &Catalog) -> String {
        use DecisionsProblem as P;
        let header = DECISIONS_HEADER.join(",");
        match self {
            P::Empty => tr!(tr, "decisions-empty", header = header),
            P::NotCsv(e) => tr!(tr, "decisions-not-csv", reason = e.clone()),
            P::MissingColumn { column, found } => tr!(
                tr,
                "decisions-missing-column",
                column = column.clone(),
                header = header,
                found = found.join(",")
            ),
            P::TooFewColumns { expected, found } => tr!(
                tr,
                "decisions-few-columns",
                expected = *expected,
                found = *found
            ),
            P::EmptySupplier => tr.t("decisions-empty-supplier"),
            P::EmptyEntityId => tr.t("decisions-empty-entity"),
            P::UnknownList(cell) => tr!(
                tr,
                "decisions-unknown-list",
                cell = cell.clone(),
                lists = ListCode::ALL.map(|c| c.as_str()).join(", ")
            ),
            P::UnknownDecision(cell) => tr!(
                tr,
                "decisions-unknown-decision",
                cell = cell.clone(),
                labels = DecisionStatus::ALL
                    .map(|s| format!("\"{}\"", s.label()))
                    .join(", ")
            ),
        }
    }
}

impl Localize for DecisionsError {
    fn localize(&self, tr: &Catalog) -> String {
        tr!(
            tr,
            "decisions-error",
            file = self.file.clone(),
            line = number(tr.lang(), self.line),
            problem = self.problem.localize(tr)
        )
    }
}

/// "CSV, ';'-separated, UTF-8 (with BOM)" / "Excel workbook, sheet 'Suppliers'".
impl Localize for Source {
    fn localize(&self, tr: &Catalog) -> String {
        let encoding = self.encoding.clone();
        match (self.format, self.delimiter) {
            (Format::Xlsx | Format::Xls | Format::Ods, _) => tr!(
                tr,
                match self.format {
                    Format::Xls => "source-xls",
                    Format::Ods => "source-ods",
                    _ => "source-xlsx",
                },
                sheet = self.sheet.clone().unwrap_or_default()
            ),
            (_, Some('\t')) => tr!(tr, "source-tab", encoding = encoding),
            (_, Some(d)) => tr!(
                tr,
                "source-csv",
                delimiter = d.to_string(),
                encoding = encoding
            ),
            (_, None) => tr!(tr, "source-lines", encoding = encoding),
        }
    }
}

fn field(tr: &Catalog, f: Field) -> String {
    tr.t(match f {
        Field::Address => "risk-field-address",
        Field::Name => "risk-field-name",
        Field::Country => "risk-field-country",
        Field::Product => "risk-field-product",
    })
}

fn labour(kind: RiskKind) -> &'static str {
    match kind {
        RiskKind::ChildLabourGood => "child",
        RiskKind::ForcedChildLabourGood => "forced-child",
        RiskKind::DerivedLabourGood => "derived",
        RiskKind::ForcedLabourGood => "forced",
        // Never the kind of an ILAB good's text, the only one worded with this.
        RiskKind::WroMerchandise
        | RiskKind::XinjiangAddress
        | RiskKind::XinjiangRegistration
        | RiskKind::ListedAddress
        | RiskKind::PrioritySector => "forced",
    }
}

impl Localize for Why {
    fn localize(&self, tr: &Catalog) -> String {
        match self {
            Why::Names { product, phrase } => tr!(
                tr,
                "risk-why-names",
                product = product.clone(),
                phrase = phrase.clone()
            ),
            Why::FiledUnder {
                product,
                word,
                good,
            } => tr!(
                tr,
                "risk-why-filed",
                product = product.clone(),
                word = word.clone(),
                good = good.clone()
            ),
            Why::Shares { product, word } => tr!(
                tr,
                "risk-why-shares",
                product = product.clone(),
                word = word.clone()
            ),
            Why::FallsUnder {
                product,
                word,
                family,
            } => tr!(
                tr,
                "risk-why-falls",
                product = product.clone(),
                word = word.clone(),
                family = family.clone()
            ),
        }
    }
}

impl Localize for SectorWhy {
    fn localize(&self, tr: &Catalog) -> String {
        match self {
            SectorWhy::Word { product, keyword } => tr!(
                tr,
                "risk-why-sector-word",
                product = product.clone(),
                keyword = keyword.clone()
            ),
            SectorWhy::Hs { code, prefix } => tr!(
                tr,
                "risk-why-sector-hs",
                code = code.clone(),
                prefix = prefix.clone()
            ),
            SectorWhy::HsAndWord {
                code,
                prefix,
                product,
                keyword,
            } => tr!(
                tr,
                "risk-why-sector-both",
                code = code.clone(),
                prefix = prefix.clone(),
                product = product.clone(),
                keyword = keyword.clone()
            ),
        }
    }
}

fn sector_scope(scope: SectorScope) -> &'static str {
    match scope {
        SectorScope::Named => "named",
        SectorScope::Downstream => "downstream",
        SectorScope::Related => "related",
    }
}

/// A risk signal's one-line title in the reader's language.
pub fn risk_title(tr: &Catalog, s: &RiskSignal) -> String {
    match &s.text {
        RiskText::Good { good, country, .. } => tr!(
            tr,
            "risk-title-good",
            kind = labour(s.kind),
            good = good.clone(),
            country = country.clone()
        ),
        RiskText::Wro {
            order_type,
            name,
            merchandise,
            country,
            ..
        } => tr!(
            tr,
            "risk-title-wro",
            order = order_type.clone(),
            merchandise = merchandise.clone(),
            country = country.clone(),
            name = name.clone()
        ),
        RiskText::Vessels {
            merchandise, names, ..
        } => tr!(
            tr,
            "risk-title-vessels",
            merchandise = merchandise.join(", "),
            count = names.len()
        ),
        RiskText::Registered {
            division, place, ..
        } => tr!(
            tr,
            "risk-title-registered",
            division = division.clone(),
            place = place.clone()
        ),
        RiskText::ListedAddress { entity_name, .. } => tr!(
            tr,
            "risk-title-listed-address",
            entity = entity_name.clone(),
            list = s.list.as_str()
        ),
        RiskText::Sector {
            wording,
            named_in,
            why,
            ..
        } => {
            let how = match why {
                SectorWhy::Word { keyword, .. } => {
                    tr!(tr, "risk-sector-by-word", keyword = keyword.clone())
                }
                SectorWhy::Hs { code, .. } => tr!(tr, "risk-sector-by-hs", code = code.clone()),
                SectorWhy::HsAndWord { code, keyword, .. } => tr!(
                    tr,
                    "risk-sector-by-both",
                    code = code.clone(),
                    keyword = keyword.clone()
                ),
            };
            tr!(
                tr,
                "risk-title-sector",
                wording = wording.clone(),
                named = named_in.clone(),
                how = how
            )
        }
        RiskText::Xinjiang {
            field: f, places, ..
        } => tr!(
            tr,
            "risk-title-xinjiang",
            field = field(tr, *f),
            places = places.join(", ")
        ),
    }
}

/// What a risk signal's list says, why it matched, and what it does not mean.
pub fn risk_detail(tr: &Catalog, s: &RiskSignal) -> String {
    match &s.text {
        RiskText::Good {
            good,
            country,
            input_country,
            why,
        } => {
            let kind = match (s.kind, input_country) {
                (RiskKind::DerivedLabourGood, Some(_)) => "derived-in",
                (k, _) => labour(k),
            };
            tr!(
                tr,
                "risk-detail-good",
                kind = kind,
                good = good.clone(),
                country = country.clone(),
                input = input_country.clone().unwrap_or_default(),
                why = why.localize(tr)
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
                .as_ref()
                .map(|d| tr!(tr, "risk-wro-since", date = d.clone()))
                .unwrap_or_default();
            let scope = if *region_wide {
                tr!(tr, "risk-scope-region", country = country.clone())
            } else {
                tr.t("risk-scope-producer")
            };
            tr!(
                tr,
                "risk-detail-wro",
                order = order_type.clone(),
                name = name.clone(),
                country = country.clone(),
                merchandise = merchandise.clone(),
                status = status.clone(),
                since = since,
                scope = scope,
                why = why.localize(tr)
            )
        }
        RiskText::Vessels {
            merchandise,
            names,
            why,
        } => tr!(
            tr,
            "risk-detail-vessels",
            merchandise = merchandise.join(", "),
            names = names.join("; "),
            why = why.localize(tr)
        ),
        RiskText::Registered {
            uscc,
            division,
            place,
        } => tr!(
            tr,
            "risk-detail-registered",
            uscc = uscc.clone(),
            division = division.clone(),
            place = place.clone()
        ),
        RiskText::ListedAddress {
            entity_id,
            entity_name,
            listed,
            written,
        } => tr!(
            tr,
            "risk-detail-listed-address",
            written = written.clone(),
            entity = entity_name.clone(),
            id = entity_id.clone(),
            listed = listed.clone()
        ),
        RiskText::Sector {
            wording,
            named_in,
            url,
            scope,
            why,
            ..
        } => tr!(
            tr,
            "risk-detail-sector",
            wording = wording.clone(),
            named = named_in.clone(),
            url = url.clone(),
            why = why.localize(tr),
            scope = sector_scope(*scope)
        ),
        RiskText::Xinjiang {
            field: f,
            places,
            written,
        } => tr!(
            tr,
            "risk-detail-xinjiang",
            field = field(tr, *f),
            places = places.join(", "),
            written = written.join("\", \"")
        ),
    }
}

#[cfg(test)]
mod tests;
