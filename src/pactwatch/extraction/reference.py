"""References to actors and agreements in a document: names, and what pronouns point to.

Names come from the gazetteer. Anaphors are resolved here, in reading order and on salience:
"it" and "that country" to the state the passage is about, "he" to the last person named,
"they" and "those two" to the last group of states, "the bloc" and "the organization" to the
agreement in context (or the next one named, when a text opens with the description). "We"
inside a quotation is resolved later, once the speaker is known (``attribution.py``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc

from pactwatch.extraction import lexicon as lx
from pactwatch.extraction.gazetteer import Mention
from pactwatch.extraction.knowledge import Knowledge

RefKind = Literal["state", "org", "person", "group", "agreement", "mission", "place", "other"]
AGREEMENT_DESC = re.compile(r"^(agreement|treaty|pact|deal|accord|one|dca|charter)s?$", re.I)


@dataclass(frozen=True)
class Ref:
    start: int  # token offsets
    end: int
    ids: tuple[str, ...]
    kind: RefKind
    how: str  # name, alias, demonym, capital, role, pronoun, description, place, speaker
    possessive: bool = False  # "Russia's"

    @property
    def actor_like(self) -> bool:
        return self.kind in ("state", "org", "person", "group", "mission", "place")


def _kind(ident: str, mention_kind: str, know: Knowledge) -> RefKind:
    if ident in know.missions:
        return "mission"
    if mention_kind == "agreement":
        return "agreement"
    kind = know.kind.get(ident, "other")
    return {"state": "state", "organization": "org", "person": "person", "group": "group"}.get(
        kind, "other"
    )  # type: ignore[return-value]


def named_refs(doc: Doc, mentions: list[Mention], know: Knowledge) -> list[Ref]:
    refs: list[Ref] = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        kind = _kind(m.id, m.kind, know)
        possessive = span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s", "'")
        refs.append(Ref(span.start, span.end, (m.id,), kind, m.how, possessive))
    taken = {i for r in refs for i in range(r.start, r.end)}
    for tok in doc:
        host = know.places.get(tok.text)
        if host and tok.i not in taken:
            refs.append(Ref(tok.i, tok.i + 1, (host,), "place", "place"))
    refs.sort(key=lambda r: r.start)
    return _pair_descriptions(doc, refs, know)


def _pair_descriptions(doc: Doc, refs: list[Ref], know: Knowledge) -> list[Ref]:
    """'the American-Swedish one', 'the US-Sweden agreement': a bilateral agreement of the KB."""
    out: list[Ref] = []
    i = 0
    while i < len(refs):
        a = refs[i]
        b = refs[i + 1] if i + 1 < len(refs) else None
        if (
            b is not None
            and a.kind == b.kind == "state"
            and b.start - a.end == 1
            and doc[a.end].text in ("-", "–", "/")
            and b.end < len(doc)
            and AGREEMENT_DESC.match(doc[b.end].text)
        ):
            pair = {a.ids[0], b.ids[0]}
            found = [
                ag
                for ag in know.agreements_between({a.ids[0]}, {b.ids[0]})
                if ag in know.bilateral and know.parties[ag] == pair
            ]
            if len(found) == 1:
                out.append(Ref(a.start, b.end + 1, (found[0],), "agreement", "pair"))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _phrase_at(doc: Doc, i: int, phrases: tuple[str, ...]) -> int:
    """The length in tokens of the phrase starting at token i, or 0."""
    for phrase in phrases:
        words = phrase.split()
        if [t.lower_ for t in doc[i : i + len(words)]] == words:
            return len(words)
    return 0


def resolve(doc: Doc, refs: list[Ref], know: Knowledge, focus: str | None = None) -> list[Ref]:
    """Add references for pronouns and descriptions, resolved on what came before."""
    named = sorted(refs, key=lambda r: r.start)
    states_seen: Counter[str] = Counter()  # a name counts 2, a demonym 1
    out: list[Ref] = []
    taken = {i for r in named for i in range(r.start, r.end)}
    by_start = {r.start: r for r in named}
    i = 0
    last_person: str | None = None
    last_group: tuple[str, ...] = ()
    last_agreement: str | None = None
    orgs = Counter(r.ids[0] for r in named if _agreementish(r, know))
    first_agreement = orgs.most_common(1)[0][0] if orgs else None
    while i < len(doc):
        if i in by_start:
            r = by_start[i]
            out.append(r)
            if r.kind == "state":
                states_seen[r.ids[0]] += 1 if r.how == "demonym" else 2
            if r.kind == "person":
                last_person = r.ids[0]
            if _agreementish(r, know):
                last_agreement = r.ids[0]
            group = _group_at(named, r, doc)
            if len(group) >= 2 and r.how != "demonym":
                last_group = group
            i = r.end
            continue
        if i in taken:
            i += 1
            continue
        tok = doc[i]
        low = tok.lower_
        n = _phrase_at(doc, i, lx.GROUP_PHRASES)
        if n and last_group:
            poss = i + n < len(doc) and doc[i + n].lower_ in ("'s", "’s", "'")
            out.append(Ref(i, i + n, last_group, "state", "pronoun", poss))
            i += n
            continue
        n = _phrase_at(doc, i, lx.AGREEMENT_PHRASES)
        if n:
            target = last_agreement or first_agreement
            if target:
                kind: RefKind = "org" if know.is_org(target) else "agreement"
                out.append(Ref(i, i + n, (target,), kind, "description"))
            i += n
            continue
        n = _phrase_at(doc, i, lx.COUNTRY_PHRASES)
        if n or low in lx.PRONOUNS_SINGULAR:
            n = n or 1
            if low == "its" and not _owns(doc, i):
                i += 1
                continue
            state = _salient_state(doc, i, out, states_seen, focus)
            if state:
                poss = low == "its" or (i + n < len(doc) and doc[i + n].lower_ in ("'s", "’s", "'"))
                out.append(Ref(i, i + n, (state,), "state", "pronoun", poss))
            i += n
            continue
        if low in ("his", "her", "their") and not _owns(doc, i):
            pass
        elif low in lx.PRONOUNS_PERSON and last_person:
            ids = (last_person,) + (
                (know.speaks_for[last_person],) if last_person in know.speaks_for else ()
            )
            out.append(Ref(i, i + 1, ids, "person", "pronoun", low == "his"))
        elif low in lx.PRONOUNS_PLURAL and last_group and _near(out, last_group, i):
            out.append(Ref(i, i + 1, last_group, "state", "pronoun", low == "their"))
        i += 1
    return out


def _agreementish(r: Ref, know: Knowledge) -> bool:
    return r.kind in ("agreement", "org") and r.how != "pronoun"


def _group_at(refs: list[Ref], r: Ref, doc: Doc) -> tuple[str, ...]:
    """The ids of the coordinated group that ends with ``r`` ("France, Greece, and Cyprus")."""
    if r.kind != "state":
        return ()
    members = [r]
    idx = refs.index(r)
    while idx > 0:
        prev = refs[idx - 1]
        between = [t.lower_ for t in doc[prev.end : members[0].start]]
        if prev.kind == "state" and between and all(w in JOINERS for w in between):
            members.insert(0, prev)
            idx -= 1
        else:
            break
    ids: list[str] = []
    for m in members:
        for x in m.ids:
            if x not in ids:
                ids.append(x)
    return tuple(ids)


CLAUSE = lx.CLAUSE_WORDS | {"and"}
JOINERS = {",", "and", "or", "and/or", "/", "the", "as", "well", "both", "either", "nor", "'s"}
JOINERS |= {"’s", "-", "–"}


def _near(out: list[Ref], group: tuple[str, ...], i: int, window: int = 80) -> bool:
    return any(r.ids == group or (r.ids and r.ids[0] in group) for r in out if i - r.start < window)


def _owns(doc: Doc, i: int) -> bool:
    """Does a possessive pronoun stand for its actor ("its territory", not "its interests")?"""
    return any(t.lower_ in lx.POSSESSED for t in doc[i + 1 : i + 3])


def _salient_state(
    doc: Doc, i: int, seen: list[Ref], counts: Counter[str], focus: str | None
) -> str | None:
    """The state an "it" most likely means: the topic of this or the last sentence."""
    sent = doc[i].sent
    prev_start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    cands = [r for r in seen if r.kind == "state" and len(r.ids) == 1 and r.start >= prev_start]
    if not cands:
        return focus or (max(counts, key=lambda k: counts[k]) if counts else None)
    if doc[i].lower_ == "its":  # a possessive binds to its clause's subject: "Russia ... its"
        j = i - 1
        while j > sent.start and doc[j].text not in (",", ";") and doc[j].lower_ not in CLAUSE:
            j -= 1
        bound = [r for r in cands if j <= r.start < i]
        if bound:
            return bound[0].ids[0]
    if focus and focus in counts and all(r.ids[0] != focus for r in cands):
        cands.append(Ref(i, i, (focus,), "state", "focus"))
    # An object pronoun ("kick it out") cannot mean the subject right before it.
    local = [r for r in cands if r.start >= sent.start and i - r.end <= 3 and r.how != "focus"]
    is_object = i > sent.start and doc[i - 1].lower_ not in (",", "since", "while", "that", "and")
    if is_object and local:
        cands = [r for r in cands if r is not local[-1] and r.ids != local[-1].ids] or cands

    def score(r: Ref) -> float:
        s = counts[r.ids[0]] / 4 + (4 if r.ids[0] == focus else 0)
        first_in_sentence = all(
            o.start >= r.start for o in cands if o.kind == "state" and _same_sent(doc, o, r)
        )
        s += 0.5 if r.how == "demonym" else 1
        return s + (1 if first_in_sentence else 0) + (2 if r.start >= sent.start else 0)

    best = max(cands, key=score)
    return best.ids[0]


def _same_sent(doc: Doc, a: Ref, b: Ref) -> bool:
    return doc[a.start].sent.start == doc[b.start].sent.start
