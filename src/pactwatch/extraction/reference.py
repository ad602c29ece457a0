"""What pronouns, group phrases and descriptions point to: "it", "its allies", "they", "he",
"the two sides", "the allies", "the bloc", "the country", "the minister".

``Resolver`` walks the parse in reading order. Pronouns are read here (``_pronoun``: a
person's, a state's or a body's, or an agreement's "it"; the sayers, plural people or group
"they" is); group phrases ("the two countries", "both leaders") take the last group named or
the states named most; the members of a bloc said together ("the allies agreed") are the
bloc; agreements named by their two parties ("the US-Sweden agreement") are found first
(``pairs``). What a description stands for is ``descriptions.py``; which actor named before a
word can stand for, on salience, is ``salience.py``. "We" is resolved later, once the speaker
is known (``attribution.py``).
"""

from __future__ import annotations

import functools
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Token

from pactwatch.extraction import away_words as aw
from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.descriptions import INSTITUTION_COREF, Descriptions
from pactwatch.extraction.mentions import note_text_office
from pactwatch.extraction.reading import Reading, Ref, guarded
from pactwatch.extraction.salience import saying_verb
from pactwatch.extraction.syntax import (
    OBJECT_CONTROL,
    OWNED,
    lemma,
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
LEAVING = {"withdraw", "exit", "pull", "secede", "withdrawal"}  # "withdrawn from it"
ATTACKED = {"attack", "invade", "strike", "threaten", "assault", "target"}  # "if it is attacked"
AGREEMENT_VERBS = {"enter", "sign", "ratify", "expire", "approve", "cover", "apply", "provide"}
AGREEMENT_VERBS |= {"commit", "oblige", "bind", "allow", "let", "grant", "amend", "renew", "extend"}
AGREEMENT_VERBS |= {"terminate", "conclude", "ink", "revoke", "denounce", "invoke", "stipulate"}
# what is done to an agreement by a state: the one doing it is no agreement
DONE_BY = {"sign", "ratify", "approve", "amend", "renew", "terminate", "conclude", "ink"}
DONE_BY |= {"revoke", "denounce", "invoke"}
MEMBERSHIP_VERBS = {"leave", "join", "quit", "exit", "rejoin", "enter", "withdraw", "abandon"}
# verbs that tell someone something about themselves: "warned Iran that it would face ..."
TELLING = {"warn", "tell", "remind", "caution", "inform", "notify", "advise"}
OBLIGED = {"must", "should"}  # what is demanded of the one told: "it must withdraw"
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
# the two sides of a fight told before: "urged the sides to halt the shelling"
GROUP_PHRASES += ("the sides", "the warring sides", "the warring parties", "the conflicting sides")
GROUP_PHRASES += ("these three", "those three")  # "These three countries have formed"
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


class Resolver(Descriptions):
    """Resolves a document's pronouns, group phrases and descriptions in reading order."""

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

    def _told(self, tok: Token) -> Ref | None:
        """Who "it" or "its" is in what one is told will befall it or what it must do: the
        one told ("warned Iran that it would face consequences for its attack", "told Moscow
        that it must withdraw"), not the teller ("warned Iran that it would respond")."""
        clause, undergoes = tok.head, False
        while clause.dep_ != "ccomp":
            undergoes |= lemma(clause) in cw.UNDERGOING or _obliged(clause)
            if clause.head == clause or clause.dep_ in ("ROOT", "relcl", "advcl", "acl"):
                return None
            clause = clause.head
        undergoes |= lemma(clause) in cw.UNDERGOING or _obliged(clause)
        teller = clause.head
        if not undergoes or lemma(teller) not in TELLING:
            return None
        told = [self.r.ref(c.i) for c in teller.children if c.dep_ in ("dobj", "dative")]
        found = [x for x in told if x is not None and x.kind in ("state", "org")]
        return found[0] if len(found) == 1 else None

    def _controller(self, tok: Token) -> Ref | None:
        """Whose "its" is in what one is asked or pressed to do: the one asked ("called on
        Kigali to pull its troops out", "urged Moscow to withdraw its forces"), not the
        asker."""
        if tok.dep_ != "poss":
            return None
        verb = tok.head.head if tok.head.dep_ in ("dobj", "pobj") else None
        if verb is not None and verb.dep_ == "prep":
            verb = verb.head
        if verb is None or verb.dep_ != "xcomp" or lemma(verb.head) not in OBJECT_CONTROL:
            return None
        asker = verb.head
        asked = [c for c in asker.children if c.dep_ == "dobj"]
        asked += [o for p in asker.children if p.dep_ in ("prep", "prt") and p.lower_ == "on"
                  for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        found = [x for c in asked if (x := self.r.ref(c.i)) is not None]
        found = [x for x in found if x.kind in ("state", "org")]
        return found[0] if len(found) == 1 else None

    def _plural_sayers(self, tok: Token) -> set[str]:
        """The states of the people who say the clause "they" is the subject of, where they
        are named as a plural ("Armenian officials say that they ..."): "they" are them."""
        gov = saying_verb(tok) if tok.dep_ == "nsubj" else None
        said_by = [k for k in gov.children if k.dep_ == "nsubj"] if gov is not None else []
        if gov is None or not said_by or said_by[0].tag_ != "NNS" or said_by[0].pos_ != "NOUN":
            return set()
        return {x for x in self._subject_ids(gov, besides=tok) if self.r.know.is_state(x)}

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
            nouns = []  # (not past a stop: "the Chilean-Peruvian frontier. One of them")
            for t in doc[b.end : b.end + 4]:
                if t.is_punct or t.is_sent_start:
                    break
                nouns.append(t)
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

    def _one(
        self, tok: Token, low: str, seen: list[Ref], last_group: tuple[tuple[str, ...], int] | None
    ) -> Ref | None:
        if tok.pos_ == "PRON" or low in cw.PRONOUNS_IT | cw.PRONOUNS_THEY:
            return self._pronoun(tok, low, seen, last_group)
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        return self._description(tok, seen)

    def _pronoun(
        self, tok: Token, low: str, seen: list[Ref], last_group: tuple[tuple[str, ...], int] | None
    ) -> Ref | None:
        """ "he", "it", "its", "they", "their": the person, the state, body or agreement, or the
        sayers, plural people or group it stands for."""
        i = tok.i
        if low in cw.PRONOUNS_PERSON:
            found = self._candidate(i, seen, {"person"}, None)
            if found is None:
                return None
            return Ref(i, i + 1, found.ids, "person", "pronoun", i)
        if low in cw.PRONOUNS_IT:
            if low == "it" and _dummy(tok):
                return None
            defended = self._defended(tok) or self._told(tok) or self._controller(tok)
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
            if _said_an_agreement(tok):  # "It is a breakthrough document": no state
                kinds = {"agreement"}
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
            struck = self._striker(tok)  # "US and British strikes on their positions"
            if plural is not None and plural.start > group_at and not set(plural.ids) & struck:
                return Ref(i, i + 1, plural.ids, plural.kind, "pronoun", i)
            recent = last_group and self.sent_of[i] - self.sent_of[last_group[1]] <= 2
            if last_group and recent and not set(last_group[0]) & struck:
                return Ref(i, i + 1, last_group[0], "state", "pronoun", i)
            found = self._candidate(i, seen, {"org", "state", "group"}, "org")
            if found is None:
                return None
            return Ref(i, i + 1, found.ids, found.kind, "pronoun", i)
        return None


def _obliged(verb: Token) -> bool:
    """ "it must withdraw", "it should stop": what is demanded of the subject."""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in OBLIGED for c in verb.children
    )


def _said_an_agreement(tok: Token) -> bool:
    """ "It is Japan's first defence pact": what the predicate says "it" is, an agreement."""
    head = tok.head
    if tok.dep_ != "nsubj" or lemma(head) != "be":
        return False
    return any(c.dep_ == "attr" and lemma(c) in cw.DESCRIPTIONS_AGREEMENT for c in head.children)


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
