"""Sourced facts about 2017-2026 changes outside the South Caucasus (issue 13).

Each row is a fact a researcher would check against the sources cited in the knowledge base:
a standing on either side of an entry or exit, forces present or gone, a life-cycle event in
the right month. They go through the same functions as `status`, `show` and `timeline`.
"""

import pytest

from pactwatch import reasoning


def legal(world, actor, agreement, day):
    m = world.snapshot(day).membership(actor, agreement)
    return m.legal if m else None


# (actor, agreement, day, legal standing): either side of an entry, an exit or a suspension
MEMBERSHIPS = [
    # Sahel states leave ECOWAS and its defence protocol (effective 2025-01-29)
    ("NER", "ECOWAS", "2025-01-28", "withdrawing"),
    ("NER", "ECOWAS", "2025-01-29", "withdrawn"),
    ("BFA", "ecowas-pmad-1981", "2024-06-01", "withdrawing"),
    ("BFA", "ecowas-pmad-1981", "2025-02-01", "withdrawn"),
    ("NGA", "ecowas-pmad-1981", "2025-02-01", "member"),
    ("MLI", "AES", "2023-09-16", "member"),
    # OAS: Venezuela (2017 notice, 2019 exit) and Nicaragua (2021 notice, 2023 exit)
    ("VEN", "OAS", "2018-06-01", "withdrawing"),
    ("VEN", "OAS", "2019-04-27", "withdrawn"),
    ("NIC", "OAS", "2023-11-18", "withdrawing"),
    ("NIC", "OAS", "2023-11-19", "withdrawn"),
    ("CUB", "OAS", "1962-02-01", "suspended"),
    # Syria in the Arab League's defence treaty: suspended 2011, readmitted 2023
    ("SYR", "arab-league-jdec-1950", "2015-01-01", "suspended"),
    ("SYR", "arab-league-jdec-1950", "2023-05-07", "member"),
    ("EGY", "arab-league-jdec-1950", "1985-01-01", "suspended"),
    ("EGY", "arab-league-jdec-1950", "1990-01-01", "member"),
    # Russia-Belarus security guarantees: signed 2024-12-06, in force 2025-03-13
    ("BLR", "ru-by-security-guarantees-2024", "2024-12-05", None),
    ("BLR", "ru-by-security-guarantees-2024", "2025-01-01", "signatory"),
    ("BLR", "ru-by-security-guarantees-2024", "2025-03-13", "member"),
    # Russia-Iran partnership: signed 2025-01-17, in force 2025-10-02
    ("IRN", "ru-ir-partnership-2025", "2025-06-01", "signatory"),
    ("IRN", "ru-ir-partnership-2025", "2025-10-02", "member"),
    # Japan's reciprocal access agreements
    ("AUS", "jp-au-raa-2022", "2023-08-12", "signatory"),
    ("AUS", "jp-au-raa-2022", "2023-08-13", "member"),
    ("GBR", "jp-gb-raa-2023", "2023-10-14", "signatory"),
    ("GBR", "jp-gb-raa-2023", "2023-10-15", "member"),
    ("PHL", "jp-ph-raa-2024", "2025-09-10", "signatory"),
    ("PHL", "jp-ph-raa-2024", "2025-09-11", "member"),
    # AUKUS from its announcement
    ("GBR", "AUKUS", "2021-09-14", None),
    ("AUS", "AUKUS", "2021-09-15", "member"),
    # C-SIPA: the UK joins in July 2025
    ("GBR", "us-bh-csipa-2023", "2025-01-01", "signatory"),
    ("GBR", "us-bh-csipa-2023", "2025-07-16", "member"),
    ("BHR", "us-bh-csipa-2023", "2023-09-13", "signatory"),
    # the Saudi-Pakistan SMDA and the US-Saudi SDA, signed
    ("PAK", "pk-sa-smda-2025", "2025-09-16", None),
    ("PAK", "pk-sa-smda-2025", "2025-09-17", "signatory"),
    ("SAU", "us-sa-sda-2025", "2025-11-18", "signatory"),
    # Ukraine's security agreements of 2024
    ("UKR", "ua-uk-security-2024", "2024-01-11", None),
    ("UKR", "ua-uk-security-2024", "2024-01-12", "signatory"),
    ("UKR", "ua-us-security-2024", "2024-06-13", "signatory"),
    ("CAN", "ua-ca-security-2024", "2024-02-24", "signatory"),
    # the US DCAs take effect
    ("SWE", "us-se-dca-2023", "2024-08-14", "signatory"),
    ("SWE", "us-se-dca-2023", "2024-08-15", "member"),
    ("FIN", "us-fi-dca-2023", "2024-09-01", "member"),
    # the Tajik-Uzbek alliance treaty
    ("TJK", "tj-uz-allied-2024", "2025-03-30", "signatory"),
    ("TJK", "tj-uz-allied-2024", "2025-03-31", "member"),
    # ATOP alliances carried past 2018
    ("GBR", "EU", "2020-01-31", "withdrawn"),
    ("HRV", "EU", "2014-01-01", "member"),
    ("THA", "manila-pact-1954", "2025-01-01", "member"),
    ("PHL", "manila-pact-1954", "2025-01-01", "member"),
    ("PAK", "manila-pact-1954", "2000-01-01", "withdrawn"),
    ("SSD", "icglr-protocol-2006", "2014-01-01", "member"),
    ("RWA", "eccas-mutual-assistance-2000", "2008-01-01", "withdrawn"),
    ("QAT", "gcc-joint-defence-2000", "2018-01-01", "member"),
    ("KAZ", "ru-kz-friendship-1992", "2025-01-01", "member"),
    ("TUR", "az-tr-strategic-2010", "2025-01-01", "member"),
    ("DOM", "central-america-democratic-security-1995", "2018-01-01", "member"),
    ("SYC", "sadc-defence-2001", "2004-01-01", "withdrawn"),
    ("UKR", "CIS", "2018-06-01", "member"),
]


@pytest.mark.parametrize(("actor", "agreement", "day", "standing"), MEMBERSHIPS)
def test_standing_either_side_of_entry_and_exit(world, actor, agreement, day, standing):
    assert legal(world, actor, agreement, day) == standing


# (deployment, day, present?)
DEPLOYMENTS = [
    ("fr-forces-mali", "2022-08-14", True),
    ("fr-forces-mali", "2022-08-15", False),
    ("fr-sabre-burkina", "2023-01-01", True),
    ("fr-sabre-burkina", "2023-03-01", False),
    ("fr-forces-niger", "2023-06-01", True),
    ("fr-forces-niger", "2023-12-22", False),
    ("fr-forces-chad", "2025-01-01", True),
    ("fr-forces-chad", "2025-01-30", False),
    ("fr-forces-senegal", "2025-05-01", True),
    ("fr-forces-senegal", "2025-07-17", False),
    ("fr-43bima-civ", "2025-02-19", True),
    ("fr-43bima-civ", "2025-02-20", False),
    ("fr-training-civ", "2025-06-01", True),
    ("us-forces-niger", "2024-08-06", True),
    ("us-forces-niger", "2024-09-15", False),
    ("ru-forces-syria", "2025-06-01", True),
    ("ru-forces-belarus", "2022-10-14", False),
    ("ru-forces-belarus", "2023-01-01", True),
    ("ru-nuclear-belarus", "2024-01-01", True),
    ("kp-troops-russia-2024", "2025-01-01", True),
    ("csto-kazakhstan-2022", "2022-01-10", True),
    ("csto-kazakhstan-2022", "2022-01-19", False),
]


@pytest.mark.parametrize(("dep", "day", "present"), DEPLOYMENTS)
def test_forces_present_or_gone(world, dep, day, present):
    assert any(d.id == dep for d in world.snapshot(day).deployments) is present


def test_status_lists_hosted_and_sent_forces(world):
    niger = reasoning.status(world, "NER", "2023-06-01")
    hosted = {d.id for d in niger.deployments}
    assert {"fr-forces-niger", "us-forces-niger"} <= hosted
    assert "fr-forces-niger" not in {
        d.id for d in reasoning.status(world, "NER", "2024-01-01").deployments
    }


# (actor or agreement, type, agreement, month): the event is in the timeline in that month
TIMELINE = [
    ("PRK", "enter_into_force", "ru-kp-partnership-2024", "2024-12"),
    ("ARM", "enter_into_force", "CSTO", "1994-04"),
    ("BLR", "enter_into_force", "ru-by-security-guarantees-2024", "2025-03"),
    ("IRN", "enter_into_force", "ru-ir-partnership-2025", "2025-10"),
    ("PHL", "enter_into_force", "jp-ph-raa-2024", "2025-09"),
    ("GBR", "enter_into_force", "jp-gb-raa-2023", "2023-10"),
    ("SWE", "enter_into_force", "us-se-dca-2023", "2024-08"),
    ("GAB", "amend", "fr-ga-defence-1960", "2014-06"),
    ("THA", "amend", "manila-pact-1954", "1977-06"),
    ("SYR", "join", "arab-league-jdec-1950", "2023-05"),
    ("NIC", "withdraw", "OAS", "2023-11"),
    ("VEN", "notify_withdrawal", "OAS", "2017-04"),
    ("SAU", "sign", "pk-sa-smda-2025", "2025-09"),
    ("SAU", "sign", "us-sa-sda-2025", "2025-11"),
    ("UKR", "sign", "ua-de-security-2024", "2024-02"),
    ("JPN", "sign", "ua-jp-security-2024", "2024-06"),
    ("TJK", "enter_into_force", "tj-uz-allied-2024", "2025-03"),
    ("KGZ", "amend", "kz-kg-allied-2003", "2024-04"),
    ("USA", "sign", "AUKUS", "2021-09"),
    ("FRA", "withdraw_forces", None, "2025-07"),
    ("TCD", "withdraw_forces", None, "2025-01"),
]


@pytest.mark.parametrize(("ident", "type_", "agreement", "month"), TIMELINE)
def test_life_cycle_events_in_the_right_month(world, ident, type_, agreement, month):
    events = reasoning.timeline(world, ident)
    assert any(
        e.type == type_
        and (agreement is None or e.agreement == agreement)
        and str(e.date).startswith(month)
        for e in events
    ), (ident, type_, agreement, month)


def test_agreements_in_force_or_not(world):
    def status(ag, day):
        st = world.snapshot(day).agreement(ag)
        return st.status if st else None

    assert status("ru-by-security-guarantees-2024", "2025-01-01") == "signed"
    assert status("ru-by-security-guarantees-2024", "2025-03-13") == "in_force"
    assert status("pk-sa-smda-2025", "2025-12-01") == "signed"
    assert status("manila-pact-1954", "2025-01-01") == "in_force"


def test_show_gives_provisions_and_what_is_not_obliged(world):
    view = reasoning.describe(world, "ru-ir-partnership-2025", "2025-12-01")
    kinds = {p.kind for p in view.agreement.provisions}
    assert "defense" not in kinds and "neutrality" in kinds
    assert any("no mutual-defence clause" in n.text for n in view.agreement.notes)
    gabon = {p.id: p for p in reasoning.describe(world, "fr-ga-defence-1960").agreement.provisions}
    assert str(gabon["defense"].until) == "2014-06-01"


def test_defence_obligation_follows_entry_into_force(world):
    def defends(day):
        return any(
            p.agreement == "ru-by-security-guarantees-2024" and p.kind == "defense"
            for p in world.snapshot(day).provisions
        )

    assert not defends("2025-03-12") and defends("2025-03-13")


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("AUKUS", "AUKUS"),
        ("the Russia–Belarus security guarantees treaty", "ru-by-security-guarantees-2024"),
        ("Japan–Philippines RAA", "jp-ph-raa-2024"),
        ("Japan-Philippines Reciprocal Access Agreement", "jp-ph-raa-2024"),
        ("C-SIPA", "us-bh-csipa-2023"),
        ("Manila Pact", "manila-pact-1954"),
        ("Charter of Bogota", "OAS"),
        ("Saudi-Pakistan Strategic Mutual Defense Agreement", "pk-sa-smda-2025"),
        # an unambiguous prefix ("Japan-Phil" alone now names the RAA and the 2026 ACSA too)
        ("Japan-Philippines Recip", "jp-ph-raa-2024"),
        ("Manilla Pact", "manila-pact-1954"),  # a near miss
    ],
)
def test_names_a_user_would_type(world, name, ident):
    assert world.catalog.resolve(name) == ident


def test_an_ambiguous_name_lists_the_candidates(world):
    from pactwatch.world import UnknownName

    with pytest.raises(UnknownName) as err:
        world.catalog.resolve("Treaty on Comprehensive Strategic Partnership")
    assert err.value.ambiguous
    assert {"ru-ir-partnership-2025", "ru-kp-partnership-2024"} <= set(err.value.suggestions)
    with pytest.raises(UnknownName) as err:
        world.catalog.resolve("Japan-Phil")
    assert err.value.ambiguous
    assert {"jp-ph-raa-2024", "jp-ph-acsa-2026"} <= set(err.value.suggestions)


def test_timeline_adds_life_cycle_only_from_the_actors_first_standing(world):
    fin = reasoning.timeline(world, "FIN")
    assert not any(e.agreement == "NATO" and e.date.year < 2022 for e in fin)
    assert any(e.agreement == "NATO" and e.type == "join" for e in fin)


def test_kb_check_reports_coverage_by_region_and_year(cli):
    data = cli.json("kb", "check")
    assert data["ok"]
    regions = {r["region"]: r for r in data["coverage"]["regions"]}
    assert set(regions) == {"Americas", "Europe", "Africa", "Middle East", "Asia", "Oceania"}
    africa = {y["year"]: y for y in regions["Africa"]["years"]}
    assert africa[2025]["in_force"] >= 10
    assert 0 < africa[2025]["with_recent_events"] <= africa[2025]["in_force"]
    assert set(africa[2025]["events"]) == {"day", "month", "year"}
    assert sum(regions["Europe"]["events"].values()) > 100
    text = cli("kb", "check")
    assert "Coverage" in text and "Middle East" in text


def test_kb_check_coverage_fits_an_80_column_terminal(cli, monkeypatch):
    from pactwatch.cli.output import console

    monkeypatch.setattr(console, "width", 80)
    lines = cli("kb", "check").splitlines()
    assert max(map(len, lines)) <= 80
    header = next(line for line in lines if "Year" in line)
    for region in ("Americas", "Europe", "Africa", "Middle East", "Asia", "Oceania"):
        assert region in header  # one column each, never folded
    assert any(line.split("│")[1].strip() == "2025" for line in lines if "│" in line)
