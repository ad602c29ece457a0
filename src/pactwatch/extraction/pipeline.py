"""From a document to events: the extraction pipeline.

One spaCy ``Doc`` (blank English: tokenizer and sentencizer, nothing downloaded) flows through
the steps in order: mentions (``gazetteer``), references and anaphora (``reference``), sources
(``attribution``), triggers (``lexicon``), arguments (``arguments``), certainty, condition and
tense (``modality``), dates (``timex``). An event stated twice in a document comes out once,
with an evidence span for each statement.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from pactwatch.extraction import lexicon as lx
from pactwatch.extraction.arguments import Args, Context, find_arguments
from pactwatch.extraction.attribution import AUTHOR, Attributor
from pactwatch.extraction.claims import Extracted, Span
from pactwatch.extraction.gazetteer import Gazetteer
from pactwatch.extraction.knowledge import Knowledge
from pactwatch.extraction.modality import modality, scope_start
from pactwatch.extraction.reference import Ref, named_refs, resolve
from pactwatch.extraction.timex import find_timexes
from pactwatch.kb.loader import KnowledgeBase
from pactwatch.model.vocab import GROUP_OF
from pactwatch.text.documents import Document

AUXILIARIES = {"will", "would", "could", "may", "might", "to", "not", "n't", "n’t", "did", "does"}
AUXILIARIES |= {"do", "can", "shall", "should", "must", "'ll", "’ll", "also", "then", "and", "or"}
STATEMENTS = {"urge", "warn"}  # what they urge or threaten is not itself an event
NEEDS_OBJECT = {"warn", "urge", "accuse", "expel", "block", "political_support", "arms_supply"}
NEEDS_AGREEMENT = {t for t, g in GROUP_OF.items() if g in ("membership", "participation")}
NEEDS_AGREEMENT |= {"skip_exercise", "skip_meeting", "withhold_contribution"}


def _compile(pattern: str) -> tuple[list[dict[str, Any]], dict[str, str]]:
    tokens: list[dict[str, Any]] = []
    forms: dict[str, str] = {}
    for part in pattern.split():
        if part in ("~", "~~"):
            tokens.append({"OP": "{0,4}" if part == "~" else "{0,6}"})
            continue
        optional = part.startswith("?")
        words: list[str] = []
        for alt in part.lstrip("?").split("|"):
            if alt.startswith("@"):
                vf = lx.verb_forms(alt[1:])
                forms.update(vf)
                words.extend(vf)
            else:
                words.append(alt.lower())
                if "'" in alt:
                    words.append(alt.lower().replace("'", "’"))
        tok: dict[str, Any] = {"LOWER": {"IN": words}} if len(words) > 1 else {"LOWER": words[0]}
        if optional:
            tok["OP"] = "?"
        tokens.append(tok)
    return tokens, forms


class Extractor:
    """Reads documents against one knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.gazetteer = Gazetteer(kb.actors.values(), kb.agreements.values())
        self.know = Knowledge.of(kb)
        vocab = self.gazetteer.nlp.vocab
        self.triggers = Matcher(vocab)
        self.trigger_of: dict[str, lx.Trigger] = {}
        self.forms: dict[str, str] = {}
        for n, trig in enumerate(lx.TRIGGERS):
            key = f"T{n}"
            tokens, forms = _compile(trig.pattern)
            self.triggers.add(key, [tokens])
            self.trigger_of[key] = trig
            self.forms.update(forms)
        reporting = Matcher(vocab)
        for pattern in lx.REPORTING:
            reporting.add("REPORT", [_compile(pattern)[0]])
        self.attributor = Attributor(self.know, reporting)

    # -- steps ----------------------------------------------------------------------------
    def _triggers(self, doc: Doc) -> list[tuple[int, int, lx.Trigger]]:
        """Non-overlapping trigger matches: the longest wins, then the earliest pattern."""
        found = []
        for match_id, start, end in self.triggers(doc):
            key = self.gazetteer.nlp.vocab.strings[match_id]
            found.append((start, end, int(key[1:]), self.trigger_of[key]))
        found.sort(key=lambda t: (-(t[1] - t[0]), self._verbal(doc, t[0], t[3]), t[2]))
        taken: set[int] = set()
        out = []
        for start, end, _, trig in found:
            if taken & set(range(start, end)):
                continue
            taken |= set(range(start, end))
            out.append((start, end, trig))
        return sorted(out, key=lambda t: t[0])

    @staticmethod
    def _verbal(doc: Doc, start: int, trig: lx.Trigger) -> int:
        """Rank a verb or a noun reading of the same words: 0 is preferred ("to attack" is a
        verb, "an Azeri attack" a noun)."""
        prev = doc[start - 1].lower_ if start > 0 else ""
        verbal_context = prev in AUXILIARIES or (start > 0 and doc[start - 1].text[:1].isupper())
        is_noun = trig.frame in ("noun", "defeat")
        return 0 if is_noun != verbal_context else 1

    def extract(self, document: Document) -> list[Extracted]:
        doc = self.gazetteer.doc(document.text)
        anchor = document.published.start if document.published else None
        named = named_refs(doc, self.gazetteer.mentions(doc, anchor or _dt.date.today()), self.know)
        # First without a topic, then with the state the events are most about: it fills in
        # what the text leaves implicit ("it", the host of a deployment, the member).
        events = self._read(doc, document, named, None)
        involved = Counter(i for e in events for i in e.subject + e.object if self.know.is_state(i))
        mentioned = Counter(r.ids[0] for r in named if r.kind == "state" and r.how != "demonym")
        focus = (involved or mentioned).most_common(1)[0][0] if (involved or mentioned) else None
        return self._read(doc, document, named, focus)

    def _read(
        self, doc: Doc, document: Document, named: list[Ref], focus: str | None
    ) -> list[Extracted]:
        anchor = document.published.start if document.published else None
        refs = resolve(doc, named, self.know, focus)
        atts = self.attributor.sentences(doc, refs)
        refs = self.attributor.speaker_refs(doc, refs, atts)
        doc_agreements: list[str] = []
        for r in refs:
            if r.kind in ("agreement", "org") and r.ids[0] not in doc_agreements:
                doc_agreements.append(r.ids[0])
        by_sentence: dict[int, list[tuple[int, int, lx.Trigger]]] = {}
        for start, end, trig in self._triggers(doc):
            by_sentence.setdefault(doc[start].sent.start, []).append((start, end, trig))
        events: list[Extracted] = []
        for sent in doc.sents:
            att = atts.get(sent.start, AUTHOR)
            timexes = find_timexes(sent.text, sent.start_char, anchor)
            events.extend(self._signed(document, refs, sent, att.source))
            previous: Args | None = None
            previous_end = sent.start
            previous_type = ""
            for start, end, trig in by_sentence.get(sent.start, []):
                between = [t.lower_ for t in doc[previous_end:start]]
                embedded = (
                    previous_type in STATEMENTS
                    and ("to" in between or "against" in between)
                    and len(between) <= 6
                )
                ctx = Context(
                    doc, sent, refs, self.know, focus, att.speaker, previous, previous_end,
                    doc_agreements,
                )  # fmt: skip
                args = None if embedded else find_arguments(ctx, start, end, trig)
                previous_end = end
                previous_type = trig.types[0]
                if args is None:
                    continue
                if trig.frame != "mutual":
                    args.object = [o for o in args.object if o not in args.subject]
                if not self._complete(args):
                    continue
                previous = args
                scope = scope_start(doc, sent, start)
                head = next((t for t in doc[start:end] if t.lower_ in self.forms), None)
                stop = end  # the event's clause ends at the next comma or semicolon
                while stop < sent.end - 1 and doc[stop].text not in (",", ";"):
                    stop += 1
                near = [t for t in timexes if doc[scope].idx <= t.start < doc[stop].idx + 1]
                when = min(near, key=lambda t: abs(t.start - doc[start].idx), default=None)
                mod = modality(
                    doc,
                    sent,
                    start,
                    end,
                    scope,
                    nominal=trig.frame in ("noun", "defeat"),
                    event_type=args.type,
                    verb_form=self.forms.get(head.lower_) if head is not None else None,
                    past_time=bool(when and when.past),
                )
                s, e = doc[args.start].idx, doc[args.end - 1].idx + len(doc[args.end - 1])
                events.append(
                    Extracted(
                        type=args.type,
                        subject=args.subject,
                        object=args.object,
                        agreement=args.agreement,
                        factuality=mod.factuality,
                        conditional=mod.conditional,
                        tense=mod.tense,
                        source=att.source,
                        date=when.date if when else None,
                        evidence=[Span(start=s, end=e, quote=document.text[s:e])],
                    )
                )
        return merge(events)

    def _signed(
        self, document: Document, refs: list[Ref], sent: SpacySpan, source: str
    ) -> list[Extracted]:
        """ "The American-Swedish one from December": naming a signed agreement by its parties."""
        out = []
        for r in refs:
            if r.how != "pair" or not sent.start <= r.start < sent.end:
                continue
            ident = r.ids[0]
            span = sent.doc[r.start : r.end]
            signed = self.know.signed.get(ident)
            out.append(
                Extracted(
                    type="sign",
                    subject=sorted(self.know.parties.get(ident, set())),
                    object=[],
                    agreement=ident,
                    factuality="CT+",
                    conditional=False,
                    tense="past",
                    source=source,
                    date=signed,
                    evidence=[Span(start=span.start_char, end=span.end_char, quote=span.text)],
                )
            )
        return out

    def _complete(self, args: Args) -> bool:
        if not args.subject and not args.object:
            return GROUP_OF.get(args.type) == "agreement" and args.agreement is not None
        if args.type in NEEDS_OBJECT and not args.object:
            return False
        return not (args.type in NEEDS_AGREEMENT and args.agreement is None)


def merge(events: list[Extracted]) -> list[Extracted]:
    """One event per key, with the evidence of every mention."""
    out: dict[tuple[Any, ...], Extracted] = {}
    for e in events:
        k = e.key()
        if k in out:
            kept = out[k]
            spans = kept.evidence + [s for s in e.evidence if s not in kept.evidence]
            out[k] = kept.model_copy(update={"evidence": spans, "date": kept.date or e.date})
        else:
            out[k] = e
    return list(out.values())
