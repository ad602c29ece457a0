"""Finding triggers: the lexicon's patterns, compiled into one spaCy ``Matcher`` over lemmas.

Each token's ``norm_`` is set to its folded lemma ("criticised" -> "criticize", "frozen" ->
"freeze") so that a pattern names a word once. A match becomes a candidate event at its head
token; a head keeps its longest match per event type. Sentences of page chrome ("Join today",
"Become a member", "Image via ...") start no event.
"""

from __future__ import annotations

from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from pactwatch.extraction.away import taken_away
from pactwatch.extraction.lexicon import TRIGGERS, VERB_OF
from pactwatch.extraction.lexicon.forms import FORMS, SPELLING
from pactwatch.extraction.lexicon.patterns import SETS, Trigger
from pactwatch.extraction.reading import Candidate, Reading, guarded
from pactwatch.extraction.syntax import lemma

POS = {"V": ["VERB", "AUX"], "N": ["NOUN", "PROPN"], "A": ["ADJ", "VERB"]}
PAIR = Trigger(("sign",), "agreement", "pair")
GAP = {"TEXT": {"NOT_IN": [".", ";", "!", "?", "\n", "\n\n"]}}
# The longest gap each mark allows. A gap is one repeating Matcher token, bounded once a match
# is found: a bounded repetition ("{0,7}") makes the Matcher keep a state for every length.
GAP_BOUNDS = {"~": 3, "~~": 7, "~~~": 12}


# function words the verb table takes for inflections ("as" of "a", "its" of "it"): a
# pattern's "as" is "as" only
UNINFLECTED = {"as", "its"}


def compile_pattern(
    pattern: str,
) -> tuple[list[dict[str, Any]], int | None, set[int], dict[int, int]]:
    """spaCy Matcher tokens, the index of the head token (None: the match's syntactic root),
    the indexes of absorbed cues, and the longest gap each gap token allows."""
    tokens: list[dict[str, Any]] = []
    head: int | None = None
    absorbed: set[int] = set()
    bounds: dict[int, int] = {}
    for part in pattern.removeprefix("NOT ").split():
        if part in GAP_BOUNDS:
            bounds[len(tokens)] = GAP_BOUNDS[part]
            tokens.append({**GAP, "OP": "*"})
            continue
        flags = ""
        while part[:1] in "^!?":
            flags += part[0]
            part = part[1:]
        word, _, pos = part.partition("/")
        if not pos and all(alt.startswith("$") for alt in word.split("|")):
            pos = "N"  # the sets name things: "forced to leave" is no force leaving
        alts: list[str] = []
        for alt in word.split("|"):
            for w in SETS[alt[1:]].split() if alt.startswith("$") else [alt.lower()]:
                # a noun is not its verb: "signing/N" must not match "a sign of"
                verb = w if pos == "N" or w in UNINFLECTED else VERB_OF.get(w, w)
                alts += [w, verb, FORMS.get(w, w), SPELLING.get(w, w)]
        alts = sorted(set(alts))
        tok: dict[str, Any] = {"NORM": {"IN": alts}} if len(alts) > 1 else {"NORM": alts[0]}
        if pos:
            tok["POS"] = {"IN": POS[pos]}
        if "?" in flags:
            tok["OP"] = "?"
        if "^" in flags:
            head = len(tokens)
        if "!" in flags:
            absorbed.add(len(tokens))
        tokens.append(tok)
    return tokens, head, absorbed, bounds


def _runs(sents: list[Span], ks: list[int]) -> list[Span]:
    """The sentences numbered ``ks`` (in order), consecutive ones joined into one span."""
    runs: list[list[int]] = []
    for k in ks:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    doc = sents[0].doc
    return [doc[sents[r[0]].start : sents[r[-1]].end] for r in runs]


def _key_words(tokens: list[dict[str, Any]]) -> frozenset[str]:
    """The words of a pattern's most selective required token: a sentence without any of
    them cannot match it. A token of function words ("of", "with", "be") is in nearly every
    sentence, so a content word is the key wherever the pattern has one."""
    keys = []
    for tok in tokens:
        norm = tok.get("NORM")
        if norm is None or tok.get("OP") in ("?", "*"):
            continue
        keys.append(frozenset(norm["IN"] if isinstance(norm, dict) else [norm]))
    return min(keys, key=lambda k: (_common(k), len(k))) if keys else frozenset()


def _common(words: frozenset[str]) -> bool:
    return any(w in STOP_WORDS or not w.isalpha() for w in words)


class Triggers:
    """The lexicon's patterns in Matchers grouped by a word each pattern needs, so that a
    document runs only the groups whose words it holds (one Matcher of every pattern spends
    most of its time on patterns that cannot match)."""

    def __init__(self, nlp: Language) -> None:
        self.specs: list[tuple[Trigger, int | None, set[int]]] = []
        self.pattern_tokens: list[list[dict[str, Any]]] = []
        self.bounds: list[dict[int, int]] = []
        grouped: dict[frozenset[str], list[int]] = {}
        for n, trig in enumerate(TRIGGERS):
            tokens, head, absorbed, bounds = compile_pattern(trig.pattern)
            self.specs.append((trig, head, absorbed))
            self.pattern_tokens.append(tokens)
            self.bounds.append(bounds)
            grouped.setdefault(_key_words(tokens), []).append(n)
        self.matchers: list[Matcher] = []
        self.always: list[int] = []  # groups with no required word, run on every document
        self.by_word: dict[str, list[int]] = {}
        for words, members in grouped.items():
            matcher = Matcher(nlp.vocab)
            for n in members:
                matcher.add(str(n), [self.pattern_tokens[n]])
            g = len(self.matchers)
            self.matchers.append(matcher)
            if not words:
                self.always.append(g)
            for w in words:
                self.by_word.setdefault(w, []).append(g)

    def matches(self, doc: Doc) -> list[tuple[int, int, int, list[int]]]:
        """Every match of every pattern: (pattern index, start, end, alignment), in the
        order of their ends, starts and pattern indexes. A group runs only over the runs of
        sentences that hold one of its words (a Matcher walks every token it is given)."""
        sents = list(doc.sents)
        where: dict[int, set[int]] = {}  # group -> the sentences holding one of its words
        for k, sent in enumerate(sents):
            for w in {tok.norm_ for tok in sent}:
                for g in self.by_word.get(w, ()):
                    where.setdefault(g, set()).add(k)
        found = []
        for g in sorted(set(self.always) | where.keys()):
            spans = [doc[:]] if g in self.always else _runs(sents, sorted(where[g]))
            for span in spans:
                for match_id, start, end, align in self.matchers[g](span, with_alignments=True):  # type: ignore[misc]
                    m = int(doc.vocab.strings[match_id])
                    found.append((m, span.start + start, span.start + end, align))
        found.sort(key=lambda m: (m[2], m[1], m[0]))
        return found

    @guarded("pactwatch_triggers")
    def __call__(self, doc: Doc) -> Doc:
        r: Reading = doc._.pactwatch
        for tok in doc:
            if _noun_read_as_verb(tok):
                tok.pos_, tok.tag_ = "NOUN", "NNS"
            tok.norm_ = lemma(tok)
        found: dict[tuple[int, str], list[Candidate]] = {}
        for n, start, end, align in self.matches(doc):
            if any(align.count(k) > most for k, most in self.bounds[n].items()):
                continue  # a gap longer than its mark allows
            if _clause_in_gap(doc, start, align, self.bounds[n]):
                continue  # "ties while Hanoi faces mounting": no growth of the ties
            if _auxiliary_of_gap(doc, start, align, self.pattern_tokens[n], self.bounds[n]):
                continue  # "soldiers were sent to Mali in 2013": "were" is no "are in"
            trig, head_k, absorbed_k = self.specs[n]
            self.patterns = self.pattern_tokens[n]
            if doc[start].sent.start in r.chrome:
                continue
            if end - start > 1 and doc[end - 1].dep_ == "poss":
                continue  # "the end of the alliance's operation": the alliance is not ended
            absorbed = frozenset(start + j for j, k in enumerate(align) if k in absorbed_k)
            if head_k is not None:
                head = next((start + j for j, k in enumerate(align) if k == head_k), start)
            else:  # the match's syntactic root, among the words that are not gaps or cues
                words = [start + j for j, k in enumerate(align) if "NORM" in self.patterns[k]]
                words = [i for i in words if i not in absorbed] or [start]
                inside = set(words)
                roots = [i for i in words if doc[i].head.i not in inside or doc[i].head.i == i]
                # words that each modify a noun outside the match ("joint training flights"):
                # the noun of the match heads it, not its adjective
                named = [i for i in roots if doc[i].pos_ in ("NOUN", "PROPN", "VERB")]
                head = (named or roots or words)[0]
            if doc[head].dep_ in ("aux", "auxpass") and doc[head].tag_ != "MD":
                continue  # "has deployed troops": an auxiliary is no verb of having
            key = (head, "|".join(trig.types))
            found.setdefault(key, []).append(
                Candidate(trig, trig.types[0], start, end, head, absorbed)
            )
        # a head's longest match per type that no test takes away ("drones and Chinese-
        # supplied", read as arms supplied, is taken away; "Chinese-supplied" is not)
        best: dict[tuple[int, str], Candidate] = {}
        for key, matched in found.items():
            matched.sort(key=lambda c: c.start - c.end)  # stable: the first of a length
            # never a bare word in place of a longer match taken away ("delivered funding
            # for drones" is no delivery)
            fallback = [c for c in matched[1:] if c.end - c.start > 1]
            kept_one = next((c for c in matched[:1] + fallback if not taken_away(doc, c)), None)
            if kept_one is not None:
                best[key] = kept_one
        for ref in r.refs:  # an agreement named by its parties is a signing
            near = ref.end - ref.start <= 4  # "the American-Swedish one", not a long name
            if ref.how == "pair" and near and doc[ref.start].sent.start not in r.chrome:
                pair = Candidate(PAIR, "sign", ref.start, ref.end, ref.head)
                if not taken_away(doc, pair):
                    best[(ref.head, "pair")] = pair
        kept: list[Candidate] = []
        # a reading that yields to another read by a pattern of one type at the same head
        # (``_yields_to``)
        sure = {(h, t[0]) for (h, _), c in best.items() if len(t := c.trigger.types) == 1}
        best = {
            (h, ts): c
            for (h, ts), c in best.items()
            if not any((h, t) in sure for t in _yields_to(c.trigger.types))
        }
        for c in sorted(best.values(), key=lambda c: (-(c.end - c.start), _depth(doc[c.head]))):
            same = [k for k in kept if k.trigger.types == c.trigger.types]
            clash = [k for k in same if k.start <= c.head < k.end or c.start <= k.head < c.end]
            if c.type == "arms_supply":  # "used Chinese missiles and Turkish drones": two
                clash = [k for k in clash if doc[k.head] not in doc[c.head].conjuncts]
            if clash:  # one event matched twice ("mutual defense obligations"): keep the
                k = clash[0]  # match whose head governs the other's
                if (
                    _depth(doc[c.head]) < _depth(doc[k.head])
                    and c.end - c.start >= k.end - k.start - 1
                ):
                    kept[kept.index(k)] = c
                continue
            kept.append(c)
        r.candidates = sorted(_unsubsumed(doc, kept), key=lambda c: (c.head, c.start))
        return doc


FREEZE_OR_SUSPEND = ("freeze", "suspend")  # the types of a pattern its frame reads as one
NARROWER = {"reduce_cooperation": ("skip_exercise",)}  # a type -> its narrower readings


def _yields_to(types: tuple[str, ...]) -> tuple[str, ...]:
    """The types a reading gives way to where a pattern of one of them matches its head: the
    freeze-or-suspension pattern to either one ("suspend its membership": a suspension, no
    freeze beside it); a type to its narrower readings (``NARROWER``: "called off the CSTO
    drills" is a member skipping its bloc's exercise, not ties cut)."""
    return types if types == FREEZE_OR_SUSPEND else NARROWER.get(types[0], ())


# A match inside a longer one of these types is part of it: "reduced military cooperation" is
# no cooperation, "froze its membership" no accession, "ended the fighting" no attack.
SUBSUMED = {
    "cooperate": {"reduce_cooperation", "terminate", "skip_exercise", "skip_meeting"},
    "join": {"freeze", "suspend", "withdraw", "resume", "notify_withdrawal", "expel", "apply"},
    "deploy": {"withdraw_forces", "skip_exercise"},  # "will not host the CSTO drills"
    "attack": {"peace_deal", "commit_defense", "sign"},  # "struck a pact": no blow
    "sign": {"terminate", "ratify", "withhold_contribution"},  # "not sign the budget"
    "ratify": {"withhold_contribution"},  # "declined to sign off on the budget"
    "negotiate": {"sign", "peace_deal", "reduce_cooperation"},  # "suspended talks with"
    "urge": {"apply", "negotiate"},  # "Sweden's accession request" is its application; a
    # "phone call" is talks, no call for anything
    "resume": {"withdraw_forces"},  # "returned its last bases": no return to anything
    "extend": {"commit_defense"},  # "extends its nuclear umbrella": a guarantee, no treaty
    "security_assistance": {"commit_defense"},  # "assist one another in case of attack"
    "arms_supply": {"reduce_cooperation"},  # "paused weapons shipments": no arms shipped
    "withdraw_forces": {"reduce_cooperation"},  # "scaling back aid": no forces leave
    "reduce_cooperation": {"skip_meeting", "skip_exercise"},  # "snubbed CSTO summits"
    "suspend": {"freeze"},  # "the effective suspension of its membership": a freeze
    "freeze": {"skip_meeting", "skip_exercise"},  # "stayed away from its summits": those
    "warn": {"warn"},  # "threatened retaliation": one warning, not a second in its noun
    "withdraw": {"notify_withdrawal"},  # "declared their withdrawal": the notice, once
    "political_support": {"deploy", "join"},  # "welcomed Russian instructors", "welcomed
    # Montenegro as its 29th member": forces hosted, a member taken in
}


def _unsubsumed(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """The candidates that are not part of a longer one of a type that takes them in, nor
    what another's word acts on ("the suspension of its CSTO membership": the membership
    is what is suspended, no joining)."""
    out = []
    for c in found:
        takers = [
            o for o in found if set(o.trigger.types) & SUBSUMED.get(c.trigger.types[0], set())
        ]
        inside = any(
            o is not c
            and o.start <= c.start
            and c.end <= o.end
            and (o.end - o.start) > (c.end - c.start)
            for o in takers
        )
        words = {doc[c.head], doc[c.start]}  # "cancelled the drills, which were to be held":
        acted_on = c.type in ACTED_ON and any(  # the drills the pattern begins with
            _acted_on(w, doc[o.head]) for o in takers for w in words
        )
        if not inside and not acted_on:
            out.append(c)
    return out


# what another trigger's word acts on is no event of these types: a membership suspended or
# frozen is no joining, cooperation reduced or ended no cooperating
ACTED_ON = {"join", "cooperate"}


def _acted_on(word: Token, by: Token) -> bool:
    """Whether ``word`` is what ``by`` acts on: its object, the subject of its passive, or
    its noun's "of" ("suspended its membership", "membership was suspended", "the
    suspension of its membership")."""
    if word.head.i == by.i and word.dep_ in ("dobj", "nsubjpass"):
        return True
    of = word.head
    return word.dep_ == "pobj" and of.lower_ == "of" and of.head.i == by.i


def _clause_in_gap(doc: Doc, start: int, align: list[int], gaps: dict[int, int]) -> bool:
    """Whether a gap of the match opens another clause with a subject of its own that holds
    the pattern's words after it ("ties while Hanoi faces mounting pressure"): those
    words say nothing of the ones before (not "ties, as both admit, have grown")."""
    for j, k in enumerate(align):
        tok = doc[start + j]
        if k not in gaps or tok.dep_ != "mark" or tok.pos_ != "SCONJ":
            continue
        clause = tok.head
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            continue
        later = [doc[start + n] for n in range(j + 1, len(align)) if align[n] not in gaps]
        if any(w == clause or clause.is_ancestor(w) for w in later):
            return True
    return False


def _auxiliary_of_gap(
    doc: Doc, start: int, align: list[int], tokens: list[dict[str, Any]], gaps: dict[int, int]
) -> bool:
    """Whether the pattern's "be" matched an auxiliary of a verb in a gap ("soldiers were
    sent to Mali in 2013" is no "soldiers are in"): the verb says what the soldiers are."""
    inside = {start + j: k for j, k in enumerate(align)}
    for j, k in enumerate(align):
        tok = doc[start + j]
        if tok.dep_ not in ("aux", "auxpass") or tokens[k].get("NORM") != "be":
            continue
        if inside.get(tok.head.i) in gaps:
            return True
    return False


def _noun_read_as_verb(tok: Token) -> bool:
    """A plural noun that the tagger took for a verb, where the parse gives it a noun's place
    ("a series of military drills") or after an acronym ("from the CSTO summits", "to host
    CSTO drills"; not "NATO says", whose acronym is its subject)."""
    if tok.tag_ != "VBZ" or tok.i == 0 or tok.lower_[-1:] != "s":
        return False
    if tok.dep_ in ("dobj", "pobj", "nsubjpass"):  # "a series of military drills": a verb
        return True  # is none of these
    before = tok.doc[tok.i - 1]
    acronym = before.pos_ == "PROPN" and before.text.isupper() and len(before.text) > 1
    return acronym and not (before.head.i == tok.i and before.dep_.startswith("nsubj"))


def _depth(tok: Token) -> int:
    n = 0
    while tok.head.i != tok.i and n < 50:
        tok, n = tok.head, n + 1
    return n


@Language.factory("pactwatch_triggers")
def make_triggers(nlp: Language, name: str) -> Triggers:
    return Triggers(nlp)
