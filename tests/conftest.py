"""Session fixtures shared by all tests: the pipeline, a Chronicle, an in-memory store."""
from __future__ import annotations

from pathlib import Path

import pytest

from kroniek import nlp as nlp_loader
from kroniek.chronicle import Chronicle
from kroniek.store import Store

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline (trained model if present, else rules)."""
    return nlp_loader.load("nl")


@pytest.fixture(scope="session")
def rules_nlp():
    """The rule pipeline only: no trained model."""
    return nlp_loader.load("nl", use_model=False)


@pytest.fixture(scope="session")
def chronicle(nlp):
    return Chronicle("nl", nlp=nlp, db="sqlite://")


@pytest.fixture()
def store():
    return Store("sqlite://")


@pytest.fixture(scope="session")
def extract(chronicle):
    """extract(text, date=None) -> contract record."""
    def run(text: str, date: str | None = None) -> dict:
        return chronicle.extract_text(text, date=date)
    return run
