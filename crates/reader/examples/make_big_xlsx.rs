//! Writes a large supplier workbook with a real spreadsheet writer (rust_xlsxwriter), for the
//! browser's big-file test (`tests/e2e/robustness.spec.mjs`); too big to commit as a fixture.
//!
//!     cargo run -q -p supplyscreen-reader --example make_big_xlsx -- OUT.xlsx ROWS

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(out), Some(rows)) = (args.next(), args.next().and_then(|n| n.parse::<u32>().ok()))
    else {
        eprintln!("usage: make_big_xlsx OUT.xlsx ROWS");
        std::process::exit(2);
    };
    // Mostly ordinary suppliers, with a listed one every 1,000 rows, as in a real vendor master.
    let listed = [
        "Hoshine Silicon Industry Co., Ltd.",
        "Xinjiang Daqo New Energy Co., Ltd.",
    ];
    let countries = ["CN", "DE", "US", "VN", "MX", "IN"];
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    let header = ["Supplier Name", "Country", "Address", "Product"];
    let mut write = |r: u32, c: u16, s: &str| {
        if let Err(e) = ws.write_string(r, c, s) {
            eprintln!("make_big_xlsx: {e}");
            std::process::exit(1);
        }
    };
    for (c, h) in header.iter().enumerate() {
        write(0, c as u16, h);
    }
    for i in 0..rows {
        let name = if i % 1000 == 999 {
            listed[(i as usize / 1000) % listed.len()].to_string()
        } else {
            format!("Supplier {i:06} Industrial Manufacturing Co., Ltd.")
        };
        write(i + 1, 0, &name);
        write(i + 1, 1, countries[i as usize % countries.len()]);
        write(i + 1, 2, &format!("No. {} Industrial Park Road", i % 997));
        write(i + 1, 3, "Polysilicon");
    }
    if let Err(e) = wb.save(&out) {
        eprintln!("make_big_xlsx: cannot write {out}: {e}");
        std::process::exit(1);
    }
}
