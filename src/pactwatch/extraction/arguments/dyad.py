"""One side acting on another: attacks, ties, support, accusations, warnings, arms and aid
given, and the roles one state plays for another ("its main ally")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from pactwatch.extraction import away_words as aw
from pactwatch.extraction import cue_words as cw
from pactwatch.extraction import lexicon as lx
from pactwatch.extraction.arguments.backing import BackingFrames
from pactwatch.extraction.arguments.pieces import (
    described_by,
    on_behalf,
    receiving,
)
from pactwatch.extraction.arguments.words import (
    AGREEMENT_NOUNS,
    AIMING,
    ANSWERING,
    ARMS_DEPENDING,
    ATTACK_NOUNS,
    ATTACKS_SAID_AGAIN,
    BANNED,
    BARRING,
    BENEFIT,
    BORDER_PREPS,
    BORDERS,
    COMMITMENT_NOUNS,
    CONCLUDING,
    CRAFT,
    DEFENCE_OBJECTS,
    DEFENCE_QUALIFIERS,
    DEFENDING,
    DEFENDING_WHAT,
    DRILLS,
    FELT_AT,
    FIGHTERS,
    FORCES,
    FRAMING,
    HOLDING_ARMS,
    JUDGING,
    LIBERATING,
    MAKER_DEPS,
    MAKING,
    MUTUAL_TYPES,
    NAMING_SOMEONE,
    NO_ONES_DOING,
    OBJECT_PREPS,
    OWNED_TARGET_TYPES,
    PARTAKING,
    POSTED,
    PROCESSES,
    PROVIDED_TYPES,
    PROVIDING_FOR,
    REACHING,
    ROLE_NOUNS,
    SENDING,
    STANDING_PLEDGES,
    STATEHOOD_PARTS,
    STOPPING,
    SUPPORT_TYPES,
    TAKEN,
    TALKS,
    TARGETED_TYPES,
    TARGETS,
    TIE_TYPES,
    TIES_NOUNS,
    TRAVELLING,
    TROOPS,
    USING,
    WEAPONS,
    WHERE,
)
from pactwatch.extraction.away import support_said_as_help
from pactwatch.extraction.reading import NOT_PROVIDED, Candidate, Ref
from pactwatch.extraction.syntax import (
    OBJECT_CONTROL,
    agent_token,
    compound_head,
    copula_subject,
    hyphened_to_before,
    is_passive,
    lemma,
    objects,
    prep_objects,
    provided_with,
    rebutted,
    subject_token,
)

ENVOYS = {"ambassador", "envoy", "representative", "diplomat", "attache", "chargé", "consul"}


# what a feeling or a blame is about, after whom it is at ("over Taiwan": a topic)
TOPIC_PREPS = ("over", "about")


class DyadFrames(BackingFrames):
    """The ``dyad`` frame: one side acting on another."""

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
        seize Tripoli", "an assault to capture towns in Ukraine" (not the attacker's own)."""
        said = [head, *self.objects(head)]
        if head.dep_ == "dobj":  # "launched an offensive ... to seize": hung on the verb
            said.append(head.head)
        clauses = [v for n in said for v in n.children if v.dep_ in ("advcl", "xcomp", "acl")]
        clauses += [v for n in said if n.pos_ == "NOUN" for v in n.children if v.dep_ == "relcl"]
        mine = set(self.ids(subj))
        out: list[Ref] = []
        for verb in clauses:
            if lemma(verb) not in TAKEN or verb.pos_ != "VERB" or verb.tag_ != "VB":
                continue  # "to seize", not "seizing weapons" said of the attack
            for noun in objects(verb):
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
        if c.trigger.pattern in FRAMING and not _blaming(head, deep=True):
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

    def _dyad(self, c: Candidate, head: Token) -> list[Candidate]:
        if c.type == "accuse" and lemma(head) == "denounce":  # "denouncing it": a treaty
            treaty = [x for x in self.agreements_in(objects(head), 1) if x.kind == "agreement"]
            if treaty:  # is denounced by notice of withdrawal, not accused
                subj, via = self.subject(head)
                c.type, c.agreement = "notify_withdrawal", treaty[0].ids[0]
                c.subject = self.ids(subj)
                c.cues += [f"subj_via={via}", "via=denounced_treaty"]
                return [c]
        if c.trigger.pattern in lx.ARMY_HELPED + lx.ARMY_EQUIPPED and self._own_army(head):
            return []  # "Poland will equip its army with K2 tanks": its own, from another
        if c.trigger.pattern == lx.THANKED_FOR and not self.owners(head):
            return []  # "praised the team for its assistance": no one's help the text names
        if c.trigger.pattern == lx.ATTENDED:
            return self._attended(c, head)
        if c.type == "political_support" and lemma(head) in (*aw.PRAISING, "welcome"):
            praised = [o for o in objects(head) if lemma(o) in AGREEMENT_NOUNS]
            if praised:
                return self._pact_praised(c, head, praised[0])
        if c.type == "political_support" and lemma(head) in aw.SUPPORT_AFFIRMED:
            said = [o for o in objects(head) if lemma(o) in ("support", "backing")]
            backers = list(self.owners(said[0])) if said else []
            if backers:  # "the chancellor reconfirmed Germany's backing for Ukraine"
                return self._support_restated(c, head, said[0], backers)
        role = lemma(head) in ROLE_NOUNS and head.pos_ in ("NOUN", "PROPN")
        if self._no_one_backed(c, head, role) or self._committed_to_else(c, head):
            return []
        if c.type == "warn" and _motive(head):
            return []  # "struck the sites in retaliation": why it struck, no warning
        beside = [a for a in head.children if a.dep_ == "appos" and self.actors(a)]
        if role and (copula_subject(head) is not None or head.head.lower_ == "as" or beside):
            return self._role(c, head)  # "Iran and its closest ally, Syria": Syria's tie
        if c.trigger.pattern in (lx.TROOPS_KILLED, lx.TROOPS_WERE_KILLED):
            return self._troops_killed(c, head)
        if c.trigger.pattern == lx.CAPACITY_BUILT:
            return self._capacity_built(c, head)
        if c.type == "accuse" and lemma(head) == "charge":  # "charged that Yerevan was ...":
            said = [k for k in head.children if k.dep_ == "ccomp"]  # not "charged that fee"
            # a that-clause the parser hangs on loosely, misled by a quotation mark inside it
            said += [k for k in head.children if k.dep_ == "advcl" and k.left_edge.lower_ == "that"]
            if not said:
                return []
            verbs = [v for k in said for v in (k, *(a for a in k.children if a.dep_ == "aux"))]
            charged = [s for v in verbs for s in v.children if s.dep_ in ("nsubj", "nsubjpass")]
            return self._accused(c, head, charged)
        if c.type == "accuse" and c.trigger.pattern == lx.DISMAYED_BY:
            return self._dismayed(c, head)
        if c.type == "accuse" and lemma(head) == "hold":  # "holds Hamas responsible": the
            held = [k for r in head.children if lemma(r) in ("responsible", "accountable")
                    for k in r.children if k.dep_ in ("nsubj", "nsubjpass")]  # fmt: skip
            held += [k for k in head.children if k.dep_ == "dobj"]  # one held to account
            return self._accused(c, head, held)
        # "North Korea-made missiles", however parsed
        hyphened = self.doc[c.start].text == "-" and hyphened_to_before(head)
        if c.type == "arms_supply" and (head.dep_ == "amod" or hyphened) and lemma(head) in MAKING:
            return self._made_by(c, head)
        if (
            c.type == "arms_supply"
            and lemma(self.doc[c.start]) in USING | HOLDING_ARMS | ARMS_DEPENDING
        ):
            return self._used(c, head)
        if head.dep_ == "amod" and head.tag_ == "VBN" and self._backed(head):
            return self._backed_by(c, head)
        defended = [t for o in objects(head) for t in (o, *o.conjuncts)]
        besides = [t for t in defended if t.lower_ not in REFLEXIVES]
        itself = len(besides) < len(defended) and not any(self.actors(t) for t in besides)
        if c.type == "commit_defense" and itself:
            return []  # "vowed to defend itself by every means": its own defence, no pledge (but
            # "to defend itself and Estonia" pledges Estonia's)
        if c.type == "attack" and _a_label(head):
            return []  # "described the strike as aggression": the word judges, it is no blow
        if c.type == "attack" and lemma(head) == "sabotage" and self._sabotage_of_a_body(head):
            return []  # "the CSTO's sabotage", "sabotage of the talks": undermining, no blow
        under = _under(head) if c.type == "attack" else None
        if under is not None:
            return self._came_under(c, head, under)
        subj, via = self.subject(head)
        if via == "owner" and rebutted(head):  # "Kyiv said Berlin ignored its request"
            subj = self._rebutted_owner(head, subj) or subj
        if c.type == "arms_supply" and not subj:
            subj, via = self._supplier(head)
        if c.type == "cooperate" and not subj and head.pos_ == "VERB":  # "Chinese-Russian
            drill, _ = subject_token(head)  # naval drills began": the drills' own sides
            if drill is not None and lemma(drill) in DRILLS:
                subj = [x for x in self.owners(drill) if x.kind in ("state", "org")]
                via = "drill_owners" if subj else via
        tie_sides = self._tie_sides(head) if c.type == "cooperate" else []
        third = bool(subj) and not set(self.ids(subj)) & set(self.ids(tie_sides))
        if tie_sides and (not subj or third):  # "the move will strengthen US-NATO
            # interoperability": the two the tie is between; also where a third one only
            # promotes it ("Germany will help deepen Poland-Ukraine ties")
            subj, via = tie_sides, "tie_sides"
        if c.type == "accuse" and not subj and head.pos_ == "NOUN":  # "the accusations made
            made = [k for k in head.children if k.dep_ == "acl" and k.tag_ == "VBN"]  # by X"
            by = next((a for k in made if (a := agent_token(k)) is not None), None)
            subj, via = (self.actors(by), "made_by") if by is not None else (subj, via)
        if c.type == "accuse" and not subj and lemma(head) == "summon":  # "was summoned to the
            called_to = prep_objects(head, ("to",))  # Turkish foreign ministry": its state
            subj = [x for t in called_to for x in self.owners(t) if x.kind == "state"]
            via = "summoned_to" if subj else via
        struck: list[Ref] = []
        if c.type == "attack" and head.pos_ == "NOUN" and via == "owner":
            # "the Paris attacks", "the Kursk incursion": the place named is where it struck;
            # a state named so strikes where the noun's own target is said ("the US bombing
            # of its nuclear sites", "the Israel strikes on Iran")
            aims = prep_objects(head, ("of", "on", "against"))
            aimed = any(o.ent_type_ not in ("DATE", "TIME") for o in aims)
            by_initials = [  # "a U.S. raid", "UK strikes": by them, as their adjective says;
                x  # not "the U.S. embassy attack" nor "the DRC attacks by ADF rebels"
                for x in subj
                if self.doc[x.head].head.i == head.i and _initials(self.doc[x.head])
            ]
            by = agent_token(head)  # "by ADF rebels": another's blow; "by B-52 bombers",
            agents = self.actors(by) if by is not None else []  # "by the Pentagon": theirs
            own = {i for x in by_initials for i in x.ids}
            if by is not None and (lemma(by) in FIGHTERS or any(set(x.ids) - own for x in agents)):
                by_initials = []
            struck = [
                x
                for x in subj
                if self.doc[x.head].dep_ == "compound"
                and x.how != "demonym"
                and x not in by_initials
                and (x.kind == "place" or x.how == "capital" or (x.kind == "state" and not aimed))
            ]  # "the Hamas attack": Hamas struck
            subj = [x for x in subj if x not in struck]
            via = via if subj else "none"
        preps = OBJECT_PREPS.get(c.type, ())
        if c.type == "attack" and head.pos_ == "VERB":
            preps = (*preps, "at")  # "fired missiles at US bases"
            if lemma(head) in TAKEN:  # "seized the town from Ethiopian forces": who lost it
                preps = (*preps, "from")
        if c.type == "commit_defense" and self.direct(head):
            preps = tuple(p for p in preps if p != "against")  # "defend it against Azerbaijan"
        if c.type == "commit_defense" and lemma(head) == "stand":
            preps = (*preps, "by", "with", "behind")  # "will stand by Azerbaijan"
        if c.type == "accuse" and lemma(head) == "protest" and head.pos_ == "VERB":
            preps = (*preps, "to")  # "Vietnam protested to China"
        if head.dep_ == "pobj" and head.head.lower_ == "in" and c.type in SUPPORT_TYPES:
            preps = (*preps, "of")  # "came out in support of Ankara": Ankara is backed
        if c.type == "political_support" and lemma(head) == "stand":
            stood = self.preps(head, ("with", "behind"))  # "stands with Moldova"; behind a
            if not stood:  # plan or a protocol, no one is backed
                return []
        direct = self.direct(head)
        envoys = [o for o in self.objects(head) if lemma(o) in ENVOYS]
        if c.type == "reduce_cooperation" and envoys:
            # "recalled the two French ambassadors to Canberra": sent by the one recalling
            # them, from where they were posted
            sent_by = [x for n in envoys for x in self.owners(n) if x.kind == "state"]
            direct = [x for n in envoys for x in self.preps(n, ("to", "in", "from"))]
            if sent_by and not any(x.kind == "state" for x in subj):
                subj, via = [*sent_by, *subj], "envoys"
        if c.type == "attack" and lemma(head) in USING | {"fire", "launch"}:
            # "used Turkish drones against Indian posts": the arms are the means, their
            # maker no target
            direct = [x for x in direct if lemma(self.doc[x.head].head) not in WEAPONS]
        obj = struck + direct + [x for x in self.preps(head, preps) if x]
        if tie_sides and not obj:  # "Biden wants to strengthen US-NATO ties": the other side
            obj = [x for x in tie_sides if not set(x.ids) & set(self.ids(subj))]
        if c.type == "commit_defense" and lemma(head) in STOPPING:
            # "no action to stop Azerbaijan's attack on Armenia": whom it struck went undefended
            stopped = [head, *self.objects(head)]  # the parser hangs "against" on either
            obj = [x for n in stopped for x in self.preps(n, OBJECT_PREPS["attack"])]
        if not obj and c.type in SUPPORT_TYPES:  # "Armenia thanked France for its help":
            obj = self._thanker(head)  # the help went to the one who thanks
        if not obj and c.type == "negotiate":
            obj = self._visited(head, subj)
        extends = head.head if head.dep_ == "nsubj" and lemma(head.head) in REACHING else None
        if not obj and c.type == "commit_defense" and extends is not None:
            obj = self.direct(extends) + self.preps(extends, ("to",))  # "the umbrella extends to"
        if c.type in TARGETED_TYPES:  # "struck Houthi targets in Yemen": whose they are
            owned = [
                x
                for n in self.objects(head)
                if lemma(n) in TARGETS
                for x in self.owners(n)
                if x.kind in ("state", "group") and x.how != "place"
            ]
            obj = owned or obj
        if not obj and c.type in TARGETED_TYPES:  # "attacks on Israeli targets"
            said = [*self.objects(head), *prep_objects(head, preps)]
            for noun in [*said, *(n for o in self.objects(head) for n in prep_objects(o, preps))]:
                if lemma(noun) in TARGETS:
                    obj += [x for x in self.owners(noun) if x.kind == "state" and x not in obj]
        if not obj and c.type == "attack":  # "an attack on a hospital in Ukraine": where it hit
            obj = self._struck_where(head, preps)
        if not obj and c.type == "attack":  # "launched attacks along the border with Armenia"
            obj = self._border_struck(head, subj)
        if not obj and c.type == "attack":  # "launched an offensive to seize Tripoli"
            obj = self._aimed_to_take(head, subj)
        if c.type == "attack" and lemma(head) in LIBERATING:  # "liberate the Kursk region":
            obj = self._freed_from(head) or obj  # not Russia, whose region it is; with no
            # holder named, the ground's state as before ("Chadian forces liberated Gao")

        at_others = [x for x in obj if not set(x.ids) & set(self.ids(subj))]  # not "their"
        if not at_others and c.type == "accuse":  # "voiced dissatisfaction with Manila": the
            felt = [n for n in self.objects(head) if c.start <= n.i < c.end]  # feeling is at
            felt.append(head)  # someone; "lodged a protest with Beijing", hung on the verb
            # whom it is at before what it is over: "took aim at the US over Taiwan"
            at_whom = tuple(p for p in FELT_AT if p not in TOPIC_PREPS)
            obj = [x for n in felt for x in self.preps(n, at_whom)]
            obj = obj or [x for n in felt for x in self.preps(n, FELT_AT)]
            acts = [o for n in felt for o in prep_objects(n, FELT_AT)]  # "exasperation about
            obj = obj or [x for o in acts for x in self.owners(o) if x.kind in ("state", "org")]
            # Hungary's veto": whose the act is
        if not obj and c.type == "accuse" and head.pos_ == "VERB":
            # "declared the French presence illegal": whose the thing called so is
            called = [*self.objects(head)]
            called += [s for k in head.children if k.dep_ in ("ccomp", "xcomp", "oprd")
                       for s in k.children if s.dep_ == "nsubj"]  # fmt: skip
            obj = [x for n in called for x in self.owners(n) if x.kind in ("state", "org", "group")]
        if not obj and head.pos_ == "VERB" and c.end - c.start > 2 and c.type in TIE_TYPES:
            # "stands shoulder to shoulder with Poland": the match's own words lead there
            words = [t for t in self.doc[c.start : c.end] if t.i != head.i]
            mine = set(self.ids(subj))
            obj = [x for t in words for x in self.preps(t, preps) if not set(x.ids) & mine]
        if head.pos_ == "VERB":  # "gave Armenia security guarantees": the one given to
            obj += [x for k in head.children if k.dep_ == "dative" for x in self.actors(k)]
        if c.type == "accuse":  # "condemned Israel's strikes on Iran": the one who struck
            said = [*objects(head), *(prep_objects(head, ("of",)) if head.pos_ == "NOUN" else [])]
            blows = [n for n in said if lemma(n) in ATTACK_NOUNS]  # "a condemnation of"
            blows = blows or [  # "Caracas denounced the campaign": the strikes told before
                n for n in said if self._last_attack(n, [], ATTACKS_SAID_AGAIN) is not None
            ]
            if blows:
                return self._blow_accused(c, head, subj, via, blows[0])
            # "condemned the deployment of US missiles in Germany": whose they are, not where
            sent = [n for n in said if lemma(n) in ("deployment", "stationing")]
            senders = [
                x
                for n in sent
                for x in [
                    *self.owners(n),
                    *(y for o in prep_objects(n, ("of",)) for y in self.owners(o)),
                ]
                if x.kind in ("state", "org") and x not in subj
            ]
            obj = senders or obj
        # "strengthen its relations with the EAEU"; a coordinated verb's object only when
        # this one has none ("broke off ties with France and pivoted toward Russia")
        for noun in self.objects(head) if not obj else objects(head):
            if lemma(noun) in TIES_NOUNS or (noun.pos_ == "NOUN" and not obj):
                obj += [x for x in self.preps(noun, preps) if x not in obj]
        own = set(self.ids(subj))  # a person's state too: "Macron expressed France's support"
        if obj and all(set(x.ids) <= own for x in obj):  # "affirmed their support for Turkey":
            for noun in objects(head):  # the possessor is the subject, the object is Turkey
                obj += [x for x in self.preps(noun, preps) if not set(x.ids) <= own]
        if head.pos_ in ("NOUN", "PROPN") and (c.type == "attack" or lemma(head) == "defense"):
            obj += [x for x in self.preps(head, ("of",)) if x not in subj]  # "defence of Japan"
        if c.type == "commit_defense" and not obj and on_behalf(head):  # "on Yerevan's side"
            for o in prep_objects(head, ("on",)):
                obj += [x for x in self.owners(o) + self.preps(o, ("of",)) if x not in subj]
        if c.type == "commit_defense" and not obj:  # "did not commit to the defence of Japan"
            for noun in prep_objects(head, ("to",)):  # "committed to the security of Japan"
                if lemma(noun) in ("defense", "security"):
                    obj += [x for x in self.preps(noun, ("of",)) if x not in subj]
        others = {i for x in obj if x.kind == "state" for i in x.ids} - set(self.ids(subj))
        if c.trigger.pattern == "defense/N of" and not others:
            return []  # "its defence of its territory": no one else's
        if head.pos_ in ("NOUN", "PROPN") and not obj:  # "commitment to defend South Korea"
            for comp in head.children:
                if comp.dep_ in ("acl", "xcomp") and comp.pos_ == "VERB" and not obj:
                    obj = [x for x in self.direct(comp) if x not in subj]
        if head.pos_ in ("NOUN", "PROPN") and not obj:
            verb = self.light_verb(head)
            if verb is not None and receiving(verb, head):
                obj = self.actors(subject_token(verb)[0])  # "Finland drew a warning"
            elif verb is not None and provided_with(head):
                obj = self.direct(verb)  # "provide Armenia with guarantees": Armenia
            elif verb is not None:
                obj = self.preps(verb, ("to", "for", "with", "on")) + self.direct(verb)[1:]
                given = [k for k in verb.children if k.dep_ == "dative"]  # "granted Manila a"
                obj += [x for k in given for x in self.actors(k) if x not in obj]
            elif rebutted(head):  # "Serbia rejected Kosovo's accusations": made against Serbia
                obj = [x for x in self.actors(subject_token(head.head)[0]) if x not in subj]
            elif head.dep_ == "dobj" and head.head.pos_ == "VERB":  # "lift their block on X"
                obj = self.preps(head.head, OBJECT_PREPS.get(c.type, ()))
            beneficiary = self._beneficiary(head)
            if beneficiary:
                obj = beneficiary
        mine = set(self.ids(subj))
        if c.trigger.pattern.startswith("shift") and all(set(x.ids) <= mine for x in obj):
            # "turned its policy from Moscow toward Brussels", parsed as one phrase
            wanted = ("from",) if c.type == "reduce_cooperation" else ("toward", "towards", "to")
            for tok in head.subtree:
                if tok.lower_ in wanted and tok.dep_ in ("prep", "conj"):
                    obj += [x for o in tok.children if o.dep_ == "pobj" for x in self.actors(o)]
        if c.trigger.pattern.startswith("further"):  # "edges closer to Washington and
            at = head if head.pos_ == "ADP" else next(prep_objects(head, ("from",)), head).head
            obj = [x for o in at.children if o.dep_ == "pobj" for x in self.actors(o)]
            subj, via = self.subject(at.head)  # further from Russia"
            if not obj:
                return []  # "far from certain"
        if not obj and lemma(head) in OBJECT_CONTROL and head.pos_ == "VERB":
            for comp in head.children:  # "helping Baku and Yerevan to settle their issues"
                if comp.dep_ in ("ccomp", "xcomp"):
                    obj += [x for k in comp.children if k.dep_ == "nsubj" for x in self.actors(k)]
        if not obj and c.type in ("warn", "urge") and head.pos_ == "VERB":
            for comp in head.children:  # "threatening to kick it out", "urged it to leave"
                if comp.dep_ in ("xcomp", "ccomp"):
                    obj += self.direct(comp) + self.preps(comp, ("from", "on", "against"))
        if not obj and c.type == "warn" and lemma(head) in ANSWERING:
            # "would respond firmly to any breach by Pyongyang": whose act is answered
            acts = list(prep_objects(head, ("to", "against", "for")))
            found = [x for n in acts for x in self.owners(n) + self.preps(n, ("by", "of"))]
            # "to any deployment of US missiles": whose the missiles are
            found = found or [
                x for n in acts for o in prep_objects(n, ("of",)) for x in self.owners(o)
            ]
            obj = [x for x in found if x.kind in ("state", "org", "group")]
        if not obj and c.type == "warn" and head.pos_ == "VERB":
            # "warned against closer military ties between Moldova and the West", "against
            # Finland's accession": who would do what the warning is against
            acts = [n for n in prep_objects(head, ("against",)) if self.r.ref(n.i) is None]
            found = [
                x
                for n in acts
                for x in self.owners(n)
                + self.preps(
                    n, ("between", "by", "of") if lemma(n) in DONE_ACTS else ("between", "by")
                )
            ]  # not "the partition of Syria": done to it
            obj = [x for x in found if x.kind in ("state", "org", "group")]
        if not obj and head.dep_ == "pobj" and head.head.lower_ in ("to", "for"):
            verb = head.head.head  # "open it up to an attack", "threats for Armenia"
            obj = self.direct(verb) if verb.pos_ == "VERB" else obj
        own_ids = set(self.ids(subj))  # "would not appoint a Georgian envoy to the bloc":
        foreign = [x for x in obj if not set(x.ids) <= own_ids]  # one's own official: no one
        if not foreign and c.type == "reduce_cooperation":  # "recalled its representative to
            said = [*self.objects(head), *prep_objects(head, ("to", "at", "in"))]  # the CSTO"
            obj = [x for x in self.agreements_in(said, 4) if x.kind == "org"] or obj
        if not obj and c.type == "reduce_cooperation":  # "a ban on flights from France"
            banned = [n for n in prep_objects(head, ("on",)) if lemma(n) in BANNED]
            obj = [x for n in banned for x in self.preps(n, ("from", "to"))]
        if not obj and c.type in OWNED_TARGET_TYPES and head.pos_ == "VERB":
            # "sanctioned Russian defence firms", "accused Iranian officials": their state
            obj = [x for n in self.objects(head) for x in self.owners(n) if x.kind == "state"]
            if not obj and c.type == "accuse":  # "lamented the silence of Budapest", "the
                whose = ("of", "from", "by")  # lack of a response from Baku": whose it is
                nouns = list(self.objects(head))
                nouns += [o for n in nouns for o in prep_objects(n, ("of",))]
                found = [x for n in nouns for x in self.preps(n, whose)]
                obj = [x for x in found if x.kind in ("state", "org", "group")]
        if lemma(head) == "defeat" and head.pos_ == "NOUN":  # "Armenia's defeat": the loser
            obj, subj = self.owners(head) + self.preps(head, ("of",)), self.preps(head, ("by",))
            via = "defeat"
        passive = self.passive_subject(head)
        if not passive and c.type == "attack":  # "Philippine boats were rammed": whose
            passive = self._owned_patient(head)
        if not passive and c.type in ("arms_supply", "security_assistance"):
            passive = self._forces_given_to(head)  # "deployed units equipped with tanks"
        if passive and c.type == "commit_defense" and all(x.kind == "org" for x in passive):
            subj, via = passive, "passive_org"  # "the pact was never put into practice"
        elif passive and c.type == "commit_defense" and lemma(head) in BOUND_ONES:
            subj, via = passive, "bound"  # "Washington is committed to the security of Japan"
        elif passive:
            obj = passive + obj
        if not subj and via != "agent" and c.type in ("urge", "warn", "accuse"):
            speaker = self.r.source_at[head.i].speaker if self.r.source_at else ()
            if speaker:
                c.subject = list(speaker)
                via = "speaker"
        if not subj and c.type == "cooperate":  # "the interoperability of the Kenyan and
            sides = self._forces_sides(head)  # Ugandan armed forces": their states, both ways
            if lemma(head) == "participation" and not sides:  # "with the participation of
                sides = [x for x in self.preps(head, ("of",)) if x.kind == "state"]  # A and B"
                takers = [t for t in prep_objects(head, ("of",)) if lemma(t) in TROOPS]
                sides = sides or [  # "of troops from A, B and C": the troops' states
                    x for t in takers for x in self.preps(t, ("from",)) if x.kind == "state"
                ]
            named = set(self.ids(sides, roles=False))
            if len(named) >= 2 and set(self.ids(obj, roles=False)) <= named:
                subj, obj, via = sides, sides, "between"
        if not subj and not obj and c.type in MUTUAL_TYPES:  # "relations between A and B"
            for tok in [head.head, head.head.head]:
                sides = self.preps(tok, ("between",))
                if len(sides) >= 2:  # talks have sides that talk, not one talked to
                    subj, obj, via = sides, sides if c.type != "negotiate" else [], "between"
                    break
        if c.type == "negotiate" and head.pos_ in ("NOUN", "PROPN"):
            sides = self.preps(head, ("between",))  # "talks between Ghana and Togo": both talk
            venue = via == "owner" and all(x.how == "capital" for x in subj)
            if sides and venue:  # "the Hanoi summit between Trump and Kim": where, not who
                subj, obj, via = sides, [x for x in obj if x not in sides], "between"
        if not subj and c.type == "negotiate" and head.pos_ in ("NOUN", "PROPN"):
            sides = self.preps(head, ("between",))
            if len(self.ids(sides, roles=False)) >= 2:
                subj, obj, via = sides, [x for x in obj if x not in sides], "between"
        if lemma(head) in ("recognize", "recognise"):  # "recognized Abkhazia": the region,
            obj = [x for x in obj if x.kind != "place"]  # not the state it is a place of
        c.subject = c.subject or self.ids(subj)
        c.object = [o for o in self.ids(obj) if o not in c.subject or via == "between"]
        # "Paris continues to strengthen our defence relationship with Armenia", said by the
        # French minister: "our" is Paris's side, not the other
        c.object = [o for o in c.object if self.r.speaks_for.get(o) not in c.subject]
        if not c.object and c.trigger.pattern in NAMING_SOMEONE and not _blaming(head):
            return []  # "Albanese described the day as historic": no one is accused
        if c.type == "block" and lemma(head) in aw.OPPOSING and not c.subject:
            return []  # "opposition to Ukraine's membership is growing": no one blocks
        if c.trigger.pattern in FRAMING and not _blaming(head, deep=True):
            return []  # "framed Tokyo's apology as a step forward": praise, no one accused
        # an armed group counts as a side: "the PKK and Iran joined forces"
        actors = [i for i in c.subject if self._party(i)]
        if (
            c.type in MUTUAL_TYPES
            and not c.object
            and len(actors) >= 2  # "Rubio" and the US are one side
            and c.type != "negotiate"
        ):
            c.object = list(c.subject)  # "Chile and Peru enjoy close ties"
        reach = [head, *objects(head), *prep_objects(head, ("under",))]
        if c.type in ("urge", "warn"):
            reach += [x for x in head.children if x.dep_ in ("xcomp", "ccomp")]
        # "threatened to expel it from the bloc": the threatened act's body, a level deeper
        depth = {"urge": 4, "warn": 4, "negotiate": 5}.get(c.type, 2)
        agr = self.agreements_in(reach, depth)
        c.agreement = agr[0].ids[0] if agr else None
        subj_tok = subject_token(head)[0] if head.pos_ == "VERB" else copula_subject(head)
        noun = compound_head(head)  # "the treaty specifies mutual military assistance": a
        pledged = c.type == "commit_defense" and noun.dep_ == "dobj"  # pledge the pact holds
        if subj_tok is None and pledged and noun.head.pos_ == "VERB":  # binds its parties
            subj_tok = subject_token(noun.head)[0]
        provided = _provided_by(noun)  # "it provided for mutual assistance", "the deal
        if subj_tok is None and provided is not None:  # includes the supply of arms"
            subj_tok = subject_token(provided)[0]
        pact, parties = self._pact_parties(subj_tok) if subj_tok is not None else (None, [])
        by_pact = not subj or {i for x in subj for i in x.ids} == {pact}  # "the AUKUS deal"
        if parties and by_pact and c.type in MUTUAL_TYPES | SUPPORT_TYPES | PROVIDED_TYPES:
            # "the charter sets a framework", "the agreement boosts coordination between the
            # two militaries", "the AUKUS pact is meant to deepen ties": its parties
            mutual = c.type in MUTUAL_TYPES
            if not c.object and not mutual and provided is not None:  # "help to Kyiv,
                c.object = self._provided_to(noun, provided)  # including arms": Kyiv's
            if provided is not None and any(k.dep_ == "neg" for k in provided.children):
                c.cues.append(NOT_PROVIDED)  # "the pact does not cover the sale" (modality)
            c.object = list(parties) if mutual else [o for o in c.object if o != pact]
            c.subject = [p for p in parties if mutual or p not in c.object]
            c.agreement = pact or c.agreement
            c.cues.append("subj_via=agreement_parties")
            return [c]
        if c.type == "commit_defense" and c.agreement is None:
            c.agreement = self._binding(c)
        c.cues.append(f"subj_via={via}")
        if c.type == "reduce_cooperation" and self._ties_cut_with_own_bloc(c, head):
            return []  # "Mali cut ties with ECOWAS": a member leaving, read as that
        return self._each_talked_with(c, head) or [c]

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
        request": no one rebuffs their own, so it is Kyiv's, whoever tells of it); none to
        change when its owner is named ("ignored Yerevan's request") or nobody tells of it."""
        if not any(k.dep_ == "poss" and k.pos_ == "PRON" for k in noun.children):
            return []
        rejecting = subject_token(noun.head)[0]
        rebutter = set(self.ids(self.actors(rejecting))) if rejecting is not None else set()
        if not rebutter or not set(self.ids(owners)) <= rebutter:
            return []
        say = noun.head.head if noun.head.dep_ in ("ccomp", "parataxis") else None
        teller = subject_token(say)[0] if say is not None and lemma(say) in cw.REPORTING else None
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
        if not player and head.dep_ == "pobj" and head.head.lower_ == "as":
            verb = head.head.head
            said = next((o for o in objects(verb)), None)
            if said is None and verb.pos_ == "VERB" and not is_passive(verb):
                said = subject_token(verb)[0]  # "North Korea emerged as Russia's supplier"
            player = self.actors(said)
        owners = [x for x in self.owners(head) if x not in player]
        if not owners and head.dep_ == "pobj" and head.head.lower_ == "as":
            verb = head.head.head  # "Washington designated Riyadh as a major ally": its ally
            owners = [x for x in self.actors(subject_token(verb)[0]) if x not in player]
        c.subject = self.ids(player)
        c.object = self.ids(owners + self.preps(head, ("of", "for", "to")))
        c.object = [o for o in c.object if o not in c.subject]
        if c.object and not any(self.know.is_state(o) or self.know.is_org(o) for o in c.object):
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


def _initials(word: Token) -> bool:
    """A state's initials ("U.S.", "UK") stand before a noun as its adjective does."""
    letters = word.text.replace(".", "")
    return 2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()


def _under(noun: Token) -> Token | None:
    """The verb of "came under attack", "has been under attack", or None."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "under" and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def _provided_by(noun: Token) -> Token | None:
    """The verb by which a text sets out what the noun names, where the noun is in what it
    sets out: "the pact provides for support for Kyiv, including the supply of arms"."""
    tok = noun
    for _ in range(8):
        head = tok.head
        if tok.dep_ not in ("pobj", "prep", "conj", "appos", "dobj") or head.i == tok.i:
            return None
        if lemma(tok) in BARRING:  # "includes a ban on the supply of arms": barred, not
            return None  # provided
        if head.pos_ in ("VERB", "AUX") and head.lower_ != "including":
            return head if lemma(head) in PROVIDING_FOR and tok.dep_ in ("dobj", "prep") else None
        tok = head
    return None


def _blaming(verb: Token, deep: bool = False) -> bool:
    """Whether what "described X as" calls it blames: "the protesters as terrorists";
    ``deep``: anywhere in what it is called ("cast the war as a battle against an
    aggressive West")."""
    called = [o for p in verb.children if p.lower_ == "as" for o in p.children]
    called += [m for o in called for m in o.children if m.dep_ in ("amod", "compound")]
    called += [t for o in called for t in o.subtree] if deep else []
    return any(lemma(t) in lx.BLAMING_WORDS for t in called)


# acts whose "of" is who does them: "warned against Finland's accession", "the deployment of
# US missiles" (not "the partition of Syria", "the isolation of Iran": done to them)
DONE_ACTS = {"accession", "expansion", "deployment", "involvement", "militarization"}
DONE_ACTS |= {"escalation", "interference", "intervention", "entry", "presence", "buildup"}
DONE_ACTS |= {"annexation", "participation", "membership", "enlargement", "cooperation", "tie"}
REFLEXIVES = {"itself", "themselves", "ourselves", "himself", "herself", "oneself", "yourself"}


def _a_label(noun: Token) -> bool:
    """A word an act is called by: "described the strike as aggression", "branded it an
    act of war"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        return lemma(noun.head.head) in JUDGING
    return noun.dep_ in ("oprd", "attr") and lemma(noun.head) in JUDGING


def _motive(noun: Token) -> bool:
    """A noun said as the motive of an act: "in retaliation", "as a response" (not what one
    joins in: "joined in warning against it")."""
    partaken = lemma(noun.head.head) in PARTAKING
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "as")
        and noun.pos_ == "NOUN"
        and not partaken
    )


BOUND_ONES = {"commit", "oblige", "obligate", "bind", "pledge"}  # the passive's subject is bound


def _doer_said(noun: Token) -> bool:
    """Does a noun of an act say who did it? "Ireland's recognition", "the move by Minsk"."""
    return any(
        k.dep_ == "poss" or (k.dep_ in ("prep", "agent") and k.lower_ == "by")
        for k in noun.children
    )
