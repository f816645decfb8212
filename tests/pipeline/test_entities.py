import pytest


def _ents(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize("text,expected", [
    ("Oekraïense soldaten namen twee Russen gevangen.", [("Oekraïense", "NORP"), ("Russen", "NORP")]),
    ("Noord-Koreaanse troepen vochten mee.", [("Noord-Koreaanse", "NORP")]),
    ("Het Witte Huis en het Pentagon reageerden.", [("Witte Huis", "ORG"), ("Pentagon", "ORG")]),
    ("Dat zei president Volodymyr Zelensky.", [("Volodymyr Zelensky", "PER")]),
])
def test_entities_lexicon(rules_nlp, text, expected):
    ents = _ents(rules_nlp, text)
    for item in expected:
        assert item in ents


def test_entities_model_span_around_lexicon_name_is_kept(rules_nlp):
    from spacy.tokens import Span

    ent = rules_nlp.get_pipe("kroniek_entities")
    doc = rules_nlp.make_doc("Dat zei Hanna Maljar gisteren.")
    doc.ents = [Span(doc, 2, 4, label="PER")]  # as a statistical NER would
    assert [(e.text, e.label_) for e in ent(doc).ents] == [("Hanna Maljar", "PER")]
