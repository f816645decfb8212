"""The trained Dutch pipeline (kroniek/models/nl_kroniek): present, complete, sane, and
a clear, announced fallback to the rule pipeline when it is missing."""
from __future__ import annotations

import json
import warnings

import pytest

from kroniek import nlp as loader

MODEL = loader.MODELS / "nl_kroniek"
needs_model = pytest.mark.skipif(not (MODEL / "config.cfg").exists(), reason="no trained model committed")


@needs_model
def test_model_size_and_card():
    size = sum(p.stat().st_size for p in MODEL.rglob("*") if p.is_file())
    assert size <= 60 * 1024 * 1024
    card = (MODEL / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "research" in card.lower() and "CoNLL-2002" in card
    meta = json.loads((MODEL / "meta.json").read_text(encoding="utf-8"))
    assert meta["lang"] == "nl"


@needs_model
def test_default_pipeline_uses_model(nlp):
    for name in ("tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner"):
        assert name in nlp.pipe_names
    assert nlp.pipe_names[0] == "kroniek_sentences"
    assert nlp.meta["kroniek_model"] != "rules"
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}


@needs_model
def test_model_annotates(nlp):
    doc = nlp("De minister bezocht dinsdag de haven van Rotterdam. Daarna sprak zij met journalisten.")
    assert doc.has_annotation("DEP") and doc.has_annotation("TAG") and doc.has_annotation("LEMMA")
    assert len(list(doc.sents)) == 2
    assert {t.pos_ for t in doc} & {"NOUN", "VERB", "PROPN"}
    roots = [t for t in doc if t.dep_ == "ROOT"]
    assert len(roots) == 2


def test_missing_model_warns_and_falls_back(tmp_path):
    with pytest.warns(UserWarning, match="Trained model not found"):
        nlp = loader.load("nl", model=tmp_path / "absent")
    assert nlp.meta["kroniek_model"] == "rules"
    assert "ner" not in nlp.pipe_names and "parser" not in nlp.pipe_names
    assert "kroniek_entities" in nlp.pipe_names
    doc = nlp("Een korte zin zonder model.")
    assert len(doc) > 0


def test_missing_model_from_environment_warns(tmp_path, monkeypatch):
    monkeypatch.setenv("KRONIEK_MODEL", str(tmp_path / "absent"))
    with pytest.warns(UserWarning, match="falling back to the rule pipeline"):
        nlp = loader.load("nl")
    assert nlp.meta["kroniek_model"] == "rules"


def test_broken_model_warns_and_falls_back(tmp_path):
    (tmp_path / "config.cfg").write_text("[nlp]\nlang = \"nl\"\npipeline = [\"nonsense_component\"]\n")
    with pytest.warns(UserWarning, match="could not be loaded"):
        nlp = loader.load("nl", model=tmp_path)
    assert nlp.meta["kroniek_model"] == "rules"


def test_use_model_false_is_silent():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        nlp = loader.load("nl", use_model=False)
    assert "ner" not in nlp.pipe_names


def test_missing_default_model_warns(tmp_path, monkeypatch):
    monkeypatch.delenv("KRONIEK_MODEL", raising=False)
    monkeypatch.setattr(loader, "MODELS", tmp_path)
    with pytest.warns(UserWarning, match="Trained model not found"):
        nlp = loader.load("nl")
    assert nlp.meta["kroniek_model"] == "rules"
