"""Engine code holds no Dutch: language data lives under kroniek/lang/<lang>/ (STYLE.md, point 1)."""
import re
from pathlib import Path

import kroniek

PIPELINE = Path(kroniek.__file__).parent / "pipeline"
DUTCH = re.compile(r"\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
                   r"december|gisteren|vorige|zaterdag|zondag|maandag|vierkante|procent|soldaten|beweerde|"
                   r"volgens|Oekraïne|Bachmoet|Koersk)\b", re.I)


def test_style_no_dutch_words_in_pipeline():
    offenders = []
    for path in PIPELINE.glob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if DUTCH.search(line):
                offenders.append(f"{path.name}:{n}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def test_style_every_data_file_has_a_header():
    lang = Path(kroniek.__file__).parent / "lang"
    for path in lang.rglob("*"):
        if path.suffix in (".tsv", ".txt", ".jsonl") and path.is_file():
            assert path.read_text(encoding="utf-8").lstrip().startswith("#"), f"{path} lacks a # header"
