"""IP addresses: Presidio's `IpRecognizer` patterns, context and check (MIT licence, Microsoft).

The dotted-quad pattern and the colon patterns (IPv6, IPv4 inside IPv6) run apart, each on windows
around its own anchor (every IPv6 match has two colons at most four hex digits apart), so a log of
dotted quads never feeds the costly IPv6 alternation.
"""

from __future__ import annotations

import ipaddress
import re

from guardrails_lite.validators.pii._helpers.patterns import Pattern, PatternSet
from guardrails_lite.validators.pii._helpers.windows import Anchor

_OCTET = r"(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)"
_V6_PREFIX = r"(?:/(?:12[0-8]|1[01]\d|[1-9]?\d))?"
_H = r"[0-9A-Fa-f]{1,4}"
PATTERNS = (
    Pattern("IPv4_mapped", rf"(?<![\w:])::(?:ffff(?::0{{1,4}})?:)?(?:{_OCTET}\.){{3}}{_OCTET}{_V6_PREFIX}\b", 0.6),
    Pattern(
        "IPv4_embedded",
        rf"(?<![\w:])(?:(?:{_H}:){{1,5}}:(?:{_H}:){{0,4}}|(?:{_H}:){{6}})(?:{_OCTET}\.){{3}}{_OCTET}{_V6_PREFIX}\b",
        0.6,
    ),
    Pattern("IPv4", rf"\b{_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}(?:/(?:[0-2]?\d|3[0-2]))?\b", 0.6),
    Pattern(
        "IPv6",
        rf"(?<![\w:])(?:(?:{_H}:){{7}}{_H}|(?:{_H}:){{1,7}}:|:(?::{_H}){{1,7}}|(?:{_H}:){{1,6}}:{_H}|"
        rf"(?:{_H}:){{1,5}}(?::{_H}){{1,2}}|(?:{_H}:){{1,4}}(?::{_H}){{1,3}}|(?:{_H}:){{1,3}}(?::{_H}){{1,4}}|"
        rf"(?:{_H}:){{1,2}}(?::{_H}){{1,5}}|{_H}:(?::{_H}){{1,6}}|:(?::{_H}){{1,6}})(?:%[0-9a-zA-Z]+)?"
        rf"{_V6_PREFIX}(?![\w:]|\.\d)",
        0.6,
    ),
    Pattern("IPv6_unspecified", rf"(?<![\w:])::{_V6_PREFIX}(?![\w:])", 0.1),
)
CONTEXT = ("ip", "ipv4", "ipv6")
#: Pattern groups by name, each with the anchor its windows are cut around.
PARTS = (
    (frozenset({"IPv4"}), Anchor(re.compile(r"\d{1,3}(?:\.\d{1,3}){3}"), 48, 48)),
    (
        frozenset({"IPv4_mapped", "IPv4_embedded", "IPv6", "IPv6_unspecified"}),
        Anchor(re.compile(r"[0-9A-Fa-f]{0,4}::?[0-9A-Fa-f]{0,4}:"), 48, 48),
    ),
)


#: What every match of each part holds (a text without it cuts no windows for that part), and whether the
#: part's patterns are linear (`PatternSet.linear`: the dotted quad's repeat nothing without bound).
NEEDS = (re.compile(r"\."), re.compile(":"))
LINEAR = (True, False)


def invalid(value: str) -> bool | None:
    """Presidio's `IpRecognizer.invalidate_result`: what `ipaddress` rejects (None, not False, otherwise)."""
    try:
        ipaddress.ip_interface(value)
    except ValueError:
        return True
    return None


def recognizer() -> PatternSet:
    return PatternSet(PATTERNS, invalidate=invalid)


def finders() -> list[tuple[PatternSet, Anchor]]:
    """What the engine runs: the parts of `recognizer()`, each with the anchor its windows are cut around."""
    whole = recognizer()
    return [
        (whole.only(names, needs, linear), anchor)
        for (names, anchor), needs, linear in zip(PARTS, NEEDS, LINEAR, strict=True)
    ]
