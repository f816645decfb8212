"""kroniek_event: ACLED-style events from trigger words, merged to one per real-world event (issue 6).

A trigger word (``event/triggers.tsv``) gives the kind and ACLED type; words in its
sentence refine the sub-type (``event/refinements.tsv``) and the modality
(``event/modality.tsv``). Actors come from nationality words, organisations and
country names in the sentence (with the parse's subject and object when there is a
parser), the place from kroniek_geocode, the date from kroniek_timex or the article
date, the dead from kroniek_quantity, the claim from kroniek_attribution. Mentions of
the same kind and compatible places in one article are merged into one event, and
generic mentions (an explosion, an attack, an air attack, deaths) fold into the
article's more specific strike or clash at a compatible place.

Only real-world events are kept (``kroniek.event_reality``): negated and planned mentions
(``event/modality.tsv``, with the parse: the clause's own auxiliaries and negation, purpose
clauses), landmark and habitual mentions (``event/references.tsv``), adjectival participles
and, with the parse, present-tense relative clauses make no event.
"""
from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..clause import ClauseHeads, first_conjunct
from ..event_reality import Reality, compile_rows
from ..event_merge import (DISRUPTED, PARTY_KINDS, STRIKES, TERRITORY_KINDS, compatible, fold, merge, take_kind,
                           trigger_row)
from ..event_site import Siting, headline, inside, mention, source_spans
from ..event_sides import Sides, fill_roles
from ..gazetteer import gazetteer
from ..resources import load_table, load_words

# Kinds whose actors are states acting politically rather than their armed forces.
POLITICAL_KINDS = {"agreement", "weapons_delivery", "deployment", "other", "prisoner_exchange"}
# Non-violent developments located only by a town or site (where talks were held), never by a country.
SITE_ONLY_KINDS = {"agreement", "weapons_delivery", "other"}
PARTY_EVENT_TYPE = "Strategic developments"
# Kinds that happen where the nation named acts, when no place is given ("the Georgian police arrested ...").
DOMESTIC_KINDS = ("protest", "arrest")
# How many sentences after an attack's own may name the weapon it was made with.
WEAPON_SENTENCES = 10
PEACEFUL, INTERVENED = "Peaceful protest", "Protest with intervention"  # ACLED sub-types of a protest
WORD = re.compile(r"\w+")
# Kinds of violence done to someone: civilians named alone are its target, not who did it.
VIOLENT_KINDS = {"attack", "shelling", "air_strike", "drone_strike", "missile_strike", "explosion", "casualties"}
# How far back before the trigger a word may name its weapon (characters).
REFINE_BEFORE = 300
# Without a parse, how many words either side count as the trigger's neighbours.
NEAR = 4
# A heading inside an article of at most this many words that names no place is a section title, not news.
SECTION_TITLE_WORDS = 2
KILLED_MEASURES = {"killed", "dead", "killed_or_wounded"}
# Mentions of what did not (yet) happen make no event: the article's events are real-world events.
UNREAL = {"negated", "planned"}
# Kinds coded once per town when the sentence lists several ("explosions in A and B").
SPLIT_KINDS = {"missile_strike", "drone_strike", "air_strike", "shelling", "explosion", "attack", "armed_clash",
               "protest", "arrest", "casualties", "territory_gain", "territory_loss", "deployment"}


@Language.factory("kroniek_event", assigns=["doc._.events"], default_config={"lang": "nl"})
def make_event(nlp: Language, name: str, lang: str) -> "Event":
    return Event(nlp, name, lang=lang)


def parsed_objects(tok) -> list:
    """The direct objects of a trigger word in the parse (none without one)."""
    return [c for c in tok.children if c.dep_ == "obj"] if tok.doc.has_annotation("DEP") else []


def _refines(ref: dict, kind: str, rule_id: str) -> bool:
    """Whether a row of event/refinements.tsv applies to an event of this kind from this trigger row (an empty
    ``rule`` column: from any)."""
    return ref["kind"] == kind and (not ref.get("rule") or ref["rule"] == rule_id)


class Event:
    """Events in the output contract's shape.

    lang (str): language folder with ``event/triggers.tsv``, ``refinements.tsv``,
        ``modality.tsv``, ``actors.tsv`` and ``entities/norp.tsv``, ``entities/organisations.tsv``.
    """

    def __init__(self, nlp: Language, name: str = "kroniek_event", *, lang: str = "nl"):
        self.name = name
        self.lang = lang
        self.triggers = compile_rows(load_table(lang, "event/triggers"))
        self.rules_by_id = {row["id"]: row for _, row in self.triggers}
        self._form_rows: dict[str, list[dict]] = {}
        self.clause_head = ClauseHeads()
        self._near: dict[str, re.Pattern] = {}
        self.refinements = compile_rows(load_table(lang, "event/refinements"))
        # the refinements that name the weapon an attack, an air raid or a deployment was made with ("raketten" ->
        # missile strike); an explosion takes a weapon only from its own sentence ("shells exploded")
        self.arming_rows = [(rx, ref) for rx, ref in self.refinements if ref["new_kind"] in STRIKES
                            and ref["new_kind"] != ref["kind"] and ref["kind"] != "explosion"]
        self.weapons = [re.compile(f"(?:{w})") for w in load_words(lang, "event/weapons")]
        self.projectiles = [re.compile(f"(?:{w})") for w in load_words(lang, "event/projectiles")]
        self.ground_words = [re.compile(f"(?:{w})") for w in load_words(lang, "event/ground_words")]
        self.definite = set(load_words(lang, "event/definite_determiners"))
        self.passive_auxiliaries = set(load_words(lang, "event/passive_auxiliaries"))
        self.time_anaphors = set(load_words(lang, "event/time_anaphors"))
        self.complementizers = set(load_words(lang, "event/complementizers"))
        self.addition_cues = set(load_words(lang, "event/addition_cues"))
        self.recipient_markers = set(load_words(lang, "event/recipient_markers"))
        self.similar = set(load_words(lang, "event/similar_words"))
        self.elaborations = [w.split() for w in load_words(lang, "event/elaboration_openers")]
        self.left_prepositions = set(load_words(lang, "event/left_prepositions"))
        self.spot_words = set(load_words(lang, "event/spot_words"))
        self.infrastructure = re.compile("|".join(load_words(lang, "event/infrastructure_targets")))
        self.idioms = [phrase.split() for phrase in load_words(lang, "event/idioms")]
        self.plural_pronouns = set(load_words(lang, "event/plural_pronouns"))
        self.elision_conjunctions = set(load_words(lang, "event/elision_conjunctions"))
        self.elsewhere = {r["form"]: r for r in load_table(lang, "event/elsewhere_cues")}
        self.national_ground = set(load_words(lang, "event/national_ground"))
        self.roles = {r["form"]: r for r in load_table(lang, "event/actors")}
        # a compound ending in a forces word long enough not to match by chance ("reservetroepen"; not "leger":
        # "verleger"), with at least three letters before it
        heads = [re.escape(f) for f, r in self.roles.items() if r["role"] == "military" and len(f) >= 6]
        self.military_compound = re.compile(rf".{{3,}}(?:{'|'.join(heads)})")
        self.norp = {r["form"]: r["country"] for r in load_table(lang, "entities/norp")}
        # plural names of peoples ("russen"): "de Russen" in war news are its forces
        self.peoples = {r["form"] for r in load_table(lang, "entities/norp") if r["type"] == "people"
                        and r["form"].endswith(("en", "ers"))}
        self.orgs = {r["form"]: r for r in load_table(lang, "entities/organisations")}
        self.gaz = gazetteer(lang)
        self.site = Siting(lang, self.roles, self.clause_head, self._trigger)
        self.reality = Reality(lang, self.roles, self.clause_head)
        self.sides = Sides(lang, {p.country: p.name for p in self.gaz.places.values() if p.kind == "country"})
        # Whether negated and planned mentions stay in doc._.events (for inspection and tests).
        self.keep_unreal = False

    def _sends_other(self, tok, weapons: list) -> bool:
        """The deployment's object names forces or weapons, none of them the weapons given ("Romania sent two
        jets after the drone"): what was deployed is not the weapon the strike would be made with."""
        words = [w for o in parsed_objects(tok) for w in o.subtree]
        return any(self._military([w]) or self._weapon(w) for w in words) \
            and not any(rx.fullmatch(w.lower_) for w in words for rx in weapons)

    def _weapon(self, tok) -> bool:
        """A word of event/weapons.txt (a hyphenated compound by its last part: "F-16-straaljagers")."""
        return any(rx.fullmatch(w) for w in {tok.lower_, tok.lower_.rsplit("-", 1)[-1]} for rx in self.weapons)

    def _role(self, tok) -> str | None:
        """The role of a word in event/actors.tsv (location, territory, ...), if any."""
        return self.site.role(tok)

    def _military(self, span: Span) -> bool:
        """Whether the span names armed forces (a word of role "military" in event/actors.tsv, or a compound
        ending in a long one: "reservetroepen", "grondtroepen")."""
        return any(self._role(t) == "military"
                   or self.military_compound.fullmatch(t.lower_) for t in span)

    def __call__(self, doc: Doc) -> Doc:
        clutter = [(s.start, s.end) for s in doc.spans.get("clutter", [])] if "clutter" in doc.spans else []
        places = doc._.places or []
        persons = [e.start for e in doc.ents if e.label_ in ("PER", "PERSON")]  # doc.ents is built on each access
        events: list[dict] = []
        referred: list[tuple] = []  # strikes named as known ("after the attack on X"), kept if nothing else is there
        placed_before = -1  # end of the last sentence that gave an event a place of its own
        opening = True  # the article's first sentence
        parsed = doc.has_annotation("DEP")
        for sent in doc.sents:
            first, opening = opening, opening and (not sent.text.strip() or headline(sent))
            hits = [(tok, rule) for tok in sent if (rule := self._trigger(tok)) is not None
                    and not any(a <= tok.i < b for a, b in clutter)]
            if not hits:
                continue
            placed = self._placed(sent, places)
            if not first and headline(sent) and len([t for t in sent if t.is_alpha]) <= SECTION_TITLE_WORDS \
                    and not placed:
                continue  # a section title inside the story ("Onderhandelingen"), naming no place: no report
            has_place = placed \
                or self.site.anaphor_place(sent, places) is not None \
                or placed_before == sent.start \
                or first and any(self._placed(s, places) for s in self.site.ahead(sent)) \
                or self._nation(sent, ground=True) is not None
            # ("daar", "de stad", going on about the event just placed, or the article's opening sentence
            # that the next one locates)
            # a sentence right after one that names where things happened ("a fire broke out in a plant near
            # Dnipro. It started after a missile strike."); not a bare "attack", most often a general one
            after_placed = sent.start > 0 and self._placed(doc[sent.start - 1].sent, places)
            has_dead = self._fatalities(doc, sent) is not None
            has_weapon = any(self._weapon(t) for t in sent)
            has_person = any(sent.start <= i < sent.end for i in persons)
            # (or "they are deployed": the forces the sentence before names)
            has_force = has_weapon or self._military(sent) or (
                sent.start > 0 and sent[0].lower_ in self.plural_pronouns and self._military(doc[sent.start - 1].sent))
            # (ground is won or lost by "the Russians" as a side of the war, a people named with the definite
            # article; people sent abroad are no forces)
            has_side = any(t.lower_ in self.peoples and t.i > sent.start and doc[t.i - 1].lower_ in self.definite
                           for t in sent)
            have = {"place": has_place, "figure": has_dead, "weapon": has_weapon, "person": has_person,
                    "force": has_force,
                    "projectile": any(rx.fullmatch(t.lower_) for t in sent for rx in self.projectiles)}
            # (a strike that killed people it counts is news wherever it was: "the missile strike killed two")
            hits = [(tok, rule) for tok, rule in hits
                    if all(have.get(n, True) or n == "place" and after_placed and rule["kind"] != "attack"
                           or n == "force" and has_side and rule["kind"] in TERRITORY_KINDS
                           or n == "place" and has_dead and rule["kind"] in STRIKES
                           for n in (rule["needs"] or "").split("+") if n)]
            hits = [(tok, rule) for tok, rule in hits
                    if "ground" not in (rule["needs"] or "").split("+") or self._loses_ground(tok, places)]
            hits = [(tok, rule) for tok, rule in hits
                    if "change" not in (rule["needs"] or "").split("+") or not self._held(tok)]
            # (a count of dead is no event of its own beside a weapon: it belongs to the weapon's strike)
            # (an event named as what the act answers is another, earlier one: "missiles on Kyiv in reprisal
            # for the attack on the bridge")
            if any("alone" not in (rule["needs"] or "") and rule["kind"] not in ("casualties", "other")
                   and not (parsed and self.site.answered(tok) is not None) for tok, rule in hits):
                hits = [(tok, rule) for tok, rule in hits if "alone" not in (rule["needs"] or "")]
            kinds = {rule["kind"] for _, rule in hits}
            if doc.has_annotation("DEP"):
                # one event per kind and sentence: the main clause's word speaks for it, not a relative
                # clause's ("the city, which was occupied ..., was liberated")
                hits.sort(key=lambda h: self.clause_head(h[0]).dep_ in ("acl:relcl", "acl"))
            seen: dict[str, list] = {}  # kind -> the places its events of this sentence have
            for tok, rule in hits:
                if rule["kind"] == "casualties" and len(kinds) > 1:
                    continue  # the dead belong to the other event of the sentence
                if self.reality.background(tok):
                    continue
                if self.reality.reference(tok):
                    if rule["kind"] in VIOLENT_KINDS - {"casualties"} and self._definite(tok):
                        referred.append((sent, tok, rule))  # "the strike" a known one, not a habit
                    continue
                ev = self._event(doc, sent, tok, rule, places)
                if rule["kind"] in seen and not (rule["kind"] in SPLIT_KINDS and ev["_local"] and ev["place"] and all(
                        p and ev["place"]["name"] != p["name"] and not inside(ev["place"], p)
                        and not inside(p, ev["place"]) for p in seen[rule["kind"]])):
                    continue  # the same kind again, unless at another place of its own ("shelling in A, ... in B")
                if ev["sub_event_type"] == DISRUPTED and not ev["_local"]:
                    self._defended_ground(sent, ev, events, places)
                if "alone" in (rule["needs"] or "") and not ev["_local"] and ev["sub_event_type"] != DISRUPTED:
                    # a bare weapon noun needs a place of its own sentence, unless it was shot down: that
                    # defence is an event where the story is ("all eight drones were downed")
                    continue
                if ev["modality"] in UNREAL and not self.keep_unreal or self.reality.landmark(doc, rule, ev):
                    continue
                seen.setdefault(rule["kind"], []).append(ev["place"])
                if ev["_local"] and ev["place"]:
                    placed_before = sent.end
                if ev["place"] is None and ev["kind"] in DOMESTIC_KINDS and not ev["_elsewhere"]:
                    # "dozens were beaten and arrested" after a protest: where that protest was
                    like = next((e for e in reversed(events) if e["kind"] in DOMESTIC_KINDS and e["place"]), None)
                    if like is not None:
                        ev["place"], ev["geo_precision"] = like["place"], like["geo_precision"]
                if ev["kind"] == "attack" and any(t.lower_ in self.similar for t in doc[max(sent.start, tok.i - 3):tok.i]):
                    # "such an attack" (on another place): the kind of the strike reported before it
                    like = next((e for e in reversed(events) if e["kind"] in STRIKES), None)
                    if like is not None:
                        take_kind(ev, like)
                merge(events, ev)
                if ev["place"] and ev["kind"] in SPLIT_KINDS:
                    # towns listed with the event's, or regions with its region ("in de regio's Charkiv en Lviv");
                    # drones shot down over a list of regions are one defence of the night, not strikes there
                    by_region = ev["place"]["kind"] == "region" and ev["sub_event_type"] != DISRUPTED
                    # (a town's strike also splits over a region listed with it: "in Kyiv en in de provincie Sumy")
                    town = ev["place"]["kind"] == "city" and ev["sub_event_type"] != DISRUPTED
                    kinds = "region" if by_region else ("city", "region") if town \
                        else "country" if ev["place"]["kind"] == "country" and ev["kind"] == "deployment" else "city"
                    listed = self.site.coordinated(doc, sent, ev["place"], places, kind=kinds)
                    if ev["_local"] and ev["sub_event_type"] != DISRUPTED:
                        # and those the verb reaches again past its place ("... aangevallen, evenals X en Y")
                        listed += self.site.continued(doc, sent, tok, places, kind=("city", "region"))
                    for other in listed:
                        merge(events, {**ev, "place": self._place_dict(other),
                                             "geo_precision": other.get("precision", 3)})
                if ev["kind"] in SPLIT_KINDS and (ev["place"] is None or ev["place"]["kind"] in ("country", "region")
                                                  or not ev["_local"]):
                    # "three villages were retaken in Donetsk. They are X and Y": the event at each town named
                    # (a place borrowed from the sentences before bounds nothing; a list of towns replaces it)
                    towns = self._elaborated(doc, sent, ev["place"] if ev["_local"] else None, places)
                    if not ev["_local"] and len(towns) < 2:
                        towns = []  # one town named after a borrowed place may be a detail of the story before
                    if towns and not ev["_local"] and events and events[-1] is ev:
                        events.pop()  # the towns named replace the borrowed place
                    for other in towns:
                        merge(events, {**ev, "place": self._place_dict(other), "_local": True,
                                       "geo_precision": other.get("precision", 3)})

        for sent, tok, rule in referred:
            # "the death toll after the missile strike on a block of flats in Dnipro": a strike named only
            # as known is still the article's news when nothing else reports violence there
            ev = self._event(doc, sent, tok, rule, places)
            if ev["_local"] and ev["place"] and ev["modality"] not in UNREAL and not any(
                    e["kind"] in VIOLENT_KINDS and compatible(e["place"], ev["place"]) for e in events):
                merge(events, ev)
        doc._.events = fold(events)
        self._arm_attacks(doc, doc._.events)
        self._ground_attacks(doc, doc._.events)
        self._fill_sides(doc, doc._.events)
        return doc

    def _ground_attacks(self, doc: Doc, events: list[dict]) -> None:
        """An attack of unknown means that is made somewhere ("attacks near Bakhmut", "on the offensive in
        Donetsk") rather than on something ("an attack on the city") is fighting on the ground: an armed clash,
        as ACLED codes it. An attack on a target, or on people, may be a strike from afar and stays an attack."""
        if not doc.has_annotation("DEP"):
            return
        for ev in events:
            if ev["kind"] != "attack" or ev["sub_event_type"] != "Armed clash" or ev.get("_cause") \
                    or ev["actor2"] == "civilians":
                continue
            span = doc.char_span(ev["start"], ev["end"], alignment_mode="expand")
            if span is None or any(t.lower_ in self.sides.civilian_words or self.infrastructure.fullmatch(t.lower_)
                                   for t in span.sent):
                continue  # homes, people or power lines hit: a strike of unknown means
            tok = span.root
            verb = tok.head if tok.dep_ == "compound:prt" else tok  # "vallen ... aan": the verb holds the phrases
            nodes = [verb] + [c for c in verb.children if c.dep_ == "obj"] \
                + ([verb.head] if verb.dep_ in ("obj", "nsubj:pass") and verb.head.pos_ in ("VERB", "AUX") else [])
            target = any(c.dep_ == "obj" for c in verb.children) or any(
                c.dep_.split(":")[0] in ("obl", "nmod")
                and any(g.dep_ == "case" and self._role(g) == "patient" for g in c.children)
                and c.lower_ not in self.spot_words for n in nodes for c in n.children)
            if not target and self._located_at(doc, span.sent, verb, ev["place"]):
                ev.update(kind="armed_clash")

    def _located_at(self, doc: Doc, sent: Span, verb, place: dict | None) -> bool:
        """Whether the trigger's own clause puts the event at its place with a preposition of location ("attacks
        around Bakhmut"); a place from another clause or sentence says nothing of how the attack was made ("the
        bridge reopened a day after the deadly attack")."""
        if not place:
            return False

        def main(clause):  # a clause set beside another without a conjunction belongs to it
            return self.clause_head(clause.head) if clause.dep_ == "parataxis" else clause

        home = main(self.clause_head(verb))
        for p in doc._.places or []:
            if p["name"] != place["name"] or not sent.start_char <= p["start"] < sent.end_char:
                continue
            span = mention(doc, p)
            if span is None:
                continue
            node = first_conjunct(span.root)  # "nabij Avdiivka, Marjinka en Lyman"
            if node.dep_ in ("appos", "flat") or self._role(node.head) == "territory":
                node = first_conjunct(node.head)  # "in the Donetsk region", "in the vicinity of Bakhmut"
            # (a preposition the parser made the head of its place: "vallen aan op twee plaatsen: nabij X en Y")
            located = self._role(node) == "location" \
                or any(c.dep_ == "case" and self._role(c) == "location" for c in node.children)
            if located and main(self.clause_head(node)).i == home.i:
                return True
        return False

    def _arm_attacks(self, doc: Doc, events: list[dict]) -> None:
        """An attack, an air raid or a deployment of unknown means whose story names one kind of weapon in the
        sentences that follow ("the Russian attack on a restaurant" ... "two cruise missiles") was made with it
        (the refinements that turn the kind into a strike: event/refinements.tsv)."""
        for ev in events:
            rule = trigger_row(ev)
            rows = [(rx, ref) for rx, ref in self.arming_rows if _refines(ref, ev["kind"], rule)]
            if not rows or ev.get("_refined") or ev.get("_cause") or "unarmed" in (self.rules_by_id[rule]["needs"] or ""):
                continue
            span = doc.char_span(ev["start"], ev["end"], alignment_mode="expand")
            if span is None:
                continue
            if ev["kind"] == "deployment" and self._sends_other(span.root, [rx for rx, _ in rows]):
                continue  # jets sent after a drone: the jets are what was deployed, whatever else is named
            if ev["kind"] == "deployment" and self._military(span.sent) \
                    and not any(self._weapon(t) for t in span.sent):
                continue  # troops sent ("a large force sent to the border"): no weapon named later arms them
            sent, sents = span.sent, []
            while len(sents) <= WEAPON_SENTENCES and sent is not None:
                sents.append(sent)
                sent = doc[sent.end].sent if sent.end < len(doc) else None
            named = {ref["id"]: ref for s in sents for t in s for rx, ref in rows if rx.fullmatch(t.lower_)}
            if len(named) == 1:
                ref = next(iter(named.values()))
                ev.update(kind=ref["new_kind"], event_type=ref["event_type"], sub_event_type=ref["sub_event_type"])

    def _fill_sides(self, doc: Doc, events: list[dict]) -> None:
        """Fill in the actors the text leaves empty from the sides of the war the article reports (event_sides)."""
        countries = {p.get("country") for p in doc._.places or []} \
            | {self.norp.get(e.text.lower()) for e in doc.ents if e.label_ == "NORP"}
        dct = doc._.dct.earliest if doc._.dct is not None and doc._.dct.known else None
        for ev in events:
            if ev["kind"] in DOMESTIC_KINDS:
                self._fill_domestic(ev, events)
                continue
            day = date.fromisoformat(ev["when"]["earliest"]) if ev.get("when") and ev["when"].get("earliest") else dct
            war = self.sides.war(countries, day)
            if war is not None:
                self.sides.fill(ev, war, {w.lower() for w in WORD.findall(ev["sentence"])}, day)

    def _fill_domestic(self, ev: dict, events: list[dict]) -> None:
        """Protests and arrests as ACLED codes them: protesters are civilians, arrests are made by the state whose
        ground it is and of civilians; a protest at a place where the article reports arrests met intervention."""
        state = (f"{self._country_name(ev['place']['country'])} government"
                 if ev["place"] and ev["place"].get("country") else None)
        if ev["kind"] == "arrest":
            want = {"actor1": state, "actor2": "civilians"}
            if ev["actor1"] and ev["actor1"].endswith(" military") and state:
                # "the Russians" in a sentence on police arrests name who is arrested, not who arrests
                ev["actor1"] = None
        else:
            if ev["actor1"] and ev["actor1"].rpartition(" ")[2] in ("military", "government"):
                ev["actor1"] = None  # a protest against the war names the forces it is about, not the protesters
            met = any(o["kind"] == "arrest" and o["place"] and ev["place"] and compatible(o["place"], ev["place"])
                      for o in events)
            if met and ev["sub_event_type"] == PEACEFUL:
                ev["sub_event_type"] = INTERVENED
            want = {"actor1": "civilians", "actor2": state if met else None}
        fill_roles(ev, want)

    # -- one mention -------------------------------------------------------------
    def _trigger(self, tok) -> dict | None:
        for row in self._rows_for(self._elided(tok) or tok.lower_):
            if (row["near"] is None or self._near_ok(tok, row)) and not self._idiom(tok):
                return row
        return None

    def _idiom(self, tok) -> bool:
        """Whether the word stands in a fixed phrase that empties it of its sense (``event/idioms.txt``)."""
        doc = tok.doc
        for words in self.idioms:
            for k, w in enumerate(words):
                start = tok.i - k
                if w == tok.lower_ and start >= 0 and start + len(words) <= len(doc) \
                        and all(doc[start + j].lower_ == words[j] for j in range(len(words))):
                    return True
        return False

    def _elided(self, tok) -> str | None:
        """The whole word of a compound written with its head left out ("drone- en raketaanval" = a drone
        attack and a missile attack): the first part with the shortest ending of the next compound that
        makes a trigger word."""
        doc = tok.doc
        if not tok.text.endswith("-") or len(tok.text) < 3 or tok.i + 2 >= len(doc) \
                or doc[tok.i + 1].lower_ not in self.elision_conjunctions:
            return None
        head = doc[tok.i + 2].lower_
        if not self._rows_for(head):
            return None
        for k in range(len(head) - 3, 0, -1):  # the shortest ending first: "aanval", not "etaanval"
            form = tok.lower_[:-1] + head[k:]
            if self._rows_for(form):
                return form
        return None

    def _rows_for(self, form: str) -> list[dict]:
        """The trigger rows whose pattern matches a word form, in order (memoised: forms repeat)."""
        rows = self._form_rows.get(form)
        if rows is None:
            rows = [row for rx, row in self.triggers if rx.fullmatch(form)]
            if len(self._form_rows) > 200_000:
                self._form_rows.clear()  # bound the memory of a long run
            self._form_rows[form] = rows
        return rows

    def _near_ok(self, tok, row: dict) -> bool:
        """The word the trigger needs beside it ("taken" after "prisoner")."""
        rx = self._near.setdefault(row["id"], re.compile(f"(?:{row['near']})"))
        doc = tok.doc
        if "particle" in (row["needs"] or ""):
            # a word that is also a preposition ("namen ... in"): only as the verb's particle
            if doc.has_annotation("DEP"):
                # (a finite verb the parser took for an auxiliary leaves its particle on the word it hangs on)
                kin = list(tok.children) + (list(tok.head.children) if tok.dep_ == "aux" else [])
                return any(c.dep_ == "compound:prt" and rx.fullmatch(c.lower_) for c in kin)
            return any(rx.fullmatch(doc[k].lower_) and (k + 1 == tok.sent.end or doc[k + 1].is_punct)
                       for k in range(tok.i + 1, min(tok.sent.end, tok.i + 12)))
        if doc.has_annotation("DEP") and (rx.fullmatch(tok.head.lower_)
                                          or any(rx.fullmatch(c.lower_) for c in tok.children)):
            return True  # a separable verb and its particle far apart, either one the trigger
        return any(rx.fullmatch(doc[k].lower_) for k in range(max(0, tok.i - 2), min(len(doc), tok.i + 3))
                   if k != tok.i)

    def _event(self, doc: Doc, sent: Span, tok, rule: dict, places: list[dict]) -> dict:
        kind, etype, sub = rule["kind"], rule["event_type"], rule["sub_event_type"]
        lo = doc.char_span(max(0, tok.idx - REFINE_BEFORE), tok.idx, alignment_mode="expand")
        words = [t.lower_ for t in doc[lo.start if lo is not None else sent.start:sent.end]]
        refined = None
        if doc.has_annotation("DEP"):  # the trigger, the two words above it, and their dependents
            above = [tok, tok.head, tok.head.head]
            own = [t.lower_ for t in above] + [c.lower_ for t in above for c in t.children]
            # (a row for one trigger word also reads a level deeper: "sends [millions of] ammunition")
            deeper = own + [g.lower_ for c in tok.children for g in c.children]
            # (and what the trigger's object is struck with, where the parser hangs "met" on the object: "bestookten
            # de hoofdstad Kiev met raketten")
            own = own + [g.lower_ for c in tok.children if c.dep_ == "obj" for g in c.children
                         if any(k.dep_ == "case" and self._role(k) == "instrument" for k in g.children)]
        else:
            own = deeper = [t.lower_ for t in doc[max(sent.start, tok.i - NEAR):min(sent.end, tok.i + NEAR + 1)]]
        # who the sentence's count of dead counts ("300 burgers ... om het leven gebracht") belongs to
        # the event, however the parse hangs it
        counted = [q["counts"] for q in doc._.quantities or []
                   if q.get("counts") and q.get("measure") in KILLED_MEASURES
                   and sent.start_char <= q.get("start", -1) < sent.end_char]
        own, deeper = own + counted, deeper + counted
        cause = self.site.answered(tok) if doc.has_annotation("DEP") else None
        if cause is not None:  # an earlier event the act answers: the act's weapons are not its own
            phrase = {t.lower_ for t in doc[cause[0]:cause[1]]}
            words, own, deeper = ([w for w in ws if w in phrase] for ws in (words, own, deeper))
        matching = []
        for rx, ref in self.refinements:
            # a word that changes the kind must stand close to the trigger in the parse ("drones shot down")
            scope = (deeper if ref.get("rule") else own) \
                if ref["new_kind"] and ref["new_kind"] != kind or ref["sub_event_type"] == DISRUPTED else words
            if ref["sub_event_type"] == DISRUPTED and tok.dep_ in ("nsubj", "obl") and not self._passive_subject(tok):
                # the weapon did something ("drones destroyed a house"), or the strike is where something
                # else was put out of action ("bombers disabled in a drone attack"): it was not stopped
                continue
            if _refines(ref, kind, rule["id"]) and any(rx.fullmatch(w) for w in scope):
                if kind == "deployment" and ref["new_kind"] in STRIKES and self._sends_other(tok, [rx]):
                    continue  # jets sent after a drone: the jets are what was deployed
                matching.append((rx, ref))
        if matching:
            rx, ref = matching[0]
            rivals = [m for m in matching if m[1]["new_kind"] in STRIKES and m[1]["sub_event_type"] != DISRUPTED]
            if ref["new_kind"] in STRIKES and len({m[1]["new_kind"] for m in rivals}) > 1:
                # "13 missiles and 805 drones": the weapon counted most, else the one named first
                rx, ref = max(rivals, key=lambda m: self._weapon_weight(doc, sent, m[0]))
            kind = ref["new_kind"] or kind
            etype, sub = ref["event_type"], ref["sub_event_type"]
            refined = ref["id"]
        actors, actor_tokens = self._actors(doc, sent, tok, kind)
        parties = {a[1] for a in actors if a and a[1]}  # the actors' countries
        place, local = self.site.place(doc, sent, tok, places, actor_tokens, kind in TERRITORY_KINDS,
                                       topical=kind in DOMESTIC_KINDS, struck=kind in VIOLENT_KINDS | {"armed_clash"})
        if place is not None and not local and self._elsewhere(sent):
            place = None  # "in other countries too": not where the sentences before were
        if kind in PARTY_KINDS and place is not None and place["kind"] == "country":
            if not local or not parties or place["country"] in parties:
                # the countries named with an exchange are its parties; a third one named with it is its
                # site, one from the sentences before is not
                place = None
        if rule["kind"] in SITE_ONLY_KINDS and rule["event_type"] == PARTY_EVENT_TYPE and place is not None \
                and place["kind"] in ("country", "region", "water"):
            # a country named with a deal or a decision is a party to it, not where it happened (violence
            # coded "other", as deportations, happens in the country named); a sea is what a deal is about
            # ("grain over the Black Sea"), not where it was made
            place = None
        if kind == "weapons_delivery":
            to = self._recipient(doc, sent, places)
            if to is not None:  # where the weapons go ("delivers tanks to Ukraine")
                place, local = to, True
            elif place is None or not local:
                # "the tanks will be delivered soon": to whom the article said they go
                to = self._recipient(doc, doc[:sent.start], places, last=True)
                place = to or place
        summary = False
        if place is None or not local:
            # "drones shot down over several Ukrainian regions": the country of that ground, a tally over
            # the country that stays apart from the towns' own events
            ground = self._nation(sent, ground=True)
            if ground is not None:
                place, local, summary = ground, True, True
        if place is None and kind in DOMESTIC_KINDS:
            # "the Georgian police broke up a protest": where the nation named acts (not a people in a phrase:
            # "arrested for collaborating with the Russians")
            place = self._nation(sent, acting=True)
        if place is not None and place["kind"] == "region" and (kind not in SPLIT_KINDS - TERRITORY_KINDS
                                                                or sub == DISRUPTED):
            # (weapons shot down over a list of regions: one defence of the country that night)
            place = self.site.spanned_country(doc, sent, place, places) or place
        actor1, actor2 = (actors + [None, None])[:2]
        if kind == "deployment" and (place is None or not local) and actor1 and actor1[1]:
            # "Romania sent two jets into the air": a state's forces move on its own ground unless a place is named
            place = self.site.country_place(actor1[1], tok.idx, tok.idx + len(tok.text)) or place
        if actor1 is not None and actor1[0] == "civilians" and actor2 is None and kind in VIOLENT_KINDS:
            actor1, actor2 = None, actor1  # "nine civilians were killed by shelling": who it was done to
        if kind in TERRITORY_KINDS and sub != "Non-violent transfer of territory":
            sub = self._territory_sub(kind, actor1, place) or sub
        when, tprec = self._when(doc, sent)
        claim = self._claim(doc, sent, tok)
        return {
            "kind": kind, "event_type": etype, "sub_event_type": sub,
            "text": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text),
            "actor1": actor1[0] if actor1 else None, "actor2": actor2[0] if actor2 else None,
            "place": (self._place_dict(place) if place else None),
            "geo_precision": place.get("precision", 3) if place else None,
            "when": when, "time_precision": tprec,
            "fatalities": self._fatalities(doc, sent) if kind in ("casualties", "attack", "armed_clash", "shelling",
                                                                  "missile_strike", "drone_strike", "air_strike",
                                                                  "explosion") else None,
            "claim": claim, "modality": self.reality.modality(sent, tok, claim),
            "sentence": sent.text.strip(), "rule": rule["id"] + (f"+{refined}" if refined else ""),
            "_refined": refined is not None,
            "_admin1": place.get("_admin1") if place else None,
            "_local": local,
            "_parties": parties,
            "_side1": actor1[1] if actor1 else None,
            "_also": any(t.lower_ in self.addition_cues for t in doc[sent.start:tok.i]),
            "_elsewhere": self._elsewhere(sent),
            "_summary": summary,
            # named as what the act answers ("in reprisal for the attack on the bridge"): an earlier event
            "_cause": cause is not None,
        }

    def _defended_ground(self, sent: Span, ev: dict, events: list[dict], places: list[dict]) -> None:
        """Where weapons were shot down when the sentence names no town: the country it names ("Ukraine says it
        downed 200 drones"), or, after a sentence that listed strikes on several towns of one country, that
        country's defence."""
        # (not the country that fired them: "Russia launched twelve missiles, all intercepted")
        # (nor the agent of a passive participle: "thirty missiles fired by Russia downed")
        own = [p for p in places if p["kind"] == "country" and sent.start_char <= p["start"] < sent.end_char
               and (ev["_side1"] is None or p.get("country") != ev["_side1"]) and not self._after_agent(sent, p)]
        strikes = [e for e in events if e["kind"] in STRIKES and e["sub_event_type"] != DISRUPTED and e["place"]]
        # (the towns of the last sentence that reported strikes: one barrage over them)
        struck = {e["place"]["name"]: e["place"] for e in strikes if e["sentence"] == strikes[-1]["sentence"]}
        countries = {p.get("country") for p in struck.values()}
        if own:
            place = own[0]
        elif len(struck) > 1 and len(countries) == 1:
            place = self.site.country_place(countries.pop(), ev["start"], ev["end"])
        else:
            return
        if place is not None:
            ev["place"], ev["geo_precision"], ev["_local"] = self._place_dict(place), 3, True

    def _after_agent(self, sent: Span, p: dict) -> bool:
        """Whether a place mention follows a word that marks the agent of a passive ("door")."""
        span = mention(sent.doc, p)
        return span is not None and span.start > sent.start and self._role(sent.doc[span.start - 1]) == "agent"

    def _elaborated(self, doc: Doc, sent: Span, place: dict | None, places: list[dict]) -> list[dict]:
        """The towns of the next sentence when it opens by saying which ones the event's were ("Het gaat om X en
        Y", ``event/elaboration_openers.txt``), within the event's country or region."""
        if sent.end >= len(doc):
            return []
        after = doc[sent.end].sent
        words = [t.lower_ for t in after if not t.is_space]
        if not any(words[:len(o)] == o for o in self.elaborations):
            return []
        # (not a yardstick: "het gaat om de oppervlakte van Amsterdam")
        return [p for p in places if after.start_char <= p["start"] < after.end_char and p["kind"] == "city"
                and (place is None or inside(p, place)) and not self.site.compared(doc, p, after)]

    def _held(self, tok) -> bool:
        """A verb of holding ground in a passive of state ("is held by", "is being held"), or a participle that
        is itself the auxiliary of another verb ("held occupied"), reports who holds it, not a change."""
        if not tok.doc.has_annotation("DEP"):
            return False
        if tok.dep_ == "aux:pass":
            return True
        for c in tok.children:
            if c.dep_ == "aux:pass" and c.lemma_.lower() in self.reality.state_auxiliaries:
                return True
            if c.dep_ == "aux:pass" and c.lemma_.lower() in self.passive_auxiliaries and "Pres" in c.morph.get("Tense"):
                return True
        return False

    def _loses_ground(self, tok, places: list[dict]) -> bool:
        """A verb of losing or giving up reports lost territory unless its object is something else than a place or a
        word for ground ("zij heeft haar zoon verloren"). With no parse, or no object, the place need decides."""
        # (a reflexive object says nothing: "withdrew itself")
        # (nor a time the parser reads as one: "withdrew last week")
        doc = tok.doc
        near = doc[max(tok.sent.start, tok.i - 3)].idx
        if any(q.get("unit") == "person" and near <= q["end"] <= tok.idx for q in doc._.quantities or []):
            return False  # a count of people lost ("between 10,000 and 13,000 soldiers lost"), however the
            # parser hangs it
        times = [(t["start"], t["end"]) for t in tok.doc._.times or [] if t.get("start") is not None]
        # (the subject of a passive is what the verb acts on: "others were freed")
        passive = [c for c in tok.children if c.dep_ == "nsubj:pass"] if doc.has_annotation("DEP") else []
        objects = [o for o in parsed_objects(tok) + passive if "Yes" not in o.morph.get("Reflex")
                   and not any(a <= o.idx < b for a, b in times)]
        # what a withdrawal leaves ("from Kherson", "from a number of villages", "from the deal with Kyiv"), on the
        # verb or its noun: a word for ground in its phrase, or a place that is the noun itself or its name (not
        # one the noun is linked to)
        left = [c for c in tok.children if c.dep_.split(":")[0] in ("obl", "nmod")
                and any(g.dep_ == "case" and g.lower_ in self.left_prepositions for g in c.children)] \
            if tok.doc.has_annotation("DEP") else []
        for obj in objects + left:
            named = [obj] + [c for c in obj.children if c.dep_ in ("appos", "flat", "amod")
                             or c.dep_ == "nmod" and obj not in left]
            words = named + [c for c in obj.children if c.dep_ == "nmod"]
            if any(any(rx.fullmatch(w.lower_) for rx in self.ground_words) for w in words):
                return True
            if any(p["start"] <= w.idx < p["end"] for w in named for p in places):
                return True
        return not objects and not left

    def _definite(self, tok) -> bool:
        """The trigger is a noun with a definite article ("de raketaanslag", "de zware aanval": an attributive
        adjective ends in -e)."""
        doc, start = tok.doc, tok.sent.start
        one = doc[tok.i - 1] if tok.i - 1 >= start else None
        two = doc[tok.i - 2] if tok.i - 2 >= start else None
        return one is not None and (one.lower_ in self.definite
                                    or two is not None and two.lower_ in self.definite and one.lower_.endswith("e"))

    def _passive_subject(self, tok) -> bool:
        """The weapon is the subject of a passive ("all eight drones were shot down"): the parser often labels
        it a plain subject; a passive auxiliary and no object of the verb tell."""
        verb = tok.head
        if tok.dep_ != "nsubj" or any(c.dep_ == "obj" for c in verb.children):
            return False
        between = tok.doc[min(tok.i, verb.i):max(tok.i, verb.i) + 1]
        return any(t.lemma_.lower() in self.passive_auxiliaries for t in list(between) + list(verb.children)
                   if t.i != tok.i and t.i != verb.i)

    @staticmethod
    def _placed(sent: Span, places: list[dict]) -> bool:
        """Whether a place is named in the sentence."""
        return any(sent.start_char <= p["start"] < sent.end_char for p in places)

    def _elsewhere(self, sent: Span) -> bool:
        """Whether the sentence puts its event elsewhere than the one before ("other parts of the country")."""
        for t in sent:
            cue = self.elsewhere.get(t.lower_)
            if cue is None:
                continue
            if not cue["next"] or t.i + 1 < sent.end \
                    and self._role(t.doc[t.i + 1]) == cue["next"]:
                return True
        return False

    def _nation(self, sent: Span, ground: bool = False, acting: bool = False) -> dict | None:
        """The country of the first nationality word of the sentence, as a place; with ``ground``, only of one
        before a word for ground ("Ukrainian regions", "Russian territory"); with ``acting``, not one in a
        prepositional phrase ("met de Russen")."""
        for t in sent:
            if t.lower_ not in self.norp or ground and not (
                    t.i + 1 < sent.end and self._glued(sent, t.i + 1) in self.national_ground):
                continue
            if acting and any(w.pos_ == "ADP" and self._role(w) != "location"
                              for w in sent.doc[max(sent.start, t.i - 2):t.i]):
                continue
            place = self.site.country_place(self.norp[t.lower_], t.idx, t.idx + len(t.text))
            if place is not None:
                return place
        return None

    @staticmethod
    def _glued(sent: Span, i: int) -> str:
        """A word with the clitic the tokenizer split off after a curly apostrophe glued back ("regio’s")."""
        doc = sent.doc
        if i + 1 < sent.end and doc[i + 1].text[:1] in "’'" and not doc[i].whitespace_:
            return doc[i].lower_ + doc[i + 1].lower_
        return doc[i].lower_

    def _recipient(self, doc: Doc, sent: Span, places: list[dict], last: bool = False) -> dict | None:
        """The first (or last) place right after a recipient marker in the span ("to Ukraine", "to Kyiv")."""
        for p in (reversed(places) if last else places):
            if not (sent.start_char <= p["start"] < sent.end_char):
                continue
            span = mention(doc, p)
            if span is not None and span.start > sent.start and doc[span.start - 1].lower_ in self.recipient_markers:
                return p
        return None

    @staticmethod
    def _place_dict(place: dict) -> dict:
        return {**{k: place[k] for k in ("name", "country", "lat", "lon", "kind")}, "_start": place["start"],
                "_admin1": place.get("_admin1")}

    @staticmethod
    def _weapon_weight(doc: Doc, sent: Span, rx) -> tuple[float, int]:
        """How strongly a sentence names a weapon: the largest count of it, then how early it is named."""
        counts = [q["value"] for q in doc._.quantities or [] if isinstance(q.get("value"), (int, float))
                  and sent.start_char <= q["start"] < sent.end_char and rx.fullmatch(q["text"].split()[-1].lower())]
        first = next((t.i for t in sent if rx.fullmatch(t.lower_)), sent.end)
        return max(counts, default=0), -first

    def _actors(self, doc: Doc, sent: Span, trigger, kind: str) -> list[tuple[str, str | None]]:
        """Actors named in the sentence, as (canonical name, ISO country), actor1 first."""
        found: list[tuple[int, str, str | None]] = []
        patients: list[tuple[int, str, str | None]] = []
        agent_at = patient_at = None
        ents = {e.start: e for e in doc.ents if sent.start <= e.start < sent.end}
        place_countries = {p["start"]: p for p in (doc._.places or []) if p["kind"] == "country"
                           or self.site.acting_capital(doc, sent, p)}
        skip_until = -1
        named: set[int] = set()  # every token that names an actor, repeated names too
        # Who says it is not who did it: skip the sources of claims (kroniek_attribution).
        speakers = source_spans(doc)
        own_clause = self.clause_head(trigger) if doc.has_annotation("DEP") else None
        asides = self.site.asides(sent, doc._.places or [])
        for tok in sent:
            if tok.i < skip_until or any(a <= tok.idx < b for a, b in speakers) or any(a <= tok.i < b for a, b in asides):
                continue  # nor is "Oekraïens" in "(Dnipro in het Oekraïens)" an actor
            if own_clause is not None:
                # a relative or participial clause about something else ("die ... werd bezet door de Russen",
                # "een door Rusland geïnstalleerde functionaris") names its own actors
                rel = self.clause_head(tok)
                if rel is not own_clause and rel.dep_ in ("acl:relcl", "acl") \
                        and not (rel.left_edge.i <= trigger.i <= rel.right_edge.i):
                    continue
            role = self.roles.get(tok.lower_)
            if role and role["role"] == "agent":
                if own_clause is None or tok.head.i == tok.i or self.clause_head(tok.head) is own_clause:
                    agent_at = tok.i  # not "a by Russia installed official said that ..."
                continue
            if role and role["role"] == "patient":
                patient_at = tok.i
                continue
            ent = ents.get(tok.i)
            country, name = None, None
            if ent is not None and ent.label_ == "NORP":
                nxt = doc[ent.end] if ent.end < sent.end else None
                if nxt is not None and self._role(nxt) == "territory":
                    continue  # "the Russian region of Kursk" names a place, not who acted
                if nxt is not None and self.infrastructure.fullmatch(nxt.lower_):
                    continue  # "het Oekraïense energienetwerk" names what was hit, not who acted
                country = self.norp.get(ent.text.lower())
            elif ent is not None and ent.label_ == "ORG":
                org = self.orgs.get(ent.text)
                if org and org["kind"] == "government" and org["country"]:
                    country = org["country"]
                    name = f"{self._country_name(country)} government"
                elif org and org["kind"] != "media":  # a channel or news agency reports, it does not act
                    name, country = org["name"], org["country"]
                skip_until = ent.end
            elif tok.idx in place_countries:
                before = self.roles.get(doc[tok.i - 1].lower_) if tok.i > sent.start else None
                if before and before["role"] == "location" or self.site.located(tok):
                    continue  # "to Russia", "in Ukraine": a location, not an actor
                if before and before["role"] == "possessor" and tok.i - 1 > sent.start \
                        and self._role(doc[tok.i - 2]) == "territory":
                    continue  # "other parts of Ukraine": the ground struck, not who acted
                country = place_countries[tok.idx]["country"]
            elif role and role["role"] == "civilians":
                name = "civilians"
            if country and not name and tok.idx in place_countries and place_countries[tok.idx]["kind"] == "city":
                name = f"{self._country_name(country)} government"
            if country and not name:
                qualifier = self._role_after(sent, tok.i if ent is None else ent.end - 1)
                if qualifier == "civilians":
                    name = "civilians"
                else:
                    default = "government" if kind in POLITICAL_KINDS else "military"
                    name = f"{self._country_name(country)} {qualifier or default}"
            if name:
                named.add(tok.i)
            if name and all(name != f[1] for f in found):
                if patient_at is not None and tok.i - patient_at <= 3 \
                        and all(doc[k].pos_ in ("DET", "ADJ") for k in range(patient_at + 1, tok.i)):
                    # right after the marker, past its article and adjectives only ("from the Russians";
                    # not "in the night from Saturday to Sunday Russia ...")
                    patients.append((tok.i, name, country))
                else:
                    found.append((tok.i, name, country))
        opener = max((t.i for t in doc[sent.start:trigger.i] if t.lower_ in self.complementizers), default=None)
        if opener is not None and any(f[0] > opener for f in found):
            # "X admitted that Ukraine has retaken ...": who acted is named after the complementizer
            found = [f for f in found if f[0] > opener]
            if agent_at is not None and agent_at < opener:
                agent_at = None
        if agent_at is not None:  # passive: the actor after the agent marker did it
            agents = [f for f in found if f[0] > agent_at]
            if agents:
                found.remove(agents[0])
                found.insert(0, agents[0])
        if patients:  # "taken back from X": X is the second actor, whoever the first is
            found = found[:1] + patients[:1] if found else [(patients[0][0], None, None), patients[0]]
        if doc.has_annotation("DEP"):
            verb = trigger.head if trigger.dep_ == "compound:prt" else trigger  # "viel ... aan": the verb's subject
            found.sort(key=lambda f: 0 if doc[f[0]].head == verb and doc[f[0]].dep_.startswith("nsubj") else 1)
        tokens = {f[0] for f in found} | {f[0] for f in patients} | named
        return [(name, country) if name else None for _, name, country in found], tokens

    def _role_after(self, sent: Span, i: int) -> str | None:
        for tok in sent.doc[i + 1:min(sent.end, i + 3)]:
            role = self.roles.get(tok.lower_)
            if role and role["role"] in ("military", "government", "civilians"):
                return role["role"]
        return None

    def _country_name(self, iso: str) -> str:
        place = self.gaz.country(iso)
        return place.name if place else iso

    @staticmethod
    def _territory_sub(kind: str, actor1, place: dict | None) -> str | None:
        """ACLED: the state regaining its own ground vs. another force taking it."""
        if not actor1 or not actor1[1] or not place or not place.get("country"):
            return None
        own = actor1[1] == place["country"]
        if kind == "territory_loss":
            own = not own
        return "Government regains territory" if own else "Non-state actor overtakes territory"

    def _when(self, doc: Doc, sent: Span) -> tuple[dict | None, int | None]:
        times = [t for t in (doc._.times or []) if sent.start_char <= t.get("start", -1) < sent.end_char
                 and t.get("earliest") and t.get("latest")]
        if not times and sent.start > 0 and any(t.lower_ in self.time_anaphors for t in sent):
            # "Ook toen werd ...": the time the sentence before gave
            before = doc[sent.start - 1].sent
            times = [t for t in (doc._.times or []) if before.start_char <= t.get("start", -1) < before.end_char
                     and t.get("earliest") and t.get("latest")][-1:]
        if times:
            t = times[0]
            when = {"earliest": t["earliest"], "latest": t["latest"], "source": "text"}
        elif doc._.dct is not None and doc._.dct.known:
            d = doc._.dct.to_dict()
            when = {"earliest": d["earliest"], "latest": d["latest"], "source": "article"}
        else:
            return None, None
        days = (date.fromisoformat(when["latest"]) - date.fromisoformat(when["earliest"])).days + 1
        return when, 1 if days <= 1 else 2 if days <= 7 else 3

    @staticmethod
    def _fatalities(doc: Doc, sent: Span) -> int | None:
        for q in doc._.quantities or []:
            if sent.start_char <= q.get("start", -1) < sent.end_char and q.get("unit") == "person" \
                    and q.get("measure") in KILLED_MEASURES:
                value = q.get("value") if q.get("value") is not None else q.get("low")
                if value is not None and q.get("measure") == "killed":
                    return int(value)
        return None

    @staticmethod
    def _claim(doc: Doc, sent: Span, tok) -> int | None:
        claims = doc._.claims or []
        for i, c in enumerate(claims):
            if c.get("start") is not None and c["start"] <= tok.idx < c.get("end", -1):
                return i
        for i, c in enumerate(claims):
            if c.get("start") is not None and sent.start_char <= c["start"] < sent.end_char:
                return i
        return None
