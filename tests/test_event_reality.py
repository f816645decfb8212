"""kroniek.event_reality: whether an event word reports a real, new event, and its modality (issue 6)."""
import pytest

from kroniek.resources import load_table

from .conftest import run


def events(nlp, text):
    return nlp(text)._.events


@pytest.mark.parametrize("row", load_table("nl", "event/references"), ids=lambda r: r["id"])
def test_event_reference_examples(rules_nlp, row):
    got = ",".join(e["kind"] for e in events(rules_nlp, row["example"])) or "none"
    assert got == row["expected"], (row["example"], got)


@pytest.mark.parametrize("row", load_table("nl", "event/modality"), ids=lambda r: r["id"])
def test_event_modality_examples(rules_nlp, row):
    pipe = rules_nlp.get_pipe("kroniek_event")
    pipe.keep_unreal = True  # negated and planned mentions are dropped from doc._.events by default
    try:
        got = [e["modality"] for e in events(rules_nlp, row["example"])]
    finally:
        pipe.keep_unreal = False
    assert got and got[0] == row["expected"], (row["example"], got)


@pytest.mark.parametrize("row", load_table("nl", "event/landmarks"), ids=lambda r: f"{r['rule']}-{r['month']}")
def test_event_landmark_examples(nlp, row):
    """Regression (held-out news): "tegenstanders van de invasie" in 2023 news stood as fighting."""
    kinds = [e["kind"] for e in run(nlp, row["example"], row["month"])._.events]
    assert kinds == ([] if row["expected"] == "none" else row["expected"].split(","))


def test_a_participle_trigger_is_not_its_own_other_verb(nlp):
    # regression: "every verb of the sentence but the trigger" compared tokens by identity, so it included the
    # trigger, and a past verb the parser read as an adjective (with no other verb beside it) lost its event
    from spacy.tokens import Doc
    words = ["Daarna", "veroverde", "Rusland", "veel", "grond", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, True, True, False, False], heads=[2, 2, 2, 4, 2, 2],
              deps=["advmod", "amod", "ROOT", "det", "obj", "punct"], pos=["ADV", "VERB", "PROPN", "DET", "NOUN", "PUNCT"])
    assert nlp.get_pipe("kroniek_event").reality.reference(doc[1]) is False


def test_an_event_dated_after_the_article_is_planned(nlp):
    # regression: tanks "delivered before the end of the summer" (a present passive) in a spring article were a
    # delivery made
    doc = run(nlp, "De pantservoertuigen worden voor het einde van de zomer aan Oekraïne geleverd.", "2023-04")
    assert doc._.events == []
    # a span's bound ahead ("until the end of the year") leaves an ongoing mission as it is
    doc = run(nlp, "Tot het einde van het jaar zijn Britse militairen gestationeerd in Estland.", "2023-04")
    assert [e["kind"] for e in doc._.events] == ["deployment"]


@pytest.mark.parametrize("text", [
    # regression: a plea put as a question ("Kunnen we geëvacueerd worden?") was an evacuation
    '"Kunnen we vandaag nog geëvacueerd worden?", vroeg een vrouw in Izjoem.',
    "Wordt de stad Charkiv vannacht opnieuw beschoten?",
    # regression: a kind of event ("dit soort protesten") was a protest
    "Dit soort protesten zijn in Rusland verboden.",
    # regression: a known event given as a cause ("vanwege de Russische inval") was fighting
    "De graanprijs in Egypte steeg vanwege de Russische inval in Oekraïne.",
])
def test_questions_kinds_and_causes_report_no_event(nlp, text):
    # (an article of the invasion's first week, when the invasion itself is still the news)
    assert run(nlp, text, "2022-03-01")._.events == []


def test_a_question_after_the_event_leaves_it_an_event(nlp):
    assert [e["kind"] for e in nlp("Rusland beschoot Charkiv, maar waarom?")._.events] == ["shelling"]


def test_a_proposed_ceasefire_is_planned(nlp):
    # regression: a ceasefire that one side proposed ("voorgesteld", "voorstel") was an agreement
    assert nlp("Turkije heeft maandag in Istanbul een staakt-het-vuren voorgesteld.")._.events == []


def test_leaving_a_deal_is_no_agreement(nlp):
    # regression: Moscow withdrawing "uit de graandeal" made an agreement of the deal it left
    assert nlp("Het Kremlin is uit de graandeal gestapt.")._.events == []


@pytest.mark.issue(6)
def test_reality_passive_infinitive_under_a_verb_of_fear_is_not_real(nlp):
    # "te worden ingezet": he feared being sent, he was not; "te hebben ingenomen" is a claim of the past
    feared = run(nlp, "De jonge soldaten vreesden binnenkort te worden ingezet in de oorlog in Oekraïne.")
    assert "deployment" not in [e["kind"] for e in feared._.events]
    claimed = run(nlp, "Het leger zegt Bachmoet te hebben ingenomen.")
    assert [e["kind"] for e in claimed._.events] == ["territory_gain"]


@pytest.mark.issue(6)
def test_reality_managing_to_take_a_town_is_real(nlp):
    # "erin slagen om ... te": the infinitive clause hangs on a verb of achievement, not a purpose
    doc = run(nlp, "Intussen zijn de Russische troepen er ook in geslaagd om Tsjernobyl in te nemen.")
    assert [e["kind"] for e in doc._.events] == ["territory_gain"]
    purpose = run(nlp, "De Russische troepen vielen vanuit het noorden aan om Tsjernobyl in te nemen.")
    assert "territory_gain" not in [e["kind"] for e in purpose._.events]


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kinds", [
    # the verb a complement clause completes sets its modality: wanted, denied, said
    ("Volgens de media wil Poetin dat binnen een maand de stad Tsjasiv Jar is veroverd.", []),
    ("Het ministerie ontkent dat de stad Tsjasiv Jar is veroverd.", []),
    ("Het leger zegt dat de stad Tsjasiv Jar is veroverd.", ["territory_gain"]),
])
def test_reality_complement_clause_takes_the_modality_of_its_verb(nlp, text, kinds):
    assert [e["kind"] for e in run(nlp, text)._.events] == kinds
