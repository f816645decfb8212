"""Recall of attribution cues on the speech/cognitive event mentions (SPE) of Dutch MEANTIME (issue 5).

Usage:
  python bench/meantime_cues.py [--data ../shared/data/meantime-nl] [--no-model] [--misses]

MEANTIME (CC BY 4.0; never copied into this repository) marks 172 speech and
cognition events ("zei", "verklaarde", "denkt") in Dutch Wikinews translations.
Each document is rebuilt from conll.csv (tokens joined by spaces, sentences by
newlines) and run through the kroniek pipeline. Two figures:
- lexicon recall: the mention's word is a cue in ``attribution/cues``;
- claim recall: the pipeline made a claim whose cue is that mention (same characters).
MEANTIME also marks cognition without a source ("verwachting", nouns), so full recall
is not the aim; the figure shows which speech verbs kroniek does not read yet.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "meantime-nl"


def documents(path: Path) -> dict:
    """doc key -> {sent_id: [tokens]} from conll.csv."""
    docs: dict = defaultdict(lambda: defaultdict(list))
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            docs[row["topic/subtopic_name"]][int(row["sent_id"])].append((int(row["token_id"]), row["token"]))
    return docs


def build(doc: dict) -> tuple[str, dict]:
    """Text of a document and (sent_id, token_id) -> (start, end)."""
    parts, offsets, pos = [], {}, 0
    for sid in sorted(doc):
        for tid, tok in sorted(doc[sid]):
            offsets[(sid, tid)] = (pos, pos + len(tok))
            parts.append(tok + " ")
            pos += len(tok) + 1
        parts.append("\n")
        pos += 1
    return "".join(parts), offsets


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--no-model", action="store_true", help="rule pipeline only")
    ap.add_argument("--misses", action="store_true", help="print the missed cue words by frequency")
    args = ap.parse_args(argv)
    data = Path(args.data)
    if not (data / "event_mentions.json").exists():
        print(f"meantime_cues: {data} not found (../shared/data is not beside this checkout)", file=sys.stderr)
        return 2
    from kroniek import nlp as nlp_loader
    from kroniek.resources import load_table

    cues = {r["form"] for r in load_table("nl", "attribution/cues")}
    mentions = [m for m in json.loads((data / "event_mentions.json").read_text(encoding="utf-8"))
                if m.get("mention_type") == "SPE"]
    docs = documents(data / "conll.csv")
    nlp = nlp_loader.load("nl", use_model=not args.no_model)
    # only the stages up to attribution matter here
    order = list(nlp.pipe_names)
    if "kroniek_attribution" in order:
        for name in order[order.index("kroniek_attribution") + 1:]:
            nlp.disable_pipe(name)
    by_doc = defaultdict(list)
    for m in mentions:
        by_doc[m["conll_doc_key"]].append(m)
    lex = hit = 0
    missed = Counter()
    claims_total = 0
    for key, ms in by_doc.items():
        text, offsets = build(docs[key])
        doc = nlp(text)
        claims = doc._.claims or []
        claims_total += len(claims)
        spans = {(c["cue_start"], c["cue_end"]) for c in claims}
        for m in ms:
            words = m["tokens_str"].lower().split()
            lex += any(w in cues for w in words)
            chars = [offsets.get((m["sent_id"], t)) for t in m["tokens_number"]]
            if any(c in spans for c in chars if c):
                hit += 1
            else:
                missed[m["tokens_str"].lower()] += 1
    n = len(mentions)
    print(f"meantime-nl SPE mentions: {n} in {len(by_doc)} documents; pipeline base: {nlp.meta.get('kroniek_model')}")
    print(f"lexicon recall: {lex / n:.3f} ({lex}/{n})")
    print(f"claim recall:   {hit / n:.3f} ({hit}/{n}); claims made in these documents: {claims_total}")
    if args.misses:
        for w, c in missed.most_common():
            print(f"{c}\t{w}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
