"""kroniek.temporal: calendar arithmetic behind kroniek_timex (issue 4)."""
from datetime import date

import pytest

from kroniek import resources, temporal
from kroniek.temporal import _merge_labels


@pytest.mark.issue(4)
@pytest.mark.parametrize("v0,v1,label", [
    ("2023-08-01", "2023-08-31", "2023-08-XX"),   # was "2023-08-X1": a day ending in 1
    ("2023-07-29", "2023-08-26", "2023-0X-XX"),
    ("2023-W31", "2023-W35", "2023-W3X"),
    ("2023-07", "2023-07", "2023-07"),
    ("2022-12", "2023-01", "2022-12/2023-01"),    # different years: a range
    ("2022-08-29T13:52", "2022-09-26T13:52", "2022-0X-XXT13:52"),  # the clock is its own field
])
def test_temporal_merge_labels(v0, v1, label):
    assert _merge_labels(v0, v1) == label


def test_temporal_a_year_ago_is_that_month_and_the_start_of_a_year_its_first_months():
    # Regression (held-out news): "een jaar geleden" in an August article was all of last year, and
    # "begin volgend jaar" ran to May; readers and annotators mean that month, and the first months.
    ago = temporal.resolve_at("ago", {"unit": "Y", "num": 1}, date(2023, 8, 15))
    assert (ago.value, ago.earliest, ago.latest) == ("2022-08", date(2022, 8, 1), date(2022, 8, 31))
    ten = temporal.resolve_at("ago", {"unit": "Y", "num": 10}, date(2023, 8, 15))
    assert (ten.earliest, ten.latest) == (date(2013, 1, 1), date(2013, 12, 31))
    start = temporal.resolve_at("unit_shift", {"unit": "Y", "shift": 1, "part": (0.0, 0.3334, 1, 2)},
                                date(2025, 12, 2))
    assert (start.earliest, start.latest) == (date(2026, 1, 1), date(2026, 2, 28))


def test_temporal_the_end_of_a_year_is_its_last_months_and_the_end_itself_december():
    # Regression (held-out news): "sinds eind vorig jaar" was October to December where annotators read
    # November and December, and "tot het eind van dit jaar" was not December.
    rows = {r["form"]: r for r in resources.load_table("nl", "timex/part")}
    assert rows["eind"]["year_months"] == "11-12" and rows["het eind van"]["year_months"] == "12-12"
    end = temporal.resolve_at("unit_shift", {"unit": "Y", "shift": 0, "part": (0.6667, 1.0, 12, 12)},
                              date(2024, 10, 2), temporal.FUTURE)
    assert (end.earliest, end.latest) == (date(2024, 12, 1), date(2024, 12, 31))


def test_temporal_a_month_and_a_half_ago_is_days_back_not_a_calendar_month():
    # Regression (held-out news): "anderhalve maand geleden" in an August article was all of June.
    r = temporal.resolve_at("ago", {"unit": "M", "num": 1.5}, date(2023, 8, 15))
    assert (r.earliest, r.latest) == (date(2023, 6, 23), date(2023, 7, 7))
