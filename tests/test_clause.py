"""kroniek.clause: a token's clause head in the parse, memoised per doc."""
import pytest

from kroniek.clause import ClauseHeads, clause_chain


def test_clause_head_of_a_relative_clause(nlp):
    doc = nlp("De stad die vorige week werd bezet, is nu bevrijd.")
    if not doc.has_annotation("DEP"):
        pytest.skip("no parser in this pipeline")
    heads = ClauseHeads()
    occupied = next(t for t in doc if t.text == "bezet")
    week = next(t for t in doc if t.text == "week")
    assert heads(occupied).i == occupied.i  # the relative clause's verb heads its own clause
    assert heads(week).i == occupied.i  # its words stay inside it
    assert clause_chain(week)[-1].i == heads(week).i


def test_clause_heads_forget_the_previous_doc(nlp):
    heads = ClauseHeads()
    a = nlp("Rusland viel aan.")
    b = nlp("Oekraïne sloeg terug met drones.")
    if not a.has_annotation("DEP"):
        pytest.skip("no parser in this pipeline")
    assert heads(a[0]).doc is a
    assert heads(b[0]).doc is b
