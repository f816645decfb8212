"""Publication dates that news sites write into their URLs.

Many sites put the day in the path (``/2023/07/24/``, ``/2023-07-24-``, ``dmf20230717_``) or
at least the month (``/2023/07/``). For an article that comes with a URL but no date this is
better evidence than anything in the text, so it is used before content-based dating.
The shapes are not language data: they belong to web publishing, not to Dutch.
"""
from __future__ import annotations

import re
from datetime import date

from .interval import DayInterval

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
    return None
