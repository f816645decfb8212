#!/usr/bin/env python
"""LAS/UAS (and tag, morph, lemma accuracy) of kroniek's parser on a held-out UD Dutch file.

    python bench/parse_ud.py [FILE]

Default FILE: ../shared/data/ud-dutch/nl_lassysmall-ud-test.conllu, which
scripts/train_nl.py never trains on. Gold tokens and sentences (one Doc per
sentence); punctuation included in LAS/UAS (spaCy's scorer). Frog is not scored
here: its parser emits Alpino/CGN relations, not UD, so LAS is not comparable.
Not a test: pytest does not collect bench/.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "ud-dutch" / "nl_lassysmall-ud-test.conllu"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", type=Path, nargs="?", default=DEFAULT)
    a = ap.parse_args()
    import spacy
    from spacy.tokens import Doc, DocBin
    from spacy.training import Example
    from spacy.training.converters import conllu_to_docs

    from kroniek.nlp import model_path

    path = model_path("nl")
    if not (path / "config.cfg").exists():
        sys.exit(f"parse_ud: no trained model at {path}; nothing to score (run scripts/train_nl.py)")
    nlp = spacy.load(path)
    gold = list(conllu_to_docs(a.file.read_text(encoding="utf-8"), n_sents=1, merge_subtokens=True,
                               no_print=True))
    gold = list(DocBin(docs=gold).get_docs(nlp.vocab))  # the scorer needs the model's StringStore
    examples = [Example(Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g]), g)
                for g in gold]
    t0 = time.perf_counter()
    s = nlp.evaluate(examples, batch_size=256)
    secs = time.perf_counter() - t0
    n_tok = sum(len(g) for g in gold)
    print(f"{a.file.name}: {len(gold)} sentences, {n_tok} tokens; model {path}")
    print(f"kroniek  UPOS {s['pos_acc']:.4f}  XPOS {s['tag_acc']:.4f}  morph {s['morph_acc']:.4f}  "
          f"lemma {s['lemma_acc']:.4f}")
    print(f"kroniek  UAS {s['dep_uas']:.4f}  LAS {s['dep_las']:.4f}  ({secs:.1f} s)")
    print("frog: NOT SCORED - its parser emits Alpino/CGN dependency labels, not UD")
    print(f"kroniek LAS {s['dep_las']:.4f} UAS {s['dep_uas']:.4f}")


if __name__ == "__main__":
    main()
