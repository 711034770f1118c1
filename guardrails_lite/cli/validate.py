"""`guardrails-lite validate POLICY...`: check policy files; exit 2 naming file and field."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from guardrails_lite.errors import PolicyError
from guardrails_lite.policy import load_policy


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("validate", help="check policy files")
    p.add_argument("policies", nargs="+", metavar="POLICY", help="YAML or JSON policy files")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    failed = False
    for path in args.policies:
        try:
            policy = load_policy(path)
        except PolicyError as e:
            print(e, file=sys.stderr)
            failed = True
            continue
        print(f"ok: {path} ({policy.name}: {len(policy.input)} input, {len(policy.output)} output validators)")
    return 2 if failed else 0
