import pytest


@pytest.mark.parametrize("text,n", [
    ("De stad werd beschoten. Er vielen doden.", 2),
    ("“Niemand zal je slaan.” Daarna werd het stil.", 2),
    ("Delen\n\nTweet\nDe stad werd beschoten", 3),
    ("Dat meldt o.a. de krant. Meer volgt.", 2),
    ("Het gaat om 45.000 vierkante kilometer.", 1),
])
def test_sentences_boundaries(rules_nlp, text, n):
    doc = rules_nlp(text)
    assert len([s for s in doc.sents if s.text.strip()]) == n


@pytest.mark.issue(3)
def test_sentences_parser_splits_only_where_a_sentence_can_end(nlp):
    # Regression (a news page): after a heading the parser cut "Rusland | heeft ... uitgevoerd",
    # which cost the strike its actor.
    doc = nlp("Twee doden bij droneaanvallen op Oekraïense steden\n\nRusland heeft vrijdagmorgen raketaanvallen "
              "uitgevoerd op verschillende plaatsen in Oekraïne. In Dnipro vielen twee doden.")
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents[1].startswith("Rusland heeft") and sents[1].endswith("Oekraïne.")
    assert len(sents) == 3


@pytest.mark.issue(6)
def test_sentences_vertical_bar_ends_a_section_label(rules_nlp):
    # A live-blog page: "LIVE | Kyiv ..." parsed as one sentence, the label its subject.
    doc = rules_nlp("LIVE | Kyiv opnieuw bestookt met drones\n\nDe hoofdstad werd beschoten.")
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents[0] == "LIVE |" and sents[1].startswith("Kyiv")
    assert [s.label_ for s in doc.spans["clutter"]] == ["section_label"]
