"""Tables of the chronicle store (SQLAlchemy Core), one row per contract item.

Every child row carries its article id and character offsets, so any figure,
claim or event can be traced back to the exact text it came from.
"""
from sqlalchemy import (Column, Float, ForeignKey, Integer, MetaData, String, Table, Text)

metadata = MetaData()


def _fk():
    return Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)


def _span():
    return [Column("idx", Integer, primary_key=True), Column("text", Text), Column("start", Integer),
            Column("end", Integer)]


articles = Table(
    "articles", metadata,
    Column("id", String, primary_key=True),
    Column("url", Text), Column("title", Text), Column("origin", Text),
    Column("published_value", String), Column("published_earliest", String),
    Column("published_latest", String), Column("published_source", String),
    Column("text", Text), Column("record", Text), Column("errors", Text),
    Column("ingested_at", String),
)

places = Table(
    "places", metadata, _fk(), *_span(),
    Column("name", Text), Column("country", String(2)), Column("lat", Float), Column("lon", Float),
    Column("kind", String), Column("geonameid", Integer),
)

times = Table(
    "times", metadata, _fk(), *_span(),
    Column("value", String), Column("earliest", String), Column("latest", String),
)

quantities = Table(
    "quantities", metadata, _fk(), *_span(),
    Column("value", Float), Column("low", Float), Column("high", Float), Column("unit", String),
    Column("qualifier", String), Column("counts", Text), Column("measure", String), Column("claim", Integer),
)

claims = Table(
    "claims", metadata, _fk(), *_span(),
    Column("source_text", Text), Column("source_name", Text), Column("source_kind", String),
    Column("cue", Text), Column("stance", String),
)

events = Table(
    "events", metadata, _fk(), *_span(),
    Column("kind", String), Column("event_type", String), Column("sub_event_type", String),
    Column("actor1", Text), Column("actor2", Text), Column("actors_inferred", String),
    Column("place_name", Text), Column("country", String(2)), Column("lat", Float), Column("lon", Float),
    Column("geo_precision", Integer), Column("earliest", String), Column("latest", String),
    Column("time_precision", Integer), Column("fatalities", Integer), Column("claim", Integer),
    Column("modality", String), Column("sentence", Text),
)

failures = Table(
    "failures", metadata,
    Column("origin", Text, primary_key=True), Column("message", Text), Column("seen_at", String),
)
