"""The one loader for language data under ``kroniek/lang/<lang>/``.

Resources are named by their path stem relative to the language folder
(``geo/exonyms`` for ``lang/nl/geo/exonyms.tsv``). Formats:

- ``.tsv``: ``#`` header lines (source, licence, columns), then a row of column
  names, then tab-separated rows. Empty cells read as None.
- ``.jsonl``: one JSON object per line; lines starting with ``#`` are comments.
- ``.txt``: one entry per line; ``#`` starts a comment.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .errors import Errors

LANG_ROOT = Path(__file__).parent / "lang"


def lang_dir(lang: str) -> Path:
    d = LANG_ROOT / lang
    if not d.is_dir():
        raise ValueError(Errors.E021.format(lang=lang))
    return d


def _find(lang: str, name: str, suffix: str, optional: bool = False) -> Path | None:
    path = lang_dir(lang) / f"{name}{suffix}"
    if not path.exists():
        if optional:
            return None  # a language may do without this resource
        raise FileNotFoundError(Errors.E022.format(name=name + suffix, folder=lang_dir(lang)))
    return path


def _data_lines(path: Path):
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield n, line


@lru_cache(maxsize=None)
def load_table(lang: str, name: str, optional: bool = False) -> tuple[dict, ...]:
    """Read a TSV table.

    lang (str): language code, e.g. "nl".
    name (str): resource stem, e.g. "geo/exonyms".
    optional (bool): return () when the language has no such table, instead of raising.
    RETURNS (tuple[dict]): one dict per row, keyed by the column names.
    """
    path = _find(lang, name, ".tsv", optional)
    return () if path is None else read_table(path)


def read_table(path: Path) -> tuple[dict, ...]:
    """Read a TSV table in this format from any path (data that is no language's, as ``urls/sequences.tsv``).

    RETURNS (tuple[dict]): one dict per row, keyed by the column names; empty cells are None.
    """
    rows: list[dict] = []
    columns: list[str] | None = None
    for n, line in _data_lines(path):
        cells = line.split("\t")
        if columns is None:
            columns = cells
            continue
        if len(cells) > len(columns):
            raise ValueError(Errors.E023.format(path=path, line=n,
                                                reason=f"{len(cells)} cells for {len(columns)} columns"))
        cells += [""] * (len(columns) - len(cells))
        rows.append({c: (v if v != "" else None) for c, v in zip(columns, cells)})
    return tuple(rows)


@lru_cache(maxsize=None)
def load_jsonl(lang: str, name: str, optional: bool = False) -> tuple[dict, ...]:
    """Read a JSONL resource (spaCy token patterns, rules with examples).

    optional (bool): return () when the language has no such resource, instead of raising.
    RETURNS (tuple[dict]): the objects in file order.
    """
    path = _find(lang, name, ".jsonl", optional)
    if path is None:
        return ()
    out = []
    for n, line in _data_lines(path):
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as e:
            raise ValueError(Errors.E023.format(path=path, line=n, reason=e.msg)) from None
    return tuple(out)


@lru_cache(maxsize=None)
def load_words(lang: str, name: str, optional: bool = False) -> tuple[str, ...]:
    """Read a word list (.txt), one entry per line, in file order (() if optional and missing)."""
    path = _find(lang, name, ".txt", optional)
    if path is None:
        return ()
    return tuple(line.split("#", 1)[0].strip() for _, line in _data_lines(path)
                 if line.split("#", 1)[0].strip())


def resource_path(lang: str, name: str, suffix: str) -> Path:
    """Path of a resource file, for provenance fields and build scripts."""
    return _find(lang, name, suffix)
