"""Who says so: the source of each sentence.

A sentence with a reporting verb ("told", "states", "point out", "according to") is attributed
to its speaker: a named actor, "he" (the last person named), a report (resolved to the
institution that wrote it), or unnamed people ("analysts", "officials"). A quotation takes the
attribution of the sentence that introduces or closes it, across sentences. An article that
summarizes a report keeps speaking in the report's voice until another speaker is named. Any
other sentence is the author's. "We" inside a quotation is the speaker and whom they speak for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from pactwatch.extraction import lexicon as lx
from pactwatch.extraction.knowledge import Knowledge
from pactwatch.extraction.reference import Ref

_QUOTES = re.compile(r"[“\"][^“”\"]*[”\"]", re.S)  # curly or straight, even mixed
PREPOSITIONS = {"by", "of", "from", "in", "at", "with", "for", "to", "on"}
ZERO_THAT = {
    form
    for verb in ("say", "believe", "argue", "claim", "insist", "expect", "predict", "think")
    for form in lx.verb_forms(verb)
}  # reporting verbs that often drop "that"


@dataclass(frozen=True)
class Attribution:
    source: str  # an actor id, "unnamed" or "author"
    speaker: tuple[str, ...] = ()  # ids "we" stands for inside the quotation
    explicit: bool = False
    report: bool = False  # the speaker is a report or an institution: its voice carries on


AUTHOR = Attribution("author")


def quote_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of quotations (curly or straight double quotes)."""
    spans = []
    for m in _QUOTES.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span) > 1:
            spans.append((span.start, span.end))
    return spans


def _inside(i: int, quotes: list[tuple[int, int]]) -> bool:
    return any(s < i < e - 1 for s, e in quotes)


def report_author(doc: Doc, refs: list[Ref]) -> str | None:
    """Who wrote "the report": "a report by X", "X's report", "an X report"."""
    for tok in doc:
        if tok.lower_ not in lx.REPORT_NOUNS:
            continue
        after = [r for r in refs if tok.i < r.start <= tok.i + 3 and r.kind in ("group", "org")]
        if after and doc[tok.i + 1].lower_ in ("by", "from", "of"):
            return after[0].ids[0]
        before = [r for r in refs if r.end in (tok.i, tok.i - 1) and r.kind in ("group", "org")]
        if before:
            return before[-1].ids[0]
    groups = [r for r in refs if r.kind == "group" and r.how != "pronoun"]
    return groups[0].ids[0] if groups else None


class Attributor:
    def __init__(self, know: Knowledge, matcher: Matcher) -> None:
        self.know = know
        self.matcher = matcher  # reporting verbs, compiled with the triggers

    def _speaker(
        self, doc: Doc, sent: Span, start: int, end: int, refs: list[Ref], author: str | None
    ) -> Attribution | None:
        """The speaker of a reporting verb at tokens [start, end)."""
        if doc[start].lower_ == "according":
            after = [r for r in refs if end <= r.start < end + 4 and r.actor_like]
            if after:
                return self._of(after[0])
            return self._noun(doc, end, min(end + 4, sent.end), author)
        # The subject to the left, skipping quotations; an oblique ("by X") defers to a head
        # noun further left ("a report by X", "officials in Baku").
        found: Attribution | None = None
        quotes = quote_spans(doc)
        j = start - 1
        while j >= sent.start and start - j <= 25:
            if _inside(j, quotes) or doc[j].text in ("”", '"'):
                j -= 1
                continue
            if doc[j].text in (".", ";", "!", "?"):
                break
            ref = next((r for r in refs if r.end == j + 1 and r.actor_like), None)
            if ref is not None:
                oblique = ref.start > sent.start and doc[ref.start - 1].lower_ in PREPOSITIONS
                oblique |= ref.start > sent.start + 1 and doc[ref.start - 2].lower_ in PREPOSITIONS
                found = found or self._of(ref)
                if not oblique:
                    return found
                j = ref.start - 1
                continue
            noun = self._noun(doc, j, j + 1, author)
            if noun is not None:
                return noun
            j -= 1
        if found is not None:
            return found
        # Inverted order after a quotation or a comma: '..., said Lavrov.'
        if start > sent.start and doc[start - 1].text in (",", "”", '"'):
            after = [r for r in refs if end <= r.start < end + 3 and r.actor_like]
            if after:
                return self._of(after[0])
            return self._noun(doc, end, min(end + 3, sent.end), author)
        return None

    def _noun(self, doc: Doc, a: int, b: int, author: str | None) -> Attribution | None:
        for tok in doc[a:b]:
            if tok.lower_ in lx.REPORT_NOUNS:
                return Attribution(author or "unnamed", explicit=True, report=author is not None)
            if tok.lower_ in lx.UNNAMED_SPEAKERS:
                return Attribution("unnamed", explicit=True)
        return None

    def _of(self, ref: Ref) -> Attribution:
        ident = ref.ids[0]
        ids = ref.ids
        if ref.kind == "person" and ident in self.know.speaks_for:
            ids = (ident, self.know.speaks_for[ident])
        report = ref.kind in ("group",)
        return Attribution(ident, speaker=ids, explicit=True, report=report)

    def _introduces(self, doc: Doc, sent: Span, start: int, end: int, refs: list[Ref]) -> bool:
        """Is this verb reporting speech (not "warned Armenia against")?"""
        if doc[start].lower_ == "according":
            return True
        if start > sent.start and doc[start - 1].lower_ in ("a", "an", "the", "this", "its"):
            return False  # a noun: "a report by"
        nxt = [t.text.lower() for t in doc[end : min(end + 7, sent.end)]]
        if any(w in ("that", ":", "“", '"') for w in nxt):
            return True
        if doc[start].lower_ in ZERO_THAT and end < sent.end:  # "analysts say Bishkek will"
            nxt_tok = doc[end]
            if nxt_tok.lower_ in ("the", "it", "they", "he", "she", "this", "there") or any(
                r.start == end for r in refs
            ):
                return True
        prev = doc[start - 2 : start] if start - 2 >= sent.start else doc[sent.start : start]
        if any(t.text in ("”", '"', ",") for t in prev) or (
            start > sent.start + 1
            and any(t.text in ("”", '"') for t in doc[max(sent.start, start - 4) : start])
        ):
            return True
        return bool(nxt) and nxt[-1] in (".", "!") and len(nxt) <= 3

    def sentences(self, doc: Doc, refs: list[Ref]) -> dict[int, Attribution]:
        """The attribution of every sentence, keyed by its first token."""
        author = report_author(doc, refs)
        quotes = quote_spans(doc)
        explicit: dict[int, Attribution] = {}
        for sent in doc.sents:  # a headline "Report: ..."
            first = doc[sent.start : sent.start + 2]
            if len(first) == 2 and first[0].lower_ in lx.REPORT_NOUNS and first[1].text == ":":
                explicit[sent.start] = Attribution(
                    author or "unnamed", explicit=True, report=author is not None
                )
        for _, start, end in self.matcher(doc):
            sent = doc[start].sent
            if sent.start in explicit or _inside(start, quotes):
                continue
            if not self._introduces(doc, sent, start, end, refs):
                continue
            found = self._speaker(doc, sent, start, end, refs, author)
            if found is not None:
                explicit[sent.start] = found
        # A quotation takes the attribution of a sentence it touches.
        for qs, qe in quotes:
            touched = sorted({doc[i].sent.start for i in range(qs, qe)})
            said = [explicit[s] for s in touched if s in explicit]
            if said:
                for s in touched:
                    explicit.setdefault(s, said[0])
        out: dict[int, Attribution] = {}
        carry: Attribution | None = None
        for sent in doc.sents:
            if sent.start in explicit:
                att = explicit[sent.start]
                out[sent.start] = att
                carry = att if att.report else None
            else:
                out[sent.start] = carry or AUTHOR
        return out

    def speaker_refs(self, doc: Doc, refs: list[Ref], atts: dict[int, Attribution]) -> list[Ref]:
        """Resolve "we" and "our" inside quotations to the speaker."""
        quotes = quote_spans(doc)
        out = list(refs)
        taken = {i for r in refs for i in range(r.start, r.end)}
        for tok in doc:
            if tok.lower_ in lx.PRONOUNS_SPEAKER and tok.i not in taken and _inside(tok.i, quotes):
                att = atts.get(tok.sent.start)
                if att is not None and att.speaker:
                    out.append(
                        Ref(tok.i, tok.i + 1, att.speaker, "person", "speaker", tok.lower_ == "our")
                    )
        return sorted(out, key=lambda r: r.start)
