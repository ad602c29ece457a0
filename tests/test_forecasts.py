"""Forecasts resolved against the event log: the matching rule of decision 0007, edge by edge."""

from __future__ import annotations

from typing import Any

import pytest

from pactwatch.extraction.claims import Antecedent, Extracted, Span
from pactwatch.model import Event
from pactwatch.model.sources import Evidence
from pactwatch.reasoning.forecasts import (
    PROBABILITY,
    Forecast,
    Outlet,
    Resolution,
    forecaster,
    is_forecast,
    resolve,
    track_records,
)
from pactwatch.world import World

LEAVE = Antecedent(type="withdraw", subject=["ARM"], object=[], agreement="CSTO", quote="leaves")


def claim(**kw: Any) -> Extracted:
    fields: dict[str, Any] = {
        "type": "attack",
        "subject": ["AZE", "TUR"],
        "object": ["ARM"],
        "agreement": None,
        "factuality": "PS+",
        "conditional": False,
        "tense": "future",
        "source": "imemo",
        "evidence": [Span(start=0, end=5, quote="may attack")],
    }
    fields.update(kw)
    return Extracted(**fields)


def forecast(
    published: str | None = "2025-02-01",
    doc: str = "forecastdoc",
    n: int = 1,
    publisher: str | None = None,
    url: str | None = None,
    **kw: Any,
) -> Forecast:
    outlet = Outlet(id=doc, published=published, publisher=publisher, url=url)
    return Forecast.of(f"{doc}:{n}", "candidate", claim(**kw), outlet)


def event(
    type: str,
    date: str,
    subject: list[str],
    object: list[str] | None = None,
    agreement: str | None = None,
    doc: str | None = None,
    factuality: str = "CT+",
    conditional: bool = False,
    id: str | None = None,
) -> Event:
    return Event(
        id=id or f"test:{type}:{'-'.join(subject)}:{date}",
        type=type,  # type: ignore[arg-type]
        date=date,  # type: ignore[arg-type]
        subject=subject,
        object=object or [],
        agreement=agreement,
        factuality=factuality,  # type: ignore[arg-type]
        conditional=conditional,
        evidence=[Evidence(document=doc or f"doc-{type}-{date}", start=0, end=4, quote="q")],
        origin="extracted",
    )


ATTACK = event("attack", "2026-06-09", ["AZE"], ["ARM"])
WITHDRAW = event("withdraw", "2026-03-02", ["ARM"], agreement="CSTO")


def one(world: World, f: Forecast, *events: Event, as_of: str = "2027-01-01") -> Resolution:
    [r] = resolve(world.with_events(events), [f], as_of)
    return r


# -- what a forecast is -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("fact", "conditional", "tense", "expected"),
    [
        ("CT+", False, "future", True),  # "Armenia will leave"
        ("CT-", False, "future", True),  # "Russia will not close the base"
        ("PR+", False, "present", True),  # "probably negotiating"
        ("PS-", False, "past", True),  # "may not have delivered"
        ("CT+", True, "present", True),  # stated under a condition
        ("CT+", False, "present", False),  # a report of fact, not a prediction
        ("CT-", False, "past", False),  # a denial
        ("Uu", True, "future", False),  # the antecedent "if Yerevan leaves": no commitment
        ("Uu", False, "future", False),
    ],
)
def test_which_claims_are_forecasts(fact: str, conditional: bool, tense: str, expected: bool):
    c = claim(factuality=fact, conditional=conditional, tense=tense)
    assert is_forecast(c) is expected


def test_probabilities_are_symmetric_and_uu_has_none():
    assert PROBABILITY["PR+"] == 0.8 and PROBABILITY["PS+"] == 0.5
    for level in ("CT", "PR", "PS"):
        assert PROBABILITY[level + "+"] + PROBABILITY[level + "-"] == pytest.approx(1.0)
    assert PROBABILITY["CT+"] > PROBABILITY["PR+"] > PROBABILITY["PS+"]
    assert "Uu" not in PROBABILITY


def test_whose_record_a_forecast_counts_in():
    named = Outlet(id="d", publisher="Asbarez", url="https://www.asbarez.com/x")
    site = Outlet(id="d", url="https://www.oc-media.org/article")
    bare = Outlet(id="d")
    assert forecaster("imemo", named) == ("imemo", "actor")
    assert forecaster("author", named) == ("Asbarez", "publisher")
    assert forecaster("author", site) == ("oc-media.org", "publisher")
    assert forecaster("author", bare) == ("author", "publisher")
    assert forecaster("unnamed", named) == ("unnamed (Asbarez)", "unnamed")
    assert forecaster("unnamed", bare) == ("unnamed", "unnamed")


# -- which events resolve a forecast ----------------------------------------------------


def test_an_unconditional_forecast_happens_with_a_matching_certain_event(world: World):
    f = forecast()
    r = one(world, f, ATTACK)
    assert r.status == "happened" and r.resolved_by is not None
    assert r.resolved_by.event == ATTACK.id and r.correct is True and r.scored
    assert r.brier == pytest.approx(0.25)  # PS+ is 0.5: (0.5 - 1)²
    assert one(world, f, as_of="2026-06-08").status == "open"  # before it happened


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (event("warn", "2026-06-09", ["AZE"], ["ARM"]), "another type"),
        (event("attack", "2026-06-09", ["RUS"], ["ARM"]), "no named attacker"),
        (event("attack", "2026-06-09", ["AZE"], ["GEO"]), "another target"),
        (event("attack", "2026-06-09", ["AZE"], ["ARM"], factuality="PR+"), "only probable"),
        (event("attack", "2026-06-09", ["AZE"], ["ARM"], conditional=True), "conditional"),
        (event("attack", "2024-01-01", ["AZE"], ["ARM"]), "before the forecast was made"),
        (event("attack", "2026-06-09", ["AZE"], ["ARM"], doc="forecastdoc"), "same document"),
        (event("attack", "2026-06-09", ["AZE"], ["ARM"], id="forecastdoc:1"), "the claim itself"),
    ],
)
def test_what_does_not_resolve_a_forecast(world: World, other: Event, why: str):
    assert one(world, forecast(), other).status == "open", why


def test_one_named_actor_per_role_suffices_and_an_unnamed_role_takes_any(world: World):
    # "an Azeri and/or Turkish attack": Turkey alone is enough
    assert one(world, forecast(), event("attack", "2026-06-09", ["TUR"], ["ARM"])).resolved_by
    anyone = forecast(subject=[])  # "Armenia may be attacked"
    assert one(world, anyone, event("attack", "2026-06-09", ["IRN"], ["ARM"])).resolved_by


def test_the_agreement_must_agree_when_the_forecast_names_one(world: World):
    f = forecast(type="withdraw", subject=["ARM"], object=[], agreement="CSTO")
    other = event("withdraw", "2026-03-02", ["ARM"], agreement="EAEU")
    assert one(world, f, other).status == "open"
    assert one(world, f, WITHDRAW).status == "happened"
    unnamed = forecast(type="withdraw", subject=["ARM"], object=[], agreement=None)
    assert one(world, unnamed, other).status == "happened"


def test_a_joint_act_needs_two_of_the_parties_named(world: World):
    # "France and/or the US could sign an agreement with Armenia"
    f = forecast(type="sign", subject=["FRA", "USA", "ARM"], object=[], factuality="PS+")
    eu = event("sign", "2026-01-10", ["ARM", "EU"], agreement="eu-am-test")
    us = event("sign", "2026-01-10", ["USA", "ARM"], agreement="us-am-test")
    assert one(world, f, eu).status == "open"  # Armenia signing with someone else
    assert one(world, f, us).status == "happened"


def test_the_earliest_matching_event_resolves(world: World):
    later = event("attack", "2026-09-01", ["TUR"], ["ARM"])
    r = one(world, forecast(), later, ATTACK)
    assert r.resolved_by is not None and r.resolved_by.event == ATTACK.id


def test_an_event_of_partial_date_counts_if_it_may_fall_after_the_forecast(world: World):
    # made 2025-02-01; an attack known only as "in 2025" may have come after it
    in_2025 = event("attack", "2025", ["AZE"], ["ARM"])
    assert one(world, forecast(), in_2025).status == "happened"
    assert one(world, forecast(), event("attack", "2024", ["AZE"], ["ARM"])).status == "open"


# -- deadlines --------------------------------------------------------------------------


def test_a_deadline_passed_without_the_event_is_did_not_happen(world: World):
    f = forecast(date="2025", factuality="PR+")  # "by the end of 2025"
    assert one(world, f, as_of="2025-12-31").status == "open"  # the last day still counts
    r = one(world, f, as_of="2026-01-01")
    assert r.status == "did-not-happen" and r.deadline is not None
    assert str(r.deadline) == "2025-12-31"
    assert r.correct is False and r.brier == pytest.approx(0.64)  # (0.8 - 0)²
    late = event("attack", "2026-02-01", ["AZE"], ["ARM"])
    assert one(world, f, late).status == "did-not-happen"  # too late counts for nothing
    month = forecast(date="2025-06")
    assert str(one(world, month).deadline) == "2025-06-30"


def test_a_stated_date_before_the_forecast_is_no_deadline(world: World):
    f = forecast(date="2024")  # the reader's date for a future claim made in 2025
    r = one(world, f)
    assert r.deadline is None and r.status == "open"


def test_negative_forecasts_come_true_when_nothing_happens(world: World):
    # "it is unlikely that Moscow will kick Yerevan out" (PR-), by the end of 2026
    f = forecast(
        type="expel",
        subject=["RUS"],
        object=["ARM"],
        agreement="CSTO",
        factuality="PR-",
        date="2026",
    )
    r = one(world, f)
    assert r.status == "did-not-happen" and r.correct is True
    assert r.brier == pytest.approx(0.04)  # (0.2 - 0)²
    expelled = event("expel", "2026-05-01", [], ["ARM"], agreement="CSTO")
    r = one(
        world,
        forecast(type="expel", subject=[], object=["ARM"], agreement="CSTO", factuality="PR-"),
        expelled,
    )
    assert r.status == "happened" and r.correct is False and r.brier == pytest.approx(0.64)


# -- conditions -------------------------------------------------------------------------


def test_a_conditional_forecast_waits_for_its_condition(world: World):
    f = forecast(conditional=True, condition=LEAVE)
    r = one(world, f)
    assert r.status == "condition-unmet" and r.condition_met_by is None and not r.scored
    # an attack while Armenia is still in does not count: the condition has not occurred
    assert one(world, f, ATTACK).status == "condition-unmet"
    r = one(world, f, WITHDRAW, as_of="2026-04-01")
    assert r.status == "open" and r.condition_met_by is not None
    assert r.condition_met_by.event == WITHDRAW.id
    r = one(world, f, WITHDRAW, ATTACK)
    assert r.status == "happened" and r.resolved_by is not None and r.scored


def test_the_outcome_must_follow_the_condition(world: World):
    f = forecast(conditional=True, condition=LEAVE)
    before = event("attack", "2026-01-15", ["AZE"], ["ARM"])
    assert one(world, f, before, WITHDRAW).status == "open"


def test_an_unmet_condition_voids_the_forecast_even_after_its_deadline(world: World):
    f = forecast(conditional=True, condition=LEAVE, date="2025")
    r = one(world, f, as_of="2030-01-01")
    assert r.status == "condition-unmet" and r.correct is None and r.brier is None
    # a condition met after the deadline is not met in time
    assert one(world, f, WITHDRAW, as_of="2030-01-01").status == "condition-unmet"
    met = event("withdraw", "2025-06-01", ["ARM"], agreement="CSTO")
    assert one(world, f, met, as_of="2030-01-01").status == "did-not-happen"


def test_a_conditional_forecast_whose_condition_was_not_read(world: World):
    f = forecast(conditional=True, condition=None, date="2025")
    r = one(world, f, as_of="2030-01-01")
    assert r.status == "open"  # never did-not-happen: the condition may not have held
    r = one(world, forecast(conditional=True, condition=None), ATTACK)
    assert r.status == "happened" and r.correct is True and not r.scored and r.brier is None


# -- when -------------------------------------------------------------------------------


def test_an_undated_forecast_is_never_resolved(world: World):
    f = forecast(published=None)
    r = one(world, f, ATTACK, as_of="2030-01-01")
    assert r.status == "open" and r.window_from is None and r.made_on is None
    c = forecast(published=None, conditional=True, condition=LEAVE)
    assert one(world, c, WITHDRAW, ATTACK).status == "condition-unmet"


def test_forecasts_and_events_are_taken_as_known_on_the_date(world: World):
    f = forecast()
    assert resolve(world, [f], "2025-01-31") == []  # not made yet
    assert [r.status for r in resolve(world, [f], "2025-02-01")] == ["open"]
    r = one(world, f, ATTACK, as_of="2026-06-08")
    assert r.status == "open" and r.resolved_by is None


def test_a_present_tense_forecast_looks_back_a_year(world: World):
    # "Armenia is probably negotiating pacts with France and the US" (made 2025-02-01)
    f = forecast(
        type="negotiate", subject=["ARM"], object=["FRA", "USA"], factuality="PR+", tense="present"
    )
    recent = event("negotiate", "2024-09-01", ["ARM"], ["FRA"])
    old = event("negotiate", "2023-09-01", ["ARM"], ["FRA"])
    assert one(world, f, recent).status == "happened"
    assert one(world, f, old).status == "open"
    dated = forecast(
        type="negotiate",
        subject=["ARM"],
        object=["FRA"],
        factuality="PR+",
        tense="past",
        date="2023",
    )
    assert one(world, dated, old).status == "happened"
    assert one(world, dated, recent).status == "did-not-happen"


# -- selection and records --------------------------------------------------------------


def test_selection_by_actor_status_and_source(world: World):
    fs = [
        forecast(n=1),
        forecast(n=2, type="withdraw", subject=["ARM"], object=[], agreement="CSTO"),
        forecast(n=3, source="author", publisher="Asbarez", subject=["RUS"], object=["GEO"]),
    ]
    w = world.with_events([ATTACK])
    assert {r.id for r in resolve(w, fs, "2027-01-01", actor="ARM")} == {
        "forecastdoc:1",
        "forecastdoc:2",
    }
    assert {r.id for r in resolve(w, fs, "2027-01-01", actor="CSTO")} == {"forecastdoc:2"}
    assert [r.id for r in resolve(w, fs, "2027-01-01", status="happened")] == ["forecastdoc:1"]
    assert [r.id for r in resolve(w, fs, "2027-01-01", source="asbarez")] == ["forecastdoc:3"]
    with pytest.raises(ValueError, match="use open"):
        resolve(w, fs, "2027-01-01", status="maybe")


def test_track_records_count_and_score(world: World):
    fs = [
        forecast(n=1, factuality="PR+"),  # happens: (0.8 - 1)² = 0.04
        forecast(
            n=2,
            factuality="PR+",
            type="expel",
            subject=["RUS"],
            object=["ARM"],
            agreement="CSTO",
            date="2025",
        ),  # does not: 0.64
        forecast(n=3, conditional=True, condition=LEAVE),  # condition unmet: not scored
        forecast(n=4, type="join", subject=["ARM"], object=[], agreement="NATO"),  # open
        forecast(n=5, source="unnamed", publisher="OC Media"),  # happens: PS+ 0.25
    ]
    records = {
        t.forecaster: t
        for t in track_records(world, resolve(world.with_events([ATTACK]), fs, "2027-01-01"))
    }
    imemo = records["imemo"]
    assert (imemo.made, imemo.open, imemo.condition_unmet) == (4, 1, 1)
    assert (imemo.happened, imemo.did_not_happen, imemo.scored, imemo.came_true) == (1, 1, 2, 1)
    assert imemo.brier == pytest.approx((0.04 + 0.64) / 2)
    assert imemo.name.startswith("Primakov Institute") and imemo.kind == "actor"
    unnamed = records["unnamed (OC Media)"]
    assert unnamed.kind == "unnamed" and unnamed.brier == pytest.approx(0.25)
    assert "4 forecasts" in imemo.line() and "Brier 0.340" in imemo.line()
