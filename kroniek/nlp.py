"""Build the kroniek spaCy pipeline for a language.

With a trained model (``kroniek/models/<lang>_kroniek`` or ``$KRONIEK_MODEL``) its
tokenizer, tagger, parser and NER run first and the kroniek components on top;
without one, a blank pipeline with the rule layer. The fallback is announced, never silent.
"""
from __future__ import annotations

import os
import warnings
from pathlib import Path

import spacy
from spacy.language import Language

from .errors import Warnings
from .pipeline import PIPELINE

MODELS = Path(__file__).parent / "models"


def model_path(lang: str) -> Path:
    env = os.environ.get("KRONIEK_MODEL")
    return Path(env) if env else MODELS / f"{lang}_kroniek"


def load(lang: str = "nl", *, model: str | os.PathLike | None = None, use_model: bool = True) -> Language:
    """Load the pipeline.

    lang (str): language code; its data lives in ``kroniek/lang/<lang>/``.
    model (path | None): a trained spaCy pipeline to build on; default ``model_path(lang)``.
    use_model (bool): False forces the rule pipeline.
    RETURNS (Language): the pipeline; ``nlp.meta["kroniek_model"]`` says which base was used.
    """
    nlp = None
    base = "rules"
    if use_model:
        path = Path(model) if model else model_path(lang)
        if (path / "config.cfg").exists():
            try:
                nlp = spacy.load(path)
                base = str(path)
            except Exception as e:  # a broken model must not stop the run
                warnings.warn(Warnings.W002.format(path=path, reason=e))
        else:  # the default model ships with kroniek: its absence is a broken install, say so
            warnings.warn(Warnings.W001.format(path=path))
    if nlp is None:
        nlp = spacy.blank(lang)
    has_parser = "parser" in nlp.pipe_names
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    for name in PIPELINE:
        if name == "kroniek_sentences":  # first, so a trained parser keeps its paragraph breaks
            nlp.add_pipe(name, config={"punct": not has_parser}, before=first)
        else:
            nlp.add_pipe(name, config={"lang": lang})
    nlp.meta["kroniek_model"] = base
    return nlp
