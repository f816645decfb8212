"""Score kroniek_quantity's number reading on the Dutch test specs of Microsoft Recognizers-Text (issue 5).

Usage:
  python bench/numbers_recognizers.py [--data ../shared/data/recognizers-text-nl] [--misses]

Reads Number/Dutch/NumberModel.json, Number/Dutch/NumberRangeModel.json,
NumberWithUnit/Dutch/DimensionModel.json and NumberWithUnit/Dutch/CurrencyModel.json
(MIT; never copied into this repository). For each expected result the figures found
in the input are matched by overlapping text; a result counts as correct when the
value (or the range ends) and, for dimensions and currencies, the unit agree. Units
outside the contract vocabulary (inches, litres, yen, ...) are reported apart as out
of scope, since kroniek does not read them by design.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "recognizers-text-nl"
UNITS = {"Kilometer": "km", "Meter": "m", "Square kilometer": "km2", "Hectare": "ha",
         "Euro": "EUR", "Dollar": "USD", "United States dollar": "USD"}


def _num(s: str) -> float | None:
    s = s.strip()
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return None


def _overlap(a0, a1, b0, b1) -> bool:
    return a0 < b1 and b0 < a1


def _close(x, y) -> bool:
    return x is not None and y is not None and abs(x - y) <= 1e-6 * max(1.0, abs(y))


def _interval(q: dict) -> tuple:
    """A figure as the interval it states: a range, or a qualified value open on one side.
    (Open and closed ends are not told apart: kroniek's qualifiers do not carry that.)"""
    if q["low"] is not None or q["high"] is not None:
        return q["low"], q["high"]
    if q["qualifier"] in ("more_than", "at_least"):
        return q["value"], None
    if q["qualifier"] in ("less_than", "at_most"):
        return None, q["value"]
    return q["value"], q["value"]


def _same_end(x, y) -> bool:
    return (x is None and y is None) or _close(x, y)


def score(name: str, cases: list, quantity, kind: str, show: bool) -> dict:
    c = {"expected": 0, "found": 0, "correct": 0, "out_of_scope": 0, "predicted": 0}
    for case in cases:
        text = case["Input"]
        found = quantity.find(text, require_unit=kind in ("dimension", "currency"))
        c["predicted"] += len(found)
        for res in case.get("Results", []):
            r = res.get("Resolution") or {}
            unit = UNITS.get(r.get("unit")) if kind in ("dimension", "currency") else None
            if kind in ("dimension", "currency") and unit is None:
                c["out_of_scope"] += 1
                continue
            c["expected"] += 1
            start = res.get("Start", text.find(res["Text"]))
            end = res.get("End", start + len(res["Text"]) - 1) + 1
            hits = [q for q in found if _overlap(q["start"], q["end"], start, end)]
            if not hits:
                if show:
                    print(f"{name}\tMISS\t{text!r}\t{res['Text']!r}")
                continue
            c["found"] += 1
            q = hits[0]
            if kind == "range":
                m = re.match(r"^[\[(](?P<low>[^,]*),(?P<high>[^\])]*)[\])]$", r.get("value", ""))
                low, high = _interval(q)
                ok = bool(m) and _same_end(low, _num(m["low"]) if m["low"] else None) \
                    and _same_end(high, _num(m["high"]) if m["high"] else None)
            else:
                want = _num(r.get("value", ""))
                ok = _close(q["value"], want) and (unit is None or q["unit"] == unit)
            c["correct"] += ok
            if show and not ok:
                print(f"{name}\tWRONG\t{text!r}\t{res['Text']!r}\t{r}\tgot {q['text']!r} {q['value']} "
                      f"{q['low']}-{q['high']} {q['unit']}")
    return c


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--misses", action="store_true", help="print each miss and wrong value")
    args = ap.parse_args(argv)
    data = Path(args.data)
    if not data.exists():
        print(f"numbers_recognizers: {data} not found (../shared/data is not beside this checkout)", file=sys.stderr)
        return 2
    from kroniek.pipeline.quantity import Quantity
    quantity = Quantity(lang="nl")
    sets = [("Number", "Number/Dutch/NumberModel.json", "number"),
            ("NumberRange", "Number/Dutch/NumberRangeModel.json", "range"),
            ("Dimension", "NumberWithUnit/Dutch/DimensionModel.json", "dimension"),
            ("Currency", "NumberWithUnit/Dutch/CurrencyModel.json", "currency")]
    print(f"{'set':<12} {'expected':>8} {'found':>6} {'correct':>8} {'recall':>7} {'value-acc':>9} {'out-of-scope':>12}")
    for name, rel, kind in sets:
        cases = json.loads((data / rel).read_text(encoding="utf-8-sig"))
        c = score(name, cases, quantity, kind, args.misses)
        rec = c["correct"] / c["expected"] if c["expected"] else 0.0
        acc = c["correct"] / c["found"] if c["found"] else 0.0
        print(f"{name:<12} {c['expected']:>8} {c['found']:>6} {c['correct']:>8} {rec:>7.3f} {acc:>9.3f} "
              f"{c['out_of_scope']:>12}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
