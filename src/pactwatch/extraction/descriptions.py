"""Definite descriptions: what "the country", "the bloc", "its partner", "the ministry", "the
minister", "the militia", "the Baltic states" and "the North" stand for, and which agreement
"the treaty", "the 1995 agreement", "the bilateral pact", "the accord between Moscow and
Pyongyang" or "its observer mission in Georgia" is: the last one named of that kind, or the
one agreement of the knowledge base that fits what the description says (its year, its
number of parties, its kind, the states it is with).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.lexicon.forms import SPELLING
from pactwatch.extraction.lexicon.patterns import WORDS
from pactwatch.extraction.lexicon.word_classes import OTHER_FIELDS, PACT_EPITHETS
from pactwatch.extraction.reading import Reading, Ref
from pactwatch.extraction.salience import Salience
from pactwatch.extraction.syntax import (
    describes_a_state,
    led_by,
    lemma,
    parties_said,
    prep_objects,
    subject_token,
)

INSTITUTION_COREF = {"ministry", "government", "parliament", "presidency", "administration"}
INSTITUTION_COREF |= {"authorities", "authority", "leadership", "junta", "cabinet", "military"}
INSTITUTION_COREF |= {"army", "legislature", "assembly", "kremlin", "side"}
# Verbs of asking: what their clause says is asked of another than their subject
DEMANDING = {"demand", "urge", "ask", "insist", "request", "press", "call", "want", "require"}
KOREAS = {"North": "PRK", "South": "KOR"}  # "the North" in an article on the two Koreas
DETERMINERS = {"the", "this", "that", "these", "those", "its", "their", "our"}
# nouns of an agreement that name a kind of text, which a pact of another kind is not: "the
# joint statement" is the pair's only where its name says statement
OWN_KIND_WORDS = {"statement", "declaration", "communique", "memorandum", "protocol", "charter"}
TRUCE_WORDS = {"truce", "ceasefire", "cease-fire", "armistice"}
# verbs of bringing others to a deal: who "brokered" it is none of its parties
BROKERING = {"broker", "mediate", "facilitate", "host", "sponsor"}


class Descriptions(Salience):
    """What definite descriptions stand for (see the module)."""

    def __init__(self, doc: Doc, r: Reading) -> None:
        super().__init__(doc, r)
        self.pair_agreement = self._pair_agreement()

    def _pair_agreement(self) -> str | None:
        """The agreement of the knowledge base between the two states a document names most
        (what "the agreement" means in an article about a US–Finland pact)."""
        top = [s for s, _ in self.state_counts.most_common(2)]
        if len(top) < 2:
            return None
        know = self.r.know
        found = [ag for ag in know.bilateral if know.parties.get(ag, set()) == set(top)]
        found = know.signed_by_then(found, self.r.anchor)  # not the pair's pact of years later
        return found[0] if len(found) == 1 else None

    def _fits_pair(self, noun: Token, agreement: str) -> bool:
        """Whether the states an agreement's noun says it is with ("the pact with Russia",
        "the deal between Rabat and Madrid"), and the states its sentence names before it, are
        among the agreement's parties."""
        parties = self.r.know.parties.get(agreement, set())
        partners = [*self._partner_states(noun), *self._partner_states(noun, "org")]
        if not all(set(ref.ids) <= parties for ref in partners):
            return False
        if parties & self._brokers(noun):  # "the deal brokered by the United States, Qatar
            return False  # and the African Union": not a pact of the US and Qatar
        word = lemma(noun)  # "the joint statement" is no peace treaty of the pair
        if word in OWN_KIND_WORDS and word not in self.r.know.name_words.get(agreement, set()):
            return False
        # "Delhi and Moscow signed the deal back then", in an article naming Washington and
        # Moscow most: the states its sentence names before it are not the pair's
        sent = noun.sent
        named = {
            i
            for x in self.named
            if sent.start <= x.start < noun.i and x.kind == "state"
            for i in x.ids
        }
        return named <= parties

    def _brokers(self, noun: Token) -> set[str]:
        """Who the agreement's noun says brought it about for others ("brokered by")."""
        out: set[str] = set()
        for verb in noun.children:
            if verb.dep_ != "acl" or lemma(verb) not in BROKERING:
                continue
            for by in (k for k in verb.children if k.dep_ == "agent"):
                for obj in (o for o in by.children if o.dep_ == "pobj"):
                    for tok in (obj, *obj.conjuncts):
                        ref = self.r.ref(tok.i)
                        out |= set(ref.ids) if ref is not None else set()
        return out

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
            SPELLING.get(lemma(c), lemma(c))
            for c in noun.lefts
            if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")
        } - PACT_EPITHETS
        if kinds:  # "the association agreement with the EU": not its security pact
            found = {ag for ag in found if kinds & know.name_words.get(ag, set())}
        if len(found) > 1:
            found = self._described_by(noun, found)
        return found.pop() if len(found) == 1 else None

    def _described_by(self, noun: Token, found: set[str], named_only: bool = False) -> set[str]:
        """Of several agreements of a pair, those the noun's own modifiers describe: "the
        friendship treaty with Russia" is the pair's friendship treaty, "the airbase deal" the
        one that grants bases; all of them where the modifiers say nothing. With
        ``named_only``, a modifier must be a word of the name, and a noun that is no general
        word for a pact ("partnership") must be one too."""
        words = {lemma(c) for c in noun.lefts if c.dep_ in ("compound", "amod")}
        know = self.r.know
        if named_only and lemma(noun) not in cw.DESCRIPTIONS_AGREEMENT:
            words = {w for w in words if w not in PACT_EPITHETS}
            found = {ag for ag in found if lemma(noun) in know.name_words.get(ag, set())}
        named = {ag for ag in found if words & know.name_words.get(ag, set())}
        if named or named_only:
            return named
        if any("base" in w for w in words):
            return {ag for ag in found if ag in know.basing} or found
        return found

    def _parties_in(self, agreement: Ref, partners: list[Ref]) -> bool:
        """Whether a reference is to an agreement the partners are all parties to."""
        parties = self.r.know.parties.get(agreement.ids[0], set())
        return agreement.kind == "agreement" and all(set(x.ids) <= parties for x in partners)

    def _partner_states(self, noun: Token, kind: str = "state") -> list[Ref]:
        """The states (or bodies) an agreement's noun says it is with or between."""
        out = []
        after = noun.right_edge.i + 1  # "pull back from the deal with Russia", the phrase
        preps = list(noun.children)  # parsed on the verb: it says whose the deal is
        if after < len(self.doc) and self.doc[after].head in noun.ancestors:
            preps.append(self.doc[after])
        for prep in preps:
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
        if _titled(tok):
            return None  # "the 1990 Treaty on Open Seas": a pact
            # named by a title the knowledge base does not know, none of its pacts of the year
        year = _year(tok)
        words = {lemma(c) for c in tok.lefts} | {lemma(tok)}
        if words & OTHER_FIELDS:
            return None  # "a 2018 trade deal": none of the security pacts
        n_parties = parties_said(tok)
        truce = bool(words & TRUCE_WORDS)  # "a Russian-brokered truce agreement"
        peace = "peace" in words or truce
        if year is None and n_parties is None and not peace:
            return None
        named = {x.ids[0] for x in self.named if x.kind == "state"}
        sides = self._sides(tok, n_parties or 2) if year is None and not peace else None
        here = self._sentence_states(tok)
        know = self.r.know
        found = []
        for ag in know.bilateral:
            parties = know.parties.get(ag, set())
            if len(parties & named) < 2 and not (year and parties & named):
                continue
            if year and len(here) >= 2 and not here <= parties:
                continue  # "Iraqi lawmakers voted to end a 2014 agreement which allowed
                # Washington to station troops": not the US pact of 2014 with another state
            if sides is not None and not _fits(parties, *sides):
                continue  # "the US and Papua New Guinea signed a bilateral pact": theirs,
                # not the US–Japan treaty of a document that names Japan in passing
            when = know.signed.get(ag)
            if year is not None and (when is None or when.start.year != year):
                continue
            if n_parties is not None and len(parties) != n_parties:
                continue
            name = self._names(ag)
            if peace and not truce and "peace" not in name:
                continue
            if truce and not any(w in name for w in TRUCE_WORDS):
                continue  # a truce is no peace treaty
            if peace and year is None and not parties <= named:
                continue  # "Congo and Rwanda signed a peace agreement": theirs, not a bloc's
                # protocol on peace and security whose members they are among others
            found.append(ag)
        if not _talked_of(tok):  # "a peace agreement was signed", in an article of 2020: not
            found = know.signed_by_then(found, self.r.anchor)  # the pair's treaty of 2025
            # (but talks on a peace accord may run years before it is signed)
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
        if {lemma(c) for c in tok.lefts} & OTHER_FIELDS:
            return None  # "the free trade agreement with the EU": none of the security pacts
        if len(parties) == 1:  # "Putin has ratified a security treaty with Belarus": the
            signer = self._signers_state(tok)  # one who signs or ratifies it is a party,
            # where the sentence names no other state ("with the EU, as well as Estonia and
            # Lithuania": three pacts)
            if self._sentence_states(tok) <= parties | signer:
                parties |= signer
        elif not parties:  # "Baku and Ankara clinched a pact last year": the signers' own
            parties = self._signers_state(tok)
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
        if len(found) > 1:  # "signed a strategic partnership": of the pair's pacts, the one
            found = sorted(self._described_by(tok, set(found), named_only=True))  # so named
        return found[0] if len(found) == 1 else None

    def _sentence_states(self, tok: Token) -> set[str]:
        """The states the sentence of ``tok`` names by name."""
        sent = tok.sent
        return {
            x.ids[0] for x in self.named if x.kind == "state" and sent.start <= x.start < sent.end
        }

    def _signers_state(self, noun: Token) -> set[str]:
        """The state of the subject of the verb of signing or ratifying an agreement noun is
        the object of ("Putin ratified a treaty": Russia)."""
        verb = noun.head
        if noun.dep_ != "dobj" or lemma(verb) not in SIGNING:
            return set()
        out: set[str] = set()
        subject, passive = subject_token(verb)  # "deepened ties by signing a pact": theirs
        subjects = [subject] if subject is not None and not passive else []
        signers = [*subjects, *(c for s in subjects for c in s.conjuncts)]  # "A and B signed"
        # "Putin and his counterpart Masoud Pezeshkian": the name beside a title
        signers += [a for k in signers for a in k.children if a.dep_ == "appos"]
        for k in signers:
            ref = self.r.ref(k.i)
            if ref is not None and ref.kind == "state":
                out.add(ref.ids[0])
            elif ref is not None and ref.kind == "person":
                out |= {s for s in [self.r.speaks_for.get(ref.ids[0])] if s}
        return out

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

    def _description(self, tok: Token, seen: list[Ref]) -> Ref | None:
        """A noun that may stand for an actor or an agreement named before, or for one the
        knowledge base holds that fits what it says."""
        i = tok.i
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
        # a partnership signed is a pact: "signed a 20-year strategic partnership"
        signed_tie = word in SIGNED_TIES and tok.dep_ == "dobj" and lemma(tok.head) in SIGNING
        if (
            word in ("agreement", "treaty", "mission", "accord", "pact", "deal") or signed_tie
        ) and not dets:
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
        if word in cw.DESCRIPTIONS_AGREEMENT or signed_tie:
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
        if indefinite or signed_tie:
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
        if agreement_word and (named_own or {lemma(c) for c in tok.lefts} & OTHER_FIELDS):
            return None  # "the Paris climate agreement", "the trade deal": not the last pact
        if word in TRUCE_WORDS:  # "the ceasefire": the last truce named, within its window
            truces = [x for x in seen if x.kind == "agreement" and self._truce(x.ids)]
            return _as_named(self._candidate(i, truces, {"agreement"}, "agreement"), start, i)
        # the word classes a description can be of, tried in this order: the first that the
        # noun is of says what it stands for ("the treaty" with no partner named is a bloc's)
        for of_class, meant in (
            (self._of_agreement, self._agreement_meant),
            (_of_bloc, self._bloc_meant),
            (_of_country, self._country_meant),
            (self._of_institution, self._institution_meant),
            (_of_person, self._person_meant),
            (_of_group, self._group_meant),
        ):
            if of_class(tok, word, dets):
                return meant(tok, start, dets, seen)
        return None

    # -- what a noun of each class stands for: (noun, where its phrase starts, its
    # determiners, the refs named before) -> the ref, or None where none fits

    def _names(self, ident: str) -> str:
        """An agreement's name and aliases, lower-cased, as one string ("" if unknown)."""
        agreement = self.r.know.agreements.get(ident)
        return " ".join([agreement.name, *agreement.aliases]).lower() if agreement else ""

    def _truce(self, ids: tuple[str, ...]) -> bool:
        """Whether an agreement named is a truce ("the Israel-Lebanon ceasefire agreement")."""
        return len(ids) == 1 and any(w in self._names(ids[0]) for w in TRUCE_WORDS)

    def _of_agreement(self, tok: Token, word: str, dets: list[Token]) -> bool:
        """ "the agreement", "the treaty with Russia" (a bare "the treaty" is a bloc's)."""
        return word in cw.DESCRIPTIONS_AGREEMENT and (
            word != "treaty" or bool(self._partner_states(tok))
        )

    def _agreement_meant(
        self, tok: Token, start: int, dets: list[Token], seen: list[Ref]
    ) -> Ref | None:
        """The last agreement (or bloc) named, of the partners the noun names if it names
        any; else the pact of the two states the document is about, or the one between the
        noun's partner and a state its sentence names."""
        i = tok.i
        # not a bloc named only as what a state is ("urged NATO member Turkey to pull back
        # from the deal"): no antecedent of "the deal"
        seen = [x for x in seen if not describes_a_state(self.r, self.doc[x.head])]
        # nor a body named as the frame of a tie ("military ties within the Union State")
        seen = [x for x in seen if not _framework(self.doc[x.head])]
        with_partner = self._partner_states(tok)  # "the treaty with Russia"
        with_partner += self._partner_states(tok, "org")  # "the agreement with the EU"
        if with_partner:  # a pact the partners named are parties to, not a bloc named before
            seen = [x for x in seen if self._parties_in(x, with_partner)]
        found = self._candidate(i, seen, {"agreement", "org"}, "agreement")
        pair = self.pair_agreement
        if found is None and pair is not None and self._fits_pair(tok, pair):
            # "the agreement": the pair's, unless it says whose ("the agreement with Russia"
            # in an article about two others)
            return Ref(start, i + 1, (pair,), "agreement", "description", i)
        with_one = self._with_sentence_state(tok, with_partner) if found is None else None
        if with_one is not None:  # "Kim ratified the defence treaty with Russia"
            return Ref(start, i + 1, (with_one,), "agreement", "description", i)
        return _as_named(found, start, i)

    def _bloc_meant(self, tok: Token, start: int, dets: list[Token], seen: list[Ref]) -> Ref | None:
        """ "the bloc", "the alliance": the last body named, else the document's body; "the
        Russia-led defence bloc": the one alliance of the knowledge base its leader is in."""
        led = self._alliance_led_by(tok)
        if led is not None:
            return Ref(start, tok.i + 1, (led,), "org", "description", tok.i)
        seen = [x for x in seen if not _framework(self.doc[x.head])]  # not a tie's frame
        found = self._candidate(tok.i, seen, {"org", "agreement"}, "org")
        return _as_named(found if found is not None else self.main_org, start, tok.i)

    def _alliance_led_by(self, tok: Token) -> str | None:
        leaders = {
            i
            for k in tok.children
            if led_by(k)
            for g in k.children
            if (x := self.r.ref(g.i)) is not None and x.kind == "state"
            for i in x.ids
        }
        if len(leaders) != 1:
            return None
        know = self.r.know
        found = [o for o in sorted(know.alliances) if leaders <= know.parties.get(o, set())]
        return found[0] if len(found) == 1 else None

    def _country_meant(
        self, tok: Token, start: int, dets: list[Token], seen: list[Ref]
    ) -> Ref | None:
        """ "the country": the last state named that fits (of the region it names, not the
        one that speaks of or asks something of "that country"), else the document's state."""
        i = tok.i
        # "Russia says ... that country's defense", "Turkey demanded that the country lift its
        # embargo": another than who speaks or asks
        if dets[0].lower_ == "that" or _asked_of(tok):
            subjects = self._governing_subjects(tok, stated=True)
            seen = [x for x in seen if not set(x.ids) & subjects]
        placed = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into") else None
        if placed is not None and placed.pos_ == "NOUN":  # "Russian paramilitaries in the
            mods = [c for c in placed.children if c.dep_ in ("amod", "compound", "poss")]
            owners = {i for c in mods if (x := self.r.ref(c.i)) is not None for i in x.ids}
            if placed.dep_ == "dobj" and lemma(placed) in WORDS["FORCES"]:  # "the U.S. kept
                owners |= self._subject_ids(placed.head)  # 900 troops in the country"
            seen = [x for x in seen if not set(x.ids) & owners]  # country": not Russia
        region = _region(tok)
        if region is not None:  # "the Nordic country": the last one named of the region
            seen = [x for x in seen if x.kind != "state" or set(x.ids) <= region]
        found = self._candidate(
            i, seen, {"state"}, "state", speakers=self._speakers(tok), region=region
        )
        if found is None and self.r.focus:
            return Ref(start, i + 1, (self.r.focus,), "state", "description", i)
        if found is None:
            return None
        return Ref(start, i + 1, found.ids, "state", "description", i)

    def _of_institution(self, tok: Token, word: str, dets: list[Token]) -> bool:
        """ "the ministry" after one was named (not "the Latvian and Estonian ministries")."""
        return (
            word in INSTITUTION_COREF
            and word in self.institutions
            and dets[0].lower_ == "the"
            and not self._owned_here(tok)
        )

    def _institution_meant(
        self, tok: Token, start: int, dets: list[Token], seen: list[Ref]
    ) -> Ref | None:
        """ "the ministry": whose the one named before was."""
        owner = self.institutions[lemma(tok)]
        return Ref(start, tok.i + 1, owner.ids, owner.kind, "description", tok.i)

    def _person_meant(
        self, tok: Token, start: int, dets: list[Token], seen: list[Ref]
    ) -> Ref | None:
        """ "the minister": the last person named (the Australian prime minister: Australia's)."""
        whose = self._states_before(tok)
        if whose:
            speaks = self.r.speaks_for
            seen = [x for x in seen if x.kind != "person" or speaks.get(x.ids[0]) in whose]
        return _as_named(self._candidate(tok.i, seen, {"person"}, None), start, tok.i)

    def _group_meant(
        self, tok: Token, start: int, dets: list[Token], seen: list[Ref]
    ) -> Ref | None:
        """ "the militia": the one armed group named before; its own word only (a backer
        before it, "the Iran-backed militia", keeps its name)."""
        found = self._candidate(tok.i, seen, {"group"}, "group", single=True)
        if found is None:
            return None
        # "The group's attacks killed three teachers", after al-Shabaab: a bare "group" is
        # the armed group named before, not an institution or a club
        said = [k for k in tok.children if k.dep_ in ("compound", "amod", "nmod", "poss")]
        bare = tok.lower_ in ("group", "groups") and not _armed(tok)
        if bare and said:
            return None  # "the contact group": a group of no armed word, and named by its own
        if bare and self.r.know.kind.get(found.ids[0]) != "armed_group":
            return None
        return Ref(tok.i, tok.i + 1, found.ids, "group", "description", tok.i)


def _as_named(found: Ref | None, start: int, i: int) -> Ref | None:
    """The description as a ref to what it was found to stand for, of that one's kind."""
    return None if found is None else Ref(start, i + 1, found.ids, found.kind, "description", i)


def _of_bloc(tok: Token, word: str, dets: list[Token]) -> bool:
    return word in cw.DESCRIPTIONS_BLOC


def _of_country(tok: Token, word: str, dets: list[Token]) -> bool:
    return word in cw.DESCRIPTIONS_COUNTRY and tok.tag_ == "NN"


def _of_person(tok: Token, word: str, dets: list[Token]) -> bool:
    return word in cw.DESCRIPTIONS_PERSON and tok.tag_ == "NN"


def _of_group(tok: Token, word: str, dets: list[Token]) -> bool:
    """ "the militia", or "the group" (where it fights: ``_group_meant``)."""
    return word in cw.DESCRIPTIONS_GROUP or word == "group"  # bare: _group_meant


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


def _titled(tok: Token) -> bool:
    """An agreement's noun written as the head of a title: "Treaty on Conventional Armed
    Forces", "Agreement of Friendship": capitalised, with a capitalised word after "on"/"of"."""
    if not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    return any(o.text[:1].isupper() for o in prep_objects(tok, ("on", "of")))


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


def _year(tok: Token) -> int | None:
    """ "the 1995 agreement", "an agreement of 1995", "a treaty signed in 1995"."""
    near = list(tok.lefts) + [o for p in tok.rights if p.lower_ == "of" for o in p.children]
    signed = [v for v in tok.rights if v.dep_ == "acl" and v.tag_ == "VBN"]
    near += [o for v in signed for p in v.children if p.lower_ == "in" for o in p.children]
    for t in near:
        if t.like_num and len(t.text) == 4 and t.text.isdigit() and 1800 < int(t.text) < 2100:
            return int(t.text)
    return None


TALKS = {"talk", "negotiation", "negotiate", "discuss", "discussion", "consultation"}


def _talked_of(noun: Token) -> bool:
    """Whether an agreement's noun is what talks are on: "held talks on a peace accord",
    "negotiating a peace treaty"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("on", "over", "for", "about"):
        return lemma(head.head) in TALKS
    return noun.dep_ == "dobj" and lemma(head) in TALKS


SIGNING = {"sign", "ratify", "conclude", "ink", "approve", "seal", "clinch", "forge"}
SIGNED_TIES = {"partnership", "alliance"}  # ties that a signature makes pacts


def _framework(tok: Token) -> bool:
    """A body named as the frame of something else: "ties within the Union State", "a
    pact signed under the framework of their Union State"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma(tok.head.head) == "framework":
        tok = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ in ("within", "under")
