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

Only real-world events are kept: negated and planned mentions (``event/modality.tsv``,
with the parse: the clause's own auxiliaries and negation, purpose clauses), landmark
and habitual mentions (``event/references.tsv``), adjectival participles and, with the
parse, present-tense relative clauses make no event.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..gazetteer import gazetteer, km
from ..resources import load_table, load_words

# Most specific first: a town says more than its region, a region more than a country.
PLACE_RANK = {"city": 0, "other": 1, "region": 2, "water": 3, "country": 4}
# Kinds whose actors are states acting politically rather than their armed forces.
POLITICAL_KINDS = {"agreement", "weapons_delivery", "deployment", "other", "prisoner_exchange"}
# Non-violent developments located only by a town or site (where talks were held), never by a country.
SITE_ONLY_KINDS = {"agreement", "weapons_delivery", "other"}
PARTY_EVENT_TYPE = "Strategic developments"
# Kinds whose countries are parties rather than sites, though a region or town may be the site.
# A region or country may hold a generic mention made at one of its towns (folding).
COMPAT_KINDS = ("region", "country")
PARTY_KINDS = {"prisoner_exchange"}
TERRITORY_KINDS = {"territory_gain", "territory_loss"}
MODALITY_WINDOW = 6
# How many words before a trigger a landmark word ("since") may stand.
REFERENCE_WINDOW = 4
# How far back an event's place may be named (sentences), and its weapon (characters).
CONTEXT_SENTENCES = 2
# How far a suburb may lie from the town it belongs to ("de voorstad van Kiev"), in km.
SUBURB_KM = 60
REFINE_BEFORE = 300
# Without a parse, how many words either side count as the trigger's neighbours.
NEAR = 4
# Half the extent of a typical region, in degrees of latitude, for "this town lies in that region".
REGION_DEGREES = 1.5
KILLED_MEASURES = {"killed", "dead", "killed_or_wounded"}
# Mentions of what did not (yet) happen make no event: the article's events are real-world events.
UNREAL = {"negated", "planned"}
# Kinds that name the effect or the broad class of violence; in one article they fold into a more
# specific violent event at a compatible place ("explosions were heard" after a missile strike).
# Hosts in order of preference; an explosion in a battle stays its own event (a grenade, a mine).
STRIKES = ("missile_strike", "drone_strike", "air_strike", "shelling")
FOLD_HOSTS = {"explosion": STRIKES, "attack": STRIKES + ("armed_clash",),
              "air_strike": ("drone_strike", "missile_strike"),  # an "air attack" made of drones or missiles
              "casualties": STRIKES + ("armed_clash", "explosion", "attack")}
# Kinds coded once per town when the sentence lists several ("explosions in A and B").
SPLIT_KINDS = {"missile_strike", "drone_strike", "air_strike", "shelling", "explosion", "protest", "arrest",
               "territory_gain", "territory_loss"}
# Dependency relations (UD) that head a clause of their own: the search for a trigger's clause stops there.
CLAUSE_DEPS = {"ROOT", "advcl", "acl", "acl:relcl", "ccomp", "xcomp", "conj", "parataxis", "csubj"}
# Dependents of a clause's words that carry its modality (negation, auxiliaries, adverbs, "no" before a noun).
MODAL_DEPS = {"advmod", "aux", "aux:pass", "det", "cop", "mark", "compound:prt"}


def _headline(sent: Span) -> bool:
    """A heading, not a lede: it ends without a full stop (or other end punctuation)."""
    words = [t for t in sent if not t.is_space]
    return bool(words) and words[-1].text not in (".", "!", "?", "…", "\"", "”", "'", "’")


def _inside(inner: dict, outer: dict) -> bool:
    """Whether a more specific place may lie within a broader one (a town in the country or region named)."""
    if PLACE_RANK.get(inner.get("kind"), 5) >= PLACE_RANK.get(outer.get("kind"), 5):
        return False
    if outer.get("kind") == "country":
        return inner.get("country") == outer.get("country")
    if inner.get("country") and outer.get("country") and inner["country"] != outer["country"]:
        return False  # Belgorod is near the Kharkiv region's centre, not in it
    if None in (inner.get("lat"), outer.get("lat")):
        return False
    return abs(inner["lat"] - outer["lat"]) < REGION_DEGREES and abs(inner["lon"] - outer["lon"]) < REGION_DEGREES * 1.5


def _apart(a: dict | None, b: dict | None) -> bool:
    """Whether two times the text gives for mentions cannot be one day: their intervals do not meet."""
    if not a or not b or a.get("source") != "text" or b.get("source") != "text":
        return False
    return a["latest"] < b["earliest"] or b["latest"] < a["earliest"]


@Language.factory("kroniek_event", assigns=["doc._.events"], default_config={"lang": "nl"})
def make_event(nlp: Language, name: str, lang: str) -> "Event":
    return Event(nlp, name, lang=lang)


def _compile(rows, field="pattern"):
    return [(re.compile(f"(?:{r[field]})"), r) for r in rows]


class Event:
    """Events in the output contract's shape.

    lang (str): language folder with ``event/triggers.tsv``, ``refinements.tsv``,
        ``modality.tsv``, ``actors.tsv`` and ``entities/norp.tsv``, ``entities/organisations.tsv``.
    """

    def __init__(self, nlp: Language, name: str = "kroniek_event", *, lang: str = "nl"):
        self.name = name
        self.lang = lang
        self.triggers = _compile(load_table(lang, "event/triggers"))
        self._form_rows: dict[str, list[dict]] = {}
        self._heads_doc: Doc | None = None
        self._heads: dict[int, object] = {}
        self._near: dict[str, re.Pattern] = {}
        self.refinements = _compile(load_table(lang, "event/refinements"))
        self.modality = _compile(load_table(lang, "event/modality"))
        self.references = _compile(load_table(lang, "event/references"))
        self.weapons = [re.compile(f"(?:{w})") for w in load_words(lang, "event/weapons")]
        self.inf_markers = set(load_words(lang, "event/infinitive_markers"))
        self.definite = set(load_words(lang, "event/definite_determiners"))
        self.place_anaphors = {r["form"]: r["refers"] for r in load_table(lang, "event/place_anaphors")}
        self.origin_words = set(load_words(lang, "event/origin_participles"))
        self.state_auxiliaries = set(load_words(lang, "event/state_auxiliaries"))
        self.time_anaphors = set(load_words(lang, "event/time_anaphors"))
        self.complementizers = set(load_words(lang, "event/complementizers"))
        self.addition_cues = set(load_words(lang, "event/addition_cues"))
        self.roles = {r["form"]: r for r in load_table(lang, "event/actors")}
        self.norp = {r["form"]: r["country"] for r in load_table(lang, "entities/norp")}
        self.orgs = {r["form"]: r for r in load_table(lang, "entities/organisations")}
        self.gaz = gazetteer(lang)
        # Whether negated and planned mentions stay in doc._.events (for inspection and tests).
        self.keep_unreal = False

    def __call__(self, doc: Doc) -> Doc:
        clutter = [(s.start, s.end) for s in doc.spans.get("clutter", [])] if "clutter" in doc.spans else []
        places = doc._.places or []
        persons = [e.start for e in doc.ents if e.label_ in ("PER", "PERSON")]  # doc.ents is built on each access
        events: list[dict] = []
        for sent in doc.sents:
            hits = [(tok, rule) for tok in sent if (rule := self._trigger(tok)) is not None
                    and not any(a <= tok.i < b for a, b in clutter)]
            if not hits:
                continue
            has_place = any(sent.start_char <= p["start"] < sent.end_char for p in places) \
                or self._anaphor_place(sent, places) is not None  # "daar", "de stad": a place named before
            has_dead = self._fatalities(doc, sent) is not None
            has_weapon = any(rx.fullmatch(t.lower_) for t in sent for rx in self.weapons)
            has_person = any(sent.start <= i < sent.end for i in persons)
            have = {"place": has_place, "figure": has_dead, "weapon": has_weapon, "person": has_person}
            hits = [(tok, rule) for tok, rule in hits
                    if all(have.get(n, True) for n in (rule["needs"] or "").split("+") if n)]
            if any("alone" not in (rule["needs"] or "") for _, rule in hits):
                hits = [(tok, rule) for tok, rule in hits if "alone" not in (rule["needs"] or "")]
            kinds = {rule["kind"] for _, rule in hits}
            if doc.has_annotation("DEP"):
                # one event per kind and sentence: the main clause's word speaks for it, not a relative
                # clause's ("the city, which was occupied ..., was liberated")
                hits.sort(key=lambda h: self._clause_head(h[0]).dep_ in ("acl:relcl", "acl"))
            seen = set()
            for tok, rule in hits:
                if rule["kind"] == "casualties" and len(kinds) > 1:
                    continue  # the dead belong to the other event of the sentence
                if rule["kind"] in seen:
                    continue
                if self._background(tok) or self._reference(tok):
                    continue
                ev = self._event(doc, sent, tok, rule, places)
                if "alone" in (rule["needs"] or "") and not ev["_local"]:
                    continue  # a bare weapon noun needs a place of its own sentence
                if ev["modality"] in UNREAL and not self.keep_unreal:
                    continue
                seen.add(rule["kind"])
                self._merge(events, ev)
                if ev["place"] and ev["kind"] in SPLIT_KINDS:
                    for other in self._coordinated(doc, sent, ev["place"], places):
                        self._merge(events, {**ev, "place": self._place_dict(other),
                                             "geo_precision": other.get("precision", 3)})

        doc._.events = self._fold(events)
        return doc

    # -- one mention -------------------------------------------------------------
    def _trigger(self, tok) -> dict | None:
        for row in self._rows_for(tok.lower_):
            if row["near"] is None or self._near_ok(tok, row):
                return row
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
                return any(c.dep_ == "compound:prt" and rx.fullmatch(c.lower_) for c in tok.children)
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
        else:
            own = [t.lower_ for t in doc[max(sent.start, tok.i - NEAR):min(sent.end, tok.i + NEAR + 1)]]
        # who the sentence's count of dead counts ("300 burgers ... om het leven gebracht") belongs to
        # the event, however the parse hangs it
        own += [q["counts"] for q in doc._.quantities or [] if q.get("counts") and q.get("measure") in KILLED_MEASURES
                and sent.start_char <= q.get("start", -1) < sent.end_char]
        for rx, ref in self.refinements:
            # a word that changes the kind must stand close to the trigger in the parse ("drones shot down")
            scope = own if ref["new_kind"] and ref["new_kind"] != kind else words
            if ref["kind"] == kind and any(rx.fullmatch(w) for w in scope):
                kind = ref["new_kind"] or kind
                etype, sub = ref["event_type"], ref["sub_event_type"]
                refined = ref["id"]
                break
        actors, actor_tokens = self._actors(doc, sent, tok, kind)
        parties = {a[1] for a in actors if a and a[1]}  # the actors' countries
        place, local = self._place(doc, sent, tok, places, actor_tokens, kind)
        if kind in PARTY_KINDS and place is not None and place["kind"] == "country":
            if not local or not parties or place["country"] in parties:
                # the countries named with an exchange are its parties; a third one named with it is its
                # site, one from the sentences before is not
                place = None
        if rule["kind"] in SITE_ONLY_KINDS and rule["event_type"] == PARTY_EVENT_TYPE and place is not None \
                and place["kind"] in ("country", "region"):
            # a country named with a deal or a decision is a party to it, not where it happened (violence
            # coded "other", as deportations, happens in the country named)
            place = None
        if place is not None and place["kind"] == "region" and kind not in SPLIT_KINDS - TERRITORY_KINDS:
            place = self._spanned_country(doc, sent, place, places) or place
        actor1, actor2 = (actors + [None, None])[:2]
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
            "claim": claim, "modality": self._modality(sent, tok, claim),
            "sentence": sent.text.strip(), "rule": rule["id"] + (f"+{refined}" if refined else ""),
            "_refined": refined is not None,
            "_admin1": place.get("_admin1") if place else None,
            "_local": local,
            "_parties": parties,
            "_also": any(t.lower_ in self.addition_cues for t in doc[sent.start:tok.i]),
        }

    @staticmethod
    def _place_dict(place: dict) -> dict:
        return {**{k: place[k] for k in ("name", "country", "lat", "lon", "kind")}, "_start": place["start"]}

    def _actors(self, doc: Doc, sent: Span, trigger, kind: str) -> list[tuple[str, str | None]]:
        """Actors named in the sentence, as (canonical name, ISO country), actor1 first."""
        found: list[tuple[int, str, str | None]] = []
        patients: list[tuple[int, str, str | None]] = []
        agent_at = patient_at = None
        ents = {e.start: e for e in doc.ents if sent.start <= e.start < sent.end}
        place_countries = {p["start"]: p for p in (doc._.places or []) if p["kind"] == "country"
                           or self._acting_capital(doc, sent, p)}
        skip_until = -1
        named: set[int] = set()  # every token that names an actor, repeated names too
        # Who says it is not who did it: skip the sources of claims (kroniek_attribution).
        speakers = [(c["source"]["start"], c["source"]["end"]) for c in (doc._.claims or [])
                    if isinstance(c.get("source"), dict) and c["source"].get("start") is not None]
        own_clause = self._clause_head(trigger) if doc.has_annotation("DEP") else None
        asides = self._asides(sent, doc._.places or [])
        for tok in sent:
            if tok.i < skip_until or any(a <= tok.idx < b for a, b in speakers) or any(a <= tok.i < b for a, b in asides):
                continue  # nor is "Oekraïens" in "(Dnipro in het Oekraïens)" an actor
            if own_clause is not None:
                # a relative or participial clause about something else ("die ... werd bezet door de Russen",
                # "een door Rusland geïnstalleerde functionaris") names its own actors
                rel = self._clause_head(tok)
                if rel is not own_clause and rel.dep_ in ("acl:relcl", "acl") \
                        and not (rel.left_edge.i <= trigger.i <= rel.right_edge.i):
                    continue
            role = self.roles.get(tok.lower_)
            if role and role["role"] == "agent":
                if own_clause is None or tok.head.i == tok.i or self._clause_head(tok.head) is own_clause:
                    agent_at = tok.i  # not "a by Russia installed official said that ..."
                continue
            if role and role["role"] == "patient":
                patient_at = tok.i
                continue
            ent = ents.get(tok.i)
            country, name = None, None
            if ent is not None and ent.label_ == "NORP":
                nxt = doc[ent.end] if ent.end < sent.end else None
                if nxt is not None and (self.roles.get(nxt.lower_) or {}).get("role") == "territory":
                    continue  # "the Russian region of Kursk" names a place, not who acted
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
                if before and before["role"] == "location" or self._located(tok):
                    continue  # "to Russia", "in Ukraine": a location, not an actor
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

    def _located(self, tok) -> bool:
        """With a parse: the name, or the noun it names ("in the NATO country Poland"), governs a
        location preposition. From the words also: a location preposition, one noun, the name
        ("in Navo-land Polen"), for headings the parser reads badly."""
        doc = tok.doc
        if tok.i >= tok.sent.start + 2 and doc[tok.i - 1].pos_ in ("NOUN", "PROPN") and not doc[tok.i - 1].ent_type_ \
                and (self.roles.get(doc[tok.i - 2].lower_) or {}).get("role") == "location":
            return True
        if not doc.has_annotation("DEP"):
            return False
        node = tok
        for _ in range(3):
            if any(c.dep_ == "case" and (self.roles.get(c.lower_) or {}).get("role") == "location"
                   for c in node.children):
                return True
            if node.dep_ not in ("appos", "flat", "flat:name", "compound", "nmod") or node.head.i == node.i:
                return False
            node = node.head
        return False

    def _capital(self, p: dict) -> bool:
        """Whether a found place is a capital city."""
        place = self.gaz.place(p.get("_id")) if p.get("_id") else None
        return place is not None and self.gaz.is_capital(place)

    def _sovereign(self, p: dict) -> bool:
        """A country or a capital: a name that can stand for a state."""
        return p.get("kind") == "country" or self._capital(p)

    def _acting_capital(self, doc: Doc, sent: Span, p: dict) -> bool:
        """A capital that is the subject of an active verb (without a parse: opens the sentence) stands for its
        government."""
        if not self._capital(p) or not (sent.start_char <= p["start"] < sent.end_char):
            return False
        span = doc.char_span(p["start"], p["end"], alignment_mode="expand")
        if span is None:
            return False
        if doc.has_annotation("DEP"):
            verb = span.root.head
            bare = not any(c.dep_.startswith("aux") for c in verb.children)
            if "Part" in verb.morph.get("VerbForm") and bare:
                return False  # a headline's bare participle is a passive: "Kyiv bestookt met drones"
            if bare and _headline(sent) and any(
                    g.dep_ == "case" and (self.roles.get(g.lower_) or {}).get("role") in ("agent", "instrument")
                    for c in verb.children if c.dep_.startswith("obl") for g in c.children):
                # "bestookt" is a present tense and a participle alike; in a heading, with "met drones" or
                # "door Rusland" and no auxiliary, it is the passive of a heading
                return False
            return span.root.dep_ == "nsubj"  # the subject of an active verb (a passive's subject undergoes it)
        return all(not t.is_alpha for t in doc[sent.start:span.start])  # without a parse: opening the sentence

    def _role_after(self, sent: Span, i: int) -> str | None:
        for tok in sent.doc[i + 1:min(sent.end, i + 3)]:
            role = self.roles.get(tok.lower_)
            if role and role["role"] in ("military", "government", "civilians"):
                return role["role"]
        return None

    def _country_name(self, iso: str) -> str:
        place = self.gaz.country(iso)
        return place.name if place else iso

    def _place(self, doc: Doc, sent: Span, tok, places: list[dict], actor_tokens: set[int],
               kind: str) -> tuple[dict | None, bool]:
        """The most specific place of the trigger's clause (with a parse), else of its sentence, that is
        not an actor ("Kyiv said") nor a dateline; else the most specific place of the sentences before.
        RETURNS (tuple): the place (dict or None) and whether the trigger's own sentence gave it."""
        parsed = doc.has_annotation("DEP")
        home = self._clause_head(tok) if parsed else None
        speakers = [(c["source"]["start"], c["source"]["end"]) for c in (doc._.claims or [])
                    if isinstance(c.get("source"), dict) and c["source"].get("start") is not None]

        aside_ranges: dict[int, list] = {}

        def asides(s):
            if s.start not in aside_ranges:
                aside_ranges[s.start] = self._asides(s, places)
            return aside_ranges[s.start]

        def usable(p, s):
            if not (s.start_char <= p["start"] < s.end_char):
                return False
            span = doc.char_span(p["start"], p["end"], alignment_mode="expand")
            if span is not None and span.start in actor_tokens or any(p["start"] == a for a, _ in speakers):
                return False  # an actor or the source of a claim ("Kyiv says"), not a location
            before = (self.roles.get(doc[span.start - 1].lower_) or {}).get("role") \
                if span is not None and span.start > s.start else None
            if before == "agent":
                return False  # "questioned by Kyiv": the agent of a passive acts
            if before == "patient" and kind in TERRITORY_KINDS and p["kind"] == "country":
                return False  # "heroverd op Rusland": the side ground was taken from, in any sentence
            if parsed and span is not None and span.root.dep_.startswith("nmod") \
                    and (self.roles.get(span.root.head.lower_) or {}).get("role") == "government":
                return False  # "the government in Kyiv": the seat of an actor (forces are where they fight)
            if parsed and span is not None and span.root.dep_.startswith("nmod") and span.start > s.start \
                    and self._sovereign(p) \
                    and (self.roles.get(doc[span.start - 1].lower_) or {}).get("role") == "possessor" \
                    and ((self.roles.get(span.root.head.lower_) or {}).get("role") == "military"
                         or self._trigger(span.root.head) is not None):
                # "the forces of Moscow", "the counteroffensive of Kyiv": who acted, not where
                # (a town after the same word is the site: "the capture of Avdiivka")
                return False
            if span is not None and any(a <= span.start < b for a, b in asides(s)):
                return False  # "de Dnjepr (Dnipro in het Oekraïens)": another name of the place before
            if span is not None and any(doc[k].lower_ in self.origin_words
                                        for k in range(span.end, min(span.end + 3, s.end))):
                return False  # "in Iran gemaakte drones": where a thing was made, not where it struck
            if span is not None and span.start == s.start and (not parsed or span.root.dep_ == "nsubj") \
                    and (p.get("kind") == "country" or self._acting_capital(doc, s, p)):
                # a sentence-opening country or capital acts; a town opening the sentence is where things
                # happen ("Uman seems hardest hit"); with a parse only a real subject is skipped
                return False
            # a dateline: an upper-case place opening the sentence, followed by agency names
            return not (p["text"].isupper() and len(p["text"]) > 2 and p["start"] == s.start_char)

        def in_clause(p):
            span = doc.char_span(p["start"], p["end"], alignment_mode="expand")
            return span is not None and self._clause_head(span.root) == home

        context, s = [sent], sent
        while len(context) <= CONTEXT_SENTENCES and s.start > 0:
            s = doc[s.start - 1].sent
            if s.text.strip():
                context.append(s)
        if len(context) == 1 and sent.end < len(doc) and _headline(sent):
            context.append(doc[sent.end].sent)  # a headline is located by the lede after it
        for s in context:
            inside = [p for p in places if usable(p, s)]
            if s is sent and parsed:
                inside = [p for p in inside if in_clause(p)] or inside
            if inside:
                best = min(inside, key=lambda p: (PLACE_RANK.get(p["kind"], 5), abs(p["start"] - tok.idx)))
                if s is sent:
                    best = self._suburb_of(doc, best, places) or best
                return best, s is sent
            if s is sent:
                named = self._anaphor_place(sent, places)
                if named is not None:
                    return named, True
        return None, False

    def _definite_np(self, t) -> bool:
        """A definite determiner before the noun, across its adjectives ("de zwaar beschadigde stad"):
        read from the words, as parses of long adjective chains go wrong (an inflected participle
        is often tagged a finite verb, so verbs count as adjectives here)."""
        k = t.i - 1
        while k >= t.sent.start and k > t.i - 6 and t.doc[k].pos_ in ("ADJ", "ADV", "CCONJ", "VERB") \
                and t.doc[k].lower_ not in self.definite:
            k -= 1
        return k >= t.sent.start and t.doc[k].lower_ in self.definite

    @staticmethod
    def _asides(sent: Span, places: list[dict]) -> list[tuple[int, int]]:
        """Token ranges of parentheses right after a place name: another name for it ("de Dnjepr (Dnipro in
        het Oekraïens)"), neither a second place nor an actor."""
        doc, out = sent.doc, []
        ends = {p["end"] for p in places}
        for t in sent:
            if t.text == "(" and t.i > sent.start and doc[t.i - 1].idx + len(doc[t.i - 1].text) in ends:
                close = next((u.i for u in doc[t.i + 1:min(sent.end, t.i + 8)] if u.text == ")"), None)
                if close is not None:
                    out.append((t.i, close + 1))
        return out

    def _anaphor_place(self, sent: Span, places: list[dict]) -> dict | None:
        """The town a definite "de stad" / "het dorp" of the sentence refers back to: the last town
        named before it, so "in de verwoeste stad" is where the named town's story goes on; for
        "daar", the most specific place of the sentence before."""
        for t in sent:
            refers = self.place_anaphors.get(t.lower_)
            if refers == "last" and sent.start > 0:
                before = t.doc[sent.start - 1].sent
                there = [p for p in places if before.start_char <= p["start"] < before.end_char]
                if there:
                    return min(there, key=lambda p: (PLACE_RANK.get(p["kind"], 5), -p["start"]))
                continue
            if refers in (None, "near", "last") or not self._definite_np(t):
                continue
            earlier = [p for p in places if p["start"] < t.idx and p["kind"] == refers]
            if earlier:
                return max(earlier, key=lambda p: p["start"])
        return None

    def _suburb_of(self, doc: Doc, place: dict, places: list[dict]) -> dict | None:
        """For "de voorstad van Kiev": the town named before that lies near Kiev (the suburb the story is
        about), or None."""
        span = doc.char_span(place["start"], place["end"], alignment_mode="expand")
        if span is None or span.start < 2:
            return None
        if doc.has_annotation("DEP") and span.root.dep_.startswith("nmod"):
            head = span.root.head
        else:
            head = doc[span.start - 2] if doc[span.start - 1].lower_ == "van" else None
        if head is None or self.place_anaphors.get(head.lower_) != "near" or place.get("lat") is None:
            return None
        near = [p for p in places if p["start"] < place["start"] and p["kind"] == "city"
                and p["name"] != place["name"] and p.get("lat") is not None
                and km(p["lat"], p["lon"], place["lat"], place["lon"]) <= SUBURB_KM]
        return max(near, key=lambda p: p["start"]) if near else None

    @staticmethod
    def _coordinated(doc: Doc, sent: Span, place: dict, places: list[dict], kind: str = "city") -> list[dict]:
        """Other places of a kind listed with the event's ("in A, B and C"): only punctuation and
        conjunctions (or, without a tagger, short words) between them. ACLED codes one event per town."""
        towns = sorted((p for p in places if p["kind"] == kind and sent.start_char <= p["start"] < sent.end_char),
                       key=lambda p: p["start"])
        at = next((i for i, p in enumerate(towns) if p["start"] == place.get("_start")), None)
        if at is None:
            return []

        def joined(a, b):
            between = doc.char_span(a["end"], b["start"], alignment_mode="expand")
            if between is None:
                return False
            # punctuation and conjunctions, and a repeated preposition ("bij Kyiv en bij Zaporizja")
            return all(t.is_punct or t.pos_ in ("CCONJ", "ADP") or (not t.pos_ and len(t) <= 3) for t in between) \
                and len(between) <= 3
        group, i = [], at
        while i + 1 < len(towns) and joined(towns[i], towns[i + 1]):
            i += 1
            group.append(towns[i])
        i = at
        while i > 0 and joined(towns[i - 1], towns[i]):
            i -= 1
            group.append(towns[i])
        names = {place["name"]}
        return [p for p in group if p["name"] not in names and not names.add(p["name"])]

    def _spanned_country(self, doc: Doc, sent: Span, place: dict, places: list[dict]) -> dict | None:
        """One event over a list of three or more regions of one country ("the annexation of Zaporizhzhia,
        Kherson, Donetsk and Luhansk") happened in that country, not in the first region listed."""
        listed = self._coordinated(doc, sent, {**place, "_start": place["start"]}, places, kind="region")
        if len(listed) < 2 or any(p.get("country") != place.get("country") for p in listed):
            return None
        country = self.gaz.country(place["country"]) if place.get("country") else None
        if country is None:
            return None
        return {"name": country.name, "country": country.country, "lat": country.lat, "lon": country.lon,
                "kind": "country", "start": place["start"], "end": place["end"], "precision": 3}

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
        from datetime import date
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

    @staticmethod
    def _clause(tok) -> list:
        """The trigger and the words above it in the parse up to the head of its clause."""
        chain = [tok]
        while chain[-1].dep_ not in CLAUSE_DEPS and chain[-1].head.i != chain[-1].i and len(chain) < 8:
            chain.append(chain[-1].head)
        return chain

    def _clause_head(self, tok):
        """The head of the token's clause (the last of ``_clause``), memoised for the doc in hand: the
        actor, landmark and place tests ask it of every word of a sentence, once per trigger."""
        if self._heads_doc is not tok.doc:
            self._heads_doc, self._heads = tok.doc, {}
        head = self._heads.get(tok.i)
        if head is None:
            head = self._heads[tok.i] = self._clause(tok)[-1]
        return head

    def _reference(self, tok) -> bool:
        """A past event named as a landmark ("since the invasion"), a habit ("regularly shells"), a topic
        ("talks about an exchange") or a participle used as an adjective ("the killed soldiers") reports
        no event of its own."""
        if tok.doc.has_annotation("DEP") and tok.dep_ == "amod" \
                and any(t.pos_ in ("VERB", "AUX") for t in tok.sent if t is not tok):
            return True  # (a sentence with no other verb needs the trigger as its verb: a misparse)
        doc, sent = tok.doc, tok.sent
        before = [t.lower_ for t in doc[max(sent.start, tok.i - REFERENCE_WINDOW):tok.i]]
        if doc.has_annotation("DEP"):
            scope = self._scope(tok)
            # the words of the trigger's clause however deep the parse hangs them ("het leger heeft
            # regelmatig ... beschoten" with the adverb under the subject), not those of clauses inside it
            heads = {scope[-1], self._clause_head(tok)}
            clause = [c.lower_ for t in scope for c in [t, *t.children]] \
                + [t.lower_ for t in sent if self._clause_head(t) in heads]
        else:
            clause = [t.lower_ for t in doc[max(sent.start, tok.i - MODALITY_WINDOW):min(sent.end, tok.i + MODALITY_WINDOW)]]
        if doc.has_annotation("DEP"):
            case = [c.lower_ for c in tok.children if c.dep_ == "case"]
            definite = any(c.dep_ == "det" and c.lower_ in self.definite for c in tok.children)
            landmark = case if definite else []
        else:
            case = [t.lower_ for t in doc[max(sent.start, tok.i - 2):tok.i]]
            near = doc[max(sent.start, tok.i - 4):tok.i]
            landmark = [near[k].lower_ for k in range(len(near) - 1) if near[k + 1].lower_ in self.definite]
        # "landmark": the preposition before a known event ("after the invasion", "during the offensive")
        # dates something else; "after an attack" still reports a new one
        scopes = {"before": before, "clause": clause, "case": case, "landmark": landmark}
        return any(rx.fullmatch(w) for rx, row in self.references for w in scopes[row["scope"]])

    def _scope(self, tok) -> list:
        """The trigger's clause; for an infinitive clause also the word that governs it
        ("plans to send", "threatened to attack", "uses drones to attack")."""
        chain = self._clause(tok)
        head = chain[-1]
        if head.dep_ in ("xcomp", "acl", "advcl") and "Inf" in head.morph.get("VerbForm"):
            chain = chain + [head.head]
        return chain

    def _background(self, tok) -> bool:
        """A present-tense relative clause describes a state of things, not an event
        ("the army that fights in X"), as does a past stative passive in one ("which had been
        occupied") and a bare participial phrase between commas ("missiles, supplied by the US,
        ..."). Needs the parse and its morphology."""
        doc = tok.doc
        if not doc.has_annotation("DEP") or not doc.has_annotation("MORPH"):
            return False
        if "Part" in tok.morph.get("VerbForm") and tok.i > tok.sent.start and doc[tok.i - 1].text == "," \
                and not any(c.dep_.startswith("aux") for c in tok.children):
            # a participial phrase between commas ("..., geleverd door de VS, ...") describes a thing
            after = doc[tok.i + 1:min(tok.sent.end, tok.i + 7)]
            close = next((t.i for t in after if t.text == ","), None)
            if close is not None and not any("Fin" in t.morph.get("VerbForm") for t in doc[tok.i + 1:close]):
                return True
        head = self._clause_head(tok)
        verbs = [head] + [c for c in head.children if c.dep_ in ("aux", "aux:pass", "cop")]
        present = any("Pres" in v.morph.get("Tense") and "Fin" in v.morph.get("VerbForm") for v in verbs) \
            and not any("Past" in v.morph.get("Tense") or "Part" in v.morph.get("VerbForm") for v in verbs)
        relative = head.dep_ == "acl:relcl" or any("Rel" in c.morph.get("PronType") for c in head.children)
        # "dat een tijd was bezet": a past passive with zijn in a relative clause is a state the
        # place was in, background to the news ("dat werd ingenomen", with worden, is an event)
        state = any(v.dep_ == "aux:pass" and v.lemma_.lower() in self.state_auxiliaries
                    and "Past" in v.morph.get("Tense") for v in verbs)
        # "the soldiers who fought for Mariupol": a relative clause on people says who they are (the
        # antecedent read from the words before the pronoun, as the parse often misplaces the clause)
        pronouns = [c for c in head.children if "Rel" in c.morph.get("PronType")]
        before = doc[pronouns[0].i - 1] if pronouns and pronouns[0].i > 0 else None
        about_people = before is not None and (
            (self.roles.get(before.lower_) or {}).get("role") in ("military", "civilians")
            or before.ent_type_ in ("PER", "PERSON"))
        return (present or state or about_people) and relative and head.dep_ != "ROOT"

    def _modality(self, sent: Span, tok, claim: int | None) -> str:
        unreal_inf = False
        lo, hi = max(sent.start, tok.i - MODALITY_WINDOW), min(sent.end, tok.i + MODALITY_WINDOW)
        words = [t.lower_ for t in sent.doc[lo:hi]]
        if sent.doc.has_annotation("DEP"):  # the clause's own negation and auxiliaries, however far
            chain = self._scope(tok)
            head = self._clause_head(tok)
            if head.dep_ == "advcl" and "Inf" in head.morph.get("VerbForm") \
                    and any(c.dep_ == "mark" and c.i == head.i - 1 for c in head.children):
                # an infinitive adverbial clause ("to attack", its marker right before the verb) states a purpose
                return "planned"
            if head.dep_ == "ROOT" and "Inf" in head.morph.get("VerbForm") \
                    and any(c.dep_ == "mark" for c in head.children):
                # a marked infinitive the parser left without a governor: the governing words
                # ("plans to", "managed to") stand somewhere before it in the sentence
                words += [t.lower_ for t in sent.doc[sent.start:tok.i]]
            # "te" + infinitive under another verb has not happened ("the right to attack", "decided to
            # deliver") unless that verb says it did ("began to shell"; rows of modality "asserted")
            unreal_inf = head.dep_ != "ROOT" and "Inf" in head.morph.get("VerbForm") \
                and any(c.dep_ == "mark" and c.i < head.i and c.lower_ in self.inf_markers for c in head.children)
            if head.dep_ == "xcomp":
                # an open complement takes its modality from the verb that governs it ("gaat ... leveren")
                gov = head.head
                for _ in range(3):
                    if gov.pos_ in ("VERB", "AUX") or gov.head is gov:
                        break
                    gov = gov.head
                words.append(gov.lower_)
            if len(chain) > len(self._clause(tok)):
                words.append(chain[-1].lower_)
            words += [c.lower_ for t in chain for c in t.children if c.dep_ in MODAL_DEPS]
        for rx, row in self.modality:
            if any(rx.fullmatch(w) for w in words):
                if row["modality"] == "asserted":
                    break  # a verb of achievement: real, as reported
                return row["modality"]
        else:
            if unreal_inf:
                return "planned"
        return "reported" if claim is not None else "asserted"

    # -- merging -------------------------------------------------------------------
    @staticmethod
    def _compatible(a: dict | None, b: dict | None) -> bool:
        """Places that may be one event's: the same, one unknown, or one a region or country holding the other."""
        if a is None or b is None or a.get("name") == b.get("name"):
            return True
        for inner, outer in ((a, b), (b, a)):
            if outer.get("kind") in COMPAT_KINDS and _inside(inner, outer):
                return True
        return False

    def _fold(self, events: list[dict]) -> list[dict]:
        """Fold generic mentions (an explosion, an attack, deaths) into the article's more specific
        violent event at a compatible place, the first such event by the order of FOLD_HOSTS."""
        out = list(events)
        for ev in events:
            order = FOLD_HOSTS.get(ev["kind"], ())
            hosts = [o for o in out if o is not ev and o["kind"] in order and self._compatible(o["place"], ev["place"])
                     and not _apart(o["when"], ev["when"])]
            if not hosts:
                continue
            host = min(hosts, key=lambda o: order.index(o["kind"]))
            for k in ("place", "geo_precision", "actor1", "actor2", "fatalities", "claim", "_admin1"):
                if host.get(k) is None and ev.get(k) is not None:
                    host[k] = ev[k]
            if host["place"] and ev["place"] and _inside(ev["place"], host["place"]):
                host["place"], host["geo_precision"] = ev["place"], ev["geo_precision"]
            out.remove(ev)
        return out

    @staticmethod
    def _merge(events: list[dict], ev: dict) -> None:
        """Fold a mention into an event of the same kind whose place and actors do not conflict."""
        for old in events:
            if old["kind"] != ev["kind"]:
                continue
            a, b = old["place"], ev["place"]
            if a and b and a.get("name") != b.get("name") and not (_inside(a, b) or _inside(b, a)):
                continue  # two places, neither within the other: two events
            if a and b and ev["_also"] and _inside(b, a):
                continue  # "also in X": a further event, not the region's or country's one made precise
            if _apart(old["when"], ev["when"]):
                continue  # two times the text gives, days apart: two events (late May, early June)
            for k in ("place", "geo_precision", "actor1", "actor2", "fatalities", "claim", "_admin1"):
                if old.get(k) is None and ev.get(k) is not None:
                    old[k] = ev[k]
            if a is not None and b is not None and (_inside(b, a) or ev["_local"] and not old["_local"]):
                # a place within the known one, or one the mention's own sentence gives, is better
                old["place"], old["geo_precision"], old["_local"] = b, ev["geo_precision"], ev["_local"]
            if old["when"] and ev["when"] and old["when"].get("source") == "article" \
                    and ev["when"].get("source") == "text":
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
