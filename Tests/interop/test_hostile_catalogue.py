"""The hostile-input catalogue (Tests/interop/hostile): every case gets its
documented answer (answers.json, printed as docs/hostile-inputs.md), the
daemon goes on serving another client, the queries show its state unchanged,
it holds the descriptors it held before, and no file a case names changes."""
import json
import os
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hostile")
sys.path.insert(0, HERE)

import catalogue  # noqa: E402
import runner  # noqa: E402

DOCS = os.path.join(os.path.dirname(__file__), "..", "..", "docs", "hostile-inputs.md")


def answers():
    with open(runner.ANSWERS) as f:
        return json.load(f)


def test_the_catalogue_has_at_least_150_cases_each_with_an_answer():
    names = [c.name for c in catalogue.CASES]
    assert len(names) >= 150
    assert len(set(names)) == len(names), "case names must be unique"
    assert sorted(answers()) == sorted(names), "answers.json is not current: python3 runner.py --record"
    areas = {c.area for c in catalogue.CASES}
    assert areas == {"malformed JSON", "wrong types and protocol", "limits", "descriptor abuse",
                     "path tricks", "broken and slow clients"}


def test_the_documentation_is_current():
    with open(DOCS) as f:
        assert f.read() == runner.markdown(answers()), \
            "docs/hostile-inputs.md is stale: python3 Tests/interop/hostile/runner.py --docs > docs/hostile-inputs.md"


def test_every_case_gets_its_answer_and_changes_nothing():
    expected = answers()
    failures = []

    def check(case, answer, before, after, daemon):
        problems = []
        if answer != expected[case.name]:
            problems.append(f"answered {json.dumps(answer)[:600]}\n    documented {json.dumps(expected[case.name])[:600]}")
        if not daemon.alive():
            problems.append("the daemon died")
        else:
            if before[0] != after[0]:
                changed = [k for k in before[0] if before[0][k] != after[0].get(k)]
                problems.append(f"state changed: {changed}")
            if before[1] != after[1]:
                problems.append(f"the daemon held {before[1]} descriptors before and {after[1]} after")
        if before[2] != after[2]:
            problems.append("a file the case named changed")
        if problems:
            failures.append(f"{case.area} / {case.name}:\n  " + "\n  ".join(problems))

    runner.run_all(catalogue.CASES, expected=expected, check=check)
    assert not failures, f"{len(failures)} of {len(catalogue.CASES)} cases:\n" + "\n".join(failures)
