"""Store: write article records and read the chronicle back, on any SQLAlchemy URL.

Each article is written in its own transaction that first removes any earlier
version, so an interrupted ingest leaves whole articles only and a re-run
neither duplicates nor loses anything.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import and_, create_engine, delete, event, func, insert, inspect, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Engine

from ..errors import Errors
from . import schema as t

CHILDREN = (t.places, t.times, t.quantities, t.claims, t.events)


def _sqlite_pragmas(dbapi_conn, _record):
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.close()


def normalise_url(url: str) -> str:
    """A bare path means a SQLite file: "kroniek.db" -> "sqlite:///kroniek.db"."""
    return url if "://" in url else f"sqlite:///{url}"


class Store:
    """The chronicle database.

    url (str): SQLAlchemy URL or a SQLite file path; "sqlite://" is in-memory.
    """

    def __init__(self, url: str = "kroniek.db"):
        self.url = normalise_url(url)
        try:
            self.engine: Engine = create_engine(self.url)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            t.metadata.create_all(self.engine)
            self._add_new_columns()
        except Exception as e:
            raise RuntimeError(Errors.E030.format(url=url, reason=e)) from e

    def _add_new_columns(self) -> None:
        """Columns added to a table since a database was made (``create_all`` makes missing tables only): added
        empty, so that a database of an earlier version keeps its rows and takes the new fields on re-ingest."""
        have = inspect(self.engine)
        with self.engine.begin() as conn:
            for table in t.metadata.sorted_tables:
                present = {c["name"] for c in have.get_columns(table.name)}
                for col in table.columns:
                    if col.name not in present:
                        kind = col.type.compile(dialect=self.engine.dialect)
                        conn.execute(sql_text(f'ALTER TABLE {table.name} ADD COLUMN "{col.name}" {kind}'))

    # -- writing -----------------------------------------------------------
    def save(self, record: dict, text: str) -> None:
        """Replace everything stored for this article with ``record``."""
        aid = record["id"]
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        pub = record["published"]
        with self.engine.begin() as conn:
            for table in CHILDREN:
                conn.execute(delete(table).where(table.c.article_id == aid))
            conn.execute(delete(t.articles).where(t.articles.c.id == aid))
            conn.execute(insert(t.articles).values(
                id=aid, url=record.get("url"), title=record.get("title"), origin=record.get("origin"),
                published_value=pub.get("value"), published_earliest=pub.get("earliest"),
                published_latest=pub.get("latest"), published_source=pub.get("source"),
                text=text, record=json.dumps(record, ensure_ascii=False),
                errors=json.dumps(record.get("errors", []), ensure_ascii=False), ingested_at=now))
            for table, rows in self._child_rows(record).items():
                if rows:
                    conn.execute(insert(table), rows)
            if record.get("origin"):
                conn.execute(delete(t.failures).where(t.failures.c.origin == record["origin"]))

    def save_failure(self, origin: str, message: str) -> None:
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.engine.begin() as conn:
            conn.execute(delete(t.failures).where(t.failures.c.origin == origin))
            conn.execute(insert(t.failures).values(origin=origin, message=message, seen_at=now))

    @staticmethod
    def _child_rows(rec: dict) -> dict:
        aid = rec["id"]
        base = lambda i, x: {"article_id": aid, "idx": i, "text": x.get("text"),  # noqa: E731
                             "start": x.get("start"), "end": x.get("end")}
        rows = {table: [] for table in CHILDREN}
        for i, p in enumerate(rec.get("places", [])):
            rows[t.places].append({**base(i, p), "name": p.get("name"), "country": p.get("country"),
                                   "lat": p.get("lat"), "lon": p.get("lon"), "kind": p.get("kind"),
                                   "geonameid": p.get("geonameid")})
        for i, x in enumerate(rec.get("times", [])):
            rows[t.times].append({**base(i, x), "value": x.get("value"), "earliest": x.get("earliest"),
                                  "latest": x.get("latest")})
        for i, q in enumerate(rec.get("quantities", [])):
            rows[t.quantities].append({**base(i, q), **{k: q.get(k) for k in (
                "value", "low", "high", "unit", "qualifier", "counts", "measure", "claim")}})
        for i, c in enumerate(rec.get("claims", [])):
            src = c.get("source") or {}
            rows[t.claims].append({**base(i, c), "source_text": src.get("text"), "source_name": src.get("name"),
                                   "source_kind": src.get("kind"), "cue": c.get("cue"), "stance": c.get("stance")})
        for i, e in enumerate(rec.get("events", [])):
            place = e.get("place") or {}
            when = e.get("when") or {}
            rows[t.events].append({**base(i, e), **{k: e.get(k) for k in (
                "kind", "event_type", "sub_event_type", "actor1", "actor2", "fatalities", "claim", "modality",
                "sentence", "geo_precision", "time_precision")},
                "actors_inferred": ",".join(e.get("actors_inferred") or ()) or None,
                "place_name": place.get("name"), "country": place.get("country"), "lat": place.get("lat"),
                "lon": place.get("lon"), "earliest": when.get("earliest"), "latest": when.get("latest")})
        return rows

    # -- reading -----------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(t.articles.c.id).where(t.articles.c.id == article_id)).first() is not None

    def has_text(self, article_id: str, text: str) -> bool:
        """Is this article stored with exactly this text?"""
        with self.engine.connect() as conn:
            row = conn.execute(select(t.articles.c.text).where(t.articles.c.id == article_id)).first()
        return row is not None and row[0] == text

    def counts(self) -> dict:
        with self.engine.connect() as conn:
            out = {table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                   for table in (t.articles, *CHILDREN, t.failures)}
        return out

    def failures(self) -> list[dict]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(t.failures).order_by(t.failures.c.origin))]

    def record(self, article_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.articles.c.record).where(t.articles.c.id == article_id)).first()
        return json.loads(row[0]) if row else None

    def events(self, *, kind: str | None = None, place: str | None = None, country: str | None = None,
               since: str | None = None, until: str | None = None, article: str | None = None,
               source: str | None = None, limit: int | None = None) -> list[dict]:
        """Events in time order with their article, place, claim source and stance.

        since/until (str): ISO dates; an event is kept when its interval overlaps them.
        RETURNS (list[dict]): one dict per event row, joined with its claim and article.
        """
        e, c, a = t.events, t.claims, t.articles
        q = (select(e, a.c.url, a.c.title, a.c.origin, a.c.published_value,
                    c.c.source_name, c.c.source_kind, c.c.stance, c.c.cue)
             .join(a, a.c.id == e.c.article_id)
             .outerjoin(c, and_(c.c.article_id == e.c.article_id, c.c.idx == e.c.claim)))
        if kind:
            q = q.where(e.c.kind == kind)
        if place:
            q = q.where(func.lower(e.c.place_name) == place.lower())
        if country:
            q = q.where(e.c.country == country.upper())
        if since:
            q = q.where(or_(e.c.latest.is_(None), e.c.latest >= since))
        if until:
            q = q.where(or_(e.c.earliest.is_(None), e.c.earliest <= until))
        if article:
            q = q.where(e.c.article_id == article)
        if source:
            q = q.where(func.lower(c.c.source_name).contains(source.lower()))
        q = q.order_by(e.c.earliest.is_(None), e.c.earliest, e.c.latest, e.c.article_id, e.c.idx)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def quantities(self, *, article: str | None = None) -> list[dict]:
        q = select(t.quantities)
        if article:
            q = q.where(t.quantities.c.article_id == article)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q.order_by(t.quantities.c.article_id,
                                                                      t.quantities.c.idx))]
