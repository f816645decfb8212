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
from bisect import bisect_right
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from .. import dating, temporal
from ..clause import SUBCLAUSE_DEPS, clause_chain
from ..interval import DayInterval
from ..timex_rules import Match, rules_for

MAX_INFERRED_DAYS = 31
"""Widest inferred publication window against which relative expressions are still reported
(about the uncertainty of a month-only date, which still places a bare weekday within five weeks)."""
# How many characters before a date a "sinds" still puts it in the past ("sinds het begin van de oorlog op ...").
SINCE_REACH = 40


@Language.factory("kroniek_timex", assigns=["doc._.times", "doc._.published"],
                  default_config={"lang": "nl", "clock": False, "undetermined": False, "year_spans": "duration"})
def make_timex(nlp: Language, name: str, lang: str, clock: bool, undetermined: bool, year_spans: str) -> "Timex":
    return Timex(nlp, name, lang=lang, clock=clock, undetermined=undetermined, year_spans=year_spans)


class Timex:
    """Find and resolve time expressions.

    nlp (Language): the pipeline (unused; spaCy factory signature).
    name (str): component name.
    lang (str): language of the rule data.
    clock (bool): also report clock times (15:00) and recurring sets (every Monday);
        off for news, where they only refine a day or date nothing, on for benchmarks that expect them.
    undetermined (bool): also report relative expressions the anchor cannot place: no publication
        date, or one wider than ``MAX_INFERRED_DAYS`` (inferred from the content, or from a URL's running
        article number) where the window does not fix the expression's interval (a bare weekday in an undated article; but
        "October last year" is the same October from every day of a window inside one year, so
        it is kept). Off by default, as in the gold annotations: an interval of months says
        nothing about a Monday.
    year_spans (str): "duration" (TIMEX3, and the news gold: "the past two years", "recent years"
        are durations P2Y / PXY, too wide to place an event) or "interval" (a date range ending at
        the anchor, as Recognizers-Text expects).
    """

    def __init__(self, nlp: Language | None = None, name: str = "kroniek_timex", *, lang: str = "nl",
                 clock: bool = False, undetermined: bool = False, year_spans: str = "duration"):
        self.name = name
        self.year_spans = year_spans
        self.undetermined = undetermined
        self.lang = lang
        self.clock = clock
        self.rules = rules_for(lang)
        dating.prepare(lang)  # compile the dating tables now: load time, not the first article's
        cues = sorted(self.rules.words("future_cues"), key=len, reverse=True)
        self._future = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + r")(?!\w)", re.I) \
            if cues else None
        # lemmas of auxiliaries that make a perfect, and of modals (see _governing_tense)
        self._perfect = frozenset(self.rules.words("perfect_auxiliaries"))
        self._present_passive = frozenset(self.rules.words("present_passive_auxiliaries"))
        self._modal = frozenset(self.rules.words("modal_auxiliaries"))
        self._report = frozenset(self.rules.words("report_verbs"))
        # endings only a past tense has, for verbs the morphologizer does not know ("circuleerden")
        self._past_endings = tuple(self.rules.words("past_endings"))
        # a preposition whose expression lies in the past ("since") a few words before a date that is
        # not its own object: "since the start of the invasion on 24 February"
        since = [f for f, row in self.rules.table("prep").items() if str(row.get("direction") or "") == "-1"]
        self._since = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in since) + r")(?!\w)[^.;:!?]{0,%d}$"
                                 % SINCE_REACH, re.I) if since else None
        past = self.rules.words("past_cues")
        self._past = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in past) + r")(?!\w)", re.I) \
            if past else None

    def __call__(self, doc: Doc) -> Doc:
        sents = _Sentences(doc)
        matches = [m for m in self.rules.find(sents.text) if self.clock or not m.rule.get("clock")]
        directions = [self.direction(doc, m, sents) for m in matches]
        anchor = doc._.dct if doc._.dct is not None else DayInterval(None, None)
        source = "dct"
        if not anchor.known:
            inferred = dating.infer(sents.text, matches, directions, lang=self.lang)
            if inferred is not None:
                doc._.published = inferred.to_dict()
                anchor = inferred
                source = "inferred"
        times = [self.to_dict(doc, m, d, anchor, source, sents) for m, d in zip(matches, directions)]
        self._pin_to_events(times, matches, anchor, sents)
        _resolve_anaphors(times, matches, anchor, source)
        if not self.undetermined:
            # (an anchor wider than a month, inferred or from a URL's running number, fixes no weekday)
            loose = anchor.known and anchor.days > MAX_INFERRED_DAYS
            times = [t for t, m, d in zip(times, matches, directions)
                     if not (t["_anchor"] == "none"
                             or (loose and t["_anchor"] in ("inferred", "dct") and not _fixed(m, d, anchor)))]
        doc._.times = times
        return doc

    def direction(self, doc: Doc, m: Match, sents: "_Sentences | None" = None) -> int:
        """FUTURE or PAST by cue words in the sentence (future first) or a parsed past tense, else NEAREST.

        RETURNS (int): temporal.PAST, temporal.NEAREST or temporal.FUTURE.
        """
        if "direction" in m.fields:
            return int(m.fields["direction"])
        sents = sents or _Sentences(doc)
        s, e = sents.bounds(m.start)
        sent = sents.text[s:e]
        rel = m.start - s
        # A cue must sit outside the expression itself ("komende week" is not a tense).
        if self._future is not None:
            for c in self._future.finditer(sent):
                if not (rel <= c.start() < rel + len(m.text)) \
                        and not (sents.has_dep and _in_other_subclause(doc, s + c.start(), m)):
                    return temporal.FUTURE
        if self._since is not None and self._since.search(sent[:rel]):
            return temporal.PAST
        if sents.has_dep:
            tense = _governing_tense(doc, m, self._perfect, self._modal, self._report, self._past_endings,
                                     self._present_passive)
            if tense is not None:
                return tense
        for rx, direction in ((self._past, temporal.PAST),):
            if rx is None:
                continue
            for c in rx.finditer(sent):
                if rel <= c.start() < rel + len(m.text):
                    continue
                if direction == temporal.PAST and sents.has_pos and not sents.is_verb(s + c.start()):
                    # With a tagger, a past cue must be a verb: a participle-shaped noun is no tense.
                    continue
                return direction
        if sents.has_morph:
            # A trained morphologizer marks past-tense verbs the cue list misses.
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and any(_past_form(t, self._past_endings) for t in span if t.pos_ in ("VERB", "AUX")):
                return temporal.PAST
        return temporal.NEAREST

    def _pin_to_events(self, times: list[dict], matches: list[Match], anchor: DayInterval,
                       sents: "_Sentences") -> None:
        """A bare weekday in a sentence naming a datable event of the war that fell on that weekday ("a missile
        killed 52 mourners in Hroza on Thursday") is that event's day (``timex/war_events.tsv``), when the
        article's date allows it (the week before it, or any day when it is unknown)."""
        for t, m in zip(times, matches):
            f = m.fields
            if m.kind != "weekday" or f.get("shift") is not None or f.get("relative_shift") or f.get("mod"):
                continue
            s, e = sents.bounds(m.start)
            days = {b.lo for b in dating.event_bounds(sents.text[s:e], self.lang)
                    if b.point is not None and b.lo.isoweekday() == f["weekday"]}
            if anchor.known:
                days = {d for d in days if anchor.earliest - timedelta(days=7) <= d <= anchor.latest}
            if len(days) == 1:
                day = days.pop()
                suffix = f"T{f['daypart']}" if f.get("daypart") else ""
                t.update(value=day.isoformat() + suffix, earliest=day.isoformat(), latest=day.isoformat(),
                         _anchor="event")

    def to_dict(self, doc: Doc, m: Match, direction: int, anchor: DayInterval, source: str,
                sents: "_Sentences | None" = None) -> dict:
        kind = m.kind
        if self.year_spans == "duration" and _year_span(m):
            kind = "duration"
        r = temporal.resolve(kind, m.fields, anchor, direction)
        if kind in ("duration", "set"):
            how = kind
        elif r.earliest is None:
            how = "none"
        elif temporal.resolve_at(kind, m.fields, None, direction).earliest is not None:
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
            "_kind": kind,
        }
        if m.fields.get("mod"):
            out["mod"] = m.fields["mod"]
        i = (sents or _Sentences(doc)).index(m.start)
        if i is not None:
            out["sentence"] = i
        return out


ANAPHOR_BASE_KINDS = ("date", "weekday", "deictic", "night", "clock", "anaphor")
"""Times a following "two days later" counts from: days, not months or years named in passing."""
ANAPHOR_DAY_UNITS = ("D", "W", "M")
"""Units a time counted from another shifts it by whole days (whole days of ``temporal.UNIT_DAYS``); an hour or
two shifts it by a day at most."""
ANAPHOR_MAX_DAYS = 40
"""Widest antecedent interval a time counted from it ("two days later") is resolved against: a weekday in an
article dated by month spans up to 37 days, and "that same day" is that weekday."""


def _resolve_anaphors(times: list[dict], matches: list[Match], anchor: DayInterval, source: str) -> None:
    """Times counted from the time named before them ("two days later", "the day before", "that same day",
    rules of kind "anaphor"): the nearest earlier day-like time whose interval is a month or less, shifted;
    failing one, the article's date."""
    for i, (t, m) in enumerate(zip(times, matches)):
        if t["_kind"] != "anaphor":
            continue
        f = m.fields
        if f.get("unit") == "Y":
            _resolve_year_anaphor(t, f, times[:i], anchor, source)
            continue
        base = next((p for p in reversed(times[:i]) if p["_kind"] in ANAPHOR_BASE_KINDS
                     and p.get("earliest") and p.get("latest")
                     and (date.fromisoformat(p["latest"]) - date.fromisoformat(p["earliest"])).days
                     <= ANAPHOR_MAX_DAYS), None)
        if base is not None:
            lo, hi, how = date.fromisoformat(base["earliest"]), date.fromisoformat(base["latest"]), base["_anchor"]
        elif anchor.known:
            lo, hi, how = anchor.earliest, anchor.latest, source
        else:
            continue
        side, num = int(f.get("relside") or 1), float(f.get("num") or f.get("rolling_count") or 0)
        days = int(temporal.UNIT_DAYS[f["unit"]]) if f.get("unit") in ANAPHOR_DAY_UNITS else None
        if days is None:  # hours: the same day, or the day before or after
            lo, hi = (lo - timedelta(days=1), hi) if side < 0 else (lo, hi + timedelta(days=1))
        else:
            shift = timedelta(days=side * num * days)
            lo, hi = lo + shift, hi + shift
            if f.get("rolling_count") and not f.get("num") or f.get("unit") == "M":
                lo, hi = lo - timedelta(days=days), hi + timedelta(days=days)  # "a few days later": roughly
        t.update({"earliest": lo.isoformat(), "latest": hi.isoformat(),
                  "value": lo.isoformat() if lo == hi else "XXXX-XX-XX", "_anchor": how})


def _resolve_year_anaphor(t: dict, f: dict, before: list[dict], anchor: DayInterval, source: str) -> None:
    """"twee jaar later", "later dat jaar": the year of the nearest earlier time that lies within one calendar year
    (a year, a month, a day), shifted; failing one, the article's year."""
    base = next((p for p in reversed(before) if p.get("earliest") and p.get("latest")
                 and p["earliest"][:4] == p["latest"][:4] and p["_kind"] not in ("duration", "set")), None)
    if base is not None:
        year, how = int(base["earliest"][:4]), base["_anchor"]
    elif anchor.known and anchor.earliest.year == anchor.latest.year:
        year, how = anchor.earliest.year, source
    else:
        return
    year += int(f.get("relside") or 1) * int(float(f.get("num") or 0))
    t.update({"earliest": f"{year:04d}-01-01", "latest": f"{year:04d}-12-31", "value": f"{year:04d}", "_anchor": how})


def _past_form(tok, past_endings: tuple) -> bool:
    """A verb in a past tense: so tagged, or with an ending only a past has (``timex/past_endings.txt``)."""
    return "Past" in tok.morph.get("Tense") or tok.lower_.endswith(past_endings)


def _in_other_subclause(doc: Doc, char: int, m: Match) -> bool:
    """Whether the word at ``char`` lies in a subordinate clause that does not hold the expression ("On Monday the
    president promised that the guilty will be punished": the future is the promise's content, not Monday's)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = clause_chain(span[0], SUBCLAUSE_DEPS)[-1]
    if tok.dep_ not in SUBCLAUSE_DEPS:
        return False
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    return not (lo <= m.start < hi)


def _governing_tense(doc: Doc, m: Match, perfect: frozenset, modal: frozenset,
                     report: frozenset = frozenset(), past_endings: tuple = (),
                     present_passive: frozenset = frozenset()) -> int | None:
    """The tense of the verb the expression depends on, from a trained parse.

    A past finite verb, or a participle with an auxiliary of time (``perfect`` lemmas) → PAST; a
    full verb in the present with no auxiliary, a present modal (``modal`` lemmas) or a marked
    infinitive → FUTURE for a bare weekday (a plan); a date or month in a present subordinate
    clause → NEAREST; else None (undecided: cue words and the sentence's morphology decide).
    RETURNS (int | None): temporal.PAST, temporal.FUTURE or None.
    """
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    if tok.dep_ == "flat":
        # a weekday read as part of the name before it ("the plan the president of the commission launched on
        # Tuesday", "said spokesman X on Sunday"): the nearest finite verb of its sentence is its own
        finite = [t for t in tok.sent if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")]
        if finite:
            tok = min(finite, key=lambda t: (abs(t.i - tok.i), t.i < tok.i))
    for _ in range(8):  # climb to the governing verb
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    if tok.dep_ in ("aux", "aux:pass", "cop") and tok.head.i != tok.i:
        tok = tok.head  # an auxiliary the parser hung the expression on: its verb decides
    auxes = [c for c in tok.children if c.dep_ in ("aux", "aux:pass", "cop")]
    group = [tok] + auxes
    if any(_past_form(t, past_endings) for t in group):
        return temporal.PAST
    if m.kind == "weekday" and any(a.lemma_.lower() in modal for a in auxes):
        return temporal.FUTURE  # "moeten vrijdag nog worden goedgekeurd": an obligation or a plan ahead
    if "Part" in tok.morph.get("VerbForm"):
        if any(a.dep_ == "aux" and a.lemma_.lower() in perfect for a in auxes):
            return temporal.PAST  # perfect: an auxiliary of time with a participle
        if any(a.dep_ == "aux:pass" and a.lemma_.lower() in present_passive and "Pres" in a.morph.get("Tense")
               for a in auxes):
            # a present passive ("worden ... geleverd") is now or ahead: its participle is no past tense
            return temporal.NEAREST
        return None  # a modal with a passive infinitive is no perfect
    if "Inf" in tok.morph.get("VerbForm") and any(c.dep_ == "mark" for c in tok.children) \
            and m.kind == "weekday":
        gov = tok.head
        if tok.lemma_.lower() in perfect or gov.lemma_.lower() in report or gov.lower_ in report:
            # "claims on Saturday to hold the city": a claim of what holds (or a perfect infinitive),
            # not an intention
            return None
        # A marked infinitive (a call, a plan, an intention) points ahead.
        return temporal.FUTURE
    # (a separable verb of saying reads with its particle, which the parser may take for a predicate: "maakt ...
    # bekend" is "bekendmaken", "deelt ... mee" "meedelen")
    parts = [c.lower_ for c in tok.children if c.dep_ == "compound:prt" or c.dep_ == "xcomp" and c.pos_ == "ADJ"]
    whole = {p + w for p in parts for w in (tok.lemma_.lower(), tok.lower_)}
    if m.kind == "weekday" and tok.pos_ == "VERB" and not auxes and "Fin" in tok.morph.get("VerbForm") \
            and "Pres" in tok.morph.get("Tense") and tok.lemma_.lower() not in perfect \
            and tok.lemma_.lower() not in report and tok.lower_ not in report and not whole & report:
        # A full verb in the present with a bare weekday: a plan. (An auxiliary alone, or a verb that is
        # also the auxiliary of a perfect, "there have been deaths on Saturday", is too often a misparse;
        # a verb of saying in the present reports what was just said.)
        return temporal.FUTURE
    if m.kind in ("date", "month") and "Fin" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense") \
            and tok.dep_ in ("ccomp", "advcl", "dep"):
        # a date in a present-tense clause under a past verb of saying ("announced that 1 October will be a day of
        # mourning"): the past tense of the main clause does not put it behind
        return temporal.NEAREST
    return None


def _fixed(m: Match, direction: int, anchor: DayInterval) -> bool:
    """True if the expression resolves to the same interval from the anchor's first and last day.

    "October last year" is 2022-10 from any day of an inferred window inside 2023: the window,
    however loose, fixes it. A bare weekday it does not fix.
    """
    if anchor.earliest is None or anchor.latest is None:
        return False
    first = temporal.resolve(m.kind, m.fields, DayInterval(anchor.earliest, anchor.earliest), direction)
    last = temporal.resolve(m.kind, m.fields, DayInterval(anchor.latest, anchor.latest), direction)
    return first.earliest is not None and (first.earliest, first.latest) == (last.earliest, last.latest)


def _year_span(m: Match) -> bool:
    """A rolling window of several years, counted or plural ("the past two years", "recent years")."""
    f = m.fields
    if m.kind != "rolling" or f.get("unit") not in ("Y", "DE"):
        return False
    if f.get("num") is not None:
        return float(f["num"]) > 1
    return int(f.get("rolling") or 0) > 366  # the plural form spans more than one year


class _Sentences:
    """Sentence bounds of a doc, computed once, looked up by character offset."""

    def __init__(self, doc: Doc):
        self.doc = doc
        if doc.has_annotation("SENT_START"):
            self.spans = [(sent.start_char, sent.end_char) for sent in doc.sents]
        else:
            self.spans = []
        self.starts = [s for s, _ in self.spans]
        self.has_morph = doc.has_annotation("MORPH")
        self.has_pos = doc.has_annotation("POS")
        self.has_dep = doc.has_annotation("DEP") and self.has_morph
        self._token_at = None
        self.text = doc.text  # Doc.text rebuilds the string on every access

    def is_verb(self, char: int) -> bool:
        """True if the token starting at ``char`` is tagged as a verb or auxiliary."""
        if self._token_at is None:
            self._token_at = {t.idx: t.pos_ for t in self.doc}
        return self._token_at.get(char) in ("VERB", "AUX")

    def index(self, char: int) -> int | None:
        if not self.spans:
            return None
        return max(0, bisect_right(self.starts, char) - 1)

    def bounds(self, char: int) -> tuple[int, int]:
        i = self.index(char)
        if i is not None:
            return self.spans[i]
        # No sentence marks: the stretch between end punctuation or line breaks.
        text = self.text
        s = max(text.rfind(c, 0, char) for c in ".!?\n") + 1
        ends = [i for i in (text.find(c, char) for c in ".!?\n") if i >= 0]
        return s, (min(ends) + 1 if ends else len(text))
