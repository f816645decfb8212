"""Exports: ACLED CSV loads in pandas with the right dtypes, GeoJSON passes a schema check, both round-trip (issue 6)."""
import io
import json

import pytest
from click.testing import CliRunner

from kroniek.cli import main
from kroniek.export import ACLED_COLUMNS, COLUMNS, export, to_geojson
from kroniek.store import Store

TEXTS = [
    ("Oekraïense troepen hebben bij Bachmoet vijf Russische soldaten gevangengenomen.", "2023-07"),
    ("Bij een raketaanval op Charkiv kwamen zeker twaalf burgers om het leven.", "2024-05-14"),
    ("Het weer was zonnig.", None),
]

# The parts of RFC 7946 that GIS tools rely on.
GEOJSON_SCHEMA = {
    "type": "object", "required": ["type", "features"],
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {"type": "array", "items": {
            "type": "object", "required": ["type", "geometry", "properties"],
            "properties": {
                "type": {"const": "Feature"},
                "geometry": {"oneOf": [{"type": "null"}, {
                    "type": "object", "required": ["type", "coordinates"],
                    "properties": {"type": {"const": "Point"},
                                   "coordinates": {"type": "array", "minItems": 2, "maxItems": 3,
                                                   "items": {"type": "number"}}}}]},
                "properties": {"type": ["object", "null"]},
            }}},
    },
}


@pytest.fixture()
def filled(extract, tmp_path):
    url = f"sqlite:///{tmp_path / 'k.db'}"
    store = Store(url)
    for i, (text, date) in enumerate(TEXTS):
        rec = extract(text, date=date)
        rec["id"] = f"art-{i}"
        store.save(rec, text)
    return store, url


def _export(store, fmt, **filters):
    out = io.StringIO()
    export(store.events(**filters), fmt, out)
    return out.getvalue()


def test_export_acled_csv_round_trip(filled):
    pd = pytest.importorskip("pandas")
    store, _ = filled
    df = pd.read_csv(io.StringIO(_export(store, "acled-csv")), parse_dates=["event_date"])
    assert list(df.columns) == COLUMNS and list(df.columns[:len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert len(df) == len(store.events()) >= 2
    assert pd.api.types.is_datetime64_any_dtype(df["event_date"])
    for col in ("year", "time_precision", "geo_precision", "fatalities"):
        assert pd.api.types.is_integer_dtype(df[col]), col
    for col in ("latitude", "longitude"):
        assert pd.api.types.is_float_dtype(df[col]), col
    cap = df[df["sub_event_type"] == "Other"].iloc[0]
    assert (cap["location"], cap["country"], cap["admin1"]) == ("Bakhmut", "Ukraine", "Donetsk Oblast")
    assert cap["actor1"] == "Ukraine military" and cap["time_precision"] == 3
    strike = df[df["event_type"] == "Explosions/Remote violence"].iloc[0]
    assert strike["fatalities"] == 12 and str(strike["event_date"].date()) == "2024-05-14"
    assert strike["disorder_type"] == "Political violence"


def test_export_geojson_schema_and_round_trip(filled):
    jsonschema = pytest.importorskip("jsonschema")
    store, _ = filled
    fc = json.loads(_export(store, "geojson"))
    jsonschema.validate(fc, GEOJSON_SCHEMA)
    rows = store.events()
    assert len(fc["features"]) == len(rows)
    for f, row in zip(fc["features"], rows):
        assert f["geometry"]["coordinates"] == [row["lon"], row["lat"]]
        assert f["properties"]["kind"] == row["kind"]
    # geopandas is optional; when present it must read the file as is
    gpd = pytest.importorskip("geopandas")
    gdf = gpd.read_file(io.StringIO(json.dumps(fc)))
    assert len(gdf) == len(rows)


def test_export_geojson_event_without_place():
    fc = to_geojson([{"article_id": "a", "idx": 0, "kind": "agreement", "event_type": "Strategic developments",
                      "lat": None, "lon": None}])
    assert fc["features"][0]["geometry"] is None


def test_export_jsonl_filters(filled):
    store, _ = filled
    lines = _export(store, "jsonl", kind="capture").splitlines()
    assert lines and all(json.loads(line)["kind"] == "capture" for line in lines)


@pytest.mark.parametrize("fmt", ["acled-csv", "geojson", "jsonl"])
def test_export_cli(filled, tmp_path, fmt):
    _, url = filled
    out = tmp_path / f"events.{fmt}"
    result = CliRunner().invoke(main, ["export", "--db", url, "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").strip()
