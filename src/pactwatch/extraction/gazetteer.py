"""Mentions of actors and agreements, from the knowledge base's names, on spaCy's matchers.

Names, aliases, demonyms ("Azeri") and capitals used for governments ("Moscow") come from the
knowledge base. Names are matched in any case, except short upper-case aliases ("US", "EU"),
which must match exactly so that "us" stays a pronoun. Where matches overlap, the longest
wins ("France 24" is an outlet, not France). People are also found through the roles they hold
on the document's date ("the Armenian prime minister").
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pactwatch.model import Actor, Agreement

How = Literal["name", "alias", "demonym", "capital", "role"]


@dataclass(frozen=True)
class Mention:
    start: int  # character offsets into the document text
    end: int
    text: str
    id: str
    kind: Literal["actor", "agreement"]
    how: How


# Descriptions too general to name one agreement without context ("the bloc").
GENERIC = {"bloc", "alliance", "organization", "organisation", "treaty", "pact", "union"}


def _without_article(alias: str) -> str:
    return alias[4:] if alias.lower().startswith("the ") else alias


def _exact(alias: str) -> bool:
    """Short upper-case aliases match case-sensitively ("US", "EU", "UK")."""
    letters = alias.replace(".", "")
    return letters.isupper() and len(letters) <= 4


@Language.component("pactwatch_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and datelines carry no full stop."""
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
    return doc


class Gazetteer:
    """Every name of every actor and agreement, compiled into spaCy matchers."""

    def __init__(self, actors: Iterable[Actor], agreements: Iterable[Agreement]) -> None:
        self.nlp: Language = spacy.blank("en")
        self.nlp.add_pipe("sentencizer")
        self.nlp.add_pipe("pactwatch_line_breaks")
        self.actors = {a.id: a for a in actors}
        self.agreements = {a.id: a for a in agreements}
        self.lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.labels: dict[str, tuple[str, str, How]] = {}
        for actor in self.actors.values():
            self._add(actor.id, "actor", "name", [actor.name])
            self._add(actor.id, "actor", "alias", actor.aliases)
            self._add(actor.id, "actor", "demonym", actor.demonyms)
            if actor.capital:
                self._add(actor.id, "actor", "capital", [actor.capital])
        for ag in self.agreements.values():
            kind = "actor" if ag.id in self.actors else "agreement"
            names = [ag.name, *(_without_article(a) for a in ag.aliases)]
            if ag.id.isupper():  # an organization's id is its acronym: "CSTO", "NATO"
                names.append(ag.id)
            self._add(ag.id, kind, "alias", [n for n in names if n and n.lower() not in GENERIC])
        self.roles = Matcher(self.nlp.vocab)
        titles = {r.title.lower() for a in self.actors.values() for r in a.roles}
        for title in titles:
            self.roles.add(title, [[{"LOWER": w} for w in title.split()]])

    def _add(self, ident: str, kind: str, how: How, names: Iterable[str]) -> None:
        for name in names:
            if not name.strip() or _without_article(name).lower() in GENERIC:
                continue  # "the Alliance" is resolved in context, not always NATO
            key = f"{kind}|{ident}|{how}"
            self.labels[key] = (ident, kind, how)
            matcher = self.exact if _exact(name) else self.lower
            matcher.add(key, [self.nlp.make_doc(name)])

    def doc(self, text: str) -> Doc:
        return self.nlp(text)

    def _role_holder(self, title: str, of: str | None, on: _dt.date) -> str | None:
        holders = [
            p.id
            for p in self.actors.values()
            for r in p.roles
            if r.title.lower() == title and (of is None or r.of == of) and r.holds(on)
        ]
        return holders[0] if len(holders) == 1 else None

    def mentions(self, doc: Doc, on: _dt.date | None = None) -> list[Mention]:
        """Non-overlapping mentions in the document, longest first where they overlap."""
        spans: list[Span] = []
        for matcher in (self.lower, self.exact):
            for match_id, start, end in matcher(doc):
                spans.append(Span(doc, start, end, label=self.nlp.vocab.strings[match_id]))
        role_spans: list[Span] = []
        if on is not None:
            for match_id, start, end in self.roles(doc):
                title = self.nlp.vocab.strings[match_id]
                # "Armenian Prime Minister", "Russia's foreign minister": whose office?
                of = None
                for s in spans:
                    if s.end in (start, start - 1) and self.labels[s.label_][1] == "actor":
                        of = self.labels[s.label_][0]
                holder = self._role_holder(title, of, on)
                if holder is not None:
                    role_spans.append(Span(doc, start, end, label=f"actor|{holder}|role"))
                    self.labels.setdefault(f"actor|{holder}|role", (holder, "actor", "role"))
        out = []
        for span in filter_spans(spans + role_spans):
            ident, kind, how = self.labels[span.label_]
            out.append(
                Mention(
                    start=span.start_char,
                    end=span.end_char,
                    text=span.text,
                    id=ident,
                    kind=kind,  # type: ignore[arg-type]
                    how=how,
                )
            )
        return out
