"""Run the examples of the Dutch attribution rules (issue 5): kroniek/lang/nl/attribution/examples.jsonl."""
import pytest

from kroniek.resources import load_jsonl

EXAMPLES = load_jsonl("nl", "attribution/examples")


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["id"] for e in EXAMPLES])
def test_attribution_example(rules_nlp, ex):
    claims = rules_nlp(ex["example"])._.claims
    assert claims, ex["id"]
    src = claims[-1]["source"]
    assert src["text"] == ex["source"]
    assert src["kind"] == ex["kind"]
    assert claims[-1]["stance"] == ex["stance"]
    if "name" in ex:
        assert src["name"] == ex["name"]
