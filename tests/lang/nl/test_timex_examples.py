"""Every timex rule carries runnable examples; run them all (STYLE.md, point 3)."""
import pytest
import spacy

import kroniek.pipeline  # noqa: F401
from kroniek import resources
from kroniek.interval import UNKNOWN, DayInterval

RULES = [r for r in resources.load_jsonl("nl", "timex/rules")]
CASES = [(r["id"], ex) for r in RULES for ex in r["examples"]]


@pytest.fixture(scope="module")
def timex_nlps():
    out = {}
    for clock in (False, True):
        nlp = spacy.blank("nl")
        nlp.add_pipe("kroniek_sentences")
        nlp.add_pipe("kroniek_timex", config={"lang": "nl", "clock": clock})
        out[clock] = nlp
    return out


def test_timex_every_rule_has_an_example():
    assert all(r.get("id") and r.get("examples") for r in RULES)
    assert len({r["id"] for r in RULES}) == len(RULES)


@pytest.mark.parametrize("rule_id,ex", CASES, ids=[f"{i}:{e['text'][:30]}" for i, e in CASES])
def test_timex_rule_example(timex_nlps, rule_id, ex):
    timex_nlp = timex_nlps[bool(ex.get("clock"))]
    doc = timex_nlp.make_doc(ex["text"])
    doc._.dct = DayInterval.parse(ex["dct"]) if ex.get("dct") else UNKNOWN
    doc = timex_nlp(doc)
    mention = ex.get("mention", None)
    hits = [t for t in doc._.times if (mention is None or t["text"] == mention)]
    assert hits, (doc._.times, mention)
    t = hits[0]
    assert t["rule"] == rule_id, t
    assert t["value"] == ex["value"], t
    for key in ("earliest", "latest"):
        if key in ex:
            assert t[key] == ex[key], t
