"""kroniek_sentences: sentence starts from paragraph breaks and end punctuation.

Scraped pages glue headings, captions and paragraphs together with newlines; a
newline always starts a sentence, so that clutter never joins the text around it.
When a trained parser follows, it keeps these starts and decides the rest, but
only where a sentence can end (after end punctuation, a colon, a semicolon or a dash).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_END = {".", "!", "?", "…"}
_CLOSE = {"”", "\"", "'", "’", "»", ")", "]"}
_SOFT_END = {":", ";", "•", "-", "–", "—"}  # a parser may start a sentence after these


@Language.factory("kroniek_sentences", assigns=["token.is_sent_start"], default_config={"punct": True})
def make_sentences(nlp: Language, name: str, punct: bool) -> "Sentences":
    return Sentences(name, punct=punct)


class Sentences:
    """Set ``token.is_sent_start``.

    punct (bool): also split after sentence-final punctuation (off when a parser follows).
    """

    def __init__(self, name: str = "kroniek_sentences", *, punct: bool = True):
        self.name = name
        self.punct = punct

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        for i, tok in enumerate(doc):
            if i == 0:
                tok.is_sent_start = True
                continue
            prev = doc[i - 1]
            if "\n" in prev.text or "\n" in prev.whitespace_:
                tok.is_sent_start = not tok.is_space or tok.is_sent_start
                continue
            if tok.is_space:
                tok.is_sent_start = False
                continue
            # Find the end punctuation before this token, skipping closing quotes.
            j = i - 1
            while j >= 0 and doc[j].text in _CLOSE:
                j -= 1
            ends = j >= 0 and doc[j].text in _END and j < i
            if not self.punct:
                # The parser decides, but only where a sentence can end: it once split
                # "Russia | has fired ..." after a heading.
                if not ends and doc[i - 1].text not in _SOFT_END:
                    tok.is_sent_start = False
                continue
            starts_like_sentence = tok.is_title or tok.is_upper or tok.text[:1] in "“\"'‘«(" or tok.like_num
            tok.is_sent_start = bool(ends and starts_like_sentence and (j == i - 1 or doc[i - 1].text in _CLOSE))
        if n and not doc.has_annotation("SENT_START"):
            doc[0].is_sent_start = True
        return doc
