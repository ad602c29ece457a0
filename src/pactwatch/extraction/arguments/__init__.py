"""Who did what to whom under which agreement: the arguments of each candidate, from the parse.

A verb's subject is its ``nsubj`` (or, for a complement, the subject of the verb that controls
it: "Armenia began refusing to attend"); a passive's agent is its "by" phrase; objects are
direct objects and the prepositional objects each event type takes ("appealed to the CSTO",
"clashes with Azerbaijan", "withdrawal from the CSTO"). A nominal event takes its possessor or
demonym ("Azerbaijan's aggression", "Azeri attacks"), its "of", "by", "against" and "to"
phrases, or the subject of the light verb it is the object of ("Ankara providing military
assistance to ..."). The frame (``lexicon.patterns.Frame``) says which argument is which; what
the text leaves implicit comes from the document: the agreement in context, the knowledge
base's agreement between the parties, the mission's deployer.

The package is one module per family of frames, each a class over the shared pieces:
``pieces`` (a word's actors, a verb's subject and objects, the agreement in context),
``presence`` (forces, bases and hosts), ``supply`` (arms bought, received, made),
``membership`` (joining, leaving, taking part), ``backing`` (support in words or by presence,
and the pact a word names), ``dyad_parts`` (what the dyad frame asks of a word or a pact
besides its sides) and ``dyad`` (one side acting on another: a table of readings that settle
their sides their own way, then steps over one ``Sides`` record),
``sides`` (the frames read as a dyad from another angle: requests, speakers, mutual acts),
``agreements`` (signing, consent, coverage), ``guesses`` (the other readings of what the text
leaves implicit) and ``finder`` (the dispatch by frame); ``words`` holds the word lists they
read. Each
family is a class over ``pieces.Pieces``; ``Finder`` inherits them all.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pactwatch.extraction.arguments.finder import Finder
from pactwatch.extraction.arguments.words import NAMED, SYMMETRIC_TYPES
from pactwatch.extraction.reading import Candidate, Reading, guarded


@Language.component("pactwatch_arguments")
@guarded("pactwatch_arguments")
def arguments(doc: Doc) -> Doc:
    r: Reading = doc._.pactwatch
    finder = Finder(doc, r)
    out: list[Candidate] = []
    for c in r.candidates:
        ref = r.ref(c.head)
        if ref is not None and ref.how in NAMED and ref.kind != "mission":
            continue  # "Collective Security Treaty": a name, not an event
        out += finder.find(c)
    r.candidates = out
    return doc


__all__ = ["SYMMETRIC_TYPES", "Finder", "arguments"]
