"""One e-mail of the context: its writer, addressees, subject words, date and body sentences.

Headers come as lines ("From: Dana Whitfield <dana@x.example>") or run into one line ("From: Dana. To:
Priya. Date: 3 June 2026. Subject: ..."). The writer is also found from a sign-off, the addressees from a
greeting ("Hi Jonas,", "Priya,"); an e-mail that names no addressee answers the previous e-mail of the
thread, so its "you" is that e-mail's writer. The date line anchors "today", "yesterday" and weekdays.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from guardrails_lite.text import SENTENCES, STOP, fold_apostrophes
from guardrails_lite.validators.grounding import _numbers as numbers

_HEADER = re.compile(r"^\s*(from|to|cc|subject|date|sent|re|fwd?)\s*:\s*", re.IGNORECASE)
# An address in angle brackets may hold dots, and so may a title ("To: Prof. Kofi Asante"); the value of a
# run-on header ends at the first other dot. Each piece of the value is read one way only (an atomic group, the
# title first): "Dr." read as a title or as three characters made 2^k readings of k titles to backtrack through
# ("From: " + "Dr." * 22 took 10 s; review r13a H4).
_INLINE_HEADER = re.compile(
    r"\b(From|To|Cc|Date|Sent|Subject):[ \t]*"
    r"((?>\b(?:Prof|Dr|Mrs|Mr|Ms|Mx|Rev|Sr|Jr)\.|<[^<>\n]{0,120}>|[^.<\n]|\.(?=\S)){1,120})"
    r"(?<!\bProf)(?<!\bDr)(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bMx)(?<!\bRev)(?<!\bSr)(?<!\bJr)\.(?=[ \t]+\S)"
)
# A header key as `_INLINE_HEADER` opens, without its leading "\b": a pattern opening with "\b" is tried at every
# position of the text, this one is found by a fast scan (10x faster on e-mails); see `inline_headers`.
_HEADER_KEY = re.compile(r"(?:From|To|Cc|Date|Sent|Subject):")
# How every `_INLINE_HEADER` value ends, on the key's line (no part of the pattern crosses a line break): a line
# header ("From: Dana Whitfield") has none, and is not tried (each try backtracks through its whole value).
_VALUE_END = re.compile(r"\.[ \t]+\S")
_ADDRESS = re.compile(r"<[^<>\n]{0,120}>|(?<![^\s@<>])[^\s@<>]++@[^\s@<>]++")
_DOMAIN = re.compile(r"@([a-z][a-z0-9-]{1,40})\.", re.IGNORECASE)
# Mail providers: an address there names no organisation.
_PROVIDERS = frozenset(
    "gmail googlemail outlook hotmail live msn yahoo icloud me mac aol proton protonmail gmx mail example".split()
)
_CAPITALISED = re.compile(r"[A-Z][\w'-]+")
GREETING = frozenset("hi hello dear hey thanks thank morning afternoon evening".split())
_NOT_A_NAME = frozenset("all team everyone everybody folks guys there".split())
_YEAR = re.compile(r"\b(19|20)\d\d\b")


@dataclass(slots=True)
class Email:
    authors: frozenset[str]
    addressees: frozenset[str]
    subject: str
    sentences: list[str] = field(default_factory=list)
    header_names: list[frozenset[str]] = field(default_factory=list)  # "Priya Nair" of From:/To: lines
    date: datetime.date | None = None
    greeted_all: bool = False  # "Hi all": addressed to everyone, not to the previous writer
    domains: frozenset[str] = frozenset()  # organisations' e-mail domains of From:/To:/Cc: ("halden-foods")


@dataclass(slots=True)
class _Headers:
    authors: set[str] = field(default_factory=set)
    addressees: set[str] = field(default_factory=set)
    subject: str = ""
    groups: list[frozenset[str]] = field(default_factory=list)
    date: datetime.date | None = None
    domains: set[str] = field(default_factory=set)

    def add(self, key: str, value: str) -> None:
        key = key.lower()
        # "dana@oakcraft.example": the writer speaks for Oakcraft ("we will refund" is Oakcraft refunding).
        orgs: list[str] = []
        if "@" in value or "<" in value:  # what an address needs: most values are names or dates only
            orgs = [d.lower() for d in _DOMAIN.findall(value) if d.lower() not in _PROVIDERS]
            value = _ADDRESS.sub(" ", value)
        names = [w.lower() for w in _CAPITALISED.findall(value)]
        if key == "from":
            self.authors.update(orgs[:1])
        elif key == "to":  # and "you" is the addressee's firm ("you traded on Saturday": Taco Forge traded)
            self.addressees.update(orgs[:1])
        if key in ("from", "to", "cc"):
            self.domains.update(orgs)
        if key in ("from", "to", "cc"):
            self.groups += _header_groups(value)
        if key == "from":
            self.authors.update(names[:4])
        elif key in ("to", "cc"):
            self.addressees.update(names[:6])
        elif key == "subject":
            self.subject += " " + _HEADER.sub("", value)
        elif key in ("date", "sent") and self.date is None:
            self.date = _date_of(value)


def parse_email(text: str) -> Email:
    """Writer (From: or sign-off), addressees (To:, greeting), subject line, date and body sentences."""
    head = _Headers()
    found = inline_headers(text) if ":" in text else []
    for m in found:
        head.add(m.group(1), m.group(2))
    text = without_matches(text, found)
    body: list[str] = []
    for line in fold_apostrophes(text).splitlines():
        key = _HEADER.match(line)
        if key:
            head.add(key.group(1), line[key.end() :])
        elif line.strip():
            body.append(line.strip())
    if body and _is_signoff(body[-1]):
        if not head.authors:
            head.authors.update(w.lower() for w in body[-1].replace(",", " ").split())
        elif "," in body[-1]:  # "Priya, Northwire Billing" under "From: Billing": the person who wrote it
            head.authors.add(body[-1].split(",")[0].split()[0].lower())
        body.pop()
    greeted_all = _greeting(body, head.addressees)
    return Email(
        frozenset(head.authors),
        frozenset(head.addressees),
        head.subject.strip(),
        SENTENCES.split(_join_wrapped(body)),
        head.groups,
        head.date,
        greeted_all,
        frozenset(head.domains),
    )


def inline_headers(text: str) -> list[re.Match[str]]:
    """`list(_INLINE_HEADER.finditer(text))`: each match starts at a header key, so the pattern is tried only where
    `_HEADER_KEY` finds one (its "\b" and look-behinds still see the text before that position)."""
    found: list[re.Match[str]] = []
    pos = 0
    while (key := _HEADER_KEY.search(text, pos)) is not None:
        line_end = text.find("\n", key.end())
        if _VALUE_END.search(text, key.end(), line_end if line_end >= 0 else len(text)) is None:
            pos = key.start() + 1
            continue
        m = _INLINE_HEADER.match(text, key.start())
        if m is None:
            pos = key.start() + 1
            continue
        found.append(m)
        pos = m.end()
    return found


def without_matches(text: str, found: list[re.Match[str]]) -> str:
    """`text` with each match (in order, not overlapping) replaced by a space: `pattern.sub(" ", text)` from
    matches already found, without scanning again."""
    if not found:
        return text
    ends = [0, *(x for m in found for x in m.span()), len(text)]
    return " ".join(text[a:b] for a, b in zip(ends[::2], ends[1::2], strict=True))


def _greeting(body: list[str], addressees: set[str]) -> bool:
    """Reads (and drops) an opening "Hi Jonas," or "Priya,"; True for a greeting to everyone ("Hi all,")."""
    if not body:
        return False
    first = body[0].split()
    everyone = False
    if first and first[0].strip(",.!").lower() in GREETING:
        for w in first[1:4]:
            bare = w.strip(",.!:").lower()
            everyone = everyone or bare in _NOT_A_NAME
            if not w[:1].isupper() or bare in _NOT_A_NAME | STOP:
                break
            addressees.add(bare)
            if w[-1:] in ",.!:":
                break
        if len(first) <= 4 and body[0].rstrip().endswith((",", "!", ":")):
            body.pop(0)  # "Hi Jonas," is no claim, and must not join the next line
    elif 0 < len(first) <= 2 and all(w[:1].isupper() for w in first) and body[0].rstrip().endswith(","):
        addressees.update(w.strip(",").lower() for w in first)  # a bare "Priya," opening
        body.pop(0)
    return everyone


def answered(mails: Sequence[Email]) -> list[Email]:
    """The e-mails with their addressees completed: one that names none (and greets no group) is a reply
    to the previous e-mail's writer, the first one of a thread is written to the next e-mail's writer."""
    out: list[Email] = []
    for k, mail in enumerate(mails):
        if mail.addressees or mail.greeted_all or len(mails) < 2:
            out.append(mail)
            continue
        other = mails[k - 1] if k > 0 else mails[k + 1]
        out.append(
            Email(
                mail.authors,
                other.authors - mail.authors,
                mail.subject,
                mail.sentences,
                mail.header_names,
                mail.date,
                mail.greeted_all,
                mail.domains,
            )
        )
    return out


def _date_of(value: str) -> datetime.date | None:
    """The calendar date of a Date: line ("Mon, 3 Mar 2025 09:12", "3 June 2026"); None without a year."""
    year = _YEAR.search(value)
    found = [v for k, v in numbers.quantities([w.lower() for w in re.findall(r"[\w:]+", value)]) if k == "date"]
    if not year or not found:
        return None
    month, day = divmod(int(found[0]), 100)
    try:
        return datetime.date(int(year.group()), month, day)
    except ValueError:
        return None


def _header_groups(value: str) -> list[frozenset[str]]:
    """Full names of a From:/To: value ("Priya Nair, Tom Lee" -> {priya, nair}, {tom, lee})."""
    parts = re.split(r"[,;]| and ", value)
    found = [frozenset(w.lower() for w in _CAPITALISED.findall(part)[:4]) for part in parts]
    return [g for g in found if len(g) > 1]


def _join_wrapped(lines: list[str]) -> str:
    """E-mail bodies wrap sentences across lines: join a line to the previous one unless that one ended a
    sentence or this one starts a list item."""
    out: list[str] = []
    for line in lines:
        if out and not out[-1].endswith((".", "!", "?", ":", ";")) and not line.startswith(("-", "*", "•")):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


def _is_signoff(line: str) -> bool:
    words = line.replace(",", "").split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SAME_DAY = frozenset({"today", "tonight"})
_PART_OF_DAY = frozenset({"morning", "afternoon", "evening"})


def relative_dates(lows: Sequence[str], date: datetime.date | None) -> list[float]:
    """Dates ("month * 100 + day") that "today", "this morning", "yesterday", "tomorrow" and weekday names
    stand for in an e-mail written on `date`: a weekday is its last and its next occurrence."""
    if date is None:
        return []
    out: list[datetime.date] = []
    for i, w in enumerate(lows):
        prev = lows[i - 1] if i else ""
        w = w.removesuffix("'s").removesuffix("’s")  # "before Thursday's meeting"
        if w in _SAME_DAY or (w in _PART_OF_DAY and prev == "this"):
            out.append(date)
        elif w == "yesterday":
            out.append(date - datetime.timedelta(days=1))
        elif w == "tomorrow":
            out.append(date + datetime.timedelta(days=1))
        elif w in _WEEKDAYS:
            ahead = (_WEEKDAYS.index(w) - date.weekday()) % 7
            if ahead == 0:
                out.append(date)
            if prev != "next":
                out.append(date - datetime.timedelta(days=(7 - ahead) % 7 or 7))
            if prev != "last":
                out.append(date + datetime.timedelta(days=ahead or 7))
    return [float(d.month * 100 + d.day) for d in out]
