"""The frames whose sides are found as a dyad's, seen from another angle: who asks whom (a
request), what a speaker says of someone (a claim), and what two sides do at once (mutual)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from pactwatch.dates import PartialDate
from pactwatch.extraction.arguments.dyad import DyadFrames
from pactwatch.extraction.arguments.words import (
    ADDRESSED_SAYINGS,
    ADDRESSING,
    ADDRESSING_LIGHT,
    ANSWERS,
    ASKED_NOUNS,
    DEADLINES,
    DENYING,
    DONE_BY_AGENT,
    FORCES,
    NAMING,
    PUBLIC,
    SEEING,
    SETTLING,
    SIDE_KINDS,
    STAKES,
    TROOPS,
)
from pactwatch.extraction.lexicon.statements import (
    CONSEQUENCES,
    HOSTILE_DEED,
    SAID_BLAME,
    SAID_THREATS,
    SPYING,
    WRECKING,
)
from pactwatch.extraction.reading import Candidate, Ref
from pactwatch.extraction.syntax import (
    is_passive,
    lemma,
    prep_objects,
    subject_token,
    to_infinitive,
    year,
)

# a war told as over this many years before the document is one of history ("the Vietnam war
# ended in 1975"), not one fought now ("the Ukraine war, begun in 2014, goes on")
WAR_OF_HISTORY_YEARS = 15
WARS_NAMED_FOR = {"war", "conflict"}  # "the Ukraine war", "the Gaza conflict"
# prepositions by which a war only dates what a clause tells: "mediated throughout the war"
WAR_TIME_PREPS = {"during", "throughout", "since", "amid", "after", "before", "until", "despite"}


# a war's beginning or course in a clause of time: "since the war began", "after it broke out"
WAR_TIME_MARKS = {"since", "after", "before", "until", "when", "once", "while", "as"}
WAR_COURSE = {"begin", "start", "break", "erupt", "end", "escalate", "rage", "flare", "intensify"}


def dates_a_clause(war: Token) -> bool:
    """Whether a war's word only dates what its clause tells ("throughout the war", "since
    the war began")."""
    if war.dep_ == "pobj":
        return war.head.lower_ in WAR_TIME_PREPS
    course = war.head
    return (
        war.dep_ == "nsubj"
        and lemma(course) in WAR_COURSE
        and any(k.dep_ == "mark" and k.lower_ in WAR_TIME_MARKS for k in course.children)
    )


class SideFrames(DyadFrames):
    """The ``request``, ``speaker`` and ``mutual`` frames."""

    def _wanted_of(self, verb: Token) -> list[str]:
        """Who is wanted to act: "want NATO to deploy air defences" (NATO); no one in one's
        own wish ("wants to join the EU")."""
        comps = [k for k in verb.children if k.dep_ in ("ccomp", "xcomp")]
        if not comps:
            return []
        doers = [d for k in comps for d in k.children if d.dep_ == "nsubj"]
        doers += [k for k in verb.children if k.dep_ == "dobj"]
        return [o for d in doers for o in self.ids(self.actors(d))]

    def _request(self, c: Candidate, head: Token) -> list[Candidate]:
        low = lemma(head)
        if low == "insist" and _asserted(head):
            return []  # "insisted that the alliance did not refuse": a claim, not a demand
        if low == "ask" and _questioned(head):
            return []  # "said when asked how long the troops would stay": a reporter's question
        if low == "pressure" and head.pos_ == "NOUN" and not _asks_for(head):
            return []  # "military pressure on Venezuela", "to alleviate pressure on Ukraine"
        if low in ("want", "wish") and not self._wanted_of(head):
            return []  # "Georgia wants to join the EU": its own wish, asked of no one
        striving = any(k.dep_ == "xcomp" for k in head.children) and head.pos_ == "VERB"
        if low in ("push", "press") and striving and not self._wanted_of(head):
            return []  # "is pushing to join the EU": its own striving, asked of no one
        asked = [k for k in head.children if k.dep_ in ("dobj", "nsubjpass")]
        if any(lemma(k) in PUBLIC for k in asked):
            return []  # "asked Australian media to respect China", "voters were asked to answer"
        if low in ("must", "should", "oblige", "obliged", "need", "have"):
            verb = head.head if head.dep_ == "aux" else head
            if low == "have" and _to_do_with(verb):
                return []  # "what has the bloc to do with this": no demand
            if low == "should" and any(k.lower_ in ("if", "unless") for k in verb.children):
                return []  # "if Russia should attack": a condition, not a demand
            target, _ = subject_token(verb)
            if low == "should" and target is not None and target.lower_ in ("it", "this", "that"):
                return []  # "it should": said of a thing as often as of a state
            done = [verb, *(k for k in verb.children if k.dep_ == "xcomp")]
            moved = target is not None and lemma(target) in TROOPS | FORCES
            if any(k.dep_ == "auxpass" for v in done for k in v.children) and not moved:
                return []  # "Russia must be defeated", "needs to be stopped": done to it
            speaker = self.r.source_at[head.i].speaker if self.r.source_at else ()
            c.subject = list(speaker)
            c.object = self.ids(self.actors(target))
            if moved and target is not None:  # "Russian troops must be withdrawn": asked of
                # their owner
                c.object = self.ids([x for x in self.owners(target) if x.kind == "state"])
            # "we should do more", "Finland must stay ready", said by Finland: no demand on
            # the speaker's own side
            c.object = [o for o in c.object if o not in c.subject]
            c.cues.append("subj_via=speaker")
            return [c] if c.subject and c.object else []
        out = self._dyad(c, head)
        told = [  # "demanded that Belgrade recognise Kosovo": Belgrade is asked, not Kosovo
            o
            for k in (head.children if head.pos_ == "VERB" else [])
            if k.dep_ == "ccomp"
            for d in k.children
            if d.dep_ == "nsubj"
            for o in self.ids(self.actors(d))
        ]
        # "sought clarification from Yerevan", "needed more details from Armenia": the one
        # an answer is wanted from is asked, not the asker
        answered = head.pos_ in ("NOUN", "PROPN") and low in ANSWERS
        wanting = head.head if answered and head.dep_ == "dobj" else None
        asked_from = self.ids(self.preps(head, ("from",))) if answered else []
        if wanting is not None:
            asked_from = asked_from or self.ids(self.preps(wanting, ("from",)))
        asker = self.ids(self.subject(wanting)[0]) if wanting is not None else []
        for x in out:
            if head.pos_ in ("NOUN", "PROPN") and not x.subject:
                of = self.preps(head, ("of", "by") if answered else ("of", "from", "by"))
                x.subject = self.ids(of) or asker
            if asked_from:
                x.subject = [i for i in x.subject if i not in asked_from]
                x.object = x.object or asked_from
            if told and not set(told) & set(x.subject):
                x.object = told
            if not x.object and low in ("want", "wish"):  # "want NATO to deploy": NATO
                x.object = self._wanted_of(head)
            if not x.object:
                x.object = self.ids(self.preps(head, ("from", "to", "of", "with")))
                for thing in self.objects(head):  # "requested military aid from its allies",
                    # "set a deadline for the junta in Niamey": whom the deadline binds
                    whom = ("from", "for", "to") if lemma(thing) in DEADLINES else ("from",)
                    x.object += [o for o in self.ids(self.preps(thing, whom)) if o not in x.object]
                for thing in [] if x.object else prep_objects(head, ("for",)):
                    # "called for the dissolution of the OSCE Minsk Group": who must act
                    whose = self.owners(thing) + self.preps(thing, ("of",))
                    x.object += [o for o in self.ids(whose) if o not in x.object]
                for thing in [] if x.object else self.objects(head):
                    # "demanded the withdrawal of UN peacekeepers": whose forces must go
                    forces = [o for o in prep_objects(thing, ("of",)) if lemma(o) in TROOPS]
                    whose = [y for f in forces for y in self.owners(f) + self.preps(f, ("from",))]
                    x.object += [o for o in self.ids(whose) if o not in x.object]
                for clause in [] if x.object else [*head.children, *self.objects(head)]:
                    # "set a deadline for the junta to step down": the for-clause's subject
                    marked = any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children)
                    if clause.dep_ in ("advcl", "acl", "relcl") and marked:
                        doer = [k for k in clause.children if k.dep_ == "nsubj"]
                        x.object += [o for k in doer for o in self.ids(self.actors(k))]
                x.object = [o for o in x.object if o not in x.subject]
            addressed = head.pos_ == "VERB" and head.dep_ in ("advcl", "conj")
            if not x.object and addressed and not _asks_unnamed(head):
                x.object = [o for o in self._addressed(head.head) if o not in x.subject]
            if not x.object and head.pos_ in ("NOUN", "PROPN"):
                main = head.head
                while main.dep_ not in ("ROOT",) and main.head.i != main.i and main.pos_ != "VERB":
                    main = main.head
                x.object = [o for o in self.ids(self.subject(main)[0]) if o not in x.subject]
            if x.agreement is None:
                orgs = [o for o in x.object if self.know.is_org(o)]
                x.agreement = orgs[0] if orgs else None
            bloc = x.agreement if x.agreement and self.know.is_org(x.agreement) else None
            if low == "invoke" and not x.object and bloc is not None and bloc not in x.subject:
                x.object = [bloc]  # "invoked Article 4 of the treaty": asks the bloc
                x.cues.append("obj_via=invoked")
        return out

    def _addressed(self, verb: Token) -> list[str]:
        """Whom a verb's act was addressed to, which a demand made with it asks ("lodged a
        protest with Washington, demanding an end to the drills", "wrote to Moscow and urged
        restraint"): the one it was lodged with or sent to."""
        if verb.pos_ != "VERB" or lemma(verb) not in ADDRESSING:
            return []
        said = self.objects(verb)
        if lemma(verb) in ADDRESSING_LIGHT:  # "made a protest to", not "made a visit to"
            said = [o for o in said if lemma(o) in ADDRESSED_SAYINGS]
            if not said:
                return []
        return self.ids([x for t in [verb, *said] for x in self.preps(t, ("with", "to"))])

    def _done_for(self, c: Candidate, head: Token) -> list[Ref]:
        """The state a deed is done for: "spied for Russia", "on behalf of Russia", "on
        Moscow's behalf", said on the verb or on the deed's noun."""
        out: list[Ref] = []
        for tok in self.doc[c.start : c.end]:
            out += [x for x in self.preps(tok, ("for",)) if x not in out]
            for behalf in prep_objects(tok, ("on",)):
                if lemma(behalf) == "behalf":
                    found = self.preps(behalf, ("of",)) + self.owners(behalf)
                    out += [x for x in found if x not in out]
        return [x for x in out if x.kind in ("state", "org", "group")]

    def _speaker(self, c: Candidate, head: Token) -> list[Candidate]:
        if _denied(self.doc[c.start : c.end], head):
            return []  # "the pact is not posing threats to anyone": a denial, no accusation
        if lemma(head) in NAMING and any(p.lower_ in ("for", "on") for p in head.children):
            return []  # "called for talks to reduce the threat": a request
        subj, via = self.subject(head)
        if c.trigger.pattern == HOSTILE_DEED and via not in ("owner", "by"):
            # "the hostile policy of Vilnius" (not "pursuing hostile policies", "that unlawful
            # course": no doer named)
            subj = [x for x in self.preps(head, ("of",)) if x.kind in ("state", "org", "group")]
            via = "of"
            if not subj:
                return []
        if lemma(head) in SEEING | NAMING:  # "Armenia sees the CSTO as a threat"
            c.subject = self.ids(subj)
            seen = self.direct(head)
            for noun in [] if seen else self.objects(head):  # "saw Kosovo's move as a threat"
                seen += [
                    x for x in self.owners(noun) if x.kind in ("state", "org", "group", "person")
                ]
                seen += self.preps(noun, ("by", "of"))  # "the move by Kosovo"
            c.object = [o for o in self.ids(seen) if o not in c.subject]
        else:  # "the CSTO poses a threat to Armenia": the speaker's accusation
            speaker = self.r.source_at[head.i].speaker if self.r.source_at else ()
            if not speaker and c.trigger.pattern in WRECKING + SAID_THREATS + SAID_BLAME:
                return []  # "..., escalating tensions" in the author's voice: no one accuses
            c.subject = list(speaker) or self.ids(self.preps(head, ("to",)))
            if c.trigger.pattern == CONSEQUENCES and not self._consequences_warned(head):
                return []  # "the floods would have severe consequences for farmers"
            deed, _ = subject_token(head)
            if not subj and deed is not None and deed.pos_ == "VERB":
                subj, _ = self.subject(deed)  # "Peruvian troops joining the war was ..."
            elif not subj and deed is not None:
                # "the EU mission was engaged in espionage": the one said to be so engaged;
                # "the involvement of Peru was an escalation", "the Lithuanian blockade
                # violates": whose deed it is
                subj = [x for x in self.actors(deed) if x.kind in ("state", "org", "mission")]
                subj = subj or self.preps(deed, ("by", "of"))
                subj = subj or [x for x in self.owners(deed) if x.kind in ("state", "org")]
            c.object = [o for o in self.ids(subj) if o not in c.subject]
            if c.trigger.pattern in SPYING:
                # "a man who carried out sabotage on behalf of Russia": the state it was done
                # for; the doer's own state only where that is not the speaker's ("Kyiv said
                # Ukrainian agents carried out sabotage" is a claim, no accusation)
                sponsor = self.ids(self._done_for(c, head))
                doers = self.ids(subj)
                c.object = [o for o in sponsor if o not in c.subject] or c.object
                if not c.object or (not sponsor and set(doers) & set(c.subject)):
                    return []
            if c.trigger.pattern in WRECKING and not c.object:
                return []  # "the new sanctions will escalate the crisis": no one's deed named,
                # and no guess from the rest ("talks with Washington") is the accused
        c.cues.append(f"subj_via={via}")
        return [c]

    def _consequences_warned(self, noun: Token) -> bool:
        """Consequences someone names for a state, its relations or its security: a warning
        ("would have serious consequences for regional security"), not a forecast of harm
        ("for farmers")."""
        speaker = self.r.source_at[noun.i].speaker if self.r.source_at else ()
        stakes = list(prep_objects(noun, ("for", "on", "to")))
        at_stake = any(self.actors(o) or lemma(o) in STAKES for o in stakes)
        return bool(speaker) and at_stake

    def _bound_by(self, agreement: str, day: PartialDate | None) -> list[str]:
        parties = sorted(self.know.parties.get(agreement, set()))
        if not self.know.is_org(agreement):
            return parties
        members = [p for p in parties if self.know.member_on(p, agreement, day)]
        return members or parties

    def _mutual(self, c: Candidate, head: Token) -> list[Candidate]:
        if c.type == "commit_defense":  # "the treaty commits each side", "binds A and B"
            bound = self.direct(head) + (self.passive_subject(head) if is_passive(head) else [])
            sides = [x for x in bound if x.kind in ("state", "person")]  # "is obliged to"
            subj_tok, _ = subject_token(head)
            agr = self.agreements_in([subj_tok] if subj_tok is not None else [], 1)
            agreement = agr[0].ids[0] if agr else None
            told: list[str] = []
            if agreement is None and subj_tok is not None:  # "the treaty signed just before"
                agreement, told = self._pact_parties(subj_tok)
            agreement = agreement or (None if told else self.context_agreement(head))
            if not sides and told:
                c.subject = c.object = sorted(told)
            elif not sides and agreement:  # a bloc's members on the day, not all it ever had
                c.subject = c.object = self._bound_by(agreement, c.date or self.published)
            else:
                c.subject = c.object = self.ids(sides, roles=False)
            # "commits the US to defend South Korea": the one bound defends the one named
            deeds = [k for k in head.children if k.dep_ in ("xcomp", "advcl") and k.pos_ == "VERB"]
            deeds = (
                deeds
                or [  # "is obliged by treaty to defend Japan", parsed on "treaty"
                    t
                    for t in head.subtree
                    if t.i > head.i and t.pos_ == "VERB" and to_infinitive(t)
                ][:1]
            )
            # (or the one it is to give aid to: "to provide military aid to Manila")
            given = [x for d in deeds for x in self.preps(d, ("to",)) if x.kind != "place"]
            named = [x for d in deeds for x in self.direct(d)] + given
            defended = self.ids([x for x in named if x not in sides])
            if sides and defended:
                c.object = [i for i in defended if i not in c.subject]
            c.agreement = agreement
            c.cues.append("subj_via=commits")
            return [c]
        sides = self.preps(head, ("between", "with", "among"))
        if not sides and head.dep_ == "nsubj" and head.head.pos_ == "VERB":  # "fighting broke
            sides = self.preps(head.head, ("between",))  # out between Armenia and Azerbaijan"
        # "clashes (erupted) along the Armenian-Azerbaijani border": the border's two sides
        at = [head, head.head] if head.dep_ == "nsubj" else [head]
        borders = [b for t in at for b in prep_objects(t, ("on", "along", "at", "across"))]
        # not where others are said to clash there ("rebels clashed with the army along the
        # border with Chad"): the border's sides are the clash's only where it has none
        others = [*prep_objects(head, ("with",)), *(k for k in head.children if k.dep_ == "nsubj")]
        borders = [] if others else borders
        for border in [] if sides else borders:
            if lemma(border) in ("border", "frontier"):  # "clashes on the border between
                owners = [x for x in self.owners(border) if x.kind == "state"]  # Armenia and
                sides = owners + self.preps(border, ("between", "with"))  # Azerbaijan", "along
                # its border with Azerbaijan"
        noun = head.pos_ in ("NOUN", "PROPN")  # a verb's word before it is its subject
        owners = [x for x in self.owners(head) if x not in sides] if noun else []
        for x in list(owners):  # "the Armenian-Azerbaijani war": the first word of the pair
            joined = [k for k in self.doc[x.head].children if k.dep_ in ("amod", "compound")]
            owners += [y for k in joined for y in self.actors(k) if y not in owners]
        if self._waged(head, sides, owners):  # "Russia launched its war", "Russia's war"
            return self._dyad(replace(c, subject=[]), head)
        sides += owners  # "the Israel-Hamas war"
        fought = (
            [x for x in self.direct(head) if x.kind in SIDE_KINDS] if head.pos_ == "VERB" else []
        )
        if fought and not sides:  # "North Korean troops were fighting Ukrainian forces": who
            return self._dyad(replace(c, subject=[]), head)  # fights whom
        settled = noun and head.dep_ == "dobj" and lemma(head.head) in SETTLING
        # "sanctions on Belarus over its role in the war": a war inside another noun's phrase
        # is not fought by the clause's subject
        settled = settled or (
            noun and head.dep_ == "pobj" and head.head.head.pos_ in ("NOUN", "PROPN")
        )
        helper = _helped_in(head) if noun else None
        if helper is not None:  # "the US supports Ukraine in the war": the one helped fights
            helped = [x for x in self.direct(helper) if x.kind in SIDE_KINDS]
            sides += [x for x in helped if x not in sides]  # "in any conflict with Armenia"
            c.cues.append("helped_side")
        # "have mediated throughout the war", "boosted spending since the war": a war that only
        # dates the clause is not fought by its subject
        if not sides and helper is None and not (noun and dates_a_clause(head)):
            subj, _ = self.subject(head)
            pair = [x for x in subj if x.kind in SIDE_KINDS]  # "Russia and Ukraine must end
            sides = subj if not settled or len(pair) >= 2 else []  # the war": the two sides
        named_for = self._war_named_for(head, sides, owners)
        if named_for is not None:  # "the Ukraine war": as "the war in Ukraine"
            c.subject, c.object = [], self.ids([named_for])
            c.cues.append("war_named_for")
            return [c]
        if len(sides) == 1 and helper is None:  # not the one helping one side
            other = self._in_state_of(head, sides[0])
            if other is None:  # only a state the sentence names beside it: a guess, which
                other = self._other_side(head, sides[0])  # the side fought before may better
                c.cues.append("side=near" if other is not None else "side=one")
            if other is not None:
                sides.append(other)
        c.subject = self.ids([x for x in sides if x.kind in ("state", "org", "person", "group")])
        c.object = []
        if lemma(head) == "war" and self.preps(head, ("on", "against", "in")):
            return self._dyad(replace(c, subject=[]), head)
        c.cues.append("subj_via=sides")
        return [c]

    def _waged(self, head: Token, sides: list[Ref], owners: list[Ref]) -> bool:
        """A war one side makes: its own ("Russia's war of aggression", "its full-scale war")
        or one it launches or wages ("Russia is waging a war"), with no other side said."""
        if lemma(head) != "war" or head.pos_ != "NOUN" or sides or len(owners) > 1:
            return False
        if owners and self.doc[owners[0].head].dep_ == "poss":
            return True
        verb = self.light_verb(head)
        return verb is not None and lemma(verb) in DONE_BY_AGENT | {"declare"}

    def _war_named_for(self, head: Token, sides: list[Ref], owners: list[Ref]) -> Ref | None:
        """The one state or place a war or a conflict is named for ("the Ukraine war", "the
        Gaza war", "the Karabakh conflict"): it is fought there, as "the war in Ukraine"
        (not "the Ukrainian war", a side's adjective, nor "the Russia-Ukraine war", its two
        sides); not a war of some other kind ("the China trade war", "the Japan tariff war")
        nor one of history, its clause dated years before the document ("the Vietnam war ended
        in 1975")."""
        if lemma(head) not in WARS_NAMED_FOR or head.pos_ != "NOUN":
            return None
        if len(sides) != 1 or sides != owners:
            return None
        one = sides[0]
        word = self.doc[one.head]
        # a state by its name, or a place ("the Gaza war", "the Karabakh conflict": fought there)
        by_name = one.kind == "state" and one.how == "name"
        named = (by_name or one.kind == "place") and word.dep_ == "compound"
        if not named or word.head.i != head.i:
            return None
        if any(k.dep_ in ("compound", "amod") and k.i != word.i for k in head.children):
            return None  # "the China trade war": a war of trade
        clause = head.head if head.dep_ in ("nsubj", "nsubjpass") else head
        years = [y for t in clause.subtree if (y := year(t)) is not None]
        day = self.published  # "the Vietnam war ended in 1975": history
        old = bool(years) and day is not None and day.start.year - max(years) > WAR_OF_HISTORY_YEARS
        return None if old else one

    def _in_state_of(self, head: Token, one: Ref) -> Ref | None:
        """Who is "at war" or "in conflict" with the one side named (a state of war too):
        the subject of the clause ("the Houthis are at war with Riyadh")."""
        tok = head
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma(tok.head.head) == "state":
            tok = tok.head.head
        if not (tok.dep_ == "pobj" and tok.head.lower_ in ("at", "in")):
            return None
        verb = tok.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subj, _ = self.subject(verb)
        return next((x for x in subj if x.kind in SIDE_KINDS and x.ids != one.ids), None)

    def _other_side(self, head: Token, one: Ref) -> Ref | None:
        sent = head.sent
        for ref in self.r.refs:
            if sent.start <= ref.start < sent.end and ref.kind == "state" and ref.ids != one.ids:
                return ref
        return None


def _to_do_with(verb: Token) -> bool:
    """ "have to do with": what a thing concerns."""
    return any(
        k.dep_ == "xcomp" and lemma(k) == "do" and any(p.lower_ == "with" for p in k.children)
        for k in verb.children
    )


def _asserted(verb: Token) -> bool:
    """Whether the clause a verb of insisting takes states what is or was ("insisted that
    the alliance did not refuse", "has always helped") rather than asks for it ("insisted
    that Armenia withdraw", "must pay")."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        auxes = {lemma(a) for a in clause.children if a.dep_ in ("aux", "auxpass")}
        if auxes & {"must", "should", "shall", "need", "have"} and clause.tag_ == "VB":
            return False  # "must pay", "should leave"
        if lemma(clause) in ("have", "need") and any(x.dep_ == "xcomp" for x in clause.children):
            return False  # "has to pay", "needs to leave"
        return clause.tag_ in ("VBD", "VBN", "VBG", "VBZ") or bool(auxes & {"do", "be"})
    return False


def _asks_unnamed(verb: Token) -> bool:
    """Does a demand say whom it asks, in words that name no actor? "calling on other
    nations to send police", "urging other allies to": not the one the act it comes with
    was addressed to."""
    for k in verb.children:
        on = k.dep_ == "prep" and k.lower_ in ("on", "upon")
        if on and any(o.dep_ == "pobj" for o in k.children):
            return True
        if k.dep_ != "dobj" or k.pos_ == "PRON":  # "urged it to": whom it stands for
            continue
        if lemma(k) in ASKED_NOUNS or any(v.dep_ == "xcomp" for v in verb.children):
            return True
    return False


def _asks_for(noun: Token) -> bool:
    """A request noun that says what it asks for: "pressure on Hungary to lift its veto",
    "pressure for a ceasefire", "pressure into signing", "pressure over its veto"; bare
    pressure on a state is force or weight, asking nothing."""
    hosts = [noun, noun.head] if noun.dep_ in ("dobj", "pobj") else [noun]
    for host in hosts:
        for k in host.children:
            if k.dep_ in ("acl", "xcomp", "advcl") and any(a.lower_ == "to" for a in k.children):
                return True
            if k.dep_ == "prep" and k.lower_ in ("for", "into", "over"):
                return True
    return False


def _denied(words: Span, head: Token) -> bool:
    """ "is posing no threat to other countries", "failed to see how the drills were a threat",
    "denied that the drills pose a threat": what is said not to be a threat or a provocation."""
    if any(k.dep_ == "neg" for w in words for k in w.children):
        return True
    tok, n = head, 0
    while tok.head.i != tok.i and tok.dep_ in ("ccomp", "xcomp", "advcl") and n < 3:
        tok, n = tok.head, n + 1
        if lemma(tok) in DENYING or any(k.dep_ == "neg" for k in tok.children):
            return True
    return False


def _questioned(verb: Token) -> bool:
    """ "Asked whether the treaty binds Chile ...", "when asked to comment", "'Do they still
    want us?' he asked": a question put, not a request of anyone. What asks whether, if, how or
    what, a bare participle that names no one asked or asking (the reporters), and an 'asked'
    after a question mark with nothing asked for."""
    if any(k.dep_ in ("ccomp", "advcl") and _interrogative(k) for k in verb.children):
        return True
    named = {"nsubj", "nsubjpass", "agent", "dobj", "dative"}
    if verb.tag_ == "VBN" and not any(k.dep_ in named for k in verb.children):
        return True
    asked_for = {"dobj", "xcomp", "ccomp", "dative", "prep"}
    before = verb.doc[max(0, verb.sent.start - 3) : verb.i]  # the question may end the last
    return any(t.text == "?" for t in before) and not any(
        k.dep_ in asked_for for k in verb.children
    )


def _interrogative(clause: Token) -> bool:
    """A clause that asks: "whether the pact obliges", "if Yerevan had asked", "how long"."""
    first = clause.doc[clause.left_edge.i]
    marks = {k.lower_ for k in clause.children if k.dep_ == "mark"}
    return bool(marks & {"whether", "if"}) or first.tag_ in ("WRB", "WP", "WDT", "WP$")


HELPING = {"support", "help", "aid", "assist", "back", "arm", "supply", "equip", "fund", "finance"}


def _helped_in(noun: Token) -> Token | None:
    """The verb of helping whose "in" phrase a war noun is ("supports Ukraine in the war",
    "to aid Russia in its war"): who helps is no side of it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during"):
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and lemma(verb) in HELPING else None
