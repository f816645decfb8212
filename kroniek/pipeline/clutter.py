"""kroniek_clutter: mark page clutter so that nothing inside it becomes data.

Scraped pages carry share buttons, cookie notices, live-blog banners, agency
credits, embedded posts in other languages and a last sentence cut off
mid-word. Marked spans go to ``doc.spans["clutter"]``; the contract drops any
item that lies inside one, so every component is protected without knowing.
"""
from __future__ import annotations

import re
import unicodedata

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..resources import load_jsonl, load_words

SPANS_KEY = "clutter"
_END = set(".!?…\"'”’»):;")


@Language.factory("kroniek_clutter", assigns=["doc.spans"],
                  default_config={"lang": "nl", "foreign_min": 3, "foreign_ratio": 0.2})
def make_clutter(nlp: Language, name: str, lang: str, foreign_min: int, foreign_ratio: float) -> "Clutter":
    return Clutter(name, lang=lang, foreign_min=foreign_min, foreign_ratio=foreign_ratio,
                   native=nlp.Defaults.stop_words)


class Clutter:
    """Mark clutter sentences and a truncated final word.

    lang (str): language folder with ``clutter/patterns.jsonl`` and ``clutter/foreign_words.txt``.
    foreign_min (int): a sentence with at least this many foreign function words...
    foreign_ratio (float): ...making up at least this share of its words, and outnumbering the
        language's own stop words two to one, is foreign (a Dutch sentence quoting an English
        name such as "The Institute for the Study of War" is not).
    native (set[str]): the language's stop words.
    """

    def __init__(self, name: str = "kroniek_clutter", *, lang: str = "nl", foreign_min: int = 3,
                 foreign_ratio: float = 0.2, native: set[str] | frozenset = frozenset()):
        self.name = name
        self.rules = [(r["id"], re.compile(r["pattern"], re.I)) for r in load_jsonl(lang, "clutter/patterns")]
        self.foreign = set(load_words(lang, "clutter/foreign_words"))
        self.foreign_min = foreign_min
        self.foreign_ratio = foreign_ratio
        self.native = set(native) - self.foreign

    def reason(self, sent: Span) -> str | None:
        """Why this sentence is clutter, or None. RETURNS (str | None): a rule id."""
        text = sent.text.strip()
        if not text:
            return None
        for rule_id, rx in self.rules:
            if rx.search(text):
                return rule_id
        words = [t for t in sent if t.is_alpha]
        if words:
            n_foreign = sum(t.lower_ in self.foreign for t in words)
            n_native = sum(t.lower_ in self.native for t in words)
            if (n_foreign >= self.foreign_min and n_foreign / len(words) >= self.foreign_ratio
                    and n_foreign >= 2 * n_native):
                return "foreign_language"
            letters = [c for c in text if c.isalpha()]
            non_latin = sum("LATIN" not in unicodedata.name(c, "") for c in letters)
            if letters and non_latin / len(letters) > 0.5:
                return "foreign_script"
        return None

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for sent in doc.sents:
            why = self.reason(sent)
            if why:
                end = sent.end
                while end > sent.start + 1 and doc[end - 1].is_space:
                    end -= 1
                spans.append(Span(doc, sent.start, end, label=why))
        # A page cut off mid-word: the last word is a fragment, not a name or number.
        last = next((t for t in reversed(doc) if not t.is_space), None)
        if last is not None and last.text[-1] not in _END and last.is_alpha:
            if not any(s.start <= last.i < s.end for s in spans):
                spans.append(Span(doc, last.i, last.i + 1, label="truncated"))
        doc.spans[SPANS_KEY] = spans
        return doc
