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
import csv
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from .interval import DayInterval

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
def _sequences() -> dict[str, tuple[re.Pattern, list[int], list[str]]]:
    """Per site: the pattern of its article numbers, and the known numbers (sorted) with their months."""
    out: dict[str, tuple] = {}
    if not SEQUENCES.exists():
        return out
    lines = [line for line in SEQUENCES.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        rx, numbers, months = out.setdefault(row["site"], (re.compile(row["pattern"]), [], []))
        numbers.append(int(row["number"]))
        months.append(row["month"])
    for site, (rx, numbers, months) in out.items():
        order = sorted(range(len(numbers)), key=numbers.__getitem__)
        out[site] = (rx, [numbers[i] for i in order], [months[i] for i in order])
    return out


def date_from_number(url: str) -> DayInterval | None:
    """The months between which a page was published whose site numbers its articles in order: from the known
    page numbered just below to the one just above (none outside the known range). The value is the month found
    by interpolating the number between the two."""
    for rx, numbers, months in _sequences().values():
        m = rx.search(url)
        if m is None:
            continue
        n = int(m.group(1))
        k = bisect.bisect_left(numbers, n)
        if k < len(numbers) and numbers[k] == n:
            y, mo = map(int, months[k].split("-"))
            return DayInterval.month(y, mo)
        if k == 0 or k == len(numbers):
            return None
        lo, hi = sorted((months[k - 1], months[k]))
        (y1, m1), (y2, m2) = (map(int, lo.split("-")), map(int, hi.split("-")))
        a, b = y1 * 12 + m1 - 1, y2 * 12 + m2 - 1
        share = (n - numbers[k - 1]) / (numbers[k] - numbers[k - 1])
        guess = a + round(share * (b - a))
        first = DayInterval.month(y1, m1)
        last = DayInterval.month(y2, m2)
        return DayInterval(first.earliest, last.latest, f"{guess // 12:04d}-{guess % 12 + 1:02d}")
    return None
