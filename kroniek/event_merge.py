"""Merging an article's event mentions into one event per real-world event, for kroniek_event (issue 6).

Mentions of one kind at compatible places (the same, one unknown, or one within the other) and times that meet
are one event, unless the text names two sides as doing it (SIDED_KINDS); generic mentions (an explosion, an
attack, deaths) fold into the article's more specific violent event at a compatible place.
"""
from __future__ import annotations

from .event_site import inside

# A region or country may hold a generic mention made at one of its towns (folding).
COMPAT_KINDS = ("region", "country")
# Kinds whose countries are parties rather than sites, though a region or town may be the site.
PARTY_KINDS = {"prisoner_exchange"}
# Kinds that name the effect or the broad class of violence; in one article they fold into a more
# specific violent event at a compatible place ("explosions were heard" after a missile strike).
# Hosts in order of preference; an explosion in a battle stays its own event (a grenade, a mine).
STRIKES = ("missile_strike", "drone_strike", "air_strike", "shelling")
FOLD_HOSTS = {"explosion": STRIKES, "attack": STRIKES + ("armed_clash",),
              "air_strike": ("drone_strike", "missile_strike"),  # an "air attack" made of drones or missiles
              "casualties": STRIKES + ("armed_clash", "explosion", "attack")}
DISRUPTED = "Disrupted weapons use"
# Changes of who holds ground.
TERRITORY_KINDS = {"territory_gain", "territory_loss"}
# Generic mentions that become the article's strike at their own town when no strike is there yet.
SPREAD_KINDS = ("attack", "casualties")
# Trigger rows whose events are the aftermath of a strike when the article reports one at that place.
AFTERMATH_RULES = {"evacuation"}
# Trigger rows of damage ("houses were damaged in X"): where the article reports a strike, damage at a town of its
# country is that strike's event there; damage alone reports no event (of war or of weather, it does not say).
DAMAGE_RULES = {"damage"}
# Trigger rows of a side's losses told as a tally ("heeft 10.000 soldaten verloren"): an event of their own, not the
# dead of the article's strike or clash.
TALLY_RULES = {"lost_people"}
# Trigger rows of firing upon a place with no weapon named ("shelled", "bombarded"): where the article reports a
# missile, drone or air strike at a compatible place, it is that strike's fire ("the shelled town" of a missile
# strike), not artillery of its own.
FIRE_RULES = {"fire"}
FIRE_HOSTS = ("missile_strike", "drone_strike", "air_strike")
# Kinds done by one side to the other: two sides named as actors are two events at one place.
SIDED_KINDS = {"territory_gain", "drone_strike", "missile_strike"}
# What a merged or folded mention lends the event where the event knows nothing of it.
LENT_KEYS = ("place", "geo_precision", "actor1", "actor2", "fatalities", "claim", "_admin1")


def apart(a: dict | None, b: dict | None) -> bool:
    """Whether two times the text gives for mentions cannot be one day: their intervals do not meet."""
    if not a or not b or a.get("source") != "text" or b.get("source") != "text":
        return False
    return a["latest"] < b["earliest"] or b["latest"] < a["earliest"]


def compatible(a: dict | None, b: dict | None) -> bool:
    """Places that may be one event's: the same, one unknown, or one a region or country holding the other."""
    if a is None or b is None or a.get("name") == b.get("name"):
        return True
    for inner, outer in ((a, b), (b, a)):
        if outer.get("kind") in COMPAT_KINDS and inside(inner, outer):
            return True
    return False


def trigger_row(ev: dict) -> str:
    """The id of the trigger row an event came from (its "rule" without the refinement after "+")."""
    return ev.get("rule", "").partition("+")[0]


def take_kind(ev: dict, like: dict) -> None:
    """Give a mention the kind and ACLED types of another event ("such an attack", a barrage's other towns)."""
    ev.update({k: like[k] for k in ("kind", "event_type", "sub_event_type")})


def _lend(into: dict, frm: dict) -> None:
    for k in LENT_KEYS:
        if into.get(k) is None and frm.get(k) is not None:
            into[k] = frm[k]


def fold(events: list[dict]) -> list[dict]:
    """Fold generic mentions (an explosion, an attack, deaths) into the article's more specific
    violent event at a compatible place, the first such event by the order of FOLD_HOSTS; drop the
    aftermath of a strike (people evacuated) where the article reports the strike."""
    out = list(events)
    for ev in events:
        if trigger_row(ev) in AFTERMATH_RULES and any(
                o["kind"] in STRIKES + ("explosion",) and compatible(o["place"], ev["place"]) for o in events):
            out.remove(ev)  # people evacuated after a strike or an explosion: part of that event's story
            continue
        if ev.get("_cause") or trigger_row(ev) in TALLY_RULES:
            # an earlier event the act answers ("in reprisal for the attack on the bridge") stays apart, and so does
            # a side's tally of losses
            continue
        fire = ev["kind"] == "shelling" and trigger_row(ev) in FIRE_RULES
        order = FIRE_HOSTS if fire else FOLD_HOSTS.get(ev["kind"], ())
        # deaths whose place came from the sentences around them are the article's strike's, wherever it was
        borrowed = ev["kind"] == "casualties" and not ev["_local"]
        hosts = [o for o in out if o is not ev and o["kind"] in order and o["sub_event_type"] != DISRUPTED
                 and (borrowed or compatible(o["place"], ev["place"])) and not apart(o["when"], ev["when"])
                 and not (ev.get("_elsewhere") and o["place"] and ev["place"] and inside(o["place"], ev["place"]))]
        if fire:
            # (fire at a town or region is not a strike on the whole country, "the front regions were shelled"
            # beside a missile barrage on Ukraine, nor one placed nowhere)
            hosts = [o for o in hosts if not (ev["place"] and (o["place"] is None or o["place"].get("kind") == "country"
                                                               and o["place"].get("name") != ev["place"].get("name")))]
            if not hosts:
                continue
        # (an attack at a town beside a strike on the whole country is that strike's event at the town, and so are
        # explosions reported there: ACLED codes the barrage once per location)
        further = [o for o in hosts if _further_site(o, ev)]
        hosts = [o for o in hosts if o not in further]
        if not hosts:
            if (ev["kind"] in SPREAD_KINDS or further) and ev["place"]:
                # an attack on another town of the country a strike hit: that strike's event there
                # (ACLED codes one event per location), not an attack of unknown means
                placed = [o for o in out if o is not ev and o["kind"] in STRIKES and o["place"]
                          and o["sub_event_type"] != DISRUPTED and not apart(o["when"], ev["when"])]
                strikes = [o for o in placed if o["place"].get("country") == ev["place"].get("country")]
                same_side = bool(strikes)
                if not strikes and ev["kind"] == "attack" and len({o["kind"] for o in placed}) == 1:
                    # an attack of unknown means in another country than an article's strikes, all of one weapon:
                    # that weapon is the likeliest means ("Aanval op Kyiv" amid news of drones over Moscow), though
                    # not who struck
                    strikes = placed
                if strikes:
                    # (damage is the nearest strike's before it: "two drones ... caused damage in X")
                    before = [o for o in strikes if o["start"] < ev["start"]] \
                        if trigger_row(ev) in DAMAGE_RULES else []
                    like = max(before, key=lambda o: o["start"]) if before \
                        else min(strikes, key=lambda o: STRIKES.index(o["kind"]))
                    take_kind(ev, like)
                    if same_side:
                        ev["actor1"] = ev["actor1"] or like["actor1"]
            continue
        host = min(hosts, key=lambda o: order.index(o["kind"]))
        _lend(host, ev)
        if host["place"] and ev["place"] and inside(ev["place"], host["place"]):
            host["place"], host["geo_precision"] = ev["place"], ev["geo_precision"]
        out.remove(ev)
    # (damage "in other regions of Ukraine" names no further location)
    return [ev for ev in out if not (trigger_row(ev) in DAMAGE_RULES and (
        ev["kind"] not in STRIKES or not ev["place"] or ev["place"].get("kind") == "country"))]


def _further_site(host: dict, ev: dict) -> bool:
    """A mention its own sentence places at a town or region, beside a strike its own sentence places only in the
    country: a further location of the barrage, not a detail of the country's summary ("a missile attack on
    Ukraine ... In Kyiv, falling debris damaged buildings during the attack")."""
    a, b = host["place"], ev["place"]
    return bool(a and b and host["_local"] and ev["_local"] and a.get("kind") == "country"
                and b.get("name") != a.get("name"))


def merge(events: list[dict], ev: dict) -> None:
    """Fold a mention into an event of the same kind whose place and actors do not conflict."""
    for old in events:
        if old["kind"] != ev["kind"] or (old["sub_event_type"] == DISRUPTED) != (ev["sub_event_type"] == DISRUPTED):
            continue  # weapons shot down are ACLED's own event, apart from the strikes that got through
        a, b = old["place"], ev["place"]
        if a and b and a.get("name") != b.get("name") and not (inside(a, b) or inside(b, a)):
            continue  # two places, neither within the other: two events
        if a and b and (ev["_also"] and inside(b, a) or ev.get("_elsewhere") and inside(a, b)):
            continue  # "also in X", "other parts of the country": a further event
        if a and not b and ev.get("_elsewhere"):
            continue  # "in other countries too", naming none: not the event placed before
        if a and b and (old.get("_summary") and inside(b, a) or ev.get("_summary") and inside(a, b)):
            continue  # a tally over a country's towns ("in 38 Russian cities") beside one town's event
        if old["kind"] in SIDED_KINDS and old["actor1"] and ev["actor1"] and old["actor1"] != ev["actor1"]:
            continue  # each side's strikes or gains at one place are its own events ("Russia took X in 2022,
            # Ukraine retook it in 2023"), kept apart rather than merged into one
        if apart(old["when"], ev["when"]):
            continue  # two times the text gives, days apart: two events (late May, early June)
        if a and b and (old["kind"] in STRIKES or old["kind"] in TERRITORY_KINDS) and old["_local"] and ev["_local"] \
                and {a.get("kind"), b.get("kind")} == {"city", "region"} \
                and a.get("name") != b.get("name"):
            continue  # a town's strike (or capture) and one the text places in a region around it: two locations
        _lend(old, ev)
        if a is not None and b is not None and (inside(b, a) or ev["_local"] and not old["_local"]):
            # a place within the known one, or one the mention's own sentence gives, is better
            old["place"], old["geo_precision"], old["_local"] = b, ev["geo_precision"], ev["_local"]
        if ev["when"] and (old["when"] is None or old["when"].get("source") == "article"
                           and ev["when"].get("source") == "text"):
            # the time a later mention's sentence gives beats the article's date, or none (an undated article)
            old["when"], old["time_precision"] = ev["when"], ev["time_precision"]
        if ev["_refined"] and not old["_refined"]:  # a later sentence names the weapon
            old["event_type"], old["sub_event_type"], old["_refined"] = ev["event_type"], ev["sub_event_type"], True
        old["_parties"] = old.get("_parties", set()) | ev.get("_parties", set())
        if old["kind"] in PARTY_KINDS and old["place"] and old["place"].get("kind") == "country" \
                and old["place"].get("country") in old["_parties"]:
            old["place"], old["geo_precision"] = None, None  # a party named as a place by another mention
        old.setdefault("_mentions", 1)
        old["_mentions"] += 1
        return
    events.append(ev)
