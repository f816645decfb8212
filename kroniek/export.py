"""Exports of the chronicle's events: ACLED-style CSV, GeoJSON and JSON Lines (issue 6).

The CSV carries ACLED's column names, in ACLED's order, so that researchers can put
kroniek's events next to ACLED's; kroniek's own columns follow (who claims the event,
with what stance, the evidence sentence, the article). Dates and precisions say only
what the text says: an event known to a month gets that month's middle day and
time_precision 3, as ACLED does for vague dates.
"""
from __future__ import annotations

import csv
import json
from datetime import date
from functools import lru_cache
from typing import IO, Iterable

from .gazetteer import gazetteer

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
                 "geo_precision", "source", "notes", "fatalities"]
KRONIEK_COLUMNS = ["claim_source", "stance", "evidence", "article_id", "kind", "modality", "earliest", "latest",
                   "url", "actors_inferred"]
COLUMNS = ACLED_COLUMNS + KRONIEK_COLUMNS
FORMATS = ("acled-csv", "geojson", "jsonl")

# ACLED's disorder types group its event types.
DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Riots": "Political violence; Demonstrations",
            "Protests": "Demonstrations", "Strategic developments": "Strategic developments"}


def _event_date(row: dict) -> str | None:
    """The middle day of the event's interval (ACLED's convention for imprecise dates)."""
    if not row.get("earliest") or not row.get("latest"):
        return None
    a, b = date.fromisoformat(row["earliest"]), date.fromisoformat(row["latest"])
    return date.fromordinal((a.toordinal() + b.toordinal()) // 2).isoformat()


def _admin1(row: dict, lang: str) -> str | None:
    return _admin1_of(row.get("place_name"), row.get("country"), lang) if row.get("place_name") else None


@lru_cache(maxsize=4096)
def _admin1_of(name: str, country: str | None, lang: str) -> str | None:
    """The first-level region of a place, when the gazetteer knows it."""
    gaz = gazetteer(lang)
    place = gaz.find(name, country)
    if place is None:
        return None
    if place.kind == "region":
        return place.name
    region = gaz.region_of(place)
    return region.name if region is not None else None


def _country_name(iso: str | None, lang: str) -> str | None:
    if not iso:
        return None
    place = gazetteer(lang).country(iso)
    return place.name if place else iso


def acled_row(row: dict, lang: str = "nl") -> dict:
    """One event row of ``Store.events()`` in ACLED's columns plus kroniek's.

    row (dict): an event joined with its claim and article.
    RETURNS (dict): keys COLUMNS; missing values are None, fatalities default to 0 as in ACLED.
    """
    when = _event_date(row)
    source = row.get("source_name") or row.get("origin") or row.get("url")
    return {
        "event_id_cnty": f"{row.get('country') or 'XX'}-{row['article_id']}-{row['idx']}",
        "event_date": when,
        "year": int(when[:4]) if when else None,
        "time_precision": row.get("time_precision"),
        "disorder_type": DISORDER.get(row.get("event_type")),
        "event_type": row.get("event_type"),
        "sub_event_type": row.get("sub_event_type"),
        "actor1": row.get("actor1"),
        "actor2": row.get("actor2"),
        "country": _country_name(row.get("country"), lang),
        "admin1": _admin1(row, lang),
        "location": row.get("place_name"),
        "latitude": row.get("lat"),
        "longitude": row.get("lon"),
        "geo_precision": row.get("geo_precision"),
        "source": source,
        "notes": row.get("sentence"),
        "fatalities": row.get("fatalities") or 0,
        "claim_source": row.get("source_name"),
        "stance": row.get("stance"),
        "evidence": row.get("sentence"),
        "article_id": row.get("article_id"),
        "kind": row.get("kind"),
        "modality": row.get("modality"),
        "earliest": row.get("earliest"),
        "latest": row.get("latest"),
        "url": row.get("url"),
        "actors_inferred": row.get("actors_inferred"),
    }


def write_acled_csv(rows: Iterable[dict], out: IO[str], lang: str = "nl") -> int:
    """Write ACLED-style CSV. RETURNS (int): number of events written."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(acled_row(row, lang))
        n += 1
    return n


def to_geojson(rows: Iterable[dict], lang: str = "nl") -> dict:
    """A GeoJSON FeatureCollection (RFC 7946): one Point per event; events without coordinates
    get a null geometry, which GeoJSON allows and GIS tools keep as attribute-only rows."""
    features = []
    for row in rows:
        props = acled_row(row, lang)
        geometry = None
        if props["latitude"] is not None and props["longitude"] is not None:
            geometry = {"type": "Point", "coordinates": [float(props["longitude"]), float(props["latitude"])]}
        features.append({"type": "Feature", "id": props["event_id_cnty"], "geometry": geometry,
                         "properties": props})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(rows: Iterable[dict], out: IO[str], lang: str = "nl") -> int:
    """Write a GeoJSON FeatureCollection. RETURNS (int): number of events written."""
    fc = to_geojson(rows, lang)
    json.dump(fc, out, ensure_ascii=False)
    out.write("\n")
    return len(fc["features"])


def write_jsonl(rows: Iterable[dict], out: IO[str], lang: str = "nl") -> int:
    """Write the store's event rows as JSON Lines. RETURNS (int): number of events written."""
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


WRITERS = {"acled-csv": write_acled_csv, "geojson": write_geojson, "jsonl": write_jsonl}


def export(rows: Iterable[dict], fmt: str, out: IO[str], lang: str = "nl") -> int:
    """Write events in one of FORMATS. RETURNS (int): number of events written."""
    return WRITERS[fmt](rows, out, lang)
