"""Exports: researchers' tables, ATOP's format (round trip), the commitment network."""

import networkx as nx
import pandas as pd

from pactwatch import frames
from pactwatch.importers.atop import read_atop


def test_frames_tables(world):
    years = range(2019, 2026)
    my = frames.member_years(world, years, "2025-06-01")
    arm = my[(my.actor == "ARM") & (my.agreement == "CSTO")].set_index("year")
    assert arm.loc[2023, "participation"] == "active" and arm.loc[2024, "participation"] == "frozen"
    assert arm.loc[2024, "cow"] == 371 and arm.loc[2024, "atopid"] == 4220
    assert set(my[(my.year == 2024) & (my.agreement == "NATO")].actor) >= {"SWE", "FIN", "USA"}
    dy = frames.dyad_years(world, years, "2025-06-01")
    pair = dy[(dy.year == 2020) & (dy.state_a == "ARM") & (dy.state_b == "RUS")].iloc[0]
    assert (
        pair.defense == 1
        and "CSTO" in pair.agreements
        and "ru-am-friendship-1997" in pair.agreements
    )
    assert dy[(dy.state_a == "AZE") & (dy.state_b == "TUR") & (dy.year == 2023)].defense.item() == 1
    ev = frames.events(world)
    assert len(ev) == len(world.history.events) and {"factuality", "sources"} <= set(ev.columns)


def test_export_csv_and_parquet_agree(cli, tmp_path):
    cli("export", "csv", "-o", str(tmp_path / "csv"), "--from-year", "2015", "--to-year", "2025")
    cli("export", "parquet", "-o", str(tmp_path / "pq"), "--from-year", "2015", "--to-year", "2025")
    for name in ("events", "memberships", "member_years", "dyad_years"):
        a = pd.read_csv(tmp_path / "csv" / f"{name}.csv")
        b = pd.read_parquet(tmp_path / "pq" / f"{name}.parquet")
        assert len(a) == len(b) > 0 and list(a.columns) == list(b.columns)


def test_export_graph(cli, tmp_path):
    out = tmp_path / "net.graphml"
    cli("export", "graphml", "-o", str(out), "--as-of", "2025-02-01")
    g = nx.read_graphml(out)
    kinds = {d["kind"] for u, v, d in g.edges(data=True) if u == "RUS" and v == "ARM"}
    assert {"defense", "deployment:base"} <= kinds
    cli("export", "json", "-o", str(tmp_path / "net.json"), "--as-of", "2025-02-01")
    assert "RUS" in (tmp_path / "net.json").read_text()


def _stretches_from_events(events):
    """(agreement, actor, signature, exit or None) for each stretch, signatures and exits paired in order."""
    by_pair = {}
    for e in sorted(events, key=lambda e: e.date):
        if e.type in ("sign", "withdraw"):
            by_pair.setdefault((e.agreement, e.subject[0]), []).append(e)
    out = set()
    for (ag, actor), evs in by_pair.items():
        start = None
        for e in evs:
            if e.type == "sign":
                start = str(e.date)
            else:
                out.add((ag, actor, start, str(e.date)))
                start = None
        if start is not None:
            out.add((ag, actor, start, None))
    return out


def test_atop_round_trip_gives_back_the_memberships(cli, world, tmp_path):
    cli("export", "atop", "-o", str(tmp_path))
    members = pd.read_csv(tmp_path / "pactwatch_atop_m.csv")
    assert {"participation", "ineffect", "defense"} <= set(members.columns)
    arm = members[(members.actor == "ARM") & (members.pactwatch_id == "CSTO")].iloc[0]
    assert (arm.atopid, arm.yrent, arm.participation, arm.ineffect) == (4220, 1992, "frozen", 1)
    assert (members.yrent > 2018).any()  # past ATOP's coverage
    back = read_atop(
        tmp_path / "pactwatch_atop_m.csv", tmp_path / "pactwatch_atop_a.csv", world.kb.actors, {}
    )
    exported = set()
    for r in members.itertuples():
        ag = f"atop-{r.atopid}"
        entry = "-".join(
            f"{int(x):02d}" if i else f"{int(x):04d}"
            for i, x in enumerate((r.yrent, r.moent, r.dayent))
            if pd.notna(x) and int(x)
        )
        leave = None
        if r.yrexit:
            leave = "-".join(
                f"{int(x):02d}" if i else f"{int(x):04d}"
                for i, x in enumerate((r.yrexit, r.moexit, r.dayexit))
                if pd.notna(x) and int(x)
            )
        exported.add((ag, r.actor, entry, leave))
    assert exported == _stretches_from_events(back.events)
    assert back.member_rows == len(members)


def test_export_errors(cli, tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    assert "not a directory" in cli("export", "csv", "-o", str(f), code=2)
    assert "no directory" in cli(
        "export", "graphml", "-o", str(tmp_path / "no" / "g.graphml"), code=2
    )
    assert "--to-year comes before --from-year" in cli(
        "export",
        "csv",
        "-o",
        str(tmp_path / "o"),
        "--from-year",
        "2020",
        "--to-year",
        "2010",
        code=2,
    )
