#!/usr/bin/env python3
"""Writes an N-row supplier file for the benchmarks: the development set's suppliers
(data/eval/dev/suppliers.csv: half listed entities written the way supplier files write them, half
real unlisted companies) repeated until there are N rows. Generated, never committed.

    python3 tests/bench/make_suppliers.py N OUT.csv
"""
import sys

n, out = int(sys.argv[1]), sys.argv[2]
with open("data/eval/dev/suppliers.csv", encoding="utf-8") as f:
    lines = f.read().strip().splitlines()
header, body = lines[0], lines[1:]
with open(out, "w", encoding="utf-8") as f:
    f.write(header + "\n")
    for i in range(n):
        f.write(body[i % len(body)] + "\n")
