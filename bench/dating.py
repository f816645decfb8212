"""Dating with the date hidden, on dev-nl-news (issue 4).

For every article with a known publication month and a cached text, hide the date,
run kroniek_timex and compare the inferred month with the true one.
Prints: articles, dated (an estimate was made), within ±1 month, exact month, true month inside the window.

    python bench/dating.py [--verbose] [--split tune|check] [--index FILE --texts DIR] [--with-url]

--index/--texts score another annotated set in the same layout (index.jsonl rows with id and date,
<id>.txt texts that begin with the ` date YYYY-MM` header). --with-url dates an article as kroniek does when
it comes with its URL: by a date the URL states, else from the content (the figure a user with URLs gets).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "dev-nl-news"
TEXTS = ROOT / "data" / "dev-nl-news"


def load_texts(index: Path, texts: Path):
    for line in index.open(encoding="utf-8"):
        row = json.loads(line)
        path = texts / f"{row['id']}.txt"
        if not row.get("date") or not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        if text.startswith(" date "):
            text = text.split(" ", 3)[3] if text[6:13] == row["date"] else text[text.index(" ", 6) + 1:]
        yield row["id"], row["date"], text, row.get("url")


def months(label: str) -> int:
    y, m = label[:7].split("-")
    return int(y) * 12 + int(m) - 1


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="one line per article with the evidence")
    ap.add_argument("--split", choices=("tune", "check"), help="half of the dated articles by sorted id: "
                    "tune = even positions, check = odd ones")
    ap.add_argument("--model", action="store_true", help="run the full pipeline with the trained model "
                    "(tense from the parse, as in production); default: sentences and timex on blank nl")
    ap.add_argument("--index", default=str(SHARED / "index.jsonl"), help="index.jsonl with id and date per article")
    ap.add_argument("--texts", default=str(TEXTS), help="folder with <id>.txt")
    ap.add_argument("--with-url", action="store_true", help="use the date a URL states first (index rows' url)")
    args = ap.parse_args(argv)
    index, texts = Path(args.index), Path(args.texts)
    if not index.exists():
        print(f"dating: index {index} not found (../shared/data is not beside this checkout?); nothing scored",
              file=sys.stderr)
        return 1
    articles = sorted(load_texts(index, texts))
    if args.split:
        articles = articles[0 if args.split == "tune" else 1::2]

    import kroniek.pipeline  # noqa: F401  (registers factories)
    from kroniek import dating
    from kroniek.interval import UNKNOWN
    from kroniek.urldate import date_from_url

    if args.model:
        from kroniek import nlp as nlp_loader
        nlp = nlp_loader.load("nl", use_model=True)
        last = nlp.pipe_names[nlp.pipe_names.index("kroniek_timex") + 1:]
        for name in last:
            nlp.remove_pipe(name)
        timex = nlp.get_pipe("kroniek_timex")
    else:
        nlp = spacy.blank("nl")
        nlp.add_pipe("kroniek_sentences")
        timex = nlp.add_pipe("kroniek_timex")
    n = dated = within1 = exact = inside = by_url = 0
    for aid, true, text, url in articles:
        n += 1
        from_url = date_from_url(url) if args.with_url else None
        if from_url is not None:
            by_url += 1
            pub = from_url.to_dict()
        else:
            doc = nlp.make_doc(text)
            doc._.dct = UNKNOWN
            doc = nlp(doc)
            pub = doc._.published
        ok = False
        if pub and pub.get("value"):
            dated += 1
            diff = months(pub["value"]) - months(true)
            ok = abs(diff) <= 1
            within1 += ok
            exact += diff == 0
            inside += pub["earliest"][:7] <= true <= pub["latest"][:7]
        if args.verbose and from_url is not None:
            print(f"{aid} true={true} got={pub.get('value')} {'OK' if ok else 'MISS'} | url")
        elif args.verbose:
            matches = timex.rules.find(doc.text)
            ev = dating.explain(doc.text, matches, [timex.direction(doc, m) for m in matches])
            srcs = ", ".join(f"{b.source}[{b.lo or ''}..{b.hi or ''}]" for b in ev)
            print(f"{aid} true={true} got={(pub or {}).get('value')} "
                  f"[{(pub or {}).get('earliest')}..{(pub or {}).get('latest')}] {'OK' if ok else 'MISS'} | {srcs}")
    if not n:
        print(f"no cached texts under {texts}", file=sys.stderr)
        return 1
    print(f"articles with a known month: {n}")
    print(f"dated (an estimate made):    {dated} ({dated / n:.0%})")
    if args.with_url:
        print(f"  of which by the URL:       {by_url} ({by_url / n:.0%})")
    print(f"within ±1 month:             {within1} ({within1 / n:.1%})  target >= 70%")
    print(f"exact month:                 {exact} ({exact / n:.1%})")
    print(f"true month inside window:    {inside} ({inside / n:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
