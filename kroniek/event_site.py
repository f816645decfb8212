"""Where an event happened, for kroniek_event (issue 6).

The most specific place of the trigger's clause or sentence that is not an actor ("Kyiv said", "the forces
of Moscow"), another name in parentheses, nor where a thing was made; a definite "de stad" or "daar" that
refers back to a place named before (``event/place_anaphors.tsv``); a suburb named by the town it belongs
to; else the most specific place of the sentences before. Also the towns listed with an event's, and the
country a list of its regions spans. The words are language data under ``lang/<lang>/event/``.
"""
from __future__ import annotations

import re
from typing import Callable

from spacy.tokens import Doc, Span

from .clause import first_conjunct
from .gazetteer import PLACE_RANK, gazetteer, km
from .resources import load_table, load_words

# How far back an event's place may be named (sentences).
CONTEXT_SENTENCES = 2
# How far a suburb may lie from the town it belongs to ("de voorstad van Kiev"), in km.
SUBURB_KM = 60
# Half the extent of a typical region, in degrees of latitude, for "this town lies in that region".
REGION_DEGREES = 1.5
# How far after a headline's "suburb of X" its lead may name the suburb (characters).
SUBURB_AHEAD_CHARS = 400


def headline(sent: Span) -> bool:
    """A heading, not a lede: it ends without a full stop (or other end punctuation)."""
    words = [t for t in sent if not t.is_space]
    return bool(words) and words[-1].text not in (".", "!", "?", "…", "\"", "”", "'", "’")


def source_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the sources of the article's claims (kroniek_attribution): who says a thing is
    neither who did it nor where."""
    return [(c["source"]["start"], c["source"]["end"]) for c in (doc._.claims or [])
            if isinstance(c.get("source"), dict) and c["source"].get("start") is not None]


def mention(doc: Doc, p: dict) -> Span | None:
    """The tokens of a place's mention (``doc._.places`` entries carry character offsets)."""
    return doc.char_span(p["start"], p["end"], alignment_mode="expand")


def dateline(p: dict) -> bool:
    """A place written in capitals ("BRUSSEL (ANP) - ..."): where the story was filed."""
    return p["text"].isupper() and len(p["text"]) > 2


def inside(inner: dict, outer: dict) -> bool:
    """Whether a more specific place may lie within a broader one (a town in the country or region named)."""
    if PLACE_RANK.get(inner.get("kind"), 5) >= PLACE_RANK.get(outer.get("kind"), 5):
        return False
    if outer.get("kind") == "country":
        return inner.get("country") == outer.get("country")
    if inner.get("country") and outer.get("country") and inner["country"] != outer["country"]:
        return False  # Belgorod is near the Kharkiv region's centre, not in it
    if outer.get("kind") == "region" and inner.get("_admin1") and outer.get("_admin1"):
        return inner["_admin1"] == outer["_admin1"]  # Dnipro lies near the Kharkiv region's centre, not in it
    if None in (inner.get("lat"), outer.get("lat")):
        return False
    # a city of no known region beside a region that has one is a unit of its own (Kyiv, Sevastopol): within the
    # region only near its centre (Kyiv lies in the Kyiv region, not in the Vinnytsia one)
    own_unit = inner.get("kind") == "city" and outer.get("kind") == "region" and outer.get("_admin1")
    reach = REGION_DEGREES / 2 if own_unit else REGION_DEGREES
    return abs(inner["lat"] - outer["lat"]) < reach and abs(inner["lon"] - outer["lon"]) < reach * 1.5


class Siting:
    """Finds an event's place among the article's geocoded places (``doc._.places``).

    roles (dict): the word roles of ``event/actors.tsv`` (location and agent markers, possessors ...).
    clause_head (callable): a token's clause head (``kroniek.clause.ClauseHeads``).
    is_trigger (callable): whether a token triggers an event ("the counteroffensive of Kyiv").
    """

    def __init__(self, lang: str, roles: dict, clause_head: Callable, is_trigger: Callable):
        self.roles = roles
        self.clause_head = clause_head
        self.is_trigger = is_trigger
        self.definite = set(load_words(lang, "event/definite_determiners"))
        self.place_anaphors = {r["form"]: r["refers"] for r in load_table(lang, "event/place_anaphors")}
        self.origin_words = set(load_words(lang, "event/origin_participles"))
        self.origin_prepositions = set(load_words(lang, "event/origin_prepositions"))
        self.list_words = set(load_words(lang, "geo/list_conjunctions"))
        self.examples = set(load_words(lang, "event/list_examples"))
        self.additions = set(load_words(lang, "event/list_additions"))
        self.topic_words = set(load_words(lang, "event/topic_prepositions"))
        self.comparison_words = set(load_words(lang, "event/comparison_words"))
        self.destination_words = set(load_words(lang, "event/destination_prepositions"))
        self.bearing_words = set(load_words(lang, "event/bearing_words"))
        self.distance_units = set(load_words(lang, "event/distance_units"))
        self.cause_words = [(re.compile(r["pattern"]), set(r["prepositions"].split("|")))
                            for r in load_table(lang, "event/cause_words")]
        self.gaz = gazetteer(lang)
        self.norp = {r["form"]: r["country"] for r in load_table(lang, "entities/norp")}

    def role(self, tok) -> str | None:
        """The role of a word in event/actors.tsv (location, territory, agent ...), if any."""
        return (self.roles.get(tok.lower_) or {}).get("role")

    def located(self, tok) -> bool:
        """With a parse: the name, or the noun it names ("in the NATO country Poland"), governs a
        location preposition. From the words also: a location preposition, one noun, the name
        ("in Navo-land Polen"), for headings the parser reads badly."""
        doc = tok.doc
        if tok.i >= tok.sent.start + 2 and doc[tok.i - 1].pos_ in ("NOUN", "PROPN") and not doc[tok.i - 1].ent_type_ \
                and self.role(doc[tok.i - 2]) == "location":
            return True
        if not doc.has_annotation("DEP"):
            return False
        node = tok
        for _ in range(3):
            if any(c.dep_ == "case" and self.role(c) == "location"
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

    def acting_capital(self, doc: Doc, sent: Span, p: dict) -> bool:
        """A capital that is the subject of an active verb (without a parse: opens the sentence) stands for its
        government."""
        if not self._capital(p) or not (sent.start_char <= p["start"] < sent.end_char):
            return False
        if dateline(p):
            return False  # where the story was filed, not who acts
        span = mention(doc, p)
        if span is None:
            return False
        if doc.has_annotation("DEP"):
            root = first_conjunct(span.root)  # one of several subjects ("Washington and London condemned")
            verb = root.head
            bare = not any(c.dep_.startswith("aux") for c in verb.children)
            if "Part" in verb.morph.get("VerbForm") and bare:
                return False  # a headline's bare participle is a passive: "Kyiv bestookt met drones"
            if bare and headline(sent) and any(
                    g.dep_ == "case" and self.role(g) in ("agent", "instrument")
                    for c in verb.children if c.dep_.startswith("obl") for g in c.children):
                # "bestookt" is a present tense and a participle alike; in a heading, with "met drones" or
                # "door Rusland" and no auxiliary, it is the passive of a heading
                return False
            return root.dep_ == "nsubj"  # the subject of an active verb (a passive's subject undergoes it)
        return all(not t.is_alpha for t in doc[sent.start:span.start])  # without a parse: opening the sentence

    def place(self, doc: Doc, sent: Span, tok, places: list[dict], actor_tokens: set[int],
              territory: bool = False, topical: bool = False, struck: bool = False) -> tuple[dict | None, bool]:
        """The most specific place of the trigger's clause (with a parse), else of its sentence, that is
        not an actor ("Kyiv said") nor a dateline; else the most specific place of the sentences before.
        territory (bool): the event changes who holds ground ("heroverd op Rusland" names the side it
            was taken from, not a place).
        struck (bool): the event is violence done to something: the country its verb takes as object is where.
        topical (bool): the event is about something ("a protest against the war in Ukraine"): a place in
            what it is against or about is not where it was.
        RETURNS (tuple): the place (dict or None) and whether the trigger's own sentence gave it."""
        parsed = doc.has_annotation("DEP")
        home = self.clause_head(tok) if parsed else None
        verb = tok.head if parsed and tok.dep_ == "compound:prt" else tok  # "vallen ... aan": the verb holds its object
        speakers = source_spans(doc)

        aside_ranges: dict[int, list] = {}

        def asides(s):
            if s.start not in aside_ranges:
                aside_ranges[s.start] = self.asides(s, places)
            return aside_ranges[s.start]

        def usable(p, s):
            if not (s.start_char <= p["start"] < s.end_char):
                return False
            span = mention(doc, p)
            # the word before the place, within the sentence
            w1 = doc[span.start - 1].lower_ if span is not None and span.start > s.start else None
            before = (self.roles.get(w1) or {}).get("role")
            # "attacks on Ukraine", "Russia attacked Ukraine": the side hit, and where
            target = not territory and (before == "patient" or struck and span is not None and s is sent
                                        and self._struck_object(doc, span, verb, p))
            if span is not None and span.start in actor_tokens and not target \
                    or any(p["start"] == a for a, _ in speakers):
                return False  # an actor or the source of a claim ("Kyiv says"), not a location
            if before == "agent":
                return False  # "questioned by Kyiv": the agent of a passive acts
            if before == "opponent" and p["kind"] == "country":
                return False  # "soldiers lost in the war against Russia": the other side, not where
            if w1 in self.destination_words and parsed and span is not None and s is sent \
                    and span.root.head.pos_ in ("VERB", "AUX") and span.root.head.i != tok.i:
                return False  # "leaving for Belgium because of the shelling": where another verb goes
            if span is not None and (self._after_origin(doc, s, span.start)
                                     or self._listed_after_origin(span, s, places)):
                return False  # "fired from the Caspian Sea": where it came from, not where it struck
            if self.compared(doc, p, s):
                return False  # "the size of Amsterdam": a yardstick
            if self._made_in(doc, s, span):
                return False  # "developed in the Soviet Union": where a thing was made
            if parsed and span is not None and self.in_cause(span.root, tok):
                return False  # "in reprisal for the attack on X": the place of the earlier event answered
            if topical and span is not None and self._in_topic(doc, s, span.start):
                return False  # "protest against the military action in Ukraine": what it is about
            node = None if span is None or not parsed else \
                span.root.head if span.root.dep_ in ("appos", "flat") else span.root
            if node is not None and node.dep_ == "conj" and any(
                    c.dep_ == "case" and c.lower_ in self.origin_prepositions for c in node.head.children):
                return False  # "... from the Caspian Sea and the Rostov region"
            if before == "location" and p["kind"] == "city" and span.start - 2 >= s.start:
                prev = doc[span.start - 2]
                if any(a <= p["start"] < b or prev.idx + len(prev.text) == b for a, b in speakers):
                    return False  # "the spokesman of the prosecutors in Olsztyn": where a source sits (a country
                    # it speaks for may be the site: "the forces in Ukraine report drones shot down")
            if before == "patient" and territory and p["kind"] == "country":
                return False  # "heroverd op Rusland": the side ground was taken from, in any sentence
            if parsed and span is not None and span.root.dep_.startswith("nmod") \
                    and self.role(span.root.head) == "government":
                return False  # "the government in Kyiv": the seat of an actor (forces are where they fight)
            if parsed and span is not None and span.root.dep_.startswith("nmod") and span.start > s.start \
                    and self._sovereign(p) \
                    and self.role(doc[span.start - 1]) == "possessor" \
                    and (self.role(span.root.head) == "military"
                         or self.is_trigger(span.root.head) is not None):
                # "the forces of Moscow", "the counteroffensive of Kyiv": who acted, not where
                # (a town after the same word is the site: "the capture of Avdiivka")
                return False
            if span is not None and any(a <= span.start < b for a, b in asides(s)):
                return False  # "de Dnjepr (Dnipro in het Oekraïens)": another name of the place before
            if span is not None and any(doc[k].lower_ in self.origin_words
                                        for k in range(span.end, min(span.end + 3, s.end))):
                return False  # "in Iran gemaakte drones": where a thing was made, not where it struck
            # ("Washington and London condemned": the second subject acts too)
            first = None if span is None else first_conjunct(span.root) if parsed else span.root
            if span is not None and (span.start == s.start or first.i == s.start and first.i != span.root.i) \
                    and (not parsed or first.dep_ == "nsubj") \
                    and (p.get("kind") == "country" or self.acting_capital(doc, s, p)):
                # a sentence-opening country or capital acts; a town opening the sentence is where things
                # happen ("Uman seems hardest hit"); with a parse only a real subject is skipped
                return False
            # a dateline: an upper-case place opening the sentence, followed by agency names
            return not (dateline(p) and p["start"] == s.start_char)

        def specific(p):  # most specific first, then nearest the trigger
            return PLACE_RANK.get(p["kind"], 5), abs(p["start"] - tok.idx)

        def attached(p) -> int:
            """2: what a change of ground took or lost ("took the village X near Y"); 1: a place the trigger
            governs by a location or target preposition; 0: neither."""
            span = mention(doc, p)
            if span is None:
                return 0
            node = span.root
            if node.head.i != node.i and self.role(node.head) == "territory":
                node = node.head  # "op de stad Kyiv", "in de regio Koersk"
            if territory and node.head.i == tok.i and node.dep_ in ("obj", "nsubj:pass"):
                return 2
            return int(node.head.i == tok.i and node.i != tok.i and any(
                c.dep_ == "case" and self.role(c) in ("location", "patient")
                for c in node.children))

        context, s = [sent], sent
        while len(context) <= CONTEXT_SENTENCES and s.start > 0:
            s = doc[s.start - 1].sent
            if s.text.strip():
                context.append(s)
        if len(context) == 1 or all(headline(c) for c in context[1:]):
            # a headline or the article's opening sentence is located by the sentences after it ("a missile
            # hit a railway station" ... "it is the station of X")
            context += self.ahead(sent)
        for s in context:
            found = [p for p in places if usable(p, s)]
            if len(found) > 1:
                # "in a village south of a town": the town a bearing is taken from is a point of reference
                found = [p for p in found if not self._bearing_from(doc, p, s)] or found
            if s is not sent:
                # one a distance is taken from in the sentences before is no site ("the town lies 60 km from
                # Kyiv"; in the trigger's own it may be what the trigger tells of: "16 km from Avdiivka, a
                # stronghold that fell this year")
                found = [p for p in found if not self._distance_from(doc, p, s)]
            if s is sent and parsed:
                clause_places = [p for p in found if self._clause_of(doc, p) == home]
                if not clause_places:
                    # "the town was hit ..." beside a place of another clause ("... in Jerusalem"): the
                    # town referred back to is the trigger's own
                    named = self.anaphor_place(sent, places, home=home)
                    if named is not None:
                        return named, True
                # the place the trigger itself governs ("de inval in Koersk") before others of its clause
                clause_places = clause_places or found
                ranks = {id(p): attached(p) for p in found}
                top = max(ranks.values(), default=0)
                found = [p for p in found if top and ranks[id(p)] == top] or clause_places
            if found:
                best = min(found, key=specific)
                if s is sent and parsed:
                    # a town of the clause within the region the trigger governs says more ("in de stad
                    # Chasiv Yar, in de Donetsk Oblast, is een raket ingeslagen")
                    within = [p for p in clause_places if inside(p, best)]
                    if within:
                        best = min(within, key=specific)
                if s is sent:
                    best = self._suburb_of(doc, best, places) or best
                return best, s is sent
            if s is sent:
                named = self.anaphor_place(sent, places)
                if named is not None:
                    return named, True
        return None, False

    def _struck_object(self, doc: Doc, span: Span, verb, p: dict) -> bool:
        """A country that is the object of a verb of attacking ("Russia attacked Ukraine with drones"): the side
        hit, and where. The parser often reads a bare country after another as a second subject, so a country
        right after the verb (or its auxiliary), or after the subject country that follows it, counts too."""
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        if span.root.dep_ in ("obj", "nsubj:pass") and span.root.head.i == verb.i:
            return True  # (or the subject of its passive: "Ukraine was attacked")
        if p.get("kind") != "country" or span.start <= verb.sent.start:
            return False
        own = {verb.i} | {c.i for c in verb.children if c.dep_.startswith("aux")}
        prev = doc[span.start - 1]
        if prev.i in own:
            # "Russia bombarded Ukraine", "Russia has Ukraine ... attacked"; after an opening adverbial the word
            # after the verb is its subject ("last night Russia attacked ...")
            return any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < prev.i for c in verb.children)
        return prev.ent_type_ in ("LOC", "GPE") and prev.i - 1 >= verb.sent.start and doc[prev.i - 1].i in own

    def compared(self, doc: Doc, p: dict, s: Span) -> bool:
        """A place named as a yardstick: two words after a word of comparison ("de oppervlakte van Amsterdam")."""
        span = mention(doc, p)
        return span is not None and span.start > s.start + 1 and doc[span.start - 2].lower_ in self.comparison_words

    def cause_phrase(self, tok) -> tuple[int, int] | None:
        """The token range of a phrase naming what an act answers that holds a token ("in reprisal
        for the attack on X"): the phrase a cause word governs by one of its prepositions (``event/cause_words.tsv``),
        by the parse, or read from the words up to the next punctuation or verb, as the parser often hangs
        the phrase on the main verb."""
        node = tok
        while node.head.i != node.i:
            head = node.head
            preps = self._cause_prepositions(head)
            if preps and any(c.dep_ == "case" and c.lower_ in preps for c in node.children):
                return node.left_edge.i, node.right_edge.i + 1
            node = head
        sent, doc = tok.sent, tok.doc
        for k in range(sent.start, min(tok.i, sent.end - 1)):
            preps = self._cause_prepositions(doc[k])
            if preps and doc[k + 1].lower_ in preps:
                end = k + 2
                while end < sent.end and not doc[end].is_punct and doc[end].pos_ not in ("VERB", "AUX", "SCONJ"):
                    end += 1
                if k + 1 <= tok.i < end:
                    return k + 1, end
        return None

    def answered(self, tok) -> tuple[int, int] | None:
        """The cause phrase holding a token (``cause_phrase``) when an event word outside it names the act that
        answers ("missiles on Kyiv in reaction to the attack"); a statement made in reaction names no act."""
        phrase = self.cause_phrase(tok)
        if phrase is None or not any(self.is_trigger(t) is not None for t in tok.sent
                                     if not phrase[0] <= t.i < phrase[1]):
            return None
        return phrase

    def _cause_prepositions(self, tok) -> set | None:
        return next((ps for pat, ps in self.cause_words if pat.fullmatch(tok.lower_)), None)

    def in_cause(self, tok, trigger) -> bool:
        """Whether a token lies in a phrase naming what an act answers that the trigger lies outside."""
        phrase = self.cause_phrase(tok)  # (the trigger outside it is the act that answers)
        return phrase is not None and not (phrase[0] <= trigger.i < phrase[1])

    def _bearing_from(self, doc: Doc, p: dict, s: Span) -> bool:
        """A place named as the point a bearing is taken from ("ten zuiden van X")."""
        span = mention(doc, p)
        return span is not None and span.start >= s.start + 2 and doc[span.start - 1].lower_ == "van" \
            and doc[span.start - 2].lower_ in self.bearing_words

    def _distance_from(self, doc: Doc, p: dict, s: Span) -> bool:
        """A place named as the point a distance is taken from: a unit after a number ("60 km van X"), not an
        area ("984 vierkante kilometer van X")."""
        span = mention(doc, p)
        return span is not None and span.start >= s.start + 3 and doc[span.start - 1].lower_ == "van" \
            and doc[span.start - 2].lower_ in self.distance_units and doc[span.start - 3].like_num

    def _listed_after_origin(self, span: Span, sent: Span, places: list[dict]) -> bool:
        """Whether a place follows another that a word of origin governs, with only commas, "and", articles,
        adjectives, brackets and words for ground between them ("from the Caspian Sea, the (Russian)
        Rostov region"): it is one more place things came from. Read from the words, as such lists
        parse badly."""
        doc, k = span.doc, span.start - 1
        while k > sent.start:
            t = doc[k]
            other = next((p for p in places if p["start"] <= t.idx < p["end"]), None)
            if other is not None:
                first = mention(doc, other)
                return first is not None and self._after_origin(doc, sent, first.start)
            if not (t.is_punct or t.lower_ in self.list_words or t.lower_ in self.definite or t.pos_ == "ADJ"
                    or self.role(t) == "territory"):
                return False
            k -= 1
        return False

    def _after_origin(self, doc: Doc, sent: Span, i: int) -> bool:
        """Whether a word of origin ("vanuit") stands right before token i, or before its article."""
        w1 = doc[i - 1].lower_ if i > sent.start else None
        w2 = doc[i - 2].lower_ if i > sent.start + 1 else None
        return w1 in self.origin_prepositions or w2 in self.origin_prepositions and w1 in self.definite

    def _made_in(self, doc: Doc, sent: Span, span: Span | None) -> bool:
        """Whether a place follows a participle of making and a preposition of place, past an article
        ("ontwikkeld in de Sovjet-Unie")."""
        if span is None:
            return False
        k = span.start - 1
        if k >= sent.start and doc[k].lower_ in self.definite:
            k -= 1
        return k - 1 >= sent.start and self.role(doc[k]) == "location" \
            and doc[k - 1].lower_ in self.origin_words

    def _in_topic(self, doc: Doc, sent: Span, i: int) -> bool:
        """Whether token i stands in a phrase opened by a word of topic ("tegen", "over"), read back to the
        nearest punctuation."""
        for k in range(i - 1, sent.start - 1, -1):
            if doc[k].is_punct:
                return False
            if doc[k].lower_ in self.topic_words:
                return True
        return False

    @staticmethod
    def ahead(sent: Span) -> list[Span]:
        """The sentences after one, as far as an event's place may be named after it (an opening sentence)."""
        out, doc = [], sent.doc
        while len(out) < CONTEXT_SENTENCES and sent.end < len(doc):
            sent = doc[sent.end].sent
            if sent.text.strip():
                out.append(sent)
        return out

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
    def asides(sent: Span, places: list[dict]) -> list[tuple[int, int]]:
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

    def anaphor_place(self, sent: Span, places: list[dict], home=None) -> dict | None:
        """The town a definite "de stad" / "het dorp" of the sentence refers back to: the last town
        named before it, so "in de verwoeste stad" is where the named town's story goes on; for
        "daar", the most specific place of the sentence before. With ``home`` (a clause head), only
        the anaphors of that clause."""
        for t in sent:
            if home is not None and self.clause_head(t) != home:
                continue
            refers = self.place_anaphors.get(t.lower_)
            if refers == "last" and sent.start > 0:
                before = t.doc[sent.start - 1].sent
                there = [p for p in places if before.start_char <= p["start"] < before.end_char]
                if there:
                    return min(there, key=lambda p: (PLACE_RANK.get(p["kind"], 5), -p["start"]))
                continue
            if refers in (None, "near", "last") or not self._definite_np(t):
                continue
            if refers == "capital":
                named = self._capital_named(t, places)
                if named is not None:
                    return named
                continue
            earlier = [p for p in places if p["start"] < t.idx and p["kind"] == refers
                       and (home is None or p["start"] < sent.start_char or self._clause_of(t.doc, p) == home)]
            if earlier:
                return max(earlier, key=lambda p: p["start"])
        return None

    def _capital_named(self, t, places: list[dict]) -> dict | None:
        """The city "de Oekraïense hoofdstad" names: the capital of the nation its adjective names; without one,
        the last capital named before it."""
        doc = t.doc
        k = t.i - 1
        while k >= t.sent.start and k > t.i - 4 and doc[k].lower_ not in self.definite:
            iso = self.norp.get(doc[k].lower_)
            if iso is not None:
                city = self.gaz.capital(iso)
                if city is None:
                    return None
                return {**city.to_dict(), "start": t.idx, "end": t.idx + len(t.text), "precision": city.precision,
                        "_id": city.id, "_admin1": None}
            k -= 1
        earlier = [p for p in places if p["start"] < t.idx and p["kind"] == "city" and self._capital(p)]
        return max(earlier, key=lambda p: p["start"]) if earlier else None

    def _clause_of(self, doc: Doc, place: dict):
        span = mention(doc, place)
        return self.clause_head(span.root) if span is not None else None

    def _suburb_of(self, doc: Doc, place: dict, places: list[dict]) -> dict | None:
        """For "de voorstad van Kiev": the town named before that lies near Kiev (the suburb the story is
        about), or None."""
        span = mention(doc, place)
        if span is None or span.start < 2:
            return None
        if doc.has_annotation("DEP") and span.root.dep_.startswith("nmod"):
            head = span.root.head
        else:
            head = doc[span.start - 2] if doc[span.start - 1].lower_ == "van" else None
        if head is None or self.place_anaphors.get(head.lower_) != "near" or place.get("lat") is None:
            return None
        near = [p for p in places if p["kind"] == "city" and p["name"] != place["name"] and p.get("lat") is not None
                and km(p["lat"], p["lon"], place["lat"], place["lon"]) <= SUBURB_KM]
        before = [p for p in near if p["start"] < place["start"]]
        if before:
            return max(before, key=lambda p: p["start"])
        # a headline names the suburb's city; its lead names the suburb ("suburb of Kyiv retaken" ... "in Makariv")
        after = [p for p in near if place["start"] < p["start"] <= place["end"] + SUBURB_AHEAD_CHARS]
        return min(after, key=lambda p: p["start"]) if after and headline(span.sent) else None

    def coordinated(self, doc: Doc, sent: Span, place: dict, places: list[dict],
                    kind: str | tuple = "city") -> list[dict]:
        """Other places of a kind (or kinds) listed with the event's ("in A, B and C", "in Kyiv en in de
        provincie Sumy"): only punctuation, conjunctions, repeated prepositions, articles and the word for the
        kind of place (or, without a tagger, short words) between them. ACLED codes one event per town."""
        kinds = (kind,) if isinstance(kind, str) else kind
        towns = sorted((p for p in places if p["kind"] in kinds and sent.start_char <= p["start"] < sent.end_char),
                       key=lambda p: p["start"])
        at = next((i for i, p in enumerate(towns) if p["start"] == place.get("_start")), None)
        if at is None:
            return []

        def joined(a, b):
            between = doc.char_span(a["end"], b["start"], alignment_mode="expand")
            if between is None:
                return False
            # punctuation and conjunctions, and a repeated preposition ("bij Kyiv en bij Zaporizja"; a
            # preposition alone places one in the other: "de regio Donetsk in Oost-Oekraïne")
            # (and a word describing that word: "en de nabijgelegen gemeente X")
            words = [t for t in between if not (t.pos_ == "DET" or self.role(t) == "territory"
                                                or self._describes_kind(doc, t))]
            if any(t.lower_ in self.examples for t in words):
                # "en andere Oekraïense steden, zoals": a list that names its examples
                words = [t for t in words if t.lower_ not in self.examples and t.pos_ != "ADJ"]
                return all(t.is_punct or t.pos_ in ("CCONJ", "ADP") for t in words) and len(between) <= 8
            return all(t.is_punct or t.pos_ in ("CCONJ", "ADP") or (not t.pos_ and len(t) <= 3) for t in words) \
                and len(words) <= 3 and len(between) <= 5 and not all(t.pos_ == "ADP" for t in words)
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

    def _describes_kind(self, doc: Doc, t) -> bool:
        """A word right before a word for a kind of place that describes it ("nabijgelegen gemeente")."""
        return t.is_alpha and t.pos_ not in ("PROPN", "CCONJ", "ADP") and t.i + 1 < len(doc) \
            and self.role(doc[t.i + 1]) == "territory"

    def continued(self, doc: Doc, sent: Span, tok, places: list[dict], kind: str | tuple = "city") -> list[dict]:
        """Places listed after the trigger verb itself, with the verb left out ("in Kyiv aangevallen en in
        Vinnytsia") or after a word of addition ("werd aangevallen, evenals Mykolajiv en Odesa",
        ``event/list_additions.txt``), and those listed with them."""
        kinds = (kind,) if isinstance(kind, str) else kind
        if tok.pos_ not in ("VERB", "AUX"):
            return []
        k = tok.i + 1
        if k < sent.end and doc[k].is_punct and k + 1 < sent.end and doc[k + 1].lower_ in self.additions:
            k += 2  # ", evenals"
        elif k < sent.end and (doc[k].lower_ in self.additions or doc[k].pos_ == "CCONJ"):
            k += 1  # "en", "evenals"
        else:
            return []
        # a preposition, an article and the word for the kind of place may come before the name
        while k < sent.end and (doc[k].pos_ in ("ADP", "DET") or self.role(doc[k]) == "territory"):
            k += 1
        first = next((p for p in places if p["kind"] in kinds and p["start"] == doc[k].idx), None) \
            if k < sent.end else None
        if first is None:
            return []
        return [first] + self.coordinated(doc, sent, {**first, "_start": first["start"]}, places, kind=kinds)

    def spanned_country(self, doc: Doc, sent: Span, place: dict, places: list[dict]) -> dict | None:
        """One event over a list of three or more regions of one country ("the annexation of Zaporizhzhia,
        Kherson, Donetsk and Luhansk") happened in that country, not in the first region listed."""
        listed = self.coordinated(doc, sent, {**place, "_start": place["start"]}, places, kind="region")
        if len(listed) < 2 or any(p.get("country") != place.get("country") for p in listed):
            return None
        return self.country_place(place.get("country"), place["start"], place["end"])

    def country_place(self, iso: str | None, start: int, end: int) -> dict | None:
        """A country as a place of the text, standing at ``start:end`` (the words that named it); None if unknown."""
        country = self.gaz.country(iso) if iso else None
        if country is None:
            return None
        return {"name": country.name, "country": country.country, "lat": country.lat, "lon": country.lon,
                "kind": "country", "start": start, "end": end, "precision": 3}
