"""Tests of ``arms_supply`` and ``security_assistance``: arms in a pattern's gap that the verb
does not move ("set out rules for Chilean warships to call"), a supplier of other goods, units
or warships sent that are a deployment ("a squadron of Rafale jets to Estonia", "two frigates
to the Gulf"); help with a deed that is no defence ("to help prevent civilian deaths"),
support pledged in words, help a pact provides for. ``support_said_as_help`` is also read by
``arguments/dyad_parts.py``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from pactwatch.extraction import away_words as aw
from pactwatch.extraction.away.common import AGREEMENT, ARMS, FORCES, Test
from pactwatch.extraction.lexicon.arms import ARMS_CARRIED
from pactwatch.extraction.lexicon.word_classes import DECLARING
from pactwatch.extraction.reading import Candidate
from pactwatch.extraction.syntax import lemma, prep_objects, to_infinitive


# -- arms_supply ----------------------------------------------------------------------------
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


# what a supplier supplies where its sentence names no arms: "buys most of its crude from
# abroad, and Iraq is its biggest supplier"
CIVIL_GOODS = aw.QUALIFIED_AWAY["arms_supply"] | {"petroleum", "crude", "lng", "import", "food"}


def _supplier_of_goods(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "buys most of its crude from abroad, and Iraq is its biggest supplier": a supplier of
    the goods its sentence names, where it names no arms."""
    if lemma(head) != "supplier":
        return False
    words = {lemma(t) for t in head.sent}
    return bool(words & CIVIL_GOODS) and not words & (ARMS | {"military", "defence", "defense"})


def _arms_of(arms: Token, verb: Token) -> bool:
    """Arms that are what the verb moves: its object or subject ("sent two warships", "the jets
    were delivered"), given "with" them ("provide Ukraine with tanks"), a batch "of" them ("a
    package of missiles") or a sum "in" them ("$90 million in drones"), or the arms the verb
    is said of ("missiles supplied to Kyiv"). Arms in a clause or a phrase of something else
    ("a framework for warships to visit", "With 75 aircraft aboard, the carrier provides ...")
    are not."""
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
        elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.ent_type_ == "MONEY":
            tok = tok.head.head  # "$825 million in weapons": a sum of them
        else:
            return False
    return False


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
        # a type designation is at times parsed as a number: "two CF-18 fighter squadrons"
        while unit.head.i != unit.i and (
            unit.dep_ == "compound" or (unit.dep_ == "nummod" and lemma(unit) == "weapon")
        ):
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
    """ "sent two frigates to the Gulf", "sent a warship to Guyana", "Russian warships arrived in
    Havana": warships a verb of moving forces sends somewhere, or that arrive there, sail with
    their crews (a deployment); none is supplied. Sent as aid ("sent a frigate to Ukraine as
    part of its aid package") they may be, and the reading stays."""
    moved = _arms_moved(doc, c, head) or _arms_arrived(doc, c, head)
    if moved is None or lemma(moved[1][0]) not in aw.WARSHIPS:
        return False
    verb, arms = moved
    where = list(prep_objects(verb, (*aw.HEADED, "in")))
    where += [o for a in arms for o in prep_objects(a, aw.HEADED)]
    return bool(where) and not any(lemma(t) in aw.GIVING for t in head.sent)


def _own_arms_flown(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "The army flew its missile system into northern Luzon": arms one flies somewhere that
    are said to be one's own are deployed there (read as a deployment), not supplied."""
    if c.trigger.pattern != ARMS_CARRIED:
        return False
    arms = [t for t in doc[c.start : c.end] if lemma(t) in ARMS]
    return any(k.dep_ == "poss" and k.tag_ == "PRP$" for a in arms for k in a.children)


def _sent_for_a_drill(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "sent two bombers to Belarus for joint exercises", "deployed jets to Poland for NATO
    drills": arms a verb of moving forces sends for a drill, a parade or a rotation
    (``DRILL_MOVES``, after "for", "in" or "during" on the verb or on the arms) go with their
    crews and come back; none is supplied."""
    moved = _arms_moved(doc, c, head)
    if moved is None:
        return False
    verb, arms = moved
    held = [o for t in (verb, *arms) for o in prep_objects(t, ("for", "in", "during"))]
    return any(lemma(o) in aw.DRILL_MOVES for o in held)


def _nuclear_arms_stationed(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "France has sent nuclear weapons to Poland": nuclear arms a verb of moving
    forces sends stay in the sender's hands (a deployment); none is supplied."""
    moved = _arms_moved(doc, c, head)
    if moved is None:
        return False
    return any(k.lower_ == "nuclear" for a in moved[1] for k in a.children)


def _means_of_delivery(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "nuclear weapons and their means of delivery", "delivery systems": what carries a
    weapon to its target, no arms handed over."""
    if lemma(head) != "delivery" or head.pos_ != "NOUN":
        return False
    of_means = (
        head.dep_ == "pobj" and head.head.lower_ == "of" and lemma(head.head.head) in CARRIERS
    )
    carrier = head.dep_ == "compound" and lemma(head.head) in CARRIERS
    return of_means or carrier


CARRIERS = {"means", "mean", "system", "vehicle", "platform", "capability"}


def _arms_arrived(doc: Doc, c: Candidate, head: Token) -> tuple[Token, list[Token]] | None:
    """The verb of arriving a reading of arms supplied is at ("the warships arrived in"), and
    its arms words."""
    if head.pos_ != "VERB" or lemma(head) not in ("arrive", "dock", "sail"):
        return None
    said = [t for k in head.children if k.dep_ == "nsubj" for t in k.subtree]
    arms = [t for t in said or doc[c.start : c.end] if lemma(t) in ARMS]  # "Russian warships
    return (head, arms) if arms else None  # and aircraft arrived": the subject's, in order


def _to_armed_services(tok: Token) -> bool:
    """ "to Ukraine's air force", "to the Ukrainian navy": a state's own armed services."""
    return any(
        lemma(n) in aw.ARMED_SERVICES
        and any(k.dep_ in ("poss", "amod") or k.pos_ == "PROPN" for k in n.children)
        for n in prep_objects(tok, ("to",))
    )


# -- security_assistance --------------------------------------------------------------------
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


SAID_AS = {"that", "should", "must", "to"}  # advice: "advised that Kyiv should wait"


def _advice_given(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "advising them not to attack Israel", "advised Kyiv that it should wait": advice in
    words, no help (not "US officers advise Iraqi forces")."""
    if lemma(head) != "advise" or head.pos_ != "VERB":
        return False
    told = [k for k in head.children if k.dep_ in ("xcomp", "ccomp")]
    return any(
        to_infinitive(k)
        or any(m.dep_ in ("mark", "aux") and m.lower_ in SAID_AS for m in k.children)
        for k in told
    )


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


def _support_pledged_in_words(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "pledged their support to Niger", "reaffirmed its support for Kyiv": bare support
    affirmed is backing in words (the political_support trigger reads it), no help given;
    "pledged military support" says what help it is."""
    if lemma(head) != "support":
        return False
    # "his declaration of support for Baku": said the same way
    of = head.dep_ == "pobj" and head.head.lower_ == "of"
    declared = of and lemma(head.head.head) in DECLARING
    if not declared and (head.dep_ != "dobj" or lemma(head.head) not in aw.SUPPORT_AFFIRMED):
        return False
    if support_said_as_help(head, head.head.head if declared else head.head):
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


def _help_a_pact_provides(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "a mutual defence pact for immediate military assistance": help a pact provides for,
    which its own words read as a commitment to defend, no help given."""
    prep = head.head if head.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in ("for", "on") and lemma(prep.head) in AGREEMENT


def _support_of_a_pact(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "Lima supports new defence agreement with Quito": a pact backed (one's own, on its
    way to ratification), no help given; "defense" only says what the pact is of."""
    said = [t for t in doc[c.start : c.end] if lemma(t) in ("defense", "defence")]
    return any(t.dep_ in ("compound", "amod") and lemma(t.head) in AGREEMENT for t in said)


BY_TYPE: dict[str, tuple[Test, ...]] = {
    "security_assistance": (
        _support_of_a_pact,
        _help_with_a_deed,
        _advice_given,
        _support_pledged_in_words,
        _help_a_pact_provides,
    ),
    "arms_supply": (
        _arms_elsewhere,
        _supplier_of_goods,
        _unit_named_by_arms,
        _warships_to_waters,
        _own_arms_flown,
        _sent_for_a_drill,
        _nuclear_arms_stationed,
        _means_of_delivery,
    ),
}
