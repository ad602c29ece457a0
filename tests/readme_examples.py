"""The README's examples are real output: run every ``$ pactwatch ...`` line of its code blocks
and compare what it prints with what the README shows.

``python tests/readme_examples.py`` checks; ``--write`` rewrites every example block that
shows a command's whole output (blocks that trim with ``...`` are checked, not rewritten: edit
them by hand when the check fails). The commands run in order, in one temporary folder with one
store, as a user following the README would: names of files the README uses (``kgz.txt``, the
ATOP and COW CSV files) are put there, ``../shared`` is the shared folder beside the checkout,
and ``ATOP_DIR`` its ATOP folder.
"""

from __future__ import annotations

import os
import re
import shlex
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
README = ROOT / "README.md"
ELISION = re.compile(r'^\s*("?\.\.\."?,?|\[\.\.\.\]|…)\s*$')
TIMING = re.compile(r"\b\d+(\.\d+)? s\b")


@dataclass
class Example:
    start: int  # line index of the block's first line (after the fence)
    end: int  # line index of the closing fence
    steps: list[tuple[str, list[str]]]  # (command, shown output lines)

    @property
    def trimmed(self) -> bool:
        return any(ELISION.match(line) for _, out in self.steps for line in out)


def examples(lines: list[str]) -> Iterator[Example]:
    i = 0
    while i < len(lines):
        if (
            lines[i].startswith("```")
            and i + 1 < len(lines)
            and lines[i + 1].startswith("$ pactwatch")
        ):
            j = i + 1
            steps: list[tuple[str, list[str]]] = []
            while j < len(lines) and not lines[j].startswith("```"):
                if lines[j].startswith("$ "):
                    steps.append((lines[j][2:], []))
                else:
                    steps[-1][1].append(lines[j])
                j += 1
            yield Example(i + 1, j, steps)
            i = j
        i += 1


def _workspace(tmp: Path) -> None:
    (tmp / "kgz.txt").write_text((ROOT / "examples" / "wire" / "kgz.txt").read_text())
    for name, folder in (
        ("atop5_1m.csv", "atop"), ("atop5_1a.csv", "atop"), ("statelist2024.csv", "cow"),
    ):  # fmt: skip
        target = SHARED / "data" / folder / name
        if target.exists():
            (tmp / name).symlink_to(target)


def _path(word: str) -> str:
    word = word.replace("ATOP_DIR", str(SHARED / "data" / "atop"))
    if word.startswith("../shared"):
        return str(SHARED) + word[len("../shared") :]
    if word.startswith(("examples/", "tests/", "docs/")):
        return str(ROOT / word)
    return word


def _argv(command: str) -> list[str]:
    words = shlex.split(command)[1:]  # drop "pactwatch"
    return ["=".join(_path(part) for part in w.split("=")) for w in words]


def run(examples_: list[Example]) -> list[list[str]]:
    """Each step's output lines, run in order in one workspace."""
    from typer.testing import CliRunner

    from pactwatch.cli.app import app

    outputs = []
    with tempfile.TemporaryDirectory() as tmp:
        _workspace(Path(tmp))
        env = {"PACTWATCH_DB": f"sqlite:///{tmp}/store.db", "COLUMNS": "120"}
        old = os.getcwd()
        os.chdir(tmp)
        try:
            runner = CliRunner()
            for ex in examples_:
                for command, _ in ex.steps:
                    result = runner.invoke(app, _argv(command), env=env)
                    text = result.stdout + (result.stderr if result.exit_code else "")
                    outputs.append([line.rstrip() for line in text.rstrip("\n").split("\n")])
        finally:
            os.chdir(old)
    return outputs


def _norm(line: str) -> str:
    return TIMING.sub("N s", line.rstrip())


def differences(shown: list[str], actual: list[str]) -> list[str]:
    """Lines the README shows that the command does not print (in order; ``...`` skips)."""
    want = [_norm(x) for x in shown if x.strip() and not ELISION.match(x)]
    got = [_norm(x) for x in actual]
    missing = []
    k = 0
    for line in want:
        while k < len(got) and got[k] != line:
            k += 1
        if k == len(got):
            missing.append(line)
            k = 0
        else:
            k += 1
    return missing


def main() -> int:
    lines = README.read_text(encoding="utf-8").split("\n")
    found = list(examples(lines))
    outputs = run(found)
    k = 0
    problems = []
    new = list(lines)
    for ex in reversed(found):  # rewrite from the bottom so line numbers hold
        n = len(ex.steps)
        outs = outputs[len(outputs) - k - n : len(outputs) - k]
        k += n
        for (command, shown), actual in zip(ex.steps, outs, strict=True):
            for line in differences(shown, actual):
                problems.append(f"{command}: README shows {line!r}, not printed")
        if "--write" in sys.argv and not ex.trimmed:
            body = []
            for (command, _), actual in zip(ex.steps, outs, strict=True):
                body += [f"$ {command}", *actual]
            new[ex.start : ex.end] = body
    if "--write" in sys.argv:
        README.write_text("\n".join(new), encoding="utf-8")
    for p in problems:
        print(p)
    return 1 if problems and "--write" not in sys.argv else 0


if __name__ == "__main__":
    raise SystemExit(main())
