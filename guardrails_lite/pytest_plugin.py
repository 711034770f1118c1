"""pytest plugin: every guardrails case becomes one test (registered through the ``pytest11`` entry point).

Point it at a policy and case files, in the ini file (paths relative to it)::

    [pytest]
    guardrails_policy = policies/email-summary.yaml
    guardrails_cases = examples/cases/email-summary.yaml

or per test with a marker (paths relative to the test file)::

    @pytest.mark.guardrails(policy="../policies/email-summary.yaml", cases=["cases.yaml"])
    def test_policy(guardrails_case):
        guardrails_case.check()

`check()` fails the test with what was expected, what happened and which validators fired.
Without the entry point (package not installed), load it with ``-p guardrails_lite.pytest_plugin``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from guardrails_lite.errors import GuardrailsError
from guardrails_lite.evaluation.cases import Case, load_cases
from guardrails_lite.evaluation.evaluate import findings_of
from guardrails_lite.evaluation.runner import CaseResult, Evaluator
from guardrails_lite.policy import load_policy

__all__ = ["GuardrailsCase", "failure_message"]

_EVALUATORS = pytest.StashKey[dict[Path, Evaluator]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("guardrails_policy", "policy file for the guardrails_case fixture", default="")
    parser.addini("guardrails_cases", "case files for the guardrails_case fixture", type="linelist", default=[])


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "guardrails(policy, cases): run the guardrails_case fixture over these case files with this policy"
    )
    config.stash[_EVALUATORS] = {}


class _SetupError(Exception):
    """The policy or case files for a test cannot be used; reported as that test's error."""


@dataclass
class GuardrailsCase:
    """One case bound to its policy; `check()` runs it and fails the test if it does not pass."""

    case: Case
    policy_path: Path
    evaluator: Evaluator = field(repr=False)
    _result: CaseResult | None = field(default=None, repr=False)

    @property
    def result(self) -> CaseResult:
        if self._result is None:
            self._result = self.evaluator.run_case(self.case)
        return self._result

    def check(self) -> CaseResult:
        r = self.result
        if not r.passed:
            pytest.fail(failure_message(r, self.evaluator.policy.name), pytrace=False)
        return r


def failure_message(r: CaseResult, policy: str) -> str:
    lines = [f"guardrails case {r.case.id!r} failed under policy {policy!r}:"]
    lines += [f"  - {p}" for p in r.problems]
    lines.append(f"  outcome: {r.outcome} after {r.attempts} answer(s); fired: {', '.join(r.fired) or 'nothing'}")
    for f in findings_of(r)[:10]:
        span = f" {f.start}-{f.end}" if f.start is not None else ""
        lines.append(f"    {f.id} [{f.target or '-'}{span}]: {f.message}")
    return "\n".join(lines)


def _sources(metafunc: pytest.Metafunc) -> tuple[Path, Sequence[Path]]:
    marker = metafunc.definition.get_closest_marker("guardrails")
    if marker is not None:
        base = metafunc.definition.path.parent
        policy = marker.kwargs.get("policy")
        cases = marker.kwargs.get("cases", ())
        if isinstance(cases, (str, Path)):
            cases = [cases]
        if not policy or not cases:
            raise _SetupError("@pytest.mark.guardrails needs policy= and cases=")
        return base / policy, [base / c for c in cases]
    config = metafunc.config
    base = config.inipath.parent if config.inipath else config.rootpath
    policy = str(config.getini("guardrails_policy"))
    case_files = [str(c) for c in config.getini("guardrails_cases")]
    if not policy or not case_files:
        raise _SetupError(
            "guardrails_case needs a policy and case files: set guardrails_policy and guardrails_cases in the ini "
            "file or use @pytest.mark.guardrails(policy=..., cases=...)"
        )
    return base / policy, [base / c for c in case_files]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "guardrails_case" not in metafunc.fixturenames:
        return
    evaluators = metafunc.config.stash[_EVALUATORS]
    try:
        policy_path, case_paths = _sources(metafunc)
        key = policy_path.resolve()
        if key not in evaluators:
            evaluators[key] = Evaluator(load_policy(policy_path))
        cases = [c for p in case_paths for c in load_cases(p)]
    except (GuardrailsError, _SetupError) as e:
        # One erroring test for this function, with the message; the rest of the module still runs.
        metafunc.parametrize("guardrails_case", [_SetupError(str(e))], ids=["setup-error"], indirect=True)
        return
    ev = evaluators[key]
    params = [GuardrailsCase(c, policy_path, ev) for c in cases]
    metafunc.parametrize("guardrails_case", params, ids=[c.id for c in cases], indirect=True)


@pytest.fixture
def guardrails_case(request: pytest.FixtureRequest) -> GuardrailsCase:
    """One guardrails case (parametrized from the ini options or the ``guardrails`` marker)."""
    param = getattr(request, "param", None)
    if isinstance(param, _SetupError):
        pytest.fail(str(param), pytrace=False)
    if not isinstance(param, GuardrailsCase):
        pytest.fail("guardrails_case is parametrized by the guardrails plugin only", pytrace=False)
    return param
