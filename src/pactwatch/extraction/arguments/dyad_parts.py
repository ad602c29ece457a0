"""The dyad frame's parts: the readings a word or a construction settles its own way (troops
killed, capacity built, an accusation charged or held, a role one state plays for another) and
the finders the frame asks for one side or the other (where a blow struck, whom talks visited,
whom a request rebuffed was made by)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.arguments.backing import BackingFrames
from pactwatch.extraction.arguments.pieces import (
    described_by,
)
from pactwatch.extraction.arguments.words import (
    AGREEMENT_NOUNS,
    AIMING,
    ATTACK_NOUNS,
    ATTACKS_SAID_AGAIN,
    BENEFIT,
    BORDER_PREPS,
    BORDERS,
    COMMITMENT_NOUNS,
    CONCLUDING,
    CRAFT,
    DEFEATED,
    DEFENCE_OBJECTS,
    DEFENCE_QUALIFIERS,
    DEFENDING,
    DEFENDING_WHAT,
    FEARING,
    FORCES,
    FRAMING,
    MAKER_DEPS,
    NO_ONES_DOING,
    POSTED,
    PROCESSES,
    SENDING,
    SIDE_KINDS,
    STANDING_PLEDGES,
    STATEHOOD_PARTS,
    TAKEN,
    TALKS,
    TARGETS,
    TIES_NOUNS,
    TRAVELLING,
    TROOPS,
    WHERE,
)
from pactwatch.extraction.away import support_said_as_help
from pactwatch.extraction.lexicon.word_classes import BLAMING_WORDS
from pactwatch.extraction.reading import Candidate, Ref
from pactwatch.extraction.syntax import (
    agent_token,
    copula_subject,
    is_passive,
    lemma,
    objects,
    prep_objects,
    subject_token,
)


class DyadParts(BackingFrames):
    """What the ``dyad`` frame asks of a word, a phrase or a pact besides its subject and object."""

    def _troops_killed(self, c: Candidate, head: Token) -> list[Candidate]:
        """ "Chad soldiers killed by militants", "Malian troops killed in an ambush", "Dozens
        of Niger soldiers were killed": the troops' state is struck, by whoever the "by"
        phrase names."""
        said = head.head if head.dep_ == "acl" else subject_token(head)[0]
        near = [said, *prep_objects(said, ("of",))] if said is not None else []  # "dozens of"
        troops = next((t for t in near if lemma(t) in TROOPS), None)
        if troops is None:
            return []
        by = agent_token(head)
        c.subject = self.ids(self.actors(by) or self._arms_owners(by)) if by is not None else []
        c.object = [i for i in self.ids(self._arms_owners(troops)) if i not in c.subject]
        c.cues.append("subj_via=agent")
        return [c]

    def _capacity_built(self, c: Candidate, head: Token) -> list[Candidate]:
        """Another's defence capacity built up is aid to it: "Japan will boost the coast
        guard capacity of Vietnam", "aimed at improving Moldova's capacity to protect its
        sovereignty"; not one's own ("China is improving its naval capabilities") nor a
        capacity of trade or ports."""
        of = list(prep_objects(head, ("of",)))
        kinds = [lemma(k) for n in [head, *of] for k in n.children if k.dep_ in MAKER_DEPS]
        kinds += [lemma(n) for n in of]
        guarding = any(  # "capacity to protect its sovereignty", not "to protect forests"
            k.dep_ == "acl" and lemma(k) in DEFENDING_WHAT and lemma(o) in STATEHOOD_PARTS
            for k in head.children
            for o in k.children
            if o.dep_ == "dobj"
        )
        if not (set(kinds) & (DEFENCE_QUALIFIERS | FORCES) or guarding):
            return []
        built_for = [*self.owners(head), *(x for n in of for x in self.actors(n) + self.owners(n))]
        receivers = [i for i in self.ids(built_for) if self.know.is_state(i) or self.know.is_org(i)]
        giver, via = self.subject(self.doc[c.start])
        c.subject = [i for i in self.ids(giver) if i not in receivers]
        if not receivers or (giver and not c.subject):
            return []  # no one's, or the builder's own
        c.object = receivers
        c.cues.append(f"subj_via={via}")
        return [c]

    def _sabotage_of_a_body(self, head: Token) -> bool:
        """Sabotage of an organization, an agreement or a process, which is figurative."""
        said = [*self.owners(head), *self.preps(head, ("of",)), *self.direct(head)]
        if any(x.kind in ("org", "agreement") for x in said):
            return True
        things = [*prep_objects(head, ("of",)), *self.objects(head)]
        return any(lemma(t) in PROCESSES for t in things)

    def _visited(self, head: Token, subj: list[Ref]) -> list[Ref]:
        """Talks held in the other side's capital, by one side: "visited Tokyo to discuss
        ties", "went to Baku for talks", "held talks in Niamey". Where the talks of several
        are held is no side ("the US and Russia met in Riyadh")."""
        mine = set(self.ids(subj))
        if len({i for i in mine if self.know.is_state(i)}) != 1:
            return []
        tok = head.head if head.dep_ == "pobj" and head.head.lower_ == "for" else head
        gov = tok.head
        places: list[Token] = []
        if tok.dep_ in ("advcl", "xcomp", "prep") and lemma(gov) in TRAVELLING:
            places = [*objects(gov), *prep_objects(gov, ("to", "in"))]  # where one went
        else:  # "held talks in Niamey", the parser hanging the place on either word
            held = [head] if head.pos_ == "NOUN" else objects(head)
            talks = [t for t in held if lemma(t) in TALKS]
            places = [
                p
                for t in talks
                for p in (*prep_objects(t, ("in",)), *prep_objects(t.head, ("in",)))
            ]
        found = [x for p in places for x in self.actors(p) if x.how == "capital"]
        return [x for x in found if not set(x.ids) & mine]

    def _committed_to_else(self, c: Candidate, head: Token) -> bool:
        """A commitment to something other than someone's defence: "its commitment to its
        obligations under the Non-Proliferation Treaty", "a commitment not to develop
        nuclear weapons", "its obligation to pay"."""
        if c.type != "commit_defense" or lemma(head) not in COMMITMENT_NOUNS:
            return False
        for child in head.children:
            if child.dep_ in ("acl", "xcomp", "relcl") and child.tag_ == "VB":
                return lemma(child) not in DEFENDING  # "commitment to defend": kept
            if child.dep_ == "prep" and child.lower_ == "to":
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and not self.actors(obj):
                        return lemma(obj) not in DEFENCE_OBJECTS
                    if obj.dep_ == "pcomp" and obj.pos_ == "VERB":
                        return lemma(obj) not in DEFENDING  # "commitment to supporting"
        return False

    def _struck_where(self, head: Token, preps: tuple[str, ...]) -> list[Ref]:
        """The state or place where what an attack struck lies: "an attack on a hospital in
        Ukraine", "a strike on the harbour of Sidon in Lebanon", "launched an operation,
        targeting six camps across Somalia"."""
        struck = list(prep_objects(head, tuple(p for p in preps if p in ("on", "against"))))
        if head.pos_ == "VERB":  # "a rocket slammed into a school in Ukraine"
            struck += prep_objects(head, ("into",))
        elif head.dep_ == "dobj":  # "carried out a strike on a depot in Syria": the parser
            struck += prep_objects(head.head, ("on", "against"))  # hangs "on" on the verb
        for noun in self.objects(head):  # "launched a drone attack on a refinery in Russia"
            attack = lemma(noun) in ATTACK_NOUNS
            struck += prep_objects(noun, ("on", "against")) if attack else [noun]
        aiming = [v for v in head.children if v.dep_ in ("advcl", "xcomp", "acl")]
        for noun in self.objects(head):  # "launched an operation targeting camps in Somalia"
            aiming += [v for v in noun.children if v.dep_ in ("acl", "relcl")]
        out: list[Ref] = []
        if head.pos_ == "NOUN":  # "attacks in Israel", "the attacks by Hamas militants in
            said = [head, *prep_objects(head, ("by",))]  # Israel": where it struck
            out += [x for n in said for x in self.preps(n, WHERE) if x.kind in ("state", "place")]
        for verb in aiming:  # "..., targeting six camps across Somalia"
            if lemma(verb) in AIMING and verb.pos_ == "VERB":
                struck += objects(verb)
                out += [x for x in self.preps(verb, WHERE) if x.kind in ("state", "place")]
        for noun in struck:
            found = self.preps(noun, WHERE)
            for named in prep_objects(noun, ("of",)) if lemma(noun) in TARGETS else []:
                found += [x for x in self.actors(named) if x.kind == "place"]  # "the port of
                found += self.preps(named, WHERE)  # Sidon", "the harbour of Sidon in Lebanon"
            out += [x for x in found if x.kind in ("state", "place") and x not in out]
        return out

    def _aimed_to_take(self, head: Token, subj: list[Ref]) -> list[Ref]:
        """The state whose ground an attack is launched to take: "launched an offensive to
        seize Tripoli", "an assault to capture towns in Ukraine" (not the attacker's own); the
        foe it is waged to defeat ("a campaign to defeat the Islamic State")."""
        said = [head, *self.objects(head)]
        if head.dep_ == "dobj":  # "launched an offensive ... to seize": hung on the verb
            said.append(head.head)
        clauses = [v for n in said for v in n.children if v.dep_ in ("advcl", "xcomp", "acl")]
        clauses += [v for n in said if n.pos_ == "NOUN" for v in n.children if v.dep_ == "relcl"]
        mine = set(self.ids(subj))
        out: list[Ref] = []
        for verb in clauses:
            if lemma(verb) not in TAKEN | DEFEATED or verb.pos_ != "VERB" or verb.tag_ != "VB":
                continue  # "to seize", not "seizing weapons" said of the attack
            for noun in objects(verb):
                if lemma(verb) in DEFEATED:  # "a campaign to defeat the Islamic State in
                    found = [x for x in self.actors(noun) if x.kind in SIDE_KINDS]  # Syria":
                else:  # the foe, not where it is
                    found = [x for x in self.actors(noun) if x.kind in ("state", "place")]
                    found += [x for x in self.preps(noun, WHERE) if x.kind in ("state", "place")]
                out += [x for x in found if x not in out and not set(x.ids) & mine]
        return out

    def _border_struck(self, head: Token, subj: list[Ref]) -> list[Ref]:
        """The other side of a border an attack is made along: "launched an offensive along
        the Armenian-Azerbaijani border", "shelled posts across the border with Armenia",
        "attacks on Armenia's border" (the states the border names, but the attacker's; only
        its owner where it has one other than the attacker: "along Ethiopia's border with
        Sudan" strikes Ethiopia)."""
        mine = set(self.ids(subj))
        if not mine:
            return []
        said = [head, *(o for o in self.objects(head) if o.pos_ in ("NOUN", "PROPN"))]
        if head.dep_ == "dobj":  # "launched attacks along the border": hung on the verb
            said.append(head.head)
        borders = [b for n in said for b in prep_objects(n, BORDER_PREPS) if lemma(b) in BORDERS]
        out: list[Ref] = []
        for border in borders:
            owned = [x for x in self.owners(border) if x.kind == "state"]
            named = {i for x in owned for i in x.ids}
            if len(named) > 1 and not named & mine:
                continue  # a third state's strike along a border of two says no target
            far = [x for x in self.preps(border, ("with", "between")) if x.kind == "state"]
            if owned and not named & mine:
                far = []  # "along Ethiopia's border with Sudan": the owner's side only
            out += [x for x in owned + far if not set(x.ids) & mine]
        return out

    def _support_restated(
        self, c: Candidate, head: Token, said: Token, backers: list[Ref]
    ) -> list[Candidate]:
        """Support said again that is someone's: "the chancellor reconfirmed Germany's backing
        for Ukraine" is Germany's (and the speaker's) backing of Ukraine."""
        subj, _ = self.subject(head)
        backers = [x for x in backers if x.kind in ("state", "org", "group")]
        backed = [x for x in self.preps(said, ("for", "to")) if x.kind != "place"]
        if not backed and not support_said_as_help(said, head):
            # "pledged their support to Niger", the parse hanging "to" on the verb (not
            # "pledged its support to Haiti with a police mission": help, read as such)
            backed = [x for x in self.preps(head, ("for", "to")) if x.kind != "place"]
        if not backers or not backed:
            return []
        c.subject = self.ids([*backers, *(x for x in subj if x.kind == "person")])
        c.object = [i for i in self.ids(backed, roles=False) if i not in c.subject]
        c.cues += ["subj_via=backer"]
        return [c] if c.object else []

    def _blow_accused(
        self, c: Candidate, head: Token, subj: list[Ref], via: str, blow: Token
    ) -> list[Candidate]:
        """An accusation whose object is an attack accuses its author, not its target: the
        attack's owner ("Israel's strikes", "the Iranian attack") or its agent ("the attack
        by Azerbaijan"); where the text names neither, no one it names."""
        if c.trigger.pattern in FRAMING and not blaming(head, deep=True):
            return []  # "framed its incursion as a counter-terrorism operation": no blame
        author = [x for x in self.owners(blow) if x.kind in ("state", "group", "org")]
        by = agent_token(blow)
        if not author and by is not None:
            author = self.actors(by)
        c.subject = self.ids(subj)
        c.object = [i for i in self.ids(author, roles=False) if i not in c.subject]
        blows = ATTACK_NOUNS | ATTACKS_SAID_AGAIN
        prev = self._last_attack(blow, [], blows) if not author else None
        if prev is not None:  # "Israel struck Iran. Moscow condemned the strikes": Israel
            c.object = [i for i in prev.subject if i not in c.subject]
        c.cues += [f"subj_via={via}", "obj_via=author_of_attack"]
        return [c]

    def _accused(self, c: Candidate, head: Token, accused: list[Token]) -> list[Candidate]:
        """An accusation by the verb's subject of the actors its own words name."""
        c.subject = self.ids(self.subject(head)[0])
        c.object = [i for i in self.ids([x for k in accused for x in self.actors(k)])
                    if i not in c.subject]  # fmt: skip
        c.cues.append("subj_via=nsubj")
        return [c]

    def _dismayed(self, c: Candidate, head: Token) -> list[Candidate]:
        """ "Wellington was sorely disappointed by the signing of Suva's accord with Beijing":
        the one let down blames whoever did what let it down (not the passive's agent and
        patient turned round), a pact's parties for the pact, and the blame is about it."""
        feeler = copula_subject(head) or subject_token(head)[0]
        if feeler is None and head.dep_ == "amod":  # "Australia 'deeply disappointed' by"
            feeler = head.head
        c.subject = self.ids(self.actors(feeler))
        felt = [head, feeler] if head.dep_ == "amod" and feeler is not None else [head]
        causes = [n for t in felt for n in prep_objects(t, ("by", "with", "at", "over"))]
        causes += [  # "the signing of the deal"; not "Ireland's recognition of a state"
            o
            for n in causes
            if lemma(n) in CONCLUDING or not _doer_said(n)
            for o in prep_objects(n, ("of",))
        ]
        found = [x for n in causes for x in self.actors(n)]
        found += [x for n in causes if lemma(n) not in NO_ONES_DOING for x in self.owners(n)]
        found += [x for n in causes for x in self.preps(n, ("by", "with", "between"))]
        pacts = self.agreements_in(causes, 1)  # "at the signing of that accord": its parties
        parties = [p for x in pacts for p in sorted(self.know.parties.get(x.ids[0], ()))]
        objects = [o for o in [*self.ids(found), *parties] if o not in c.subject]
        c.object = list(dict.fromkeys(objects))
        if pacts:
            c.agreement = pacts[0].ids[0]
        elif any(lemma(n) in AGREEMENT_NOUNS for n in causes):
            c.agreement = self._between(set(c.object), c.type)  # "Honiara's pact with Beijing"
        c.cues.append("subj_via=feeler")
        return [c] if c.object else []

    def _provided_to(self, noun: Token, verb: Token) -> list[str]:
        """Whom a pact's provision is for, named on the way up to the verb that sets it out:
        "provides for support for Kyiv, including the supply of arms"."""
        tok = noun
        while tok.i != verb.i:
            found = self.ids(self.preps(tok, ("to", "for")), roles=False)
            if found:
                return found
            tok = tok.head
        return []

    def _owned_patient(self, head: Token) -> list[Ref]:
        """The states whose craft, forces or sites a passive blow struck."""
        patient, passive = subject_token(head)
        if patient is None or not (passive or is_passive(head)):
            return []
        if lemma(patient) not in CRAFT | TROOPS:  # not "Russian-held villages were shelled"
            return []
        held = any(k.tag_ == "VBN" for k in patient.lefts)  # "Russian-made helicopters"
        return [] if held else [x for x in self.owners(patient) if x.kind == "state"]

    def _forces_given_to(self, head: Token) -> list[Ref]:
        """Whose forces were equipped, armed or trained: their owner's ("Kenyan units trained
        by ..."), or the one who sends them ("Ukraine deployed units equipped with Western
        arms")."""
        forces, passive = subject_token(head)
        if forces is None or not passive or lemma(forces) not in TROOPS:
            return []
        found = [x for x in self.owners(forces) if x.kind == "state"]
        sent_by = lemma(forces.head) in POSTED | SENDING  # not "attacked units equipped"
        if not found and forces.dep_ == "dobj" and forces.head.pos_ == "VERB" and sent_by:
            sender, sent_passive = subject_token(forces.head)
            found = [] if sent_passive else [x for x in self.actors(sender) if x.kind == "state"]
        return found

    def _ties_cut_with_own_bloc(self, c: Candidate, head: Token) -> bool:
        """Ties cut or severed with a body the state belongs to: it leaves the body."""
        if lemma(head) not in ("cut", "sever") or not c.object:
            return False
        day = c.date or self.published
        states = [i for i in c.subject if self.know.is_state(i)]
        return bool(states) and all(
            self.know.is_org(o) and all(self.know.member_on(s, o, day) for s in states)
            for o in c.object
        )

    def _each_talked_with(self, c: Candidate, head: Token) -> list[Candidate]:
        """Deals in the plural negotiated with several states are one with each where the
        knowledge base holds a pair's pact that the words describe (Washington negotiating
        defence cooperation deals with Helsinki and Copenhagen: two talks, each of its own
        agreement; so, too, where one side negotiates with the other's several states);
        pacts none of which is known yet are one talk with all of them ("in talks on security
        pacts with Warsaw and Bucharest")."""
        nouns = [n for n in objects(head) if n.tag_ == "NNS" and lemma(n) in AGREEMENT_NOUNS]
        own = [i for i in c.subject if self.know.is_state(i)]
        others = [i for i in c.object if self.know.is_state(i) and i not in own]
        swapped = len(own) >= 2 and len(others) == 1  # "Helsinki and Copenhagen negotiated
        if swapped:  # deals with Washington": each of them with it
            own, others = others, own
        if c.type != "negotiate" or not nouns or len(own) != 1 or len(others) < 2:
            return []
        words = {w for n in nouns for w in described_by(n)}
        pacts = {o: c.agreement or self._pair_pact({own[0], o}, c.type, words) for o in others}
        if not any(pacts.values()):
            return []
        out = []
        for other in others:
            subject, obj = ([other], own) if swapped else (c.subject, [other])
            cues = [*c.cues, "each_partner"]
            x = replace(c, subject=subject, object=obj, agreement=pacts[other], cues=cues)
            out.append(replace(x, one_of=other))
        return out

    def _freed_from(self, head: Token) -> list[Ref]:
        """Whom freeing ground strikes: who it is freed from ("liberated the town from
        Ukrainian troops"), or the foe struck in the same breath ("to annihilate the
        Ukrainian occupiers and liberate the region"); none if neither is said."""
        held: list[Ref] = []
        for noun in [x for n in [head, *self.objects(head)] for x in prep_objects(n, ("from",))]:
            found = self.actors(noun) or self._arms_owners(noun)  # "from the Ukrainian advance":
            found = found or [x for x in self.owners(noun) if x.kind in ("state", "group")]
            held += [x for x in found if x.kind in ("state", "group") and x not in held]
        if held:
            return held
        for verb in [*head.conjuncts, head.head] if head.dep_ == "conj" else head.conjuncts:
            foes = [x for o in self.objects(verb) for x in [*self.actors(o), *self.owners(o)]]
            foes = [x for x in foes if x.kind in ("state", "group")]
            if foes:
                return foes
        return []

    def _rebutted_owner(self, noun: Token, owners: list[Ref]) -> list[Ref]:
        """Whose a request or an accusation rejected or ignored is, when a pronoun owns it and
        the pronoun was taken for the one who rejects it ("Kyiv said Berlin ignored its
        request": no one rebuffs their own, so it is Kyiv's, whoever tells or fears it); none to
        change when its owner is named ("ignored Yerevan's request") or nobody tells of it."""
        if not any(k.dep_ == "poss" and k.pos_ == "PRON" for k in noun.children):
            return []
        rejecting = subject_token(noun.head)[0]
        rebutter = set(self.ids(self.actors(rejecting))) if rejecting is not None else set()
        if not rebutter or not set(self.ids(owners)) <= rebutter:
            return []
        say = noun.head.head if noun.head.dep_ in ("ccomp", "parataxis") else None
        telling = say is not None and lemma(say) in cw.REPORTING | FEARING  # "Seoul fears
        teller = subject_token(say)[0] if say is not None and telling else None  # Washington
        # may ignore its request": Seoul's, as one who says it
        if teller is None:
            return []
        return [x for x in self.actors(teller) if not set(x.ids) & rebutter]

    def _tie_sides(self, head: Token) -> list[Ref]:
        """The two a tie a verb strengthens is between, named as a hyphened pair before it
        ("boost US-NATO interoperability", "deepen India-France ties"); none unless two."""
        if head.pos_ != "VERB":
            return []
        sides: list[Ref] = []
        for noun in self.objects(head):
            if lemma(noun) in TIES_NOUNS:
                owned = [x for x in self.owners(noun) if x.kind in ("state", "org")]
                sides += [x for x in owned if x not in sides]
        return sides if len(set(self.ids(sides, roles=False))) >= 2 else []

    def _forces_sides(self, head: Token) -> list[Ref]:
        """The states whose forces a tie is of or between ("cooperation between the Nigerian
        and American armed forces", "the interoperability of US and Philippine troops")."""
        sides: list[Ref] = []
        for noun in [head, *self.objects(head)]:
            for forces in prep_objects(noun, ("between", "of")):
                for f in [forces, *forces.conjuncts]:
                    if lemma(f) in FORCES:
                        sides += [x for x in self.owners(f) if x.kind == "state" and x not in sides]
        return sides

    def _role(self, c: Candidate, head: Token) -> list[Candidate]:
        """ "Russia was Armenia's protective power", "Turkey as a security guarantee"."""
        player = self.actors(copula_subject(head))
        if not player:  # "its main ally, Belarus"
            player = [x for a in head.children if a.dep_ == "appos" for x in self.actors(a)]
        if not player and head.dep_ == "appos":  # "Moscow, Haftar's main backer"
            player = [x for x in [self.r.ref(head.head.i)] if x is not None]
        if not player and head.dep_ == "pobj" and head.head.lower_ == "as":
            verb = head.head.head
            said = next((o for o in objects(verb)), None)
            if said is None and verb.pos_ == "VERB":  # "North Korea emerged as Russia's
                said = subject_token(verb)[0]  # supplier", "Russia is seen as Haftar's patron"
            player = self.actors(said)
        whose = self.owners(head)  # "Ankara, Tripoli's main backer": Tripoli is backed, not
        player = [x for x in player if x not in whose]  # one of the backers
        owners = [x for x in whose if x not in player]
        if not owners and head.dep_ == "pobj" and head.head.lower_ == "as":
            verb = head.head.head  # "Washington designated Riyadh as a major ally": its ally
            owners = [x for x in self.actors(subject_token(verb)[0]) if x not in player]
            by = agent_token(verb)  # "Riyadh was designated as an ally by Washington"
            owners = owners or [x for x in self.actors(by) if x not in player]
        c.subject = self.ids(player)
        c.object = self.ids(owners + self.preps(head, ("of", "for", "to")))
        c.object = [o for o in c.object if o not in c.subject]
        backed = c.type == "political_support" and any(  # a leader or a militia is backed
            self.know.kind.get(o) in ("person", "armed_group") for o in c.object
        )  # ("Haftar's main backer")
        if (
            c.object
            and not backed
            and not any(self.know.is_state(o) or self.know.is_org(o) for o in c.object)
        ):
            return []  # "a close ally of Pashinyan": a person's ally is no state's tie
        if c.type == "commit_defense":
            c.agreement = self._binding(c)
        c.cues.append("subj_via=role")
        return [c]

    def _beneficiary(self, head: Token) -> list[Ref]:
        """ "Norway gains from the bloc's guarantee": who benefits."""
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            verb = head.head.head
            if lemma(verb) in BENEFIT:
                return self.actors(subject_token(verb)[0])
        return []

    def _binding(self, c: Candidate) -> str | None:
        """The agreement that binds the one who defends to the one defended; of states named
        together ("Manila and Washington are treaty allies"), the one between them."""
        subject, obj = c.subject, c.object or (c.subject if len(c.subject) > 1 else [])
        if not subject or not obj:
            return None
        between = set(self.know.agreements_between(set(subject), set(obj)))
        pledges = [ag for ag in between if ag in self.know.pledges]
        for ag in self.doc_orgs:  # a pledge the text names, before an access deal it names
            if ag in pledges:
                return ag
        # two states called treaty allies: the one treaty by which they pledge to defend
        # each other, where the text names none
        named = {i for i in [*subject, *obj] if self.know.is_state(i)}
        pairs = [ag for ag in pledges if named <= self.know.parties.get(ag, set())]
        pairs = [ag for ag in pairs if len(self.know.parties.get(ag, ())) <= 4]
        said = {lemma(t) for t in self.doc[c.start : c.end]}
        if len(pairs) == 1 and said & STANDING_PLEDGES:
            return pairs[0]
        for ag in self.doc_orgs:
            if ag in between and (ag in self.know.defense or ag in self.know.organizations):
                return ag
        return None


def blaming(verb: Token, deep: bool = False) -> bool:
    """Whether what "described X as" calls it blames: "the protesters as terrorists";
    ``deep``: anywhere in what it is called ("cast the war as a battle against an
    aggressive West")."""
    called = [o for p in verb.children if p.lower_ == "as" for o in p.children]
    called += [m for o in called for m in o.children if m.dep_ in ("amod", "compound")]
    called += [t for o in called for t in o.subtree] if deep else []
    return any(lemma(t) in BLAMING_WORDS for t in called)


def _doer_said(noun: Token) -> bool:
    """Does a noun of an act say who did it? "Ireland's recognition", "the move by Minsk"."""
    return any(
        k.dep_ == "poss" or (k.dep_ in ("prep", "agent") and k.lower_ == "by")
        for k in noun.children
    )
