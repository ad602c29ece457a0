"""Standing in a body: joining, leaving, suspending, and taking part in its meetings and
drills."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.arguments.pieces import definite
from pactwatch.extraction.arguments.presence import PresenceFrames
from pactwatch.extraction.arguments.words import (
    ARMIES,
    BASES,
    BID_WORDS,
    BLOC_FORCES,
    DRILLS,
    ENVOYS,
    FORCES,
    JOINED_PEOPLE,
    LEFT_BEHIND,
    MEETINGS,
    NEW_MEMBER_WORDS,
    NO_BODY,
    NOT_MEMBERSHIP,
    OPEN_WH,
    REMOTE,
    SECEDING,
    TROOPS,
)
from pactwatch.extraction.lexicon.membership import TIES_CUT
from pactwatch.extraction.lexicon.word_classes import SCHEMES_LEFT, TALKS_LEFT
from pactwatch.extraction.reading import Candidate, Reading, Ref
from pactwatch.extraction.syntax import (
    PORTIONS,
    agent_token,
    conjunct_states,
    is_passive,
    lemma,
    objects,
    prep_objects,
    subject_token,
)

# ground, no body, that one leaves: "Norway's exit from the region" takes forces out
GROUND_LEFT = {"region", "territory", "soil", "continent", "area", "theatre", "theater"}
HELD_SEATS = {"membership", "participation", "seat"}  # what a member holds in a bloc
TAKING_IN = {"admit", "welcome", "accept"}  # what a bloc does to a state it takes in
JOINING_NOUNS = {"accession", "membership", "admission"}  # what a state completes or seals
# verbs (and nouns) of gaining a membership, or of seeking or weighing one
GAINING = {"grant", "gain", "win", "obtain", "secure", "achieve", "complete", "seal", "restore"}
GAINING |= {"reestablish", "regain", "renew", "offer", "seek", "apply", "want", "pursue", "bid"}
GAINING |= {"consider", "discuss", "path", "road", "prospect", "application", "invitation"}
GAINING |= {"pending", "future", "eventual", "possible", "potential", "prospective", "full"}
LEAVING_TYPES = {"withdraw", "suspend", "freeze", "notify_withdrawal"}  # a member's, of a bloc
CONTRAST = {"nonetheless", "nevertheless", "still", "anyway", "despite", "regardless", "but"}
CONTRAST |= {"though", "although", "yet", "however"}


class MembershipFrames(PresenceFrames):
    """The ``member`` and ``expel`` frames."""

    def _included_actor(self, verb: Token) -> bool:
        """What is included in a bloc is a member where it is a state, a body or a pronoun for
        one ("Finland has been included in the alliance"); a ban included in a constitution, or
        'including in' that lists fields, names no one joining."""
        included = [k for k in verb.children if k.dep_ in ("nsubjpass", "dobj")]
        return any(  # a place included ("Greenland is not included in the agreement")
            k.pos_ == "PRON" or any(x.kind in ("state", "org") for x in self.actors(k))
            for k in included
        )  # is where it applies, no member

    def _member(self, c: Candidate, head: Token) -> list[Candidate]:
        if lemma(head) == "include" and not self._included_actor(head):
            return []  # "the ban was included in the constitution", "..., including in defence"
        subj, via = self.subject(head)
        if any(lemma(t) in ENVOYS for t in _with_portions([subject_token(head)[0]])):
            return []  # "some of their diplomats had to leave": envoys sent home, no member
        if c.trigger.pattern.startswith("^pull|take"):  # "he could pull his country out of
            taken_out = [x for x in self.direct(head) if x.kind == "state"]  # the alliance"
            blocs = [
                x
                for t in self.doc[c.start : c.end + 6]
                if t.dep_ == "pobj" and t.head.lower_ == "of"
                for x in self.agreements_in([t], 1)
                if x.kind == "org"
            ]
            if not taken_out or not blocs:
                return []
            c.subject, c.agreement = self.ids(taken_out), blocs[0].ids[0]
            c.cues += ["subj_via=taken_out", "agr_via=named"]
            return [c]
        if not subj and head.pos_ in ("NOUN", "PROPN"):
            of = self.preps(head, ("of",))
            subj, via = (of, "of") if of else (subj, via)
        if not subj:
            subj = self.passive_subject(head)
            via = "passive" if subj else via
        words = {lemma(t) for t in self.doc[c.start : c.end]}
        words |= {lemma(t) for t in head.subtree if abs(t.i - head.i) < 12}
        types = list(c.trigger.types)
        if lemma(head) == "leave" and _leaves_as(head, self.r):
            return []  # "the French exit leaves the US as the main Western power": it stays
        if c.type == "resume" and lemma(head) in ("return", "come") and not self._returns_to(head):
            return []  # "France's ambassador returned to Niamey": back in a place, no body
        to = list(prep_objects(head, ("to",)))
        gone = c.type == "resume" and lemma(head) == "return" and not to
        if gone and subj and all(x.kind == "person" for x in subj):
            return []  # "Biden attended the summit and returned": a trip, not a membership
        # "pulled out of Beijing's flagship trade scheme": a scheme or a pact is left, whose
        # owner is no place forces leave; one the knowledge base does not know is no pact of
        # the passage, and talks left are no body at all
        schemes = self._schemes_left(head)
        unknown_scheme = bool(schemes) and not self.agreements_in(schemes)
        talks = unknown_scheme and all(lemma(o) in TALKS_LEFT for o in schemes)
        blocs_force = [  # "Niger withdrew from the G5 Sahel force": a bloc's joint force
            x  # left by a member is the bloc left
            for o in prep_objects(head, ("from", "of"))
            if lemma(o) in BLOC_FORCES
            for x in self.agreements_in([o], 2)
            if x.kind == "org"
        ]
        states_leave = bool(subj) and all(x.kind == "state" for x in subj)
        if blocs_force and states_leave and "withdraw" in types:
            types = ["withdraw"]
        elif "withdraw_forces" in types or c.type == "withdraw":
            if talks and not self._forces_in(head, subj):
                return []
            if self._forces_left_there(head):  # "will leave 2,000 soldiers in Iraq": they stay
                return self._presence(replace(c, type="deploy"), head)
            places = self.preps(head, ("from",)) + self.direct(head)
            owned = [x for o in schemes for x in self.actors(o)]
            places = [x for x in places if x not in owned]
            org_subject = bool(subj) and all(x.kind == "org" for x in subj)
            to_state = bool(places) and all(x.kind in ("state", "place") for x in places)
            # "Russian peacekeepers completed their withdrawal ... The withdrawal began in April"
            # (and "The CSTO peacekeepers will go home. Their withdrawal begins today", where
            # the withdrawal names no body it leaves)
            their = any(k.lower_ == "their" for k in head.children)
            their = their and not [x for x in self.preps(head, ("from",)) if x.kind == "org"]
            said_before = definite(head) or their
            forces_said = head.pos_ == "NOUN" and said_before and self._forces_before(head)
            left = [*objects(head), *prep_objects(head, ("from",))]  # "France leaves a base",
            base_left = any(lemma(o) in BASES | GROUND_LEFT for o in left)  # "exit from the region"
            if to_state and lemma(head) in SECEDING and not self._forces_in(head, subj):
                return []  # "Eritrea broke away from Ethiopia": a secession, no forces leave
            if c.trigger.negative and self._forces_in(head, subj):
                return []  # "French troops stayed in Mali": a presence, which "deploy" reads
            if (
                self._forces_in(head, subj)
                or (to_state and not org_subject)
                or forces_said
                or base_left
            ):
                found = self._presence(replace(c, type="withdraw_forces"), head)
                # "quits the bloc and Belarusian units pull out", parsed as "quits [the bloc
                # and Belarusian units]": the bloc in the object makes leaving it a reading too
                blocs = [x for x in self.agreements_in(objects(head), 2) if x.kind == "org"]
                states = [x for x in subj if x.kind == "state"]
                if blocs and states and not org_subject:
                    cues = [*c.cues, f"subj_via={via}", "hyp=bloc_in_object"]
                    found.append(
                        replace(
                            c,
                            type="withdraw",
                            subject=self.ids(states),
                            object=[],
                            agreement=blocs[0].ids[0],
                            cues=cues,
                        )
                    )
                return found
            hosts = [i for x in places if x.kind == "state" for i in x.ids]
            stood = org_subject and any((subj[0].ids[0], h) in self.know.presence for h in hosts)
            if stood:  # "the CSTO completed its withdrawal from Kazakhstan": where its forces
                return self._presence(replace(c, type="withdraw_forces"), head)  # stood
            if org_subject and any(x.kind == "state" for x in places):
                # "the CSTO is leaving Armenia": the bloc disengages from the state
                c = replace(c, type="reduce_cooperation", subject=self.ids(subj))
                c.object = self.ids([x for x in places if x.kind == "state"])
                c.cues.append("via=org_leaves")
                return [c]
            types = ["withdraw"]
        if c.type == "join" and any(lemma(o) == "force" for o in objects(head)):
            return []  # "join forces": cooperation, not membership
        taken_in = lemma(head) in TAKING_IN  # "NATO admitted Montenegro as a member"
        if c.type == "join" and head.pos_ == "VERB" and not taken_in and self._joined_no_body(head):
            return []  # "joined President Trump to sign", "joined the fighting"
        if self._notice_only(c, head):
            return []
        if c.type == "join" and head.pos_ == "NOUN" and _decided_by_others(head):
            return []  # "Hungary has not ratified Sweden's accession": the ratification
        subj_tok, _ = subject_token(head) if head.pos_ == "VERB" else (None, False)
        if c.type == "join" and subj_tok is not None and lemma(subj_tok) in TROOPS:
            return []  # "100 Armenian troops joined the mission": a presence of forces
        span = self.doc[c.start : c.end]
        forces_named = any(
            lemma(o) in FORCES
            for t in span
            for o in [*objects(t), *prep_objects(t, ("of",))]
            if o.pos_ == "NOUN"
        )
        militarily = any(k.lower_ == "militarily" for t in span for k in t.children)
        if c.type in ("withdraw", "notify_withdrawal") and (
            militarily or (forces_named and c.type == "notify_withdrawal")
        ):
            return []  # "decided to withdraw the CSTO's forces", "announced the withdrawal of
            # French troops", "said it will withdraw militarily": forces leaving
        joined = [*objects(head), *([head.head] if head.dep_ == "amod" else [])]
        if c.type == "join":  # "joined in warning against it", "joined in the fighting"
            joined += [o for o in prep_objects(head, ("in",)) if o.tag_ != "CD"]
        if head.pos_ in ("VERB", "AUX") and any(
            lemma(o) in NOT_MEMBERSHIP.get(c.type, ()) for o in joined
        ):
            return []  # "leave no doubt", "join the chorus of criticism"
        if (
            c.type == "withdraw"
            and head.pos_ == "VERB"
            and any(
                o.pos_ == "NOUN"
                and self.r.ref(o.i) is None
                and not _left_behind(o)
                and not c.start <= o.i < c.end  # "cut ties with": the trigger's own word
                for o in objects(head)
            )
        ):
            return []  # "unrest has left 28 people dead": no bloc is left
        if c.type == "withdraw" and c.trigger.pattern in TIES_CUT:
            parted = [x for t in span for x in self.preps(t, ("with",))]
            if not any(x.kind == "org" for x in parted):
                return []  # "cut ties with France": no body left, ties cut (read as that)
        if c.type == "withdraw" and _reported_progressive(head):
            c = replace(c, type="notify_withdrawal", cues=[*c.cues, "via=reported_leaving"])
            types = ["notify_withdrawal"]
        if c.type == "join" and lemma(head) == "member" and not _becoming_member(head):
            return []  # "the members of the CSTO", "is a member": being one, not joining
        if c.type == "join" and head.pos_ == "VERB":  # "joined by U.S. and Canadian personnel"
            by = agent_token(head)
            if by is not None and lemma(by) in TROOPS:
                c = replace(c, type="deploy", cues=[*c.cues, "via=joined_by_forces"])
                d = self._presence(c, head)
                for x in d:
                    x.subject = self.ids([r for r in self.owners(by) if r.kind != "place"])
                return d
        agr_refs = self.agreements_in([head, *self.doc[c.start : c.end]])
        owners = [x for x in self.owners(head) if x.kind == "org"]
        agreement = agr_refs[0].ids[0] if agr_refs else (owners[0].ids[0] if owners else None)
        agr_via = "named" if agreement else "context"
        unknown = [o for o in objects(head) if o.pos_ == "PROPN" and self.r.ref(o.i) is None]
        if agreement is None and c.type == "join" and unknown:
            agr_via = "unknown"  # "join the Global Coalition against Piracy": a body the
            # knowledge base does not know, not the article's agreement
        elif agreement is None and c.type == "withdraw" and unknown_scheme:
            agr_via = "unknown"  # "pulled out of the grain deal": one it does not know
        elif agreement is None:
            agreement = self.context_agreement(head)
        # "Moscow suspended its part in the arms treaty", NATO named last: no bloc it was
        # never a member of, but the pact told of before
        passed: set[str] = set()
        while set(types) & LEAVING_TYPES and agreement and self._outside(subj, agreement):
            passed.add(agreement)
            agreement = self.context_agreement(head, exclude=passed)
        if c.type == "withdraw" and agreement is None and not _says_what_is_left(head):
            return []  # "Ghana pulls out", "the contingent's exit": nothing said or known is left
        members = [x for x in subj if x.kind != "org" or x.ids[0] != agreement]
        if not members and subj and agreement is None:
            members = subj
        if head.pos_ == "NOUN" and (not members or via == "light"):
            # "NATO leaders discussed the accession of Georgia": the state named after "of"
            # joins, not whoever talks of it
            named = [x for o in prep_objects(head, ("of",)) for x in self.actors(o)]
            of_states = [x for x in named if x.kind == "state"]
            members, via = (of_states, "of") if of_states else (members, via)
        if (
            c.type == "join"
            and lemma(head) == "membership"
            and self._held(head, members, agreement)
        ):
            return []  # "Kazakhstan's membership of the EAEU is settled": held, not gained
        # the bloc acting on a state: "NATO admitted Montenegro" (the state it takes in),
        # "the CSTO suspended Uzbekistan's membership" (whose membership it is)
        if not members and c.type == "join" and lemma(head) in TAKING_IN and agreement:
            taken = [x for o in objects(head) for x in self.actors(o)]
            members = [x for x in taken if x.kind == "state"]
        if not members and c.type in ("freeze", "suspend"):
            held = [o for t in span for o in objects(t) if lemma(o) in HELD_SEATS]
            members = [x for o in held for x in self.owners(o) if x.kind == "state"]
        if types == ["freeze", "suspend"]:  # participation in a bloc is frozen, a treaty suspended
            said = [head, head.head] if head.dep_ == "dobj" else [head]  # "officially
            formal = any(  # suspended its membership": the verb's adverb
                lemma(t) in ("formally", "officially", "legally") for w in said for t in w.children
            )
            types = (
                ["freeze"]
                if agreement and self.know.is_org(agreement) and not formal
                else ["suspend"]
            )
        in_effect = any(lemma(t) in IN_EFFECT for t in head.children)
        if types == ["suspend"] and in_effect and agreement and self.know.is_org(agreement):
            types = ["freeze"]  # "effectively suspended its membership": in practice, not law
        if "skip_exercise" in types and "skip_meeting" in types:
            types = []
            if words & DRILLS:
                types.append("skip_exercise")
            if words & MEETINGS or not types:
                types.append("skip_meeting")
        partner = self._partner_at_table(c, head, types, members, agreement)
        if partner is not None:
            x = replace(c, type="cooperate", subject=self.ids(members), object=[partner])
            x.agreement = None
            x.cues.append(f"subj_via={via}")
            return [x]
        present = lemma(head) in ("attend", "participate") and attended(self.doc, c, head)
        if c.trigger.negative and present and not _contrasted(head):
            return []  # "arrived in Minsk to attend a meeting": no news of a meeting skipped
        if "urge" in types:  # "turned to the bloc under every clause": a request, not a bid
            bid = words & BID_WORDS
            to_org = [x for x in self.preps(head, ("to",)) if x.kind == "org"]
            day = c.date or self.published
            askers = [i for i in self.ids(members) if self.know.is_state(i)]
            inside = bool(to_org) and day is not None and bool(askers)
            inside = inside and all(self.know.member_on(s, to_org[0].ids[0], day) for s in askers)
            if to_org and not bid and inside:  # a member applies to its body for help
                x = replace(c, type="urge", subject=self.ids(members), object=self.ids(to_org))
                x.agreement = to_org[0].ids[0]
                x.cues.append(f"subj_via={via}")
                return [x]
            types = ["apply"]
        out = []
        # "wants to join both the EU and NATO": a bid for each
        beside = self._bodies_beside(agr_refs) if agr_via == "named" else []
        for t in types[:2] if len(types) > 1 and types[0].startswith("skip") else types[:1]:
            for body, one_of in [(agreement, c.one_of), *[(b, b) for b in beside]]:
                x = replace(c, type=t, cues=[*c.cues, f"subj_via={via}", f"agr_via={agr_via}"])
                x.subject = self.ids(members)
                x.agreement = body
                x.one_of = one_of
                out.append(x)
        return out

    def _outside(self, members: list[Ref], org: str) -> bool:
        """Whether the states among ``members`` were never in the body ``org``."""
        states = [i for i in self.ids(members) if self.know.is_state(i)]
        return self.know.never_members(states, org)

    def _bodies_beside(self, refs: list[Ref]) -> list[str]:
        """The bodies named in coordination with the first one ("NATO and the EU", "the CSTO
        or the EAEU"): each is joined or left in its own right."""
        if not refs or refs[0].kind != "org":
            return []
        beside = conjunct_states(self.r, self.doc[refs[0].head], refs[:1])
        found = [x.ids[0] for x in beside if x.kind == "org"]
        return [i for i in dict.fromkeys(found) if i != refs[0].ids[0]]

    def _partner_at_table(
        self,
        c: Candidate,
        head: Token,
        types: list[str],
        members: list[Ref],
        agreement: str | None,
    ) -> str | None:
        """The bloc whose meeting a state attends without being its member ("Moldova's
        minister attended the NATO summit"): a partner working with it, not a member's
        participation."""
        if not types or not types[0].startswith("skip") or agreement is None:
            return None
        if lemma(head) not in ("attend", "participate") or not attended(self.doc, c, head):
            return None  # a boycott or a meeting missed stays what it is
        day = c.date or self.published
        states = [i for i in self.ids(members) if self.know.is_state(i)]  # a minister's too
        if day is None or not self.know.is_org(agreement):
            return None
        return agreement if self.know.outsiders(states, agreement, day) else None

    def _held(self, noun: Token, members: list[Ref], agreement: str | None) -> bool:
        """A membership named as one the states hold on the document's date (or today, if it
        has none), with no verb of gaining it ("was granted membership", "restored its
        membership"), nor of asking or planning for it: no one joins."""
        states = [i for i in self.ids(members) if self.know.is_state(i)]
        if not states or agreement is None or not self.know.is_org(agreement):
            return False
        verb = noun.head
        while verb.dep_ in ("pobj", "prep") and verb.head.i != verb.i:
            verb = verb.head
        said = [lemma(k) for k in noun.children] + [k.lower_ for k in noun.children]
        if lemma(verb) in GAINING or GAINING.intersection(said):  # ("pending": its own word)
            return False
        return all(self.know.member_on(s, agreement, self.published) for s in states)

    def _schemes_left(self, head: Token) -> list[Token]:
        """What is left that is a scheme, a programme or a pact, not a place: "pulled out of
        the initiative", "its exit from Beijing's flagship trade scheme"."""
        outs = [head, *(k for k in head.children if k.lower_ == "out")]
        left = [*prep_objects(head, ("from",))]
        left += [o for t in outs[1:] for o in prep_objects(t, ("of",))]
        left += objects(head) if head.pos_ in ("VERB", "AUX") else []
        return [o for o in left if lemma(o) in SCHEMES_LEFT]

    def _forces_left_there(self, verb: Token) -> bool:
        """ "leaving fewer than 1,000 troops there", "will leave 2,000 soldiers in Iraq":
        forces that are the direct object of leaving, with where they are, stay there."""
        if lemma(verb) != "leave":
            return False
        forces = [o for o in verb.children if o.dep_ == "dobj" and lemma(o) in TROOPS]
        at = [verb, *forces]
        there = any(k.lower_ in ("there", "behind") for t in at for k in t.children)
        places = [x for t in at for x in self.preps(t, ("in", "on", "at"))]
        placed = any(x.kind in ("state", "place") for x in places)
        return bool(forces) and (there or placed)

    def _forces_in(self, head: Token, subj: list[Ref]) -> bool:
        near = [head, *head.children]
        near += [g for t in head.children if t.dep_ in ("prep", "dobj") for g in t.children]
        if head.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
            near.append(head.head)
        subj_tok, _ = subject_token(head)
        if subj_tok is not None:
            near.append(subj_tok)
            if lemma(subj_tok) in ARMIES:  # "the French army had to withdraw"
                return True
        verb = self.light_verb(head) if head.pos_ == "NOUN" else None
        if verb is not None:  # "Russian peacekeepers completed their withdrawal"
            near.append(subject_token(verb)[0] or verb)
        # "the orderly withdrawal, in stages, of its armed presence": a presence that leaves
        near += [t for t in head.subtree if lemma(t) == "presence" and t.head.lower_ == "of"]
        if head.dep_ == "conj" and head.pos_ == "NOUN":  # "the disbandment and withdrawal
            near += list(prep_objects(head.head, ("of",)))  # of Armenian troops"
        return any(lemma(t) in TROOPS | {"presence"} or _military_staff(t) for t in near)

    @staticmethod
    def _notice_only(c: Candidate, head: Token) -> bool:
        """A leaving that is only the notice or decision of it, which is the event read (a
        notice of withdrawal), or a notice not given yet."""
        if c.type == "notify_withdrawal":  # "is to decide next year whether to quit": no
            clauses = [k for k in head.children if k.dep_ in ("xcomp", "ccomp", "acl", "advcl")]
            open_ = any(w.lower_ in OPEN_WH for k in clauses for w in k.children)
            return lemma(head) == "decide" and open_  # decision given yet
        if c.type != "withdraw":
            return False
        noticed = head.dep_ in ("pcomp", "pobj", "acl") and head.head.dep_ == "prep"
        if noticed and lemma(head.head.head) in ("notice", "notification"):
            return True  # "has not sent notices of leaving": the notice is the event
        decided = head.dep_ in ("acl", "xcomp") and lemma(head.head) in ("decision", "decide")
        if decided and not any(k.lower_ in OPEN_WH for k in head.children):
            return True  # "Moldova's decision to quit the CIS": the decision is the event (a
            # notice); "will decide when to leave" is none yet
        # "notified the Commission of its withdrawal": the notice is the event
        return head.pos_ == "NOUN" and any(lemma(a) == "notify" for a in list(head.ancestors)[:3])

    def _joined_no_body(self, verb: Token) -> bool:
        """Joined someone, or an activity, not a body one can be a member of: its object
        names people or states ("joined President Trump"), or is no body ("joined the
        fighting", "joined others in suggesting")."""
        objs = objects(verb)
        if lemma(verb) == "join" and is_passive(verb) and agent_token(verb) is not None:
            return True  # "were joined by Trump for the signing": someone joined them
        means = [*prep_objects(verb, ("by", "via", "over")), *verb.children]
        if any(lemma(m) in REMOTE for m in means):
            return True  # "Putin, who joined by video link": joined a meeting
        if not objs or self.agreements_in(objs, 2):
            return False
        for o in objs:
            if lemma(o) in JOINED_PEOPLE:
                continue  # "joined the heads of NATO's other member states": people
            if lemma(o) in JOINING_NOUNS:
                return False  # "completed its accession": the state's own joining
            refs = self.actors(o)
            if refs and all(x.kind in ("person", "state") for x in refs):
                continue
            if not refs and lemma(o) in NO_BODY:
                continue
            return False
        return True

    def _expel(self, c: Candidate, head: Token) -> list[Candidate]:
        if any(lemma(o) in FORCES for o in self.objects(head)):
            return []  # "expelled the French troops": forces leave (withdraw_forces), no member
        expelled = [*self.objects(head), *prep_objects(head, ("of",))]  # "its expulsion of"
        if any(lemma(o) in ENVOYS for o in _with_portions(expelled)):
            return []  # "expelled 60 US diplomats": ties cut (reduce_cooperation), no member
        subj, via = self.subject(head)
        target = self.direct(head) or self.passive_subject(head) or self.preps(head, ("of",))
        if head.pos_ == "NOUN" and via == "owner" and not target:
            subj, target = [], subj  # "Georgia's expulsion from the CIS": Georgia is put out
        agr = self.agreements_in([head])
        from_ = [x for x in self.preps(head, ("from",)) if x.kind == "org"]
        named = (from_ or agr)[:1]
        c.subject = self.ids([x for x in subj if x not in target])
        c.object = self.ids(target)
        c.agreement = named[0].ids[0] if named else self.context_agreement(head)
        c.cues.append(f"subj_via={via}")
        return [c]


# verbs by which others decide on a state's accession: the accession is their event's object
DECIDING_ON = {"ratify", "approve", "block", "veto", "delay", "postpone", "obstruct", "stall"}
DECIDING_ON |= {"endorse", "oppose", "hold", "greenlight", "clear", "unblock", "accept"}


# the texts a parliament passes on an accession: "a bill on Finland's accession"
LAWS_ON = {"bill", "law", "legislation", "protocol", "decree"}
IN_EFFECT = {"effectively", "practically", "virtually", "factually"}  # one word each


def attended(doc: Doc, c: Candidate, verb: Token) -> bool:
    """Whether a verb of attending is said to have happened: no "not" in the trigger or on
    the verb, and no verb of refusing or failing above it ("refused to attend")."""
    if any(t.lower_ in ("not", "n't", "never") for t in doc[c.start : c.end]):
        return False
    tok = verb
    while True:
        if any(k.dep_ == "neg" for k in tok.children):
            return False
        if tok.dep_ not in ("xcomp", "ccomp") or tok.head.i == tok.i:
            return True
        tok = tok.head
        if lemma(tok) in cw.NEGATING:
            return False


def _contrasted(verb: Token) -> bool:
    """Whether an attendance is set against a skipping told or expected ("would nonetheless
    attend the summit", "but will still attend"): only then does it say one was not skipped."""
    said = [*verb.children, *(verb.head.children if verb.dep_ in ("xcomp", "conj") else ())]
    return any(k.lower_ in CONTRAST for k in said)


def _decided_by_others(noun: Token) -> bool:
    """ "ratified Sweden's accession", "blocked Ukraine's membership", "adopted a bill on the
    country's accession" (the ratification's own trigger reads the decision)."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "for"):
        return lemma(noun.head.head) in LAWS_ON
    return noun.dep_ in ("dobj", "nsubjpass") and lemma(noun.head) in DECIDING_ON


def _military_staff(tok: Token) -> bool:
    """ "the Tajik military staff": people in uniform, as troops are."""
    return lemma(tok) == "staff" and any(lemma(c) == "military" for c in tok.children)


def _becoming_member(noun: Token) -> bool:
    """ "became the 31st member", "is now a full member", "a founding member": a member that
    has just become one (or was one from the start), not one that merely is one; and one
    that is not, or never was ("Serbia was never a member of the alliance": it has not joined)."""
    for child in noun.children:
        if child.ent_type_ == "ORDINAL" or lemma(child) in NEW_MEMBER_WORDS:
            return True
    gov = noun.head
    while gov.dep_ in ("conj", "appos", "attr", "pobj", "prep") and gov.head.i != gov.i:
        if gov.pos_ in ("VERB", "AUX"):
            break
        gov = gov.head
    # "is now a member"; "is not a member", "was never part of it": never having joined
    said = {lemma(c) for c in gov.children if c.dep_ in ("advmod", "neg")}
    denied = noun.dep_ == "attr" and noun.head == gov and bool(said & {"not", "never", "n't"})
    # "is not only a member of NATO but also ...": a member, and more
    merely = {"only", "just", "merely"}
    qualified = [t for k in gov.children if k.dep_ == "neg" for t in k.subtree]
    qualified += list(noun.subtree)
    denied = denied and not (said & merely or any(k.lower_ in merely for k in qualified))
    return lemma(gov) in ("become", "make", "admit", "accept") or "now" in said or denied


def _leaves_as(verb: Token, r: Reading) -> bool:
    """ "leaves the US as the main Western power": a state left in a position, not left."""
    as_what = any(
        c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ == "pobj" for o in c.children)
        for c in verb.children
    )
    states = [o for o in objects(verb) if (ref := r.ref(o.i)) is not None and ref.kind == "state"]
    subj, _ = subject_token(verb)
    forces = subj is not None and lemma(subj) in FORCES
    return as_what and bool(states) and not forces


def _left_behind(noun: Token) -> bool:
    """What one leaves as a member: a bloc, a group or a framework; not a group "of" forces
    ("asked to withdraw groups of Russian border guards": forces leave, no one leaves a bloc)."""
    return lemma(noun) in LEFT_BEHIND and not any(
        lemma(o) in FORCES for o in prep_objects(noun, ("of",))
    )


def _reported_progressive(verb: Token) -> bool:
    """ "said on Sunday that they were leaving the bloc", "announced that it was withdrawing":
    a state reported as leaving announces that it leaves."""
    progressive = verb.tag_ == "VBG" and any(lemma(a) == "be" for a in verb.children)
    reported = verb.dep_ == "ccomp" and lemma(verb.head) in cw.REPORTING
    return progressive and reported


def _says_what_is_left(head: Token) -> bool:
    """Whether leaving names what is left: an object, or what it is "from", "of" or "out of"
    ("left the organisation", "its withdrawal from it", "pulled out of the convention")."""
    outs = [head, *(k for k in head.children if k.lower_ == "out")]
    left = (next(prep_objects(t, ("from", "of")), None) for t in outs)
    return bool(objects(head)) or any(x is not None for x in left)


def _with_portions(nouns: Sequence[Token | None]) -> list[Token]:
    """The nouns, and what a portion of one is of ("some of their diplomats")."""
    found = [n for n in nouns if n is not None]
    return found + [o for n in found if lemma(n) in PORTIONS for o in prep_objects(n, ("of",))]
