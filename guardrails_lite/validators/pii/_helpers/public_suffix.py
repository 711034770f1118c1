"""Whether an e-mail address's domain ends in a public suffix: tldextract's answer, without importing it.

Presidio's e-mail recognizer accepts a match when ``tldextract.extract(match).fqdn`` is not empty.
Importing tldextract costs about 150 ms (it imports requests and urllib3 to fetch the list), more
than a sixth of a first call's budget; the list itself ships with it as a data file. So this module
reads tldextract's bundled snapshot (offline, as our engine always did: never fetched) and applies
tldextract's lookup (`lenient_netloc`, the suffix trie, wildcard and exception rules, punycode
labels, the ICANN section only): same answers, checked against tldextract itself in
tests/validators/test_pii_paths.py. Adapted from tldextract 5 (BSD-3-Clause, John Kurkowski).
"""

from __future__ import annotations

import importlib.util
import ipaddress
import itertools
import re
import threading
from pathlib import Path
from urllib.parse import scheme_chars

_SNAPSHOT = ".tld_set_snapshot"
_PRIVATE_SECTION = "// ===BEGIN PRIVATE DOMAINS==="
_SUFFIX_LINE = re.compile(r"^(?P<suffix>[.*!]*\w[\S]*)", re.UNICODE | re.MULTILINE)
_SCHEME_CHARS = frozenset(scheme_chars)
_IDEOGRAPHIC_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})


_LOCK = threading.Lock()
# tldextract's suffix trie, flattened: each node is keyed by the dotted suffix on its path from the root
# ("uk", "co.uk", "*.ck", "!www.ck"), valued True where a rule ends. Strings and booleans only: the ~10k
# trie nodes as objects with dicts cost a cold first call ~50 ms, most of it a full garbage collection.
_RULES: list[dict[str, bool]] = []


def _snapshot() -> str:
    spec = importlib.util.find_spec("tldextract")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("tldextract (its bundled public-suffix list) is not installed")
    return (Path(next(iter(spec.submodule_search_locations))) / _SNAPSHOT).read_text(encoding="utf-8")


def _rules() -> dict[str, bool]:
    if _RULES:
        return _RULES[0]  # built: no lock per lookup
    with _LOCK:
        if not _RULES:
            suffixes: list[str] = _SUFFIX_LINE.findall(_snapshot().partition(_PRIVATE_SECTION)[0])
            # The nodes on the way to each rule: every tail after a dot ("co.uk" -> "uk"), level by level.
            nodes: list[str] = []
            level = suffixes
            while level:
                level = [tail for _, dot, tail in map(str.partition, level, itertools.repeat(".")) if dot]
                nodes += level
            rules = dict.fromkeys(nodes, False)
            rules.update(dict.fromkeys(suffixes, True))  # a rule that is also a node ends there
            _RULES.append(rules)
        return _RULES[0]


def has_fqdn(url: str) -> bool:
    """``tldextract.extract(url).fqdn != ""`` with the bundled list and no private suffixes."""
    netloc = _lenient_netloc(url).translate(_IDEOGRAPHIC_DOTS)
    if len(netloc) >= 4 and netloc[0] == "[" and netloc[-1] == "]" and _looks_like_ipv6(netloc[1:-1]):
        return False
    labels = netloc.split(".")
    index = _suffix_index(labels)
    if index is None:
        return False  # no suffix (an IPv4 address included)
    suffix = ".".join(labels[index:])
    domain = labels[index - 1] if index > 0 else ""
    return bool(suffix and domain)


def _suffix_index(labels: list[str]) -> int | None:
    rules = _rules()
    here: str | None = None  # the trie node reached: the dotted suffix walked so far (None: the root)
    suffix_idx = label_idx = len(labels)
    for label in reversed(labels):
        decoded = _decode_punycode(label)
        key = decoded if here is None else f"{decoded}.{here}"
        end = rules.get(key)
        if end is not None:
            label_idx -= 1
            here = key
            if end:
                suffix_idx = label_idx
            continue
        if ("*" if here is None else f"*.{here}") in rules:
            return label_idx if ("!" + key) in rules else label_idx - 1
        break
    return None if suffix_idx == len(labels) else suffix_idx


def _decode_punycode(label: str) -> str:
    lowered = label.lower()
    if lowered.startswith("xn--"):
        import idna  # only for punycode labels (a few ms)

        try:
            return str(idna.decode(lowered))
        except (UnicodeError, IndexError):
            pass
    return lowered


def _lenient_netloc(url: str) -> str:
    authority = _schemeless(url).partition("/")[0].partition("?")[0].partition("#")[0]
    after_userinfo = authority.rpartition("@")[-1]
    if after_userinfo and after_userinfo[0] == "[":
        maybe_ipv6 = after_userinfo.partition("]")
        if maybe_ipv6[1] == "]":
            return f"{maybe_ipv6[0]}]"
    return after_userinfo.partition(":")[0].strip().rstrip(".\u3002\uff0e\uff61")


def _schemeless(url: str) -> str:
    at = url.find("//")
    if at == 0:
        return url[2:]
    if at < 2 or url[at - 1] != ":" or set(url[: at - 1]) - _SCHEME_CHARS:
        return url
    return url[at + 2 :]


def _looks_like_ipv6(text: str) -> bool:
    try:
        ipaddress.IPv6Address(text)
    except ipaddress.AddressValueError:
        return False
    return True
