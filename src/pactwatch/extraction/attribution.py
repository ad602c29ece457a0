"""Who says so: the source of every token.

Read from the parse: what a reporting verb governs ("Pashinyan said that ...", "..., the
minister said") is its subject's; "according to X" makes a sentence X's; "X stated this" points
back at what came before; a quotation belongs to the speaker named beside it, across sentences
and into the paragraphs that continue it; "reportedly" hands a clause to unnamed sources. A
report's voice ("the report says") carries on until someone else is named. Anything else is
the author's. "We" and "our" inside someone's words become that speaker and whom they speak for.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.reading import AUTHOR, Attribution, Reading, Ref, guarded
from pactwatch.extraction.syntax import actors_of, agent_token, lemma, subject_token

_QUOTES = re.compile(r"[“\"«][^“”\"«»]{2,}[”\"»]|(?<![A-Za-z])‘[^‘’]{25,}’(?![A-Za-z])", re.S)


STATING = {"announce", "declare", "confirm", "deny", "reaffirm", "report", "reveal", "express"}
STATING |= {"signal", "acknowledge", "admit", "claim", "suggest", "hint", "mention", "cite"}
CONTINUING = ("also", "moreover", "in addition", "furthermore", "additionally", "besides")
FIRST_PERSON = {"i", "we", "our", "us", "my", "me", "ours"}


def doc_text(sent: Span, i: int) -> str:
    return sent.doc[i].text


def quote_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of quotations (curly, straight or guillemets; long single quotes)."""
    out = []
    for m in _QUOTES.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span) > 2:
            out.append((span.start, span.end))
    return out


SPOKES = {"spokesperson", "spokesman", "spokeswoman"}


class Attributor:
    def __init__(self, doc: Doc, r: Reading) -> None:
        self.doc, self.r = doc, r
        self.quotes = quote_spans(doc)
        self.in_quote = [False] * len(doc)
        for s, e in self.quotes:
            for i in range(s, e):
                self.in_quote[i] = True
        self.author = self._report_author()

    # -- speakers -------------------------------------------------------------------------
    def _report_author(self) -> str | None:
        """Who wrote "the report": "a report by X", "X's report", "an X report"."""
        for tok in self.doc:
            if lemma(tok) not in ("report", "study", "paper", "analysis"):
                continue
            for obj in tok.children:
                if obj.dep_ == "prep" and obj.lower_ in ("by", "from", "of"):
                    for o in obj.children:
                        found = self.r.ref(o.i)
                        if found is not None and found.kind in ("group", "org"):
                            return found.ids[0]
            for child in tok.lefts:
                found = self.r.ref(child.i)
                if found is not None and found.kind in ("group", "org"):
                    return found.ids[0]
        return None

    def speaker(self, tok: Token) -> Attribution | None:
        """The attribution a noun phrase gives: a named actor, a report, unnamed people."""
        said_by_media = lemma(tok) in cw.OUTLET_WORDS or any(
            c.dep_ == "compound" and c.lower_ in cw.OUTLET_WORDS for c in tok.lefts
        )
        if said_by_media and not self.r.ref(tok.i):
            return Attribution("unnamed")  # "according to French media outlets": not France
        refs = actors_of(self.r, tok)
        if refs:
            return self._of(refs[0])
        low = lemma(tok)
        if low in SPOKES and any(c.lower_ == "the" for c in tok.children):
            before = self._spokesperson_before(tok)  # "the spokesperson added": the one named
            if before is not None:
                return before
        if low in cw.REPORT_NOUNS and self.author:
            return Attribution(self.author, report=True)
        if low in cw.UNNAMED or tok.lower_ in cw.UNNAMED:
            if any(c.lower_ in cw.OUTLET_WORDS for c in tok.subtree) or low == "media":
                return Attribution("unnamed")
            return Attribution("unnamed")
        return None

    def _spokesperson_before(self, tok: Token) -> Attribution | None:
        """Whom "the spokesperson" speaks for: the last spokesperson told of before, where
        the text said whose ("a Peruvian ministry spokesman said ... the spokesperson said
        ... the spokesperson added")."""
        for t in reversed(self.doc[: tok.i]):
            if lemma(t) in SPOKES and not self.in_quote[t.i]:
                refs = actors_of(self.r, t)
                if refs:
                    return self._of(refs[0])
                if not any(c.lower_ == "the" for c in t.children):
                    return None  # "a spokesman": whose, the text does not say
        return None

    def _of(self, ref: Ref) -> Attribution | None:
        ident = ref.ids[0]
        if ref.kind == "person":
            state = self.r.speaks_for.get(ident)
            return Attribution(ident, speaker=(ident, state) if state else (ident,))
        if ref.kind in ("state", "org"):
            return Attribution(ident, speaker=ref.ids)
        if ref.kind == "group":
            if self.r.know.is_outlet(ident):
                return None  # "TASS reports": the channel, not the source
            return Attribution(ident, speaker=ref.ids, report=True)
        return None

    # -- scopes ---------------------------------------------------------------------------
    def scopes(self) -> list[tuple[int, int, Attribution]]:
        """(start, end, attribution) for every attributed stretch, outer ones first."""
        doc = self.doc
        found: list[tuple[int, int, Attribution]] = []
        for tok in doc:
            if self.in_quote[tok.i]:
                continue
            low = lemma(tok)
            if low == "accord" and tok.lower_ == "according":
                found += self._according(tok)
            elif low == "cite" and tok.dep_ == "advcl" and lemma(tok.head) not in cw.REPORTING:
                found += self._citing(tok)
            elif low in ("reportedly", "allegedly"):
                head = tok.head
                found.append((head.left_edge.i, head.right_edge.i + 1, Attribution("unnamed")))
            elif (low in cw.REPORTING and tok.pos_ in ("VERB", "AUX")) or (
                low == "quote" and tok.pos_ == "VERB"
            ):
                found += self._reporting(tok)
        return found

    def _according(self, tok: Token) -> list[tuple[int, int, Attribution]]:
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if obj is None:
            return []
        att = self.speaker(obj)
        if att is None:
            return []
        sent = tok.sent
        return [(sent.start, sent.end, att)]

    def _citing(self, tok: Token) -> list[tuple[int, int, Attribution]]:
        """ "The US will withdraw its troops, citing informed sources": the clause is the
        sources'. Only sources cite this way; "citing the CSTO's failure" gives a reason."""
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or lemma(obj) not in cw.UNNAMED | cw.REPORT_NOUNS | cw.OUTLET_WORDS:
            return []
        att = self.speaker(obj)
        if att is None:
            return []
        head = tok.head
        return [(head.left_edge.i, head.right_edge.i + 1, att)]

    def _reporting(self, verb: Token) -> list[tuple[int, int, Attribution]]:
        subj, passive = subject_token(verb)
        raised = [c for c in verb.children if c.dep_ == "xcomp"] if passive else []
        if subj is not None and raised:
            # "Turkey is said to be preparing an offensive": said by no one named, unless by
            # whom is said ("is said by Kyiv to be preparing")
            by = agent_token(verb)
            teller = self.speaker(by) if by is not None else Attribution("unnamed")
            if teller is not None:
                return [(subj.left_edge.i, raised[0].right_edge.i + 1, teller)]
        att: Attribution | None = None
        if lemma(verb) == "quote":  # "media quoted Zakharova as saying"
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            att = self.speaker(obj) if obj is not None else None
        elif subj is not None and not passive:
            att = self.speaker(subj)
        if att is None and subj is None:  # "..., said Alexander Bortnikov" parsed loosely
            after = [self.r.ref(t.i) for t in self.doc[verb.i + 1 : verb.i + 4]]
            named = [x for x in after if x is not None and x.actor_like]
            att = self._of(named[0]) if named else None
        if att is None:
            return []
        content = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis", "xcomp")]
        content = [c for c in content if c.tag_ not in ("TO",)]
        content += _that_clause_after_prep(verb)
        out: list[tuple[int, int, Attribution]] = []
        for c in content:
            if c.dep_ == "xcomp" and c.lower_ not in ("saying",) and lemma(verb) != "quote":
                continue
            out.append((c.left_edge.i, c.right_edge.i + 1, att))
        sent = verb.sent
        if not content and lemma(verb) in STATING:
            for obj in verb.children:  # "announced the suspension of its membership"
                if obj.dep_ == "dobj" and obj.lower_ not in ("this", "that", "it", "so"):
                    self.weak.append((obj.left_edge.i, obj.right_edge.i + 1, att))
        if not content:
            # "..., Pashinyan said." or "She stated this at a briefing": what came before.
            left = verb.left_edge.i
            while left < verb.i and verb.doc[left].text == ",":
                left += 1  # "..., Pashinyan said" with the comma parsed as the verb's
            inverted = left > sent.start and doc_text(sent, left - 1) in (",", "”", '"', "’")
            inverted &= not any(c.dep_ in ("dobj", "prep", "xcomp") for c in verb.rights)
            points_back = any(c.lower_ in ("this", "so", "that") for c in verb.children)
            points_back &= lemma(verb) not in cw.NEGATING  # "Moscow denies that": not its words
            if inverted and not points_back:
                out.append((sent.start, left, att))
            elif points_back or sent[0].text in ("-", "—", "–"):
                prev = self._previous_stretch(sent)
                if prev is not None:
                    out.append((prev[0], prev[1], att))
        self._mark(out, verb, att)
        return out

    def _mark(self, out: list[tuple[int, int, Attribution]], verb: Token, att: Attribution) -> None:
        """A sentence with a reporting verb also owns the quotations beside it."""
        self.said.setdefault(verb.sent.start, att)

    def _previous_stretch(self, sent: Span) -> tuple[int, int] | None:
        """The sentences before ``sent`` in its paragraph, or the paragraph before it."""
        doc = self.doc
        if sent.start == 0:
            return None
        end = sent.start
        start = doc[end - 1].sent.start
        while start > 0 and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
            start = doc[start - 1].sent.start
        return start, end

    def attribute(self) -> list[Attribution]:
        doc, r = self.doc, self.r
        self.said: dict[int, Attribution] = {}
        self.weak: list[tuple[int, int, Attribution]] = []
        at: list[Attribution] = [AUTHOR] * len(doc)
        sents = list(doc.sents)
        # A report's voice carries from a sentence that gives it to the next named speaker.
        carry: Attribution | None = None
        scopes = self.scopes()
        starts = {s.start: s for s in sents}
        scoped_sents = {doc[s].sent.start for s, _, _ in scopes}
        for sent in sents:
            first = doc[sent.start : sent.start + 2]
            if len(first) == 2 and lemma(first[0]) in cw.REPORT_NOUNS and first[1].text == ":":
                carry = Attribution(self.author or "unnamed", report=self.author is not None)
            if sent.start in scoped_sents:
                owners = [a for s, _, a in scopes if doc[s].sent.start == sent.start]
                carry = owners[0] if owners and owners[0].report else None
            elif carry is not None:
                for i in range(sent.start, sent.end):
                    at[i] = carry
        for s, e, att in self.weak:  # an object of "announced": only where no one else speaks
            for i in range(max(0, s), min(e, len(doc))):
                at[i] = att
        for s, e, att in sorted(scopes, key=lambda x: -(x[1] - x[0])):
            for i in range(max(0, s), min(e, len(doc))):
                at[i] = att
        self._quotations(at, starts)
        self._continuations(at, sents)
        r.source_at = at
        return at

    def _continuations(self, at: list[Attribution], sents: list[Span]) -> None:
        """A sentence that goes on with someone's words: "Also, ..." right after their
        reported sentence, or a paragraph in the first person after theirs."""
        last: Attribution | None = None
        last_sent = -5
        for n, sent in enumerate(sents):
            owners = {at[i].source for i in range(sent.start, sent.end)} - {"author"}
            if owners:
                named = [at[i] for i in range(sent.start, sent.end) if at[i].source != "author"]
                last, last_sent = named[-1], n
                continue
            if last is None or n - last_sent > 3 or last.source == "unnamed":
                continue
            # "US" and "U.S." are a state, not "us"; a pronoun is a pronoun
            words = {t.lower_ for t in sent if t.pos_ == "PRON" or t.text in ("I", "we", "We")}
            opener = sent.text.strip().lower()
            goes_on = n - last_sent == 1 and opener.startswith(CONTINUING)
            if goes_on or (words & FIRST_PERSON and not self._has_speaker(sent)):
                for i in range(sent.start, sent.end):
                    at[i] = last
                last_sent = n

    def _has_speaker(self, sent: Span) -> bool:
        return any(lemma(t) in cw.REPORTING and t.pos_ == "VERB" for t in sent)

    def _quotations(self, at: list[Attribution], starts: dict[int, Span]) -> None:
        """A quotation belongs to the speaker of a sentence it touches; a quotation that opens
        a paragraph right after one of the same speaker's continues it."""
        doc = self.doc
        last: Attribution | None = None
        last_end = -10
        for s, e in self.quotes:
            touched = sorted({doc[i].sent.start for i in range(s, e)})
            owner = next((self.said[t] for t in touched if t in self.said), None)
            if owner is None:
                nxt = doc[e].sent.start if e < len(doc) else None
                if nxt is not None and nxt in self.said and nxt not in touched:
                    owner = self.said[nxt] if doc[e].sent.start - e <= 1 else None
            if owner is None and last is not None and s - last_end <= 3:
                owner = last
            if owner is None:
                continue
            for i in range(s, e):
                at[i] = owner
            last, last_end = owner, e

    def we_refs(self, at: list[Attribution]) -> list[Ref]:
        """ "We" and "our" inside a speaker's words: the speaker and whom they speak for."""
        out = []
        for tok in self.doc:
            if tok.lower_ not in cw.PRONOUNS_WE or self.r.ref(tok.i) is not None:
                continue
            att = at[tok.i]
            if att.speaker and att.source != "author":
                kind = "person" if att.speaker[0] in self.r.speaks_for else "state"
                ids = att.speaker
                out.append(Ref(tok.i, tok.i + 1, ids, kind, "speaker", tok.i))  # type: ignore[arg-type]
        return out


@Language.component("pactwatch_attribution")
@guarded("pactwatch_attribution")
def attribution(doc: Doc) -> Doc:
    r: Reading = doc._.pactwatch
    att = Attributor(doc, r)
    at = att.attribute()
    extra = att.we_refs(at)
    if extra:
        r.refs = sorted(r.refs + extra, key=lambda x: x.start)
        r.index(len(doc))
    return doc


def _that_clause_after_prep(verb: Token) -> list[Token]:
    """What is said, parsed onto the phrase before it: "said in comments to reporters that
    Russia will deploy troops" (the clause hung on "comments")."""
    out = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for k in prep.subtree:
            marked = any(m.dep_ == "mark" and m.lower_ == "that" for m in k.children)
            if k.dep_ in ("acl", "ccomp", "relcl") and marked:
                out.append(k)
    return out
