import pytest

from kroniek.resources import load_jsonl


@pytest.mark.parametrize("rule", load_jsonl("nl", "clutter/patterns"), ids=lambda r: r["id"])
def test_clutter_rule_examples(rules_nlp, rule):
    clutter = rules_nlp.get_pipe("kroniek_clutter")
    for example in rule["examples"]:
        doc = rules_nlp(example)
        assert all(clutter.reason(s) for s in doc.sents if s.text.strip()), example


@pytest.mark.parametrize("text", [
    "Russische troepen beschoten de stad Charkiv.",
    "Volgens de gouverneur vielen er 3 doden.",
    "Het Witte Huis bevestigde het nieuws.",
    "Dat schrijft The Institute for the Study of War in zijn dagelijkse analyse van het front.",
])
def test_clutter_keeps_news_sentences(rules_nlp, text):
    assert list(rules_nlp(text).spans["clutter"]) == []


def test_clutter_marks_embedded_english_post_and_truncated_tail(rules_nlp):
    doc = rules_nlp("Kiev werd beschoten.\nWe will support them with weapons and that is what we have to do.\n"
                    "De gouverneur zei dat de schade gro")
    labels = [(s.label_, s.text) for s in doc.spans["clutter"]]
    assert ("foreign_language", "We will support them with weapons and that is what we have to do.") in labels
    assert ("truncated", "gro") in labels


def test_clutter_items_dropped_from_record(chronicle):
    rec = chronicle.extract_text("Oekraïense soldaten rukten op.\n(ANP / Belga)\nDelen")
    assert [e["text"] for e in rec["entities"]] == ["Oekraïense"]


def test_clutter_video_prompts_report_nothing(nlp):
    # Regression (held-out news): "Bekijk hieronder beelden van Russische bombardementen:" made an air strike
    doc = nlp("Bekijk hieronder beelden van de Russische luchtaanvallen op Charkiv:")
    assert doc._.events == []
