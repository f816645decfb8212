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


def child(cmd: list[str]) -> tuple[str, str, int, float, float]:
    """Run a command; RETURNS (stdout, stderr, peak RSS in kB, wall seconds, CPU seconds) of that child."""
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
    return o, e, ru.ru_maxrss, wall, ru.ru_utime + ru.ru_stime


def worker(textfile: Path) -> None:
    """Child side for kroniek: load, warm up on one article, time the rest; print JSON."""
    t0, c0 = time.perf_counter(), time.process_time()
    from kroniek import nlp as loader

    nlp = loader.load("nl")
    load, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    texts = json.loads(textfile.read_text(encoding="utf-8"))
    nlp(texts[0])  # warm-up (first-call allocations), not timed: Frog's own timer also excludes its start-up
    t1, c1 = time.perf_counter(), time.process_time()
    n = sum(len(d) for d in nlp.pipe(texts, batch_size=32))
    secs, cpu = time.perf_counter() - t1, time.process_time() - c1
    print(json.dumps({"load": load, "load_cpu": load_cpu, "secs": secs, "cpu": cpu, "tokens": n,
                      "pipes": nlp.pipe_names,
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
    _, e0, _, wall0, cpu0 = child([c if c != str(textfile) else str(small) for c in cmd])
    out, err, rss, wall, cpu1 = child(cmd)
    secs = frog_secs(err) or max(wall - wall0, 1e-6)
    return {"load": wall0 - (frog_secs(e0) or 0.0), "load_cpu": cpu0, "secs": secs,
            "cpu": max(cpu1 - cpu0, 1e-6), "rss": rss}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sentences", type=int, default=1000)
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
        out, _, rss, _, _ = child([sys.executable, __file__, "--worker", str(tj)])
        k = json.loads(out.strip().splitlines()[-1])
        n = k["tokens"]
        print(f"text: {len(texts)} articles, {n} spaCy tokens, from {a.source.name} (not stored)")
        print(f"kroniek  ({k['model']}; {', '.join(k['pipes'])})")
        print(f"{'':<13} {'tok/s CPU':>10} {'tok/s wall':>10} {'peak RSS':>9} {'load wall':>9} {'load CPU':>8}")

        def row(label: str, r: dict, rss_kb: int) -> None:
            print(f"{label:<13} {n / r['cpu']:>10.0f} {n / r['secs']:>10.0f} {rss_kb / 1024:>6.0f} MB "
                  f"{r['load']:>7.2f} s {r['load_cpu']:>6.2f} s")

        row("kroniek", k, rss)
        frog = frog_np = None
        if not shutil.which("frog"):
            print("frog: NOT RUN - frog is not installed (apt-get install frog frogdata)")
        else:
            try:
                frog = run_frog(tt, None)
                row("frog", frog, frog["rss"])
                frog_np = run_frog(tt, "p")
                row("frog -parser", frog_np, frog_np["rss"])
            except Exception as e:  # noqa: BLE001
                print(f"frog: NOT RUN - {e}")
        print("tok/s CPU = tokens per CPU-second of the process (one core, robust to a busy machine); "
              "frog = its default modules incl. parser; frog -parser = --skip=p")
        if frog_np is not None:
            print(f"speed ratio vs frog without parser {frog_np['cpu'] / k['cpu']:.1f}")
        ratio = "n/a" if frog is None else f"{frog['cpu'] / k['cpu']:.1f}"
        print(f"speed ratio {ratio}")


if __name__ == "__main__":
    main()
