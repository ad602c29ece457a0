"""How certain, under what condition, and when: factuality, ``conditional`` and tense.

Read from the parse along the chain of words that govern the event, from the trigger up to the
verb that reports it or the sentence's root: negation ("not", "no plans", "never"); governors
that deny it ("refused to back", "failure to defend", "stopped short of"), make it intended
("plans to leave", "intention to join": probable and future) or possible ("could", "considering",
"interest in", "possible withdrawal", "did not rule out"). The weakest certainty wins; an odd
number of negations makes it negative. The antecedent of "if", "unless", "in the event of" is
``Uu`` and conditional; its main clause is conditional. Tense comes from the verb's morphology,
its auxiliaries and the time expressions of its clause.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Token

from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.knowledge import TALK_TYPES
from pactwatch.extraction.lexicon.patterns import WORDS
from pactwatch.extraction.lexicon.statements import HELP_IF_ATTACKED, HOSTILE_DEED, WRECKING
from pactwatch.extraction.lexicon.ties import REACHING
from pactwatch.extraction.lexicon.word_classes import LIGHT, PROVIDING
from pactwatch.extraction.reading import NOT_PROVIDED, Candidate, Reading, guarded
from pactwatch.extraction.syntax import (
    adjectival_conjunct,
    first_stop,
    lemma,
    nothing_done,
    rebutted,
    to_infinitive,
)

CLIMB = {"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "acl", "amod", "acomp"}
CLIMB |= {"nsubj", "nsubjpass", "attr", "oprd", "compound", "appos", "npadvmod", "conj", "agent"}
CLIMB |= {"dative", "poss", "csubj", "advmod"}
# Prepositions through which a governor speaks of the event: "possibility of leaving",
# "decision on deploying", "speculation about"; not adjuncts such as "in clashes", "despite".
CLIMB_PREPS = {"of", "for", "to", "on", "about", "into", "toward", "towards", "regarding"}
# Nouns of what is known or said about an event: what is said of them is not said of it.
TOPIC_NOUNS = {"detail", "information", "comment", "word", "data", "figure", "specific"}
# what punishes a deed, which says the deed was done whatever is said of the punishment
PUNISHING = {"sanction", "punish", "penalize", "penalise", "penalty", "fine", "blame"}
PUNISHING |= {"criticize", "criticise", "condemn", "reprimand", "rebuke"}
PHRASAL_NEGATING = {"rule": "out", "stop": "short", "fall": "short"}  # verb: its particle
MOVING = {"move", "head", "edge", "inch", "drift", "step", "work"}  # toward an act: not yet
CAUSING = {"result", "lead", "give", "culminate", "end", "translate"}  # "result in", "lead to"
ARGUMENTS = {"dobj", "nsubj", "nsubjpass", "attr", "csubj", "dative", "oprd"}
# Verbs that say something of their argument: light verbs and the verbs of the cue sets.
SAYING = LIGHT | cw.NEGATING | cw.PROBABLE | cw.POSSIBLE | cw.UNLIKELY | cw.FUTURE_ONLY
SAYING |= {"be", "remain", "become", "seem", "appear", "rule", "intend", "plan", "call", "see"}
SAYING |= {"join"}  # "Belarus may join the offensive": whoever joins a fight may not wage it
# what a thing is said to bring with it: "the plan would not involve sending troops"
SAYING |= {"mean", "entail", "involve", "imply"}
LEVEL = {"CT": 3, "PR": 2, "PS": 1}
PLEDGING = {"commit", "pledge", "promise", "vow", "oblige", "bind"}
BELIEVING = {"believe", "expect", "think", "anticipate", "foresee", "predict", "see"}
# reporting verbs that tell what their speaker only holds probable ("suspect", "believe",
# "think"; ``_chain``)
SUSPECTING = cw.REPORTING & cw.PROBABLE
# Relations that stand rather than happen: a pact by which an attack on either side counts as
# one on both is a commitment made, whatever attack it may one day be about
STANDING = {"commit_defense", "cooperate", "political_support"}
# standings that last from a time on ("have been stationed there since ..."), not acts done
# once ("has joined NATO since the invasion")
LASTING = {"deploy", "freeze", "reduce_cooperation", "cooperate", "withhold_contribution"}
# verbs that say when or how an act comes about, of which the act is the subject
OCCURRING = {"begin", "start", "come", "take", "happen", "occur", "complete", "finish", "end"}
OCCURRING |= {"continue", "last", "proceed", "follow", "resume", "conclude", "arrive", "go"}
# prepositions of the means or the moment a gerund is done by: "responded by sending troops"
MEANS = {"by", "after", "upon"}
# a deed the speaker charges someone with, read off the deed's own words (arguments/sides.py)
DEEDS_ACCUSED = {*WRECKING, HOSTILE_DEED}
FUTURE_AUX = {"will", "shall", "'ll", "’ll", "wo", "would", "going"}
POSSIBLE_AUX = {"could", "may", "might", "can", "ca"}
PROBABLE_AUX = {"should", "ought"}
NOUN_HEDGES = {"possible": 1, "potential": 1, "eventual": 1, "likely": 2, "planned": 2}
NOUN_HEDGES |= {"proposed": 1, "prospective": 1, "hypothetical": 1, "future": 2, "alleged": 3}
NOUN_HEDGES |= {"intended": 2, "expected": 2, "pending": 2, "envisaged": 1, "further": 3}


@dataclass
class Cues:
    level: int = 3
    negations: int = 0
    future: bool = False
    uu: bool = False
    conditional: bool = False
    words: list[str] | None = None
    read: set[int] = field(default_factory=set)  # words read, each once

    def note(self, what: str) -> None:
        if self.words is None:
            self.words = []
        self.words.append(what)


def _chain(head: Token) -> list[Token]:
    """The event's word and the words that govern it, up to a reporting verb or the root. An
    event that is only an argument of another verb ("undermine Russia's status as supplier",
    "in clashes with Azerbaijan") is presupposed: the climb stops there, unless that verb
    says something of it (a light verb, "refused", "planned", "be")."""
    out = [head]
    tok = head
    for _ in range(8):
        ruled_out = tok.dep_ == "advcl" and tok.tag_ == "VBG" and _phrasal_negation(tok.head)
        if tok.dep_ == "advcl" and tok.tag_ == "VB" and to_infinitive(tok) and _negated(tok.head):
            out.append(tok.head)  # "would not send troops to defend Armenia": what the
            tok = tok.head  # sending would be for is not done either
            continue
        nothing = nothing_done(tok)
        if nothing is not None:
            out.append(nothing)  # "took no action to stop it", "did nothing to help"
            break
        if tok.dep_ == "advcl" and to_infinitive(tok) and _deal_undone(tok.head):
            out.append(tok.head)  # "suspended a deal to buy F-35 jets": the buying with it
            tok = tok.head
            continue
        deal_to = tok.dep_ == "relcl" and to_infinitive(tok)  # "suspended a deal to buy
        # jets", the infinitive parsed as a relative clause: what the deal is for
        if (tok.dep_ not in CLIMB and not ruled_out and not deal_to) or tok.head.i == tok.i:
            break  # "ruled out leaving the bloc", parsed as an adverbial clause: ruled out
        if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            break  # a conjunct with its own subject is its own clause
        if tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ") and tok.head.tag_ == "VB":
            break  # "refused to name a deputy and recalled its envoy": a finite verb is no
            # conjunct of the infinitive the parser hangs it on, but a clause of its own
        gov = tok.head
        if tok.dep_ == "prep" and tok.lower_ not in CLIMB_PREPS and not _speaks_of(tok):
            break
        if tok.dep_ == "prep" and lemma(gov) in TOPIC_NOUNS:
            break  # "gave no more details of the deployment": it took place
        if tok.dep_ == "prep" and any(
            k.dep_ == "dobj" and lemma(k) in TOPIC_NOUNS for k in gov.children
        ):
            break  # "did not give details on the troops stationed", the phrase parsed on
            # the verb: the troops are there
        if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ in ("for", "over"):
            punished = tok.head.head  # "did not plan to impose sanctions on Ankara for buying
            said = [punished, *(k for k in punished.children if k.dep_ == "dobj")]  # the
            if any(lemma(w) in PUNISHING for w in said):  # S-400s": it bought them
                break
        if tok is head and rebutted(head):
            break  # "denied the accusations": they were made
        if tok.dep_ == "nsubj" and lemma(tok) in PRESENT_FORCES and _aiming(gov):
            break  # "the mission aims to calm the frontier": the aim is the mission's own,
            # no doubt on the mission (but "the withdrawal aims to end ..." is planned)
        filed = tok is head and tok.dep_ in ("dobj", "nsubjpass") and lemma(tok) in cw.FILED
        if filed and lemma(gov) in cw.ACTED_ON:
            break  # "has not approved Sweden's application": the application was made
        if tok.dep_ in ("nsubj", "csubj") and gov.pos_ == "VERB" and lemma(gov) in HOLDING:
            break  # "the growing cooperation threatens European security": it is there
        says = lemma(gov) in SAYING or _phrasal_negation(gov)  # "ruling out any presence"
        # "the two states do not have a ratified accord": what a thing had is said to be, is
        # as it is had
        says |= lemma(gov) == "have" and head.dep_ == "amod" and tok.i == head.head.i
        if tok.dep_ in ARGUMENTS and gov.pos_ in ("VERB", "AUX") and not says:
            break
        if lemma(gov) in cw.REPORTING and tok.dep_ in ("ccomp", "parataxis", "xcomp"):
            if lemma(gov) in cw.NEGATING and tok.dep_ in ("ccomp", "xcomp"):
                out.append(gov)  # "the Pentagon denied that it would withdraw", "denied
                # sending troops": it did not, says the one who would have
            if lemma(gov) in SUSPECTING and tok.dep_ == "ccomp" and not _few_believe(tok):
                out.append(gov)  # "Seoul suspects that Pyongyang sent shells": probable
            break
        if gov.dep_ == "relcl" and tok.dep_ not in ("xcomp", "conj", "aux"):
            out.append(gov)
            nothing = nothing_done(gov)
            if nothing is not None:
                out.append(nothing)  # "did nothing to prevent the offensive": it went ahead
            break
        out.append(gov)
        tok = gov
    return out


PRESENT_FORCES = WORDS["FORCES"]  # what is there when it aims at something
# Verbs of a danger or a fear whose subject is what poses or feels it: it is there ("the
# growing cooperation threatens European security"); only their object is in doubt. Not the
# verbs of aim, whose subject is still to come ("the withdrawal aims to close the mission").
HOLDING = {"threaten", "risk", "fear", "concern", "doubt", "question"}
DEALS = {"deal", "contract", "agreement", "order", "plan", "talks"}


def _deal_undone(verb: Token) -> bool:
    """A verb that calls off a deal: "suspended a deal", "cancelled the contract"."""
    return lemma(verb) in cw.NEGATING and any(
        k.dep_ == "dobj" and lemma(k) in DEALS for k in verb.children
    )


def _aiming(verb: Token) -> bool:
    """A verb of aim or intent with what is aimed at after it: "aims to", "seeks to"."""
    aim = lemma(verb) in cw.PROBABLE or lemma(verb) in cw.POSSIBLE
    return aim and verb.pos_ == "VERB" and any(k.dep_ == "xcomp" for k in verb.children)


def _as_now(verb: Token, never: Token) -> bool:
    """ "have never staged this many drills as today": a measure of today, no denial."""
    after = [t.lower_ for t in verb.subtree if t.i > never.i]
    return any(a in ("as", "than") and b in NOW for a, b in pairwise(after))


NOW = {"now", "today", "currently", "presently"}


def _negated(verb: Token) -> bool:
    return any(k.dep_ == "neg" for k in verb.children)


def _toward_doing(prep: Token) -> bool:
    """ "moving toward leaving": toward an act, not a side ("edging toward Moscow")."""
    return prep.dep_ == "prep" and any(k.dep_ == "pcomp" for k in prep.children)


def _has_clause(tok: Token) -> bool:
    return any(c.dep_ == "xcomp" for c in tok.children)


def _has_to(tok: Token) -> bool:
    """ "has to", "will have to", of a thing yet to be done (not "has yet to", a negation)."""
    if any(c.dep_ == "advmod" and c.lower_ == "yet" for c in tok.children):
        return False
    return any(
        c.dep_ == "xcomp" and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
        for c in tok.children
    )


def _few_believe(top: Token) -> bool:
    """A clause that few or no one believes or expects: "few analysts believe ...", "nobody
    in Canberra expects ...", "no one thinks ..."."""
    gov = top.head
    if top.dep_ not in ("ccomp", "xcomp") or lemma(gov) not in BELIEVING:
        return False
    for subj in (k for k in gov.children if k.dep_ == "nsubj"):
        if subj.lower_ in ("nobody", "none", "few") or any(
            d.lower_ in ("few", "no") and d.dep_ in ("amod", "det") for d in subj.children
        ):
            return True
    return False


def _phrasal_negation(tok: Token) -> bool:
    """A verb that negates with its particle: "rule out", "stop short of", "fall short of"."""
    word = PHRASAL_NEGATING.get(lemma(tok))
    return word is not None and any(c.lower_ == word for c in tok.children)


def _speaks_of(prep: Token) -> bool:
    """A preposition through which its governor says something of the event, though it is
    not one of ``CLIMB_PREPS``: "did not result in Russia threatening" (what a verb of causing
    did (not) bring about carries that verb's negation and modality), "interest in joining
    the EU" (what a word of possibility is about), "does not provide Armenia with guarantees"
    (what a verb of providing gives)."""
    if prep.lower_ == "in" and lemma(prep.head) in cw.POSSIBLE | cw.PROBABLE:
        return True
    if prep.lower_ == "in" and lemma(prep.head) in ("failure", "refusal", "delay"):
        return True  # "the failure of the two governments in renewing the contract"
    if prep.lower_ == "with" and lemma(prep.head) in PROVIDING:
        return True
    if prep.lower_ == "at" and lemma(prep.head) == "look":
        return True  # "looking at signing a deal": considering it
    if prep.lower_ == "from" and lemma(prep.head) in cw.KEEPING_FROM:
        return True  # "deter North Korea from launching an attack"
    return prep.lower_ in ("in", "to") and lemma(prep.head) in CAUSING


def _nor(tok: Token, child: Token) -> bool:
    """A negation that is no "not": "Nor has Pashinian demanded ...", "..., nor did it supply
    weapons", "Neither Armenia nor Russia signed"."""
    if child.dep_ == "cc" and child.lower_ == "nor" and child.i < tok.i:
        return True
    if child.dep_ in ("nsubj", "nsubjpass"):
        return any(k.lower_ == "neither" and k.i < child.i for k in child.children)
    return False


def _nor_before(tok: Token) -> bool:
    """A verb coordinated after "nor": "did not send troops, nor did it supply weapons"."""
    return tok.dep_ == "conj" and any(
        k.dep_ == "cc" and k.lower_ == "nor" and tok.head.i < k.i < tok.i for k in tok.head.children
    )


def _not_either(conj: Token) -> bool:
    """A verb coordinated by "or" with a negated one before it: "would not send troops or
    supply arms" denies both (not "not only ... or"); not a second verb said on its own,
    with its own subject or auxiliary ("had not withdrawn, or rather had redeployed them"),
    nor one that corrects the first ("or rather", "or instead")."""
    if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX"):
        return False
    head = conj.head
    between = [k for k in head.children if head.i < k.i < conj.i]
    ors = [k for k in between if k.dep_ == "cc" and k.lower_ == "or"]
    if not ors:
        return False
    doc = head.doc
    after = doc[ors[-1].i + 1].lower_ if ors[-1].i + 1 < len(doc) else ""
    if after in ("rather", "instead", "else", "even", "perhaps", "maybe", "at"):
        return False  # "or rather", "or even", "or at least": said of its own
    if any(k.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for k in conj.children):
        return False  # "or we will respond", "or had merely redeployed them"
    return any(
        k.dep_ == "neg"
        and k.i < head.i
        and k.lower_ in ("not", "n't", "never")
        and (doc[k.i + 1].lower_ if k.i + 1 < len(doc) else "") not in ("only", "just", "merely")
        for k in head.children
    )


def _held_as(tok: Token) -> bool:
    """ "considers an attack on one an attack on all", "is to be considered an aggression":
    "consider" of what a thing counts as, no option weighed ("considering leaving")."""
    if lemma(tok) != "consider":
        return False
    small = any(c.dep_ == "ccomp" and any(k.dep_ == "nsubj" for k in c.children)
                for c in tok.children)  # fmt: skip
    return small or any(c.dep_ == "oprd" for c in tok.children)


def _over_a_verb(tok: Token) -> bool:
    """A governor with a verb of its own below it: "offered to send troops"."""
    return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in tok.children)


def _read(tok: Token, cues: Cues, absorbed: frozenset[int], is_head: bool, lexical: bool) -> None:
    """The cues of one word of the chain; ``lexical``: its own meaning counts (not for a verb
    the event is merely coordinated with)."""
    if tok.i in cues.read:  # "is unlikely to join": the adjective is in the chain, and is
        return  # also the copula's complement
    cues.read.add(tok.i)
    low = lemma(tok)
    if tok.i not in absorbed and not is_head and lexical:
        if low in cw.NEGATING:
            cues.negations += 1
            cues.note(f"neg:{low}")
        if low in cw.UNLIKELY:
            cues.level = min(cues.level, 2)
            cues.negations += 1
            cues.future = True
            cues.note("unlikely")
        elif (low in cw.POSSIBLE and not _held_as(tok)) or (
            low in cw.POSSIBLE_TO and _over_a_verb(tok)
        ):
            cues.level = min(cues.level, 1)
            cues.future = True
            cues.note(f"ps:{low}")
        elif low in cw.PROBABLE and not (low in cw.NEARNESS and tok.pos_ == "VERB"):
            cues.level = min(cues.level, 2)
            cues.future = True
            cues.note(f"pr:{low}")
        elif low in cw.FUTURE_ONLY and not _agreed_upon(tok):
            cues.future = True
            cues.note(f"fut:{low}")
        elif low == "have" and _has_to(tok):  # "still has to be ratified": as "needs to"
            cues.level = min(cues.level, 2)
            cues.future = True
            cues.note("pr:have_to")
    if _nor_before(tok):
        cues.negations += 1
        cues.note("neg:nor")
    own = tok.i not in absorbed and not is_head and lexical
    negated = any(c.dep_ == "neg" for c in tok.children)  # "did not rule out": below
    if own and _phrasal_negation(tok) and not negated:
        cues.negations += 1
        cues.note(f"neg:{low}")
    ruled_out = low == "rule" and any(c.lower_ == "out" for c in tok.children)
    # "did not rule out"; not where the "not" is the trigger's own ("did not rule out
    # military action": a threat made, as sure as its telling)
    if ruled_out and any(c.dep_ == "neg" and c.i not in absorbed for c in tok.children):
        cues.level = min(cues.level, 1)
        cues.negations -= 1
        cues.future = True
        cues.note("not_rule_out")
    for child in tok.children:
        if child.i in absorbed or (not lexical and child.dep_ not in ("aux", "auxpass", "mark")):
            continue  # a verb the event is coordinated with shares its auxiliaries and "if"
        c = child.lower_
        if child.dep_ == "acomp" and low == "be" and not is_head:
            # "it is unlikely that Moscow will ...": the adjective speaks of the that-clause
            _read(child, cues, absorbed, False, True)
            continue
        if child.dep_ == "neg" or (child.dep_ == "det" and c == "no") or _nor(tok, child):
            doc = tok.doc
            after = doc[child.i + 1].lower_ if child.i + 1 < len(doc) else ""
            no_longer = c == "no" and after == "longer"
            not_only = c in ("not", "n't") and after in ("only", "just", "merely", "simply")
            # "has not only shunned ... but also recalled"; "ties have never been stronger":
            # as strong as ever, no denial
            never_more = c == "never" and (
                any(k.tag_ in ("JJR", "RBR") for k in tok.children) or _as_now(tok, child)
            )
            if not no_longer and not not_only and not never_more:
                cues.negations += 1
                cues.note("neg")
        elif child.dep_ in ("aux", "auxpass") and c in FUTURE_AUX:
            cues.future = True
            cues.note(f"aux:{c}")
        elif child.dep_ == "aux" and c in POSSIBLE_AUX:
            cues.level = min(cues.level, 1)
            cues.future = cues.future or c not in ("can", "ca")
            cues.note(f"aux:{c}")
        elif child.dep_ == "aux" and c in PROBABLE_AUX:
            cues.level = min(cues.level, 2)
            cues.future = True
            cues.note(f"aux:{c}")
        elif child.dep_ == "advmod" and lemma(child) in cw.POSSIBLE:
            cues.level = min(cues.level, 1)
            cues.note(f"adv:{c}")
        elif child.dep_ == "advmod" and lemma(child) in cw.PROBABLE:
            cues.level = min(cues.level, 2)
            cues.note(f"adv:{c}")
        elif child.dep_ == "advmod" and c in ("never",):
            cues.negations += 1
        elif child.dep_ == "advmod" and c == "yet" and low == "have" and _has_clause(tok):
            cues.negations += 1  # "has yet to leave": not (yet) done
            cues.note("yet_to")
        elif (
            c in ("toward", "towards")
            and low in MOVING
            and tok.pos_ == "VERB"
            and _toward_doing(child)
        ):
            cues.level = min(cues.level, 2)  # "is moving toward leaving": on the way to it
            cues.future = True
            cues.note("toward")
        elif child.dep_ == "amod" and c in NOUN_HEDGES and tok.pos_ in ("NOUN", "PROPN"):
            cues.level = min(cues.level, NOUN_HEDGES[c])
            cues.future = cues.future or NOUN_HEDGES[c] < 3
            cues.note(f"amod:{c}")
        elif child.dep_ == "mark" and c in cw.IF and tok.dep_ in ("advcl", "ccomp", "conj"):
            cues.uu = cues.conditional = True
            cues.note(f"if:{c}")


def _conditions(doc: Doc, chain: list[Token], cues: Cues) -> None:
    """Antecedents ("if Armenia leaves", "in the event of aggression") and their main clauses."""
    for tok in chain:
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            before = " ".join(t.lower_ for t in doc[max(0, tok.left_edge.i - 4) : tok.left_edge.i])
            if any(before.endswith(p) for p in cw.IF_PHRASES if not p.endswith("that")):
                cues.uu = cues.conditional = True
                cues.note("if_phrase")
        for child in tok.children:
            marks = {m.lower_ for m in child.children if m.dep_ == "mark"}
            if child.dep_ == "advcl" and marks & {"if", "unless", "once", "should"}:
                cues.conditional = True
                cues.note("main_of_if")
            if _awaits(tok, child):  # "would take effect after ratification": the
                cues.conditional = True  # step awaited is a condition of it
                cues.note("main_of_after")
    head = chain[0]
    prep = head.head if head.dep_ == "pobj" else None
    if prep is not None and prep.head.i != prep.i and _awaits(prep.head, prep):
        cues.uu = cues.conditional = True  # the step itself: not taken yet, and awaited
        cues.note("awaited")


def _awaits(verb: Token, prep: Token) -> bool:
    """Whether a verb yet to happen ("would take effect", "will enter into force") waits on a
    step its "after", "upon" or "pending" names ("after ratification by the parliaments")."""
    if prep.dep_ != "prep" or prep.lower_ not in AWAITING or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not any(k.dep_ == "aux" and k.lower_ in YET_TO for k in verb.children):
        return False
    return any(lemma(o) in STEPS_AWAITED for o in prep.children if o.dep_ == "pobj")


AWAITING = {"after", "upon", "pending", "following"}
YET_TO = {"will", "would", "shall", "can", "could", "must", "may", "might"}
# steps an agreement waits on before it binds
STEPS_AWAITED = {"ratification", "approval", "signing", "signature", "endorsement", "vote"}


AGREED = WORDS["AGREEMENT"] | {"ceasefire", "truce", "armistice"}


def _agreed_upon(tok: Token) -> bool:
    """ "Iran and Israel have agreed to a ceasefire": agreeing to a pact is reaching it, done,
    not a promise of something later (as "agreed to withdraw" is)."""
    if lemma(tok) != "agree":
        return False
    return any(
        prep.lower_ in ("to", "on", "upon") and lemma(obj) in AGREED
        for prep in tok.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _any(head: Token) -> bool:
    """An event noun determined by "any": whichever may happen, none that has (not under a
    negated verb: "did not record any new deliveries")."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "any" for c in head.children):
        return False
    return not any(c.dep_ == "neg" for c in head.head.children)


def _hypothetical(head: Token) -> bool:
    """ "Moldova's membership would cost it dearly", "leaving the bloc may invite attack":
    the subject of a "would" predicate, a noun or a clause; "would not defend Armenia in a war
    over Karabakh": an indefinite act in its phrase."""
    modals: tuple[str, ...] = ("would", "could")
    if head.dep_ in ("nsubj", "nsubjpass"):
        verb = head.head
    elif head.dep_ in ("csubj", "csubjpass") and head.tag_ == "VBG":
        verb, modals = head.head, ("would", "could", "may", "might")
    elif head.dep_ == "pobj" and head.pos_ == "NOUN" and _indefinite(head):
        verb = head.head.head
    else:
        return False
    if head.dep_ != "pobj" and not _says_what_it_would_do(verb):
        return False
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


def _says_what_it_would_do(verb: Token) -> bool:
    """Whether a modal predicate tells what an act would bring ("would cost it dearly"), not
    when or how it comes about ("the withdrawal would begin in May", "could take years": the
    act itself foreseen), nor what could not be done or may have been ("could not be
    stopped", "may have cost Finland its neutrality")."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    negated = any(c.dep_ == "neg" for c in verb.children)
    return not (lemma(verb) in OCCURRING or "have" in auxes or (negated and "could" in auxes))


def _indefinite(noun: Token) -> bool:
    return any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in noun.children)


def _tense(head: Token, chain: list[Token], cues: Cues, etype: str, past_time: bool) -> str:
    if cues.future or cues.uu:
        return "future"
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    # "US troops to leave Niger": a headline's "to", also on the noun a trigger is headed by
    told = verb or next((k for k in head.children if k.dep_ in ("relcl", "acl")), None)
    if told is not None and _headline_infinitive(told):
        return "future"
    if verb is None:
        # a noun has the tense of the verb it hangs on ("will ship another arms package",
        # "would provide aid"), save a standing it names, which holds whatever was said
        # of it ("condemned the US military presence"); "Russia's invasion of Ukraine", "the
        # Israeli strikes": a blow named is one struck
        gov = next((a for a in list(head.ancestors)[:3] if a.pos_ in ("VERB", "AUX")), None)
        said = _tense(gov, [gov], cues, etype, past_time) if gov is not None else "present"
        if said == "past" and lemma(head) in cw.STANDING_NOUNS and not past_time:
            return "present"  # "condemned the US military presence": it stands still
        if said == "present" and (past_time or lemma(head) in cw.BLOWS):
            return "past"
        return said
    verb = adjectival_conjunct(verb) or verb  # "... and snubbed CSTO summits": its verb's tense
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_words = {c.lower_ for c in auxes}
    if aux_words & {"will", "shall", "'ll", "’ll"}:
        return "future"
    if verb.tag_ == "VBN" and aux_words & cw.PERFECT:
        # "has suspended its membership", "have withdrawn": done; but a standing that holds
        # now ("has frozen its participation", "has not left", "has deployed troops for
        # decades") is present
        if aux_words & {"had"} or etype not in cw.STATE_TYPES:
            return "past"
        negated = any(c.dep_ == "neg" for c in verb.children)
        lasting = any(c.lower_ in ("for", "since") for c in verb.children) or (
            etype in LASTING and any(_since_clause(c) for c in verb.children)
        )  # "have been stationed there since the country gained independence": still are
        if lasting or (not past_time and (negated or etype == "freeze")):
            return "present"
        return "past"
    if verb.tag_ == "VBG" and aux_words & {"been"}:
        return "present"
    if verb.tag_ == "VBD" or aux_words & {"was", "were", "did"}:
        return "past"
    if verb.tag_ in ("VBZ", "VBP") and _headline(verb) and lemma(verb) not in cw.STATIVE:
        return "past"  # "Georgia formally quits CIS": a headline's present tells what was done
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and past_time:
        return "past"
    if past_time:
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") and etype not in cw.STATE_TYPES:
        return "past"  # "the treaty, signed between Pyongyang and Moscow": done
    if verb.tag_ in ("VB", "TO", "VBG") and verb.dep_ == "xcomp":  # "began leaving"
        gov = verb.head
        if gov.tag_ == "VBD":
            return "past"
    if verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ in MEANS:
        governor = verb.head.head  # "was followed by deploying guards": when the clause
        # was (not "was barred from joining", "was counting on receiving": not done then)
        aux = {c.lower_ for c in governor.children if c.dep_ in ("aux", "auxpass")}
        finite = governor.pos_ in ("VERB", "AUX")
        if finite and (governor.tag_ == "VBD" or aux & {"was", "were", "had"}):
            return "past"
        if finite and aux & {"will", "shall", "'ll", "’ll"}:
            return "future"  # "will respond by deploying missiles"
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and not auxes:
        gov = verb.head  # "has expressed unease, urging Beijing": when the clause was
        perfect = {c.lower_ for c in gov.children if c.dep_ == "aux"} & cw.PERFECT
        if gov.tag_ == "VBD" or (gov.tag_ == "VBN" and perfect):
            return "past"
    return "present"


def _since_clause(clause: Token) -> bool:
    """ "since the country gained independence", "since the base was opened": a time past
    that a standing has lasted from (a past verb, not the present of a reason)."""
    if clause.dep_ != "advcl" or not any(m.lower_ == "since" for m in clause.children):
        return False
    passive_past = any(a.lower_ in ("was", "were") for a in clause.children)
    return clause.tag_ == "VBD" or (clause.tag_ == "VBN" and passive_past)


def _headline(verb: Token) -> bool:
    """The main verb of a line with no full stop before the document's first sentence that
    has one: its headline, first or after the page's menus ("Skip to main content")."""
    sent = verb.sent
    if verb.dep_ != "ROOT" or any(t.text == "." for t in sent):
        return False
    return first_stop(verb.doc) >= sent.start


def _headline_infinitive(verb: Token) -> bool:
    """ "US troops to leave Niger by September", "Russia to sign pact": a headline's "to" with
    no finite verb in its line says what will be."""
    if not to_infinitive(verb):
        return False
    main = verb.dep_ == "ROOT" or (verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "ROOT")
    finite = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.sent)
    return main and not finite


def _instead(head: Token) -> bool:
    """ "the initialing, rather than signing, of the treaty", "instead of joining NATO": what
    was not done."""
    prep = head.head if head.dep_ in ("pcomp", "pobj") else None
    if prep is None:
        return False
    if prep.lower_ == "than" and any(c.lower_ == "rather" for c in prep.children):
        return True
    return prep.lower_ == "of" and prep.head.lower_ == "instead"


def _inside_condition(head: Token) -> bool:
    """Is the event's word inside an antecedent, below its verb? "if Yerevan leaves [the CSTO
    and Russian troops withdraw]": whatever the parse makes of the words, the clause is an
    "if"."""
    for tok in head.sent:
        if tok.dep_ == "mark" and tok.lower_ in cw.IF and tok.head.dep_ in ("advcl", "ccomp"):
            clause = tok.head
            if clause.i != head.i and head in clause.subtree and tok.i < head.i:
                return True
    return False


def _under_condition(head: Token) -> bool:
    """Is there an antecedent ("if ...", "unless ...") elsewhere in the sentence? Then what the
    sentence asserts outside it holds only under it."""
    for tok in head.sent:
        if tok.dep_ == "mark" and tok.lower_ in ("if", "unless") and tok.head.dep_ == "advcl":
            clause = tok.head
            inside = clause.left_edge.i <= head.i <= clause.right_edge.i
            if not inside and not _in_relative_without(clause.head, head, tok):
                return True
    return False


# what a relative clause on it says is its terms: "a pact that commits Warsaw to ... if"
PACT_NOUNS = WORDS["AGREEMENT"] | {"law", "bill"}


# what a pledge of defence is "if" or "in the event of": its content, not its condition
ATTACKED = {"attack", "aggression", "invade", "invasion", "assault", "threaten", "threat"}


def _if_attacked(head: Token) -> bool:
    """ "vowed to come to Niger's aid if it is attacked", "will defend each other in the
    event of aggression": the attack is what the pledge is about."""
    after = [t for t in head.sent if t.i > head.i]
    for k, tok in enumerate(after):
        if tok.lower_ in ("if", "should") or (
            tok.lower_ == "event" and k and after[k - 1].lower_ == "the"
        ):
            return any(lemma(t) in ATTACKED for t in after[k + 1 : k + 9])
    return False


def _none_of_its_own(head: Token) -> bool:
    """A verb whose subject or object is none: "No Chinese troops will be stationed"."""
    if head.pos_ != "VERB":
        return False
    return any(
        k.dep_ in ("nsubj", "nsubjpass", "dobj")
        and any(d.dep_ == "det" and d.lower_ == "no" for d in k.children)
        for k in head.children
    )


def _in_relative_without(governor: Token, head: Token, mark: Token) -> bool:
    """Is the verb an antecedent hangs on inside a relative clause that leaves the event's word
    out, and says what its noun holds on its own? "signed a pact that could see troops
    deployed if it is attacked": the "if" is the pact's content, not a condition of the
    signing; so in an aside on a named one ("Britain, which would send troops if ...,
    signed"), or one whose verb the "if" comes before ("40 jets, which, if materialised,
    will mark the first export"). The parser hangs a last "if" on the nearest verb: not so in
    a clause that says what the event's objects are ("will buy the jets that Washington
    offered if the price falls"), nor in one on the event's own word ("threatened strikes
    aimed at ... if")."""
    tok = governor
    while tok.head.i != tok.i:
        relative = tok.dep_ in ("relcl", "acl") and tok.head.i != head.i
        within = tok.left_edge.i < mark.i < governor.i  # "jets, which, if materialised, will"
        if (
            relative
            and head not in tok.subtree
            and (within or _pact_terms(tok) or _aside_on_named(tok, mark))
        ):
            return True
        tok = tok.head
    return False


def _pact_terms(clause: Token) -> bool:
    """ "a pact that commits ...", "a law that lets ...", "a treaty obliging ...": a clause
    whose subject is the agreement itself."""
    if lemma(clause.head) not in PACT_NOUNS:
        return False
    if clause.dep_ == "acl":
        return clause.tag_ == "VBG"
    if any(
        k.dep_ in ("nsubj", "nsubjpass") and k.lower_ in ("that", "which") for k in clause.children
    ):
        return True
    # the parse gone astray ("treaty ... that obliges each side ..., the strongest defence tie"):
    # the clause opens with the pronoun and its verb, so the pronoun is the subject
    first = clause.left_edge
    after = clause.doc[first.i + 1] if first.i + 1 < len(clause.doc) else first
    return first.lower_ in ("that", "which") and after.pos_ in ("VERB", "AUX")


def _aside_on_named(clause: Token, mark: Token) -> bool:
    """ "Britain, which would send troops if a ceasefire holds, signed": a clause set off by a
    comma on a named one, the "if" within it (no comma before it)."""
    doc = clause.doc
    first = clause.left_edge
    return (
        clause.dep_ == "relcl"
        and clause.head.pos_ == "PROPN"
        and first.lower_ in ("who", "which", "whose")
        and first.i > 0
        and doc[first.i - 1].text == ","
        and not (mark.i > 0 and doc[mark.i - 1].text == ",")
    )


def modality(doc: Doc, c: Candidate, past_time: bool) -> None:
    head = doc[c.head]
    chain = _chain(head)
    deed = c.type == "accuse" and c.trigger.pattern in DEEDS_ACCUSED
    if deed:  # "Manila rejected China's aggressive moves", "said Putin is trying to escalate
        # the situation", "vowed to respond to the hostile policy of X": the deed is the
        # speaker's charge, as sure as the speaker's own saying, whatever is said of the deed
        chain = [head, *[t for t in chain[1:] if lemma(t) in cw.REPORTING]]
    cues = Cues(negations=1 if c.trigger.negative else 0)
    if NOT_PROVIDED in c.cues:  # "the pact does not cover the sale of missiles": the
        cues.negations += 1  # verb is the pact's, the chain stops below it (arguments/dyad.py)
        cues.note("neg:not_provided")
    if _none_of_its_own(head):  # "no Chinese troops will be stationed", "sent no troops"
        cues.negations += 1
        cues.note("neg:none_of")
    if not deed and _hypothetical(head):
        cues.uu = True
        # "joining the bloc would clash with its other ties": what the predicate says holds
        # under the act its subject names
        cues.conditional = head.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass")
        cues.note("hypothetical")
    for k, tok in enumerate(chain):
        lexical = k == 0 or chain[k - 1].dep_ != "conj"
        own = c.start <= tok.i < c.end  # "suspend its participation in": the trigger's word
        _read(tok, cues, c.absorbed, is_head=k == 0 or own, lexical=lexical)
        if k > 0 and _not_either(chain[k - 1]):
            cues.negations += 1  # "did not send troops or supply arms": neither was done
            cues.note("neg:or")
        if k > 0 and tok.lower_ == "nothing":  # "did nothing to prevent", also where the
            cues.negations += 1  # trigger's words include it
            cues.note("neg:nothing")
    if any(
        k.lower_ == "whether" and k.dep_ in ("mark", "advmod") for t in chain for k in t.children
    ):
        cues.uu = True  # "a decision on whether to send troops": an open question
        cues.note("whether")
    if not cues.negations and _any(head) and c.type not in STANDING:
        cues.uu = True  # "will respond to any deployment of troops": none in particular;
        cues.note("any")  # "has not launched any attack" is a negation instead
    _conditions(doc, chain, cues)
    if _few_believe(chain[-1]):
        cues.negations += 1  # "few analysts believe Beijing would intervene": not expected
        cues.note("neg:few")
    if _instead(head):
        cues.negations += 1
        cues.note("neg:instead")
    if not cues.uu and _inside_condition(head):
        cues.uu = cues.conditional = True
        cues.note("inside_if")
    if not cues.conditional and _under_condition(head):
        cues.conditional = True
        cues.note("sentence_if")
    if c.trigger.pattern == HELP_IF_ATTACKED or (c.type == "commit_defense" and _if_attacked(head)):
        cues.conditional = False  # "would help if either is attacked": the if is the pledge's
        cues.future = False  # content, and the pledge stands now
        said = [w for w in cues.words or [] if w.startswith(("pr:", "ps:"))]
        if said and all(w[3:] in PLEDGING for w in said):
            cues.level = 3  # "commits each side to render assistance if attacked": the
            # commitment is the event, made, not a probability of it
    if c.trigger.pattern in REACHING and cues.negations % 2:
        cues.negations = 0  # "failed to reach an agreement": talks without an outcome are
        cues.note("talks_held")  # still talks; the agreement not reached is the signing's
    if cues.uu:
        c.factuality = "Uu"
    else:
        name = {3: "CT", 2: "PR", 1: "PS"}[cues.level]
        c.factuality = name + ("-" if cues.negations % 2 else "+")
    c.conditional = cues.conditional
    c.tense = _tense(head, chain, cues, c.type, past_time)
    c.cues += [f"cue={w}" for w in (cues.words or [])]
    c.cues.append(f"chain={len(chain)}")


@Language.component("pactwatch_modality")
@guarded("pactwatch_modality")
def modality_component(doc: Doc) -> Doc:
    r: Reading = doc._.pactwatch
    for c in r.candidates:
        modality(doc, c, past_time=c.date is not None and _before(c, r))
        if c.tense == "future" and c.date_ahead is not None:
            c.date = c.date_ahead  # "will stay beyond Tuesday": the coming one
        _in_prospect(doc, r, c)
        _not_yet_made(r, c)
    for c in r.candidates:
        if c.again_of >= 0:  # "the deliveries would prolong the war": said again, the
            # deliveries are as certain as where they were told, whatever is said of them now
            told = next(
                (p for p in r.candidates if p.head == c.again_of and p.type == c.type), None
            )
            if told is not None:
                c.factuality = told.factuality
                c.cues.append("cue=told_before")
    return doc


# days an article may run ahead of the first event the knowledge base holds of an agreement
# (the news of a deal a few days before its signing)
AHEAD_DAYS = 31


def _not_yet_made(r: Reading, c: Candidate) -> None:
    """An agreement the knowledge base has signed (or, unsigned, first tells of) well after the
    article was written is none of what the article says was done or holds ("ironclad security
    commitments", in June 2023, are not the pledge of Camp David of that August): only talks,
    what will be, or what has not been done yet can be of it."""
    day = r.document.published if r.document is not None else None
    if c.agreement is None or day is None or c.agreement in r.know.organizations:
        return
    if c.type in TALK_TYPES or c.tense == "future" or not c.factuality.endswith("+"):
        return  # "the treaty is not signed yet": the one to come; talk of it
    first = r.know.signed.get(c.agreement, r.know.first_told.get(c.agreement))
    if first is not None and (first.start - day.start).days > AHEAD_DAYS:
        c.agreement = None
        c.cues.append("agr=not_yet_made")


def _in_prospect(doc: Doc, r: Reading, c: Candidate) -> None:
    """ "Sweden's NATO membership will strengthen Hungary's security", written before Sweden
    joined: a membership named by a noun or a bare gerund ("Finland and Sweden joining the
    alliance"), of a state the knowledge base has outside the bloc on the document's day, is
    a prospect, not a fact."""
    head = doc[c.head]
    gerund = head.tag_ == "VBG" and not any(a.dep_ in ("aux", "auxpass") for a in head.children)
    if (
        c.type != "join"
        or (head.pos_ != "NOUN" and not gerund)  # "Finland and Sweden joining the alliance"
        or (c.factuality, c.tense) != ("CT+", "present")
    ):
        return
    day = r.document.published if r.document is not None else None
    states = [s for s in c.subject if r.know.is_state(s)]
    if day is None or not states or c.agreement not in r.know.organizations:
        return
    if not any(r.know.member_on(s, c.agreement, day) for s in states):
        c.factuality, c.tense = "PS+", "future"
        c.cues.append("cue=prospect")


def _before(c: Candidate, r: Reading) -> bool:
    anchor = r.anchor
    return c.date is not None and anchor is not None and c.date.start < anchor
