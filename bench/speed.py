#!/usr/bin/env python
"""Throughput, peak RSS and load time: kroniek's full pipeline vs Frog, same text, one core.

    python bench/speed.py [--sentences N] [--source FILE]

The text is built at run time (never committed) from the sentences of a
CoNLL-2002 file (default ../shared/data/conll2002-nl/ned.testa), detokenised
lightly and grouped into articles of 20 sentences. Each system runs in its own
child process (OMP_NUM_THREADS=1; Frog with --threads=1), so peak RSS is that
process's own. kroniek = kroniek.nlp.load() with the trained model and all rule
components; Frog runs twice: its default modules (with its dependency parser,
like kroniek) and with the parser skipped (--skip=p). Throughput excludes
load time. Last line: ``speed ratio <kroniek/frog>`` against Frog's default
(full) run. Not a test: pytest does not collect bench/.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "conll2002-nl" / "ned.testa"
ENV = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def build_text(source: Path, n_sent: int) -> list[str]:
    """Articles of plain text from a CoNLL file's sentences (tokens rejoined, punctuation attached)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from ner_conll import read_sentences

    sents = []
    for words, _ in read_sentences(source)[:n_sent]:
        s = " ".join(words)
        s = re.sub(r" (?P<p>[.,:;!?)])", r"\g<p>", s)
        s = re.sub(r"(?P<p>\() ", r"\g<p>", s)
        sents.append(s)
    return [" ".join(sents[i:i + 20]) for i in range(0, len(sents), 20)]


def child(cmd: list[str]) -> tuple[str, str, int, float]:
    """Run a command; RETURNS (stdout, stderr, peak RSS in kB of that child, wall seconds)."""
    t0 = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        p = subprocess.Popen(cmd, stdout=out, stderr=err, env=ENV, cwd=tempfile.gettempdir())
        _, status, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t0
        out.seek(0), err.seek(0)
        o, e = out.read(), err.read()
    if p.returncode != 0:
        raise RuntimeError(f"{cmd[0]} exited {p.returncode}: {e.strip()[-400:]}")
    return o, e, ru.ru_maxrss, wall


def worker(textfile: Path) -> None:
    """Child side for kroniek: load, warm up on one article, time the rest; print JSON."""
    t0 = time.perf_counter()
    from kroniek import nlp as loader

    nlp = loader.load("nl")
    load = time.perf_counter() - t0
    texts = json.loads(textfile.read_text(encoding="utf-8"))
    t1 = time.perf_counter()
    n = sum(len(d) for d in nlp.pipe(texts, batch_size=32))
    secs = time.perf_counter() - t1
    print(json.dumps({"load": load, "secs": secs, "tokens": n, "pipes": nlp.pipe_names,
                      "model": nlp.meta.get("kroniek_model")}))


def frog_secs(stderr: str) -> float | None:
    """Frog's own processing time from its log ("Frogging in total took: ...")."""
    m = re.search(r"Frogging in total took: (?P<s>\d+) seconds?, (?P<ms>\d+) milli", stderr)
    return int(m.group("s")) + int(m.group("ms")) / 1000 if m else None


def run_frog(textfile: Path, skip: str | None) -> dict:
    """Frog on the plain text (its own tokenizer), one thread. RETURNS figures."""
    cmd = ["frog", "--threads=1", "-t", str(textfile), "-o", os.devnull]
    if skip:
        cmd.insert(1, f"--skip={skip}")
    # load time: the same run on a one-line file
    small = textfile.with_name("one.txt")
    small.write_text("Dit is een korte zin.\n", encoding="utf-8")
    _, e0, _, wall0 = child([c if c != str(textfile) else str(small) for c in cmd])
    out, err, rss, wall = child(cmd)
    secs = frog_secs(err) or max(wall - wall0, 1e-6)
    return {"load": wall0 - (frog_secs(e0) or 0.0), "secs": secs, "rss": rss}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sentences", type=int, default=1500)
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        return worker(a.worker)
    if not a.source.exists():
        sys.exit(f"speed: no source text at {a.source}")
    texts = build_text(a.source, a.sentences)
    with tempfile.TemporaryDirectory() as tmp:
        tj = Path(tmp) / "texts.json"
        tj.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        tt = Path(tmp) / "texts.txt"
        tt.write_text("\n\n".join(texts) + "\n", encoding="utf-8")
        out, _, rss, _ = child([sys.executable, __file__, "--worker", str(tj)])
        k = json.loads(out.strip().splitlines()[-1])
        n = k["tokens"]
        print(f"text: {len(texts)} articles, {n} spaCy tokens, from {a.source.name} (not stored)")
        print(f"kroniek  ({k['model']}; {', '.join(k['pipes'])})")
        print(f"kroniek       {n / k['secs']:>9.0f} tokens/s  peak RSS {rss / 1024:6.0f} MB  load {k['load']:.2f} s")
        frog = None
        if not shutil.which("frog"):
            print("frog: NOT RUN - frog is not installed (apt-get install frog frogdata)")
        else:
            try:
                for label, skip in (("frog", None), ("frog -parser", "p")):
                    f = run_frog(tt, skip)
                    print(f"{label:<13} {n / f['secs']:>9.0f} tokens/s  peak RSS {f['rss'] / 1024:6.0f} MB  "
                          f"load {f['load']:.2f} s")
                    if skip is None:
                        frog = f
                    else:
                        print(f"speed ratio vs frog without parser {(n / k['secs']) / (n / f['secs']):.1f}")
            except Exception as e:  # noqa: BLE001
                print(f"frog: NOT RUN - {e}")
        print(f"speed ratio {'n/a' if frog is None else f'{frog['secs'] / k['secs']:.1f}'}")


if __name__ == "__main__":
    main()
