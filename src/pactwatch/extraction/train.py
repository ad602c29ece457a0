"""Training the reader's learned filter, and measuring it honestly.

Every candidate event the rules propose in an annotated document is labelled by the scoring of
``gold/README.md``: positive if it matches a gold event. A logistic regression (scikit-learn,
needed only here: ``pip install 'pactwatch[train]'``) learns from those labels; the threshold
is the one that maximizes F1 over predictions made for documents the model did not see (inner
cross-validation by document). ``cross_validate`` gives the only figure that counts for
documents a model learned from: k folds by document, each scored by a model trained on the
other folds (and on any extra annotated sets), never on itself.
"""

from __future__ import annotations

import contextlib
import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pactwatch.dates import DateError, PartialDate
from pactwatch.evaluation import EvalReport, GoldEvent, SystemEvent, load_gold, matches, score
from pactwatch.extraction.claims import Extracted
from pactwatch.extraction.learned import LinearModel
from pactwatch.extraction.pipeline import Extractor, as_extracted, complete, merge
from pactwatch.text.documents import Document
from pactwatch.text.readers import read_path


class TrainingUnavailable(RuntimeError):
    """scikit-learn is not installed."""


@dataclass
class Example:
    """One candidate of one annotated document."""

    doc: str  # the gold set's name for the document, prefixed by the set
    group: tuple[int, tuple[int, str, str]]  # (part, slot): one reading of a slot is kept
    features: list[str]
    label: bool
    event: Extracted  # what it would be as an extracted event (score filled later)

    @property
    def set(self) -> str:
        """The name of the annotated set the document belongs to."""
        return self.doc.split(":", 1)[0]


@dataclass
class AnnotatedSet:
    gold: list[GoldEvent]
    docs: dict[str, Document]  # file name -> document
    name: str

    @classmethod
    def load(cls, gold_path: Path, docs_dir: Path, meta: Path | None = None) -> AnnotatedSet:
        gold = load_gold(gold_path)
        meta_rows = read_meta(meta) if meta is not None else {}
        names = sorted({g.doc for g in gold} | set(meta_rows))
        docs = {}
        for name in names:
            doc = read_path(docs_dir / name)[0]
            docs[name] = with_meta(doc, meta_rows.get(name, {}))
        return cls(gold, docs, gold_path.parent.name + "/" + gold_path.stem)


def read_meta(path: Path) -> dict[str, dict[str, Any]]:
    """``docs.jsonl``: one line per document with ``doc``, ``published``, ``publisher``,
    ``title``, ``url``."""
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[str(row["doc"])] = row
    return out


def with_meta(doc: Document, row: dict[str, Any]) -> Document:
    """A document with what its page says of it: publication date, publisher, title, URL (the
    metadata a feed or a web page gives the reader in use)."""
    update: dict[str, Any] = {}
    if row.get("published") and doc.published is None:
        with contextlib.suppress(DateError, ValueError):
            update["published"] = PartialDate(str(row["published"]))
    for key in ("publisher", "title", "url"):
        if row.get(key) and not getattr(doc, key):
            update[key] = str(row[key])
    return doc.model_copy(update=update) if update else doc


def examples(extractor: Extractor, annotated: AnnotatedSet) -> list[Example]:
    names = list(annotated.docs)
    out: list[Example] = []
    gold_by_doc: dict[str, list[GoldEvent]] = {}
    for g in annotated.gold:
        gold_by_doc.setdefault(g.doc, []).append(g)
    documents = [annotated.docs[n] for n in names]
    for name, (document, parts) in zip(names, extractor.readings(documents), strict=True):
        for part, doc in enumerate(parts):
            r = doc._.pactwatch
            for c in r.candidates:
                if not complete(c, r):  # what the reader never outputs is not learned
                    continue
                event = as_extracted(doc, r, c, 1.0)
                sys_event = system_event(name, event)
                label = any(matches(sys_event, g, document.text) for g in gold_by_doc.get(name, []))
                key = f"{annotated.name}:{name}"
                out.append(Example(key, (part, c.slot), c.features, label, event))
    return out


def system_event(doc: str, e: Extracted) -> SystemEvent:
    return SystemEvent(
        doc=doc,
        type=e.type,
        subject=e.subject,
        object=e.object,
        agreement=e.agreement,
        factuality=e.factuality,
        conditional=e.conditional,
        tense=e.tense,
        source=e.source,
        spans=[(s.start, s.end) for s in e.evidence],
    )


def fit(train: Sequence[Example], c: float = 0.05, seed: int = 0) -> LinearModel:
    """A logistic regression over the examples' binary features."""
    try:
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise TrainingUnavailable(
            "training needs scikit-learn: pip install 'pactwatch[train]'"
        ) from None
    if not train:  # a fold with nothing to learn from keeps every candidate's even odds
        return LinearModel(bias=0.0)
    x, names = _binary_matrix(train)
    y = [e.label for e in train]
    if len(set(y)) < 2:
        return LinearModel(bias=5.0 if y and y[0] else -5.0)
    clf = LogisticRegression(C=c, max_iter=2000, random_state=seed)
    clf.fit(x, y)
    weights = {str(n): float(w) for n, w in zip(names, clf.coef_[0], strict=True)}
    return LinearModel(weights=weights, bias=float(clf.intercept_[0]))


def _binary_matrix(train: Sequence[Example]) -> tuple[Any, list[str]]:
    """The examples' features as a sparse 0/1 matrix, one column per feature name in sorted
    order (what scikit-learn's DictVectorizer makes of them, built directly: it is most of a
    fit's time otherwise)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    rows = [set(e.features) for e in train]
    names = sorted(set().union(*rows)) if rows else []
    column = {n: i for i, n in enumerate(names)}
    indices: list[int] = []
    indptr = [0]
    for row in rows:
        indices += sorted(column[f] for f in row)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    return csr_matrix((data, indices, indptr), shape=(len(rows), len(names))), names


def folds(names: Sequence[str], k: int, seed: int = 0) -> list[list[str]]:
    order = sorted(set(names))
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def _predict(model: LinearModel, test: Iterable[Example]) -> list[tuple[Example, float]]:
    return [(e, model.score(e.features)) for e in test]


SMOOTHING = 2  # grid steps either side of a threshold averaged into its F1
MIN_TUNING_DOCS = 5  # documents a threshold is tuned on at the least (one per inner fold)


GRID = [x / 100 for x in range(10, 91, 2)]  # the thresholds tried
REPEATS = 3  # fold assignments of the inner cross-validation whose F1 curves are averaged


def best_threshold(
    runs: Sequence[list[tuple[Example, float]]], sets: Sequence[AnnotatedSet]
) -> float:
    """The threshold with the best F1 on these out-of-fold predictions, averaged over the
    runs (one per fold assignment: which documents share a fold moves a single run's curve
    by more than the threshold's own effect; see ``plateau``)."""
    curves = [[_score(scored, t, sets).f1 for t in GRID] for scored in runs]
    return plateau(GRID, [sum(c[i] for c in curves) / len(curves) for i in range(len(GRID))])


def plateau(grid: Sequence[float], f1: Sequence[float], width: int = SMOOTHING) -> float:
    """The threshold whose F1, averaged with its ``width`` neighbours on either side, is best:
    a lone peak between two steps is noise, and a threshold inside a broad plateau holds
    better on articles the model has not seen. Ties go to the better F1 of its own."""

    def smooth(i: int) -> float:
        near = f1[max(0, i - width) : i + width + 1]
        return sum(near) / len(near)

    return grid[max(range(len(grid)), key=lambda i: (smooth(i), f1[i]))]


def _score(
    scored: list[tuple[Example, float]],
    t: float,
    sets: Sequence[AnnotatedSet],
    everything: bool = False,
) -> EvalReport:
    """Score the predictions over the documents they cover (``everything``: over every
    document of the sets, those without a prediction included)."""
    keys = {e.doc for e, _ in scored}
    if everything:
        keys = {f"{s.name}:{n}" for s in sets for n in s.docs}
    gold, texts, system = [], {}, []
    for s in sets:
        for name, doc in s.docs.items():
            key = f"{s.name}:{name}"
            if key not in keys:
                continue
            uid = f"{s.name}/{name}"
            texts[uid] = doc.text
            gold += [g.model_copy(update={"doc": uid}) for g in s.gold if g.doc == name]
    best: dict[tuple[str, tuple[int, tuple[int, str, str]]], tuple[float, Example]] = {}
    for e, p in scored:
        group = (e.doc, e.group)
        if p >= t and (group not in best or p > best[group][0]):
            best[group] = (p, e)
    for _, e in best.values():
        system.append((e.doc.replace(":", "/", 1), e.event))
    merged: dict[str, list[Extracted]] = {}
    for d, ev in system:
        merged.setdefault(d, []).append(ev)
    sys_events = [system_event(d, x) for d, evs in merged.items() for x in merge(evs)]
    return score(gold, sys_events, texts)


def train(examples_: Sequence[Example], sets: Sequence[AnnotatedSet], k: int = 5) -> LinearModel:
    """Fit on all examples; the threshold from inner cross-validation by document, tuned on
    the first set: the kind of text the model is for (our real news, not the articles we
    wrote, whose plainer events hold at a higher threshold)."""
    docs = sorted({e.doc for e in examples_})
    tuned = sets[0].name if sets else None
    runs: list[list[tuple[Example, float]]] = []
    for seed in range(REPEATS):
        scored: list[tuple[Example, float]] = []
        for fold in folds(docs, k, seed):
            held = set(fold)
            model = fit([e for e in examples_ if e.doc not in held])
            scored += _predict(model, [e for e in examples_ if e.doc in held])
        runs.append([x for x in scored if x[0].set == tuned])
    model = fit(examples_)
    model.threshold = best_threshold(runs, sets[:1])
    return model


def cross_validate(
    target: AnnotatedSet,
    target_examples: Sequence[Example],
    extra: Sequence[Example],
    extra_sets: Sequence[AnnotatedSet],
    k: int = 5,
) -> tuple[EvalReport, list[SystemEvent]]:
    """k-fold cross-validation by document on ``target``: each fold is read with a model
    trained on the other folds and on ``extra``; the pooled predictions are scored."""
    docs = sorted({e.doc for e in target_examples} | {f"{target.name}:{n}" for n in target.docs})
    scored: list[tuple[Example, float]] = []
    for fold in folds(docs, k):
        held = set(fold)
        train_on = [e for e in target_examples if e.doc not in held] + list(extra)
        # the threshold is tuned on the target's own documents left to train on, as the
        # shipped model's is on the news; where too few are left to tune on (the seeds: one
        # article), on the first set trained on beside it, as the shipped model is
        few = len(docs) - len(held) < MIN_TUNING_DOCS
        sets = [*extra_sets, target] if few and extra_sets else [target, *extra_sets]
        model = train(train_on, sets, k=min(k, 5))
        scored += [
            (e, p)
            for e, p in _predict(model, [e for e in target_examples if e.doc in held])
            if p >= model.threshold
        ]
    return _score(scored, 0.0, [target], everything=True), []
