"""The core API: articles in, contract records out, chronicle stored and queried.

The CLI, the store and (later) the web app all call this module; none of them
runs the pipeline by itself.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language

from . import nlp as nlp_loader
from .article import Article
from .contract import empty_record, to_record
from .errors import Errors
from .store import Store

BATCH = 32


@dataclass
class Summary:
    """What a run did: counts, and the messages of failed or damaged articles."""

    articles: int = 0
    failed: int = 0
    with_errors: int = 0
    skipped: int = 0
    messages: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def add(self, record: dict, failed: bool) -> None:
        self.articles += 1
        if failed:
            self.failed += 1
        elif record["errors"]:
            self.with_errors += 1
        self.messages.extend(record["errors"])


class Chronicle:
    """Extract records from articles and keep them in a store.

    lang (str): language of the articles.
    nlp (Language | None): a ready pipeline; default ``kroniek.nlp.load(lang)``.
    db (str | None): store URL; needed only for ingest and queries.
    """

    def __init__(self, lang: str = "nl", *, nlp: Language | None = None, db: str | None = None):
        self.lang = lang
        self._nlp = nlp
        self._db_url = db
        self._store: Store | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = nlp_loader.load(self.lang)
        return self._nlp

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self._db_url or "kroniek.db")
        return self._store

    # -- extraction ----------------------------------------------------------
    def _doc(self, article: Article):
        nlp = self.nlp
        nlp.max_length = max(nlp.max_length, len(article.text) + 1)
        doc = nlp.make_doc(article.text)
        doc._.dct = article.anchor
        doc._.article_id = article.id
        return doc

    def _process_one(self, article: Article) -> dict:
        try:
            doc = self._doc(article)
            for _, proc in self.nlp.pipeline:
                doc = proc(doc)
            return to_record(article, doc)
        except Exception as e:  # one article's failure must never stop the run
            article.errors.append(Errors.E020.format(origin=article.origin, reason=f"{type(e).__name__}: {e}"))
            article.failed = True
            return empty_record(article)

    def _process_batch(self, batch: list[Article]) -> list[dict]:
        try:
            docs = list(self.nlp.pipe([self._doc(a) for a in batch], batch_size=len(batch)))
            return [to_record(a, d) for a, d in zip(batch, docs)]
        except Exception:
            # Isolate the article that broke the batch; the others still come back.
            return [self._process_one(a) for a in batch]

    def extract(self, articles: Iterable[Article], *, batch_size: int = BATCH) -> Iterator[tuple[Article, dict]]:
        """Process articles in input order.

        articles (iterable): Articles, including read failures.
        RETURNS (iterator): (article, record) pairs; failed input gives a record with errors only.
        """
        batch: list[Article] = []
        for art in articles:
            if art.failed:
                yield from self._flush(batch)
                batch = []
                yield art, empty_record(art)
                continue
            batch.append(art)
            if len(batch) >= batch_size:
                yield from self._flush(batch)
                batch = []
        yield from self._flush(batch)

    def _flush(self, batch: list[Article]) -> Iterator[tuple[Article, dict]]:
        if batch:
            yield from zip(batch, self._process_batch(batch))

    def extract_text(self, text: str, *, date: str | None = None, id: str | None = None) -> dict:
        """Convenience: one text (with an optional "YYYY-MM[-DD]" date) to one record."""
        from .interval import DayInterval

        art = Article.make(text, id=id, origin=id or "<text>")
        if date:
            art.published = DayInterval.parse(date)
        return next(self.extract([art]))[1]

    # -- storage -------------------------------------------------------------
    def ingest(self, articles: Iterable[Article], *, on_record: Callable[[Article, dict], None] | None = None,
               skip_existing: bool = False, summary: Summary | None = None) -> Summary:
        """Extract and store every article; failures go to the failures table.

        on_record (callable): called with (article, record) after each article is stored.
        skip_existing (bool): do not re-process articles whose id and text are already stored
            (fast resume after an interruption); by default every article is re-extracted.
        summary (Summary | None): filled in as the run goes, so an interrupted run still reports.
        RETURNS (Summary): counts and messages for the run.
        """
        summary = summary if summary is not None else Summary()
        if skip_existing:
            articles = self._skip_stored(articles, summary, on_record)
        for art, rec in self.extract(articles):
            if art.failed:
                self.store.save_failure(art.origin, "; ".join(rec["errors"]))
            else:
                self.store.save(rec, art.text)
            summary.add(rec, art.failed)
            if on_record:
                on_record(art, rec)
        return summary

    def _skip_stored(self, articles, summary, on_record):
        for art in articles:
            if not art.failed and self.store.has_text(art.id, art.text):
                summary.skipped += 1
                summary.articles += 1
                if on_record:
                    on_record(art, None)
                continue
            yield art

    def events(self, **filters) -> list[dict]:
        return self.store.events(**filters)
