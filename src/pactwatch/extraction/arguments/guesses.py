"""What the text leaves implicit, offered as other readings of the same trigger with a ``hyp=``
cue for the learned filter to weigh: the document's main state as a missing side, the speaker's
state as the subject of what they say, the subject or object named in the sentences before,
the agreement in context, the sides of a two-sided tie, the author of an attack told before.
``Finder`` (``finder.py``) asks ``_hypotheses`` for each reading its frames found."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from pactwatch.extraction import away_words as aw
from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.arguments.agreements import AgreementFrames
from pactwatch.extraction.arguments.membership import MembershipFrames
from pactwatch.extraction.arguments.pieces import introduced
from pactwatch.extraction.arguments.sides import SideFrames, dates_a_clause
from pactwatch.extraction.arguments.words import (
    AGREEMENT_HYP_TYPES,
    BIDS,
    DEFENCE_HELP,
    FIGHTERS,
    FOCUS_OBJECT_TYPES,
    FOCUS_SUBJECT_TYPES,
    FORCES,
    HOSTED_TYPES,
    JUDGING,
    LIBERATING,
    MAKING,
    NEAR_OBJECT_TYPES,
    NO_ONE_LAND,
    OBJECT_PREPS,
    ORG_DIRECTION,
    OUTSIDERS_TYPES,
    PRIOR_ATTACK_TOKENS,
    PROXIES,
    SIDE_KINDS,
    SPEAKER_SUBJECT_TYPES,
    STATE_OBJECT_TYPES,
    SYMMETRIC_TYPES,
    THREATENED_BARS,
    TIES_NOUNS,
    UNNAMED_OWNERS,
    WORRIES,
)
from pactwatch.extraction.lexicon.patterns import WARS_LEFT
from pactwatch.extraction.reading import NOT_PARTNER, Candidate, Ref
from pactwatch.extraction.syntax import (
    SUBJECT_DEPS,
    agent_token,
    compound_head,
    lemma,
    objects,
    prep_objects,
    said_aside,
    subject_token,
)

TWO_SIDED = {"bilateral", "mutual", "two-way", "reciprocal"}
# ships of trade, which a strike hits without striking a state the text leaves to be guessed
MERCHANT_SHIPS = {"tanker", "freighter", "carrier", "vessel", "ship", "trawler", "boat"}
# blows fought between sides, which name them all where they name two
FOUGHT_BY_TWO = {"war", "conflict", "fighting", "clash", "hostility", "confrontation", "skirmish"}
SIGNING_TYPES = {"sign", "ratify"}  # by its parties only


class Guesses(MembershipFrames, SideFrames, AgreementFrames):
    """The other readings of what the text leaves implicit (see the module)."""

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
        said = said or "backed=armed_group" in c.cues  # "Iran-backed militias": the ones helped
        # "liberated the region": struck are only those it is freed from, named after "from"
        said = said or (c.type == "attack" and lemma(head) in LIBERATING)
        said = said or _war_dating(c, head)  # "since the war began, Japan has ...": no one
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
            and not _of_fighters(self.doc[x.head])  # "Syrian rebels" are not Syria
        ]
        previous = self._previous_subject(head)
        if not c.subject and c.type not in ("sign", "ratify", "enter_into_force") and not unnamed:
            before = [x for x in actors if x.end <= head.i and not set(x.ids) & set(c.object)]
            # not the place where another's are: "two US sailors in Oman died in a raid", "US
            # troops in Syria ..., shutting down bases" (but "deputies in the republic" are its)
            before = [x for x in before if not self._others_there(self.doc[x.head])]
            # who calls a strike an aggression did not strike; who voices concern over a
            # purchase did not sell
            judges = self._judges_of(head, reports=c.type == "attack")
            judges |= self._defenders(head) if c.type == "attack" else set()
            before = [x for x in before if not set(self.ids([x])) & judges]
            if before and not _war_dating(c, head):
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
                and (c.type in HOSTILE_TYPES or not _opposed(self.doc[x.head], head))
                and (x.kind == "state" or c.type not in STATE_OBJECT_TYPES)  # a host, a party
                and not (c.type in MEETING_TYPES and _venue(self.doc[x.head]))
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
        both = "subj_via=sides" in c.cues and len(c.subject) > 1  # "at war with Riyadh"
        both = both and "side=near" not in c.cues  # (not a state only named beside it)
        if c.type == "attack" and bool(c.subject) != bool(c.object) and not both:
            out += self._fought_before(c, head)  # names the two who fight, and no third
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
                if head.pos_ == "NOUN" and not c.subject:  # "during the Ukraine war": a war
                    out = [h for h in out if not _subject_guessed(h) or set(by) & set(h.subject)]
                out.append(replace(c, subject=by, cues=[*c.cues, "hyp=subj_war"]))  # the
                # knowledge base knows is waged by its attacker, not by a state named near it
        said_other = "agr_via=unknown" in c.cues  # a body the text names and the KB does not
        said_other = said_other or NOT_PARTNER in c.cues  # "the agreement with the EU"
        bars = c.type == "warn" and any(
            x.dep_ == "xcomp" and lemma(x) in THREATENED_BARS for x in head.children
        )
        # backing is of a body only where it is for a bid to join it ("backs Kyiv's bid"), not
        # "offer political backing" in a passage on the EU
        bid = c.type != "political_support" or any(
            lemma(t) in BIDS for t in (*self.doc[c.start : c.end], *head.subtree)
        )
        if (
            c.agreement is None
            and (c.type in AGREEMENT_HYP_TYPES or bars)
            and bid
            and not said_other
        ):
            ctx = self.context_agreement(head)
            told = [head, *objects(head), *prep_objects(head, ("of", "on"))]
            pact_as_subject, _ = subject_token(head)  # "a pact with Oslo was revised"
            told += [pact_as_subject] if pact_as_subject is not None else []
            if ctx is not None and self.know.is_org(ctx) and introduced(told):
                ctx = None  # "scrapped a defence accord": not the bloc named before
            fits = self._fits_parties(ctx, [head, *objects(head)])  # "bilateral pacts"
            # a bar threatened is of a bloc one need not be in, as the block itself is
            foreign = ctx is not None and not bars and self._foreign_basis(c, ctx)
            if ctx is not None and fits and not foreign:
                out.append(replace(c, agreement=ctx, cues=[*c.cues, "hyp=agr_context"]))
        if c.type == "attack":  # one defence ally is no likely target of another
            out = [x for x in out if not self._allies_struck(x, c)]
        # Both left implicit: no reading guesses both sides at once. Such readings were right
        # for about one in six of those the filter chose on unseen articles (decision 0006).
        if c.type in SYMMETRIC_TYPES and not said and "guarantor" not in c.cues:
            out += self._symmetric(c, head, out)  # (guarantors are no party of what they
            # guarantee: not both ways)
        if not c.object and "obj_via=author_of_attack" in c.cues:
            out += self._prior_author(c, head)
        return out

    def _others_there(self, tok: Token) -> bool:
        """A place said of people or forces whose own owner is named: "US soldiers in
        Jordan" (Jordan is where they are, not whose they are)."""
        if not _venue(tok):
            return False
        held = tok.head.head
        mods = [k for k in held.children if k.dep_ in ("amod", "compound", "poss", "nmod")]
        return any((x := self.r.ref(k.i)) is not None and x.kind != "place" for k in mods)

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
        # "we urge every one of our friends and allies", "Russia and its allies": others the words
        # count among someone's friends without naming one
        kin = [head] if head.pos_ == "NOUN" else objects(head) if head.pos_ == "VERB" else []
        counted = [k for k in kin if k.pos_ in ("PRON", "DET", "NUM")]  # "all of", "some of"
        kin += [o for k in counted for o in prep_objects(k, ("of",))]
        if any(self._unnamed_kin(k) for k in kin):
            return True
        if c.type == "attack" and head.pos_ == "VERB":  # "attacked the Malta-flagged bulk
            ships = [o for o in objects(head) if lemma(o) in MERCHANT_SHIPS]  # carrier": a
            if any(not self.actors(o) for o in ships):  # ship the text names, not a state
                return True
        for tok in [head, *objects(head)]:
            for obj in prep_objects(tok, preps):
                if c.start <= obj.i < c.end:
                    continue  # the trigger's own words ("provides for mutual assistance")
                if obj.pos_ in ("NOUN", "PROPN") and not self.actors(obj):
                    return True
        if self._at_sea(c, head):  # "destroyers arrived in the eastern Mediterranean"
            return True
        if (
            c.type in HOSTED_TYPES
            and any(  # "the navy's global presence"
                k.lower_ in NO_ONE_LAND and k.dep_ in ("amod", "advmod")
                for t in [head, *self.doc[c.start : c.end]]
                for k in t.children
            )
        ):
            return True
        if c.type in HOSTED_TYPES and self.home_site(head):  # "no Pakistani military
            return True  # facilities were targeted": its own, where no place is said
        # "pulled out of the war in Tigray": the war's own place is where the forces were,
        # though it names no actor; no later phrase names it ("after the Pretoria deal")
        if "$WARS_LEFT" in c.trigger.pattern:
            wars = [t for t in self.doc[c.start : c.end] if lemma(t) in WARS_LEFT]
            for obj in (o for w in wars for o in prep_objects(w, ("in",))):
                if obj.pos_ == "PROPN" and not self.actors(obj):
                    return True
        return False

    def _unnamed_kin(self, noun: Token) -> bool:
        """Whether a plural noun of allies or countries names none of them: "our allies",
        "partners", "all countries"; not "NATO allies", "the Baltic states"."""
        if noun.tag_ != "NNS" or lemma(noun) not in cw.GROUP_NOUNS | cw.DESCRIPTIONS_RELATION:
            return False
        if noun.dep_ in ("attr", "appos"):  # "we are strong partners": the subject says who
            return False
        named = [t for t in noun.subtree if t.dep_ != "poss"]  # whose they are is no ally
        return not any(self.r.ref(t.i) is not None for t in named)

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
            if ag is not None and not self.fits_truce(c, ag):
                continue
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
        if c.type != "cooperate":
            return []
        main = [s for s in (self.r.focus, self.r.second) if s]
        speaker = self.r.source_at[head.i].speaker if self.r.source_at else ()
        if not (_two_sided(head) or (set(speaker) & set(main) and _ours(head))):
            return []
        named = {i for i in c.subject + c.object if self.know.is_state(i)}
        if len(named) > 1 or len(main) < 2:
            return []
        if named and not named & set(main):
            return []  # a side outside the document's pair: no guess of the other
        return sorted(set(main))

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


def _ours(head: Token) -> bool:
    """A tie a speaker calls "our" with no other side said ("the momentum in our defence
    partnership"): the speaker's state's tie with the one the document pairs it with."""
    noun = compound_head(head)
    with_ = any(k.dep_ == "prep" and k.lower_ in ("with", "between") for k in noun.children)
    tie = lemma(noun) in TIES_NOUNS - {"aid", "assistance"}  # not "our allies and partners"
    return tie and not with_ and any(k.dep_ == "poss" and k.lower_ == "our" for k in noun.children)


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


def _war_dating(c: Candidate, head: Token) -> bool:
    """A war that only dates a clause ("mediated throughout the Gaza war"): whoever the clause
    names before it is no guess at who wages it."""
    return c.type == "attack" and lemma(head) in FOUGHT_BY_TWO and dates_a_clause(head)


def _subject_guessed(c: Candidate) -> bool:
    return any(f.startswith("hyp=subj_") for f in c.cues)


def _of_fighters(word: Token) -> bool:
    """Whether a word names whose or whose backed fighters a noun phrase tells of: "Syrian
    rebels", "Iran-backed Iraqi militias" (no state the fighters' deeds are done by)."""
    for tok in (word, word.head):
        if tok.dep_ not in ("amod", "compound", "npadvmod", "nmod"):
            return False
        if lemma(tok.head) in FIGHTERS:
            return True
    return False


def _agent_over(tok: Token, head: Token) -> bool:
    """ "Germany's provision of missiles remains blocked by [Scholz]": the agent of a verb the
    trigger's phrase is under does that verb to the event; it is no side the event is done to."""
    by = tok.head
    return tok.dep_ == "pobj" and by.dep_ == "agent" and by.head in head.ancestors


# events whose object is whom they are against, not whom they are for
HOSTILE_TYPES = {"attack", "warn", "accuse"}
# what help, ties or troops are for when they are against a side: "sent troops to help repel a
# Ukrainian incursion", "cooperation to counter Chinese influence"
OPPOSING = {"repel", "repulse", "resist", "deter", "counter", "combat", "defeat", "fight", "thwart"}
OPPOSING |= {"prevent", "avert", "forestall", "confront", "contain", "oppose", "fend"}


def _opposed(tok: Token, head: Token) -> bool:
    """Whether a name sits under words that set the event against it, between it and the
    trigger: "to help repel a Ukrainian incursion", "aid against Russian aggression" (no one
    the help is for)."""
    below = tok
    for up in tok.ancestors:
        if up.i == head.i:
            return False
        if up.lower_ == "against":
            return True
        # who fights is helped: "help Ukraine fight Russian forces"
        if up.pos_ == "VERB" and lemma(up) in OPPOSING and below.dep_ not in SUBJECT_DEPS:
            return True
        below = up
    return False


# events held somewhere, whose place is no side: "held talks in Brussels"
MEETING_TYPES = {"negotiate", "sign", "peace_deal"}  # (drills held in a state: with it)


def _venue(tok: Token) -> bool:
    """A name in a phrase of place: "talks in Brussels", "a dialogue at St. Vincent"."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at")
