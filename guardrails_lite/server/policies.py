"""The policies a gateway serves: the default one and any others, selected per request by name.

A policy is selected by its ``name:`` (the same name its logs and metrics carry): with the
``X-Guardrails-Policy`` header, or with a base URL of ``/policies/<name>/v1``. Every file is
loaded and checked before the server starts; a bad one stops it with the `PolicyError` text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from guardrails_lite.errors import PolicyError
from guardrails_lite.policy import Policy, load_policy

__all__ = ["POLICY_HEADER", "PolicySet", "load_policies", "valid_name"]

#: The request header naming the policy to apply (absent: the default policy).
POLICY_HEADER = "x-guardrails-policy"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_SUFFIXES = (".yaml", ".yml", ".json")


def valid_name(name: str) -> bool:
    return _NAME.fullmatch(name) is not None


@dataclass(frozen=True, slots=True)
class PolicySet:
    """Policies by name, and which one applies when a request names none."""

    default: str
    policies: Mapping[str, Policy]


def _load(path: Path, seen: dict[str, Path], policies: dict[str, Policy]) -> str:
    policy = load_policy(path)
    name = policy.name
    if not valid_name(name):
        raise PolicyError(
            [("name", f"{name!r} cannot be selected by name: use letters, digits, '_', '-' and '.' (at most 64)")],
            str(path),
        )
    other = seen.get(name)
    if other is not None and other.resolve() != path.resolve():
        raise PolicyError([("name", f"{name!r} is also the name of {other}: names select policies")], str(path))
    seen[name] = path
    policies[name] = policy
    return name


def load_policies(default: str, directory: str | None = None) -> PolicySet:
    """Load the default policy file and every ``.yaml``/``.yml``/``.json`` file in `directory`."""
    seen: dict[str, Path] = {}
    policies: dict[str, Policy] = {}
    default_name = _load(Path(default), seen, policies)
    if directory is not None:
        folder = Path(directory)
        if not folder.is_dir():
            raise PolicyError([("", "--policy-dir is not a directory")], directory)
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in _SUFFIXES and path.is_file():
                _load(path, seen, policies)
    _no_shadow_escape(default_name, policies, seen)
    return PolicySet(default_name, policies)


def _no_shadow_escape(default: str, policies: Mapping[str, Policy], paths: Mapping[str, Path]) -> None:
    """Refuse a selectable `mode: shadow` policy beside an enforcing default (review r16a L8): every client picks a
    policy per request, so it would turn enforcement off for its own calls. A shadow gateway is served alone."""
    if policies[default].mode == "shadow":
        return
    for name, policy in policies.items():
        if policy.mode == "shadow":
            problem = (
                f"a shadow policy selectable beside the enforcing default {default!r} lets any client turn "
                "enforcement off for its own calls: serve it from a gateway of its own (as --policy)"
            )
            raise PolicyError([("mode", problem)], str(paths[name]))
