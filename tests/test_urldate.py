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


def test_a_running_article_number_is_dated_between_the_known_pages_around_it(tmp_path, monkeypatch):
    from kroniek import urldate

    table = tmp_path / "sequences.tsv"
    table.write_text("# test table\nsite\tpattern\tnumber\tmonth\n"
                     "example.org\texample\\.org/artikel/(\\d+)-\t100\t2023-01\n"
                     "example.org\texample\\.org/artikel/(\\d+)-\t200\t2023-05\n", encoding="utf-8")
    monkeypatch.setattr(urldate, "SEQUENCES", table)
    urldate._sequences.cache_clear()
    try:
        between = urldate.date_from_url("https://example.org/artikel/150-een-bericht")
        assert (between.value, between.earliest.isoformat(), between.latest.isoformat()) \
            == ("2023-03", "2023-01-01", "2023-05-31")
        assert urldate.date_from_url("https://example.org/artikel/100-x").value == "2023-01"
        assert urldate.date_from_url("https://example.org/artikel/250-x") is None  # beyond the known pages
        assert urldate.date_from_url("https://elders.example/artikel/150-x") is None
    finally:
        urldate._sequences.cache_clear()


def test_the_shipped_table_dates_a_numbered_page():
    # the project's own table (scripts/build_url_sequences.py) knows the numbered sites it lists
    from kroniek.urldate import _sequences

    assert {"nos.nl", "nu.nl", "nd.nl", "nhnieuws.nl"} <= set(_sequences())
