"""Benchmark: reading speed of the full extraction against the bare trained pipeline.

Run: python benchmarks/reading.py [SHARED_DIR] [--words N]   (default ../shared, 200,000 words)

Reads the real news articles of ``gold/news`` (and the seeds), repeated until the corpus holds
at least N words, twice in the same run: once through the trained English pipeline alone (the
bare pass: tagging, parsing, entities), once through the full reader (its components, the
learned filter, merging). The two passes take turns over tenths of the corpus, so that a
machine whose speed drifts during the run (a shared one does) weighs on both alike. Prints
words per second of each and their ratio (the issue's budget: the full extraction at most 2x
the bare pass), the ratio of reading a 1 MB article to a 100 KB one (budget 12x: time linear
in length), and the peak memory of the process (budget 1.5 GB).
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from pactwatch.extraction import backbone
from pactwatch.extraction.pipeline import STEPS, Extractor
from pactwatch.kb.loader import read_kb
from pactwatch.text.documents import Document
from pactwatch.text.readers import read_path


def corpus(shared: Path, words: int) -> list[Document]:
    files = sorted((shared / "gold" / "news" / "docs").glob("*.txt"))
    files += sorted((shared / "seeds").glob("*.txt"))
    base = [read_path(f)[0] for f in files]
    out: list[Document] = []
    n = 0
    copy = 0
    while n < words:
        for d in base:
            # each copy is a distinct document (the store would skip a repeated one)
            out.append(Document.of(d.text + f"\n\n(copy {copy})", published=d.published))
            n += len(d.text.split())
        copy += 1
    return out


def main() -> None:
    argv = sys.argv[1:]
    words = 200_000
    if "--words" in argv:  # the option and its value
        at = argv.index("--words")
        words = int(argv[at + 1])
        argv = argv[:at] + argv[at + 2 :]
    shared = Path(argv[0]) if argv else Path(__file__).parents[2] / "shared"
    if not (shared / "gold" / "news" / "docs").is_dir():
        sys.exit(f"no gold/news/docs under {shared}: pass the shared folder")
    docs = corpus(shared, words)
    n_words = sum(len(d.text.split()) for d in docs)
    ex = Extractor(read_kb())
    nlp = backbone.load()
    list(ex.extract_many(docs[:5]))  # load and warm up both passes
    # the two passes take turns over slices of the corpus (the bare pass first on one slice,
    # second on the next), so that a machine that slows down or speeds up during the run
    # weighs on both alike
    bare = full = 0.0
    events = 0
    step = max(1, len(docs) // 10)
    for k, at in enumerate(range(0, len(docs), step)):
        part = docs[at : at + step]
        for which in ("bare", "full") if k % 2 == 0 else ("full", "bare"):
            t0 = time.perf_counter()
            if which == "bare":
                with nlp.select_pipes(disable=list(STEPS)):
                    for _ in nlp.pipe((d.text for d in part), batch_size=16):
                        pass
                bare += time.perf_counter() - t0
            else:
                events += sum(len(evs) for _, evs in ex.extract_many(part))
                full += time.perf_counter() - t0
    print(f"corpus: {len(docs)} documents, {n_words:,} words; {events:,} events extracted")
    print(f"bare pass (trained pipeline only): {n_words / bare:,.0f} words/s")
    print(f"full extraction:                   {n_words / full:,.0f} words/s")
    print(f"ratio full/bare: {full / bare:.2f} (budget 2.00)")

    article = "\n\n".join(d.text for d in docs)
    small = Document.of(article[:100_000])
    large = Document.of(article[:1_000_000])
    t0 = time.perf_counter()
    ex.extract(small)
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    ex.extract(large)
    t_large = time.perf_counter() - t0
    print(f"1 MB article / 100 KB article: {t_large / t_small:.1f}x (budget 12x, linear is 10x)")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak memory: {peak_kb / 1024:,.0f} MB (budget 1,536 MB)")


if __name__ == "__main__":
    main()
