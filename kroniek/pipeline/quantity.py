"""kroniek_quantity: figures with their unit, qualifier and what they measure.

A left-to-right scan over word tokens finds a figure core (digits in the language's
number format, a number word read by text2num, or a vague count such as
"thousands"), an optional multiplier and range, the qualifier before it and the
unit or counted noun after it. A figure without a unit is not reported: bare numbers
are years, dates, ranks or page numbers far more often than measurements.

Every word comes from ``kroniek/lang/<lang>/quantity/``: ``number_format``,
``qualifiers``, ``multipliers``, ``range_connectors``, ``vague_counts``, ``units``,
``counted_nouns``, ``plural_lemma``, ``not_counted``, ``modifier_words``,
``weak_numbers``, ``clock_before`` and ``measures``.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..numbers import as_number, parse_digits, parse_phrase, parse_word
from ..resources import load_jsonl, load_table, load_words

# Word tokens: symbols, digit groups, words with inner hyphens/apostrophes ("zo'n", "F-16's").
_TOKEN = re.compile(r"[€$£%]|\d+(?:[.,]\d+)*|\w+(?:[-'’]\w+)*|\S")
_MAX_MODIFIERS = 5


@dataclass
class Tok:
    text: str
    lower: str
    start: int
    end: int


def tokenize(text: str) -> list[Tok]:
    """Split text into word tokens with character offsets.

    text (str): the text.
    RETURNS (list[Tok]): tokens in order.
    """
    return [Tok(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _phrase_keys(rows, key: str) -> dict[tuple[str, ...], dict]:
    return {tuple(t.lower for t in tokenize(r[key])): r for r in rows}


def _phrase_set(words) -> dict[tuple[str, ...], bool]:
    """Word phrases ("tot en met", "van de") as token tuples, for ``_match_phrase``."""
    return {tuple(t.lower for t in tokenize(w)): True for w in words}


@Language.factory("kroniek_quantity", assigns=["doc._.quantities"], default_config={"lang": "nl"})
def make_quantity(nlp: Language, name: str, lang: str) -> "Quantity":
    return Quantity(nlp, name, lang=lang)


class Quantity:
    """Find figures and write ``doc._.quantities``.

    lang (str): language folder with the ``quantity/`` tables.
    """

    def __init__(self, nlp: Language | None = None, name: str = "kroniek_quantity", *, lang: str = "nl"):
        self.name = name
        self.lang = lang
        fmt = {r["key"]: r["value"] for r in load_table(lang, "quantity/number_format")}
        self.thousands, self.decimal = fmt["thousands"], fmt["decimal"]
        self.t2n_lang = fmt.get("text2num") or lang
        self.adjective = re.compile(fmt["adjective"])
        self.qualifiers = _phrase_keys(load_table(lang, "quantity/qualifiers"), "phrase")
        self.multipliers = {r["word"]: float(r["factor"]) for r in load_table(lang, "quantity/multipliers")}
        self.connectors = _phrase_set(load_words(lang, "quantity/range_connectors"))
        self._conn_lens = sorted({len(k) for k in self.connectors}, reverse=True)
        self.vague = _phrase_keys(load_table(lang, "quantity/vague_counts"), "phrase")
        units = load_table(lang, "quantity/units")
        self.units_after = _phrase_keys([r for r in units if r["position"] == "after"], "phrase")
        self.units_before = {r["phrase"].lower(): r["unit"] for r in units if r["position"] == "before"}
        self.counted = {r["form"]: r for r in load_table(lang, "quantity/counted_nouns")}
        self.plural_rules = [(r["id"], re.compile(r["pattern"]), r["lemma"])
                             for r in load_table(lang, "quantity/plural_lemma")]
        self.not_counted = set(load_words(lang, "quantity/not_counted"))
        self.age_patterns = [re.compile(p) for p in load_words(lang, "quantity/age_patterns", optional=True)]
        self.modifier_words = set(load_words(lang, "quantity/modifier_words"))
        self.weak = set(load_words(lang, "quantity/weak_numbers"))
        self.partitive = _phrase_set(load_words(lang, "quantity/partitive_words"))
        self._part_lens = sorted({len(k) for k in self.partitive}, reverse=True)
        self.clock_before = set(load_words(lang, "quantity/clock_before"))
        self.measures = [dict(r, _re=re.compile(r["pattern"])) for r in load_jsonl(lang, "quantity/measures")]
        self._qual_lens = sorted({len(k) for k in self.qualifiers}, reverse=True)
        self._vague_lens = sorted({len(k) for k in self.vague}, reverse=True)
        self._vague_first = {k[0] for k in self.vague}
        self._unit_lens = sorted({len(k) for k in self.units_after}, reverse=True)

    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = self.find(doc.text, _sentence_bounds(doc))
        return doc

    # -- scanning -------------------------------------------------------------------

    def find(self, text: str, sentences: list[tuple[int, int]] | None = None, *,
             require_unit: bool = True) -> list[dict]:
        """All figures in a text.

        text (str): the text.
        sentences (list[tuple[int, int]] | None): sentence character spans, for measures.
        require_unit (bool): False also returns bare numbers (unit None), for number benchmarks.
        RETURNS (list[dict]): contract-shaped quantities in text order.
        """
        self._require_unit = require_unit
        toks = tokenize(text)
        out, i = [], 0
        while i < len(toks):
            tok = toks[i]
            # Only a digit, a number word or the start of a vague count can open a figure: test
            # that first, before the costlier look-arounds of _figure.
            if not (tok.text[0].isdigit() or tok.lower in self._vague_first
                    or parse_word(tok.text, self.t2n_lang) is not None):
                i += 1
                continue
            found = self._figure(text, toks, i)
            if found is None:
                i += 1
                continue
            q, i = found
            q["measure"] = self._measure(text, q, sentences)
            out.append(q)
        return self._with_ages(text, out)

    def _with_ages(self, text: str, found: list[dict]) -> list[dict]:
        """Add people's ages (``quantity/age_patterns.txt``) where no figure stands already."""
        taken = [(q["start"], q["end"]) for q in found]
        ages = []
        for rx in self.age_patterns:
            for m in rx.finditer(text):
                age = int(m["age"]) if m.groupdict().get("age") else parse_word(m["word"], self.t2n_lang)
                s, e = m.span("fig") if m.groupdict().get("fig") else m.span()
                if age is None or not 0 < age < 120 or any(a < e and s < b for a, b in taken):
                    continue
                taken.append((s, e))
                ages.append({"text": text[s:e], "start": s, "end": e, "value": int(age), "low": None, "high": None,
                             "unit": "year", "qualifier": "exact", "counts": None, "measure": "age", "claim": None,
                             "rule": "age"})
        return sorted(found + ages, key=lambda q: q["start"])

    def _match_phrase(self, toks: list[Tok], i: int, table: dict, lens: list[int]):
        for n in lens:
            key = tuple(t.lower for t in toks[i:i + n])
            if len(key) == n and key in table:
                return table[key], i + n
        return None, i

    def _qualifier_before(self, toks: list[Tok], i: int):
        for n in self._qual_lens:
            if i - n < 0:
                continue
            key = tuple(t.lower for t in toks[i - n:i])
            if key in self.qualifiers:
                return self.qualifiers[key], i - n
        return None, i

    def _number(self, text: str, toks: list[Tok], i: int, qual: dict | None):
        """A single number at token i, with its multiplier. RETURNS (value, end, factor) or (None, i, 1)."""
        if i >= len(toks):
            return None, i, 1.0
        tok = toks[i]
        if tok.text[0].isdigit():
            if _attached(text, tok):
                return None, i, 1.0
            value = parse_digits(tok.text, self.thousands, self.decimal)
        else:
            if tok.lower in self.weak and not (qual and qual.get("one")):
                return None, i, 1.0
            value = parse_word(tok.text, self.t2n_lang)
            if value == 0 and tok.lower in self.weak:
                return None, i, 1.0
            # a number written in several words ("tweeduizend tweehonderd")
            n = i + 1
            while value is not None and n < len(toks) and toks[n].lower not in self.weak \
                    and parse_word(toks[n].text, self.t2n_lang) is not None:
                joined = parse_phrase(" ".join(t.text for t in toks[i:n + 1]), self.t2n_lang)
                if joined is None or joined <= value:
                    break
                value, n = joined, n + 1
            if n > i + 1:
                j = n
                if j < len(toks) and toks[j].lower in self.multipliers:
                    return value * self.multipliers[toks[j].lower], j + 1, self.multipliers[toks[j].lower]
                return value, j, 1.0
        if value is None:
            return None, i, 1.0
        j, factor = i + 1, 1.0
        if j < len(toks) and toks[j].lower in self.multipliers:
            factor = self.multipliers[toks[j].lower]
            value *= factor
            j += 1
            if j < len(toks) and toks[j].text == "." and toks[j - 1].end == toks[j].start:
                j += 1  # the full stop of an abbreviation ("mln.", "bn.")
        return value, j, factor

    def _figure(self, text: str, toks: list[Tok], i: int):
        """A figure whose number starts at token i. RETURNS (quantity, next index) or None."""
        start = i
        unit = None
        if i > 0 and toks[i - 1].lower in self.units_before:
            unit = self.units_before[toks[i - 1].lower]
            start = i - 1
        qual, qstart = self._qualifier_before(toks, start)
        value = low = high = None
        qualifier = qual["qualifier"] if qual else "exact"
        rule = "number"
        vague, j = self._match_phrase(toks, i, self.vague, self._vague_lens)
        if vague:
            value, low, high = (float(vague[k]) if vague[k] else None for k in ("value", "low", "high"))
            qualifier = qual["qualifier"] if qual and qual["qualifier"] != "range" else vague["qualifier"]
            unit = unit or vague["unit"]
            rule = "vague_count"
            if j < len(toks) and toks[j].lower in self.multipliers:
                # "een half miljard", "anderhalf miljoen", "enkele duizenden": the multiplier scales the count
                factor = self.multipliers[toks[j].lower]
                value, low, high = (x * factor if x is not None else None for x in (value, low, high))
                j += 1
        else:
            value, j, factor = self._number(text, toks, i, qual)
            if value is None:
                return None
            joiner = qual.get("joiner") if qual else None
            conn, after = self._match_phrase(toks, j, self.connectors, self._conn_lens)
            if not conn and joiner and j < len(toks) and toks[j].lower == joiner:
                conn, after = True, j + 1
            if conn and after < len(toks):
                second, k, factor2 = self._number(text, toks, after, None)
                if second is not None and factor == 1.0 and factor2 > 1.0:
                    value *= factor2  # the multiplier covers both ends: "1 to 2 million"
                if second is not None and second > value:
                    low, high, value, j = value, second, None, k
                    qualifier, rule = "range", "range"
            if qualifier == "range" and low is None:
                qualifier = "exact"
        raw = toks[i]
        counts = None
        if unit is None:
            if j < len(toks) and "\n" in text[toks[j - 1].end:toks[j].start]:
                u, counts, j2 = None, None, j  # a figure ends its paragraph: the next one's noun is not counted
            else:
                u, counts, j2 = self._unit_after(toks, j)
            if u is None and getattr(self, "_require_unit", True):
                return None
            if u is not None:
                unit, j = u, j2
        if not self._plausible(toks, i, raw, unit, counts, rule):
            return None
        s, e = toks[qstart].start, toks[j - 1].end
        q = {"text": text[s:e], "start": s, "end": e,
             "value": as_number(value), "low": as_number(low), "high": as_number(high),
             "unit": unit, "qualifier": qualifier, "counts": counts, "measure": None, "claim": None,
             "rule": rule}
        return q, j

    def _unit_after(self, toks: list[Tok], j: int):
        """The unit or counted noun from token j on. RETURNS (unit, counts, end) or (None, None, j)."""
        row, k = self._match_phrase(toks, j, self.units_after, self._unit_lens)
        if row:
            return row["unit"], None, k
        part, k = self._match_phrase(toks, j, self.partitive, self._part_lens)
        if part and k < len(toks):
            noun = self._counted(toks[k])  # "130 van de jachtvliegtuigen": the noun right after the article
            if noun:
                return noun[0], noun[1], k + 1
        for skip in range(0, _MAX_MODIFIERS + 1):
            if j + skip >= len(toks):
                break
            if skip and not self._modifiers_ok(toks[j:j + skip]):
                continue
            noun = self._counted(toks[j + skip])
            if noun:
                return noun[0], noun[1], j + skip + 1
        return None, None, j

    def _modifiers_ok(self, mods: list[Tok]) -> bool:
        if not all(m.text.replace("-", "").isalpha() and m.lower not in self.not_counted for m in mods):
            return False
        if not self.adjective.match(mods[-1].text):
            return False
        return bool(self.adjective.match(mods[0].text)) or mods[0].lower in self.modifier_words

    def _counted(self, tok: Tok):
        """(unit, lemma) of a counted noun, or None."""
        w = tok.lower
        if w in self.counted:
            r = self.counted[w]
            return r["unit"], r["lemma"]
        if w in self.not_counted or not tok.text.replace("-", "").replace("'", "").replace("’", "").isalnum():
            return None
        if "-" in w:
            last = w.rsplit("-", 1)[1]
            if last in self.counted:
                return self.counted[last]["unit"], self.counted[last]["lemma"]
            if tok.text.rsplit("-", 1)[1].islower() and last.isalpha() and last not in self.not_counted:
                # a named type with a plural head ("Patriot-batterijen")
                for rid, pattern, lemma in self.plural_rules:
                    m = pattern.match(last)
                    if m:
                        return "item", lemma.format(**m.groupdict())
        for k in range(3, len(w) - 3):
            suffix = w[k:]
            if suffix in self.counted and len(suffix) >= 4:
                r = self.counted[suffix]
                return r["unit"], w[:k] + r["lemma"]
        if tok.text[:1].isupper():
            # a named type in the plural ("F-16's") counts objects; other capitals are names
            for rid, pattern, lemma in self.plural_rules[:1]:
                m = pattern.match(tok.text)
                if m:
                    return "item", lemma.format(**m.groupdict())
            return None
        if not tok.text.isalpha() and "'" not in tok.text and "’" not in tok.text:
            return None
        for rid, pattern, lemma in self.plural_rules:
            m = pattern.match(w)
            if m:
                return "item", lemma.format(**m.groupdict())
        return None

    def _plausible(self, toks: list[Tok], i: int, raw: Tok, unit: str, counts, rule: str) -> bool:
        """Refuse clock times and years read as figures."""
        if unit == "hour" and i > 0 and toks[i - 1].lower in self.clock_before:
            return False
        if raw.text.isdigit() and len(raw.text) == 4 and 1800 <= int(raw.text) <= 2100 \
                and unit in ("item", "year", "month", "week", "day"):
            return False
        return True

    def _measure(self, text: str, q: dict, sentences) -> str | None:
        s, e = _sentence_of(q["start"], q["end"], sentences, len(text))
        sentence = text[s:e].lower()
        at = q["start"] - s
        best, best_d = None, None
        # the cue nearest the figure decides: "won 40 km2 back and still holds 900 km2"
        for r in self.measures:
            if q["unit"] not in r["units"]:
                continue
            for m in r["_re"].finditer(sentence):
                end = q["end"] - s
                d = 0 if m.start() <= end and m.end() >= at else min(abs(m.start() - end), abs(m.end() - at))
                if best_d is None or d < best_d:
                    best, best_d = r["measure"], d
        return best


def _attached(text: str, tok: Tok) -> bool:
    """Digits glued to a word ("16e", "F16", "62-jarige") or part of a time ("14:30")."""
    before = text[tok.start - 1] if tok.start > 0 else " "
    before2 = text[tok.start - 2] if tok.start > 1 else " "
    after = text[tok.end] if tok.end < len(text) else " "
    after2 = text[tok.end + 1] if tok.end + 1 < len(text) else " "
    if before.isalpha() or after.isalpha():
        return True
    if before in ":/" and before2.isdigit() or after in ":/" and after2.isdigit():
        return True
    if before == "-" and before2.isalpha() or after == "-" and after2.isalpha():
        return True
    return False


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]] | None:
    if not doc.has_annotation("SENT_START"):
        return None
    return [(s.start_char, s.end_char) for s in doc.sents]


def _sentence_of(start: int, end: int, sentences, length: int) -> tuple[int, int]:
    if not sentences:
        return max(0, start - 150), min(length, end + 150)
    k = bisect_right([s for s, _ in sentences], start) - 1
    return sentences[max(k, 0)]
