#!/usr/bin/env python3
"""Writes tests/fixtures/formulas.xlsx for crates/cli/tests/bad_inputs.rs (the rest of the awkward
inputs come from scripts/make_fixtures.py).

    pip install openpyxl
    python3 scripts/make_bad_input_fixtures.py

The workbook holds what a spreadsheet user can put in a name cell that is not plain text:
* text that starts with = + - @ (a report opened in Excel could run it as a formula: CSV injection);
* HTML/script text;
* real formulas, saved the way Excel saves them: the formula plus its cached result
  (`<c t="str"><f>..</f><v>result</v></c>`). openpyxl writes formulas without a cached result, so the
  sheet XML is patched afterwards to add it, as Excel would have;
* a formula with no cached result (a workbook written by a library and never opened in Excel).
"""
import datetime
import io
import os
import zipfile

import openpyxl

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures", "formulas.xlsx")
FIXED_TIME = datetime.datetime(2025, 1, 1, 0, 0, 0)

TEXT_ROWS = [
    ('=HYPERLINK("http://example.invalid","click")', "US"),
    ("+SUM(1,2)", "US"),
    ("-2+3 Trading", "US"),
    ("@cmd Industries", "US"),
    ("<script>alert('x')</script> Trading Co.", "US"),
]
# (formula, cached result written by "Excel")
FORMULAS = [('CONCATENATE("Hoshine Silicon"," Industry Co., Ltd.")', "Hoshine Silicon Industry Co., Ltd.")]
NO_CACHE = 'UPPER("Siemens AG")'


def main():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Suppliers"
    ws.append(["Supplier Name", "Country"])
    for name, country in TEXT_ROWS:
        ws.append([name, country])
        ws.cell(row=ws.max_row, column=1).data_type = "s"  # text, not a formula
    for formula, _ in FORMULAS:
        ws.append(["=" + formula, "CN"])
    ws.append(["=" + NO_CACHE, "DE"])
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)

    # Add Excel's cached results to the formulas that have one.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                xml = data.decode("utf-8")
                for formula, cached in FORMULAS:
                    esc = formula.replace("&", "&amp;").replace('"', "&quot;")
                    f = "<f>" + formula.replace("&", "&amp;") + "</f>"
                    if f not in xml:
                        f = "<f>" + esc + "</f>"
                    assert f in xml, (f, xml)
                    start = xml.index(f)
                    cell = xml.rindex("<c ", 0, start)
                    end = xml.index("</c>", start)
                    open_tag_end = xml.index(">", cell)
                    tag = xml[cell:open_tag_end]
                    tag = tag.replace(' t="e"', "").replace(' t="n"', "") + ' t="str"'
                    xml = xml[:cell] + tag + ">" + f + "<v>" + cached + "</v>" + xml[end:]
                data = xml.encode("utf-8")
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)
    with open(OUT, "wb") as f:
        f.write(out.getvalue())
    print("wrote", OUT)


if __name__ == "__main__":
    main()
