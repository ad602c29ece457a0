"""What takes a trigger's match out of its event type: what the trigger acts on, what it is
called, a modifier, or the phrase it stands in ("the adoption of a resolution" signs nothing,
"an early warning radar" warns no one, "the defeat of Germany in World War II" is no
attack of today).

Each test is a plain function of the document, the candidate and its head token, registered
in ``GENERAL`` (every type; most read a table of the ``lexicon`` package) or ``BY_TYPE``; a
candidate that any of its tests takes away is dropped before arguments are read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from pactwatch.extraction import away_words as aw
from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.lexicon.agreements import FOUNDED
from pactwatch.extraction.lexicon.patterns import ARMS_NOUNS, WARS_LEFT, WORDS
from pactwatch.extraction.lexicon.presence import CRAFT_ARRIVED
from pactwatch.extraction.lexicon.ties import ENVOYS, HALTED
from pactwatch.extraction.lexicon.word_classes import LIGHT, RULING_WORDS
from pactwatch.extraction.reading import Candidate, Ref
from pactwatch.extraction.syntax import PORTIONS, actors_of, lemma, prep_objects, subject_token

ARMS = ARMS_NOUNS
ENVOY_WORDS = set(ENVOYS.split("|"))
# who rules at home, whom no bloc expels: "the ousted regime", "ousted President Bazoum"
RULERS = RULING_WORDS | {"president", "leader", "ruler", "dictator", "premier", "king"}
RULERS |= {"monarch", "minister", "chancellor", "emir", "sultan", "shah", "strongman"}
AGREEMENT = WORDS["AGREEMENT"]
FORCES = WORDS["FORCES"]
TIES = WORDS["TIES"]
Test = Callable[[Doc, Candidate, Token], bool]


def taken_away(doc: Doc, c: Candidate) -> bool:
    """Whether a test of the candidate's type, or of every type, takes it out of its type."""
    head = doc[c.head]
    return any(test(doc, c, head) for test in (*GENERAL, *BY_TYPE.get(c.type, ())))


def _objects(head: Token) -> set[str]:
    """The lemmas of what the trigger acts on: a verb's object, a noun's object after "of"."""
    taken = [k for k in head.children if k.dep_ in ("dobj", "nsubjpass")]
    # "gets a fifth of the port's income": what a portion is of
    portions = [k for k in taken if k.lemma_.lower() in PORTIONS or k.text == "%"]
    taken += [o for k in portions for o in prep_objects(k, ("of",))]
    objects = {k.lemma_.lower() for k in taken}
    if head.pos_ == "NOUN":  # "the adoption of the resolution": a noun's object follows "of"
        objects |= {k.lemma_.lower() for k in prep_objects(head, ("of",))}
    if head.dep_ == "acl" and head.tag_ == "VBN":  # "a mission approved by the council"
        objects.add(head.head.lemma_.lower())
    return objects


# -- tests of every type, each reading a table of the lexicon package -----------------------
def _object_away(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "approved the sale": no ratification (``OBJECT_AWAY``, by type); "praised the deal":
    no backing (``VERB_OBJECT_AWAY``, by trigger word). A deal said to be of one of those
    is one too: "approved a deal involving the sale of arms"."""
    away = aw.OBJECT_AWAY.get(c.type, set()) | aw.VERB_OBJECT_AWAY.get(lemma(head), set())
    if not away:
        return False
    if _objects(head) & away:
        return True
    deals = [k for k in head.children if k.dep_ == "dobj" and lemma(k) in ("deal", "contract")]
    return any(
        lemma(t) in away
        for d in deals
        for k in d.children
        if k.dep_ in ("acl", "prep")
        for t in k.subtree
        if t.pos_ == "NOUN"
    )


def _modifier_away(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "an early warning radar": the trigger modifies another noun (``MODIFIER_AWAY``)."""
    return head.dep_ == "compound" and lemma(head) in aw.MODIFIER_AWAY.get(c.type, set())


def _modified_away(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "Taiwan invasion drills": the trigger says what a rehearsal is of (``MODIFIED_AWAY``)."""
    rehearsals = aw.MODIFIED_AWAY.get(c.type, set())
    return head.dep_ == "compound" and lemma(head.head) in rehearsals


def _kind_of_away(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "an act of war", "the Department of War": a bare trigger after "of" names a kind
    (``KIND_OF_AWAY``)."""
    kinds = aw.KIND_OF_AWAY.get(c.type, {}).get(lemma(head), set())
    bare_of = head.dep_ == "pobj" and head.head.lower_ == "of" and not list(head.children)
    return bare_of and lemma(head.head.head) in kinds


def _tail_away(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "duty-bound", "bound together" (``TAIL_AWAY``)."""
    if lemma(head) not in aw.TAIL_AWAY.get(c.type, set()):
        return False
    tail = head.i > 0 and doc[head.i - 1].text == "-"  # "rules - bound" as split
    return tail or any(k.lower_ == "together" for k in head.children)


def _particle_away(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "Sign up for our newsletter": a particle makes the verb another (``PARTICLE_AWAY``)."""
    away = aw.PARTICLE_AWAY.get(c.type, {}).get(lemma(head), set())
    return bool(away) and any(k.dep_ == "prt" and k.lower_ in away for k in head.children)


def _called_away(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "described Paraguay as one of its allies": what it is called (``CALLED_AWAY``)."""
    said_as = list(prep_objects(head, ("as",)))
    said_as += [o for a in said_as if a.lower_ == "one" for o in prep_objects(a, ("of",))]
    called = {k.lemma_.lower() for k in said_as if not _belittled(k)}
    return bool(called & aw.CALLED_AWAY.get(c.type, set()))


def _qualified(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "a diplomatic presence", "oil shipments": a modifier of the trigger's noun or of its
    verb's object (``QUALIFIED_AWAY``)."""
    away = aw.QUALIFIED_AWAY.get(c.type)
    if not away:
        return False
    nouns = [head, *(k for k in head.children if k.dep_ in ("dobj", "nsubjpass"))]
    # a subject the match itself names: "its diplomatic presence has shrunk"
    nouns += [k for k in head.children if k.dep_ == "nsubj" and c.start <= k.i < c.end]
    return any(
        k.dep_ in ("amod", "compound") and k.lemma_.lower() in away
        for n in nouns
        for k in n.children
    )


def _topic_said(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "when it comes to Europe's defence": the idiom names a topic, no one comes to anyone's
    aid; not "when it comes into force", "when it comes back"."""
    for tok in doc[c.start : c.end]:
        if lemma(tok) != "come":
            continue
        kids = {k.lower_: k.dep_ for k in tok.children}
        if kids.get("it") != "nsubj" or kids.get("when") != "advmod":
            continue
        if any(k in kids for k in ("into", "under", "back", "down", "out", "in")):
            continue
        if any(True for _ in prep_objects(tok, ("to",))):
            return True
    return False


def _civil_sense(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "coordinated rescue operations", "artificial intelligence chips", "merged their sales
    forces", "barred cruise ships": a word of the match in a civil sense by its modifier
    (``CIVIL_SENSES``, by type); "intelligence on wildfires", "satellite imagery of the
    floods": by what it is about (``CIVIL_TOPICS``)."""
    senses = aw.CIVIL_SENSES.get(c.type, {})
    for tok in doc[c.start : c.end]:
        low = lemma(tok)
        kinds = senses.get(low, set())
        if any(k.dep_ in ("amod", "compound") and lemma(k) in kinds for k in tok.children):
            return True
        if kinds and tok.i > 0 and lemma(doc[tok.i - 1]) in kinds:  # "artificial
            return True  # intelligence chips", the adjective hung on "chips"
        topics = aw.CIVIL_TOPICS.get(low)
        if not topics or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        about = [*prep_objects(tok, aw.TOPIC_PREPS), *prep_objects(head, aw.TOPIC_PREPS)]
        for o in about:  # "the earthquake zone", "grain prices"
            said = [o, *(k for k in o.children if k.dep_ in ("amod", "compound"))]
            if any(lemma(k) in topics for k in said):
                return True
    return False


GENERAL: tuple[Test, ...] = (
    _object_away,
    _modifier_away,
    _modified_away,
    _kind_of_away,
    _tail_away,
    _particle_away,
    _called_away,
    _qualified,
    _topic_said,
    _civil_sense,
)


# -- tests of one type ----------------------------------------------------------------------
def _war_of_history(doc: Doc, c: Candidate, head: Token) -> bool:
    """A war of history or by its name, or a cold war ("a cold war mentality")."""
    cold = lemma(head) == "war" and any(k.lower_ == "cold" for k in head.children)
    return cold or _historic(head) or _named_war(head)


def _document_urges(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "the agreement calls for ...": a document's terms, no one asking."""
    return any(k.dep_ == "nsubj" and k.lemma_.lower() in aw.URGING_DOCUMENTS for k in head.children)


def _raised_by_thing(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "the decision has raised concerns", "selling jets to Peru has raised concerns": the
    concern is someone else's (a deed told as a clause is no one who worries)."""
    if lemma(head) != "raise":
        return False
    if any(k.dep_ == "csubj" for k in head.children):
        return True
    subjects = [k for k in head.children if k.dep_ == "nsubj"]
    things = [k for k in subjects if k.lemma_.lower() in aw.RAISING_THINGS or _a_deed(k)]
    return bool(subjects) and things == subjects


def _commitment_elsewhere(doc: Doc, c: Candidate, head: Token) -> bool:
    return head.pos_ == "NOUN" and _committed_elsewhere(head)


def _own_land_guarded(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "Colombian troops are protecting the border", "to defend the country's airspace" said
    of no one else's: forces at home, no pledge to defend another."""
    if head.pos_ != "VERB" or lemma(head) not in ("protect", "defend", "guard"):
        return False
    guarded = [k for k in head.children if k.dep_ == "dobj"]
    r = doc._.pactwatch
    return bool(guarded) and all(
        lemma(k) in aw.OWN_LANDS
        and not any(x.dep_ == "poss" for x in k.children)
        and r.ref(k.i) is None
        for k in guarded
    )


def _arms_elsewhere(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "set out rules for Chilean warships to call", "With 40 jets on board, it
    provides": arms in a pattern's gap that the verb does not move, or arms a pattern's
    first verb does not take."""
    if "~~" not in c.trigger.pattern:
        return False
    if head.pos_ not in ("VERB", "AUX"):  # "has refused to send weapons": no arms it has
        verb = doc[c.start]
        return verb.pos_ in ("VERB", "AUX") and lemma(head) in ARMS and not _arms_of(head, verb)
    arms = [t for t in doc[c.start : c.end] if t.i != head.i and lemma(t) in ARMS]
    return bool(arms) and not any(_arms_of(t, head) for t in arms)


def _unit_named_by_arms(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "is sending a squadron of Rafale jets to Estonia": the arms words only say what
    units are sent (a deployment), none is supplied. Only a unit a verb of moving forces
    sends: one sold, delivered or received ("the fourth S-400 squadron") is hardware, and
    so is one said to be of what it holds ("a tank squadron of Challenger 2s") or one sent
    to another's armed services ("an F-16 squadron to Ukraine's air force")."""
    moved = _arms_moved(doc, c, head)
    if moved is None:
        return False
    verb, arms = moved
    units = []
    for tok in arms:
        unit = tok
        while unit.dep_ == "compound" and unit.head.i != unit.i:
            unit = unit.head
        if unit.i == tok.i or lemma(unit) not in aw.ARMED_UNITS:
            return False
        units.append(unit)
    if any(k.dep_ == "prep" and k.lower_ == "of" for u in units for k in u.children):
        return False  # "a tank squadron of Challenger 2s": the tanks themselves
    return not any(_to_armed_services(t) for t in [verb, *units])


def _arms_moved(doc: Doc, c: Candidate, head: Token) -> tuple[Token, list[Token]] | None:
    """The verb of moving forces a reading of arms supplied is at, and its arms words, or None
    where the verb is none ("sent", "deployed", not "sold")."""
    verb = head if head.pos_ in ("VERB", "AUX") else doc[c.start]
    if verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in aw.UNITS_MOVED:
        return None
    arms = [t for t in doc[c.start : c.end] if lemma(t) in ARMS]
    return (verb, arms) if arms else None


def _warships_to_waters(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "sent two frigates to the Gulf", "is dispatching a destroyer to the Red Sea": warships
    a verb of moving forces sends to waters or a region, where no state or body receives them,
    sail with their crews (a deployment); none is supplied. Sent to a state ("sent a frigate to
    Ukraine as part of its aid") they may be, and the reading stays."""
    moved = _arms_moved(doc, c, head)
    if moved is None or any(lemma(t) not in aw.WARSHIPS for t in moved[1]):
        return False
    verb, arms = moved
    where = list(prep_objects(verb, aw.HEADED))
    where += [o for a in arms for o in prep_objects(a, aw.HEADED)]
    if not where:
        return False
    r = doc._.pactwatch
    received = [x for t in where for x in [r.ref(t.i)] if x is not None and x.actor_like]
    return not received


def _to_armed_services(tok: Token) -> bool:
    """ "to Ukraine's air force", "to the Ukrainian navy": a state's own armed services."""
    return any(
        lemma(n) in aw.ARMED_SERVICES
        and any(k.dep_ in ("poss", "amod") or k.pos_ == "PROPN" for k in n.children)
        for n in prep_objects(tok, ("to",))
    )


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


def _fighting_averted(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "to deter aggression", "could justify military escalation": fighting in general, no
    side named, what a deed would avert or excuse is no blow struck."""
    if head.pos_ != "NOUN" or lemma(head) not in aw.FIGHTING_IN_GENERAL:
        return False
    if head.dep_ != "dobj" or lemma(head.head) not in aw.AVERTING:
        return False
    kinds = ("amod", "compound", "punct")  # "full-scale", "all-out"
    return all(k.dep_ in kinds and k.lower_ in aw.KINDS_OF_FIGHTING | {"-"} for k in head.children)


def _fighting_ended(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "an end to hostilities", "a temporary halt in fighting", "to end the conflict": fighting
    to be ended, no side named in its phrase, is the peace sought (a peace_deal's words), no
    blow struck; a war said to have ended ("the Iraq war ended in 2011") was waged."""
    if head.pos_ not in ("NOUN", "VERB") or lemma(head) not in aw.FIGHTING_IN_GENERAL | {"fight"}:
        return False
    gov = head.head
    ended = (head.dep_ == "dobj" and lemma(gov) in aw.FIGHTING_ENDING) or (
        head.dep_ == "pobj"
        and gov.lower_ in ("to", "in", "of", "on")
        and lemma(gov.head) in aw.FIGHTING_ENDING
    )
    if not ended or any(k.dep_ == "poss" or k.lower_ in aw.WAR_SIDES for k in head.children):
        return False
    # "Russia and Ukraine must end the war": the two who end it are its sides
    who, _ = subject_token(gov)
    enders = [who, *who.conjuncts] if who is not None and head.dep_ == "dobj" else []
    return sum(doc._.pactwatch.ref(k.i) is not None for k in enders) < 2


def _a_test(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "test-fired a ballistic missile": a weapon tried, at no one (not "fired test missiles
    at Ukrainian cities", which names a target)."""
    aimed = [
        o
        for p in head.children
        if p.lower_ in ("at", "on", "against", "into")
        for o in p.children
        if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
    ]
    if aimed:
        return False
    said = [head, *(t for t in doc[c.start : c.end])]
    return any(
        k.lower_ in ("test", "tests") and k.dep_ in ("npadvmod", "compound", "amod")
        for t in said
        for k in t.children
    )


def _moved_for_a_drill(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "German tanks rolled into Lithuania for NATO exercises", "troops marched into the
    square for the parade": forces moving for a drill, a parade or a rotation strike no one
    (``DRILL_MOVES``, said after "for", "in" or "during" on the verb or the place)."""
    if head.pos_ != "VERB" or lemma(head) not in aw.MARCHING:
        return False
    said = [head, *prep_objects(head, ("into", "on", "toward", "towards"))]
    held = [o for t in said for o in prep_objects(t, ("for", "in", "during"))]
    return any(lemma(o) in aw.DRILL_MOVES for o in held)


def _dropped_on_an_audience(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "The quiz show dropped a bomb on viewers": news broken to an audience (``AUDIENCES``)."""
    if lemma(head) != "drop" or head.pos_ != "VERB":
        return False
    return any(lemma(o) in aw.AUDIENCES for o in prep_objects(head, ("on", "over")))


def _a_disposal(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "Deminers detonated Russian mines in a controlled explosion", "sappers detonated a
    German bomb from 1944": a bomb disposed of (``DISPOSAL``, or a bomb of a past year)."""
    if not _blasting(head):
        return False
    if any(lemma(t) in aw.DISPOSAL for t in head.sent):
        return True
    subject, _ = subject_token(head)  # deminers or sappers setting off mines or bombs (not
    disposed = [t for t in doc[c.start : c.end] if lemma(t) in ("mine", "bomb")]  # "sappers
    if subject is not None and lemma(subject) in aw.DISPOSERS and disposed:  # blew up the dam")
        return True
    said = [o for t in doc[c.start : c.end] for o in prep_objects(t, ("from",))]
    return any(o.like_num and len(o.text) == 4 and o.text < "2000" for o in said)


def _a_fiction(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "Players blew up a pipeline in Russia in the video game": a game, a film or a story
    (``FICTION``, in the sentence)."""
    return _blasting(head) and any(lemma(t) in aw.FICTION for t in head.sent)


def _blasting(head: Token) -> bool:
    """A verb that sets off a blast: "detonated", "blew up"."""
    return lemma(head) in ("detonate", "blow") and head.pos_ == "VERB"


def _clash_of_words(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "France and Germany clashed over the budget": a dispute, no fighting."""
    verb = head.pos_ == "VERB" and lemma(head) == "clash"
    return verb and any(p.lower_ in ("over", "about") for p in head.children)


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


def _sanctions_lifted(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "announced the lifting of sanctions": sanctions ended, not imposed."""
    if lemma(head) not in ("sanction", "embargo") or head.dep_ != "pobj":
        return False
    return head.head.lower_ == "of" and lemma(head.head.head) in cw.LIFTING


def _answer_done(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "responded to the buildup by sending carriers", "launched its own countermeasure": an
    answer given, no warning; a warning is an answer promised ("will respond to any
    deployment", "vowed to retaliate", "will launch a retaliation")."""
    verb = head
    if head.pos_ == "NOUN" and head.dep_ == "dobj" and lemma(head.head) in aw.ANSWER_LAUNCHED:
        verb = head.head  # "Pakistan launched its own countermeasure": one given
    elif lemma(head) not in cw.ANSWERING_VERBS or head.pos_ != "VERB":
        return False
    promised = any(k.dep_ == "aux" and k.lower_ in cw.PROMISING_AUX for k in verb.children)
    under = verb.dep_ in ("xcomp", "ccomp", "advcl") and lemma(verb.head) in cw.PROMISING
    return not (promised or under)


def _trade_answered(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "will take reciprocal measures against EU brandy tariffs", "will respond with
    countermeasures to EU tariffs": a trade dispute answered, no threat of force
    (``TRADE_MEASURES``, what the answer is against, to, over or on)."""
    said = [head, *doc[c.start : c.end]]
    if head.dep_ == "pobj" and head.head.lower_ == "with":  # "respond with countermeasures to"
        said.append(head.head.head)
    aimed = [o for t in said for o in prep_objects(t, ("against", "to", "over", "on"))]
    return any(lemma(o) in aw.TRADE_MEASURES for o in aimed)


def _threat_of_no_state(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "Elon Musk issued a veiled threat", "the Italian coach made a veiled threat to the
    referee": a threat made by a person the text ties to no state, or in a game
    (``SPORT_PEOPLE``), warns of no force."""
    if lemma(head) != "threat" or head.pos_ != "NOUN" or head.dep_ != "dobj":
        return False
    who, _ = subject_token(head.head)
    if who is None:
        return False
    to = [o for t in (head, head.head) for o in prep_objects(t, ("to",))]
    if lemma(who) in aw.SPORT_PEOPLE or any(lemma(o) in aw.SPORT_PEOPLE for o in to):
        return True
    r = doc._.pactwatch
    ref = r.ref(who.i)
    if ref is None or ref.kind != "person" or ref.ids[0] in r.speaks_for:
        return False
    # a title ties the person to an office: "Senator Lindsey Graham", "General X"
    return not any(lemma(t) in cw.TITLES for t in doc[who.left_edge.i : who.i + 1])


def _danger_named(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "the persistent threat of terrorism": a danger named by what it is of, which no one
    voices (not "Russia's threat of retaliation", nor a threat someone "issued")."""
    base = head
    while base.dep_ == "conj" and base.head.i != base.i:
        base = base.head
    made = base.dep_ == "dobj" and lemma(base.head) in LIGHT | {"issue", "repeat", "renew"}
    if lemma(head) != "threat" or head.pos_ != "NOUN" or made:
        return False
    r = doc._.pactwatch
    if any(k.dep_ == "poss" for k in head.children):
        return False
    of = list(prep_objects(head, ("of",)))
    said = [t for o in of for t in (o, *o.children) if t.dep_ not in ("prep", "relcl", "acl")]
    return bool(of) and not any(r.ref(t.i) is not None for t in said)  # not "the threat of
    # a Russian attack"


def _asked_for_comment(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "did not respond to a request for comment": a reporter's question, no one urged."""
    asked = {lemma(o) for o in prep_objects(head, ("for",))}
    return bool(asked & {"comment", "interview", "reaction"})


def _ruler_ousted(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "the ousted regime of Omar al-Bashir", "ousted President Bazoum": a ruler or a
    government put out of power at home, no member put out of a bloc (``RULERS``)."""
    if head.dep_ == "amod":
        return lemma(head.head) in RULERS or head.head.pos_ == "PROPN"
    if any(True for _ in prep_objects(head, ("from",))):
        return False  # "expelled Niger's junta from its meetings": put out of something
    r = doc._.pactwatch
    ousted = [k for k in head.children if k.dep_ in ("dobj", "nsubjpass")]
    if head.pos_ == "NOUN":
        ousted += list(prep_objects(head, ("of",)))
    for k in ousted:
        ref = r.ref(k.i)
        if lemma(k) in RULERS or (ref is not None and ref.kind == "person"):
            return True
    return False


def _used_against(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "jets deployed SCALP cruise missiles against the targets", "deployed drones against
    the protesters": munitions used in a blow, no forces stationed anywhere."""
    verbs = [t for t in (head, *doc[c.start : c.end]) if lemma(t) == "deploy"]
    spent = [k for v in verbs for k in v.children if k.dep_ == "dobj" and lemma(k) in aw.MUNITIONS]
    # (troops sent "against the jihadists" are stationed where they fight)
    aimed = [o for k in spent for t in (k.head, k) for o in prep_objects(t, ("against",))]
    return bool(aimed)


def _left_behind(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "the 900 US troops left in Syria", "the details left to finalise": what is left is what
    remains (a participle on its noun), no one leaving."""
    return any(
        lemma(t) == "leave" and t.dep_ == "acl" and t.tag_ == "VBN"
        for t in (head, *doc[c.start : c.end])
    )


def _warning_told(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "warned Iran that it would face severe consequences", "threatened that Kyiv would pay
    a heavy price": what the warning says is the warning the verb reads, not a second one."""
    tok = head
    while tok.head != tok and tok.dep_ not in ("relcl", "acl", "advcl", "parataxis"):
        if tok.dep_ in ("ccomp", "xcomp") and lemma(tok.head) in aw.WARNING_VERBS:
            return tok.head.i not in range(c.start, c.end)
        tok = tok.head
    return False


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


def _ids_in(refs: list[Ref], start: int, end: int) -> set[str]:
    """The ids of the actors named from ``start`` up to ``end``."""
    return {i for r in refs if r.actor_like and start <= r.start and r.end <= end for i in r.ids}


# what is voided with a pact it is part of: "nullified two clauses of the treaty"
PACT_PARTS = AGREEMENT | {"provision", "clause", "article", "part", "section", "term"}


def _voided_elsewhere(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "voided the treaty", "the nullification of the pact": the agreement is what is made
    void, the verb's own object, of-object or their conjunct; not one in a clause of another
    verb ("voided a decree that had implemented the treaty")."""
    words = [t for t in doc[c.start : c.end] if lemma(t) in aw.VOIDING]
    deals = [t for t in doc[c.start : c.end] if lemma(t) in AGREEMENT]
    if not words or not deals:
        return False
    return not any(_under(deal, words[0]) for deal in deals)


def _under(tok: Token, top: Token) -> bool:
    """Whether ``tok`` hangs from ``top`` through nouns and prepositions only."""
    while tok.i != top.i:
        if tok.head.i == tok.i or tok.dep_ in ("relcl", "acl", "ccomp", "advcl", "xcomp"):
            return False
        listed = tok.dep_ == "conj"  # "rescind the order and the treaty": both voided
        tok = tok.head
        if tok.i != top.i and tok.pos_ in ("VERB", "AUX"):
            return False
        noun = tok.pos_ in ("NOUN", "PROPN") and lemma(tok) not in PACT_PARTS
        if tok.i != top.i and noun and not listed:
            return False  # "invalidated the decree on the agreement": the decree is voided
    return True


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


def _support_pledged_in_words(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "pledged their support to Niger", "reaffirmed its support for Kyiv": bare support
    affirmed is backing in words (the political_support trigger reads it), no help given;
    "pledged military support" says what help it is."""
    if lemma(head) != "support" or head.dep_ != "dobj":
        return False
    if lemma(head.head) not in aw.SUPPORT_AFFIRMED:
        return False
    if support_said_as_help(head, head.head):
        return False
    return not any(k.dep_ in ("amod", "compound") for k in head.children)


def support_said_as_help(said: Token, verb: Token) -> bool:
    """Whether support pledged or affirmed says it is help: given to forces or a defence
    ("support for Niger's army", "to Ukraine's air defence"), with what it is made of
    ("including through training", "with a police mission", "through the purchase of shells")
    or against what ("in case of an attack")."""
    given = [*prep_objects(said, ("to", "for")), *prep_objects(verb, ("to", "for"))]
    if any(lemma(g) in aw.HELPED for g in given):
        return True
    if any(k.lower_ == "including" for t in (said, verb) for k in t.children):
        return True
    return any(_means_or_case(k) for t in (said, verb) for k in t.children)


def _means_or_case(prep: Token) -> bool:
    """A phrase naming how support is given ("with a police mission", "through the purchase of
    shells") or against what ("in case of an attack", "in the event of")."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in aw.MEANS_PREPS:
        return True
    return prep.lower_ == "in" and any(lemma(o) in ("case", "event") for o in prep.children)


def _war_left(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "to pull out of the long war", "withdrew from the conflict": forces leave a war
    (``withdraw_forces``), no member a body."""
    preps = [p for p in head.children if p.lower_ in ("from", "of", "out")]
    preps += [q for p in preps for q in p.children if q.lower_ in ("from", "of")]
    left = {lemma(o) for p in preps for o in p.children if o.dep_ == "pobj"}
    return bool(left & WARS_LEFT)


def _war_not_left(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "withdrew from NATO during the war": the war is no place left; the pattern's gap
    spans other words."""
    return "$WARS_LEFT" in c.trigger.pattern and not _war_left(doc, c, head)


def _what_a_deed_acts_on(deed: Token) -> Iterator[Token]:
    """The nouns of what a deed acts on, with their modifiers and possessors: "fund [air]
    [defence]", "pay for [ammunition]", "maintain [the navy]'s [patrol] [boats]", not the
    words of a later phrase ("finance the war in [Yemen]")."""
    heads = [k for k in deed.children if k.dep_ == "dobj"]
    heads += [o for k in deed.children if k.dep_ == "prep" for o in k.children if o.dep_ == "pobj"]
    heads += [c for h in heads for c in h.conjuncts]
    heads += [o for h in heads for o in prep_objects(h, ("of",))]  # "the salaries of troops"
    for h in heads:
        yield h
        yield from (k for k in h.children if k.dep_ in ("compound", "poss", "amod", "nmod"))


def _help_with_a_deed(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "to help prevent civilian deaths", "would help move the talks forward", "offered to help
    mediate a settlement": help with a deed, no one's defence helped (not "help Kyiv defend
    itself", "help defend Ukraine", "help Moscow in its war")."""
    if lemma(head) != "help" or head.pos_ != "VERB":
        return False
    if any(k.dep_ in ("dobj", "dative") for k in head.children):
        return False
    deeds = [k for k in head.children if k.dep_ in ("xcomp", "ccomp") and k.pos_ == "VERB"]
    r = doc._.pactwatch
    for deed in deeds:
        if lemma(deed) in aw.DEFENCE_DEEDS:
            return False
        if any(lemma(n) in aw.DEFENCE_DEED_OBJECTS for n in _what_a_deed_acts_on(deed)):
            return False
        for k in deed.children:
            named = k.dep_ in ("dobj", "nsubj") and r.ref(k.i) is not None
            if named or (k.dep_ == "dobj" and lemma(k) in FORCES):
                return False
    return bool(deeds)


def _ended_by_agreement(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "the fighting was ended by a peace accord", "ended the conflict with a
    treaty": the agreement is what ends something, not what is ended."""
    pacts = [t for t in doc[c.start : c.end] if lemma(t) in AGREEMENT and t.i != head.i]
    return any(t.dep_ == "pobj" and t.head.lower_ in aw.MEANS_PREPS for t in pacts)


def _founded_no_body(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "which established the CIS": a body founded is signed into being; not anything
    else established ("established a fund", "established contact")."""
    if c.trigger.pattern != FOUNDED:
        return False
    r = doc._.pactwatch
    founded = [r.ref(k.i) for k in head.children if k.dep_ in ("dobj", "nsubjpass")]
    return not any(x is not None and x.kind == "org" for x in founded)


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


def _opposition_dropped(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "lifted its objections to Sweden's bid", "would no longer oppose the accession": an
    objection ended blocks nothing; nor does "opposes sanctions but supports Ukraine's
    accession", where the accession is another verb's (``OPPOSING``, ``OBJECTION_DROPPED``)."""
    if lemma(head) not in aw.OPPOSING:
        return False
    if any(k.lower_ == "no" and k.i + 1 < len(doc) and doc[k.i + 1].lower_ == "longer"
           for t in (head, *head.children) for k in t.children):  # fmt: skip
        return True  # "would no longer oppose"
    over = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head.head
    if head.dep_ in ("dobj", "pobj", "nsubjpass") and lemma(over) in aw.OBJECTION_DROPPED:
        return True  # "lifted its objections", "the withdrawal of its objections"
    if head.pos_ != "VERB":
        return False
    own = {t.i for t in head.subtree} - {
        t.i for k in head.children if k.dep_ == "conj" for t in k.subtree
    }
    sought = [t for t in doc[c.start : c.end] if lemma(t) in aw.ACCESSION_WORDS]
    return bool(sought) and not any(t.i in own for t in sought)


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


def _attended(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "the ministers signed it in the presence of Brazil's president": a person's
    presence is attendance, no forces."""
    if lemma(head) != "presence":
        return False
    r = doc._.pactwatch
    whose = [k for k in head.children if k.dep_ == "poss"] + list(prep_objects(head, ("of",)))
    titled = any(lemma(w) in cw.TITLES for w in whose)  # "of Brazil's president Lula"
    return titled or any(x.kind == "person" for w in whose for x in actors_of(r, w))


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


def _out_of_a_programme(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "boot Turkey out of the F-35 joint strike fighter program": the forces' word names a
    programme of arms, which a state is put out of; no forces leave (``PROGRAMMES``)."""
    said = [t for t in doc[c.start : c.end] if lemma(t) in FORCES]
    return bool(said) and all(t.dep_ == "compound" and lemma(t.head) in aw.PROGRAMMES for t in said)


def _envoys_sent_out(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "expelled 12 diplomats from Russia's mission to the UN": envoys put out of a
    diplomatic mission, which its own row reads as ties cut; no forces leave."""
    return any(lemma(t) in ENVOY_WORDS for t in doc[c.start : c.end])


def _put_on_alert(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "placed its armed forces on high alert", "put troops on standby": forces made ready
    where they are, none sent anywhere."""
    ready = any(lemma(o) in ("alert", "standby", "readiness") for o in prep_objects(head, ("on",)))
    # "send a brigade to Estonia on standby": sent somewhere, ready there
    moved = [head, *(k for k in head.children if k.dep_ == "dobj")]
    sent = any(True for t in moved for _ in prep_objects(t, ("to", "into")))
    return ready and not sent


def _force_left(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "A Russian peacekeeping force in Nagorno-Karabakh left in 2024": a force said to leave
    is the leaving's, no presence (``LEAVING_FORCES``)."""
    if lemma(head) != "force" or head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "nsubj":
        return False
    return lemma(head.head) in aw.LEAVING_FORCES


def _words_before(tok: Token) -> str:
    """The words of a noun's phrase before it, hyphens joined: "non-essential embassy"."""
    return tok.doc[tok.left_edge.i : tok.i].text.lower().replace(" - ", "-")


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


def _extended_in_scope(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "a pact that extends across political and security domains", "could extend this
    cooperation to agriculture", "extending its submarine technology to Australia": reach
    widened or a thing handed on, no term lengthened (not "extended the mandate to 2027")."""
    if head.pos_ != "VERB" or lemma(head) != "extend":
        return False
    if any(k.dep_ == "dobj" and lemma(k) in aw.TERMED for k in head.children):
        return False  # "extended the mandate of its mission to the next elections"
    reach = [k for k in prep_objects(head, aw.SCOPE_PREPS) if k.i > head.i]  # not "to which"
    return bool(reach) and not any(_a_time(k) for k in reach)


def _a_time(tok: Token) -> bool:
    """A date or a length of time: "to 2027", "to the end of the decade", "to 49 years"."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.like_num or lemma(tok) in aw.TIME_WORDS


def _press_conference(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "left to attend a press conference": a briefing, no meeting of a bloc."""
    said = [t for t in doc[c.start : c.end] if lemma(t) in ("conference", "briefing")]
    return any(k.lower_ in ("press", "news") for t in said for k in t.children) or any(
        lemma(t) == "briefing" for t in said
    )


def _joined_in_no_body(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "joined in common purpose", "joined in the condemnation": no body joined."""
    if lemma(head) != "join" or any(k.dep_ == "dobj" for k in head.children):
        return False
    r = doc._.pactwatch
    inside = list(prep_objects(head, ("in",)))
    if any(o.ent_type_ in ("DATE", "TIME") or o.like_num for o in inside):
        return False  # "officially joined in April 2023": when
    return bool(inside) and not any(r.ref(o.i) is not None for o in inside)


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


def _help_a_pact_provides(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "a mutual defence pact for immediate military assistance": help a pact provides for,
    which its own words read as a commitment to defend, no help given."""
    prep = head.head if head.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in ("for", "on") and lemma(prep.head) in AGREEMENT


def _entered_into(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "entered into a security pact": a pact made (a signing), not a bloc entered ("Sweden
    entered the alliance")."""
    return lemma(head) == "enter" and head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "into"


def _blow_of_no_arms(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "heavy rains pummelled the army base", "protesters stormed the headquarters": a verb
    of blows of many senses whose doer is weather or a crowd (``NATURE``, ``CROWDS``); water
    cannon turned on protesters; "a barrage of questions", "a volley of criticism"
    (``HAILS_OF`` of no arms or blows); troops marching toward a border (``EDGES``): a move,
    no blow."""
    said = {lemma(t) for t in doc[c.start : c.end]}
    if lemma(head) in aw.BLOW_VERBS and head.pos_ == "VERB":
        doer, passive = subject_token(head)
        if doer is not None and not passive and _natural_or_crowd(doer):
            return True
    if {"water", "cannon"} <= said:
        verb = head if head.pos_ == "VERB" else doc[c.start]
        hit = [k for k in verb.children if k.dep_ == "dobj"]
        hit += prep_objects(verb, ("at", "on", "against"))
        if any(lemma(k) in aw.CROWDS for k in hit):
            return True
    for tok in doc[c.start : c.end]:  # "a barrage of questions"
        if lemma(tok) in aw.HAILS_OF:
            of = list(prep_objects(tok, ("of",)))
            if of and not any(lemma(o) in _BLOWS for o in of):
                return True
    if said & {"march", "advance", "push"} and "$TROOPS" in c.trigger.pattern:
        went = prep_objects(head, ("toward", "towards", "to", "into", "on"))
        return any(lemma(o) in aw.EDGES for o in went)
    return False


_BLOWS = ARMS | WORDS["MISSILES"] | aw.BLOWS_OF  # what a hail of blows is of


def _natural_or_crowd(doer: Token) -> bool:
    """Weather or a crowd, by its word or a name's title ("Typhoon Gaemi"), not a storm of
    arms ("a storm of missiles")."""
    if any(lemma(o) in _BLOWS for o in prep_objects(doer, ("of",))):
        return False
    titles = [k for k in doer.children if k.dep_ == "compound"]
    return any(lemma(t) in aw.NATURE | aw.CROWDS for t in (doer, *titles))


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


def _civil_blame(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "took aim at France's budget deficit", "railed against the EU's car rules", "rapped
    the broadcaster for bias": an idiom of blame aimed at a civil matter (``CIVIL_MATTERS``;
    not "took aim at Beijing for its drills")."""
    said = [t for t in doc[c.start : c.end] if lemma(t) in aw.BLAME_IDIOMS]
    if not said:
        return False
    aimed = [k for t in (head, *said) for k in t.children if k.dep_ == "dobj"]
    aimed += [o for t in (head, *said) for o in prep_objects(t, ("at", "against", "for"))]
    return any(lemma(o) in aw.CIVIL_MATTERS for o in aimed)


def _betrayal_felt(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "farmers felt betrayed by the grain exports", "was betrayed by": a betrayal felt or
    suffered blames no one said to have betrayed (the accusation is "Yerevan betrayed its
    allies", "has betrayed everything": a betrayer and what is betrayed)."""
    if lemma(head) != "betray" or head.pos_ != "VERB":
        return False
    return not any(k.dep_ == "dobj" for k in head.children)


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


BY_TYPE: dict[str, tuple[Test, ...]] = {
    "security_assistance": (_help_with_a_deed, _support_pledged_in_words, _help_a_pact_provides),
    "deploy": (
        _civil_assets,
        _contingent_of_no_forces,
        _civil_carrier,
        _no_craft_arrived,
        _forces_not_serving,
        _force_left,
        _used_against,
        _attended,
        _put_on_alert,
        _mission_to_a_body,
    ),
    "block": (_opposition_dropped,),
    "withdraw": (_war_left, _a_trip, _casualties_left, _left_behind),
    "withdraw_forces": (
        _envoys_sent_out,
        _out_of_a_programme,
        _war_not_left,
        _replaced_elsewhere,
        _a_trip,
        _casualties_left,
        _forces_not_serving,
        _left_behind,
    ),
    "join": (_entered_into, _joined_in_no_body),
    "skip_meeting": (_press_conference,),
    "negotiate": (_press_conference,),
    "expel": (_ruler_ousted,),
    "cooperate": (_kind_of_agreement, _drills_alone),
    "attack": (
        _war_of_history,
        _a_test,
        _clash_of_words,
        _fighting_averted,
        _fighting_ended,
        _blow_of_no_arms,
        _moved_for_a_drill,
        _dropped_on_an_audience,
        _a_disposal,
        _a_fiction,
    ),
    "reduce_cooperation": (
        _sanctions_lifted,
        _ties_of_a_pact,
        _others_flow_stopped,
        _trucks_of_no_state,
    ),
    "warn": (_answer_done, _trade_answered, _threat_of_no_state, _warning_told, _danger_named),
    "urge": (_document_urges, _asked_for_comment),
    "accuse": (_raised_by_thing, _civil_blame, _betrayal_felt),
    "commit_defense": (_commitment_elsewhere, _own_land_guarded),
    "arms_supply": (_arms_elsewhere, _unit_named_by_arms, _warships_to_waters),
    "terminate": (_ended_by_agreement, _voided_elsewhere),
    "sign": (_founded_no_body,),
    "political_support": (_support_for_no_one, _supported_thing),
    "extend": (_extended_in_scope,),
}


# -- helpers --------------------------------------------------------------------------------
def _arms_of(arms: Token, verb: Token) -> bool:
    """Arms that are what the verb moves: its object or subject ("sent two warships", "the jets
    were delivered"), given "with" them ("provide Ukraine with tanks"), a batch "of" them ("a
    package of missiles"), or the arms the verb is said of ("missiles supplied to Kyiv"). Arms
    in a clause or a phrase of something else ("a framework for warships to visit", "With 75
    aircraft aboard, the carrier provides ...") are not."""
    tok = arms
    for _ in range(5):
        if verb.head.i == tok.i and verb.dep_ in ("acl", "relcl", "amod"):
            return True
        if tok.head.i == verb.i and tok.dep_ in ("dobj", "dative", "nsubj", "nsubjpass", "attr"):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.i == verb.i:
            return tok.i > verb.i  # "With 75 aircraft aboard, it provides": no supply
        if tok.dep_ in ("compound", "conj", "appos", "amod", "nmod", "nummod"):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of":
            tok = tok.head.head
        else:
            return False
    return False


def _committed_elsewhere(noun: Token) -> bool:
    """ "commitment to sovereignty", "commitment to delivering the S-400s": what the commitment
    is to is a principle, or a deed other than defending (a verb or gerund after 'to')."""
    for obj in prep_objects(noun, ("to",)):
        if obj.pos_ in ("VERB", "AUX") or obj.dep_ == "pcomp":
            return lemma(obj) not in aw.DEFENDING
        if lemma(obj) in aw.COMMITTED_TO_AWAY:
            return True
    return False


def _named_war(head: Token) -> bool:
    """A war by its given name, no side named, told as a time ("during the Gulf War") or as the
    name something is called ("what Trump called THE 12 DAY WAR"): a name, no attack waged."""
    if lemma(head) != "war" or not head.text[:1].isupper():
        return False
    kids = list(head.children)
    if not any(k.lower_ == "the" for k in kids):
        return False
    if not any(k.dep_ in ("compound", "nummod", "amod") and k.text[:1].isupper() for k in kids):
        return False
    if any(k.dep_ == "prep" and k.lower_ in aw.WAR_SIDES for k in kids):
        return False  # "the Russian Aggression War against Ukraine" is waged
    during = head.dep_ == "pobj" and head.head.lower_ in aw.WAR_TIMES
    spanned = (  # "since the Korean War ended in 1953"
        head.dep_ == "nsubj"
        and lemma(head.head) in aw.WAR_SPANS
        and any(m.dep_ == "mark" for m in head.head.children)
    )
    named = head.dep_ in ("oprd", "attr") and lemma(head.head) in aw.NAMING
    return during or spanned or named


def _historic(head: Token) -> bool:
    """A war of history by its name, or an attack told in one: "the Chilean War of
    Independence", "the defeat of Germany in World War II"."""
    where = [head, *prep_objects(head, ("in", "during"))]
    for tok in where:
        name = tok.doc[tok.left_edge.i : tok.right_edge.i + 1] if tok is not head else None
        words = name.text if name is not None else tok.doc[tok.i - 1 : tok.i + 3].text
        if tok.text[:1].isupper() and any(w in words.lower() for w in aw.HISTORIC_WARS):
            return True
    return False


def _a_deed(subject: Token) -> bool:
    """A subject that is a deed told with its verb: "selling jets", parsed as a verb or as a
    verb compounded with its object."""
    gerund = [k for k in subject.children if k.dep_ == "compound" and k.tag_ == "VBG"]
    return subject.pos_ == "VERB" or any(k.i == subject.left_edge.i for k in gerund)


def _belittled(noun: Token) -> bool:
    """ "an unreliable ally", "a bad partner": the praise word taken back."""
    return any(
        k.dep_ == "amod" and (k.lower_.startswith(("un", "dis")) or k.lower_ in aw.BELITTLING)
        for k in noun.children
    )
