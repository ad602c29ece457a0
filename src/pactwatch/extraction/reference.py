"""What pronouns and descriptions point to: "it", "its allies", "they", "he", "the bloc",
"the country", "the two sides", "the minister".

Resolution runs in reading order over the parse, on salience: a candidate earlier in the
sentence or in the two before it, preferred when it was a subject, when its kind fits what the
pronoun owns ("its territory" is a state's, "its secretariat" an organization's) and when it is
recent. Coordinated names ("Russia, Belarus and Kazakhstan") form groups that "they" and "the
two countries" take. "We" is resolved later, once the speaker is known (``attribution.py``).
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from pactwatch.extraction import away_words as aw
from pactwatch.extraction import cue_words as cw
from pactwatch.extraction import lexicon as lx
from pactwatch.extraction.mentions import note_text_office
from pactwatch.extraction.reading import Reading, Ref, RefKind, guarded
from pactwatch.extraction.syntax import (
    CREDITING,
    OBJECT_CONTROL,
    OWNED,
    actors_of,
    credited_for,
    lemma,
    parties_said,
    subject_token,
)

ORG_OWNED = {
    "member", "ally", "secretary", "charter", "statute", "summit", "secretariat", "staff",
    "headquarters", "mandate", "budget", "obligation", "mission", "reserve",
    "expenditure", "event", "exercise", "leader", "structure", "body", "chairmanship",
    "founding", "founder", "contingent",
}  # fmt: skip
STATE_OWNED = {
    "territory", "border", "army", "force", "government", "membership", "participation",
    "sovereignty", "security", "people", "parliament", "independence", "neighbor",
    "neighbour", "capital", "citizen", "constitution", "contribution", "soldier", "troop",
    "economy", "president", "leadership", "foreign", "defense", "interest", "military",
    "minister", "ministry", "region", "policy", "authorities", "airspace", "debt",
}  # fmt: skip
# a state's land, which "they" and "their" never stand for (its people or forces may)
LANDS = {"territory", "border", "soil", "airspace", "frontier", "capital", "region", "coast"}
INSTITUTION_COREF = {"ministry", "government", "parliament", "presidency", "administration"}
INSTITUTION_COREF |= {"authorities", "authority", "leadership", "junta", "cabinet", "military"}
INSTITUTION_COREF |= {"army", "legislature", "assembly", "kremlin", "side"}
LEAVING = {"withdraw", "exit", "pull", "secede", "withdrawal"}  # "withdrawn from it"
ATTACKED = {"attack", "invade", "strike", "threaten", "assault", "target"}  # "if it is attacked"
AGREEMENT_VERBS = {"enter", "sign", "ratify", "expire", "approve", "cover", "apply", "provide"}
AGREEMENT_VERBS |= {"commit", "oblige", "bind", "allow", "let", "grant", "amend", "renew", "extend"}
AGREEMENT_VERBS |= {"terminate", "conclude", "ink", "revoke", "denounce", "invoke", "stipulate"}
# Verbs of asking: what their clause says is asked of another than their subject
DEMANDING = {"demand", "urge", "ask", "insist", "request", "press", "call", "want", "require"}
# what is said to someone of what happens if they act: "warned Helsinki ... if it joins"
ADDRESSING = {"warn", "threaten", "caution", "tell", "urge", "advise", "remind", "assure"}
# what is done to an agreement by a state: the one doing it is no agreement
DONE_BY = {"sign", "ratify", "approve", "amend", "renew", "terminate", "conclude", "ink"}
DONE_BY |= {"revoke", "denounce", "invoke"}
MEMBERSHIP_VERBS = {"leave", "join", "quit", "exit", "rejoin", "enter", "withdraw", "abandon"}
GROUP_PHRASES: tuple[str, ...] = (
    "the two countries",
    "the two sides",
    "both sides",
    "both countries",
    "the two",
)
GROUP_PHRASES += ("the two states", "the parties", "both parties", "those two", "these two")
GROUP_PHRASES += ("the allies", "these countries", "those countries", "the three countries")
GROUP_PHRASES += ("the two nations", "the three", "the two governments", "the member states")
GROUP_PHRASES += ("the trio", "the three states", "the three nations", "all three")
GROUP_PHRASES += ("both nations", "both states", "the two allies")
GROUP_PHRASES += ("the countries",)  # "approved by the countries' legislatures"
KOREAS = {"North": "PRK", "South": "KOR"}  # "the North" in an article on the two Koreas
# each of a pair, which a pledge binds both ways: "each country would provide assistance"
GROUP_PHRASES += ("each country", "each party", "each state", "each nation")  # not "on each
# side of the border"
GROUP_PHRASES += ("the two neighbours", "the two neighbors", "both neighbours", "both neighbors")
GROUP_PHRASES += ("the two rivals", "the two powers", "both allies", "the two partners")
# said by one of the pair: "the friendship between our two nations"
GROUP_PHRASES += (
    "our two nations",
    "our two countries",
    "their two countries",
    "their two nations",
)
# the leaders of a pair named before, who stand for their states: "Ruto and his Tanzanian
# counterpart ... the presidents then signed"
GROUP_PHRASES += ("the prime ministers", "the presidents", "both leaders", "both presidents")
FIRST_WORDS = {p.split()[0] for p in GROUP_PHRASES}
# the members of a bloc named before, together: "NATO ... the allies agreed"
BLOC_MEMBERS = {("the", "allies"), ("the", "member", "states"), ("allies",)}
# what makes "allies" someone's own ("its allies", "US allies", "Western allies", "two allies")
OWNING_DEPS = {"det", "poss", "amod", "compound", "nummod", "nmod"}
# what makes bare "allies" some allies only ("allies such as Hungary", "allies in Washington",
# "allies led by Poland", "allies, including Poland"): not the bloc together
SOME_DEPS = {"prep", "acl", "relcl", "appos"}
COUNTRY_NOUNS = {"countries", "nations", "states", "governments"}
LEADER_NOUNS = {"leaders", "presidents", "ministers"}
DETERMINERS = {"the", "this", "that", "these", "those", "its", "their", "our"}


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
    out: dict[int, tuple[str, ...]] = {}
    for ks in members.values():
        if len(ks) < 2 or any(refs[k].kind not in ("state", "org", "person") for k in ks):
            continue
        ids: list[str] = []
        for k in ks:
            ids += [i for i in refs[k].ids if i not in ids]
        out[max(refs[k].start for k in ks)] = tuple(ids)
    return out


def _two_states(a: Ref, b: Ref) -> bool:
    return a.kind == b.kind == "state" and a.ids != b.ids


class Resolver:
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
        self.pair_agreement = self._pair_agreement()
        self.main_org = next(
            (x for x in self.named if orgs and x.ids[0] == orgs.most_common(1)[0][0]), None
        )

    def _owner_pref(self, tok: Token) -> str | None:
        """What a possessive pronoun's noun says about its owner: a state or an organization;
        what one leaves or joins is an organization."""
        if (
            tok.dep_ in ("dobj", "pobj")
            and lemma(tok.head if tok.dep_ == "dobj" else tok.head.head) in MEMBERSHIP_VERBS
        ):
            return "org"
        if tok.dep_ != "poss":
            return None
        noun = lemma(tok.head)
        if noun in cw.DESCRIPTIONS_RELATION and tok.head.tag_ == "NN":
            return "state"  # "its partner": one state's partner is another state
        if noun in ORG_OWNED:
            return "org"
        if noun in STATE_OWNED:
            return "state"
        return None

    def _pair_agreement(self) -> str | None:
        """The agreement of the knowledge base between the two states a document names most
        (what "the agreement" means in an article about a US–Finland pact)."""
        top = [s for s, _ in self.state_counts.most_common(2)]
        if len(top) < 2:
            return None
        know = self.r.know
        found = [ag for ag in know.bilateral if know.parties.get(ag, set()) == set(top)]
        return found[0] if len(found) == 1 else None

    def _fits_pair(self, noun: Token, agreement: str) -> bool:
        """Whether the states an agreement's noun says it is with ("the pact with Russia",
        "the deal between Rabat and Madrid") are among the agreement's parties."""
        parties = self.r.know.parties.get(agreement, set())
        partners = [*self._partner_states(noun), *self._partner_states(noun, "org")]
        return all(set(ref.ids) <= parties for ref in partners)

    def _with_sentence_state(self, noun: Token, partners: list[Ref]) -> str | None:
        """The one agreement of the knowledge base between the state (or body) an agreement's
        noun says it is with and a state its sentence names: "North Korea's leader ratified
        the treaty with Russia"; where it names none, the state the document is about."""
        if len(partners) != 1:
            return None
        partner = partners[0].ids[0]
        sent = noun.sent
        here = set()
        for x in self.named:
            if sent.start <= x.start < sent.end and x.start < noun.i:
                state = x.ids[0] if x.kind == "state" else self.r.speaks_for.get(x.ids[0])
                here |= {state} if state is not None and state != partner else set()
        if not here and self.r.focus is not None and self.r.focus != partner:
            here = {self.r.focus}  # "a draft of the pact with the EU": the main state's
        know = self.r.know
        found = {
            ag
            for ag in know.bilateral
            if len(know.parties.get(ag, set())) == 2
            and partner in know.parties.get(ag, set())
            and know.parties.get(ag, set()) & here
        }
        kinds = {
            lx.SPELLING.get(lemma(c), lemma(c))
            for c in noun.lefts
            if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")
        } - lx.PACT_EPITHETS
        if kinds:  # "the association agreement with the EU": not its security pact
            found = {ag for ag in found if kinds & know.name_words.get(ag, set())}
        if len(found) > 1:
            found = self._described_by(noun, found)
        return found.pop() if len(found) == 1 else None

    def _described_by(self, noun: Token, found: set[str]) -> set[str]:
        """Of several agreements of a pair, those the noun's own modifiers describe: "the
        friendship treaty with Russia" is the pair's friendship treaty, "the airbase deal" the
        one that grants bases; all of them where the modifiers say nothing."""
        words = {lemma(c) for c in noun.lefts if c.dep_ in ("compound", "amod")}
        know = self.r.know
        named = {ag for ag in found if words & know.name_words.get(ag, set())}
        if named:
            return named
        if any("base" in w for w in words):
            return {ag for ag in found if ag in know.basing} or found
        return found

    def _defended(self, tok: Token) -> Ref | None:
        """Who "it" is when it is attacked in the condition of a pledge: the one defended
        ("France would defend Greece if it were attacked", "come to Greece's aid if it is
        invaded"), not the one who defends."""
        clause = tok.head
        if tok.dep_ != "nsubjpass" or lemma(clause) not in ATTACKED or clause.dep_ != "advcl":
            return None
        if not any(m.dep_ == "mark" and m.lower_ in cw.IF for m in clause.children):
            return None
        pledge = clause.head
        if lemma(pledge) == "come":  # "come to Greece's aid": its owner
            helped = [
                c for p in pledge.children if p.lower_ == "to" for o in p.children
                for c in o.children if c.dep_ == "poss"
            ]  # fmt: skip
        elif lemma(pledge) in aw.DEFENDING:
            helped = [c for c in pledge.children if c.dep_ in ("dobj", "dative")]
        else:
            return None
        found = [self.r.ref(h.i) for h in helped]
        states = [x for x in found if x is not None and x.kind == "state"]
        return states[0] if len(states) == 1 else None

    def _parties_in(self, agreement: Ref, partners: list[Ref]) -> bool:
        """Whether a reference is to an agreement the partners are all parties to."""
        parties = self.r.know.parties.get(agreement.ids[0], set())
        return agreement.kind == "agreement" and all(set(x.ids) <= parties for x in partners)

    def _partner_states(self, noun: Token, kind: str = "state") -> list[Ref]:
        """The states (or bodies) an agreement's noun says it is with or between."""
        out = []
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("with", "between"):
                continue
            for obj in prep.children:
                for tok in (obj, *obj.conjuncts):
                    ref = self.r.ref(tok.i)
                    if ref is not None and ref.kind == kind:
                        out.append(ref)
        return out

    def _dated_agreement(self, tok: Token) -> str | None:
        """An agreement described rather than named ("an interstate agreement of 1995", "the
        trilateral statement", "the peace treaty"): the one agreement of the knowledge base
        between states the document names that fits the year, the number of parties and the
        kind of document the description gives."""
        year = _year(tok)
        words = {lemma(c) for c in tok.lefts} | {lemma(tok)}
        n_parties = parties_said(tok)
        peace = "peace" in words
        if year is None and n_parties is None and not peace:
            return None
        named = {x.ids[0] for x in self.named if x.kind == "state"}
        sides = self._sides(tok, n_parties or 2) if year is None and not peace else None
        know = self.r.know
        found = []
        for ag in know.bilateral:
            parties = know.parties.get(ag, set())
            if len(parties & named) < 2 and not (year and parties & named):
                continue
            if sides is not None and not _fits(parties, *sides):
                continue  # "the US and Papua New Guinea signed a bilateral pact": theirs,
                # not the US–Japan treaty of a document that names Japan in passing
            when = know.signed.get(ag)
            if year is not None and (when is None or when.start.year != year):
                continue
            if n_parties is not None and len(parties) != n_parties:
                continue
            agreement = know.agreements.get(ag)
            name = " ".join([agreement.name, *agreement.aliases]).lower() if agreement else ""
            if peace and "peace" not in name:
                continue
            if peace and year is None and not parties <= named:
                continue  # "Congo and Rwanda signed a peace agreement": theirs, not a bloc's
                # protocol on peace and security whose members they are among others
            found.append(ag)
        # of several, the one whose parties the document names most: "Washington will defend
        # Manila under the 1951 treaty" is theirs, not ANZUS of the same year
        most = max((len(know.parties.get(ag, set()) & named) for ag in found), default=0)
        found = [ag for ag in found if len(know.parties.get(ag, set()) & named) == most]
        return found[0] if len(found) == 1 else None

    def _between_named(self, tok: Token, recent: bool) -> str | None:
        """ "the accord between Moscow and Pyongyang": the one agreement of the knowledge base
        of exactly the states the noun names, signed by the document's date (``recent``, for
        "a pact between ...": within the year before it, or it is another)."""
        partners = [*self._partner_states(tok), *self._partner_states(tok, "org")]
        parties = {i for x in partners for i in x.ids}  # "between Ukraine and the EU" too
        if len(parties) < 2:
            return None
        know, day = self.r.know, self.r.anchor
        found = []
        for ag in sorted(know.bilateral):
            when = know.signed.get(ag)
            if know.parties.get(ag, set()) != parties or when is None:
                continue
            if day is not None and (when.start > day or (recent and (day - when.start).days > 366)):
                continue
            found.append(ag)
        return found[0] if len(found) == 1 else None

    def _sides(self, tok: Token, n: int) -> tuple[set[str], bool]:
        """Whose agreement "a bilateral pact" can be: the states its sentence names (or
        whose leaders it names), all of its parties; or, where it names fewer than ``n``,
        two of those and the ``n`` the document names most (the second of the pair: whether
        all parties must be among them)."""
        sent = tok.sent
        here = set()
        for x in self.named:
            if sent.start <= x.start < sent.end:
                state = x.ids[0] if x.kind == "state" else self.r.speaks_for.get(x.ids[0])
                here |= {state} if state else set()
        if len(here) >= n:
            return here, True
        return here | {s for s, _ in self.state_counts.most_common(n)}, False

    def _mission(self, tok: Token) -> str | None:
        """ "its unarmed observer mission in Georgia": the mandate of the KB's mission of
        that deployer in that host."""
        know = self.r.know
        owner = None
        for c in tok.lefts:
            ref = self.r.ref(c.i)
            if c.dep_ in ("poss", "compound", "amod") and ref is not None:
                owner = ref.ids[0]
        if owner is None:
            for c in tok.lefts:
                if c.dep_ == "poss" and c.lower_ in ("its", "their"):
                    it = self._candidate(
                        c.i, [x for x in self.named if x.start < c.i], {"org", "state"}, "org"
                    )
                    owner = it.ids[0] if it is not None else None
        hosts = {
            ref.ids[0]
            for p in tok.rights
            if p.lower_ in ("in", "to")
            for o in p.children
            if (ref := self.r.ref(o.i)) is not None
        }
        found = [
            ag
            for ag, (by, host) in know.missions.items()
            if (owner is None or by == owner)
            and (not hosts or host in hosts)
            and (owner is not None or hosts)
        ]
        return found[0] if len(found) == 1 else None

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
        if noun.dep_ != "pobj" or prep.lower_ != "in" or lemma(prep.head) not in lx.HELPED_IN:
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
        for k in told:
            found = [x for x in actors_of(self.r, k) if x.kind in kinds and x.start < tok.i]
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
        gov = _saying_verb(tok)
        if gov is None:
            return frozenset()
        return frozenset(self.r.speaks_for.get(x, x) for x in self._subject_ids(gov, besides=tok))

    def _plural_sayers(self, tok: Token) -> set[str]:
        """The states of the people who say the clause "they" is the subject of, where they
        are named as a plural ("Armenian officials say that they ..."): "they" are them."""
        gov = _saying_verb(tok) if tok.dep_ == "nsubj" else None
        said_by = [k for k in gov.children if k.dep_ == "nsubj"] if gov is not None else []
        if gov is None or not said_by or said_by[0].tag_ != "NNS" or said_by[0].pos_ != "NOUN":
            return set()
        return {x for x in self._subject_ids(gov, besides=tok) if self.r.know.is_state(x)}

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
        if tok.dep_ not in ("dobj", "pobj", "dative"):
            return set()
        return self._subject_ids(tok.head if tok.dep_ != "pobj" else tok.head.head, besides=tok)

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
            bound = None  # "Russia will station ships on the African country's coast": no Russia
        if bound is not None and (pref is None or bound.kind == pref):
            return bound
        here = self.sent_of[i]
        excluded = self._excluded(self.doc[i])
        tok = self.doc[i]
        # "the US warned Beijing that Manila is its ally": the one who says it; "Washington
        # assured Tokyo that it will defend the islands": the one who promises
        promised = (
            tok.dep_ == "nsubj"
            and tok.head.dep_ == "ccomp"
            and lemma(tok.head.head) in lx.COMMISSIVE
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

    def _plural(self, i: int, seen: list[Ref]) -> Ref | None:
        """The owner of the last plural people or forces: "Russian border guards ... their"."""
        for ref in reversed(seen):
            if self.sent_of[i] - self.sent_of[ref.start] > 1:
                return None
            tok = self.doc[ref.head]
            noun = tok.head
            if tok.dep_ == "pobj" and noun.lower_ in ("from", "of"):
                noun = noun.head  # "troops from North Korea ... their units"
            if lemma(noun) in LANDS:
                continue  # "stationed along Armenia's borders. Their presence": not the borders
            if (
                (tok.dep_ in ("amod", "compound", "poss") and noun.tag_ == "NNPS")
                or noun.tag_ == "NNS"
            ) and (lemma(noun) in cw.INSTITUTIONS or lemma(noun) in OWNED):
                return ref
        return None

    def pairs(self) -> list[Ref]:
        """ "the American-Swedish one", "the US-Sweden agreement": the knowledge base's
        bilateral agreement between the two, named by its parties."""
        doc, know = self.doc, self.r.know
        out: list[Ref] = []
        for a, b in zip(self.named, self.named[1:], strict=False):
            if a.kind != "state" or b.kind != "state" or b.start - a.end != 1:
                continue
            if doc[a.end].text not in ("-", "–", "/") or b.end >= len(doc):
                continue
            # "the Russia-Iran comprehensive strategic treaty": a few words may come between
            nouns = [t for t in doc[b.end : b.end + 4] if not t.is_punct]
            noun = next(
                (
                    t
                    for t in nouns
                    if lemma(t) in cw.DESCRIPTIONS_AGREEMENT | {"one", "dca", "pact"}
                ),
                None,
            )
            if noun is None or any(t.pos_ == "VERB" for t in doc[b.end : noun.i]):
                continue
            pair = {a.ids[0], b.ids[0]}
            found = [ag for ag in know.bilateral if know.parties.get(ag, set()) == pair]
            if len(found) == 1:
                out.append(Ref(a.start, noun.i + 1, (found[0],), "agreement", "pair", noun.i))
        return out

    def resolve(self) -> list[Ref]:
        doc, r = self.doc, self.r
        out: list[Ref] = []
        seen: list[Ref] = []
        by_start = {x.start: x for x in self.named}
        last_group: tuple[tuple[str, ...], int] | None = None
        i = 0
        while i < len(doc):
            tok = doc[i]
            if tok.pos_ in ("NOUN", "PROPN") and lemma(tok) in INSTITUTION_COREF:
                found = {x.start: x for x in seen}  # "its parliament": a pronoun resolved
                owners = [found.get(c.i) or self.r.ref(c.i) for c in tok.lefts]
                owner = next((x for x in owners if x is not None), None)
                if owner is not None and owner.kind in ("state", "org"):
                    self.institutions[lemma(tok)] = owner
            if i in by_start:
                ref = by_start[i]
                seen.append(ref)
                if ref.start in self.groups:
                    last_group = (self.groups[ref.start], i)
                i = max(ref.end, i + 1)
                continue
            tok = doc[i]
            low = tok.lower_
            bare = not any(k.dep_ in OWNING_DEPS | SOME_DEPS for k in tok.children)
            if low == "allies" and bare and tok.dep_ in ("nsubj", "nsubjpass"):
                bloc = self._bloc_of_members(i, 1, seen, last_group)  # "At the summit, allies
                if bloc is not None:  # agreed": the bloc named before, as "the allies" is
                    out.append(Ref(i, i + 1, (bloc,), "org", "pronoun", i))
                    i += 1
                    continue
            n = _phrase(doc, i, GROUP_PHRASES)
            if n:
                n = _group_noun(doc, i, n)
                words = {t.lower_ for t in doc[i : i + n]}
                size = 3 if {"three", "trio"} & words else 2
                leaders = bool(words & LEADER_NOUNS)
                of = any(k.lower_ == "of" for k in doc[i + n - 1].children)
                if leaders and of:  # "the presidents of Poland and Lithuania": those named
                    i += 1
                    continue
                countries = leaders or bool(words & COUNTRY_NOUNS)
                exact = bool(words & {"two", "both", "three", "trio"})
                bloc = self._bloc_of_members(i, n, seen, last_group)
                if bloc is not None:  # "NATO ... the allies said": the bloc speaks
                    out.append(Ref(i, i + n, (bloc,), "org", "pronoun", i + n - 1))
                    i += n
                    continue
                ids = self._group(i, seen, last_group, size, countries, i + n - 1, exact, leaders)
                if ids:
                    out.append(Ref(i, i + n, ids, "state", "pronoun", i + n - 1))
                    last_group = (ids, i)  # "the two countries said their ...": the same pair
                    i += n
                    continue
            new_ref = self._one(tok, low, seen, last_group)
            if new_ref is not None:
                out.append(new_ref)
                seen.append(new_ref)
            i += 1
        r.refs = sorted(self.named + out, key=lambda x: x.start)
        r.index(len(doc))
        return out

    def _bloc_of_members(
        self, i: int, n: int, seen: list[Ref], last_group: tuple[tuple[str, ...], int] | None
    ) -> str | None:
        """ "the allies", "the member states" after a defence bloc named in the last
        sentences, and after any group of states named: the bloc, its members together."""
        if tuple(t.lower_ for t in self.doc[i : i + n]) not in BLOC_MEMBERS:
            return None
        if any(k.dep_ == "prep" and k.lower_ == "of" for k in self.doc[i + n - 1].children):
            return None  # "the allies of Ukraine": its backers, not a bloc
        for ref in reversed(seen):
            if self.sent_of[i] - self.sent_of[ref.start] > 3:
                return None
            if last_group is not None and ref.start < last_group[1]:
                return None  # "the US and Japan ... the allies": the pair
            if ref.kind == "org" and ref.ids[0] in self.r.know.pledges:
                return ref.ids[0]
        return None

    def _states_before(self, tok: Token) -> set[str]:
        """The states a title's modifiers name ("the Australian prime minister")."""
        refs = [self.r.ref(c.i) for c in tok.lefts if c.dep_ in ("amod", "compound")]
        return {x.ids[0] for x in refs if x is not None and x.kind == "state" and len(x.ids) == 1}

    def _korea(self, tok: Token) -> str | None:
        """ "the North" and "the South" alone, in a document that names both Koreas: the one
        it says (not "the North Atlantic", "the North of the country")."""
        if tok.text not in KOREAS or tok.i == 0 or tok.nbor(-1).lower_ != "the":
            return None
        after = tok.nbor(1) if tok.i + 1 < len(self.doc) else None
        if after is not None and (after.text[:1].isupper() or after.lower_ == "of"):
            return None
        named = {x.ids[0] for x in self.named if x.kind == "state"}
        return KOREAS[tok.text] if set(KOREAS.values()) <= named else None

    def _conjunct(self, ref: Ref) -> bool:
        """A name coordinated with another ("Germany and Poland"): one of a group."""
        tok = self.doc[ref.head]
        if tok.dep_ == "conj" and tok.head.i in self.named_at:
            return True
        return any(c.dep_ == "conj" and c.i in self.named_at for c in tok.children)

    def _owned_here(self, tok: Token) -> bool:
        """A noun whose own modifiers name a state or body: "the Latvian ministry"."""
        mods = (k for k in tok.children if k.dep_ in ("amod", "compound", "poss"))
        return any(k.i in self.named_at for k in mods)

    def _named_beside(self, tok: Token) -> bool:
        """A description in apposition with a name: "its old ally Russia", "Armenia, its
        partner"."""
        if tok.dep_ == "appos" and tok.head.i in self.named_at:
            return True
        return any(k.dep_ == "appos" and k.i in self.named_at for k in tok.children)

    def _relation(self, tok: Token, start: int, seen: list[Ref]) -> Ref | None:
        """ "its wayward partner", "Russia's ally": a state named before, not the owner."""
        owner = _owner_ids(tok, seen)
        if not owner:
            return None
        others = [x for x in seen if not set(x.ids) & owner]
        found = self._candidate(tok.i, others, {"state"}, "state", single=True)
        if found is None:
            return None
        return Ref(start, tok.i + 1, found.ids, "state", "description", tok.i)

    def _one(
        self, tok: Token, low: str, seen: list[Ref], last_group: tuple[tuple[str, ...], int] | None
    ) -> Ref | None:
        i = tok.i
        if tok.pos_ == "PRON" or low in cw.PRONOUNS_IT | cw.PRONOUNS_THEY:
            if low in cw.PRONOUNS_PERSON:
                found = self._candidate(i, seen, {"person"}, None)
                if found is None:
                    return None
                return Ref(i, i + 1, found.ids, "person", "pronoun", i)
            if low in cw.PRONOUNS_IT:
                if low == "it" and _dummy(tok):
                    return None
                defended = self._defended(tok)
                if defended is not None:  # "would defend Greece if it were attacked"
                    return Ref(i, i + 1, defended.ids, defended.kind, "pronoun", i)
                pref = self._owner_pref(tok)
                kinds = {"state", "org", "mission"}
                left = tok.dep_ == "pobj" and tok.head.lower_ == "from"
                done_to = tok.dep_ in ("nsubjpass", "dobj") or lemma(tok.head) not in DONE_BY
                if (
                    (
                        tok.dep_ in ("nsubj", "nsubjpass", "dobj")
                        and lemma(tok.head) in AGREEMENT_VERBS
                        and done_to  # "it had signed similar accords": a state signs
                    )
                    or (left and lemma(tok.head.head) in LEAVING)
                    or _said_an_agreement(tok)
                ):
                    kinds, pref = kinds | {"agreement"}, "agreement"  # "it entered into force"
                found = self._candidate(i, seen, kinds, pref, single=True, skip=self.conjuncts)
                if found is None:
                    return None
                return Ref(i, i + 1, found.ids, found.kind, "pronoun", i)
            if low in cw.PRONOUNS_THEY:
                sayers = self._plural_sayers(tok)
                if sayers:  # "Armenian officials reply that they have no plans": the sayers
                    return Ref(i, i + 1, tuple(sorted(sayers)), "state", "pronoun", i)
                plural = self._plural(i, seen)
                group_at = last_group[1] if last_group else -1
                if plural is not None and plural.start > group_at:
                    return Ref(i, i + 1, plural.ids, plural.kind, "pronoun", i)
                if last_group and self.sent_of[i] - self.sent_of[last_group[1]] <= 2:
                    return Ref(i, i + 1, last_group[0], "state", "pronoun", i)
                found = self._candidate(i, seen, {"org", "state", "group"}, "org")
                if found is None:
                    return None
                return Ref(i, i + 1, found.ids, found.kind, "pronoun", i)
            return None
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        korea = self._korea(tok)
        if korea is not None:  # "talks with the North" in an article on the two Koreas
            return Ref(i - 1, i + 1, (korea,), "state", "description", i)
        word = lemma(tok)  # folded: "organisation" is "organization"
        whole = _whole_region(tok, word)
        if whole is not None:  # "the Baltic states", "the Nordics": every state of the region
            start = min([c.i for c in tok.lefts if c.dep_ in ("det", "amod", "compound")] + [i])
            return Ref(start, i + 1, tuple(sorted(whole)), "state", "description", i)
        if word in cw.DESCRIPTIONS_RELATION and tok.tag_ == "NN":  # "its / Russia's partner"
            if self._named_beside(tok):
                return None  # "its old ally Russia": the name says who
            owned = [c for c in tok.lefts if c.dep_ == "poss"]
            start = min([c.i for c in tok.lefts if c.dep_ != "poss"] + [i])
            return self._relation(tok, start, seen) if owned else None  # the owner keeps its own
        if word in cw.DESCRIPTIONS_COUNTRY and tok.tag_ == "NN":  # "his country": his state
            owner = next((x for x in seen if x.start == i - 1 and x.kind == "person"), None)
            state = self.r.speaks_for.get(owner.ids[0]) if owner is not None else None
            if state is not None and doc_word(tok, -1) in ("his", "her"):
                return Ref(i - 1, i + 1, (state,), "state", "description", i)
        dets = [c for c in tok.lefts if c.lower_ in DETERMINERS]
        before = tok.nbor(-1) if i > 0 else None
        if before is not None and tok.dep_ == "poss" and before.head == tok.head:
            dets += [before] if before.lower_ in DETERMINERS else []  # "that country's
        indefinite = not dets  # defense": the parser may hang "that" on the defense
        if word in ("agreement", "treaty", "mission", "accord", "pact") and not dets:
            dets = [c for c in tok.lefts if c.dep_ in ("det", "poss")]
        # a name no one is known by says the noun is another's ("the Paris climate pact"), but
        # a region's name says whose it is ("the Gulf state", "the South Caucasus nation")
        named = [c for c in tok.lefts if c.pos_ == "PROPN" and self.r.ref(c.i) is None]
        regional = _region(tok) is not None and all(c.lower_ in cw.REGION_WORDS for c in named)
        if not dets or (named and not regional):
            return None
        start = min([c.i for c in tok.lefts] + [c.i for c in dets])
        bloc_word = word in cw.DESCRIPTIONS_AGREEMENT or word in cw.DESCRIPTIONS_BLOC
        if bloc_word and self._named_beside(tok):
            return None  # "the western security alliance NATO": the name beside it says which
        if word in cw.DESCRIPTIONS_AGREEMENT:
            dated = self._dated_agreement(tok) or self._between_named(tok, indefinite)
            if dated is not None:
                return Ref(start, i + 1, (dated,), "agreement", "description", i)
        if word == "mission":
            mission = self._mission(tok)
            if mission is None and not indefinite:  # "the mission": the one named last
                last = self._candidate(i, seen, {"mission", "agreement"}, "mission")
                if last is not None and last.ids[0] in self.r.know.missions:
                    mission = last.ids[0]
            if mission is not None:
                return Ref(start, i + 1, (mission,), "mission", "description", i)
        if indefinite:
            return None  # "another treaty", "an agreement": not one named before
        said = parties_said(tok)
        if said is not None and word in cw.DESCRIPTIONS_AGREEMENT:
            # "the bilateral treaty": the last agreement told of that many parties, never a
            # bloc of more
            parties = self.r.know.parties
            told = [x for x in seen if x.kind == "agreement" and len(x.ids) == 1]
            fits = [x for x in told if len(parties.get(x.ids[0], ())) == said]
            return Ref(start, i + 1, fits[-1].ids, "agreement", "description", i) if fits else None
        agreement_word = word in cw.DESCRIPTIONS_AGREEMENT
        named_own = any(  # a name the knowledge base holds no pact by ("the Paris climate
            c.dep_ == "compound"  # agreement"), not "the AUKUS pact"
            and c.pos_ == "PROPN"
            and getattr(self.r.ref(c.i), "kind", None) not in ("agreement", "org")
            for c in tok.lefts
        )
        if agreement_word and (named_own or {lemma(c) for c in tok.lefts} & lx.OTHER_FIELDS):
            return None  # "the Paris climate agreement", "the trade deal": not the last pact
        with_partner = self._partner_states(tok) if agreement_word else []  # "the treaty with
        if agreement_word and (word != "treaty" or with_partner):  # Russia"
            with_partner += self._partner_states(tok, "org")  # "the agreement with the EU"
            if with_partner:  # a pact the partners named are parties to, not a bloc named
                seen = [x for x in seen if self._parties_in(x, with_partner)]  # before
            found = self._candidate(i, seen, {"agreement", "org"}, "agreement")
            kind: RefKind = "agreement"
            pair = self.pair_agreement
            if found is None and pair is not None and self._fits_pair(tok, pair):
                # "the agreement": the pair's, unless it says whose ("the agreement with
                # Russia" in an article about two others)
                return Ref(start, i + 1, (pair,), "agreement", "description", i)
            with_one = self._with_sentence_state(tok, with_partner) if found is None else None
            if with_one is not None:  # "Kim ratified the defence treaty with Russia"
                return Ref(start, i + 1, (with_one,), "agreement", "description", i)
        elif word in cw.DESCRIPTIONS_BLOC:
            found = self._candidate(i, seen, {"org", "agreement"}, "org")
            if found is None:
                found = self.main_org
            kind = "org"
        elif word in cw.DESCRIPTIONS_COUNTRY and tok.tag_ == "NN":
            # "Russia says ... that country's defense", "Turkey demanded that the country
            # lift its embargo": another than who speaks or asks
            if dets[0].lower_ == "that" or _asked_of(tok):
                subjects = self._governing_subjects(tok, stated=True)
                seen = [x for x in seen if not set(x.ids) & subjects]
            region = _region(tok)
            if region is not None:  # "the Nordic country": the last one named of the region
                seen = [x for x in seen if x.kind != "state" or set(x.ids) <= region]
            found = self._candidate(
                i, seen, {"state"}, "state", speakers=self._speakers(tok), region=region
            )
            if found is None and self.r.focus:
                return Ref(start, i + 1, (self.r.focus,), "state", "description", i)
            kind = "state"
        elif (
            word in INSTITUTION_COREF
            and word in self.institutions
            and dets[0].lower_ == "the"
            and not self._owned_here(tok)  # "the Latvian and Estonian ministries": theirs
        ):
            owner = self.institutions[word]  # "the ministry": the one named before
            return Ref(start, i + 1, owner.ids, owner.kind, "description", i)
        elif word in cw.DESCRIPTIONS_PERSON and tok.tag_ == "NN":
            whose = self._states_before(tok)  # "the Australian prime minister": Australia's
            if whose:
                speaks = self.r.speaks_for
                seen = [x for x in seen if x.kind != "person" or speaks.get(x.ids[0]) in whose]
            found = self._candidate(i, seen, {"person"}, None)
            kind = "person"
        elif word in cw.DESCRIPTIONS_GROUP or (word == "group" and _armed(tok)):
            found = self._candidate(i, seen, {"group"}, "group", single=True)
            if found is None:
                return None
            return Ref(i, i + 1, found.ids, "group", "description", i)  # its own word only:
            # a backer before it ("the Iran-backed militia") keeps its name
        else:
            return None
        if found is None:
            return None
        return Ref(
            start, i + 1, found.ids, found.kind if kind != "state" else kind, "description", i
        )


def _state_subject(noun: Token) -> bool:
    """A subject that stands for its state: "the Armenian side", "the Turkish government"
    (not "a North Korean strike")."""
    return noun.dep_ == "nsubj" and lemma(noun) in cw.INSTITUTIONS


def _armed(tok: Token) -> bool:
    """ "the militia group", "the Iran-backed group", "the armed group": a group that fights."""
    words = {lemma(c) for c in tok.lefts} | {c.lower_ for c in tok.lefts}
    return bool(words & cw.ARMED_GROUP_WORDS) or any(w.endswith("backed") for w in words)


def _asked_of(tok: Token) -> bool:
    """The subject of what someone demands or urges: "X demanded that the country lift ..."
    asks it of another."""
    clause = tok.head
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        and clause.dep_ in ("ccomp", "xcomp")
        and clause.head.lemma_.lower() in DEMANDING
    )


def _region(tok: Token) -> set[str] | None:
    """The states of a region a description names: "the Nordic country", "the Central Asian
    republic" ("Asian" alone is too wide: only after "Central")."""
    for mod in tok.children:
        if mod.dep_ not in ("amod", "compound"):
            continue
        low = mod.lower_
        before = mod.doc[mod.i - 1].lower_ if mod.i > 0 else ""
        if f"{before} {low}" in cw.REGIONS:  # "the East African country"
            return cw.REGIONS[f"{before} {low}"]
        if low == "asian" and before != "central":
            continue
        if low in cw.REGIONS:
            return cw.REGIONS[low]
    return None


def _whole_region(tok: Token, word: str) -> set[str] | None:
    """A plural description of a region whose states are few and fixed: "the Baltic states",
    "Nordic countries", "the Central Asian republics", "the Baltics", "the Baltic region" (not
    counted: "the two Baltic states" are two named before)."""
    if tok.lower_ in cw.WHOLE_REGION_NAMES:
        return cw.REGIONS[cw.WHOLE_REGION_NAMES[tok.lower_]]
    # "the Baltic region" too, where the region is its states (the Gulf region is wider)
    region_word = word == "region" and tok.tag_ == "NN"
    if not region_word and (tok.tag_ != "NNS" or word not in cw.DESCRIPTIONS_COUNTRY):
        return None
    if any(c.like_num or c.lower_ in ("both", "some", "other", "several") for c in tok.lefts):
        return None
    region = _region(tok)
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    whole = cw.WHOLE_REGIONS - {"gulf"} if region_word else cw.WHOLE_REGIONS
    return region if region is not None and mods & whole else None


def _fits(parties: set[str], sides: set[str], all_of_them: bool) -> bool:
    return parties <= sides if all_of_them else len(parties & sides) >= 2


def doc_word(tok: Token, offset: int) -> str:
    """The lower-cased word ``offset`` places from ``tok`` ("" outside the document)."""
    i = tok.i + offset
    return tok.doc[i].lower_ if 0 <= i < len(tok.doc) else ""


def _owner_ids(tok: Token, seen: list[Ref]) -> set[str]:
    """Who owns a noun: the ids of its possessive ("its", "Moscow's")."""
    starts = {c.i for c in tok.lefts if c.dep_ == "poss"}
    return {i for ref in seen if ref.start in starts or ref.head in starts for i in ref.ids}


def _said_an_agreement(tok: Token) -> bool:
    """ "It is Japan's first defence pact": what the predicate says "it" is, an agreement."""
    head = tok.head
    if tok.dep_ != "nsubj" or lemma(head) != "be":
        return False
    return any(c.dep_ == "attr" and lemma(c) in cw.DESCRIPTIONS_AGREEMENT for c in head.children)


def _saying_verb(tok: Token) -> Token | None:
    """The verb of saying whose clausal complement a word stands in ("officials say that
    ... the country"), not one it is a phrase of ("commented on the country's exit")."""
    child = tok
    for gov in tok.ancestors:
        if child.dep_ == "ccomp" and gov.pos_ in ("VERB", "AUX") and lemma(gov) in cw.REPORTING:
            return gov
        child = gov
    return None


def _year(tok: Token) -> int | None:
    """ "the 1995 agreement", "an agreement of 1995", "a treaty signed in 1995"."""
    near = list(tok.lefts) + [o for p in tok.rights if p.lower_ == "of" for o in p.children]
    signed = [v for v in tok.rights if v.dep_ == "acl" and v.tag_ == "VBN"]
    near += [o for v in signed for p in v.children if p.lower_ == "in" for o in p.children]
    for t in near:
        if t.like_num and len(t.text) == 4 and t.text.isdigit() and 1800 < int(t.text) < 2100:
            return int(t.text)
    return None


# What a counted group of states is called after its number and modifiers: "the three
# military-led nations", "the three Sahel countries", "the two Baltic states".
GROUP_NOUNS = {"countries", "nations", "states", "neighbours", "neighbors", "allies", "juntas"}
GROUP_NOUNS |= {"governments", "members", "partners", "powers", "republics", "regimes"}


def _group_noun(doc: Doc, i: int, n: int) -> int:
    """The length of a group phrase that ends in a number ("the three") taken on to the noun
    it counts over its modifiers ("the three military-led nations"), so that the noun, on
    which the clause hangs, is part of the reference."""
    if doc[i + n - 1].lower_ not in ("two", "three", "four", "five"):
        return n
    for k in range(i + n, min(i + n + 5, len(doc))):
        tok = doc[k]
        if tok.lower_ in GROUP_NOUNS:
            return k - i + 1
        if tok.pos_ not in ("ADJ", "PROPN", "VERB", "NOUN") and tok.text != "-":
            return n
    return n


def _phrase(doc: Doc, i: int, phrases: tuple[str, ...]) -> int:
    first = doc[i].lower_
    if first not in FIRST_WORDS:
        return 0
    for words in _split(phrases).get(first, ()):
        if tuple(t.lower_ for t in doc[i : i + len(words)]) == words:
            return len(words)
    return 0


@functools.cache
def _split(phrases: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    """The phrases as words, by their first word, in their order."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        out.setdefault(words[0], []).append(words)
    return out


# adjectives of a will or a readiness, said of someone: "it is ready to talk" is someone's
WILLING = {"ready", "willing", "prepared", "able", "unable", "eager", "keen", "determined"}
WILLING |= {"reluctant", "unwilling", "poised", "intent", "open", "happy", "quick", "slow"}


def _dummy(tok: Token) -> bool:
    """A pleonastic "it": "it is clear that", "it seems", "it was Armenia that"."""
    if tok.dep_ == "expl":
        return True
    if tok.dep_ == "nsubj" and any(
        c.dep_ == "acomp" and c.lemma_ in WILLING and any(x.dep_ == "xcomp" for x in c.children)
        for c in tok.head.children
    ):
        return False  # "Moscow said it was prepared to resume talks": Moscow is
    nxt = tok.doc[tok.i + 1 : tok.i + 4]
    copula = len(nxt) >= 2 and nxt[0].lower_ in ("is", "was", "'s", "’s", "seems", "would", "will")
    clause = any(t.lower_ in ("that", "to") for t in tok.doc[tok.i + 2 : tok.i + 6])
    if copula and clause and any(t.pos_ == "ADJ" for t in nxt[1:]):
        return True
    head = tok.head
    if tok.dep_ == "nsubj" and head.lemma_ in ("be", "seem", "appear", "remain", "become"):
        # a clause put after the predicate ("it is clear that ...", "it was Armenia that",
        # "it seems to"), not a plain one ("it is hardly active in it": the state is)
        told = [c for c in head.children if c.dep_ in ("acomp", "attr")]
        return any(c.dep_ in ("ccomp", "xcomp") for c in head.children) or any(
            k.dep_ in ("ccomp", "xcomp", "relcl") for c in told for k in c.children
        )
    return tok.dep_ == "nsubj" and head.lemma_ in ("take", "mean", "turn", "happen")


def focus_states(doc: Doc, r: Reading, pronouns: bool = False) -> list[str]:
    """The states a document is mostly about, most first: its most named states (and, once
    resolved, most pointed-to), the headline counting double."""
    return [state for state, _ in state_counts(doc, r, pronouns).most_common(2)]


def state_counts(doc: Doc, r: Reading, pronouns: bool = False) -> Counter[str]:
    """How much a document names each state (see ``focus_states``)."""
    counts: Counter[str] = Counter()
    first = next(iter(doc.sents), None)
    for ref in r.refs:
        if ref.kind != "state" or len(ref.ids) > 1 or (ref.how == "pronoun" and not pronouns):
            continue
        weight = 1 if ref.how == "demonym" else 2
        if first is not None and ref.start < first.end:
            weight *= 2
        counts[ref.ids[0]] += weight
    return counts


@Language.component("pactwatch_references")
@guarded("pactwatch_references")
def references(doc: Doc) -> Doc:
    r: Reading = doc._.pactwatch
    r.focus = next(iter(focus_states(doc, r)), None)
    resolver = Resolver(doc, r)
    pairs = resolver.pairs()
    if pairs:
        covered = {i for p in pairs for i in range(p.start, p.end)}
        r.refs = [x for x in r.refs if x.start not in covered] + pairs
        r.index(len(doc))
        resolver = Resolver(doc, r)
    resolver.resolve()
    for ref in r.refs:  # "the country's foreign minister Hossein ...": the office the text
        if ref.kind == "person" and ref.ids[0] not in r.speaks_for:  # gives by a description
            note_text_office(doc, r, ref)
    counts = state_counts(doc, r, pronouns=True)
    r.focus, r.second = [*(state for state, _ in counts.most_common(2)), None, None][:2]
    r.focus_share = counts[r.focus] / sum(counts.values()) if r.focus else 0.0
    return doc
