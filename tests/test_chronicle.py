import pytest

from kroniek.article import Article
from kroniek.chronicle import Chronicle
from kroniek.readers import read_articles


def test_chronicle_broken_article_does_not_stop_others(rules_nlp, monkeypatch):
    chron = Chronicle("nl", nlp=rules_nlp, db="sqlite://")
    arts = [Article.make("Kiev werd beschoten.", origin="a"), Article.make("BOEM breekt alles.", origin="b"),
            Article.make("Charkiv bleef rustig.", origin="c")]
    proc = dict(rules_nlp.pipeline)["kroniek_entities"]
    real = type(proc).__call__

    def flaky(self, doc):
        if "BOEM" in doc.text:
            raise RuntimeError("kapot")
        return real(self, doc)

    monkeypatch.setattr(type(proc), "__call__", flaky)
    out = list(chron.extract(arts))
    assert [a.origin for a, _ in out] == ["a", "b", "c"]
    assert out[1][0].failed and "b: pipeline failed" in out[1][1]["errors"][0] and "kapot" in out[1][1]["errors"][0]
    assert not out[0][0].failed and not out[2][0].failed


def test_chronicle_ingest_interrupted_then_rerun(tmp_path, rules_nlp):
    src = tmp_path / "src"
    src.mkdir()
    for i in range(5):
        (src / f"a{i}.txt").write_text(f"date 2024-0{i + 1}\nBericht nummer {i} over Kiev.")
    db = f"sqlite:///{tmp_path / 'k.db'}"
    chron = Chronicle("nl", nlp=rules_nlp, db=db)

    def stop_after_two(art, rec, seen=[]):
        seen.append(art)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        chron.ingest(read_articles([src]), on_record=stop_after_two)
    assert chron.store.counts()["articles"] == 2
    summary = Chronicle("nl", nlp=rules_nlp, db=db).ingest(read_articles([src]))
    assert summary.articles == 5 and summary.ok
    assert chron.store.counts()["articles"] == 5


def test_chronicle_extract_text_with_date(chronicle):
    rec = chronicle.extract_text("Oekraïense troepen rukten op.", date="2023-07")
    assert rec["published"] == {"value": "2023-07", "earliest": "2023-07-01", "latest": "2023-07-31",
                                "source": "given"}


@pytest.mark.issue(4)
def test_chronicle_undated_article_dated_by_its_url(chronicle):
    # Regression (dev news): an undated article whose URL holds the day lost all its relative
    # times ("gisteren") to a loose inferred window.
    art = Article.make("Gisteren vielen er raketten op Charkiv.", url="https://example.org/2023/07/24/charkiv")
    rec = next(chronicle.extract([art]))[1]
    assert rec["published"] == {"value": "2023-07-24", "earliest": "2023-07-24", "latest": "2023-07-24",
                                "source": "url"}
    t = next(t for t in rec["times"] if t["text"].lower() == "gisteren")
    assert (t["earliest"], t["latest"]) == ("2023-07-23", "2023-07-23")
