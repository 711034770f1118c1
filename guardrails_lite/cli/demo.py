"""`guardrails-lite demo`: run the shipped policies over bundled examples, offline, and show the decisions.

The "model" is scripted: each example lists the answers it gives in turn, so the demo shows
blocks, repairs and re-asks without any LLM.
"""

from __future__ import annotations

import argparse
import textwrap
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from guardrails_lite.cli.main import UsageError, warm_up
from guardrails_lite.errors import Blocked
from guardrails_lite.guard import Guard, GuardResult
from guardrails_lite.verdict import Finding


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("demo", help="run the shipped policies on bundled examples")
    p.add_argument("--policies", default="policies", metavar="DIR", help="folder of the shipped policies")
    p.set_defaults(func=run)


def _scripted(answers: list[str]) -> Any:
    it = iter(answers)

    def llm(prompt: Any) -> str:
        try:
            return next(it)
        except StopIteration:
            return answers[-1]

    return llm


def _describe(findings: tuple[Finding, ...]) -> list[str]:
    out = []
    for f in findings:
        where = f" [{f.target}]" if f.target else ""
        out.append(f"{f.id}{where}: {f.message}")
    return out


def run(args: argparse.Namespace) -> int:
    folder = Path(args.policies)
    if not folder.is_dir():
        raise UsageError(f"no policies folder at {folder}; run from the project root or pass --policies DIR")
    examples = yaml.safe_load(resources.files("guardrails_lite.data").joinpath("demo.yaml").read_text("utf-8"))
    guards: dict[str, Guard] = {}
    print(f"{'#':>2}  {'example':<46} {'policy':<18} {'decision':<8} {'tries':>5}")
    print("-" * 84)
    for i, ex in enumerate(examples, 1):
        name = ex["policy"]
        if name not in guards:
            guards[name] = Guard(folder / name)
            warm_up(guards[name].pipeline)
        guard = guards[name]
        prompt = ex.get("messages") or ex["prompt"]
        try:
            result: GuardResult | None = guard.run(_scripted(ex["answers"]), prompt, context=ex.get("context"))
            assert result is not None
            decision, attempts, findings = result.action, str(result.attempts), result.findings
        except Blocked as e:
            result = None
            decision, attempts, findings = "block", str(getattr(e, "attempts", "-")), e.findings
        print(f"{i:>2}  {ex['name'][:46]:<46} {name.removesuffix('.yaml')[:18]:<18} {decision:<8} {attempts:>5}")
        for line in _describe(findings):
            print(textwrap.fill(line, 80, initial_indent="      - ", subsequent_indent="        "))
        if result is not None and isinstance(prompt, str) and result.prompt != prompt:
            saw = textwrap.fill(str(result.prompt), 80, initial_indent="      model saw: ", subsequent_indent=" " * 17)
            print(saw)
        if result is not None and result.text != ex["answers"][int(attempts) - 1]:
            print(textwrap.fill(result.text, 80, initial_indent="      => ", subsequent_indent="         "))
    print("\nEvery decision above came from the policies in", folder, "- no model was called.")
    return 0
