"""Headlines in title case or in capitals, read as a sentence: "Iran Fires Barrage Of Missiles
At Israel", "ARMENIA FREEZES CSTO PARTICIPATION".

The trained pipeline tags capitalized words as proper nouns, so a title-case headline parses as
one long name and its event is lost. A line written in title case is handed to the pipeline with
its common words (the reader's own vocabulary and English function words) in lower case; names
keep their capitals, and the text keeps its length, so every offset (and every quote, taken from
the document itself) is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pactwatch.extraction.lexicon import TRIGGERS, VERB_OF
from pactwatch.extraction.lexicon.forms import FORMS
from pactwatch.extraction.lexicon.patterns import SETS

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
LEAST_WORDS = 4
TITLE_SHARE = 0.75  # of a line's words capitalized, for it to be a title-case line
ACRONYM_LETTERS = 4  # a word in capitals, in a line in capitals, kept as an acronym ("NATO")
ENDINGS = ("s", "es", "ed", "d", "ing")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The reader's own words (every word of a trigger pattern or a word set, their forms)
    and English function words, in lower case."""
    words: set[str] = set(STOP_WORDS)
    for text in SETS.values():
        words.update(text.split())
    words.update(w for w, _ in _trigger_words())
    words.update(FORMS)
    words.update(VERB_OF)
    return frozenset(w.lower() for w in words if w.isascii())


def _trigger_words() -> Iterator[tuple[str, str]]:
    """Each word of the trigger patterns with the part of speech it is marked with ("V", "N",
    "A", or "" where none is)."""
    for trig in TRIGGERS:
        for part in trig.pattern.removeprefix("NOT ").split():
            word, _, pos = part.lstrip("^!?").partition("/")
            yield from ((w, pos) for w in word.split("|") if w and not w.startswith("$"))


@lru_cache(maxsize=8)
def _lowered(keep: frozenset[str]) -> frozenset[str]:
    """The words to lower case but for ``keep`` (computed once per reader, not per text)."""
    return common_words() - keep


def _common(word: str, known: frozenset[str]) -> bool:
    """A word of ``known``, or one of them with a regular ending ("Fires", "Signed")."""
    low = word.lower()
    return low in known or any(low.endswith(e) and low[: -len(e)] in known for e in ENDINGS)


def title_case(words: list[str], share: float = TITLE_SHARE) -> bool:
    """Whether a line's words (``WORD``) are set in title case: at least ``share`` of them
    capitalized, and enough of them."""
    capital = sum(1 for w in words if w[0].isupper())
    return len(words) >= LEAST_WORDS and capital >= share * len(words)


def name_words(names: list[str]) -> frozenset[str]:
    """The words of names of more than one word ("United States", "Collective Security
    Treaty Organization"), which keep their capitals: the names are matched as written."""
    words = {w.lower() for n in names if " " in n.strip() for w in WORD.findall(n)}
    return frozenset(words - STOP_WORDS)


def _all_caps(words: list[str]) -> bool:
    long = [w for w in words if len(w) > 1]
    return len(long) >= LEAST_WORDS - 1 and all(w.isupper() for w in long)


def _from_capitals(line: str, words: list[re.Match[str]], known: frozenset[str]) -> str:
    """A line in capitals ("ARMENIA FREEZES CSTO PARTICIPATION") in sentence case: common
    words in lower case; of the others, a short one kept as an acronym ("CSTO"), a longer one
    written as a name ("Armenia"); the first word capitalized."""
    chars = list(line)
    for k, m in enumerate(words):
        w = m.group(0)
        if _common(w, known):
            new = w.lower()
        elif len(w) <= ACRONYM_LETTERS:
            continue
        else:
            new = w[0] + w[1:].lower()
        if k == 0:
            new = new[0].upper() + new[1:]
        chars[m.start() : m.end()] = new
    return "".join(chars)


def in_sentence_case(text: str, keep: frozenset[str] = frozenset()) -> str:
    """``text`` with its title-case lines' common words in lower case (same length), but
    for the words of ``keep``; a line in capitals is put in sentence case."""
    known = _lowered(keep)
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        words = list(WORD.finditer(line))
        texts = [m.group(0) for m in words]
        if _all_caps(texts):
            out.append(_from_capitals(line, words, known))
            continue
        if not title_case(texts) or line.rstrip().endswith("."):
            out.append(line)  # no title case, or a sentence: a headline has no full stop
            continue
        chars = list(line)
        for m in words[1:]:  # the first word keeps its capital
            w = m.group(0)
            if not w.isupper() and _common(w, known):  # no acronym, no name
                chars[m.start() : m.end()] = w.lower()
        out.append("".join(chars))
    return "".join(out)


# -- "Japan, Australia sign security pact", "Iran fires missiles at Israel" -----------------
# A headline that lists its two subjects with a comma, the verb in the present, is mostly
# parsed by the small pipeline as one noun phrase ("sign" a noun, "pact" its head), and no
# event is read; so is many a headline of one subject whose verb is also a noun ("fires"). The
# same words with "and" for the comma and the verb in the past ("Japan and Australia signed
# security pact", "Iran fired barrage") parse as a sentence; that parse is laid over the
# headline's own tokens (the text, its offsets, the verb's tense and lemma stay the
# headline's).
NAME_WORD = re.compile(r"[A-Z][A-Za-z]*(?:\.[A-Z]?)*")
LIST_NAME_WORDS = 3  # words of each name ("Burkina Faso", "United Arab Emirates")
NOT_VERBS = frozenset({"be", "have", "must", "should", "recognition", "initialed", "initialled"})


@lru_cache(maxsize=1)
def headline_verbs() -> frozenset[str]:
    """The verbs of the reader's trigger patterns (those marked ``/V``), in their base form."""
    verbs = {w for w, pos in _trigger_words() if pos.startswith("V")}
    nouns = {
        w for name in ("FORCES", "TROOPS", "ARMS", "DRILL", "BASE") for w in SETS[name].split()
    }
    return frozenset(verbs - NOT_VERBS - nouns)  # "Kazakh troops to leave": no verb "troop"


def _past(verb: str) -> str:
    """A regular past of the verb, for the parser only ("signed", "inked", "holded")."""
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def _name_run(tokens: list[Token], start: int) -> int:
    """The end of a run of one to three capitalized words from ``start`` (``start`` if none)."""
    end = start
    while end < len(tokens) and end - start < LIST_NAME_WORDS:
        t = tokens[end]
        if not (NAME_WORD.fullmatch(t.text) and (t.is_title or t.is_upper)):
            break  # "Japan", "U.S.", "Burkina Faso"
        end += 1
    return end


def listed_verb(sent: Span) -> tuple[int | None, int] | None:
    """Where the comma and the verb of "Name, Name verb ..." stand in a headline sentence
    (tokens other than spaces), or, with no comma, of "Name verbs ..." where the parser did
    not take the verb for one ("Iran fires barrage of missiles at Israel"); else None."""
    tokens = [t for t in sent if not t.is_space]
    if not tokens or tokens[-1].text in (".", "?", "!") or len(tokens) > 25:
        return None
    first = tokens[0]
    if first.i > 0 and "\n" not in first.doc[first.i - 1].text_with_ws:
        return None  # a headline begins its line
    one = _name_run(tokens, 0)
    if one == 0 or one >= len(tokens):
        return None
    if tokens[one].text != ",":
        verb = tokens[one]  # "fires", not "fire": "Iran fire kills workers" is a blaze
        base = _base(verb.text)
        plural = base is not None and verb.text.endswith("s") and verb.text != base
        if not (verb.is_lower and plural) or verb.pos_ == "VERB" or _finite(tokens, one):
            return None
        return None, one
    two = _name_run(tokens, one + 1)
    if two == one + 1 or two >= len(tokens):
        return None
    verb = tokens[two]
    if not verb.is_lower or verb.text not in headline_verbs() or _finite(tokens, two):
        return None
    return one, two


def _finite(tokens: list[Token], verb: int) -> bool:
    """Whether the parser read another verb in the headline's first clause: then the word
    is a noun ("Hungary veto threat looms", "Gaza, Lebanon strike toll rises")."""
    for k, tok in enumerate(tokens):
        if tok.text in (",", ";", ":", "-", "–", "—") and k > verb:
            return False
        if k != verb and tok.tag_ in ("VBZ", "VBP", "VBD", "VBN", "MD"):
            return True
    return False


def _base(word: str) -> str | None:
    """The base form of a present-tense verb of the reader's lexicon ("fire", "fires",
    "pushes"), or None."""
    if word in headline_verbs():
        return word
    for cut in (1, 2):
        if word.endswith("s") and word[:-cut] in headline_verbs():
            return word[:-cut]
    return None


class HeadlineLists:
    """The component: each headline ``listed_verb`` finds, parsed again as a sentence."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def _reparsed(self, words: list[str]) -> Doc:
        doc = Doc(self.nlp.vocab, words=words, spaces=[True] * len(words))
        for name in TRAINED:
            if name in self.nlp.pipe_names:
                doc = self.nlp.get_pipe(name)(doc)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        for sent in list(doc.sents):
            found = listed_verb(sent)
            if found is None:
                continue
            comma, at = found
            tokens = [t for t in sent if not t.is_space]
            words = [t.text for t in tokens]
            base = _base(tokens[at].text) or tokens[at].text
            words[at] = _past(base)
            if comma is not None:
                words[comma] = "and"
            other = self._reparsed(words)
            if sum(1 for t in other if t.dep_ == "ROOT") != 1:
                continue
            verb = other[at]
            if verb.pos_ != "VERB" or not any(k.dep_ == "nsubj" for k in verb.children):
                continue  # read no better as a sentence
            kept = {tokens[at].i} | ({tokens[comma].i} if comma is not None else set())
            for mine, theirs in zip(tokens, other, strict=True):
                mine.head = tokens[theirs.head.i]
                mine.dep_ = theirs.dep_
                if mine.i not in kept:
                    mine.tag_, mine.pos_ = theirs.tag_, theirs.pos_
            if comma is not None:
                tokens[comma].dep_ = "punct"
            tokens[at].tag_ = "VBZ" if tokens[at].text != base else "VBP"
            tokens[at].pos_, tokens[at].lemma_ = "VERB", base
        return doc


TRAINED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


@Language.factory("pactwatch_headline_lists")
def make_headline_lists(nlp: Language, name: str) -> HeadlineLists:
    return HeadlineLists(nlp)
