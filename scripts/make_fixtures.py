#!/usr/bin/env python3
"""Writes the supplier-file fixtures in tests/fixtures/ that the engine's `input` tests read.

Run once (the outputs are committed, so the Rust tests never need Python):

    pip install openpyxl xlwt msoffcrypto-tool
    python3 scripts/make_fixtures.py

Spreadsheets come from real writers (openpyxl for .xlsx, xlwt for legacy .xls, msoffcrypto-tool for
Excel's own password encryption) and text files from Python's csv module and codecs, so the reader is
tested against bytes real software produces. The supplier names are real: some are on the UFLPA
Entity List (e.g. Hoshine Silicon Industry Co., Ltd.), the others are well-known unlisted companies.
The big files (50 MB CSV, 200,000-row XLSX) are NOT written here: a Rust test generates them in a
temporary directory (see crates/engine/src/input/tests.rs).
"""
import csv
import datetime
import io
import os
import struct
import zlib

import openpyxl
import xlwt
import msoffcrypto
from msoffcrypto.format.ooxml import OOXMLFile

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures")
FIXED_TIME = datetime.datetime(2025, 1, 1, 0, 0, 0)

HEADER = ["Supplier Name", "Country", "Address", "Product"]
# (name, ISO country, address, product). The first eight are on the UFLPA Entity List.
SUPPLIERS = [
    ("Hoshine Silicon Industry Co., Ltd.", "CN", "Jiaxing, Zhejiang", "Polysilicon"),
    ("Xinjiang GCL New Energy Material Technology Co., Ltd.", "CN", "Changji, Xinjiang", "Polysilicon"),
    ("Xinjiang Daqo New Energy Co., Ltd.", "CN", "Shihezi, Xinjiang", "Polysilicon"),
    ("Xinjiang East Hope Nonferrous Metals Co., Ltd.", "CN", "Changji, Xinjiang", "Aluminium"),
    ("Xinjiang Production and Construction Corps", "CN", "Urumqi, Xinjiang", "Cotton"),
    ("Xinjiang Zhongtai Chemical Co., Ltd.", "CN", "Urumqi, Xinjiang", "PVC"),
    ("Changji Esquel Textile Co. Ltd.", "CN", "Changji, Xinjiang", "Cotton yarn"),
    ("Ninestar Corporation", "CN", "Zhuhai, Guangdong", "Printer cartridges"),
    ("Nestlé S.A.", "CH", "Avenue Nestlé 55, 1800 Vevey", "Food"),
    ("Robert Bosch GmbH", "DE", "Robert-Bosch-Platz 1, 70839 Gerlingen", "Auto parts"),
    ("Siemens AG", "DE", "Werner-von-Siemens-Straße 1, 80333 München", "Electrical equipment"),
    ("Société Générale S.A.", "FR", "29 Boulevard Haussmann, 75009 Paris", "Banking services"),
    ("Molkerei Alois Müller GmbH & Co. KG", "DE", "Zollerstraße 7, 86850 Fischach", "Dairy"),
    ("BASF SE", "DE", "Carl-Bosch-Straße 38, 67056 Ludwigshafen", "Chemicals"),
    ("Toyota Motor Corporation", "JP", "1 Toyota-cho, Toyota City, Aichi", "Vehicles"),
    ("Samsung Electronics Co., Ltd.", "KR", "129 Samsung-ro, Suwon", "Semiconductors"),
    ("Tata Steel Limited", "IN", "Bombay House, 24 Homi Mody Street, Mumbai", "Steel"),
    ("Grupo Bimbo, S.A.B. de C.V.", "MX", "Prolongación Paseo de la Reforma 1000, Ciudad de México", "Bakery"),
    ("A.P. Møller - Mærsk A/S", "DK", "Esplanaden 50, 1098 København K", "Shipping"),
    ("LONGi Green Energy Technology Co., Ltd.", "CN", "Xi'an, Shaanxi", "Solar modules"),
    ("合盛硅业股份有限公司", "CN", "浙江省嘉兴市", "工业硅"),
]


def path(name):
    return os.path.join(OUT, name)


def write_csv(name, rows, encoding="utf-8", delimiter=",", lineterminator="\r\n"):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator)
    w.writerows(rows)
    with open(path(name), "wb") as f:
        f.write(buf.getvalue().encode(encoding))


def csv_text(rows, delimiter=",", lineterminator="\r\n"):
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator).writerows(rows)
    return buf.getvalue()


def workbook(sheets):
    """sheets: list of (title, rows); rows may be empty for an empty sheet."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(list(row))
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.creator = "supplyscreen fixtures"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def png_bytes():
    """A real 2x2 PNG image (what a 'binary file renamed .csv' usually is: a screenshot)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def pdf_bytes():
    """A valid one-page PDF with a supplier list as text, built with a correct xref table."""
    content = b"BT /F1 12 Tf 72 720 Td (Supplier list: Hoshine Silicon Industry Co., Ltd.) Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = [HEADER] + [list(s) for s in SUPPLIERS]

    # Excel's "CSV UTF-8" export: BOM, CRLF, comma, quotes around names with commas.
    write_csv("utf8_bom.csv", rows, encoding="utf-8-sig")
    # German Excel: semicolon-separated, decimal commas in the spend column.
    de = [["Lieferant", "Land", "Adresse", "Warengruppe", "Umsatz EUR"]]
    de += [[n, c, a, p, f"{1000 + i * 250},50"] for i, (n, c, a, p) in enumerate(SUPPLIERS[:12])]
    write_csv("semicolon.csv", de, delimiter=";")
    # Tab-separated text (SAP "unconverted"/spreadsheet export), LF endings.
    tsv = [["Vendor", "Vendor No.", "Country", "Commodity"]]
    tsv += [[n, str(100000 + i), c, p] for i, (n, c, _, p) in enumerate(SUPPLIERS)]
    write_csv("tab.tsv", tsv, delimiter="\t", lineterminator="\n")
    # Excel "Unicode Text": UTF-16LE with BOM, tab-separated.
    with open(path("utf16le_bom.txt"), "wb") as f:
        f.write(b"\xff\xfe" + csv_text([HEADER] + [list(s) for s in SUPPLIERS], delimiter="\t").encode("utf-16-le"))
    # Western Windows Excel "CSV": Windows-1252, no BOM.
    w1252 = [["Name", "Pays"], ["Société Générale", "FR"], ["Müller GmbH", "DE"], ["Nestlé", "CH"],
             ["Electricité de France (EDF)", "FR"], ["Bäckerei Groß & Söhne KG", "AT"], ["Cañas y Señores S.L. – €", "ES"]]
    write_csv("windows1252.csv", w1252, encoding="cp1252")
    # Chinese Windows Excel "CSV": GBK.
    gbk = [["供应商名称", "国家", "产品"], ["合盛硅业股份有限公司", "中国", "工业硅"],
           ["新疆大全新能源股份有限公司", "中国", "多晶硅"], ["隆基绿能科技股份有限公司", "中国", "光伏组件"]]
    write_csv("gbk.csv", gbk, encoding="gbk")
    # Mixed line endings: a file edited on several systems.
    lines = ["Supplier,Country", "Hoshine Silicon Industry Co. Ltd,CN", "Siemens AG,DE", "BASF SE,DE",
             "Toyota Motor Corporation,JP", "Nestlé S.A.,CH"]
    endings = ["\r\n", "\n", "\r", "\n", "\r\n", "\n"]
    with open(path("mixed_line_endings.csv"), "wb") as f:
        f.write("".join(l + e for l, e in zip(lines, endings)).encode("utf-8"))
    # Quoted fields with embedded newlines (multi-line addresses) and doubled quotes.
    nl = [["Supplier Name", "Address", "Country"],
          ["Hoshine Silicon Industry Co., Ltd.", "No. 530 Yazhong Road\nJiaxing, Zhejiang", "CN"],
          ["Robert Bosch GmbH", "Robert-Bosch-Platz 1\r\n70839 Gerlingen", "DE"],
          ['The "Best" Widgets Company', "1 Main St\nSpringfield\nUSA", "US"]]
    write_csv("embedded_newlines.csv", nl)
    # Ragged rows: short rows, a long row (unquoted comma) and a trailing delimiter.
    with open(path("ragged.csv"), "wb") as f:
        f.write(("Supplier Name,Country,Product\r\n"
                 "Siemens AG,DE,Electrical equipment\r\n"
                 "BASF SE\r\n"
                 "Ninestar Corporation,CN\r\n"
                 "Tata Steel, Limited,IN,Steel\r\n"
                 "Toyota Motor Corporation,JP,Vehicles,\r\n").encode("utf-8"))
    # Names that are hard for everything downstream.
    edge = [["Supplier Name", "Country"],
            ["A" * 400 + " Industrial " + "B" * 588, "US"],  # 1,000 characters
            ["...", "CN"],
            ["---/// ???", "CN"],
            ["Co., Ltd.", "CN"],
            ["GmbH", "DE"],
            ["🍫 Chocolate Factory Ltd 🏭", "GB"],
            ["شركة الزيت العربية السعودية", "SA"],
            ["טבע תעשיות פרמצבטיות בע\"מ", "IL"],
            ["<img src=x onerror=alert(1)>", "US"],
            ["<script>alert('x')</script> Trading Co.", "US"],
            ["=HYPERLINK(\"http://example.invalid\",\"click\")", "US"],
            ["", "DE"],
            ["Hoshine Silicon Industry Co., Ltd.", "CN"]]
    write_csv("edge_names.csv", edge, encoding="utf-8")
    # No header: name and country columns only (detect_columns must use the content).
    write_csv("no_header.csv", [[n, c] for n, c, _, _ in SUPPLIERS[:10]])
    # One name per line, no header, names with commas.
    with open(path("names_only.txt"), "wb") as f:
        f.write("".join(n + "\n" for n, _, _, _ in SUPPLIERS[:8]).encode("utf-8"))
    with open(path("empty.csv"), "wb"):
        pass
    write_csv("header_only.csv", [HEADER])
    with open(path("binary_renamed.csv"), "wb") as f:
        f.write(png_bytes())
    with open(path("pdf_renamed.xlsx"), "wb") as f:
        f.write(pdf_bytes())

    xlsx = workbook([("Suppliers", rows), ("Notes", [["Exported from ERP", "2025-01-01"]])])
    with open(path("suppliers.xlsx"), "wb") as f:
        f.write(xlsx)
    # First sheet empty (a cover sheet), data on the second, starting at C3.
    offset = [[None] * 0] * 2 + [[None, None] + list(r) for r in rows[:6]]
    with open(path("second_sheet.xlsx"), "wb") as f:
        f.write(workbook([("Cover", []), ("Lieferanten", offset)]))
    with open(path("empty_sheets.xlsx"), "wb") as f:
        f.write(workbook([("Sheet1", []), ("Sheet2", [])]))
    # A download cut off half-way.
    with open(path("corrupt_truncated.xlsx"), "wb") as f:
        f.write(xlsx[: len(xlsx) // 2])
    # Excel's password encryption (Agile, as Excel 2010+ writes it), via msoffcrypto-tool.
    enc = io.BytesIO()
    office = OOXMLFile(io.BytesIO(xlsx))
    office.encrypt("supplyscreen", enc)
    with open(path("password.xlsx"), "wb") as f:
        f.write(enc.getvalue())
    # Legacy Excel 97-2003 written by xlwt.
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Suppliers")
    for r, row in enumerate(rows[:6]):
        for c, v in enumerate(row):
            sheet.write(r, c, v)
    book.save(path("legacy.xls"))


if __name__ == "__main__":
    main()
