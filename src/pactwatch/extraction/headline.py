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
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from pactwatch.extraction import lexicon as lx

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
    for text in lx.SETS.values():
        words.update(text.split())
    for trig in lx.TRIGGERS:
        for part in trig.pattern.removeprefix("NOT ").split():
            word = part.lstrip("^!?").partition("/")[0]
            words.update(w for w in word.split("|") if w and not w.startswith("$"))
    words.update(lx.FORMS)
    words.update(lx.VERB_OF)
    return frozenset(w.lower() for w in words if w.isascii())


@lru_cache(maxsize=8)
def _lowered(keep: frozenset[str]) -> frozenset[str]:
    """The words to lower case but for ``keep`` (computed once per reader, not per text)."""
    return common_words() - keep


def _common(word: str, known: frozenset[str]) -> bool:
    """A word of ``known``, or one of them with a regular ending ("Fires", "Signed")."""
    low = word.lower()
    return low in known or any(low.endswith(e) and low[: -len(e)] in known for e in ENDINGS)


def _title_case(words: list[str]) -> bool:
    capital = sum(1 for w in words if w[0].isupper())
    return len(words) >= LEAST_WORDS and capital >= TITLE_SHARE * len(words)


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
        if not _title_case(texts) or line.rstrip().endswith("."):
            out.append(line)  # no title case, or a sentence: a headline has no full stop
            continue
        chars = list(line)
        for m in words[1:]:  # the first word keeps its capital
            w = m.group(0)
            if not w.isupper() and _common(w, known):  # no acronym, no name
                chars[m.start() : m.end()] = w.lower()
        out.append("".join(chars))
    return "".join(out)
