"""Tests of ``attack``: a war of history or by its name ("the defeat of Germany in World War
II", "during the Gulf War"), a cold war, a weapon tested, a clash of words, fighting in general
averted or to be ended, a blow of weather, a crowd or questions, forces moved for a drill, a
bomb dropped on an audience, a bomb disposed of, a game or a film, a base one's forces hold.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pactwatch.extraction import away_words as aw
from pactwatch.extraction.away.common import ARMS, Test
from pactwatch.extraction.lexicon.patterns import WORDS
from pactwatch.extraction.reading import Candidate
from pactwatch.extraction.syntax import lemma, prep_objects, subject_token


# -- attack ---------------------------------------------------------------------------------
def _war_of_history(doc: Doc, c: Candidate, head: Token) -> bool:
    """A war of history or by its name, or a cold war ("a cold war mentality")."""
    cold = lemma(head) == "war" and any(k.lower_ == "cold" for k in head.children)
    return cold or _historic(head) or _named_war(head)


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


def _clash_of_words(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "France and Germany clashed over the budget": a dispute, no fighting."""
    verb = head.pos_ == "VERB" and lemma(head) == "clash"
    return verb and any(p.lower_ in ("over", "about") for p in head.children)


def _fighting_averted(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "to deter aggression", "could justify military escalation", "to counter threats to
    Iran": fighting in general, no side named but the one it would hit, what a deed would
    avert or excuse is no blow struck."""
    if head.pos_ != "NOUN" or lemma(head) not in aw.FIGHTING_IN_GENERAL:
        return False
    if head.dep_ != "dobj" or lemma(head.head) not in aw.AVERTING:
        return False
    kinds = ("amod", "compound", "punct")  # "full-scale", "all-out"
    return all(
        (k.dep_ in kinds and k.lower_ in aw.KINDS_OF_FIGHTING | {"-"})
        or (k.dep_ == "prep" and k.lower_ in ("to", "against"))  # "threats to Iran"
        for k in head.children
    )


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


def _base_held(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "handed over the base it had occupied", "troops occupy two airfields": a base held is
    forces stationed (``deploy`` reads it), no blow struck."""
    if lemma(head) != "occupy" or head.pos_ != "VERB":
        return False
    held = [t for t in head.children if t.dep_ in ("dobj", "nsubjpass")]
    held += [head.head] if head.dep_ == "relcl" else []
    return any(lemma(t) in WORDS["BASE"] for t in held)


BY_TYPE: dict[str, tuple[Test, ...]] = {
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
        _base_held,
    ),
}
