"""Readers: seed-format text files, directories of them, JSON Lines, and stdin.

Every input yields Articles in input order. Input that cannot be read yields an
``Article.failure`` carrying a coded message, so one bad file never stops a run
and nothing disappears silently.
"""
from __future__ import annotations

import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .article import Article
from .errors import Errors
from .interval import DayInterval

DEFAULT_MAX_MB = 10.0
# "date 2023-07" or "date 2023-07-15" before the text, on its own line or not.
_HEADER = re.compile(r"\A\s*date[ \t]+(?P<value>\S+)[ \t]*(?:\r?\n|[ \t]+|\Z)")
# Only claim a header whose value looks like an attempt at a date.
_DATEISH = re.compile(r"^\d{2,4}[-/.]\d")
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def parse_seed(raw: str, origin: str, *, id: str | None = None) -> Article:
    """Split a seed-format text into header date and article text.

    raw (str): the decoded file content.
    origin (str): name used in messages.
    RETURNS (Article): offsets of later stages refer to the text after the header.
    """
    errors: list[str] = []
    published = None
    text = raw
    m = _HEADER.match(raw)
    if m and _DATEISH.match(m["value"]):
        text = raw[m.end():]
        try:
            published = DayInterval.parse(m["value"])
        except ValueError:
            errors.append(Errors.E007.format(origin=origin, value=m["value"]))
    if not text.strip():
        return Article.failure(origin, Errors.E003.format(origin=origin))
    art = Article.make(text, id=id, origin=origin, errors=errors)
    if published is not None:
        art.published = published
    return art


def decode(data: bytes, origin: str) -> tuple[str | None, list[str]]:
    """Decode UTF-8, replacing bad bytes; a NUL byte means binary.

    RETURNS (tuple): (text or None if binary, list of error messages).
    """
    if b"\x00" in data[:65536]:
        return None, [Errors.E002.format(origin=origin)]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as e:
        return data.decode("utf-8-sig", errors="replace"), [Errors.E001.format(origin=origin, pos=e.start)]


def _with_errors(art: Article, errors: list[str]) -> Article:
    art.errors[:0] = errors
    return art


def read_text_file(data: bytes, origin: str) -> Iterator[Article]:
    text, errors = decode(data, origin)
    if text is None:
        yield Article.failure(origin, errors[0])
        return
    yield _with_errors(parse_seed(text, origin), errors)


def read_jsonl(lines: Iterable[bytes], origin: str, max_chars: int) -> Iterator[Article]:
    """One article per line: {"id", "text", "date"?, "url"?, "title"?}."""
    for n, line in enumerate(lines, 1):
        where = f"{origin}:{n}"
        if not line.strip():
            continue
        text, errors = decode(line, where)
        if text is None:
            yield Article.failure(where, errors[0])
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            yield Article.failure(where, Errors.E004.format(origin=where, reason=e.msg))
            continue
        if not isinstance(obj, dict):
            yield Article.failure(where, Errors.E010.format(origin=where))
            continue
        body = obj.get("text")
        if not isinstance(body, str):
            yield Article.failure(where, Errors.E005.format(origin=where))
            continue
        if len(body) > max_chars:
            yield Article.failure(where, Errors.E006.format(
                origin=where, size_mb=len(body.encode()) / 1e6, limit_mb=max_chars / 1e6))
            continue
        if not body.strip():
            yield Article.failure(where, Errors.E003.format(origin=where))
            continue
        ident = obj.get("id")
        art = Article.make(body, id=str(ident) if ident not in (None, "") else None,
                           url=obj.get("url") or None, title=obj.get("title"), origin=where,
                           errors=errors)
        raw_date = obj.get("date")
        if raw_date not in (None, ""):
            try:
                art.published = DayInterval.parse(str(raw_date))
            except ValueError:
                art.errors.append(Errors.E008.format(origin=where, value=raw_date))
        yield art


def _read_stream(stream: BinaryIO, origin: str, max_bytes: int, jsonl: bool | None) -> Iterator[Article]:
    if jsonl is None:
        if not hasattr(stream, "peek"):
            stream = io.BufferedReader(stream)
        jsonl = stream.peek(64)[:64].lstrip().startswith(b"{")
    if jsonl:
        yield from read_jsonl(stream, origin, max_bytes)
        return
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield Article.failure(origin, Errors.E006.format(
            origin=origin, size_mb=(len(data) + len(stream.read())) / 1e6, limit_mb=max_bytes / 1e6))
        return
    yield from read_text_file(data, origin)


def read_file(path: Path, max_bytes: int) -> Iterator[Article]:
    origin = str(path)
    is_jsonl = path.suffix.lower() in JSONL_SUFFIXES
    try:
        size = path.stat().st_size
        if not is_jsonl and size > max_bytes:
            yield Article.failure(origin, Errors.E006.format(
                origin=origin, size_mb=size / 1e6, limit_mb=max_bytes / 1e6))
            return
        with path.open("rb") as f:
            yield from _read_stream(f, origin, max_bytes, is_jsonl)
    except OSError as e:
        yield Article.failure(origin, Errors.E011.format(origin=origin, reason=e.strerror or e))


def iter_files(path: Path) -> Iterator[Path]:
    """Regular, non-hidden files below a directory, in sorted order."""
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def read_articles(paths: Iterable[str | os.PathLike], *, max_mb: float = DEFAULT_MAX_MB,
                  stdin: BinaryIO | None = None) -> Iterator[Article]:
    """Read every article from paths, in order. "-" reads stdin (seed text or JSONL).

    paths (iterable): files, directories or "-".
    max_mb (float): size limit of one article.
    RETURNS (iterator): Articles, including failures for unreadable input.
    """
    max_bytes = int(max_mb * 1_000_000)
    for p in paths:
        if str(p) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stream(stream, "<stdin>", max_bytes, None)
            continue
        path = Path(p)
        if path.is_dir():
            for f in iter_files(path):
                yield from read_file(f, max_bytes)
        elif path.exists():
            yield from read_file(path, max_bytes)
        else:
            yield Article.failure(str(p), Errors.E009.format(origin=p))


def count_articles(paths: Iterable[str | os.PathLike]) -> int | None:
    """A cheap count of the articles in paths (files, JSONL lines), for progress bars.

    RETURNS (int | None): the count, or None when stdin is among the inputs.
    """
    total = 0
    for p in paths:
        if str(p) == "-":
            return None
        path = Path(p)
        files = iter_files(path) if path.is_dir() else [path]
        for f in files:
            if f.suffix.lower() in JSONL_SUFFIXES:
                try:
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total
