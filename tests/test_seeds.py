"""Acceptance checks of the foundation issue on the two real seed articles (read from ../shared, never copied)."""
import math

import pytest

from kroniek.readers import read_articles

from .conftest import SHARED

SEEDS = SHARED / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason="../shared/data/seeds not beside this checkout")


@pytest.fixture(scope="module")
def seeds(chronicle):
    return {art.origin.rsplit("/", 1)[-1]: rec for art, rec in chronicle.extract(read_articles([SEEDS]))}


def _km(a, b, c, d):
    p1, p2 = math.radians(a), math.radians(c)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(d - b) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def _place(rec, name):
    """A place of that name, or the region named after it ("Kursk" matches "Kursk Oblast")."""
    return next((p for p in rec["places"] if p["name"] == name or p["name"].startswith(name + " ")), None)


def _has_q(rec, unit, **vals):
    return any(q["unit"] == unit and all(q.get(k) == v for k, v in vals.items()) for q in rec["quantities"])


def _source(rec, needle):
    return [c for c in rec["claims"] if needle.lower() in (c["source"]["name"] + " " + c["source"]["text"]).lower()]


def test_seed000_places(seeds):
    rec = seeds["seed-000.txt"]
    bakhmut = _place(rec, "Bakhmut")
    assert bakhmut and _km(bakhmut["lat"], bakhmut["lon"], 48.60, 38.00) <= 25
    assert _place(rec, "Crimea")


def test_seed000_figures(seeds):
    rec = seeds["seed-000.txt"]
    assert _has_q(rec, "km2", value=37) and _has_q(rec, "km2", value=9) and _has_q(rec, "km2", value=158.4)
    assert _has_q(rec, "km2", value=45000, qualifier="more_than")


def test_seed000_source_time_events(seeds):
    rec = seeds["seed-000.txt"]
    claims = _source(rec, "Maljar")
    assert claims and claims[0]["source"]["kind"] == "person" and claims[0]["stance"] == "reported"
    assert any(t["value"] == "2023-06" for t in rec["times"])
    kinds = {e["kind"] for e in rec["events"]}
    assert {"capture", "explosion", "territory_gain"} <= kinds
    gain = next(e for e in rec["events"] if e["kind"] == "territory_gain")
    assert gain["place"] and gain["place"]["name"] == "Bakhmut"


def test_seed001_places_and_figures(seeds):
    rec = seeds["seed-001.txt"]
    assert _place(rec, "Kursk") and _place(rec, "Kyiv")
    assert _has_q(rec, "person", low=10000, high=12000, qualifier="range")
    assert _has_q(rec, "person", low=200, high=400)
    assert _has_q(rec, "percent", value=40, qualifier="more_than")
    assert _has_q(rec, "km2", value=984)


def test_seed001_sources_and_stances(seeds):
    rec = seeds["seed-001.txt"]
    zel = _source(rec, "Zelensk")
    assert zel and {c["stance"] for c in zel} >= {"said", "claimed"}
    assert any(c["source"]["kind"] == "anonymous" for c in rec["claims"])
    for name in ("Witte Huis", "Pentagon"):
        found = _source(rec, name) or _source(rec, {"Witte Huis": "White House"}[name] if name == "Witte Huis" else name)
        assert found and found[0]["stance"] == "confirmed", name


def test_seed001_capture_event(seeds):
    rec = seeds["seed-001.txt"]
    caps = [e for e in rec["events"] if e["kind"] == "capture"]
    assert caps and any(e["actor2"] == "North Korea military" for e in caps)
