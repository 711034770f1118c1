"""E-mail context rules: where a name is a name whatever the word ("Hi Grace," "From: Mark Lee").

Headers (From/To/Cc ...), greetings, sign-offs, "- Name" lines, titles (Mr, Dr ...) and
self-introductions ("my name is ...") mark the capitalised words they introduce as a person.
A name found this way is also a name elsewhere in the same text. Every pattern is bounded, so the
scan is linear in the text.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from guardrails_lite.validators.pii._names.lexicon import FIRST, LAST, Lexicon
from guardrails_lite.validators.pii._names.wordlists import CLOSINGS

_NAME = r"\p{Lu}(?:\.|[\p{L}'’]{1,30}(?:-\p{Lu}[\p{L}'’]{1,30})?)"
_PARTICLE = r"(?:van|von|de|der|del|da|di|du|la|le|al|bin|ter|den)"
_SEQ = rf"{_NAME}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME}){{0,3}}"
_TITLES = r"(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|Sir|Dame|Madam|Mme|Mlle|Herr|Frau|Sr|Sra)"
_HEADER = regex.compile(
    r"(?im)^[ \t>]*(?:from|to|cc|bcc|reply-to|sender|attendees|organi[sz]er|owner|assignee|assigned to|name|"
    r"full name|author|signed|requested by|approved by|prepared by|submitted by|reported by|contact)"
    r"[ \t]*:[ \t]*([^\n]{1,600})$"
)
_GREETING = regex.compile(
    rf"(?m)(?:^|(?<=[.!?][ \t]))[ \t>]*(?i:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|morning|"
    rf"greetings|thanks|thank you|many thanks|thanks again|best|regards|kind regards|cheers|welcome)"
    rf"[ \t]*,?[ \t]+(?:{_TITLES}\.?[ \t]+)?({_SEQ}(?:[ \t]*(?:,|and|&)[ \t]*{_SEQ}){{0,5}})[ \t]*(?=[,!.:;—\-]|$)"
)
_SIGN_OFF = regex.compile(
    rf"(?im)^[ \t>]*(?:{'|'.join(sorted(CLOSINGS, key=len, reverse=True))})\b[^\n]{{0,24}}?"
    rf"[ \t]*[,.!]?[ \t]*\n(?:[ \t>]*\n)?[ \t>]*(?-i:({_SEQ}))[ \t]*(?=[,|(\n]|$)"
)
_DASH_LINE = regex.compile(rf"(?m)^[ \t>]*(?:--?|–|—|~)[ \t]*({_SEQ})[ \t]*$")
_TITLED = regex.compile(rf"\b{_TITLES}\.?[ \t]+({_SEQ})")
_INTRO = regex.compile(
    rf"(?i:\bmy name is|\bmy name's|\bname:|\bi am|\bi'm|\bthis is|\bcall me|\bask for|\bspeak (?:to|with)|"
    rf"\btalk to|\bcc(?:'?ing)?|\bping|\breach out to|\bintroduce you to|\bintroducing|\bloop(?:ing)? in)"
    rf"[ \t]+({_SEQ})"
)
_STRICT_INTRO = ("my name", "name:")
# "Initech GmbH", "Acme Corp.", "Northwind Traders Ltd": a company by its legal form.
_COMPANY = regex.compile(
    rf"\b({_SEQ})[ \t]*,?[ \t]+(?:Inc|Corp|Corporation|LLC|L\.L\.C|Ltd|Limited|GmbH|AG|SE|S\.A|SA|PLC|plc|LLP|"
    rf"BV|B\.V|NV|N\.V|Pty|SAS|SARL|SpA|S\.p\.A|KK|Oy|AB|ASA|A/S|Co|Company|Holdings|Group|Industries|"
    rf"Electronics|Logistics|Freight|Systems|Technologies|Technology|Solutions|Labs|Laboratories|Consulting|"
    rf"Capital|Bank|Insurance|Airlines|Airways|Motors|Foods|Pharmaceuticals|Pharma|Media|Enterprises|Software|"
    rf"Networks|Ventures|Associates|Studios|Trading|Traders|Energy|Analytics|Robotics|Dynamics|Manufacturing|"
    rf"Construction|Realty|Properties|Hotels|Resorts)\b\.?"
)
_EMAIL_OR_ANGLE = regex.compile(r"<[^<>\n]{0,320}>|[^\s<>,;]{1,64}@[^\s<>,;]{1,255}")
_SPLIT_ITEMS = regex.compile(r"[;,]|\band\b|&")
# Words that make a greeting or header address a group, not a person.
GROUP_WORDS = frozenset(
    """all team teams everyone everybody folks guys sir sirs madam colleagues customer customers client clients
    staff group list department dept sales support finance hr it marketing engineering ops operations board
    committee members partners admin office desk service services helpdesk info noreply no-reply manager
    managers hiring recruiter recruiting there friends gentlemen ladies y'all valued user users subscriber
    subscribers owner owners holder applicant candidate reviewer reviewers assistant""".split()
)
# Words the patterns may take for a name but are not: "Thanks Again", "Best Regards".
NOT_NAMES = frozenset(
    """again so very in advance for regards wishes again all best kind warm a lot much everyone team you
    ps p.s. sent from my iphone ipad note re fwd fw""".split()
)


@dataclass(frozen=True, slots=True)
class RuleSpan:
    start: int
    end: int
    strict: bool  # found by a pattern that needs no help from the lexicon
    kind: str = "PER"


def _name_ok(text: str, lex: Lexicon, need_lexicon: bool) -> bool:
    words = [w for w in regex.split(r"[ \t]+", text) if w]
    lows = [w.lower().rstrip(".") for w in words]
    if not words or any(w in GROUP_WORDS or w in NOT_NAMES for w in lows):
        return False
    if need_lexicon:
        return any(lex.flags(w) & (FIRST | LAST) for w in lows)
    return True


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t.'’":
        end -= 1
    return start, end


def find(text: str, lex: Lexicon) -> list[RuleSpan]:
    """Person names that the context gives away, as character spans."""
    out: list[RuleSpan] = []
    for m in _HEADER.finditer(text):
        s0 = m.start(1)
        value = m.group(1)
        for item in _split_items(value):
            a, b = item
            raw = value[a:b]
            had_address = _EMAIL_OR_ANGLE.search(raw) is not None
            cleaned = _EMAIL_OR_ANGLE.sub(lambda x: " " * len(x.group()), raw)
            for nm in regex.finditer(_SEQ, cleaned):
                piece = cleaned[nm.start() : nm.end()]
                if _name_ok(piece, lex, need_lexicon=not had_address):
                    out.append(RuleSpan(*_trim(text, s0 + a + nm.start(), s0 + a + nm.end()), strict=True))
                break  # the first name-like run of an item is the name; the rest is a title or company
    for pattern, need in ((_GREETING, True), (_SIGN_OFF, False), (_DASH_LINE, True), (_TITLED, False)):
        for m in pattern.finditer(text):
            for piece_start, piece_end in _names_in(text, m.start(1), m.end(1)):
                piece = text[piece_start:piece_end]
                if _name_ok(piece, lex, need_lexicon=need):
                    out.append(RuleSpan(*_trim(text, piece_start, piece_end), strict=not need))
    out += [RuleSpan(*_trim(text, m.start(), m.end()), strict=True, kind="ORG") for m in _COMPANY.finditer(text)]
    for m in _INTRO.finditer(text):
        lead = text[m.start() : m.start(1)].lower()
        strict = lead.startswith(_STRICT_INTRO)
        if _name_ok(m.group(1), lex, need_lexicon=not strict):
            out.append(RuleSpan(*_trim(text, m.start(1), m.end(1)), strict=strict))
    return out


def _split_items(value: str) -> list[tuple[int, int]]:
    """Offsets of the comma/semicolon-separated items of a header value (addresses in <> kept whole)."""
    items: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for i, ch in enumerate(value):
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth = max(0, depth - 1)
        elif ch in ",;" and depth == 0:
            items.append((start, i))
            start = i + 1
    items.append((start, len(value)))
    return items


def _names_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split "Jane, Tom and Ana" into its names."""
    pieces: list[tuple[int, int]] = []
    last = start
    for m in _SPLIT_ITEMS.finditer(text, start, end):
        pieces.append((last, m.start()))
        last = m.end()
    pieces.append((last, end))
    out = []
    for a, b in pieces:
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        if a < b:
            out.append((a, b))
    return out
