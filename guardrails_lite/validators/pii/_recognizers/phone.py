"""Phone numbers: Presidio's `PhoneRecognizer` (libphonenumber's matcher per region; MIT licence, Microsoft),
minus hopeless regions, with cue words and a budget.

The matcher parses and validates every candidate once per region, which is what makes stock
Presidio slow. A region can only yield a match if some run of the candidate's digit groups,
less the region's trunk prefix or country code, fits the region's general number pattern, a
necessary condition of libphonenumber's own validity check; other regions are skipped. US and
CA share calling code 1 and validate against the same plan, so one of them is enough.
Numbers written with ``+`` parse the same in every region, so one region finds them.

Bounded on hostile or bulk input: a run of digit groups with more digits than any phone number
is split at wide separators (" / ", " - ", two spaces) and what is still too long is no phone
number (libphonenumber finds none in "12-12-12-..."); repeated candidates are judged once; and
only the first `_BUDGET` distinct candidates of a text go through libphonenumber (about a
millisecond each): later ones are phone numbers when their digits fit some region's number
pattern (or, after a cue word, have a plausible length), so a directory of ten thousand
numbers is scrubbed in linear time, erring on the side of scrubbing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from guardrails_lite.validators.pii._helpers.patterns import Hit
from guardrails_lite.validators.pii._helpers.windows import Anchor
from guardrails_lite.verdict import check_deadline

#: Presidio's PhoneRecognizer: score, context words, regions and leniency.
SCORE = 0.4
CONTEXT = ("phone", "number", "telephone", "cell", "cellphone", "mobile", "call")
REGIONS = ("US", "GB", "DE", "FR", "IL", "IN", "CA", "BR")
LENIENCY = 1
#: Runs of digits that may be one phone number.
ANCHOR = Anchor(re.compile(r"\d(?:[ ().\-/]{1,3}\d|\d){6,}"), 24, 8)
_PHONE_LEAD = 8  # "+44 ", "(0)": what may stand before a phone number's first digit, and a margin
_PHONE_TAIL = 12  # extensions ("x4587", "ext. 12") and time-stamp suffixes the matcher checks
# A date (2024-05-01, 01/05/2024, 1.5.2024), optionally with the hour of a time stamp after it.
_DATE_LIKE = re.compile(r"(?:[12]\d{3}([-/.])[0-3]?\d\1[0-3]?\d|[0-3]?\d([-/.])[0-3]?\d\2[12]\d{3})(?:[ T][0-2]?\d)?")
# Words that announce a phone number when they come right before it.
_PHONE_CUES = re.compile(
    r"(?i)\b(?:phone|telephone|tel|mobile|cell|cellphone|fax|call|ring|dial|text|sms|whatsapp|landline|desk)\b"
    r"[\s:.#\-]{0,3}(?:\w+\s){0,2}[\s:.#(+]*$"
)
_CUE_CHARS = 32
# ... or label it right after, as address books do: "555 0147 (mobile)", "555 0147-Office".
# Bare "home"/"work" only in brackets or hyphenated: "12345678 home delivery" is an order number.
_PHONE_LABEL_AFTER = re.compile(
    r"(?i)[ \t]{0,2}(?:[-(][ \t]?(?:home|work|desk)\b|[-(]?[ \t]?(?:mobile|cell|office|fax|landline)\b)"
)
_DIGITS = re.compile(r"\d+")
#: What the phone anchor allows between digits, dropped to count a candidate's digits in one call.
_SEPARATORS_DROPPED = str.maketrans(dict.fromkeys(" ().-/"))
# Where a run of digit groups holds several numbers: " / ", " - ", two spaces or more.
_WIDE_SEPARATOR = re.compile(r"\s*/\s*|\s+-\s+|\s{2,}")


@dataclass(frozen=True, slots=True)
class _Tables:
    matcher: Any  # phonenumbers.PhoneNumberMatcher
    plans: list[tuple[str, re.Pattern[str], str, str]]
    any_plan: re.Pattern[str]


class PhoneRecognizer:
    """Phone numbers in a text, as libphonenumber's matcher finds them in Presidio's regions (see the module)."""

    _MAX_GROUPS = 6  # a phone number has at most this many digit groups ("+1 (212) 555 01 47")
    _MAX_DIGITS = 20  # more than any phone number: 17 national digits and a country code
    _BUDGET = 64

    def __init__(
        self, regions: Sequence[str] = REGIONS, leniency: int = LENIENCY, context: Sequence[str] = CONTEXT
    ) -> None:
        self.context = tuple(context)
        self.leniency = leniency
        self.regions = tuple(regions)

    @functools.cached_property
    def _tables(self) -> _Tables:
        """libphonenumber's matcher and each region's plan, made for the first digit run that needs them:
        importing phonenumbers and compiling the plans cost a cold first call ~20 ms, and most texts have no
        such run. Racing threads may both make them, alike."""
        import phonenumbers

        plans: list[tuple[str, re.Pattern[str], str, str]] = []
        codes: set[int] = set()
        for region in self.regions:
            meta: Any = phonenumbers.PhoneMetadata.metadata_for_region(region)
            if meta is None or meta.country_code in codes:
                continue
            codes.add(meta.country_code)
            general = re.compile(str(meta.general_desc.national_number_pattern))
            plans.append((str(region), general, str(meta.national_prefix or ""), str(meta.country_code)))
        # Any region's plan at once: the same three tests as `_regions`, as one alternation.
        any_plan = re.compile(
            "|".join(
                f"(?:{re.escape(trunk)})?(?:{general.pattern})|{code}(?:{general.pattern})"
                for _, general, trunk, code in plans
            )
        )
        return _Tables(phonenumbers.PhoneNumberMatcher, plans, any_plan)

    @property
    def plans(self) -> list[tuple[str, re.Pattern[str], str, str]]:
        """(region, national number pattern, trunk prefix, country code) per region with a country code of its own."""
        return self._tables.plans

    def matcher(self, text: str, region: str, **options: Any) -> Any:
        """``phonenumbers.PhoneNumberMatcher(text, region, **options)``."""
        return self._tables.matcher(text, region, **options)

    def _regions(self, candidate: str, plus: bool) -> list[str]:
        wanted: list[str] = [self.plans[0][0]] if plus else []
        groups = _DIGITS.findall(candidate)
        for i in range(len(groups)):
            if len(wanted) == len(self.plans):
                break  # every region is in: long digit runs (tables, hostile input) end early
            digits = ""
            for g in groups[i : i + self._MAX_GROUPS]:
                digits += g
                for region, general, trunk, code in self.plans:
                    if region in wanted:
                        continue
                    if (
                        general.fullmatch(digits)
                        or (trunk and digits.startswith(trunk) and general.fullmatch(digits[len(trunk) :]))
                        or (digits.startswith(code) and general.fullmatch(digits[len(code) :]))
                    ):
                        wanted.append(region)
        return wanted

    def analyze(self, text: str, masked: str | None = None, deadline: float | None = None) -> list[Hit]:
        """Phone numbers in `text`; digit runs are looked for in `masked` (same length), if given."""
        seen: set[tuple[int, int]] = set()
        judged: dict[tuple[str, int, int, bool], list[tuple[int, int]]] = {}
        cued: dict[str, bool] = {}  # the words before a candidate repeat in tables and hostile input
        budget = self._BUDGET
        for start, end, lo, hi in self._candidates(text if masked is None else masked):
            check_deadline(deadline)
            # The matcher looks around a candidate (time stamps after it, extensions, letters glued on).
            s, e = max(lo, start - _PHONE_LEAD), min(hi, end + _PHONE_TAIL)
            before = text[max(0, start - _CUE_CHARS) : start]
            cue = cued.get(before)
            if cue is None:
                cue = cued[before] = _PHONE_CUES.search(before) is not None
            lenient = cue or _PHONE_LABEL_AFTER.match(text, end) is not None
            key = (text[s:e], start - s, end - s, lenient)
            found = judged.get(key)
            if found is None:
                if budget > 0:
                    budget -= 1
                    found = self._verify(text, s, e, start, end, lenient)
                else:
                    found = [(start - s, end - s)] if self._plausible(text[start:end], lenient) else []
                judged[key] = found
            seen.update((a + s, b + s) for a, b in found)
        return [(a, b, SCORE) for a, b in sorted(seen) if not _glued(text, a, b)]

    def _candidates(self, text: str) -> Iterator[tuple[int, int, int, int]]:
        """(start, end) of digit runs that may be one phone number each, and the bounds of their margins."""
        n = len(text)
        for m in ANCHOR.pattern.finditer(text):
            if _DATE_LIKE.fullmatch(m.group()):
                continue  # libphonenumber rejects dates and time stamps too, after parsing them per region
            if len(m.group().translate(_SEPARATORS_DROPPED)) <= self._MAX_DIGITS:
                yield m.start(), m.end(), 0, n
                continue
            # Several numbers: each piece is judged alone, its margins stop at the separators.
            at = m.start()
            pieces = _WIDE_SEPARATOR.split(m.group())
            for i, piece in enumerate(pieces):
                if 7 <= len(piece.translate(_SEPARATORS_DROPPED)) <= self._MAX_DIGITS:
                    yield at, at + len(piece), 0 if i == 0 else at, n if i == len(pieces) - 1 else at + len(piece)
                at += len(piece)
                sep = _WIDE_SEPARATOR.match(text, at)
                at = sep.end() if sep else at

    def _verify(self, text: str, s: int, e: int, start: int, end: int, lenient: bool) -> list[tuple[int, int]]:
        """libphonenumber's matches in text[s:e] touching the candidate, relative to `s`."""
        if lenient:
            # Right after "phone:", "call", "fax" ... (or labelled "(mobile)", "-Office" after it, as
            # in address books): a number of plausible length is taken even if libphonenumber has
            # no such number range (fake and newly assigned numbers).
            regions, leniency = [p[0] for p in self.plans], 0
        else:
            regions, leniency = self._regions(text[start:end], "+" in text[s:start]), self.leniency
        found: list[tuple[int, int]] = []
        for region in regions:
            covered = False
            for match in self.matcher(text[s:e], region, leniency=leniency):
                if match.end + s <= start or match.start + s >= end:
                    continue  # a number in the margin (a postcode before it) has its own anchor, if any
                found.append((match.start, match.end))
                covered |= match.start + s <= start and match.end + s >= end
            if covered:
                break  # the whole run is one number; other regions could only repeat it
        return found

    def _plausible(self, candidate: str, lenient: bool) -> bool:
        """The cheap judgement past the budget: some run of groups fits a region's plan."""
        groups = _DIGITS.findall(candidate)
        if lenient:
            return 7 <= sum(len(g) for g in groups) <= 15
        for i in range(len(groups)):
            digits = ""
            for g in groups[i : i + self._MAX_GROUPS]:
                digits += g
                if self._tables.any_plan.fullmatch(digits):
                    return True
        return False


def _glued(text: str, start: int, end: int) -> bool:
    """True if text[start:end] is the tail or head of a hyphenated identifier such as TCK-2024-000123."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    # A trailing "-Fax" (vCard labels) is fine; a trailing "-12" continues the identifier.
    return (len(before) == 2 and before[1] in "-_/" and before[0].isalnum()) or (
        len(after) == 2 and after[0] in "-_/" and after[1].isdigit()
    )
