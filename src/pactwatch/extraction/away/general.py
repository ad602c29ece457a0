"""The tests of every type (``GENERAL``), most reading a table of ``away_words.py`` by the
candidate's type or its trigger word: what the trigger acts on ("approved the sale"), the noun
it modifies ("an early warning radar") or the rehearsal it names ("Taiwan invasion drills"), a
kind it names after "of" ("an act of war"), a tail ("duty-bound"), a particle ("sign up"), what
it is called ("described Paraguay as one of its allies"), a modifier of its noun ("a diplomatic
presence"), an idiom of a topic ("when it comes to Europe's defence"), a word of the match in a
civil sense ("coordinated rescue operations").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pactwatch.extraction import away_words as aw
from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.away.common import Test
from pactwatch.extraction.lexicon.patterns import ARMS_NOUNS
from pactwatch.extraction.reading import Candidate
from pactwatch.extraction.syntax import PORTIONS, actors_of, lemma, prep_objects


def _objects(head: Token) -> set[str]:
    """The lemmas of what the trigger acts on: a verb's object, a noun's object after "of"."""
    taken = [k for k in head.children if k.dep_ in ("dobj", "nsubjpass")]
    if any(k.dep_ == "prt" for k in head.children):  # "signed off on the sale"
        taken += prep_objects(head, ("on",))
    # "gets a fifth of the port's income": what a portion is of
    portions = [k for k in taken if k.lemma_.lower() in PORTIONS or k.text == "%"]
    taken += [o for k in portions for o in prep_objects(k, ("of",))]
    objects = {k.lemma_.lower() for k in taken}
    if head.pos_ == "NOUN":  # "the adoption of the resolution": a noun's object follows "of"
        objects |= {k.lemma_.lower() for k in prep_objects(head, ("of",))}
    if head.dep_ == "acl" and head.tag_ == "VBN":  # "a mission approved by the council"
        objects.add(head.head.lemma_.lower())
    return objects


def _object_away(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "approved the sale": no ratification (``OBJECT_AWAY``, by type); "praised the deal":
    no backing (``VERB_OBJECT_AWAY``, by trigger word). A deal said to be of one of those
    is one too: "approved a deal involving the sale of arms"."""
    away = aw.OBJECT_AWAY.get(c.type, set()) | aw.VERB_OBJECT_AWAY.get(lemma(head), set())
    if not away:
        return False
    taken = [k for k in head.children if k.dep_ == "dobj"]
    if lemma(head) in aw.PRAISING and _owned_deed(doc, taken):
        return False  # "praised the Greek parliament's decision": backing for its maker
    also = {lemma(j) for k in taken for j in k.conjuncts}
    if c.type == "arms_supply" and also & ARMS_NOUNS:
        return False  # "to supply troops, weapons and ammunition": arms among what is sent
    if _objects(head) & away:
        return True
    deals = [k for k in head.children if k.dep_ == "dobj" and lemma(k) in ("deal", "contract")]
    purpose = [k for k in head.children if k.dep_ == "advcl" and lemma(k) in away]
    if deals and purpose:  # "approved a deal to buy jets", the purpose parsed on the verb
        return True
    return any(
        lemma(t) in away
        for d in deals
        for k in d.children
        if k.dep_ in ("acl", "relcl", "prep")
        for t in k.subtree
        if t.pos_ in ("NOUN", "VERB")
    )


def _owned_deed(doc: Doc, taken: list[Token]) -> bool:
    """A deed its maker's name owns: "the Greek parliament's decision", "Seoul's move"."""
    r = doc._.pactwatch
    owners = [c for k in taken for c in k.children if c.dep_ == "poss"]
    return any(
        x.kind in ("state", "org") for o in owners for x in actors_of(r, o) if o.pos_ != "PRON"
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
    return bare_of and lemma(head.head.head) in kinds and not _state_of_war_with(head.head.head)


def _state_of_war_with(kind: Token) -> bool:
    """ "Eritrea, in a declared state of war with Ethiopia": the other side named after "with",
    on the state or on the verb it is in (not "declared a state of war" at home)."""
    if lemma(kind) != "state":
        return False
    verb = kind.head.head if kind.dep_ == "pobj" and kind.head.lower_ in ("in", "at") else kind
    return bool(prep_objects(kind, ("with",)) or prep_objects(verb, ("with",)))


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


def _belittled(noun: Token) -> bool:
    """ "an unreliable ally", "a bad partner": the praise word taken back."""
    return any(
        k.dep_ == "amod" and (k.lower_.startswith(("un", "dis")) or k.lower_ in aw.BELITTLING)
        for k in noun.children
    )


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


def _in_a_pacts_name(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "the Memorandum of Defence and Technical Cooperation signed with Peru": words of a
    capitalised name after "of" under a pact's noun name it; nothing is told."""
    if c.type not in aw.NAMED_IN_PACTS or not head.text[:1].isupper():
        return False
    tok = head
    for _ in range(4):
        if tok.dep_ in ("conj", "compound", "amod"):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of":
            named = tok.head.head
            return lemma(named) in cw.DESCRIPTIONS_AGREEMENT and named.text[:1].isupper()
        else:
            return False
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
    _in_a_pacts_name,
)
