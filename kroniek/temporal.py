"""Calendar arithmetic for time expressions resolved against an uncertain anchor.

Language-neutral: a recognised expression arrives as a ``kind`` plus normalised
fields (``{"month": 6, "part": (0, 1/3)}``); this module turns it into a
TIMEX3-style value and an honest day interval. The anchor (the publication date)
is itself an interval; every resolution here is monotone in the anchor day, so
the hull of the results at the anchor's first and last day covers every day in
between ("zaterdag" in an article of July 2023 = a Saturday from 24 June to 29 July).
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from .interval import DayInterval

UNIT_DAYS = {"S": 1 / 86400, "MIN": 1 / 1440, "H": 1 / 24, "D": 1, "W": 7, "WE": 7, "M": 30.44, "Y": 365.25, "DE": 3652.5, "CE": 36525}
TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}
PAST, NEAREST, FUTURE = -1, 0, 1
# How long after a season ends "deze <season>" still means that one rather than the next (days).
THIS_SEASON_AFTER_END_DAYS = 80
YEAR_PICKING = {"date", "date_range", "month", "month_range", "season", "night", "datetime"}


@dataclass
class Resolved:
    """One resolution: a label and a closed day interval (None = not determinable)."""

    value: str | None
    earliest: date | None = None
    latest: date | None = None


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    """The year and month n months after (or before, n < 0) month m of year y."""
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# "een/twee jaar geleden" name the month that many years back; longer spans, and the future, name a year.
MONTH_PRECISE_YEARS = 2


def _sub(e: date, l: date, part: tuple | None) -> tuple[date, date]:
    """The fraction ``part`` of the interval [e, l] ("begin juni" = first third of June); of a whole year, the
    months the part names when it names them (``part`` = (start, end, first month, last month))."""
    if not part:
        return e, l
    if len(part) > 3 and (e.month, e.day, l.month, l.day) == (1, 1, 12, 31) and e.year == l.year:
        return date(e.year, int(part[2]), 1), _month_end(e.year, int(part[3]))
    n = (l - e).days + 1
    a = int(n * part[0])
    b = int(n * part[1]) - 1 if part[1] < 1 else n - 1
    return e + timedelta(days=a), e + timedelta(days=max(a, b))


def _week(d: date) -> tuple[date, date, str]:
    mon = d - timedelta(days=d.weekday())
    iso = mon.isocalendar()
    return mon, mon + timedelta(days=6), f"{iso[0]:04d}-W{iso[1]:02d}"


def _pick_year(make, a: date, direction: int):
    """The candidate ``make(year)`` nearest ``a`` in ``direction``; make returns (e, l) or None.

    Past: the latest one that starts on or before ``a``; future: the first that ends on or
    after ``a``; nearest: whichever start is closer.
    """
    cands = [c for c in (make(y) for y in range(a.year - 2, a.year + 3)) if c]
    past = [c for c in cands if c[0] <= a]
    fut = [c for c in cands if c[1] >= a]
    if direction == PAST and past:
        return max(past, key=lambda c: c[0])
    if direction == FUTURE and fut:
        return min(fut, key=lambda c: c[0])
    return min(cands, key=lambda c: abs((c[0] - a).days)) if cands else None


def resolve_at(kind: str, f: dict, a: date | None, direction: int = PAST) -> Resolved:
    """Resolve one expression against one anchor day.

    kind (str): the rule's kind ("date", "month", "weekday", ...).
    f (dict): normalised fields of the match.
    a (date | None): the anchor day; None when unknown (only absolute forms resolve).
    direction (int): PAST, NEAREST or FUTURE for forms that leave the year or week open.
    RETURNS (Resolved): value and interval (interval None if not determinable).
    """
    fn = _KINDS.get(kind)
    if fn is None:
        return Resolved(None)
    return fn(f, a, direction)


def _r_date(f, a, direction):
    day, month, year = f.get("day"), f.get("month"), f.get("year")
    if day is None or month is None:
        return Resolved(None)
    if year is not None:
        d = _safe_date(year, month, day)
        return Resolved(d.isoformat(), d, d) if d else Resolved(None)
    if a is None:
        return Resolved(f"XXXX-{month:02d}-{day:02d}")
    c = _pick_year(lambda y: (lambda d: (d, d) if d else None)(_safe_date(y, month, day)), a, direction)
    if not c:
        return Resolved(None)
    return Resolved(c[0].isoformat(), c[0], c[0])


def _r_date_range(f, a, direction):
    """"van 23 tot 27 september", "30 juni - 2 juli 2023": the month (and year) name both ends."""
    m2 = f.get("month_2") or f.get("month")
    first = _r_date({"day": f.get("day"), "month": f.get("month"), "year": f.get("year")}, a, direction)
    if first.earliest is None:
        return Resolved(None)
    start = first.earliest
    end = _safe_date(start.year, m2, f.get("day_2") or start.day)
    if end is None:
        return Resolved(None)
    if end < start:
        end = _safe_date(start.year + 1, m2, end.day) or end
    return Resolved(f"{start.isoformat()}/{end.isoformat()}", start, end)


def _month_interval(y, m, part):
    e, l = _sub(date(y, m, 1), _month_end(y, m), part)
    return e, l


def _r_month(f, a, direction):
    month, year, part = f.get("month"), f.get("year"), f.get("part")
    if month is None:
        return Resolved(None)
    if year is None and f.get("shift_y") is not None and a is not None:
        year = a.year + int(f["shift_y"])
    if year is not None:
        e, l = _month_interval(year, month, part)
        return Resolved(f"{year:04d}-{month:02d}", e, l)
    if a is None:
        return Resolved(f"XXXX-{month:02d}")
    # The anchor's own month counts as past and as future: "in juni" written in June.
    if direction == PAST:
        y = a.year if month <= a.month else a.year - 1
    elif direction == FUTURE:
        y = a.year if month >= a.month else a.year + 1
    else:
        y = min((a.year - 1, a.year, a.year + 1), key=lambda y: abs((y * 12 + month) - (a.year * 12 + a.month)))
    e, l = _month_interval(y, month, part)
    return Resolved(f"{y:04d}-{month:02d}", e, l)


def _r_year(f, a, direction):
    year = f.get("year")
    if year is None:
        return Resolved(None)
    e, l = _sub(date(year, 1, 1), date(year, 12, 31), f.get("part"))
    return Resolved(f"{year:04d}", e, l)


def _r_decade(f, a, direction):
    dec = f.get("decade")
    if dec is None:
        return Resolved(None)
    if dec < 100:
        dec = 1900 + dec if dec >= 30 else 2000 + dec
    dec -= dec % 10
    return Resolved(f"{dec // 10:03d}X", date(dec, 1, 1), date(dec + 9, 12, 31))


def _season_at(y, bounds):
    (sm, sd), (em, ed) = bounds
    e = date(y, sm, sd)
    ly = y + 1 if (em, ed) < (sm, sd) else y
    if (em, ed) == (2, 28):
        ed = calendar.monthrange(ly, 2)[1]  # winter ends on the last day of February, 29th in a leap year
    l = date(ly, em, ed)
    return e, l


def _r_season(f, a, direction):
    s = f.get("season")
    if not s:
        return Resolved(None)
    code, bounds = s
    year = f.get("year")
    if year is None and f.get("shift_y") is not None:
        # "de zomer van vorig jaar": the season of the anchor's year, shifted.
        if a is None:
            return Resolved(f"XXXX-{code}")
        year = a.year + int(f["shift_y"])
    if year is None and a is not None and f.get("shift") is not None:
        # "afgelopen winter": the last one begun before the anchor; "komende zomer": the next.
        cur = _pick_year(lambda y: _season_at(y, bounds), a, PAST)
        if int(f["shift"]) < 0:
            year = cur[0].year if cur[1] < a else cur[0].year - 1
        elif int(f["shift"]) > 0:
            year = cur[0].year + 1 if cur[0] <= a else cur[0].year
        else:
            # "deze zomer" said within three months of its end, or in the past tense, is the one just past
            year = cur[0].year if direction == PAST or cur[1] >= a - timedelta(days=THIS_SEASON_AFTER_END_DAYS) \
                else cur[0].year + 1
    if year is not None:
        e, l = _sub(*_season_at(year, bounds), f.get("part"))
        return Resolved(f"{year:04d}-{code}", e, l)
    if a is None:
        return Resolved(f"XXXX-{code}")
    c = _pick_year(lambda y: _season_at(y, bounds), a, direction)
    e, l = _sub(*c, f.get("part"))
    return Resolved(f"{c[0].year:04d}-{code}", e, l)


def _unit_interval(unit: str, a: date, shift: int):
    """The calendar unit containing ``a``, moved ``shift`` units. RETURNS (e, l, label)."""
    if unit == "D":
        d = a + timedelta(days=shift)
        return d, d, d.isoformat()
    if unit == "W":
        e, l, label = _week(a + timedelta(days=7 * shift))
        return e, l, label
    if unit == "WE":
        # Weekend of the anchor's week; "vorig weekend" = the last one already over.
        sat = a - timedelta(days=a.weekday()) + timedelta(days=5)
        if shift < 0:
            sat = sat - timedelta(days=7) if sat + timedelta(days=1) >= a else sat
            sat += timedelta(days=7 * (shift + 1))
        elif shift > 0:
            sat = sat if sat > a else sat + timedelta(days=7)
            sat += timedelta(days=7 * (shift - 1))
        iso = sat.isocalendar()
        return sat, sat + timedelta(days=1), f"{iso[0]:04d}-W{iso[1]:02d}-WE"
    if unit == "M":
        y, m = add_months(a.year, a.month, shift)
        return date(y, m, 1), _month_end(y, m), f"{y:04d}-{m:02d}"
    if unit == "Q":
        y, m = add_months(a.year, a.month - (a.month - 1) % 3, 3 * shift)
        return date(y, m, 1), _month_end(y, m + 2), f"{y:04d}-Q{(m + 2) // 3}"
    if unit == "Y":
        y = a.year + shift
        return date(y, 1, 1), date(y, 12, 31), f"{y:04d}"
    if unit == "DE":
        y = a.year - a.year % 10 + 10 * shift
        return date(y, 1, 1), date(y + 9, 12, 31), f"{y // 10:03d}X"
    return None


def _r_unit_shift(f, a, direction):
    unit = f.get("unit")
    if not unit:
        return Resolved(None)
    shift = int(f.get("shift") or 0)
    if a is None:
        return Resolved({"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}.get(unit[0]))
    r = _unit_interval(unit if unit in ("WE", "Q") else unit[0], a, shift)
    if r is None:
        return Resolved(None)
    e, l, label = r
    e, l = _sub(e, l, f.get("part"))
    clip = f.get("clip")
    if clip is None and shift == 0 and direction != NEAREST:
        # "deze week" in a past-tense sentence: the days of this week up to the anchor (and vice versa).
        clip = "past" if direction == PAST else "future"
    if clip == "past":
        l = min(l, a)
    elif clip == "future":
        e = max(e, a)
    return Resolved(label, e, l)


def _r_rolling(f, a, direction):
    back = int(f.get("roll") or -1) < 0
    unit = f.get("unit")
    num = f.get("num")
    if num is not None and unit:
        days = max(1, int(round(float(num) * UNIT_DAYS.get(unit, 1))))
    else:
        days = int(f.get("rolling") or 7)
    if a is None:
        return Resolved("PAST_REF" if back else "FUTURE_REF")
    if unit == "WE" and num is None:
        # "afgelopen weekend" is the last weekend, a calendar unit, not the last three days.
        e, l, label = _unit_interval("WE", a, -1 if back else 1)
        return Resolved(label, e, l)
    if back:
        return Resolved("PAST_REF", a - timedelta(days=days), a)
    if num is not None and f.get("qual") is None:
        # "de komende drie dagen": counted from tomorrow.
        return Resolved("FUTURE_REF", a + timedelta(days=1), a + timedelta(days=days))
    return Resolved("FUTURE_REF", a, a + timedelta(days=days))


def _r_ago(f, a, direction):
    unit, num = f.get("unit"), f.get("num")
    if not unit or num is None:
        return Resolved(None)
    sign = 1 if int(f.get("ahead") or 0) else -1
    if a is None:
        return Resolved(None)
    num = float(num)
    lo, hi = f.get("qual") or (0.0, 0.0)
    if unit == "D":
        d = a + timedelta(days=sign * int(num))
        e, l = d + timedelta(days=int(lo * num) if sign > 0 else -int(hi * num)), \
            d + timedelta(days=int(hi * num) if sign > 0 else -int(lo * num))
        return Resolved(d.isoformat(), min(e, l), max(e, l))
    if unit == "W":
        d = a + timedelta(days=sign * int(7 * num))
        return Resolved(d.isoformat(), d - timedelta(days=3), d + timedelta(days=3))
    if unit == "M":
        if num != int(num):
            # "anderhalve maand geleden": that many days back, give or take a week, not a calendar month
            d = a + timedelta(days=sign * round(num * UNIT_DAYS["M"]))
            return Resolved(d.isoformat(), d - timedelta(days=7), d + timedelta(days=7))
        n = int(round(num))
        y, m = add_months(a.year, a.month, sign * n)
        e, l = date(y, m, 1), _month_end(y, m)
        if lo or hi:
            e -= timedelta(days=15)
            l += timedelta(days=15)
        return Resolved(f"{y:04d}-{m:02d}", e, l)
    if unit == "Y":
        n = int(round(num))
        if n <= MONTH_PRECISE_YEARS and sign < 0 and not (lo or hi):
            # "een jaar geleden": about this month a year back, as news means it (an anniversary)
            y, m = add_months(a.year, a.month, sign * 12 * n)
            return Resolved(f"{y:04d}-{m:02d}", date(y, m, 1), _month_end(y, m))
        y = a.year + sign * n
        return Resolved(f"{y:04d}", date(y, 1, 1), date(y, 12, 31))
    return Resolved(None)


def _r_weekday(f, a, direction):
    wd = f.get("weekday")
    if wd is None:
        return Resolved(None)
    suffix = f"T{f['daypart']}" if f.get("daypart") else ""
    if a is None:
        return Resolved(f"XXXX-WXX-{wd}{suffix}")
    shift = f.get("shift")
    if shift is not None:
        mon = a - timedelta(days=a.weekday()) + timedelta(days=7 * int(shift))
        d = mon + timedelta(days=wd - 1)
    elif f.get("relative_shift"):
        # "komende maandag" / "afgelopen maandag": never the anchor day itself.
        if direction == FUTURE:
            d = a + timedelta(days=(wd - 2 - a.weekday()) % 7 + 1)
        else:
            d = a - timedelta(days=(a.weekday() - wd) % 7 + 1)
    elif direction == FUTURE:
        d = a + timedelta(days=(wd - 1 - a.weekday()) % 7)
    else:
        d = a - timedelta(days=(a.weekday() - (wd - 1)) % 7)
    e = d - timedelta(days=1) if f.get("daypart") == "NI" and f.get("night_before") else d
    return Resolved(d.isoformat() + suffix, e, d)


def _r_night(f, a, direction):
    """"de nacht van zaterdag op zondag": the second day, starting the evening before."""
    if f.get("day_2") is not None:
        r = _r_date({"day": f["day_2"], "month": f.get("month"), "year": f.get("year")}, a, direction)
    else:
        r = _r_weekday({"weekday": f.get("weekday_2") or f.get("weekday")}, a, direction)
    if r.earliest is None:
        return Resolved((r.value or "") + "TNI" if r.value else None)
    return Resolved(r.earliest.isoformat() + "TNI", r.earliest - timedelta(days=1), r.latest)


def _r_deictic(f, a, direction):
    off = f.get("deictic")
    if not off:
        return Resolved(None)
    label, lo, hi = off[:3]
    part = f"T{off[3]}" if len(off) > 3 and off[3] else ""
    if a is None:
        return Resolved("PRESENT_REF" if label == "REF" else None)
    d = a if label == "REF" else a + timedelta(days=int(label))
    return Resolved(d.isoformat() + part, a + timedelta(days=lo), a + timedelta(days=hi))


def _r_duration(f, a, direction):
    unit = f.get("unit")
    if not unit:
        return Resolved(None)
    num = f.get("num")
    n = "X" if num is None else (f"{num:g}" if isinstance(num, float) else str(num))
    if unit in TIME_UNITS:
        return Resolved(f"PT{n}{TIME_UNITS[unit]}")
    return Resolved(f"P{n}{'D' if unit == 'WE' else unit[:1] if unit in ('D', 'W', 'M', 'Y') else unit}")


def _clock_label(f) -> str | None:
    h = f.get("hour")
    if h is None:
        return None
    if f.get("clockpart") == "PM" and h < 12:
        h += 12
    elif f.get("clockpart") == "AM" and h == 12:
        h = 0
    label = f"T{h:02d}:{int(f.get('minute') or 0):02d}"
    return label + (f":{int(f['second']):02d}" if f.get("second") is not None else "")


def _r_clock(f, a, direction):
    label = _clock_label(f)
    if label is None:
        return Resolved(None)
    if a is None:
        return Resolved(label)
    return Resolved(a.isoformat() + label, a, a)


def _r_datetime(f, a, direction):
    """A day expression with a clock time: the day's interval, the day's value plus the time."""
    day = resolve_at(f.get("day_kind") or "date", {k: v for k, v in f.items() if k != "daypart"}, a, direction)
    label = _clock_label(f)
    if day.value is None or label is None:
        return day
    return Resolved(day.value.split("T")[0] + label, day.earliest, day.latest)


def _r_quarter(f, a, direction):
    q, year = f.get("quarter") or f.get("ordinal"), f.get("year")
    if not q or not 1 <= q <= 4 or year is None:
        return Resolved(None)
    e = date(year, 3 * q - 2, 1)
    return Resolved(f"{year:04d}-Q{q}", e, _month_end(year, 3 * q))


def _r_month_range(f, a, direction):
    """"van juni tot augustus": the first month resolved as a month, the second the next one after it."""
    first = _r_month({"month": f.get("month"), "year": f.get("year") if f.get("month_2", 0) >= f.get("month", 0)
                      else (f["year"] - 1 if f.get("year") else None)}, a, direction)
    if first.earliest is None:
        return Resolved(None if first.value is None else f"{first.value}/XXXX-{f.get('month_2', 0):02d}")
    y2 = first.earliest.year + (1 if f["month_2"] < f["month"] else 0)
    end = date(y2, f["month_2"], 1) - timedelta(days=1) if f.get("exclusive_end") else _month_end(y2, f["month_2"])
    return Resolved(f"{first.value}/{y2:04d}-{f['month_2']:02d}", first.earliest, end)


def _r_year_range(f, a, direction):
    y1, y2 = f.get("year"), f.get("year_2")
    if y1 is None or y2 is None or y2 < y1:
        return Resolved(None)
    if f.get("exclusive_end"):
        return Resolved(f"{y1:04d}/{y2:04d}", date(y1, 1, 1), date(y2, 1, 1) - timedelta(days=1))
    return Resolved(f"{y1:04d}/{y2:04d}", date(y1, 1, 1), date(y2, 12, 31))


def _r_iso_week(f, a, direction):
    n = f.get("weeknum")
    year = f.get("year") or (a.year if a else None)
    if n is None or year is None:
        return Resolved(f"XXXX-W{n:02d}" if n else None)
    try:
        mon = date.fromisocalendar(year, n, 1)
    except ValueError:
        return Resolved(None)
    return Resolved(f"{year:04d}-W{n:02d}", mon, mon + timedelta(days=6))


def _r_century(f, a, direction):
    c = f.get("century")
    if not c:
        return Resolved(None)
    y = (c - 1) * 100
    return Resolved(f"{c - 1:02d}", date(max(y, 1), 1, 1), date(y + 99, 12, 31))


def _r_set(f, a, direction):
    """Recurring times ("elke maandag", "wekelijks"): a TIMEX3 set value, no interval."""
    if f.get("setword"):
        return Resolved(f["setword"])
    if f.get("weekday"):
        return Resolved(f"XXXX-WXX-{f['weekday']}" + (f"T{f['daypart']}" if f.get("daypart") else ""))
    if f.get("unit"):
        return _r_duration({"unit": f["unit"], "num": f.get("num") or 1}, a, direction)
    return Resolved(None)


_KINDS = {
    "month_range": _r_month_range,
    "iso_week": _r_iso_week,
    "year_range": _r_year_range,
    "century": _r_century,
    "set": _r_set,
    "clock": _r_clock,
    "datetime": _r_datetime,
    "quarter": _r_quarter,
    "date": _r_date,
    "date_range": _r_date_range,
    "month": _r_month,
    "year": _r_year,
    "decade": _r_decade,
    "season": _r_season,
    "unit_shift": _r_unit_shift,
    "rolling": _r_rolling,
    "ago": _r_ago,
    "weekday": _r_weekday,
    "night": _r_night,
    "deictic": _r_deictic,
    "duration": _r_duration,
}


def _merge_labels(v0: str | None, v1: str | None) -> str | None:
    """One label for two resolutions: equal labels stay; from the first differing character on, digits become X."""
    if v0 == v1 or v1 is None:
        return v0
    if v0 is None:
        return v1
    if len(v0) != len(v1) or v0[:4] != v1[:4]:
        # Different years: a range label says more than "202X-0X".
        return f"{v0}/{v1}"
    if "T" in v0 and "T" in v1 and v0.index("T") == v1.index("T"):
        # date and clock are separate fields: "Monday at 13:52" keeps its clock when the day is unknown
        (d0, t0), (d1, t1) = v0.split("T", 1), v1.split("T", 1)
        return f"{_merge_labels(d0, d1)}T{_merge_labels(t0, t1)}"
    # From the first differing character on, every digit is unknown: days 01 and 31 make "XX", not "X1".
    k = next(i for i, (c, d) in enumerate(zip(v0, v1)) if c != d)
    return v0[:k] + "".join("X" if c.isalnum() else c for c in v0[k:])


def resolve(kind: str, f: dict, anchor: DayInterval, direction: int = PAST) -> Resolved:
    """Resolve against an anchor interval: the hull of the resolutions at its two ends.

    kind (str): the rule's kind.
    f (dict): normalised fields.
    anchor (DayInterval): the publication date, a day, a month or unknown.
    direction (int): PAST, NEAREST or FUTURE.
    RETURNS (Resolved): the value and the widened interval.
    """
    if not anchor.known:
        return resolve_at(kind, f, None, direction)
    r0 = resolve_at(kind, f, anchor.earliest, direction)
    if anchor.earliest == anchor.latest:
        return r0
    r1 = resolve_at(kind, f, anchor.latest, direction)
    if kind in YEAR_PICKING and r0.value != r1.value and r0.earliest and r1.earliest \
            and abs((r1.earliest - r0.earliest).days) > 300:
        # A year apart: the candidate inside the anchor window is the one meant
        # ("16 juni" in a June article is this June, not last year's).
        return r1 if direction != FUTURE else r0
    if r0.earliest is None or r1.earliest is None:
        return Resolved(_merge_labels(r0.value, r1.value))
    value = _merge_labels(r0.value, r1.value)
    if kind == "weekday" and r0.value != r1.value and value:
        value = f"XXXX-WXX-{f['weekday']}" + (f"T{f['daypart']}" if f.get("daypart") else "")
    return Resolved(value, min(r0.earliest, r1.earliest), max(r0.latest, r1.latest))
