"""The README shows real output: every example command prints what the README says."""

import re

import readme_examples as rx


def test_readme_examples_are_real_output(shared):
    lines = rx.README.read_text(encoding="utf-8").split("\n")
    found = list(rx.examples(lines))
    assert len(found) >= 8
    outputs = rx.run(found)
    problems = []
    k = 0
    for ex in found:
        for command, shown in ex.steps:
            problems += [f"{command}: {line!r}" for line in rx.differences(shown, outputs[k])]
            k += 1
    assert not problems, "README drifted (python tests/readme_examples.py --write):\n" + "\n".join(
        problems[:20]
    )
    # The README's cross-validated figure on real news is also a floor (issue 9 asks 0.70;
    # decision 0006 says what the reader reaches and why).
    steps = [command for ex in found for command, _ in ex.steps]
    cv = next(k for k, command in enumerate(steps) if "--cv 5" in command and "news" in command)
    text = "\n".join(outputs[cv])
    f1 = float(re.search(r"F1 ([0-9.]+)", text).group(1))
    fact, source = (
        float(x) for x in re.search(r"factuality ([0-9.]+).*source ([0-9.]+)", text).groups()
    )
    assert f1 >= 0.55 and fact >= 0.8 and source >= 0.8
