"""What makes answers fast must never change them (issue 11): the KB cache, kept snapshots,
the refold of a world extended by events, the lazy day view and the numpy matrix."""

from __future__ import annotations

import random
import shutil
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from pactwatch import reasoning
from pactwatch.extraction.claims import Extracted, Span
from pactwatch.kb import loader
from pactwatch.kb.loader import default_kb_path, parse_kb, read_kb
from pactwatch.model import Event
from pactwatch.reasoning.portfolios import kappa, s_score, system
from pactwatch.text.documents import Document
from pactwatch.world import World
from pactwatch.world.fold import History, events_of, fold
from pactwatch.world.view import Day, Index, standing_row

# -- the cache of the shipped knowledge base ------------------------------------------------


@pytest.fixture
def shipped(tmp_path, monkeypatch):
    """A copy of the shipped KB standing in for it, and a cache directory of the test's own."""
    root = tmp_path / "data"
    shutil.copytree(default_kb_path(), root)
    monkeypatch.setattr(loader, "default_kb_path", lambda: root)
    cache = tmp_path / "cache"
    monkeypatch.setenv("PACTWATCH_CACHE_DIR", str(cache))
    monkeypatch.delenv("PACTWATCH_CACHE", raising=False)
    return root, cache


def _no_parsing(monkeypatch):
    def refuse(root: Path):
        raise AssertionError("parsed although the cache holds it")

    monkeypatch.setattr(loader, "parse_kb", refuse)


def test_kb_is_read_from_the_cache_and_equals_the_parse(shipped, monkeypatch):
    root, cache = shipped
    parsed = parse_kb(root)
    assert read_kb() == parsed
    assert len(list(cache.glob("kb-*.pickle"))) == 1
    _no_parsing(monkeypatch)
    again = read_kb()
    assert again == parsed
    assert again.root == root


def test_kb_cache_is_rebuilt_when_the_data_changes(shipped, monkeypatch):
    root, cache = shipped
    assert read_kb().actors["ARM"].name == "Armenia"
    (old,) = cache.glob("kb-*.pickle")
    path = next(p for p in (root / "actors").glob("*.yaml") if "name: Armenia" in p.read_text())
    path.write_text(path.read_text().replace("name: Armenia", "name: Armenia (edited)", 1))
    assert read_kb().actors["ARM"].name == "Armenia (edited)"
    (new,) = cache.glob("kb-*.pickle")  # the stale file is gone, the new one kept
    assert new != old
    # a new file is seen too: it is part of the knowledge base
    (root / "events" / "zz-extra.yaml").write_text("events: []\n")
    _no_parsing(monkeypatch)
    with pytest.raises(AssertionError, match="parsed"):
        read_kb()


def test_a_corrupt_or_unwritable_cache_falls_back_to_parsing(shipped, tmp_path, monkeypatch):
    root, cache = shipped
    expected = parse_kb(root)
    read_kb()
    (path,) = cache.glob("kb-*.pickle")
    for junk in (b"", b"not a pickle", path.read_bytes()[:100]):
        path.write_bytes(junk)
        assert read_kb() == expected
    # a pickle of something else, under the right name
    import pickle

    path.write_bytes(pickle.dumps(("another key", expected)))
    assert read_kb() == expected
    # a cache directory that cannot be made: a file stands where it should be
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    monkeypatch.setenv("PACTWATCH_CACHE_DIR", str(blocker / "cache"))
    assert read_kb() == expected
    monkeypatch.setenv("PACTWATCH_CACHE", "off")
    assert read_kb() == expected


def test_a_kb_given_by_path_is_not_cached(make_kb, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("PACTWATCH_CACHE_DIR", str(cache))
    read_kb(make_kb())
    assert not cache.exists() or not list(cache.glob("kb-*.pickle"))


# -- kept snapshots -------------------------------------------------------------------------


def _freeze(world: World, member: str = "KAZ") -> Event:
    return Event.model_validate(
        {
            "id": f"test:freeze:{member}",
            "type": "freeze",
            "date": "2001-01-01",
            "subject": [member],
            "agreement": "BLOC",
            "evidence": [{"source": {"kind": "report", "title": "t", "ref": "x"}}],
        }
    )


def test_kept_snapshots_are_dropped_when_events_are_added(make_kb):
    world = World(read_kb(make_kb()))
    before = world.snapshot("2002-01-01")
    assert world.snapshot("2002-01-01") is before  # kept
    assert before.membership("KAZ", "BLOC").participation == "active"
    world.extra.append(_freeze(world))
    after = world.snapshot("2002-01-01")
    assert after is not before
    assert after.membership("KAZ", "BLOC").participation == "frozen"
    assert reasoning.status(world, "KAZ", "2002-01-01").memberships[0].participation == "frozen"
    fresh = World(world.kb, world.extra)
    assert after == fresh.snapshot("2002-01-01")


def test_kept_snapshots_after_a_claim_is_accepted(make_kb):
    world = World(read_kb(make_kb()))
    kept = world.snapshot("2002-01-01")
    text = "Kazakhstan froze its participation in the bloc."
    doc = Document.of(text, published="2001-01-01")
    claim = Extracted(
        type="freeze",
        subject=["KAZ"],
        object=[],
        agreement="BLOC",
        factuality="CT+",
        conditional=False,
        tense="past",
        source="author",
        evidence=[Span(start=0, end=len(text), quote=text)],
    )
    event, trial = reasoning.accept(world, f"{doc.id}:1", claim, doc)
    assert trial.snapshot("2002-01-01").membership("KAZ", "BLOC").participation == "frozen"
    # the world the claim was accepted into is unchanged, and keeps its answers
    assert world.snapshot("2002-01-01") is kept
    assert kept.membership("KAZ", "BLOC").participation == "active"
    # the store's world after acceptance: the event among the world's own
    stored = World(world.kb, [event])
    assert stored.snapshot("2002-01-01") == trial.snapshot("2002-01-01")


def test_guarantors_are_made_once_per_day_and_follow_a_change(make_kb):
    world = World(read_kb(make_kb()))
    first = reasoning.guarantors(world, "KAZ", "2002-01-01")
    assert reasoning.guarantors(world, "KAZ", "2002-01-01") is first  # kept with the day
    assert reasoning.guarantors(world, "KAZ", "2002-01-01", kinds=("consult",)) is not first
    world.extra.append(_freeze(world))
    after = reasoning.guarantors(world, "KAZ", "2002-01-01")
    assert after is not first  # the world changed: a new day, a new report
    assert after == reasoning.guarantors(World(world.kb, world.extra), "KAZ", "2002-01-01")
    frozen = [g for g in after.guarantees if any("frozen" in f for f in g.flags)]
    assert frozen and not [g for g in first.guarantees if any("frozen" in f for f in g.flags)]


def test_a_changed_knowledge_base_drops_kept_answers(make_kb):
    world = World(read_kb(make_kb()))
    world.snapshot("2002-01-01")
    world.kb.events.append(_freeze(world, "ARM"))
    assert world.snapshot("2002-01-01").membership("ARM", "BLOC").participation == "frozen"


# -- a refold equals a fold -----------------------------------------------------------------


def _same(a: History, b: History) -> None:
    assert list(a.events.items()) == list(b.events.items())
    assert list(a.pairs.items()) == list(b.pairs.items())
    assert list(a.signals.items()) == list(b.signals.items())
    assert list(a.agreements.items()) == list(b.agreements.items())
    assert a.deployments == b.deployments
    assert a.problems == b.problems
    assert a.sequence == b.sequence
    # what a refold reads: the entries' first events, the pairs' keys by agreement, the events
    assert a.first == b.first
    assert a.parties == b.parties
    assert a.signalled == b.signalled
    ia, ib = events_of(a), events_of(b)
    assert ia.position == ib.position
    for name in ("by_agreement", "by_deployment", "by_type"):
        mine, theirs = getattr(ia, name), getattr(ib, name)
        assert {k: [e.id for e in v] for k, v in mine.items()} == {
            k: [e.id for e in v] for k, v in theirs.items()
        }, name


def _same_index(a: Index, b: Index) -> None:
    names = ("by_actor", "ends", "by_end", "by_agreement", "deployments_of", "named_protected")
    names += ("with_kind",)
    for name in names:
        assert getattr(a, name) == getattr(b, name), name
    for name in ("attacks", "consents"):
        mine, theirs = getattr(a, name), getattr(b, name)
        assert {k: {e.id for e in v} for k, v in mine.items()} == {
            k: {e.id for e in v} for k, v in theirs.items()
        }


def test_refold_equals_the_whole_fold(world):
    """The shipped KB split at random points: its first events folded, the rest added."""
    events = world.kb.events
    rnd = random.Random(11)
    for k in (1, 2, 5, 30, len(events) // 3):
        added = rnd.sample(events, k)
        ids = {e.id for e in added}
        kept = [e for e in events if e.id not in ids]
        base = World(replace(world.kb, events=kept))
        child = base.with_events(added)
        assert child.changed_from(base) is not None
        _same(child.history, fold([*kept, *added], world.kb.agreements))
        _same_index(child.index, Index(child.history, child.kb.agreements))
        for day in ("1995-01-01", "2024-03-01", "2027-01-01"):
            assert child.snapshot(day) == World(child.kb, child.extra).snapshot(day)


def test_refold_keeps_impossible_events_apart(world):
    bad = [
        Event.model_validate(
            {
                "id": f"test:{t}",
                "type": t,
                "date": d,
                "subject": ["FRA"],
                "agreement": "CSTO",
                "evidence": [{"source": {"kind": "report", "title": "t", "ref": "x"}}],
            }
        )
        for t, d in (("freeze", "2020-01-01"), ("withdraw", "1990-01-01"), ("resume", "2021"))
    ]
    child = world.with_events(bad)
    _same(child.history, fold(child.events, world.kb.agreements))
    _same_index(child.index, Index(child.history, child.kb.agreements))
    assert {p.event for p in child.history.problems} >= {e.id for e in bad}
    assert [str(p) for p in child.problems()] == [str(p) for p in World(world.kb, bad).problems()]


def test_scenarios_assess_the_same_with_and_without_the_refold(world):
    from pactwatch.kb.scenario import load_scenario

    for path in sorted(Path("examples/scenarios").glob("*.yaml")):
        sc = load_scenario(path)
        fast = reasoning.assess(world, sc)
        # a base world that is no parent of the hypothetical one: the whole comparison
        slow = reasoning.assess(World(world.kb, world.extra), sc)
        assert fast == slow


# -- the rows status shows, built with the fold ---------------------------------------------


def _made_from_standings(day: Day, actor: str, label) -> list:
    return [standing_row(label, m) for m in day.standing_memberships_of(actor)]


def _days_of_change(world: World) -> list:
    """Every day a pair's state or an agreement's status changes, and the day before."""
    days = set()
    for life in world.history.agreements.values():
        days.update(d.start for d in (life.signed, life.in_force, life.terminated) if d)
    for states in world.history.pairs.values():
        days.update(s.date.start for s in states)
    return sorted(days | {d - timedelta(days=1) for d in days})


def test_status_rows_built_with_the_fold_equal_those_made_from_the_standings(world):
    """``status`` picks its rows from those a loaded world builds once (``Index.shown``):
    they are the rows made from the day's standings, on the days anything changes and the
    days before, for every actor."""
    index, label = world.index, world.catalog.label
    assert index.shown and not index.unshown
    assert not set(index.shown) & set(world.history.signals)  # rows that change with dates
    days = _days_of_change(world)
    rnd = random.Random(11)
    actors = sorted(index.by_actor)
    for day in [*rnd.sample(days, 40), "1816-01-01", "2018-12-31", "2027-01-01"]:
        d = world.day(day)
        for actor in actors:
            assert d.standing_rows(actor, label) == _made_from_standings(d, actor, label)


def test_status_rows_of_a_world_with_events_added(world):
    """A world extended by events keeps its parent's rows but for the agreements refolded,
    whose rows are made from the standings; its answers are a whole world's."""
    from pactwatch.kb.scenario import load_scenario
    from pactwatch.reasoning.scenarios import resolve_names

    for path in sorted(Path("examples/scenarios").glob("*.yaml")):
        sc = resolve_names(world, load_scenario(path))
        child = world.extend(sc.events, sc.agreements)
        whole = World(child.kb, child.extra)
        delta = child.changed_from(world)
        assert delta is not None
        if sc.agreements or not delta.same_order:  # none kept: every row made when asked
            assert not child.index.shown
        else:
            assert child.index.shown is world.index.shown
            assert child.index.unshown == set(delta.agreements)
        for day in ("2018-12-31", sc.assess_on.start):
            for actor in ("ARM", "RUS", "AZE", "FRA", "USA", "KAZ"):
                label = child.catalog.label
                rows = child.day(day).standing_rows(actor, label)
                assert rows == _made_from_standings(child.day(day), actor, label)
                assert reasoning.status(child, actor, day) == reasoning.status(whole, actor, day)


def test_a_refolded_worlds_day_reads_its_parents_day(world):
    """The day of a world extended by a scenario's events reads its parent's day for the
    agreements not refolded, and answers as the day of a whole world with the same events;
    balance with entries kept from the base world equals balance made afresh."""
    from pactwatch.kb.scenario import load_scenario
    from pactwatch.reasoning.balance import balance
    from pactwatch.reasoning.scenarios import resolve_names

    afresh = World(world.kb, world.extra)  # the base world, refolded once, with no kept entries
    base_balance: dict[tuple[str, str, object], object] = {}
    for path in sorted(Path("examples/scenarios").glob("*.yaml")):
        sc = resolve_names(world, load_scenario(path))
        for day in ("2018-12-31", sc.assess_on.start):
            child = world.extend(sc.events, sc.agreements)
            child_afresh = World(child.kb, child.extra)
            whole = child_afresh.day(day)
            d = child.day(day)
            assert d._base is world.day(day)
            assert d._refolded == child.changed_from(world).agreements
            for ag in sorted(child.history.agreements):
                assert d.parties(ag) == whole.parties(ag)
                assert d.provisions_of(ag) == whole.provisions_of(ag)
                assert d.agreement(ag) == whole.agreement(ag)
                assert d.members_of(ag) == whole.members_of(ag)
            for actor in sorted(child.index.by_actor):
                assert d.memberships_of(actor) == whole.memberships_of(actor)
                assert d.obliging(actor) == whole.obliging(actor)
            for ch, ta in dict.fromkeys([*map(tuple, sc.dyads), ("RUS", "UKR"), ("AZE", "ARM")]):
                kept: dict = {}
                before = balance(world, ch, ta, day, None, kept)
                if (ch, ta, day) not in base_balance:
                    base_balance[ch, ta, day] = balance(afresh, ch, ta, day)
                assert before == base_balance[ch, ta, day]
                after = balance(child, ch, ta, day, None, kept)
                assert after == balance(child_afresh, ch, ta, day)


# -- the lazy day and the whole snapshot agree ----------------------------------------------


def test_day_agrees_with_the_snapshot(world):
    for date in ("1994-04-20", "2024-03-01", "2025-02-01"):
        day = world.day(date)
        snap = day.snapshot()
        for actor in ("ARM", "RUS", "USA", "FRA", "AZE"):
            assert day.memberships_of(actor) == snap.memberships_of(actor)
            for other in ("ARM", "RUS", "TUR", "KAZ"):
                assert day.ties(actor, other) == snap.ties(actor, other)
                expected = sorted(
                    {
                        (p.agreement, p.kind)
                        for a, b, p in snap.obligations()
                        if (a, b) == (actor, other)
                    }
                )
                assert snap.ties(actor, other) == expected
        for ag in ("CSTO", "NATO", "ru-am-base-1995"):
            assert day.members_of(ag) == snap.members_of(ag)
            assert day.agreement(ag) == snap.agreement(ag)
        # every pair tied on the date, both ways, and pairs not tied at all
        actors = sorted({x for a, b, _ in snap.obligations() for x in (a, b)})
        for actor in actors:
            for other in actors:
                assert day.ties(actor, other) == snap.ties(actor, other), (actor, other)


def test_similarity_matrix_equals_pair_by_pair(world):
    """The vectorized matrix, bit for bit the scores of each pair (an organization's row is
    all zeros)."""
    day = "2024-01-01"
    wanted = [*system(world)[:40], "CSTO"]
    m = reasoning.similarity_matrix(world, wanted, day)
    one = reasoning.similarity(world, "ARM", "AZE", day)
    zero = {s: 0 for s in system(world)}
    ties = {w: {**zero, **reasoning.similarity(world, w, "ARM", day).row_a} for w in wanted}
    rows = {w: [ties[w][s] for s in system(world)] for w in wanted}
    for i, a in enumerate(wanted):
        for j, b in enumerate(wanted):
            assert m.s[i][j] == round(s_score(rows[a], rows[b]), 6)
            assert m.kappa[i][j] == round(kappa(rows[a], rows[b]), 6)
    assert one.n == m.n == len(system(world))


# -- seventh round: duties built with the fold, refolds read through their base -------------


def test_duties_built_with_the_fold_equal_those_read_from_the_pairs(world):
    """A loaded world builds every agreement's parties and duties over time (``Index.terms``);
    a day picks them by bisection. They equal those read from the pairs' states on the day
    (``Day._read_terms``), on days of change and the days before, for every agreement."""
    from pactwatch.world.duties import duties

    index = world.index
    ever_in_force = {
        ag
        for ag, life in world.history.agreements.items()
        if life.in_force is not None and ag in world.kb.agreements
    }
    assert set(index.terms) == ever_in_force
    for cuts, made in index.terms.values():
        assert cuts == sorted(set(cuts)) and len(cuts) == len(made)
    days = _days_of_change(world)
    rnd = random.Random(7)
    for day in [*rnd.sample(days, 40), "1816-01-01", "2018-12-31", "2027-01-01"]:
        d = world.day(day)
        for ag in world.history.agreements:
            picked = d._terms(ag)
            assert picked == d._read_terms(ag), (ag, day)
            parties, found = picked
            assert list(parties) == d.parties(ag)
            static = world.kb.agreements.get(ag)
            if static is not None:
                assert found == duties(static, parties, d.as_of)
            # the validated records made from the duties, as a whole snapshot lists them
            for p, duty in zip(d.provisions_of(ag), found, strict=True):
                assert (p.agreement, p.provision, p.kind) == (ag, duty.provision.id, duty.kind)
                assert (p.obliged, p.protected) == (list(duty.obliged), list(duty.protected))


def test_duties_of_every_scenario_equal_a_whole_worlds(world):
    """For every example scenario, on two dates: the day of the world with its events reads
    the duties of the agreements not refolded from its parent's day and makes the others;
    each equals the day of a whole world with the same events (which builds its own)."""
    from pactwatch.kb.scenario import load_scenario
    from pactwatch.reasoning.rules import violations
    from pactwatch.reasoning.scenarios import resolve_names

    for path in sorted(Path("examples/scenarios").glob("*.yaml")):
        sc = resolve_names(world, load_scenario(path))
        child = world.extend(sc.events, sc.agreements)
        whole_world = World(child.kb, child.extra)
        assert whole_world.index.terms or not whole_world.history.agreements
        for day in ("2018-12-31", sc.assess_on.start):
            d, whole = child.day(day), whole_world.day(day)
            for ag in sorted(child.history.agreements):
                assert d.duties_of(ag) == whole.duties_of(ag), (path.name, ag)
            for actor in sorted(child.index.by_actor):
                assert d.duties_towards(actor) == whole.duties_towards(actor)
                assert [(x.agreement, x.provision.id) for x in d.duties_towards(actor)] == [
                    (p.agreement, p.provision) for p in whole.provisions_towards(actor)
                ]
            assert violations(child, day) == violations(whole_world, day)
            having = set(child.index.with_kind.get("foreign_basing_consent", ()))
            assert child.index.folded_with_kind("foreign_basing_consent") == [
                a for a in child.history.agreements if a in having
            ]


def test_a_refold_after_its_base_reads_the_base_through(world):
    """A scenario's events, after every event of the base, are folded into a history that
    reads the base's dictionaries and log through (``overlay``) instead of copying them, and
    an index that reads its parent's; both equal a whole fold's, in the same order."""
    from pactwatch.kb.scenario import load_scenario
    from pactwatch.reasoning.scenarios import resolve_names
    from pactwatch.world.overlay import Appended, Overlay

    base = world.history
    for path in sorted(Path("examples/scenarios").glob("*.yaml")):
        sc = resolve_names(world, load_scenario(path))
        child = world.extend(sc.events, sc.agreements)
        h = child.history
        whole = fold(child.events, child.kb.agreements)
        _same(h, whole)
        if not all(e.date.start >= base.sequence[-1].date.start for e in sc.events):
            continue
        assert isinstance(h.sequence, Appended) and isinstance(h.events, Overlay)
        assert list(h.sequence) == [*base.sequence, *sorted(sc.events, key=_fold_place)]
        if child.changed_from(world).same_order:
            for name in ("pairs", "agreements", "first"):
                assert isinstance(getattr(h, name), Overlay), name
            _same_index(child.index, Index(h, child.kb.agreements))
            assert isinstance(child.index.by_actor, Overlay)
            for name in ("by_actor", "by_agreement", "by_end"):
                ours, theirs = (
                    getattr(child.index, name),
                    getattr(Index(h, child.kb.agreements), name),
                )
                assert list(ours) == list(theirs), name


def _fold_place(e: Event) -> tuple:
    from pactwatch.world.fold import _place

    return _place(e)


def test_overlay_reads_as_the_dictionary_it_stands_for():
    from pactwatch.world.overlay import Appended, Overlay

    base = {"a": 1, "b": 2, "c": 3}
    o = Overlay(base, {"b": 20}, {"d": 4})
    assert dict(o) == {"a": 1, "b": 20, "c": 3, "d": 4} and list(o) == ["a", "b", "c", "d"]
    assert o == {"a": 1, "b": 20, "c": 3, "d": 4} and len(o) == 4
    assert o["b"] == 20 and o["d"] == 4 and o.get("x") is None and o.get("a") == 1
    assert "d" in o and "x" not in o and list(o.items())[1] == ("b", 20)
    with pytest.raises(KeyError):
        o["x"]
    s = Appended([1, 2, 3], [4, 5])
    assert list(s) == [1, 2, 3, 4, 5] == s and len(s) == 5
    assert s[3] == 4 and s[-1] == 5 and s[1:4] == [2, 3, 4] and s[-2:] == [4, 5]
    with pytest.raises(IndexError):
        s[5]
