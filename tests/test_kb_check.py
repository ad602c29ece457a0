"""`kb check` on broken knowledge bases: precise messages, exit code 2."""

import json
import subprocess
import sys

from pactwatch.kb.loader import read_kb


def test_clean_kb_passes(make_kb, cli):
    out = cli("kb", "check", str(make_kb()))
    assert "ok: 5 actors, 1 agreements, 2 events, 0 problems" in out


def test_broken_reference(make_kb, cli):
    root = make_kb("- {type: join, date: 2000, subject: [XYZ], evidence: [t]}")
    result = cli.run("kb", "check", str(root))
    assert result.exit_code == 2
    assert (
        "agreements/BLOC.yaml: event BLOC:join:XYZ:2000: subject 'XYZ' is not a known actor"
        in result.stdout
    )


def test_unknown_source_key_and_bad_yaml(make_kb, cli):
    root = make_kb(
        extra={
            "events/broken.yaml": "events:\n  - {type: attack, date: 2020-09-27, "
            "subject: [ARM], evidence: [nope]}\n",
            "events/bad.yaml": "events: [\n",
        }
    )
    result = cli.run("kb", "check", str(root), "--json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["ok"] is False
    msgs = {(p["file"], p["message"]) for p in data["problems"]}
    assert ("events/broken.yaml", "unknown source key 'nope'") in msgs
    assert any(f == "events/bad.yaml" and m.startswith("bad YAML at line") for f, m in msgs)


WEAPONS = """\
sources:
  w: {kind: website, title: Maker's page, publisher: A maker}
weapons:
  - {id: hawk-9, name: Hawk-9, aliases: [H-9], makers: [ARM], kind: drone, sources: [w]}
  - {id: lance, name: Lance, aliases: [H-9], makers: [XYZ], kind: missile, sources: [w]}
  - {id: no-maker, name: Orphan, makers: [], kind: missile, sources: [w]}
"""


def test_weapon_systems_need_known_makers_and_names_of_their_own(make_kb, cli):
    root = make_kb(extra={"weapons/systems.yaml": WEAPONS})
    result = cli.run("kb", "check", str(root), "--json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    msgs = {(p["item"], p["message"]) for p in data["problems"]}
    assert ("weapon lance", "maker 'XYZ' is not a known actor") in msgs
    assert ("weapon lance", "name 'H-9' is also weapon 'hawk-9''s") in msgs
    assert any(i == "weapon no-maker" and "makers" in m for i, m in msgs), msgs
    assert data["weapons"] == 2
    # a clean file is counted
    good = "\n".join(WEAPONS.splitlines()[:4]) + "\n"
    out = cli("kb", "check", str(make_kb(extra={"weapons/systems.yaml": good})))
    assert "2 events, 1 weapon systems, 0 problems" in out


FIRMS = """\
sources:
  w: {kind: website, title: A firm's page, publisher: A firm}
firms:
  - {id: acme-arms, name: Acme Arms, aliases: [Hawk-9], state: ARM, sources: [w]}
  - {id: nowhere-works, name: Nowhere Works, state: XYZ, sources: [w]}
  - {id: stateless, name: Stateless Ltd, state: Armenia, sources: [w]}
"""


def test_arms_firms_need_a_known_state_and_names_of_their_own(make_kb, cli):
    extra = {"weapons/systems.yaml": "\n".join(WEAPONS.splitlines()[:4]) + "\n"}
    root = make_kb(extra={**extra, "weapons/firms.yaml": FIRMS})
    result = cli.run("kb", "check", str(root), "--json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    msgs = {(p["item"], p["message"]) for p in data["problems"]}
    assert ("firm nowhere-works", "state 'XYZ' is not a known actor") in msgs
    assert ("firm acme-arms", "name 'Hawk-9' is also 'hawk-9''s") in msgs
    assert any(i == "firm stateless" and "alpha-3" in m for i, m in msgs), msgs
    assert data["firms"] == 2
    good = "\n".join(FIRMS.splitlines()[:3]) + "\n  - {id: acme, name: Acme, state: ARM, "
    good += "sources: [w]}\n"
    out = cli("kb", "check", str(make_kb(extra={**extra, "weapons/firms.yaml": good})))
    assert "1 weapon systems, 1 arms firms, 0 problems" in out


def test_impossible_transition_fails_the_check(make_kb, cli):
    root = make_kb("- {type: resume, date: 2000, subject: [ARM], evidence: [t]}")
    result = cli.run("kb", "check", str(root))
    assert result.exit_code == 2
    assert (
        "agreements/BLOC.yaml: event BLOC:resume:ARM:2000: ARM resumes in BLOC without a freeze"
        in result.stdout
    )


def test_schema_errors_name_the_field(make_kb):
    root = make_kb("- {type: freeze, date: 2024-02-30, subject: [ARM], evidence: [t]}")
    (p,) = read_kb(root).problems
    assert p.file == "agreements/BLOC.yaml"
    assert "date: not a date: '2024-02-30'" in p.message


def test_missing_kb_directory(cli, tmp_path):
    err = cli("kb", "check", str(tmp_path / "nope"), code=2)
    assert "no knowledge-base directory" in err


def test_commands_refuse_an_invalid_kb_in_one_line(make_kb):
    root = make_kb("- {type: resume, date: 2000, subject: [ARM], evidence: [t]}")
    run = subprocess.run(
        [sys.executable, "-m", "pactwatch", "--kb", str(root), "status", "ARM"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert "knowledge base is invalid" in run.stderr


def test_a_list_given_as_a_number_or_a_mapping_is_a_problem_not_a_crash(make_kb, cli):
    root = make_kb(
        extra={
            "events/number.yaml": "events: 1.5\n",
            "actors/mapping.yaml": "actors: {id: XYZ}\n",
        }
    )
    result = cli.run("kb", "check", str(root), "--json")
    assert result.exit_code == 2, result.stderr
    msgs = {(p["file"], p["message"]) for p in json.loads(result.stdout)["problems"]}
    assert ("events/number.yaml", "'events' must be a list of mappings") in msgs
    assert ("actors/mapping.yaml", "'actors' must be a list of mappings") in msgs


def test_a_subject_given_as_a_number_is_a_problem_not_a_crash(make_kb, cli):
    root = make_kb(extra={"events/odd.yaml": "events:\n  - {type: join, date: 2000, subject: 7}\n"})
    result = cli.run("kb", "check", str(root))
    assert result.exit_code == 2, result.stderr
    assert "events/odd.yaml" in result.stdout
