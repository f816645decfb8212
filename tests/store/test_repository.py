from kroniek.store import Store


def _rec(aid="a1", **kw):
    rec = {"id": aid, "published": {"value": "2024-02", "earliest": "2024-02-01", "latest": "2024-02-29",
                                    "source": "given"},
           "entities": [], "places": [], "times": [], "quantities": [], "claims": [], "events": [],
           "errors": [], "origin": f"{aid}.txt", "url": None, "title": None}
    rec.update(kw)
    return rec


EVENT = {"kind": "shelling", "event_type": "Explosions/Remote violence",
         "sub_event_type": "Shelling/artillery/missile attack", "text": "beschoten", "start": 10, "end": 19,
         "actor1": "Russia military", "actor2": "civilians",
         "place": {"name": "Kharkiv", "country": "UA", "lat": 49.98, "lon": 36.25},
         "when": {"earliest": "2024-02-10", "latest": "2024-02-10"}, "fatalities": 3, "claim": 0}
CLAIM = {"text": "de stad werd beschoten", "start": 0, "end": 22, "cue": "meldt", "stance": "reported",
         "source": {"text": "de gouverneur", "start": 30, "end": 43, "name": "Oleh Synjehoebov", "kind": "person"}}


def test_repository_save_is_idempotent(store):
    rec = _rec(events=[EVENT], claims=[CLAIM])
    store.save(rec, "tekst")
    store.save(rec, "tekst")
    c = store.counts()
    assert c["articles"] == 1 and c["events"] == 1 and c["claims"] == 1


def test_repository_events_join_claim_and_filter(store):
    store.save(_rec("a1", events=[EVENT], claims=[CLAIM]), "x")
    later = {**EVENT, "kind": "capture", "when": {"earliest": "2024-03-01", "latest": "2024-03-31"}, "claim": None}
    store.save(_rec("a2", events=[later]), "y")
    rows = store.events()
    assert [r["kind"] for r in rows] == ["shelling", "capture"]
    assert rows[0]["source_name"] == "Oleh Synjehoebov" and rows[0]["stance"] == "reported"
    assert rows[1]["source_name"] is None
    assert [r["kind"] for r in store.events(since="2024-02-15")] == ["capture"]
    assert [r["kind"] for r in store.events(kind="shelling", place="kharkiv")] == ["shelling"]
    assert store.events(country="RU") == []
    assert [r["kind"] for r in store.events(source="synjeh")] == ["shelling"]


def test_repository_failure_cleared_when_article_later_succeeds(store):
    store.save_failure("a1.txt", "a1.txt: empty article")
    assert len(store.failures()) == 1
    store.save(_rec("a1"), "tekst")
    assert store.failures() == []


def test_repository_unicode_and_long_text(store):
    text = "Charkiv — “citaat” ’s nachts 😀 " * 2000
    store.save(_rec("u1", places=[{"text": "Charkiv", "start": 0, "end": 7, "name": "Kharkiv", "country": "UA",
                                   "lat": 49.98, "lon": 36.25, "kind": "city", "geonameid": 706483}]), text)
    assert store.record("u1")["places"][0]["name"] == "Kharkiv"
    assert store.has_text("u1", text)


def test_repository_sqlite_file_path(tmp_path):
    s = Store(str(tmp_path / "k.db"))
    s.save(_rec(), "t")
    assert Store(str(tmp_path / "k.db")).counts()["articles"] == 1


def test_repository_keeps_which_actors_were_inferred(store):
    store.save(_rec(events=[{**EVENT, "actors_inferred": ["actor1", "actor2"]}]), "t")
    assert store.events()[0]["actors_inferred"] == "actor1,actor2"


def test_repository_database_of_an_earlier_version_takes_new_columns(store, tmp_path):
    # A database made before the events table had 'actors_inferred': reopening it adds the column, keeps the rows.
    from sqlalchemy import text

    if store.url == "sqlite://":
        store = Store(str(tmp_path / "old.db"))  # (an in-memory database does not outlive its engine)
    store.save(_rec("old"), "t")
    with store.engine.begin() as conn:
        conn.execute(text("ALTER TABLE events DROP COLUMN actors_inferred"))
    again = Store(store.url)
    again.save(_rec("new", events=[{**EVENT, "actors_inferred": ["actor2"]}]), "t")
    assert again.counts()["articles"] == 2
    assert again.events()[0]["actors_inferred"] == "actor2"
