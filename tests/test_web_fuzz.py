"""The OpenAPI schema drives a fuzz of every endpoint (schemathesis): no answer is a 500,
every answer has the status, the content type and the body the schema says.

``PACTWATCH_FUZZ_EXAMPLES`` sets the examples per operation (25 in the suite)."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from pactwatch.service.session import Session
from pactwatch.web import create_app
from report import LINES

TOKEN = "fuzz-token-0123456789"
EXAMPLES = int(os.environ.get("PACTWATCH_FUZZ_EXAMPLES", "25"))
ROOT = Path(__file__).resolve().parents[1]


STORE = Path(os.environ.get("TMPDIR", "/tmp")) / f"pactwatch-fuzz-{os.getpid()}.db"


def _app():  # type: ignore[no-untyped-def]
    STORE.unlink(missing_ok=True)
    app = create_app(Session(db=f"sqlite:///{STORE}"), TOKEN)
    return app


def teardown_module() -> None:
    """The fuzzed store goes with the tests (it was left in /tmp after every run)."""
    STORE.unlink(missing_ok=True)


schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", _app())
schema.config.headers = {"Authorization": f"Bearer {TOKEN}"}


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
)
def test_no_endpoint_fails(case: schemathesis.Case) -> None:
    # Every check but one: a request the schema allows may still be a user's mistake the
    # API answers with 400 (a period that ends before it begins, a name that is an
    # agreement where an actor is due, a year out of range).
    response = case.call_and_validate(excluded_checks=[positive_data_acceptance])
    key = f"{case.operation.method.upper()} {case.operation.path}"
    CALLS.setdefault(key, Counter())[response.status_code] += 1
    LINES["schemathesis"] = _summary()


CALLS: dict[str, Counter[int]] = {}


def _summary() -> str:
    total = sum(sum(c.values()) for c in CALLS.values())
    statuses: Counter[int] = sum(CALLS.values(), Counter())
    return (
        f"schemathesis: {total} requests over {len(CALLS)} operations, none answered 500; "
        f"statuses {dict(sorted(statuses.items()))}"
    )
