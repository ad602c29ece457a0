"""Agreements as events: who signs, ratifies or consents, and whom a pledge or a clause
covers."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from pactwatch.extraction.arguments.pieces import Pieces, another, described_by, introduced
from pactwatch.extraction.arguments.words import (
    AGREEMENT_NOUNS,
    COVERING,
    ENTRY_WORDS,
    GATHERINGS,
    PARTNERSHIP,
    SALES,
    SIGNED_BY,
    TRUCES,
)
from pactwatch.extraction.reading import NOT_PARTNER, Candidate, Ref
from pactwatch.extraction.syntax import (
    CONSENT,
    INSTRUMENTS,
    agent_token,
    lemma,
    objects,
    parties_said,
    prep_objects,
    subject_token,
)


class AgreementFrames(Pieces):
    """The ``agreement``, ``coverage`` and ``clause`` frames."""

    def _signed_instrument(self, noun: Token) -> list[Ref]:
        """Who signed the law or document that does something ("the document signed by the
        Russian president ratifies the treaty"): their state acts by it."""
        if lemma(noun) not in INSTRUMENTS | {"document"}:
            return []
        signed = [k for k in noun.children if k.dep_ == "acl" and lemma(k) == "sign"]
        by = [a for k in signed if (a := agent_token(k)) is not None]
        return [x for a in by for x in self.actors(a) if x.kind in ("state", "person")]

    def _agreement(self, c: Candidate, head: Token) -> list[Candidate]:
        if c.trigger.pattern == "pair":  # "the Danish-American one of last winter"
            ref = self.r.ref(c.head)
            if ref is None:
                return []
            c.agreement = ref.ids[0]
            c.subject = sorted(self.know.parties.get(c.agreement, set()))
            c.date = self.know.signed.get(c.agreement)
            c.cues.append("subj_via=pair")
            return [c]
        if any(t.lower_ == "without" for t in self.doc[c.start : c.end]):
            return []  # "the summit ended without a deal": no agreement to end or sign
        # "a signed, ratified treaty" (not "the cease-fire agreement": a noun the tagger may
        # take for an adjective once its hyphen joins it)
        if head.dep_ == "amod" and head.head.pos_ == "NOUN" and lemma(head) != "ceasefire":
            noun = head.head
            if lemma(noun) not in AGREEMENT_NOUNS:
                return []  # "extended deterrence", "a signed letter": no agreement
            parties = self.preps(noun, ("with", "between"))
            owner, _ = subject_token(noun.head) if noun.dep_ in ("dobj", "attr") else (None, False)
            parties = self.actors(owner) + [x for x in parties if x not in self.actors(owner)]
            agr = [x for x in self.agreements_in([noun], 1)]
            c.subject = self.ids(parties)
            c.agreement = agr[0].ids[0] if agr else self._between(set(c.subject), c.type)
            c.cues.append("subj_via=modified")
            return [c]
        if c.type == "ratify" and lemma(head) in CONSENT and head.pos_ == "NOUN":
            return self._consent(c, head)
        if c.type == "sign" and any(lemma(o) in INSTRUMENTS for o in self.objects(head)):
            return []  # "signed the law", "signed a decree recognizing": no agreement
        parties, via = self.subject(head)
        if not parties:  # "contracts signed by Athens", "accords reached by the heads of
            parties = self._signed_by(head)  # A, B and C"
            via = "by" if parties else via
        concluded = _concluded_by(head) if c.type == "peace_deal" else None
        if not parties and concluded is not None:  # "A and B signed a peace deal": theirs
            parties, via = self.subject(concluded)
            via = "concluded" if parties else via
        if c.type == "peace_deal" and lemma(head) in ("broker", "mediate"):
            parties, via = [], "none"  # "Qatar brokered a truce between A and B": A and B
        passive = self.passive_subject(head)
        if not parties and c.type in ("sign", "negotiate"):
            parties = self._met(head)  # "signed during a meeting between France and Armenia"
            via = "met" if parties else via
        if not parties and head.pos_ == "NOUN":  # "the signing of a framework by India and
            signers = [head, *prep_objects(head, ("of",))]  # the United States"
            parties = [x for t in signers for x in self.preps(t, ("by",)) if x.kind != "place"]
            via = "by" if parties else via
        partners: list[Ref] = []
        named = [head, *objects(head), *prep_objects(head, ("of",))]
        named += [n for o in objects(head) for n in prep_objects(o, ("of",))]  # "memorandum of"
        said = list(named) + ([concluded] if concluded is not None else [])
        said += [  # "agreements on defence guarantees with Kyiv": the parser hangs the
            t  # partner on what the agreement is on
            for o in objects(head)
            if lemma(o) in AGREEMENT_NOUNS
            for t in prep_objects(o, ("on",))
        ]
        subj_tok, _ = subject_token(head)
        if subj_tok is not None and lemma(subj_tok) in AGREEMENT_NOUNS | TRUCES | PARTNERSHIP:
            said.append(subj_tok)  # "the pact between Australia and Vanuatu was scrapped"
            if not parties:  # "the Israel-Hezbollah ceasefire took effect"
                named_by = [x for x in self.owners(subj_tok) if x.kind in ("state", "group")]
                parties = named_by if len(named_by) > 1 else parties
        if c.type == "ratify" and not parties and subj_tok is not None:
            parties = self._signed_instrument(subj_tok)  # "the law signed by Putin ratifies"
            via = "instrument" if parties else via
        withs: list[Ref] = []  # the other party of one's own agreement, said after "with"
        for tok in said:
            found = self.preps(tok, ("with", "between", "among"))
            partners += [x for x in found if x not in parties + partners]
            withs += [x for x in self.preps(tok, ("with",)) if x not in withs]
        if c.type == "terminate" and parties:  # "ending its defence agreement with France"
            c.object = self.ids(partners)
        elif c.type == "terminate" and partners and all(x in withs for x in partners):
            c.object = self.ids(partners)  # "voted to nullify the treaty with Ukraine": the
            # one who ends it is not named, Ukraine is the other party
        elif c.type != "ratify" or not (parties or _said_by_another(head, subj_tok)):
            parties += partners  # "Putin ratified a treaty with Belarus": he ratifies it,
            # Belarus is its other party; "the Duma ratified a treaty with Pyongyang": not it
        if c.type == "ratify":  # "ratify the country's accession": whose accession
            for noun in [*objects(head), *prep_objects(head, ("of",))]:
                if lemma(noun) in ("accession", "membership", "bid", "entry"):
                    c.object = self.ids([x for x in self.owners(noun) if x.kind == "state"])
        if c.type == "extend":  # "extended its stay in Qatar", "renew its aid to Palau",
            # "prolong the mandate of the mission in Somalia": the state it is extended for
            hosts = [x for n in named for x in self.preps(n, ("in", "to")) if x.kind == "state"]
            own = {i for x in parties for i in x.ids}
            hosts += [  # "the mandate of its Somalia mission" (not "Germany's mission")
                x
                for n in named
                if lemma(n) in ("mission", "operation", "deployment")
                for x in self.owners(n)
                if x.kind == "state"
                and self.doc[x.head].dep_ == "compound"
                and not set(x.ids) & own
                and x not in hosts
            ]
            c.object = self.ids([x for x in hosts if x not in parties])
        if head.pos_ in ("NOUN", "PROPN"):
            parties += [x for x in self.owners(head) if x.kind in ("state", "person")]
        agr = self.agreements_in([*objects(head), *prep_objects(head, ("of", "on", "to"))])
        agr += [x for x in passive if x.kind in ("org", "agreement")]
        if not agr:
            agr = self.agreements_in([head, *self.doc[c.start : c.end]], depth=2)
        partner_ids = {x.ids for x in partners}
        if c.type == "sign" and agr and agr[0].kind == "org" and agr[0].ids in partner_ids:
            agr = agr[1:]  # "inked a security pact with the EU": the bloc is a party
        states = [x for x in parties if x.kind in ("state", "person", "org", "group")]
        c.subject = self.ids([x for x in states if not agr or x.ids[0] != agr[0].ids[0]])
        if (  # "the EU extended the mandate": the bloc acts, and on its own instruments
            not c.subject
            and via == "nsubj"
            and any(x.kind == "org" for x in states)
            and subj_tok is not None
            and lemma(subj_tok) not in AGREEMENT_NOUNS  # "the Charter creates the AES": no
        ):
            c.subject = self.ids(states)
        agreement = agr[0].ids[0] if agr else None
        agr_via = "named"
        # "signed a contract with the United States for Patriot systems": a sale, none of the
        # pair's pacts nor the one the article is about
        commercial = any(lemma(n) in SALES for n in [head, *objects(head)])
        if agreement is None and not commercial:
            said = [n for n in objects(head) if lemma(n) in AGREEMENT_NOUNS]
            if subj_tok is not None and lemma(subj_tok) in AGREEMENT_NOUNS:
                said.append(subj_tok)  # "the airbase deal with Moscow was extended"
            words = {w for n in said for w in described_by(n)}
            agreement = self._between(set(c.subject) | set(self.ids(partners)), c.type, words)
            with_ids = set(self.ids(partners))  # "Germany and France signed agreements with
            if with_ids and not self.know.parties.get(agreement or "", set()) & with_ids:
                agreement = None  # Ukraine": a pact with Ukraine, not the two's own
            truce = TRUCES | {"hostilities"}  # "Cessation of hostilities between ..."
            if lemma(head) in TRUCES and agreement and not self._name_words(agreement) & truce:
                agreement = None  # "the cease-fire between Armenia and Azerbaijan": a truce is
                # none of their pacts but one the knowledge base has as a truce
            told = words | (described_by(head) if lemma(head) in AGREEMENT_NOUNS else set())
            if "peace" in told and agreement and "peace" not in self._name_words(agreement):
                agreement = None  # "the peace agreement between them": not their truce
            agr_via = "between" if agreement else "context"
        other = any(another(n) for n in [head, *objects(head), *prep_objects(head, ("of",))])
        other |= commercial
        if agreement is None and self.main_agreement and c.type != "peace_deal" and not other:
            agreement = self._main_agreement_for(c)
        if agreement is None and c.type not in ("sign", "peace_deal") and not other:
            agreement = self.context_agreement(head)
            nouns = [head, *objects(head), *prep_objects(head, ("of", "on"))]
            nouns += [subj_tok] if subj_tok is not None else []
            if not self._fits_parties(agreement, [head, *objects(head)]):
                agreement = None  # "denounce the bilateral treaty": not the bloc told before
            elif not self._fits_between(agreement, nouns):
                agreement = None  # "the deal between Kyrgyzstan and Russia": not their bloc's
                c.cues.append(NOT_PARTNER)  # (nor the bloc's by default)
            if agreement in {i for x in partners for i in x.ids}:  # "the agreement with the
                agreement = None  # EU on readmission": a pact with the bloc, not the bloc's own
                c.cues.append(NOT_PARTNER)  # (and not the bloc's by default either)
            if c.type == "ratify" and self._outsiders(agreement, c.subject):
                agreement = None  # "Libya approved its deal with Turkey": not NATO's treaty
            if agreement is not None and self.know.is_org(agreement) and introduced(nouns):
                agreement = None  # "scrapped a defence accord": a pact the text brings in
                # as new ("a", "an"), not the bloc named before
        known = self.know.parties.get(agreement or "", set())
        fewer = via == "concluded" and set(c.subject) < known  # "Baku wants Yerevan to sign"
        if (not c.subject or fewer) and agreement in self.know.bilateral:
            c.subject = sorted(known)
            via = "kb_parties"
        c.agreement = agreement
        if c.type == "extend" and not c.object and agreement in self.know.missions:
            c.object = [self.know.missions[agreement][1]]  # a mission's mandate: where it is
        if c.type == "terminate" and not c.object and c.subject and agreement is not None:
            # "Chad will end the defence agreement": ends it with its other parties
            others = self.know.parties.get(agreement, set()) - set(c.subject)
            c.object = sorted(others) if 0 < len(others) <= 2 else []
        c.cues += [f"subj_via={via}", f"agr_via={agr_via}"]
        if agreement is None:
            return self._each_partner(c, head, partners) or [c]
        return [c]

    def _signed_by(self, noun: Token) -> list[Ref]:
        """The agent of a participle of signing hung on a pact's noun (or the participle
        itself, where it is the trigger's head)."""
        if noun.dep_ == "acl" and noun.tag_ == "VBN":
            noun = noun.head
        for acl in noun.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and lemma(acl) in SIGNED_BY:
                by = agent_token(acl)
                if by is not None and self.actors(by):
                    return self.actors(by)
        return []

    def _outsiders(self, agreement: str | None, ids: list[str]) -> bool:
        """Whether states are named none of whom is a party of the agreement."""
        parties = self.know.parties.get(agreement or "", set())
        states = {i for i in ids if self.know.is_state(i)}
        return bool(parties and states) and not states & parties

    def _fits_parties(self, agreement: str | None, nouns: list[Token]) -> bool:
        """Whether an agreement has as many parties as its nouns say ("the bilateral
        treaty"): a bloc never has two."""
        said = {n for t in nouns if (n := parties_said(t)) is not None}
        if agreement is None or not said:
            return True
        parties = self.know.parties.get(agreement, set())
        return not self.know.is_org(agreement) and len(parties) in said

    def _fits_between(self, agreement: str | None, nouns: list[Token]) -> bool:
        """Whether an agreement can be the pact its nouns say is between two states ("the
        agreement between the Kyrgyz Republic and the Russian Federation"): no bloc is, and
        a pact is only between its parties."""
        for noun in nouns:
            if agreement is None or lemma(noun) not in AGREEMENT_NOUNS:
                continue
            # "the deal for a joint air defence system between Kyrgyzstan and Russia"
            betweens = [t.head for t in noun.subtree if t.lower_ == "between" and t.dep_ == "prep"]
            said = [x for b in betweens for x in self.preps(b, ("between",))]
            sides = {i for x in said if x.kind == "state" for i in x.ids}
            if len(sides) < 2:
                continue
            parties = self.know.parties.get(agreement, set())
            if self.know.is_org(agreement) or not sides <= parties:
                return False
        return True

    def _each_partner(self, c: Candidate, head: Token, partners: list[Ref]) -> list[Candidate]:
        """Agreements in the plural with several partners are one with each: "Ukraine has
        signed security agreements with Britain, France and Italy" is three signings, each
        of the pact between the pair."""
        plural = any(n.tag_ == "NNS" and lemma(n) in AGREEMENT_NOUNS for n in objects(head))
        others = self.ids([x for x in partners if x.kind in ("state", "org")])
        own = [i for i in c.subject if i not in others and self.know.is_state(i)]
        if plural and len(own) >= 2 and len(others) == 1:  # "Sweden, Denmark and Finland
            own, others = others, own  # signed such agreements with the US": one with each
        if len(others) < 2 or len(own) != 1:
            return []
        pairs = {o: self._pair_agreement(own[0], o, c.type) for o in others}
        # "inked a security pact with the EU and then with Estonia and Latvia": one
        # with each, where the knowledge base holds one with each that the words describe
        # and that was signed by then (not "a free trade agreement", "a trilateral memorandum")
        if not plural and not all(self._described_as(a, head) for a in pairs.values()):
            return []
        out = []
        for other in others:
            pair = [own[0], other]
            agreement = pairs[other]
            cues = [*c.cues, "each_partner"]
            out.append(replace(c, subject=pair, agreement=agreement, cues=cues, one_of=other))
        return out

    def _described_as(self, agreement: str | None, head: Token) -> bool:
        """Whether the agreement noun the verb takes describes this agreement by words of its
        name, and it was signed by the article's date."""
        if agreement is None:
            return False
        nouns = [n for n in objects(head) if lemma(n) in AGREEMENT_NOUNS]
        words = {w for n in nouns for w in described_by(n)}
        if not nouns or not words or not words <= self._name_words(agreement):
            return False
        signed = self.know.signed.get(agreement)
        return signed is None or self.published is None or signed.start <= self.published.start

    def _pair_agreement(self, one: str, other: str, etype: str) -> str | None:
        """The agreement of the knowledge base between two parties, a bloc among them."""
        exact = [ag for ag, ps in self.know.parties.items() if ps == {one, other}]
        return exact[0] if len(exact) == 1 else self._between({one, other}, etype)

    def _consent(self, c: Candidate, head: Token) -> list[Candidate]:
        """The approval a state wins or needs to join a bloc ("must win every member's
        approval to join", "needs Turkey's consent for its accession"): those who approve
        ratify the entry of the one who seeks it; about anything else, no ratification."""
        sent = head.sent
        if not any(lemma(t) in ENTRY_WORDS for t in sent):
            return []
        seeker, _ = subject_token(head.head)
        seekers = [x for x in self.actors(seeker) if x.kind == "state"]
        for verb in head.subtree:  # "... to let the country enter the bloc"
            if not seekers and lemma(verb) in ENTRY_WORDS and verb.pos_ == "VERB":
                joiner, _ = subject_token(verb)
                seekers = [x for x in self.actors(joiner) if x.kind == "state"]
        givers = [x for x in self.owners(head) if x.kind in ("state", "org")]
        givers += [x for x in self.preps(head, ("of", "from")) if x not in givers]
        blocs = [x for x in self.agreements_in(list(head.subtree), 6) if x.kind == "org"]
        c.subject = self.ids(givers)
        c.object = [i for i in self.ids(seekers, roles=False) if i not in c.subject]
        c.agreement = blocs[0].ids[0] if blocs else self.context_agreement(head)
        c.cues += ["subj_via=consent", "agr_via=named" if blocs else "agr_via=context"]
        focus = self.r.focus
        if not c.object and focus and focus not in c.subject:  # "a long process to win the
            return [c, replace(c, object=[focus], cues=[*c.cues, "hyp=obj_focus"])]  # approval"
        return [c]

    def _met(self, head: Token) -> list[Ref]:
        """The sides of the meeting an agentless act took place at: "the deal was signed
        during a meeting between the defence ministers of France and Armenia"."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("during", "at", "on"):
                continue
            for noun in prep.children:
                if lemma(noun) not in GATHERINGS:
                    continue
                for side in prep_objects(noun, ("between", "of")):
                    found = self.actors(side) or [
                        x for o in prep_objects(side, ("of",)) for x in self.actors(o)
                    ]
                    if len({i for x in found for i in x.ids}) >= 2:
                        return found
        for clause in head.children:  # "was signed when the French and Armenian ministers met"
            when = any(k.lower_ == "when" for k in clause.children)  # not "after X met"
            if clause.dep_ == "advcl" and lemma(clause) == "meet" and when:
                met, _ = self.subject(clause)
                if len({i for x in met for i in x.ids}) >= 2:
                    return met
        return []

    def _coverage(self, c: Candidate, head: Token) -> list[Candidate]:
        """ "the 1951 Mutual Defense Treaty covers armed attacks on Philippine forces": the
        treaty's other parties commit to defend the state it is said to cover."""
        subj, passive = subject_token(head)
        if subj is None or passive or lemma(subj) not in COVERING:
            return []  # "the organisation covered Armenia's contributions": money, no defence
        named = self.agreements_in([subj], 3)  # "Article 5 of the US-Japan treaty"
        agreement = named[0].ids[0] if named else None
        # "Article 5 of the treaty": the one told before (not "the agreement covering a foreign
        # military presence", the pact itself with no article of it)
        of_pact = lemma(subj) not in AGREEMENT_NOUNS
        if agreement is None and of_pact and any(lemma(t) in AGREEMENT_NOUNS for t in subj.subtree):
            agreement = self.context_agreement(head)
        if agreement is None:
            return []
        covered: list[str] = []
        for tok in head.subtree:  # not "..., which Japan administers and China claims"
            if any(a.dep_ == "relcl" for a in tok.ancestors if a.i > head.i) or tok.dep_ == "relcl":
                continue
            ref = self.r.ref(tok.i) if tok.i > head.i else None
            if ref is not None and ref.kind in ("state", "place"):
                covered += [i for i in ref.ids if i not in covered]
        if not covered:
            return []
        parties = sorted(self.know.parties.get(agreement, set()) - set(covered))
        c.subject = parties or ([agreement] if self.know.is_org(agreement) else [])
        c.object = covered
        c.agreement = agreement
        c.cues.append("subj_via=covers")
        return [c]

    def _clause(self, c: Candidate, head: Token) -> list[Candidate]:
        on = self.preps(head, ("on", "against"))
        agr = self.agreements_in([head], 2)
        agreement = agr[0].ids[0] if agr else self.context_agreement(head)
        c.agreement = agreement
        c.object = self.ids([x for x in on if x.kind == "state"])
        c.subject = [agreement] if agreement and self.know.is_org(agreement) else []
        if c.subject and not c.object and self._one_of_members(on, head):
            c.object = list(c.subject)  # "an attack on one of its members": on the body
        parties = sorted(self.know.parties.get(agreement or "", set()))
        if 2 <= len(parties) <= 8:  # "an attack on one is an attack on all": each on each
            cues = [*c.cues, "hyp=clause_parties"]
            return [c, replace(c, subject=parties, object=parties, cues=cues)]
        pledgers = self._pledgers(head)
        if len(pledgers) >= 2:  # "Oman and Qatar agreed that an attack on one ...": each other
            cues = [*c.cues, "subj_via=pledgers"]
            return [c, replace(c, subject=pledgers, object=pledgers, cues=cues)]
        return [c]

    def _one_of_members(self, on: list[Ref], head: Token) -> bool:
        """ "a blow against one of its member states", "against any one of the bloc's
        thirty members": a blow at whichever of a body's members, none named."""
        said = [o for o in prep_objects(head, ("on", "against")) if o.lower_ in ("one", "any")]
        members = [m for o in said for m in prep_objects(o, ("of",))]
        return not on and any(
            lemma(m) in ("member", "ally") or any(lemma(k) == "member" for k in m.children)
            for m in members
        )

    def _pledgers(self, head: Token) -> list[str]:
        """The states whose statement a clause is the content of: "Oman and Qatar agreed
        that an attack on one would be an attack on both"."""
        tok = head
        while tok.dep_ not in ("ccomp", "xcomp") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ not in ("ccomp", "xcomp") or tok.head.pos_ != "VERB":
            return []
        subj, _ = subject_token(tok.head)
        return sorted({i for i in self.ids(self.actors(subj)) if self.know.is_state(i)})


CONCLUDING = {"sign", "reach", "strike", "agree", "conclude", "seal", "ink", "accept", "announce"}
CONCLUDING |= {"shake", "finalize", "finalise"}  # "shook hands on a deal"


def _concluded_by(noun: Token) -> Token | None:
    """The verb whose subject concludes the deal a noun names: "signed a peace deal", "agreed
    to a ceasefire", "reached a truce"; not "brokered", "violated" or "called for" one."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("to", "on", "upon"):
        verb = verb.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):  # "a ceasefire was agreed between A and B"
        return None
    return verb if verb.pos_ == "VERB" and lemma(verb) in CONCLUDING else None


def _said_by_another(verb: Token, subj: Token | None) -> bool:
    """A verb with a subject of its own the reader knows no actor by ("the State Duma
    ratified"), not the agreement itself ("the treaty with Belarus was ratified")."""
    if subj is None or subj.head.i != verb.i or subj.dep_ != "nsubj":
        return False
    return lemma(subj) not in AGREEMENT_NOUNS
