"""Dating undated articles: infer the publication interval from the content.

Language-neutral. Evidence, each a bound on the publication day:

- absolute time expressions (with a year): in a past-tense sentence the article was
  written after their first day, in a future sentence before their last;
- durations counted from a dated start (``timex/dating_rules.jsonl`` + ``timex/era.tsv``:
  "de bijna drie jaar durende oorlog" = 2022-02-24 + almost three years);
- datable events and offices of the war (``timex/war_events.tsv``): mentioning one
  puts the article after it (and, for an office since ended, before its end).

The result is the latest lower bound and the earliest upper bound consistent with
it, with a point estimate: a little after the most recent precise date the text
names, or inside the window. (issue 4)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from . import resources, temporal
from .interval import DayInterval
from .literals import Prefilter
from .timex_rules import TimexRules, rules_for

LAG_DAYS = 14
"""Typical delay between the latest precise date an article names and its publication."""
OPEN_WINDOW_DAYS = 60
"""Width of the likely window after a lower bound when nothing bounds the date from above
(news tends to follow what it reports; measured on dev-nl-news, see bench/dating.py)."""


ATTENTION_START = date(2022, 2, 24)
"""Start of the full-scale war, when news about it peaked; attention has waned since. In a window
with no precise date to follow, the likeliest month is therefore the window's first month after
this day, not its middle (measured on the studied dating pages, see bench/dating.py)."""
ATTENTION_LAG_DAYS = 30

YEARLESS_MAX_WINDOW = 400
"""Widest window (days) in which dates named without a year are still placed (second pass)."""


@dataclass
class Bound:
    """One piece of evidence: publication lies in [lo, hi] (either may be None)."""

    lo: date | None
    hi: date | None
    source: str
    point: date | None = None


@lru_cache(maxsize=None)
def _events(lang: str) -> tuple:
    rows = resources.load_table(lang, "timex/war_events", optional=True)
    out = []
    for r in rows:
        out.append((r["id"], Prefilter(re.compile(r["pattern"], re.I)),
                    date.fromisoformat(r["after"]) if r.get("after") else None,
                    date.fromisoformat(r["before"]) if r.get("before") else None,
                    r.get("kind") or "event"))
    return tuple(out)


@lru_cache(maxsize=None)
def _era_rules(lang: str) -> tuple:
    rules = rules_for(lang)
    rows = resources.load_jsonl(lang, "timex/dating_rules", optional=True)
    return tuple((r, Prefilter(re.compile(r"(?<!\w)(?:" + rules.expand(r["pattern"]) + r")(?!\w)", re.I)))
                 for r in rows)


def era_bounds(text: str, lang: str = "nl") -> list[Bound]:
    """Bounds from durations counted from a dated start ("drie jaar na de invasie").

    RETURNS (list[Bound]): one per match.
    """
    rules = rules_for(lang)
    out = []
    low = text.lower()
    for rule, pf in _era_rules(lang):
        for m in pf.finditer(text, low):
            b = _era_bound(rules, rule, m)
            if b is not None:
                out.append(b)
    return out


def _era_bound(rules: TimexRules, rule: dict, m: re.Match) -> Bound | None:
    g = {k: v for k, v in m.groupdict().items() if v}
    era = rules.table("era").get(re.sub(r"\s+", " ", g.get("era", "").lower()))
    if not era:
        return None
    start = date.fromisoformat(era["value"])
    num = rules.normalise("num", g["num"]) if g.get("num") else \
        rules.normalise("num", g["num_o"]) if g.get("num_o") else \
        rules.normalise("ordinal", g["ordinal"]) if g.get("ordinal") else None
    unit = (rule.get("set") or {}).get("unit") or \
        (rules.normalise("unit", g["unit"])[0] if g.get("unit") and rules.normalise("unit", g["unit"]) else None)
    if num is None or unit not in temporal.UNIT_DAYS:
        return None
    lo_q, hi_q = rules.normalise("qual", g["qual"]) if g.get("qual") else (-0.1, 0.5)
    step = temporal.UNIT_DAYS[unit]
    if unit == "D":
        lo_q, hi_q = -2 / step, 2 / step
    elif not g.get("qual"):
        # Journalists round: "drie jaar oorlog" is written a little before or after the day.
        lo_q, hi_q = -1 / 12 * 365.25 / step if unit == "Y" else -0.1, 0.5
    if float(num) * step > 30 * 365.25:
        # "75 jaar na de oorlog" is another war.
        return None
    mid = start + timedelta(days=float(num) * step)
    lo = mid + timedelta(days=lo_q * step)
    hi = mid + timedelta(days=hi_q * step)
    return Bound(lo, hi, f"era:{rule['id']}")


def event_bounds(text: str, lang: str = "nl") -> list[Bound]:
    """Bounds from datable events and offices of the war named in the text."""
    out = []
    low = text.lower()
    for eid, pf, after, before, kind in _events(lang):
        if pf.search(text, low):
            # News follows events closely: an event pulls the estimate to just after it.
            out.append(Bound(after, before, f"{kind}:{eid}", point=after if kind == "event" else None))
    return out


@lru_cache(maxsize=None)
def _persons(lang: str) -> tuple:
    rows = resources.load_table(lang, "timex/persons_born", optional=True)
    return tuple((r["id"], r["pattern"], date.fromisoformat(r["born"])) for r in rows)


def age_bounds(text: str, lang: str = "nl") -> list[Bound]:
    """Bounds from ages of people with known birth dates: "<n>-jarige <name>" or "<name> (<n>)".

    The age-phrase shapes come from ``timex/age_patterns.txt``; ``{name}`` and ``{age}`` mark the slots.
    """
    out = []
    low = text.lower()
    for pid, pf, born in _age_patterns(lang):
        for m in pf.finditer(text, low):
            age = int(m.group("age"))
            try:
                lo = born.replace(year=born.year + age)
                hi = born.replace(year=born.year + age + 1) - timedelta(days=1)
            except ValueError:
                continue
            out.append(Bound(lo, hi, f"age:{pid}"))
    return out


@lru_cache(maxsize=None)
def _age_patterns(lang: str) -> tuple:
    """One compiled pattern per person and phrase shape."""
    shapes = resources.load_words(lang, "timex/age_patterns", optional=True)
    return tuple((pid, Prefilter(re.compile(shape.replace("{name}", f"(?:{name})")
                                            .replace("{age}", r"(?P<age>\d{2,3})"))), born)
                 for pid, name, born in _persons(lang) for shape in shapes)


def time_bounds(matches, directions) -> list[Bound]:
    """Bounds from absolute time expressions (those that resolve without an anchor)."""
    out = []
    for m, d in zip(matches, directions):
        if m.kind == "duration":
            continue
        r = temporal.resolve_at(m.kind, m.fields, None, d)
        if r.earliest is None:
            continue
        if d == temporal.FUTURE:
            out.append(Bound(None, r.latest, f"time:{m.rule['id']}"))
        else:
            precise = (r.latest - r.earliest).days <= 31
            out.append(Bound(r.earliest, None, f"time:{m.rule['id']}", point=r.latest if precise else None))
    return out


def combine(bounds: list[Bound]) -> DayInterval | None:
    """The publication window the evidence allows, labelled with its point estimate.

    bounds (list[Bound]): evidence.
    RETURNS (DayInterval | None): [earliest, latest] with value "YYYY-MM" (the estimate), or None.
    """
    los = [b.lo for b in bounds if b.lo]
    if not los:
        return None
    lo = max(los)
    his = [b.hi for b in bounds if b.hi and b.hi >= lo]
    hi = min(his) if his else None
    points = [b.point for b in bounds if b.point and b.point >= lo - timedelta(days=31)
              and (hi is None or b.point <= hi)]
    if hi is None:
        hi = max(points + [lo]) + timedelta(days=OPEN_WINDOW_DAYS)
    if points:
        est = max(points) + timedelta(days=LAG_DAYS)
    else:
        est = max(lo, ATTENTION_START) + timedelta(days=ATTENTION_LAG_DAYS)
    est = min(max(est, lo), hi)
    return DayInterval(lo, hi, f"{est.year:04d}-{est.month:02d}")


def prepare(lang: str = "nl") -> None:
    """Compile the dating tables now (at pipeline load) rather than on the first undated article."""
    _events(lang), _era_rules(lang), _age_patterns(lang)


def infer(text: str, matches, directions, lang: str = "nl") -> DayInterval | None:
    """Infer the publication interval of an undated text.

    text (str): the article text.
    matches (list[Match]): its time expressions (``kroniek.timex_rules``).
    directions (list[int]): their tense directions (``temporal.PAST``/``FUTURE``).
    lang (str): language of the data tables.
    RETURNS (DayInterval | None): the inferred window, value = estimated month; None if no evidence.
    """
    bounds = explain(text, matches, directions, lang)
    first = combine(bounds)
    if first is None:
        return None
    if first.days > YEARLESS_MAX_WINDOW:
        # Too wide to tell which year an "in augustus" means.
        return first
    his = [b.hi for b in bounds if b.hi and b.hi >= first.earliest]
    limit = hard = min(his) if his else first.earliest + timedelta(days=365)
    events = [b.point for b in bounds if b.point and b.source.startswith("event:")]
    if events:
        # News follows the events it names: a month without a year is not placed long after them.
        limit = min(limit, max(events) + timedelta(days=OPEN_WINDOW_DAYS))
    return combine(bounds + yearless_bounds(matches, directions, first, limit)
                   + month_pair_bounds(text, matches, first, hard))


def yearless_bounds(matches, directions, window: DayInterval, limit: date | None = None) -> list[Bound]:
    """Second pass: dates and months named without a year ("zaterdag 15 juli", "in augustus").

    A weekday with a date fixes the year outright (the first such year from the window's start);
    a past month or date is taken as its first occurrence from the window's start, which the
    article then follows, if it falls before ``limit`` (the hard upper bound, or a year on).
    RETURNS (list[Bound]): one per usable expression.
    """
    out = []
    for m, d in zip(matches, directions):
        f = m.fields
        if m.kind not in ("date", "month") or f.get("year") is not None or d == temporal.FUTURE:
            continue
        if m.kind == "date" and f.get("weekday") and f.get("day") and f.get("month"):
            # The year in which that date falls on that weekday, nearest the window's start.
            days = [d for d in (temporal._safe_date(y, f["month"], f["day"])
                                for y in range(window.earliest.year - 3, window.earliest.year + 4))
                    if d and d.isoweekday() == f["weekday"]]
            if days:
                day = min(days, key=lambda d: abs((d - window.earliest).days))
                if window.earliest - timedelta(days=31) <= day <= window.earliest + timedelta(days=3 * 365):
                    out.append(Bound(day, None, f"weekday_date:{m.rule['id']}", point=day))
            continue
        # A month just before the first bound is as likely as the next one ("in maart" after Bucha).
        r = temporal.resolve_at(m.kind, f, window.earliest - timedelta(days=31), temporal.FUTURE)
        if r.earliest is not None and r.latest <= (limit or window.latest) + timedelta(days=31):
            out.append(Bound(None, None, f"yearless:{m.rule['id']}", point=r.latest))
    return out


def explain(text: str, matches, directions, lang: str = "nl") -> list[Bound]:
    """All evidence found (RETURNS list[Bound]); ``infer`` combines it."""
    return (time_bounds(matches, directions) + era_bounds(text, lang) + event_bounds(text, lang)
            + age_bounds(text, lang))


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def month_pair_bounds(text: str, matches, window: DayInterval, limit: date | None = None) -> list[Bound]:
    """A month named without a year beside a relative month in the same sentence ("last month,
    in May" / "May, two months ago"): both name the same month, so the publication month is
    the named one moved back by the shift.

    window (DayInterval): the first-pass window; the publication month is taken in the first
        year from its start (less a month) in which it falls.
    limit (date | None): the latest publication day the other evidence allows.
    RETURNS (list[Bound]): a bound to one month per such pair.
    """
    out = []
    for i, rel in enumerate(matches):
        f = rel.fields
        if rel.kind == "unit_shift" and f.get("unit") == "M" and f.get("shift") is not None:
            shift = int(f["shift"])
        elif rel.kind == "ago" and f.get("unit") == "M" and f.get("num") is not None and not f.get("qual"):
            shift = -int(round(float(f["num"]))) * (1 if not int(f.get("ahead") or 0) else -1)
        else:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(matches):
                continue
            named = matches[j]
            g = named.fields
            if named.kind not in ("date", "month") or g.get("month") is None or g.get("year") is not None \
                    or any(k.startswith("shift") for k in g):
                continue
            a, b = sorted((rel, named), key=lambda m: m.start)
            if b.start - a.end > 40 or _SENTENCE_END.search(text, a.end, b.start):
                continue
            pub = (g["month"] - shift - 1) % 12 + 1
            start = window.earliest - timedelta(days=31)
            y = start.year if (pub, 31) >= (start.month, start.day) else start.year + 1
            lo = date(y, pub, 1)
            hi = temporal._month_end(y, pub)
            if lo <= (limit or window.latest):
                out.append(Bound(lo, hi, f"month_pair:{rel.rule['id']}", point=lo))
    return out
