import json

import jsonschema
import pytest

from kroniek.contract import schema
from kroniek.readers import read_articles

from .conftest import EXAMPLES, SHARED


def _records(chronicle, paths):
    return [rec for _, rec in chronicle.extract(read_articles(paths))]


def test_contract_examples_validate(chronicle):
    recs = _records(chronicle, [EXAMPLES])
    assert len(recs) == len(list(EXAMPLES.glob("*.txt")))
    for rec in recs:
        jsonschema.validate(rec, schema())
        json.dumps(rec)


def test_contract_offsets_point_into_text(chronicle):
    for art, rec in chronicle.extract(read_articles([EXAMPLES])):
        for key in ("entities", "places", "times", "quantities", "claims", "events"):
            for item in rec[key]:
                assert art.text[item["start"]:item["end"]] == item["text"], (key, item)


def test_contract_failed_article_has_full_shape(chronicle, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    [rec] = _records(chronicle, [tmp_path])
    jsonschema.validate(rec, schema())
    assert rec["errors"] and rec["published"]["source"] == "unknown"


@pytest.mark.skipif(not (SHARED / "seeds").exists(), reason="../shared/data not beside this checkout")
def test_contract_seeds_validate(chronicle):
    for rec in _records(chronicle, [SHARED / "seeds"]):
        jsonschema.validate(rec, schema())
