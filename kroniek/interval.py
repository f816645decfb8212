"""Day intervals: every date kroniek reports is an honest ``[earliest, latest]``.

A publication date may be a day, a month or unknown; times resolved against it
widen with it. ``value`` keeps the TIMEX3-style label ("2023-07", "2023-W27").
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_ISO = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")


@dataclass(frozen=True)
class DayInterval:
    """A closed interval of days with a TIMEX3-style label.

    earliest (date | None): first possible day; None = unbounded.
    latest (date | None): last possible day; None = unbounded.
    value (str | None): label such as "2023-07", "2023-07-15", "2023-W27".
    """

    earliest: date | None
    latest: date | None
    value: str | None = None

    @classmethod
    def parse(cls, text: str) -> "DayInterval":
        """Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD".

        RETURNS (DayInterval): the interval the label denotes.
        Raises ValueError for anything else, including impossible dates.
        """
        m = _ISO.match(text.strip()) if isinstance(text, str) else None
        if not m:
            raise ValueError(text)
        y = int(m["year"])
        if m["day"]:
            d = date(y, int(m["month"]), int(m["day"]))
            return cls(d, d, d.isoformat())
        if m["month"]:
            return cls.month(y, int(m["month"]))
        return cls(date(y, 1, 1), date(y, 12, 31), f"{y:04d}")

    @classmethod
    def month(cls, year: int, month: int) -> "DayInterval":
        last = calendar.monthrange(year, month)[1]  # raises for month 13
        return cls(date(year, month, 1), date(year, month, last), f"{year:04d}-{month:02d}")

    @classmethod
    def day(cls, d: date) -> "DayInterval":
        return cls(d, d, d.isoformat())

    @property
    def known(self) -> bool:
        return self.earliest is not None and self.latest is not None

    @property
    def days(self) -> int | None:
        if not self.known:
            return None
        return (self.latest - self.earliest).days + 1

    @property
    def midpoint(self) -> date | None:
        if not self.known:
            return None
        return date.fromordinal((self.earliest.toordinal() + self.latest.toordinal()) // 2)

    def contains(self, other: "DayInterval") -> bool:
        return (self.known and other.known and self.earliest <= other.earliest
                and other.latest <= self.latest)

    def to_dict(self) -> dict:
        return {
            "value": self.value,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
        }


UNKNOWN = DayInterval(None, None, None)
