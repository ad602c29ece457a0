"""Reading the news as a service: extraction, evaluation against gold annotations, k-fold
cross-validation by document, and retraining the reader's learned filter."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pactwatch.evaluation import DateScore, EvalReport, GoldEvent, as_system, load_gold, score
from pactwatch.kb.loader import read_kb
from pactwatch.text.documents import Document
from pactwatch.text.readers import (
    FEED_SUFFIXES,
    HTML_SUFFIXES,
    TEXT_SUFFIXES,
    ReadError,
    read_path,
    read_url,
)

if TYPE_CHECKING:  # the reader (spaCy) is imported by the functions that read
    from pactwatch.extraction.learned import LinearModel
    from pactwatch.extraction.pipeline import Extractor
    from pactwatch.extraction.train import AnnotatedSet

READABLE = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | {".jsonl"}


def inputs(items: Sequence[str]) -> Iterator[tuple[str, list[Document] | ReadError]]:
    """Every document named: files, folders (recursively, readable kinds only) and URLs, each
    with its documents or the reason it cannot be read."""
    for item in items:
        if item.startswith(("http://", "https://")):
            try:
                yield item, read_url(item)
            except ReadError as exc:
                yield item, exc
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() in READABLE)
            if not files:
                yield item, ReadError(f"{path}: no .txt, .md, .html, .jsonl, .rss or .atom files")
            for f in files:
                try:
                    yield str(f), read_path(f)
                except ReadError as exc:
                    yield str(f), exc
            continue
        try:
            yield item, read_path(path)
        except ReadError as exc:
            yield item, exc


class ServiceError(ValueError):
    """A request that cannot be served as asked; the message says why and what to do."""


@lru_cache(maxsize=4)
def _extractor(kb: str | None, model: str | None) -> Extractor:
    from pactwatch.extraction.learned import LinearModel
    from pactwatch.extraction.pipeline import Extractor

    lm: LinearModel | str | None = "shipped"
    if model is not None:
        try:
            lm = LinearModel.from_json(Path(model).read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError) as exc:
            raise ServiceError(f"cannot read the model {model}: {exc}") from None
    return Extractor(read_kb(Path(kb) if kb else None), model=lm)


def extractor(kb: Path | None = None, model: Path | None = None) -> Extractor:
    """The reader for a knowledge base (the built-in one by default), built once."""
    return _extractor(str(kb) if kb else None, str(model) if model else None)


def meta_beside(gold: Path, docs: Path) -> Path | None:
    """The documents' metadata: ``GOLD-docs.jsonl`` or ``docs.jsonl`` beside the gold file or
    beside the documents' folder."""
    for folder in (gold.parent, docs.parent, docs):
        for name in (gold.stem + "-docs.jsonl", "docs.jsonl"):
            if (folder / name).is_file():
                return folder / name
    return None


def annotated(gold: Path, docs: Path, meta: Path | None = None) -> AnnotatedSet:
    from pactwatch.extraction.train import AnnotatedSet

    if not gold.is_file():
        raise ServiceError(f"no gold file at {gold}")
    if not docs.is_dir():
        raise ServiceError(f"no documents folder at {docs}; pass --docs DIR")
    meta = meta or meta_beside(gold, docs)
    try:
        return AnnotatedSet.load(gold, docs, meta)
    except ReadError as exc:
        raise ServiceError(f"{exc} (named in {gold})") from None
    except (ValueError, KeyError, json.JSONDecodeError) as exc:
        raise ServiceError(str(exc).splitlines()[0]) from None


@dataclass
class Evaluation:
    report: EvalReport
    cross_validated: int | None  # k, when the figures come from k-fold cross-validation
    trained_on: int  # how many of these documents the shipped model learned from
    unread: dict[str, str] = field(default_factory=dict)  # document -> why it could not be read


def _dates(target: AnnotatedSet, docs: Path, meta: Path | None) -> list[DateScore]:
    """Publication dates as the reader tells them from the files, against the gold's."""
    from pactwatch.extraction.train import read_meta

    want = {k: v.get("published") for k, v in read_meta(meta).items()} if meta else {}
    out = []
    for name in sorted(want):
        try:
            read = read_path(docs / name)[0].published
        except ReadError:
            read = None
        got = str(read) if read else None
        out.append(DateScore(doc=name, gold=want[name], system=got, right=want[name] == got))
    return out


def evaluate(
    gold: Path,
    docs: Path,
    meta: Path | None = None,
    cv: int | None = None,
    also: Sequence[tuple[Path, Path]] = (),
    kb: Path | None = None,
    against: Path | None = None,
) -> Evaluation:
    """Score the reader on annotated documents: with the shipped model, or (``cv``) with
    k-fold cross-validation by document, each fold read by a model trained on the other
    folds and on the ``also`` sets; or score ``against``, another annotation of the same
    documents, in the reader's place (how far two annotators agree, by the same scoring)."""
    if against is not None:
        if cv is not None:
            raise ServiceError("--against scores a second annotation, not the reader: drop --cv")
        return _agreement(gold, docs, meta, against)
    from pactwatch.extraction.learned import LinearModel
    from pactwatch.extraction.train import (
        TrainingUnavailable,
        cross_validate,
        examples,
        system_event,
    )

    meta = meta or meta_beside(gold, docs)
    target = annotated(gold, docs, meta)
    ex = extractor(kb)
    dates = _dates(target, docs, meta)
    ids = {d.id for d in target.docs.values()}
    shipped = LinearModel.shipped()
    seen = shipped.meta.get("documents", []) if shipped else []
    trained_on = len(ids & {str(d) for d in seen}) if isinstance(seen, list) else 0
    if cv is None:
        system = []
        for name, (_, events) in zip(
            target.docs, ex.extract_many(target.docs.values()), strict=True
        ):
            system += [system_event(name, e) for e in events]
        texts = {n: d.text for n, d in target.docs.items()}
        report = score(target.gold, system, texts)
    else:
        if cv < 2 or cv > len(target.docs):
            raise ServiceError(f"--cv needs between 2 and {len(target.docs)} folds")
        others = [annotated(g, d) for g, d in also]
        try:
            extra = [e for s in others for e in examples(ex, s)]
            report, _ = cross_validate(target, examples(ex, target), extra, others, k=cv)
        except TrainingUnavailable as exc:
            raise ServiceError(str(exc)) from None
    right = sum(d.right for d in dates)
    report = report.model_copy(
        update={"dates": dates, "date_accuracy": right / len(dates) if dates else None}
    )
    # a document the reader failed on counts as read with no events: say so
    unread = {n: ex.failures[d.id] for n, d in target.docs.items() if d.id in ex.failures}
    return Evaluation(report, cv, trained_on, unread)


def _agreement(gold: Path, docs: Path, meta: Path | None, against: Path) -> Evaluation:
    target = annotated(gold, docs, meta or meta_beside(gold, docs))
    texts = {n: d.text for n, d in target.docs.items()}
    try:
        other = as_system(load_gold(against), texts)
    except FileNotFoundError:
        raise ServiceError(f"{against}: no such file") from None
    except OSError as exc:
        raise ServiceError(f"{against}: cannot be read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise ServiceError(f"{against}: not UTF-8 text; give a gold .jsonl file") from None
    except ValueError as exc:
        raise ServiceError(f"{against}: {str(exc).splitlines()[0]}") from None
    return Evaluation(score(target.gold, other, texts), None, 0)


def retrain(
    sets: Sequence[tuple[Path, Path]], out: Path, k: int = 5, kb: Path | None = None
) -> LinearModel:
    """Train the learned filter on annotated sets and write it to ``out``."""
    from pactwatch.extraction.train import TrainingUnavailable, examples, train

    if not sets:
        raise ServiceError("give at least one GOLD.jsonl=DOCS_DIR to train on")
    ex = extractor(kb)
    loaded = [annotated(g, d) for g, d in sets]
    try:
        every = [e for s in loaded for e in examples(ex, s)]
        model = train(every, loaded, k=k)
    except TrainingUnavailable as exc:
        raise ServiceError(str(exc)) from None
    model.meta = {
        "trained_on": [s.name for s in loaded],
        "examples": len(every),
        "positives": sum(e.label for e in every),
        "documents": sorted(d.id for s in loaded for d in s.docs.values()),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(out)
    return model


def gold_events(path: Path) -> list[GoldEvent]:
    try:
        return load_gold(path)
    except ValueError as exc:
        raise ServiceError(str(exc)) from None
