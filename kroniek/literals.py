"""Required literals of a regular expression: a cheap test that rules a pattern out before it runs.

The rule components run hundreds of patterns over every article (time expressions, datable
events, ages), and most of them cannot match most texts. A pattern such as
``\\bBa(?:ch|kh)moet\\b`` can only match a text that contains "moet"; a substring test in C is
far cheaper than a regex scan. ``Prefilter`` finds, for a pattern, a set of strings one of which
every match must contain, and ``could_match`` checks that on the lower-cased text.

This reads the pattern with the standard library's own regex parser (``re._parser``); if that
is unavailable or the pattern has no usable literal, the pattern simply always runs.
"""
from __future__ import annotations

import re

try:  # the parser moved in Python 3.11
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

MIN_LEN = 3
"""Shortest literal worth testing: shorter ones occur in nearly every text."""

_ZERO_WIDTH = {_c.AT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings (lower case) one of which every match of ``pattern`` contains, or None if none is known.

    pattern (str): a Python regular expression.
    flags (int): its compile flags.
    RETURNS (frozenset[str] | None): the set, each string at least ``MIN_LEN`` long.
    """
    try:
        parsed = _p.parse(pattern, flags)
    except Exception:  # an internal API: never let it break matching
        return None
    found = _sequence(list(parsed))
    return frozenset(found) if found else None


def _sequence(items: list) -> set[str] | None:
    """The best required set of a sequence of parsed items (None if there is none)."""
    candidates: list[set[str]] = []
    run = ""

    def flush():
        nonlocal run
        if len(run) >= MIN_LEN:
            candidates.append({run.lower()})
        run = ""

    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if op in _ZERO_WIDTH:
            continue  # \b, ^, $ consume nothing: the literal run goes on
        flush()
        inner = None
        if op is _c.SUBPATTERN:
            inner = _sequence(list(av[-1]))
        elif op is _c.BRANCH:
            alts = [_sequence(list(b)) for b in av[1]]
            if alts and all(alts):
                inner = set().union(*alts)
        elif op in _REPEATS and av[0] >= 1:
            inner = _sequence(list(av[2]))
        if inner:
            candidates.append(inner)
    flush()
    if not candidates:
        return None
    # The most selective set: the one whose shortest string is longest, then the smallest.
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s)))


class Prefilter:
    """A compiled pattern with its required literals.

    rx (re.Pattern): the pattern.
    """

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self.literals = required_literals(rx.pattern, rx.flags)

    def could_match(self, lower_text: str) -> bool:
        """False only if no match is possible in a text whose lower-case form is ``lower_text``."""
        return self.literals is None or any(s in lower_text for s in self.literals)

    def finditer(self, text: str, lower_text: str):
        """``rx.finditer(text)``, skipped when ``could_match(lower_text)`` rules every match out."""
        return self.rx.finditer(text) if self.could_match(lower_text) else iter(())

    def search(self, text: str, lower_text: str) -> re.Match | None:
        """``rx.search(text)``, skipped when ``could_match(lower_text)`` rules every match out."""
        return self.rx.search(text) if self.could_match(lower_text) else None
