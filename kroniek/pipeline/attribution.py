"""kroniek_attribution: Claims and sources. (placeholder until its issue lands: writes an empty list)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("kroniek_attribution", assigns=["doc._.claims"], default_config={"lang": "nl"})
def make_attribution(nlp: Language, name: str, lang: str) -> "Attribution":
    return Attribution(nlp, name, lang=lang)


class Attribution:
    def __init__(self, nlp: Language, name: str = "kroniek_attribution", *, lang: str = "nl"):
        self.name = name
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = []
        return doc
