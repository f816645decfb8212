"""Run the examples of the Dutch quantity rules (issue 5): plural lemmas and measures."""
import re

import pytest

from kroniek.pipeline.quantity import Quantity
from kroniek.resources import load_jsonl, load_table

PLURALS = load_table("nl", "quantity/plural_lemma")
MEASURES = load_jsonl("nl", "quantity/measures")


@pytest.fixture(scope="module")
def quantity():
    return Quantity(lang="nl")


@pytest.mark.parametrize("rule", PLURALS, ids=[r["id"] for r in PLURALS])
def test_plural_lemma_example(rule):
    m = re.compile(rule["pattern"]).match(rule["example"])
    assert m, rule["id"]
    assert rule["lemma"].format(**m.groupdict()) == rule["expected"]


@pytest.mark.parametrize("rule", MEASURES, ids=[r["id"] for r in MEASURES])
def test_measure_example(quantity, rule):
    found = [q for q in quantity.find(rule["example"]) if q["text"] == rule["figure"]]
    assert found, (rule["id"], quantity.find(rule["example"]))
    assert found[0]["measure"] == rule["expected"]


EXAMPLES = load_jsonl("nl", "quantity/examples")


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["id"] for e in EXAMPLES])
def test_quantity_example(quantity, ex):
    found = quantity.find(ex["example"])
    if ex["mention"] is None:
        assert found == []
        return
    assert len(found) == 1, found
    q = found[0]
    assert {k: q[k] for k in ("value", "low", "high", "unit", "qualifier", "counts")} == \
        {k: ex[k] for k in ("value", "low", "high", "unit", "qualifier", "counts")}
    assert q["text"] == ex["mention"]
