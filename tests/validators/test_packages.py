"""validators/: packages behind small explicit `__init__`s, every spec registered, nothing heavy loaded."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import guardrails_lite.validators as validators_pkg
from guardrails_lite import known_validators
from tests.validators.conftest import heavy_modules_after

PACKAGES = {
    "injection": {"PromptInjectionSpec"},
    "pii": {"PiiSpec"},
    "speculation": {"SpeculationSpec"},
    "grounding": {"GroundingSpec"},
}
BUILTINS = {
    "canary",
    "grounding",
    "json_schema",
    "max_length",
    "pii",
    "prompt_injection",
    "regex",
    "scope",
    "speculation",
}


@pytest.mark.parametrize("name", sorted(PACKAGES))
def test_each_package_exports_exactly_its_all(name: str) -> None:
    module = importlib.import_module(f"guardrails_lite.validators.{name}")
    assert module.__file__ is not None and module.__file__.endswith("__init__.py")
    exported = set(module.__all__)
    assert PACKAGES[name] <= exported
    for attr in exported:
        assert getattr(module, attr) is not None
    # Everything public in the namespace is either in __all__ or one of the package's own modules.
    submodules = {m.name for m in pkgutil.iter_modules(module.__path__)}
    public = {n for n in vars(module) if not n.startswith(("_", "@"))} - {"annotations"}
    assert public - submodules == exported


def test_every_builtin_registers_when_its_module_or_package_is_imported() -> None:
    assert BUILTINS <= set(known_validators())
    tops = {m.name: m.ispkg for m in pkgutil.iter_modules(validators_pkg.__path__)}
    assert {n for n, is_pkg in tops.items() if is_pkg and not n.startswith("_")} == set(PACKAGES)
    assert not [n for n in tops if n.startswith("_") and not tops[n]], "private helpers belong in a package"


def test_importing_every_validator_loads_no_engine() -> None:
    code = (
        "import importlib\n"
        "for name in ('injection', 'pii', 'speculation', 'grounding', 'scope', 'json_schema', 'length', 'regex',"
        " 'canary'):\n"
        "    importlib.import_module('guardrails_lite.validators.' + name)\n"
        "from guardrails_lite.validators.injection import lexical\n"
        "assert not lexical.loaded()\n"
    )
    assert heavy_modules_after(code) == []


def test_names_training_surface_is_public_and_matches_the_recognizer() -> None:
    """scripts/train_names.py imports only this module; it must hand out the recognizer's own parts."""
    from guardrails_lite.validators.pii import names
    from guardrails_lite.validators.pii._names import detect, features, tokens

    assert set(names.__all__) == {
        "LABELS",
        "Facts",
        "NameFinder",
        "Prepared",
        "features",
        "lexicon",
        "prepare",
        "tokenize",
    }
    assert names.features is features.features and names.tokenize is tokens.tokenize
    assert names.NameFinder is detect.NameFinder
