"""The brief in both formats: its sections, its sources, and figures that are not blank."""

import base64
import io
import re
from html.parser import HTMLParser

import matplotlib.image as mpimg
import numpy as np


class Sections(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.images, self.h2 = [], [], []
        self._in_h2 = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section":
            self.ids.append(attrs.get("id"))
        if tag == "img":
            self.images.append(attrs["src"])
        self._in_h2 = tag == "h2"

    def handle_data(self, data):
        if self._in_h2 and data.strip():
            self.h2.append(data.strip())
            self._in_h2 = False


def not_blank(png: bytes) -> bool:
    pixels = mpimg.imread(io.BytesIO(png), format="png")
    return pixels.shape[0] > 200 and pixels.shape[1] > 200 and float(np.std(pixels)) > 0.02


def test_html_brief_has_its_sections_and_embedded_figures(cli, tmp_path):
    out = tmp_path / "arm.html"
    cli("brief", "Armenia", "--as-of", "2025-02-01", "--format", "html", "-o", str(out))
    page = Sections()
    page.feed(out.read_text())
    assert page.ids == [
        "standing",
        "guarantors",
        "deployments",
        "events",
        "forecasts",
        "figures",
        "sources",
    ]
    assert len(page.images) == 2
    for src in page.images:
        assert src.startswith("data:image/png;base64,")
        assert not_blank(base64.b64decode(src.split(",", 1)[1]))
    text = out.read_text()
    assert "frozen since 2024-02-22" in text and "102nd Military Base" in text
    assert "France 24" in text  # the freeze's source is cited


def test_markdown_brief_writes_figures_beside_it(cli, tmp_path):
    out = tmp_path / "arm.md"
    cli("brief", "ARM", "--as-of", "2025-02-01", "-o", str(out))
    text = out.read_text()
    for heading in (
        "## Standing in each agreement",
        "## Guarantors",
        "## Deployments",
        "## Events, 2024-02-02 to 2025-02-01",
        "## Figures",
        "## Sources",
    ):
        assert heading in text
    links = re.findall(r"!\[[^]]*\]\(([^)]+)\)", text)
    assert links == ["arm-network.png", "arm-timeline.png"]
    for name in links:
        assert not_blank((tmp_path / name).read_bytes())
    # the last twelve months' events, each with a source
    events = [
        line
        for line in text.splitlines()
        if line.startswith("- 2024-") or line.startswith("- 2025-")
    ]
    assert events and all("[" in line for line in events)


def test_brief_to_stdout_and_bad_options(cli, tmp_path):
    text = cli("brief", "SWE", "--as-of", "2024-03-07")
    assert text.startswith("# Sweden (SWE)") and "North Atlantic" in text
    assert "--format 'pdf'" in cli("brief", "SWE", "--format", "pdf", code=2)
    assert "no directory" in cli("brief", "SWE", "-o", str(tmp_path / "no" / "x.md"), code=2)
    assert not (tmp_path / "no").exists()
