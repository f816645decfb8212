"""kroniek_geocode: Geocoded place mentions. (placeholder until its issue lands: writes an empty list)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("kroniek_geocode", assigns=["doc._.places"], default_config={"lang": "nl"})
def make_geocode(nlp: Language, name: str, lang: str) -> "Geocode":
    return Geocode(nlp, name, lang=lang)


class Geocode:
    def __init__(self, nlp: Language, name: str = "kroniek_geocode", *, lang: str = "nl"):
        self.name = name
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.places = []
        return doc
