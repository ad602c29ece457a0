"""The web UI in a real headless Chromium against a real ``pactwatch serve``.

- Armenia's page (JavaScript off): moving the date from 2023-06-01 to 2024-03-01 turns CSTO
  participation from active to frozen, with Pashinyan's words shown.
- The review queue: an uploaded wire item's freeze, accepted, changes Kyrgyzstan's page.
- A hostile article shows as text and no dialog opens.
- A write without the token is refused.

``PACTWATCH_SCREENSHOT=1`` writes the actor page's screenshot to docs/img/actor-page.png (the
README's picture); otherwise it goes to the test's temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from web_server import SCREENSHOT, TOKEN

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = (
    "March 5, 2026\n"
    "Bloc news <script>alert(1)</script>\n\n"
    "Armenia has frozen its participation in the CSTO, the ministry said. "
    "<img src=x onerror=alert(1)> <script>alert(1)</script>\n"
)


def _by(kind: str) -> Any:
    from selenium.webdriver.common.by import By

    return getattr(By, kind)


def _row(b: Any, agreement: str) -> tuple[str, str]:
    row = b.find_element(_by("ID"), f"m-{agreement}")
    return (
        row.find_element(_by("CLASS_NAME"), "legal").text,
        row.find_element(_by("CLASS_NAME"), "participation").text,
    )


def _no_dialog(b: Any) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        b.switch_to.alert.text  # noqa: B018 - reading it is the check


def _submit(b: Any, button: str, by: str = "ID") -> None:
    """Click a form's button (found ``by`` its id, or a CSS selector) and wait for the browser
    to leave the page."""
    _click(b, b.find_element(_by(by), button))


def _click(b: Any, element: Any) -> None:
    """Click a button or a link and wait for the browser to leave the page.

    A POST that reads an article can take seconds on a busy machine, and a click does not
    always wait for the navigation it starts.
    """
    from selenium.webdriver.support.ui import WebDriverWait

    before = b.current_url
    old = b.find_element(_by("TAG_NAME"), "html")
    element.click()

    def left(driver: Any) -> bool:
        try:
            old.tag_name  # noqa: B018 - raises once the old page is gone
        except Exception:  # StaleElementReferenceException
            return True
        return bool(driver.current_url != before)

    WebDriverWait(b, 180, poll_frequency=0.2).until(left)


def _body(b: Any) -> str:
    return str(b.find_element(_by("TAG_NAME"), "body").text)[:600]


def _sign_in(b: Any, server: str) -> None:
    b.get(f"{server}/login")
    b.find_element(_by("ID"), "token").send_keys(TOKEN)
    _submit(b, "sign-in")


def _upload(b: Any, server: str, text: str, title: str) -> None:
    b.get(f"{server}/upload")
    b.find_element(_by("ID"), "title").send_keys(title)
    area = b.find_element(_by("ID"), "text")
    b.execute_script("arguments[0].value = arguments[1];", area, text)  # faster than typing
    _submit(b, "read")


def test_moving_the_date_on_armenias_page_freezes_its_csto_participation(
    no_js_browser: Any, server: str, tmp_path: Path
) -> None:
    b = no_js_browser
    b.get(f"{server}/")
    b.find_element(_by("ID"), "q2").send_keys("Armenia")
    _submit(b, "form.big button", by="CSS_SELECTOR")
    assert b.current_url.startswith(f"{server}/actors/ARM")
    field = b.find_element(_by("ID"), "date")
    field.clear()
    field.send_keys("2023-06-01")
    _submit(b, "show")
    assert b.find_element(_by("ID"), "as-of").text == "2023-06-01"
    assert _row(b, "CSTO") == ("member", "active")
    assert "We have now in practical terms frozen" not in b.page_source
    field = b.find_element(_by("ID"), "date")
    field.clear()
    field.send_keys("2024-03-01")
    _submit(b, "show")
    assert b.find_element(_by("ID"), "as-of").text == "2024-03-01"
    assert _row(b, "CSTO") == ("member", "frozen")
    evidence = b.find_element(_by("ID"), "evidence-CSTO").text
    assert "We have now in practical terms frozen our participation in this treaty" in evidence
    # the previous change is the freeze itself
    assert b.find_element(_by("ID"), "previous").get_attribute("href").endswith("date=2024-02-22")
    shot = SCREENSHOT if os.environ.get("PACTWATCH_SCREENSHOT") == "1" else tmp_path / "a.png"
    b.set_window_size(1280, 1100)
    b.save_screenshot(str(shot))
    b.set_window_size(1280, 1400)
    assert shot.stat().st_size > 10_000


def test_accepting_an_extracted_freeze_changes_the_actor_page(browser: Any, server: str) -> None:
    b = browser
    b.get(f"{server}/actors/KGZ?date=2026-03-04")
    assert _row(b, "CSTO") == ("member", "active")
    _sign_in(b, server)
    _upload(b, server, (ROOT / "examples" / "wire" / "kgz.txt").read_text(), "KGZ wire")
    assert "/review?document=" in b.current_url, _body(b)
    links = b.find_elements(_by("CSS_SELECTOR"), "#claims tbody tr")
    rows = [r for r in links if "freeze" in r.text and "has frozen" in r.text]
    assert rows, [r.text for r in links]
    row = rows[0]
    _click(b, row.find_element(_by("TAG_NAME"), "a"))
    marked = b.find_element(_by("CSS_SELECTOR"), "#article mark").text
    assert "Kyrgyzstan has frozen its participation" in marked
    _submit(b, "accept")
    assert "/actors/KGZ" in b.current_url
    b.get(f"{server}/actors/KGZ?date=2026-03-04")
    assert _row(b, "CSTO") == ("member", "frozen")
    assert (
        "Kyrgyzstan has frozen its participation" in b.find_element(_by("ID"), "evidence-CSTO").text
    )
    _no_dialog(b)


def test_a_hostile_article_shows_as_text(browser: Any, server: str) -> None:
    b = browser
    _sign_in(b, server)
    _upload(b, server, HOSTILE, "hostile <script>alert(1)</script>")
    _no_dialog(b)
    assert "/review?document=" in b.current_url, _body(b)
    _submit(b, "#claims tbody tr a", by="CSS_SELECTOR")
    _no_dialog(b)
    article = b.find_element(_by("ID"), "article").text
    assert "<script>alert(1)</script>" in article
    assert "<img src=x onerror=alert(1)>" in article
    assert not b.find_elements(_by("CSS_SELECTOR"), "#article img, #article script")
    logs = b.get_log("browser")
    assert not [e for e in logs if "alert" in e.get("message", "")], logs


def test_a_write_without_the_token_is_refused(browser: Any, server: str) -> None:
    b = browser
    b.delete_all_cookies()
    _upload(b, server, "Armenia has frozen its participation in the CSTO.", "no token")
    assert "needs the server's token" in b.find_element(_by("ID"), "error").text
    b.get(f"{server}/review?status=all")
    assert "no token" not in b.page_source
