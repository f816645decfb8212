"""Session fixtures shared by all tests: the pipeline, a Chronicle, an in-memory store."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import spacy

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


def run(nlp, text: str, dct: str | None = None):
    """Process text as an article published on dct ("YYYY-MM[-DD]"; None = undated)."""
    from kroniek.interval import UNKNOWN, DayInterval

    doc = nlp.make_doc(text)
    doc._.dct = DayInterval.parse(dct) if dct else UNKNOWN
    return nlp(doc)


@pytest.fixture(scope="session")
def timex_nlp():
    """Sentences and times only: the times component in isolation."""
    nlp = spacy.blank("nl")
    nlp.add_pipe("kroniek_sentences")
    nlp.add_pipe("kroniek_timex")
    return nlp


@pytest.fixture(scope="session")
def chronicle(nlp):
    return Chronicle("nl", nlp=nlp, db="sqlite://")


def _postgres_url() -> str | None:
    url = os.environ.get("KRONIEK_PG_URL")
    if not url and os.environ.get("KRONIEK_REQUIRE_PG"):
        pytest.fail("KRONIEK_REQUIRE_PG is set but KRONIEK_PG_URL is not: scripts/postgres.sh did not start")
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request):
    """An empty store on each backend: in-memory SQLite, and PostgreSQL when KRONIEK_PG_URL is set."""
    if request.param == "sqlite":
        yield Store("sqlite://")
        return
    url = _postgres_url()
    if not url:
        pytest.skip("no PostgreSQL server (run: eval \"$(bash scripts/postgres.sh)\")")
    from kroniek.store.schema import metadata

    s = Store(url)
    metadata.drop_all(s.engine)
    metadata.create_all(s.engine)
    yield s
    s.engine.dispose()


@pytest.fixture(scope="session")
def extract(chronicle):
    """extract(text, date=None) -> contract record."""
    def run(text: str, date: str | None = None) -> dict:
        return chronicle.extract_text(text, date=date)
    return run
