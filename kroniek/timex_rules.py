"""Time-expression rules: compile the data of ``kroniek/lang/<lang>/timex/`` and find matches.

Language-neutral. A rule (``timex/rules.jsonl``) is a regex with named groups;
``{table}`` in a pattern expands to the forms of ``timex/<table>.tsv`` (``{table|col=v}``
keeps only rows with that column value). A group's name up to the first "_" names
the table that normalises it (``month_2`` -> ``month.tsv``); digit groups (day,
year, monthnum, decade, num) are read as numbers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import resources
from .literals import Prefilter

_PLACEHOLDER = re.compile(r"\{(?P<table>[a-z_]+)(?:\|(?P<col>[a-z_]+)=(?P<val>[^}]*))?\}")
_INT_GROUPS = {"day", "year", "monthnum", "decade", "hour", "minute", "second", "quarter", "weeknum", "century"}
_DAY_KINDS = {"date", "weekday", "deictic"}
_QUOTES = str.maketrans({"’": "'", "‘": "'", "\u00a0": " "})


@dataclass
class Match:
    """One recognised expression before resolution.

    start/end (int): character offsets into the text.
    rule (dict): the rule that matched.
    fields (dict): normalised fields for ``kroniek.temporal``.
    """

    start: int
    end: int
    text: str
    rule: dict
    fields: dict = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return self.rule["kind"]


def _form_regex(form: str) -> str:
    out = re.escape(form.translate(_QUOTES))
    return out.replace("'", "['’‘]").replace(r"\ ", r"\s+")


class TimexRules:
    """Compiled rules and normalisation tables of one language.

    lang (str): language code; data under ``kroniek/lang/<lang>/timex/``.
    """

    def __init__(self, lang: str = "nl"):
        self.lang = lang
        self.rules = [dict(r) for r in resources.load_jsonl(lang, "timex/rules")]
        self._tables: dict[str, dict[str, dict]] = {}
        self._words: dict[str, tuple[str, ...]] = {}
        # each rule's regex with the literals it requires (``kroniek.literals``), so that most rules
        # are ruled out of a text by a substring test
        self.compiled = [(r, Prefilter(re.compile(r"(?<![\w-])(?:" + self.expand(r["pattern"]) + r")(?![\w])", re.I)))
                         for r in self.rules]
        prep = self.table("prep")
        self._prep = re.compile(r"(?:^|(?<=\W))(?P<prep>" + "|".join(
            _form_regex(f) for f in sorted(prep, key=len, reverse=True)) + r")\s+$", re.I) if prep else None

    def table(self, name: str) -> dict[str, dict]:
        """A normalisation table keyed by lower-case form; {} if the language has none."""
        if name not in self._tables:
            rows = resources.load_table(self.lang, f"timex/{name}", optional=True)
            self._tables[name] = {r["form"].translate(_QUOTES).lower(): r for r in rows}
        return self._tables[name]

    def words(self, name: str) -> tuple[str, ...]:
        if name not in self._words:
            self._words[name] = tuple(w.lower() for w in resources.load_words(self.lang, f"timex/{name}",
                                                                                  optional=True))
        return self._words[name]

    def expand(self, pattern: str) -> str:
        """Expand ``{table}`` / ``{table|col=v}`` placeholders into alternations of the table's forms."""
        def sub(m):
            rows = self.table(m["table"])
            forms = [f for f, r in rows.items() if not m["col"] or (r.get(m["col"]) or "") == m["val"]]
            return "(?:" + "|".join(_form_regex(f) for f in sorted(forms, key=len, reverse=True)) + ")"
        return _PLACEHOLDER.sub(sub, pattern)

    # -- matching -------------------------------------------------------------------------

    def find(self, text: str) -> list[Match]:
        """All non-overlapping matches in ``text``: longest first, then rule order.

        RETURNS (list[Match]): in text order, with normalised fields.
        """
        cands = []
        low = text.lower()
        for order, (rule, pf) in enumerate(self.compiled):
            for m in pf.finditer(text, low):
                if m.end() == m.start() or self._rejected(rule, text, m):
                    continue
                cands.append((m.end() - m.start(), -order, m, rule))
        cands.sort(key=lambda c: (-c[0], -c[1], c[2].start()))
        taken: list[tuple[int, int]] = []
        out = []
        for _, _, m, rule in cands:
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            fields = self._fields(rule, m)
            if fields is None:
                continue
            s2, mod, direction = self._extend_prep(text, s, m)
            if s2 == s and rule.get("prep_required") and re.match(rule["prep_required"], m.group(0), re.I):
                continue  # "de winter" with no preposition is the season in general ("de winter wordt zwaar")
            taken.append((s, e))
            s = s2
            if mod:
                fields["mod"] = mod
            if direction and "direction" not in fields:
                fields["direction"] = int(direction)
            out.append(Match(s, e, text[s:e], rule, fields))
        out.sort(key=lambda x: x.start)
        return self._merge_clocks(text, out)

    def _merge_clocks(self, text: str, matches: list[Match]) -> list[Match]:
        """Join a day expression and the clock time right after it ("morgen om 8.45") into one."""
        joiners = [re.compile(j) for j in self.words("clock_joiners")]
        out: list[Match] = []
        for m in matches:
            prev = out[-1] if out else None
            if prev is not None and m.kind == "clock" and prev.kind in _DAY_KINDS \
                    and any(j.fullmatch(text[prev.end:m.start]) for j in joiners):
                fields = {**prev.fields, **{k: v for k, v in m.fields.items() if k != "mod"},
                          "day_kind": prev.kind}
                rule = {**prev.rule, "id": f"{prev.rule['id']}+{m.rule['id']}", "kind": "datetime"}
                out[-1] = Match(prev.start, m.end, text[prev.start:m.end], rule, fields)
                continue
            out.append(m)
        return out

    def _rejected(self, rule: dict, text: str, m: re.Match) -> bool:
        nxt = rule.get("reject_next")
        if nxt:
            follow = re.match(r"\s*([\w-]+)", text[m.end():m.end() + 40])
            if follow and any(follow.group(1).lower().startswith(w) for w in self.words(nxt)):
                return True
        prv = rule.get("reject_prev")
        if prv:
            before = re.search(r"([\w'’]+)\s*$", text[max(0, m.start() - 40):m.start()])
            if before and before.group(1).lower() in self.words(prv):
                return True
        return False

    def _extend_prep(self, text: str, start: int, m: re.Match) -> tuple[int, str | None, str | None]:
        """Take a preposition before the match into the mention ("sinds augustus").

        RETURNS (tuple): the new start, the TIMEX3-style mod and the direction the preposition fixes (or None).
        """
        if "prep" in m.groupdict() and m.group("prep"):
            row = self.table("prep").get(m.group("prep").lower()) or {}
            return start, row.get("value"), row.get("direction")
        if self._prep is None:
            return start, None, None
        p = self._prep.search(text[max(0, start - 20):start])
        if not p:
            return start, None, None
        row = self.table("prep").get(re.sub(r"\s+", " ", p.group("prep").lower())) or {}
        return start - (len(p.group(0))), row.get("value"), row.get("direction")

    def _fields(self, rule: dict, m: re.Match) -> dict | None:
        rename = rule.get("rename") or {}
        f: dict = {}
        for name, raw in m.groupdict().items():
            if raw is None:
                continue
            if name == "until":
                # "van 2014 tot 2018": the end unit is excluded ("tot en met" includes it).
                f["exclusive_end"] = True
                continue
            base = name.split("_", 1)[0]
            suffix = name[len(base):]
            key = rename.get(base, base) + suffix
            value = self.normalise(base, raw)
            if value is None:
                return None
            if base == "unit" and isinstance(value, tuple):
                f[key], f["rolling"] = value
            elif base == "few":
                f["rolling_count"] = value
            else:
                f[key] = value
        f.update(rule.get("set") or {})
        if f.get("relative_shift") and f.get("shift") is not None:
            # "afgelopen zaterdag": a direction, not a week shift.
            f["direction"] = -1 if int(f.pop("shift")) < 0 else 1
        if "month" in f and not 1 <= f["month"] <= 12:
            return None
        if "day" in f and not 1 <= f["day"] <= 31:
            return None
        if "rolling_count" in f and f.get("num") is None and rule["kind"] in ("rolling", "ago"):
            # "een paar dagen geleden": a typical count, widened.
            f["num"] = f["rolling_count"]
            f.setdefault("qual", (-0.5, 0.5))
        return f

    def normalise(self, base: str, raw: str):
        """Normalise the text of a group by its table (or as a number).

        base (str): the group's base name = table stem ("month", "num", "unit").
        raw (str): the matched text.
        RETURNS: the normalised value (int, float, str or tuple), or None if unknown.
        """
        raw_l = re.sub(r"\s+", " ", raw.translate(_QUOTES).lower().strip())
        if base in _INT_GROUPS:
            digits = re.sub(r"\D", "", raw_l)
            if not digits:
                row = self.table("number").get(raw_l)
                return int(float(row["value"])) if row else None
            n = int(digits)
            if base == "year" and len(digits) == 2:
                n += 2000 if n < 50 else 1900
            return n
        if base == "num":
            if re.fullmatch(r"\d+(?:[.,]\d+)?", raw_l):
                v = float(raw_l.replace(",", "."))
                return int(v) if v.is_integer() else v
            row = self.table("number").get(raw_l)
            return _num(row["value"]) if row else None
        row = self.table(base).get(raw_l)
        if row is None:
            return None
        if base == "unit":
            return row["value"], int(row.get("rolling") or 1)
        if base in ("part", "monthweek"):
            if row.get("year_months"):  # a part of a year, named by its months
                first, last = (int(x) for x in row["year_months"].split("-"))
                return float(row["start"]), float(row["end"]), first, last
            return float(row["start"]), float(row["end"])
        if base in ("season", "holiday"):
            (sm, sd), (em, ed) = (tuple(int(x) for x in row[k].split("-")) for k in ("start", "end"))
            return row["value"], ((sm, sd), (em, ed))
        if base == "deictic":
            return row["value"], int(row["from"]), int(row["to"]), row.get("daypart")
        if base == "qual":
            return float(row["lo"]), float(row["hi"])
        if base in ("month", "weekday", "ordinal", "shift", "roll"):
            return int(row["value"])
        if base == "number":
            return _num(row["value"])
        if base == "few":
            return int(row["value"])
        return row.get("value") or raw_l


def _num(s: str):
    v = float(s)
    return int(v) if v.is_integer() else v


@lru_cache(maxsize=None)
def rules_for(lang: str) -> TimexRules:
    """The compiled rules of a language, built once per process."""
    return TimexRules(lang)
