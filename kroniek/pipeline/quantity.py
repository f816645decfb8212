"""kroniek_quantity: Quantities. (placeholder until its issue lands: writes an empty list)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("kroniek_quantity", assigns=["doc._.quantities"], default_config={"lang": "nl"})
def make_quantity(nlp: Language, name: str, lang: str) -> "Quantity":
    return Quantity(nlp, name, lang=lang)


class Quantity:
    def __init__(self, nlp: Language, name: str = "kroniek_quantity", *, lang: str = "nl"):
        self.name = name
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = []
        return doc
