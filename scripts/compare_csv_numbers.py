#!/usr/bin/env python3
"""Compare the numbers of two sets of `balloon run` CSV files, row by row.

Usage: scripts/compare_csv_numbers.py BEFORE_DIR AFTER_DIR [--tolerance 1e-12]

Rows are matched on (scenario, seed, year, place, indicator); values must agree to the relative tolerance and
units must be equal. Prints one line per file and every difference; exits 1 if any file differs.
Used to show that a refactor changed no model output.
"""
import csv
import math
import pathlib
import sys


def rows(path):
    with open(path, newline="") as handle:
        return {(r["scenario"], r["seed"], r["year"], r["place"], r["indicator"]): (r["value"], r["unit"])
                for r in csv.DictReader(handle)}


def same(a, b, tolerance):
    x, y = float(a), float(b)
    if math.isnan(x) or math.isnan(y):
        return math.isnan(x) and math.isnan(y)
    return x == y or abs(x - y) <= tolerance * max(abs(x), abs(y))


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    before, after = pathlib.Path(argv[1]), pathlib.Path(argv[2])
    tolerance = float(argv[argv.index("--tolerance") + 1]) if "--tolerance" in argv else 1e-12
    failed = False
    for old in sorted(before.glob("*.csv")):
        new = after / old.name
        if not new.exists():
            print(f"{old.name}: missing in {after}")
            failed = True
            continue
        a, b = rows(old), rows(new)
        problems = [f"  only before: {k}" for k in a.keys() - b.keys()] + [f"  only after: {k}" for k in b.keys() - a.keys()]
        for key in a.keys() & b.keys():
            (va, ua), (vb, ub) = a[key], b[key]
            if ua != ub or not same(va, vb, tolerance):
                problems.append(f"  {key}: {va} {ua} -> {vb} {ub}")
        print(f"{old.name}: {len(a)} rows, {'identical numbers' if not problems else f'{len(problems)} differences'}")
        for line in sorted(problems)[:20]:
            print(line)
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
