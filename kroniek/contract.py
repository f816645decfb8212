"""The output contract: one JSON object per article.

The shape is published as ``kroniek/schema/article.schema.json``; keys may be
added, never renamed. Components write contract-shaped dicts; this module only
assembles them and drops internal keys (those starting with "_").
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from .article import Article

SCHEMA_PATH = Path(__file__).parent / "schema" / "article.schema.json"
LISTS = ("entities", "places", "times", "quantities", "claims", "events")


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def _public(obj):
    if isinstance(obj, dict):
        return {k: _public(v) for k, v in obj.items() if not k.startswith("_")}
    if isinstance(obj, list):
        return [_public(v) for v in obj]
    return obj


def published(article: Article, doc: Doc | None) -> dict:
    anchor = article.anchor  # derived from the date or the URL on each access
    if anchor.known:
        return {**anchor.to_dict(), "source": article.published_source}
    inferred = doc._.published if doc is not None else None
    if inferred:
        return {**inferred, "source": "inferred"}
    return {"value": None, "earliest": None, "latest": None, "source": "unknown"}


def empty_record(article: Article) -> dict:
    """The record of an article that could not be processed: ids and errors only."""
    rec = {"id": article.id, "published": published(article, None)}
    rec.update({k: [] for k in LISTS})
    rec.update(url=article.url, title=article.title, origin=article.origin, errors=list(article.errors))
    return rec


def _clutter_ranges(doc: Doc) -> list[tuple[int, int]]:
    spans = doc.spans.get("clutter", []) if doc.spans else []
    return [(s.start_char, s.end_char) for s in spans]


def _inside(item: dict, ranges: list[tuple[int, int]]) -> bool:
    start, end = item.get("start"), item.get("end")
    if start is None:
        return False
    return any(a <= start and end <= b for a, b in ranges)


def _drop_clutter(rec: dict, ranges: list[tuple[int, int]]) -> None:
    """Remove items lying inside page clutter, keeping claim indices consistent."""
    if not ranges:
        return
    for key in ("entities", "places", "times", "quantities"):
        rec[key] = [x for x in rec[key] if not _inside(x, ranges)]
    remap, claims = {}, []
    for i, c in enumerate(rec["claims"]):
        if _inside(c, ranges) or _inside(c.get("source") or {}, ranges):
            continue
        remap[i] = len(claims)
        claims.append(c)
    rec["claims"] = claims
    rec["events"] = [e for e in rec["events"] if not _inside(e, ranges)]
    for x in rec["events"] + rec["quantities"]:
        if x.get("claim") is not None:
            x["claim"] = remap.get(x["claim"])


def to_record(article: Article, doc: Doc) -> dict:
    """Assemble the contract object of one processed article.

    article (Article): the input, with its given date and read errors.
    doc (Doc): the processed text.
    RETURNS (dict): JSON-serialisable record; nothing inside page clutter.
    """
    rec = {"id": article.id, "published": published(article, doc)}
    rec["entities"] = [
        {"text": e.text, "start": e.start_char, "end": e.end_char, "label": e.label_} for e in doc.ents
    ]
    for key in LISTS[1:]:
        rec[key] = _public(getattr(doc._, key) or [])
    _drop_clutter(rec, _clutter_ranges(doc))
    rec.update(url=article.url, title=article.title, origin=article.origin, errors=list(article.errors))
    return rec
