"""kroniek_event: Events. (placeholder until its issue lands: writes an empty list)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("kroniek_event", assigns=["doc._.events"], default_config={"lang": "nl"})
def make_event(nlp: Language, name: str, lang: str) -> "Event":
    return Event(nlp, name, lang=lang)


class Event:
    def __init__(self, nlp: Language, name: str = "kroniek_event", *, lang: str = "nl"):
        self.name = name
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        return doc
