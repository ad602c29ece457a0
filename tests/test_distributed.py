"""Reading on Dask (service.distributed): a real LocalCluster reads what one process reads, in
input order; a bad document is reported, not fatal; claims round-trip through Parquet."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterator, Sequence
from pathlib import Path

import pandas as pd
import pytest

from pactwatch.service import distributed as dist
from pactwatch.service.distributed import ClaimsParquet, Read, read_many
from pactwatch.service.reading import ServiceError, extractor
from pactwatch.text.documents import Document
from pactwatch.text.readers import read_path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"
# outside the reader's guard: spaCy cannot encode a lone surrogate
BAD = Document(id="bad0000000000000", text="Armenia \ud800 froze its part in the CSTO.")


@pytest.fixture(scope="module")
def documents(shared: Path) -> list[Document]:
    files = sorted(EXAMPLES.iterdir()) + sorted((shared / "gold/news/docs").glob("*.txt"))[:4]
    return [d for f in files for d in read_path(f)]


@pytest.fixture(scope="module")
def expected(documents: list[Document]) -> list[tuple[str, list[object]]]:
    """What the single-process reader reads, in one stream."""
    ex = extractor()
    out = [(doc.id, list(events)) for doc, events in ex.extract_many(documents)]
    assert not ex.failures
    return out


def as_pairs(results: Sequence[Read]) -> list[tuple[str, list[object]]]:
    return [(r.document.id, list(r.events)) for r in results if r.failure is None]


@pytest.mark.filterwarnings("ignore:The inplace keyword")  # inside dask.dataframe, pandas 3.1
def test_a_local_cluster_reads_what_one_process_reads_in_order(documents, expected, tmp_path):
    stream = [*documents[:4], BAD, *documents[4:]]
    results = list(read_many(stream, workers=2, batch=3))
    assert [r.document.id for r in results] == [d.id for d in stream]
    assert as_pairs(results) == expected
    assert sum(len(e) for _, e in expected) > 20  # the articles do hold events
    [bad] = [r for r in results if r.failure is not None]
    assert bad.document.id == BAD.id and bad.events == []
    assert "UnicodeEncodeError" in bad.failure  # type: ignore[operator]

    # the claims to Parquet, several parts, read back by pandas and by Dask
    with ClaimsParquet(tmp_path / "claims", rows_per_part=20) as out:
        for r in results:
            if r.failure is None:
                out.add(r.document, r.events)
    assert len(out.parts) > 1
    (tmp_path / "claims" / ".part-99999-junk.parquet.tmp").write_bytes(b"PAR1 half a file")
    frame = pd.read_parquet(tmp_path / "claims")
    want = [f"{doc}:{n}" for doc, events in expected for n in range(1, len(events) + 1)]
    assert list(frame["claim"]) == want
    first_doc, first_events = expected[0]
    row = frame.iloc[0]
    e = first_events[0]
    assert (row["document"], row["type"], list(row["subject"])) == (first_doc, e.type, e.subject)  # type: ignore[attr-defined]
    assert row["quote"] == e.evidence[0].quote  # type: ignore[attr-defined]
    dd = pytest.importorskip("dask.dataframe")
    assert len(dd.read_parquet(tmp_path / "claims").compute()) == len(want)


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A cluster in this process (threads): cheap, and it shares this process's reader."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=False,
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": ":0"},
        silence_logs=logging.ERROR,
    ) as cluster:
        yield cluster.scheduler_address


def test_an_existing_cluster_streams_in_bounded_batches(documents, expected, scheduler):
    pulled = 0

    def lazily() -> Iterator[Document]:
        nonlocal pulled
        for doc in itertools.cycle(documents):
            pulled += 1
            yield doc

    with_bound = read_many(lazily(), scheduler=scheduler, batch=2, window=2)
    first = list(itertools.islice(with_bound, len(documents)))
    # 2 batches read at once, 2 more waiting for release: never more than that is pulled
    assert pulled <= len(documents) + 2 * 2 * 2 + 2
    with_bound.close()
    assert as_pairs(first) == expected


def test_a_failing_task_is_read_again_document_by_document(documents, monkeypatch, scheduler):
    real = dist.read_batch

    def dies_on_poison(docs, kb=None, model=None):  # type: ignore[no-untyped-def]
        if any(d.id == "poison" for d in docs):
            raise MemoryError("the worker died")
        return real(docs, kb, model)

    monkeypatch.setattr(dist, "read_batch", dies_on_poison)
    poison = Document(id="poison", text="Armenia froze its part in the CSTO.")
    stream = [documents[0], poison, documents[1]]
    results = list(read_many(stream, scheduler=scheduler, batch=3))
    assert [r.document.id for r in results] == [d.id for d in stream]
    assert [r.failure for r in results] == [None, "MemoryError: the worker died", None]
    assert results[0].events and results[2].events


def test_wrong_arguments_are_service_errors():
    with pytest.raises(ServiceError, match="not both"):
        list(read_many([], workers=2, scheduler="tcp://127.0.0.1:1"))
    with pytest.raises(ServiceError, match="at least 1"):
        list(read_many([], workers=0))
    with pytest.raises(ServiceError, match="cannot build the reader"):
        list(read_many([BAD], kb=Path("/nonexistent/kb"), model=Path("/nonexistent.json")))
