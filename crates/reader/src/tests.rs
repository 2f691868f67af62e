//! Every fixture in `tests/fixtures/` (written by `scripts/make_fixtures.py` with real spreadsheet
//! writers) through the public API, plus the big-file tests whose inputs are generated in a temp dir.

use super::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read fixture {}: {e}", path.display()))
}

fn read(name: &str) -> Result<Table, InputError> {
    read_table(name, &fixture(name), &Limits::default())
}

fn ok(name: &str) -> Table {
    read(name).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn col(t: &Table, i: usize) -> Vec<&str> {
    t.rows.iter().map(|r| r[i].as_str()).collect()
}

const HEADER: [&str; 4] = ["Supplier Name", "Country", "Address", "Product"];

fn mapping(
    name: usize,
    country: usize,
    address: Option<usize>,
    product: Option<usize>,
) -> ColumnMapping {
    ColumnMapping {
        name: Some(name),
        country: Some(country),
        address,
        product,
        ..ColumnMapping::default()
    }
}

#[test]
fn utf8_with_bom_excel_csv() {
    let t = ok("utf8_bom.csv");
    assert_eq!(t.source.format, Format::Csv);
    assert_eq!(t.source.encoding, "UTF-8 (with BOM)");
    assert_eq!(t.source.delimiter, Some(','));
    assert_eq!(t.columns, HEADER);
    assert_eq!(t.rows.len(), 21);
    assert_eq!(t.rows[0][0], "Hoshine Silicon Industry Co., Ltd.");
    assert_eq!(t.rows[0][1], "CN");
    assert_eq!(t.rows[17][0], "Grupo Bimbo, S.A.B. de C.V.");
    assert_eq!(t.rows[20][0], "合盛硅业股份有限公司");
    assert!(t.warnings.is_empty(), "{:?}", t.warnings);
    assert_eq!(detect_columns(&t), mapping(0, 1, Some(2), Some(3)));
}

#[test]
fn semicolon_german_export() {
    let t = ok("semicolon.csv");
    assert_eq!(t.source.delimiter, Some(';'));
    assert_eq!(t.source.encoding, "UTF-8");
    assert_eq!(
        t.columns,
        ["Lieferant", "Land", "Adresse", "Warengruppe", "Umsatz EUR"]
    );
    assert_eq!(t.rows.len(), 12);
    assert_eq!(t.rows[0][4], "1000,50");
    assert_eq!(t.rows[10][2], "Werner-von-Siemens-Straße 1, 80333 München");
    assert_eq!(detect_columns(&t), mapping(0, 1, Some(2), Some(3)));
}

#[test]
fn tab_separated_with_vendor_number_column() {
    let t = ok("tab.tsv");
    assert_eq!(t.source.delimiter, Some('\t'));
    assert_eq!(t.columns, ["Vendor", "Vendor No.", "Country", "Commodity"]);
    assert_eq!(t.rows.len(), 21);
    assert_eq!(t.rows[3][1], "100003");
    // "Vendor No." must not be taken for the name.
    assert_eq!(detect_columns(&t), mapping(0, 2, None, Some(3)));
}

#[test]
fn utf16le_with_bom_unicode_text() {
    let t = ok("utf16le_bom.txt");
    assert_eq!(t.source.encoding, "UTF-16LE (with BOM)");
    assert_eq!(t.source.delimiter, Some('\t'));
    assert_eq!(t.columns, HEADER);
    assert_eq!(t.rows.len(), 21);
    assert_eq!(t.rows[20][2], "浙江省嘉兴市");
    assert_eq!(t.rows[18][0], "A.P. Møller - Mærsk A/S");
}

#[test]
fn windows_1252_accents() {
    let t = ok("windows1252.csv");
    assert_eq!(t.source.encoding, "Windows-1252");
    assert_eq!(t.columns, ["Name", "Pays"]);
    assert_eq!(
        col(&t, 0),
        [
            "Société Générale",
            "Müller GmbH",
            "Nestlé",
            "Electricité de France (EDF)",
            "Bäckerei Groß & Söhne KG",
            "Cañas y Señores S.L. – €"
        ]
    );
    assert!(
        texts(&t).iter().any(|w| w.contains("Windows-1252")),
        "{:?}",
        t.warnings
    );
    assert_eq!(detect_columns(&t), mapping(0, 1, None, None));
}

#[test]
fn gbk_chinese_excel_csv() {
    let t = ok("gbk.csv");
    assert_eq!(t.source.encoding, "GBK");
    assert_eq!(t.columns, ["供应商名称", "国家", "产品"]);
    assert_eq!(t.rows[0], ["合盛硅业股份有限公司", "中国", "工业硅"]);
    assert_eq!(detect_columns(&t), mapping(0, 1, None, Some(2)));
}

#[test]
fn mixed_line_endings() {
    let t = ok("mixed_line_endings.csv");
    assert_eq!(t.columns, ["Supplier", "Country"]);
    assert_eq!(
        col(&t, 0),
        [
            "Hoshine Silicon Industry Co. Ltd",
            "Siemens AG",
            "BASF SE",
            "Toyota Motor Corporation",
            "Nestlé S.A."
        ]
    );
    assert_eq!(col(&t, 1), ["CN", "DE", "DE", "JP", "CH"]);
}

#[test]
fn quoted_fields_with_embedded_newlines() {
    let t = ok("embedded_newlines.csv");
    assert_eq!(t.columns, ["Supplier Name", "Address", "Country"]);
    assert_eq!(t.rows.len(), 3);
    assert_eq!(t.rows[0][1], "No. 530 Yazhong Road\nJiaxing, Zhejiang");
    assert_eq!(t.rows[1][1], "Robert-Bosch-Platz 1\r\n70839 Gerlingen");
    assert_eq!(t.rows[2][0], "The \"Best\" Widgets Company");
    assert_eq!(t.rows[2][2], "US");
    assert_eq!(detect_columns(&t), mapping(0, 2, Some(1), None));
}

#[test]
fn ragged_rows_are_padded_and_reported() {
    let t = ok("ragged.csv");
    assert_eq!(
        t.columns,
        ["Supplier Name", "Country", "Product", "Column 4"]
    );
    assert_eq!(t.rows.len(), 5);
    assert!(t.rows.iter().all(|r| r.len() == 4));
    assert_eq!(t.rows[1], ["BASF SE", "", "", ""]);
    assert_eq!(t.rows[3], ["Tata Steel", "Limited", "IN", "Steel"]);
    assert_eq!(
        t.rows[4],
        ["Toyota Motor Corporation", "JP", "Vehicles", ""]
    );
    let short = texts(&t)
        .into_iter()
        .find(|w| w.contains("fewer cells"))
        .expect("short-row warning");
    assert!(short.contains("data rows 2, 3 (lines 3, 4)"), "{short}");
    let long = texts(&t)
        .into_iter()
        .find(|w| w.contains("more cells"))
        .expect("long-row warning");
    assert!(long.contains("data row 4 (line 5)"), "{long}");
    assert_eq!(t.warnings.len(), 2, "{:?}", t.warnings);
}

#[test]
fn edge_case_names_are_kept_verbatim_and_flagged() {
    let t = ok("edge_names.csv");
    assert_eq!(t.rows.len(), 13);
    assert_eq!(
        t.rows[0][0].chars().count(),
        1000,
        "1,000-character name kept whole by default"
    );
    assert_eq!(t.rows[5][0], "🍫 Chocolate Factory Ltd 🏭");
    assert_eq!(t.rows[6][0], "شركة الزيت العربية السعودية");
    assert_eq!(t.rows[7][0], "טבע תעשיות פרמצבטיות בע\"מ");
    assert_eq!(
        t.rows[8][0], "<img src=x onerror=alert(1)>",
        "no escaping here: the UI escapes"
    );
    assert_eq!(t.rows[11][0], "");
    let find = |needle: &str| {
        texts(&t)
            .into_iter()
            .find(|w| w.contains(needle))
            .unwrap_or_else(|| panic!("no warning with {needle:?} in {:?}", t.warnings))
    };
    assert!(find("no supplier name").contains("data row 12 (line 13)"));
    assert!(find("no letters or digits").contains("data rows 2, 3 ("));
    assert!(find("only a legal form").contains("data rows 4, 5 ("));

    let small = Limits {
        max_cell_chars: 100,
        ..Limits::default()
    };
    let t = read_table("edge_names.csv", &fixture("edge_names.csv"), &small).unwrap();
    assert_eq!(t.rows[0][0].chars().count(), 100);
    let w = texts(&t)
        .into_iter()
        .find(|w| w.contains("cut to"))
        .expect("truncation warning");
    assert!(
        w.starts_with("1 cell longer than 100 characters was cut"),
        "{w}"
    );
    assert!(w.contains("data row 1 (line 2)"), "{w}");
}

#[test]
fn headerless_file_gets_generated_names_and_content_detection() {
    let t = ok("no_header.csv");
    assert_eq!(t.columns, ["Column 1", "Column 2"]);
    assert_eq!(t.rows.len(), 10);
    assert_eq!(t.rows[0][0], "Hoshine Silicon Industry Co., Ltd.");
    assert!(texts(&t).iter().any(|w| w.contains("No header row")));
    assert_eq!(detect_columns(&t), mapping(0, 1, None, None));
}

#[test]
fn one_name_per_line_with_commas_inside_names() {
    let t = ok("names_only.txt");
    assert_eq!(t.source.delimiter, None);
    assert_eq!(t.columns, ["Column 1"]);
    assert_eq!(t.rows.len(), 8);
    assert_eq!(
        t.rows[1][0],
        "Xinjiang GCL New Energy Material Technology Co., Ltd."
    );
    assert_eq!(detect_columns(&t).name, Some(0));
}

#[test]
fn xlsx_from_openpyxl() {
    let t = ok("suppliers.xlsx");
    assert_eq!(t.source.format, Format::Xlsx);
    assert_eq!(t.source.sheet.as_deref(), Some("Suppliers"));
    assert_eq!(t.source.delimiter, None);
    assert_eq!(t.columns, HEADER);
    assert_eq!(t.rows.len(), 21);
    assert_eq!(t.rows[0][0], "Hoshine Silicon Industry Co., Ltd.");
    assert_eq!(t.rows[12][0], "Molkerei Alois Müller GmbH & Co. KG");
    assert_eq!(t.rows[20][3], "工业硅");
    assert_eq!(t.warnings.len(), 1, "{:?}", t.warnings);
    assert!(texts(&t)[0].contains("\"Notes\""), "{:?}", t.warnings);
    assert_eq!(detect_columns(&t), mapping(0, 1, Some(2), Some(3)));
}

#[test]
fn xlsx_skips_empty_first_sheet_and_offset_data() {
    let t = ok("second_sheet.xlsx");
    assert_eq!(t.source.sheet.as_deref(), Some("Lieferanten"));
    assert_eq!(t.columns, HEADER);
    assert_eq!(t.rows.len(), 5);
    assert_eq!(t.rows[4][0], "Xinjiang Production and Construction Corps");
    assert!(
        texts(&t).iter().any(|w| w.contains("starts in column C")),
        "{:?}",
        t.warnings
    );
}

#[test]
fn bad_files_get_the_right_error() {
    type Case = (&'static str, fn(&InputError) -> bool, &'static str);
    let cases: [Case; 8] = [
        (
            "empty.csv",
            |e| {
                matches!(
                    e,
                    InputError::Empty {
                        workbook: false,
                        ..
                    }
                )
            },
            "is empty",
        ),
        (
            "header_only.csv",
            |e| matches!(e, InputError::HeaderOnly { .. }),
            "(Supplier Name, Country, Address, Product) but no data rows",
        ),
        (
            "binary_renamed.csv",
            |e| {
                matches!(
                    e,
                    InputError::NotASpreadsheet {
                        detected: FileKind::Png,
                        ..
                    }
                )
            },
            "looks like a PNG image",
        ),
        (
            "pdf_renamed.xlsx",
            |e| {
                matches!(
                    e,
                    InputError::NotASpreadsheet {
                        detected: FileKind::Pdf,
                        ..
                    }
                )
            },
            "looks like a PDF document",
        ),
        (
            "corrupt_truncated.xlsx",
            |e| matches!(e, InputError::CorruptXlsx { .. }),
            "damaged or incomplete",
        ),
        (
            "password.xlsx",
            |e| matches!(e, InputError::PasswordProtected { .. }),
            "the workbook is password-protected: save an unprotected copy",
        ),
        (
            "empty_sheets.xlsx",
            |e| matches!(e, InputError::Empty { workbook: true, .. }),
            "every sheet of the workbook is empty",
        ),
        (
            "utf8_bom.csv",
            |e| matches!(e, InputError::TooBig { .. }),
            "over the",
        ),
    ];
    for (name, is_expected, message) in cases {
        let limits = if name == "utf8_bom.csv" {
            Limits {
                max_bytes: 1000,
                ..Limits::default()
            }
        } else {
            Limits::default()
        };
        let err = read_table(name, &fixture(name), &limits).expect_err(name);
        assert!(is_expected(&err), "{name}: unexpected {err:?}");
        let text = err.to_string();
        assert!(text.starts_with(&format!("{name}: ")), "{text}");
        assert!(text.contains(message), "{name}: {text}");
        assert_eq!(err.file(), name);
    }
}

#[test]
fn row_limit_names_the_line() {
    let limits = Limits {
        max_rows: 5,
        ..Limits::default()
    };
    let err = read_table("utf8_bom.csv", &fixture("utf8_bom.csv"), &limits).unwrap_err();
    assert_eq!(
        err,
        InputError::TooManyRows {
            file: "utf8_bom.csv".into(),
            max_rows: 5,
            at: At {
                origin: Origin::Line,
                number: 7,
                sheet: None
            }
        }
    );
    let err = read_table("suppliers.xlsx", &fixture("suppliers.xlsx"), &limits).unwrap_err();
    assert!(matches!(err, InputError::TooManyRows { .. }), "{err:?}");
    // Exactly at the limit is fine.
    let limits = Limits {
        max_rows: 21,
        ..Limits::default()
    };
    assert_eq!(
        read_table("utf8_bom.csv", &fixture("utf8_bom.csv"), &limits)
            .unwrap()
            .rows
            .len(),
        21
    );
}

#[test]
fn excel_sep_line_sets_the_delimiter_and_keeps_line_numbers() {
    let bytes = b"sep=;\r\nSupplier Name;Country\r\nSiemens AG;DE\r\n;CN\r\n";
    let t = read_table("sep.csv", bytes, &Limits::default()).unwrap();
    assert_eq!(t.source.delimiter, Some(';'));
    assert_eq!(t.columns, ["Supplier Name", "Country"]);
    assert_eq!(t.rows.len(), 2);
    let w = texts(&t)
        .into_iter()
        .find(|w| w.contains("no supplier name"))
        .unwrap();
    assert!(w.contains("data row 2 (line 4)"), "{w}");
}

#[test]
fn title_line_above_header_is_skipped() {
    let bytes =
        "Vendor master export,,\r\n,,\r\nVendor Name,Country,Commodity\r\nBASF SE,DE,Chemicals\r\n";
    let t = read_table("title.csv", bytes.as_bytes(), &Limits::default()).unwrap();
    assert_eq!(t.columns, ["Vendor Name", "Country", "Commodity"]);
    assert_eq!(t.rows, [["BASF SE", "DE", "Chemicals"]]);
    assert!(
        texts(&t)[0].contains(
            "Skipped 2 title lines above the header (lines 1-2): \"Vendor master export\""
        ),
        "{:?}",
        t.warnings
    );
}

#[test]
fn pasted_names_and_cells() {
    let t = read_pasted("Hoshine Silicon Industry Co., Ltd.\n\n  Siemens AG  \r\nNestlé S.A.\n");
    assert_eq!(t.source.format, Format::Pasted);
    assert_eq!(t.columns, ["Column 1"]);
    assert_eq!(
        col(&t, 0),
        [
            "Hoshine Silicon Industry Co., Ltd.",
            "Siemens AG",
            "Nestlé S.A."
        ]
    );

    let t = read_pasted(
        "Supplier Name\tCountry\nHoshine Silicon Industry Co., Ltd.\tCN\nBASF SE\tDE\n",
    );
    assert_eq!(t.source.delimiter, Some('\t'));
    assert_eq!(t.columns, ["Supplier Name", "Country"]);
    assert_eq!(
        t.rows,
        [
            ["Hoshine Silicon Industry Co., Ltd.", "CN"],
            ["BASF SE", "DE"]
        ]
    );
    assert_eq!(detect_columns(&t), mapping(0, 1, None, None));

    let t = read_pasted("Supplier Name\n");
    assert!(t.rows.is_empty());
    assert!(texts(&t)[0].contains("Only a header line"));

    let t = read_pasted("  \n\n");
    assert!(t.rows.is_empty());
    assert!(texts(&t)[0].contains("Nothing to screen"));

    // A name starting with a quote is not a CSV quote in a paste.
    let t = read_pasted("\"Best\" Widgets Ltd\nSiemens AG\n");
    assert_eq!(t.rows[0][0], "\"Best\" Widgets Ltd");
}

#[test]
fn detect_columns_on_typical_headers() {
    let table = |cols: &[&str]| Table {
        columns: cols.iter().map(|c| c.to_string()).collect(),
        rows: vec![],
        source: Source {
            format: Format::Csv,
            encoding: "UTF-8".into(),
            delimiter: Some(','),
            sheet: None,
        },
        warnings: vec![],
    };
    let m = detect_columns(&table(&[
        "Vendor ID",
        "Vendor Name",
        "Street",
        "Ctry",
        "Material Group",
    ]));
    assert_eq!(m, mapping(1, 3, Some(2), Some(4)));
    let m = detect_columns(&table(&[
        "Nr",
        "Proveedor",
        "Dirección",
        "País",
        "Producto",
    ]));
    assert_eq!(m, mapping(1, 3, Some(2), Some(4)));
    let m = detect_columns(&table(&["Fournisseur", "Adresse", "Pays", "Produit"]));
    assert_eq!(m, mapping(0, 2, Some(1), Some(3)));
    let m = detect_columns(&table(&["序号", "公司名称", "地址", "国家", "产品"]));
    assert_eq!(m, mapping(1, 3, Some(2), Some(4)));
    let m = detect_columns(&table(&["Contact Name", "Company", "Land", "Goods"]));
    assert_eq!(m, mapping(1, 2, None, Some(3)));
    let m = detect_columns(&table(&["Razón social", "Pais", "Item"]));
    assert_eq!(m, mapping(0, 1, None, Some(2)));
}

/// Every fixture, cut at many lengths and with bytes flipped, must give a table or an error: never a
/// panic. (Truncated zips, half a UTF-16 code unit, a quote cut open, ...)
#[test]
fn never_panics_on_damaged_fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 20, "fixtures missing: {names:?}");
    for name in names {
        let bytes = fixture(&name);
        let steps = 40.min(bytes.len().max(1));
        for k in 0..=steps {
            let cut = bytes.len() * k / steps;
            let _ = read_table(&name, &bytes[..cut], &Limits::default());
            let mut flipped = bytes.clone();
            if cut < flipped.len() {
                flipped[cut] ^= 0xFF;
                let _ = read_table(&name, &flipped, &Limits::default());
            }
        }
        let _ = read_pasted(&String::from_utf8_lossy(&bytes));
    }
}

/// Big inputs, generated in a temp dir (never committed): a 50 MB CSV and a 200,000-row XLSX written
/// by rust_xlsxwriter. Prints the read time and, on Linux, the peak resident memory during the read
/// (input buffer included). Not ignored: it takes about 5 s in the test profile. See the figures with
/// `cargo test -p supplyscreen-reader --release --lib big_files -- --nocapture`.
#[test]
fn big_files() {
    let dir = std::env::temp_dir().join(format!("supplyscreen-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();

    let csv_path = dir.join("big.csv");
    let rows = big::write_csv(&csv_path, 50_000_000);
    let bytes = std::fs::read(&csv_path).unwrap();
    assert!(bytes.len() >= 50_000_000);
    let t = big::measure("50 MB CSV", || {
        read_table("big.csv", &bytes, &Limits::default()).unwrap()
    });
    assert_eq!(t.rows.len(), rows);
    assert_eq!(t.columns[0], "Supplier Name");
    assert_eq!(t.rows[rows - 1][0], big::name(rows - 1));
    drop((t, bytes));

    let xlsx_path = dir.join("big.xlsx");
    big::write_xlsx(&xlsx_path, 200_000);
    let bytes = std::fs::read(&xlsx_path).unwrap();
    let t = big::measure("200,000-row XLSX", || {
        read_table("big.xlsx", &bytes, &Limits::default()).unwrap()
    });
    assert_eq!(t.rows.len(), 200_000);
    assert_eq!(t.rows[199_999][0], big::name(199_999));
    assert_eq!(t.rows[199_999][4], "199999");
    std::fs::remove_dir_all(&dir).ok();
}

mod big {
    use std::io::Write;
    use std::path::Path;

    const COUNTRIES: [&str; 8] = ["CN", "DE", "US", "JP", "IN", "MX", "VN", "FR"];

    pub fn name(i: usize) -> String {
        format!("Supplier {i:06} Industrial Manufacturing Co., Ltd.")
    }

    /// Writes rows of ~250 bytes until `min_bytes`; returns the number of data rows.
    pub fn write_csv(path: &Path, min_bytes: usize) -> usize {
        let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
        let mut written = out
            .write(b"Supplier Name,Country,Address,Product,Vendor No.,Notes\r\n")
            .unwrap();
        let mut rows = 0;
        while written < min_bytes {
            let line = format!(
                "\"{}\",{},\"No. {} Industrial Park Road, Economic Development Zone, Province\",Polysilicon wafers and ingots,{},\"Reviewed; no issues, annual audit scheduled for Q{} of next year\"\r\n",
                name(rows),
                COUNTRIES[rows % COUNTRIES.len()],
                rows % 997,
                rows,
                rows % 4 + 1
            );
            out.write_all(line.as_bytes()).unwrap();
            written += line.len();
            rows += 1;
        }
        out.flush().unwrap();
        rows
    }

    pub fn write_xlsx(path: &Path, rows: usize) {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for (c, h) in [
            "Supplier Name",
            "Country",
            "Address",
            "Product",
            "Vendor No.",
        ]
        .iter()
        .enumerate()
        {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        for i in 0..rows {
            let r = i as u32 + 1;
            ws.write_string(r, 0, name(i)).unwrap();
            ws.write_string(r, 1, COUNTRIES[i % COUNTRIES.len()])
                .unwrap();
            ws.write_string(r, 2, format!("No. {} Industrial Park Road", i % 997))
                .unwrap();
            ws.write_string(r, 3, "Polysilicon").unwrap();
            ws.write_number(r, 4, i as f64).unwrap();
        }
        wb.save(path).unwrap();
    }

    /// Runs `f`, printing its wall time and (Linux) the peak resident memory reached during it.
    pub fn measure<T>(what: &str, f: impl FnOnce() -> T) -> T {
        // Writing 5 to clear_refs resets the peak (VmHWM) so it covers only `f`.
        let _ = std::fs::write("/proc/self/clear_refs", "5");
        let start = std::time::Instant::now();
        let out = f();
        let elapsed = start.elapsed();
        let peak = std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("VmHWM:"))
                    .map(|l| l.trim().to_string())
            })
            .unwrap_or_else(|| "VmHWM: n/a".into());
        eprintln!(
            "{what}: read in {:.2} s, peak {peak}",
            elapsed.as_secs_f64()
        );
        out
    }
}

/// The warnings as the CLI prints them.
fn texts(t: &Table) -> Vec<String> {
    t.warnings.iter().map(ToString::to_string).collect()
}

#[test]
fn xls_and_ods_read_like_the_same_csv() {
    let csv = ok("suppliers_ids.csv");
    for (file, format) in [
        ("suppliers_ids.xls", Format::Xls),
        ("suppliers_ids.ods", Format::Ods),
    ] {
        let t = ok(file);
        assert_eq!(t.source.format, format, "{file}");
        assert_eq!(t.source.sheet.as_deref(), Some("Suppliers"), "{file}");
        assert_eq!(t.columns, csv.columns, "{file}");
        assert_eq!(t.rows, csv.rows, "{file}");
        assert!(t.warnings.is_empty(), "{file}: {:?}", t.warnings);
    }
    // The registration number and HS code columns are found by their headers.
    let m = detect_columns(&csv);
    assert_eq!((m.id, m.hs), (Some(4), Some(5)));
    assert_eq!(m.name, Some(0));
}

#[test]
fn legacy_xls_from_excel_97_is_read() {
    let t = ok("legacy.xls");
    assert_eq!(t.source.format, Format::Xls);
    assert!(!t.rows.is_empty());
    assert!(detect_columns(&t).name.is_some());
}

#[test]
fn a_column_of_usccs_is_found_by_content() {
    let table = Table {
        columns: vec!["Vendor".into(), "Ref".into()],
        rows: [
            ("Hangzhou Acme Co., Ltd.", "91440101190499390U"),
            ("Beijing Foo Co., Ltd.", "91110000100001043E"),
            ("Shanghai Bar Co., Ltd.", ""),
            ("Wuhan Baz Co., Ltd.", "914201000668186736"),
        ]
        .iter()
        .map(|(a, b)| vec![a.to_string(), b.to_string()])
        .collect(),
        source: Source {
            format: Format::Csv,
            encoding: "UTF-8".into(),
            delimiter: Some(','),
            sheet: None,
        },
        warnings: vec![],
    };
    let m = detect_columns(&table);
    assert_eq!((m.name, m.id), (Some(0), Some(1)));
}
