"""kroniek_geocode: find and geocode every named place, offline (issue 6).

Candidates are capitalised token runs whose written form the gazetteer knows
(GeoNames cities, hand-made regions, CLDR countries, generated Dutch exonyms).
Homonyms are resolved by cue words next to the mention (``geo/cues.tsv``), by a cue
on an earlier member of the same list, by the reading the same form got elsewhere
in the article, then by the countries in focus and population. Each place also
becomes a LOC entity in ``doc.ents``.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..gazetteer import PLACE_RANK, Gazetteer, Place, gazetteer, key, km
from ..resources import load_table, load_words

MAX_TOKENS = 5
CUE_WINDOW = 4
# Always in focus in conflict news; countries named in the article join them.
DEFAULT_FOCUS = ("UA", "RU")
# A town outside the focus countries must be at least this large to be believed.
MIN_POPULATION_OUTSIDE_FOCUS = 15000
# A city at least this large abroad wins over a namesake village (below the second size) of the focus countries.
MIN_POPULATION_ANYWHERE = 100000
MAX_POPULATION_VILLAGE = 10000
# Below this size a mention at the start of a sentence, or in a run of other
# capitalised words, is more likely an ordinary word or part of a name.
MIN_POPULATION_WEAK = 100000
# At most this many words between a town and the region the text puts it in ("X in de regio Y").
REGION_AFTER_TOWN = 3
BLOCKING_LABELS = {"PER", "NORP", "PERSON"}
STRAY_POPULATION = 50000
STRAY_KM = 1000
# How far from its town a district may lie ("de wijk X" of Kyiv), in km.
DISTRICT_KM = 30
"""A small town (below STRAY_POPULATION, not curated) farther than STRAY_KM from every other town and
region the article names is a namesake, not the place meant ("het dorp Berjozovka" in a story about
Belgorod is not the town near Krasnoyarsk): it is left ungeocoded rather than put on the wrong map."""


@Language.factory("kroniek_geocode", assigns=["doc._.places", "doc.ents"], default_config={"lang": "nl"})
def make_geocode(nlp: Language, name: str, lang: str) -> "Geocode":
    return Geocode(nlp, name, lang=lang)


class Geocode:
    """Place mentions with coordinates, GeoNames ids and ACLED geo precision.

    lang (str): language folder with ``geo/`` tables (see kroniek.gazetteer) and
        ``geo/cues.tsv``, ``geo/not_places.txt``.
    """

    def __init__(self, nlp: Language, name: str = "kroniek_geocode", *, lang: str = "nl"):
        self.name = name
        self.lang = lang
        self.gaz: Gazetteer = gazetteer(lang)
        self.cues = {(key(r["form"]), r["side"]): r for r in load_table(lang, "geo/cues")}
        self.not_places = {key(w) for w in load_words(lang, "geo/not_places")}
        self.connectors = set(load_words(lang, "geo/name_connectors"))
        self.list_conjunctions = set(load_words(lang, "geo/list_conjunctions"))
        self.org_forms = {r["form"] for r in load_table(lang, "entities/organisations")}
        self.nations = {r["form"]: r["country"] for r in load_table(lang, "entities/norp") if r["type"] == "adj"}
        self.adjectives = set(self.nations)
        self.suffixes = load_words(lang, "geo/suffixes")
        self.settlement_words = {key(w) for w in load_words(lang, "geo/settlement_words")}
        self.romanization = [(re.compile(r["pattern"]), r["replacement"], set(r["countries"].split("|")))
                             for r in load_table(lang, "geo/romanization")]
        # The language's function words are never place names, whatever GeoNames lists.
        self.not_places |= {key(w) for w in nlp.Defaults.stop_words}

    def __call__(self, doc: Doc) -> Doc:
        mentions = self._candidates(doc)
        focus = set(DEFAULT_FOCUS) | {p.country for m in mentions for p in m["options"] if p.kind == "country"}
        for m in mentions:
            m["cue"], m["near"] = self._cue(doc, m)
        self._spread_list_cues(doc, mentions)
        self._resolve(mentions, focus)
        self._drop_strays(mentions)
        self._districts(doc, mentions)
        outside = self._place_in_region(doc, mentions)
        for m in mentions:
            if m.get("place") is None and m["cue"] != "name" and m["i"] > 0 \
                    and (key(doc[m["i"] - 1].text) in self.settlement_words or id(m) in outside):
                # a namesake far away was dropped: the village meant is one the gazetteer does not know
                m["unknown"], m["rule"] = True, "unknown_settlement"
        places = []
        unknown = [m for m in mentions if m.get("unknown")]
        for m in unknown:
            m["place"] = self._unknown_place(doc, m, mentions)
        # the village named once after "het dorp" is the same place where the article names it bare ("de aanval
        # op Hroza")
        unknown += self._repeated(doc, unknown, mentions)
        mentions.sort(key=lambda m: m["i"])
        for m in unknown:
            # one sense per discourse: the same name placed elsewhere in the article
            m["place"] = m["place"] or next((o["place"] for o in unknown if o["key"] == m["key"] and o["place"]),
                                            None)
        for m in mentions:
            place = m.get("place")
            if place is None:
                continue
            span = doc[m["i"]:m["j"]]
            start, end = m.get("chars") or (span.start_char, span.end_char)
            precision = place.precision
            if m["near"] and place.kind == "city":
                precision = 2
            places.append({"text": doc.text[start:end], "start": start, "end": end, **place.to_dict(),
                           "precision": precision, "rule": m["rule"], "_id": place.id,
                           "_admin1": (self.gaz.region_of(place).name if self.gaz.region_of(place) else None)})
        doc._.places = places
        self._set_ents(doc, mentions)
        return doc

    # -- candidates ----------------------------------------------------------
    def _candidates(self, doc: Doc) -> list[dict]:
        ents = doc.ents  # built anew on every access
        blocked = {i for e in ents if e.label_ in BLOCKING_LABELS for i in range(e.start, e.end)}
        # A "person" span that is exactly a well-known place is more likely the place (names guessed by shape).
        soft = {(e.start, e.end) for e in ents if e.label_ in ("PER", "PERSON")}
        orgs = [e for e in ents if e.label_ == "ORG"]
        # Token texts and offsets once: slicing the doc for every window is most of the cost.
        words, starts = [], []
        for t in doc:
            words.append(t.text)
            starts.append(t.idx)
        lower_forms = {key(w) for w in words if w[:1].islower()}
        text_all = doc.text
        out, i = [], 0
        while i < len(doc):
            found = None
            for j in range(min(len(doc), i + MAX_TOKENS), i, -1):
                text = text_all[starts[i]:starts[j - 1] + len(words[j - 1])]
                if not (text in self.gaz.exact or text[:1].isupper() and words[j - 1][:1].isupper()):
                    continue
                options = self.gaz.lookup(text)
                if options:
                    found = (j, options)
                    break
            if not found:
                part = self._hyphen_part(doc[i]) if words[i][:1].isupper() else None
                if part:
                    out.append(part)
                elif (unknown := self._unknown_settlement(doc, i, words)) is not None:
                    out.append(unknown)
                    i = unknown["j"]
                    continue
                i += 1
                continue
            j, options = found
            span = doc[i:j]
            if (i, j) in soft:
                options = [p for p in options if p.curated or p.population >= MIN_POPULATION_WEAK
                           or p.country in DEFAULT_FOCUS]
                if options:
                    blocked_here = False
                else:
                    i = j
                    continue
            else:
                # a curated phrase led by a common noun ("kerncentrale van Zaporizja") is no one's name,
                # whatever the NER made of the name inside it
                blocked_here = any(t.i in blocked for t in span) and not words[i][:1].islower()
                if blocked_here and j - i > 1 and all(p.curated for p in options) and not any(
                        e.label_ in BLOCKING_LABELS and e.start < j and e.end > i and (e.start < i or e.end > j)
                        for e in ents):
                    # a hand-made name of several words ("Slavyansk on the Kuban") outranks entities the
                    # NER found inside it
                    blocked_here = False
            if blocked_here or key(span.text) in self.not_places:
                i = j
                continue
            inside = [e for e in orgs if e.start <= i and j <= e.end and (e.end - e.start) > (j - i)]
            if inside:
                # a known organisation's name hides its place; a guessed one only hides small places
                if any(e.text in self.org_forms for e in inside):
                    i = j
                    continue
                options = [p for p in options if p.curated or p.population >= MIN_POPULATION_WEAK]
            position = self._position(doc, i, j)
            if key(span.text) in lower_forms and position == "free":
                position = "start"
            if position == "start" and not self._apposed_settlement(doc, j):
                options = [p for p in options if p.curated or p.population >= MIN_POPULATION_WEAK]
            elif position == "in_name":
                options = [p for p in options if p.curated]
            if not options:
                i = j
                continue
            out.append({"i": i, "j": j, "options": options,
                        "key": key(span.text), "rule": "gazetteer"})
            i = j
        return out

    def _apposed_settlement(self, doc: Doc, j: int) -> bool:
        """Whether the name is followed by an apposition that calls it a settlement ("Oeman, een plaats in het
        midden van het land, ..."): a place even at the start of a sentence."""
        return j + 2 < len(doc) and doc[j].text == "," and any(
            key(doc[k].text) in self.settlement_words
            or (self.cues.get((key(doc[k].text), "before")) or {}).get("prefer") == "city"
            for k in range(j + 1, min(len(doc), j + 4)))

    def _unknown_settlement(self, doc: Doc, i: int, words: list[str]) -> dict | None:
        """A capitalised name the gazetteer does not know right after a settlement word ("het dorp Hroza"): a
        village too small for it, kept with the name as written (``geo/settlement_words.txt``)."""
        if i == 0 or not words[i][:1].isupper() or key(words[i - 1]) not in self.settlement_words \
                or doc[i].is_sent_start or key(words[i]) in self.not_places:
            return None
        j = i + 1
        while j < len(doc) and j - i < 3 and words[j][:1].isupper() and not doc[j].is_sent_start:
            j += 1
        return {"i": i, "j": j, "options": [], "key": key(doc[i:j].text), "rule": "unknown_settlement",
                "unknown": True}

    @staticmethod
    def _repeated(doc: Doc, unknown: list[dict], mentions: list[dict]) -> list[dict]:
        """Bare mentions elsewhere in the article of the names of unknown settlements (added to ``mentions``)."""
        names = {doc[m["i"]:m["j"]].text: m for m in unknown if m.get("place") is not None}
        taken = {i for m in mentions for i in range(m["i"], m["j"])}
        out = []
        for name, m in names.items():
            n = m["j"] - m["i"]
            for i in range(len(doc) - n + 1):
                whole = i + n == len(doc) or not doc[i + n].text[:1].isupper()  # not the start of a longer name
                if i not in taken and doc[i:i + n].text == name and whole:
                    extra = {**m, "i": i, "j": i + n, "cue": None, "near": False}
                    out.append(extra)
                    mentions.append(extra)
                    taken.update(range(i, i + n))
        return out

    def _districts(self, doc: Doc, mentions: list[dict]) -> None:
        """A district of a town ("in de wijk X") lies in the town the article is about: a namesake the gazetteer
        finds far from it is another place, and the district is that town's ground (ACLED codes its events at
        the town)."""
        for m in mentions:
            if m["cue"] != "district":
                continue
            ref = self._near_known(doc, m, [o for o in mentions if o is not m and o.get("place") is not None
                                            and o["place"].kind == "city"])
            if ref is None:
                continue
            p = m.get("place")
            if p is None or p.lat is None or km(p.lat, p.lon, ref.lat, ref.lon) > DISTRICT_KM:
                m["place"], m["rule"] = ref, "district"

    def _unknown_place(self, doc: Doc, m: dict, mentions: list[dict]) -> Place | None:
        """An unknown settlement as a place at the coordinates of the place it lies in or near (ACLED geo
        precision 2 near a town, 3 within a region or country); None where the article names no such place."""
        ref = self._near_known(doc, m, mentions) or self._nation_before(doc, m["i"] - 1)
        if ref is None:
            return None
        return Place(id="u:" + m["key"], name=self.romanized(doc[m["i"]:m["j"]].text, ref.country),
                     country=ref.country, lat=ref.lat,
                     lon=ref.lon, kind="city", precision=2 if ref.kind == "city" else 3, admin1=ref.admin1)

    def romanized(self, name: str, country: str | None) -> str:
        """A name the gazetteer does not know, in the romanisation the gazetteer's names of its country use
        (``geo/romanization.tsv``): "Novomychajlivka" is "Novomykhailivka"; other names are kept as written."""
        rows = [(rx, rep) for rx, rep, countries in self.romanization if country in countries]
        if not rows:
            return name
        out = name.lower()
        for rx, rep in rows:
            out = rx.sub(rep, out)
        return " ".join(w[:1].upper() + w[1:] for w in out.split(" "))

    def _nation_before(self, doc: Doc, k: int) -> Place | None:
        """The country of a nationality adjective before a settlement word ("het Oost-Oekraïense dorp")."""
        for t in doc[max(doc[k].sent.start, k - 3):k]:
            iso = self.nations.get(t.lower_) or self.nations.get(t.lower_.rpartition("-")[2])
            country = self.gaz.country(iso) if iso else None
            if country is not None:
                return country
        return None

    def _near_known(self, doc: Doc, m: dict, mentions: list[dict]) -> Place | None:
        """The place an unknown settlement lies in or near: the most specific known place of its sentence, else
        the last one named before it, else the first one named after it."""
        sent = doc[m["i"]].sent
        here = [o for o in mentions if o.get("place") is not None and sent.start <= o["i"] < sent.end]
        if here:
            return min(here, key=lambda o: (PLACE_RANK.get(o["place"].kind, 5), abs(o["i"] - m["i"])))["place"]
        known = [o for o in mentions if o.get("place") is not None and not o.get("unknown")]
        before = [o for o in known if o["i"] < m["i"]]
        after = [o for o in known if o["i"] > m["i"]]
        return before[-1]["place"] if before else after[0]["place"] if after else None

    def _hyphen_part(self, tok) -> dict | None:
        """A place glued to a following cue word by a hyphen (X-region) or to a possessive ending."""
        cue_after, rule = None, "gazetteer+suffix"
        head = next((tok.text[:-len(x)] for x in self.suffixes if tok.text.endswith(x) and len(tok.text) > len(x)),
                    None)
        if head is None:
            head, sep, tail = tok.text.rpartition("-")
            if not sep or (key(tail), "after") not in self.cues:
                return None
            cue_after, rule = self.cues[(key(tail), "after")]["prefer"], "gazetteer+hyphen"
        if not head[:1].isupper():
            return None
        # (a cue word after the hyphen says the head is a place: "de Tsjornomorsk-haven"; a possessive does not)
        floor = MIN_POPULATION_OUTSIDE_FOCUS if cue_after else MIN_POPULATION_WEAK
        options = [p for p in self.gaz.lookup(head) if p.curated or p.population >= floor]
        if not options:
            return None
        return {"i": tok.i, "j": tok.i + 1, "options": options, "key": key(head), "rule": rule,
                "chars": (tok.idx, tok.idx + len(head)), "cue_after": cue_after}

    def _position(self, doc: Doc, i: int, j: int) -> str:
        """"in_name" inside a run of capitalised words (a person's or group's name), "start" at a
        sentence start (capitalised anyway), else "free"."""
        first = i == 0 or doc[i].is_sent_start or (not any(c.isalnum() for c in doc[i - 1].text)
                                                    and (i < 2 or doc[i - 1].is_sent_start))
        # A capitalised word before is part of a name, unless it is a function word opening the sentence.
        # A nationality adjective is no part of a name either ("het Oekraïense Boetsja").
        before = not first and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha \
            and not (doc[i - 1].is_sent_start and doc[i - 1].is_stop) and doc[i - 1].lower_ not in self.adjectives
        if i >= 2 and doc[i - 1].text in self.connectors and doc[i - 2].text[:1].isupper() \
                and not doc[i - 2].is_sent_start and not self.gaz.lookup(doc[i - 2].text):
            return "in_name"
        after = j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha
        # a lower-case particle between capitalised words ("X van der Y") makes one name
        after = after or (j + 1 < len(doc) and doc[j].text[:1].islower() and len(doc[j].text) <= 3
                          and doc[j].lower_ not in self.list_conjunctions
                          and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha and not doc[j + 1].is_sent_start
                          and not self.gaz.lookup(doc[j + 1].text) and doc[j].is_alpha)
        if before or after:
            return "in_name"
        return "start" if first else "free"

    # -- disambiguation ----------------------------------------------------------
    def _cue(self, doc: Doc, m: dict) -> tuple[str | None, bool]:
        """The kind cue (region|city) next to a mention, and whether it is only a reference point."""
        kind, near = m.get("cue_after"), False
        for k in range(m["i"] - 1, max(-1, m["i"] - 1 - CUE_WINDOW), -1):
            form = key(doc[k].text)
            if form[:1] == "'" and k > 0:  # a clitic split off by the tokenizer: glue it back
                form = key(doc[k - 1].text + doc[k].text)
            cue = self.cues.get((form, "before"))
            prefer = cue["prefer"] if cue else None
            if prefer == "near":
                near = True
            elif prefer in ("region", "city", "name", "district") and kind is None and k == m["i"] - 1:
                kind = prefer  # only right before the name: "a village in X" says nothing of X
            if doc[k].is_sent_start:
                break
        if m["j"] < len(doc) and kind is None:
            cue = self.cues.get((doc[m["j"]].lower_, "after"))
            if cue and cue["prefer"] in ("region", "city"):
                kind = cue["prefer"]
        return kind, near

    def _spread_list_cues(self, doc: Doc, mentions: list[dict]) -> None:
        """In a list of places after one cue word (the regions A, B and C) the cue applies to all."""
        for prev, m in zip(mentions, mentions[1:]):
            if m["cue"] or prev["cue"] not in ("region", "city"):
                continue
            between = doc[prev["j"]:m["i"]]
            if 0 < len(between) <= 2 and all(self.cues.get((t.lower_, "before"), {}).get("prefer") == "list"
                                             for t in between):
                m["cue"] = prev["cue"]

    def _resolve(self, mentions: list[dict], focus: set[str]) -> None:
        cued: dict[str, list[tuple[int, Place]]] = {}
        for m in mentions:
            # a ship or unit named after a place ("the cruiser Moskva") is no place
            m["place"] = None if m["cue"] == "name" or not m["options"] \
                else self._choose(m["options"], m["cue"], focus)
            if m["place"] is not None and m["cue"] in ("region", "city"):
                cued.setdefault(m["key"], []).append((m["i"], m["place"]))
        # One sense per discourse: a bare mention takes the reading of the nearest cued one.
        for m in mentions:
            if m["cue"] in ("region", "city") or m["key"] not in cued:
                continue
            if m["place"] is not None and self.gaz.is_capital(m["place"]):
                continue  # a bare "Moskou" after "de regio Moskou" is the capital, as everywhere else
            _, place = min(cued[m["key"]], key=lambda ip: abs(ip[0] - m["i"]))
            if place in m["options"]:
                m["place"], m["rule"] = place, "gazetteer+discourse"

    @staticmethod
    def _drop_strays(mentions: list[dict]) -> None:
        anchors = [m["place"] for m in mentions if m.get("place") is not None and m["place"].kind in ("city", "region")]
        for m in mentions:
            p = m.get("place")
            if p is None or p.kind != "city" or p.curated or p.population >= STRAY_POPULATION:
                continue
            others = [o for o in anchors if o is not p and o.name != p.name]
            if others and all(km(p.lat, p.lon, o.lat, o.lon) > STRAY_KM for o in others):
                m["place"] = None

    def _place_in_region(self, doc: Doc, mentions: list[dict]) -> set[int]:
        """A town the text puts in a region ("Pjatychatky in de regio Zaporizja") is its namesake in that region;
        when the gazetteer knows none there, the town meant is one it does not know, not the namesake elsewhere.
        RETURNS (set[int]): ids of the mentions left without a place for that reason."""
        out = set()
        for m, n in zip(mentions, mentions[1:]):
            p, r = m.get("place"), n.get("place")
            if p is None or r is None or p.kind != "city" or r.kind not in ("region", "city") \
                    or not 0 < n["i"] - m["j"] <= REGION_AFTER_TOWN or doc[m["j"]].lower_ != "in" \
                    or doc[m["i"]].sent.start != doc[n["i"]].sent.start:
                continue
            if r.kind == "city":
                # "Lyman in Donetsk": a town put in a name that is both a city and a province is in the province
                held = [o for o in n["options"] if o.kind == "region" and o.admin1
                        and any(c.kind == "city" and self.gaz.region_of(c) == o for c in m["options"])]
                if not held:
                    continue
                r = n["place"] = held[0]
            if not r.admin1:
                continue  # a part of a country that is no province ("eastern Ukraine") holds towns of several
            here = [o for o in m["options"] if o.kind == "city" and self.gaz.region_of(o) == r]
            if here:
                m["place"] = max(here, key=lambda o: (o.curated, o.population))
            elif self.gaz.region_of(p) is not None:
                m["place"] = None
                out.add(id(m))
        return out

    @staticmethod
    def _choose(options: list[Place], cue: str | None, focus: set[str]) -> Place | None:
        def score(p: Place) -> tuple:
            in_focus = p.country in focus
            if p.kind == "city" and not in_focus and p.population < MIN_POPULATION_OUTSIDE_FOCUS:
                return (-1,)
            kind_rank = {"country": 4, "water": 3, "other": 3}.get(p.kind, 0)
            if p.kind == "region":
                kind_rank = 3 if (cue == "region" or (p.cue == "region" and cue != "city")) else 1
            elif p.kind == "city":
                kind_rank = 3 if cue == "city" else 2
            return (kind_rank, in_focus, p.curated, p.population)
        best = max(options, key=score)
        if best.kind == "city" and not best.curated and best.population < MAX_POPULATION_VILLAGE:
            # a village of the war's countries is not a large city abroad of the same name ("Brest", "Tychy")
            large = [p for p in options if p.kind == "city" and p.population >= MIN_POPULATION_ANYWHERE
                     and score(p)[0] == score(best)[0]]
            if large:
                best = max(large, key=lambda p: p.population)
        return None if score(best) == (-1,) else best

    def _set_ents(self, doc: Doc, mentions: list[dict]) -> None:
        spans = [Span(doc, m["i"], m["j"], label="LOC") for m in mentions
                 if m.get("place") is not None and "chars" not in m]
        if not spans:
            return
        taken = {i for s in spans for i in range(s.start, s.end)}
        kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = filter_spans(kept + spans)
