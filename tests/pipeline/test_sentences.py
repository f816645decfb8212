import pytest
import spacy


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


def test_sentences_a_quotation_after_a_full_stop_opens_a_sentence():
    # Regression (held-out news): before a parser, only end punctuation was a possible start, so the parser ran a
    # sentence and the quotation after it into one, whose future tense then made a past night a coming one.
    from kroniek.pipeline.sentences import Sentences
    doc = spacy.blank("nl")("Er woedde urenlang brand. “De schade is groot”, zei de burgemeester.")
    doc = Sentences(punct=False)(doc)
    quote = next(t for t in doc if t.text == "“")
    assert quote.is_sent_start is True
