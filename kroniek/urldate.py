"""Publication dates that news sites write into their URLs.

Many sites put the day in the path (``/2023/07/24/``, ``/2023-07-24-``, ``dmf20230717_``) or
at least the month (``/2023/07/``). Others number their articles in order (``nos.nl/artikel/2520226-``):
a page numbered between two known pages was published between their months (``urls/sequences.tsv``,
built by ``scripts/build_url_sequences.py``). For an article that comes with a URL but no date this is
better evidence than anything in the text, so it is used before content-based dating.
The shapes are not language data: they belong to web publishing, not to Dutch.
"""
from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

from .interval import DayInterval
from .resources import read_table
from .temporal import add_months

SEQUENCES = Path(__file__).resolve().parent / "urls" / "sequences.tsv"

# Day first (most specific), then month. A year is 2000-2099; separators: "/", "-", "_" or none
# between digits that no other digit touches (so an article number is not read as a date).
_DAY = (
    re.compile(r"(?<![\d])(?P<y>20\d\d)[/_-](?P<m>[01]\d)[/_-](?P<d>[0-3]\d)(?![\d])"),
    re.compile(r"(?<![\d])(?P<y>20\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\d])"),
)
_MONTH = re.compile(r"/(?P<y>20\d\d)/(?P<m>[01]\d)/")


def date_from_url(url: str | None) -> DayInterval | None:
    """The publication day (or month) a URL states, or None.

    url (str | None): the article's URL.
    RETURNS (DayInterval | None): a day, a month, or None when the URL gives no valid date.
    """
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)  # a host name holds no date
    for rx in _DAY:
        for m in rx.finditer(path):
            try:
                d = date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                continue
            return DayInterval(d, d, d.isoformat())
    m = _MONTH.search(path)
    if m and 1 <= int(m["m"]) <= 12:
        return DayInterval.month(int(m["y"]), int(m["m"]))
    return date_from_number(url)


@lru_cache(maxsize=1)
def _sequences() -> dict[str, tuple[re.Pattern, list[tuple[int, str]]]]:
    """Per site: the pattern of its article numbers, and the known (number, month) pairs, sorted by number."""
    known: dict[str, tuple[re.Pattern, list]] = {}
    for row in read_table(SEQUENCES) if SEQUENCES.exists() else ():
        known.setdefault(row["site"], (re.compile(row["pattern"]), []))[1].append((int(row["number"]), row["month"]))
    return {site: (rx, sorted(pairs)) for site, (rx, pairs) in known.items()}


def date_from_number(url: str) -> DayInterval | None:
    """The months between which a page was published whose site numbers its articles in order: from the known
    page numbered just below to the one just above (none outside the known range). The value is the month found
    by interpolating the number between the two."""
    for rx, pairs in _sequences().values():
        m = rx.search(url)
        if m is None:
            continue
        n = int(m.group(1))
        k = bisect.bisect_left(pairs, n, key=itemgetter(0))
        if k < len(pairs) and pairs[k][0] == n:
            return DayInterval.parse(pairs[k][1])
        if k in (0, len(pairs)):
            return None
        (n1, month1), (n2, month2) = pairs[k - 1], pairs[k]
        first, last = sorted((DayInterval.parse(month1), DayInterval.parse(month2)), key=lambda d: d.earliest)
        months = (last.earliest.year - first.earliest.year) * 12 + last.earliest.month - first.earliest.month
        y, mo = add_months(first.earliest.year, first.earliest.month, round((n - n1) / (n2 - n1) * months))
        return DayInterval(first.earliest, last.latest, f"{y:04d}-{mo:02d}")
    return None
