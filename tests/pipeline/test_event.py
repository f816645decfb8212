"""kroniek_event: triggers, ACLED types, actors, places, modality and merging (issue 6)."""
from pathlib import Path

import pytest

from kroniek.readers import read_articles
from kroniek.resources import load_table

from ..conftest import run

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "data" / "seeds"
KEYS = {"kind", "event_type", "sub_event_type", "text", "start", "end", "actor1", "actor2", "place", "when",
        "fatalities", "claim", "modality", "sentence", "rule", "geo_precision", "time_precision"}


def events(nlp, text):
    return nlp(text)._.events


def sites(nlp, text):
    """The (kind, place name) of each event of the text."""
    return {(e["kind"], (e["place"] or {}).get("name")) for e in events(nlp, text)}


@pytest.mark.parametrize("row", load_table("nl", "event/triggers"), ids=lambda r: r["id"])
def test_event_trigger_examples(rules_nlp, row):
    kinds = [e["kind"] for e in events(rules_nlp, row["example"])]
    assert row["expected"] in kinds, (row["example"], kinds)


@pytest.mark.parametrize("row", load_table("nl", "event/refinements"), ids=lambda r: r["id"])
def test_event_refinement_examples(rules_nlp, row):
    got = [f"{e['kind']}/{e['sub_event_type']}" for e in events(rules_nlp, row["example"])]
    assert row["expected"] in got, (row["example"], got)


def test_event_delivery_verb_needs_a_weapon(rules_nlp):
    assert events(rules_nlp, "Het bedrijf levert nog steeds gas aan Europa.") == []


@pytest.mark.parametrize("text", [
    "Het leger heeft de stad Bachmoet niet ingenomen.",
    "Het land wil volgend jaar tanks aan Oekraïne leveren.",
    # a hedged plan is still a plan (a news page: it merged into a real capture and lent it an actor)
    pytest.param("Mogelijk wil het leger Koepjansk veroveren.", marks=pytest.mark.issue(6)),
    # permission is not the deed (held-out news: "mogen de toestellen worden overgedragen")
    pytest.param("Zodra de training klaar is, mogen de straaljagers aan Oekraïne worden geleverd.",
                 marks=pytest.mark.issue(6)),
])
def test_event_unreal_mentions_make_no_event(rules_nlp, text):
    assert events(rules_nlp, text) == []


def test_event_shape_and_offsets(rules_nlp):
    text = "Oekraïense troepen hebben bij Bachmoet vijf Russische soldaten gevangengenomen."
    (ev,) = events(rules_nlp, text)
    assert KEYS <= set(ev)
    assert text[ev["start"]:ev["end"]] == ev["text"] == "gevangengenomen"
    assert (ev["kind"], ev["event_type"], ev["sub_event_type"]) == ("capture", "Strategic developments", "Other")
    assert (ev["actor1"], ev["actor2"]) == ("Ukraine military", "Russia military")
    assert ev["place"]["name"] == "Bakhmut" and ev["geo_precision"] == 1
    assert ev["modality"] == "asserted"


def test_event_merges_repeated_mentions(rules_nlp):
    text = ("Russische troepen hebben het dorp Robotyne ingenomen. "
            "Het dorp werd na weken van zware strijd ingenomen, meldt het leger.")
    kinds = [e["kind"] for e in events(rules_nlp, text)]
    assert kinds.count("territory_gain") == 1


def test_event_two_towns_two_events(rules_nlp):
    text = "In Charkiv vond een droneaanval plaats. Ook in Odesa was er een droneaanval."
    places = sorted(e["place"]["name"] for e in events(rules_nlp, text) if e["kind"] == "drone_strike")
    assert places == ["Kharkiv", "Odesa"]


def test_event_when_falls_back_to_article_date(extract):
    rec = extract("Er wordt hevig gevochten bij Bachmoet.", date="2023-07")
    (ev,) = rec["events"]
    assert ev["when"]["earliest"] == "2023-07-01" and ev["when"]["latest"] == "2023-07-31"
    assert ev["time_precision"] == 3


def test_event_without_events(rules_nlp):
    assert events(rules_nlp, "Het weer was zonnig en de markt was druk.") == []


def _seed(name):
    path = SEEDS / name
    if not path.exists():
        pytest.skip("seed articles not available")
    return next(iter(read_articles([str(path)])))


def test_event_seed_000(extract):
    art = _seed("seed-000.txt")
    evs = extract(art.text, date=art.published.value)["events"]
    kinds = {e["kind"]: e for e in evs}
    assert {"capture", "explosion", "territory_gain"} <= set(kinds)
    assert kinds["explosion"]["sub_event_type"] == "Grenade"
    assert kinds["territory_gain"]["place"]["name"] == "Bakhmut"


def test_event_seed_001(extract):
    art = _seed("seed-001.txt")
    evs = extract(art.text)["events"]
    captures = [e for e in evs if e["kind"] == "capture"]
    assert len(captures) == 1
    cap = captures[0]
    assert cap["actor2"] == "North Korea military" and cap["place"]["name"] == "Kursk Oblast"


@pytest.mark.parametrize("text,place", [
    ("Kiev meldt dat bij Charkiv een droneaanval plaatsvond.", "Kharkiv"),     # the speaking capital is an actor
    ("Oekraïne heroverde bij Robotyne opnieuw terrein op Rusland.", "Robotyne"),  # "op Rusland": the losing side
])
def test_event_place_is_not_an_actor(rules_nlp, text, place):
    evs = events(rules_nlp, text)
    assert evs and evs[0]["place"]["name"] == place


def test_event_explosion_folds_into_strike(rules_nlp):
    text = "Een raketaanval trof het centrum van Charkiv. In Charkiv waren daarna explosies te horen."
    assert [e["kind"] for e in events(rules_nlp, text)] == ["missile_strike"]


def test_event_one_per_listed_town(rules_nlp):
    text = "In de nacht waren in Charkiv en Odesa explosies te horen."
    places = sorted(e["place"]["name"] for e in events(rules_nlp, text))
    assert places == ["Kharkiv", "Odesa"]


def test_event_seat_of_an_actor_is_no_place(nlp):
    doc = nlp("Volgens de regering in Kiev vond bij Charkiv een droneaanval plaats.")
    assert [e["place"]["name"] for e in doc._.events] == ["Kharkiv"]


def test_event_present_relative_clause_is_background(nlp):
    doc = nlp("De brug diende voor de aanvoer van het leger dat in Oekraïne vecht.")
    if not doc.has_annotation("DEP"):
        pytest.skip("no parser")
    assert [e for e in doc._.events if e["kind"] == "armed_clash"] == []


def test_event_exchange_countries_are_parties(rules_nlp):
    evs = events(rules_nlp, "Rusland en Oekraïne hielden een gevangenenruil.")
    assert [e["kind"] for e in evs] == ["prisoner_exchange"] and evs[0]["place"] is None


@pytest.mark.issue(6)
def test_event_exchange_in_a_third_country_keeps_it_as_place(rules_nlp):
    # Regression (dev news): the country where the exchange took place was dropped as a party.
    evs = events(rules_nlp, "Rusland en Oekraïne hebben woensdag in Belarus krijgsgevangenen uitgewisseld.")
    assert [(e["kind"], e["place"]["name"]) for e in evs] == [("prisoner_exchange", "Belarus")]


@pytest.mark.issue(6)
def test_event_separable_withdrawal_verb(nlp):
    # "trokken zich ... terug": the particle stands three words from its verb.
    doc = nlp("De Oekraïense troepen trokken zich zaterdag terug uit Avdijivka.")
    if not doc.has_annotation("DEP"):
        pytest.skip("no parser")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("territory_loss", "Avdiivka")]


def test_event_purpose_clause_is_no_event(nlp):
    doc = nlp("Het leger gebruikt zwermen drones om doelen in Oekraïne aan te vallen.")
    if not doc.has_annotation("DEP"):
        pytest.skip("no parser")
    assert [e for e in doc._.events if e["kind"] in ("attack", "drone_strike")] == []


def test_event_bare_weapon_noun_needs_its_own_place(rules_nlp):
    text = "In Charkiv was het onrustig. Het land gebruikt drones van eigen makelij."
    assert events(rules_nlp, text) == []


def test_event_nationality_before_a_region_is_no_actor(nlp):
    doc = nlp("Oekraïense militairen hebben in de Russische regio Koersk twee Noord-Koreaanse soldaten "
              "krijgsgevangen gemaakt.")
    [ev] = [e for e in doc._.events if e["kind"] == "capture"]
    assert ev["actor1"] == "Ukraine military" and ev["actor2"] == "North Korea military"


def test_event_channel_is_no_actor(nlp):
    doc = nlp("Bij een raffinaderij in de Russische regio Krasnodar is brand uitgebroken na een droneaanval, "
              "meldt de gouverneur van de regio op Telegram.")
    [ev] = doc._.events
    assert ev["kind"] == "drone_strike" and "Telegram" not in (ev["actor1"], ev["actor2"])


@pytest.mark.issue(6)
def test_event_ungoverned_marked_infinitive_reads_the_words_before(nlp):
    # Regression (dev news): the parser made "te sturen" the root, so "van plan" never reached the
    # modality test and a plan to send troops became a deployment.
    doc = nlp("Volgens de inlichtingendienst is het land van plan om duizenden soldaten naar Oekraïne te sturen.")
    if not doc.has_annotation("DEP"):
        pytest.skip("no parser")
    assert [e for e in doc._.events if e["kind"] == "deployment"] == []


@pytest.mark.issue(6)
def test_event_a_lede_is_not_a_headline(rules_nlp):
    # Regression (a news page): the opening sentence took the place of the next one, a mediator.
    text = "Rusland en Oekraïne hebben opnieuw gevangenen geruild. Bij de gesprekken had Qatar bemiddeld."
    assert [(e["kind"], e["place"]) for e in events(rules_nlp, text)] == [("prisoner_exchange", None)]
    # A heading (no full stop) is still located by the lede after it.
    text = "Opnieuw gevangenen geruild\n\nBij Soemy ruilden Rusland en Oekraïne gisteren gevangenen uit."
    assert [e["place"]["name"] for e in events(rules_nlp, text)] == ["Sumy"]


@pytest.mark.issue(6)
def test_event_a_party_named_by_another_mention_is_no_place(rules_nlp):
    # Regression (a news page): a later mention "... in Oekraïne" gave the exchange between Russia
    # and Ukraine the place Ukraine.
    text = ("Rusland en Oekraïne zijn weer begonnen met het uitwisselen van krijgsgevangenen. "
            "Rusland stopte eerder met de uitwisseling om onrust te zaaien in Oekraïne, zei hij.")
    evs = [e for e in events(rules_nlp, text) if e["kind"] == "prisoner_exchange"]
    assert len(evs) == 1 and evs[0]["place"] is None


@pytest.mark.issue(6)
@pytest.mark.parametrize("text", [
    # found on news pages outside the dev set
    "Nederland gaat samen met Denemarken F-16 gevechtsvliegtuigen aan Oekraïne leveren.",  # 'gaat' governs
    "De oude toestellen worden overtollig omdat ze vervangen worden door nieuwe.",        # no one replaced
])
def test_event_plans_and_replaced_things_are_no_events(nlp, text):
    if not nlp(text).has_annotation("DEP"):
        pytest.skip("no parser")
    assert nlp(text)._.events == []


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kinds", [
    # a 'te' + infinitive under another verb has not happened (a news page: "the right to attack")
    ("De regering zegt het recht te hebben Rusland aan te vallen.", []),
    ("Het leger probeerde Robotyne in te nemen.", []),
    ("De VS besloten raketten aan Oekraïne te leveren.", []),
    # ...unless that verb says it did, or it is a perfect infinitive (a claim of a past event)
    ("Het leger begon de dorpen bij Charkiv te beschieten.", ["shelling"]),
    ("Oekraïne zegt bij Odesa twintig drones te hebben neergehaald.", ["drone_strike"]),
    # habits are no single event
    ("Belgorod wordt herhaaldelijk aangevallen.", []),
])
def test_event_infinitive_clauses_and_habits(nlp, text, kinds):
    doc = nlp(text)
    if not doc.has_annotation("DEP"):
        pytest.skip("no parser")
    assert [e["kind"] for e in doc._.events] == kinds


@pytest.mark.issue(6)
def test_event_protests_and_arrests_one_per_listed_town(rules_nlp):
    # A news page: arrests "in steden als A, B, C" were one event, and "Russische steden" an actor.
    evs = events(rules_nlp, "In Russische steden als Perm, Tomsk en Omsk zijn demonstranten opgepakt.")
    assert sorted(e["place"]["name"] for e in evs if e["kind"] == "arrest") == ["Omsk", "Perm", "Tomsk"]
    assert all(e["actor1"] != "Russia military" for e in evs)


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kind,place", [
    # news pages outside the dev set
    ("Sindsdien hebben de strijdkrachten van Moskou zich teruggetrokken uit Cherson.", "territory_loss", "Kherson"),
    ("De stad werd in november na een tegenoffensief van Kiev bevrijd bij Cherson.", "territory_gain", "Kherson"),
    ("De inname van Avdiivka is belangrijk.", "territory_gain", "Avdiivka"),   # a town after "van" is the site
])
def test_event_a_state_after_van_acts_a_town_is_the_site(nlp, text, kind, place):
    doc = nlp(text)
    if not doc.has_annotation("DEP"):
        pytest.skip("no parser")
    got = [(e["kind"], (e["place"] or {}).get("name")) for e in doc._.events]
    assert (kind, place) in got and all(p == place for _, p in got)


@pytest.mark.issue(6)
def test_event_dead_counted_with_om_het_leven(rules_nlp):
    evs = events(rules_nlp, "In de stad Cherson kwamen twaalf soldaten om het leven.")
    assert [(e["kind"], e["fatalities"]) for e in evs] == [("casualties", 12)]
    evs = events(rules_nlp, "In de stad Cherson kwamen twaalf burgers om het leven.")
    assert [(e["kind"], e["sub_event_type"]) for e in evs] == [("attack", "Attack")]


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kind", [
    # live-blog pages outside the dev set
    ("De hoofdstad werd vannacht bestookt met Russische drones bij Kyiv.", "drone_strike"),
    ("Nederland levert Oekraïne tweehonderd luchtdoelraketten.", "weapons_delivery"),
])
def test_event_shelled_with_drones_and_compound_weapons(rules_nlp, text, kind):
    assert [e["kind"] for e in events(rules_nlp, text)] == [kind]


@pytest.mark.issue(6)
def test_event_an_awaited_offensive_has_not_happened(rules_nlp):
    assert events(rules_nlp, "Oekraïne is klaar voor het langverwachte tegenoffensief bij Zaporizja.") == []


@pytest.mark.issue(6)
def test_event_definite_town_noun_refers_back(nlp):
    # Regression (dev news): "in de ... stad" named no place, so a capture in the town of the story had none.
    # The town is named three sentences back: beyond the sentences an event borrows its place from.
    doc = nlp("Het Russische leger rukte op naar Pokrovsk. De verdedigers hadden weinig munitie. "
              "Versterkingen bleven uit. De commandant vroeg om hulp. Dinsdag werden in de zwaar getroffen en "
              "verlaten stad twaalf Oekraïense soldaten gevangengenomen.")
    caps = [e for e in doc._.events if e["kind"] == "capture"]
    assert [e["place"]["name"] for e in caps] == ["Pokrovsk"]


def test_event_indefinite_town_noun_names_no_place(nlp):
    doc = nlp("Het Russische leger rukte op naar Pokrovsk. Dinsdag werden in een stad twaalf soldaten gevangengenomen.")
    caps = [e for e in doc._.events if e["kind"] == "capture"]
    assert caps and all(e["place"] is None or e["place"]["name"] != "Pokrovsk" or not e["_local"] for e in caps)


@pytest.mark.issue(6)
def test_event_place_of_manufacture_is_not_the_site(nlp):
    # Regression (dev news): "in Iran gemaakte drones" put a drone interception in Iran.
    doc = nlp("Het leger zegt boven Odesa veertig in Iran gemaakte drones te hebben neergehaald.")
    assert doc._.events and all(e["place"] is None or e["place"]["name"] != "Iran" for e in doc._.events)
    assert any(e["place"] and e["place"]["name"] == "Odesa" for e in doc._.events)


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,expected", [
    # Regression (dev news): "namen ... in" (took) was no trigger, so a town's capture was missed.
    ("Vorige maand namen de Russische eenheden de rest van Marioepol in.", [("territory_gain", "Mariupol")]),
    # "in" as a preposition is no particle.
    ("De president nam in Kiev een besluit over de begroting.", []),
])
def test_event_separable_take_verb(nlp, text, expected):
    if not nlp.has_pipe("parser"):
        pytest.skip("needs the trained parser")
    assert [(e["kind"], e["place"]["name"]) for e in nlp(text)._.events] == expected


@pytest.mark.issue(6)
def test_event_past_state_in_relative_clause_is_background(nlp):
    # Regression (dev news): "dat een tijd was bezet" made an occupation of its own.
    doc = nlp("De militairen, die op het eiland waren gestationeerd, keerden dinsdag naar huis terug.")
    assert [e for e in doc._.events if e["kind"] == "deployment"] == []
    doc = nlp("Soledar, dat zaterdag werd ingenomen door Wagner, ligt vlak bij Bachmoet.")
    assert [e["kind"] for e in doc._.events] == ["territory_gain"]


@pytest.mark.issue(6)
@pytest.mark.parametrize("text", ["Hopelijk komt er na het gesprek snel een staakt-het-vuren."])
def test_event_hoped_for_ceasefire_is_no_event(nlp, text):
    # Regression (dev news): a hoped-for ceasefire in a quote became an agreement.
    assert nlp(text)._.events == []


@pytest.mark.issue(6)
def test_event_suburb_of_a_city_is_the_town_named_before(nlp):
    # Regression (dev news): "in de voorstad van Kiev" put the killings of Irpin's people in Kyiv.
    doc = nlp("Journalisten bezochten dinsdag Irpin. Volgens de burgemeester zijn meer dan 200 burgers om het leven "
              "gebracht in de voorstad van Kiev.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("attack", "Irpin")]


def test_event_suburb_without_a_town_near_stays_with_the_city(nlp):
    doc = nlp("Journalisten bezochten dinsdag Lviv. Volgens de burgemeester zijn twintig burgers om het leven "
              "gebracht in een voorstad van Kiev.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("attack", "Kyiv")]


@pytest.mark.issue(6)
def test_event_the_peninsula_is_the_one_named_before(nlp):
    # Regression (dev news): "op het schiereiland" left explosions to a place from the sentences before.
    doc = nlp("De Krim heeft veel militaire bases. Ook Kiev weet dat. De woordvoerder wilde "
              "niets kwijt. Zondag waren er explosies op het schiereiland.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("explosion", "Crimea")]


@pytest.mark.issue(6)
def test_event_ground_taken_from_a_country_is_not_there(nlp):
    # Regression (dev news): a heading borrowed "op Rusland" from its lede as the place of Ukraine's gains.
    doc = nlp("Oekraïne over de zomer: 50 vierkante kilometer heroverd op Rusland\n\nVolgens eigen zeggen hebben "
              "Oekraïense troepen 50 vierkante kilometer land heroverd op Rusland in ruim een maand.")
    gains = [e for e in doc._.events if e["kind"] == "territory_gain"]
    assert gains and all(e["place"] is None or e["place"]["name"] != "Russia" for e in gains)


@pytest.mark.issue(6)
def test_event_country_after_a_noun_after_in_is_where(nlp):
    # Regression (dev news): in the heading "... in Navo-land Polen na raketinslag" Poland became the actor
    # (the parser made "Polen" the root), so the strike was put in Ukraine from the lede.
    doc = nlp("Vier doden in Navo-land Polen na raketinslag\n\nIn een Pools dorp vlak bij Oekraïne vielen woensdag "
              "vier doden na een ontploffing.")
    strikes = [e for e in doc._.events if e["kind"] == "missile_strike"]
    assert [e["place"]["name"] for e in strikes] == ["Poland"]
    assert strikes[0]["actor1"] != "Poland military"


@pytest.mark.issue(6)
def test_event_mentions_at_different_times_are_two_events(nlp):
    # Regression (dev news): two rounds of talks, late May and early June, were folded into one agreement.
    doc = run(nlp, "Begin juni kwamen de landen in Genève een ruil van gevangenen overeen. Eind april kwamen ze ook "
              "al samen in Genève. Ook toen werd een ruil van gevangenen afgesproken.", "2024-06-20")
    deals = [e for e in doc._.events if e["kind"] == "agreement"]
    assert len(deals) == 2, deals
    assert sorted(e["when"]["earliest"][:7] for e in deals) == ["2024-04", "2024-06"]


@pytest.mark.issue(6)
def test_event_ceasing_an_activity_is_no_event(nlp):
    # Seen on a news page: "stopte met het uitwisselen" reported an exchange.
    doc = nlp("Rusland stopte in augustus met het uitwisselen van krijgsgevangenen.")
    assert [e for e in doc._.events if e["kind"] == "prisoner_exchange"] == []


@pytest.mark.issue(6)
def test_event_over_a_list_of_regions_is_in_their_country(nlp):
    # Regression (dev news): the annexation of four oblasts was put in the first one listed.
    doc = nlp("Rusland heeft vrijdag de provincies Donetsk, Loehansk, Zaporizja en Cherson geannexeerd.")
    gains = [e for e in doc._.events if e["kind"] == "territory_gain"]
    assert [(e["place"]["name"], e["geo_precision"]) for e in gains] == [("Ukraine", 3)]


def test_event_in_one_region_stays_there(nlp):
    doc = nlp("Russische troepen hebben vrijdag een dorp in de regio Donetsk ingenomen.")
    assert [e["place"]["name"] for e in doc._.events if e["kind"] == "territory_gain"] == ["Donetsk Oblast"]


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kinds", [
    # Regression (dev news): "stemden ... in" (consented) and "overeenstemming" reported no agreement.
    ("Na lang overleg stemden de lidstaten donderdag toch in.", ["agreement"]),
    ("Woensdag bereikten de ministers overeenstemming over nieuwe sancties.", ["agreement"]),
    ("De inwoners stemden in Kiev voor de nieuwe burgemeester.", []),
    ("Er is nog geen overeenstemming over de sancties.", []),
])
def test_event_consent_is_an_agreement(nlp, text, kinds):
    if not nlp.has_pipe("parser"):
        pytest.skip("needs the trained parser")
    assert [e["kind"] for e in nlp(text)._.events] == kinds


@pytest.mark.issue(6)
def test_event_deportations_happen_in_the_country_named(nlp):
    # Regression (dev news): plural "deportaties" was no trigger, and the country was dropped as a "party".
    doc = nlp("Volgens het strafhof begonnen de deportaties van kinderen in Oekraïne al in maart.")
    assert [(e["kind"], e["sub_event_type"], e["place"]["name"]) for e in doc._.events] \
        == [("other", "Abduction/forced disappearance", "Ukraine")]


@pytest.mark.issue(6)
def test_event_habit_adverb_deep_in_the_parse(nlp):
    # Regression (dev news): the parser hung "regelmatig" under the subject, out of the habit test's reach.
    doc = nlp("Hoewel het front bijna stil ligt, heeft de Oekraïense luchtmacht de laatste maanden wel regelmatig met "
              "succes belangrijke Russische doelen kunnen beschieten.")
    assert doc._.events == []


@pytest.mark.issue(6)
def test_event_generic_mention_on_another_day_is_not_folded(nlp):
    doc = run(nlp, "Op 3 juni werd Odesa getroffen door raketten. Op 9 juni was er een explosie in de haven van Odesa.",
              "2024-06-12")
    kinds = sorted(e["kind"] for e in doc._.events)
    assert kinds == ["explosion", "missile_strike"], doc._.events


@pytest.mark.issue(6)
def test_event_main_clause_speaks_for_the_sentence(nlp):
    # Seen on a news page: "De stad, die ... werd bezet door de Russen, werd ... bevrijd" gave the occupation,
    # with the occupier as actor, instead of the liberation.
    doc = nlp("Marioepol, dat vorig jaar maandenlang werd bezet door de Russen, werd in mei door Oekraïense "
              "troepen bevrijd.")
    gains = [e for e in doc._.events if e["kind"] == "territory_gain"]
    assert [(e["text"], e["actor1"]) for e in gains] == [("bevrijd", "Ukraine military")]


@pytest.mark.issue(6)
def test_event_relative_clause_on_people_says_who_they_are(nlp):
    # Seen on a news page: "strijders die om ... vochten zijn vrijgelaten" made a clash out of who the
    # released fighters were.
    doc = nlp("De regering bevestigde dat ook 120 Oekraïense soldaten die om de havenstad Marioepol vochten zijn "
              "vrijgelaten door Rusland.")
    assert [e for e in doc._.events if e["kind"] == "armed_clash"] == []


@pytest.mark.issue(6)
def test_event_actor_of_a_split_verb_after_a_night_span(nlp):
    # Seen on a news page: "van zaterdag op zondag viel Rusland ... aan" took "op ... Rusland" for the side
    # attacked, and the particle "aan" hid the verb's subject, so the actors came out reversed.
    doc = nlp("In de nacht van vrijdag op zaterdag viel Rusland Oekraïne opnieuw aan met tientallen drones.")
    (ev,) = [e for e in doc._.events if e["kind"] == "drone_strike"]
    assert (ev["actor1"], ev["actor2"]) == ("Russia military", "Ukraine military")


@pytest.mark.issue(6)
def test_event_town_opening_the_sentence_is_where(nlp):
    # Seen on a news page: "Oeman ... lijkt het zwaarst getroffen" - a town as subject is where it happened;
    # only a country or capital opening the sentence acts.
    doc = nlp("Charkiv lijkt het zwaarst getroffen door de raketaanvallen van vannacht.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("missile_strike", "Kharkiv")]
    doc = nlp("Moskou voerde vannacht raketaanvallen uit.")
    assert [e["place"] for e in doc._.events] == [None]


@pytest.mark.issue(6)
def test_event_region_is_not_holding_a_town_across_a_border(nlp):
    # Seen on a news page: a strike "in de regio Charkiv" merged with one in Belgorod (near the region's
    # centre, but in Russia) and took Belgorod as its place.
    doc = nlp("In de regio Charkiv leidde een Russische raketaanval tot vijf doden. Later op de ochtend waren er ook "
              "in de Russische stad Belgorod explosies na raketaanvallen.")
    places = sorted(e["place"]["name"] for e in doc._.events if e["kind"] == "missile_strike")
    assert places == ["Belgorod", "Kharkiv Oblast"]


@pytest.mark.issue(6)
def test_event_towns_listed_with_repeated_preposition(nlp):
    doc = nlp("Ook elders zijn raketten ingeslagen, zoals bij Kyiv en bij Zaporizja.")
    assert sorted(e["place"]["name"] for e in doc._.events) == ["Kyiv", "Zaporizhzhia"]


@pytest.mark.issue(6)
def test_event_start_of_a_known_event_is_a_landmark(nlp):
    # Seen on a news page: "bij de start van hun invasie" made a clash of its own.
    doc = nlp("Russische troepen trokken bij de start van hun invasie door de regio Soemy.")
    assert doc._.events == []


@pytest.mark.issue(6)
def test_event_territory_change_is_one_event_per_town(nlp):
    doc = nlp("Het leger heeft zich zaterdag teruggetrokken uit de plaatsen Izjoem en Balaklia.")
    assert sorted(e["place"]["name"] for e in doc._.events if e["kind"] == "territory_loss") == ["Balakliia", "Izium"]


@pytest.mark.issue(6)
def test_event_actor_inside_a_participial_modifier_is_not_the_actor(nlp):
    # Seen on a news page: "Een door Rusland geïnstalleerde functionaris erkende dat Oekraïne ... heeft heroverd"
    # made Russia the one who regained the village.
    doc = nlp("Een door Rusland aangestelde bestuurder erkende via Telegram dat Oekraïne het dorp Robotyne in de "
              "regio Zaporizja heeft heroverd.")
    (ev,) = [e for e in doc._.events if e["kind"] == "territory_gain"]
    assert ev["actor1"] in ("Ukraine military", "Ukraine government")


@pytest.mark.issue(6)
def test_event_heading_present_or_participle_with_instrument_is_passive(nlp):
    # Known from the last session, seen again on a news page: "Kyiv ... bestookt met Russische drones" in a
    # heading made Kyiv the actor ("bestookt" is a present tense and a participle alike).
    doc = nlp("Kyiv zondag opnieuw bestookt met Iraanse drones\n\nDe hoofdstad werd in de nacht aangevallen.")
    (ev,) = [e for e in doc._.events if e["kind"] == "drone_strike"]
    assert ev["actor1"] != "Ukraine government" and ev["place"]["name"] == "Kyiv"


def test_event_trigger_misparsed_as_adjective_in_a_verbless_sentence(nlp):
    doc = nlp("Het leger beschiet vijandelijke stellingen bij Bachmoet.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("shelling", "Bakhmut")]


@pytest.mark.issue(6)
def test_event_other_name_in_parentheses_is_no_place_nor_actor(nlp):
    # Known from the last session: "de Dnjepr (Dnipro in het Oekraïens)" put a withdrawal at the city of
    # Dnipro, with Ukraine as the one withdrawing.
    doc = nlp("De Russische troepen hebben zich teruggetrokken achter de rivier Dnjepr (Dnipro in het Oekraïens).")
    (ev,) = [e for e in doc._.events if e["kind"] == "territory_loss"]
    assert ev["place"]["name"] != "Dnipro" and ev["actor1"] != "Ukraine military"


@pytest.mark.issue(6)
def test_event_participial_phrase_between_commas_describes_a_thing(nlp):
    # Known from the last session: "..., geleverd door de VS, ..." made a weapons delivery.
    doc = nlp("Het parlement stemde ermee in dat het leger de raketten inzet, geleverd door Duitsland, om "
              "bruggen in de regio te vernielen.")
    assert [e for e in doc._.events if e["kind"] == "weapons_delivery"] == []


def test_event_hoping_about_an_attack_keeps_the_attack(nlp):
    # Only the adverb "hopelijk" makes a wish; "hoopt dat de aanval ... heeft verstoord" reports a real attack.
    doc = nlp("Oekraïne hoopt dat de aanval op de brug bij Kertsj de bevoorrading heeft verstoord.")
    assert [e["kind"] for e in doc._.events] == ["attack"]


@pytest.mark.issue(6)
def test_event_there_refers_to_the_place_of_the_sentence_before(nlp):
    # Seen on a news page: "stond daar een opslagtank in brand na een drone-aanval" made no event, as the
    # sentence itself names no place.
    doc = nlp("Vrijdag brak opnieuw brand uit in een raffinaderij bij de Russische stad Krasnodar. Ook gisteren "
              "stond daar een opslagtank in brand na een drone-aanval.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("drone_strike", "Krasnodar")]


@pytest.mark.issue(6)
def test_event_also_elsewhere_is_a_further_event(nlp):
    # Seen on a news page: "... melden ook dat Oekraïense drones een kruitmolen hebben aangevallen in Tambov"
    # was merged into the strike "in het westen van Rusland" reported before it.
    doc = nlp("Een Oekraïense drone heeft een oliedepot in het zuiden van Rusland getroffen. Volgens de gouverneur "
              "brandden vier tanks uit. Oekraïense bronnen melden ook dat drones een fabriek in Tambov hebben "
              "getroffen.")
    strikes = [e for e in doc._.events if e["kind"] == "drone_strike"]
    assert sorted(e["place"]["name"] for e in strikes) == ["Russia", "Tambov"]


# -- found on an independently annotated held-out set (data/heldout, tune half), 2026-11-22 ------------------

@pytest.mark.issue(6)
def test_event_since_the_start_of_the_invasion_is_a_landmark(nlp):
    # "sinds het begin van de invasie" named the invasion five words after "sinds": it made a clash.
    doc = nlp("De aftocht uit Lyman is de tweede sinds het begin van de invasie op 24 februari.")
    assert [e for e in doc._.events if e["kind"] == "armed_clash"] == []


@pytest.mark.issue(6)
def test_event_a_condition_reports_nothing(nlp):
    # "Als er een explosie is, ..." in a quote made an explosion.
    doc = nlp('"Als er een explosie komt in de centrale, is half Europa in gevaar", zei de minister.')
    assert doc._.events == []


@pytest.mark.issue(6)
def test_event_weapons_used_are_a_strike_not_a_deployment(nlp):
    # "Rusland heeft ... raketten en ... drones ingezet" and "werden zelfmoorddrones ingezet" were deployments.
    doc = nlp("In de regio Sumy werden vannacht zelfmoorddrones ingezet tegen het stroomnet.")
    assert [e["kind"] for e in doc._.events] == ["drone_strike"]


@pytest.mark.issue(6)
def test_event_dead_beside_a_weapon_keep_the_strike(nlp):
    # "kwamen de drones terecht ... waarbij vier doden vielen": the count of dead silenced the weapon noun.
    doc = nlp("In Odesa kwamen explosieve drones neer op een woonwijk, waarbij drie doden vielen.")
    assert [(e["kind"], e["fatalities"]) for e in doc._.events] == [("drone_strike", 3)]


@pytest.mark.issue(6)
def test_event_place_the_trigger_governs_wins(nlp):
    # "Met de inval in Koersk hoopte Kyiv Moskou te dwingen ..." was placed in Moscow, a town outranking a region.
    doc = nlp("Met de inval in Koersk hoopte Kyiv Moskou te dwingen troepen uit het oosten weg te halen.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("armed_clash", "Kursk Oblast")]


@pytest.mark.issue(6)
def test_event_the_town_where_a_source_sits_is_not_the_site(nlp):
    # "..., aldus de woordvoerder van het OM in Olsztyn" put drones over Poland in Olsztyn.
    doc = nlp('Vannacht zijn drones het Poolse luchtruim binnengedrongen en neergestort in het oosten van Polen, '
              'aldus de woordvoerder van de politie in Lublin.')
    assert all((e["place"] or {}).get("name") != "Lublin" for e in doc._.events)


@pytest.mark.issue(6)
def test_event_deployment_needs_forces(nlp):
    # "... dat de oorlog zich naar Rusland verplaatst" was a deployment.
    doc = nlp("De president vond het terecht dat de oorlog zich naar Rusland verplaatst.")
    assert doc._.events == []


@pytest.mark.issue(6)
def test_event_the_regime_in_a_capital_acts(nlp):
    # "een terroristische aanslag door het regime in Kyiv" placed an explosion in Kyiv.
    doc = nlp("Moskou sprak van een aanslag door het regime in Kyiv.")
    assert all((e["place"] or {}).get("name") != "Kyiv" for e in doc._.events)


@pytest.mark.issue(6)
def test_event_delivery_is_placed_where_the_weapons_go(nlp):
    # "levering van drones aan Oekraïne" had no place: countries named with a delivery were all taken for parties.
    doc = nlp("België levert volgend jaar nog eens twintig gepantserde voertuigen en munitie aan Oekraïne.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("weapons_delivery", "Ukraine")]


@pytest.mark.issue(6)
def test_event_as_the_first_is_no_condition(nlp):
    # "Charkiv werd gisteravond als eerste getroffen door een Russische glijbom": "als" read as "if".
    doc = nlp("Soemy werd vannacht als eerste getroffen door een Russische glijbom.")
    assert [e["kind"] for e in doc._.events] == ["air_strike"]


@pytest.mark.issue(6)
def test_event_forces_leaving_a_town_lose_it_refugees_do_not(nlp):
    # "Oekraïense militairen verlaten de stad Avdiivka" made no event.
    assert [e["kind"] for e in nlp("Russische militairen verlaten de stad Cherson.")._.events] == ["territory_loss"]
    assert nlp("Duizenden inwoners verlieten vorige week de stad Cherson.")._.events == []


@pytest.mark.issue(6)
def test_event_telkens_distributes_rather_than_repeats(nlp):
    # Held-out news: "In Sint-Petersburg en Moskou zijn telkens zo'n 500 mensen opgepakt" ("in each") read as a habit.
    doc = nlp("In Jekaterinenburg en Novosibirsk zijn telkens zo'n tweehonderd betogers opgepakt.")
    assert "arrest" in [e["kind"] for e in doc._.events]


@pytest.mark.issue(6)
def test_event_the_town_referred_back_to_beats_a_place_of_another_clause(nlp):
    # Held-out news: "Terwijl mensen ... de intocht van Christus in Jeruzalem herdachten, werd de stad getroffen
    # door een vijandelijke raket" placed a strike on Sumy in Jerusalem.
    doc = nlp("Charkiv ligt dicht bij de grens. Terwijl gelovigen naar de kerk liepen om de opstanding van Christus "
              "in Jeruzalem te vieren, werd de stad getroffen door een Russische raket.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("missile_strike", "Kharkiv")]


@pytest.mark.issue(6)
def test_event_exchanged_ideas_are_no_prisoner_exchange(nlp):
    # Held-out news: "Er werden ... ideeën uitgewisseld over sabotage-operaties" made a prisoner exchange.
    doc = nlp("Volgens de aanklagers werden er plannen uitgewisseld over aanslagen op spoorlijnen.")
    assert all(e["kind"] != "prisoner_exchange" for e in doc._.events)
    assert [e["kind"] for e in nlp("Rusland en Oekraïne hebben in Istanbul 390 krijgsgevangenen uitgewisseld.")._.events] \
        == ["prisoner_exchange"]


@pytest.mark.issue(6)
def test_event_plural_present_relative_clause_is_background(nlp):
    # Held-out news: "bedrijven die de drones maken en ... verkopen" made a drone strike ("maken" read as infinitive).
    doc = nlp("Er zijn ook Iraanse fabrieken die de drones maken en die in Oekraïne veel schade aanrichten.")
    assert [e for e in doc._.events if e["kind"] == "drone_strike"] == []


@pytest.mark.issue(6)
def test_event_dateline_capital_is_no_actor(nlp):
    # Held-out news: "BRUSSEL (ANP) - De EU-lidstaten hebben ... een akkoord bereikt" made Belgium's government act.
    doc = nlp("BRUSSEL (ANP) - De EU-lidstaten hebben een akkoord bereikt over nieuwe sancties tegen Rusland.")
    assert all(e["actor1"] != "Belgium government" for e in doc._.events)


@pytest.mark.issue(6)
def test_event_relative_clause_dated_long_before_is_history(nlp):
    # Held-out news: "Het ligt op 20 kilometer van Bachmoet, dat vorig jaar is veroverd door de Russische
    # strijdkrachten" reported the capture of Bakhmut as news in a July 2024 article.
    doc = run(nlp, "Het dorp ligt vlak bij Avdijivka, dat vorig jaar is veroverd door het Russische leger.", "2025-09")
    assert doc._.events == []
    doc = run(nlp, "Het dorp ligt vlak bij Avdijivka, dat vorige week is veroverd door het Russische leger.", "2025-09")
    assert [e["kind"] for e in doc._.events] == ["territory_gain"]


@pytest.mark.issue(6)
def test_event_strikes_in_listed_regions_are_one_event_each(nlp):
    # Held-out news: "De raketten hebben ook infrastructuur getroffen in de regio's Charkiv en Lviv" was merged into
    # a strike on Dnipro: Dnipro lies within a degree and a half of the Kharkiv region's centre, but not in it.
    doc = nlp("Bij een Russische raketaanval op een flat in Dnipro vielen vijf doden. De raketten troffen zaterdag "
              "ook energiecentrales in de regio's Charkiv en Lviv.")
    strikes = sorted(e["place"]["name"] for e in doc._.events if e["kind"] == "missile_strike")
    assert strikes == ["Dnipro", "Kharkiv Oblast", "Lviv Oblast"]


@pytest.mark.issue(6)
def test_event_constant_shelling_is_a_condition_not_an_event(nlp):
    # Held-out news: "Vanwege de constante beschietingen en aanvallen wordt gevreesd voor een kernramp".
    assert nlp("Door de voortdurende beschietingen rond de centrale vrezen inspecteurs een ramp.")._.events == []


@pytest.mark.issue(6)
def test_event_attack_on_another_town_in_a_strike_article_is_that_strike(nlp):
    # Held-out news: "Bij een Russische aanval op een appartementsgebouw in Dnipro ..." beside missiles that hit the
    # Kharkiv region stayed an attack of unknown means.
    doc = nlp("Bij een Russische aanval op een flatgebouw in Dnipro zijn vijf doden gevallen. Russische raketten "
              "troffen zaterdag ook een centrale in de regio Lviv.")
    assert sorted((e["kind"], e["place"]["name"]) for e in doc._.events) == \
        [("missile_strike", "Dnipro"), ("missile_strike", "Lviv Oblast")]


@pytest.mark.issue(6)
def test_event_such_an_attack_takes_the_kind_reported_before(nlp):
    # Held-out news: "Eerder was ook de marinebasis in Sebastopol doelwit van een dergelijke aanval" after a
    # sea-drone strike stayed an attack of unknown means.
    doc = nlp("Een Oekraïense zeedrone trof het landingsschip in Novorossiejsk. Eerder was ook de marinebasis in "
              "Sebastopol doelwit van een dergelijke aanval.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == \
        [("drone_strike", "Novorossiysk"), ("drone_strike", "Sevastopol")]


@pytest.mark.issue(6)
def test_event_drones_taken_out_of_the_sky_are_an_interception(nlp):
    # Regression (held-out news): "uit de lucht gehaald" made drones shot down near Kursk a strike there;
    # the strike on Sumy the same night stays its own event.
    doc = nlp("Russische drones troffen zaterdag Soemy. Rusland zegt zondag bij Koersk tien drones uit de lucht "
              "te hebben gehaald.")
    subs = sorted((e["place"]["name"], e["sub_event_type"]) for e in doc._.events if e["kind"] == "drone_strike")
    assert subs == [("Kursk Oblast", "Disrupted weapons use"), ("Sumy", "Air/drone strike")]


@pytest.mark.issue(6)
def test_event_the_island_refers_back_to_the_island_named(nlp):
    # Regression (held-out news): "het eiland" found no place, so the island's capture took Moscow from
    # "the cruiser Moskva" in the sentence before.
    doc = nlp("Het Slangeneiland ligt voor de kust bij Odesa. De kruiser Moskva lag er in de buurt. "
              "Russische troepen namen het eiland in februari in.")
    gains = [e for e in doc._.events if e["kind"] == "territory_gain"]
    assert gains and gains[0]["place"]["name"] == "Snake Island"
    assert "Moscow" not in [p["name"] for p in doc._.places]


@pytest.mark.issue(6)
def test_event_they_deployed_refers_to_the_forces_named_before(nlp):
    # Regression (held-out news): "Ze worden ingezet in Koersk" needed forces in its own sentence.
    doc = nlp("Duizenden Noord-Koreaanse soldaten zijn in Rusland aangekomen. Ze worden vooral ingezet in de regio Koersk.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events if e["kind"] == "deployment"] == \
        [("deployment", "Kursk Oblast")]
    # without forces named before, "they" may be anyone
    doc = nlp("De ministers kwamen dinsdag bijeen. Ze worden vooral ingezet in de regio Koersk.")
    assert not [e for e in doc._.events if e["kind"] == "deployment"]


@pytest.mark.issue(6)
@pytest.mark.parametrize("text", [
    # Regression (held-out news): "schenken" was no delivery verb.
    "Denemarken schenkt veertien tanks aan Oekraïne.",
    # Regression (held-out news): a delivery whose sentence names no recipient had no place; the article
    # had said before to whom the weapons go.
    "Het kabinet maakte in mei geld vrij voor hulp aan Oekraïne. Volgens de minister worden de tanks spoedig geleverd.",
])
def test_event_delivery_goes_to_the_recipient(nlp, text):
    got = [(e["kind"], (e["place"] or {}).get("name")) for e in nlp(text)._.events]
    assert ("weapons_delivery", "Ukraine") in got, got


@pytest.mark.issue(6)
def test_event_a_strike_named_right_after_an_event_takes_its_place(nlp):
    # Regression (held-out news): "Local media speak of a drone attack" right after an explosion reported in
    # Saint Petersburg needed a place of its own; the drone strike there was lost. A rescue two sentences
    # earlier ("gehaald") also made it an interception.
    doc = nlp("Bij een droneaanval op Odesa vielen vier doden. Iemand werd later uit het puin gehaald. "
              "Er zou ook een explosie zijn geweest bij een flat in Sint-Petersburg. "
              "Lokale media spreken van een droneaanval.")
    got = sorted(((e["place"] or {}).get("name"), e["sub_event_type"]) for e in doc._.events
                 if e["kind"] == "drone_strike")
    assert got == [("Odesa", "Air/drone strike"), ("Saint Petersburg", "Air/drone strike")]


@pytest.mark.issue(6)
def test_event_a_bare_strike_noun_far_from_any_event_is_no_event(nlp):
    doc = nlp("De minister sprak dinsdag in Den Haag. Hij waarschuwde voor het gevaar. "
              "Volgens hem is een droneaanval altijd mogelijk.")
    assert not [e for e in doc._.events if e["kind"] == "drone_strike"]


@pytest.mark.issue(6)
def test_event_protest_broken_up_by_a_nations_police_is_in_that_country(nlp):
    # Regression (held-out news): a protest with no place named had none, though the Georgian police broke it up.
    doc = nlp("De Georgische politie heeft dinsdag geprobeerd een vreedzaam protest neer te slaan.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events if e["kind"] == "protest"] == \
        [("protest", "Georgia")]
    # a strike by a nation's drones is not placed in that nation
    doc = nlp("Russische drones troffen dinsdag een woonwijk.")
    assert all(e["place"] is None for e in doc._.events)


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kind", [
    # Regression (held-out news): "raketaanslag" was no trigger (only "raketaanval").
    ("Bij een raketaanslag op een flat in Dnipro vielen tientallen doden.", "missile_strike"),
    ("Een droneaanslag trof zaterdag een kazerne in Koersk.", "drone_strike"),
])
def test_event_strike_called_aanslag(nlp, text, kind):
    assert kind in [e["kind"] for e in nlp(text)._.events]


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,expected", [
    # Regression (held-out news): "niet alleen" (not only) negated the fighting it reports.
    ("Wij hebben niet alleen in Bachmoet gevochten, maar ook bij Soledar.", "armed_clash"),
    # Regression (held-out news): the losses are denied, not the withdrawal they came with.
    ("Volgens Moskou zijn er bij de terugtrekking uit Cherson geen verliezen geleden.", "territory_loss"),
    # Regression (held-out news): explosions that could be heard ("te horen") are no plan.
    ("Die nacht waren in Kiev zware explosies te horen.", "explosion"),
])
def test_event_modality_scope(nlp, text, expected):
    doc = nlp(text)
    if not doc.has_annotation("DEP"):
        pytest.skip("needs the parse")
    assert expected in [e["kind"] for e in doc._.events]
    # a plain negation still negates
    assert not nlp("Het leger heeft Avdijivka niet ingenomen.")._.events


@pytest.mark.issue(6)
def test_event_gaan_as_main_verb_is_no_plan(nlp):
    # Regression (held-out news): "gaan ... door" (go on) and "het gaat om" (it concerns) read as plans.
    doc = nlp("Ondanks zware Russische beschietingen gaan de evacuaties in Pokrovsk door.")
    if not doc.has_annotation("DEP"):
        pytest.skip("needs the parse")
    assert [(e["kind"], e["modality"]) for e in doc._.events if e["kind"] == "shelling"] == [("shelling", "asserted")]
    assert not nlp("Rusland gaat volgende week Charkiv aanvallen.")._.events  # a plan stays a plan


@pytest.mark.issue(6)
@pytest.mark.issue(6)
def test_event_deaths_reported_in_other_towns_of_a_barrage_are_its_events_there(nlp):
    # Regression (held-out news): "In Kryvy Rih en Dnipro worden twaalf doden gemeld" after a barrage elsewhere
    # was no event ("gemeld" was no trigger), then one event of deaths; ACLED codes the strike in each town.
    doc = nlp("Russische raketten troffen vannacht een flat in Charkiv. In de steden Kryvy Rih en Dnipro worden zeker twaalf "
              "doden gemeld.")
    got = sorted((e["kind"], e["place"]["name"]) for e in doc._.events)
    assert got == [("missile_strike", "Dnipro"), ("missile_strike", "Kharkiv"), ("missile_strike", "Kryvyi Rih")]


@pytest.mark.issue(6)
def test_event_place_a_strike_came_from_is_not_its_site(nlp):
    # Regression (held-out news): missiles "afgevuurd vanuit de Kaspische Zee" struck the Caspian Sea.
    doc = nlp("Ongeveer honderd raketten werden afgevuurd vanuit de Kaspische Zee en de regio Rostov op steden in "
              "Oekraïne.")
    if not doc.has_annotation("DEP"):
        pytest.skip("needs the parse")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("missile_strike", "Ukraine")]


@pytest.mark.issue(6)
def test_event_streets_strewn_with_bodies(nlp):
    # Regression (held-out news): "de straten zijn bezaaid met lijken" reported no violence against civilians.
    doc = nlp("In de bevrijde plaats Irpin zijn de straten bezaaid met lijken.")
    assert ("attack", "Irpin") in [(e["kind"], (e["place"] or {}).get("name")) for e in doc._.events]


@pytest.mark.issue(6)
def test_event_compound_with_its_head_left_out(nlp):
    # Regression (held-out news): "een grootschalige drone- en raketaanval" was a missile strike only.
    doc = nlp("Rusland voerde vannacht een grote drone- en raketaanval uit op Charkiv.")
    assert sorted(e["kind"] for e in doc._.events) == ["drone_strike", "missile_strike"]


@pytest.mark.issue(6)
def test_event_drones_sighted_and_an_exchange_agreed_to(nlp):
    # Regression (held-out news): drones "gesignaleerd" over an airport were a drone strike there, and an
    # exchange "ingestemd" (agreed to) was reported as done.
    doc = nlp("Ook in Oslo werden drones gesignaleerd en werd het vliegverkeer tijdelijk stilgelegd.")
    assert [e["kind"] for e in doc._.events] == ["other"]
    doc = nlp("Rusland en Oekraïne hebben ingestemd met de uitwisseling van duizend krijgsgevangenen.")
    assert "prisoner_exchange" not in [e["kind"] for e in doc._.events]


@pytest.mark.issue(6)
def test_event_drones_destroyed_over_listed_regions_are_one_interception(nlp):
    # Regression (dev news): drones "vernietigd boven de regio's A, B en C" were strikes in each region.
    doc = nlp("Oekraïne heeft afgelopen nacht twintig Russische drones vernietigd boven de regio's Mykolaiv, Odesa "
              "en Cherson.")
    if not doc.has_annotation("DEP"):
        pytest.skip("needs the parse")
    assert [(e["place"]["name"], e["sub_event_type"]) for e in doc._.events] == [("Ukraine", "Disrupted weapons use")]
    # drones that destroyed something struck
    doc = nlp("Russische drones hebben in Odesa een flat vernietigd.")
    assert [(e["place"]["name"], e["sub_event_type"]) for e in doc._.events] == [("Odesa", "Air/drone strike")]


@pytest.mark.issue(6)
def test_event_rules_pipeline_reads_no_parse(rules_nlp):
    # Regression (held-out news, rule pipeline): the check for "gaan ... door" read a token's children without
    # a parse and crashed the process.
    text = ("De Russen gingen in het voorjaar terug. In Cherson gaan de beschietingen door en de troepen gaan "
            "verder met de aanval op de stad, die gisteren werd beschoten.")
    doc = run(rules_nlp, text, "2022-11")
    assert not doc.has_annotation("DEP") and doc._.events


@pytest.mark.issue(6)
def test_event_a_place_named_as_a_yardstick_is_no_site(nlp):
    # Regression (dev news): "het gaat om de oppervlakte van Amsterdam" lent Amsterdam to the ground freed
    # in the next sentence.
    doc = nlp("Het leger heroverde 227 vierkante kilometer. Het gaat om iets meer dan de oppervlakte van Amsterdam. "
              "Twaalf vierkante kilometer werd vorige week bevrijd.")
    assert all((e["place"] or {}).get("name") != "Amsterdam" for e in doc._.events)


@pytest.mark.issue(6)
def test_event_reinforcements_and_positioned_troops_are_deployments(nlp):
    # Regression (dev news): "Russische versterkingen door duizenden Noord-Koreaanse troepen" was no deployment.
    doc = nlp("Er komen Russische versterkingen door duizenden Noord-Koreaanse troepen in de regio Koersk.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("deployment", "Kursk Oblast")]
    # "ter versterking van" (to strengthen) states a purpose
    doc = nlp("Het leger trok troepen terug uit Balaklija ter versterking van de operaties bij Donetsk.")
    assert "deployment" not in [e["kind"] for e in doc._.events]


@pytest.mark.issue(6)
def test_event_arrests_after_a_protest_are_where_it_was(nlp):
    # Regression (held-out news): "Tientallen mensen werden opgepakt" after a protest in Georgia had no place.
    doc = nlp("De Georgische politie sloeg dinsdag een protest neer. Tientallen mensen werden opgepakt.")
    assert sorted((e["kind"], e["place"]["name"]) for e in doc._.events) == [("arrest", "Georgia"),
                                                                            ("protest", "Georgia")]


@pytest.mark.issue(6)
def test_event_a_deal_about_a_sea_is_not_made_at_sea(nlp):
    # Regression (held-out news): the grain deal "over de Zwarte Zee" was placed in the Black Sea.
    doc = nlp("De overeenkomst om graan veilig over de Zwarte Zee te vervoeren werd in juli gesloten.")
    deals = [e for e in doc._.events if e["kind"] == "agreement"]
    assert deals and all(e["place"] is None for e in deals)


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,place", [
    # Held-out news: airports closed by drones and ordered evacuations (coded "other") were no events.
    ("Het vliegveld Vnukovo werd tijdens de droneaanval tijdelijk gesloten.", "Vnukovo"),
    ("De lokale overheid heeft de evacuatie van Koepjansk bevolen.", "Kupiansk"),
])
def test_event_airport_closures_and_evacuations(nlp, text, place):
    assert ("other", place) in [(e["kind"], (e["place"] or {}).get("name")) for e in nlp(text)._.events]


@pytest.mark.issue(6)
def test_event_other_parts_of_the_country_are_a_further_event(nlp):
    # Regression (held-out news): "andere delen van Oekraïne" made Ukraine the side attacked, so the strike fell back
    # on Kyiv and merged into the capital's strike.
    text = ("In Kyiv werd vannacht een ministerie getroffen door Russische raketten. "
            "Volgens de regering viel Rusland ook andere delen van Oekraïne aan.")
    got = {(e["kind"], e["place"]["name"]) for e in events(nlp, text)}
    assert got == {("missile_strike", "Kyiv"), ("missile_strike", "Ukraine")}, got


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kind", [
    ("Het Russische leger heeft vannacht 12 raketten en 600 drones ingezet tegen Lviv.", "drone_strike"),
    ("Het Russische leger heeft vannacht 90 raketten en 40 drones ingezet tegen Lviv.", "missile_strike"),
    ("Het Russische leger heeft vannacht drones en raketten ingezet tegen Lviv.", "drone_strike"),
])
def test_event_strike_of_drones_and_missiles_takes_the_weapon_counted_most(nlp, text, kind):
    # Regression (held-out news): 13 missiles and 805 drones made a missile strike, the first refinement row.
    got = [e["kind"] for e in events(nlp, text)]
    assert got == [kind], got


@pytest.mark.issue(6)
def test_event_what_forces_must_do_is_no_event(nlp):
    # Regression (held-out news): "must take up positions elsewhere" was a territorial gain.
    assert events(nlp, "De brigade moet nu elders in de regio Donetsk nieuwe posities innemen.") == []


@pytest.mark.issue(6)
def test_event_opening_sentence_is_located_by_the_sentences_after_it(nlp):
    # Regression (held-out news): the lede named a strike on "a station" and the place came two sentences on,
    # so the strike was dropped for want of a place.
    text = ("Bij een raketaanval op een Oekraïens busstation zijn zeker tien mensen gedood, zegt de president. "
            "Ook zijn er veel gewonden. Het gaat om het busstation van Kramatorsk, dicht bij het front.")
    got = [(e["kind"], e["place"]["name"]) for e in events(nlp, text)]
    assert got == [("missile_strike", "Kramatorsk")], got


@pytest.mark.issue(6)
def test_event_a_later_sentence_does_not_locate_one_in_the_middle(nlp):
    text = ("In Kramatorsk vielen gisteren twee doden. "
            "Bij een raketaanval op een busstation zijn zeker tien mensen gedood. "
            "Het gaat om het busstation van Sloviansk.")
    got = {(e["kind"], e["place"]["name"]) for e in events(nlp, text)}
    assert ("missile_strike", "Sloviansk") not in got, got


@pytest.mark.issue(6)
def test_event_towns_taken_under_fire_are_one_strike_each(nlp):
    # Regression (held-out news): "zo werden A, B en C onder vuur genomen" after a night of missile strikes was no
    # event, and an attack on a list of towns stayed one event.
    text = ("Rusland voerde vannacht weer grote raketaanvallen uit op Oekraïne. "
            "Daarbij werden Poltava, Sumy en Lviv onder vuur genomen.")
    got = sorted((e["kind"], e["place"]["name"]) for e in events(nlp, text))
    # (the strike on the country, placed by its own sentence, stays as the night's summary beside its towns)
    assert got == [("missile_strike", "Lviv"), ("missile_strike", "Poltava"), ("missile_strike", "Sumy"),
                   ("missile_strike", "Ukraine")], got


@pytest.mark.issue(6)
def test_event_weapon_noun_beside_an_evacuation_is_still_an_event(nlp):
    # Regression (held-out news): drones shot down in a sentence that also reports an evacuation were no event, as if
    # the evacuation were what the drones did.
    text = ("Volgens de burgemeester van Belgorod zijn er Oekraïense drones neergeschoten, is er een brand "
            "uitgebroken en zijn enkele bewoners geëvacueerd.")
    got = {(e["kind"], e["place"]["name"]) for e in events(nlp, text)}
    assert ("drone_strike", "Belgorod") in got, got


@pytest.mark.issue(6)
def test_event_drones_downed_over_a_nations_regions_are_in_that_country(nlp):
    # Regression (held-out news): "in verschillende Oekraïense regio's" named no place, so the interception was lost.
    text = "Het leger zegt dat het vannacht 41 drones heeft neergehaald boven verschillende Oekraïense regio's."
    got = [(e["kind"], e["sub_event_type"], e["place"]["name"]) for e in events(nlp, text)]
    assert got == [("drone_strike", "Disrupted weapons use", "Ukraine")], got


@pytest.mark.issue(6)
def test_event_a_tally_over_a_countrys_towns_stays_beside_one_towns_event(nlp):
    # Regression (held-out news): arrests "in 38 Russian cities" merged into those in Saint Petersburg.
    text = ("In ruim veertig Russische steden zijn dinsdag demonstranten opgepakt. "
            "Alleen al in Jekaterinenburg werden 200 mensen opgepakt.")
    got = sorted((e["kind"], e["place"]["name"]) for e in events(nlp, text) if e["kind"] == "arrest")
    assert got == [("arrest", "Russia"), ("arrest", "Yekaterinburg")], got


@pytest.mark.issue(6)
def test_event_bombers_disabled_in_a_drone_attack_is_a_strike_not_an_interception(nlp):
    # Regression (held-out news): "uitgeschakeld" made the drone attack itself a disrupted one.
    text = "Oekraïne heeft tientallen Russische bommenwerpers uitgeschakeld bij een grote droneaanval op Engels."
    got = [(e["kind"], e["sub_event_type"]) for e in events(nlp, text)]
    assert got == [("drone_strike", "Air/drone strike")], got


@pytest.mark.issue(6)
def test_event_an_attack_does_not_fold_into_drones_shot_down(nlp):
    # Regression (held-out news): an attack on Sumy folded into the drones downed over Ukrainian regions, which
    # then took Sumy as their place.
    text = ("Een aanval op Soemy raakte een gasleiding. "
            "Het leger zegt 30 drones te hebben neergehaald boven verschillende Oekraïense regio's.")
    got = {(e["sub_event_type"], e["place"]["name"]) for e in events(nlp, text)}
    assert ("Disrupted weapons use", "Ukraine") in got, got


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,country", [
    # Regression (held-out news): "voordat ze de Russische hoofdstad bereikten" put drones shot down near Moscow in
    # Russia at large.
    ("Zes drones werden onderschept voordat ze de Russische hoofdstad bereikten.", None),
    ("In meer dan twintig Russische steden werd betoogd.", "Russia"),
])
def test_event_a_nations_capital_is_not_its_whole_ground(nlp, text, country):
    doc = nlp(text)
    got = nlp.get_pipe("kroniek_event")._nation(next(doc.sents), ground=True)
    assert (got or {}).get("name") == country, got


@pytest.mark.issue(6)
def test_event_a_place_listed_after_where_missiles_came_from_is_no_site(nlp):
    # Regression (held-out news): "vanuit de Kaspische Zee, de (Russische) regio Rostov" made the strike Rostov's.
    text = ("Volgens de luchtmacht werden veertig raketten afgevuurd vanuit de Kaspische Zee, "
            "de (Russische) regio Rostov.")
    assert [e["place"] for e in events(nlp, text) if e["place"] and e["place"]["name"] == "Rostov Oblast"] == []


@pytest.mark.issue(6)
def test_event_months_of_attacks_are_a_habit_not_an_event(nlp):
    # Regression (held-out news): "al maandenlang voert Rusland aanvallen uit op" was read as one attack.
    assert events(nlp, "Al maandenlang voert Rusland zware aanvallen uit op de stad Avdijivka.") == []


@pytest.mark.issue(6)
def test_event_shells_that_landed_are_a_strike_and_a_region_in_a_part_of_a_country_is_no_list(nlp):
    # Regression (news page): "granaten en raketten geland" was no event; "in de regio Donetsk in Oost-Oekraïne"
    # split one attack into two.
    got = [e["place"]["name"] for e in events(nlp, "Bij Russische aanvallen in de regio Donetsk in Oost-Oekraïne "
                                                    "zijn vier mensen gedood.")]
    assert got == ["Donetsk Oblast"], got
    got = [(e["kind"], e["place"]["name"]) for e in events(nlp, "In de stad Kramatorsk zijn woensdag opnieuw "
                                                                  "granaten en raketten geland.")]
    assert got == [("missile_strike", "Kramatorsk")], got


@pytest.mark.issue(6)
def test_event_the_same_kind_at_two_places_of_one_sentence_is_two_events(nlp):
    # Regression (news page): the second "beschietingen" of a sentence, at another town, was dropped as the same event.
    text = "Twee burgers zijn gedood bij beschietingen in Kramatorsk en nog twee bij beschietingen in Kostjantynivka."
    got = sorted(e["place"]["name"] for e in events(nlp, text) if e["kind"] == "shelling")
    assert got == ["Kostiantynivka", "Kramatorsk"], got


@pytest.mark.issue(6)
def test_event_civilians_named_alone_with_violence_are_its_target(nlp):
    # Regression (news page): "negen burgers zijn gedood ... door beschietingen" made civilians the shelling's actor1.
    text = "In Kramatorsk zijn twee burgers gedood door beschietingen."
    got = [(e["actor1"], e["actor2"]) for e in events(nlp, text)]
    assert got == [(None, "civilians")], got


@pytest.mark.issue(6)
def test_event_actors_of_a_strike_are_filled_in_from_the_sides_at_war(nlp):
    # The annotators code the strike on a Ukrainian town as Russia's on civilians though the sentence names neither.
    text = ("Rusland en Oekraïne vechten al maanden. "
            "In de nacht werd een flatgebouw in Dnipro getroffen door raketten; er vielen vier doden.")
    ev = next(e for e in events(nlp, text) if e["kind"] == "missile_strike")
    assert (ev["actor1"], ev["actor2"]) == ("Russia military", "civilians"), ev
    assert set(ev["actors_inferred"]) == {"actor1", "actor2"}


@pytest.mark.issue(6)
def test_event_protest_against_a_war_elsewhere_is_where_it_is_held_and_met_arrests(nlp):
    # Regression (news page): "een protest tegen de militaire actie in Oekraïne, in het centrum van Moskou" put
    # the protest in Ukraine, with the Russian military as its actor.
    text = ("Agenten arresteerden zaterdag tientallen mensen bij een protest tegen de Russische militaire actie "
            "in Oekraïne, in het centrum van Moskou.")
    got = {e["kind"]: e for e in events(nlp, text)}
    protest, arrest = got["protest"], got["arrest"]
    assert protest["place"]["name"] == "Moscow", protest
    assert (protest["actor1"], protest["actor2"], protest["sub_event_type"]) == \
        ("civilians", "Russia government", "Protest with intervention")
    assert (arrest["actor1"], arrest["actor2"]) == ("Russia government", "civilians")


@pytest.mark.issue(6)
def test_event_where_a_weapon_was_developed_is_no_site(nlp):
    # Regression (news page): "die tank is ontwikkeld in de Sovjet-Unie" put a delivery in the Soviet Union.
    text = "Die tanks zijn ontwikkeld in de Sovjet-Unie en worden volgend jaar geleverd."
    assert [e["place"] for e in events(nlp, text) if e["kind"] == "weapons_delivery"] in ([], [None])


@pytest.mark.issue(6)
@pytest.mark.parametrize("opening,later,kind", [
    ("Bij de Russische aanval", "Volgens getuigen waren het twee kruisraketten.", "missile_strike"),
    # two weapons named: the means stay open
    ("Bij de Russische aanval", "Volgens getuigen waren het drones en raketten.", "attack"),
    # Regression (held-out news): "een luchtaanval" on Kyiv stayed an air strike though the story told of the
    # missiles fired at the city and their debris.
    ("Bij een Russische luchtaanval", "Volgens getuigen waren het twee kruisraketten.", "missile_strike"),
])
def test_event_attack_takes_the_one_weapon_its_story_names(nlp, opening, later, kind):
    # Regression (held-out news): "de Russische aanval op een restaurant in Kramatorsk" stayed an attack of unknown
    # means though the story went on about two cruise missiles.
    text = opening + " op een café in Sloviansk zijn vijf doden gevallen. Het café is verwoest. " + later
    got = [e["kind"] for e in events(nlp, text) if e["place"] and e["place"]["name"] == "Sloviansk"]
    assert got == [kind], got


@pytest.mark.issue(6)
def test_event_people_killed_on_a_day_named_in_a_relative_clause_is_the_news(nlp):
    # Regression (held-out news): "de 23 burgers die vrijdag om het leven kwamen bij een raketaanval in Oeman" was
    # read as saying who the people were, so the strike was lost.
    doc = nlp.make_doc("De negen bewoners die maandag omkwamen bij een raketaanval in de Oekraïense stad Soemy, "
                       "werden woensdag begraven.")
    from kroniek.interval import DayInterval
    doc._.dct = DayInterval.parse("2024-06")
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("missile_strike", "Sumy")]


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kind", [
    # Regression (held-out news): soldiers who "vielen in Russische handen" were ground changing hands.
    ("Twaalf soldaten vielen bij Bachmoet in Russische handen.", "capture"),
    ("Rusland zegt twee dorpen bij Koersk te hebben veroverd op de Oekraïense soldaten.", "territory_gain"),
])
def test_event_people_falling_into_enemy_hands_are_captured(nlp, text, kind):
    assert [e["kind"] for e in events(nlp, text)] == [kind]


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kind", [
    # Regression (held-out news): "VS stuurt ... munitie naar Oekraïne" was a deployment of forces.
    ("De VS sturen opnieuw voor honderden miljoenen aan munitie naar Oekraïne.", "weapons_delivery"),
    ("Roemenië stuurde twee straaljagers naar de grens met Oekraïne.", "deployment"),
])
def test_event_arms_sent_are_a_delivery_jets_sent_a_deployment(nlp, text, kind):
    assert [e["kind"] for e in events(nlp, text)] == [kind]


@pytest.mark.issue(6)
def test_event_country_attacked_is_the_site_when_no_other_place_is_named(nlp):
    # Regression (held-out news): in "de raketaanvallen op Oekraïne" the country was only the side attacked, so the
    # strike took the place of the sentence before.
    text = "In Lviv bleef het rustig. Rusland voerde maandagochtend zware raketaanvallen op Oekraïne uit."
    got = [(e["kind"], e["place"]["name"]) for e in events(nlp, text)]
    assert got == [("missile_strike", "Ukraine")], got


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,expected", [
    # Regression (held-out news): drones sent into Polish airspace were a drone strike in Russia, and jets scrambled
    # by Romania a deployment in Ukraine, the country of the sentence before.
    ("Er is weer oorlog in Oekraïne. Rusland stuurde meerdere drones het Poolse luchtruim in.", ("other", "Poland")),
    ("Er is weer oorlog in Oekraïne. Roemenië stuurde twee F-16 straaljagers de lucht in.", ("deployment", "Romania")),
])
def test_event_airspace_incursions_and_jets_scrambled(nlp, text, expected):
    got = [(e["kind"], e["place"]["name"]) for e in events(nlp, text)]
    assert expected in got, got


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,expected", [
    # Regression (held-out news): drones shot down in the sentence after the strike named no place of their own,
    # so the bare weapon noun was dropped, and the parser's plain subject label read them as doing the downing.
    ("Een Russische drone-aanval op Odesa kostte vannacht twee mensen het leven. Alle acht drones zouden zijn "
     "neergehaald.", ("Disrupted weapons use", "Odesa")),
    ("Oekraïense drones vielen vannacht de regio Moskou aan. Volgens de burgemeester werden vijf drones onderschept.",
     ("Disrupted weapons use", "Moscow Oblast")),
    # an attack beaten off is an interception too
    ("In de hoofdstad zou het leger een Russische drone-aanval op Kiev hebben afgeslagen.",
     ("Disrupted weapons use", "Kyiv")),
])
def test_event_drones_shot_down_after_the_strike_are_an_interception_there(nlp, text, expected):
    got = {(e["sub_event_type"], e["place"]["name"]) for e in events(nlp, text) if e["place"]}
    assert expected in got, got


@pytest.mark.issue(6)
def test_event_weapons_downed_after_a_barrage_over_towns_are_the_countrys_defence(nlp):
    # Regression (held-out news): "most missiles were intercepted" after a barrage on four cities took the first
    # city as its place; a tally claimed by a country is over that country's ground.
    text = ("Rusland vuurde vandaag tientallen raketten af op Kiev, Lviv en Odesa. De meeste raketten zouden zijn "
            "onderschept.")
    got = {(e["sub_event_type"], e["place"]["name"]) for e in events(nlp, text) if e["place"]}
    assert ("Disrupted weapons use", "Ukraine") in got, got


@pytest.mark.issue(6)
def test_event_an_active_subject_of_a_down_word_still_struck(nlp):
    # The passive reading must not make weapons that did the destroying into weapons destroyed.
    text = "Russische raketten hebben vannacht in Dnipro een fabriek vernietigd."
    got = [(e["kind"], e["sub_event_type"]) for e in events(nlp, text)]
    assert ("missile_strike", "Shelling/artillery/missile attack") in got, got


@pytest.mark.issue(6)
def test_event_a_split_verb_taken_for_an_auxiliary_keeps_its_particle(nlp):
    # Regression (held-out news): the parser made "zette" an auxiliary of the jets, with "in" hanging on them,
    # so the deployment of "zette ... in" was not found.
    text = "Polen zette vannacht gevechtsvliegtuigen in om het eigen luchtruim te bewaken."
    got = [(e["kind"], e["place"]["name"]) for e in events(nlp, text)]
    assert ("deployment", "Poland") in got, got


@pytest.mark.issue(6)
def test_event_zowel_als_splits_an_elided_compound(nlp):
    # Regression (held-out news): "zowel raket- als droneaanvallen" lost the missile strike; only "en" and
    # "of" joined an elided compound.
    text = "Rusland voerde vannacht zowel raket- als droneaanvallen uit op Odesa."
    got = sorted(e["kind"] for e in events(nlp, text))
    assert got == ["drone_strike", "missile_strike"], got


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kind,modality", [
    # Regression (held-out news): "om de herovering ... te vieren" read the recapture as a purpose, a plan.
    ("In Cherson gingen inwoners de straat op om de herovering van de stad te vieren.", "territory_gain", "asserted"),
    # an unconfirmed claim is hedged, not denied
    ("De inname van Toretsk door Russische troepen is nog niet onafhankelijk bevestigd.", "territory_gain",
     "hedged"),
])
def test_event_a_given_or_unconfirmed_event_is_not_unreal(nlp, text, kind, modality):
    got = [(e["kind"], e["modality"]) for e in events(nlp, text)]
    assert (kind, modality) in got, got


@pytest.mark.issue(6)
def test_event_a_strike_named_only_as_known_is_still_the_news(nlp):
    # Regression (held-out news): a follow-up article spoke of its strike only as "de raketaanslag", a reference
    # to a known event, so the article had no event at all.
    text = "Het dodental na de raketaanslag op een flatgebouw in Dnipro is opgelopen tot veertig, meldt de burgemeester."
    got = [(e["kind"], e["place"]["name"]) for e in events(nlp, text)]
    assert ("missile_strike", "Dnipro") in got, got


@pytest.mark.issue(6)
def test_event_a_known_strike_beside_its_own_report_adds_nothing(nlp):
    # the reference is dropped when the article reports violence at that place itself
    text = ("Een Russische raket trof zaterdag een flat in Dnipro. Na de raketaanslag op de flat zochten "
            "reddingswerkers de hele nacht naar overlevenden in Dnipro.")
    got = [(e["kind"], e["place"]["name"]) for e in events(nlp, text)]
    assert got.count(("missile_strike", "Dnipro")) == 1, got


@pytest.mark.issue(6)
def test_event_a_region_listed_with_a_town_is_its_own_event(nlp):
    # Regression (held-out news): "in de hoofdstad Kiev en in de provincie Soemi" gave one strike, at Kyiv: the
    # article and the kind of place between the two names broke the list, and only towns were split off.
    text = "Ook in de hoofdstad Kiev en in de provincie Soemi kwamen vanochtend raketten terecht."
    got = sorted(e["place"]["name"] for e in events(nlp, text) if e["kind"] == "missile_strike")
    assert got == ["Kyiv", "Sumy Oblast"], got


@pytest.mark.issue(6)
def test_event_a_strike_right_after_the_sentence_that_places_it(nlp):
    # Regression (held-out news): the place was in the sentence before the strike's ("a fire broke out in a plant
    # near Dnipro. It started after a missile impact."), so the strike, needing a place, was dropped.
    text = ("In een energiecentrale bij Dnipro is vanochtend een grote brand uitgebroken. Volgens de gouverneur "
            "ontstond het vuur na een Russische raketinslag.")
    got = [(e["kind"], e["place"]["name"]) for e in events(nlp, text)]
    assert ("missile_strike", "Dnipro") in got, got


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kind,places", [
    # A strike placed in a town and another the text places in the region around it are two ACLED locations;
    # they were merged into the town's event.
    ("Een Russische drone-aanval trof vannacht een flat in Dnipro. Later trof een tweede drone-aanval een dorp in "
     "de regio Dnipropetrovsk.", "drone_strike", ["Dnipro", "Dnipropetrovsk Oblast"]),
    # Regression (held-out news): thirty villages retaken in the Kharkiv region folded into the recapture of
    # Kupiansk named in another sentence, though each sentence places its own gain.
    ("Het Oekraïense leger heeft Koepjansk heroverd. Volgens de president zijn ook dertig dorpen in de regio "
     "Charkiv heroverd.", "territory_gain", ["Kharkiv Oblast", "Kupiansk"]),
])
def test_event_a_towns_event_and_one_in_its_region_are_two(nlp, text, kind, places):
    got = sorted(e["place"]["name"] for e in events(nlp, text) if e["kind"] == kind)
    assert got == places, got


@pytest.mark.issue(6)
def test_event_a_bare_attack_after_a_placed_sentence_needs_its_own_place(nlp):
    # Talk of attacks in general after a placed sentence ("the parties keep attacking each other") is no event
    # at the place before.
    text = "In Istanbul spraken de delegaties dinsdag over een bestand. De partijen blijven elkaar intussen aanvallen."
    got = [e["kind"] for e in events(nlp, text)]
    assert "attack" not in got, got


@pytest.mark.issue(6)
def test_event_a_hyphenated_weapon_compound_is_a_weapon(nlp):
    # Regression (held-out news): "F-16-straaljagers" did not count as a weapon, so "levert" (which needs one)
    # reported no delivery.
    text = "In totaal levert Nederland veertien F-16-straaljagers aan Oekraïne."
    got = [(e["kind"], e["place"]["name"]) for e in events(nlp, text)]
    assert got == [("weapons_delivery", "Ukraine")], got


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kind", [
    # Regression (held-out news): "herwonnen" was no word of regained ground, and "reservetroepen" no word of
    # forces, so neither the gain nor the troops sent were reported.
    ("Sinds juni heeft het Oekraïense leger bij Robotyne weer 20 vierkante kilometer herwonnen.", "territory_gain"),
    ("Rusland stuurt voortdurend reservetroepen richting de regio Bachmoet.", "deployment"),
    ("Volgens het leger zijn bij Koepjansk tienduizenden soldaten samengebracht.", "deployment"),
])
def test_event_regained_ground_and_compound_forces(nlp, text, kind):
    assert kind in [e["kind"] for e in events(nlp, text)]


@pytest.mark.issue(6)
def test_event_people_who_died_in_a_town_are_its_strike(nlp):
    # Regression (held-out news): "stierven" was neither a word of killing nor a measure of the dead, so the dead
    # of two towns after the shelling of a region reported nothing there.
    text = ("Door Russische beschietingen in het oosten van Oekraïne vielen donderdag doden. In Kramatorsk en "
            "Avdiivka stierven twee mensen.")
    got = {(e["kind"], e["place"]["name"]) for e in events(nlp, text)}
    assert {("shelling", "Kramatorsk"), ("shelling", "Avdiivka")} <= got, got


@pytest.mark.issue(6)
def test_event_troops_driven_out_of_a_town_is_regained_ground(nlp):
    # Regression (held-out news): "de troepen te hebben verdreven uit Soedzja" had no word of regained ground.
    text = "Het Russische leger claimde zaterdag de Oekraïense troepen te hebben verdreven uit Soedzja."
    got = [(e["kind"], e["place"]["name"]) for e in events(nlp, text)]
    assert ("territory_gain", "Sudzha") in got, got


@pytest.mark.issue(6)
def test_event_an_attack_elsewhere_amid_strikes_of_one_weapon_takes_that_weapon(nlp):
    # Regression (held-out news): "Aanval op Kyiv" in an article of drone strikes on the Moscow region stayed an
    # attack of unknown means, since only strikes in the same country lent their kind; the means, not who struck.
    text = ("Oekraïense drones troffen vannacht een raffinaderij in de regio Moskou. Rusland voerde dezelfde nacht "
            "een aanval uit op Kiev.")
    got = [(e["kind"], e["place"]["name"], e["actor1"]) for e in events(nlp, text)]
    assert ("drone_strike", "Kyiv", "Russia military") in got, got


@pytest.mark.issue(6)
def test_event_habit_words_belong_to_the_event_they_modify(nlp):
    # Regression (held-out news): "in zijn dagelijkse rapport" after a capture made the capture a habit.
    text = "Eenheden hebben het dorp Robotyne heroverd, aldus het leger in zijn dagelijkse rapport."
    assert [(e["kind"], e["place"]["name"]) for e in events(nlp, text)] == [("territory_gain", "Robotyne")]


@pytest.mark.issue(6)
def test_event_forced_to_leave_did_leave(nlp):
    # Regression (held-out news): "zagen zich gedwongen een dorp te verlaten" was read as a plan.
    got = [(e["kind"], e["modality"]) for e in events(nlp, "De mariniers zagen zich gedwongen een dorp bij Krynky te verlaten.")]
    assert got == [("territory_loss", "asserted")], got


@pytest.mark.issue(6)
def test_event_talks_pressed_for_are_no_event(nlp):
    # Regression (held-out news): talks the United States "aansturen op" were reported as held.
    assert events(nlp, "Nu ook Washington aanstuurt op vredesgesprekken in Genève, groeit de druk.") == []


@pytest.mark.issue(6)
def test_event_noun_listed_after_a_preposition_shares_it(nlp):
    # Regression (held-out news): "een mars tegen de agressie, de oorlogsmisdaden en de bezetting" made the
    # occupation an event in Amsterdam: the last noun of the list is what the march was against, too.
    text = "Honderden mensen demonstreerden in Utrecht tegen de oorlog en de bezetting."
    assert [e["kind"] for e in events(nlp, text)] == ["protest"]
    text = "In Utrecht werd een stille tocht gehouden om te protesteren tegen de agressie, de misdaden en de bezetting."
    assert "territory_gain" not in [e["kind"] for e in events(nlp, text)]


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kind", [
    # Regression (held-out news): jets a country sent after a drone became a drone strike by that country.
    ("Moldavië stuurde direct twee F-16-straaljagers de lucht in om de drone te volgen.", "deployment"),
    ("Rusland zette vannacht een recordaantal van 300 drones in tegen Odesa.", "drone_strike"),
])
def test_event_what_was_deployed_decides_the_strike(nlp, text, kind):
    assert [e["kind"] for e in events(nlp, text)] == [kind]


@pytest.mark.issue(6)
def test_event_places_given_as_examples_of_a_list_are_sites(nlp):
    # Regression (held-out news): "raketten afgevuurd op Kiev en andere Oekraïense steden, zoals Lviv, Charkiv en
    # Odessa" was one strike on Kyiv.
    text = "Rusland vuurde vannacht tientallen raketten af op Dnipro en andere steden, zoals Poltava en Sumy."
    got = sorted(e["place"]["name"] for e in events(nlp, text) if e["kind"] == "missile_strike")
    assert got == ["Dnipro", "Poltava", "Sumy"], got


@pytest.mark.issue(6)
def test_event_arrest_at_a_protest_is_not_where_the_protest_is_about(nlp):
    # Regression (held-out news): "2.000 Russen opgepakt tijdens protesten tegen de oorlog in Oekraïne" put the
    # arrests in Ukraine.
    text = "Sinds maandag zijn driehonderd Russen opgepakt tijdens protesten tegen de oorlog in Oekraïne."
    got = [(e["kind"], (e["place"] or {}).get("name")) for e in events(nlp, text)]
    assert ("arrest", "Russia") in got and ("arrest", "Ukraine") not in got, got


@pytest.mark.issue(6)
@pytest.mark.parametrize("text", [
    # Regression (held-out news): the impersonal passive and the compound made no protest.
    "In Utrecht werd zaterdag gedemonstreerd tegen de oorlog.",
    "De protestmars trok zaterdag door het centrum van Utrecht.",
])
def test_event_protest_forms(nlp, text):
    assert [(e["kind"], e["place"]["name"]) for e in events(nlp, text)] == [("protest", "Utrecht")]


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kind", [
    # Regression (held-out news): forms of the paradigm the lexicon lacked.
    ("Het leger heeft het dorp Robotyne terugveroverd.", "territory_gain"),
    ("In de nacht heroverden de mariniers het dorp Krynky.", "territory_gain"),
    ("De Russen bestormen al dagen de stad Avdiivka.", "armed_clash"),
])
def test_event_verb_forms(nlp, text, kind):
    assert kind in [e["kind"] for e in events(nlp, text)]


def test_weapons_downed_are_not_placed_in_the_country_that_fired_them(nlp):
    # regression: "Russia launched twelve missiles, all intercepted" was a defence placed in Russia
    doc = nlp("Boven Odesa ontplofte een raket. Volgens het leger lanceerde Rusland vannacht twaalf raketten, die alle "
              "twaalf werden onderschept.")
    assert not [e for e in doc._.events if e["place"] and e["place"]["name"] == "Russia"]


def test_a_town_regularly_targeted_is_a_habit_however_the_adverb_is_parsed(nlp):
    # regression: the parser hung the habit adverb outside the clause of "het mikpunt van drones"
    doc = nlp("In Dnipro vielen gisteren twee doden. Deze havenstad aan de rivier is al maanden vaak het mikpunt van "
              "Russische drones en raketten.")
    assert [e["kind"] for e in doc._.events] == ["casualties"]


def test_fighter_jets_by_type_are_forces(nlp):
    # regression: "F-35’s" (a type other than the F-16, a curly apostrophe) was no weapon, so their stationing
    # had no forces and was dropped
    doc = nlp("Twee van de acht F-35’s die Noorwegen sinds de zomer in Polen gelegerd heeft, stegen op.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("deployment", "Poland")]


def test_a_patrol_does_not_take_the_weapon_of_the_story(nlp):
    # regression: Spanish jets patrolling over Romania became a drone strike from the drones of the next sentences
    doc = nlp("Italiaanse Eurofighters en Spaanse F-18’s patrouilleren deze winter boven Roemenië. Eerder vlogen er "
              "Russische drones het land binnen.")
    assert ("deployment", "Romania") in [(e["kind"], (e["place"] or {}).get("name")) for e in doc._.events]


def test_artillery_shells_that_exploded_are_shelling(nlp):
    # regression: "ontploften" (the plural past) was no trigger, and shells exploding were no shelling
    doc = nlp("Langs het front bij Bachmoet ontploften gisteren tientallen artilleriegranaten.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("shelling", "Bakhmut")]


def test_an_explosion_does_not_take_the_weapon_of_the_next_sentence(nlp):
    # blowing up a bridge stays an explosion when shells fall on the town afterwards
    doc = nlp("Terugtrekkende eenheden hebben zaterdag de spoorbrug bij Irpin opgeblazen. Daarna vielen er "
              "artilleriegranaten op de stad.")
    assert [e["kind"] for e in doc._.events if e["text"] == "opgeblazen"] == ["explosion"]


@pytest.mark.parametrize("text,kind", [
    # regression: singular "gevecht" and plural pasts or nouns of listed verbs reported nothing
    ("Rond Avdiivka zijn Oekraïense eenheden al dagen in gevecht met Russische troepen.", "armed_clash"),
    ("Bij twee aanslagen in Melitopol kwamen gisteren vier soldaten om.", "explosion"),
])
def test_trigger_paradigms_are_complete(nlp, text, kind):
    assert kind in [e["kind"] for e in nlp(text)._.events]


def test_what_someone_did_formerly_is_no_news(nlp):
    # regression: a suspect's past attacks ("pleegde vroeger een aanslag") were reported as news
    doc = nlp("De gearresteerde man pleegde vroeger een aanslag op een spoorlijn bij Charkiv.")
    assert doc._.events == []


@pytest.mark.parametrize("text,kinds", [
    # regression: losing a person (a death in the family) was read as lost territory
    ("In Charkiv rouwen veel families. Bijna elk gezin heeft een zoon of broer verloren.", []),
    ("De Oekraïners hebben het dorp Robotyne verloren.", ["territory_loss"]),
    ("De Russen hebben hun posities bij Kupiansk opgegeven.", ["territory_loss"]),
])
def test_losing_is_territory_only_with_ground_as_its_object(nlp, text, kinds):
    assert [e["kind"] for e in nlp(text)._.events] == kinds


def test_where_people_flee_to_is_not_where_the_bombing_was(nlp):
    # regression: people leaving for a country "because of the Russian bombing" placed the bombing in that country
    doc = nlp("Veel Oekraïners trekken naar België, onder andere door de Russische bombardementen op de "
              "energiecentrales.")
    assert not [e for e in doc._.events if (e["place"] or {}).get("name") == "Belgium"]


def test_a_strike_that_killed_people_needs_no_place(nlp):
    # regression: "the missile strike killed four" with no place in the article left only a count of dead
    doc = nlp("De autoriteiten melden dat de raketaanval vier burgers heeft gedood.")
    assert [e["kind"] for e in doc._.events] == ["missile_strike"]


def test_despite_the_fighting_dates_nothing(nlp):
    # regression: "de overeenkomst om ondanks de strijd schepen te laten varen" reported the fighting as an event
    doc = nlp("Het akkoord laat ondanks de strijd graanschepen uit Odesa vertrekken.")
    assert "armed_clash" not in [e["kind"] for e in doc._.events]


@pytest.mark.parametrize("text", [
    # regression: the complement of an infinitive of purpose ("om ... te blijven vechten") was asserted
    "De generaal probeert zijn mannen over te halen om bij Pokrovsk te blijven vechten.",
    # regression: the complement of a marked infinitive ("om ... ingelijfd te worden") was asserted
    "De bezetters zeggen dat de bevolking van de provincie in meerderheid koos om door Rusland ingelijfd te worden.",
])
def test_complements_of_unreal_infinitives_are_unreal(nlp, text):
    assert [e["kind"] for e in nlp(text)._.events] == []


def test_reconnaissance_drones_are_no_strike(nlp):
    # regression: reconnaissance drones seen near Crimea were a drone strike
    doc = nlp("Boven de haven van Sebastopol cirkelden twee verkenningsdrones.")
    assert "drone_strike" not in [e["kind"] for e in doc._.events]


def test_what_something_is_called_is_no_event(nlp):
    # regression: calling something "een aanval op" a country reported an attack
    doc = nlp("Volgens de premier is dit een aanval op heel Europa, niet alleen op Oekraïne.")
    assert doc._.events == []


def test_a_hedged_plan_is_a_plan(nlp):
    # regression: "om zo snel mogelijk te evacueren" under a call was hedged by "mogelijk", so kept as news
    doc = nlp("De autoriteiten vragen de inwoners van Kramatorsk om zo snel mogelijk te evacueren.")
    assert doc._.events == []


@pytest.mark.parametrize("text", [
    "Het land is in de strijd tegen Rusland afhankelijk van wapens uit het westen.",
    "In Charkiv gingen de reddingswerkers meteen aan de slag.",
    "Het schiereiland werd in 2014 in strijd met het volkenrecht bezet, zegt de minister in Kiev.",
])
def test_an_event_word_in_a_fixed_phrase_is_no_clash(nlp, text):
    # regression: "in de strijd tegen Rusland" (the war as a whole), "aan de slag" (to set to work) and
    # "in strijd met" (contrary to) were each an armed clash
    assert "armed_clash" not in [e["kind"] for e in nlp(text)._.events]


def test_a_fierce_fight_is_still_a_clash(nlp):
    doc = nlp("Bij Bachmoet woedt een felle strijd om elke straat.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("armed_clash", "Bakhmut")]


def test_a_habit_adverb_the_parser_hangs_under_the_object_is_a_habit(nlp):
    # regression: "wisselen regelmatig krijgsgevangenen uit", with the adverb under the object, was one exchange
    doc = nlp("Kiev en Moskou wisselen regelmatig krijgsgevangenen uit.")
    assert "prisoner_exchange" not in [e["kind"] for e in doc._.events]


@pytest.mark.parametrize("text,expected", [
    # regression: withdrawing from a grain deal "with Kiev" was a territory loss at Kiev
    ("Moskou trok zich vorige week terug uit het graanakkoord met Kiev.", []),
    ("Het leger trok zich terug uit een wijk in het oosten van Pokrovsk.", [("territory_loss", "Pokrovsk")]),
    ("Het leger heeft zich teruggetrokken uit een aantal dorpen in de regio Charkiv.",
     [("territory_loss", "Kharkiv Oblast")]),
    # a time the parser reads as the object leaves the place need to decide
    ("De brigade bij Lyman trok zich vorige week terug.", [("territory_loss", "Lyman")]),
])
def test_a_withdrawal_loses_ground_only_when_it_leaves_ground(nlp, text, expected):
    assert [(e["kind"], e["place"]["name"]) for e in run(nlp, text, "2024-06")._.events] == expected


def test_weapons_needed_are_no_strike(nlp):
    # regression: missiles a president says are needed in a country were a missile strike there
    doc = nlp("Volgens de president zijn extra raketten nodig in Oekraïne.")
    assert doc._.events == []


def test_the_shelled_town_of_a_missile_strike_on_its_region_is_that_strike(nlp):
    # regression: a missile strike "in the region" and, a sentence later, "the shelled town" in it were two
    # events, a missile strike on the region and shelling of the town
    doc = nlp("Een Russische raket trof zondag de regio Charkiv. Het zwaar beschoten stadje Balaklija telt nog maar "
              "weinig inwoners.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("missile_strike", "Balakliia")]


@pytest.mark.parametrize("text", [
    # regression: who holds ground, said in a passive of state, was a capture ("is bezet door")
    "De haven van Berdjansk is nog altijd bezet door Russische militairen.",
    "Het deel van Charkiv dat nog bezet wordt gehouden, is klein.",
    # regression: the noun for occupation names a state ("weken van bezetting"), not the taking of ground
    "Na drie weken van bezetting in Boetsja keerden de bewoners terug.",
])
def test_holding_ground_is_no_change_of_it(nlp, text):
    assert "territory_gain" not in [e["kind"] for e in nlp(text)._.events]


def test_taking_ground_in_a_passive_of_event_is_still_a_change(nlp):
    doc = nlp("De haven van Berdjansk werd in maart door Russische militairen bezet.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("territory_gain", "Berdiansk")]


def test_an_event_in_other_countries_is_not_placed_where_the_last_one_was(nlp):
    # regression: "ook in andere landen werd gedemonstreerd" took the city of the protest before, and merged with it
    doc = nlp("In Sint-Petersburg werd zaterdag betoogd. Ook in andere landen werd gedemonstreerd tegen de oorlog.")
    assert [(e["kind"], (e["place"] or {}).get("name")) for e in doc._.events] \
        == [("protest", "Saint Petersburg"), ("protest", None)]


@pytest.mark.parametrize("text,kind", [
    # regression: a bomb attack written as one word ("bomaanslag") was no event
    ("Een blogger kwam om bij een bomaanslag in een café in Sint-Petersburg.", "explosion"),
    # regression: weapons received ("ontving") were no delivery
    ("Oekraïne ontving gisteren de eerste F-16's.", "weapons_delivery"),
])
def test_compound_and_receiving_forms_trigger_their_events(nlp, text, kind):
    assert kind in [e["kind"] for e in nlp(text)._.events]


def test_receiving_a_letter_is_no_delivery(nlp):
    assert nlp("De burgemeester heeft vandaag een brief ontvangen van de minister.")._.events == []


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kinds", [
    # Regression (held-out news): attacks made near a town, with no target named, were coded as attacks of
    # unknown means; the gold, as ACLED, codes them as armed clashes
    ("De Oekraïense eenheden voerden zondag zware aanvallen uit rond Kreminna.", [("armed_clash", "Kreminna")]),
    ("Het Russische leger viel op drie plekken aan, onder meer bij Vovtsjansk.", [("armed_clash", "Vovchansk")]),
    # an attack on a town, on people or on power plants may come from afar: it stays an attack
    ("Bij een Russische aanval op de stad Oeman kwamen tien mensen om.", [("attack", "Uman")]),
    ("Door Russische aanvallen op de energiecentrales zit Charkiv zonder stroom.", [("attack", "Kharkiv")]),
    ("De troepen vielen zaterdag Koepjansk aan.", [("attack", "Kupiansk")]),
    # a list of places after a colon, and "in de buurt van"
    ("De Russen vallen op twee plaatsen aan: nabij Koepjansk en Lyman.",
     [("armed_clash", "Kupiansk"), ("armed_clash", "Lyman")]),
    ("Oekraïense troepen zijn in de buurt van Kreminna in de aanval.", [("armed_clash", "Kreminna")]),
    # Regression (fresh pages): an attack placed by another clause or sentence says nothing of how it was made
    # ("the Crimean bridge reopened a day after the deadly attack" became a clash at the bridge)
    ("Oekraïne voerde zaterdag een aanval uit. Volgens Moskou werd de haven van Sebastopol geraakt.",
     [("attack", "Sevastopol")]),
])
def test_event_attack_made_somewhere_is_a_clash(nlp, text, kinds):
    assert [(e["kind"], e["place"]["name"]) for e in events(nlp, text)] == kinds


@pytest.mark.issue(6)
def test_event_explosions_at_towns_of_a_barrage_are_its_strikes_there(nlp):
    # Regression (held-out news): explosions that residents of three cities reported, beside missiles on Ukrainian
    # cities, stayed explosions; ACLED codes the barrage once per location, as the gold does.
    doc = nlp("Rusland heeft vanochtend Oekraïense steden bestookt met tientallen raketten. "
              "In Lviv en Poltava waren zware explosies te horen.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [
        ("missile_strike", "Ukraine"), ("missile_strike", "Lviv"), ("missile_strike", "Poltava")]


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,found", [
    # Regression (held-out news): damage reported in further regions of a night's strikes ("in de regio X is ook
    # schade aangericht") was no event; the gold codes the strike once per location, as ACLED does
    ("Russische raketten troffen vannacht de stad Dnipro. In de regio Poltava werden twee scholen beschadigd.",
     [("missile_strike", "Dnipro"), ("missile_strike", "Poltava Oblast")]),
    ("Drones vielen vannacht Odesa aan. In Izmail werd een graansilo vernield.",
     [("drone_strike", "Odesa"), ("drone_strike", "Izmayil")]),
    # damage alone says nothing of war, and damage somewhere in the country names no further location
    ("In Lviv werden huizen beschadigd door de storm.", []),
    ("Russische raketten troffen vannacht Dnipro. Ook in andere regio's van Oekraïne werden gebouwen getroffen.",
     [("missile_strike", "Dnipro")]),
])
def test_event_damage_at_a_town_is_the_strikes_event_there(nlp, text, found):
    assert [(e["kind"], e["place"]["name"]) for e in nlp(text)._.events] == found


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,found", [
    # Regression (held-out news): troops "rukken op" (advance) was no trigger; the gold codes an advance at a place
    # as ground won there
    ("Oekraïense troepen rukken langzaam op bij Robotyne.", [("territory_gain", "Robotyne")]),
    ("De Russische troepen zijn verder opgerukt bij Pokrovsk.", [("territory_gain", "Pokrovsk")]),
    # Regression (held-out news): "de Russen" boeken vooruitgang: a side of the war, named as a people, wins ground
    ("De Russen boeken vorderingen bij Koepjansk.", [("territory_gain", "Kupiansk")]),
    # a people is no force that is sent somewhere
    ("De Russen sturen hun zonen naar Kazachstan.", []),
])
def test_event_advance_of_forces_or_of_a_side(nlp, text, found):
    assert [(e["kind"], e["place"]["name"]) for e in nlp(text)._.events] == found


@pytest.mark.issue(6)
def test_event_a_count_of_people_lost_is_no_ground_lost(nlp):
    # Regression (held-out news): "tussen de 10.000 en 13.000 soldaten verloren": the parser hung the count under
    # "tussen" and the soldiers as its conjunct, so the verb had no object and reported lost ground.
    doc = nlp("Het Russische leger heeft sinds de zomer tussen de 5.000 en 8.000 soldaten verloren bij Koepjansk.")
    assert [e["kind"] for e in doc._.events] != ["territory_loss"]
    assert [e["kind"] for e in nlp("Het Russische leger heeft sinds de zomer drie dorpen verloren bij Koepjansk.")
            ._.events] == ["territory_loss"]


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kinds", [
    # Regression (held-out news): people freed from the rubble ("bevrijd worden") were ground won
    ("Twee bewoners konden na uren uit het puin in Dnipro worden bevrijd.", []),
    ("Oekraïne heeft het dorp Robotyne bevrijd.", ["territory_gain"]),
    ("De stad Cherson werd in november bevrijd.", ["territory_gain"]),
])
def test_event_freeing_people_is_no_ground_won(nlp, text, kinds):
    assert [e["kind"] for e in nlp(text)._.events] == kinds


@pytest.mark.issue(6)
def test_event_invasion_is_a_landmark_in_an_undated_article_dated_from_its_content(nlp):
    # Regression (held-out news): "De Russische invasie duurt nu al zo'n 18 maanden" in an undated page made a
    # clash: the landmark test needed a publication date, though the content dates the page well after it.
    doc = nlp("De Russische invasie duurt nu al bijna twee jaar. Bij Bachmoet werd zaterdag zwaar gevochten.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [("armed_clash", "Bakhmut")]


@pytest.mark.issue(6)
def test_event_another_sides_invasion_is_no_landmark(nlp):
    # the landmark is Russia's invasion; Ukraine's incursion is an event of its own, whenever the article is
    doc = run(nlp, "De Oekraïense invasie is deze week begonnen, zeggen Russische bronnen.", "2024-08")
    assert [e["kind"] for e in doc._.events] == ["armed_clash"]


@pytest.mark.issue(6)
def test_event_weapons_bought_or_ordered_are_no_strike(nlp):
    # Regression (held-out news): "heeft Rusland in Iran zo'n 2.400 drones besteld" was a drone strike in Iran
    assert nlp("Volgens het ministerie heeft Wit-Rusland in China zestig drones gekocht.")._.events == []
    assert [e["kind"] for e in nlp("Vannacht troffen zestig drones de haven van Odesa.")._.events] == ["drone_strike"]


@pytest.mark.issue(6)
def test_event_in_keeping_with_is_no_agreement(nlp):
    # Regression (held-out news): "Dat is in overeenstemming met wat de woordvoerder zei" was an agreement
    doc = nlp("Dat is in overeenstemming met wat de gouverneur van Charkiv gisteren meldde.")
    assert doc._.events == []


@pytest.mark.issue(6)
def test_event_a_tally_of_soldiers_lost_is_a_casualties_event_of_its_own(nlp):
    # Regression (held-out news): "heeft tussen de 10.000 en 13.000 soldaten verloren in de oorlog tegen Rusland" was
    # no event; the gold codes a side's losses as casualties, apart from the fighting the article reports
    doc = nlp("Bij Avdijivka wordt zwaar gevochten. Rusland heeft daar in twee maanden 16.000 soldaten verloren.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [
        ("armed_clash", "Avdiivka"), ("casualties", "Avdiivka")]
    # the war "tegen Rusland" names the other side, not where the soldiers were lost
    doc = nlp("Oekraïne heeft 5.000 soldaten verloren in de oorlog tegen Rusland.")
    assert [(e["kind"], e["place"]) for e in doc._.events] == [("casualties", None)]


@pytest.mark.issue(6)
def test_event_ground_won_at_each_town_of_a_list(nlp):
    # Regression (held-out news): ground won "in de regio's A, Marijinka, B en C" stopped at the first town
    doc = nlp("Het Russische leger boekt vooruitgang bij Pokrovsk, Marijinka en Koerachove.")
    assert [(e["kind"], e["place"]["name"]) for e in doc._.events] == [
        ("territory_gain", "Pokrovsk"), ("territory_gain", "Marinka"), ("territory_gain", "Kurakhove")]


@pytest.mark.issue(6)
def test_event_weapons_downed_are_not_defended_over_the_country_that_fired_them(nlp):
    # the country after "door" fired the missiles: the defence is over the town the story is about
    text = ("Door Russische luchtaanvallen moesten de inwoners van Kyiv vannacht weer schuilen. "
            "Het leger zegt veertig door Rusland afgevuurde raketten te hebben neergeschoten.")
    assert "Russia" not in [(e["place"] or {}).get("name") for e in events(nlp, text)]


@pytest.mark.issue(6)
@pytest.mark.parametrize("text", [
    "Rusland bestookte Oekraïne vannacht met honderd drones.",
    "Het Russische leger heeft Oekraïne opnieuw aangevallen met raketten.",
    # the parser reads the second country as a second subject
    "Zondagnacht viel Rusland Oekraïne opnieuw aan met tientallen drones.",
])
def test_event_the_country_attacked_is_where_the_strike_was(nlp, text):
    assert [(e["place"] or {}).get("name") for e in events(nlp, text)] == ["Ukraine"]


@pytest.mark.issue(6)
@pytest.mark.parametrize("text", [
    # a protest lodged with a government is a diplomatic step, not a demonstration
    "Moskou heeft woensdag een protest ingediend bij de Duitse ambassadeur.",
    # "goed overeenkomen" is getting along, not agreeing on something
    "De brandweer en de politie in Charkiv komen goed overeen.",
])
def test_event_diplomatic_protest_and_getting_along_are_no_protest_or_agreement(nlp, text):
    assert not {"protest", "agreement"} & {e["kind"] for e in events(nlp, text)}


@pytest.mark.issue(6)
def test_event_invasion_named_in_a_since_clause_beside_another_place_is_a_landmark(nlp):
    # the place of the main clause is not where the invasion was; its own clause names Ukraine
    doc = run(nlp, "De regio Koersk wordt regelmatig aangevallen sinds Rusland Oekraïne in februari 2022 binnenviel.",
              "2025-06")
    assert "armed_clash" not in [e["kind"] for e in doc._.events]


@pytest.mark.issue(6)
def test_event_headline_suburb_of_a_city_is_the_suburb_its_lead_names(nlp):
    text = ("Belangrijke voorstad van Kiev opnieuw in Oekraïense handen\n\n"
            "Het leger meldt dat de vlag weer wappert boven het stadje Irpin. "
            "Het stadje ligt twintig kilometer van Kiev vandaan. De herovering kostte dagen van zware gevechten.")
    places = sites(nlp, text)
    assert ("territory_gain", "Irpin") in places
    assert not any(name == "Kyiv" for _, name in places)  # only the yardstick of a distance


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kinds", [
    ("De Russische eenheden wisten enkele buitenwijken van Irpin te bemachtigen.", ["territory_gain"]),
    ("In Kiev wisten de soldaten nog wat wapens te bemachtigen.", []),  # things obtained, not ground
])
def test_event_seizing_ground_is_a_gain(nlp, text, kinds):
    assert [e["kind"] for e in events(nlp, text)] == kinds


@pytest.mark.issue(6)
def test_event_capital_is_not_inside_a_region_whose_centre_lies_near_it(nlp):
    # Kyiv is a first-level unit of its own: its explosions are not the strike on the Vinnytsia region
    text = "In Kiev waren ontploffingen te horen. Het leger meldde aanvallen met kruisraketten in de regio Vinnytsja."
    found = sites(nlp, text)
    assert found == {("explosion", "Kyiv"), ("missile_strike", "Vinnytsia Oblast")}


@pytest.mark.issue(6)
def test_event_explosion_in_a_district_is_the_towns(nlp):
    text = "In Kiev waren in de nacht ontploffingen te horen. In de wijk Desnjansky werd een ontploffing gemeld."
    assert [(e["kind"], (e["place"] or {}).get("name")) for e in events(nlp, text)] == [("explosion", "Kyiv")]


@pytest.mark.issue(6)
def test_event_weapon_hung_on_the_object_refines_the_firing(nlp):
    # the parser hangs "met raketten" on "hoofdstad": still what the capital was fired upon with
    text = ("Russische troepen bestookten de Oekraïense hoofdstad Kiev vrijdag met raketten. "
            "Bij de aanval op de stad werden ook gevechtshelikopters ingezet.")
    assert [(e["kind"], (e["place"] or {}).get("name")) for e in events(nlp, text)] == [("missile_strike", "Kyiv")]


@pytest.mark.issue(6)
def test_event_place_of_what_an_attack_follows_is_not_its_own(nlp):
    # the meeting in Turkey is what the strike came after, not where it struck
    text = "Een drone trof een bus in Soemy. De aanval komt een dag na een ontmoeting tussen beide delegaties in Turkije."
    assert [(e["kind"], (e["place"] or {}).get("name")) for e in events(nlp, text)] == [("drone_strike", "Sumy")]


@pytest.mark.issue(6)
def test_event_next_sentence_naming_the_towns_places_the_event_there(nlp):
    text = ("Het Russische leger zegt twee dorpen in het oosten van Oekraïne te hebben veroverd. "
            "Het gaat om Lozova, in de regio Charkiv, en Sontsivka, in de regio Donetsk.")
    found = sites(nlp, text)
    assert {("territory_gain", "Lozova"), ("territory_gain", "Sontsivka")} <= found


@pytest.mark.issue(6)
def test_event_fighting_at_each_town_of_a_list_is_a_clash_there(nlp):
    # ACLED codes a clash per location, as it does a strike
    text = "De zwaarste gevechten vonden de afgelopen dagen plaats rond Bachmoet, Avdiivka en Marjinka."
    assert [(e["kind"], (e["place"] or {}).get("name")) for e in events(nlp, text)] == [
        ("armed_clash", "Bakhmut"), ("armed_clash", "Avdiivka"), ("armed_clash", "Marinka")]


@pytest.mark.issue(6)
@pytest.mark.parametrize("text", [
    # a section title inside the story names no place and reports nothing
    "Oekraïne en Rusland ruilden zaterdag gevangenen uit bij de grens.\n\nOnderhandelingen\n\nHet overleg liep maanden.",
    # "een teruggetrokken bestaan leiden" is living a secluded life
    "Sommige Oekraïense mannen leiden in Lviv uit angst voor de oorlog een teruggetrokken bestaan.",
])
def test_event_section_title_and_secluded_life_are_no_events(nlp, text):
    kinds = [e["kind"] for e in events(nlp, text)]
    assert "other" not in kinds and "territory_loss" not in kinds


@pytest.mark.issue(6)
def test_event_chemical_weapons_used_are_no_deployment(nlp):
    found = [(e["kind"], e["sub_event_type"]) for e in events(nlp, "Die eenheden hebben ook chemische wapens ingezet in "
                                                                      "Oekraïne.")]
    assert found == [("other", "Chemical weapon")]


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kinds", [
    ("Na de nederlaag bij Charkiv: de Russische militairen trekken naar de nabijgelegen regio Donetsk.", ["deployment"]),
    ("Duizenden burgers trokken naar de grens met Polen.", []),  # people on the move are no forces
])
def test_event_forces_moving_to_a_place_are_deployed(nlp, text, kinds):
    assert [e["kind"] for e in events(nlp, text) if e["kind"] == "deployment"] == kinds


@pytest.mark.issue(6)
def test_event_national_ground_with_a_curly_apostrophe(nlp):
    # the tokenizer splits "regio’s" (curly apostrophe) but not "regio's": both are Ukraine's ground
    text = "Vrijdag kondigt Poetin in Moskou de formele annexatie aan van vier Oekraïense regio’s."
    assert [(e["kind"], (e["place"] or {}).get("name")) for e in events(nlp, text)] == [("territory_gain", "Ukraine")]


@pytest.mark.issue(6)
def test_event_helicopters_attacking_make_an_air_strike(nlp):
    text = "Volgens de gouverneur van Belgorod hebben Oekraïense helikopters een brandstofdepot aangevallen."
    assert [e["kind"] for e in events(nlp, text)] == ["air_strike"]


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,place", [
    # the Russians here are whom the man worked with, not where he was arrested
    ("Zijn zoon was toen al aangehouden op verdenking van samenwerking met de Russen.", None),
    ("De Georgische politie heeft zaterdag tientallen betogers opgepakt.", "Georgia"),
])
def test_event_domestic_event_placed_by_the_acting_nation_only(nlp, text, place):
    arrests = [e for e in events(nlp, text) if e["kind"] == "arrest"]
    assert [(e["place"] or {}).get("name") for e in arrests] == [place]


@pytest.mark.issue(6)
def test_event_paratroopers_landing_are_no_missile(nlp):
    # "geland" is a missile's impact only beside a weapon; people and planes land too
    text = "In Charkiv zijn woensdagochtend Russische parachutisten geland, melden Oekraïense media."
    assert "missile_strike" not in [e["kind"] for e in events(nlp, text)]


@pytest.mark.issue(6)
def test_event_towns_named_after_replace_a_borrowed_place(nlp):
    # the third sentence's protest names no place of its own: the towns of "Dat gebeurde in ..." are its places,
    # not the country of a slogan in the sentence before
    text = ("Voor het stadhuis van Den Haag werd zaterdag betoogd tegen de oorlog. Op de spandoeken stond 'Vrede voor "
            "Oekraïne'. Zondag werd ook elders in het land gedemonstreerd. Dat gebeurde onder andere in Utrecht, "
            "Zwolle en Breda.")
    found = [(e["kind"], (e["place"] or {}).get("name")) for e in events(nlp, text)]
    assert {("protest", "Utrecht"), ("protest", "Zwolle"), ("protest", "Breda")} <= set(found)
    assert ("protest", "Ukraine") not in found


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kinds", [
    # pleased with a decision: nothing was taken
    ("De minister, die Moskou eerder van oorlogsmisdaden beschuldigde, was zeer ingenomen met het Franse besluit.", []),
    # ground taken with armour is still ground taken
    ("Oekraïense eenheden hebben bij Robotyne nieuwe posities ingenomen met tanks.", ["territory_gain"]),
])
def test_event_pleased_with_is_an_idiom(nlp, text, kinds):
    assert [e["kind"] for e in events(nlp, text)] == kinds


@pytest.mark.issue(6)
def test_event_what_is_expected_has_not_happened(nlp):
    text = "Westerse analisten verwachten dat de Russen in het voorjaar zware aanvallen op Charkiv uitvoeren."
    assert events(nlp, text) == []


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,towns", [
    # the verb left out after "en": the strike reached Zaporizhzhia too
    ("Volgens het leger werden vannacht doelen in de stad Dnipro met drones aangevallen en in Zaporizja.",
     {"Dnipro", "Zaporizhzhia"}),
    # a word of addition after the verb
    ("Met drones werd vannacht de stad Tsjernihiv aangevallen, evenals Poltava en Charkiv.",
     {"Chernihiv", "Poltava", "Kharkiv"}),
])
def test_event_places_listed_after_the_verb(nlp, text, towns):
    assert {(e["place"] or {}).get("name") for e in events(nlp, text) if e["kind"] == "drone_strike"} == towns


@pytest.mark.issue(6)
def test_event_words_for_a_kind_of_town_join_a_list(nlp):
    # "tweelingstad" names the kind of place, like "stad": Lysychansk is listed with Sievierodonetsk
    text = "Volgens het leger wordt hevig gevochten in de industriestad Sjevjerodonetsk en tweelingstad Lysytsjansk."
    assert sites(nlp, text) == {
        ("armed_clash", "Sievierodonetsk"), ("armed_clash", "Lysychansk")}


@pytest.mark.issue(6)
def test_event_each_sides_gain_at_one_place_is_its_own_event(nlp):
    # two claims of who holds the village: kept apart, not merged into one gain
    text = ("Het Russische leger heeft het dorp Robotyne veroverd, meldt Moskou. "
            "Oekraïense troepen hebben Robotyne teruggewonnen, zegt de generale staf in Kiev.")
    gains = [e for e in events(nlp, text) if e["kind"] == "territory_gain"]
    assert sorted((e["place"]["name"], e["actor1"]) for e in gains) == [
        ("Robotyne", "Russia military"), ("Robotyne", "Ukraine military")]


@pytest.mark.issue(6)
def test_event_troops_sent_to_listed_countries_are_a_deployment_in_each(nlp):
    text = "Washington stuurt extra troepenversterkingen naar Polen en Roemenië, meldt het Pentagon."
    assert sites(nlp, text) == {
        ("deployment", "Poland"), ("deployment", "Romania")}


@pytest.mark.issue(6)
def test_event_troops_sent_are_not_armed_by_a_weapon_named_after(nlp):
    # the force sent is troops; the drones of the next sentence do not make the deployment a drone strike
    text = ("Rusland heeft duizenden soldaten naar de regio Belgorod gestuurd. "
            "Volgens Kiev worden er ook drones opgeslagen.")
    assert [e["kind"] for e in events(nlp, text)] == ["deployment"]


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kinds", [
    ("Het parlement in Kiev heeft de staat van beleg opnieuw met drie maanden verlengd.", ["other"]),
    # a siege is fighting, not martial law
    ("Het beleg van de stad duurde maanden.", []),
])
def test_event_martial_law_is_a_strategic_development(nlp, text, kinds):
    assert [e["kind"] for e in events(nlp, text)] == kinds


@pytest.mark.issue(6)
def test_event_list_of_towns_with_an_adjective_before_the_kind_of_town(nlp):
    text = "Er werd de hele week hevig gevochten in de stad Bachmoet en het nabijgelegen stadje Soledar."
    assert sites(nlp, text) == {
        ("armed_clash", "Bakhmut"), ("armed_clash", "Soledar")}


@pytest.mark.issue(6)
@pytest.mark.parametrize("text,kinds", [
    # planes landing are no impact, though jets are weapons a delivery may name
    ("De twee vliegtuigen met de vrijgelaten gevangenen zijn gisteren geland in Moskou en Kiev.", []),
    ("Bij Lviv is vannacht een raket geland in een weiland.", ["missile_strike"]),
])
def test_event_landing_is_an_impact_only_of_a_projectile(nlp, text, kinds):
    assert [e["kind"] for e in events(nlp, text)] == kinds


@pytest.mark.issue(6)
def test_event_nationality_of_the_target_is_no_actor(nlp):
    # "het Oekraïense elektriciteitsnet" is what the missiles hit; Russia fired them
    # (read as actor1, it kept the second mention apart from Russia's strike: one strike counted twice)
    text = ("Rusland vuurde woensdag zeventig kruisraketten af op Oekraïne. "
            "Na zes weken van raketaanvallen ligt de helft van het Oekraïense energienetwerk plat.")
    strikes = [e for e in events(nlp, text) if e["kind"] == "missile_strike"]
    assert [(e["place"]["name"], e["actor1"]) for e in strikes] == [("Ukraine", "Russia military")]
