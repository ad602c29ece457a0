"""Forces, bases and missions: who deploys them, where they stand, and who hosts them."""

from __future__ import annotations

from spacy.tokens import Token

from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.arguments.pieces import Pieces, definite, on_behalf, sentences_back
from pactwatch.extraction.arguments.words import (
    AIDING,
    BASE_BUILT,
    BASE_OPENING,
    BASE_USE,
    BASES,
    BESIDE,
    BLOC_FORCES,
    BORDERS,
    DRILLS,
    FORCES,
    GAINING,
    GATHERINGS,
    HELD_UNDER,
    JOINING_FORCES,
    KEEPING,
    LEADING,
    LEAVING,
    MORE_FORCES,
    NO_ONE_LAND,
    PARTICIPATING,
    PATROLLING,
    PLACE_NOUNS,
    PLACE_PREPS,
    POSTED,
    REMAINS,
    SENDING,
    SIZING,
    STAYING,
    TROOPS,
    WEAPONS,
)
from pactwatch.extraction.lexicon.presence import (
    CRAFT_ARRIVED,
    FORCES_ARE_AT,
    FORCES_AT,
    JOINED_BY,
    MILITARY_ACCESS,
    MOVED,
    RETREATED,
)
from pactwatch.extraction.lexicon.word_classes import RULING_WORDS
from pactwatch.extraction.reading import Candidate, Ref
from pactwatch.extraction.syntax import (
    LOYAL,
    lemma,
    objects,
    prep_objects,
    subject_token,
    to_infinitive,
)

# where warships or warplanes arrive that is no state's land: "the region", "the Red Sea"
OPEN_WATERS = {"region", "sea", "ocean", "waters", "gulf", "strait", "mediterranean"}
WATERS = OPEN_WATERS - {"region"}  # where ships are and no state hosts them
SEA_PREPS = {"in", "into", "to", "across", "through", "on", "at"}
# what a host does to forces in its land: whose forces they are is not its own
HOSTS_ACTING = {"close", "shut", "vacate", "expel", "evict", "host"}


class PresenceFrames(Pieces):
    """The ``presence`` and ``host`` frames."""

    def _bloc_force_left(self, head: Token) -> bool:
        """A bloc's joint force that a state leaves ("Mali announced its withdrawal from the
        G5 Sahel force"): the bloc is left (the membership frame reads it), no forces move."""
        left = [*prep_objects(head, ("from",))]  # (the parser may split the force's name
        left += [a for a in head.children if a.dep_ == "appos"]  # off as an apposition)
        blocs = [x for x in self.agreements_in(left, 2) if x.kind == "org"]
        blocs = blocs if any(lemma(o) in BLOC_FORCES for o in left) else []
        leavers = self.owners(head) or self.actors(subject_token(head)[0])
        return bool(blocs) and bool(leavers) and all(x.kind == "state" for x in leavers)

    def _presence(self, c: Candidate, head: Token) -> list[Candidate]:
        """Forces of one actor in another's territory: deployer, host, legal basis."""
        if c.type == "deploy" and head.dep_ == "dobj" and lemma(head.head) in LEAVING:
            return []  # "French troops had departed the base": the leaving is the event
        if c.type == "deploy" and head.dep_ == "dobj" and _given_back(head.head):
            return []  # "giving Mali back three bases": the handing back is the event
        if _destination(head):
            return []  # "deploying personnel to Swedish bases": where the sending goes
        left = self.doc[c.end - 1]  # "withdrew from several positions", not "retreated from
        if lemma(left) == "position" and left.tag_ != "NNS":  # its position on the bid"
            return []
        if c.trigger.pattern == JOINED_BY and not self._joined_a_force(head):
            return []  # "the talks were joined by Canadian officers": no deployment
        if c.type == "withdraw_forces" and self._bloc_force_left(head):
            return []  # "its withdrawal from the G5 Sahel force": a member leaves the bloc
        if lemma(head) == "intervene" and on_behalf(head):
            return []  # "intervene on Armenia's behalf": a defence pledge, read as one
        at = (FORCES_AT, FORCES_ARE_AT)
        if c.trigger.pattern in at and not self._forces_at_place(head):
            return []  # "troops in combat", or a place the parse gives to another word
        forces = self._forces_token(c, head)
        if forces is not None and self._an_office(forces):
            return []  # "sending its national security adviser to Geneva": an envoy
        deployer: list[Ref] = []
        lent: list[Ref] = []
        via = "none"
        elsewhere = False  # sent by a state from a place not its own (below)
        if forces is not None:
            inner = [o for o in prep_objects(forces, ("of",)) if lemma(o) in FORCES]
            if inner and not self.owners(forces):
                forces = inner[0]  # "a brigade of 4,000 troops in Lithuania": the troops
            deployer = [x for x in self.owners(forces) if x.kind != "place"]
            user = _user_of(forces)
            states = any(x.kind == "state" for x in deployer)
            # (a base one opens somewhere, to no one, is one's own: "opened its first base in
            # Djibouti"; "Norway opened its bases" opens them to others, unnamed)
            opening = states and forces.dep_ == "dobj" and lemma(forces.head) in BASE_OPENING
            opened_to = list(prep_objects(forces.head, ("to",))) if opening else []
            somewhere = any(list(prep_objects(t, PLACE_PREPS)) for t in (forces, forces.head))
            if opening and not opened_to and not somewhere:
                return []
            if opened_to:
                # "Finland opened its bases to allied forces": whose bases host; who uses
                # them, if the text says, deploys
                lent = deployer
                deployer = [x for x in self.preps(forces.head, ("to",)) if x.kind != "place"]
                if not deployer:
                    return []
                via = "opened_to"
            elif user is not None and states:  # "lets them use its bases": whose bases host
                given = [k for k in user.children if k.dep_ in ("dative", "dobj")]
                given = [k for k in given if k.i != forces.i and lemma(k) != "access"]
                lent = deployer  # the bases' owners host; who uses them, or is given access
                if given:  # to them, deploys
                    deployer, via = [x for k in given for x in self.actors(k)], "given"
                else:
                    deployer, via = self.subject(user)
            # "troops from Russia" came from Russia; "a drawdown of troops from Iraq" leaves it
            # ("the US redeployed troops from Italy": where they were, where the verb says
            # whose they are and the sender is none of the places they came from)
            sending = head.pos_ == "VERB" and c.type != "withdraw_forces"
            senders = {
                i
                for x in (self.subject(head)[0] if sending else [])
                if x.kind in ("state", "org")
                for i in x.ids
            }
            came_from = {i for x in self.preps(forces, ("from",)) for i in x.ids}
            members = {m for s in senders for m in self.know.parties.get(s, set())}
            # "the CSTO deployed peacekeepers from Russia and Armenia": its members' forces
            elsewhere = bool(senders) and not (senders | members) & came_from
            whose = ("of",) if c.type == "withdraw_forces" or elsewhere else ("of", "from")
            deployer += [x for x in self.preps(forces, whose) if x.kind != "place"]
            if deployer:  # "US troops and British soldiers", "hundreds of US personnel and a
                for other in _fellow_forces(forces):  # number of Italian troops": all theirs
                    deployer += [x for x in self.owners(other) if x.kind in ("state", "org")]
            if not lent:
                via = "owner" if deployer else via
        leaders: list[Ref] = []
        joining = _joining(head)
        joined = self.doc[c.end - 1]  # the mission or force of "take part in ~~ mission"
        if joining and joined.dep_ == "pobj" and joined.head.head not in joining:
            return []  # "a conference on the UN mission", "the funding of the NATO mission"
        if forces is not None and forces.dep_ == "pobj" and joining:
            # "Moldova contributes to the NATO-led force in Kosovo": who joins it deploys,
            # under the bloc that leads it
            joiners = [x for x in self.subject(head)[0] if x.kind != "place"]
            if joiners:
                leaders = [x for x in deployer if x.kind == "org"]
                deployer, via = joiners, "joiner"
        if forces is not None and not deployer:  # "the base, which was under US control"
            deployer = self._controller(forces)
            via = "control" if deployer else via
        # "the entry of troops from Russia", "the transfer of troops from North Korea to
        # Russia": from is whose
        entry = lemma(head) in ("entry", "transfer", "arrival", "dispatch", "redeployment")
        if entry and not deployer:
            deployer = [x for x in self.preps(head, ("from",)) if x.kind != "place"]
            via = "entry_from" if deployer else via
        mission = [x for x in self.r.refs if x.kind == "mission" and c.start <= x.start < c.end]
        if not deployer and mission:
            deployer, via = mission[:1], "mission"
        named = forces if forces is not None else head if head.pos_ == "NOUN" else None
        # "remove foreign military forces": whose, the text does not say; not the host's
        foreign = named is not None and any(k.lower_ == "foreign" for k in named.children)
        if not deployer and named is not None and definite(named) and not foreign:
            if not self._sender_said(head):  # not "accused Pyongyang of sending the troops"
                deployer = self._forces_before(named)  # "Russian peacekeepers ... The force"
            via = "forces_before" if deployer else via
        permitted_by = head.head if lemma(head) == "entry" and head.dep_ == "dobj" else None
        gained = head.head if lemma(head) == "access" and head.dep_ == "dobj" else None
        if not deployer and gained is not None and lemma(gained) in GAINING:
            deployer = self.actors(subject_token(gained)[0])  # "the US will get more
            via = "gained" if deployer else via  # military access in the Philippines"
        if not deployer and permitted_by is None and not foreign:
            subj, sv = self.subject(head)
            if lemma(head) not in HOSTS_ACTING:
                deployer, via = [x for x in subj if x.kind != "place"], sv
        if c.type == "withdraw_forces" and forces is not None and _home_forces(forces):
            gone_from = [x for x in self.preps(head, ("from",)) if x.kind == "state"]
            if not [x for x in gone_from if not set(x.ids) & set(self.ids(deployer))]:
                return []  # "forces loyal to the Afghan government withdrew from Kunduz": a
                # government's own forces pulling back at home
        if c.trigger.pattern == MOVED:
            moved_to = self._moved_to(head, forces, deployer)
            if moved_to == "border":
                return []
            if moved_to == "state":
                c.type = "deploy"
        if c.type == "deploy" and lemma(head) == "redeploy":
            moved = [t for t in (head, forces) if t is not None]
            away = any(
                list(prep_objects(t, ("from",))) or any(k.lower_ == "out" for k in t.children)
                for t in moved
            )  # "from its bases", "out of Saudi Arabia"
            if away and not any(list(prep_objects(t, ("to", "into"))) for t in moved):
                c.type = "withdraw_forces"  # "redeploying soldiers from its northern camps",
                # with nowhere said they go: they leave
        if c.type == "deploy" and self._to_own_border(head, forces, deployer):
            return []  # "Russia sent troops to the border with Ukraine": its own territory
        mine = set(self.ids(deployer))  # the deployer's own ids: not a host of its forces
        hosts: list[Ref] = [x for x in lent if not set(x.ids) <= mine]  # "the US uses its
        # bases in Japan": not its own bases
        where = [head] + ([forces] if forces is not None else [])
        if c.trigger.pattern == JOINED_BY:  # "the EU mission in Armenia was joined by":
            where += self._joined(head)  # where the mission is
        where += [v for v in (_verb_of(head, c), _verb_of(forces, c)) if v is not None]
        if forces is not None:  # "the bases it kept in Senegal": where the clause has them
            where += [k for k in forces.children if k.dep_ == "relcl" and lemma(k) in KEEPING]
        if head.dep_ == "dobj" and lemma(head.head) in SIZING:  # "expanded its presence in
            where.append(head.head)  # Peru": the parser hangs the place on the verb
        # forces sent go where they are sent, and came from a place only where none is said
        # ("redeployed from Italy to Saudi Arabia"); forces withdrawn leave where they came
        # from, and where they go is no host of theirs ("out of Iraq to Kuwait")
        sent = entry or c.type == "deploy"
        for preps in (PLACE_PREPS, ("from",)) if sent else (("from",), PLACE_PREPS):
            if hosts or (sent and elsewhere and preps == ("from",)):
                break  # "redeployed troops from Armenia to the front": no host there
            for tok in where:
                hosts += [x for x in self.preps(tok, preps) if x not in deployer]
                if sent and lemma(tok) == "rotate" and preps == PLACE_PREPS:
                    # "troops rotate through Poland": where they serve in turn
                    hosts += [x for x in self.preps(tok, ("through",)) if x not in deployer]
                if tok.pos_ == "VERB":  # "pull its troops out of Syria"
                    hosts += [x for x in self.preps(tok, ("out", "of")) if x not in deployer]
            if hosts or entry:
                break
        # "sent troops to its base in Tajikistan": the base's place
        if all(set(x.ids) <= mine for x in hosts if x.kind in ("state", "place")):
            for tok in where:  # "to NATO's mission in Kosovo", "to its contingent in Kosovo"
                for obj in prep_objects(tok, PLACE_PREPS):
                    hosts += [x for x in self.preps(obj, PLACE_PREPS) if x not in deployer]
        if not hosts and c.type == "deploy" and lemma(head) in PATROLLING:
            # "monitors patrol the Georgian frontier with Russia": whose border it is
            # ("Armenia's border", "the Armenian border with Azerbaijan"; a bare "the Afghan
            # border" is the neighbour's side, not where the troops stand)
            edges = [o for o in objects(head) if lemma(o) in BORDERS]
            hosts = [
                x
                for o in edges
                for x in self.owners(o)
                if x.kind == "state" and (x.how != "demonym" or _with_other_side(o))
            ]
            hosts = [x for x in hosts if not set(x.ids) & mine]
        if not hosts:  # "warships are on their way to the coast of Venezuela": the match's
            for tok in self.doc[c.start : c.end]:  # own words lead there
                if tok not in where:
                    found = self.preps(tok, PLACE_PREPS)
                    hosts += [x for x in found if not set(x.ids) & mine]
        if not hosts:
            hosts = [x for x in self._there(where, mine) if not set(x.ids) & mine]
        if not hosts and c.type == "deploy" and lemma(head) in ("occupy", "enter", "invade"):
            hosts = [x for x in self.direct(head) if x.kind in ("state", "place")]  # "occupies
            # a fifth of Georgia"
        if not hosts and c.type == "withdraw_forces":
            span_verbs = [t for t in self.doc[c.start : c.end] if t.pos_ == "VERB"]
            verbs = span_verbs or [head]  # "troops began leaving Chad"
            direct = [x for v in verbs for x in self.direct(v) if x.kind in ("state", "place")]
            hosts = [x for x in direct if not set(x.ids) & mine]
        if not hosts:
            subj, _ = self.subject(head)
            # "Armenia removes Russia's presence": one who ends another's forces hosts them
            ends_others = c.type == "withdraw_forces" and (via == "owner" or foreign)
            if lemma(head) in ("close", "shut", "vacate", "expel", "evict") or ends_others:
                hosts = [x for x in subj if x not in deployer]
        troops = forces is not None and lemma(forces) in TROOPS  # not "sent drones to help"
        if not hosts and c.type == "deploy" and troops:  # "sent troops to aid Russia": where
            own = set(self.ids(deployer))  # they help; not "to protect its embassy": its own
            hosts = [x for x in self._aided(head) if x.kind == "state" and not set(x.ids) & own]
        if not hosts and permitted_by is not None:  # "Ortega authorized the entry": his
            hosts = [x for x in self.subject(permitted_by)[0] if x not in deployer]  # country
        if not hosts:
            near = [x for x in self.r.refs if x.kind == "place" and head.sent.start <= x.start]
            hosts = [x for x in near if x.start < head.sent.end][:1]
        hosts = self._border_side(hosts, deployer)
        host_ids = [h for h in self.ids(hosts, roles=False) if h not in self.ids(deployer)]
        beside: list[str] = []
        if hosts and not host_ids and c.type == "deploy" and head.dep_ == "relcl":
            # "Djibouti hosts French forces, alongside Japanese troops who remain at their
            # base": a base of their own in the state that hosts the forces just placed
            host_ids = beside = self._host_beside(head, set(self.ids(deployer)))
        if hosts and not host_ids and c.type == "deploy":
            return []  # "Denmark will expand its presence in Greenland": its own territory
        # a host is a state: not "NATO's mission in Kosovo" for NATO, nor a person near by
        host_ids = [h for h in host_ids if self.know.is_state(h)]
        if not host_ids and c.trigger.pattern == RETREATED:
            abroad = self._retreated_from(head, set(self.ids(deployer)))
            if abroad is not None and not abroad:
                return []  # "Ukrainian troops retreated from Avdiivka": at home, no presence ends
            host_ids = abroad or host_ids
        if not host_ids and c.trigger.pattern in MORE_FORCES:
            return []  # "Poland will increase its army", "raised the soldiers' pay": no host
        if host_ids and not beside:  # (a host found beside is not placed anew)
            self.hosted.append((head.i, host_ids[0]))
        elif not hosts:  # "troops deployed to Ukraine ... plans to deploy a force": where
            host_ids = self._hosted_before(head, mine)  # forces last were
            c.cues += ["host_via=before"] if host_ids else []
        if not host_ids and c.trigger.pattern == MILITARY_ACCESS:
            return []  # access for satellite data, or to nowhere the text says: no presence
        into_force = c.trigger.pattern == JOINED_BY  # troops joining a force: where it is,
        if into_force and not host_ids:  # the host the knowledge base records for the mission
            told = self.agreements_in(self._joined(head), 2)
            host_ids = [
                self.know.missions[x.ids[0]][1] for x in told if x.ids[0] in self.know.missions
            ]
            host_ids = [h for h in host_ids[:1] if h not in self.ids(deployer)]
        # "destroyers arrived in the Red Sea": where they are is said, and is no state's
        said_at = self._at_sea(c, head)
        # "no Pakistani military facilities were targeted": a state's sites, said with no
        # place, are at home; "its global presence" is in no one land
        home = self.home_site(head) or any(
            k.lower_ in NO_ONE_LAND for t in (head, *self.doc[c.start : c.end]) for k in t.children
        )
        if (
            not host_ids
            and self.r.focus
            and self.r.focus not in self.ids(deployer)
            and not into_force
            and not said_at
            and not home
        ):
            host_ids = [self.r.focus]
            c.cues.append("host_via=focus")
        c.subject = self.ids(deployer)
        c.object = host_ids
        basis = self.agreements_in([head, *prep_objects(head, ("under", "with", "in"))], 3)
        basis = [x for x in basis if x.kind == "agreement" or x.ids[0] in self.know.missions]
        if mission and mission[0].ids[0] in self.know.agreements:
            c.agreement = mission[0].ids[0]
        elif basis:
            c.agreement = basis[0].ids[0]
        elif leaders:
            c.agreement = leaders[0].ids[0]
        elif c.subject and c.object:
            kind = lemma(forces) if forces is not None else ""
            c.agreement = self.know.basis(c.subject[0], c.object[0], kind, self.published)
        c.cues.append(f"subj_via={via}")
        return [c]

    def _at_sea(self, c: Candidate, head: Token) -> bool:
        """Warplanes or warships said to arrive at a sea or a region that names no state:
        "destroyers arrived in the eastern Mediterranean" (``CRAFT_ARRIVED``); no host is
        taken from elsewhere (not "arrived in Sydney", a city the gazetteer may not know).
        Forces of any trigger said to be on open waters are too: "deployed naval forces for
        patrols in the South China Sea", "is patrolling the Red Sea"."""
        if c.trigger.pattern == CRAFT_ARRIVED:
            return any(
                (o.ent_type_ == "LOC" or lemma(o) in OPEN_WATERS)
                and not any(self.r.ref(t.i) is not None for t in o.subtree)
                for o in prep_objects(head, ("in", "at"))
            )
        if c.type not in ("deploy", "withdraw_forces"):
            return False
        # "warships in the region", "the frigate has reached the area": a region no state's,
        # and no host to guess
        reached = lemma(head) == "reach"
        if c.trigger.pattern in (FORCES_AT, FORCES_ARE_AT) or reached:
            places = [o for t in (head, head.head) for o in prep_objects(t, PLACE_PREPS)]
            places += [o for o in head.children if o.dep_ == "dobj"]
            if any(
                lemma(o) in WIDE_PLACES and not any(self.r.ref(t.i) for t in o.subtree)
                for o in places
            ):
                return True
        said = [k for k in head.subtree if k.i != head.i and head.sent.start <= k.i]
        return any(
            lemma(k) in WATERS
            and k.dep_ in ("pobj", "dobj")
            and (k.dep_ == "dobj" or k.head.lower_ in SEA_PREPS)
            and not any(self.r.ref(t.i) is not None for t in k.subtree)
            for k in said
        )

    def _retreated_from(self, head: Token, mine: set[str]) -> list[str] | None:
        """The state whose land forces retreated from, said by the place's adjective ("from the
        Lebanese village"), if not the forces' own; None for positions or outposts, which their
        own words read ("retreated from positions in Tavush")."""
        left = list(prep_objects(head, ("from",)))
        if any(lemma(o) in ("position", "outpost") for o in left):
            return None
        found = [x for o in left for x in self.owners(o) if x.kind == "state"]
        return [h for h in self.ids(found, roles=False) if h not in mine][:1]

    def _moved_to(self, head: Token, forces: Token | None, deployer: list[Ref]) -> str | None:
        """Where forces moved went, when it is not just away: forces moved leave where they
        were ("relocated its drone operations to coastal states", "moved troops out of Syria",
        None), but forces moved to a named state are sent there ("Russia moved troops to
        Belarus": "state", deployed), and forces moved to a border stay on their own side of
        it ("border")."""
        if any(self.preps(t, ("from", "out", "of")) for t in (head, forces) if t is not None):
            return None
        moved = [head, *objects(head), *(t for t in (forces,) if t is not None)]
        if any(lemma(b) in BORDERS for t in moved for b in prep_objects(t, ("across", "over"))):
            return "border"  # "moved weapons across the Syrian border": no leaving
        mine = set(self.ids(deployer))
        for dest in prep_objects(head, ("to", "into", "toward", "towards")):
            if lemma(dest) in BORDERS:
                return "border"
            if any(x.kind == "state" and not set(x.ids) & mine for x in self.actors(dest)):
                return "state"
        return None

    def _border_side(self, hosts: list[Ref], deployer: list[Ref]) -> list[Ref]:
        """Which side of "the Armenian-Turkish border" forces stand on: the parser hangs the
        first state on the second, which alone names the border; of the two, the one where
        the knowledge base has the deployer's forces (Russia's border guards: Armenia's)."""
        if len(set(hosts)) != 1 or hosts[0].kind != "state":
            return hosts
        second = self.doc[hosts[0].head]
        if lemma(second.head) not in BORDERS or second.dep_ not in ("amod", "compound"):
            return hosts
        firsts = [
            ref
            for k in second.lefts
            if k.dep_ in ("amod", "compound")
            and self.doc[k.i + 1].text == "-"  # hyphen-joined: "Armenia-Turkey"
            and (ref := self.r.ref(k.i)) is not None
            and ref.kind == "state"
        ]
        mine = self.ids(deployer)
        there = [
            x for x in [*firsts, hosts[0]] if any((b, x.ids[0]) in self.know.presence for b in mine)
        ]
        return there if len(there) == 1 else hosts

    def _to_own_border(self, head: Token, forces: Token | None, deployer: list[Ref]) -> bool:
        """Forces sent to a border that is theirs, or no one else's by the words: "to the
        border with Ukraine", "to its border" (not "to Poland's border with Belarus")."""
        states = [x for x in deployer if x.kind == "state"]
        if not states or len(states) < len(deployer):
            return False
        mine = set(self.ids(states))
        near = [head, *([forces] if forces is not None else []), head.head]
        for dest in (o for t in near for o in prep_objects(t, PLACE_PREPS)):
            if lemma(dest) in BORDERS:
                owners = {i for x in self.owners(dest) for i in x.ids}
                owners |= {i for x in self.preps(dest, ("of",)) for i in x.ids}
                if owners:
                    return owners <= mine
                # "the border with Ukraine": the side not named is the sender's own
                return any(set(x.ids) - mine for x in self.preps(dest, ("with",)))
        return False

    def _returns_to(self, verb: Token) -> bool:
        """A return to a body or to taking part ("returned to the CSTO", "came back to the
        talks"), or with the body named near ("its return as a full member")."""
        if any(k.lower_ == "home" for k in verb.children):
            return False  # "the ambassador returned home": back in a place, no body
        goal = [*prep_objects(verb, ("to",)), *objects(verb)]
        for tok in [verb, *(k for k in verb.children if k.dep_ == "prt")]:
            goal += prep_objects(tok, ("to",))
        if any(self.agreements_in([g], 2) for g in goal):
            return True
        return any(lemma(g) in PARTICIPATING for g in goal) or not goal

    def _an_office(self, forces: Token) -> bool:
        """An adviser who holds an office, not military advisers: "national security
        adviser", "an adviser to the president", "adviser Jake Sullivan"."""
        if lemma(forces) not in ("adviser", "advisor"):
            return False
        words = {lemma(k) for k in forces.children if k.dep_ in ("compound", "amod")}
        if words & {"security", "national", "political", "foreign", "senior", "presidential"}:
            return True
        named = forces.i + 1 < len(self.doc) and self.r.ref(forces.i + 1) is not None
        said = [self.r.ref(k.i) for k in forces.children if k.dep_ == "appos"]
        return named or any(x is not None and x.kind == "person" for x in said)

    def _controller(self, forces: Token) -> list[Ref]:
        """Who holds forces or a base "under" their control or command: "the base, which was
        under US control", "troops under Russian command"."""
        where = [forces, *(k for k in forces.children if k.dep_ in ("relcl", "acl"))]
        if forces.dep_ == "nsubj" and lemma(forces.head) in ("be", "remain", "stay", "come"):
            where.append(forces.head)  # "the base was under US control"
        held = [o for t in where for o in prep_objects(t, ("under",)) if lemma(o) in HELD_UNDER]
        return [x for o in held for x in self.owners(o) if x.kind in ("state", "org")]

    def _forces_at_place(self, forces: Token) -> bool:
        """Forces with a place of their own: "American soldiers on Polish soil", "its troops
        in Syria", "warships in the region", "troops are in Syria"; not "troops in combat"."""
        said = [forces, *forces.conjuncts]
        whole = forces  # "thousands of troops are based in Japan": the amount is the subject
        if forces.dep_ == "pobj" and forces.head.lower_ == "of" and forces.head.head.i != forces.i:
            whole = forces.head.head if forces.head.head.pos_ in ("NOUN", "NUM") else forces
        subject = whole.dep_ in ("nsubj", "nsubjpass")
        if subject:  # "troops are in Syria", "troops continue to be stationed in Armenia"
            verbs = [whole.head, *(k for k in whole.head.children if k.dep_ == "xcomp")]
            said += [v for v in verbs if lemma(v) in STAYING or lemma(v) in POSTED]
        elif whole.dep_ == "dobj" and lemma(whole.head) in KEEPING:
            said.append(whole.head)  # "has had military advisers in Libya": the keeping's place
        for obj in [o for n in said for o in prep_objects(n, PLACE_PREPS)]:
            if lemma(obj) in PLACE_NOUNS or any(
                x.kind in ("state", "place") for x in self.actors(obj)
            ):
                return True
        return False

    def _there(self, toks: list[Token], mine: frozenset[str] | set[str] = frozenset()) -> list[Ref]:
        """The place "there" or "where" stands for: "a base in Niamey, where troops are
        stationed"; "troops arrived in Niger ... the base there": the last place named."""
        # and the verb's object's "there": "handed over its last base there"
        toks = [*toks, *(o for t in toks if t.pos_ == "VERB" for o in objects(t))]
        for tok in toks:
            near = [t for t in tok.head.children if t.i == tok.i + 1 and t.lower_ == "there"]
            for adv in [*tok.children, *near]:  # "the base there was built": "there" of base
                if adv.lower_ == "where" and tok.dep_ == "relcl":
                    found = [x for x in self.actors(tok.head) if x.kind in ("state", "place")]
                    found += [
                        x for x in self.preps(tok.head, PLACE_PREPS) if x.kind in ("state", "place")
                    ]
                    if found:
                        return found
                if adv.lower_ == "there" and adv.dep_ in ("advmod", "expl") and adv.i > tok.i:
                    return self._place_before(adv, mine)
        return []

    def _joined(self, troops: Token) -> list[Token]:
        """What troops joined, the passive's subject ("the mission was joined by ...")."""
        verb = troops.head.head if troops.dep_ == "pobj" else troops.head
        return [k for k in verb.children if k.dep_ == "nsubjpass"]

    def _joined_a_force(self, troops: Token) -> bool:
        """Whether what the troops joined is a force or a mission."""
        joined = self._joined(troops)
        return any(lemma(k) in FORCES | {"mission", "operation", "coalition"} for k in joined)

    def _aided(self, head: Token) -> list[Ref]:
        """The state a sending is said to help, in a clause of purpose ("dispatched troops to
        aid Russia", "sent soldiers to help Mali fight the insurgents")."""
        out: list[Ref] = []
        for purpose in head.children:
            if purpose.dep_ in ("advcl", "xcomp") and lemma(purpose) in AIDING:
                if not to_infinitive(purpose):
                    continue
                where = [x for x in self.preps(purpose, PLACE_PREPS) if x.kind == "state"]
                where += [  # "to help Russia's forces in Ukraine": where they fight
                    x
                    for o in objects(purpose)
                    for x in self.preps(o, PLACE_PREPS)
                    if x.kind == "state"
                ]
                if where:
                    out += where
                    continue
                helped = self.direct(purpose)
                for comp in purpose.children:  # "to help Mali fight": parsed as Mali fights
                    if comp.dep_ in ("ccomp", "xcomp") and not helped:
                        helped = [x for k in comp.children if k.dep_ == "nsubj"
                                  for x in self.actors(k)]  # fmt: skip
                out += helped
        return out

    def _hosted_before(self, tok: Token, mine: set[str]) -> list[str]:
        """The state that hosted the last forces the text placed, within two sentences
        before ``tok``, unless it is the deployer's own."""
        lo = sentences_back(tok, 2)
        for at, host in reversed(self.hosted):
            if lo <= at < tok.i and host not in mine:
                return [host]
        return []

    def _place_before(self, tok: Token, mine: frozenset[str] | set[str] = frozenset()) -> list[Ref]:
        """The state or place last named after a preposition of place, within two
        sentences before ``tok``."""
        lo, near = sentences_back(tok, 2), sentences_back(tok, 1)
        placed = [
            ref
            for ref in self.r.refs
            if lo <= ref.start < tok.i
            and ref.kind in ("state", "place")
            and self.doc[ref.head].dep_ == "pobj"
            and self.doc[ref.head].head.lower_ in PLACE_PREPS
        ]
        if placed and placed[-1].start >= near:
            return placed[-1:]
        # else the state the sentence before is about: "Chad followed at the end of 2024 ...
        # The French army handed over its last base there"
        states = {  # the states the sentence before names, the deployer's own aside
            ref.ids
            for ref in self.r.refs
            if near <= ref.start < tok.sent.start
            and ref.kind == "state"
            and ref.how not in ("description", "pronoun")  # named, not "its partner"
            and not set(ref.ids) & mine
        }
        about = [
            ref
            for ref in self.r.refs
            if near <= ref.start < tok.sent.start
            and ref.kind == "state"
            and self.doc[ref.head].dep_ == "nsubj"
            and self.doc[ref.head].head.dep_ == "ROOT"
            and lemma(self.doc[ref.head].head) not in cw.REPORTING | WARNING_VERBS
            and not set(ref.ids) & mine
        ]  # one state only, not one who says, warns or condemns ("Washington condemned
        return about[:1] if len(states) == 1 else placed[-1:]  # the coup. ... its base there")

    def _sender_said(self, head: Token) -> bool:
        """A verb, not one a host does to forces (``HOSTS_ACTING``), with a state or bloc its
        doer: the doer sends them, not the owner of forces named before ("Russian troops are
        in the east. Seoul accused Pyongyang of dispatching the troops": Pyongyang's)."""
        if head.pos_ != "VERB" or lemma(head) in HOSTS_ACTING:
            return False
        return any(x.kind in ("state", "org") for x in self.subject(head)[0])

    def _forces_before(self, forces: Token) -> list[Ref]:
        """The owner of the forces named last before, within two sentences: "Some 2,000
        Russian peacekeepers arrived. The force was deployed under the ceasefire"."""
        lo = sentences_back(forces, 2)
        for tok in reversed(self.doc[lo : forces.i]):
            if lemma(tok) in FORCES and tok.pos_ == "NOUN":
                owners = [x for x in self.owners(tok) if x.kind in ("state", "org")]
                owners += [x for x in self.preps(tok, ("of", "from")) if x.kind in ("state", "org")]
                if owners:
                    return owners
        return []

    def _forces_token(self, c: Candidate, head: Token) -> Token | None:
        near: list[Token] = [*self.doc[c.start : c.end], *head.children]
        deployed = list(prep_objects(head, ("of",)))
        near += deployed
        for tok in deployed:  # "the deployment of US missiles in Germany": the missiles'
            if lemma(tok) in WEAPONS and lemma(head) in ("deployment", "stationing"):
                return tok
        for tok in head.children:  # "American bombs are stationed in Turkey"
            if tok.dep_ == "nsubjpass" and lemma(tok) in WEAPONS and lemma(head) in POSTED:
                return tok
        for tok in near:
            if tok.dep_ == "pobj" and tok.head.lower_ in BESIDE:
                continue  # "were deployed alongside Nigerien soldiers": others' forces
            if lemma(tok) in FORCES and tok.dep_ != "amod":  # not "military" of "presence"
                if tok.dep_ == "compound" and lemma(tok.head) in BASES:
                    continue  # "its drone base": the base, whose owner it names
                return tok
        for tok in head.children:  # "closed the American base", "removes Russia's presence"
            if tok.dep_ == "dobj" and lemma(tok) in BASES:
                return tok
            if tok.dep_ == "nsubj" and lemma(tok) in BASES and c.type == "withdraw_forces":
                return tok  # "all French bases in the country would close"
            # "a Russian base was opened in 2003", "two of the Russian outposts were set up"
            opened = tok.dep_ == "nsubjpass" and lemma(head) in BASE_BUILT
            said = [tok, *prep_objects(tok, ("of",))] if opened else []
            base = next((t for t in said if lemma(t) in BASES), None)
            if base is not None:
                return base
        for tok in deployed:  # "the handover of the French base"
            if lemma(tok) in BASES:
                return tok
        if lemma(head) in BASES:
            return head
        subj, _ = subject_token(head)
        if subj is not None and lemma(subj) in FORCES:
            return subj
        if head.dep_ in ("dobj", "nsubj", "pobj") and lemma(head) in FORCES:
            return head
        return None

    def _host(self, c: Candidate, head: Token) -> list[Candidate]:
        if lemma(head) in ("receive", "accept") and not _troops_taken(head):
            return []  # troops received are what is received: not "the bodies of 900 soldiers"
        home = lemma(head) in ("home", "site")  # "Djibouti is home to American bases"
        # "Qatar, host of the largest US base", "is host to": the noun, as "home to"
        home = home or (lemma(head) == "host" and any(prep_objects(head, HOSTING_PREPS["host"])))
        host = self._home_of(head) if home else self.subject(head)[0]
        to = HOSTING_PREPS.get(lemma(head), ("of",))
        hosting = list(prep_objects(head, to)) if home else objects(head)
        if not home:  # "hosts rotating American troops", parsed as a participle of "hosts"
            rotating = [o for k in head.children if k.dep_ == "acl" for o in objects(k)]
            hosting += [o for o in rotating if lemma(o) in FORCES]
        hosted = [*hosting, *([head.head] if head.dep_ == "acl" else [])]
        hosted += [t for t in head.children if t.dep_ == "nsubjpass"]
        guests = [o for o in hosting if self._visitor(o)]
        if guests and not home:  # "Noboa hosts US Homeland Security Secretary Kristi Noem":
            # a guest, and hosting one is a meeting with them
            c.type = "negotiate"
            c.subject = self.ids(host)
            c.object = [i for o in guests for i in self.ids(self.actors(o)) if i not in c.subject]
            c.cues.append("subj_via=host_guest")
            return [c]
        if any(lemma(o) in DRILLS | GATHERINGS for o in hosted):
            return []  # hosting an exercise, a summit or a dinner is no presence of forces
        deployers: list[Ref] = []
        for obj in hosting:
            deployers += [x for x in self.owners(obj) if x.kind != "place"]
            deployers += self.preps(obj, ("from", "of"))
            deployers += [x for x in self.actors(obj) if x.kind in ("mission", "org", "state")]
        deployers += self.preps(head, ("from",))
        c.subject = self.ids([x for x in deployers if x not in host])
        c.object = self.ids([x for x in host if x.kind in ("state", "place")])
        if not c.object:  # "President Marcos granted the US access to bases": his state hosts
            c.object = [i for i in self.ids(host) if self.know.is_state(i) and i not in c.subject]
        if not c.object and lemma(head) in ACCESS_GIVING:
            # "the pact would give Japan access to Australia's bases": whose bases they are, or
            # where ("access to bases in Norway"), hosts; else the forces' presence
            c.object = self._bases_host(c, c.subject)
            if not c.object:
                c.subject = []
                return self._presence(c, head)
        mission = [x for x in deployers if x.kind == "mission"]
        if mission:
            c.agreement = mission[0].ids[0]
        c.cues.append("subj_via=host")
        return [c]

    def _bases_host(self, c: Candidate, mine: list[str]) -> list[str]:
        """The state whose bases a candidate's words name, or where they are."""
        bases = [t for t in self.doc[c.start : c.end] if lemma(t) in BASES]
        refs = [x for b in bases for x in self.owners(b)]
        refs += [x for b in bases for o in prep_objects(b, ("in", "on")) for x in self.actors(o)]
        return [i for i in self.ids(refs, roles=False) if self.know.is_state(i) and i not in mine]

    def _host_beside(self, clause: Token, mine: set[str]) -> list[str]:
        """The state that hosts the forces a relative clause hangs on ("Djibouti hosts French
        forces, alongside Japanese troops who remain at their base": Djibouti)."""
        for up in clause.head.ancestors:
            if lemma(up) in ("host", "home"):
                host = self._home_of(up) if lemma(up) == "home" else self.subject(up)[0]
                found = [h for h in self.ids(host, roles=False) if h not in mine]
                return [h for h in found if self.know.is_state(h)][:1]
        return []

    def _home_of(self, home: Token) -> list[Ref]:
        """Who is "home to" forces: the place named just before ("Al Udeid, home to 8,000 US
        troops"), whatever the parse, else the subject of the verb ("Djibouti is home to")."""
        if home.i > 1 and self.doc[home.i - 1].text == ",":
            before = self.r.ref(home.i - 2)
            if before is not None:
                return [before]
        if home.dep_ == "appos":
            return self.actors(home.head)
        return self.subject(home.head)[0]


WARNING_VERBS = {"warn", "condemn", "urge", "accuse", "criticize", "threaten", "demand"}
# the words after which a place's guests are named: "home to American bases", "the site of
# France's base", "host of the largest US base", "host to"
HOSTING_PREPS: dict[str, tuple[str, ...]] = {"home": ("to",), "site": ("of",), "host": ("of", "to")}
ACCESS_GIVING = {"grant", "give", "offer", "allow", "provide"}  # access to bases, by their host


def _home_forces(forces: Token) -> bool:
    """Forces told as loyal to a government ("forces loyal to the Afghan government"): its
    own, at home."""
    loyal = [k for k in forces.children if k.dep_ == "amod" and k.lower_ in LOYAL]
    return any(lemma(o) in RULING_WORDS for k in loyal for o in prep_objects(k, ("to",)))


def _with_other_side(border: Token) -> bool:
    """Whether a border is said with its other side ("the Georgian border with Russia"), the
    parser hanging the "with" on the noun or on its verb."""
    return any(next(prep_objects(t, ("with",)), None) is not None for t in (border, border.head))


def _given_back(verb: Token) -> bool:
    """ "giving Mali back three bases", "handed the base back": a verb of giving back."""
    return any(k.dep_ == "prt" and k.lower_ == "back" for k in verb.children)


def _destination(head: Token) -> bool:
    """A base forces are sent to or posted at, which is where that deployment is, no
    presence of the base's owner: "sending troops to Swedish bases"."""
    if lemma(head) not in BASES or head.dep_ != "pobj" or head.head.lower_ not in ("to", "at"):
        return False
    verb = head.head.head
    return verb.pos_ == "VERB" and (lemma(verb) in POSTED or lemma(verb) in SENDING)


def _user_of(forces: Token) -> Token | None:
    """The verb of those who use another's bases: "use its bases", "access to Philippine
    bases" (the verb that gives or gains the access)."""
    if lemma(forces) not in BASES:
        return None
    if forces.dep_ == "dobj" and lemma(forces.head) in BASE_USE:
        return forces.head
    prep = forces.head
    if forces.dep_ == "pobj" and prep.lower_ == "to" and lemma(prep.head) == "access":
        noun = prep.head
        return noun.head if noun.head.pos_ in ("VERB", "AUX") else None
    return None


# places that name no state: "US warships in the region" stand in no one's land the text says
WIDE_PLACES = {"region", "area", "theater", "theatre", "neighborhood", "neighbourhood"}


def _verb_of(tok: Token | None, c: Candidate) -> Token | None:
    """The verb a trigger's noun is the subject or object of, inside the trigger's words:
    "Dozens of Russian instructors have arrived in Niger"."""
    if tok is None:
        return None
    for _ in range(3):
        if tok.dep_ not in ("nsubj", "nsubjpass", "pobj", "prep", "dobj") or tok.head.i == tok.i:
            return None
        kept = tok.dep_ == "dobj" and lemma(tok.head) in KEEPING  # "has had advisers in Libya"
        tok = tok.head
        if tok.pos_ == "VERB":  # or one who leads it there: "will lead a mission to Haiti"
            if c.start <= tok.i < c.end or lemma(tok) in LEADING or kept:
                return tok
            # "orders Syrian units to pull back from Jordan": the verb they are told to
            told = [k for k in tok.children if k.dep_ in ("xcomp", "ccomp")]
            return next((k for k in told if c.start <= k.i < c.end), None)
    return None


def _fellow_forces(forces: Token) -> list[Token]:
    """Forces coordinated with these, directly ("US troops and British soldiers") or through
    the numbers of them ("hundreds of US personnel and a number of Italian troops")."""
    out = [k for k in forces.conjuncts if lemma(k) in FORCES]
    of = forces.head
    if forces.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN":
        for amount in of.head.conjuncts:
            out += [k for k in prep_objects(amount, ("of",)) if lemma(k) in FORCES]
    return out


def _joining(verb: Token) -> tuple[Token, ...]:
    """The words by which one joins a force or mission ("participates in", "contributes to",
    "takes part in"), where the verb is one of them; none otherwise."""
    part = tuple(k for k in verb.children if lemma(k) == "part")
    if lemma(verb) in JOINING_FORCES or (lemma(verb) == "take" and part):
        return (verb, *part)
    return ()


def _troops_taken(verb: Token) -> bool:
    """Whether a verb of receiving takes forces as its object ("received thousands of
    American troops"), not what is left of them ("the bodies of 900 soldiers")."""
    taken = [o for o in verb.children if o.dep_ == "dobj"]
    taken += [t for o in taken if lemma(o) not in REMAINS for t in prep_objects(o, ("of",))]
    return any(lemma(o) in FORCES for o in taken)
