from datetime import date

import pytest

from kroniek.article import Article
from kroniek.urldate import date_from_url


@pytest.mark.parametrize("url,earliest,latest", [
    ("https://example.org/2023/07/24/frontlijn-verschuift", "2023-07-24", "2023-07-24"),
    ("https://krant.example/cnt/dmf20230717_0001", "2023-07-17", "2023-07-17"),
    ("https://example.org/nieuws/2024-02-17-stad-gevallen", "2024-02-17", "2024-02-17"),
    ("https://example.org/archief/2022/03/luchtalarm", "2022-03-01", "2022-03-31"),
])
def test_date_from_url(url, earliest, latest):
    d = date_from_url(url)
    assert (d.earliest, d.latest) == (date.fromisoformat(earliest), date.fromisoformat(latest))


@pytest.mark.parametrize("url", [
    None, "", "https://example.org/nieuws/frontlijn",
    "https://example.org/nieuws/218866279/artikel",   # an article number, not a date
    "https://example.org/2023/13/40/onmogelijk",      # no such day or month
    "https://2023.example.org/",                       # a host name holds no date
])
def test_date_from_url_none(url):
    assert date_from_url(url) is None


def test_article_anchor_prefers_given_date():
    art = Article.make("tekst", url="https://example.org/2023/07/24/x")
    assert art.published_source == "url" and art.anchor.value == "2023-07-24"
    from kroniek.interval import DayInterval
    art.published = DayInterval.parse("2023-08")
    assert art.published_source == "given" and art.anchor.value == "2023-08"
