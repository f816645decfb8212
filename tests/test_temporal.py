"""kroniek.temporal: calendar arithmetic behind kroniek_timex (issue 4)."""
import pytest

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
