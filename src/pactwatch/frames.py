"""pandas DataFrames of the model, as researchers build their tables.

- ``events(world)``: one row per event, claims included;
- ``memberships(world)``: one row per stretch of an actor's standing in an agreement;
- ``member_years(world, years)``: one row per state, agreement and year in which the state is
  bound on 31 December (or on ``as_of`` for the current year);
- ``dyad_years(world, years)``: one row per undirected pair of states and year with an
  obligation between them that day, with a column per ATOP obligation kind;
- ``atop_members(world)``: ATOP's member-level columns for every agreement with an ATOP
  obligation, past 2018, plus ``participation``, which ATOP lacks.
"""

from __future__ import annotations

import datetime as _dt
import zlib
from collections.abc import Iterable

import pandas as pd

from pactwatch.dates import PartialDate, as_date
from pactwatch.world import World
from pactwatch.world.fold import PairState
from pactwatch.world.world import DateLike

ATOP_KINDS = {
    "defense": "defense",
    "offense": "offense",
    "neutrality": "neutral",
    "nonaggression": "nonagg",
    "consultation": "consul",
}
SYNTHETIC_BASE = 9_000_000


def atop_id(world: World, agreement: str) -> int:
    """The agreement's ATOP id, or a stable synthetic one (9,000,000 and up) if ATOP has none."""
    ids = world.kb.agreements[agreement].atop if agreement in world.kb.agreements else []
    if ids:
        return ids[0]
    return SYNTHETIC_BASE + zlib.crc32(agreement.encode()) % 1_000_000


def events(world: World) -> pd.DataFrame:
    rows = []
    for e in sorted(world.history.events.values(), key=lambda e: (e.date.start, e.id)):
        rows.append(
            {
                "id": e.id,
                "type": e.type,
                "date": str(e.date),
                "date_start": e.date.start,
                "precision": e.date.precision,
                "subject": ";".join(e.subject),
                "object": ";".join(e.object),
                "agreement": e.agreement,
                "factuality": e.factuality,
                "conditional": e.conditional,
                "tense": e.tense,
                "source": e.source,
                "origin": e.origin,
                "summary": e.summary,
                "sources": " | ".join(ev.cite() for ev in e.evidence),
            }
        )
    return pd.DataFrame(rows)


def memberships(world: World, as_of: DateLike = None) -> pd.DataFrame:
    day = as_date(as_of)
    rows = []
    actors = sorted({a for a, _ in world.history.pairs})
    for actor in actors:
        for s in world.spans(actor, day):
            rows.append(
                {
                    "actor": actor,
                    "agreement": s.agreement,
                    "legal": s.legal,
                    "participation": s.participation,
                    "start": s.start,
                    "end": s.end,
                }
            )
    return pd.DataFrame(
        rows, columns=["actor", "agreement", "legal", "participation", "start", "end"]
    )


def _year_day(year: int, last: _dt.date) -> _dt.date:
    return min(_dt.date(year, 12, 31), last)


def _states(world: World) -> set[str]:
    return {a.id for a in world.kb.actors.values() if a.kind == "state"}


def member_years(world: World, years: Iterable[int], as_of: DateLike = None) -> pd.DataFrame:
    last = as_date(as_of)
    states = _states(world)
    rows = []
    for year in years:
        snap = world.snapshot(_year_day(year, last))
        for m in snap.memberships:
            if m.bound and m.actor in states:
                rows.append(
                    {
                        "year": year,
                        "actor": m.actor,
                        "cow": world.kb.actors[m.actor].cow,
                        "agreement": m.agreement,
                        "atopid": atop_id(world, m.agreement),
                        "legal": m.legal,
                        "participation": m.participation,
                    }
                )
    cols = ["year", "actor", "cow", "agreement", "atopid", "legal", "participation"]
    return pd.DataFrame(rows, columns=cols)


def dyad_years(world: World, years: Iterable[int], as_of: DateLike = None) -> pd.DataFrame:
    last = as_date(as_of)
    states = _states(world)
    rows = []
    for year in years:
        snap = world.snapshot(_year_day(year, last))
        pairs: dict[tuple[str, str], dict[str, object]] = {}
        for a, b, p in snap.obligations():
            col = ATOP_KINDS.get(p.kind)
            if col is None or a not in states or b not in states:
                continue
            key = (min(a, b), max(a, b))
            row = pairs.setdefault(
                key,
                {"year": year, "state_a": key[0], "state_b": key[1], "agreements": set()}
                | {c: 0 for c in ATOP_KINDS.values()},
            )
            row[col] = 1
            agreements = row["agreements"]
            assert isinstance(agreements, set)
            agreements.add(p.agreement)
        for row in pairs.values():
            agreements = row["agreements"]
            assert isinstance(agreements, set)
            rows.append({**row, "agreements": ";".join(sorted(agreements))})
    cols = ["year", "state_a", "state_b", *ATOP_KINDS.values(), "agreements"]
    return pd.DataFrame(rows, columns=cols)


def _ymd(d: PartialDate | _dt.date | None) -> tuple[int, int | None, int | None]:
    return (0, 0, 0) if d is None else (d.year, d.month, d.day)


def atop_members(world: World, as_of: DateLike = None) -> pd.DataFrame:
    """ATOP member-level rows: entry by signature (ATOP's rule), exit, obligations."""
    day = as_date(as_of)
    snap = world.snapshot(day)
    pairs_of: dict[str, list[tuple[str, list[PairState]]]] = {}
    for (actor, pair_ag), states in sorted(world.history.pairs.items()):
        pairs_of.setdefault(pair_ag, []).append((actor, states))
    rows = []
    for ag_id, ag in sorted(world.kb.agreements.items()):
        kinds = {p.kind for p in ag.provisions} & set(ATOP_KINDS)
        if not kinds:
            continue
        for actor, states in pairs_of.get(ag_id, []):
            if actor not in world.kb.actors:
                continue
            cow = world.kb.actors[actor].cow
            if world.kb.actors[actor].kind != "state" or cow is None:
                continue
            shown = [s for s in states if s.date.start <= day]
            stretch_start = None
            signed = None
            for i, st in enumerate(shown):
                in_now = st.legal in ("member", "withdrawing", "suspended")
                if in_now and stretch_start is None:
                    stretch_start = st
                    signed = st.signed or st.member_since or st.date
                ends = st.legal in ("withdrawn", "expelled")
                last = i == len(shown) - 1
                if stretch_start is not None and (ends or last):
                    exit_ = st.since if ends else None
                    current = snap.membership(actor, ag_id)
                    y, m, d = _ymd(signed)
                    ey, em, ed = _ymd(exit_)
                    obliged = {
                        p.kind
                        for p in ag.provisions
                        if p.kind in ATOP_KINDS and (not p.from_ or actor in p.from_)
                    }
                    rows.append(
                        {
                            "atopid": atop_id(world, ag_id),
                            "member": cow,
                            "yrent": y,
                            "moent": m,
                            "dayent": d,
                            "yrexit": ey,
                            "moexit": em,
                            "dayexit": ed,
                            "ineffect": int(exit_ is None),
                            **{col: int(k in obliged) for k, col in ATOP_KINDS.items()},
                            "participation": (
                                current.participation if current and not ends else None
                            ),
                            "pactwatch_id": ag_id,
                            "actor": actor,
                        }
                    )
                    stretch_start = None
    cols = [
        "atopid", "member", "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit",
        "ineffect", *ATOP_KINDS.values(), "participation", "pactwatch_id", "actor",
    ]  # fmt: skip
    frame = pd.DataFrame(rows, columns=cols)
    for c in ("moent", "dayent", "moexit", "dayexit"):
        frame[c] = frame[c].astype("Int64")
    return frame


def atop_alliances(members: pd.DataFrame) -> pd.DataFrame:
    """ATOP's alliance-level columns for the exported members (begin and end dates)."""
    rows = []
    for atopid, grp in members.groupby("atopid"):
        first = grp.sort_values(["yrent", "moent", "dayent"]).iloc[0]
        ended = bool((grp["ineffect"] == 0).all())
        last = grp.sort_values(["yrexit", "moexit", "dayexit"]).iloc[-1] if ended else None
        rows.append(
            {
                "atopid": atopid,
                "begyr": first["yrent"],
                "begmo": first["moent"],
                "begday": first["dayent"],
                "endyr": last["yrexit"] if last is not None else 0,
                "endmo": last["moexit"] if last is not None else 0,
                "endday": last["dayexit"] if last is not None else 0,
                **{c: int(grp[c].max()) for c in ATOP_KINDS.values()},
                "pactwatch_id": grp["pactwatch_id"].iloc[0],
            }
        )
    return pd.DataFrame(rows)
