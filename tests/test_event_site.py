"""kroniek.event_site: where an event happened, among the article's geocoded places (issue 6)."""
import pytest

from kroniek.event_site import Siting
from kroniek.resources import load_table


def siting(nlp):
    return nlp.get_pipe("kroniek_event").site


def test_listed_towns_are_coordinated(nlp):
    doc = nlp("Er vielen raketten op Kramatorsk, Slovjansk en Droezjkivka.")
    first = min(doc._.places, key=lambda p: p["start"])
    listed = siting(nlp).coordinated(doc, next(doc.sents), {**first, "_start": first["start"]}, doc._.places)
    assert sorted(p["name"] for p in listed) == ["Druzhkivka", "Sloviansk"]


def test_the_city_refers_back_to_the_last_town_named(nlp):
    doc = nlp("Het leger trok zich terug uit Koepjansk. Later werd de zwaar getroffen stad opnieuw beschoten.")
    second = list(doc.sents)[1]
    assert siting(nlp).anaphor_place(second, doc._.places)["name"] == "Kupiansk"


def test_the_capital_of_a_nation_named_by_its_adjective(nlp):
    # regression: an air raid "on the Ukrainian capital" was placed in Russia, named the sentence before
    doc = nlp("Rusland vuurde opnieuw raketten af. Daarna volgde een luchtaanval op de Oekraïense hoofdstad.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events if e["text"] == "luchtaanval"] \
        == [("air_strike", "Kyiv")]


def test_the_capital_without_adjective_is_the_last_capital_named(nlp):
    doc = nlp("In Kiev ging het luchtalarm af. Daarna werd de hoofdstad opnieuw beschoten.")
    second = list(doc.sents)[1]
    assert siting(nlp).anaphor_place(second, doc._.places)["name"] == "Kyiv"


def test_a_source_is_not_the_place(nlp):
    doc = nlp("Kyiv meldt dat er in Cherson zware explosies waren.")
    trigger = next(t for t in doc if t.text == "explosies")
    place, local = siting(nlp).place(doc, next(doc.sents), trigger, doc._.places, set())
    assert (place["name"], local) == ("Kherson", True)


def test_siting_is_built_from_language_data():
    site = Siting("nl", roles={}, clause_head=lambda t: t, is_trigger=lambda t: False)
    assert "daar" in site.place_anaphors and "de" in site.definite


def test_a_town_a_bearing_is_taken_from_is_no_site_beside_another_town(nlp):
    # regression: "in <village>, ten zuiden van <town>" placed the event in the town of reference
    doc = nlp("In Hirske, een paar kilometer ten zuiden van Lysytsjansk, werden soldaten omsingeld.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("armed_clash", "Hirske")]
    # with no other place, the town of reference is the best site there is
    doc = nlp("Tien kilometer ten zuiden van Bachmoet wordt zwaar gevochten.")
    assert [e["place"]["name"] for e in doc._.events] == ["Bakhmut"]


@pytest.mark.parametrize("row", load_table("nl", "event/cause_words"), ids=lambda r: r["pattern"].split("|")[0])
def test_a_place_in_what_an_act_answers_is_not_its_site(nlp, row):
    """Every row of event/cause_words.tsv runs its own example: the act is where it happened, and the earlier
    event it answers stays an event of its own, not folded into the act nor armed with its weapon."""
    doc = nlp(row["example"])
    assert [f"{e['kind']}@{(e['place'] or {}).get('name') or ''}" for e in doc._.events] \
        == row["expected"].split(",")


def test_a_place_in_a_reprisal_is_not_the_site_of_the_act(nlp):
    # regression: air strikes "in reprisal for" sabotage near a town were placed in that town
    doc = nlp("Het leger voerde zondag een reeks luchtaanvallen uit als vergelding voor de sabotage van de brug "
              "bij Zaporizja.")
    assert [(e["kind"], e["place"]) for e in doc._.events] == [("air_strike", None)]


def test_a_statement_in_reaction_names_no_earlier_event(nlp):
    # regression: explosions a president "reacts to" were kept apart from the article's strike on the city
    doc = nlp("Raketten troffen maandag Kiev. De president sprak in een reactie op de explosies van een misdaad.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("missile_strike", "Kyiv")]


def test_what_a_capture_took_is_its_site_before_the_town_it_lies_near(nlp):
    # regression: "took the village X near Y" placed the capture at Y, the place nearer the verb
    doc = nlp("Oekraïense troepen hebben het dorp Klisjtsjijivka bij Bachmoet heroverd.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("territory_gain", "Klishchiivka")]
    # a strike is where its preposition puts it, not at what it hit
    doc = nlp("Een raket trof bij Charkiv een oliedepot.")
    assert [e["place"]["name"] for e in doc._.events] == ["Kharkiv"]


def test_where_missiles_were_fired_from_is_not_where_they_struck(nlp):
    # regression: missiles fired "vanaf" a sea were a strike on that sea ("vanuit" was known, "vanaf" not)
    doc = nlp("De marine meldt dat er vanaf de Zwarte Zee kruisraketten richting Oekraïne zijn gelanceerd.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("missile_strike", "Ukraine")]


def test_a_capital_among_several_subjects_acts_and_is_no_site(nlp):
    # regression: "Washington en Londen veroordeelden de aanval": the second subject became the attack's place
    doc = nlp("Washington en Londen veroordeelden de aanval op de haven.")
    assert [e["place"] for e in doc._.events] == [None]
    # towns listed as what was struck stay its sites
    doc = nlp("Kiev en Charkiv werden vannacht beschoten.")
    assert sorted(e["place"]["name"] for e in doc._.events) == ["Kharkiv", "Kyiv"]
