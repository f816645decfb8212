#!/usr/bin/env python
"""How far two annotators of the same articles agree, scored the way bench/dev_news.py scores kroniek.

A second annotator annotated the times and events of a held-out set again, blind to the first gold
(bench/HELDOUT.md). Scoring the second annotation as if it were kroniek's output gives the agreement a
careful reader reaches: the ceiling a target such as "events F1 >= 0.60" should be read against.

Usage:
  python bench/agreement.py data/heldout6/gold.jsonl data/heldout6/second_times_events.jsonl

Events match by kind, then place (by name, or where the first gold's own place of that name lies);
times by mention, then interval (within 3 days, or inside the first gold's interval). The first file
is taken as the reference, so P and R swap when the files do.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dev_news as score  # noqa: E402  (the benchmark's own matching rules)

CATEGORIES = ("events", "times")


def _read(path: Path) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, path.open(encoding="utf-8")) if r}


def _as_predictions(first: dict, second: dict) -> dict[str, list]:
    """The second annotation in the shape of kroniek's records (event places carry the first gold's
    coordinates for the same name, since annotators give names only)."""
    sites = {p["name"].casefold(): p for p in first.get("places", []) if p.get("name")}
    events = [{**e, "place": ({**sites.get(e["place"].casefold(), {}), "name": e["place"]} if e.get("place")
                              else None)} for e in second.get("events", [])]
    times = [{**t, "text": t["mention"]} for t in second.get("times", [])]
    return {"events": events, "times": times}


def agreement(first: dict[str, dict], second: dict[str, dict]) -> dict[str, dict]:
    """Counts per category over the articles both files annotate.

    RETURNS (dict): category -> {"first", "second", "agree", "found"} (found: matched ignoring the value).
    """
    out = {c: {"first": 0, "second": 0, "agree": 0, "found": 0} for c in CATEGORIES}
    for aid in sorted(set(first) & set(second)):
        a = first[aid]
        sites = {p["name"].casefold(): p for p in a.get("places", []) if p.get("name")}
        rules = {
            "events": (lambda p, g: p["kind"] == g["kind"],
                       lambda p, g: score._names_match((p.get("place") or {}).get("name"), g.get("place"))
                       or (not p.get("place") and not g.get("place"))
                       or score._same_site(p.get("place"), sites.get((g.get("place") or "").casefold()))),
            "times": (lambda p, g: score.same_mention(p["text"], g["mention"]), score.interval_ok),
        }
        preds = _as_predictions(a, second[aid])
        for cat, (same, right) in rules.items():
            found, agree, _, _ = score.match(a.get(cat, []), preds[cat], same, right)
            c = out[cat]
            c["first"] += len(a.get(cat, []))
            c["second"] += len(preds[cat])
            c["agree"] += agree
            c["found"] += found
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("first", type=Path, help="the reference annotation (gold.jsonl)")
    ap.add_argument("second", type=Path, help="the second annotator's file, same format")
    args = ap.parse_args(argv)
    for path in (args.first, args.second):
        if not path.exists():
            print(f"agreement: {path} not found (held-out sets are untracked; see bench/HELDOUT.md)",
                  file=sys.stderr)
            return 2
    first, second = _read(args.first), _read(args.second)
    both = set(first) & set(second)
    print(f"{len(both)} articles annotated twice ({args.first} against {args.second})")
    print(f"{'category':10} {'first':>6} {'second':>6} {'agree':>6}      P      R     F1   found-F1")
    for cat, c in agreement(first, second).items():
        p = c["agree"] / c["second"] if c["second"] else 0.0
        r = c["agree"] / c["first"] if c["first"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        det = 2 * c["found"] / (c["first"] + c["second"]) if c["first"] + c["second"] else 0.0
        print(f"{cat:10} {c['first']:6} {c['second']:6} {c['agree']:6}  {p:.3f}  {r:.3f}  {f:.3f}   {det:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
