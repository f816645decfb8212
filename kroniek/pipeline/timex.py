"""kroniek_timex: Time expressions. (placeholder until its issue lands: writes an empty list)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("kroniek_timex", assigns=["doc._.times"], default_config={"lang": "nl"})
def make_timex(nlp: Language, name: str, lang: str) -> "Timex":
    return Timex(nlp, name, lang=lang)


class Timex:
    def __init__(self, nlp: Language, name: str = "kroniek_timex", *, lang: str = "nl"):
        self.name = name
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.times = []
        return doc
