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
