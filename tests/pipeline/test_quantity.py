"""kroniek_quantity on sentences written for these tests (issue 5)."""
import pytest

from kroniek.numbers import parse_digits, parse_word
from kroniek.pipeline.quantity import Quantity


@pytest.fixture(scope="module")
def quantity():
    return Quantity(lang="nl")


def _one(quantity, text):
    found = quantity.find(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,expected", [
    ("45.000", 45000), ("158,4", 158.4), ("1.500.000", 1500000), ("12,000", 12000),
    ("14.30", None), ("24.02.2022", None), ("8,50", 8.5),
])
def test_numbers_parse_digits(text, expected):
    assert parse_digits(text, ".", ",") == expected


@pytest.mark.parametrize("word,expected", [("tweeduizend", 2000), ("twaalfduizend", 12000), ("soldaten", None)])
def test_numbers_parse_word(word, expected):
    assert parse_word(word, "nl") == expected


@pytest.mark.parametrize("text,mention,value,low,high,unit,qualifier,counts", [
    ("Het leger won 37 vierkante kilometer terug.", "37 vierkante kilometer", 37, None, None, "km2", "exact", None),
    ("De vijand houdt meer dan 45.000 vierkante kilometer bezet.", "meer dan 45.000 vierkante kilometer",
     45000, None, None, "km2", "more_than", None),
    ("Er werden 10.000 tot 12.000 troepen gestuurd.", "10.000 tot 12.000 troepen", None, 10000, 12000, "person",
     "range", "troep"),
    ("Een paar honderd soldaten sneuvelden.", "Een paar honderd soldaten", None, 200, 400, "person", "approx",
     "soldaat"),
    ("Duizenden burgers sloegen op de vlucht.", "Duizenden burgers", None, 1000, None, "person", "approx", "burger"),
    ("Ruim 40 procent van de stad ligt in puin.", "Ruim 40 procent", 40, None, None, "percent", "more_than", None),
    ("Het steunpakket is 1,5 miljoen euro waard.", "1,5 miljoen euro", 1500000, None, None, "EUR", "exact", None),
    ("De regering trekt 2 mln. dollar uit.", "2 mln. dollar", 2000000, None, None, "USD", "exact", None),
    ("Tweeduizend militairen oefenen mee.", "Tweeduizend militairen", 2000, None, None, "person", "exact", "militair"),
    ("Tussen 5 en 10 dorpen zijn ontruimd.", "Tussen 5 en 10 dorpen", None, 5, 10, "item", "range", "dorp"),
    ("Er vlogen 2 à 3 drones over.", "2 à 3 drones", None, 2, 3, "item", "range", "drone"),
    ("De oorlog duurt al bijna drie jaar.", "bijna drie jaar", 3, None, None, "year", "approx", None),
    ("Het filmpje duurt 7 minuten.", "7 minuten", 7, None, None, "minute", "exact", None),
    ("Minstens twaalf raketten werden onderschept.", "Minstens twaalf raketten", 12, None, None, "item", "at_least",
     "raket"),
    ("Er kwamen hooguit 300 demonstranten.", "hooguit 300 demonstranten", 300, None, None, "person", "at_most",
     "demonstrant"),
    ("Vier in Iran gebouwde aanvalsdrones vielen neer.", "Vier in Iran gebouwde aanvalsdrones", 4, None, None,
     "item", "exact", "aanvalsdrone"),
    ("Er komen 2 Patriot-batterijen bij.", "2 Patriot-batterijen", 2, None, None, "item", "exact", "batterij"),
    ("Twee ingewijden bevestigden het.", "Twee ingewijden", 2, None, None, "person", "exact", "ingewijde"),
    ("Er waren tweeduizend tweehonderd deelnemers.", "tweeduizend tweehonderd deelnemers", 2200, None, None,
     "person", "exact", "deelnemer"),
    ("Het front ligt iets meer dan een kilometer verderop.", "iets meer dan een kilometer", 1, None, None, "km",
     "more_than", None),
])
def test_quantity_figures(quantity, text, mention, value, low, high, unit, qualifier, counts):
    q = _one(quantity, text)
    assert (q["text"], q["value"], q["low"], q["high"], q["unit"], q["qualifier"], q["counts"]) == \
        (mention, value, low, high, unit, qualifier, counts)
    assert text[q["start"]:q["end"]] == q["text"]


@pytest.mark.parametrize("text", [
    "De F-16 en het S-300-systeem werden genoemd.",
    "Op 24 februari 2022 begon de inval.",
    "De vergadering begint om 14.30 uur.",
    "Om 8 uur klonk het alarm.",
    "Het was de eerste aanval van de week.",
    "De gebieden die in 2014 werden veroverd.",
    "Eén van de soldaten raakte gewond.",
    "Lees ook: 5 dingen die je moet weten.",
    "Een soldaat raakte gewond.",
])
def test_quantity_not_figures(quantity, text):
    assert quantity.find(text) == []


def test_quantity_measure(quantity):
    q = _one(quantity, "Het leger heeft 40 vierkante kilometer heroverd.")
    assert q["measure"] == "territory_regained"


def test_quantity_component(rules_nlp):
    doc = rules_nlp("Zo'n 200 soldaten werden gedood.")
    q = doc._.quantities[0]
    assert (q["text"], q["value"], q["qualifier"], q["unit"]) == ("Zo'n 200 soldaten", 200, "approx", "person")


@pytest.mark.issue(5)
@pytest.mark.parametrize("text,mention,value,low,unit,counts", [
    # held-out news: "een half miljard euro" was read as a billion, "anderhalf miljoen" as 1.5 items
    ("Het kabinet trekt een half miljard euro uit voor luchtverdediging.", "een half miljard euro", 500_000_000,
     None, "EUR", None),
    ("De reparatie kost anderhalf miljoen euro.", "anderhalf miljoen euro", 1_500_000, None, "EUR", None),
    ("Enkele duizenden mensen sloegen op de vlucht.", "Enkele duizenden mensen", None, 1000, "person", "mens"),
    # "tienduizenden levens" counted items; lives are people
    ("De oorlog heeft tienduizenden levens verwoest.", "tienduizenden levens", None, 10_000, "person", "leven"),
    # a partitive: "zo'n 130 van de jachtvliegtuigen" was no figure
    ("Het leger wil er zo'n 60 van de gevechtsvliegtuigen.", "zo'n 60 van de gevechtsvliegtuigen", 60, None, "item",
     "gevechtsvliegtuig"),
    # leaders, commanders, foreigners and arrests counted items; they are people
    ("Bij de ruil kwamen vijf bevelhebbers vrij.", "vijf bevelhebbers", 5, None, "person", "bevelhebber"),
    ("De teller stond op ruim 1500 arrestaties.", "ruim 1500 arrestaties", 1500, None, "person", "arrestatie"),
    # "een paar" and "de helft" were no figures
    ("Er raakten een paar gebouwen beschadigd.", "een paar gebouwen", None, 2, "item", "gebouw"),
    ("Ongeveer de helft van de stad is verwoest.", "Ongeveer de helft", 50, None, "percent", None),
])
def test_quantity_held_out_forms(quantity, text, mention, value, low, unit, counts):
    q = _one(quantity, text)
    assert (q["text"], q["value"], q["low"], q["unit"], q["counts"]) == (mention, value, low, unit, counts)


@pytest.mark.issue(5)
def test_quantity_lives_cost_are_killed(quantity):
    q = _one(quantity, "De aanval op het station kostte zeker negen levens.")
    assert q["measure"] == "killed"


@pytest.mark.issue(5)
def test_quantity_figure_ends_at_its_paragraph(quantity):
    # Held-out news: a heading "... loopt op tot tien" counted the next paragraph's "Oekraïense reddingswerkers".
    assert quantity.find("Het dodental loopt op tot tien\n\nOekraïense reddingswerkers zoeken verder.") == []


@pytest.mark.issue(5)
def test_quantity_or_joins_a_range(quantity):
    # Held-out news: "twee of drie maanden" was two items counting "maand".
    q = _one(quantity, "De levering duurt nog twee of drie maanden.")
    assert (q["low"], q["high"], q["unit"], q["qualifier"]) == (2, 3, "month", "range")


@pytest.mark.issue(5)
@pytest.mark.parametrize("text,mention,value", [
    # Held-out and dev news: ages are figures in years ("Prigozjin (62)", "een 39-jarige man").
    ("Jevgeni Prigozjin (62) kwam om bij de crash.", "62", 62),
    ("Een 39-jarige man werd opgepakt.", "39-jarige", 39),
    ("Een vijftienjarig meisje raakte gewond.", "vijftienjarig", 15),
])
def test_quantity_ages(quantity, text, mention, value):
    q = _one(quantity, text)
    assert (q["text"], q["value"], q["unit"], q["measure"]) == (mention, value, "year", "age")
    assert quantity.find("Artikel (3) van de wet geldt.") == []
