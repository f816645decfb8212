"""kroniek_sentences: sentence starts from paragraph breaks and end punctuation.

Scraped pages glue headings, captions and paragraphs together with newlines; a
newline (or a vertical bar, "LIVE | ...") always starts a sentence, so that clutter
never joins the text around it.
When a trained parser follows, it keeps these starts and decides the rest, but
only where a sentence can end (after end punctuation, a colon, a semicolon or a dash).
"""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

_END = {".", "!", "?", "…"}
_CLOSE = {"”", "\"", "'", "’", "»", ")", "]"}
_OPEN = {"“", "\"", "‘", "«", "„"}  # opening quotation marks
_SEPARATORS = {"|", "¦"}  # a page's section label before a headline: "LIVE | Kyiv ..."
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
        if not n:
            return doc
        # Computed on plain lists and written back in one call: the token setter rescans the doc
        # for a parse on every assignment, which made this component quadratic in the text.
        # 1 start, -1 not a start, 0 unknown (stored as uint64, so -1 wraps)
        starts = doc.to_array([SENT_START]).astype("int64").ravel().tolist()
        words = [t.text for t in doc]
        for i, tok in enumerate(doc):
            if i == 0:
                starts[0] = 1
                continue
            prev = doc[i - 1]
            if "\n" in words[i - 1] or "\n" in prev.whitespace_ or words[i - 1] in _SEPARATORS:
                if not tok.is_space:
                    starts[i] = 1  # a newline always starts a sentence (white space keeps its value)
                continue
            if tok.is_space:
                starts[i] = -1
                continue
            # Find the end punctuation before this token, skipping closing quotes.
            j = i - 1
            while j >= 0 and words[j] in _CLOSE:
                j -= 1
            ends = j >= 0 and words[j] in _END and j < i
            if not self.punct:
                # The parser decides, but only where a sentence can end: it once split
                # "Russia | has fired ..." after a heading.
                if not ends and words[i - 1] not in _SOFT_END:
                    starts[i] = -1
                elif ends and j == i - 1 and words[i] in _OPEN and i + 1 < n and doc[i + 1].is_title:
                    starts[i] = 1  # '... brand. “De schade is groot”, zei hij': a quotation opens a sentence
                continue
            starts_like_sentence = tok.is_title or tok.is_upper or words[i][:1] in "“\"'‘«(" or tok.like_num
            starts[i] = 1 if (ends and starts_like_sentence and (j == i - 1 or words[i - 1] in _CLOSE)) else -1
        doc.from_array([SENT_START], numpy.asarray(starts, dtype="int64").astype("uint64").reshape(-1, 1))
        return doc
