"""Snapshot of the registered kroniek factories and what each assigns."""
from spacy.language import Language

import kroniek  # noqa: F401
from kroniek.pipeline import PIPELINE

SNAPSHOT = {
    "kroniek_sentences": ["token.is_sent_start"],
    "kroniek_clutter": ["doc.spans"],
    "kroniek_entities": ["doc.ents"],
    "kroniek_geocode": ["doc._.places"],
    "kroniek_timex": ["doc._.times"],
    "kroniek_quantity": ["doc._.quantities"],
    "kroniek_attribution": ["doc._.claims"],
    "kroniek_event": ["doc._.events"],
}


def test_factories_snapshot():
    assert list(SNAPSHOT) == PIPELINE
    for name, assigns in SNAPSHOT.items():
        meta = Language.get_factory_meta(name)
        assert set(assigns) <= set(meta.assigns), (name, meta.assigns)
