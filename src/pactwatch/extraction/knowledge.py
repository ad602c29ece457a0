"""What extraction needs to know from the knowledge base, indexed once.

Which ids are states, organizations, people; whom a person speaks for; which missions and bases
belong to whom and stand where; which agreements bind which parties (from the event log, without
folding it: extraction sits below the world).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

from pactwatch.dates import PartialDate
from pactwatch.kb.loader import KnowledgeBase
from pactwatch.model import Actor, Agreement

_PLACE_WORD = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)*\b")
_NOT_PLACES = {"Line", "Near", "Border", "Joint", "Directorate", "Military", "Base", "Mission"}
_NOT_PLACES |= {"International", "Russian", "Armenian", "Turkish", "Korean", "Army", "People"}
_NOT_PLACES |= {"Component", "Centre", "Center", "Monitoring", "Forces", "Collective", "Other"}
# words of a place's name that are no place alone: "South" of "South Ossetia" would make the
# South China Sea Georgia's, "Security" and "Zone" of "Security Zone along the Dniester"
_NOT_PLACES |= {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"}
_NOT_PLACES |= {"Central", "Upper", "Lower", "Security", "Zone", "Naval", "Port", "Coast"}
_NOT_PLACES |= {"Island", "Islands", "Camp", "Airport", "Headquarters", "Command", "Station"}
_NOT_PLACES |= {"Region", "Province", "District", "Valley", "Republic", "Gulf", "Task", "Force"}
_WORD = re.compile(r"[A-Za-z]+")
_TITLE_WORDS = {"president", "minister", "premier", "chancellor", "leader", "secretary", "general"}
DEFENSE_KINDS = {"defense", "consultation", "stationing", "basing"}


# how long after a document an agreement it tells of may be signed ("will sign next month")
SIGNED_LATER_DAYS = 366


# events that talk of an agreement before it is made
TALK_TYPES = {"negotiate", "urge", "warn", "accuse", "block", "political_support"}


# how the knowledge base describes a news outlet (actors/outlets.yaml)
_OUTLET_WORDS = ("news agency", "news channel", "broadcaster", "newspaper")


@dataclass
class Knowledge:
    kind: dict[str, str] = field(default_factory=dict)  # id -> state|organization|person|group
    speaks_for: dict[str, str] = field(default_factory=dict)  # person -> the state of its role
    organizations: set[str] = field(default_factory=set)
    missions: dict[str, tuple[str, str]] = field(default_factory=dict)  # agreement -> (by, host)
    # mission mandate -> (first deployed, withdrawn or None): which one was active on a date
    mission_dates: dict[str, tuple[PartialDate, PartialDate | None]] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)  # "Gyumri" -> host state
    parties: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    defense: set[str] = field(default_factory=set)  # agreements with a defense provision
    pledges: set[str] = field(default_factory=set)  # those whose parties pledge to defend
    basing: set[str] = field(default_factory=set)  # those that grant a party's forces bases
    alliances: set[str] = field(default_factory=set)  # organizations of mutual defence
    bilateral: set[str] = field(default_factory=set)  # non-organization agreements
    signed: dict[str, PartialDate] = field(default_factory=dict)  # agreement -> signature
    first_told: dict[str, PartialDate] = field(default_factory=dict)  # its earliest event
    # agreement -> its earliest event other than talk of it (talks on a treaty do not make it),
    # or, where it is only talked of, its last talks
    made: dict[str, PartialDate] = field(default_factory=dict)
    ended: dict[str, PartialDate] = field(default_factory=dict)  # agreement -> termination
    # (state, organization) -> when it became a member and when it left, if it did
    membership: dict[tuple[str, str], tuple[PartialDate, PartialDate | None]] = field(
        default_factory=dict
    )
    member_orgs: set[str] = field(default_factory=set)  # organizations with a member recorded
    actors: dict[str, Actor] = field(default_factory=dict)
    agreements: dict[str, Agreement] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)  # "pashinyan" -> person id
    given: dict[str, set[str]] = field(default_factory=dict)  # person id -> first names
    # (deployer, host) -> [(deployment kind, legal basis)] from the KB's deploy events
    presence: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=dict)
    # attacker -> [(date, attacked)] from the KB's attack events, in date order
    attacks: dict[str, list[tuple[PartialDate, tuple[str, ...]]]] = field(default_factory=dict)
    # agreement -> the lower-cased words of its name and aliases
    name_words: dict[str, set[str]] = field(default_factory=dict)
    # weapon system -> the states that make it; its names, found as written
    weapon_makers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    weapon_names: re.Pattern[str] | None = None
    weapon_of: dict[str, str] = field(default_factory=dict)  # a name -> its system
    # arms firm -> its names, and the state where it is at home: it sells for that state
    firm_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    firm_state: dict[str, str] = field(default_factory=dict)
    outlets: set[str] = field(default_factory=set)  # news outlets and agencies (``is_outlet``)

    def weapon_spans(self, text: str) -> list[tuple[int, int]]:
        """Where a text names weapon systems by name (``weapon_names``), as character spans."""
        return [m.span() for m in self.weapon_names.finditer(text)] if self.weapon_names else []

    def makers_named(self, text: str) -> list[str]:
        """The states that make the weapon systems a text names by name ("36 Caesar
        howitzers": France), in the order named."""
        if self.weapon_names is None:
            return []
        out: list[str] = []
        for m in self.weapon_names.finditer(text):
            for maker in self.weapon_makers[self.weapon_of[m.group("name")]]:
                if maker not in out:
                    out.append(maker)
        return out

    def office_on(self, person: str, day: _dt.date | None) -> str | None:
        """Whom a person speaks for on a day: the role held then, else the last one begun by
        then, else the first one (a person quoted before any role the KB knows)."""
        actor = self.actors.get(person)
        if actor is None or not actor.roles:
            return None
        if day is None:
            return actor.roles[-1].of
        held = [r for r in actor.roles if r.holds(day)]
        if held:
            return held[-1].of
        begun = [r for r in actor.roles if r.start.start <= day]
        return (begun[-1] if begun else actor.roles[0]).of

    @classmethod
    def of(cls, kb: KnowledgeBase) -> Knowledge:
        k = cls(actors=dict(kb.actors), agreements=dict(kb.agreements))
        involved: dict[str, set[str]] = {}  # an agreement negotiated, not yet signed
        for actor in kb.actors.values():
            k.kind[actor.id] = actor.kind
            said = ((actor.description or "") + " " + actor.name).lower()
            if any(w in said for w in _OUTLET_WORDS):
                k.outlets.add(actor.id)
            if actor.roles:
                k.speaks_for[actor.id] = actor.roles[-1].of
            for place in actor.places:
                k.places.setdefault(place, actor.id)
            if actor.kind == "person":
                for name in (actor.name, *actor.aliases):
                    words = name.split()
                    last = words[-1].lower() if words else ""
                    if last and last not in _TITLE_WORDS:
                        k.surnames.setdefault(last, actor.id)
                    if len(words) >= 2 and words[0].lower() not in _TITLE_WORDS:
                        k.given.setdefault(actor.id, set()).add(words[0].lower())
        for weapon in kb.weapons.values():
            k.weapon_makers[weapon.id] = tuple(weapon.makers)
            for name in weapon.names():
                k.weapon_of.setdefault(name, weapon.id)
        for firm in kb.firms.values():
            k.firm_names[firm.id] = tuple(firm.names())
            k.firm_state[firm.id] = firm.state
        if k.weapon_of:  # the longest name first ("Bayraktar TB2" before "TB2"); "F-16s" too
            spellings = sorted(k.weapon_of, key=len, reverse=True)
            k.weapon_names = re.compile(
                r"(?<![\w-])(?P<name>" + "|".join(re.escape(n) for n in spellings) + r")s?(?![\w-])"
            )
        for ag in kb.agreements.values():
            if ag.kind == "organization":
                k.organizations.add(ag.id)
                k.kind.setdefault(ag.id, "organization")
            else:
                k.bilateral.add(ag.id)
            if any(p.kind in DEFENSE_KINDS for p in ag.provisions):
                k.defense.add(ag.id)
            if any(p.kind == "defense" for p in ag.provisions):
                k.pledges.add(ag.id)
            if any(p.kind == "basing" for p in ag.provisions):  # a stationing provision may
                k.basing.add(ag.id)  # restrict it ("no third party's forces on the border")
            if ag.kind == "organization" and any(p.kind == "defense" for p in ag.provisions):
                k.alliances.add(ag.id)
            k.name_words[ag.id] = {
                w.lower() for n in (ag.name, *ag.aliases) for w in _WORD.findall(n)
            }
        for e in sorted((e for e in kb.events if e.type == "attack"), key=lambda e: e.date):
            for by in e.subject:
                k.attacks.setdefault(by, []).append((e.date, tuple(e.object)))
        names = {n for a in kb.actors.values() if a.kind == "state" for n in (a.name, *a.aliases)}
        signers: dict[str, set[str]] = {}
        talked: dict[str, PartialDate] = {}  # agreement -> the last talk of it
        for e in sorted(kb.events, key=lambda e: e.date):
            if e.agreement is None:
                continue
            k.first_told.setdefault(e.agreement, e.date)
            if e.type not in TALK_TYPES:
                k.made.setdefault(e.agreement, e.date)
            else:  # an agreement only talked of is as good as made when the talks end
                talked[e.agreement] = e.date
            if e.type == "withdraw_forces" and e.agreement in k.mission_dates:
                start, _ = k.mission_dates[e.agreement]
                k.mission_dates[e.agreement] = (start, e.date)
            if e.type in ("sign", "join", "enter_into_force", "ratify"):
                k.parties[e.agreement].update(e.subject)
            certain = e.factuality == "CT+"  # "Armenia will leave" (PR+) ends nothing
            if e.type in ("join", "enter_into_force", "withdraw", "expel") and certain:
                who = e.subject + e.object
                if e.type == "enter_into_force" and not who:  # in force for all who signed
                    who = sorted(signers.get(e.agreement, set()))
                k._member_event(e.type, who, e.agreement, e.date)
            if e.type == "sign" and certain:
                signers.setdefault(e.agreement, set()).update(e.subject)
            elif e.type in ("negotiate", "peace_deal", "amend"):
                involved.setdefault(e.agreement, set()).update(e.subject + e.object)
            if e.type == "sign":
                k.signed.setdefault(e.agreement, e.date)
            if e.type == "terminate" and certain and not e.conditional:
                k.ended.setdefault(e.agreement, e.date)
            if e.type == "deploy" and e.deployment is not None and e.subject and e.object:
                by, host = e.subject[0], e.object[0]
                kind = getattr(e.deployment, "kind", "other") or "other"
                k.presence.setdefault((by, host), []).append((kind, e.agreement))
                if e.agreement in kb.agreements and kb.agreements[e.agreement].kind == "mandate":
                    k.missions.setdefault(e.agreement, (by, host))
                    k.mission_dates.setdefault(e.agreement, (e.date, None))
                spec = e.deployment
                location = getattr(spec, "location", None) or ""
                for word in _PLACE_WORD.findall(location):
                    # a state named in a location says where it borders, not where it stands
                    if word in _NOT_PLACES or len(word) < 4 or word in names:
                        continue
                    k.places.setdefault(word, host)
                    if "-" in word:  # "Nagorno-Karabakh" is also "Karabakh"
                        k.places.setdefault(word.rsplit("-", 1)[1], host)
        for ag_id, ids in involved.items():
            if ag_id not in k.parties:
                k.parties[ag_id] = {i for i in ids if k.is_state(i)}
        for ag_id, day in talked.items():
            k.made.setdefault(ag_id, day)
        return k

    def _member_event(self, etype: str, who: list[str], org: str, day: PartialDate) -> None:
        if org not in self.organizations:
            return
        for state in who:
            if not self.is_state(state):
                continue
            since = self.membership.get((state, org))
            if etype in ("join", "enter_into_force"):
                if since is None or since[1] is not None or day < since[0]:
                    self.membership[(state, org)] = (day, None)
                    self.member_orgs.add(org)
            elif since is not None and since[1] is None:
                self.membership[(state, org)] = (since[0], day)

    def member_on(self, state: str, org: str, day: PartialDate | None) -> bool:
        """Whether the state was a member of the organization on that day (today if None)."""
        since = self.membership.get((state, org))
        if since is None:
            return False
        start, end = since
        if day is None:
            return end is None
        return start <= day and (end is None or day < end)

    def outsiders(self, states: list[str], org: str, day: PartialDate | None) -> bool:
        """Whether the organization has recorded members and none of these states was one
        of them on that day (an organization with none recorded tells nothing)."""
        recorded = org in self.member_orgs
        return recorded and bool(states) and not any(self.member_on(s, org, day) for s in states)

    def never_members(self, states: list[str], org: str) -> bool:
        """Whether the organization has recorded members and none of these states was ever
        one of them (not on a day: a state that has left was a member before)."""
        recorded = org in self.member_orgs
        return recorded and bool(states) and all((s, org) not in self.membership for s in states)

    def mission_on(self, by: str, host: str, on: PartialDate | None) -> str | None:
        """The mission ``by`` had in ``host`` on a date (the latest one, without a date)."""
        found = [
            (self.mission_dates.get(ag), ag)
            for ag, (b, h) in self.missions.items()
            if b == by and h == host
        ]
        if on is not None:
            active = [
                ag
                for dates, ag in found
                if dates and dates[0] <= on and (dates[1] is None or on < dates[1])
            ]
            if len(active) == 1:
                return active[0]
        found.sort(key=lambda x: str(x[0][0]) if x[0] else "")
        return found[-1][1] if found else None

    def basis(self, by: str, host: str, noun: str, on: PartialDate | None = None) -> str | None:
        """The legal basis of ``by``'s forces in ``host``: the one the KB knows, or the one
        whose kind the noun names ("base", "border guards", "mission"); where the KB has no
        forces of theirs there, the one signed agreement of the two that grants forces bases,
        if it was signed by ``on`` and not ended by then (today, with no date)."""
        found = self.presence.get((by, host), [])
        if not found:
            pair = {by, host}
            lets = [
                ag
                for ag in sorted(self.basing & self.bilateral)
                if self.parties.get(ag) == pair
                and ag in self.signed
                and (on is None or self.signed[ag].start <= on.start)
                and (ag not in self.ended or (on is not None and on.start < self.ended[ag].start))
            ]
            return lets[0] if len(lets) == 1 else None
        if len({ag for _, ag in found}) == 1:
            return found[0][1]
        kinds = {"base": "base", "guard": "border_guards", "mission": "mission"}
        want = kinds.get(noun)
        named = [ag for kind, ag in found if kind == want]
        return named[0] if len(set(named)) == 1 else None

    def war_target(self, by: str, day: PartialDate | None) -> list[str]:
        """The states ``by`` last attacked, by the knowledge base, on or before ``day``."""
        wars = self.attacks.get(by, [])
        found = [objs for when, objs in wars if day is None or when.start <= day.start]
        return [o for o in found[-1] if self.is_state(o)] if found else []

    def war_attacker(self, target: str, day: PartialDate | None) -> list[str]:
        """The states that last attacked ``target``, by the knowledge base, on or before
        ``day``: "the war in Ukraine" is Russia's."""
        found = [
            (when, by)
            for by, wars in self.attacks.items()
            for when, objs in wars
            if target in objs and (day is None or when.start <= day.start) and self.is_state(by)
        ]
        if not found:
            return []
        last = max(when.start for when, _ in found)
        return sorted({by for when, by in found if when.start == last})

    def allied_on(self, a: str, b: str, day: PartialDate | None) -> bool:
        """Whether two states were members together of a defence organization on that day
        (NATO, the CSTO): neither is the other's likely target."""
        return any(
            self.member_on(a, org, day) and self.member_on(b, org, day) for org in self.alliances
        )

    def is_state(self, ident: str) -> bool:
        return self.kind.get(ident) == "state" or ident.startswith("COW")

    def is_org(self, ident: str) -> bool:
        return ident in self.organizations

    def is_outlet(self, ident: str) -> bool:
        """A news outlet or agency of the knowledge base ("Reuters", "TASS"): a channel that
        reports, never a side of an event. Known by its description (``_OUTLET_WORDS``)."""
        return ident in self.outlets

    def provided(self, agreement: str, kind: str) -> tuple[list[str], list[str]] | None:
        """Who gives and who gets what an agreement's one provision of this kind provides
        ("arms_supply": Russia to India under the S-400 contract); None unless one provision
        names both."""
        ag = self.agreements.get(agreement)
        found = [p for p in ag.provisions if p.kind == kind] if ag is not None else []
        if len(found) != 1 or not found[0].from_ or not found[0].to:
            return None
        return list(found[0].from_), list(found[0].to)

    def signed_by_then(self, pool: list[str], day: _dt.date | None) -> list[str]:
        """The agreements not signed more than a year after ``day`` (a document's date), nor,
        unsigned, made more than a year after it (``made``): an article of 2023 on "the
        ceasefire India and Pakistan agreed" does not tell of their ceasefire of 2025 (one
        signed soon after may be the one it says will be signed)."""
        if day is None:
            return pool
        late = day + _dt.timedelta(days=SIGNED_LATER_DAYS)
        return [
            ag
            for ag in pool
            if (when := self.signed.get(ag, self.made.get(ag))) is None or when.start <= late
        ]

    def agreements_between(self, a: set[str], b: set[str]) -> list[str]:
        """Agreements whose parties include someone of ``a`` and someone of ``b``."""
        return [ag for ag, ps in self.parties.items() if ps & a and ps & b]
