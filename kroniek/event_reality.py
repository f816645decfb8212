"""Whether an event word reports a real, new event, for kroniek_event (issue 6).

A mention makes no event of its own when it names a known past event as a landmark ("since the invasion"), a
habit ("regularly shells"), a topic ("talks about an exchange"), what something is called, or a state of things
in a relative clause; the modality of one that does (asserted, reported, hedged, planned, negated) comes from
the words of its clause (``event/modality.tsv``) and, with a parse, from its auxiliaries, negation and the
infinitive clauses it stands in. The words are language data under ``lang/<lang>/event/``.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable

from spacy.tokens import Doc, Span

from .clause import clause_chain, first_conjunct
from .resources import load_table, load_words

# Without a parse, how many words either side of the trigger its clause spans.
MODALITY_WINDOW = 6
# How many words before a trigger a landmark word ("since") may stand.
REFERENCE_WINDOW = 4
# How long before the article a time must lie for a relative clause it dates to be history, not news (days).
LONG_AGO_DAYS = 180
# Dependents of a clause's words that carry its modality (negation, auxiliaries, adverbs, "no" before a noun).
MODAL_DEPS = {"advmod", "aux", "aux:pass", "det", "cop", "mark", "compound:prt"}


def compile_rows(rows, field="pattern"):
    """Rows of a table with a regex column, compiled once: (regex, row) pairs."""
    return [(re.compile(f"(?:{r[field]})"), r) for r in rows]


class Reality:
    """Reads whether an event word reports a real, new event, and with what modality.

    lang (str): language folder holding ``event/modality.tsv``, ``references.tsv``, ``landmarks.tsv`` and the
        word lists named below.
    roles (dict): the word roles of ``event/actors.tsv`` (who a relative clause is about).
    clause_head (callable): a token's clause head (``kroniek.clause.ClauseHeads``).
    """

    def __init__(self, lang: str, roles: dict, clause_head: Callable):
        self.roles = roles
        self.clause_head = clause_head
        self.modality_rows = compile_rows(load_table(lang, "event/modality"))
        # verbs that say an event happened or take it as given, and words that leave a claim unconfirmed
        self.asserting = [rx for rx, row in self.modality_rows if row["modality"] == "asserted"]
        self.unconfirmed = [rx for rx, row in self.modality_rows if row["modality"] == "unconfirmed"]
        self.references = compile_rows(load_table(lang, "event/references"))
        self.inf_markers = set(load_words(lang, "event/infinitive_markers"))
        self.definite = set(load_words(lang, "event/definite_determiners"))
        self.indefinite = set(load_words(lang, "event/indefinite_determiners"))
        self.state_auxiliaries = set(load_words(lang, "event/state_auxiliaries"))
        # the auxiliaries of a passive of action ("te worden ingezet"), not of state
        self.action_passives = set(load_words(lang, "event/passive_auxiliaries")) - self.state_auxiliaries
        self.presupposing = set(load_words(lang, "event/presupposing_prepositions"))
        self.not_only = set(load_words(lang, "event/not_only"))
        self.future_aux = set(load_words(lang, "event/future_auxiliaries"))
        self.aux_main_cues = set(load_words(lang, "event/future_auxiliaries_main"))
        # nationality adjectives ("oekraïense" -> UA): whose landmark event a mention names
        self.nations = {r["form"]: r["country"] for r in load_table(lang, "entities/norp") if r["type"] == "adj"}
        self.landmarks = {r["rule"]: (r["country"], r["actor"], date.fromisoformat(r["date"]),
                                      int(r["days"]))
                          for r in load_table(lang, "event/landmarks")}

    def reference(self, tok) -> bool:
        """A past event named as a landmark ("since the invasion"), a habit ("regularly shells"), a topic
        ("talks about an exchange") or a participle used as an adjective ("the killed soldiers") reports
        no event of its own."""
        if tok.doc.has_annotation("DEP") and tok.dep_ == "amod" \
                and any(t.pos_ in ("VERB", "AUX") for t in tok.sent if t.i != tok.i):
            return True  # (a sentence with no other verb needs the trigger as its verb: a misparse)
        doc, sent = tok.doc, tok.sent
        if self._asked(tok):
            return True  # "can we be evacuated?": a question reports no event
        if doc.has_annotation("DEP") and tok.pos_ == "NOUN" and self.clause_head(tok).i == tok.i \
                and any(c.dep_ == "cop" for c in tok.children) \
                and any(c.dep_ == "det" and c.lower_ in self.indefinite for c in tok.children):
            return True  # "it is an attack on Ukraine": what something is called, not an event reported
        before = [t.lower_ for t in doc[max(sent.start, tok.i - REFERENCE_WINDOW):tok.i]]
        if doc.has_annotation("DEP"):
            scope = self._scope(tok)
            # the words of the trigger's clause however deep the parse hangs them ("het leger heeft
            # regelmatig ... beschoten" with the adverb under the subject), not those of clauses inside it
            heads = {scope[-1], self.clause_head(tok)}
            # (an adjective of another noun says nothing of the event: "in its daily report"; one of the noun the
            # trigger is listed with does: "constant shelling and attacks")
            own = {tok, tok.head} if tok.dep_ == "conj" else {tok}
            clause = [c.lower_ for t in scope for c in [t, *t.children] if c.dep_ != "amod" or c.head in own] \
                + [t.lower_ for t in sent if self.clause_head(t) in heads and (t.dep_ != "amod" or t.head in own)]
            # (an adverb the parser hangs under the verb's object: "regularly exchange prisoners")
            clause += [g.lower_ for t in scope for c in t.children if c.pos_ in ("NOUN", "PROPN")
                       for g in c.children if g.dep_ == "advmod"]
            first = first_conjunct(tok)  # the first of the nouns the trigger is listed with
            if first.dep_ == "nmod" and first.head.i < first.i:
                # "is often the target of drones": the words before the noun the weapon is part of, which the
                # parser hangs anywhere
                clause += [t.lower_ for t in doc[max(sent.start, first.head.i - 3):first.head.i]]
        else:
            clause = [t.lower_ for t in doc[max(sent.start, tok.i - MODALITY_WINDOW):min(sent.end, tok.i + MODALITY_WINDOW)]]
        mark: list[str] = []
        if doc.has_annotation("DEP"):
            # (a noun listed after others shares their preposition: "against the aggression, the war crimes
            # and the occupation")
            case = [c.lower_ for t in {tok, first} for c in t.children if c.dep_ == "case"]
            landmark = self._landmark_case(tok)
            head = self.clause_head(tok)
            if head.pos_ in ("VERB", "AUX"):
                # a subordinate clause's conjunction, followed by its subject: "if there is an explosion, ..."
                # (not "as retaliation", nor "as the first" however the parse hangs it)
                mark = [c.lower_ for c in head.children if c.dep_ == "mark" and c.i + 1 < len(doc)
                        and doc[c.i + 1].pos_ in ("DET", "PRON", "PROPN", "NOUN", "ADV")]
        else:
            case = [t.lower_ for t in doc[max(sent.start, tok.i - 2):tok.i]]
            near = doc[max(sent.start, tok.i - 4):tok.i]
            landmark = [near[k].lower_ for k in range(len(near) - 1) if near[k + 1].lower_ in self.definite]
            k = tok.i  # the word opening the trigger's stretch of the sentence (after a comma)
            while k > sent.start and not doc[k - 1].is_punct:
                k -= 1
            mark = [doc[k].lower_] if k < tok.i else []
        # "landmark": the preposition before a known event ("after the invasion", "during the offensive")
        # dates something else; "after an attack" still reports a new one
        scopes = {"before": before, "clause": clause, "case": case, "landmark": landmark, "mark": mark}
        return any(rx.fullmatch(w) for rx, row in self.references for w in scopes[row["scope"]])

    @staticmethod
    def _asked(tok) -> bool:
        """Whether the trigger's stretch of the sentence ends in a question mark (the first end or pause mark
        after it, quotation marks aside)."""
        for t in tok.doc[tok.i + 1:tok.sent.end]:
            if t.text in ("?", ".", "!", ",", ";", ":"):
                return t.text == "?"
        return False

    def _landmark_case(self, tok) -> list[str]:
        """The prepositions of a definite trigger ("na de invasie") and of the definite nouns it is part of
        ("sinds het begin van de invasie", "tijdens de eerste dagen van de oorlog"): with a parse."""
        out, node = [], tok
        for _ in range(3):
            if any(c.dep_ == "det" and c.lower_ in self.definite for c in node.children):
                out += [c.lower_ for c in node.children if c.dep_ == "case"]
            if not node.dep_.startswith("nmod") or node.head.pos_ not in ("NOUN", "PROPN") or node.head.i == node.i:
                break
            node = node.head
        return out

    def _scope(self, tok) -> list:
        """The trigger's clause; for an infinitive clause also the word that governs it
        ("plans to send", "threatened to attack", "uses drones to attack"), and for a complement clause the verb
        it completes ("wants the town to be taken", "denies that it was taken")."""
        chain = clause_chain(tok)
        head = chain[-1]
        if head.dep_ in ("xcomp", "acl", "advcl") and "Inf" in head.morph.get("VerbForm") or head.dep_ == "ccomp":
            chain = chain + [head.head]
        return chain

    def background(self, tok) -> bool:
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
        head = self.clause_head(tok)
        verbs = [head] + [c for c in head.children if c.dep_ in ("aux", "aux:pass", "cop")]
        present = any("Pres" in v.morph.get("Tense") and "Fin" in v.morph.get("VerbForm") for v in verbs) \
            and not any("Past" in v.morph.get("Tense") or "Part" in v.morph.get("VerbForm") for v in verbs)
        if head.dep_ == "acl:relcl" and "Inf" in head.morph.get("VerbForm") and len(verbs) == 1 \
                and any("Rel" in c.morph.get("PronType") and c.dep_ == "nsubj" for c in head.children):
            present = True  # a plural present reads as an infinitive ("companies that make the drones")
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
            or before.ent_type_ in ("PER", "PERSON")) and not self._dated_recently(head)
        return (present or state or about_people or self._long_ago(tok)) and relative and head.dep_ != "ROOT"

    def landmark(self, doc: Doc, rule: dict, ev: dict) -> bool:
        """A well-known event of the war ("the invasion") named in an article published well after it dates
        something else (``event/landmarks.tsv``)."""
        mark = self.landmarks.get(rule["id"])
        if mark is None:
            return False
        # (an undated article is placed by the date inferred from its content)
        if doc._.dct is not None and doc._.dct.known:
            published = doc._.dct.earliest
        elif doc._.published and doc._.published.get("earliest"):
            published = date.fromisoformat(doc._.published["earliest"])
        else:
            return False
        country, actor, day, days = mark
        span = doc.char_span(ev["start"], ev["end"], alignment_mode="expand")
        if span is not None and span.start > 0 and self.nations.get(doc[span.start - 1].lower_, actor) != actor:
            return False  # another side's invasion ("the Ukrainian incursion into Kursk") is another event
        # (or the place is another clause's and the trigger's own names the country: "X is attacked often since
        # Russia invaded Ukraine")
        return (ev["place"] is None or not ev["_local"] or ev["place"]["country"] in (country, None)
                or span is not None and self._names_country(doc, span.root, country)) \
            and published > day + timedelta(days=days)

    @staticmethod
    def _names_country(doc: Doc, head, country: str) -> bool:
        """Whether the phrase a word heads names a country by its code (``doc._.places``)."""
        lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
        return any(p["kind"] == "country" and p.get("country") == country and lo <= p["start"] < hi
                   for p in doc._.places or [])

    def _dated_recently(self, head) -> bool:
        """Whether a clause gives its own time, within a month before the article ("the 23 civilians who were
        killed on Friday in a missile strike"): then it tells the news, not who the people are."""
        doc = head.doc
        if doc._.dct is None or not doc._.dct.known:
            return False
        lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
        limit = (doc._.dct.earliest - timedelta(days=31)).isoformat()
        return any(lo <= t.get("start", -1) < hi and t.get("latest") and t["latest"] >= limit
                   for t in doc._.times or [])

    def _long_ago(self, tok) -> bool:
        """The trigger's sentence dates it long before the article ("Bakhmut, which was taken last year"):
        in a relative clause that is the history of a thing named, not the news."""
        doc, sent = tok.doc, tok.sent
        if doc._.dct is None or not doc._.dct.known:
            return False
        limit = (doc._.dct.earliest - timedelta(days=LONG_AGO_DAYS)).isoformat()
        return any(t.get("latest") and t["latest"] < limit for t in (doc._.times or [])
                   if sent.start_char <= t.get("start", -1) < sent.end_char)

    def modality(self, sent: Span, tok, claim: int | None) -> str:
        """The modality of an event word: from the words and auxiliaries of its clause (``_modality``); a real one
        whose clause gives it a time after the article's date has not happened yet (planned)."""
        found = self._modality(sent, tok, claim)
        if found in ("asserted", "reported") and self._dated_ahead(tok):
            return "planned"  # "the tanks are delivered before the end of the summer", in a May article
        return found

    def _dated_ahead(self, tok) -> bool:
        """Whether the trigger's clause names a time that begins after the article's date (not one that bounds a
        span: "until the end of the year")."""
        doc = tok.doc
        if doc._.dct is None or not doc._.dct.known or not doc.has_annotation("DEP"):
            return False
        head = self.clause_head(tok)
        lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
        after = doc._.dct.latest.isoformat()
        return any(lo <= t.get("start", -1) < hi and t.get("earliest") and t["earliest"] > after
                   and not t.get("mod") for t in doc._.times or [])

    def _modality(self, sent: Span, tok, claim: int | None) -> str:
        unreal_inf = False
        lo, hi = max(sent.start, tok.i - MODALITY_WINDOW), min(sent.end, tok.i + MODALITY_WINDOW)
        words = [t.lower_ for t in sent.doc[lo:hi]]
        parsed = sent.doc.has_annotation("DEP")  # (without a parse a token's children are undefined)
        if parsed and tok.pos_ == "NOUN" and tok.dep_ in ("obl", "nmod") \
                and any(c.dep_ == "case" and c.lower_ in self.presupposing for c in tok.children):
            # "in the attack nobody died": the event is given, the clause's negation is about the rest
            return "reported" if claim is not None else "asserted"
        if parsed:  # the clause's own negation and auxiliaries, however far
            chain = self._scope(tok)
            head = self.clause_head(tok)
            if head.dep_ == "advcl" and "Inf" in head.morph.get("VerbForm") \
                    and any(c.dep_ == "mark" and c.i == head.i - 1 for c in head.children):
                # an infinitive adverbial clause ("to attack", its marker right before the verb) states a purpose,
                # unless its verb takes the event as given ("to celebrate the recapture") or the verb it hangs on says
                # it happened ("slaagden erin om Tsjernobyl in te nemen": managed to take it)
                if not any(rx.fullmatch(head.lower_) or rx.fullmatch(head.head.lower_) for rx in self.asserting):
                    return "planned"
                words.append(head.lower_)
            if head.dep_ == "ROOT" and "Inf" in head.morph.get("VerbForm") \
                    and any(c.dep_ == "mark" for c in head.children):
                # a marked infinitive the parser left without a governor: the governing words
                # ("plans to", "managed to") stand somewhere before it in the sentence
                words += [t.lower_ for t in sent.doc[sent.start:tok.i]]
            # "te" + infinitive under another verb has not happened ("the right to attack", "decided to
            # deliver") unless that verb says it did ("began to shell"; rows of modality "asserted")
            # (and a passive infinitive: "feared to be deployed"; a perfect one is past: "says it has taken")
            marked = head.dep_ != "ROOT" and any(
                c.dep_ == "mark" and c.i < head.i and c.lower_ in self.inf_markers for c in head.children)
            unreal_inf = marked and ("Inf" in head.morph.get("VerbForm") or any(
                c.dep_ == "aux:pass" and "Inf" in c.morph.get("VerbForm") and c.lemma_.lower() in self.action_passives
                for c in head.children))
            if head.dep_ == "xcomp":
                # an open complement takes its modality from the verb that governs it ("gaat ... leveren")
                gov = head.head
                for _ in range(3):
                    if gov.pos_ in ("VERB", "AUX") or gov.head.i == gov.i:
                        break
                    gov = gov.head
                words.append(gov.lower_)
                if gov.dep_ == "advcl" and "Inf" in gov.morph.get("VerbForm") and any(
                        c.dep_ == "mark" and c.i == gov.i - 1 for c in gov.children):
                    # "(in order) to keep fighting": the complement of an infinitive of purpose is a purpose too
                    return "planned"
                if gov.dep_ != "ROOT" and "Inf" in gov.morph.get("VerbForm") and any(
                        c.dep_ == "mark" and c.lower_ in self.inf_markers for c in gov.children):
                    # ("voted to be annexed"): as unreal as the marked infinitive above it, unless the verb above
                    # that says it happened
                    unreal_inf = True
                    words.append(gov.head.lower_)
            if len(chain) > len(clause_chain(tok)):
                words.append(chain[-1].lower_)
            words += [c.lower_ for t in chain for c in t.children if c.dep_ in MODAL_DEPS]
        for t in sent:
            if t.lower_ in self.future_aux and (t.i + 1 < sent.end and sent.doc[t.i + 1].lower_ in self.aux_main_cues
                                                or parsed and any(c.dep_ == "compound:prt" for c in t.children)):
                words = [w for w in words if w != t.lower_]  # "it is about", "go on": the verb, no future
        for t in sent[1:]:
            if t.lower_ in self.not_only:  # "not only ... but also": no negation
                words = [w for w in words if w != sent.doc[t.i - 1].lower_]
        for rx, row in self.modality_rows:
            if row["modality"] != "unconfirmed" and any(rx.fullmatch(w) for w in words):
                if row["modality"] == "negated" and any(u.fullmatch(t.lower_) for u in self.unconfirmed for t in sent):
                    return "hedged"  # "not (yet) confirmed": a claim no one has checked, not a denial
                if row["modality"] == "asserted":
                    break  # a verb of achievement: real, as reported
                if row["modality"] == "hedged" and unreal_inf:
                    return "planned"  # "calls on residents to leave as soon as possible": a hedged plan is a plan
                return row["modality"]
        else:
            if unreal_inf:
                return "planned"
        return "reported" if claim is not None else "asserted"
