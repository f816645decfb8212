#!/usr/bin/env python
"""Build kroniek's Dutch spaCy pipeline (kroniek/models/nl_kroniek) from ../shared/data.

Two trainings from one config (kroniek/configs/nl_default.cfg), because the
syntax data (UD Dutch) and the NER data (CoNLL-2002) annotate different texts:

1. syntax: tok2vec + tagger + morphologizer + trainable_lemmatizer + parser on
   UD Alpino dev + LassySmall dev (10% of their documents split off as dev);
   LassySmall test stays held out for bench/parse_ud.py.
2. ner: its own tok2vec (no listener, so it can be sourced) on CoNLL-2002
   ned.train, ned.testa as dev.

The two are then assembled into one pipeline, stripped of training-only data,
and written to the model directory with its meta. Single-threaded by design
(the machine is shared): set OMP_NUM_THREADS=1 before running.

Usage:
    python scripts/train_nl.py [--work DIR] [--out DIR] [--stage convert|syntax|ner|assemble|all]
        [--ner-epochs N] [--syntax-epochs N] [spacy train overrides, e.g. --training.patience 800]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import spacy  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.training.converters import conllu_to_docs  # noqa: E402
from spacy.training.iob_utils import biluo_tags_to_spans, iob_to_biluo  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
CONFIG = ROOT / "kroniek" / "configs" / "nl_default.cfg"
UD_TRAIN = ["nl_alpino-ud-dev.conllu", "nl_lassysmall-ud-dev.conllu"]
UD_HELDOUT = "nl_lassysmall-ud-test.conllu"
SYNTAX_PIPES = ["tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser"]
NER_PIPES = ["ner"]


def read_conll2002(path: Path) -> list[tuple[list[list[str]], list[list[str]]]]:
    """Read a CoNLL-2002 file (word POS IOB2) into articles of sentences.

    path (Path): the file.
    RETURNS (list): one (sentences of words, sentences of IOB tags) pair per article.
    """
    docs, words, tags, sw, st = [], [], [], [], []

    def close_sent():
        if sw:
            words.append(list(sw)), tags.append(list(st))
            sw.clear(), st.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            close_sent()
            continue
        if parts[0] == "-DOCSTART-":
            close_sent()
            if words:
                docs.append((list(words), list(tags)))
                words.clear(), tags.clear()
            continue
        sw.append(parts[0]), st.append(parts[-1])
    close_sent()
    if words:
        docs.append((words, tags))
    return docs


def conll2002_docs(path: Path, vocab, sents_per_doc: int = 10) -> list[Doc]:
    """CoNLL-2002 articles as Docs with sentence starts and entities, cut into chunks.

    path (Path): the file.
    vocab (Vocab): the vocab for the Docs.
    sents_per_doc (int): sentences per Doc (the articles' sentences are shuffled anyway).
    RETURNS (list[Doc]): the Docs.
    """
    out = []
    for sents, tags in read_conll2002(path):
        for i in range(0, len(sents), sents_per_doc):
            ws = [w for s in sents[i:i + sents_per_doc] for w in s]
            ts = [t for s in tags[i:i + sents_per_doc] for t in iob_to_biluo(s)]
            starts = [j == 0 for s in sents[i:i + sents_per_doc] for j in range(len(s))]
            doc = Doc(vocab, words=ws, sent_starts=starts)
            doc.ents = biluo_tags_to_spans(doc, ts)
            out.append(doc)
    return out


def ud_docs(path: Path, sents_per_doc: int = 10) -> list[Doc]:
    """UD CoNLL-U file as Docs of a few sentences each (tags, morphs, lemmas, heads)."""
    text = path.read_text(encoding="utf-8")
    return list(conllu_to_docs(text, n_sents=sents_per_doc, merge_subtokens=True, no_print=True))


def convert(work: Path, seed: int = 0) -> None:
    """Write train/dev .spacy files for both trainings under ``work/corpus``."""
    corpus = work / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    docs = [d for name in UD_TRAIN for d in ud_docs(SHARED / "ud-dutch" / name)]
    random.Random(seed).shuffle(docs)
    n_dev = max(1, len(docs) // 10)
    DocBin(docs=docs[n_dev:], store_user_data=False).to_disk(corpus / "ud_train.spacy")
    DocBin(docs=docs[:n_dev]).to_disk(corpus / "ud_dev.spacy")
    DocBin(docs=ud_docs(SHARED / "ud-dutch" / UD_HELDOUT)).to_disk(corpus / "ud_heldout.spacy")
    vocab = spacy.blank("nl").vocab
    ner = SHARED / "conll2002-nl"
    DocBin(docs=conll2002_docs(ner / "ned.train", vocab)).to_disk(corpus / "ner_train.spacy")
    DocBin(docs=conll2002_docs(ner / "ned.testa", vocab)).to_disk(corpus / "ner_dev.spacy")
    print(f"convert: UD {len(docs) - n_dev} train / {n_dev} dev docs; corpus in {corpus}", file=sys.stderr)


def spacy_train(work: Path, stage: str, pipes: list[str], corpus: str, epochs: int, extra: list[str]) -> Path:
    """Run ``spacy train`` on the shared config restricted to ``pipes``.

    RETURNS (Path): the best model directory.
    """
    out = work / stage
    c = work / "corpus"
    cmd = [sys.executable, "-m", "spacy", "train", str(CONFIG), "--output", str(out),
           "--nlp.pipeline", json.dumps(pipes),
           "--paths.train", str(c / f"{corpus}_train.spacy"), "--paths.dev", str(c / f"{corpus}_dev.spacy"),
           "--training.max_epochs", str(epochs), *extra]
    print("train:", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, env={**os.environ, "OMP_NUM_THREADS": "1"})
    return out / "model-best"


def assemble(work: Path, out: Path) -> None:
    """Source the NER into the syntax pipeline and write the model with meta."""
    nlp = spacy.load(work / "syntax" / "model-best")
    ner_nlp = spacy.load(work / "ner" / "model-best")
    nlp.add_pipe("ner", source=ner_nlp)
    meta_syn = json.loads((work / "syntax" / "model-best" / "meta.json").read_text())
    meta_ner = json.loads((work / "ner" / "model-best" / "meta.json").read_text())
    nlp.meta.update({
        "name": "kroniek", "version": "0.1.0",
        "description": "kroniek's Dutch pipeline: CNN tok2vec, tagger, morphologizer, edit-tree "
                       "lemmatizer, parser (UD Dutch) and NER (CoNLL-2002). See MODEL_CARD.md.",
        "license": "research-only (NER: CoNLL-2002 terms); CC BY-SA 4.0 (syntax: UD Dutch)",
        "sources": [
            {"name": "UD Dutch Alpino (dev) + LassySmall (dev)", "license": "CC BY-SA 4.0"},
            {"name": "CoNLL-2002 Dutch ned.train", "license": "research use only"},
        ],
        "performance": {"syntax_dev": meta_syn.get("performance", {}),
                        "ner_dev": meta_ner.get("performance", {})},
    })
    card = out / "MODEL_CARD.md"
    saved_card = card.read_text(encoding="utf-8") if card.exists() else None
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    if saved_card:
        card.write_text(saved_card, encoding="utf-8")
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"assemble: {nlp.pipe_names} -> {out} ({size / 1e6:.1f} MB)", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", type=Path, default=ROOT / "data" / "train")
    ap.add_argument("--out", type=Path, default=ROOT / "kroniek" / "models" / "nl_kroniek")
    ap.add_argument("--stage", default="all", choices=["convert", "syntax", "ner", "assemble", "all"])
    ap.add_argument("--syntax-epochs", type=int, default=40)
    ap.add_argument("--ner-epochs", type=int, default=25)
    # anything else is passed to 'spacy train' as config overrides, e.g. --training.patience 800
    a, extra = ap.parse_known_args()
    if a.stage in ("convert", "all"):
        convert(a.work)
    if a.stage in ("syntax", "all"):
        spacy_train(a.work, "syntax", SYNTAX_PIPES, "ud", a.syntax_epochs, extra)
    if a.stage in ("ner", "all"):
        spacy_train(a.work, "ner", NER_PIPES, "ner", a.ner_epochs, extra)
    if a.stage in ("assemble", "all"):
        assemble(a.work, a.out)


if __name__ == "__main__":
    main()
