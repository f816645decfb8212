"""kroniek_entities: the rule and lexicon entity layer (NORP, ORG, PER), one label per name.

Runs on top of a trained NER when there is one: lexicon entries overrule the
statistical labels they overlap (a nationality word is NORP, never MISC), and
spans the model found elsewhere are kept. Places are added by kroniek_geocode.
"""
from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..resources import load_table, load_words


@Language.factory("kroniek_entities", assigns=["doc.ents"], default_config={"lang": "nl"})
def make_entities(nlp: Language, name: str, lang: str) -> "Entities":
    return Entities(nlp, name, lang=lang)


class Entities:
    """Lexicon entities.

    lang (str): language folder with ``entities/norp.tsv``, ``organisations.tsv``,
        ``persons.tsv`` and ``titles.txt``.
    """

    def __init__(self, nlp: Language, name: str = "kroniek_entities", *, lang: str = "nl"):
        self.name = name
        self.lang = lang
        self.norp = {r["form"]: r for r in load_table(lang, "entities/norp")}
        self.titles = set(load_words(lang, "entities/titles"))
        self.orgs = {r["form"]: r for r in load_table(lang, "entities/organisations")}
        self.persons = {r["form"]: r for r in load_table(lang, "entities/persons")}
        self.matcher = PhraseMatcher(nlp.vocab)
        for label, table in (("ORG", self.orgs), ("PER", self.persons)):
            self.matcher.add(label, [nlp.make_doc(form) for form in table])

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        for tok in doc:
            if tok.lower_ in self.norp:
                found.append(Span(doc, tok.i, tok.i + 1, label="NORP"))
        for match_id, start, end in self.matcher(doc):
            found.append(Span(doc, start, end, label=doc.vocab.strings[match_id]))
        found.extend(self._titled_persons(doc))
        lexical = filter_spans(found)
        # A model span that contains a lexicon match of the same label is the fuller name
        # ("Hanna Maljar" around the lexicon's "Maljar"): keep it instead.
        fuller = [e for e in doc.ents if any(s.label_ == e.label_ and e.start <= s.start and s.end <= e.end
                                             and len(e) > len(s) for s in lexical)]
        lexical = filter_spans(fuller + lexical)
        taken = {i for s in lexical for i in range(s.start, s.end)}
        kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = filter_spans(self._one_sense(doc, kept, lexical) + lexical)
        return doc

    @staticmethod
    def _one_sense(doc: Doc, spans: list[Span], fixed: list[Span]) -> list[Span]:
        """One label per name in an article, as a reader assumes.

        The model labels each mention from its own few words, so "Peeters" can be PER in one
        sentence and ORG in the next. A name takes the label most of its mentions have (a tie
        keeps each mention's own), and a lone surname of a person named in full elsewhere is that
        person, found or not. Lexicon spans (``fixed``) are not changed, but count as votes.
        """
        votes: dict[str, Counter] = {}
        for e in spans + fixed:
            votes.setdefault(e.text, Counter())[e.label_] += 1
        surnames = {e[-1].text for e in spans + fixed if e.label_ == "PER" and len(e) > 1 and e[-1].is_title}
        out = []
        for e in spans:
            label = e.label_
            top = votes[e.text].most_common(2)
            if len(top) > 1 and top[0][1] > top[1][1]:
                label = top[0][0]
            elif len(e) == 1 and e.text in surnames:
                label = "PER"
            out.append(e if label == e.label_ else Span(doc, e.start, e.end, label=label))
        if surnames:
            taken = {i for e in spans + fixed for i in range(e.start, e.end)}
            for tok in doc:
                if tok.i not in taken and tok.text in surnames and not tok.is_sent_start:
                    out.append(Span(doc, tok.i, tok.i + 1, label="PER"))
        return out

    def _titled_persons(self, doc: Doc) -> list[Span]:
        """A capitalised name right after a title: "president Volodymyr Zelensky"."""
        out = []
        for tok in doc:
            if tok.lower_ not in self.titles or tok.i + 1 >= len(doc):
                continue
            j = tok.i + 1
            while j < len(doc) and _is_name_part(doc[j]) and j - tok.i <= 4:
                j += 1
            if j > tok.i + 1:
                out.append(Span(doc, tok.i + 1, j, label="PER"))
        return out


def _is_name_part(tok) -> bool:
    return (tok.is_title or (tok.text[:1].isupper() and "-" in tok.text)) and tok.is_alpha is not False \
        and not tok.is_punct and tok.lower_ not in ("de", "het", "een")
