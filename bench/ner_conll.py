#!/usr/bin/env python
"""Entity-level NER P/R/F1 on a CoNLL-2002 file, kroniek and Frog side by side.

    python bench/ner_conll.py FILE [--limit N] [--no-frog] [--unit article|sentence]

Both systems get the gold tokenisation. kroniek gets one Doc per article (the file's
-DOCSTART- sections), as it runs on news, and its entities are scored per sentence;
``--unit sentence`` gives it one sentence at a time instead. Frog reads one sentence per
line either way (its document context does not reach its NER). kroniek is
scored twice: the trained NER alone ("kroniek-ner"), and the full pipeline
(kroniek.nlp.load(), rule layer on top; NORP counted as MISC, as CoNLL-2002
tags nationalities MISC; other rule labels ignored). Frog's per/org/loc map to
PER/ORG/LOC and pro/eve/misc to MISC. Last line: ``kroniek F1 <x> frog F1 <y>``
(x is the full pipeline). Not a test: pytest does not collect bench/.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

LABELS = ("PER", "ORG", "LOC", "MISC")
FROG_MAP = {"per": "PER", "org": "ORG", "loc": "LOC", "pro": "MISC", "eve": "MISC", "misc": "MISC"}


def read_sentences(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of (words, IOB2 tags) from a CoNLL-2002 file, -DOCSTART- lines dropped."""
    out, ws, ts = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if ws:
                out.append((ws, ts))
                ws, ts = [], []
            continue
        ws.append(parts[0]), ts.append(parts[-1])
    if ws:
        out.append((ws, ts))
    return out


def read_articles(path: Path) -> list[int]:
    """How many of ``read_sentences(path)``'s sentences each -DOCSTART- section holds, in order."""
    sizes, n, in_sent = [], 0, False
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts and parts[0] == "-DOCSTART-":
            n += in_sent
            if n:
                sizes.append(n)
            n, in_sent = 0, False
        elif not parts:
            n += in_sent
            in_sent = False
        else:
            in_sent = True
    n += in_sent
    if n:
        sizes.append(n)
    return sizes


def iob_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, label) spans from IOB1/IOB2 tags; an I- after O or another label opens a span."""
    spans, start, label = set(), None, None
    for i, t in enumerate(list(tags) + ["O"]):
        kind, _, lab = t.partition("-")
        if kind in ("B", "O") or (kind == "I" and lab != label):
            if start is not None:
                spans.add((start, i, label))
            start, label = (i, lab) if kind in ("B", "I") else (None, None)
    return spans


def prf(gold: list[set], pred: list[set], label: str | None = None) -> tuple[float, float, float, int]:
    """Micro P/R/F1 over sentences, optionally for one label. RETURNS (p, r, f, n_gold)."""
    tp = fp = fn = 0
    for g, p in zip(gold, pred):
        if label:
            g = {s for s in g if s[2] == label}
            p = {s for s in p if s[2] == label}
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return pr, rc, f, tp + fn


def frog_available() -> str | None:
    """The reason Frog cannot run, or None when it can."""
    if not shutil.which("frog"):
        return "frog is not installed (apt-get install frog frogdata)"
    try:
        r = subprocess.run(["frog", "-V"], capture_output=True, text=True, timeout=60)
    except Exception as e:  # noqa: BLE001 - any failure means: no Frog figures
        return f"frog does not run ({e})"
    if r.returncode != 0 and "frog" not in (r.stdout + r.stderr).lower():
        return f"frog does not run (exit {r.returncode})"
    return None


def run_frog(sentences: list[list[str]], skip: str = "p") -> tuple[list[list[list[str]]], float]:
    """Run Frog on pre-tokenised sentences (tokenizer skipped), one per line.

    sentences (list[list[str]]): the words of each sentence.
    skip (str): Frog modules to skip (``p`` = parser; ``t`` is always added).
    RETURNS (tuple): per sentence the Frog output columns of each token, and wall seconds.
    """
    with tempfile.TemporaryDirectory() as tmp:
        inp = Path(tmp) / "in.txt"
        out = Path(tmp) / "out.tsv"
        inp.write_text("\n".join(" ".join(s) for s in sentences) + "\n", encoding="utf-8")
        cmd = ["frog", "-n", "--skip=t" + skip, "-t", str(inp), "-o", str(out), "--threads=1"]
        t0 = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp)
        secs = time.perf_counter() - t0
        if r.returncode != 0 or not out.exists():
            raise RuntimeError(f"frog failed (exit {r.returncode}): {r.stderr.strip()[-500:]}")
        sents, cur = [], []
        for line in out.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            cur.append(line.split("\t"))
        if cur:
            sents.append(cur)
    return sents, secs


def frog_spans(rows: list[list[str]]) -> set[tuple[int, int, str]]:
    """Entity spans from Frog's NER column (B-per, I-loc, ...) mapped to CoNLL labels."""
    tags = []
    for row in rows:
        t = row[6] if len(row) > 6 else "O"
        kind, _, lab = t.partition("-")
        tags.append(f"{kind}-{FROG_MAP[lab.lower()]}" if lab.lower() in FROG_MAP else "O")
    return iob_spans(tags)


def kroniek_predict(sentences: list[list[str]], articles: list[int] | None = None):
    """Run kroniek on gold tokens, one Doc per article (``articles``: sentences per article) or
    per sentence. RETURNS (ner-only spans, full-pipeline spans, seconds), per sentence."""
    from spacy.tokens import Doc

    from kroniek import nlp as loader

    nlp = loader.load("nl")
    if "ner" not in nlp.pipe_names:
        print(f"kroniek: no trained NER in the pipeline ({nlp.meta.get('kroniek_model')}); "
              "rule layer only", file=sys.stderr)
    groups, i = [], 0
    for n in (articles or [1] * len(sentences)):
        groups.append(sentences[i:i + n])
        i += n
    if i < len(sentences):
        groups.append(sentences[i:])

    def docs():
        for group in groups:
            words = [w for ws in group for w in ws]
            starts = [j == 0 for ws in group for j in range(len(ws))]
            yield Doc(nlp.vocab, words=words, sent_starts=starts)

    def per_sentence(doc_spans):
        """Spans of each article's Doc, back on its sentences (a span across a boundary is dropped)."""
        out = []
        for group, spans in zip(groups, doc_spans):
            offset = 0
            for ws in group:
                out.append({(s - offset, e - offset, lab) for s, e, lab in spans
                            if offset <= s and e <= offset + len(ws)})
                offset += len(ws)
        return out

    t0 = time.perf_counter()
    full = [{(e.start, e.end, "MISC" if e.label_ == "NORP" else e.label_)
             for e in doc.ents if e.label_ in LABELS + ("NORP",)} for doc in nlp.pipe(docs(), batch_size=16)]
    secs = time.perf_counter() - t0
    ner_only = [set() for _ in groups]
    if "ner" in nlp.pipe_names:
        # the trained components alone (up to the NER), without the rule layer
        model = [name for name in nlp.pipe_names if not name.startswith("kroniek_")]
        with nlp.select_pipes(enable=model):
            ner_only = [{(e.start, e.end, e.label_) for e in d.ents} for d in nlp.pipe(docs(), batch_size=16)]
    return per_sentence(ner_only), per_sentence(full), secs


def report(name: str, gold, pred) -> float:
    p, r, f, n = prf(gold, pred)
    per = "  ".join(f"{lab} {prf(gold, pred, lab)[2]:.3f}" for lab in LABELS)
    print(f"{name:<12} P {p:.4f}  R {r:.4f}  F1 {f:.4f}   ({per}; {n} gold entities)")
    return f


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="first N sentences only")
    ap.add_argument("--no-frog", action="store_true")
    ap.add_argument("--unit", choices=("article", "sentence"), default="article",
                    help="what kroniek gets as one Doc (default: an article, as in use)")
    a = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    data = read_sentences(a.file)
    if a.limit:
        data = data[: a.limit]
    words = [ws for ws, _ in data]
    gold = [iob_spans(ts) for _, ts in data]
    n_tok = sum(len(ws) for ws in words)
    print(f"{a.file}: {len(words)} sentences, {n_tok} tokens, "
          f"{Counter(s[2] for g in gold for s in g)}")
    articles = read_articles(a.file) if a.unit == "article" else None
    if articles and sum(articles) != len(read_sentences(a.file)):
        print("ner_conll: article sections do not add up to the sentences; scoring per sentence", file=sys.stderr)
        articles = None
    if articles and a.limit:
        kept, total = [], 0
        for n in articles:
            if total >= len(words):
                break
            kept.append(min(n, len(words) - total))
            total += kept[-1]
        articles = kept
    print(f"kroniek input: {'one Doc per article (' + str(len(articles)) + ')' if articles else 'one Doc per sentence'}")
    ner_only, full, secs = kroniek_predict(words, articles)
    if any(ner_only):
        report("kroniek-ner", gold, ner_only)
    kf = report("kroniek", gold, full)
    print(f"{'':<12} ({secs:.1f} s, {n_tok / secs:.0f} tokens/s, full pipeline)")
    ff = None
    why = "--no-frog given" if a.no_frog else frog_available()
    if why is None:
        try:
            rows, fsecs = run_frog(words)
            if len(rows) != len(words) or any(len(r) != len(w) for r, w in zip(rows, words)):
                print(f"frog: output not aligned with the input ({len(rows)} vs {len(words)} sentences); "
                      "misaligned sentences scored as empty", file=sys.stderr)
            pred = [frog_spans(r) if len(r) == len(w) else set() for r, w in zip(rows, words)]
            pred += [set()] * (len(words) - len(pred))
            ff = report("frog", gold, pred)
            print(f"{'':<12} ({fsecs:.1f} s incl. load, {n_tok / fsecs:.0f} tokens/s, parser skipped)")
        except Exception as e:  # noqa: BLE001
            why = str(e)
    if why is not None:
        print(f"frog: NOT RUN - {why}")
    print(f"kroniek F1 {kf:.4f} frog F1 {'n/a' if ff is None else f'{ff:.4f}'}")


if __name__ == "__main__":
    main()
