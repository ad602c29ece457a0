"""The learned part of the reader: which candidate events are events.

The rules propose more candidates than there are events (a wide lexicon over lemmas, arguments
from the parse). A logistic regression trained on annotated articles (``train.py``) scores each
candidate from features of its trigger, its arguments, how they were found, its certainty and
source, and its sentence; candidates under the threshold are dropped. The model is plain data
(``models/reader.json``: weights by feature name, a bias and the threshold), so reading needs
no learning library and the file can be read and diffed.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from pactwatch.dates import PartialDate
from pactwatch.extraction.reading import EACH_OTHER, Candidate, Reading, guarded
from pactwatch.extraction.syntax import lemma

MODEL_FILE = "reader.json"


@dataclass
class LinearModel:
    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    threshold: float = 0.5
    meta: dict[str, object] = field(default_factory=dict)

    def score(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        body = {
            "meta": self.meta,
            "bias": round(self.bias, 6),
            "threshold": round(self.threshold, 4),
            "weights": {k: round(v, 6) for k, v in sorted(self.weights.items()) if v},
        }
        return json.dumps(body, indent=0, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> LinearModel:
        body = json.loads(text)
        return cls(
            weights={str(k): float(v) for k, v in body["weights"].items()},
            bias=float(body["bias"]),
            threshold=float(body["threshold"]),
            meta=dict(body.get("meta", {})),
        )

    @classmethod
    def shipped(cls) -> LinearModel | None:
        """The model that comes with the package, or None before one has been trained."""
        path = resources.files("pactwatch.extraction") / "models" / MODEL_FILE
        if not path.is_file():
            return None
        return cls.from_json(path.read_text(encoding="utf-8"))

    def save(self, path: Path) -> None:
        path.write_text(self.to_json(), encoding="utf-8")


def _bucket(n: int, edges: tuple[int, ...] = (0, 1, 2, 4, 8, 16, 32)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return "more"


def features(
    doc: Doc, r: Reading, c: Candidate, seen: dict[int, tuple[str, ...]] | None = None
) -> list[str]:
    """What the model sees of a candidate: strings, each a binary feature (``seen``: the cue
    words of the document's sentences read so far, by first token)."""
    seen = {} if seen is None else seen
    head: Token = doc[c.head]
    sent = head.sent
    t = c.type
    lem = lemma(head)
    know = r.know
    # two sides or more as the subject and no object: an event between them ("Russia and
    # Ukraine held talks"), not one whose other side is missing
    mutual = not c.object and sum(know.kind.get(i, "person") != "person" for i in c.subject) >= 2
    out = [
        f"type={t}",
        f"lemma={lem}",
        f"type+lemma={t}+{lem}",
        f"pat={c.trigger.pattern}",
        f"type+pos={t}+{head.pos_}",
        f"type+dep={t}+{head.dep_}",
        f"frame={c.trigger.frame}",
        f"gov={lemma(head.head)}",
        f"type+gov={t}+{lemma(head.head)}",
        f"fact={c.factuality}",
        f"type+fact={t}+{c.factuality}",
        f"tense={c.tense}",
        f"cond={c.conditional}",
        f"has_subj={bool(c.subject)}",
        f"has_obj={'mutual' if mutual else bool(c.object)}",
        f"has_agr={c.agreement is not None}",
        f"type+args={t}+{bool(c.subject)}{bool(c.object)}{c.agreement is not None}",
        f"source={c.source if c.source in ('author', 'unnamed') else 'named'}",
        f"len_match={_bucket(c.end - c.start)}",
    ]
    out += [f"{t}+{cue}" if cue.startswith(("subj_via", "agr_via")) else cue for cue in c.cues]
    for role, ids in (("subj", c.subject), ("obj", c.object)):
        kinds = sorted({"state" if know.is_state(i) else know.kind.get(i, "new") for i in ids})
        none = "mutual" if mutual else "none"
        out.append(f"{role}_kinds={'+'.join(kinds) or none}")
        out.append(f"type+{role}_kinds={t}+{'+'.join(kinds) or none}")
    if c.agreement is not None:
        kind = "org" if know.is_org(c.agreement) else "agreement"
        out.append(f"type+agr_kind={t}+{kind}")
    if set(c.subject) & set(c.object) and EACH_OTHER not in c.cues:
        out.append("self_object")  # unless the text says so: "accused each other"
    standing = _standing(r, c)
    if standing is not None:
        out.append(f"type+standing={t}+{standing}")
    first = next(iter(doc.sents))
    if sent.start == first.start:
        out.append("headline")
    if not any(tok.text in (".", "!", "?") for tok in sent):
        out.append("no_full_stop")
    if any(tok.text in ("“", '"', "”") for tok in sent):
        out.append("quoted_sentence")
    for child in head.children:
        if child.dep_ in ("dobj", "prep", "neg", "aux", "advmod", "acomp", "xcomp"):
            out.append(f"child={child.dep_}:{lemma(child)}")
    if head.i > 0:
        out.append(f"prev={lemma(doc[head.i - 1])}")
    same = sum(1 for x in r.candidates if x.type == t and x.head != c.head)
    out.append(f"type_repeats={_bucket(same)}")
    agreed = sum(
        1
        for x in r.candidates
        if x.type == t
        and x.head != c.head
        and x.agreement == c.agreement
        and set(x.subject) & set(c.subject)
    )
    out.append(f"event_repeats={_bucket(agreed)}")
    in_quote = r.source_at and r.source_at[c.head].source != "author"
    out.append(f"type+attributed={t}+{bool(in_quote)}")
    out.append(f"lemma+dep={lem}+{head.dep_}")
    out += _guessed_where(doc, r, c)
    if sent.start not in seen:  # read once for all the sentence's candidates
        words = {lemma(tok) for tok in sent}
        seen[sent.start] = tuple(cue for cue in SENTENCE_CUES if cue in words)
    out += [f"sent_has={cue}" for cue in seen[sent.start]]
    return out


SENTENCE_CUES = ("if", "would", "could", "may", "not", "never", "plan", "said", "accord")


def _guessed_where(doc: Doc, r: Reading, c: Candidate) -> list[str]:
    """For a reading with an argument the text leaves implicit (a ``hyp=`` reading): whether
    its actors are named in the event's sentence, else in the two before it, or only further
    away (a state named just before is a likelier guess than one named long ago)."""
    hyps = [f for f in c.cues if f.startswith("hyp=")]
    if not hyps:
        return []
    sent = doc[c.head].sent
    near_start = sent.start
    for _ in range(2):
        if near_start > 0:
            near_start = doc[near_start - 1].sent.start
    here: set[str] = set()
    near: set[str] = set()
    for ref in r.refs:
        if sent.start <= ref.start < sent.end:
            here |= set(ref.ids)
        elif near_start <= ref.start < sent.start:
            near |= set(ref.ids)
    actors = set(c.subject) | set(c.object)
    where = "here" if actors & here else "near" if actors & near else "far"
    out = [f"{h}+named={where}" for h in hyps]
    # a guess from the document's main state holds where the document is about one state
    share = "high" if r.focus_share >= 0.5 else "mid" if r.focus_share >= 0.3 else "low"
    out += [f"{h}+focus={share}" for h in hyps if h in FOCUS_HYPS]
    return out


FOCUS_HYPS = {"hyp=subj_focus", "hyp=obj_focus", "hyp=obj_second"}


MEMBERSHIP_TYPES = {"join", "apply", "withdraw", "notify_withdrawal", "suspend", "freeze"}
MEMBERSHIP_TYPES |= {"resume", "expel", "skip_meeting", "skip_exercise", "withhold_contribution"}
LONG_YEARS = 3


def _standing(r: Reading, c: Candidate) -> str | None:
    """Where the knowledge base has the member in the organization on the event's day: long
    in it, newly in it or outside it (a state long in a bloc is not joining it)."""
    know = r.know
    if c.type not in MEMBERSHIP_TYPES or c.agreement not in know.organizations:
        return None
    day = c.date or (r.document.published if r.document is not None else None)
    states = [i for i in (c.object if c.type == "expel" else c.subject) if know.is_state(i)]
    if day is None or not states:
        return None
    before = PartialDate(str(day.start.year - LONG_YEARS))
    if not all(know.member_on(s, c.agreement, day) for s in states):
        return "outside"
    return "long" if all(know.member_on(s, c.agreement, before) for s in states) else "new"


class Filter:
    """Scores candidates with the model and keeps those over its threshold."""

    def __init__(self, model: LinearModel | None) -> None:
        self.model = model

    @guarded("pactwatch_filter")
    def __call__(self, doc: Doc) -> Doc:
        r: Reading = doc._.pactwatch
        seen: dict[int, tuple[str, ...]] = {}
        for c in r.candidates:
            c.features = features(doc, r, c, seen)
            c.score = self.model.score(c.features) if self.model is not None else 1.0
        return doc


@Language.factory("pactwatch_filter")
def make_filter(nlp: Language, name: str) -> Filter:
    return Filter(LinearModel.shipped())
