"""Tests of ``join``, ``expel``, ``block`` and ``skip_meeting``: a pact entered into (a
signing), joining in no body ("joined in the condemnation"); a ruler ousted at home; an objection
dropped, or an accession another verb's; a press conference (``common._press_conference``, also
a test of ``negotiate``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pactwatch.extraction import away_words as aw
from pactwatch.extraction.away.common import Test, _press_conference
from pactwatch.extraction.lexicon.word_classes import RULING_WORDS
from pactwatch.extraction.reading import Candidate
from pactwatch.extraction.syntax import lemma, prep_objects

# who rules at home, whom no bloc expels: "the ousted regime", "ousted President Bazoum"
RULERS = RULING_WORDS | {"president", "leader", "ruler", "dictator", "premier", "king"}
RULERS |= {"monarch", "minister", "chancellor", "emir", "sultan", "shah", "strongman"}
COUPS = {"coup", "putsch", "takeover", "mutiny", "uprising", "revolt", "revolution"}


# -- join -----------------------------------------------------------------------------------
def _entered_into(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "entered into a security pact": a pact made (a signing), not a bloc entered ("Sweden
    entered the alliance")."""
    return lemma(head) == "enter" and head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "into"


def _joined_in_no_body(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "joined in common purpose", "joined in the condemnation": no body joined."""
    if lemma(head) != "join" or any(k.dep_ == "dobj" for k in head.children):
        return False
    r = doc._.pactwatch
    inside = list(prep_objects(head, ("in",)))
    if any(o.ent_type_ in ("DATE", "TIME") or o.like_num for o in inside):
        return False  # "officially joined in April 2023": when
    return bool(inside) and not any(r.ref(o.i) is not None for o in inside)


# what a body runs, which a member joins without joining the body: "joining NATO's nuclear
# sharing programme", "joined the EU's naval mission"
PROGRAMMES = {"programme", "program", "scheme", "initiative", "mission", "operation", "project"}


def _joined_a_programme(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "whether Poland would join NATO's nuclear sharing programme": a programme of the bloc
    joined, not the bloc (which Poland is long in)."""
    if lemma(head) != "join" or head.pos_ != "VERB":
        return False
    r = doc._.pactwatch
    joined = [k for k in head.children if k.dep_ == "dobj"]
    return any(
        lemma(k) in PROGRAMMES
        and r.ref(k.i) is None
        and not any(lemma(m) in PARTNERSHIP_WORDS for m in k.children)  # "NATO's partnership
        for k in joined  # programme": a form of membership
    )


PARTNERSHIP_WORDS = {"partnership", "partner", "membership", "accession"}


# -- apply ----------------------------------------------------------------------------------
def _applies_as_a_rule(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "a defence treaty that applies anywhere in the South China Sea", "the rule applies to
    all members": a rule in force, no one applying to a body; nor does one who applies
    something ("refused to apply the sanctions")."""
    if lemma(head) != "apply" or head.pos_ != "VERB":
        return False
    if any(k.dep_ == "dobj" for k in head.children):
        return True  # "refuse to apply the sanctions": a rule or a measure put to use
    r = doc._.pactwatch
    for k in head.children:
        if k.dep_ not in ("nsubj", "nsubjpass"):
            continue
        said = head.head if k.lower_ in ("that", "which") and head.dep_ == "relcl" else k
        ref = r.ref(said.i)
        return (ref is None or not ref.actor_like) and lemma(said) not in PEOPLE_WORDS
    return False


PEOPLE_WORDS = {"country", "state", "nation", "government", "he", "she", "they", "we", "it"}


# -- expel ----------------------------------------------------------------------------------
def _ruler_ousted(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "the ousted regime of Omar al-Bashir", "ousted President Bazoum": a ruler or a
    government put out of power at home, no member put out of a bloc (``RULERS``)."""
    if head.dep_ == "amod":
        return lemma(head.head) in RULERS or head.head.pos_ == "PROPN"
    if any(True for _ in prep_objects(head, ("from",))):
        return False  # "expelled Niger's junta from its meetings": put out of something
    if any(lemma(o) in COUPS for o in prep_objects(head, ("in", "by", "after", "through"))):
        return True  # "was ousted in a coup": power taken at home
    r = doc._.pactwatch
    ousted = [k for k in head.children if k.dep_ in ("dobj", "nsubjpass")]
    if head.pos_ == "NOUN":
        ousted += list(prep_objects(head, ("of",)))
    for k in ousted:
        ref = r.ref(k.i)
        if lemma(k) in RULERS or (ref is not None and ref.kind == "person"):
            return True
    return False


# -- block ----------------------------------------------------------------------------------
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


def _names_a_text(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "the so-called accession protocol", "the accession treaty": the text a joining is
    made by, named; which verb tells of it reads it (a ratification, a signing)."""
    return (
        lemma(head) in ("accession", "membership")
        and head.dep_ == "compound"
        and lemma(head.head) in ACCESSION_TEXTS
    )


# (not "documents": its accession documents handed over are the joining)
ACCESSION_TEXTS = {"protocol", "treaty", "law", "bill", "charter"}


def membership_sought_or_singled(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "applied for fast-track NATO membership": the membership sought (an application,
    which its own row reads), none had; "Bolivia remaining the only member to oppose it":
    a member singled out, no staying told."""
    if lemma(head) in ("membership", "accession") and head.dep_ == "pobj":
        prep = head.head
        return prep.lower_ == "for" and lemma(prep.head) in SOUGHT_BY
    member = head if lemma(head) == "member" else None
    member = member or next((t for t in doc[c.start : c.end] if lemma(t) == "member"), None)
    if member is None:
        return False
    return any(k.dep_ == "amod" and k.lower_ in ("sole", "only", "last") for k in member.children)


SOUGHT_BY = {"apply", "application", "bid", "push", "campaign", "ask", "candidacy", "seek"}


BY_TYPE: dict[str, tuple[Test, ...]] = {
    "block": (_opposition_dropped,),
    "join": (
        _entered_into,
        _joined_in_no_body,
        _joined_a_programme,
        _names_a_text,
        membership_sought_or_singled,
    ),
    "suspend": (membership_sought_or_singled,),
    "apply": (_applies_as_a_rule,),
    "skip_meeting": (_press_conference,),
    "expel": (_ruler_ousted,),
}
