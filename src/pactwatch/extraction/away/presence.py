"""Tests of forces placed (``deploy``) and withdrawn (``withdraw_forces``), and of leaving
(``withdraw``): assets, planes, a contingent or a mission that are no forces ("mining assets",
"the airline rushed planes to Israel", "Russia's mission to the UN"), forces that do not serve
("wounded soldiers") or are only made ready ("on high alert"), munitions used against a
target, a person's presence; a war, a trip, casualties or what is left behind, forces replaced
or a programme of arms left, envoys sent out.

The tests of ``withdraw`` stand here, not with membership, as most of them are tests of
``withdraw_forces`` too: forces leaving a war, a traveller leaving a capital, the dead left
behind leave no body.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pactwatch.extraction import away_words as aw
from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.away.common import ARMS, FORCES, Test, _ids_in
from pactwatch.extraction.away.membership import membership_sought_or_singled
from pactwatch.extraction.lexicon.patterns import WARS_LEFT, WORDS
from pactwatch.extraction.lexicon.presence import CRAFT_ARRIVED
from pactwatch.extraction.lexicon.ties import ENVOYS
from pactwatch.extraction.reading import Candidate
from pactwatch.extraction.syntax import actors_of, lemma, prep_objects, subject_token

ENVOY_WORDS = set(ENVOYS.split("|"))


# -- deploy ---------------------------------------------------------------------------------
def _civil_assets(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "deployed mining assets in Congo", "will send disaster relief capabilities": assets or
    capabilities sent deploy forces only where they, or what they are listed with, are
    military ("naval assets", "air defence and other capabilities"; ``MILITARY_ASSETS``)."""
    assets = [t for t in doc[c.start : c.end] if lemma(t) in ("capability", "asset")]
    if not assets or head.i in {t.i for t in assets}:
        return False
    said = {t for a in assets for k in (a, *a.conjuncts) for t in k.subtree}
    military = aw.MILITARY_ASSETS | ARMS | FORCES
    return not any(lemma(t) in military for t in said)


def _contingent_of_no_forces(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "led the British contingent at the Olympics opening ceremony", "the contingent of
    Asian athletes": a contingent led at a gathering of sport or ceremony (``GATHERINGS_LED``)."""
    if lemma(head) != "lead" or not any(lemma(t) == "contingent" for t in doc[c.start : c.end]):
        return False
    return any(lemma(t) in aw.GATHERINGS_LED for t in head.subtree)


def _civil_carrier(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "the airline rushed planes to Israel", "rushed charter planes": planes a company
    sends, or civil ones, are no forces (``CIVIL_CARRIERS``, ``CIVIL_CRAFT``)."""
    planes = [t for t in doc[c.start : c.end] if lemma(t) in ("plane", "aircraft", "jet")]
    if not planes:
        return False
    if any(lemma(k) in aw.CIVIL_CRAFT for p in planes for k in p.children):
        return True
    doer, passive = subject_token(head) if head.pos_ == "VERB" else (None, False)
    return doer is not None and not passive and lemma(doer) in aw.CIVIL_CARRIERS


def _no_craft_arrived(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "The heavyweight fighter arrived in Riyadh", "the frigate model arrived in Japan": a
    boxer (one fighter with no "jet" after it), a replica (``REPLICAS``) or craft at a
    contest (``CONTESTS`` in the sentence) are no forces arriving (``CRAFT_ARRIVED``)."""
    if c.trigger.pattern != CRAFT_ARRIVED:
        return False
    craft = doc[c.start]
    if craft.dep_ == "compound" and lemma(craft.head) in aw.REPLICAS:
        return True
    after = doc[craft.i + 1] if craft.i + 1 < len(doc) else craft
    planes = ("jet", "aircraft", "plane", "bomber")
    named = [  # "a Rafale fighter", "an Su-27 fighter": a plane by its name
        k
        for k in craft.children
        if k.dep_ == "compound"
        and (lemma(k) in ARMS or lemma(k) == "weapon" or k.pos_ == "PROPN")
        and lemma(k) not in aw.CONTESTS
    ]
    if lemma(craft) == "fighter" and craft.tag_ == "NN" and lemma(after) not in planes:
        return not named
    return any(lemma(t) in aw.CONTESTS for t in craft.sent)


def _forces_not_serving(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "transported wounded soldiers to Germany for treatment", "called non-essential embassy
    personnel home": the wounded, the dead or an embassy's staff are no forces placed or
    withdrawn (``NOT_SERVING`` on the forces' word, or moved for ``CARED_FOR``)."""
    troops = [t for t in doc[c.start : c.end] if lemma(t) in WORDS["TROOPS"]]
    if not troops:
        return False
    said = {k.lower_ for t in troops for k in t.children if k.dep_ in ("amod", "compound")}
    said |= {lemma(k) for t in troops for k in t.children if k.dep_ in ("amod", "compound")}
    # "non-essential", split by the tokenizer (not "non-combat troops", which serve)
    said |= {"non-essential" for t in troops if "non-essential" in _words_before(t)}
    if said & aw.NOT_SERVING:
        return True
    return any(lemma(o) in aw.CARED_FOR for o in prep_objects(head, ("for",)))


def _words_before(tok: Token) -> str:
    """The words of a noun's phrase before it, hyphens joined: "non-essential embassy"."""
    return tok.doc[tok.left_edge.i : tok.i].text.lower().replace(" - ", "-")


def _force_left(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "A Russian peacekeeping force in Nagorno-Karabakh left in 2024": a force said to leave
    is the leaving's, no presence (``LEAVING_FORCES``)."""
    if lemma(head) != "force" or head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "nsubj":
        return False
    return lemma(head.head) in aw.LEAVING_FORCES


def _stopped_serving(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "The guards have stopped serving at the airport": a service that is stopped is the
    forces' leaving (read as one), no presence."""
    verbs = [t for t in doc[c.start : c.end] if t.pos_ == "VERB" and t.dep_ in ("xcomp", "dobj")]
    return any(lemma(t.head) in aw.STOPPING_SERVICE for t in verbs)


def _used_against(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "jets deployed SCALP cruise missiles against the targets", "deployed drones against
    the protesters": munitions used in a blow, no forces stationed anywhere."""
    verbs = [t for t in (head, *doc[c.start : c.end]) if lemma(t) == "deploy"]
    spent = [k for v in verbs for k in v.children if k.dep_ == "dobj" and lemma(k) in aw.MUNITIONS]
    # (troops sent "against the jihadists" are stationed where they fight)
    aimed = [o for k in spent for t in (k.head, k) for o in prep_objects(t, ("against",))]
    return bool(aimed)


def _attended(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "the ministers signed it in the presence of Brazil's president": a person's
    presence is attendance, no forces."""
    if lemma(head) != "presence":
        return False
    r = doc._.pactwatch
    whose = [k for k in head.children if k.dep_ == "poss"] + list(prep_objects(head, ("of",)))
    titled = any(lemma(w) in cw.TITLES for w in whose)  # "of Brazil's president Lula"
    return titled or any(x.kind == "person" for w in whose for x in actors_of(r, w))


def _put_on_alert(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "placed its armed forces on high alert", "put troops on standby": forces made ready
    where they are, none sent anywhere."""
    ready = any(lemma(o) in ("alert", "standby", "readiness") for o in prep_objects(head, ("on",)))
    # "send a brigade to Estonia on standby": sent somewhere, ready there
    moved = [head, *(k for k in head.children if k.dep_ == "dobj")]
    sent = any(True for t in moved for _ in prep_objects(t, ("to", "into")))
    return ready and not sent


def _mission_to_a_body(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "Russia's mission to the UN", "expelled 12 diplomats from Russia's mission": a
    state's envoys at a body or a post, no forces."""
    if lemma(head) != "mission":
        return False
    r = doc._.pactwatch
    to = [r.ref(o.i) for o in prep_objects(head, ("to",))]
    if any(x is not None and x.kind in ("org", "group") for x in to):
        return True
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "from" else None
    return verb is not None and any(lemma(k) in ENVOY_WORDS for k in verb.children)


# -- withdraw -------------------------------------------------------------------------------
def _war_left(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "to pull out of the long war", "withdrew from the conflict": forces leave a war
    (``withdraw_forces``), no member a body."""
    preps = [p for p in head.children if p.lower_ in ("from", "of", "out")]
    preps += [q for p in preps for q in p.children if q.lower_ in ("from", "of")]
    left = {lemma(o) for p in preps for o in p.children if o.dep_ == "pobj"}
    return bool(left & WARS_LEFT)


def _a_trip(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "Kishida, before departing Tokyo, told reporters": a person leaving a capital
    travels, as does one leaving for a named place, and a delegation or an official leaving
    a state; no state and no forces leave anything."""
    if lemma(head) not in aw.TRAVELLING_OFF or head.pos_ != "VERB":
        return False
    who, _ = subject_token(head)
    r = doc._.pactwatch
    left = [r.ref(k.i) for k in head.children if k.dep_ == "dobj"]
    places = [x for x in left if x is not None and x.kind in ("state", "place")]
    if who is not None and lemma(who) in aw.TRAVELLERS and places:
        return True  # "a senior US delegation left Niger after a three-day visit" (not "the
        # premier ruled out leaving NATO")
    forces = who is not None and lemma(who) in FORCES | WORDS["TROOPS"]
    if not forces and any(o.pos_ == "PROPN" for o in prep_objects(head, ("for",))):
        return True  # "before departing for Kuala Lumpur", "left for Moscow": a journey
    if not any(x is not None and x.how == "capital" for x in left):
        return False
    ref = r.ref(who.i) if who is not None else None
    return ref is not None and ref.kind == "person"


def _casualties_left(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "the blast went off, leaving nine dead and dozens hurt": casualties left behind
    (``CASUALTIES``), in the verb's object or what it is said to leave it as."""
    if head.pos_ != "VERB":
        return False
    left = [k for k in head.children if k.dep_ in ("dobj", "oprd", "ccomp", "xcomp", "advcl")]
    return any(lemma(t) in aw.CASUALTIES for k in left for t in k.subtree)  # "left about
    # 16,000 others wounded" (the state left in parsed as a clause)


def _left_behind(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "the 900 US troops left in Syria", "the details left to finalise": what is left is what
    remains (a participle on its noun), no one leaving."""
    return any(
        lemma(t) == "leave" and t.dep_ == "acl" and t.tag_ == "VBN"
        for t in (head, *doc[c.start : c.end])
    )


def _was_left(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "the depots, where they were left after 1991": what was left stayed; no one leaves."""
    return lemma(head) == "leave" and any(k.dep_ == "auxpass" for k in head.children)


# -- withdraw_forces ------------------------------------------------------------------------
def _one_craft_left(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "a Chilean cargo plane had left at dawn": one aircraft's flight, no forces
    withdrawn (planes, in the plural, may be)."""
    if head.pos_ != "VERB":
        return False
    doer, _ = subject_token(head)
    return doer is not None and lemma(doer) in ONE_CRAFT and doer.tag_ == "NN"


ONE_CRAFT = {"plane", "aircraft", "airplane", "flight", "airliner", "helicopter"}


def _envoys_sent_out(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "expelled 12 diplomats from Russia's mission to the UN": envoys put out of a
    diplomatic mission, which its own row reads as ties cut; no forces leave."""
    return any(lemma(t) in ENVOY_WORDS for t in doc[c.start : c.end])


def _out_of_a_programme(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "boot Turkey out of the F-35 joint strike fighter program": the forces' word names a
    programme of arms, which a state is put out of; no forces leave (``PROGRAMMES``)."""
    said = [t for t in doc[c.start : c.end] if lemma(t) in FORCES]
    return bool(said) and all(t.dep_ == "compound" and lemma(t.head) in aw.PROGRAMMES for t in said)


def _war_not_left(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "withdrew from NATO during the war": the war is no place left; the pattern's gap
    spans other words."""
    return "$WARS_LEFT" in c.trigger.pattern and not _war_left(doc, c, head)


def _replaced_elsewhere(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "replaced Russian troops": the forces replaced leave; not forces in a phrase of
    something else ("replaced by Russian mercenaries", "replaced its commander of troops")."""
    verbs = [t for t in doc[c.start : c.end] if t.pos_ == "VERB" and lemma(t) in aw.REPLACING]
    if not verbs or head.pos_ not in ("NOUN", "PROPN"):
        return False
    verb, forces = verbs[0], head
    while forces.dep_ == "conj":  # "replaced the Russian troops and border guards"
        forces = forces.head
    if verb.dep_ in ("acl", "relcl") and verb.head.i == forces.i:
        return False  # "the Russian soldiers who were replaced by"
    if not (forces.head.i == verb.i and forces.dep_ in ("dobj", "nsubjpass")):
        return True
    # the forces replaced are someone's other than the replacer's: "the German brigade will
    # replace the rotating battalion" is the brigade's arrival, no one's leaving
    refs = doc._.pactwatch.refs
    owners = _ids_in(refs, forces.left_edge.i, forces.i)
    by_dep = "agent" if forces.dep_ == "nsubjpass" else "nsubj"
    by = [k for k in verb.children if k.dep_ == by_dep]
    replacer = {i for k in by for i in _ids_in(refs, k.left_edge.i, k.right_edge.i + 1)}
    return not owners - replacer


# -- withdraw -------------------------------------------------------------------------------
# ways of doing things one may depart from without leaving anything: "a departure from the
# policy of strategic ambiguity"
COURSES = {"policy", "position", "stance", "line", "approach", "tradition", "principle"}
COURSES |= {"ambiguity", "practice", "doctrine", "norm", "rule", "course", "script", "pattern"}


def _course_departed_from(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "is departing from its long-standing policy", "marks a departure from the policy of
    strategic ambiguity": a course changed, nothing left."""
    if lemma(head) not in ("depart", "departure"):
        return False
    return any(lemma(o) in COURSES for o in prep_objects(head, ("from",)))


BY_TYPE: dict[str, tuple[Test, ...]] = {
    "deploy": (
        _civil_assets,
        _contingent_of_no_forces,
        _civil_carrier,
        _no_craft_arrived,
        _forces_not_serving,
        _force_left,
        _stopped_serving,
        _used_against,
        _attended,
        _put_on_alert,
        _mission_to_a_body,
    ),
    "withdraw": (
        _war_left,
        _a_trip,
        _casualties_left,
        _left_behind,
        _was_left,
        _one_craft_left,
        _course_departed_from,
        membership_sought_or_singled,  # "the only member to oppose it": no staying told
    ),
    "withdraw_forces": (
        _envoys_sent_out,
        _out_of_a_programme,
        _war_not_left,
        _replaced_elsewhere,
        _a_trip,
        _casualties_left,
        _forces_not_serving,
        _left_behind,
        _was_left,
        _one_craft_left,
        _course_departed_from,
    ),
}
