"""Score kroniek against the gold annotations of ../shared/data/dev-nl-news.

Usage:
  python bench/dev_news.py [--texts data/dev-nl-news] [--only places,quantities] [--misses places]
                           [--split tune|check] [--ids ID,ID]

The article texts are third-party pages and never part of this repository: they
are read from an untracked folder (default data/dev-nl-news/<id>.txt, seed format).
Scoring follows the data's README: mentions match by substring; places within
25 km (regions and countries: within their area, approximated by a radius);
figures by value/low/high and unit; times within 3 days or inside the gold interval;
events by kind and place.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "data" / "dev-nl-news" / "gold.jsonl"
CATEGORIES = ("places", "quantities", "sources", "times", "events")
# Tolerance by place kind: a region's or country's "area" as a radius in km.
RADIUS_KM = {"city": 25, "other": 25, "water": 400, "region": 250, "country": 1200}


def km(a_lat, a_lon, b_lat, b_lon) -> float:
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def same_mention(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    a, b = a.casefold().strip(), b.casefold().strip()
    return a in b or b in a


def _d(s):
    return date.fromisoformat(s) if s else None


def interval_ok(pred: dict, gold: dict) -> bool:
    pe, pl, ge, gl = _d(pred.get("earliest")), _d(pred.get("latest")), _d(gold.get("earliest")), _d(gold.get("latest"))
    if not (pe and pl and ge and gl):
        return False
    if ge <= pe and pl <= gl:
        return True
    return abs((pe - ge).days) <= 3 and abs((pl - gl).days) <= 3


def quantity_ok(p: dict, g: dict) -> bool:
    def eq(x, y):
        if x is None or y is None:
            return x is None and y is None
        return abs(float(x) - float(y)) <= 1e-6 * max(1.0, abs(float(y)))
    return p.get("unit") == g.get("unit") and all(eq(p.get(k), g.get(k)) for k in ("value", "low", "high"))


def match(golds: list, preds: list, same, correct=None, pairs: list | None = None):
    """One-to-one matching in two passes: pairs that are right first, then pairs only found.

    (A single greedy pass let an early gold take the prediction a later gold needed to be right.)
    RETURNS (tp_detect, tp_correct, fp items, fn items).
    """
    pair: dict[int, int] = {}  # gold index -> pred index
    used: set[int] = set()
    passes = [lambda p, g: same(p, g) and (correct is None or correct(p, g))]
    if correct is not None:
        passes.append(same)
    for ok in passes:
        for gi, g in enumerate(golds):
            if gi in pair:
                continue
            for i, p in enumerate(preds):
                if i not in used and ok(p, g):
                    pair[gi] = i
                    used.add(i)
                    break
    tp_d = tp_c = 0
    misses = []
    for gi, g in enumerate(golds):
        if gi not in pair:
            misses.append(g)
            continue
        tp_d += 1
        if correct is None or correct(preds[pair[gi]], g):
            tp_c += 1
            if pairs is not None:
                pairs.append((g, preds[pair[gi]]))
        else:
            misses.append({**g, "_wrong": preds[pair[gi]]})
    fps = [p for i, p in enumerate(preds) if i not in used]
    return tp_d, tp_c, fps, misses


def _names_match(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    a, b = a.casefold(), b.casefold()
    return a == b or a.split()[-1] == b.split()[-1] or same_mention(a, b)


def predictions(rec: dict) -> dict:
    places, seen = [], {}
    for p in rec["places"]:  # one per distinct place, first mention
        key = (p.get("name") or p["text"]).casefold()
        if key not in seen:
            seen[key] = p
            places.append(p)
    sources, seen_s = [], set()
    for c in rec["claims"]:
        s = c["source"]
        key = (s.get("name") or s["text"]).casefold()
        if key not in seen_s:
            seen_s.add(key)
            sources.append(s)
    # The gold lists each time expression once and leaves durations to the quantities (ANNOTATION.md).
    times, seen_t = [], set()
    for x in rec["times"]:
        key = x["text"].casefold()
        duration = (x.get("value") or "").startswith("P") and not x.get("earliest")
        if not duration and key not in seen_t:
            seen_t.add(key)
            times.append(x)
    return {"places": places, "quantities": rec["quantities"], "sources": sources, "times": times,
            "events": rec["events"]}


def _same_actor(a: str | None, b: str | None) -> bool:
    return (a or "").casefold().strip() == (b or "").casefold().strip()


RANK = {"city": "town", "other": "town", "region": "region", "country": "country", "water": "water"}


def _same_site(p: dict | None, g: dict | None) -> bool:
    """An event's place named otherwise than the gold's ("Saki" for "Saky", the town for a palace in it):
    the gold's own coordinates for that name, a place of the same rank, within the places' radius."""
    if not p or not g or p.get("lat") is None or g.get("lat") is None:
        return False
    if RANK.get(p.get("kind"), "town") != RANK.get(g.get("kind"), "town"):
        return False
    return km(p["lat"], p["lon"], g["lat"], g["lon"]) <= RADIUS_KM.get(g.get("kind"), 25)


def score(gold: dict, rec: dict, counts: dict, misses: dict, by_site: bool = True) -> None:
    pred = predictions(rec)
    # where the gold's event places lie: the gold's own places of that name (events carry names only)
    sites = {p["name"].casefold(): p for p in gold.get("places", []) if p.get("name")} if by_site else {}
    rules = {
        "places": (lambda p, g: same_mention(p["text"], g["mention"]) or _names_match(p.get("name"), g["name"]),
                   lambda p, g: p.get("lat") is not None and km(p["lat"], p["lon"], g["lat"], g["lon"])
                   <= RADIUS_KM.get(g.get("kind"), 25)),
        "quantities": (lambda p, g: same_mention(p["text"], g["mention"]), quantity_ok),
        "sources": (lambda p, g: same_mention(p["text"], g["mention"]) or _names_match(p.get("name"), g["name"]),
                    None),
        "times": (lambda p, g: same_mention(p["text"], g["mention"]), interval_ok),
        "events": (lambda p, g: p["kind"] == g["kind"],
                   lambda p, g: _names_match((p.get("place") or {}).get("name"), g.get("place"))
                   or (not p.get("place") and not g.get("place"))
                   or _same_site(p.get("place"), sites.get((g.get("place") or "").casefold()))),
    }
    for cat, (same, correct) in rules.items():
        golds = gold.get(cat, [])
        pairs: list = []
        tp_d, tp_c, fps, miss = match(golds, pred[cat], same, correct, pairs)
        if cat == "events":
            # who did it to whom, on the events right by kind and place (the gold's "<Country> military" names)
            for g, p in pairs:
                for role in ("actor1", "actor2"):
                    counts["actors"][role] += _same_actor(g.get(role), p.get(role))
                counts["actors"]["events"] += 1
        c = counts[cat]
        c["gold"] += len(golds)
        c["pred"] += len(pred[cat])
        c["tp_detect"] += tp_d
        c["tp"] += tp_c
        misses[cat].extend({"id": gold["id"], "miss": m} for m in miss)
        misses[cat].extend({"id": gold["id"], "false": p} for p in fps)


def prf(tp, pred, gold):
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", default=str(ROOT / "data" / "dev-nl-news"), help="folder with <id>.txt")
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--misses", default="", help="comma-separated categories whose misses to print")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--no-model", action="store_true", help="rule pipeline only")
    ap.add_argument("--ids", default="", help="comma-separated article ids to score (default: all)")
    ap.add_argument("--split", choices=("tune", "check"), help="half of the articles by sorted id: "
                    "tune = even positions, check = odd ones (tune on one, check on the other)")
    ap.add_argument("--names-only", action="store_true", help="an event's place is right only when its name "
                    "matches the gold's (default: also when it lies where the gold's place of that name lies)")
    ap.add_argument("--with-url", action="store_true", help="give each article its URL from index.jsonl, as a "
                    "JSONL feed would (a date in the URL then dates undated articles); default: text only")
    args = ap.parse_args(argv)

    gold_path, texts = Path(args.gold), Path(args.texts)
    if not gold_path.exists():
        print(f"dev_news: gold file {gold_path} not found (../shared/data is not beside this checkout); "
              "nothing to score", file=sys.stderr)
        return 2
    golds = [json.loads(line) for line in gold_path.open(encoding="utf-8")]
    if args.split:
        order = sorted(g["id"] for g in golds)
        half = set(order[0 if args.split == "tune" else 1::2])
        golds = [g for g in golds if g["id"] in half]
    if args.ids:
        wanted = set(args.ids.split(","))
        golds = [g for g in golds if g["id"] in wanted]
    have = [g for g in golds if (texts / f"{g['id']}.txt").exists()]
    if not have:
        print(f"dev_news: no article texts in {texts}; see ../shared/data/dev-nl-news/README.md for how to "
              "obtain them (kept untracked)", file=sys.stderr)
        return 2

    from kroniek import nlp as nlp_loader
    from kroniek.chronicle import Chronicle
    from kroniek.readers import read_articles

    chron = Chronicle("nl", nlp=nlp_loader.load("nl", use_model=not args.no_model))
    arts = list(read_articles([texts / f"{g['id']}.txt" for g in have]))
    if args.with_url:
        index = gold_path.parent / "index.jsonl"
        urls = {r["id"]: r.get("url") for r in map(json.loads, index.open(encoding="utf-8"))} if index.exists() else {}
        for g, art in zip(have, arts):
            art.url = urls.get(g["id"])
    counts = defaultdict(lambda: defaultdict(int))
    misses = defaultdict(list)
    crashed = 0
    for g, (art, rec) in zip(have, chron.extract(arts)):
        if art.failed:
            crashed += 1
        score(g, rec, counts, misses, by_site=not args.names_only)

    out = {"articles": len(have), "gold_articles": len(golds), "failed": crashed,
           "model": chron.nlp.meta.get("kroniek_model")}
    print(f"dev-nl-news: {len(have)}/{len(golds)} annotated articles with text, {crashed} failed, "
          f"pipeline base: {out['model']}")
    print(f"{'category':<11} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}   {'det-F1':>6}  (det = found, ignoring value)")
    for cat in CATEGORIES:
        c = counts[cat]
        p, r, f = prf(c["tp"], c["pred"], c["gold"])
        _, _, fd = prf(c["tp_detect"], c["pred"], c["gold"])
        out[cat] = {"gold": c["gold"], "pred": c["pred"], "P": round(p, 3), "R": round(r, 3), "F1": round(f, 3),
                    "detect_F1": round(fd, 3)}
        print(f"{cat:<11} {c['gold']:>5} {c['pred']:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f}   {fd:>6.3f}")
    a = counts["actors"]
    if a["events"]:
        out["actors"] = {"events": a["events"], "actor1": round(a["actor1"] / a["events"], 3),
                         "actor2": round(a["actor2"] / a["events"], 3)}
        print(f"actors      on the {a['events']} events right by kind and place: "
              f"actor1 {a['actor1'] / a['events']:.3f}, actor2 {a['actor2'] / a['events']:.3f} "
              "(same canonical name, or both empty)")
    for cat in filter(None, args.misses.split(",")):
        print(f"\n--- {cat}: misses and false positives")
        for m in misses[cat]:
            print(json.dumps(m, ensure_ascii=False))
    if args.json:
        print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
