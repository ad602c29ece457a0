"""Benchmark: how the reader holds up when the words change.

    python benchmarks/probes.py [FILE ...] [-v]

Each file of ``benchmarks/probes/`` (the default) holds probe sentences written for the
project, none taken from an article: the tests' readings said again in other syntax and other
words, and wire copy by event type. A line is

    type | subject ids | object ids | publication date | sentence

where ids are comma-separated, ``*`` is any and ``-`` none; a type written ``!type`` is one the
sentence must not yield. A person id the reader adds beside a state is allowed. Each probe
is read with the shipped model and counted as

    ok    the expected event is extracted (or, for ``!type``, no event of the type is)
    FILT  a complete reading with the expected sides exists, but the learned filter dropped it
    CAND  readings of the type exist, with other sides
    NONE  no reading of the type at all
    FP    a ``!type`` probe yields an event of the type

Printed: the counts per file and per type (``-v``: every probe that is not ok). Not a measure
of accuracy on real articles (``pactwatch eval`` is): a floor to keep while the rules change,
and a way to find what they miss (decision 0006, fourteenth round).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from pactwatch.dates import PartialDate
from pactwatch.extraction.pipeline import Extractor, complete
from pactwatch.kb.loader import load_kb
from pactwatch.text.documents import Document

HERE = Path(__file__).resolve().parent / "probes"


def load(path: Path) -> list[tuple[str, str, str, str, str]]:
    probes = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        typ, subj, obj, date, text = (p.strip() for p in line.split("|", 4))
        probes.append((typ, subj, obj, date, text))
    return probes


def fits(want: str, got: list[str]) -> bool:
    if want in ("*", ""):
        return True
    if want == "-":
        return not got
    need = [w for w in want.split(",") if w]
    return all(n in got for n in need) and all(g in need or "-" in g for g in got)


def verdict(ex: Extractor, probe: tuple[str, str, str, str, str], parts: list) -> str:
    typ, subj, obj, _, _ = probe
    events = [e for doc in parts for e in ex.events(doc)]
    if typ.startswith("!"):
        return "FP" if any(e.type == typ[1:] for e in events) else "ok"
    if any(e.type == typ and fits(subj, e.subject) and fits(obj, e.object) for e in events):
        return "ok"
    found = [(c, d) for d in parts for c in d._.pactwatch.candidates if c.type == typ]
    sides = [c for c, d in found if fits(subj, c.subject) and fits(obj, c.object)]
    if any(complete(c, d._.pactwatch) for c, d in found if c in sides):
        return "FILT"
    return "CAND" if found else "NONE"


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    files = [Path(a) for a in argv if a != "-v"] or sorted(HERE.glob("*.txt"))
    ex = Extractor(load_kb())
    overall: Counter[str] = Counter()
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    for path in files:
        probes = load(path)
        docs = [Document.of(t, published=PartialDate(d)) for *_, d, t in probes]
        counts: Counter[str] = Counter()
        for probe, (_, parts) in zip(probes, ex.readings(docs), strict=True):
            v = verdict(ex, probe, parts)
            counts[v] += 1
            by_type[probe[0]][v] += 1
            if verbose and v != "ok":
                print(f"  {v:4} {probe[0]} S={probe[1]} O={probe[2]} | {probe[4]}")
        overall.update(counts)
        print(f"{path.name:<26} {counts['ok']:4}/{sum(counts.values()):<4} ok  {dict(counts)}")
    total = sum(overall.values())
    print(f"{'all':<26} {overall['ok']:4}/{total:<4} ok ({overall['ok'] / max(total, 1):.0%})")
    for typ, c in sorted(by_type.items()):
        print(f"  {typ:<24} {c['ok']:3}/{sum(c.values()):<3} {dict(c)}")


if __name__ == "__main__":
    main(sys.argv[1:])
