"""kroniek.event_sides: actors filled in from the sides of a war (issue 6)."""
from datetime import date

import pytest

from kroniek.event_sides import Sides

NAMES = {"RU": "Russia", "UA": "Ukraine", "FR": "France", "NL": "Netherlands"}


@pytest.fixture(scope="module")
def sides():
    return Sides("nl", NAMES)


def event(kind="missile_strike", place="Kyiv", country="UA", sub="Shelling/artillery/missile attack", **kw):
    return {"kind": kind, "sub_event_type": sub, "place": {"name": place, "country": country},
            "actor1": None, "actor2": None, "fatalities": None, **kw}


def test_sides_war_needs_both_states_and_its_days(sides):
    assert sides.war({"RU", "UA", "NL"}, date(2023, 5, 1)) == ("RU", "UA")
    assert sides.war({"UA", "NL"}, date(2023, 5, 1)) is None
    assert sides.war({"RU", "UA"}, date(2021, 5, 1)) is None
    assert sides.war({"RU", "UA"}, None) == ("RU", "UA")


@pytest.mark.parametrize("place,country,day,holder", [
    ("Kherson", "UA", date(2022, 6, 1), "RU"),   # occupied
    ("Kherson", "UA", date(2023, 6, 1), "UA"),   # after the withdrawal of 2022-11
    ("Sevastopol", "UA", date(2023, 6, 1), "RU"),
    ("Sudzha", "RU", date(2024, 9, 1), "UA"),
    ("Donetsk", "RU", date(2024, 9, 1), "RU"),   # the Donetsk of the Rostov region lies in Russia
    ("Lviv", "UA", None, "UA"),
])
def test_sides_holder_of_a_place_on_a_day(sides, place, country, day, holder):
    assert sides.holder({"name": place, "country": country}, day) == holder


def test_sides_strike_on_a_sides_ground_is_by_the_other_and_hits_civilians_named(sides):
    ev = event()
    sides.fill(ev, ("RU", "UA"), {"een", "flatgebouw"}, date(2024, 1, 1))
    assert (ev["actor1"], ev["actor2"], ev["actors_inferred"]) == ("Russia military", "civilians", ["actor1", "actor2"])
    ev = event(place="Sevastopol")
    sides.fill(ev, ("RU", "UA"), set(), date(2024, 1, 1))
    assert (ev["actor1"], ev["actor2"]) == ("Ukraine military", None)


def test_sides_a_side_striking_its_own_ground_or_an_outside_state_is_replaced(sides):
    for wrong in ("Ukraine military", "France military"):
        ev = event(actor1=wrong)
        sides.fill(ev, ("RU", "UA"), set(), date(2024, 1, 1))
        assert ev["actor1"] == "Russia military", wrong


def test_sides_weapons_shot_down_are_stopped_by_the_holder(sides):
    ev = event(kind="drone_strike", place="Moscow", country="RU", sub="Disrupted weapons use")
    sides.fill(ev, ("RU", "UA"), set(), date(2024, 1, 1))
    assert (ev["actor1"], ev["actor2"]) == ("Russia military", "Ukraine military")


def test_sides_a_clash_is_between_the_two_and_an_explosion_keeps_its_cause_open(sides):
    ev = event(kind="armed_clash", sub="Armed clash", place="Bakhmut")
    sides.fill(ev, ("RU", "UA"), set(), date(2022, 12, 1))
    assert (ev["actor1"], ev["actor2"]) == ("Russia military", "Ukraine military")
    ev = event(kind="explosion", sub="Remote explosive/landmine/IED")
    sides.fill(ev, ("RU", "UA"), set(), date(2022, 12, 1))
    assert ev["actor1"] is None


def test_sides_ground_changes_hands_between_the_two(sides):
    ev = event(kind="territory_gain", sub="Non-state actor overtakes territory", place="Avdiivka",
               actor1="Russia military")
    sides.fill(ev, ("RU", "UA"), set(), date(2024, 2, 20))
    assert ev["actor2"] == "Ukraine military"


def test_sides_an_outside_state_does_not_fight_and_the_attacker_is_not_the_attacked(sides):
    # Regression (news page): the Dutch minister quoted on Russia's Donbas offensive made it the Netherlands' clash.
    ev = event(kind="armed_clash", sub="Armed clash", place="Donbas", actor1="Netherlands military",
               actor2="Russia military")
    sides.fill(ev, ("RU", "UA"), set(), date(2022, 4, 20))
    assert (ev["actor1"], ev["actor2"]) == ("Russia military", "Ukraine military")
