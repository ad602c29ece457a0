"""Tests of ``sign``, ``terminate`` and ``extend``: a founding that founds no body ("established
a fund"); an agreement that ends something ("ended by a peace accord"), one voided in the clause
of another verb, a state or a body of one dissolved ("the dissolution of the Soviet Union"); a
reach widened or a thing handed on, no term lengthened.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pactwatch.extraction import away_words as aw
from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.away.common import AGREEMENT, Test
from pactwatch.extraction.lexicon.agreements import FOUNDED
from pactwatch.extraction.reading import Candidate
from pactwatch.extraction.syntax import lemma, prep_objects


# -- sign -----------------------------------------------------------------------------------
def _founded_no_body(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "which established the CIS": a body founded is signed into being; not anything
    else established ("established a fund", "established contact")."""
    if c.trigger.pattern != FOUNDED:
        return False
    r = doc._.pactwatch
    founded = [r.ref(k.i) for k in head.children if k.dep_ in ("dobj", "nsubjpass")]
    return not any(x is not None and x.kind == "org" for x in founded)


def _in_principle(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "reached an agreement in principle on the pact": terms agreed, still to be signed (the
    talks' step, read by its own negotiate pattern)."""
    said = {head.i, *range(c.start, c.end)}
    sent = head.sent
    return any(t.lower_ == "principle" and t.i > 0 and doc[t.i - 1].lower_ == "in"
               and (t.head.i in said or t.head.head.i in said) for t in sent)  # fmt: skip


# -- terminate ------------------------------------------------------------------------------
def _ended_by_agreement(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "the fighting was ended by a peace accord", "ended the conflict with a
    treaty": the agreement is what ends something, not what is ended."""
    pacts = [t for t in doc[c.start : c.end] if lemma(t) in AGREEMENT and t.i != head.i]
    return any(t.dep_ == "pobj" and t.head.lower_ in aw.MEANS_PREPS for t in pacts)


# what a bloc or a pact may be called where it is dissolved: "moved to dissolve the group"
DISSOLVED_BODIES = AGREEMENT | cw.DESCRIPTIONS_BLOC | {"group", "mission", "force", "format"}


def _dissolved_no_pact(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "since the dissolution of the Soviet Union", "the dissolution of the self-declared
    republic", "dissolved parliament": a state or a body of one dissolved, no pact or bloc
    ended (not "moved to dissolve the group", "the dissolution of the CSTO")."""
    if lemma(head) not in ("dissolution", "dissolve"):
        return False
    if head.pos_ == "NOUN":
        what = list(prep_objects(head, ("of",)))
    else:
        what = [k for k in head.children if k.dep_ in ("dobj", "nsubjpass")]
    r = doc._.pactwatch
    for w in what:
        ref = r.ref(w.i)
        if ref is not None and ref.kind in ("org", "agreement", "mission"):
            return False
        if ref is None and w.pos_ != "PROPN" and lemma(w) in DISSOLVED_BODIES:
            return False
    return bool(what)


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


# -- extend ---------------------------------------------------------------------------------
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


def _text_finalized(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "the text of the peace treaty was finalized", "finalized the draft": the words agreed
    in talks (a negotiation), the pact not yet signed."""
    if lemma(head) != "finalize":
        return False
    said = [k for k in head.children if k.dep_ in ("dobj", "nsubjpass")]
    return any(lemma(k) in DRAFTS for k in said)


DRAFTS = {"text", "draft", "wording"}


def _duty_in_force(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "Norway's obligations under the pact remain in force": a duty said to hold (a
    commitment, which its own trigger reads), no agreement entering into force."""
    if lemma(head) not in ("be", "remain", "stay"):
        return False
    said = [k for k in head.children if k.dep_ in ("nsubj", "nsubjpass")]
    return any(lemma(k) in DUTIES for k in said)


DUTIES = {"obligation", "commitment", "guarantee", "pledge", "duty", "promise"}


def _peace_only_named(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "a proposal to sign the peace treaty", "the peace agreement talks": a pact of peace
    named, none made; a bare noun of one is a peace made only where a verb or a participle
    of making it stands by it ("concluded a landmark peace agreement", "a brokered truce",
    "the deal that ended the fighting", which its own row reads)."""
    if head.pos_ not in ("NOUN", "PROPN") or c.trigger.pattern not in PEACE_NOUNS:
        return False
    tok = head
    if tok.dep_ == "compound" and lemma(tok.head) in AGREEMENT:  # "a truce deal that Qatar
        tok = tok.head  # brokered": the deal's words
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    made = [k for k in tok.children if k.dep_ in ("amod", "acl", "relcl")]
    made.append(tok.head)
    if tok.dep_ == "pobj":  # "signed on a peace deal", "a ceremony for the peace accord"
        made.append(tok.head.head)
    return not any(lemma(t) in PEACE_MADE for t in made)


PEACE_NOUNS = {"peace deal|treaty|agreement|accord", "ceasefire|truce"}
PEACE_MADE = {"sign", "conclude", "reach", "strike", "seal", "broker", "agree", "adopt"}
PEACE_MADE |= {"clinch", "achieve", "secure", "mediate", "announce", "declare", "hold"}
PEACE_MADE |= {"violate", "break", "collapse", "observe", "respect", "implement", "take"}
PEACE_MADE |= {"initial", "initialle", "accept", "cement", "ink", "forge", "finalize", "shake"}


def _under_contract(doc: Doc, c: Candidate, head: Token) -> bool:
    """ "535 instructors in the country, under contract with its defence ministry": the terms
    people serve on, no pact signed."""
    bare = not any(k.dep_ in ("det", "poss", "amod", "compound") for k in head.children)
    return (
        lemma(head) == "contract" and head.dep_ == "pobj" and head.head.lower_ == "under" and bare
    )


BY_TYPE: dict[str, tuple[Test, ...]] = {
    "terminate": (_ended_by_agreement, _voided_elsewhere, _dissolved_no_pact),
    "sign": (_founded_no_body, _text_finalized, _under_contract, _in_principle),
    "peace_deal": (_peace_only_named,),
    "extend": (_extended_in_scope,),
    "enter_into_force": (_duty_in_force,),
}
