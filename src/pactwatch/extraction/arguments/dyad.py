"""One side acting on another: attacks, ties, support, accusations, warnings, arms and aid
given, and the roles one state plays for another ("its main ally").

The frame is two tables. ``READINGS`` are the words and constructions that settle a reading's
sides their own way or say it is no event ("charged that ...", "troops killed by ...", "vowed
to defend itself"); the first that answers ends the frame. Otherwise ``STEPS`` run in order
over one ``Sides`` record: the subject, what leads to the object (the type's prepositions, the
direct objects), the object by each type's own finders, the passive and the speaker, the sides
of a relation "between" two; ``_close`` then sets the reading's sides and its agreement and
makes the last checks. A new rule is a step, or a line in the step whose question it answers;
a step that ends the frame returns the readings, one that does not returns None."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from pactwatch.extraction import away_words as aw
from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.arguments.dyad_parts import DyadParts, blaming
from pactwatch.extraction.arguments.pieces import (
    on_behalf,
    receiving,
)
from pactwatch.extraction.arguments.words import (
    AGREEMENT_NOUNS,
    AMOUNTS,
    ANSWERING,
    ARMS_DEPENDING,
    ATTACK_NOUNS,
    ATTACKS_SAID_AGAIN,
    BANNED,
    BARRING,
    DRILLS,
    ENVOYS,
    FELT_AT,
    FELT_AT_WHOM,
    FIGHTERS,
    FRAMING,
    HOLDING_ARMS,
    JUDGING,
    KILLED_LEADERS,
    LIBERATING,
    MAKING,
    MUTUAL_TYPES,
    NAMING_SOMEONE,
    OBJECT_PREPS,
    OWNED_TARGET_TYPES,
    PARTAKING,
    PLOTS,
    PROVIDED_TYPES,
    PROVIDING_FOR,
    REACHING,
    ROLE_NOUNS,
    STOPPING,
    SUPPORT_TYPES,
    TAKEN,
    TARGETED_TYPES,
    TARGETS,
    TIE_TYPES,
    TIES_NOUNS,
    TROOPS,
    USING,
    WEAPONS,
)
from pactwatch.extraction.lexicon.arms import (
    ARMS_CARRIED,
    ARMY_EQUIPPED,
    ARMY_HELPED,
    CAPACITY_BUILT,
    THANKED_FOR,
)
from pactwatch.extraction.lexicon.conflict import TROOPS_KILLED, TROOPS_WERE_KILLED
from pactwatch.extraction.lexicon.statements import DISMAYED_BY
from pactwatch.extraction.lexicon.ties import ATTENDED
from pactwatch.extraction.reading import EACH_OTHER, NOT_PROVIDED, Candidate, Ref
from pactwatch.extraction.syntax import (
    OBJECT_CONTROL,
    agent_token,
    compound_head,
    copula_subject,
    hyphened_to_before,
    lemma,
    objects,
    prep_objects,
    provided_with,
    rebutted,
    subject_token,
)

# what one accused does with the charge: "faced criticism", "came under fire"
FACING = {"face", "receive", "attract", "incur", "meet", "endure", "weather", "come"}


@dataclass
class Sides:
    """What the dyad frame has found of one reading so far: its subject and how it was
    found, its object, and what leads to the object (the prepositions that name it, the
    verb's direct objects, the places taken out of the subject as the side struck)."""

    subj: list[Ref]
    via: str
    obj: list[Ref] = field(default_factory=list)
    preps: tuple[str, ...] = ()
    direct: list[Ref] = field(default_factory=list)
    struck: list[Ref] = field(default_factory=list)
    tie_sides: list[Ref] = field(default_factory=list)


Found = list[Candidate] | None  # a step's answer: the frame's readings, or None to go on


class DyadFrames(DyadParts):
    """The ``dyad`` frame: one side acting on another. A reading goes through ``READINGS``
    (words and constructions that settle their sides their own way, or say there is no
    event), then ``STEPS`` over one ``Sides`` record: the subject, what leads to the object,
    the object by each type's own finders, and the closing checks. The first step that
    answers ends the frame."""

    def _dyad(self, c: Candidate, head: Token) -> list[Candidate]:
        for reading in DyadFrames.READINGS:
            found = reading(self, c, head)
            if found is not None:
                return found
        s = Sides(*self.subject(head))
        for step in DyadFrames.STEPS:
            found = step(self, c, head, s)
            if found is not None:
                return found
        return self._close(c, head, s)

    # -- readings settled by the word or the construction ----------------------------------

    def _denounced_treaty(self, c: Candidate, head: Token) -> Found:
        if c.type == "accuse" and lemma(head) == "denounce":  # "denouncing it": a treaty
            treaty = [x for x in self.agreements_in(objects(head), 1) if x.kind == "agreement"]
            if treaty:  # is denounced by notice of withdrawal, not accused
                subj, via = self.subject(head)
                c.type, c.agreement = "notify_withdrawal", treaty[0].ids[0]
                c.subject = self.ids(subj)
                c.cues += [f"subj_via={via}", "via=denounced_treaty"]
                return [c]
        return None

    def _no_other_side(self, c: Candidate, head: Token) -> Found:
        if c.trigger.pattern in ARMY_HELPED + ARMY_EQUIPPED and self._own_army(head):
            return []  # "Poland will equip its army with K2 tanks": its own, from another
        if c.trigger.pattern == THANKED_FOR and not self.owners(head):
            return []  # "praised the team for its assistance": no one's help the text names
        return None

    def _attended_or_praised(self, c: Candidate, head: Token) -> Found:
        if c.trigger.pattern == ATTENDED:
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
        return None

    def _roles_and_motives(self, c: Candidate, head: Token) -> Found:
        role = lemma(head) in ROLE_NOUNS and head.pos_ in ("NOUN", "PROPN")
        if self._no_one_backed(c, head, role) or self._committed_to_else(c, head):
            return []
        if c.type == "warn" and _motive(head):
            return []  # "struck the sites in retaliation": why it struck, no warning
        beside = [a for a in head.children if a.dep_ == "appos" and self.actors(a)]
        put = head.dep_ == "appos" and bool(self.actors(head.head))  # "Moscow, Haftar's backer"
        if role and (copula_subject(head) is not None or head.head.lower_ == "as" or beside or put):
            return self._role(c, head)  # "Iran and its closest ally, Syria": Syria's tie
        return None

    def _built_or_killed(self, c: Candidate, head: Token) -> Found:
        if c.trigger.pattern in (TROOPS_KILLED, TROOPS_WERE_KILLED):
            return self._troops_killed(c, head)
        if c.trigger.pattern == CAPACITY_BUILT:
            return self._capacity_built(c, head)
        return None

    def _charged(self, c: Candidate, head: Token) -> Found:
        if c.type == "accuse" and lemma(head) == "charge":  # "charged that Yerevan was ...":
            said = [k for k in head.children if k.dep_ == "ccomp"]  # not "charged that fee"
            # a that-clause the parser hangs on loosely, misled by a quotation mark inside it
            said += [k for k in head.children if k.dep_ == "advcl" and k.left_edge.lower_ == "that"]
            if not said:
                return []
            verbs = [v for k in said for v in (k, *(a for a in k.children if a.dep_ == "aux"))]
            charged = [s for v in verbs for s in v.children if s.dep_ in ("nsubj", "nsubjpass")]
            return self._accused(c, head, charged)
        if c.type == "accuse" and c.trigger.pattern == DISMAYED_BY:
            return self._dismayed(c, head)
        if c.type == "accuse" and lemma(head) == "hold":  # "holds Hamas responsible": the
            held = [k for r in head.children if lemma(r) in ("responsible", "accountable")
                    for k in r.children if k.dep_ in ("nsubj", "nsubjpass")]  # fmt: skip
            held += [k for k in head.children if k.dep_ == "dobj"]  # one held to account
            return self._accused(c, head, held)
        return None

    def _criticism_faced(self, c: Candidate, head: Token) -> Found:
        """ "Qatar has faced criticism", "Iran, which faced Western accusations", "came under
        criticism from Moscow": the one who faces it is accused; the accuser is named after
        "from" or by the noun's own adjective, or not at all."""
        if c.type != "accuse" or head.pos_ != "NOUN":
            return None
        verb = head.head if head.dep_ == "dobj" else None
        if head.dep_ == "pobj" and head.head.lower_ == "under":
            verb = head.head.head  # "came under criticism"
        if verb is None or lemma(verb) not in FACING:
            return None
        faced = [x for x in self.actors(subject_token(verb)[0]) if x.kind != "place"]
        critics = [*self.preps(head, ("from", "by")), *self.preps(verb, ("from",))]
        critics += [x for x in self.owners(head) if x.kind != "place"]
        c.subject = self.ids(critics)
        c.object = [i for i in self.ids(faced) if i not in c.subject]
        c.cues += ["subj_via=faced" if c.subject else "subj_via=none", "via=faced"]
        return [c]

    def _planned_blow(self, c: Candidate, head: Token) -> Found:
        """ "an alleged aggression plan of Colombia", "Kyiv's attack plans": whose plan it is
        strikes, at whom the plan is aimed ("against Venezuela"), not the plan's owner struck."""
        if c.type != "attack" or head.dep_ != "compound" or lemma(head.head) not in PLOTS:
            return None
        plan = head.head
        by = self.owners(plan) + self.preps(plan, ("of", "by"))
        by = [x for x in by if x.kind in ("state", "org", "group")]
        if not by:
            return None
        c.subject = self.ids(by)
        c.object = [i for i in self.ids(self.preps(plan, ("against", "on"))) if i not in c.subject]
        c.cues.append("subj_via=plan")
        return [c]

    def _arms_made_or_used(self, c: Candidate, head: Token) -> Found:
        # "North Korea-made missiles", however parsed
        hyphened = self.doc[c.start].text == "-" and hyphened_to_before(head)
        if c.type == "arms_supply" and (head.dep_ == "amod" or hyphened) and lemma(head) in MAKING:
            return self._made_by(c, head)
        made = c.type == "arms_supply" and head.dep_ == "acl" and lemma(head) in MAKING
        if made and (by := agent_token(head)) is not None:  # "Poland's F-35s, built by
            # Lockheed Martin": the maker's, in the hands of whoever has them (none: no event)
            return self._in_users_hands(c, self.actors(by), head.head, "agent")
        if (
            c.type == "arms_supply"
            and lemma(self.doc[c.start]) in USING | HOLDING_ARMS | ARMS_DEPENDING
            and c.trigger.pattern != ARMS_CARRIED
        ):
            return self._used(c, head)
        if head.dep_ == "amod" and head.tag_ == "VBN" and self._backed(head):
            return self._backed_by(c, head)
        if head.dep_ == "amod" and lemma(head) == "back" and lemma(head.head) in FIGHTERS:
            return self._fighters_backed(c, head)  # "Iran-backed militias", none named
        return None

    def _no_blow_or_pledge(self, c: Candidate, head: Token) -> Found:
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
        return None

    READINGS = (
        _denounced_treaty,
        _criticism_faced,
        _no_other_side,
        _attended_or_praised,
        _roles_and_motives,
        _built_or_killed,
        _charged,
        _planned_blow,
        _arms_made_or_used,
        _no_blow_or_pledge,
    )

    # -- the subject -------------------------------------------------------------------------

    def _subject_found(self, c: Candidate, head: Token, s: Sides) -> Found:
        if s.via == "passive" and lemma(head) in ("ally", "align") and head.tag_ == "VBN":
            tied = self.actors(subject_token(head)[0])  # "are closely allied with Moscow": a
            s.subj, s.via = (tied, "nsubj") if tied else (s.subj, s.via)  # state, not a deed
        if s.via == "owner" and rebutted(head):  # "Kyiv said Berlin ignored its request"
            s.subj = self._rebutted_owner(head, s.subj) or s.subj
        if c.type == "arms_supply" and not s.subj:
            s.subj, s.via = self._supplier(head)
        if c.type == "cooperate" and not s.subj and head.pos_ == "VERB":  # "Chinese-Russian
            drill, _ = subject_token(head)  # naval drills began": the drills' own sides
            if drill is not None and lemma(drill) in DRILLS:
                s.subj = [x for x in self.owners(drill) if x.kind in ("state", "org")]
                s.via = "drill_owners" if s.subj else s.via
        if c.type == "cooperate" and not s.subj and self._sent_to_drill(head):
            verb = head.head.head  # "Russia sent bombers to Belarus for joint exercises": the
            sent = self.actors(subject_token(verb)[0])  # sender and the host drill together
            hosts = [x for t in prep_objects(verb, ("to", "into")) for x in self.actors(t)]
            s.subj = [x for x in sent + hosts if x.kind in ("state", "org")]
            s.via = "sent_to_drill" if s.subj else s.via
        s.tie_sides = self._tie_sides(head) if c.type == "cooperate" else []
        third = bool(s.subj) and not set(self.ids(s.subj)) & set(self.ids(s.tie_sides))
        if s.tie_sides and (not s.subj or third):  # "the move will strengthen US-NATO
            # interoperability": the two the tie is between; also where a third one only
            # promotes it ("Germany will help deepen Poland-Ukraine ties")
            s.subj, s.via = s.tie_sides, "tie_sides"
        if c.type == "accuse" and not s.subj and head.pos_ == "NOUN":  # "the accusations made
            made = [k for k in head.children if k.dep_ == "acl" and k.tag_ == "VBN"]  # by X"
            by = next((a for k in made if (a := agent_token(k)) is not None), None)
            s.subj, s.via = (self.actors(by), "made_by") if by is not None else (s.subj, s.via)
        if c.type == "warn" and not s.subj and lemma(head) == "threat" and head.pos_ == "NOUN":
            # "the threat of sanctions from the US": whose the threat is
            threatened = [head, *prep_objects(head, ("of",))]
            s.subj = [x for n in threatened for x in self.preps(n, ("from",))]
            s.subj = [x for x in s.subj if x.kind in ("state", "org", "group", "person")]
            s.via = "threat_from" if s.subj else s.via
        if c.type == "accuse" and not s.subj and lemma(head) == "summon":  # "was summoned to the
            called_to = prep_objects(head, ("to",))  # Turkish foreign ministry": its state
            s.subj = [x for t in called_to for x in self.owners(t) if x.kind == "state"]
            s.via = "summoned_to" if s.subj else s.via
        return None

    @staticmethod
    def _sent_to_drill(noun: Token) -> bool:
        """A drill held together that forces are sent "for" ("sent bombers to Belarus for
        joint exercises")."""
        if noun.pos_ != "NOUN" or lemma(noun) not in DRILLS or noun.dep_ != "pobj":
            return False
        verb = noun.head.head
        joint = any(lemma(k) in aw.JOINT for k in noun.children)
        return noun.head.lower_ == "for" and joint and lemma(verb) in aw.UNITS_MOVED

    def _struck_named_before(self, c: Candidate, head: Token, s: Sides) -> Found:
        if c.type == "attack" and head.pos_ == "NOUN" and s.via == "owner":
            # "the Paris attacks", "the Kursk incursion": the place named is where it struck;
            # a state named so strikes where the noun's own target is said ("the US bombing
            # of its nuclear sites", "the Israel strikes on Iran")
            aims = prep_objects(head, ("of", "on", "against"))
            aimed = any(o.ent_type_ not in ("DATE", "TIME") for o in aims)
            by_initials = [  # "a U.S. raid", "UK strikes": by them, as their adjective says;
                x  # not "the U.S. embassy attack" nor "the DRC attacks by ADF rebels"
                for x in s.subj
                if self.doc[x.head].head.i == head.i and _initials(self.doc[x.head])
            ]
            by = agent_token(head)  # "by ADF rebels": another's blow; "by B-52 bombers",
            agents = self.actors(by) if by is not None else []  # "by the Pentagon": theirs
            own = {i for x in by_initials for i in x.ids}
            if by is not None and (lemma(by) in FIGHTERS or any(set(x.ids) - own for x in agents)):
                by_initials = []
            s.struck = [
                x
                for x in s.subj
                if self.doc[x.head].dep_ == "compound"
                and x.how != "demonym"
                and x not in by_initials
                and (x.kind == "place" or x.how == "capital" or (x.kind == "state" and not aimed))
            ]  # "the Hamas attack": Hamas struck
            s.subj = [x for x in s.subj if x not in s.struck]
            s.via = s.via if s.subj else "none"
        return None

    # -- what leads to the object ------------------------------------------------------------

    def _object_preps(self, c: Candidate, head: Token, s: Sides) -> Found:
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
        if c.type == "urge" and lemma(head) in ("time", "wait"):
            preps = (*preps, "for")  # "waiting for Sweden to act"
        if head.dep_ == "pobj" and head.head.lower_ == "in" and c.type in SUPPORT_TYPES:
            preps = (*preps, "of")  # "came out in support of Ankara": Ankara is backed
        s.preps = preps
        if c.type == "political_support" and lemma(head) == "stand":
            stood = self.preps(head, ("with", "behind"))  # "stands with Moldova"; behind a
            if not stood:  # plan or a protocol, no one is backed
                return []
        return None

    def _direct_objects(self, c: Candidate, head: Token, s: Sides) -> Found:
        s.direct = self.direct(head)
        envoys = [o for o in self.objects(head) if lemma(o) in ENVOYS]
        if c.type == "reduce_cooperation" and envoys:
            # "recalled the two French ambassadors to Canberra": sent by the one recalling
            # them, from where they were posted
            sent_by = [x for n in envoys for x in self.owners(n) if x.kind == "state"]
            s.direct = [x for n in envoys for x in self.preps(n, ("to", "in", "from"))]
            if sent_by and not any(x.kind == "state" for x in s.subj):
                s.subj, s.via = [*sent_by, *s.subj], "envoys"
            elif not s.direct:  # "Armenia recalls Israel envoy": a state the recalling one
                own = set(self.ids(s.subj))  # is not, naming the envoy, is where it served
                s.direct = [x for x in sent_by if not set(x.ids) & own]
            if s.direct:  # "recalled its envoy to Israel over arms sales to Azerbaijan": the
                s.preps = ()  # envoy's post is the other side, not a state named after it
        if c.type == "attack" and lemma(head) in USING | {"fire", "launch"}:
            # "used Turkish drones against Indian posts": the arms are the means, their
            # maker no target
            s.direct = [x for x in s.direct if lemma(self.doc[x.head].head) not in WEAPONS]
        s.obj = s.struck + s.direct + [x for x in self.preps(head, s.preps) if x]
        return None

    # -- the object, by each type's own finders ----------------------------------------------

    def _object_of_ties_and_help(self, c: Candidate, head: Token, s: Sides) -> Found:
        if s.tie_sides and not s.obj:  # "Biden wants to strengthen US-NATO ties": the other side
            s.obj = [x for x in s.tie_sides if not set(x.ids) & set(self.ids(s.subj))]
        if c.type == "commit_defense" and lemma(head) in STOPPING:
            # "no action to stop Azerbaijan's attack on Armenia": whom it struck went undefended
            stopped = [head, *self.objects(head)]  # the parser hangs "against" on either
            s.obj = [x for n in stopped for x in self.preps(n, OBJECT_PREPS["attack"])]
        if not s.obj and c.type == "urge" and lemma(head) == "time":  # "high time for
            clauses = [v for t in (head, head.head) for v in t.children if v.dep_ == "advcl"]
            s.obj = [  # Hungary to ratify": the subject of the clause "for" opens
                x
                for v in clauses
                if any(m.dep_ == "mark" and m.lower_ == "for" for m in v.children)
                for k in v.children
                if k.dep_ == "nsubj"
                for x in self.actors(k)
            ]
        if not s.obj and c.type in SUPPORT_TYPES:  # "Armenia thanked France for its help":
            s.obj = self._thanker(head)  # the help went to the one who thanks
        if not s.obj and c.type == "negotiate":
            s.obj = self._visited(head, s.subj)
        extends = head.head if head.dep_ == "nsubj" and lemma(head.head) in REACHING else None
        if not s.obj and c.type == "commit_defense" and extends is not None:
            s.obj = self.direct(extends) + self.preps(extends, ("to",))  # "the umbrella extends to"
        return None

    def _object_struck(self, c: Candidate, head: Token, s: Sides) -> Found:
        if c.type in TARGETED_TYPES:  # "struck Houthi targets in Yemen": whose they are
            owned = [
                x
                for n in self.objects(head)
                if lemma(n) in TARGETS
                for x in self.owners(n)
                if x.kind in ("state", "group") and x.how != "place"
            ]
            s.obj = owned or s.obj
        if not s.obj and c.type in TARGETED_TYPES:  # "attacks on Israeli targets", "strikes
            said = [*self.objects(head), *prep_objects(head, s.preps)]  # against Houthi targets"
            said += [n for o in self.objects(head) for n in prep_objects(o, s.preps)]
            said += [n for o in said if lemma(o) in AMOUNTS for n in prep_objects(o, ("of",))]
            for noun in said:  # ("against dozens of Houthi positions": the positions')
                if lemma(noun) in TARGETS:
                    s.obj += [
                        x
                        for x in self.owners(noun)
                        if x.kind in ("state", "group") and x.how != "place" and x not in s.obj
                    ]
        if not s.obj and c.type == "attack":  # "an attack on a hospital in Ukraine": where it hit
            s.obj = self._struck_where(head, s.preps)
        if not s.obj and c.type == "attack":  # "launched attacks along the border with Armenia"
            s.obj = self._border_struck(head, s.subj)
        if not s.obj and c.type == "attack":  # "launched an offensive to seize Tripoli"
            s.obj = self._aimed_to_take(head, s.subj)
        struck = [x for n in self.objects(head) for x in self.actors(n)]
        if c.type == "attack" and not struck:  # "an airstrike in Somalia, killing 10 militants
            s.obj = self._group_killed(head) or s.obj  # associated with al-Shabaab": the group,
            # not where it struck (but "struck Lebanon, killing ...": Lebanon)
        if c.type == "attack" and lemma(head) in LIBERATING:  # "liberate the Kursk region":
            s.obj = self._freed_from(head) or s.obj  # not Russia, whose region it is; with no
            # holder named, the ground's state as before ("Chadian forces liberated Gao")
        return None

    def _group_killed(self, head: Token) -> list[Ref]:
        """The armed group whose fighters a strike killed or hit, said in a participle clause
        on it ("conducted an airstrike in Somalia, killing 10 militants associated with
        al-Shabaab"): the strike's target."""
        verb = head.head if head.dep_ in ("dobj", "nsubj", "nsubjpass") else head
        found: list[Ref] = []
        clauses = [k for t in (head, verb) for k in t.children if k.dep_ in ("advcl", "xcomp")]
        if head.dep_ == "nsubj":  # "Israeli airstrikes killed the Houthi prime minister"
            clauses.append(verb)
        for clause in clauses:
            if lemma(clause) not in ("kill", "target", "hit", "strike", "eliminate", "wound"):
                continue
            for victim in self.objects(clause):
                if lemma(victim) not in FIGHTERS | KILLED_LEADERS:
                    continue
                for t in victim.subtree:
                    ref = self.r.ref(t.i)
                    if ref is not None and ref.kind in ("group",) and ref not in found:
                        found.append(ref)
        return found

    def _object_blamed(self, c: Candidate, head: Token, s: Sides) -> Found:
        at_others = [x for x in s.obj if not set(x.ids) & set(self.ids(s.subj))]  # not "their"
        if not at_others and c.type == "accuse":  # "voiced dissatisfaction with Manila": the
            felt = [n for n in self.objects(head) if c.start <= n.i < c.end]  # feeling is at
            felt.append(head)  # someone; "lodged a protest with Beijing", hung on the verb
            # whom it is at before what it is over: "took aim at the US over Taiwan"
            s.obj = [x for n in felt for x in self.preps(n, FELT_AT_WHOM)]
            s.obj = s.obj or [x for n in felt for x in self.preps(n, FELT_AT)]
            acts = [o for n in felt for o in prep_objects(n, FELT_AT)]  # "exasperation about
            s.obj = s.obj or [x for o in acts for x in self.owners(o) if x.kind in ("state", "org")]
            # Hungary's veto": whose the act is
        if not s.obj and c.type == "accuse" and head.pos_ == "VERB":
            # "declared the French presence illegal": whose the thing called so is
            called = [*self.objects(head)]
            called += [x for k in head.children if k.dep_ in ("ccomp", "xcomp", "oprd")
                       for x in k.children if x.dep_ == "nsubj"]  # fmt: skip
            s.obj = [
                x for n in called for x in self.owners(n) if x.kind in ("state", "org", "group")
            ]
        if not s.obj and head.pos_ == "VERB" and c.end - c.start > 2 and c.type in TIE_TYPES:
            # "stands shoulder to shoulder with Poland": the match's own words lead there
            words = [t for t in self.doc[c.start : c.end] if t.i != head.i]
            mine = set(self.ids(s.subj))
            s.obj = [x for t in words for x in self.preps(t, s.preps) if not set(x.ids) & mine]
        if head.pos_ == "VERB":  # "gave Armenia security guarantees": the one given to
            s.obj += [x for k in head.children if k.dep_ == "dative" for x in self.actors(k)]
        if c.type == "accuse":  # "condemned Israel's strikes on Iran": the one who struck
            said = [*objects(head), *(prep_objects(head, ("of",)) if head.pos_ == "NOUN" else [])]
            blows = [n for n in said if lemma(n) in ATTACK_NOUNS]  # "a condemnation of"
            blows = blows or [  # "Caracas denounced the campaign": the strikes told before
                n for n in said if self._last_attack(n, [], ATTACKS_SAID_AGAIN) is not None
            ]
            if blows:
                return self._blow_accused(c, head, s.subj, s.via, blows[0])
            # "condemned the deployment of US missiles in Germany": whose they are, not where
            sent = [n for n in said if lemma(n) in ("deployment", "stationing")]
            senders = [
                x
                for n in sent
                for x in [
                    *self.owners(n),
                    *(y for o in prep_objects(n, ("of",)) for y in self.owners(o)),
                ]
                if x.kind in ("state", "org") and x not in s.subj
            ]
            s.obj = senders or s.obj
        return None

    def _object_of_nouns(self, c: Candidate, head: Token, s: Sides) -> Found:
        # "strengthen its relations with the EAEU"; a coordinated verb's object only when
        # this one has none ("broke off ties with France and pivoted toward Russia")
        for noun in self.objects(head) if not s.obj else objects(head):
            if lemma(noun) in TIES_NOUNS or (noun.pos_ == "NOUN" and not s.obj):
                s.obj += [x for x in self.preps(noun, s.preps) if x not in s.obj]
        own = set(self.ids(s.subj))  # a person's state too: "Macron expressed France's support"
        # "affirmed their support for Turkey": the possessor is the subject, the object Turkey
        if s.obj and all(set(x.ids) <= own for x in s.obj):
            for noun in objects(head):
                s.obj += [x for x in self.preps(noun, s.preps) if not set(x.ids) <= own]
        if head.pos_ in ("NOUN", "PROPN") and (c.type == "attack" or lemma(head) == "defense"):
            s.obj += [x for x in self.preps(head, ("of",)) if x not in s.subj]  # "defence of Japan"
        if c.type == "commit_defense" and not s.obj and on_behalf(head):  # "on Yerevan's side"
            for o in prep_objects(head, ("on",)):
                s.obj += [x for x in self.owners(o) + self.preps(o, ("of",)) if x not in s.subj]
        if c.type == "commit_defense" and not s.obj:  # "did not commit to the defence of Japan"
            for noun in prep_objects(head, ("to",)):  # "committed to the security of Japan"
                if lemma(noun) in ("defense", "security"):
                    s.obj += [x for x in self.preps(noun, ("of",)) if x not in s.subj]
        others = {i for x in s.obj if x.kind == "state" for i in x.ids} - set(self.ids(s.subj))
        if c.trigger.pattern == "defense/N of" and not others:
            return []  # "its defence of its territory": no one else's
        return None

    def _object_of_a_noun_trigger(self, c: Candidate, head: Token, s: Sides) -> Found:
        if head.pos_ in ("NOUN", "PROPN") and not s.obj:  # "commitment to defend South Korea"
            for comp in head.children:
                if comp.dep_ in ("acl", "xcomp") and comp.pos_ == "VERB" and not s.obj:
                    s.obj = [x for x in self.direct(comp) if x not in s.subj]
        if head.pos_ in ("NOUN", "PROPN") and not s.obj:
            verb = self.light_verb(head)
            if verb is not None and receiving(verb, head):
                s.obj = self.actors(subject_token(verb)[0])  # "Finland drew a warning"
            elif verb is not None and provided_with(head):
                s.obj = self.direct(verb)  # "provide Armenia with guarantees": Armenia
            elif verb is not None:
                s.obj = self.preps(verb, ("to", "for", "with", "on")) + self.direct(verb)[1:]
                given = [k for k in verb.children if k.dep_ == "dative"]  # "granted Manila a"
                s.obj += [x for k in given for x in self.actors(k) if x not in s.obj]
            elif rebutted(head):  # "Serbia rejected Kosovo's accusations": made against Serbia
                s.obj = [x for x in self.actors(subject_token(head.head)[0]) if x not in s.subj]
            elif head.dep_ == "dobj" and head.head.pos_ == "VERB":  # "lift their block on X"
                s.obj = self.preps(head.head, OBJECT_PREPS.get(c.type, ()))
            beneficiary = self._beneficiary(head)
            if beneficiary:
                s.obj = beneficiary
        return None

    def _object_turned_to(self, c: Candidate, head: Token, s: Sides) -> Found:
        mine = set(self.ids(s.subj))
        if c.trigger.pattern.startswith("shift") and all(set(x.ids) <= mine for x in s.obj):
            # "turned its policy from Moscow toward Brussels", parsed as one phrase
            wanted = ("from",) if c.type == "reduce_cooperation" else ("toward", "towards", "to")
            for tok in head.subtree:
                if tok.lower_ in wanted and tok.dep_ in ("prep", "conj"):
                    s.obj += [x for o in tok.children if o.dep_ == "pobj" for x in self.actors(o)]
        if c.trigger.pattern.startswith("further"):  # "edges closer to Washington and
            at = head if head.pos_ == "ADP" else next(prep_objects(head, ("from",)), head).head
            s.obj = [x for o in at.children if o.dep_ == "pobj" for x in self.actors(o)]
            s.subj, s.via = self.subject(at.head)  # further from Russia"
            if not s.obj:
                return []  # "far from certain"
        return None

    def _object_of_a_clause(self, c: Candidate, head: Token, s: Sides) -> Found:
        if not s.obj and lemma(head) in OBJECT_CONTROL and head.pos_ == "VERB":
            for comp in head.children:  # "helping Baku and Yerevan to settle their issues"
                if comp.dep_ in ("ccomp", "xcomp"):
                    s.obj += [x for k in comp.children if k.dep_ == "nsubj" for x in self.actors(k)]
        if not s.obj and c.type in ("warn", "urge") and head.pos_ == "VERB":
            for comp in head.children:  # "threatening to kick it out", "urged it to leave"
                if comp.dep_ in ("xcomp", "ccomp"):
                    s.obj += self.direct(comp) + self.preps(comp, ("from", "on", "against"))
        if not s.obj and c.type == "warn" and head.pos_ == "VERB":
            for comp in head.children:  # "warned that Finland would face consequences"
                if comp.dep_ == "ccomp" and lemma(comp) in cw.UNDERGOING:
                    told = [x for k in comp.children if k.dep_ == "nsubj" for x in self.actors(k)]
                    s.obj += [x for x in told if not set(x.ids) & set(self.ids(s.subj))]
        if not s.obj and c.type == "warn" and lemma(head) in ANSWERING:
            # "would respond firmly to any breach by Pyongyang": whose act is answered
            acts = list(prep_objects(head, ("to", "against", "for")))
            found = [x for n in acts for x in self.owners(n) + self.preps(n, ("by", "of"))]
            # "to any deployment of US missiles": whose the missiles are
            found = found or [
                x for n in acts for o in prep_objects(n, ("of",)) for x in self.owners(o)
            ]
            s.obj = [x for x in found if x.kind in ("state", "org", "group")]
        if not s.obj and c.type == "warn" and head.pos_ == "VERB":
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
            s.obj = [x for x in found if x.kind in ("state", "org", "group")]
        if not s.obj and head.dep_ == "pobj" and head.head.lower_ in ("to", "for"):
            verb = head.head.head  # "open it up to an attack", "threats for Armenia"
            s.obj = self.direct(verb) if verb.pos_ == "VERB" else s.obj
        return None

    def _object_cut_off(self, c: Candidate, head: Token, s: Sides) -> Found:
        own_ids = set(self.ids(s.subj))  # "would not appoint a Georgian envoy to the bloc":
        foreign = [x for x in s.obj if not set(x.ids) <= own_ids]  # one's own official: no one
        if not foreign and c.type == "reduce_cooperation":  # "recalled its representative to
            said = [*self.objects(head), *prep_objects(head, ("to", "at", "in"))]  # the CSTO"
            s.obj = [x for x in self.agreements_in(said, 4) if x.kind == "org"] or s.obj
        if not s.obj and c.type == "reduce_cooperation":  # "a ban on flights from France"
            banned = [n for n in prep_objects(head, ("on",)) if lemma(n) in BANNED]
            s.obj = [x for n in banned for x in self.preps(n, ("from", "to"))]
        if not s.obj and c.type in OWNED_TARGET_TYPES and head.pos_ == "VERB":
            # "sanctioned Russian defence firms", "accused Iranian officials": their state
            s.obj = [x for n in self.objects(head) for x in self.owners(n) if x.kind == "state"]
            if not s.obj and c.type == "accuse":  # "lamented the silence of Budapest", "the
                whose = ("of", "from", "by")  # lack of a response from Baku": whose it is
                nouns = list(self.objects(head))
                nouns += [o for n in nouns for o in prep_objects(n, ("of",))]
                found = [x for n in nouns for x in self.preps(n, whose)]
                s.obj = [x for x in found if x.kind in ("state", "org", "group")]
        if lemma(head) == "defeat" and head.pos_ == "NOUN":  # "Armenia's defeat": the loser
            s.obj, s.subj = self.owners(head) + self.preps(head, ("of",)), self.preps(head, ("by",))
            s.via = "defeat"
        return None

    def _passive_and_speaker(self, c: Candidate, head: Token, s: Sides) -> Found:
        passive = self.passive_subject(head)
        if not passive and c.type == "attack":  # "Philippine boats were rammed": whose
            passive = self._owned_patient(head)
        if not passive and c.type in ("arms_supply", "security_assistance"):
            passive = self._forces_given_to(head)  # "deployed units equipped with tanks"
        if passive and c.type == "commit_defense" and all(x.kind == "org" for x in passive):
            s.subj, s.via = passive, "passive_org"  # "the pact was never put into practice"
        elif passive and c.type == "commit_defense" and lemma(head) in BOUND_ONES:
            s.subj, s.via = passive, "bound"  # "Washington is committed to the security of Japan"
        elif passive:
            s.obj = passive + s.obj
        if not s.subj and s.via != "agent" and c.type in ("urge", "warn", "accuse"):
            if rebutted(head):  # "New Delhi denied these allegations": made against it
                return None
            if _first_person_patient(head):  # "we have been threatened openly": the
                return None  # speaker's side is the one threatened, not the one threatening
            speaker = self.r.source_at[head.i].speaker if self.r.source_at else ()
            if speaker:
                c.subject = list(speaker)
                s.via = "speaker"
        return None

    def _sides_between(self, c: Candidate, head: Token, s: Sides) -> Found:
        if not s.subj and c.type == "cooperate":  # "the interoperability of the Kenyan and
            sides = self._forces_sides(head)  # Ugandan armed forces": their states, both ways
            if lemma(head) == "participation" and not sides:  # "with the participation of
                sides = [x for x in self.preps(head, ("of",)) if x.kind == "state"]  # A and B"
                takers = [t for t in prep_objects(head, ("of",)) if lemma(t) in TROOPS]
                sides = sides or [  # "of troops from A, B and C": the troops' states
                    x for t in takers for x in self.preps(t, ("from",)) if x.kind == "state"
                ]
            if not sides and head.pos_ in ("NOUN", "PROPN"):  # "cooperation between Moscow
                sides = self.preps(head, ("between", "among"))  # and Tehran": both ways
            if not sides:  # "(deepening) the cooperation of Finland and Turkey": both ways
                ties = [head] if head.pos_ in ("NOUN", "PROPN") else self.objects(head)
                ties += [k for k in head.children if k.dep_ == "nsubj" and k.pos_ == "NOUN"]
                of = [x for n in ties for x in self.preps(n, ("of",)) if x.kind == "state"]
                sides = of if len(self.ids(of, roles=False)) >= 2 else []
            named = set(self.ids(sides, roles=False))
            if len(named) >= 2 and set(self.ids(s.obj, roles=False)) <= named:
                s.subj, s.obj, s.via = sides, sides, "between"
        if not s.subj and not s.obj and c.type in MUTUAL_TYPES:  # "relations between A and B"
            for tok in [head.head, head.head.head]:
                sides = self.preps(tok, ("between",))
                if len(sides) >= 2:  # talks have sides that talk, not one talked to
                    s.subj, s.obj, s.via = sides, sides if c.type != "negotiate" else [], "between"
                    break
        if c.type == "negotiate" and head.pos_ in ("NOUN", "PROPN"):
            sides = self.preps(head, ("between",))  # "talks between Ghana and Togo": both talk
            venue = s.via == "owner" and all(x.how == "capital" for x in s.subj)
            if sides and venue:  # "the Hanoi summit between Trump and Kim": where, not who
                s.subj, s.obj, s.via = sides, [x for x in s.obj if x not in sides], "between"
        if not s.subj and c.type == "negotiate" and head.pos_ in ("NOUN", "PROPN"):
            sides = self.preps(head, ("between",))
            if len(self.ids(sides, roles=False)) >= 2:
                s.subj, s.obj, s.via = sides, [x for x in s.obj if x not in sides], "between"
        if c.type == "negotiate" and lemma(head) == "mediate":  # "Qatar mediated talks
            talks = [head, *objects(head)]  # between Israel and Hamas": the talks are theirs;
            sides = [x for t in talks for x in self.preps(t, ("between",))]  # who mediates
            if len(self.ids(sides, roles=False)) < 2:  # is no side of them, and talks with
                return []  # no sides named name no one who negotiates
            s.subj, s.obj, s.via = sides, [], "between"
        if lemma(head) in ("recognize", "recognise"):  # "recognized Abkhazia": the region,
            s.obj = [x for x in s.obj if x.kind != "place"]  # not the state it is a place of
        return None

    STEPS = (
        _subject_found,
        _struck_named_before,
        _object_preps,
        _direct_objects,
        _object_of_ties_and_help,
        _object_struck,
        _object_blamed,
        _object_of_nouns,
        _object_of_a_noun_trigger,
        _object_turned_to,
        _object_of_a_clause,
        _object_cut_off,
        _passive_and_speaker,
        _sides_between,
    )

    # -- the reading's sides, its agreement, and the last checks -----------------------------

    def _close(self, c: Candidate, head: Token, s: Sides) -> list[Candidate]:
        c.subject = c.subject or self.ids(s.subj)
        c.object = [o for o in self.ids(s.obj) if o not in c.subject or s.via == "between"]
        # "Paris continues to strengthen our defence relationship with Armenia", said by the
        # French minister: "our" is Paris's side, not the other
        c.object = [o for o in c.object if self.r.speaks_for.get(o) not in c.subject]
        if not c.object and c.trigger.pattern in NAMING_SOMEONE and not blaming(head):
            return []  # "Albanese described the day as historic": no one is accused
        if c.type == "block" and lemma(head) in aw.OPPOSING and not c.subject:
            return []  # "opposition to Ukraine's membership is growing": no one blocks
        if c.trigger.pattern in FRAMING and not blaming(head, deep=True):
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
        if c.type == "reduce_cooperation" and not c.object and len(actors) >= 2:
            drills = [n for n in [head, *objects(head)] if lemma(n) in DRILLS]
            if any(k.lower_ == "their" for n in drills for k in n.children):
                c.object = list(c.subject)  # "Seoul and Washington scrapped their drills":
                c.cues.append(EACH_OTHER)  # each the other's partner in them
        reach = [head, *objects(head), *prep_objects(head, ("under",))]
        if c.type in ("urge", "warn"):
            reach += [x for x in head.children if x.dep_ in ("xcomp", "ccomp")]
        # "threatened to expel it from the bloc": the threatened act's body, a level deeper
        depth = {"urge": 4, "warn": 4, "negotiate": 5}.get(c.type, 2)
        agr = self.agreements_in(reach, depth)
        c.agreement = agr[0].ids[0] if agr else None
        if self._by_pact_parties(c, head, s):
            return [c]
        if c.type == "commit_defense" and c.agreement is None:
            c.agreement = self._binding(c)
        c.cues.append(f"subj_via={s.via}")
        if c.type == "reduce_cooperation" and self._ties_cut_with_own_bloc(c, head):
            return []  # "Mali cut ties with ECOWAS": a member leaving, read as that
        return self._each_talked_with(c, head) or [c]

    def _by_pact_parties(self, c: Candidate, head: Token, s: Sides) -> bool:
        """A pact said to do what its parties do ("the charter sets a framework", "the
        agreement boosts coordination between the two militaries", "the AUKUS pact is meant
        to deepen ties"): the reading becomes its parties'."""
        subj_tok = subject_token(head)[0] if head.pos_ == "VERB" else copula_subject(head)
        noun = compound_head(head)  # "the treaty specifies mutual military assistance": a
        pledged = c.type == "commit_defense" and noun.dep_ == "dobj"  # pledge the pact holds
        if subj_tok is None and pledged and noun.head.pos_ == "VERB":  # binds its parties
            subj_tok = subject_token(noun.head)[0]
        provided = _provided_by(noun)  # "it provided for mutual assistance", "the deal
        if subj_tok is None and provided is not None:  # includes the supply of arms"
            subj_tok = subject_token(provided)[0]
        pact, parties = self._pact_parties(subj_tok) if subj_tok is not None else (None, [])
        # "the AUKUS deal"; a pact's parties before the maker of the arms it covers
        makers = all(x.how == "weapon" for x in s.subj)
        by_pact = makers or {i for x in s.subj for i in x.ids} == {pact}
        if not (parties and by_pact and c.type in MUTUAL_TYPES | SUPPORT_TYPES | PROVIDED_TYPES):
            return False
        mutual = c.type in MUTUAL_TYPES
        if not c.object and not mutual and provided is not None:  # "help to Kyiv,
            c.object = self._provided_to(noun, provided)  # including arms": Kyiv's
        if provided is not None and any(k.dep_ == "neg" for k in provided.children):
            c.cues.append(NOT_PROVIDED)  # "the pact does not cover the sale" (modality)
        c.object = list(parties) if mutual else [o for o in c.object if o != pact]
        c.subject = [p for p in parties if mutual or p not in c.object]
        c.agreement = pact or c.agreement
        c.cues.append("subj_via=agreement_parties")
        return True


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


def _first_person_patient(verb: Token) -> bool:
    """ "we have been threatened", "we were accused": the speaker undergoes the act."""
    return any(k.dep_ == "nsubjpass" and k.lower_ in ("we", "i") for k in verb.children)
