"""A real ``pactwatch serve`` on 127.0.0.1 and a real headless Chromium, for the browser
tests (one of each per test session).

Chromium and ChromeDriver are Debian's (``apt-get install chromium chromium-driver``;
``.ci/run`` installs them), driven by selenium with the driver's path given, so nothing is
downloaded. Without them the browser tests are skipped, unless
``PACTWATCH_REQUIRE_BROWSER=1`` (as in CI): then they fail.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

REQUIRE = "PACTWATCH_REQUIRE_BROWSER"
TOKEN = "browser-token-0123456789"
CHROMIUM = ("chromium", "chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,1400",
]


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get(REQUIRE) == "1":
        pytest.fail(f"{REQUIRE}=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a ``pactwatch serve`` with its own store and a token."""
    port = _free_port()
    store = tmp_path_factory.mktemp("served") / "store.db"
    env = {**os.environ, "PACTWATCH_DB": f"sqlite:///{store}", "PACTWATCH_TOKEN": TOKEN}
    log = open(store.parent / "serve.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [sys.executable, "-m", "pactwatch", "serve", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{url}/api/v1/openapi.json", timeout=2):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                log.close()
                text = (store.parent / "serve.log").read_text(errors="replace")
                pytest.fail(f"pactwatch serve did not start: {text[-500:]}", pytrace=False)
            time.sleep(0.2)
    try:
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _chrome(javascript: bool) -> object:
    binary = next((shutil.which(n) for n in CHROMIUM if shutil.which(n)), None)
    driver = shutil.which("chromedriver")
    if binary is None or driver is None:
        _unavailable("Chromium or ChromeDriver is not installed (apt-get install chromium "
                     "chromium-driver)")  # fmt: skip
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _unavailable("selenium is not installed (pip install '.[test]')")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='pactwatch-chromium-')}")
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2}
        )
    return webdriver.Chrome(service=Service(driver), options=options)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Chromium with JavaScript on (so that an injected script would run)."""
    b = _chrome(javascript=True)
    try:
        yield b
    finally:
        b.quit()  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def no_js_browser() -> Iterator[object]:
    """Headless Chromium with JavaScript off: the pages must work without it."""
    b = _chrome(javascript=False)
    try:
        yield b
    finally:
        b.quit()  # type: ignore[attr-defined]


SCREENSHOT = Path(__file__).resolve().parents[1] / "docs" / "img" / "actor-page.png"
