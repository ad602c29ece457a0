"""Tests of ``political_support``, ``cooperate``, ``reduce_cooperation`` and ``negotiate``:
support for a thing that names no actor, or said in the passive of a thing or by one; the kind
of an agreement ("sign defence cooperation deals"), one state's own drills; sanctions lifted,
the ties word of a pact ended, another state's arms stopped, trucks of no state; a press
conference (``common._press_conference``, also a test of ``skip_meeting``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pactwatch.extraction import away_words as aw
from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.away.agreements import DRAFTS
from pactwatch.extraction.away.common import AGREEMENT, Test, _ids_in, _press_conference
from pactwatch.extraction.lexicon.patterns import WORDS
from pactwatch.extraction.lexicon.ties import BARE_SUPPORT, HALTED
from pactwatch.extraction.lexicon.word_classes import RULING_WORDS
from pactwatch.extraction.reading import Candidate, Ref
from pactwatch.extraction.syntax import lemma, prep_objects, subject_token

TIES = WORDS["TIES"]


# -- political_support ----------------------------------------------------------------------
def _support_for_no_one(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "restated his support for a referendum": support affirmed for a thing that names no
    actor is no political support of anyone ("reaffirmed its support for Ukraine's
    sovereignty" is)."""
    said = [t for t in doc[c.start : c.end] if lemma(t) in ("support", "backing")]
    if not said or lemma(head) not in aw.SUPPORT_AFFIRMED:
        return False
    wanted = [*prep_objects(said[0], ("for",)), *prep_objects(head, ("for",))]
    refs = doc._.pactwatch.refs
    return bool(wanted) and not any(
        _ids_in(refs, w.left_edge.i, w.right_edge.i + 1) for w in wanted
    )


def _support_of_no_actor(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "supports the Philippines": backing; "supports the proposal", "supported the
    troops with fuel": no one backed. A bare "support" backs only an actor it takes as its
    object."""
    if c.trigger.pattern != BARE_SUPPORT or head.pos_ != "VERB":
        return False
    if any(lemma(o) in FIGHTS for o in prep_objects(head, ("in",))):
        return True  # "to support the Sahel states in their battle": help, not words
    refs = doc._.pactwatch.refs
    objects = [k for k in head.children if k.dep_ == "dobj"]
    objects += [k for o in objects for k in o.conjuncts]
    return not objects or not all(_names_an_actor(refs, o, said=True) for o in objects)


FIGHTS = {"battle", "fight", "war", "struggle", "combat", "campaign", "defense", "defence"}


def _supported_thing(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "the plan is supported by most members", "Swedish farmers were supported by the EU",
    "the battalion is supported by French drones": support said in the passive backs someone
    only where the supported is itself an actor ("the government, which is supported by
    Turkey"; "Serbia is supported by Russia") or an actor's bid, claim or office ("Georgia's
    application is not supported by Hungary"), and the one who supports is an actor, not
    arms, troops, money or a deal. A name elsewhere in the supported words does not count
    ("the proposal to expand the Security Council"), nor an armed body, which is helped
    ("the Libyan coast guard is supported by Italy with boats")."""
    agents = [k for k in head.children if k.dep_ == "agent"]
    if lemma(head) != "support" or not agents:
        return False
    refs = doc._.pactwatch.refs
    backers = [o for a in agents for o in a.children if o.dep_ == "pobj"]
    backers += [k for o in backers for k in o.conjuncts]
    if not backers or not all(_names_an_actor(refs, o) for o in backers):
        return True
    supported = [k for k in head.children if k.dep_ == "nsubjpass"]
    if head.dep_ in ("relcl", "acl"):  # "the government, which is supported by": what
        supported = [head.head]  # "which" stands for, or the noun the participle describes
    if not supported:
        return True
    noun = supported[0]
    if _names_an_actor(refs, noun, said=True):
        return False
    owners = [k for k in noun.children if k.dep_ == "poss"]
    owned = lemma(noun) in aw.SUPPORTED_CLAIMS and any(_names_an_actor(refs, o) for o in owners)
    return not owned


def _names_an_actor(refs: list[Ref], tok: Token, said: bool = False) -> bool:
    """Whether the token heads a name of a state, a body or a group ("the Nordic countries"),
    not a noun an actor's name or demonym qualifies ("the Turkish lira", "Russian
    instructors"). Where ``said`` (what is supported), a description counts only as a word
    for a ruling power or by a proper name ("the junta in Ouagadougou", "the GNA"; not "the
    rebels in eastern Congo")."""
    ruling = lemma(tok) in RULING_WORDS or tok.pos_ == "PROPN"  # "the GNA, which is"
    for r in refs:
        if r.kind not in ("state", "org", "group") or not r.ids or r.head != tok.i:
            continue
        if not said or r.how not in ("description", "role") or ruling:
            return True
    seat = [o for o in prep_objects(tok, ("in", "of")) if _names_an_actor(refs, o)]
    return said and ruling and bool(seat)  # "the junta in Ouagadougou", "the regime of Iran"


# -- cooperate ------------------------------------------------------------------------------
def _kind_of_agreement(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "sign defence cooperation deals": the words say what kind of agreement it is; the
    signing is the event, no cooperation of its own; so in a pact's name said in words ("the
    2014 enhanced defence cooperation agreement", the trigger's participle a modifier)."""
    tok = head
    while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        if tok.dep_ == "amod" and tok.i != head.i:
            break  # "a cooperation-minded partner": only the trigger's own word may modify
        tok = tok.head
    return tok.i != head.i and lemma(tok) in AGREEMENT


HOLDING_DRILLS = {"hold", "conduct", "stage", "launch", "begin", "start", "carry", "kick"}


def _drills_alone(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "China launched extensive military drills near Taiwan": one state's own drills, with
    no partner said (no "joint", no "with", one side), are no cooperation."""
    if "$DRILL" not in c.trigger.pattern or lemma(head) not in HOLDING_DRILLS:
        return False  # (who hosts, joins or takes part in drills has partners)
    said = list(doc[c.start : c.end])
    words = {lemma(k) for t in said for k in t.children} | {lemma(t) for t in said}
    if words & aw.JOINT or any(True for t in said for _ in prep_objects(t, ("with", "alongside"))):
        return False
    who, _ = subject_token(head)
    if who is None or list(who.conjuncts):
        return False
    r = doc._.pactwatch
    ref = r.ref(who.i)
    if ref is None or ref.kind != "state":
        return False
    hosts = [r.ref(o.i) for t in [head, *said] for o in prep_objects(t, ("in", "on"))]
    # drills in another's land are held with it ("Russian drills in Belarus")
    return not any(x is not None and x.kind == "state" and x.ids != ref.ids for x in hosts)


# ties said to have gone bad, or to be bad: "security ties have been strained", "tense
# military relations" (no cooperation, whatever the words that name the ties)
SOURING = {"strain", "sour", "deteriorate", "worsen", "fray", "cool", "chill", "plunge", "sink"}
SOURING |= {"slump", "suffer", "collapse", "crumble", "nosedive", "erode", "falter"}
SOUR = {"strained", "tense", "frosty", "troubled", "rocky", "fraught", "uneasy", "cold", "icy"}
SOUR |= {"difficult", "poor", "bad", "hostile", "frayed", "soured"}


def _ties_gone_sour(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "Security ties between Ankara and Washington have been strained", "their tense
    defence relations": ties that a clause or an adjective calls bad are no cooperation."""
    for tok in doc[c.start : c.end]:
        if lemma(tok) not in TIES:
            continue
        if any(k.dep_ == "amod" and k.lower_ in SOUR for k in tok.children):
            return True
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = tok.head
        said = [k for k in verb.children if k.dep_ in ("acomp", "attr", "oprd")]
        if lemma(verb) in SOURING or any(k.lower_ in SOUR for k in said):
            return True
    return False


# -- reduce_cooperation ---------------------------------------------------------------------
def _sanctions_lifted(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "announced the lifting of sanctions": sanctions ended, not imposed."""
    if lemma(head) not in ("sanction", "embargo") or head.dep_ != "pobj":
        return False
    return head.head.lower_ == "of" and lemma(head.head.head) in cw.LIFTING


def _ties_of_a_pact(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "ended its defence cooperation pact", "suspended the military cooperation agreement":
    the ties word names the kind of a pact, and what is ended or suspended is the pact (its
    own triggers read that), no cooperation cut beside it. Only where the pact is what is ended
    or suspended: "cut defence cooperation agreements with Moscow" reads no pact's end, and
    stays a cut."""
    return any(
        t.lemma_.lower() in TIES
        and t.dep_ in ("compound", "amod", "nmod")
        and lemma(t.head) in AGREEMENT
        and _pact_ended(t.head)
        for t in doc[c.start : c.end]
    )


def _pact_ended(pact: Token) -> bool:
    """Whether the agreement noun is what a verb or noun of ending or suspending acts on: "ended
    the pact", "the accord was suspended", "the suspension of the agreement"."""
    pact = pact.head if pact.dep_ == "conj" else pact
    if pact.dep_ in ("dobj", "nsubjpass"):
        return lemma(pact.head) in aw.PACT_ENDING
    if pact.dep_ == "pobj" and pact.head.lower_ == "of":
        return lemma(pact.head.head) in aw.PACT_ENDING_NOUNS
    return False


def _others_flow_stopped(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "Peru stopped Venezuelan arms shipments": another state's arms stopped on their way,
    no supply of the stopper's own cut (not "paused its weapons shipments", "halted arms
    exports"); the shipments themselves are read as a supply."""
    if lemma(head) not in HALTED.split("|"):
        return False
    r = doc._.pactwatch
    flows = [t for t in doc[c.start : c.end] if lemma(t) in aw.SENT_FLOWS]
    owners = [r.ref(k.i) for f in flows for k in f.children if k.dep_ in ("amod", "poss")]
    states = {i for x in owners if x is not None and x.kind == "state" for i in x.ids}
    if not states:
        return False
    doer, passive = subject_token(head)
    mine = r.ref(doer.i) if doer is not None and not passive else None
    return mine is not None and not states & set(mine.ids)


def _trucks_of_no_state(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "banned Belarusian trucks": a state's trucks barred cut ties with it; trucks a state's
    adjective does not name are a town's or a road's rule ("Paris banned diesel trucks from
    the city centre", "banned trucks carrying coal")."""
    trucks = [t for t in doc[c.start : c.end] if lemma(t) in ("truck", "lorry")]
    if not trucks:
        return False
    refs = doc._.pactwatch.refs
    said = [k for t in trucks for k in t.children if k.dep_ in ("amod", "compound", "poss", "nmod")]
    # "banned trucks from Belarus", the phrase on the trucks or on the verb that bans them
    said += [o for t in [*trucks, head] for o in prep_objects(t, ("from",))]
    return not any(r.kind == "state" and r.head == k.i for k in said for r in refs)


def _stopped_short(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "stopped short of offering military support": what was not done, not a flow halted
    (the support not given is read by its own trigger, denied)."""
    verbs = [t for t in doc[c.start : c.end] if lemma(t) == "stop"]
    return any(t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "short" for t in verbs)


def _agreed_on_no_text(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "we agreed on a package of measures", "did not agree on this": allies or sides
    settling a matter among themselves; talks on a pact are what is "agreed upon" only
    where it is a pact, its text or its terms ("the accord's clauses had been agreed upon")."""
    if lemma(head) != "agree":
        return False
    said = [*prep_objects(head, ("on", "upon"))]
    said += [k for k in head.children if k.dep_ == "nsubjpass"]
    if not said:
        return False
    told = [t for k in said for t in k.subtree]  # "15 out of its 17 articles"
    return not any(lemma(t) in AGREEMENT | TEXT_WORDS or _agreement_ref(doc, t) for t in told)


TEXT_WORDS = DRAFTS | {"term", "provision", "clause", "ceasefire", "truce"}
TEXT_WORDS |= {"article", "point", "everything", "all", "detail"}  # "not everything had been"


def _agreement_ref(doc: Doc, tok: Token) -> bool:
    ref = doc._.pactwatch.ref(tok.i)
    return ref is not None and ref.kind == "agreement"


def _brokered_in_passing(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "a Moscow-brokered deal that ended the fighting": the broker told in passing of a
    pact (its making), no talks told."""
    verbs = [t for t in (head, *doc[c.start : c.end]) if lemma(t) in ("broker", "mediate")]
    return any(t.dep_ == "amod" and lemma(t.head) in AGREEMENT | TEXT_WORDS for t in verbs)


HALTING = {*HALTED.split("|"), "cease", "dry"}  # the words that end a pattern of a tie halted


def _halted_elsewhere(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "should end naval cooperation with Manila, stop the drills": a tie said before a halting
    word is halted only where it is what that word's clause halts (its subject, "cooperation
    ... was halted"), not where the word begins a clause of its own."""
    first, last = doc[c.start], doc[c.end - 1]
    if c.end - c.start < 3 or lemma(last) not in HALTING:
        return False
    if lemma(first) not in aw.SENT_FLOWS | {"cooperation", "partnership", "tie", "relation"}:
        return False
    return first.i not in {t.i for k in last.children if "subj" in k.dep_ for t in k.subtree}


BY_TYPE: dict[str, tuple[Test, ...]] = {
    "negotiate": (_press_conference, _agreed_on_no_text, _brokered_in_passing),
    "cooperate": (_kind_of_agreement, _drills_alone, _ties_gone_sour),
    "reduce_cooperation": (
        _sanctions_lifted,
        _ties_of_a_pact,
        _others_flow_stopped,
        _trucks_of_no_state,
        _stopped_short,
        _halted_elsewhere,
    ),
    "political_support": (_support_for_no_one, _supported_thing, _support_of_no_actor),
}
