"""Reading at scale: the reader on a Dask cluster, documents streamed in bounded batches.

``read_many`` reads documents in process (no Dask), on a ``distributed.LocalCluster`` of
``workers`` processes (one thread each), or on an existing cluster (``scheduler``), and yields
each document with its events, or the reason it could not be read, **in input order**: the
caller stays the one writer and stores exactly what the single-process run stores
(docs/decisions/0010-distributed-reading.md).

- Each worker process builds the reader once (``service.reading.extractor``, cached per
  process by knowledge base and model); tasks carry documents, never the reader.
- At most ``window`` batches are being read at once (2 per worker by default) and at most as
  many more wait, read, for an earlier one: memory does not grow with the number of
  documents.
- A document the reader fails on is reported for that document; a batch whose task fails (an
  exception outside the reader's guard, a worker that died) is read again one document per
  task, so only the document at fault is reported.

``ClaimsParquet`` writes the claims as part files of one Parquet dataset directory, for bulk
analysis with pandas or Dask.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import uuid
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple

from pactwatch.extraction.claims import Extracted
from pactwatch.text.documents import Document

BATCH = 16
Result = tuple[list[Extracted], str | None]  # a document's events, or why it was not read


class Read(NamedTuple):
    """A document as read: its events, or (``failure``) why it could not be read."""

    document: Document
    events: list[Extracted]
    failure: str | None


class ReaderSetupError(RuntimeError):
    """The reader could not be built (raised on a worker, reported by ``read_many`` as a
    ``ServiceError``): no document can be read, so the run stops."""


def _distributed() -> Any:
    """The ``distributed`` package (imported when a cluster is asked for; untyped)."""
    import distributed

    return distributed


def _failure(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:300]


# -- on a worker -----------------------------------------------------------------------------


def read_batch(
    documents: Sequence[Document], kb: str | None = None, model: str | None = None
) -> list[Result]:
    """Each document's events (or why it could not be read), in order, read by this process's
    reader, built on the first call and kept. Runs as a Dask task; in process too."""
    from pactwatch.service import reading

    try:
        ex = reading.extractor(Path(kb) if kb else None, Path(model) if model else None)
    except Exception as exc:
        raise ReaderSetupError(str(exc)) from None
    try:
        return [
            (events, ex.failures.pop(doc.id, None)) for doc, events in ex.extract_many(documents)
        ]
    except Exception:
        pass  # something outside the reader's guard: read them one by one to find which
    out: list[Result] = []
    for doc in documents:
        try:
            [(_, events)] = ex.extract_many([doc])
            out.append((events, ex.failures.pop(doc.id, None)))
        except Exception as exc:
            ex.failures.pop(doc.id, None)
            out.append(([], _failure(exc)))
    return out


# -- on the client ---------------------------------------------------------------------------


def read_many(
    documents: Iterable[Document],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    batch: int = BATCH,
    kb: Path | None = None,
    model: Path | None = None,
    window: int | None = None,
) -> Generator[Read, None, None]:
    """Each document with its events, or why it could not be read, in input order.

    With neither ``workers`` nor ``scheduler`` the documents are read in this process; with
    ``workers=N`` on a local Dask cluster of N processes started (and stopped) here; with
    ``scheduler="tcp://HOST:PORT"`` on that cluster. ``documents`` is consumed lazily,
    ``batch`` at a time; ``window`` bounds the batches being read at once (default two per
    worker). Close the iterator (``contextlib.closing``) if you stop early: that cancels what
    is still being read and shuts the local cluster down.

    Raises ``ServiceError`` if the arguments are wrong, the scheduler cannot be reached or the
    reader cannot be built (no knowledge base, no model, no trained pipeline).
    """
    from pactwatch.service.reading import ServiceError

    if workers is not None and scheduler is not None:
        raise ServiceError("give --workers or --scheduler, not both")
    if workers is not None and workers < 1:
        raise ServiceError(f"--workers {workers}: give at least 1")
    if batch < 1:
        raise ServiceError(f"batch {batch}: give at least 1")
    if window is not None and window < 1:
        raise ServiceError(f"window {window}: give at least 1")
    kb_s = str(kb) if kb else None
    model_s = str(model) if model else None
    try:
        if workers is None and scheduler is None:
            for chunk in _batches(documents, batch):
                for doc, (events, failure) in zip(
                    chunk, read_batch(chunk, kb_s, model_s), strict=True
                ):
                    yield Read(doc, events, failure)
            return
        with _client(workers, scheduler) as client:
            if window is None:
                threads = workers or sum(client.nthreads().values())
                window = 2 * max(1, threads)
            yield from _stream(client, documents, batch, kb_s, model_s, window)
    except ReaderSetupError as exc:
        raise ServiceError(f"cannot build the reader: {exc}") from None


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(documents)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


@contextlib.contextmanager
def _client(workers: int | None, scheduler: str | None) -> Iterator[Any]:
    """A client of the cluster at ``scheduler``, or of a local cluster of ``workers``
    processes (one thread each, no dashboard); closed (and the cluster stopped) on the way
    out, whatever happens."""
    import dask

    from pactwatch.service.reading import ServiceError

    dist = _distributed()
    settings = {
        # Dask keeps each connection's last messages for debugging (1,000 by default); ours
        # carry whole documents, and kept they made memory grow with the run (0010)
        "distributed.admin.low-level-log-length": 10,
        # a worker that dies is not retried thrice on the same batch: the batch is split
        "distributed.scheduler.allowed-failures": 1,
    }
    with dask.config.set(settings):
        if scheduler is not None:
            try:
                client = dist.Client(scheduler, timeout="10s")
            except (OSError, TimeoutError) as exc:
                raise ServiceError(
                    f"cannot reach the Dask scheduler at {scheduler}: {exc}"
                ) from None
            with client:
                yield client
            return
        with (
            dist.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                # no dashboard; the scheduler's health endpoint on a free port, not on 8787
                scheduler_kwargs={"dashboard_address": ":0"},
                silence_logs=logging.ERROR,
            ) as cluster,
            dist.Client(cluster) as client,
        ):
            yield client


@dataclass(eq=False)
class _Slot:
    """One batch of documents in input order, with its results as they arrive."""

    docs: list[Document]
    results: list[Result | None]
    pending: int = 0  # tasks of this batch not yet done


def _stream(
    client: Any,
    documents: Iterable[Document],
    size: int,
    kb: str | None,
    model: str | None,
    window: int,
) -> Generator[Read, None, None]:
    chunks = _batches(documents, size)
    order: deque[_Slot] = deque()  # submitted, not yet released, in input order
    tasks: dict[Any, tuple[_Slot, int, int]] = {}  # task -> (batch, first, end)
    done = _distributed().as_completed()
    exhausted = False

    def submit(slot: _Slot, start: int, end: int) -> None:
        future = client.submit(read_batch, slot.docs[start:end], kb, model, pure=False)
        tasks[future] = (slot, start, end)
        slot.pending += 1
        done.add(future)

    try:
        while True:
            # backpressure: at most `window` batches read at once, and as many more waiting
            # (read) for an earlier one to be released
            while not exhausted and len(tasks) < window and len(order) < 2 * window:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                slot = _Slot(chunk, [None] * len(chunk))
                order.append(slot)
                submit(slot, 0, len(chunk))
            while order and order[0].pending == 0:
                slot = order.popleft()
                for doc, result in zip(slot.docs, slot.results, strict=True):
                    assert result is not None
                    yield Read(doc, *result)
            if not order:
                if exhausted:
                    return
                continue
            future = next(done)
            slot, start, end = tasks.pop(future)
            slot.pending -= 1
            if future.status == "finished":
                slot.results[start:end] = future.result()
            else:
                exc = future.exception()
                if isinstance(exc, ReaderSetupError):
                    raise exc
                if end - start > 1:  # read again one by one: only the one at fault fails
                    for i in range(start, end):
                        submit(slot, i, i + 1)
                else:
                    slot.results[start] = ([], _failure(exc))
    finally:
        if tasks:
            with contextlib.suppress(Exception):
                client.cancel(list(tasks))


# -- Parquet ---------------------------------------------------------------------------------

COLUMNS: tuple[tuple[str, str], ...] = (
    ("document", "string"),  # the document's id
    ("claim", "string"),  # DOCID:N, numbered from 1 in the order the store numbers them
    ("type", "string"),
    ("subject", "list<string>"),
    ("object", "list<string>"),
    ("agreement", "string"),
    ("factuality", "string"),
    ("conditional", "bool"),
    ("tense", "string"),
    ("source", "string"),
    ("date", "string"),  # the event's date as the text gives it (may be partial), if any
    ("quote", "string"),  # the first mention's quote
    ("confidence", "double"),
    ("published", "string"),  # the document's publication date (may be partial), if known
)


def claim_rows(doc: Document, events: Sequence[Extracted]) -> list[dict[str, Any]]:
    """The claims of one document as rows, claim ids as ``Store.add_document`` gives them."""
    published = str(doc.published) if doc.published else None
    return [
        {
            "document": doc.id,
            "claim": f"{doc.id}:{n}",
            "type": e.type,
            "subject": list(e.subject),
            "object": list(e.object),
            "agreement": e.agreement,
            "factuality": e.factuality,
            "conditional": e.conditional,
            "tense": e.tense,
            "source": e.source,
            "date": str(e.date) if e.date else None,
            "quote": e.evidence[0].quote if e.evidence else None,
            "confidence": e.confidence,
            "published": published,
        }
        for n, e in enumerate(events, start=1)
    ]


class ClaimsParquet:
    """Claims appended to one Parquet dataset directory, as part files of whole documents.

    ``add`` collects a document's claims; every ``rows_per_part`` claims (and on ``flush``
    and ``close``) they are written as a new part, ``part-NNNNN-XXXXXXXX.parquet``, numbered
    after the parts already there. A part is written to a hidden temporary file and renamed
    into place, so a reader (``pandas.read_parquet(DIR)``, ``dask.dataframe.read_parquet``)
    never sees half a file. Use it as a context manager: what was added is written on the
    way out, also when the run is interrupted.
    """

    def __init__(self, directory: Path, rows_per_part: int = 5_000) -> None:
        import pyarrow as pa  # type: ignore[import-untyped]

        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.rows_per_part = rows_per_part
        self.schema = pa.schema(
            [
                (name, pa.list_(pa.string()) if kind == "list<string>" else pa.type_for_alias(kind))
                for name, kind in COLUMNS
            ]
        )
        self._rows: list[dict[str, Any]] = []
        self._next = len(list(self.directory.glob("part-*.parquet")))
        self._run = uuid.uuid4().hex[:8]
        self.parts: list[Path] = []  # written by this writer
        self.claims = 0

    def add(self, doc: Document, events: Sequence[Extracted]) -> None:
        self._rows += claim_rows(doc, events)
        if len(self._rows) >= self.rows_per_part:
            self.flush()

    def flush(self) -> Path | None:
        """Write what was added as one part; None if there was nothing to write."""
        if not self._rows:
            return None
        import pyarrow as pa
        import pyarrow.parquet as pq  # type: ignore[import-untyped]

        table = pa.Table.from_pylist(self._rows, schema=self.schema)
        path = self.directory / f"part-{self._next:05d}-{self._run}.parquet"
        tmp = self.directory / f".{path.name}.tmp"
        try:
            pq.write_table(table, tmp)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        self._next += 1
        self.claims += len(self._rows)
        self._rows = []
        self.parts.append(path)
        return path

    def close(self) -> None:
        self.flush()

    def __enter__(self) -> ClaimsParquet:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
