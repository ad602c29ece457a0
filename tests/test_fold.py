"""The fold's rules, on small knowledge bases written for each case."""

import pytest

from pactwatch.kb.loader import read_kb
from pactwatch.world import World


def world_of(root):
    return World(read_kb(root))


def problems(root):
    return [str(p) for p in world_of(root).problems()]


def test_two_tracks_move_independently(make_kb):
    root = make_kb(
        """
        - {type: freeze, date: 2024-02, subject: [ARM], evidence: [t]}
        - {type: resume, date: 2025-06-01, subject: [ARM], evidence: [t]}
        """
    )
    w = world_of(root)
    assert problems(root) == []
    before, during, after = (
        w.snapshot(d).membership("ARM", "BLOC") for d in ("2024-01-31", "2024-02-01", "2025-06-01")
    )
    assert (before.legal, before.participation) == ("member", "active")
    assert (during.legal, during.participation) == ("member", "frozen")
    assert str(during.participation_since) == "2024-02"
    assert (after.legal, after.participation) == ("member", "active")


def test_signatory_until_entry_into_force(make_kb):
    w = world_of(make_kb())
    m = w.snapshot("1993-01-01").membership("RUS", "BLOC")
    assert m.legal == "signatory" and m.agreement_status == "signed"
    m = w.snapshot("1994-04-20").membership("RUS", "BLOC")
    assert m.legal == "member" and str(m.signed) == "1992-05-15"
    assert w.snapshot("1992-05-14").membership("RUS", "BLOC") is None


def test_withdrawal_with_notice(make_kb):
    root = make_kb(
        """
        - {type: notify_withdrawal, date: 2002-09-06, subject: [KAZ], evidence: [t]}
        - {type: withdraw, date: 2004-09-06, subject: [KAZ], evidence: [t]}
        """
    )
    w = world_of(root)
    assert w.snapshot("2003-01-01").membership("KAZ", "BLOC").legal == "withdrawing"
    out = w.snapshot("2004-09-06").membership("KAZ", "BLOC")
    assert out.legal == "withdrawn" and out.participation is None
    assert "KAZ" not in w.snapshot("2005").agreement("BLOC").parties


def test_claims_do_not_move_the_fold(make_kb):
    root = make_kb(
        """
        - {type: withdraw, date: 2024-06-12, subject: [ARM], factuality: PR+, tense: future, evidence: [t]}
        - {type: withdraw, date: 2024-06-13, subject: [ARM], conditional: true, evidence: [t]}
        """
    )
    w = world_of(root)
    m = w.snapshot("2025").membership("ARM", "BLOC")
    assert m.legal == "member"
    assert [s.factuality for s in m.signals] == ["PR+", "CT+"]


@pytest.mark.parametrize(
    ("events", "message"),
    [
        (
            "- {type: withdraw, date: 2000, subject: [FRA], evidence: [t]}",
            "FRA withdraws from BLOC, but it is not a party",
        ),
        (
            "- {type: resume, date: 2000, subject: [ARM], evidence: [t]}",
            "ARM resumes in BLOC without a freeze",
        ),
        (
            "- {type: freeze, date: 1993, subject: [ARM], evidence: [t]}",
            "ARM freezes its participation in BLOC, but its standing is signatory",
        ),
        (
            "- {type: join, date: 1990, subject: [FRA], evidence: [t]}",
            "dated 1990, before agreement BLOC was signed",
        ),
        (
            "- {type: withdraw, date: 2000, subject: [ARM], evidence: [t]}\n"
            "- {type: withdraw, date: 2001, subject: [ARM], evidence: [t]}",
            "ARM withdraws from BLOC, but its standing is withdrawn",
        ),
        (
            "- {type: deploy, date: 2000, subject: [RUS], object: [ARM], deployment: {id: b, kind: base, name: B}, evidence: [t]}\n"
            "- {type: withdraw_forces, date: 2001, subject: [RUS], object: [ARM], deployment: b, evidence: [t]}\n"
            "- {type: withdraw_forces, date: 2002, subject: [RUS], object: [ARM], deployment: b, evidence: [t]}",
            "deployment b was already withdrawn",
        ),
        (
            "- {type: withdraw_forces, date: 2002, subject: [RUS], object: [ARM], deployment: nowhere, evidence: [t]}",
            "deployment nowhere was never deployed",
        ),
    ],
)
def test_impossible_histories_are_reported_with_file_and_event(make_kb, events, message):
    found = problems(make_kb(events))
    assert len(found) == 1, found
    assert found[0].startswith("agreements/BLOC.yaml: event BLOC:")
    assert found[0].endswith(message)


def test_deployment_lifecycle_and_partial_withdrawal(make_kb):
    root = make_kb(
        """
        - {type: deploy, date: 1995-03-16, subject: [RUS], object: [ARM], deployment: {id: base, kind: base, name: Base, location: Gyumri}, evidence: [t]}
        - {type: withdraw_forces, date: 2024-07-31, subject: [RUS], object: [ARM], deployment: base, partial: true, evidence: [t]}
        - {type: withdraw_forces, date: 2030, subject: [RUS], object: [ARM], deployment: base, evidence: [t]}
        """
    )
    w = world_of(root)
    assert problems(root) == []
    assert [d.id for d in w.snapshot("2025").hosted_by("ARM")] == ["base"]
    assert len(w.snapshot("2025").hosted_by("ARM")[0].evidence) == 2
    assert w.snapshot("2030").hosted_by("ARM") == []
    assert w.snapshot("1995-03-15").sent_by("RUS") == []


def test_provisions_resolve_to_bound_parties(make_kb):
    w = world_of(make_kb("- {type: withdraw, date: 2000, subject: [KAZ], evidence: [t]}"))
    (p,) = w.snapshot("2001").provisions
    assert p.kind == "defense" and p.obliged == ["ARM", "RUS"] and p.mutual
    assert w.snapshot("1993").provisions == []  # not in force yet


def test_diff_lists_changes_and_events(make_kb):
    w = world_of(make_kb("- {type: freeze, date: 2024-02-22, subject: [ARM], evidence: [t]}"))
    d = w.diff("2024-01-01", "2024-03-01", "ARM")
    assert [(c.id, c.before, c.after) for c in d.changes] == [
        ("BLOC", "member/active", "member/frozen")
    ]
    assert [e.type for e in d.events] == ["freeze"]


# -- decision 0005: the tracks move together where the legal standing bounds participation --


def test_suspension_freezes_participation(make_kb):
    root = make_kb(
        """
        - {type: suspend, date: 2012-12-20, subject: [KAZ], evidence: [t]}
        - {type: join, date: 2015-01-01, subject: [KAZ], summary: reinstated, evidence: [t]}
        """
    )
    w = world_of(root)
    assert problems(root) == []
    during = w.snapshot("2013-01-01").membership("KAZ", "BLOC")
    assert (during.legal, during.participation) == ("suspended", "frozen")
    assert str(during.participation_since) == "2012-12-20"
    after = w.snapshot("2015-06-01").membership("KAZ", "BLOC")
    assert (after.legal, after.participation) == ("member", "active")


def test_an_earlier_freeze_keeps_its_date_and_resume_while_suspended_is_refused(make_kb):
    root = make_kb(
        """
        - {type: freeze, date: 2024-02-22, subject: [ARM], evidence: [t]}
        - {type: suspend, date: 2025-01-10, subject: [ARM], evidence: [t]}
        - {type: resume, date: 2025-06-01, subject: [ARM], evidence: [t]}
        """
    )
    w = world_of(root)
    m = w.snapshot("2025-07-01").membership("ARM", "BLOC")
    assert (m.legal, m.participation) == ("suspended", "frozen")
    assert str(m.participation_since) == "2024-02-22"
    assert any("while suspended" in p for p in problems(root))


@pytest.mark.parametrize(
    "event",
    [
        "{type: terminate, date: 2020-01-01, evidence: [t], agreement: null}",
        "{type: expel, date: 2020-01-01, object: [ARM], evidence: [t], agreement: null}",
        "{type: enter_into_force, date: 2020-01-01, evidence: [t], agreement: null}",
        "{type: amend, date: 2020-01-01, evidence: [t], agreement: null}",
        "{type: extend, date: 2020-01-01, evidence: [t], agreement: null}",
        "{type: expel, date: 2020-01-01, evidence: [t]}",
        "{type: join, date: 2020-01-01, evidence: [t]}",
    ],
)
def test_events_without_their_roles_never_reach_the_fold(make_kb, event):
    root = make_kb(f"- {event}\n")
    found = problems(root)
    assert any("event needs" in p for p in found), found


def test_a_store_event_with_a_curated_id_is_folded_once(make_kb):
    from pactwatch.kb.loader import merged

    kb = read_kb(
        make_kb(
            "- {id: arm-freeze, type: freeze, date: 2024-02-22, subject: [ARM], evidence: [t]}\n"
        )
    )
    twin = next(e for e in kb.events if e.id == "arm-freeze")
    w = World(merged(kb, events=[twin]))
    assert [e.id for e in w.events].count("arm-freeze") == 1
    assert w.problems() == []


def test_scenario_names_are_resolved_before_the_fold(cli, make_kb, tmp_path):
    root = make_kb()
    sc = tmp_path / "s.yaml"
    sc.write_text(
        "name: leaves\nevents:\n  - {type: withdraw, date: 2030-01-01, subject: [Armenia], agreement: the bloc}\n"
    )
    out = cli("--kb", str(root), "scenario", str(sc), "--json")
    import json

    report = json.loads(out)
    assert report["impossible"] == []
    assert any(c["actor"] == "ARM" and c["after"] == "withdrawn" for c in report["changes"])
