#!/usr/bin/env python3
"""Seeds fuzz/corpus/<target>/ from the supplier-file fixtures in tests/fixtures/.

Run by `make fuzz` before fuzzing (the corpus is not committed: libFuzzer grows it, and it is rebuilt
from the fixtures). Seeds per target:

* read_table: every fixture file as it is (CSV in several encodings, XLSX, PDF, password, binary...).
* read_pasted: the fixtures that are UTF-8 text.
* normalize, screen: each supplier name (first field) of the UTF-8 CSV fixtures, one file per name;
  screen seeds also get "name\\ncountry".
* bundle_decode: a hand-encoded postcard payload of a one-entity ListSet (the fuzz target wraps any
  input that does not start with SSBUNDLE in a valid header), so mutations start from valid structure.
"""
import csv
import hashlib
import io
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FIXTURES = os.path.join(ROOT, "tests", "fixtures")
CORPUS = os.path.join(ROOT, "fuzz", "corpus")


def put(target, data):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def pstr(s):
    b = s.encode("utf-8")
    return varint(len(b)) + b


def entity(id_, list_code, kind, name, aliases, countries):
    """postcard encoding of model::Entity, fields in declaration order."""
    out = pstr(id_) + varint(list_code) + varint(kind) + pstr(name)
    out += varint(len(aliases)) + b"".join(pstr(a) + varint(0) for a in aliases)
    out += varint(len(countries)) + b"".join(pstr(c) for c in countries)
    out += varint(0) + varint(0)  # addresses, programs
    out += b"\x00" * 7  # citation .. status: None
    out += b"\x00\x00"  # extends_to_subsidiaries, primary_record_missing
    return out


def main():
    names = []
    for fn in sorted(os.listdir(FIXTURES)):
        data = open(os.path.join(FIXTURES, fn), "rb").read()
        put("read_table", data)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        put("read_pasted", data)
        try:
            rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
        except csv.Error:
            continue
        for row in rows:
            if row and row[0].strip():
                names.append((row[0], row[1] if len(row) > 1 else ""))
    for name, country in names[:300]:
        put("normalize", name.encode("utf-8"))
        put("screen", name.encode("utf-8"))
        if country:
            put("screen", (name + "\n" + country).encode("utf-8"))
    # ListSet { built_from, lists: [], entities: [one], goods: [] }; ListCode::DhsUflpa = 0.
    payload = pstr("2025-01-01") + varint(0) + varint(1)
    payload += entity("dhs_uflpa:1", 0, 0, "Hoshine Silicon Industry Co., Ltd.", ["Hoshine"], ["China"])
    payload += varint(0)
    put("bundle_decode", payload)
    print(f"seeded {CORPUS} ({len(names)} names)")


if __name__ == "__main__":
    main()
