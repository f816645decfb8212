"""kroniek.event_merge: one event per real-world event from an article's mentions (issue 6)."""
from kroniek.event_merge import apart, fold, inside, merge

KYIV = {"name": "Kyiv", "country": "UA", "kind": "city", "lat": 50.45, "lon": 30.52}
LVIV = {"name": "Lviv", "country": "UA", "kind": "city", "lat": 49.84, "lon": 24.03}
UKRAINE = {"name": "Ukraine", "country": "UA", "kind": "country", "lat": 48.4, "lon": 31.2}
KHARKIV_OBLAST = {"name": "Kharkiv Oblast", "country": "UA", "kind": "region", "lat": 49.5, "lon": 36.5}
BELGOROD = {"name": "Belgorod", "country": "RU", "kind": "city", "lat": 50.61, "lon": 36.58}


def mention(kind, place=None, when=None, **extra):
    ev = {"kind": kind, "event_type": "x", "sub_event_type": "x", "place": place, "geo_precision": None,
          "actor1": None, "actor2": None, "fatalities": None, "claim": None, "_admin1": None, "when": when,
          "time_precision": None, "_local": place is not None, "_refined": False, "_also": False, "_parties": set()}
    ev.update(extra)
    return ev


def day(d):
    return {"earliest": d, "latest": d, "source": "text"}


def test_inside_town_in_its_country_and_region():
    assert inside(KYIV, UKRAINE)
    assert not inside(UKRAINE, KYIV)
    assert not inside(KYIV, LVIV)  # same rank: neither holds the other


def test_inside_no_region_across_a_border():
    # Belgorod lies within a degree of the Kharkiv region's centre, but in Russia
    assert not inside(BELGOROD, KHARKIV_OBLAST)


def test_apart_only_for_times_the_text_gives():
    assert apart(day("2024-05-30"), day("2024-06-02"))
    assert not apart(day("2024-05-30"), {"earliest": "2024-05-01", "latest": "2024-05-31", "source": "text"})
    assert not apart(day("2024-05-30"), {"earliest": "2024-06-01", "latest": "2024-06-30", "source": "article"})


def test_merge_same_kind_and_place_is_one_event_with_the_better_place():
    events = []
    merge(events, mention("missile_strike", UKRAINE, actor1="Russia military"))
    merge(events, mention("missile_strike", KYIV, fatalities=3))
    assert len(events) == 1
    ev = events[0]
    assert ev["place"]["name"] == "Kyiv" and ev["fatalities"] == 3 and ev["actor1"] == "Russia military"
    assert ev["_mentions"] == 2


def test_merge_two_towns_or_two_days_are_two_events():
    events = []
    merge(events, mention("drone_strike", KYIV))
    merge(events, mention("drone_strike", LVIV))
    merge(events, mention("drone_strike", KYIV, when=day("2024-05-30")))
    merge(events, mention("drone_strike", KYIV, when=day("2024-06-02")))
    assert [(e["place"]["name"], (e["when"] or {}).get("earliest")) for e in events] == \
        [("Kyiv", "2024-05-30"), ("Lviv", None), ("Kyiv", "2024-06-02")]


def test_merge_drones_shot_down_stay_apart_from_the_strike():
    # "Drones struck Kyiv; air defence shot down most of the others": ACLED codes the interception apart
    events = []
    merge(events, mention("drone_strike", KYIV))
    merge(events, mention("drone_strike", KYIV, sub_event_type="Disrupted weapons use"))
    merge(events, mention("drone_strike", KYIV, sub_event_type="Disrupted weapons use"))
    assert [e["sub_event_type"] for e in events] == ["x", "Disrupted weapons use"]


def test_merge_also_in_a_town_of_the_country_is_a_further_event():
    events = []
    merge(events, mention("shelling", UKRAINE))
    merge(events, mention("shelling", KYIV, _also=True))
    assert len(events) == 2


def test_fold_explosion_into_the_strike_at_a_compatible_place():
    strike = mention("missile_strike", UKRAINE, _local=False)
    blast = mention("explosion", KYIV, fatalities=2)
    elsewhere = mention("explosion", BELGOROD)
    out = fold([strike, blast, elsewhere])
    assert [e["kind"] for e in out] == ["missile_strike", "explosion"]
    assert out[0]["place"]["name"] == "Kyiv" and out[0]["fatalities"] == 2


def test_fold_deaths_with_a_borrowed_place_into_the_strike():
    # Regression (held-out news): "There was reportedly also one dead." took Lviv from the sentence before
    # and stood as deaths in Lviv beside the missile strike on Kyiv.
    strike = mention("missile_strike", KYIV)
    dead = mention("casualties", LVIV, _local=False, fatalities=1)
    out = fold([strike, dead])
    assert out == [strike] and strike["fatalities"] == 1
    # deaths the sentence itself places elsewhere stay apart
    assert len(fold([mention("missile_strike", KYIV), mention("casualties", LVIV)])) == 2


def test_fold_a_town_beside_a_strike_on_the_country_is_a_further_site():
    # Regression (held-out news): "Een Russische raketaanval trof Oekraïne" and, later, damage "in Kyiv tijdens
    # de aanval" became one strike at Kyiv; the country's summary and the town are two locations.
    strike = mention("missile_strike", UKRAINE, actor1="Russia military")
    town = mention("attack", KYIV)
    blast = mention("explosion", LVIV)
    out = fold([strike, town, blast])
    # (explosions reported at a further town are the barrage's there too, as ACLED codes them: "residents of
    # Kyiv, Kharkiv and Odesa reported explosions" beside missiles on Ukraine)
    assert [(e["kind"], e["place"]["name"]) for e in out] == [
        ("missile_strike", "Ukraine"), ("missile_strike", "Kyiv"), ("missile_strike", "Lviv")]
    assert out[1]["actor1"] == "Russia military"


def test_people_evacuated_after_a_strike_are_part_of_its_story(nlp):
    # regression: residents evacuated after a drone hit a refinery were an event of their own
    doc = nlp("Een drone trof vannacht een raffinaderij in Toeapse. Tientallen bewoners werden geëvacueerd.")
    assert [e["kind"] for e in doc._.events] == ["drone_strike"]


def test_fold_drops_an_evacuation_beside_a_strike_at_a_compatible_place():
    strike, fled = mention("drone_strike", KYIV), mention("other", None, rule="evacuation")
    elsewhere = mention("other", LVIV, rule="evacuation")
    assert fold([strike, fled, elsewhere]) == [strike, elsewhere]


def test_fold_fire_at_a_town_into_the_strike_on_its_region_not_on_its_country():
    """A town "shelled" (no weapon named) in a region a missile struck is that strike's town; beside a strike on
    the whole country, or one placed nowhere, it stays shelling."""
    balakliia = {"name": "Balakliia", "country": "UA", "kind": "city", "lat": 49.46, "lon": 36.86}
    missile, fire = mention("missile_strike", KHARKIV_OBLAST), mention("shelling", balakliia, rule="fire")
    assert [(e["kind"], e["place"]["name"]) for e in fold([missile, fire])] == [("missile_strike", "Balakliia")]
    for host in (UKRAINE, None):
        out = fold([mention("missile_strike", host), mention("shelling", balakliia, rule="fire")])
        assert sorted(e["kind"] for e in out) == ["missile_strike", "shelling"]
    # artillery named as such is no missile's fire
    out = fold([mention("missile_strike", KHARKIV_OBLAST), mention("shelling", balakliia, rule="shelling")])
    assert sorted(e["kind"] for e in out) == ["missile_strike", "shelling"]
