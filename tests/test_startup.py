"""Start-up: what a command imports (decision 0011). Timings are benchmarks/startup.py's."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

# Run as `python -m pactwatch ARGS`, then print the modules imported, as JSON, on stderr.
PROBE = """
import json, runpy, sys
sys.argv = ["pactwatch", *sys.argv[1:]]
try:
    runpy.run_module("pactwatch", run_name="__main__")
except SystemExit as exc:
    code = exc.code
else:
    code = 0
print("MODULES " + json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def imported(*args: str, env: dict[str, str] | None = None) -> tuple[int, set[str]]:
    run = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )
    line = next(x for x in run.stderr.splitlines() if x.startswith("MODULES "))
    found = json.loads(line.removeprefix("MODULES "))
    return found["code"], set(found["modules"])


def test_help_imports_no_model_world_or_store() -> None:
    code, modules = imported("--help")
    assert code == 0
    heavy = {"sqlalchemy", "pactwatch.store.db", "pactwatch.world", "pactwatch.service.session"}
    heavy |= {"pactwatch.model.events", "pactwatch.reasoning", "pactwatch.kb.loader"}
    assert not heavy & modules


def test_status_without_a_store_does_not_import_sqlalchemy(tmp_path: Path) -> None:
    missing = tmp_path / "none" / "pactwatch.db"
    code, modules = imported("status", "ARM", env={"PACTWATCH_DB": f"sqlite:///{missing}"})
    assert code == 0
    assert "sqlalchemy" not in modules
    assert "pactwatch.store.db" not in modules
    assert not missing.exists()  # reading does not create the store
    # one question imports its own reasoning only
    assert "pactwatch.reasoning.status" in modules
    assert not {"pactwatch.reasoning.audit", "pactwatch.importers.atop"} & modules


def test_status_with_a_store_reads_it(tmp_path: Path) -> None:
    from pactwatch.store import Store

    url = f"sqlite:///{tmp_path / 'store.db'}"
    assert Store.open(url, create=True) is not None
    code, modules = imported("--db", url, "status", "ARM")
    assert code == 0
    assert "pactwatch.store.db" in modules


def test_lazy_packages_offer_what_they_did() -> None:
    # the submodules named like the functions, imported: the functions stay the attributes
    for name in ("status", "timeline", "audit"):
        importlib.import_module(f"pactwatch.reasoning.{name}")
    from pactwatch import model, reasoning, store, text
    from pactwatch.reasoning.status import status as status_function
    from pactwatch.reasoning.timeline import timeline as timeline_function

    assert reasoning.status is status_function
    assert reasoning.timeline is timeline_function
    assert callable(reasoning.audit) and callable(reasoning.resolve_forecasts)
    assert reasoning.portfolios.SimilarityMatrix is reasoning.SimilarityMatrix
    assert set(reasoning.__all__) <= set(dir(reasoning))
    for package in (model, reasoning, store, text):
        for name in package.__all__:
            assert getattr(package, name) is not None
    from pactwatch.store.db import Store, StoreError

    assert store.Store is Store and store.StoreError is StoreError
    from pactwatch.importers.common import ImportError_
    from pactwatch.kb.scenario import ScenarioError
    from pactwatch.service.errors import USER_ERRORS
    from pactwatch.text.readers import ReadError

    assert {ImportError_, ScenarioError, ReadError, StoreError} <= set(USER_ERRORS)


# Run the console script's own function, then report from an exit hook whether the objects
# were left to the end of the process (no last collections over the loaded world).
EXIT_PROBE = """
import atexit, gc, sys
atexit.register(lambda: print("FROZEN", gc.get_freeze_count() > 0, file=sys.stderr))
sys.argv = ["pactwatch", *sys.argv[1:]]
from pactwatch.cli.app import main
main()
"""


def test_the_command_ends_without_collecting_what_it_loaded(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'store.db'}"
    article = Path(__file__).resolve().parents[1] / "examples" / "articles" / "gyumri-base.md"
    runs = [
        subprocess.run(
            [sys.executable, "-c", EXIT_PROBE, "--db", db, *args],
            capture_output=True,
            text=True,
            timeout=300,
        )
        for args in (["ingest", str(article)], ["status", "ARM", "--json"])
    ]
    for run in runs:
        assert run.returncode == 0, run.stderr
        assert "FROZEN True" in run.stderr  # the hooks at exit still run
    report = json.loads(runs[1].stdout)  # the whole answer was written out
    assert report["actor"] == "ARM"
    # what ingest wrote was committed before the process ended: a new process reads it
    from pactwatch.store import Store

    store = Store.open(db, create=False)
    assert store.documents()
