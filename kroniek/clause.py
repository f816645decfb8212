"""A token's clause in a dependency parse (UD relations): the words above it up to the head of its clause.

Used by kroniek_event and its place finder (``kroniek.event_site``), which ask it of many words of a sentence, and by
kroniek_timex (whose tense cues speak for their own subordinate clause).
"""
from __future__ import annotations

# Dependency relations (UD) that head a clause of their own: the search for a trigger's clause stops there.
CLAUSE_DEPS = {"ROOT", "advcl", "acl", "acl:relcl", "ccomp", "xcomp", "conj", "parataxis", "csubj"}
# Relations (UD) that open a subordinate clause (no infinitive complement, no conjunct of the main verb).
SUBCLAUSE_DEPS = {"ccomp", "advcl", "acl", "acl:relcl", "csubj", "parataxis"}


def clause_chain(tok, deps: set = CLAUSE_DEPS) -> list:
    """The token and the words above it in the parse up to the head of its clause (the first word whose relation
    is one of ``deps``, or the root)."""
    chain = [tok]
    while chain[-1].dep_ not in deps and chain[-1].head.i != chain[-1].i and len(chain) < 8:
        chain.append(chain[-1].head)
    return chain


def first_conjunct(tok):
    """The first of the words a token is coordinated with ("Washington" for "London" in "Washington and London"),
    or the token itself."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


class ClauseHeads:
    """The head of a token's clause (the last of ``clause_chain``), memoised for the doc in hand: the actor,
    landmark and place tests ask it of every word of a sentence, once per trigger."""

    def __init__(self):
        self._doc = None
        self._heads: dict[int, object] = {}

    def __call__(self, tok):
        if self._doc is not tok.doc:
            self._doc, self._heads = tok.doc, {}
        head = self._heads.get(tok.i)
        if head is None:
            head = self._heads[tok.i] = clause_chain(tok)[-1]
        return head
