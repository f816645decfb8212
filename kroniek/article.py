"""The unit of input: one news article with its publication date as an interval."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from .interval import UNKNOWN, DayInterval
from .urldate import date_from_url


def text_key(text: str) -> str:
    """Stable id for an article that has neither id nor url: a hash of its text."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass
class Article:
    """One article as read from a file, a JSONL line or stdin.

    id (str): given id, else url, else a hash of the text (ingest key).
    text (str): the article text; offsets in all output refer to it.
    published (DayInterval): publication date as given; UNKNOWN if absent or invalid.
    url (str | None): where it was published; a date in it stands in for a missing ``published``.
    origin (str): where it came from, e.g. "news/a.txt" or "batch.jsonl:12".
    errors (list[str]): problems met while reading (the article is still processed).
    failed (bool): nothing usable could be read; the article carries only errors.
    """

    id: str
    text: str
    published: DayInterval = UNKNOWN
    url: str | None = None
    title: str | None = None
    origin: str = "<unknown>"
    errors: list[str] = field(default_factory=list)
    failed: bool = False

    @property
    def anchor(self) -> DayInterval:
        """The publication date to resolve relative times against: as given, else from the URL."""
        if self.published.known:
            return self.published
        return date_from_url(self.url) or UNKNOWN

    @property
    def published_source(self) -> str:
        """"given", "url" (a date in the URL) or "unknown" (content-based dating may still infer one)."""
        if self.published.known:
            return "given"
        return "url" if self.anchor.known else "unknown"

    @classmethod
    def make(cls, text: str, *, id: str | None = None, url: str | None = None, **kwargs) -> "Article":
        return cls(id=id or url or text_key(text), text=text, url=url, **kwargs)

    @classmethod
    def failure(cls, origin: str, message: str) -> "Article":
        """A placeholder for input that could not be read, so that it is reported, not lost."""
        return cls(id="failed:" + origin, text="", origin=origin, errors=[message], failed=True)
