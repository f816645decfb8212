"""kroniek_timex: time expressions with TIMEX3-style values and honest day intervals.

Rules and tables come from ``kroniek/lang/<lang>/timex/`` (``kroniek.timex_rules``);
calendar arithmetic is in ``kroniek.temporal``. Relative expressions resolve
against ``doc._.dct``, itself an interval; when it is unknown the publication
interval is first inferred from the content (``kroniek.dating``) and written to
``doc._.published``. Each time dict: text, start, end, value, earliest, latest,
rule, plus ``_anchor`` (how it was resolved: "absolute", "dct", "inferred",
"duration" or "none") and ``sentence`` (index), for kroniek_event's ``when``.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .. import dating, temporal
from ..interval import DayInterval
from ..timex_rules import Match, rules_for


@Language.factory("kroniek_timex", assigns=["doc._.times", "doc._.published"],
                  default_config={"lang": "nl", "clock": False})
def make_timex(nlp: Language, name: str, lang: str, clock: bool) -> "Timex":
    return Timex(nlp, name, lang=lang, clock=clock)


class Timex:
    """Find and resolve time expressions.

    nlp (Language): the pipeline (unused; spaCy factory signature).
    name (str): component name.
    lang (str): language of the rule data.
    clock (bool): also report clock times (15:00) and recurring sets (every Monday);
        off for news, where they only refine a day or date nothing, on for benchmarks that expect them.
    """

    def __init__(self, nlp: Language | None = None, name: str = "kroniek_timex", *, lang: str = "nl",
                 clock: bool = False):
        self.name = name
        self.lang = lang
        self.clock = clock
        self.rules = rules_for(lang)
        cues = sorted(self.rules.words("future_cues"), key=len, reverse=True)
        self._future = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + r")(?!\w)", re.I) \
            if cues else None
        past = self.rules.words("past_cues")
        self._past = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in past) + r")(?!\w)", re.I) \
            if past else None

    def __call__(self, doc: Doc) -> Doc:
        matches = [m for m in self.rules.find(doc.text) if self.clock or not m.rule.get("clock")]
        directions = [self.direction(doc, m) for m in matches]
        anchor = doc._.dct if doc._.dct is not None else DayInterval(None, None)
        source = "dct"
        if not anchor.known:
            inferred = dating.infer(doc.text, matches, directions, lang=self.lang)
            if inferred is not None:
                doc._.published = inferred.to_dict()
                anchor = inferred
                source = "inferred"
        doc._.times = [self.to_dict(doc, m, d, anchor, source) for m, d in zip(matches, directions)]
        return doc

    def direction(self, doc: Doc, m: Match) -> int:
        """FUTURE or PAST by cue words in the sentence (future first) or a parsed past tense, else NEAREST.

        RETURNS (int): temporal.PAST, temporal.NEAREST or temporal.FUTURE.
        """
        if "direction" in m.fields:
            return int(m.fields["direction"])
        s, e = _sentence_bounds(doc, m.start)
        sent = doc.text[s:e]
        rel = m.start - s
        # A cue must sit outside the expression itself ("komende week" is not a tense).
        for rx, direction in ((self._future, temporal.FUTURE), (self._past, temporal.PAST)):
            if rx is None:
                continue
            for c in rx.finditer(sent):
                if not (rel <= c.start() < rel + len(m.text)):
                    return direction
        if doc.has_annotation("MORPH"):
            # A trained morphologizer marks past-tense verbs the cue list misses.
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and any("Past" in t.morph.get("Tense") for t in span if t.pos_ in ("VERB", "AUX")):
                return temporal.PAST
        return temporal.NEAREST

    def to_dict(self, doc: Doc, m: Match, direction: int, anchor: DayInterval, source: str) -> dict:
        r = temporal.resolve(m.kind, m.fields, anchor, direction)
        if m.kind in ("duration", "set"):
            how = m.kind
        elif r.earliest is None:
            how = "none"
        elif temporal.resolve_at(m.kind, m.fields, None, direction).earliest is not None:
            how = "absolute"
        else:
            how = source
        out = {
            "text": m.text,
            "start": m.start,
            "end": m.end,
            "value": r.value,
            "earliest": r.earliest.isoformat() if r.earliest else None,
            "latest": r.latest.isoformat() if r.latest else None,
            "rule": m.rule["id"],
            "_anchor": how,
            "_kind": m.kind,
        }
        if m.fields.get("mod"):
            out["mod"] = m.fields["mod"]
        tok = doc.char_span(m.start, m.end, alignment_mode="expand")
        if tok is not None and doc.has_annotation("SENT_START"):
            out["sentence"] = _sent_index(doc, tok.start)
        return out


def _sentence_bounds(doc: Doc, char: int) -> tuple[int, int]:
    if doc.has_annotation("SENT_START"):
        span = doc.char_span(char, min(char + 1, len(doc.text)), alignment_mode="expand")
        if span is not None:
            sent = span[0].sent
            return sent.start_char, sent.end_char
    # No sentence marks: the stretch between end punctuation or line breaks.
    s = max(doc.text.rfind(c, 0, char) for c in ".!?\n") + 1
    ends = [i for i in (doc.text.find(c, char) for c in ".!?\n") if i >= 0]
    return s, (min(ends) + 1 if ends else len(doc.text))


def _sent_index(doc: Doc, token_i: int) -> int:
    for n, sent in enumerate(doc.sents):
        if sent.start <= token_i < sent.end:
            return n
    return 0
