"""The sides of a war, for filling in the actors of kroniek_event's events (issue 6).

An article that names both states of a war (``lang/xx/conflict/dyads.tsv``) reports its violence between them,
as ACLED coders read it: a strike on ground one side holds was made by the other, a clash there was fought
between the two, and weapons shot down there were stopped by the holder. Who holds a place is the country it lies
in, or the side that held it on the day (``lang/xx/conflict/held_by.tsv``: Crimea, Donetsk, Mariupol, the towns
taken and retaken). Civilians are the target where the event's sentence names them or what they live in
(``lang/<lang>/event/civilian_targets.txt``). Only empty actors are filled, or an actor1 that would have a side
strike its own ground (a nationality word read as the attacker); each filled role is listed in the event's
``actors_inferred``.
"""
from __future__ import annotations

from datetime import date

from .event_merge import DISRUPTED, STRIKES, TERRITORY_KINDS
from .resources import load_table, load_words

# Facts about states and places, the same for every language.
CONFLICT_DATA = "xx"
STRIKE_KINDS = {*STRIKES, "attack", "explosion"}
CLASH_KINDS = {"armed_clash"}
UNATTRIBUTED_KINDS = {"explosion"}


def fill_roles(ev: dict, want: dict) -> None:
    """Give the event's empty actor roles the values wanted (not the other role's actor again), and list the
    roles so filled in ``actors_inferred``."""
    inferred = []
    for role, value in want.items():
        if ev[role] is None and value is not None and value != ev["actor1" if role == "actor2" else "actor2"]:
            ev[role] = value
            inferred.append(role)
    if inferred:
        ev["actors_inferred"] = inferred


def _other(war: tuple[str, str], side: str) -> str:
    """The other state of a war."""
    return war[1] if side == war[0] else war[0]


class Sides:
    """The wars and the places held across their lines, read once per pipeline."""

    def __init__(self, lang: str, country_names: dict[str, str]):
        """country_names (dict): ISO code -> the name actors use ("RU" -> "Russia")."""
        self.dyads = [(r["side_a"], r["side_b"], date.fromisoformat(r["start"]),
                       date.fromisoformat(r["end"]) if r.get("end") else None)
                      for r in load_table(CONFLICT_DATA, "conflict/dyads")]
        self.held: dict[str, list] = {}
        for r in load_table(CONFLICT_DATA, "conflict/held_by"):
            until = date.fromisoformat(r["until"]) if r.get("until") else None
            self.held.setdefault(r["place"], []).append((r["holder"], date.fromisoformat(r["since"]), until))
        self.civilian_words = set(load_words(lang, "event/civilian_targets"))
        self.names = country_names
        self.codes = {name: iso for iso, name in country_names.items()}

    def war(self, countries: set[str], day: date | None) -> tuple[str, str] | None:
        """The war whose two states the article names, if it was going on that day (any day if unknown)."""
        for a, b, start, end in self.dyads:
            if a in countries and b in countries and (day is None or start <= day and (end is None or day <= end)):
                return a, b
        return None

    def holder(self, place: dict | None, day: date | None) -> str | None:
        """Who held the place that day: the side named in held_by.tsv for a place lying in the other state's
        country, else the country it lies in."""
        if not place or not place.get("country"):
            return None
        for holder, since, until in self.held.get(place.get("name"), ()):
            if holder != place["country"] and day is not None and since <= day and (until is None or day <= until):
                return holder
        return place["country"]

    def _fill_territory(self, ev: dict, war: tuple[str, str]) -> None:
        """Ground changes hands between the two sides: one side named, the other is the one it changed from
        or to."""
        states = [self._state(ev["actor1"]), self._state(ev["actor2"])]
        for k, role in ((0, "actor2"), (1, "actor1")):
            if states[k] in war and ev[role] is None:
                fill_roles(ev, {role: self._military(_other(war, states[k]))})
                return

    def _military(self, iso: str) -> str:
        """A state's forces as an actor ("RU" -> "Russia military")."""
        return f"{self.names.get(iso, iso)} military"

    def _state(self, actor: str | None) -> str | None:
        """The ISO code of a state's forces or government named as an actor ("Russia military" -> RU); None
        for civilians, named groups and empty actors."""
        if not actor:
            return None
        name, _, role = actor.rpartition(" ")
        return self.codes.get(name) if role in ("military", "government") else None

    def fill(self, ev: dict, war: tuple[str, str], sentence_words: set[str], day: date | None) -> None:
        """Fill in the actors an event of the war leaves empty (in place)."""
        kind = ev["kind"]
        if kind in TERRITORY_KINDS:
            self._fill_territory(ev, war)
            return
        if kind not in STRIKE_KINDS | CLASH_KINDS:
            return
        held = self.holder(ev.get("place"), day)
        if held not in war:
            return
        other = _other(war, held)
        holder_mil, other_mil = self._military(held), self._military(other)
        if ev["sub_event_type"] == DISRUPTED:
            # weapons shot down over a side's ground: that side stopped the other's
            want = (holder_mil, other_mil)
        else:
            if kind in CLASH_KINDS and self._state(ev["actor1"]) not in (None, *war):
                ev["actor1"] = None  # an outside state does not fight in the war: its word named a supporter
            if kind in CLASH_KINDS and ev["actor1"] is None and self._state(ev["actor2"]) == other:
                ev["actor1"], ev["actor2"] = ev["actor2"], None  # the side attacking there, read as the attacked
            # (an explosion's cause is often unknown: who set it off is not filled in)
            # (deaths in a strike on a side's ground are mostly of people who live there)
            civilians = sentence_words & self.civilian_words or kind in STRIKE_KINDS and ev.get("fatalities")
            want = (other_mil if kind not in UNATTRIBUTED_KINDS else None,
                    "civilians" if civilians else holder_mil if kind in CLASH_KINDS else None)
            if kind in STRIKE_KINDS:
                if self._state(ev["actor1"]) not in (None, other):
                    # a side does not strike its own ground, nor does an outside state strike in the war: the
                    # nationality word named the target or the reporter ("the French agency AFP reports")
                    ev["actor1"] = None
                if ev["actor2"] is not None and self._state(ev["actor2"]) == other:
                    ev["actor1"], ev["actor2"] = ev["actor1"] or ev["actor2"], None  # the attacker read as target
        fill_roles(ev, dict(zip(("actor1", "actor2"), want)))
