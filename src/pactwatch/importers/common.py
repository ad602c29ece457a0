"""What the dataset importers share: CSV reading, COW codes, dated values."""

from __future__ import annotations

import csv
import datetime as _dt
import io
import math
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from pactwatch.dates import MAX_YEAR, MIN_YEAR, PartialDate
from pactwatch.files import FileProblem, read_regular, where
from pactwatch.importers.errors import ImportError_ as ImportError_
from pactwatch.model import Actor, Event, Evidence, Source
from pactwatch.printable import printable

# COW codes the knowledge base's states do not carry themselves but that are the same actor.
COW_SAME_ACTOR = {260: "DEU"}  # the German Federal Republic, 1955-1990, continues as Germany


MAX_CSV_BYTES = 100_000_000
_WHOLE = re.compile(r"^-?\d{1,9}(\.0*)?$")
_NUMBER = re.compile(r"^-?(\d{1,12}(\.\d*)?|\.\d+)([eE]-?\d{1,2})?$")


def csv_rows(path: Path, what: str = "file") -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the (line number, fields) of every row of a regular CSV file.

    One-line ImportError_ naming file and line for: no such file, not a regular file, over
    MAX_CSV_BYTES, not UTF-8, a NUL byte, a field past the csv module's limit (128 KB), and a
    column name that appears twice.
    """
    path = Path(path)
    try:
        data = read_regular(path, MAX_CSV_BYTES, what)
    except FileProblem as exc:
        raise ImportError_(str(exc)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportError_(f"{where(path)}:{line}: not UTF-8 text: is this a CSV file?") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[tuple[int, list[str]]] = []
    try:
        header = [c.strip() for c in next(reader, [])]
        for fields in reader:
            rows.append((reader.line_num, fields))
    except csv.Error as exc:
        reason = printable(exc, 80, one_line=True)
        raise ImportError_(
            f"{where(path)}:{reader.line_num}: not a readable CSV row ({reason})"
        ) from None
    seen: dict[str, int] = {}
    for k, name in enumerate(header, start=1):
        if name and name in seen:
            raise ImportError_(
                f"{where(path)}:1: column {printable(name, 40)!r} appears twice "
                f"(columns {seen[name]} and {k})"
            )
        seen[name] = k
    return header, rows


def read_csv(
    path: Path,
    required: set[str],
    whole: Iterable[str] = (),
    dates: Iterable[tuple[str, str, str]] = (),
    filled: Iterable[str] = (),
) -> list[dict[str, str]]:
    """Rows of a CSV file with the required columns, checked before anything is made of them.

    ``whole`` columns must hold whole numbers (or nothing); each (year, month, day) of
    ``dates`` a possible date (a year of 0 or nothing, a month or day of 0 or less: not
    given); ``filled`` columns may not be empty. The first value that breaks this is a
    one-line ImportError_ naming the file, the line and the column.
    """
    header, raw = csv_rows(path)
    missing = required - set(header)
    if missing:
        raise ImportError_(
            f"{where(path)}: missing columns {', '.join(sorted(missing))}: is this the right file?"
        )
    place = {name: k for k, name in enumerate(header, start=1)}
    dates = list(dates)
    whole = [*whole, *(c for triple in dates for c in triple)]
    filled = list(filled)
    out = []
    for line, fields in raw:
        row = {
            name: fields[k].strip() if k < len(fields) else ""
            for k, name in enumerate(header)
            if name
        }

        def bad(col: str, why: str, row: dict[str, str] = row, line: int = line) -> ImportError_:
            value = printable(row.get(col, ""), 30, one_line=True)
            return ImportError_(
                f"{where(path)}:{line}: column {col} (column {place[col]}): {value!r} {why}"
            )

        for col in filled:
            if not row.get(col):
                raise bad(col, "is empty")
        for col in whole:
            value = row.get(col, "")
            if value and not _WHOLE.match(value):
                raise bad(col, "is not a whole number")
        for y, m, d in dates:
            year, month, day = (int(float(row.get(c) or 0)) for c in (y, m, d))
            if year <= 0:
                continue
            if not MIN_YEAR <= year <= MAX_YEAR:
                raise bad(y, f"is not a year from {MIN_YEAR} to {MAX_YEAR}")
            if month > 12:
                raise bad(m, "is not a month")
            if day > 31 or (month > 0 and day > 0 and not _valid(year, month, day)):
                raise bad(d, f"is not a day of {year}-{month:02d}")
        out.append(row)
    return out


def _valid(year: int, month: int, day: int) -> bool:
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


def real_number(path: Path, line: int, col: str, value: str) -> float:
    """A finite decimal number from a CSV field; ImportError_ naming the place otherwise."""
    if not _NUMBER.match(value.strip()):
        shown = printable(value, 30, one_line=True)
        raise ImportError_(f"{where(path)}:{line}: column {col}: {shown!r} is not a number")
    number = float(value)
    if not math.isfinite(number) or abs(number) > 1e12:
        raise ImportError_(f"{where(path)}:{line}: column {col}: {value!r} is out of range")
    return number


def cow_map(actors: Mapping[str, Actor]) -> dict[int, str]:
    """COW state number → actor id, from the knowledge base's states."""
    out = {a.cow: a.id for a in actors.values() if a.cow is not None}
    for code, ident in COW_SAME_ACTOR.items():
        out.setdefault(code, ident)
    return out


def cow_actor(code: int, names: Mapping[int, str]) -> Actor:
    """An actor for a state the knowledge base does not know (a historical state)."""
    return Actor(
        id=f"COW{code}",
        kind="state",
        name=names.get(code, f"COW state {code}"),
        cow=code,
        description="A state of the COW state system without an ISO 3166-1 code.",
        sources=[
            Source(
                kind="dataset",
                title="State System Membership",
                publisher="Correlates of War Project",
                ref=f"ccode {code}",
            )
        ],
    )


def ymd(year: str, month: str, day: str) -> PartialDate | None:
    """A date from year, month and day columns; missing parts lower the precision."""
    try:
        y = int(float(year))
    except ValueError:
        return None
    if y <= 0:
        return None
    parts = [f"{y:04d}"]
    for value in (month, day):
        try:
            n = int(float(value))
        except ValueError:
            break
        if n <= 0:
            break
        parts.append(f"{n:02d}")
    return PartialDate("-".join(parts))


def flag(row: Mapping[str, str], col: str) -> int:
    try:
        return int(float(row.get(col) or 0))
    except ValueError:
        return 0


def stretches(
    rows: list[tuple[int, dict[str, str]]],
) -> list[tuple[PartialDate, PartialDate | None, list[int]]]:
    """Merge one member's phase rows into continuous stretches (start, end or None, rows)."""
    dated = []
    for n, row in rows:
        start = ymd(row["yrent"], row["moent"], row["dayent"])
        if start is None:
            raise ImportError_(f"member row {n}: no entry year")
        end = None if flag(row, "ineffect") else ymd(row["yrexit"], row["moexit"], row["dayexit"])
        dated.append((start, end, n))
    dated.sort(key=lambda t: t[0])
    out: list[tuple[PartialDate, PartialDate | None, list[int]]] = []
    for start, end, n in dated:
        if out and (out[-1][1] is None or out[-1][1].start >= start.start):
            s0, e0, ns = out[-1]
            merged_end = None if (e0 is None or end is None) else max(e0, end)
            out[-1] = (s0, merged_end, [*ns, n])
        else:
            out.append((start, end, [n]))
    return out


def membership_events(
    prefix: str,
    label: str,
    dataset: str,
    ag_id: str,
    first: PartialDate,
    per_actor: Mapping[str, list[tuple[int, dict[str, str]]]],
    source: Callable[[str], Source],
) -> list[Event]:
    """Signature, effect and exit events for each member's stretches (rows in ATOP's columns).

    The dataset dates entry by signature and gives no date of effect: membership is taken to
    start on that day (the founders' ``enter_into_force``, later members' ``join``). An
    alliance that ended for every member is ``terminate``d on the last exit.
    """
    summaries = {
        "sign": f"Signature, as {dataset} dates entry.",
        "join": f"Membership taken to start at signature: {dataset} gives no date of effect.",
        "withdraw": f"Exit as coded by {dataset}.",
        "enter_into_force": f"In effect for the founders from signature, as {dataset} codes it.",
        "terminate": f"Ended for every member, as {dataset} codes it.",
    }

    def event(kind: str, date: PartialDate, ref: str, actor: str | None = None) -> Event:
        return Event.model_validate(
            {
                "id": f"{prefix}:{kind}:{actor + ':' if actor else ''}{date}",
                "type": kind,
                "date": date,
                "subject": [actor] if actor else [],
                "agreement": ag_id,
                "evidence": [Evidence(source=source(ref))],
                "origin": "import",
                "summary": summaries[kind],
            }
        )

    out = [event("enter_into_force", first, label)]
    ended_all = True
    last_exit: PartialDate | None = None
    for actor, actor_rows in sorted(per_actor.items()):
        for start, end, ns in stretches(actor_rows):
            ref = f"{label}, row(s) {', '.join(map(str, ns))}"
            out.append(event("sign", start, ref, actor))
            if start != first:  # founders take effect with the agreement itself
                out.append(event("join", start, ref, actor))
            if end is None:
                ended_all = False
                continue
            last_exit = end if last_exit is None or end > last_exit else last_exit
            out.append(event("withdraw", end, ref, actor))
    if ended_all and last_exit is not None:
        out.append(event("terminate", last_exit, label))
    return out
