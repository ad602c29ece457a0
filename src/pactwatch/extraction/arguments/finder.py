"""The finder: each candidate to its frame, then what every frame shares (the agreement in
context, accessions decided by others, attacks told before); the other readings of what the
text leaves implicit, offered with a ``hyp=`` cue for the learned filter to weigh, are
``guesses.py``'s."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from pactwatch.dates import PartialDate
from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.arguments.guesses import Guesses
from pactwatch.extraction.arguments.words import (
    ACCESSION_NOUNS,
    ACCESSION_TYPES,
    AGREEMENT_NOUNS,
    BACKING,
    BLOC_MEMBER_TYPES,
    CONTEXT_AGREEMENT_TYPES,
    CRAFT,
    DISSUADING,
    FORCES,
    GETTING,
    GUARDING,
    JOINING_FIGHT,
    LONG_MEMBER_YEARS,
    MISSION_ASKED,
    MISSION_FORCES,
    MISSION_WORDS,
    ORDERING,
    ORG_AGREEMENT_TYPES,
    PROVISION_KINDS,
    REQUESTING,
    RULE_TYPES,
    RULE_VERBS,
    SAID_AGAIN,
    TAKING_PART,
    TROOPS,
)
from pactwatch.extraction.lexicon.arms import HELPED_BY
from pactwatch.extraction.lexicon.statements import BARE_PLEDGES
from pactwatch.extraction.reading import EACH_OTHER, NOT_PARTNER, Candidate
from pactwatch.extraction.syntax import (
    PREP_CONTROL,
    agent_token,
    anothers_deed,
    is_passive,
    lemma,
    objects,
    prep_objects,
    subject_token,
    to_infinitive,
    year,
)


class Finder(Guesses):
    """Finds the arguments of each candidate of a document, by its trigger's frame."""

    def find(self, c: Candidate) -> list[Candidate]:
        head = self.doc[c.head]
        if c.type in RULE_TYPES and self._laid_down(head):
            return []  # "the Charter does not provide for unilateral withdrawal": a rule
        if c.type != "urge" and _requested(head):
            return []  # "Sandu called for the withdrawal of Russian troops": the call is the
            # event; what it asks for has not happened
        if c.trigger.pattern in HELPED_BY and not self._helped_by(head):
            return []
        if c.type == "cooperate" and _referring_partner(head):
            return []  # "its wayward partner is negotiating pacts": who, not a tie told
        frame = c.trigger.frame
        method = getattr(self, f"_{frame}")
        found: list[Candidate] = method(c, head)
        out = []
        for x in found:
            if x.type == "negotiate" and self._within_one_state(x, head):
                continue  # "the envoy put proposals to President Macron": no talks
            if x.trigger.pattern.startswith("^reject") and not x.object:
                continue  # "rejected the statement as baseless": whose statement, unsaid
            x.subject = [i for i in x.subject if i]
            if x.trigger.frame not in ("mutual", "clause", "agreement", "dyad"):
                x.object = [o for o in x.object if o not in x.subject]
            # "Kyrgyzstan and Tajikistan accused each other"; "CSTO members pledged to protect
            # each other": the bloc's members, each the other's
            bloc = len(x.subject) == 1 and self.know.is_org(x.subject[0])
            if not x.object and (len(x.subject) > 1 or bloc) and _reciprocal(head):
                x.object = list(x.subject)
                x.cues.append(EACH_OTHER)
            main_first = x.type in BLOC_MEMBER_TYPES  # the pact the text is about, before
            if x.agreement is None and main_first and x.type in CONTEXT_AGREEMENT_TYPES:
                x.agreement = self._main_agreement_for(x)  # a bloc merely named
            if x.agreement is None:
                x.agreement = self.basis(x, head)
            self._org_agreement(x)
            if x.agreement is None and x.type in CONTEXT_AGREEMENT_TYPES and not main_first:
                x.agreement = self._main_agreement_for(x)
            nobody = not x.subject and not x.object
            if nobody and x.type == "negotiate" and x.agreement in self.know.bilateral:
                # "several clauses were still unsettled": by the agreement's parties
                x.subject = sorted(self.know.parties.get(x.agreement or "", set()))
                x.cues.append("subj_via=kb_parties")
            if x.trigger.pattern in BARE_PLEDGES and not self._pledged_under(x, head):
                continue  # "failed to honour their commitments to implement the measures",
                # "to stick to its commitments" under an arms treaty: no defence pledged
            by_state = any(self.know.is_state(i) for i in x.subject)  # a member asks the bloc
            invoked = x.type == "urge" and lemma(head) == "invoke" and not by_state
            if invoked and self._defence_clause(x, head):
                self._invoked_defence(x, head)  # "NATO invoked Article 5 after the attacks
                # on the United States": the allies' pledge to defend the one attacked
            if x.type == "withdraw_forces" and self._from_a_pact(head):
                x.type = "withdraw"  # "withdraw the United States from a decades-old treaty"
                x.object = []
                x.cues.append("left=pact")
            if lemma(head) in ("denounce", "denunciation") and self._denounced_otherwise(x, head):
                continue  # "denounced the OAS Charter": notice of leaving, no end, no charge
            if x.type == "commit_defense" and lemma(head) == "guarantor":
                self._guaranteed(x, head)  # "guarantors of the ceasefire": of its sides
            if x.agreement is not None and x.type in PROVISION_KINDS:
                self._provided_by_pact(x, head)
            if x.type == "sign" and self._by_legislature(head):
                x.type = "ratify"
                x.cues.append("by=legislature")
            if x.type in ACCESSION_TYPES:
                self._accession(x, head)
            if self._backs_fighters(x, head):
                x.type = "security_assistance"
                x.cues.append("backed=armed_group")
            if x.type == "attack" and _guarding(head) and not self._at_war(x):
                x.type = "deploy"  # "began a maritime mission to guard the cables"
                x.cues.append("purpose=guard")
            x.span = self.extent(x, head)
            if x.type == "attack" and not x.subject:
                self._attack_before(x, head)
            if x.type == "attack" and lemma(head) == "cyberattack" and self._no_attacker(x, head):
                continue  # "a ransomware gang claimed a cyberattack on a French hospital"
            if x.type in SAID_AGAIN and not x.subject:
                self._told_again(x, head)
            joined = self._joined_fight(x, head)
            for y in self._split(x):
                for z in [y, *self._hypotheses(y, head)]:
                    self._not_joined_yet(z, head)
                    out.append(z)
            if x.type == "attack" and x.subject:
                self.attacks.append(x)
            if x.type in SAID_AGAIN and x.subject:
                self.told.append(x)
            sides = [i for i in x.subject if self._party(i)]
            if x.type in ("sign", "ratify") and len(sides) >= 2 and not x.guessed:
                self.signed.append((x.head, sides, x.agreement))  # "Turkey and Syria signed"
            if joined and x.subject:  # "troops joining Russia's invasion": both wage it
                others = [i for i in joined if i not in x.subject and i not in x.object]
                if others:
                    out.append(replace(x, subject=others, cues=[*x.cues, "subj_via=joined"]))
        return out

    def _defence_clause(self, c: Candidate, head: Token) -> bool:
        """Whether the article invoked is its bloc's clause of mutual defence, as the
        knowledge base records it ("Article 5" of the North Atlantic Treaty); not one of
        consultation ("Article 4")."""
        bloc = c.agreement or self.context_agreement(head)
        found = self.know.agreements.get(bloc or "")
        if found is None:
            return False
        said = [t for t in self.doc[c.start : min(c.end + 3, head.sent.end)] if t.like_num]
        numbers = {t.text for t in said}
        for p in found.provisions:
            ref = re.match(r"(?:\w+ )?Art(?:icle)?\.? ?(\d+)", p.reference or "")
            if p.kind == "defense" and ref is not None and ref.group(1) in numbers:
                c.agreement = bloc
                return True
        return False

    def _invoked_defence(self, c: Candidate, head: Token) -> None:
        """The bloc pledges, by the clause invoked, to defend the one attacked: the state the
        sentence says was attacked ("after the attacks on the United States"), else the
        state that invoked it."""
        struck = [
            x
            for t in head.sent
            if lemma(t) in cw.BLOWS
            for x in self.preps(t, ("on", "against"))
            if x.kind == "state"
        ]
        invoker = [i for i in c.subject if self.know.is_state(i)]
        c.type = "commit_defense"
        c.object = self.ids(struck) or invoker
        c.subject = [c.agreement] if c.agreement in self.know.organizations else c.subject
        c.cues.append("clause=defense")

    def _from_a_pact(self, head: Token) -> bool:
        """Whether what is left is a pact, not a place: "withdraw the United States from a
        decades-old nuclear treaty"."""
        if lemma(head) not in ("withdraw", "pull"):
            return False
        return any(lemma(o) in AGREEMENT_NOUNS for o in prep_objects(head, ("from", "out")))

    def _denounced_otherwise(self, c: Candidate, head: Token) -> bool:
        """What a pact denounced is not: a charge against anyone; the end of a bloc's charter or
        of a treaty of many, which a member leaves ("Nicaragua denounced the OAS Charter"); the
        leaving of a pair's pact, which ends ("denounced the defence agreements with Paris")."""
        if any(k.dep_ == "prep" and k.lower_ == "as" for k in head.children):
            return c.type != "accuse"  # "denounced the deal as a provocation": a charge
        said = [k for k in head.children if k.dep_ in ("dobj", "nsubjpass")]
        said += prep_objects(head, ("of",))  # "its denunciation of the treaty"
        said += [o for k in said for o in prep_objects(k, ("of",))]  # "a series of agreements"
        refs = [self.r.ref(k.i) for k in said]
        named = [x for x in refs if x is not None and x.kind in ("agreement", "org")]
        if not named and not any(lemma(k) in AGREEMENT_NOUNS for k in said):
            return False  # "denounced the raids as a provocation": a charge
        sides = {i for k in said for x in self.preps(k, ("between",)) for i in x.ids}
        if sides and c.subject and not sides & set(c.subject):
            return c.type != "accuse"  # "Baku denounced the deal between France and Armenia":
            # only a party leaves or ends a pact; one that is not condemns it
        many = c.agreement in self.know.organizations
        many |= len(self.know.parties.get(c.agreement or "", set())) > 2
        return (
            c.type == "accuse"
            or (c.type == "terminate" and many)
            or (c.type == "notify_withdrawal" and not many)
        )

    def _guaranteed(self, c: Candidate, head: Token) -> None:
        """Guarantors of an agreement guarantee it to its parties ("the US and France will act
        as guarantors of the ceasefire between Israel and Lebanon"), not to each other."""
        said = [*prep_objects(head, ("of",)), *(o for k in head.children for o in objects(k))]
        pacts = [x for x in self.agreements_in(said, 3) if x.kind == "agreement"]
        parties = self.know.parties.get(pacts[0].ids[0], set()) if pacts else set()
        if parties:
            c.agreement = pacts[0].ids[0]
        for noun in [] if parties else said:  # "the ceasefire between Israel and Lebanon"
            sides = {i for x in self.preps(noun, ("between",)) for i in x.ids}
            if len(sides) >= 2:
                parties = sides
                c.agreement = self._between(sides, "peace_deal") or c.agreement
                break
        if parties:
            c.object = sorted(parties - set(c.subject))
        c.cues.append("guarantor")

    def _pledged_under(self, c: Candidate, head: Token) -> bool:
        """Whether a commitment said with no word of what it is to is one of a pact of
        defence: the one it names, or the one the passage is about ("the obligation does not
        apply", after the treaty that binds China to defend North Korea)."""
        for t in head.subtree:  # "commitment to defending Chile", "obligations to protect
            if t.i == head.i or lemma(t) not in DEFENCE_SAID:  # it", "to Japan's security"
                continue
            whose = any(k.dep_ == "poss" or k.lower_ == "of" for k in t.children)
            kind = t.dep_ in ("compound", "amod")  # "the security commitments it made"
            if lemma(t) not in ("security", "safety") or whose or kind:  # not "to global
                return True  # security"
        return (c.agreement or self.context_agreement(head)) in self.know.pledges

    def _provided_by_pact(self, c: Candidate, head: Token) -> None:
        """Arms or aid delivered under a pact that says who gives them to whom: the side the
        text leaves unsaid is the pact's ("three more batteries due under the 2019 contract":
        Russia's to India); sides read the other way round are turned only where the text
        does not say who gives ("awaits delivery under the deal"), never where a giving verb
        does ("Australia will supply parts to the US under AUKUS")."""
        sides = self.know.provided(c.agreement or "", PROVISION_KINDS[c.type])
        if sides is None:
            return
        givers, takers = sides
        states = [i for i in c.subject if self.know.is_state(i) or self.know.is_org(i)]
        if not c.subject and not c.object:
            c.subject, c.object = list(givers), list(takers)
        elif not c.subject and set(c.object) <= set(takers):
            c.subject = list(givers)
        elif not c.object and states and set(states) <= set(givers):
            c.object = list(takers)
        elif (
            states
            and set(states) <= set(takers)
            and set(c.object) <= set(givers)
            and _giver_unsaid(c, head)
        ):
            c.subject, c.object = list(givers), list(takers)  # "New Delhi awaits delivery
            # under the deal": the one who gets the arms does not give them
        else:
            return
        c.cues.append("sides_via=provision")

    def _within_one_state(self, c: Candidate, head: Token) -> bool:
        """Whether the talks are within one state: the one it is put to or met is the
        subject's own official ("a Chilean envoy handed his plan to the Chilean president",
        "Lavrov met Putin")."""
        states = {self.r.speaks_for.get(i, i) for i in c.subject}
        met = [*self.direct(head), *self.preps(head, ("to", "with"))]
        met += [x for k in head.children if k.dep_ == "dobj" for x in self.preps(k, ("to",))]
        others = {self.r.speaks_for.get(i, i) for x in met for i in x.ids}
        mine = {i for x in met for i in x.ids} & set(c.subject)
        talked_with = {self.r.speaks_for.get(i, i) for i in c.object}  # "met Fidan to review
        # the talks with Sweden": talks with another state stay
        return len(states) == 1 and others == states and not mine and talked_with <= states

    def _org_agreement(self, c: Candidate) -> None:
        """An act of a bloc, or done to one, with no agreement named is under the bloc:
        "the CSTO will hold drills in Tajikistan", "NATO deployed a battlegroup"; a bloc asked
        to send or keep its mission in the asker's land is asked under that mission
        ("Chisinau asked the EU to send its mission")."""
        partner = NOT_PARTNER in c.cues  # "the agreement with the EU": not the EU
        if c.agreement is None and c.type in ORG_AGREEMENT_TYPES | BLOC_MEMBER_TYPES:
            orgs = [] if partner else [i for i in c.subject + c.object if self.know.is_org(i)]
            if orgs and c.type in BLOC_MEMBER_TYPES:  # "China and the EU agreed to cooperate",
                # "the US gave aid to ECOWAS": a state outside the bloc does not act under it
                day = c.date or self.published
                states = [i for i in c.subject + c.object if self.know.is_state(i)]
                orgs = [o for o in orgs if all(self.know.member_on(s, o, day) for s in states)]
            c.agreement = orgs[0] if orgs else None
        if c.type == "deploy" and c.agreement in self.know.organizations and c.object:
            mission = self.know.mission_on(c.agreement, c.object[0], self.published)
            c.agreement = mission or c.agreement  # the bloc's mission in the host
        if c.type == "urge" and c.subject:
            head = self.doc[c.head]  # "Chisinau asked the EU to send its mission": the
            asked = [k for k in head.children if k.dep_ in ("xcomp", "ccomp")]  # bloc's mission
            sent = [o for k in asked if lemma(k) in MISSION_ASKED for o in objects(k)]
            owned = [o for o in sent if any(k.dep_ == "poss" for k in o.children)]
            kept = [o for o in owned if lemma(o) in MISSION_FORCES]  # "its troops"
            if kept or any(lemma(o) in MISSION_WORDS for o in sent):  # in the asker's land
                asker = c.subject[0]  # "Pashinyan asked the EU": the land he speaks for
                asker = self.r.speaks_for.get(asker, asker)
                found = (self.know.mission_on(b, asker, self.published) for b in c.object)
                c.agreement = next((m for m in found if m), c.agreement)

    def _laid_down(self, noun: Token) -> bool:
        """A kind of act, no one's, under a verb by which a charter or a treaty lays down
        rules: "the Charter does not provide for unilateral withdrawal", "the treaty
        stipulates that withdrawal takes effect after a year"."""
        if noun.pos_ != "NOUN" or any(k.dep_ == "poss" for k in noun.children):
            return False
        said = [noun, *prep_objects(noun, ("of",))]  # "the suspension of Russia's membership"
        if any(x.kind == "state" for n in said for x in [*self.owners(n), *self.actors(n)]):
            return False  # someone's act: "allowed the accession of Sweden"
        tok = noun
        for _ in range(4):
            if tok.head.i == tok.i or tok.dep_ in ("conj", "advcl", "relcl", "acl"):
                return False  # another clause: "the treaty requires notice, and the exit of"
            tok = tok.head
            if tok.pos_ == "VERB" and lemma(tok) in RULE_VERBS and tok.tag_ != "VBD":
                rule = subject_token(tok)[0]
                if rule is None:
                    return False
                ref = self.r.ref(rule.i)
                by_agreement = ref is not None and ref.kind == "agreement"
                return lemma(rule) in AGREEMENT_NOUNS | {"statute"} or by_agreement
        return False

    def _helped_by(self, participle: Token) -> bool:
        """Whether a participle of help ("supported by", "backed by") names an actor or its
        forces as the helper, and modifies the forces helped themselves: not
        "backed by artillery", "backed by Russia's veto", "a plan to send troops, backed by
        France"."""
        by = agent_token(participle)
        if by is None or participle.tag_ != "VBN":
            return False
        if participle.dep_ != "acl" or lemma(participle.head) not in TROOPS:
            return False
        if lemma(by) in ("council", "parliament", "assembly", "court", "congress", "senate"):
            return False  # "backed by the UN Security Council": political backing
        if self.r.ref(by.i) is not None:
            return bool(self.actors(by))
        helpers = FORCES | CRAFT | {"ally", "partner"}  # "NATO allies", "French jets"
        return lemma(by) in helpers and bool(self.actors(by) or self._arms_owners(by))

    def _backs_fighters(self, c: Candidate, head: Token) -> bool:
        """Political support by a word of backing whose backed are all armed groups, backed
        themselves, not a thing of theirs ("backed Hamas's demand for a withdrawal")."""
        if c.type != "political_support" or lemma(head) not in BACKING or not c.object:
            return False
        backed = [*objects(head), *prep_objects(head, ("for", "of"))]
        if any(n.pos_ == "NOUN" and any(k.dep_ == "poss" for k in n.children) for n in backed):
            return False
        return all(self._armed(i) for i in c.object)

    def _at_war(self, c: Candidate) -> bool:
        """An operation in another state, or by a state at war by the knowledge base: "launched
        a military operation in northern Syria to secure its border" is a blow."""
        own = set(c.subject) | {self.r.speaks_for.get(i, i) for i in c.subject}
        if any(self.know.is_state(o) and o not in own for o in c.object):
            return True
        return any(self.know.war_target(s, c.date or self.published) for s in c.subject)

    def _attack_before(self, c: Candidate, head: Token) -> None:
        """An attack said again as "the strikes", "the attack", "these raids", with no owner:
        the last attack named before it, within two sentences, with its sides ("Israel struck
        Iran on Friday. Moscow condemned the strikes")."""
        prev = self._last_attack(head, c.object)
        if prev is not None:
            _take_sides(c, prev, "subj_via=attack_before")

    def _told_again(self, c: Candidate, head: Token) -> None:
        """A presence, withdrawal or supply said again as "the occupation", "the withdrawal",
        "the shipments", with no one named: the last one of its type told within two
        sentences, with its sides."""
        prev = self._last_told(c, head)
        if prev is not None:
            _take_sides(c, prev, "subj_via=told_before")
            c.again_of = prev.head

    def _joined_fight(self, c: Candidate, head: Token) -> list[str]:
        """Who joins, enters or takes part in a fight, a war or an offensive wages it
        ("North Korean troops joined the fighting", "took part in the offensive"); with no
        other subject the joiner is the subject."""
        if c.type != "attack" or head.pos_ not in ("NOUN", "PROPN"):
            return []
        verb: Token | None = None
        if head.dep_ == "dobj" and lemma(head.head) in JOINING_FIGHT:
            verb = head.head
        elif head.dep_ == "pobj" and head.head.lower_ == "in":
            gov = head.head.head
            took = lemma(gov) == "take" and any(k.lower_ == "part" for k in gov.children)
            if lemma(gov) in TAKING_PART or took:
                verb = gov
            elif gov.lower_ == "part" and lemma(gov.head) == "take":
                verb = gov.head
        if verb is None:
            return []
        subj, _ = subject_token(verb)
        found = self.actors(subj)
        if not found and subj is not None and lemma(subj) in FORCES | TROOPS:
            found = [x for x in self.owners(subj) if x.kind in ("state", "org", "group")]
        ids = self.ids(found)
        if ids and not c.subject:
            c.subject = [i for i in ids if i not in c.object]
            c.cues[:] = [f for f in c.cues if not f.startswith("subj_via=")] + ["subj_via=joined"]
            return []
        return ids

    @staticmethod
    def _by_legislature(head: Token) -> bool:
        """ "signed by Sweden's parliament", "the Duma approved": a legislature's signature is
        a ratification."""
        subj, passive = subject_token(head)
        who = agent_token(head) if passive or is_passive(head) else subj
        # a declaration their parliaments sign is signed, not ratified ("the parliaments of
        # Azerbaijan, Turkey and Pakistan signed the Baku Declaration")
        said = [lemma(o) for o in objects(head)] + ([lemma(subj)] if passive and subj else [])
        if any(w in DECLARED for w in said):
            return False
        return who is not None and lemma(who) in cw.LEGISLATURES

    def _not_joined_yet(self, c: Candidate, head: Token) -> None:
        """One joins, applies to or is ratified into an organization one is not yet in:
        Sweden's accession in 2023 is to NATO, not to the EU it has been in since 1995."""
        if not any(f in c.cues for f in ("agr_via=context", "acc=context", "hyp=agr_context")):
            return  # the organization named with the event is the one meant
        if c.type in ("join", "apply"):
            applicants = c.subject
        elif c.type in ("ratify", "block") or any(f.startswith("acc=") for f in c.cues):
            applicants = c.object  # "Hungary has not ratified Sweden's membership"
        else:
            return
        years = [y for t in head.sent if (y := year(t)) is not None]
        # "Sweden joined the EU in 1995": membership the year before counts
        day = PartialDate(str(min(years) - 1)) if years else self.published
        if day is None:
            return
        states = [i for i in applicants if self.know.is_state(i)]
        if c.agreement is None or c.agreement not in self.know.organizations or not states:
            return
        # long in it (an article on Finland's entry is written once Finland is in)
        before = PartialDate(str(day.start.year - LONG_MEMBER_YEARS))

        def long_in(org: str) -> bool:
            return all(
                self.know.member_on(s, org, day) and self.know.member_on(s, org, before)
                for s in states
            )

        if not long_in(c.agreement):
            return
        inside = {org for org in self.know.organizations if long_in(org)}
        c.agreement = self.context_agreement(head, exclude=inside)
        c.cues.append("agr=not_joined_yet")

    def _accession_noun(self, head: Token) -> Token | None:
        """The membership, bid or accession protocol the event is about, if any: the head
        itself, its object (also through "voted to ratify", "sent ... to parliament"), the
        patient of its passive, or the object of "of"."""
        near: list[Token] = [head, *objects(head), *prep_objects(head, ("of", "for", "on"))]
        for favor in prep_objects(head, ("in",)):  # "voted in favour of Sweden's accession"
            if lemma(favor) in ("favor", "favour"):
                near += prep_objects(favor, ("of",))
        for x in head.children:
            if x.dep_ in ("xcomp", "ccomp") and x.pos_ == "VERB":
                near += objects(x)
            if x.dep_ == "nsubjpass" or (x.dep_ == "nsubj" and not objects(head)):
                near.append(x)  # "the bid was held up", "the bid stalled"
        for noun in near:
            if noun.pos_ not in ("NOUN", "PROPN"):
                continue
            if lemma(noun) in ACCESSION_NOUNS:
                return noun
            if any(lemma(k) in ACCESSION_NOUNS for k in noun.lefts if k.dep_ == "compound"):
                return noun  # "the accession protocol"
        return None

    def _accession(self, c: Candidate, head: Token) -> None:
        """Ratifying, blocking or backing a state's accession: that state is the object, and
        the organization it would join the agreement ("Sweden's entry into NATO")."""
        noun = self._accession_noun(head)
        if noun is None:
            return
        # an accession said as such: not "a deal on Russia's entry into the grain corridor",
        # "the visa application of Armenian diplomats"
        said = {lemma(noun), *(lemma(k) for k in noun.lefts if k.dep_ == "compound")}
        strict = bool(said & {"accession", "membership"})
        if c.type == "sign" and not strict:
            return
        if c.type == "block" and noun.dep_ == "nsubj" and noun.head.i == head.i:
            c.subject = []  # "Georgia's bid to join the EU stalled": no one named stalls it
        states = [x for x in self.owners(noun) if x.kind == "state"]
        if not states and strict:  # "the accession protocol of Sweden", "the accession of
            states = [x for x in self.preps(noun, ("of",)) if x.kind == "state"]  # Finland"
        for k in noun.lefts:  # "the Swedish accession protocol": Swedish modifies protocol
            if k.dep_ == "compound":
                states += [x for x in self.owners(k) if x.kind == "state" and x not in states]
        applicant = [i for i in self.ids(states, roles=False) if i not in c.subject]
        if applicant and (not c.object or all(self.know.is_org(o) for o in c.object)):
            c.object = applicant
            c.cues.append("acc=owner")
        if c.agreement is None:
            named = [x for x in self.agreements_in([noun], depth=3) if x.kind == "org"]
            c.agreement = named[0].ids[0] if named else self.context_agreement(head)
            c.cues.append("acc=named" if named else "acc=context")

    def _no_attacker(self, c: Candidate, head: Token) -> bool:
        """A cyberattack with no attacker read and no state, body or group in its sentence but
        the struck: a crime or an outage ("a cyberattack cost the retailer millions in
        Britain"), not a state's blow ("Albania cut ties with Iran after a cyberattack")."""
        if c.subject:
            return False
        sent = head.sent
        return not any(
            x.kind in ("state", "org", "group") and not set(x.ids) & set(c.object)
            for x in self.r.refs
            if sent.start <= x.start < sent.end
        )

    def _split(self, c: Candidate) -> list[Candidate]:
        """ "working out accords with Chile and Peru": one event per partner when each has
        its own agreement with the subject in the knowledge base."""
        if c.type not in ("negotiate", "sign", "ratify") or c.agreement is not None:
            return [c]
        partners = [o for o in c.object if self.know.is_state(o)]
        subject = {s for s in c.subject if self.know.is_state(s)}
        if len(partners) < 2 or not subject:
            return [c]
        out = []
        for p in partners:
            found = [ag for ag, ps in self.know.parties.items() if ps == subject | {p}]
            if len(found) != 1:
                return [c]
            out.append(replace(c, object=[p], agreement=found[0], cues=[*c.cues, "split"]))
        return out


# texts a parliament signs as its own word, not as a treaty's ratification
DECLARED = {"declaration", "statement", "communique", "memorandum", "appeal", "letter"}
# words that say a commitment is one to defend
DEFENCE_SAID = {"defend", "defense", "defence", "protect", "protection", "security", "safety"}


def _reciprocal(head: Token) -> bool:
    """ "accused each other", "attacked one another", "warned each other against": the
    sides are both the doers and the done-to."""
    args = [*head.children, *(o for p in head.children if p.dep_ == "prep" for o in p.children)]
    objs = [a for a in args if a.dep_ in ("dobj", "pobj", "npadvmod")]
    words = [*objs, *(c for a in objs for c in a.children)]  # not deeper: "a pact allowing
    # the deployment of each other's troops" is signed by the two, not with each other
    # "Baku and Yerevan have both accused the other": "both" on the verb or in its subject
    said = [*head.children, *(k for s in head.children if s.dep_ == "nsubj" for k in s.subtree)]
    both = any(k.lower_ == "both" and k.i < head.i for k in said)
    for tok in words:
        if tok.lower_ in ("other", "another"):
            before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
            if before in ("each", "one") or (before == "the" and tok.lower_ == "other" and both):
                return True  # "both accused the other": each the other
    return False


ASKED_THROUGH = set(PREP_CONTROL.values())  # "called on", "appealed to", "pleaded with"


def _requested(head: Token) -> bool:
    """The thing a request asks for: "called for the withdrawal", "demanded the closure of",
    "demands that Russia withdraws"."""
    tok = head
    while tok.dep_ == "conj" and tok.head.pos_ == tok.pos_:  # "that Russia close its base
        tok = tok.head  # or withdraw its border guards": both are asked for
    if tok.dep_ == "pobj" and tok.head.lower_ == "for":
        tok = tok.head
    against = tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "against"
    if against and lemma(tok.head.head) in DISSUADING:
        return True
    gov = tok.head
    if tok.dep_ == "dobj" and gov.pos_ == "VERB" and gov.i != tok.i and _requested(gov):
        return True  # "a proposal to sign the peace treaty": the treaty's making is asked
    must = any(k.dep_ == "aux" and k.lower_ in ("must", "should") for k in tok.children)
    if must and is_passive(tok) and tok.dep_ == "ccomp" and lemma(gov) in cw.REPORTING:
        return True  # "reminded that Russian troops must be withdrawn": a demand
    if tok.dep_ == "dobj" and lemma(gov) in SEEKING and anothers_deed(tok):
        return True  # "Peru seeks the withdrawal of Chilean troops": asked of Chile
    if tok.dep_ in ("dobj", "ccomp", "prep") and gov.i != tok.i:
        return lemma(gov) in REQUESTING and (tok.dep_ != "prep" or tok.lower_ == "for")
    # "urged Russia to leave"; "called on Russia to withdraw", the parser at times making the
    # infinitive a clause of its own (advcl)
    infinitive = tok.dep_ == "advcl" and any(
        k.dep_ == "aux" and k.lower_ == "to" for k in tok.children
    )
    if tok.dep_ == "acl" and lemma(gov) in PROPOSED | BIDS and to_infinitive(tok):
        taken_up = lemma(gov.head) in TAKEN_UP and gov.dep_ in ("dobj", "nsubjpass")
        # "agreed to Chad's request to withdraw": taken up too
        to_it = gov.dep_ == "pobj" and gov.head.lower_ == "to" and gov.head.dep_ == "prep"
        taken_up |= to_it and lemma(gov.head.head) in TAKEN_UP
        return not taken_up  # "a proposal to sign the treaty", "bids to become members":
        # sought (not "accepted the offer to enter into this treaty": taken up)
    before = tok.doc[tok.i - 2] if tok.i >= 2 and tok.doc[tok.i - 1].lower_ == "to" else None
    if before is not None and before.pos_ == "NOUN" and lemma(before) in PROPOSED | BIDS:
        return True  # the same, the infinitive parsed on another verb
    given_time = lemma(gov) in ("give", "grant") and any(
        k.dep_ == "prep" and k.lower_ == "until" for k in gov.children
    )  # "gave Chile until May 1 to withdraw": a deadline set, an ask
    if (tok.dep_ == "xcomp" or infinitive) and given_time:
        return True
    if (tok.dep_ == "xcomp" or infinitive) and lemma(gov) in REQUESTING | ORDERING:
        return any(  # asked of another ("appealed to Moscow to", "pleaded with Berlin to")
            # (the parser at times makes "on" of "called on Kigali to" a particle)
            k.dep_ == "dobj" or (k.dep_ in ("prep", "prt") and k.lower_ in ASKED_THROUGH)
            for k in gov.children
        ) or _others_forces(tok)
    return False


SEEKING = {"seek", "want"}
PROPOSED = {"proposal", "offer", "call", "demand", "request", "appeal", "plea", "initiative"}
TAKEN_UP = {"accept", "approve", "agree", "welcome", "embrace", "endorse", "take"}
BIDS = {"bid", "application", "aspiration", "ambition", "quest", "drive", "attempt", "desire"}


def _others_forces(verb: Token) -> bool:
    """ "demands to withdraw Russian troops": forces a verb's object names as another's, which
    the one who demands it cannot move."""
    return any(
        k.dep_ == "dobj"
        and lemma(k) in FORCES | TROOPS
        and any(
            m.dep_ in ("amod", "poss", "compound") and m.pos_ in ("ADJ", "PROPN")
            for m in k.children
        )
        for k in verb.children
    )


def _guarding(head: Token) -> bool:
    """An operation launched to guard something is forces deployed, not a blow struck."""
    verb = head.head if head.dep_ == "dobj" else head
    noun = (
        head if head.pos_ == "NOUN" else next((c for c in head.children if c.dep_ == "dobj"), None)
    )
    if noun is None or lemma(noun) not in ("operation", "mission", "deployment"):
        return False
    purposes = [c for t in (noun, verb) for c in t.children if c.dep_ in ("advcl", "acl", "relcl")]
    return any(to_infinitive(p) and lemma(p) in GUARDING for p in purposes)


def _giver_unsaid(c: Candidate, head: Token) -> bool:
    """Does the text leave who gives unsaid? A word of getting or waiting ("received",
    "awaited"), or a noun with no doer of its own ("the delivery under the deal"); not a
    giving verb with its subject ("will supply parts to"), nor a noun a giver's verb takes
    ("will provide training to"), nor "Russia's delivery", "delivery by Russia"."""
    if c.trigger.frame == "receive" or lemma(head) in GETTING:
        return True
    if any(cue in GIVER_SAID for cue in c.cues):
        return False
    return head.pos_ in ("NOUN", "PROPN") and not any(
        k.dep_ == "poss" or (k.dep_ in ("prep", "agent") and k.lower_ == "by")
        for k in head.children
    )


# how a subject said as the giver was found: its verb's subject, a light verb's, an agent's
GIVER_SAID = {"subj_via=nsubj", "subj_via=light", "subj_via=agent", "subj_via=by"}
GIVER_SAID |= {"subj_via=owner", "subj_via=passive"}


def _referring_partner(noun: Token) -> bool:
    """A partner or ally that a sentence is about, not one it makes: the subject of a verb
    other than a copula ("its restless partner is quietly courting ...", "Kyrgyz
    partners report ..."), as against "is Russia's closest ally"."""
    if lemma(noun) not in ("partner", "ally") or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    return verb.pos_ == "VERB" and lemma(verb) not in ("be", "become", "remain", "stay")


def _take_sides(c: Candidate, prev: Candidate, cue: str) -> None:
    """An event said again takes the sides of the one it says again (its own object, if it
    names one, stays)."""
    c.subject = list(prev.subject)
    c.object = c.object or [o for o in prev.object if o not in c.subject]
    c.cues[:] = [f for f in c.cues if not f.startswith("subj_via=")]
    c.cues.append(cue)
