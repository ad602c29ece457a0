"""The finder: each candidate to its frame, then what every frame shares (the agreement in
context, accessions decided by others, attacks told before) and the other readings of what
the text leaves implicit, offered with a ``hyp=`` cue for the learned filter to weigh."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from pactwatch.dates import PartialDate
from pactwatch.extraction import away_words as aw
from pactwatch.extraction import cue_words as cw
from pactwatch.extraction import lexicon as lx
from pactwatch.extraction.arguments.agreements import AgreementFrames
from pactwatch.extraction.arguments.membership import MembershipFrames
from pactwatch.extraction.arguments.sides import SideFrames
from pactwatch.extraction.arguments.words import (
    ACCESSION_NOUNS,
    ACCESSION_TYPES,
    AGREEMENT_HYP_TYPES,
    AGREEMENT_NOUNS,
    BACKING,
    BLOC_MEMBER_TYPES,
    CONTEXT_AGREEMENT_TYPES,
    CRAFT,
    DEFENCE_HELP,
    DISSUADING,
    FOCUS_OBJECT_TYPES,
    FOCUS_SUBJECT_TYPES,
    FORCES,
    GETTING,
    GUARDING,
    HOSTED_TYPES,
    JOINING_FIGHT,
    JUDGING,
    LIBERATING,
    LONG_MEMBER_YEARS,
    MAKING,
    MISSION_ASKED,
    MISSION_FORCES,
    MISSION_WORDS,
    NEAR_OBJECT_TYPES,
    OBJECT_PREPS,
    ORDERING,
    ORG_AGREEMENT_TYPES,
    ORG_DIRECTION,
    OUTSIDERS_TYPES,
    PRIOR_ATTACK_TOKENS,
    PROVISION_KINDS,
    PROXIES,
    REQUESTING,
    RULE_TYPES,
    RULE_VERBS,
    SAID_AGAIN,
    SIDE_KINDS,
    SPEAKER_SUBJECT_TYPES,
    STATE_OBJECT_TYPES,
    SYMMETRIC_TYPES,
    TAKING_PART,
    THREATENED_BARS,
    TIES_NOUNS,
    TROOPS,
    UNNAMED_OWNERS,
    WORRIES,
)
from pactwatch.extraction.reading import EACH_OTHER, NOT_PARTNER, Candidate, Ref
from pactwatch.extraction.syntax import (
    PREP_CONTROL,
    agent_token,
    compound_head,
    is_passive,
    lemma,
    objects,
    prep_objects,
    said_aside,
    subject_token,
    to_infinitive,
    year,
)


class Finder(MembershipFrames, SideFrames, AgreementFrames):
    """Finds the arguments of each candidate of a document, by its trigger's frame."""

    def find(self, c: Candidate) -> list[Candidate]:
        head = self.doc[c.head]
        if c.type in RULE_TYPES and self._laid_down(head):
            return []  # "the Charter does not provide for unilateral withdrawal": a rule
        if c.type != "urge" and _requested(head):
            return []  # "Sandu called for the withdrawal of Russian troops": the call is the
            # event; what it asks for has not happened
        if c.trigger.pattern in lx.HELPED_BY and not self._helped_by(head):
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
            if not x.object and len(x.subject) > 1 and _reciprocal(head):
                x.object = list(x.subject)  # "Kyrgyzstan and Tajikistan accused each other"
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

    def _hypotheses(self, c: Candidate, head: Token) -> list[Candidate]:
        """What the text may leave implicit, as other readings of the same trigger for the
        model to choose from: the document's main state as a missing member or target, the
        speaker's state as a missing subject of what they say."""
        out: list[Candidate] = []
        reporters = said_aside(head) is not None
        if reporters and (not c.subject or c.type in ("urge", "warn")):
            return out  # "the spokesman said X shelled Y, urging Baku to stop": who urges is the
            # reporter, or no one named, and whom only the participle's own words say
        focus = self.r.focus
        speaker = self.r.source_at[head.i].speaker if self.r.source_at else ()
        # "any Western troops", "foreign military forces": the text says whose they are not
        unnamed = any(
            k.dep_ == "amod" and k.lower_ in UNNAMED_OWNERS
            for t in self.doc[c.start : c.end]
            for k in t.children
        )
        if not c.subject and "subj_via=consent" not in c.cues and not unnamed:
            if focus and focus not in c.object and c.type in FOCUS_SUBJECT_TYPES:
                out.append(replace(c, subject=[focus], cues=[*c.cues, "hyp=subj_focus"]))
            if speaker and c.type in SPEAKER_SUBJECT_TYPES:
                subj = [i for i in speaker if i not in c.object]
                if subj:
                    out.append(replace(c, subject=subj, cues=[*c.cues, "hyp=subj_speaker"]))
        said = not c.object and self._object_unnamed(c, head)
        said = said or "obj_via=author_of_attack" in c.cues  # near it is whom it struck
        said = said or ("subj_via=sides" in c.cues and len(c.subject) > 1)  # both sides said
        said = said or "helped_side" in c.cues  # "supports Ukraine in the war": not the helper
        # "liberated the region": struck are only those it is freed from, named after "from"
        said = said or (c.type == "attack" and lemma(head) in LIBERATING)
        fought = c.type == "attack" and lemma(head) in FOUGHT_BY_TWO  # "an Armenian-Azerbaijani
        said = said or (fought and len(c.subject) > 1)  # confrontation": its sides are both
        if c.type == "terminate" and c.agreement is not None:  # "the two states ended their
            parties = self.know.parties.get(c.agreement, set())  # treaty": every party is said
            said = said or (bool(parties) and parties <= set(c.subject))
        # a state named inside the subject's own phrase is none of its objects: "the
        # Iran-backed Houthis attacked a tanker" did not strike Iran
        in_subject = self._named_in_subject(head)
        focus_fits = c.type in FOCUS_OBJECT_TYPES and focus not in c.subject
        focus_fits = focus_fits and focus not in in_subject
        if focus and focus_fits and not c.object and not said:
            out.append(replace(c, object=[focus], cues=[*c.cues, "hyp=obj_focus"]))
        # the document's other main state, where the main one already takes the other side
        second = self.r.second
        missing = focus in c.subject and second not in [*c.subject, *in_subject] and not c.object
        # not a state the sentence names only as the maker of arms ("with US-made jets") or as
        # who acts on the event ("the delivery was blocked by Chile")
        sent = head.sent
        here = [x for x in self.r.refs if second in x.ids and sent.start <= x.start < sent.end]
        aside = [x for x in here if _maker(self.doc[x.head]) or _agent_over(self.doc[x.head], head)]
        missing = missing and not (here and len(aside) == len(here))
        if second and missing and c.type in FOCUS_OBJECT_TYPES | NEAR_OBJECT_TYPES and not said:
            out.append(replace(c, object=[second], cues=[*c.cues, "hyp=obj_second"]))
        actors = [
            x
            for x in self.r.refs
            if sent.start <= x.start < sent.end
            and (x.kind in ("state", "org", "person") or x.how == "demonym")
            and not _maker(self.doc[x.head])  # "Turkish-made drones": no side of what they do
        ]
        previous = self._previous_subject(head)
        if not c.subject and c.type not in ("sign", "ratify", "enter_into_force") and not unnamed:
            before = [x for x in actors if x.end <= head.i and not set(x.ids) & set(c.object)]
            # who calls a strike an aggression did not strike; who voices concern over a
            # purchase did not sell
            judges = self._judges_of(head, reports=c.type == "attack")
            judges |= self._defenders(head) if c.type == "attack" else set()
            before = [x for x in before if not set(self.ids([x])) & judges]
            if before:
                near = self.ids(before[-1:])
                out.append(replace(c, subject=near, cues=[*c.cues, "hyp=subj_near"]))
            # the sentence before's subject, which a clause with none of its own goes on about
            prev = [  # not one who speaks for the state the event is done to
                i
                for i in previous
                if i not in c.object and self.r.speaks_for.get(i) not in c.object
            ]
            if prev and prev not in [x.subject for x in out] and not set(prev) & judges:
                out.append(replace(c, subject=prev, cues=[*c.cues, "hyp=subj_prev"]))
        prev_obj = [i for i in previous if i not in c.subject and i not in in_subject]
        states_only = all(self.know.is_state(i) for i in c.subject)  # "both leaders": theirs
        if prev_obj and states_only and self.r.speaks_for.get(prev_obj[0]) in c.subject:
            prev_obj = []  # "Erdogan met Putin. Both leaders backed ...": not their object
        fits = c.type in FOCUS_OBJECT_TYPES | NEAR_OBJECT_TYPES
        if prev_obj and fits and not c.object and not said and c.subject:
            out.append(replace(c, object=prev_obj, cues=[*c.cues, "hyp=obj_prev"]))
        if not c.object and c.type in NEAR_OBJECT_TYPES and not said:
            after = [
                x
                for x in actors
                if x.start > head.i
                and not set(x.ids) & (set(c.subject) | in_subject)
                and not self._reporter(x)  # "..., Jake Sullivan said": who says it
                and not _agent_over(self.doc[x.head], head)  # "blocked by Scholz": who acts
                and (x.kind == "state" or c.type not in STATE_OBJECT_TYPES)  # a host, a party
            ]
            # a state whose forces a noun names ("alongside Mozambican forces") hosts others'
            # only where no other state is said after: its forces fight at home, or serve
            # beside them where the place is named ("alongside Dutch forces in Iceland")
            owner = c.type in HOSTED_TYPES
            after.sort(key=lambda x: owner and _forces_owner(self.doc[x.head]))
            if after:
                near = self.ids(after[:1], roles=False)
                out.append(replace(c, object=near, cues=[*c.cues, "hyp=obj_near"]))
        if not c.object and c.type == "attack":  # "Russia's invasion": the war it wages
            # on the event's day; against a state the text names, unless the war is the
            # attacker's own ("Russia's invasion", "the Russian war")
            day = c.date or self.published
            owned = head.pos_ == "NOUN" and "subj_via=owner" in c.cues
            target = [
                t
                for s in c.subject
                for t in self.know.war_target(s, day)
                if t in self.named_ids or owned
            ]
            if target:
                out.append(replace(c, object=target, cues=[*c.cues, "hyp=obj_war"]))
        if c.type == "attack" and bool(c.subject) != bool(c.object):
            out += self._fought_before(c, head)
        # "the war in Ukraine"; "its war against Ukraine", whatever "its" was taken for
        attack_on = c.type == "attack" and bool(c.object)
        owned_by_pronoun = (
            attack_on and head.pos_ == "NOUN" and any(x.how == "pronoun" for x in self.owners(head))
        )
        if attack_on and (not c.subject or owned_by_pronoun):
            by = [a for o in c.object for a in self.know.war_attacker(o, c.date or self.published)]
            said_by = [a for a in by if a in self.named_ids or head.pos_ == "NOUN"]
            by = [a for a in said_by if a not in c.object]
            if by and not set(by) & set(c.subject):
                out.append(replace(c, subject=by, cues=[*c.cues, "hyp=subj_war"]))
        said_other = "agr_via=unknown" in c.cues  # a body the text names and the KB does not
        said_other = said_other or NOT_PARTNER in c.cues  # "the agreement with the EU"
        bars = c.type == "warn" and any(
            x.dep_ == "xcomp" and lemma(x) in THREATENED_BARS for x in head.children
        )
        if c.agreement is None and (c.type in AGREEMENT_HYP_TYPES or bars) and not said_other:
            ctx = self.context_agreement(head)
            fits = self._fits_parties(ctx, [head, *objects(head)])  # "bilateral pacts"
            # a bar threatened is of a bloc one need not be in, as the block itself is
            foreign = ctx is not None and not bars and self._foreign_basis(c, ctx)
            if ctx is not None and fits and not foreign:
                out.append(replace(c, agreement=ctx, cues=[*c.cues, "hyp=agr_context"]))
        if c.type == "attack":  # one defence ally is no likely target of another
            out = [x for x in out if not self._allies_struck(x, c)]
        # Both left implicit: the subject's and the object's readings together.
        subjects = [
            x for x in out if {"hyp=subj_focus", "hyp=subj_near", "hyp=subj_prev"} & set(x.cues)
        ]
        objects_ = [x for x in out if "hyp=obj_near" in x.cues or "hyp=obj_focus" in x.cues]
        for s_hyp in subjects:
            for o_hyp in objects_:
                if set(s_hyp.subject) & set(o_hyp.object):
                    continue
                cues = [*c.cues, *(f for f in s_hyp.cues + o_hyp.cues if f.startswith("hyp="))]
                out.append(replace(c, subject=s_hyp.subject, object=o_hyp.object, cues=cues))
        if c.type in SYMMETRIC_TYPES and not said:
            out += self._symmetric(c, head, out)
        if not c.object and "obj_via=author_of_attack" in c.cues:
            out += self._prior_author(c, head)
        return out

    def _defenders(self, head: Token) -> set[str]:
        """Who pledges to defend if the attack comes ("France would defend Greece if it
        were attacked", "help in case of aggression"): not its author."""
        tok, conditional = head, False
        for _ in range(5):
            if tok.head.i == tok.i:
                break
            marks = {m.lower_ for m in tok.children if m.dep_ == "mark"}
            conditional |= bool(marks & cw.IF) or lemma(tok) in ("case", "event")
            against = tok.lower_ == "against"  # "defend Ukraine against any attack"
            conditional |= against
            tok = tok.head
            defending = lemma(tok) in aw.DEFENDING and tok.pos_ in ("VERB", "AUX")
            if conditional and defending:
                found = set(self.ids(self.subject(tok)[0], roles=False))
                return found | (set(self.ids(self.direct(tok), roles=False)) if against else set())
            pledged = conditional and tok.pos_ == "NOUN" and lemma(tok) in DEFENCE_HELP
            found = self._help_pledged_by(tok) if pledged else set()
            if found:  # "the pact promises mutual help should either side be attacked":
                return found  # its parties, not the attack's author
        return set()

    def _help_pledged_by(self, noun: Token) -> set[str]:
        """Who pledges the help a noun names: the parties of the pact that sets it out ("the
        treaty specifies mutual assistance"), else the subject of its verb."""
        verb = noun.head if noun.dep_ in ("dobj", "nsubjpass", "attr") else None
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":  # "provides for assistance"
            verb = noun.head.head
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return set()
        subj, _ = subject_token(verb)
        _, parties = self._pact_parties(subj) if subj is not None else (None, [])
        return set(parties) or set(self.ids(self.subject(verb)[0], roles=False))

    def _allies_struck(self, hyp: Candidate, c: Candidate) -> bool:
        """A guessed target of an attack that is a defence ally of its author: "the US has
        been carrying out strikes" did not strike Britain. (A guessed author is kept: a
        threat of force against an ally is news, as over Greenland.)"""
        if hyp.object == c.object:
            return False
        day = c.date or self.published
        return any(
            self.know.allied_on(a, b, day)
            for a in hyp.subject
            for b in hyp.object
            if a != b and self.know.is_state(a) and self.know.is_state(b)
        )

    def _judges_of(self, noun: Token, reports: bool = True) -> set[str]:
        """Who condemns, describes or reports an act named as their verb's object, or voices
        concern over it ("voiced concern over Croatia's purchase of drones": not the seller)."""
        if noun.dep_ == "pobj" and noun.head.lower_ in ("over", "about", "at"):
            worry = noun.head.head  # "concern over", "alarm at"
            if lemma(worry) in WORRIES and worry.dep_ == "dobj":
                noun = worry
        if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.pos_ != "VERB":
            return set()
        verb = noun.head
        said = lemma(verb) in cw.REPORTING and reports
        if lemma(verb) not in JUDGING and not said and lemma(noun) not in WORRIES:
            return set()
        subj, _ = subject_token(verb)
        by = agent_token(verb) if noun.dep_ == "nsubjpass" else None
        return set(self.ids(self.actors(by if by is not None else subj)))

    def _named_in_subject(self, head: Token) -> set[str]:
        """The ids named inside the phrase of a verb's subject, or of a noun's agent ("attacks
        by the Iran-backed group"), beside its head."""
        subj, _ = subject_token(head) if head.pos_ in ("VERB", "AUX") else (None, False)
        if head.pos_ == "NOUN":
            by = [o for p in head.children if p.lower_ == "by" for o in p.children]
            subj = next((o for o in by if o.dep_ == "pobj"), None)
        if subj is None:
            return set()
        inside = {t.i for t in subj.subtree if t.i != subj.i}
        return {i for x in self.r.refs if x.head in inside and x.head != subj.i for i in x.ids}

    def _fought_before(self, c: Candidate, head: Token) -> list[Candidate]:
        """The other side of a fight the document told before with both sides named: who
        strikes fights the side it fought ("the militia then fired rockets" after "Israeli
        jets bombed Hezbollah"), whoever struck first."""
        side = set(c.subject or c.object)
        for prev in reversed(self.attacks):
            if prev.head >= head.i or not prev.object:
                continue
            sides = (set(prev.subject), set(prev.object))
            other = next((b - side for a, b in (sides, sides[::-1]) if side & a), set())
            ids = sorted(i for i in other if self.know.kind.get(i) in SIDE_KINDS)
            if ids and c.subject:
                return [replace(c, object=ids, cues=[*c.cues, "hyp=obj_fought"])]
            if ids:
                return [replace(c, subject=ids, cues=[*c.cues, "hyp=subj_fought"])]
        return []

    def _prior_author(self, c: Candidate, head: Token) -> list[Candidate]:
        """An attack condemned with no author named ("condemned the incident", "the strikes")
        is the one told just before: its author, read in the sentences before, is offered."""
        prev = self._told_before(  # one told in the same sentence names its author there
            head.sent.start - PRIOR_ATTACK_TOKENS,
            head.sent.start,
            lambda prev: bool(set(prev.subject) - set(c.subject)),
        )
        if prev is None:
            return []
        sides = [i for i in prev.subject if i not in c.subject]
        return [replace(c, object=sides, cues=[*c.cues, "hyp=obj_prior_attack"])]

    def _previous_subject(self, head: Token) -> list[str]:
        """The actors the main clause of the sentence before has as its subject."""
        if head.sent.start == 0:
            return []
        root = self.doc[head.sent.start - 1].sent.root
        subj, _ = subject_token(root)
        if subj is None:
            return []
        kinds = ("state", "org", "person", "group")
        return self.ids([x for x in self.actors(subj) if x.kind in kinds])

    def _object_unnamed(self, c: Candidate, head: Token) -> bool:
        """Whether the text gives the event's other side as words that name no actor
        ("deepen military ties with Western countries"): then no actor is guessed for it."""
        preps = OBJECT_PREPS.get(c.type, ())
        armed = [o for o in objects(head) if lemma(o) in cw.ARMED_GROUP_WORDS | PROXIES]
        if head.pos_ == "VERB" and any(not self.actors(o) for o in armed):
            return True  # "arming the rebels": fighters the text does not name, no state
        for tok in [head, *objects(head)]:
            for obj in prep_objects(tok, preps):
                if c.start <= obj.i < c.end:
                    continue  # the trigger's own words ("provides for mutual assistance")
                if obj.pos_ in ("NOUN", "PROPN") and not self.actors(obj):
                    return True
        if self._craft_at_sea(c, head):  # "destroyers arrived in the eastern Mediterranean"
            return True
        # "pulled out of the war in Tigray": the war's own place is where the forces were,
        # though it names no actor; no later phrase names it ("after the Pretoria deal")
        if "$WARS_LEFT" in c.trigger.pattern:
            wars = [t for t in self.doc[c.start : c.end] if lemma(t) in lx.WARS_LEFT]
            for obj in (o for w in wars for o in prep_objects(w, ("in",))):
                if obj.pos_ == "PROPN" and not self.actors(obj):
                    return True
        return False

    def _symmetric(self, c: Candidate, head: Token, readings: list[Candidate]) -> list[Candidate]:
        """A relation the sides hold towards each other, read both ways: the parties of the
        agreement it belongs to ("the charter lays down a frame for joint work"), or
        the sides a reading already found ("Azerbaijan ... extensive military cooperation")."""
        out: list[Candidate] = []
        verb = next((a for a in [head, *head.ancestors][:4] if a.pos_ in ("VERB", "AUX")), head)
        subj_tok, _ = subject_token(verb)
        named = self.agreements_in([subj_tok] if subj_tok is not None else [], 2)
        # the agreement the passage is about (a treaty named in the sentence before)
        passage = self.context_agreement(head) if c.type == "commit_defense" else None
        pool = [c.agreement, *(x.ids[0] for x in named), passage, self.main_agreement]
        for ag in pool:
            parties = sorted(self.know.parties.get(ag, set())) if ag else []
            # a side the text names outside the agreement ("we retain our relationship with
            # China") is no reading of the agreement's parties
            sides = [
                i for i in c.subject + c.object if self.know.is_state(i) or self.know.is_org(i)
            ]
            outside = set(sides) - set(parties)
            if 2 <= len(parties) <= 4 and not self.know.is_org(ag or "") and not outside:
                cues = [*c.cues, "hyp=sym_agr"]
                by, to = self._pledge_sides(ag or "", c.type) or (parties, parties)
                out.append(replace(c, subject=by, object=to, agreement=ag, cues=cues))
                break
        pair = self._bilateral_pair(c, head)
        if pair:  # "advance bilateral cooperation", "ties between the two countries"
            out.append(replace(c, subject=pair, object=pair, cues=[*c.cues, "hyp=sym_bilateral"]))
        seen: set[tuple[str, ...]] = set()
        for x in [c, *readings]:
            sides = sorted({*x.subject, *x.object})
            states = [i for i in sides if self.know.is_state(i) or self.know.is_org(i)]
            if len(states) < 2 or tuple(sides) in seen or x.subject == x.object:
                continue
            seen.add(tuple(sides))
            hyps = [f for f in x.cues if f.startswith("hyp=")]
            orgs = [i for i in sides if self.know.is_org(i)]
            members = [i for i in sides if i not in orgs]
            if orgs and members:  # an organization and its members: not both ways
                if c.type in ORG_DIRECTION:
                    subj, obj = (orgs, members) if ORG_DIRECTION[c.type] else (members, orgs)
                    said_by = "subj_via=nsubj" in x.cues and not set(x.subject) - set(orgs)
                    if said_by and subj == members:  # "the CSTO will hold drills in
                        continue  # Tajikistan": the bloc, the clause's subject, does it
                    cues = [*c.cues, *hyps, "hyp=org_pair"]
                    out.append(replace(x, subject=subj, object=obj, cues=cues))
                continue
            cues = [*c.cues, *hyps, "hyp=sym_pair"]
            out.append(replace(x, subject=sides, object=sides, cues=cues))
        return out

    def _bilateral_pair(self, c: Candidate, head: Token) -> list[str]:
        """A tie the words call two-sided ("bilateral cooperation", "relations between the two
        countries") with one side or none named: the side named and the document's other main
        state, or its two main states."""
        if c.type != "cooperate" or not _two_sided(head):
            return []
        named = {i for i in c.subject + c.object if self.know.is_state(i)}
        main = [s for s in (self.r.focus, self.r.second) if s]
        if len(named) > 1 or len(main) < 2:
            return []
        if named and not named & set(main):
            return []  # a side outside the document's pair: no guess of the other
        return sorted(set(main))

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

    def _pledge_sides(self, agreement: str, etype: str) -> tuple[list[str], list[str]] | None:
        """Who defends whom under an agreement whose defence provisions all run one way
        (the knowledge base's): Russia defends Armenia under their base treaty, not the
        reverse."""
        found = self.know.agreements.get(agreement)
        pledges = [p for p in found.provisions if p.kind == "defense"] if found else []
        if etype != "commit_defense" or not pledges or any(p.mutual for p in pledges):
            return None
        by = sorted({i for p in pledges for i in p.from_})
        to = sorted({i for p in pledges for i in p.to})
        return (by, to) if by and to and not set(by) & set(to) else None

    def _foreign_basis(self, c: Candidate, agreement: str) -> bool:
        """An agreement named before is not the one of an event none of whose states is its
        party ("Bush urged Russia", said after the EU), nor the basis of forces in a host
        outside it: Russia's base in Abkhazia is not under the Union State of Russia and
        Belarus named before. One joins, applies to or is blocked from what one is not in."""
        parties = self.know.parties.get(agreement, set())
        if not parties or agreement in self.know.missions or c.type in OUTSIDERS_TYPES:
            return False  # a mission's mandate names its host, not its parties
        if c.type == "deploy":  # a host outside it; under a bilateral treaty, forces too
            sides = c.object + (c.subject if agreement in self.know.bilateral else [])
            return bool({i for i in sides if self.know.is_state(i)} - parties)
        states = {i for i in c.subject + c.object if self.know.is_state(i)}
        if c.type in SIGNING_TYPES:  # by its parties: France signs no treaty of Armenia and
            return bool(states - parties)  # Russia, nor the charter of a bloc it is not in
        return bool(states) and not states & parties

    def _reporter(self, ref: Ref) -> bool:
        """The actor is the subject of a verb of saying: the source, not an argument."""
        return any(
            t.dep_ == "nsubj" and lemma(t.head) in cw.REPORTING
            for t in self.doc[ref.start : ref.end]
        )


TWO_SIDED = {"bilateral", "mutual", "two-way", "reciprocal"}
# blows fought between sides, which name them all where they name two
FOUGHT_BY_TWO = {"war", "conflict", "fighting", "clash", "hostility", "confrontation", "skirmish"}
SIGNING_TYPES = {"sign", "ratify"}  # by its parties only


def _two_sided(head: Token) -> bool:
    """Whether a tie's words say it binds two sides: "bilateral cooperation", "mutual
    security", "cooperation between the two countries", "between our two nations"."""
    nouns = [compound_head(head)]
    if head.pos_ == "VERB":  # "advance bilateral cooperation"
        nouns += [o for o in objects(head) if lemma(o) in TIES_NOUNS]
    for noun in nouns:
        if any(lemma(tok) in TWO_SIDED for tok in [head, noun, *noun.children]):
            return True
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                for obj in prep.children:
                    if any(k.lower_ in ("two", "both") for k in obj.children):
                        return True
    return False


def _reciprocal(head: Token) -> bool:
    """ "accused each other", "attacked one another", "warned each other against": the
    sides are both the doers and the done-to."""
    args = [*head.children, *(o for p in head.children if p.dep_ == "prep" for o in p.children)]
    objs = [a for a in args if a.dep_ in ("dobj", "pobj", "npadvmod")]
    words = [*objs, *(c for a in objs for c in a.children)]  # not deeper: "a pact allowing
    # the deployment of each other's troops" is signed by the two, not with each other
    for tok in words:
        if tok.lower_ in ("other", "another"):
            before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
            if before in ("each", "one"):
                return True
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
    if tok.dep_ in ("dobj", "ccomp", "prep") and gov.i != tok.i:
        return lemma(gov) in REQUESTING and (tok.dep_ != "prep" or tok.lower_ == "for")
    # "urged Russia to leave"; "called on Russia to withdraw", the parser at times making the
    # infinitive a clause of its own (advcl)
    infinitive = tok.dep_ == "advcl" and any(
        k.dep_ == "aux" and k.lower_ == "to" for k in tok.children
    )
    if (tok.dep_ == "xcomp" or infinitive) and lemma(gov) in REQUESTING | ORDERING:
        return any(  # asked of another ("appealed to Moscow to", "pleaded with Berlin to")
            k.dep_ == "dobj" or (k.dep_ == "prep" and k.lower_ in ASKED_THROUGH)
            for k in gov.children
        )
    return False


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


def _forces_owner(word: Token) -> bool:
    """Whether a word names whose forces a noun of forces names: "British forces", and
    "Portuguese" of "Spanish and Portuguese forces"."""
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    return word.dep_ in ("amod", "compound", "poss", "nmod") and lemma(word.head) in FORCES


def _maker(word: Token) -> bool:
    """Whether a word names who made something, before its participle: "Turkish-made"."""
    made = word.head
    return made.i > word.i and made.dep_ == "amod" and lemma(made) in MAKING


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


def _agent_over(tok: Token, head: Token) -> bool:
    """ "Germany's provision of missiles remains blocked by [Scholz]": the agent of a verb the
    trigger's phrase is under does that verb to the event; it is no side the event is done to."""
    by = tok.head
    return tok.dep_ == "pobj" and by.dep_ == "agent" and by.head in head.ancestors


def _take_sides(c: Candidate, prev: Candidate, cue: str) -> None:
    """An event said again takes the sides of the one it says again (its own object, if it
    names one, stays)."""
    c.subject = list(prev.subject)
    c.object = c.object or [o for o in prev.object if o not in c.subject]
    c.cues[:] = [f for f in c.cues if not f.startswith("subj_via=")]
    c.cues.append(cue)
