"""kroniek_attribution: who claims what, with which cue and stance.

Per sentence, a cue word (a speech verb, a preposition such as "according to",
a postposed marker) is found in ``attribution/cues``; its source is the noun
phrase before the verb (the subject in its usual place), or after it when the
clause opens with something else ("That reports the paper", "..., said the
president"). Noun phrases are read from word shapes (determiner, adjectives, a
head noun or a name, linking prepositions from ``np_links``) and from
``doc.ents``. Pronouns and bare roles ("he", "the official") resolve to a source
named earlier in the article. The component also links the figures of
``doc._.quantities`` to the claim whose span holds them.

Every word comes from ``kroniek/lang/<lang>/attribution/``.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import load_table, load_words
from .quantity import Tok, tokenize

_QUOTES_OPEN = "“„\"«‘'"
_QUOTES_CLOSE = "”\"»’'"
_BOUNDARY = set(",;:()[]") | set(_QUOTES_OPEN) | set(_QUOTES_CLOSE) | {"–", "—", "-", "|"}
_MAX_NP = 12
NEGATION_REACH = 3  # how many words before a cue a negation may stand ("heeft nog niet officieel bevestigd")


@Language.factory("kroniek_attribution", assigns=["doc._.claims"], default_config={"lang": "nl"})
def make_attribution(nlp: Language, name: str, lang: str) -> "Attribution":
    return Attribution(nlp, name, lang=lang)


class Attribution:
    """Find attributed statements and write ``doc._.claims``.

    lang (str): language folder with the ``attribution/`` tables.
    """

    def __init__(self, nlp: Language | None = None, name: str = "kroniek_attribution", *, lang: str = "nl"):
        self.name = name
        self.lang = lang
        self.cues: dict[str, list[dict]] = {}
        for r in load_table(lang, "attribution/cues"):
            self.cues.setdefault(r["form"], []).append(r)
        self.kinds = {r["head"]: r["kind"] for r in load_table(lang, "attribution/source_kinds")}
        self.media = {r["form"]: r["kind"] for r in load_table(lang, "attribution/media_names")}
        self.determiners = set(load_words(lang, "attribution/determiners"))
        self.openers = set(load_words(lang, "attribution/clause_openers"))
        self.prepositions = set(load_words(lang, "attribution/prepositions"))
        self.inverting = set(load_words(lang, "attribution/inverting_words"))
        self.aux = set(load_words(lang, "attribution/auxiliaries"))
        self.passive_aux = set(load_words(lang, "attribution/passive_auxiliaries"))
        self.back_pointers = set(load_words(lang, "attribution/back_pointers"))
        self.refs = {tuple(r["phrase"].split()): r["refers"] for r in load_table(lang, "attribution/pronouns")}
        fmt = {r["key"]: r["value"] for r in load_table(lang, "quantity/number_format")}
        self.adjective = re.compile(fmt["adjective"])
        self.orgs = {r["form"]: r for r in load_table(lang, "entities/organisations")}
        self.persons = {r["form"]: r for r in load_table(lang, "entities/persons")}
        self.name_particles = set(load_words(lang, "attribution/name_particles"))
        self.recipient_particles = set(load_words(lang, "attribution/recipient_particles"))
        self.plural_endings = tuple(load_words(lang, "attribution/plural_endings"))
        self.negations = set(load_words(lang, "attribution/negations"))
        self.links = {r["word"]: r["after"] for r in load_table(lang, "attribution/np_links")}
        self.coordinators = set(load_words(lang, "attribution/coordinators"))
        self.articles = set(load_words(lang, "attribution/definite_articles"))
        self.pronouns = {k[0] for k, v in self.refs.items() if len(k) == 1}
        self.leading = set(load_words(lang, "attribution/leading_adverbs"))
        self.channels = {tuple(r["form"].split()): r["name"] for r in load_table(lang, "attribution/channels")}
        shapes = {r["key"]: r["value"] for r in load_table(lang, "attribution/shapes")}
        self.proper_adjective = re.compile(shapes["proper_adjective"])
        self.skip_after = set(load_words(lang, "attribution/skip_after_cue"))
        self.agent_markers = set(load_words(lang, "attribution/agent_markers"))
        self.relatives = set(load_words(lang, "attribution/relative_pronouns"))
        self.nationality = {r["form"] for r in load_table(lang, "entities/norp")}

    # -- component --------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        claims = self.find(doc)
        doc._.claims = claims
        link_quantities(doc._.quantities or [], claims)
        return doc

    def find(self, doc: Doc) -> list[dict]:
        """All claims of a document.

        doc (Doc): the processed text; ``doc.ents`` and ``doc._.places`` are used when set.
        RETURNS (list[dict]): contract-shaped claims in text order.
        """
        text = doc.text
        self._text = text
        self._toks = tokenize(text)
        self._starts = [t.start for t in self._toks]
        self._ents = sorted((e.start_char, e.end_char, e.label_) for e in doc.ents)
        self._ent_starts = [e[0] for e in self._ents]
        self._ent_at = {(s, label) for s, _, label in self._ents}
        self._places = sorted((p["start"], p["end"], p.get("kind")) for p in (doc._.places or [])
                              if p.get("start") is not None)
        self._place_starts = [p[0] for p in self._places]
        self._names: dict[str, str] = {}  # last word of a person's name -> fullest form seen
        for s, e, label in self._ents:
            if label == "PER":
                self._remember_name(text[s:e])
        self._runs = self._name_runs()
        out: list[dict] = []
        for s0, s1 in self._sentences(doc):
            for claim in self._sentence_claims(s0, s1, out):
                out.append(claim)
        # a person named in full later in the article carries that full name in every claim
        for c in out:
            src = c["source"]
            if src["kind"] == "person" and src["name"]:
                full = self._names.get(src["name"].split()[-1])
                if full and len(full) > len(src["name"]) and full.endswith(src["name"]):
                    src["name"] = full
        return out

    def _sentences(self, doc: Doc) -> list[tuple[int, int]]:
        if doc.has_annotation("SENT_START"):
            spans = [(s.start_char, s.end_char) for s in doc.sents]
        else:
            spans = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]*", doc.text)]
        # token index ranges
        out = []
        for a, b in spans:
            i = bisect_right(self._starts, a - 1)
            j = bisect_right(self._starts, b - 1)
            if j > i:
                out.append((i, j))
        return out

    # -- cues -------------------------------------------------------------------------

    def _cue_at(self, k: int, s1: int) -> dict | None:
        rows = self.cues.get(self._toks[k].lower)
        if not rows:
            return None
        toks = self._toks
        for b in range(k - 1, max(-1, k - 1 - NEGATION_REACH), -1):
            if toks[b].text in _BOUNDARY:
                break
            if toks[b].lower in self.negations:
                return None  # "has not confirmed that ...": no claim
        # a particle, not the same word as a preposition before a name ("gives permission to Ukraine")
        later = {toks[p].lower for p in range(k + 1, s1) if p + 1 >= s1 or not self._is_cap(toks[p + 1])
                 or toks[p].lower not in self.recipient_particles}
        after_quote = k > 0 and toks[k - 1].text in _BOUNDARY
        for r in rows:
            if r["particle"] and r["particle"] in later:
                return r
        for r in rows:
            # a verb of thinking after a quotation needs no complementiser: '"...", thinks X'
            if r["particle"] and after_quote and r["particle"] in self.openers:
                return r
        for r in rows:
            if not r["particle"]:
                return r
        return None

    def _sentence_claims(self, s0: int, s1: int, prior: list[dict]) -> list[dict]:
        toks = self._toks
        found: list[dict] = []
        k = s0
        taken: set[int] = set()
        while k < s1:
            cue = self._cue_at(k, s1)
            if cue is None or k in taken:
                k += 1
                continue
            position = cue["position"]
            src = None
            claim_span = None
            if position in ("preposition", "postposed"):
                src = self._np_after(k + 1, s1)
                if src and position == "preposition":
                    claim_span = self._rest_of_sentence(s0, s1, src)
                elif src:
                    claim_span = (toks[s0].start, toks[k - 1].end if k > s0 else toks[k].start)
            elif k + 1 < s1 and toks[k + 1].lower in self.agent_markers and k > s0 \
                    and (agent := self._np_after(k + 2, s1)) is not None:
                # a passive: "... was gemeld door westerse media": the agent says it, the subject is said
                src = agent
                claim_span = toks[s0].start, toks[k - 1].end
            else:
                before = self._subject_before(k, s0)
                if before and any(self._source(p, prior + found) for p in self._split_coordination(before)):
                    src = before
                    claim_span = self._after_cue(k, s1)
                elif back := self._back_reference_subject(k, s0):
                    # "Dat heeft het ministerie woensdag bekendgemaakt.": the source stands between
                    # the auxiliary and the cue, the claim is the sentence before
                    src = back
                    claim_span = self._before_cue(s0, s0)
                else:
                    src = self._np_after(k + 1, s1)
                    if src and k - s0 == 1 and toks[s0].lower in self.inverting \
                            and toks[s0].lower not in self.back_pointers and src[1] < s1 - 1:
                        # "Eerder beloofde X al 18 toestellen.": what follows the source is the claim
                        claim_span = toks[src[1]].start, toks[s1 - 1].end
                    elif src:
                        claim_span = self._before_cue(k, s0)
            if src is None or claim_span is None:
                k += 1
                continue
            src = self._named_in_apposition(src, s1)
            for part in self._split_coordination(src):
                source = self._source(part, prior + found)
                if source is None:
                    continue
                a, b = claim_span
                while b > a and self._text[b - 1] in " ,.:;\u00a0":
                    b -= 1
                found.append({"text": self._text[a:b], "start": a, "end": b, "source": source,
                              "cue": toks[k].text, "cue_start": toks[k].start, "cue_end": toks[k].end,
                              "stance": cue["stance"], "channel": self._channel(s0, s1),
                              "rule": f"{position}:{'before' if src[0] < k else 'after'}"})
            taken.update(range(src[0], src[1]))
            k += 1
        return found

    def _named_in_apposition(self, src: tuple[int, int], s1: int) -> tuple[int, int]:
        """A described source followed by a person's name between commas names that person ("the new head
        of the army, Jane Doe, reports")."""
        toks = self._toks
        a, b = src
        if b + 1 >= s1 or toks[b].text != "," or self._is_cap(toks[a]) or not self._is_cap(toks[b + 1]):
            return src
        e = self._name_end(b + 1, s1)
        if e <= b + 1 or not (e >= s1 or toks[e].text in (",", ".")):
            return src
        per = [(es, ee) for es, ee, lab in self._ents_in(toks[b + 1].start, toks[e - 1].end) if lab == "PER"]
        # a first name and a surname the NER missed ("de gouverneur van Charkiv, Oleh Synjehoebov,"), not a place
        named = e - (b + 1) >= 2 and not self._places_in(toks[b + 1].start, toks[e - 1].end)
        return (b + 1, e) if per or named else src

    def _channel(self, s0: int, s1: int) -> str | None:
        words = [t.text for t in self._toks[s0:s1]]
        for key, name in self.channels.items():
            n = len(key)
            if any(tuple(words[i:i + n]) == key for i in range(len(words) - n + 1)):
                return name
        return None

    # -- claim spans ------------------------------------------------------------------

    def _after_cue(self, k: int, s1: int) -> tuple[int, int] | None:
        j = k + 1
        # the claim starts after its complementiser when one follows closely ("said last month that ...")
        for n in range(k + 1, min(s1, k + 7)):
            if self._toks[n].lower in self.openers or self._toks[n].text == ":":
                j = n + 1
                break
        while j < s1 and (self._toks[j].lower in self.openers or self._toks[j].text in ":"):
            j += 1
        if j >= s1:
            return None
        return self._toks[j].start, self._toks[s1 - 1].end

    def _before_cue(self, k: int, s0: int) -> tuple[int, int] | None:
        toks = self._toks
        first = toks[s0].lower
        if (k == s0 or (k - s0 == 1 and first in self.back_pointers)) and s0 > 0:
            # "Dat meldt X." points back at the sentence before
            p1 = s0
            p0 = max(0, self._sentence_start_before(s0))
            return toks[p0].start, toks[p1 - 1].end
        if k == s0:
            return None
        end = toks[k - 1].end
        start = toks[s0].start
        # a quotation opened in an earlier sentence belongs to the claim
        head = self._text[start:end]
        if any(q in head[-3:] for q in _QUOTES_CLOSE) and not any(q in head[:-3] for q in _QUOTES_OPEN):
            opened = max(self._text.rfind(q, max(0, start - 1500), start) for q in "“„«\"")
            if opened >= 0:
                start = opened
        return start, end

    def _back_reference_subject(self, k: int, s0: int):
        """The source of "Dat heeft <source> ... <cue>": a back-pointer, an auxiliary, then a noun phrase."""
        toks = self._toks
        if k - s0 < 3 or toks[s0].lower not in self.back_pointers or toks[s0 + 1].lower not in self.aux:
            return None
        np = self._np(s0 + 2, k)
        return np if np and np[1] <= k else None

    def _sentence_start_before(self, s0: int) -> int:
        j = s0 - 1
        while j > 0 and not (self._toks[j - 1].text in ".!?" and j - 1 < s0 - 1):
            j -= 1
        return j

    def _rest_of_sentence(self, s0: int, s1: int, src) -> tuple[int, int]:
        return self._toks[s0].start, self._toks[s1 - 1].end

    # -- noun phrases -----------------------------------------------------------------

    def _is_cap(self, t: Tok) -> bool:
        return t.text[:1].isupper() and any(c.isalpha() for c in t.text)

    def _np_after(self, j: int, s1: int):
        """A source noun phrase starting at or just after token j. RETURNS (start, end) token range or None."""
        toks = self._toks
        # skip time words and adverbs between the cue and the subject ("said last month X")
        skipped = 0
        while j < s1 and skipped < 3 and toks[j].lower in self.skip_after:
            j += 1
            skipped += 1
        np = self._np(j, s1)
        # coordinated sources after the verb: "report X and Y"
        while np and np[1] + 1 < s1 and self._toks[np[1]].lower in self.coordinators:
            more = self._np(np[1] + 1, s1)
            if not more:
                break
            np = (np[0], more[1])
        return np

    def _np(self, j: int, s1: int):
        toks = self._toks
        start = j
        if j < s1 and toks[j].lower in self.determiners:
            j += 1
        while j + 1 < s1 and self._is_adjective(toks[j]) and not self._kind_of_word(toks[j].lower) \
                and not self._starts_name(j) and (toks[j + 1].text.isalpha() or "-" in toks[j + 1].text) \
                and toks[j + 1].lower not in self.prepositions:  # a noun read as an adjective before "van"
            j += 1
        if j >= s1:
            return None
        head = toks[j]
        if self._is_cap(head):
            j = self._name_end(j, s1)
        elif head.text.isalpha() or "-" in head.text:
            if head.lower in self.openers or head.lower in self.aux or head.lower in self.cues \
                    or head.lower in self.prepositions:
                return None
            j += 1
            # an apposition after a role: "president Jane Doe", "the paper Gazette" (a place after a plural
            # is the next phrase: "accuse Russia and the rebels Ukraine of ...")
            if j < s1 and self._is_cap(toks[j]) and not ((toks[j].start, "LOC") in self._ent_at
                                                          and head.lower.endswith(self.plural_endings)):
                j = self._name_end(j, s1)
            for _ in range(2):
                link = self.links.get(toks[j].lower) if j + 1 < s1 else None
                if link == "any" or (link and self._kind_of_word(head.lower) in link.split("|")):
                    k = j + 1
                    if toks[k].lower in self.determiners:
                        k += 1
                    while k + 1 < s1 and self._is_adjective(toks[k]) and not self._starts_name(k) \
                            and (toks[k + 1].text.isalpha() or "-" in toks[k + 1].text):
                        k += 1
                    if k < s1 and self._is_cap(toks[k]):
                        j = self._name_end(k, s1)
                    elif k < s1 and toks[k].text.isalpha() and toks[k].lower not in self.openers \
                            and toks[k].lower not in self.cues and toks[k].lower not in self.aux:
                        j = k + 1
                        if j < s1 and self._is_cap(toks[j]):
                            j = self._name_end(j, s1)
                    else:
                        break
                else:
                    break
            # a person named a few words after a role: "general (retired) Jane Doe"
            if j < s1 and not self._is_cap(toks[j - 1]):
                n = j
                while n < s1 and n - j < 3 and toks[n].text.isalpha() and not self._is_cap(toks[n]) \
                        and toks[n].lower not in self.openers and toks[n].lower not in self.links \
                        and toks[n].lower not in self.inverting \
                        and toks[n].lower not in self.cues and toks[n].lower not in self.aux:
                    n += 1
                if n < s1 and n > j and self._is_cap(toks[n]):
                    e2 = self._name_end(n, s1)
                    if e2 - n >= 2:
                        j = e2
            if j < s1 and not self._is_cap(toks[j - 1]):
                for s, e, label in self._ents_in(toks[j].start, toks[j - 1].end + 25):
                    if label == "PER" and toks[j].start <= s and s - toks[j - 1].end < 25 \
                            and e <= toks[s1 - 1].end and "," not in self._text[toks[j - 1].end:s]:
                        j = bisect_right(self._starts, e - 1) + 1
                        break
        else:
            return None
        if j - start > _MAX_NP or j <= start:
            return None
        return start, j

    def _is_adjective(self, t: Tok) -> bool:
        """An attributive adjective: lower case with the language's ending, or a nationality word."""
        return t.lower in self.nationality or bool(self.proper_adjective.match(t.text)) \
            or ((t.text[:1].islower() or self._opens_sentence(t.start)) and bool(self.adjective.match(t.lower)))

    def _starts_name(self, j: int) -> bool:
        """A capitalised word that starts an entity which is not a nationality."""
        t = self._toks[j]
        return (t.start, "PER") in self._ent_at or (t.start, "ORG") in self._ent_at

    def _name_end(self, j: int, s1: int) -> int:
        toks = self._toks
        j += 1
        while j < s1:
            t = toks[j]
            if self._is_cap(t) and t.lower not in self.inverting and t.lower not in self.cues:
                j += 1
            elif t.lower in self.name_particles:
                n = j
                while n < s1 and toks[n].lower in self.name_particles and n - j < 3:
                    n += 1
                if n < s1 and self._is_cap(toks[n]) and toks[n].lower not in self.inverting:
                    j = n + 1
                else:
                    break
            else:
                break
        return j

    def _subject_before(self, k: int, s0: int):
        """The subject before a cue verb in its usual place, or None when the clause is inverted."""
        toks = self._toks
        if k - 1 > s0 and toks[k - 1].text == ")":
            # "General Motors (GM) announced": the subject stands before the parenthesis
            o = k - 2
            while o > s0 and toks[o].text != "(" and k - o < 8:
                o -= 1
            if toks[o].text == "(" and o > s0:
                k = o
        b = self._stretch_start(k, s0)
        span = list(range(b, k))
        if not span and b > s0 and toks[b - 1].text == ",":
            # "Jane Doe, governor of the region, said": the subject stands before the apposition
            c = b - 1
            b2 = self._stretch_start(c, s0)
            if b2 > s0 and toks[b2 - 1].text == ",":
                c2 = b2 - 1
                b3 = self._stretch_start(c2, s0)
                first_np = self._np(b3, c2)
                if first_np and first_np[1] == c2:
                    inner = self._np(b2, c)
                    if inner and inner[1] == c and all(self._is_cap(t) or t.lower in self.name_particles
                                                       for t in toks[b2:c]) \
                            and self._kind_of_word(toks[b2].lower) != "person":
                        return inner
                    return first_np
            if b2 - 2 > s0 and toks[b2 - 1].lower in self.relatives and toks[b2 - 2].text == ",":
                # "Jane Doe, die de top organiseerde, zei": a relative clause between the subject and its verb
                c2 = b2 - 2
                b3 = self._past_leading(self._stretch_start(c2, s0), c2)  # "Also the channel X, which ..., said"
                first_np = self._np(b3, c2)
                return first_np if first_np and first_np[1] == c2 else None
            np = self._np(b2, c)
            return np if np and np[1] == c else None
        if span:
            span = list(range(self._past_leading(span[0], k), k))
        # "X has on Monday said": the subject ends at the auxiliary
        for n, i in enumerate(span):
            if toks[i].lower in self.aux:
                if toks[i].lower in self.passive_aux:
                    return None  # "in A and B explosions were reported": what was reported, not who reported it
                span = span[:n]
                break
        if not span:
            return None
        first = toks[span[0]]
        if first.lower in self.inverting or first.lower in self.cues:
            return None
        if first.lower in self.pronouns and len(span) == 1:
            return span[0], span[0] + 1
        np = self._np(span[0], span[-1] + 1)
        if toks[k - 1].lower in self.coordinators and len(span) > 2:
            # "The office opens an inquiry and says that ...": the clause's subject serves both verbs
            head = self._np(span[0], k - 1)
            if head and head[1] < k - 1 and toks[head[1]].lower not in self.coordinators:
                return head
        if np is None or np[1] != span[-1] + 1:
            # "..., and president Jane Doe announced": the subject after the last coordinator
            last = max((i for i in span if toks[i].lower in self.coordinators), default=None)
            if last is not None and last < span[-1]:
                tail = self._np(last + 1, span[-1] + 1)
                if tail and tail[1] == span[-1] + 1 and (self._is_cap(toks[last + 1])
                                                         or toks[last + 1].lower in self.determiners):
                    alone = self._np(span[0], last)
                    if not alone or alone[1] != last:
                        return tail
        if np is not None and np[1] != span[-1] + 1:
            # coordinated subjects: "het Witte Huis en het Pentagon"
            parts = self._split_coordination((span[0], span[-1] + 1))
            if len(parts) > 1 and all((self._np(p0, p1) or (0, -1))[1] == p1 for p0, p1 in parts):
                return span[0], span[-1] + 1
        if np is None or np[1] != span[-1] + 1:
            return None
        # "Jane Doe, governor of the region, said": a role between commas after a name
        if not self._is_cap(first) and b > s0 and toks[b - 1].text == ",":
            for s, e, label in self._ents_in(toks[b - 1].start - 200, toks[b - 1].start):
                if label == "PER" and e <= toks[b - 1].start and toks[b - 1].start - e <= 1:
                    i = bisect_right(self._starts, s - 1)
                    return i, bisect_right(self._starts, e - 1) + 0 + 1
        return np

    def _past_leading(self, b: int, end: int) -> int:
        """The first token at or after ``b`` that is not a leading adverb ("ook", "maar"), keeping one before ``end``."""
        while b < end - 1 and self._toks[b].lower in self.leading:
            b += 1
        return b

    def _stretch_start(self, end: int, s0: int) -> int:
        """The first token of the stretch ending before ``end``: back to a comma, quote or other boundary, or
        to a clause opener ("dat", "die"), but not before the sentence start ``s0``."""
        toks, b = self._toks, end
        while b > s0 and toks[b - 1].text not in _BOUNDARY and toks[b - 1].lower not in self.openers:
            b -= 1
        return b

    def _split_coordination(self, span):
        a, b = span
        parts, start = [], a
        for i in range(a, b):
            if self._toks[i].lower in self.coordinators and i > start:
                parts.append((start, i))
                start = i + 1
        parts.append((start, b))
        return [p for p in parts if p[1] > p[0]]

    # -- sources ----------------------------------------------------------------------

    def _kind_of_word(self, w: str) -> str | None:
        if w in self.kinds:
            return self.kinds[w]
        for n in range(3, len(w) - 3):
            if w[n:] in self.kinds and len(w[n:]) >= 4:
                return self.kinds[w[n:]]
        return None

    def _remember_name(self, name: str) -> None:
        last = name.split()[-1]
        if len(name) > len(self._names.get(last, "")):
            self._names[last] = name

    def _source(self, span, prior: list[dict]) -> dict | None:
        toks = self._toks
        a, b = span
        s, e = toks[a].start, toks[b - 1].end
        text = self._text[s:e]
        words = [t.lower for t in toks[a:b]]
        ref = self.refs.get(tuple(words))
        if ref:
            resolved = self._resolve(ref, words, s, e, prior)
            if resolved or ref != "same_head":
                return resolved
        ents = [(es, ee, lab) for es, ee, lab in self._ents_in(s, e) if ee <= e]
        per = [(es, ee) for es, ee, lab in ents if lab == "PER"]
        orgs = [(es, ee) for es, ee, lab in ents if lab == "ORG"]
        places = [(ps, pe, kind) for ps, pe, kind in self._places_in(s, e) if pe <= e]
        heads = [t.lower for t in toks[a:b] if not self._is_cap(t) and t.lower not in self.determiners]
        head_kind = None
        head = next((t.lower for t in toks[a:b] if not self._is_cap(t) and t.lower not in self.determiners
                     and not self._is_adjective(t)), heads[-1] if heads else None)
        heads += [t.lower.rsplit("-", 1)[1] for t in toks[a:b] if self._is_cap(t) and "-" in t.text]
        heads += [t.lower for t in toks[a:b] if self._is_cap(t)]
        for w in heads:
            head_kind = self._kind_of_word(w)
            if head_kind:
                break
        caps = [t for t in toks[a:b] if self._is_cap(t) and t.lower not in self.determiners
                and t.lower not in self.nationality]
        media = next((m for m in self.media if re.search(rf"(?<!\w){re.escape(m)}(?!\w)", text)), None)
        kind = None
        name = None
        if per and head_kind not in ("media", "government", "organisation"):
            ps, pe = per[-1]
            name = self._names.get(self._text[ps:pe].split()[-1], self._text[ps:pe])
            run = self._trailing_name(a, b)
            if run and run.split()[-1] == name.split()[-1] and len(run) > len(name):
                self._remember_name(run)
                name = run
            kind = "person"
        elif media:
            kind = "media"
        elif head_kind:
            kind = head_kind
            if kind == "anonymous" and caps and not places and len(caps) >= 2:
                kind = "person"
        elif orgs:
            org = self.orgs.get(self._text[orgs[0][0]:orgs[0][1]])
            okind = (org or {}).get("kind") or "organisation"
            kind = "government" if okind == "military" else okind
        elif places and all(self._text[ps:pe] == text or text.endswith(self._text[ps:pe]) for ps, pe, _ in places):
            kind = "government"
        elif caps and self._is_cap(toks[b - 1]) and not places and toks[a].lower in self.determiners:
            # a description with a name after it: "the American aircraft maker Acme"; a name right
            # after the article is an institution's ("the International Court")
            run = self._trailing_name(a, b)
            described = [t for t in toks[a + 1:b] if not self._is_cap(t) and not self._is_adjective(t)]
            kind = "person" if run and described else "organisation"
            name = run if kind == "person" else self._text[toks[a + 1].start:e]
        elif caps and len(caps) == len([t for t in toks[a:b] if t.lower not in self.determiners]):
            # an unknown capitalised name: a person when it has two or more words or was seen as one,
            # else an organisation; a lone capital opening a sentence is just a capital
            if len(caps) == 1 and not ents and self._opens_sentence(s) and caps[0].lower in self.inverting:
                return None
            kind = "person" if (len(caps) >= 2 and all(c.text.isalpha() or "-" in c.text for c in caps)) \
                or caps[-1].text in self._names or caps[-1].text in self._runs else "organisation"
            if len(caps) == 1 and caps[0].text in self._runs and caps[0].text not in self._names:
                self._remember_name(self._runs[caps[0].text])
            if kind == "person":
                self._remember_name(" ".join(c.text for c in caps))
                name = self._names.get(caps[-1].text)
        if kind is None:
            return None
        if name is None and not caps and toks[a].lower in self.articles:
            # a definite description ("the president", "that agency") names a source given elsewhere
            mods = [t.lower for t in toks[a + 1:b - 1]]
            described = self._described(head or "", mods, s, prior)
            if described:
                return {"text": text, "start": s, "end": e, "name": described["name"], "kind": described["kind"],
                        "role": described.get("role"), "refers_to": {k: described[k] for k in ("text", "start", "end")}}
        if name is None:
            name = text
            first = toks[a].lower
            if first in self.articles and b - a > 1:
                name = self._text[toks[a + 1].start:e]
        return {"text": text, "start": s, "end": e, "name": name, "kind": kind,
                "role": self._role(toks[a:b], name) if kind == "person" else None, "_head": head}

    def _trailing_name(self, a: int, b: int) -> str | None:
        """The run of capitalised words (with name particles) that ends a noun phrase, if not a place."""
        toks = self._toks
        i = b
        while i > a and (self._is_cap(toks[i - 1]) or toks[i - 1].lower in self.name_particles):
            i -= 1
        while i < b and (not self._is_cap(toks[i]) or self._kind_of_word(toks[i].lower)):
            i += 1
        if b - i < 2:
            return None
        # the name starts after the last word that belongs to an organisation or place
        for s, e, label in self._ents_in(toks[i].start, toks[b - 1].end):
            if label != "PER" and toks[i].start <= s < toks[b - 1].end:
                i = bisect_right(self._starts, e - 1)
        if b - i < 2:
            return None
        return self._text[toks[i].start:toks[b - 1].end]

    def _name_runs(self) -> dict[str, str]:
        """Runs of two or three capitalised words that are no place or organisation, by last word:
        the full names a lone surname later stands for."""
        runs: dict[str, str] = {}
        toks = self._toks
        i = 0
        while i < len(toks):
            j = i
            while j < len(toks) and j - i < 3 and toks[j].text[:1].isupper() and toks[j].text.isalpha() \
                    and toks[j].lower not in self.inverting and toks[j].lower not in self.determiners:
                j += 1
            if j - i >= 2 and not self._ents_in(toks[i].start, toks[j - 1].end) or \
                    j - i >= 2 and all(lab == "PER" for _, _, lab in self._ents_in(toks[i].start, toks[j - 1].end)):
                k = bisect_right(self._place_starts, toks[j - 1].end - 1)
                if not (k and self._places[k - 1][1] > toks[i].start):
                    runs.setdefault(toks[j - 1].text, self._text[toks[i].start:toks[j - 1].end])
            i = max(j, i + 1)
        return runs

    def _places_in(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """Places that start in [a, b)."""
        return self._places[bisect_right(self._place_starts, a - 1):bisect_right(self._place_starts, b - 1)]

    def _ents_in(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """Entities that start in [a, b)."""
        i = bisect_right(self._ent_starts, a - 1)
        j = bisect_right(self._ent_starts, b - 1)
        return self._ents[i:j]

    def _opens_sentence(self, s: int) -> bool:
        text = self._text
        while s > 0 and text[s - 1].isspace():
            s -= 1
        return s == 0 or text[s - 1] in ".!?" or text[s - 1] in _QUOTES_CLOSE

    def _described(self, head: str, mods: list[str], s: int, prior: list[dict]) -> dict | None:
        """The source a definite description refers to: an earlier source with the same head noun, else a
        name that follows the same noun elsewhere in the article ("president Jane Doe")."""
        if not head:
            return None
        for c in reversed(prior):
            src = c["source"]
            low = src["text"].lower()
            if src["start"] < s and src.get("_head") == head and low != head and all(m in low for m in mods):
                return src
        # "... reports the Institute. The American think tank speaks of ...": the source just named
        kind = self._kind_of_word(head)
        if prior and kind in ("organisation", "media"):
            src = prior[-1]["source"]
            if src["kind"] == kind and 0 < s - src["end"] < 300 and src.get("_head") != head:
                return src
        lo = max(0, s - 5000)
        for m in re.finditer(rf"(?<!\w){re.escape(head)}\s+", self._text[lo:s + 5000], re.I):
            m = _Shifted(m, lo)
            j = bisect_right(self._starts, m.end() - 1)
            context = self._text[max(0, m.start() - 40):m.start()].lower()
            if j < len(self._toks) and self._toks[j].start == m.end() and self._is_cap(self._toks[j]) \
                    and all(md in context for md in mods):
                e = self._name_end(j, len(self._toks))
                if e - j >= 1:
                    name = self._text[self._toks[j].start:self._toks[e - 1].end]
                    if any(ps <= self._toks[j].start < pe
                           for ps, pe, _ in self._places_in(self._toks[j].start - 200, self._toks[j].start + 1)):
                        continue
                    kind = self._kind_of_word(head)
                    # a role names a person ("president Jane Doe"), a medium names a title ("the paper Gazette")
                    if not ((kind == "person" and (e - j >= 2 or name in self._names))
                            or (kind == "media" and name in self.media)):
                        continue
                    name = self._names.get(name.split()[-1], name)
                    return {"text": name, "start": self._toks[j].start, "end": self._toks[e - 1].end,
                            "name": name, "kind": kind or "organisation"}
        return None

    def _role(self, toks: list[Tok], name: str = "") -> str | None:
        role = [t.text for t in toks if not self._is_cap(t) and self._kind_of_word(t.lower) == "person"]
        if not role:
            return None
        i = next(n for n, t in enumerate(toks) if t.text == role[0])
        out = [role[0]]
        for t in toks[i + 1:]:
            if t.lower in self.links or t.lower in self.articles or (self._is_cap(t) and not any(
                    self._text[s:e].startswith(t.text)
                    for s, e, lab in self._ents_in(toks[0].start, toks[-1].end) if lab == "PER")):
                out.append(t.text)
            else:
                break
        name_words = set(name.split())
        while out and len(out) > 1 and out[-1] in name_words:
            out.pop()
        while out and (out[-1].lower in self.links or out[-1].lower in self.articles):
            out.pop()
        return " ".join(out)

    def _resolve(self, ref: str, words: list[str], s: int, e: int, prior: list[dict]) -> dict | None:
        text = self._text[s:e]
        target = None
        if ref == "person":
            for c in reversed(prior):
                if c["source"]["kind"] == "person" and c["source"]["start"] < s:
                    target = c["source"]
                    break
            if target is None:
                pers = [(es, ee) for es, ee, lab in self._ents_in(max(0, s - 5000), s) if lab == "PER" and ee <= s]
                if pers:
                    es, ee = pers[-1]
                    name = self._names.get(self._text[es:ee].split()[-1], self._text[es:ee])
                    return {"text": text, "start": s, "end": e, "name": name, "kind": "person", "role": None,
                            "refers_to": {"text": self._text[es:ee], "start": es, "end": ee}}
        elif ref == "same_head":
            head = words[-1]
            for c in reversed(prior):
                src = c["source"]
                if head in src["text"].lower() and src["start"] < s:
                    target = src
                    break
        if target is None:
            return None
        return {"text": text, "start": s, "end": e, "name": target["name"], "kind": target["kind"],
                "role": target.get("role"),
                "refers_to": {"text": target["text"], "start": target["start"], "end": target["end"]}}


class _Shifted:
    """A regex match on a slice, with offsets into the whole text."""

    def __init__(self, m, offset: int):
        self._m, self._o = m, offset

    def start(self) -> int:
        return self._m.start() + self._o

    def end(self) -> int:
        return self._m.end() + self._o


def link_quantities(quantities: list[dict], claims: list[dict]) -> None:
    """Set each figure's ``claim`` to the index of the narrowest claim whose span holds it.

    quantities (list[dict]): doc._.quantities, changed in place.
    claims (list[dict]): doc._.claims.
    """
    starts = [q["start"] for q in quantities]
    for q in quantities:
        q["claim"] = None
    for n, c in enumerate(claims):
        i = bisect_right(starts, c["start"] - 1)
        while i < len(quantities) and quantities[i]["start"] < c["end"]:
            q = quantities[i]
            if q["end"] <= c["end"]:
                old = q["claim"]
                if old is None or c["end"] - c["start"] < claims[old]["end"] - claims[old]["start"]:
                    q["claim"] = n
            i += 1
