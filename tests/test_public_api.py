"""The public surface is small and explicit, and importing it loads no model."""

from __future__ import annotations

import subprocess
import sys

import pytest

import guardrails_lite


def test_all_is_exactly_the_public_names() -> None:
    # "@py_builtins"/"@pytest_ar": pytest rewrites asserts in packages that ship a pytest11 plugin (ours does).
    public = {n for n in dir(guardrails_lite) if not n.startswith(("_", "@"))} - {
        "errors",
        "guard",
        "logs",
        "messages",
        "pipeline",
        "policy",
        "spec",
        "trust",
        "verdict",
        "validators",
        "cli",
        "data",
        "integrations",
        "evaluation",
        "batch",
        "pytest_plugin",
        "text",
        "server",
    }
    assert set(guardrails_lite.__all__) - {"__version__"} == public
    for name in guardrails_lite.__all__:
        assert getattr(guardrails_lite, name) is not None


def test_openai_wrappers_are_exported_lazily() -> None:
    code = (
        "import sys, guardrails_lite\n"
        "assert 'openai' not in sys.modules\n"
        "from guardrails_lite import GuardedOpenAI, GuardedAsyncOpenAI\n"
        "from guardrails_lite.integrations.openai import GuardedOpenAI as G\n"
        "assert GuardedOpenAI is G and 'openai' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_exception_hierarchy() -> None:
    g = guardrails_lite
    assert issubclass(g.RetriesExhausted, g.Blocked)
    assert issubclass(g.Blocked, g.GuardrailsError) and issubclass(g.PolicyError, g.GuardrailsError)
    assert issubclass(g.PluginError, g.GuardrailsError) and not issubclass(g.PluginError, g.PolicyError)


def test_import_loads_no_heavy_module() -> None:
    code = (
        "import sys, guardrails_lite\n"
        "guardrails_lite.known_validators()\n"
        "heavy = [m for m in ('spacy', 'presidio_analyzer', 'presidio_anonymizer', 'openai', 'numpy', 'torch',"
        " 'transformers') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_the_presidio_integration_exports_the_names_recognizer() -> None:
    # The README sends Presidio users here, not to the private module (review 4, F17).
    from guardrails_lite.integrations import presidio
    from guardrails_lite.validators.pii._names_recognizer import NamesRecognizer

    assert presidio.__all__ == ["NamesRecognizer"]
    assert presidio.NamesRecognizer is NamesRecognizer


def test_check_budget_is_public_for_custom_validators() -> None:
    # README: the budget is cooperative; a custom validator's long loop calls check_budget() (review 4, F4).
    from guardrails_lite.verdict import BudgetExceeded, deadline_scope

    guardrails_lite.check_budget()  # outside an entry: no budget, nothing raised
    with deadline_scope(0.0), pytest.raises(BudgetExceeded):
        guardrails_lite.check_budget()
