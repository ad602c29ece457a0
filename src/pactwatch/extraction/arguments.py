"""Who did what to whom under which agreement: the arguments of one trigger.

Each frame (see ``lexicon.Frame``) says where its arguments stand relative to the trigger. The
subject is the nearest group of actors before it in its clause ("France, Greece, and Cyprus"),
the object the first group after it; organizations become the agreement where the event is
about membership. A predicate coordinated with an earlier one ("and offer political backing",
"or is kicked out") shares its arguments. What the text leaves implicit is filled in from the
document: the state it is about, the agreement in context, the knowledge base's agreement
between the two parties.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from pactwatch.extraction import lexicon as lx
from pactwatch.extraction.knowledge import Knowledge
from pactwatch.extraction.reference import Ref
from pactwatch.model.vocab import GROUP_OF

JOIN = {",", "and", "or", "and/or", "/", "the", "as", "well", "both", "either", "nor", "only"}
PREP_OBJECT = {"against", "on", "to", "for", "with", "onto", "upon", "at", "toward", "towards"}
PREP_LOCATION = {"in", "from", "on", "to", "into", "at", "out", "of"}
HOST_VERBS = {"remove", "expel", "evict", "close", "shut", "dismantle", "invite", "host"}
FORCES = set(lx.FORCES_ALL.split("|"))
IMPLICIT_TOPIC = {"negotiate", "cooperate", "reduce_cooperation"}  # an unnamed actor: the topic
CLAUSE = lx.CLAUSE_WORDS | {";", "whereas", "however", "yet", "who", "where", "—"}


@dataclass
class Args:
    subject: list[str] = field(default_factory=list)
    object: list[str] = field(default_factory=list)
    agreement: str | None = None
    start: int = 0  # token extent of the event's words
    end: int = 0
    type: str = ""


@dataclass
class Context:
    """What the document around a trigger offers."""

    doc: Doc
    sent: Span
    refs: list[Ref]  # every reference in the document, in order
    know: Knowledge
    focus: str | None  # the state the document is mostly about
    speaker: tuple[str, ...]  # of this sentence
    previous: Args | None  # the last event of this sentence, for coordination
    previous_end: int  # where the previous trigger of this sentence ends
    doc_agreements: list[str]  # agreements named in the document, in order


def _ids(group: list[Ref], know: Knowledge) -> list[str]:
    out: list[str] = []
    for r in group:
        ids = r.ids
        if r.kind == "mission" and r.ids[0] in know.missions:
            ids = (know.missions[r.ids[0]][0],)
        for i in ids:
            if i not in out:
                out.append(i)
        if r.kind == "person" and r.ids[0] in know.speaks_for:
            state = know.speaks_for[r.ids[0]]
            if state not in out:
                out.append(state)
    return out


def _groups(doc: Doc, refs: list[Ref]) -> list[list[Ref]]:
    """Coordinated runs of references: "the U.S., NATO, and the European Union"."""
    groups: list[list[Ref]] = []
    for r in refs:
        if groups:
            last = groups[-1][-1]
            between = [t.lower_ for t in doc[last.end : r.start]]
            mixed = (last.how == "pronoun") != (r.how == "pronoun")
            if last.end <= r.start and all(w in JOIN for w in between) and between and not mixed:
                groups[-1].append(r)
                continue
            if last.end == r.start and r.ids == last.ids:  # "Prime Minister Nikol Pashinyan"
                groups[-1].append(r)
                continue
        groups.append([r])
    return groups


def _preceded_by(doc: Doc, ref: Ref, words: set[str], lo: int) -> str | None:
    j = ref.start - 1
    while j >= lo and doc[j].lower_ in ("the", "a", "an", "its", "their", "his", "her"):
        j -= 1
    return doc[j].lower_ if j >= lo and doc[j].lower_ in words else None


class ArgumentFinder:
    def __init__(self, ctx: Context, start: int, end: int) -> None:
        self.c = ctx
        self.start, self.end = start, end
        doc, sent = ctx.doc, ctx.sent
        lo = max(sent.start, ctx.previous_end)
        in_ref = {i for r in ctx.refs for i in range(r.start, r.end)}
        j = start - 1
        while j >= lo and (doc[j].lower_ not in CLAUSE or j in in_ref):
            j -= 1
        self.left_lo = j + 1
        hi = start
        while hi < sent.end and (hi < end or doc[hi].lower_ not in CLAUSE):
            hi += 1
        self.right_hi = hi
        actor = [r for r in ctx.refs if r.actor_like or r.kind == "agreement"]
        self.left = [r for r in actor if self.left_lo <= r.start and r.end <= start]
        self.inner = [r for r in actor if start <= r.start and r.end <= end]
        self.right = [r for r in actor if end <= r.start and r.end <= self.right_hi]

    # -- pieces ---------------------------------------------------------------------------
    def subject_group(self, allow_org: bool = True) -> list[Ref]:
        """The nearest group before the trigger that is not governed by a preposition."""
        doc = self.c.doc
        for g in reversed(_groups(doc, self.left)):
            g = [r for r in g if r.kind != "agreement" and (allow_org or r.kind != "org")]
            if not g:
                continue
            gap = [t.lower_ for t in doc[g[-1].end : self.start]]
            adjacent = all(t.endswith("ly") or t in lx.BE | lx.PERFECT for t in gap)
            oblique = _preceded_by(doc, g[0], PREP_OBJECT | PREP_LOCATION, 0)
            if g[-1].possessive or adjacent or not oblique:
                return g
        return []

    def first_group(self, refs: list[Ref], kinds: set[str] | None = None) -> list[Ref]:
        for g in _groups(self.c.doc, refs):
            g = [r for r in g if r.kind != "agreement" and (kinds is None or r.kind in kinds)]
            if g:
                return g
        return []

    def agreement_ref(self) -> Ref | None:
        for r in self.inner + self.right:
            if r.kind in ("agreement", "org"):
                return r
        return None

    def agreement_after(self) -> str | None:
        r = self.agreement_ref()
        return r.ids[0] if r is not None else None

    def agreement_context(self) -> str | None:
        before = [
            r.ids[0]
            for r in self.c.refs
            if r.kind in ("agreement", "org") and r.end <= self.start and r.how != "pronoun"
        ]
        if before:
            return before[-1]
        return self.c.doc_agreements[0] if self.c.doc_agreements else None

    def by_phrase(self) -> list[Ref]:
        doc = self.c.doc
        for r in self.right:
            if _preceded_by(doc, r, {"by"}, self.end):
                return self.first_group([x for x in self.right if x.start >= r.start])
        return []

    def passive(self) -> bool:
        words = [t.lower_ for t in self.c.doc[max(self.left_lo, self.start - 3) : self.start]]
        head = self.c.doc[self.start].lower_
        return bool(words) and any(w in lx.BE for w in words) and head.endswith(("ed", "n", "t"))

    def participle(self) -> bool:
        """A participial clause after a comma: "..., accusing the bloc of"."""
        head = self.c.doc[self.start]
        return head.lower_.endswith("ing") and self.c.doc[self.start - 1].text == ","

    def first_subject(self) -> list[Ref]:
        """The first group of actors in the sentence, not governed by a preposition."""
        doc = self.c.doc
        before = [r for r in self.c.refs if self.c.sent.start <= r.start and r.end <= self.start]
        for g in _groups(doc, before):
            g = [r for r in g if r.kind in ("state", "person", "org")]
            if g and not _preceded_by(doc, g[0], PREP_OBJECT | PREP_LOCATION, 0):
                return g
        return []

    def coordinated(self) -> bool:
        """Does a predicate coordinated with the previous event start here?"""
        if self.c.previous is None:
            return False
        words = [t.lower_ for t in self.c.doc[self.c.previous_end : self.start]]
        since = max(self.c.previous_end, self.c.previous.end)
        if any(since <= r.start < self.start for r in self.c.refs if r.actor_like):
            return False  # a new subject: a new clause
        return any(w in ("and", "or", "while", "nor", "then", "but") for w in words)

    def extent(self, *groups: list[Ref]) -> tuple[int, int]:
        s, e = self.start, self.end
        for g in groups:
            for r in g:
                s, e = min(s, r.start), max(e, r.end)
        return s, e


def _fill(args: Args, finder: ArgumentFinder, *, subject: bool, obj: bool) -> None:
    prev = finder.c.previous
    if prev is None or not finder.coordinated():
        return
    if subject and not args.subject:
        args.subject = list(prev.subject)
    if obj and not args.object:
        args.object = list(prev.object)
    if args.agreement is None:
        args.agreement = prev.agreement


def find_arguments(ctx: Context, start: int, end: int, trigger: lx.Trigger) -> Args | None:
    f = ArgumentFinder(ctx, start, end)
    doc, know = ctx.doc, ctx.know
    frame = trigger.frame
    types = trigger.types
    args = Args(start=start, end=end, type=types[0])
    if frame in ("member", "expel"):
        subj = f.subject_group(allow_org=frame == "expel")
        agreement = f.agreement_after()
        near = [t.lower_ for t in doc[max(ctx.sent.start, start - 3) : min(end + 4, ctx.sent.end)]]
        if "withdraw_forces" in types and (
            any(w in FORCES for w in near)
            or (agreement is None and f.first_group(f.right, {"state", "place"}))
        ):
            return _presence(f, args, "withdraw_forces")
        if "withdraw" in types:
            args.type = "withdraw"
            if agreement is None and not any(w in lx.MEMBERSHIP_WORDS for w in near):
                return None  # "left" alone is too often not an exit from anything
        passive = frame == "expel" and f.passive()
        if frame == "expel":
            target = f.first_group(f.inner + f.right, {"state", "person"})
            if passive:
                args.object = _ids([r for r in subj if r.kind in ("state", "person")], know)
                args.subject = _ids(f.by_phrase(), know)
            else:
                args.subject, args.object = _ids(subj, know), _ids(target, know)
            if not args.object and f.coordinated() and ctx.previous is not None:
                args.object = list(ctx.previous.subject)
                agreement = agreement or ctx.previous.agreement
        else:
            args.subject = _ids([r for r in subj if r.kind != "org"], know)
            if f.passive() and f.by_phrase():  # "approved by Finland's parliament"
                args.subject = _ids(f.by_phrase(), know)
            others = f.first_group(f.inner + f.right, {"state"})
            args.object = _ids(others, know) if trigger.types[0] in ("ratify", "block") else []
        args.agreement = agreement or (agreement_left(f) if frame == "member" else None)
        _fill(args, f, subject=not passive, obj=False)
        if args.agreement is None:
            args.agreement = f.agreement_context()
        if not args.subject and not args.object and ctx.focus and args.agreement:
            args.subject = [ctx.focus]
        named = f.agreement_ref()
        args.start, args.end = f.extent(subj, [named] if named is not None else [])
        return args
    if frame == "presence":
        return _presence(f, args, types[0])
    if frame == "host":
        host = f.subject_group()
        deployers = [r for r in f.inner + f.right if r.kind in ("mission", "state", "org")]
        if not host or not deployers:
            return None
        args.subject = _ids(deployers[:1], know)
        args.object = _ids(host, know)
        args.start, args.end = f.extent(host, deployers[:1])
        return args
    if frame == "sign":
        subj = f.subject_group()
        with_ = [r for r in f.right if _preceded_by(doc, r, {"with", "between"}, end)]
        partners = f.first_group([r for r in f.right if with_ and r.start >= with_[0].start])
        args.subject = _ids(subj + partners, know)
        if f.passive() and not partners:  # "the treaty was signed in 1960"
            args.subject = _ids(f.by_phrase(), know)
        agreement_refs = [  # "the American-Swedish one" is another signing (see pipeline)
            r for r in f.left + f.inner + f.right if r.kind == "agreement" and r.how != "pair"
        ]
        args.agreement = agreement_refs[0].ids[0] if agreement_refs else None
        if args.agreement is None and args.subject:  # "Finland and the US sign a defence pact"
            args.agreement = _between(ctx, set(args.subject))
        if args.agreement is None and trigger.types[0] not in ("peace_deal", "sign"):
            orgs = [r for r in f.left if r.kind in ("org",)]  # "the treaty entered into force"
            args.agreement = orgs[-1].ids[0] if orgs else f.agreement_context()
        if not args.subject and args.agreement in know.bilateral:  # the parties, from the KB
            args.subject = sorted(know.parties.get(args.agreement or "", set()))
        _fill(args, f, subject=True, obj=False)
        args.start, args.end = f.extent(subj, partners)
        return args
    if frame in ("noun", "defeat"):
        return _nominal(f, args, trigger)
    if frame in ("mutual", "clause"):
        return _collective(f, args, trigger)
    # dyad and speaker
    subj = f.subject_group()
    obj = f.first_group(f.inner + f.right)
    if frame == "purchase":  # the seller is after "from", the buyer before the verb
        seller = [r for r in f.right if _preceded_by(doc, r, {"from"}, end)]
        args.subject = _ids(
            f.first_group([r for r in f.right if seller and r.start >= seller[0].start]), know
        )
        args.object = _ids(subj, know)
        args.start, args.end = f.extent(subj, seller[:1])
        return args
    if frame == "speaker":
        args.subject = list(ctx.speaker)
        args.object = _ids(subj, know)
        args.start, args.end = f.extent(subj)
        return args
    by = f.by_phrase()
    if f.passive() and by and subj:  # "Sweden's bid was held up by Turkey and Hungary"
        args.subject, args.object = _ids(by, know), _ids(subj, know)
        args.start, args.end = f.extent(subj, by)
        return args
    if f.passive() and not obj:
        args.object = _ids(subj, know)
        by = f.by_phrase()
        args.subject = _ids(by, know)
        args.start, args.end = f.extent(subj, by)
        return args
    if not subj and f.participle():  # "..., accusing the bloc of": the main clause's subject
        subj = f.first_subject()
    if not subj and types[0] in ("accuse", "warn", "urge") and ctx.speaker:
        args.subject = list(ctx.speaker)
    args.subject = args.subject or _ids(subj, know)
    args.object = _ids(obj, know)
    later = [r for r in f.right if r not in obj and r.kind in ("agreement", "org")]
    if later and types[0] in ("urge", "warn", "block", "negotiate", "commit_defense"):
        args.agreement = later[0].ids[0]
    _fill(args, f, subject=True, obj=True)
    if not args.subject and types[0] in IMPLICIT_TOPIC and ctx.focus not in args.object:
        args.subject = [ctx.focus] if ctx.focus else []  # "its partner is negotiating ..."
    if types[0] == "commit_defense" and args.agreement is None:
        args.agreement = _defense_agreement(ctx, args)
    args.start, args.end = f.extent(subj, obj)
    return args


def agreement_left(f: ArgumentFinder) -> str | None:
    for r in reversed(f.left):
        if r.kind in ("agreement", "org"):
            return r.ids[0]
    return None


def _defense_agreement(ctx: Context, args: Args) -> str | None:
    """The agreement named in the document that binds the guarantor to the protected."""
    if not args.subject or not args.object:
        return None
    between = set(ctx.know.agreements_between(set(args.subject), set(args.object)))
    for ag in ctx.doc_agreements:
        if ag in between and (ag in ctx.know.defense or ag in ctx.know.organizations):
            return ag
    return None


def _presence(f: ArgumentFinder, args: Args, etype: str) -> Args:
    """Forces of one actor in another's territory: "Russia's base in Gyumri"."""
    doc, know, ctx = f.c.doc, f.c.know, f.c
    args.type = etype
    owner: list[Ref] = []
    # The owner stands right before the forces noun: "Russian troops", "Russia's base".
    for i in range(max(ctx.sent.start, f.start - 1), min(f.right_hi, f.end + 4)):
        if doc[i].lower_ in FORCES:
            adjacent = [r for r in ctx.refs if 0 <= i - r.end <= 2 and r.actor_like]
            if adjacent:
                owner = [adjacent[-1]]
                break
    subj = f.subject_group()
    head = doc[f.start].lower_
    host_verb = any(head.startswith(v[:5]) for v in HOST_VERBS)
    place = [
        r
        for r in f.inner + f.right
        if r not in owner
        and (r.kind == "place" or _preceded_by(doc, r, PREP_LOCATION, f.start))
        and r.kind in ("state", "place")
    ]
    host = place[:1]
    if not host:  # "left Mali": the state right after the verb
        host = [r for r in f.right if r.kind == "state" and r.start - f.end <= 1][:1]
    if not owner:
        owner = subj if not host_verb else []
    states = [r for r in subj if r.kind == "state"]
    if not host and host_verb and states and states != owner:
        host = states
    args.subject = _ids(owner, know)
    args.object = _ids(host, know)
    _fill(args, f, subject=False, obj=False)
    if not args.object and host_verb and f.coordinated() and ctx.previous is not None:
        args.object = list(ctx.previous.subject)
    if not args.subject and f.coordinated() and ctx.previous is not None:
        args.subject = list(ctx.previous.subject)
    if not args.object and ctx.focus and ctx.focus not in args.subject:
        args.object = [ctx.focus]
    basis = [r for r in f.left + f.inner + f.right if r.kind == "agreement"]
    args.agreement = basis[0].ids[0] if basis else None  # "under the 2014 defence pact"
    if args.agreement is None and args.subject and args.object:
        pair = set(args.subject) | set(args.object)
        bound = [ag for ag in ctx.doc_agreements if pair <= ctx.know.parties.get(ag, set())]
        args.agreement = bound[-1] if bound else None
    args.start, args.end = f.extent(owner, host)
    return args


def _nominal(f: ArgumentFinder, args: Args, trigger: lx.Trigger) -> Args:
    """ "An Azeri and/or Turkish attack", "Finland's accession to NATO", "Armenia's defeat"."""
    doc, know, ctx = f.c.doc, f.c.know, f.c
    etype = trigger.types[0]
    # Right before the noun: demonyms and possessors, with determiners and adjectives between.
    before: list[Ref] = []
    for g in reversed(_groups(doc, f.left)):
        if 0 <= f.start - g[-1].end <= 4 and all(r.kind != "agreement" for r in g):
            gap = [t.lower_ for t in doc[g[-1].end : f.start]]
            if not any(w in lx.BOUNDARY_WORDS for w in gap):
                before = g
        break
    of_group: list[Ref] = []
    for r in f.inner + f.right:
        if _preceded_by(doc, r, {"of"}, f.start):
            of_group = f.first_group([x for x in f.inner + f.right if x.start >= r.start])
            break
    by = f.by_phrase()
    target: list[Ref] = []
    for r in f.inner + f.right:
        if _preceded_by(doc, r, PREP_OBJECT, f.start) and r.kind != "agreement":
            target = f.first_group([x for x in f.inner + f.right if x.start >= r.start])
            break
    target = [r for r in target if r not in before]
    if of_group and etype == "attack" and before and not target:  # "Russia's invasion of Ukraine"
        target = of_group
    if trigger.frame == "defeat":
        args.object = _ids(before or of_group, know)
        args.subject = _ids(by, know)
        args.start, args.end = f.extent(before or of_group, by)
        return args
    group = GROUP_OF.get(etype, "")
    if group in ("membership", "participation"):
        args.subject = _ids([r for r in (before or of_group or by) if r.kind != "org"], know)
        args.agreement = f.agreement_after() or f.agreement_context()
        if etype == "withdraw" and any(
            w in FORCES for w in (t.lower_ for t in doc[f.start : f.right_hi])
        ):
            return _presence(f, args, "withdraw_forces")
        args.start, args.end = f.extent(before or of_group)
        return args
    if etype == "deploy":
        return _presence(f, args, "deploy")
    subj = before or by or (of_group if etype != "commit_defense" else [])
    if not subj:  # "an operation saw Azerbaijan ...": the first actor after, if not oblique
        free = [r for r in f.right if not _preceded_by(doc, r, PREP_OBJECT | PREP_LOCATION, f.end)]
        subj = f.first_group(free[:1]) if free else []
    if not subj:  # "these countries would not be guarantors", "they carry out an operation"
        subj = [r for r in f.subject_group() if r.kind in ("state", "person")]
    args.subject = _ids(subj, know)
    args.object = [i for i in _ids(target, know) if i not in args.subject]
    _fill(args, f, subject=True, obj=True)
    if not args.object and etype == "attack" and ctx.focus and ctx.focus not in args.subject:
        args.object = [ctx.focus]
    args.start, args.end = f.extent(subj, target)
    return args


def _collective(f: ArgumentFinder, args: Args, trigger: lx.Trigger) -> Args:
    """Both sides at once: "fighting between A and B", "mutual assistance", "an attack on X
    is an attack on all" (the parties guarantee X)."""
    know, ctx = f.c.know, f.c
    if trigger.types[0] == "attack":
        sides = f.first_group(f.inner + f.right, {"state", "org"})
        args.subject = args.object = _ids(sides, know)
        args.start, args.end = f.extent(sides)
        return args
    named = [r for r in f.left + f.inner + f.right if r.kind in ("agreement", "org")]
    agreement = named[0].ids[0] if named else f.agreement_context()
    args.agreement = agreement
    subj = [r for r in f.subject_group() if r.kind in ("state", "org")]
    if trigger.frame == "clause":
        on = [r for r in f.inner if r.kind == "state"][:1] or subj
        args.object = _ids(on, know)
        guarantor = [r.ids[0] for r in subj if r.kind == "org"]
        args.subject = guarantor or ([agreement] if agreement and know.is_org(agreement) else [])
        args.start, args.end = f.extent(on)
        return args
    if subj:
        args.subject = _ids(subj, know)
    elif agreement and know.is_org(agreement):
        args.subject = [agreement]
    elif agreement:
        mentioned = {r.ids[0] for r in ctx.refs if r.kind == "state"}
        args.subject = sorted(know.parties.get(agreement, set()) & mentioned)
    args.object = [] if agreement and know.is_org(agreement) else list(args.subject)
    args.start, args.end = f.extent(subj)
    return args


def _between(ctx: Context, parties: set[str]) -> str | None:
    """The one agreement of the knowledge base whose parties are exactly these."""
    if len(parties) < 2:
        return None
    found = [ag for ag, ps in ctx.know.parties.items() if ps == parties]
    named = [ag for ag in found if ag in ctx.doc_agreements]
    if len(named) == 1:
        return named[0]
    return found[0] if len(found) == 1 else None
