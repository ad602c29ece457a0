"""Tests of ``warn``, ``urge``, ``accuse`` and ``commit_defense``: an answer given, not promised
("responded to the buildup by sending carriers"), or planned together, a trade dispute
answered, a threat of no state, the words of a warning its verb reads, a danger named; a
document's terms, a request for comment; a concern raised by a thing, blame of a civil matter,
a betrayal felt; a commitment to something else than defending, one's own land guarded.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pactwatch.extraction import away_words as aw
from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.away.common import Test
from pactwatch.extraction.lexicon.word_classes import LIGHT
from pactwatch.extraction.reading import Candidate
from pactwatch.extraction.syntax import anothers_deed, lemma, prep_objects, subject_token


# -- warn -----------------------------------------------------------------------------------
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


# what is done with answers planned together, not threatened: "pledged to coordinate
# responses to regional challenges"
ANSWERS_SHARED = {"coordinate", "align", "harmonize", "discuss", "plan", "consult", "synchronize"}


def _answer_shared(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "the pledge to coordinate responses to regional threats": answers planned with
    others, no warning to anyone (the pledge is cooperation, read by its own pattern)."""
    answers = [t for t in doc[c.start : c.end] if lemma(t) in ("response", "answer", "reaction")]
    return any(t.dep_ == "dobj" and lemma(t.head) in ANSWERS_SHARED for t in answers)


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


def _warning_told(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "warned Iran that it would face severe consequences", "threatened that Kyiv would pay
    a heavy price": what the warning says is the warning the verb reads, not a second one."""
    tok = head
    while tok.head != tok and tok.dep_ not in ("relcl", "acl", "advcl", "parataxis"):
        if tok.dep_ in ("ccomp", "xcomp") and lemma(tok.head) in aw.WARNING_VERBS:
            return tok.head.i not in range(c.start, c.end)
        tok = tok.head
    return False


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
    # and not "the threat of sanctions from the US": one whose threat it is
    said += [t for n in (head, *of) for t in prep_objects(n, ("from",))]  # (an attack "by" the
    # rebels is the danger's doer: "the threat of a raid by the rebels" names a danger)
    return bool(of) and not any(r.ref(t.i) is not None for t in said)  # not "the threat of
    # a Russian attack"


# -- urge -----------------------------------------------------------------------------------
def _document_urges(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "the agreement calls for ...": a document's terms, no one asking."""
    return any(k.dep_ == "nsubj" and k.lemma_.lower() in aw.URGING_DOCUMENTS for k in head.children)


def _asked_for_comment(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "did not respond to a request for comment": a reporter's question, no one urged."""
    asked = {lemma(o) for o in prep_objects(head, ("for",))}
    return bool(asked & {"comment", "interview", "reaction"})


# -- accuse ---------------------------------------------------------------------------------
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


def _a_deed(subject: Token) -> bool:
    """A subject that is a deed told with its verb: "selling jets", parsed as a verb or as a
    verb compounded with its object."""
    gerund = [k for k in subject.children if k.dep_ == "compound" and k.tag_ == "VBG"]
    return subject.pos_ == "VERB" or any(k.i == subject.left_edge.i for k in gerund)


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


# -- commit_defense -------------------------------------------------------------------------
TIED = {"tie", "relation", "cooperation", "partnership", "link", "program", "programme", "exercise"}


def _commitment_elsewhere(doc: Doc, c: Candidate, head: Token) -> bool:
    return head.pos_ == "NOUN" and _committed_elsewhere(head)


def _kind_of_ties(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "strengthens mutual defense ties", "mutual assistance programmes": the words say what
    ties or a scheme are of (cooperation, which its own row reads), no pledge to defend."""
    last = doc[c.end - 1]
    return last.dep_ in ("compound", "amod") and lemma(last.head) in TIED


def _committed_elsewhere(noun: Token) -> bool:
    """ "commitment to sovereignty", "commitment to delivering the S-400s": what the commitment
    is to is a principle, or a deed other than defending (a verb or gerund after 'to')."""
    for obj in prep_objects(noun, ("to",)):
        if obj.pos_ in ("VERB", "AUX") or obj.dep_ == "pcomp":
            return lemma(obj) not in aw.DEFENDING
        if lemma(obj) in aw.COMMITTED_TO_AWAY:
            return True
    return False


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


def _own_deed_sought(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "Russia seeks the withdrawal of its troops": a deed of one's own sought asks no one
    (one of another's, "seeks the withdrawal of Chilean troops", asks it)."""
    if head.dep_ != "dobj" or lemma(head.head) != "seek" or lemma(head) not in aw.DEPARTURES:
        return False
    return not anothers_deed(head)


def _waited_for_thing(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "is still waiting for replies to its questions": the "to" of a noun, no one asked to act (as
    "waiting for Sweden to act" is)."""
    last = doc[c.end - 1]
    return lemma(head) == "wait" and last.lower_ == "to" and last.tag_ != "TO"


BY_TYPE: dict[str, tuple[Test, ...]] = {
    "warn": (
        _answer_done,
        _answer_shared,
        _trade_answered,
        _threat_of_no_state,
        _warning_told,
        _danger_named,
    ),
    "urge": (_document_urges, _asked_for_comment, _own_deed_sought, _waited_for_thing),
    "accuse": (_raised_by_thing, _civil_blame, _betrayal_felt),
    "commit_defense": (_commitment_elsewhere, _own_land_guarded, _kind_of_ties),
}
