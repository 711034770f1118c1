"""`guardrails-lite schema`: print the JSON Schema of the policy format (for editors)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from guardrails_lite.policy import policy_json_schema


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("schema", help="print the JSON Schema of policy files")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    print(json.dumps(policy_json_schema(), indent=2))
    return 0
