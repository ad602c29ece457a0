"""Salience: what a word that points back can stand for, among the actors named before it.

A candidate earlier in the sentence or in the two before it is preferred when it was a
subject, when its kind fits what the word owns and when it is recent; a possessive binds to
its own clause's subject, the thing one is credited for is the credited one's, an object is
not its own clause's subject. Coordinated names form groups ("Russia, Belarus and
Kazakhstan") and "the two sides" takes the last group or the two states named most.
``Salience`` holds the document's named actors and this search; ``descriptions.py`` and
``reference.py`` build on it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Token

from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.lexicon.word_classes import COMMISSIVE, HELPED_IN
from pactwatch.extraction.reading import Reading, Ref
from pactwatch.extraction.syntax import (
    CREDITING,
    OBJECT_CONTROL,
    actors_of,
    credited_for,
    lemma,
    subject_token,
)

# verbs by which one thing brings about another, whose subject does not do it: "prompting US
# strikes on", "triggered Israeli raids against"
CAUSING = {"prompt", "trigger", "provoke", "spark", "draw", "invite", "cause", "bring"}
# what is said to someone of what happens if they act: "warned Helsinki ... if it joins"
ADDRESSING = {"warn", "threaten", "caution", "tell", "urge", "advise", "remind", "assure"}


def groups_of(doc: Doc, refs: list[Ref]) -> dict[int, tuple[str, ...]]:
    """Coordinated names ("France, Greece and Cyprus"): the ids of the group each ref is in,
    keyed by the position of the group's last ref."""
    root: dict[int, int] = {}
    by_head = {r.head: k for k, r in enumerate(refs)}
    for k, r in enumerate(refs):
        tok = doc[r.head]
        j = k
        counterpart = tok.head  # "Albanese and his Fijian counterpart Sitiveni Rabuka"
        if tok.dep_ == "appos" and counterpart.i not in by_head and counterpart.dep_ == "conj":
            tok = counterpart if counterpart.head.i in by_head else tok
        while tok.dep_ in ("conj", "appos") and tok.head.i in by_head:
            if tok.dep_ == "appos" and not _two_states(refs[j], refs[by_head[tok.head.i]]):
                break
            tok = tok.head
            j = by_head[tok.i]
        root[k] = j
    members: dict[int, list[int]] = {}
    for k, j in root.items():
        members.setdefault(j, []).append(k)
    for ks in _listed(doc, refs):  # "Bolivia, Peru, and Ecuador", left unlinked by the parse
        if not any(set(ks) <= set(m) for m in members.values()):
            members[ks[-1]] = ks
    out: dict[int, tuple[str, ...]] = {}
    for ks in members.values():
        if len(ks) < 2 or any(refs[k].kind not in ("state", "org", "person") for k in ks):
            continue
        ids: list[str] = []
        for k in ks:
            ids += [i for i in refs[k].ids if i not in ids]
        out[max(refs[k].start for k in ks)] = tuple(ids)
    return out


def _listed(doc: Doc, refs: list[Ref]) -> list[list[int]]:
    """Runs of state names written as a list, "A, B, and C" or "A, B and C": the indices of
    their refs."""
    out: list[list[int]] = []
    run: list[int] = []
    for k, r in enumerate(refs):
        prev = refs[run[-1]] if run else None
        gap = [t.lower_ for t in doc[prev.end : r.start]] if prev is not None else []
        if r.kind == "state" and prev is not None and gap in ([","], ["and"], [",", "and"]):
            run.append(k)
            if gap != [","]:  # the list ends at "and"
                out.append(run) if len(run) >= 3 else None
                run = []
            continue
        run = [k] if r.kind == "state" else []
    return out


def _two_states(a: Ref, b: Ref) -> bool:
    return a.kind == b.kind == "state" and a.ids != b.ids


class Salience:
    """The actors a document names, and which of them a word that points back stands for."""

    def __init__(self, doc: Doc, r: Reading) -> None:
        self.doc, self.r = doc, r
        self.named = sorted(r.refs, key=lambda x: x.start)
        self.named_at = {i for x in self.named for i in range(x.start, x.end)}
        # names coordinated with another ("Germany and Poland"): one of a group, never
        # what "its" stands for
        self.conjuncts = frozenset(x.start for x in self.named if self._conjunct(x))
        self.sent_of = [0] * len(doc)
        for n, s in enumerate(doc.sents):
            for i in range(s.start, s.end):
                self.sent_of[i] = n
        self.groups = groups_of(doc, self.named)
        self.institutions: dict[str, Ref] = {}  # "ministry" -> whose ministry it last was
        orgs = Counter(x.ids[0] for x in self.named if x.kind == "org")
        self.state_counts = Counter(x.ids[0] for x in self.named if x.kind == "state")
        self.main_org = next(
            (x for x in self.named if orgs and x.ids[0] == orgs.most_common(1)[0][0]), None
        )

    def _bound(self, tok: Token, kinds: set[str]) -> Ref | None:
        """A possessive binds to its own clause's subject: "Kim, who offered his support"."""
        if tok.dep_ != "poss" or tok.head.dep_ == "attr":  # "Manila is its ally": not Manila's
            return None
        credited = self._credited(tok, kinds)
        if credited is not None:
            return credited
        aided = self._aided(tok, kinds)
        if aided is not None:
            return aided
        verb = tok.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and verb.dep_ == "xcomp" and lemma(verb.head) in OBJECT_CONTROL:
            # "urged Russia's leadership to honor its word": the one urged does it
            told = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if told is not None:
                told_refs = [x for x in actors_of(self.r, told) if x.kind in kinds]
                return told_refs[0] if told_refs else None
        if subj is None and verb.dep_ in ("acl", "xcomp"):  # "the junta's determination to
            doer, _ = subject_token(verb)  # protect its territory": the junta's
            found_refs = [] if doer is None else actors_of(self.r, doer)
            return next((x for x in found_refs if x.kind in kinds and x.start < tok.i), None)
        if subj is None or subj.i == tok.i or subj.i > tok.i:
            return None
        if subj.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            subj = verb.head
        found = self.r.ref(subj.i)
        return found if found is not None and found.kind in kinds else None

    def _aided(self, tok: Token, kinds: set[str]) -> Ref | None:
        """ "helped Moscow in its war effort": the fight one is helped in is the one
        helped's."""
        noun, prep = tok.head, tok.head.head
        if noun.dep_ != "pobj" or prep.lower_ != "in" or lemma(prep.head) not in HELPED_IN:
            return None
        for obj in prep.head.children:
            found = [x for x in actors_of(self.r, obj) if x.kind in kinds and x.start < tok.i]
            if obj.dep_ == "dobj" and found:
                return found[0]
        return None

    def _credited(self, tok: Token, kinds: set[str]) -> Ref | None:
        """ "thanked Russia for its help", "gratitude to France for its support": a thing
        one is credited or blamed for is the credited one's."""
        gov = credited_for(tok.head, CREDITING)
        if gov is None:
            return None
        told = [c for c in gov.children if c.dep_ == "dobj"]
        told += [k for c in gov.children if c.lower_ == "to" for k in c.children]
        # "imposed sanctions on two firms for their involvement": the firms'
        blamed = [gov, *(c for c in gov.children if c.dep_ == "dobj")]
        told += [k for b in blamed for c in b.children if c.lower_ in ("on", "against")
                 for k in c.children if k.dep_ == "pobj"]  # fmt: skip
        told += [a for k in told for a in k.children if a.dep_ == "appos"]  # "two firms, X and Y"
        for k in told:
            found = [x for x in actors_of(self.r, k) if x.kind in kinds and x.start < tok.i]
            if found and tok.lower_ in cw.PRONOUNS_THEY:  # "their": the conjuncts' too
                also = (x for c in k.conjuncts for x in actors_of(self.r, c))
                found += [x for x in also if x.kind == found[0].kind and x.start < tok.i]
                found = list(dict.fromkeys(found))
            if len(found) > 1:  # "sanctioned Lockheed Martin and Northrop for their sales"
                ids = tuple(dict.fromkeys(x.ids[0] for x in found))
                return replace(found[0], ids=ids)
            if found:
                return found[0]
        return None

    def _subject_ids(self, verb: Token, besides: Token | None = None) -> set[str]:
        """The ids of a verb's subject (none when that subject is ``besides``)."""
        subj, _ = subject_token(verb)
        if subj is None or (besides is not None and subj.i == besides.i):
            return set()
        return {i for x in actors_of(self.r, subj) for i in x.ids}

    def _governing_subjects(self, tok: Token, stated: bool = False) -> set[str]:
        """The actors who are subjects of the clauses a word stands in; with ``stated``, only
        subjects the clauses name themselves, not those they take from a verb above ("warned
        Armenia against ceding ...": Armenia is told, not the subject)."""
        out: set[str] = set()
        for gov in tok.ancestors:
            if gov.pos_ not in ("VERB", "AUX"):
                continue
            if stated and not any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children):
                continue
            out |= self._subject_ids(gov, besides=tok)
        return out

    def _speakers(self, tok: Token) -> frozenset[str]:
        """The states of those who say the clause a word stands in ("Armenian officials say
        that ... the country"): their own country is the likelier one."""
        gov = saying_verb(tok)
        if gov is None:
            return frozenset()
        return frozenset(self.r.speaks_for.get(x, x) for x in self._subject_ids(gov, besides=tok))

    def _addressed(self, tok: Token) -> set[str]:
        """Whom a warning or demand is addressed to, where the pronoun is the subject of its
        condition: "Moscow warned Helsinki of consequences if it joins NATO" (Helsinki)."""
        clause = tok.head
        if tok.dep_ != "nsubj" or clause.dep_ != "advcl" or lemma(clause.head) not in ADDRESSING:
            return set()
        told = [k for k in clause.head.children if k.dep_ in ("dobj", "dative")]
        return {i for k in told for x in actors_of(self.r, k) for i in x.ids}

    def _excluded(self, tok: Token) -> set[str]:
        """An object pronoun is not its own clause's subject: "Moscow ... persuading it"."""
        if tok.dep_ == "poss" and tok.head.dep_ == "attr":  # "Manila is its oldest ally"
            return self._subject_ids(tok.head.head)
        struck = self._striker(tok)
        if struck:  # "US and British strikes on their positions": not the strikers'
            return struck
        owned = tok.head
        if tok.dep_ == "poss" and owned.dep_ == "dobj" and lemma(owned.head) in EXPELLING:
            return self._subject_ids(owned.head)  # "Mali expelled its forces": another's
        if tok.dep_ not in ("dobj", "pobj", "dative"):
            return set()
        return self._subject_ids(tok.head if tok.dep_ != "pobj" else tok.head.head, besides=tok)

    def _striker(self, tok: Token) -> set[str]:
        """Who strikes what a possessive's noun names, where that noun is what is struck:
        "US strikes on their positions", "Israel struck against their bases"."""
        prep = tok.head.head
        if tok.dep_ != "poss" or tok.head.dep_ != "pobj" or prep.lower_ not in ("on", "against"):
            return set()
        blow, blows = prep.head, cw.BLOWS | {"strike"}
        if blow.pos_ in ("VERB", "AUX"):  # "carried out strikes on", "prompting strikes on"
            done = [k for k in blow.children if k.dep_ == "dobj" and lemma(k) in blows]
            if not done:
                return self._subject_ids(blow) if lemma(blow) in blows else set()
            blow = done[0]
            if lemma(prep.head) not in CAUSING:
                return self._subject_ids(prep.head) | self._striker_named(blow)
        if lemma(blow) not in blows:
            return set()
        return self._striker_named(blow)

    def _striker_named(self, blow: Token) -> set[str]:
        """The strikers a blow's noun names ("US and British strikes"), or the subject of the
        verb that makes it ("Israeli jets carried out strikes")."""
        mods = [c for c in blow.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        mods += [k for c in mods for k in c.conjuncts]
        named = {i for c in mods if (x := self.r.ref(c.i)) is not None for i in x.ids}
        maker = blow.head
        if not named and blow.dep_ == "dobj" and lemma(maker) not in CAUSING:
            named = self._subject_ids(maker)
        return named

    def _candidate(
        self,
        i: int,
        seen: list[Ref],
        kinds: set[str],
        pref: str | None,
        single: bool = False,
        speakers: frozenset[str] = frozenset(),
        skip: frozenset[int] = frozenset(),
        region: set[str] | None = None,
    ) -> Ref | None:
        bound = self._bound(self.doc[i], kinds)
        if region is not None and bound is not None and not set(bound.ids) <= region:
            bound = None  # "Moscow will base its warships on the Red Sea state's shore": not Moscow
        # a thing one is credited or blamed for is theirs, whatever kind the pronoun prefers
        if bound is not None and (
            pref is None or bound.kind == pref or self._credited(self.doc[i], kinds) is not None
        ):
            return bound
        here = self.sent_of[i]
        excluded = self._excluded(self.doc[i])
        tok = self.doc[i]
        # "the US warned Beijing that Manila is its ally": the one who says it; "Washington
        # assured Tokyo that it will defend the islands": the one who promises
        promised = (
            tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and lemma(tok.head.head) in COMMISSIVE
        )
        said_by = self._governing_subjects(tok) if tok.head.dep_ == "attr" or promised else set()
        addressed = self._addressed(tok)
        best, best_score = None, -1e9
        for ref in reversed(seen):
            if ref.start in skip:
                continue
            by_role = ref.kind == "person" and kinds == {"state"}
            if by_role and ref.ids[0] in self.r.speaks_for:  # "Armenia's prime minister"
                ref = replace(ref, ids=(self.r.speaks_for[ref.ids[0]],), kind="state")
            if ref.kind not in kinds or (ref.how == "pronoun" and ref.kind == "group"):
                continue
            if (single and len(ref.ids) > 1 and ref.kind != "person") or set(ref.ids) & excluded:
                continue
            back = here - self.sent_of[ref.start]
            if back > 2:
                break
            score = 3.0 - 1.5 * back
            dep = self.doc[ref.head].dep_ if not by_role else ""
            if dep in ("nsubj", "nsubjpass"):
                score += 1.5
            elif dep == "poss" and self.doc[ref.head].head.dep_ in ("nsubj", "nsubjpass"):
                score += 1
            elif dep in ("amod", "compound") and _state_subject(self.doc[ref.head].head):
                # "'The Armenian side has not acted,' he said, referring to its ...": the state
                # as the subject of a clause before, not of the clause "its" is in ("The
                # Chinese government accused Manila of sending its coast guard": Manila's)
                verb = self.doc[ref.head].head.head
                score += 1.5 if back or not verb.left_edge.i <= i <= verb.right_edge.i else 0
            if back == 0:
                score += 0.02 * (ref.start - i)  # nearer is likelier within a sentence
            if pref is not None and ref.kind == pref:
                score += 3
            if ref.how == "demonym" or by_role:
                score -= 1
            if _venue(self.doc[ref.head]):  # "offered Georgia a package at a summit in the
                score -= 2  # United Kingdom that could make the country's membership ..."
            if set(ref.ids) & (said_by | speakers):
                score += 1.5
            if set(ref.ids) & addressed:
                score += 2
            score += ref.start / 100000
            if score > best_score:
                best, best_score = ref, score
        return best

    def _group(
        self,
        i: int,
        seen: list[Ref],
        last_group: tuple[tuple[str, ...], int] | None,
        size: int = 2,
        countries: bool = False,
        head: int = 0,
        exact: bool = False,
        leaders: bool = False,
    ) -> tuple[str, ...]:
        """ "the two sides": the last coordinated group (or group phrase), else the two
        states named most in the last sentences and its own; "the trio": three, and a
        group of another size is not it. A group said to be countries or nations is of
        states: people in the last group stand for the states they speak for."""
        near = last_group and self.sent_of[i] - self.sent_of[last_group[1]] <= 3
        named = last_group[0] if last_group and near else ()
        if leaders:  # "the presidents": the people of the group, with whoever met them
            met = self._met_by(last_group[1]) if last_group and near and named else ()
            named = tuple(x for x in (*met, *named) if x in self.r.speaks_for)
            named = tuple(dict.fromkeys(named))
        if countries:  # "Rubio and Lezcano ... both countries": the states they speak for
            named = tuple(dict.fromkeys(self.r.speaks_for.get(x, x) for x in named))
            named = tuple(x for x in named if self.r.know.is_state(x))
        other_group: set[str] = set()
        if exact and len(named) > size:  # "Tokyo, Seoul and Canberra criticised ... the two
            named, other_group = (), set(named)  # countries": others than those, if any
        if len(named) >= size:
            return named
        size = max(size, len(named))
        # the states named most in the last sentences, the people's by their office ("Putin
        # visited Hanoi ... Vietnam ... the two countries"); the later named first on a tie;
        # not the one acting on the pair ("Rubio urged both nations to de-escalate")
        others = {self.r.speaks_for.get(x, x) for x in self._acting_on(self.doc[head])}
        tally: dict[str, float] = {}
        here: set[str] = set()
        last: dict[str, int] = {}
        # named later in its own sentence as who says it: "The two militaries will ..., the
        # Chinese ministry said" (not "these countries turned to Russia")
        speakers = {
            t.i
            for v in self.doc[head].ancestors
            if lemma(v) in cw.REPORTING
            for k in v.children
            if k.dep_ == "nsubj"
            for t in k.subtree
        }
        for ref in reversed(seen):
            if self.sent_of[i] - self.sent_of[ref.start] > 3:
                break
            if len(ref.ids) != 1:
                continue
            ident, weight = ref.ids[0], 1.0
            if ref.kind == "person" and ident in self.r.speaks_for:
                ident, weight = self.r.speaks_for[ident], 0.5
            elif ref.kind != "state" or (leaders and ref.how not in ("demonym", "role")):
                continue  # "both leaders": people and their "Tanzanian counterpart", not
                # the venue "met in Abu Dhabi"
            if not self.r.know.is_state(ident) or (ident in others and ident not in named):
                continue
            tally[ident] = tally.get(ident, 0.0) + weight
            last.setdefault(ident, ref.start)
            if self.sent_of[ref.start] == self.sent_of[i]:
                here.add(ident)
        ranked = sorted(tally, key=lambda x: (x not in named, x not in here, -tally[x], -last[x]))
        if other_group and last_group:  # of the group, only those named again after it
            after = self.sent_of[last_group[1]]
            again = {
                self.r.speaks_for.get(x.ids[0], x.ids[0])
                for x in seen
                if self.sent_of[x.start] > after
            }
            ranked = [x for x in ranked if x not in other_group or x in again]
        fillers = [] if leaders else self.named  # "the presidents": only the group's people
        for ref in fillers:  # only to fill a missing slot: not "Thailand accused Cambodia
            said_by = ref.start > head and ref.head in speakers  # ... the two countries
            ident = self.r.speaks_for.get(ref.ids[0], ref.ids[0])  # should talk, China said"
            if said_by and self.r.know.is_state(ident) and ident not in ranked + list(others):
                ranked.append(ident)
                last[ident] = ref.start
        if len(ranked) < size:
            return ()
        return tuple(sorted(ranked[:size], key=lambda x: last[x]))

    def _met_by(self, start: int) -> tuple[str, ...]:
        """The person whose verb a group is the object of: "Xi met Putin and Lukashenko"."""
        tok = self.doc[start]
        while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:  # "Putin and Lukashenko"
            tok = tok.head
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "with" else tok.head
        if tok.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
            return ()
        subj = {k.i for k in verb.children if k.dep_ == "nsubj"}
        return tuple(x.ids[0] for x in self.named if x.head in subj and x.kind == "person")

    def _acting_on(self, tok: Token) -> set[str]:
        """Who acts on a group in the object of a clause ("urged both nations", "spoke with
        leaders from both countries"): the clause's subject; none for a group between or
        among whom something is, nor for a coordinated verb whose subject the parse shares."""
        while tok.dep_ in ("pobj", "dobj", "dative", "prep") and tok.pos_ not in ("VERB", "AUX"):
            if tok.dep_ == "pobj" and tok.head.lower_ in ("between", "among", "of"):
                return set()
            tok = tok.head
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ == "conj":
            return set()
        return self._subject_ids(tok)

    def _conjunct(self, ref: Ref) -> bool:
        """A name coordinated with another ("Germany and Poland"): one of a group."""
        tok = self.doc[ref.head]
        if tok.dep_ == "conj" and tok.head.i in self.named_at:
            return True
        return any(c.dep_ == "conj" and c.i in self.named_at for c in tok.children)


# verbs of putting others' forces or envoys out, whose own subject owns none of them
EXPELLING = {"expel", "evict", "oust", "kick", "throw", "banish"}
# gatherings whose place a state is named as: "a summit in the United Kingdom"
VENUED = {"summit", "meeting", "talk", "conference", "visit", "forum", "ceremony", "session"}


def _venue(tok: Token) -> bool:
    """A state named as where a gathering is held ("at a summit in the United Kingdom")."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ in ("in", "at")
        and prep.head.pos_ == "NOUN"
        and lemma(prep.head) in VENUED
    )


def _state_subject(noun: Token) -> bool:
    """A subject that stands for its state: "the Armenian side", "the Turkish government"
    (not "a North Korean strike")."""
    return noun.dep_ == "nsubj" and lemma(noun) in cw.INSTITUTIONS


def saying_verb(tok: Token) -> Token | None:
    """The verb of saying whose clausal complement a word stands in ("officials say that
    ... the country"), not one it is a phrase of ("commented on the country's exit")."""
    child = tok
    for gov in tok.ancestors:
        if child.dep_ == "ccomp" and gov.pos_ in ("VERB", "AUX") and lemma(gov) in cw.REPORTING:
            return gov
        child = gov
    return None
