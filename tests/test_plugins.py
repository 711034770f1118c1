"""Third-party validators: installed plugins (entry points) and the CLI's ``--import MODULE``.

The plugin is a real installed distribution: a ``.dist-info`` folder with an ``entry_points.txt``
on a path of its own, which is how pip lays one out, so `importlib.metadata` finds it the same
way. Each case runs in a fresh interpreter, so nothing registers in this test session.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
VALIDATORS = """
from guardrails_lite import Context, Verdict, Finding, validator

@validator("no_bananas")
def no_bananas(text: str, ctx: Context, *, limit: int = 0) -> Verdict:
    n = text.lower().count("banana")
    return Verdict.fail(Finding(f"{n} bananas")) if n > limit else Verdict.ok()
"""
POLICY = "name: fruit\ninput:\n  - use: no_bananas\n    limit: 1\n"


def _install(site: Path, name: str, module: str, source: str, target: str | None = None) -> None:
    """A distribution `name` providing `module`, with an entry point in the validators group."""
    site.mkdir(parents=True, exist_ok=True)
    (site / f"{module}.py").write_text(source, encoding="utf-8")
    info = site / f"{name}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(
        f"[guardrails_lite.validators]\n{name} = {target or module}\n", encoding="utf-8"
    )


def _run(args: list[str], cwd: Path, site: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if site is not None:
        env["PYTHONPATH"] = str(site)
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def _cli(args: list[str], cwd: Path, site: Path | None = None) -> subprocess.CompletedProcess[str]:
    # The installed console script: the current directory is not on its import path by itself.
    return _run([str(BIN / "guardrails-lite"), *args], cwd, site)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "app" / "validators.py").write_text(VALIDATORS, encoding="utf-8")
    (tmp_path / "app" / "policy.yaml").write_text(POLICY, encoding="utf-8")
    return tmp_path


def test_cli_import_makes_the_applications_validators_known(project: Path) -> None:
    without = _cli(["validate", "app/policy.yaml"], project)
    assert without.returncode == 2 and "unknown validator 'no_bananas'" in without.stderr
    ok = _cli(["validate", "app/policy.yaml", "--import", "app.validators"], project)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("ok: app/policy.yaml (fruit: 1 input")
    (project / "texts.jsonl").write_text('{"text": "one banana"}\n{"text": "banana, banana"}\n', encoding="utf-8")
    scan = _cli(
        ["scan", "--policy", "app/policy.yaml", "--stage", "input", "--import", "app.validators", "texts.jsonl"],
        project,
    )
    assert scan.returncode == 0, scan.stderr
    assert [line.split('"action": ')[1][:7] for line in scan.stdout.splitlines()] == ['"allow"', '"block"']
    schema = _cli(["schema", "--import", "app.validators"], project)
    assert schema.returncode == 0 and '"no_bananas"' in schema.stdout


def test_cli_import_of_a_broken_module_is_a_usage_error(project: Path) -> None:
    (project / "app" / "broken.py").write_text("raise RuntimeError('half-written module')\n", encoding="utf-8")
    for module, why in [("app.broken", "RuntimeError: half-written module"), ("app.nope", "ModuleNotFoundError")]:
        r = _cli(["validate", "app/policy.yaml", "--import", module], project)
        assert r.returncode == 2 and f"--import {module}: cannot import it: {why}" in r.stderr
        assert "Traceback" not in r.stderr


def test_every_command_takes_import() -> None:
    from guardrails_lite.cli.main import COMMANDS, build_parser

    parser = build_parser()
    needs = {"validate": ["p.yaml"], "scan": ["--use", "regex", "--stage", "input"], "eval": ["--policy", "p"]}
    needs |= {"chat": ["--policy", "p", "hi"], "serve": ["--policy", "p", "--upstream", "http://127.0.0.1:1/v1"]}
    for command in COMMANDS:
        args = parser.parse_args([command, *needs.get(command, []), "--import", "a.b", "--import", "c"])
        assert args.imports == ["a.b", "c"], command


def test_an_installed_plugin_registers_when_policies_load(tmp_path: Path) -> None:
    site = tmp_path / "site"
    _install(site, "fruit-guards", "fruit_guards", VALIDATORS)
    (tmp_path / "policy.yaml").write_text(POLICY, encoding="utf-8")
    code = (
        "import guardrails_lite as g\n"
        "assert 'no_bananas' in g.known_validators()\n"
        "guard = g.Guard(g.load_policy('policy.yaml'))\n"
        "try:\n"
        "    guard.run(lambda p: 'ok', 'banana banana split')\n"
        "except g.Blocked as e:\n"
        "    print('blocked by', e.findings[0].id)\n"
    )
    r = _run([sys.executable, "-c", code], tmp_path, site)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "blocked by no_bananas"
    assert _cli(["validate", "policy.yaml"], tmp_path, site).returncode == 0  # no --import needed


@pytest.mark.parametrize(
    ("source", "target", "why"),
    [
        ("raise ImportError('needs a missing library')\n", None, "ImportError: needs a missing library"),
        (VALIDATORS, "fruit_guards:NoSuchThing", "AttributeError"),
        (VALIDATORS, "fruit_guards_typo", "ModuleNotFoundError"),
    ],
)
def test_a_broken_plugin_is_a_clear_error_naming_it(tmp_path: Path, source: str, target: str | None, why: str) -> None:
    site = tmp_path / "site"
    _install(site, "fruit-guards", "fruit_guards", source, target)
    (tmp_path / "policy.yaml").write_text(POLICY, encoding="utf-8")
    r = _cli(["validate", "policy.yaml"], tmp_path, site)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "validator plugin 'fruit-guards' of fruit-guards" in r.stderr and why in r.stderr
    assert "group 'guardrails_lite.validators'" in r.stderr
    code = (
        "import guardrails_lite as g\ntry:\n    g.load_policy('policy.yaml')\nexcept g.PluginError as e:\n    print(e)"
    )
    r = _run([sys.executable, "-c", code], tmp_path, site)
    assert r.returncode == 0 and "validator plugin 'fruit-guards'" in r.stdout and why in r.stdout


def test_a_policy_of_built_in_validators_does_not_read_the_plugins(tmp_path: Path) -> None:
    """Reading every installed distribution's entry points costs a cold start ~15 ms: a policy that names only
    built-in validators skips it (no plugin may take a built-in's name), one naming another validator reads them."""
    site = tmp_path / "site"
    _install(site, "fruit-guards", "fruit_guards", "raise ImportError('needs a missing library')\n")
    (tmp_path / "builtin.yaml").write_text(
        "name: b\ninput:\n  - use: max_length\n    max_chars: 10\n", encoding="utf-8"
    )
    (tmp_path / "policy.yaml").write_text(POLICY, encoding="utf-8")
    code = (
        "import guardrails_lite as g\n"
        "g.load_policy('builtin.yaml')\n"
        "print('built-ins loaded')\n"
        "try:\n    g.load_policy('policy.yaml')\nexcept g.PluginError as e:\n    print(e)"
    )
    r = _run([sys.executable, "-c", code], tmp_path, site)
    assert r.returncode == 0, r.stderr
    first, second = r.stdout.splitlines()
    assert first == "built-ins loaded" and "validator plugin 'fruit-guards'" in second
