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


def test_entities_one_label_per_name_in_an_article(rules_nlp):
    from spacy.tokens import Span

    ent = rules_nlp.get_pipe("kroniek_entities")
    doc = rules_nlp.make_doc("Kapitein Rik Wauters sprak . Later meldde Wauters dat het kalm bleef . "
                             "Ook Wauters zelf twijfelde .")
    # as a statistical NER labels each mention from its own few words
    doc.ents = [Span(doc, 1, 3, label="PER"), Span(doc, 7, 8, label="ORG")]
    out = [(e.text, e.label_, e.start) for e in ent(doc).ents]
    assert ("Wauters", "PER", 7) in out       # relabelled: the person named in full
    assert ("Wauters", "PER", 14) in out      # found: his surname alone


def test_entities_majority_label_wins_a_tie_keeps_each(rules_nlp):
    from spacy.tokens import Span

    ent = rules_nlp.get_pipe("kroniek_entities")
    doc = rules_nlp.make_doc("Genk won . In Genk bleef het rustig . Genk verloor later .")
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 4, 5, label="LOC"), Span(doc, 9, 10, label="ORG")]
    assert [e.label_ for e in ent(doc).ents] == ["ORG", "ORG", "ORG"]
    doc = rules_nlp.make_doc("Genk won . In Genk bleef het rustig .")
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 4, 5, label="LOC")]
    assert [e.label_ for e in ent(doc).ents] == ["ORG", "LOC"]
