"""E-mail addresses: Presidio's `EmailRecognizer` pattern and context (MIT licence, Microsoft), validated offline.

A match counts when its domain ends in a public suffix (Presidio asks tldextract; we read tldextract's
bundled list without fetching anything, `_helpers.public_suffix`) or in a reserved or intranet
top-level name that no public list holds ("admin@corp.example", "ops@build.internal").
"""

from __future__ import annotations

import re

from guardrails_lite.validators.pii._helpers.patterns import Pattern, PatternSet
from guardrails_lite.validators.pii._helpers.public_suffix import has_fqdn

PATTERNS = (
    Pattern(
        "Email (Medium)",
        r"\b((([!#$%&'*+\-/=?^_`{|}~\w])|([!#$%&'*+\-/=?^_`{|}~\w][!#$%&'*+\-/=?^_`{|}~\.\w]{0,}"
        r"[!#$%&'*+\-/=?^_`{|}~\w]))[@]\w+(?:-+\w+)*(?:\.\w+(?:-+\w+)*)+)\b",
        0.5,
    ),
)
CONTEXT = ("email",)
# Reserved and internal top-level names (RFC 2606/6761, and common intranet ones).
PRIVATE_TLDS = frozenset(
    {"example", "test", "invalid", "localhost", "local", "internal", "intranet", "corp", "home", "lan", "private"}
)


def private_domain(address: str) -> bool:
    """Whether `address` ends in a reserved or intranet top-level name (on no public-suffix list)."""
    domain = address.rpartition("@")[2].rstrip(".").lower()
    return "." in domain and domain.rpartition(".")[2] in PRIVATE_TLDS


def valid(address: str) -> bool:
    return has_fqdn(address) or private_domain(address)


# Every match holds "@", then the domain's first label (word characters and hyphens: no whitespace, "@" or ".")
# and a dot: "a@a@a@..." or a mention without a domain is not scanned at all.
NEEDS = re.compile(r"@[^\s@.]*\.")


def recognizer() -> PatternSet:
    return PatternSet(PATTERNS, valid, needs=NEEDS)
