"""Numbers, amounts, durations, times and dates of a token list, in one comparable form.

"two weeks" and "14 days" are both a duration of 20160 minutes; "9:10 to 11:40" is also a duration
of 150 minutes; "12 September" and "September 12th" are the same date. A claim's quantity is
supported by an equal quantity of the source sentence, or (when the claim says it is a total, a
half, a double or a difference) by that arithmetic on the source's figures of the same kind.
Every scan is one pass over the tokens.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence

from guardrails_lite._memo import short_memo

Quantity = tuple[str, float]  # (kind, value): kind "n" (plain number), "money:eur", "dur", "time", "date", "pct"

_NUM = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?$")
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})$")
WORDS = {
    w: float(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
} | {
    "thirty": 30.0,
    "forty": 40.0,
    "fifty": 50.0,
    "sixty": 60.0,
    "seventy": 70.0,
    "eighty": 80.0,
    "ninety": 90.0,
    "hundred": 100.0,
    "dozen": 12.0,
    "couple": 2.0,
    "single": 1.0,
    "both": 2.0,
}
_SCALE = {"hundred": 100.0, "thousand": 1000.0, "k": 1000.0, "million": 1e6, "m": 1e6, "bn": 1e9, "billion": 1e9}
_CURRENCY = {
    "eur": "eur", "euro": "eur", "euros": "eur", "€": "eur", "usd": "usd", "$": "usd", "dollars": "usd",
    "dollar": "usd", "gbp": "gbp", "£": "gbp", "pounds": "gbp", "chf": "chf", "francs": "chf",
}  # fmt: skip
CURRENCY_CODES = frozenset(k for k in _CURRENCY if len(k) == 3 and k.isalpha() and k == _CURRENCY[k])
# Durations in minutes.
_DURATION = {
    "minute": 1.0, "minutes": 1.0, "min": 1.0, "mins": 1.0, "hour": 60.0, "hours": 60.0, "hrs": 60.0, "h": 60.0,
    "day": 1440.0, "days": 1440.0, "night": 1440.0, "nights": 1440.0, "week": 10080.0, "weeks": 10080.0,
    "fortnight": 20160.0, "fortnights": 20160.0, "month": 43830.0, "months": 43830.0, "year": 525960.0,
    "years": 525960.0, "quarter": 131490.0,
}  # fmt: skip
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        "january:jan february:feb march:mar april:apr may june:jun july:jul august:aug september:sep:sept "
        "october:oct november:nov december:dec".split()
    )
    for m in names.split(":")
}
_FRACTIONS = {
    "half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3, "fifth": 0.2, "fifths": 0.2,
    "tenth": 0.1, "tenths": 0.1,
}  # fmt: skip
_OF_THE = frozenset({"the", "their", "our", "its", "his", "her", "your", "this", "that", "these", "those"})
_PERCENT = frozenset({"%", "percent", "per", "pct"})
_DEGREES = frozenset({"°", "degrees", "degree", "°c", "°f"})
# Cues that a claim's figure is computed from the sources' figures.
ARITHMETIC_CUES = frozenset(
    "total altogether combined together overall sum half double twice triple difference more less fewer each "
    "apiece per both after before later earlier between fewer".split()
)
# Words that also say a figure may be computed, but carry content of their own ("below the cap", "saves").
COMPUTING = ARITHMETIC_CUES | frozenset(
    "below above over under extra saves saving savings remaining rest left short cheaper higher lower increase "
    "reduces reduced cut rise drop year annual including includes plus exceed exceeds exceeded exceeding warmed "
    "cooled fell falls fall dropped drops rose rises leaving leaves remains remained overdue past beyond".split()
)
# Words of a balance or a shortfall: what is owed or missing is a difference of stated figures.
_BALANCE = frozenset("owed owing outstanding balance shortfall".split())
_TOTAL_VERBS = frozenset("come comes came coming add adds added adding amount amounts amounted".split())
_TOTAL_PAIRS = frozenset({("in", "all"), ("all", "told"), ("all", "in")})  # "530 GBP in all", "all told"


def computes(lows: Sequence[str]) -> bool:
    """The claim says a figure is computed: a cue word (`COMPUTING`, a balance owed), a total ("come to
    750 EUR", "adds up to", "in all"), or a part of a whole ("25 of the 120 chairs")."""
    if not COMPUTING.isdisjoint(lows) or not _BALANCE.isdisjoint(lows):
        return True
    n = len(lows)
    parts = False
    for k in range(n - 1):
        w, nxt = lows[k], lows[k + 1]
        if (w in _TOTAL_VERBS and nxt in ("to", "up") and k + 2 < n) or (w, nxt) in _TOTAL_PAIRS:
            return True
        if nxt == "than" and w.endswith("er"):  # "2 mm thinner than", "2 C colder than": a difference
            return True
        if w == "of" and not parts:  # "25 of the 120 chairs", "Of the 212 recipients, 209 ..."
            j = k + 2 if nxt in _OF_THE else k + 1
            parts = j < n and _value(lows[j]) is not None
    # a part of a whole needs a second figure (counted once, not per "of")
    return parts and sum(1 for x in lows if _value(x) is not None) >= 2


_APPROX = frozenset("about around roughly approximately nearly almost some circa just".split())
APPROX = _APPROX  # a figure's approximation: no content word of a claim ("down for almost three hours")
# A figure given as a bound is supported by any stated figure on the right side of it.
_AT_LEAST = frozenset({("more", "than"), ("over",), ("above",), ("at", "least"), ("upwards", "of"), ("exceeding",)})
_AT_MOST = frozenset(
    {("less", "than"), ("fewer", "than"), ("under",), ("below",), ("up", "to"), ("at", "most"), ("within",)}
    | {("many", "as"), ("much", "as")}  # "as many as 100 guests"
)
_CLOCK = {"am": 0, "a.m": 0, "a.m.": 0, "pm": 12, "p.m": 12, "p.m.": 12}
CLOCK_WORDS = frozenset(_CLOCK)
_CLOCK_TOKEN = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?(am|pm)$")
_FILLER = frozenset("more extra additional further full whole working business calendar straight".split())
UNIT_WORDS = frozenset(_CURRENCY) | frozenset(_DURATION) | frozenset(_FRACTIONS) | _PERCENT | frozenset(_SCALE)
_STARTS = frozenset(WORDS) | frozenset(MONTHS) | frozenset(_FRACTIONS) | {"a", "an"}
TRIGGERS = frozenset(WORDS) | frozenset(MONTHS) | frozenset(_FRACTIONS) | frozenset(_DURATION)
_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)$")


@short_memo(maxsize=8192)
def _value(tok: str) -> float | None:
    """The number a token spells ("1,200", "twelve", "3rd"), or None; cached: the scans ask each token often."""
    low = tok.lower()
    if not low[:1].isdigit():
        return WORDS.get(low) if "-" not in low else hyphenated(low)
    if _NUM.match(low):
        return float(low.replace(",", ""))
    if low in WORDS:
        return WORDS[low]
    m = _ORDINAL.match(low)
    return float(m.group(1)) if m else None


def hyphenated(low: str) -> float | None:
    """ "twenty-five", "ninety-nine": tens and units written with a hyphen."""
    tens, _, units = low.partition("-")
    t, u = WORDS.get(tens), WORDS.get(units)
    return t + u if t is not None and u is not None and t >= 20 and t % 10 == 0 and 1 <= u <= 9 else None


def plain_value(tok: str) -> float | None:
    """The value of a number token ("38", "1,000", "three"), None for anything else (dates, times, "one")."""
    return None if tok in ("one", "a", "an") or ":" in tok else _value(tok)


def quantities(lows: Sequence[str]) -> list[Quantity]:
    """All quantities of a lower-cased token list, including spans ("from 9:10 to 11:40")."""
    if TRIGGERS.isdisjoint(lows) and not any(w[:1].isdigit() for w in lows):
        if not any("-" in w and (hyphenated(w) is not None or unit_compound(w)) for w in lows):
            return []  # most sentences state no figure: one set test instead of the scan
    joined = "".join(lows)
    spelled = "-" in joined or (("'s" in joined or "’s" in joined) and any(_POSSESSIVE_NUMBER.match(w) for w in lows))
    return _Scan(_spelled(lows) if spelled else lows).run()


# "a 12-hour slot", "a three-day booking", "the 14-day retention period": a number and a unit of time in one word
_UNIT_COMPOUND = re.compile(r"([a-z]+|\d{1,3}(?:,\d{3})*(?:\.\d+)?)-(minute|hour|day|night|week|month|year)s?$")


def unit_compound(low: str) -> bool:
    """ "12-hour", "three-day": a number and a unit of time written as one word."""
    found = _UNIT_COMPOUND.match(low)
    return found is not None and _value(found.group(1)) is not None


_MEASURE_COMPOUND = re.compile(r"\d+(?:\.\d+)?(?:-[a-z]+){1,3}$")
_POSSESSIVE_NUMBER = re.compile(r"(\d+)['’]s$")  # "Plot 31's tap"


def _spelled(lows: Sequence[str]) -> list[str]:
    """The tokens as the scan reads them: "twenty-five" as "25", "12-hour" as "12 hour", "31's" as "31"."""
    out: list[str] = []
    for w in lows:
        unit = _UNIT_COMPOUND.match(w) if "-" in w else None
        if unit and _value(unit.group(1)) is not None:
            out += [_digits(unit.group(1)), unit.group(2)]
            continue
        if "-" in w and _MEASURE_COMPOUND.match(w):  # "a 10-litre mixer", "EUR 180-a-night": figure and unit
            out += w.split("-")
            continue
        owner = _POSSESSIVE_NUMBER.match(w) if "'" in w or "’" in w else None
        out.append(owner.group(1) if owner else _digits(w))
    return out


def _digits(w: str) -> str:
    """ "twenty-five" as "25" (the scan reads digits and single number words)."""
    value = hyphenated(w) if "-" in w and not w[:1].isdigit() else None
    return str(int(value)) if value is not None else w


_ARTICLES = frozenset({"a", "an"})
_AFTER_ARTICLE = frozenset(_FRACTIONS) | frozenset(_DURATION)
_BEFORE_MONTH = frozenset("in of by until till since from to early late mid end before after during".split())
_RANGE_JOIN = frozenset({"-", "–", "to", "and", "or", "until", "till"})
_WEEKDAY_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun".split()
)


class _Scan:
    """One pass over the tokens; each step reads the figure starting at a token and says where to go on."""

    def __init__(self, lows: Sequence[str]) -> None:
        self.lows, self.n = lows, len(lows)
        self.out: list[Quantity] = []
        self.times: list[tuple[int, float]] = []
        self.dates: list[tuple[int, float]] = []
        self.share = 0.0  # "a fifth of the 5,000 brackets": the next figure's share, also a figure (1,000)
        self.units: list[tuple[int, int]] = []  # (number, unit) positions of each duration read

    def run(self) -> list[Quantity]:
        i = 0
        # Only these tokens begin anything below: the loop visits them (past what a figure has taken), not every token.
        for k in [k for k, w in enumerate(self.lows) if w[:1].isdigit() or w in _MAY_BEGIN]:
            if k < i:
                continue
            i = k
            w = self.lows[i]
            if not w[:1].isdigit() and w not in _STARTS:
                if w in ("noon", "midday"):
                    self.out.append(("time", 720.0))
                elif w == "the" and i + 2 < self.n and self.lows[i + 2] in _BEFORE_AFTER:
                    unit = _DURATION.get(self.lows[i + 1])  # "the day before", "the week after": one of it
                    if unit:
                        self.out.append(("dur", unit))
                continue  # cannot begin a figure: skip the checks below
            if w in _ARTICLES and _after_fillers(self.lows, i + 1) not in _AFTER_ARTICLE:
                continue  # "a"/"an" is a figure only before a fraction or a unit of time ("a week", "a half")
            i = self._time(i) or self._date(i) or self._amount(i)
        durations = [v for k, v in self.out if k == "dur"]
        if len(durations) == 2 and durations[1] < durations[0] and not self._days_and_nights():
            # "1 hour 30 minutes", "2 days and 4 hours"
            self.out.append(("dur", durations[0] + durations[1]))
            if self._one_duration():  # "eight hours and forty minutes": its parts are not figures of their own
                self.out = [q for q in self.out[:-1] if q[0] != "dur"] + self.out[-1:]
        elif len(durations) > 2:
            self._adjacent_durations()
        if len(self.times) < 2 and len(self.dates) < 2:
            return self.out  # a span needs two times or two dates
        return self.out + _spans(self.lows, self.times, "time") + _spans(self.lows, self.dates, "date")

    def _adjacent_durations(self) -> None:
        """ "3 hours 10 minutes, including a 40-minute check": with more durations than two, each one written
        in two units straight after each other is their sum."""
        lows, units = self.lows, self.units
        for (a, unit), (b, _) in itertools.pairwise(units):
            if b == unit + 1 or (b == unit + 2 and lows[unit + 1] == "and"):
                first, second = _value(lows[a]), _value(lows[b])
                big, small = _DURATION.get(lows[unit]), _DURATION.get(lows[b + 1] if b + 1 < self.n else "")
                if first is not None and second is not None and big and small and small < big:
                    self.out.append(("dur", first * big + second * small))

    def _days_and_nights(self) -> bool:
        """ "three days and two nights" counts one stay twice: two figures, not a sum of five days."""
        units = {self.lows[u] for _, u in self.units if u < self.n}
        return len(self.units) == 2 and bool(units & {"day", "days"}) and bool(units & {"night", "nights"})

    def _one_duration(self) -> bool:
        """The two durations read are one, in two units: the second follows the first's unit (after "and")."""
        if len(self.units) != 2:
            return False
        (_, unit), (start, _) = self.units
        return start == unit + 1 or (start == unit + 2 and self.lows[unit + 1] == "and")

    def _add(self, kind: str, value: float, i: int) -> None:
        self.out.append((kind, value))
        if kind in ("time", "date"):
            (self.times if kind == "time" else self.dates).append((i, value))

    def _time(self, i: int) -> int:
        """ "2pm", "9:30am", "9:30 p.m.", "14:20": the index after it, or 0 if it is no clock time."""
        w = self.lows[i]
        clock = _CLOCK_TOKEN.match(w)
        if clock:
            self._add(
                "time", float((int(clock.group(1)) % 12 + _CLOCK[clock.group(3)]) * 60 + int(clock.group(2) or 0)), i
            )
            return i + 1
        after = self.lows[i + 1] if i + 1 < self.n else ""
        told = (
            after in ("past", "to") and i > 0 and self.lows[i - 1] in _AT_CLOCK and self._told_time(i, after == "past")
        )
        if told:
            return told
        # "14:20"; "2.30 pm" only with its am/pm (else "2.30" is a number)
        t = _TIME.match(w) if ":" in w or ("." in w and after in _CLOCK) else None
        if not t:
            return 0
        pm = 12 if after in _CLOCK and _CLOCK[after] and int(t.group(1)) < 12 else 0
        self._add("time", float((int(t.group(1)) + pm) * 60 + int(t.group(2))), i)
        return i + 1

    def _told_time(self, i: int, past: bool) -> int:
        """ "at twenty past eleven (in the morning)", "at quarter to three": the index after it, or 0."""
        w, lows = self.lows[i], self.lows
        minutes = {"half": 30.0, "quarter": 15.0}.get(w) or _value(w)
        hour = _value(lows[i + 2]) if i + 2 < self.n else None
        if not minutes or not hour or not (1 <= minutes < 60 and 1 <= hour <= 12 and hour == int(hour)):
            return 0
        later = lows[i + 3 : i + 6]
        if not past and _DAY_PARTS.isdisjoint(later):
            return 0  # "from five to ten people", "5 to 10 September": a range; "quarter to three in the afternoon"
        at = hour * 60 + minutes if past else (hour - 1) * 60 + 60 - minutes
        if hour < 12 and not _LATER_WORDS.isdisjoint(later):
            at += 720  # "in the afternoon", "pm"
        self._add("time", at, i)
        return i + 3

    def _date(self, i: int) -> int:
        """A month with its day before or after it ("12 September", "Sept 12th")."""
        lows, w = self.lows, self.lows[i]
        if w not in MONTHS or (
            w == "may" and i > 0 and lows[i - 1] not in _BEFORE_MONTH and _value(lows[i - 1]) is None
        ):
            return 0
        day = _value(lows[i - 1]) if i > 0 else None
        if day is None and i > 1 and lows[i - 1] == "of" and _ORDINAL.match(lows[i - 2]):
            day = _value(lows[i - 2])  # "the 14th of April"
        after = day is None and i + 1 < self.n and _value(lows[i + 1]) is not None
        if after:
            day = _value(lows[i + 1])
        if day is not None and 1 <= day <= 31:
            self._add("date", float(MONTHS[w] * 100 + day), i)
            return i + 2 if after else i + 1
        if w != "may" or (i > 0 and lows[i - 1] in _BEFORE_MONTH):
            self.out.append(("month", float(MONTHS[w])))  # "in June": the month, no day
        return i + 1

    def _amount(self, i: int) -> int:
        """A number (digits or words, with fractions and scales) and what it counts: a duration, money, a
        percentage, a clock hour, a day of a month named after a range ("24-25 April"), or a plain number."""
        lows, n = self.lows, self.n
        v, j = _number_at(lows, i)
        if v is None:
            w = lows[i]
            # "half an hour", "a quarter of an hour": one duration (its "an hour" is not a second one)
            k = i + 2 if i + 2 < n and lows[i + 1] == "of" and lows[i + 2] in ("an", "a") else i + 1
            if w in _FRACTIONS and k + 1 < n and lows[k] in ("an", "a") and lows[k + 1] in _DURATION:
                # "less than half an hour": a bound, as "less than 30 minutes" is
                self.out.append((_bound(lows, i) + "dur", _FRACTIONS[w] * _DURATION[lows[k + 1]]))
                return k + 2
            if w in _FRACTIONS and w != "quarter" and k < n and lows[i + 1] == "of":
                k = i + 3 if i + 2 < n and lows[i + 2] in _OF_THE else i + 2
                if k < n and _value(lows[k]) is not None:
                    self.share = _FRACTIONS[w]  # "half of the 40 seats": 20 seats too
            return i + 1
        nxt = lows[j] if j < n else ""
        if nxt in MONTHS and 1 <= v <= 31 and j == i + 1:
            return j  # the day of a date: the month's step reads it
        if nxt == "of" and j + 1 < n and lows[j + 1] in MONTHS and _ORDINAL.match(lows[i]):
            return j  # "the 14th of April": the month's step reads it too
        if nxt in _CLOCK and v <= 12:  # "2 pm"
            self._add("time", float((int(v) % 12 + _CLOCK[nxt]) * 60), i)
            return j + 1
        if nxt == "o'clock" and v <= 24:  # "8 o'clock"
            self._add("time", float(int(v) * 60), i)
            return j + 1
        step = _per(lows, j) if j == i + 1 else 0
        if step and (of := _value(lows[j + step])) and v < of <= 1000:
            self.out.append(("pct", v / of * 100))  # "one in five": 20 %, not two figures of their own
            return j + step + 1
        k = j + 2 if j + 1 < n and lows[j + 1] in _WEEKDAY_NAMES else j + 1  # "21 to Monday 25 May"
        if nxt in _RANGE_JOIN and k + 1 < n and _value(lows[k]) is not None and lows[k + 1] in MONTHS:
            if 1 <= v <= 31:  # "24-25 April"; "65,000-75,000 EUR" and "two to three weeks" take the unit below
                self._add("date", float(MONTHS[lows[k + 1]] * 100 + v), i)
                return j
        if 0 < v < 1 and nxt == "of":
            k = j + 2 if j + 1 < n and lows[j + 1] in _OF_THE else j + 1
            if k < n and _value(lows[k]) is not None:
                self.share = v
        elif self.share:
            share, self.share = self.share, 0.0
            self._amount_kind(lows, i, j, v * share)
        return self._amount_kind(lows, i, j, v)

    def _amount_kind(self, lows: Sequence[str], i: int, j: int, v: float) -> int:
        """Adds the number `v` read at `i` (its unit at `j`) with its kind; the index after it."""
        n = self.n
        prev = lows[i - 1] if i > 0 else ""
        nxt = lows[j] if j < n else ""
        plus = nxt == "+" and j + 1 < n and lows[j + 1] in _DURATION  # "8+ years": at least eight years
        if plus:
            j += 1
            nxt = lows[j]
        if nxt in _RANGE_JOIN and j + 2 < n and _value(lows[j + 1]) is not None:
            unit = lows[j + 2]
            nxt = unit if unit in _DURATION or unit in _CURRENCY or unit in _PERCENT or unit in _DEGREES else nxt
        approx = ">" if plus else _bound(lows, i) or ("~" if any(x in _APPROX for x in lows[max(0, i - 3) : i]) else "")
        if nxt in _DURATION:
            extra, more, end = _and_more(lows, j)
            self.out.append((approx + "dur", (v + extra) * _DURATION[nxt] + more))
            self.units.append((i, j))
            j = end
        elif nxt in _CURRENCY or prev in _CURRENCY:
            self.out.append((f"{approx}money:{_CURRENCY.get(nxt) or _CURRENCY[prev]}", v))
        elif nxt in _PERCENT:
            self.out.append((approx + "pct", v))
        elif nxt in _DEGREES or (nxt in _SCALE_LETTERS and (j == i + 1) and _temperature_letter(lows, j)):
            # "−41 °C", "minus 5 degrees", "-80 C": a temperature, signed
            self.out.append((approx + "temp", -v if _minus(lows, i) else v))
        else:  # "the night-time low was minus 4", "our -80 freezer": signed, as "-4 °C" is
            self.out.append((approx + "n", -v if prev == "minus" or (prev in _MINUS and _minus(lows, i)) else v))
        return max(j, i + 1)


_AND_FRACTION = {("a", "half"): 0.5, ("an", "half"): 0.5, ("a", "quarter"): 0.25, ("three", "quarters"): 0.75}


def _and_more(lows: Sequence[str], j: int) -> tuple[float, float, int]:
    """What follows a duration's unit at `j` and belongs to it: (a fraction of the unit, minutes, the index to
    scan on from): "an hour *and a half*", "an hour *and three quarters*", "two hours *and 20 minutes*" (a
    smaller unit only: "two weeks and three days" too, not "three days and two weeks")."""
    if j + 2 >= len(lows) or lows[j + 1] != "and":
        return 0.0, 0.0, j
    fraction = _AND_FRACTION.get((lows[j + 2], lows[j + 3])) if j + 3 < len(lows) else None
    if fraction is not None:
        return fraction, 0.0, j + 4
    count = _value(lows[j + 2]) if j + 3 < len(lows) else None
    unit = _DURATION.get(lows[j + 3], 0.0) if j + 3 < len(lows) else 0.0
    if count is not None and 0 < unit < _DURATION[lows[j]]:
        return 0.0, count * unit, j + 4
    return 0.0, 0.0, j


# Words before a clock time told in words ("at twenty past eleven"), and the parts of the day after it.
_AT_CLOCK = frozenset("at from until till by around about after before since".split())
_LATER_WORDS = frozenset("afternoon evening night pm p.m p.m. tonight".split())
_DAY_PARTS = _LATER_WORDS | frozenset("morning am a.m a.m. o'clock".split())
_MINUS = frozenset({"−", "-"})


def _minus(lows: Sequence[str], i: int) -> bool:
    """The number at `i` is negative: "minus", or a minus sign not between two figures ("pages 10 - 12")."""
    prev = lows[i - 1] if i > 0 else ""
    return prev == "minus" or (prev in _MINUS and not (i > 1 and lows[i - 2][:1].isdigit()))


# "12 C", "-80 C", "451 F": a bare scale letter after a figure is a temperature (not "5 c" of a list of options).
_SCALE_LETTERS = frozenset({"c", "f"})


def _temperature_letter(lows: Sequence[str], j: int) -> bool:
    """The scale letter at `j` ends its clause or is followed by a word that cannot be an option's text: the
    sentence's end, punctuation, a joining or comparing word ("12 C to 19 C", "-80 C setting")."""
    after = lows[j + 1] if j + 1 < len(lows) else ""
    return not after[:1].isalpha() or after in _AFTER_TEMPERATURE


_AFTER_TEMPERATURE = frozenset(
    "to and or by before after during since until when while for in at on overnight setting target "
    "was is were had has range limit below above under over short colder warmer hotter cooler higher lower "
    "it which that than the its their".split()
)

_ARTICLE_FILLER = frozenset("extra additional further full whole working business calendar".split())


def _after_fillers(lows: Sequence[str], k: int) -> str:
    """The word at `k` past a few fillers ("an *extra* day", "a *full* week"), or ""."""
    end = min(len(lows), k + 3)
    while k < end and lows[k] in _ARTICLE_FILLER:
        k += 1
    return lows[k] if k < len(lows) else ""


_PER = (("in",), ("of", "every"), ("out", "of", "every"), ("out", "of"), ("in", "every"))


def _per(lows: Sequence[str], j: int) -> int:
    """The length of "in", "of every", "out of (every)" at `j` before a number ("five of every six"), or 0."""
    for words in _PER:
        end = j + len(words)
        if end < len(lows) and tuple(lows[j:end]) == words and _value(lows[end]) is not None:
            return len(words)
    return 0


def _number_at(lows: Sequence[str], i: int) -> tuple[float | None, int]:
    """The number starting at `i` ("two and a half", "three quarters of", "1.2 million", "a") and the index
    of the word after it and its fillers ("two more weeks")."""
    n, w = len(lows), lows[i]
    v = _value(w)
    nxt1 = lows[i + 1] if i + 1 < n else ""
    half = lows[i + 1 : i + 4] in (["and", "a", "half"], ["and", "an", "half"])  # "one and a half hours"
    ratio = nxt1 == "in" and i + 2 < n and 1 < (_value(lows[i + 2]) or 0) <= 1000  # "one in five"
    if w == "one" and not (
        nxt1 in _DURATION or nxt1 in _CURRENCY or nxt1 in _FILLER or nxt1[:1].isdigit() or half or ratio
    ):
        return None, i + 1  # "set one up", "no one": a pronoun, not a figure
    rate = i > 0 and (lows[i - 1] in _CURRENCY or lows[i - 1][:1].isdigit() or lows[i - 1] in _CURRENCY.values())
    unit = _after_fillers(lows, i + 1) if w in ("a", "an") else ""
    if v is None and w in ("a", "an") and (nxt1 in _FRACTIONS or (unit in _DURATION and not rate)):
        v = 1.0  # "a week", "an extra day", "a half"; "EUR 180 a night" is a rate
    if v is None:
        return None, i + 1
    j = i + 1
    if j + 2 < n and lows[j] == "and" and lows[j + 1] in ("a", "an") and lows[j + 2] in _FRACTIONS:
        v += _FRACTIONS[lows[j + 2]]
        j += 3
    elif j < n and lows[j] in _FRACTIONS and v > 0:
        v *= _FRACTIONS[lows[j]]
        j += 1
        if j + 1 < n and lows[j] == "of" and lows[j + 1] in ("a", "an"):
            j += 2
    if j < n and lows[j] in _SCALE:
        v *= _SCALE[lows[j]]
        j += 1
    while j < n and lows[j] in _FILLER:
        j += 1
    return v, j


_BEFORE_AFTER = frozenset("before after earlier later".split())
_MAY_BEGIN = _STARTS | {"noon", "midday", "the"}  # what `_Scan.run` reads a figure (or "the day before") from
_MORE = frozenset({"more", "higher", "dearer", "longer", "later", "over", "above"})
_LESS = frozenset({"less", "lower", "cheaper", "fewer", "shorter", "earlier", "under", "below"})


def compared(lows: Sequence[str], found: Sequence[Quantity]) -> list[Quantity]:
    """The other side of a stated comparison: "2,400 GBP, which is 600 GBP more than the Barn" says the Barn
    costs 1,800 GBP; "3,200 GBP a month - 400 GBP less than we pay now" says now is 3,600 GBP."""
    if "than" not in lows:
        return []  # most sentences compare nothing: one scan in C instead of a test per token
    cue = next((w for k, w in enumerate(lows[:-1]) if lows[k + 1] == "than" and (w in _MORE or w in _LESS)), "")
    if not cue:
        return []
    amounts = [q for q in found if base(q[0]).split(":")[0] in ("money", "n", "dur", "pct")]
    out: list[Quantity] = []
    for a, d in itertools.pairwise(amounts):
        if base(a[0]) == base(d[0]) and d[1] < a[1]:
            out.append((base(a[0]), a[1] - d[1] if cue in _MORE else a[1] + d[1]))
    return out


def _bound(lows: Sequence[str], i: int) -> str:
    """ ">" for "more than 200", "<" for "under 50"; "" if the figure is not given as a bound."""
    before = tuple(lows[max(0, i - 2) : i])
    if before in (("more", "than"), ("less", "than"), ("fewer", "than")) and i > 2 and lows[i - 3] in ("no", "not"):
        return "<" if before[0] == "more" else ">"  # "no more than 20": at most 20; "not less than 20": at least
    for cue in (before[-1:], before[-2:]):
        if cue in _AT_LEAST:
            return ">"
        if cue in _AT_MOST:
            # "add up to 3,500 EUR", "it all adds up to 12 hours": a total, not a ceiling
            return "" if cue == ("up", "to") and i > 2 and lows[i - 3] in _ADD_UP else "<"
    return ""


_ADD_UP = frozenset("add adds added adding".split())


def _spans(lows: Sequence[str], points: list[tuple[int, float]], kind: str) -> list[Quantity]:
    """Durations between two times or two dates joined by to / until / - / and."""
    out: list[Quantity] = []
    for (i, a), (j, b) in itertools.pairwise(points):
        if 0 < j - i <= 4 and any(w in ("to", "until", "till", "-", "–", "and", "through") for w in lows[i + 1 : j]):
            if kind == "time" and b > a:
                out.append(("dur", b - a))
            elif kind == "time" and a >= _EVENING and b <= _MORNING:  # "22:00 to 04:00": through the night
                out.append(("dur", b + _DAY - a))
            elif kind == "date":
                days = _day_of_year(b) - _day_of_year(a)
                if days > 0:  # "18 to 20 August": two days apart, three days counted in
                    out += [("dur", days * 1440.0), ("dur", (days + 1) * 1440.0)]
    return out


_EVENING, _MORNING = 18 * 60.0, 8 * 60.0


def _day_of_year(date: float) -> int:
    month, day = divmod(int(date), 100)
    return sum((31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[: month - 1]) + day


def same(a: Quantity, b: Quantity) -> bool:
    """Equal quantities; a claim's approximate figure ("just under fifty minutes") may be within 10 %."""
    ka, kb = a[0], b[0]
    # Most pairs are two plain kinds (no ~ < > mark, no month, no duration): decided without the cases below.
    if ka[:1] not in "<>~" and kb[:1] not in "<>~" and ka not in _SLOW_KINDS and kb not in _SLOW_KINDS:
        if ka == kb:
            return abs(a[1] - b[1]) < 1e-6
        if ka != "n" and kb != "n":
            return False
    return same_marked(a, b)


def same_marked(a: Quantity, b: Quantity) -> bool:
    """`same` for every pair: bounds, approximations, months and durations included."""
    if a[0][:1] in "<>" and a[0][1:] == b[0].lstrip("~<>") and b[0][:1] not in "<>":
        return b[1] >= a[1] if a[0][0] == ">" else b[1] <= a[1]
    if a[0][:1] in "<>" and b[0][:1] in "<>":
        # Two bounds state one limit: the same side and figure ("up to 20" for "no more than 20"). A limit turned
        # round ("more than 20 people" for "no more than 20 people", review r16b M11) or restated with another
        # figure ("up to 150 guests" for "up to 100 guests") is another limit.
        return a[0][0] == b[0][0] and base(a[0]) == base(b[0]) and abs(a[1] - b[1]) < 1e-6
    if a[0].startswith("~"):
        kind = a[0][1:]
        if kind != b[0].lstrip("~") and "n" not in (kind, b[0].lstrip("~")):
            return False
        return abs(a[1] - b[1]) <= 0.1 * max(abs(a[1]), abs(b[1]))
    a = (a[0].lstrip("<>"), a[1])
    b = (b[0].lstrip("~<>"), b[1])
    if "month" in (a[0], b[0]):  # "in June" is any date of June
        if a[0] == "date":
            return False  # but "April 2023" states no day: it does not hold "on 8 April"
        months = [v if k == "month" else v // 100 for k, v in (a, b) if k in ("month", "date")]
        return len(months) == 2 and months[0] == months[1]
    if a[0] != b[0] and "n" not in (a[0], b[0]):
        return False
    if a[0] == "dur" or b[0] == "dur":
        return a[0] == b[0] and abs(a[1] - b[1]) <= 0.02 * max(a[1], b[1])
    return abs(a[1] - b[1]) < 1e-6


_SLOW_KINDS = frozenset({"month", "dur"})
# Words that say a figure is half or double another: without one, "rose by 20%" is no double of a stated 10%.
HALVING = frozenset("half halved halve halving halves double doubled doubling doubles twice".split())


def supported(q: Quantity, pool: Iterable[Quantity], arithmetic: bool, halving: bool = False) -> bool:
    """`q` equals a quantity of `pool`, or (with `arithmetic`) a sum, difference or product, and (with
    `halving` too) a half or a double."""
    items = list(pool)
    for p in items:
        if same(q, p):
            return True
    kind, value = q[0].lstrip("~<>"), q[1]
    if kind == "pct":  # "a 4% increase": the change between two stated amounts
        amounts = [v for k, v in items if k.lstrip("~<>").startswith("money") or k == "n"]
        for a in amounts:
            if a and any(abs(abs(b - a) / a * 100 - value) < 0.51 for b in amounts if b != a):
                return True
    if not arithmetic:
        return False
    same_kind = [v for k, v in items if k.lstrip("~<>") == kind or (kind == "n" and k != "date")]
    plain = [v for k, v in items if k == "n"]
    # "131,700 descents between them" for "The counters read 38,500, 41,200 and 52,000": the total of a
    # sentence's three or more figures of the kind (a pair's sum is below), without the count of them
    # ("The three machines show 12,400, 15,100 and 9,800")
    listed = [v for k, v in items if k == q[0]]
    count = len(listed) - 1
    if len(listed) >= 3 and any(abs(t - value) < 1e-6 for t in (sum(listed), sum(listed) - count) if t != count):
        return True
    for k, a in enumerate(same_kind):
        if halving and (abs(a / 2 - value) < 1e-6 or abs(a * 2 - value) < 1e-6):
            return True
        for b in same_kind[k + 1 :]:
            if abs(a + b - value) < 1e-6 or abs(abs(a - b) - value) < 1e-6:
                return True
        if any(abs(a * c - value) < 1e-6 or (c and abs(a / c - value) < 1e-6) for c in plain if c not in (0.0, a)):
            return True
    return False


def date_gaps(items: Sequence[Quantity]) -> list[Quantity]:
    """Durations between any two stated dates ("four weeks after the beta opens" from 10 March and 7 April)."""
    dates = sorted({_day_of_year(v) for k, v in items if k == "date"})[:24]
    return [("dur", (b - a) * 1440.0) for i, a in enumerate(dates) for b in dates[i + 1 :]]


def base(kind: str) -> str:
    """A quantity's kind without its approximation or bound mark ("~money:eur" -> "money:eur")."""
    return kind.lstrip("~<>")


def family(kind: str) -> str:
    """What a figure measures: "date" for dates and months, "money" for any currency, else its kind."""
    k = base(kind).split(":")[0]
    return "date" if k == "month" else k


def close(q: Quantity, value: float) -> bool:
    """A computed `value` matches the claim's figure `q`: exactly, within 2 % for a duration or 10 % for an
    approximate figure ("almost four months"), or on the right side of a bound ("more than 200")."""
    kind = q[0]
    if kind[:1] in "<>":
        return value >= q[1] if kind[0] == ">" else value <= q[1]
    tol = 0.1 if kind[:1] == "~" else (0.1 if _coarse(q) else 0.02) if base(kind) == "dur" else 0.0
    return abs(value - q[1]) <= max(1e-6, tol * max(abs(value), abs(q[1])))


@functools.lru_cache(maxsize=4096)
def _coarse(q: Quantity) -> bool:
    """A duration in whole weeks, months or years of two or more ("four weeks" for 4 to 29 May): written
    round, so a computed span within 10 % of it is the same span."""
    if base(q[0]) != "dur":
        return False
    return any(q[1] >= 2 * unit and abs(q[1] / unit - round(q[1] / unit)) < 1e-6 for unit in (_WEEK, _MONTH, _YEAR))


_DAY, _WEEK, _MONTH, _YEAR = 1440.0, 10080.0, 43830.0, 525960.0
DAY_MINUTES = _DAY


def derivable(
    q: Quantity,
    core: Sequence[Quantity],
    pool: Sequence[Quantity],
    arithmetic: bool,
    memo: dict[tuple[frozenset[str], str], list[float]] | None = None,
    shifts: bool = True,
    per_unit: bool = False,
) -> bool:
    """`q` is one step of arithmetic on stated figures: the gap between two dates or two clock times, a
    date or time moved by a duration, a ratio or a percentage; with `arithmetic` (the claim says it computes:
    "in total", "below", "saves") also a sum, a difference or an amount times a count. When `core` (the
    figures of the claim's own source sentence) holds figures of the kinds used, one operand must be one of
    them: a figure that differs from its sentence's must relate to it."""
    kind = base(q[0])
    # A bound ("more than five hours", "just over two weeks") is met by a computed figure on its side and
    # near it: "more than five hours" for 02:10 to 07:30, not for a gap of two days.
    fits = _near_bound if q[0][:1] in "<>" else close
    for kinds, op in _RECIPES.get(kind.split(":")[0], ()):
        if (
            (op in _NEEDS_CUE and not arithmetic)
            or (op in _SHIFTS and not shifts)
            or (op in _NEEDS_PER and not per_unit)
        ):
            continue
        left = _operands(core, kinds[0], kind, None) or _operands(pool, kinds[0], kind, memo)
        right = _operands(pool, kinds[1], kind, memo)
        # A sum, difference or product needs two stated figures: one figure stated once is not added to or
        # multiplied by itself ("rose by 20%" is no sum of a stated 10%; "more than 400 people" no square of 20).
        once = (op is _sum_diff or op is _times) and len(right) == len(set(right))
        if any(fits(q, r) for a in left[:24] for b in right[:48] if not (once and a == b) for r in op(a, b)):
            return True
    return False


def _near_bound(q: Quantity, value: float) -> bool:
    """A computed `value` on the bound's side and within a third of it."""
    if q[0][0] == ">":
        return q[1] <= value <= q[1] * 4 / 3
    return q[1] * 2 / 3 <= value <= q[1]


def _operands(
    figures: Sequence[Quantity],
    kinds: frozenset[str],
    target: str,
    memo: dict[tuple[frozenset[str], str], list[float]] | None,
) -> list[float]:
    """The values of `figures` of `kinds` that combine into a `target` figure; `memo` keeps them for a pool
    that many checks of one claim share (recomputing them per candidate sentence was quadratic)."""
    if memo is not None and (kinds, target) in memo:
        return memo[(kinds, target)]
    got = [v for k, v in figures if base(k).split(":")[0] in kinds and _unit_ok(k, target)]
    if memo is not None:
        memo[(kinds, target)] = got
    return got


def _unit_ok(kind: str, target: str) -> bool:
    """Amounts combine only in the target's currency."""
    return not (base(kind).startswith("money") and target.startswith("money") and base(kind) != target)


def _sum_diff(a: float, b: float) -> tuple[float, ...]:
    return (a + b, abs(a - b))


def _date_gap(a: float, b: float) -> tuple[float, ...]:
    days = abs(_day_of_year(a) - _day_of_year(b))
    days = min(days, 365 - days)  # 12 November to 3 March runs over the new year
    return (days * _DAY, (days + 1) * _DAY)


def _month_gap(a: float, b: float) -> tuple[float, ...]:
    """Months between two points of `year_months`, counted both ways ("April 2023 to March 2026": 35 or 36)."""
    months = abs(a - b)
    return (months * _MONTH, (months + 1) * _MONTH)


def year_months(items: Sequence[Quantity]) -> list[Quantity]:
    """Each month or date a year follows ("March 2021", "1 April 2023") as a point on a calendar of months
    ("ym": year * 12 + month - 1): dates alone are day-of-year figures, so a span across years ("three years"
    for April 2023 to March 2026, "more than four years" for March 2021 to June 2025) needs the year."""
    out: list[Quantity] = []
    for (kind, value), (after, year) in itertools.pairwise(items):
        if kind in ("month", "date") and after == "n" and 1900 <= year <= 2100 and year == int(year):
            month = int(value) if kind == "month" else int(value) // 100
            out.append(("ym", year * 12 + month - 1))
    return out


def _counts(d: float) -> list[float]:
    return [c for c in (d / _DAY, d / _WEEK, d / _MONTH, d / _YEAR) if abs(c - round(c)) < 0.02 and 1 < round(c) <= 366]


def own_product(q: Quantity, claim: Sequence[Quantity]) -> bool:
    """An amount the claim computes from its own figures: another amount of it in the same currency times
    (or divided by) a count or a number of days, weeks or months it states ("£45 a session for five sessions
    comes to £225", "at 25 EUR a bike, all 17 bikes would earn it 425 EUR", "two weeks at £210 a week,
    £420"). The operands are checked as the claim's figures in their own right."""
    if not base(q[0]).startswith("money"):
        return False
    amounts = [v for k, v in claim if base(k) == base(q[0]) and v != q[1] and v > 0]
    if not amounts:
        return False
    counts = [v for k, v in claim if k == "n" and v >= 2 and v == int(v)]
    counts += [c for k, v in claim if base(k) == "dur" for c in _counts(v)]
    return any(close(q, a * c) or close(q, a / c) for a in amounts for c in counts)


def _per_unit(a: float, b: float) -> tuple[float, ...]:
    """An amount shared out over a count ("£225 for five sessions": £45 a session)."""
    return (a / b,) if b >= 2 else ()


def _by_duration_unit(a: float, d: float) -> tuple[float, ...]:
    return tuple(a / c for c in _counts(d))


def _times(a: float, b: float) -> tuple[float, ...]:
    return (a * b,)


def _by_duration(a: float, d: float) -> tuple[float, ...]:
    return tuple(a * c for c in _counts(d))


def _ratio(a: float, b: float) -> tuple[float, ...]:
    """a/b both ways, and the share one is less than the other ("cut by three quarters, from 200 to 50")."""
    if not a or not b:
        return ()
    return (a / b, b / a, abs(a - b) / max(a, b))


def _percent(a: float, b: float) -> tuple[float, ...]:
    if not a or not b:
        return ()
    return (a / b * 100, b / a * 100, abs(a - b) / a * 100, abs(a - b) / b * 100)


def _shift_date(a: float, d: float) -> tuple[float, ...]:
    out = []
    for days in (round(d / _DAY),):
        for sign in (1, -1):
            doy = _day_of_year(a) + sign * days
            if 1 <= doy <= 365:
                out.append(float(_from_day_of_year(doy)))
    return tuple(out)


def _from_day_of_year(doy: int) -> int:
    for month, length in enumerate((31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), 1):
        if doy <= length:
            return month * 100 + doy
        doy -= length
    return 1231


def _time_gap(a: float, b: float) -> tuple[float, ...]:
    """Minutes between two clock times, also across midnight ("from 21:40 until 06:05": 8 hours 25 minutes)."""
    gap = abs(a - b)
    return (gap, _DAY - gap) if 0 < gap < _DAY else (gap,)


def _shift_time(a: float, d: float) -> tuple[float, ...]:
    return (a + d, a - d)


def _percent_of(a: float, p: float) -> tuple[float, ...]:
    """A percentage of an amount, and the amount less or plus it ("25 percent off the 2,560 EUR invoice": 640 EUR
    off, 1,920 EUR to pay)."""
    return (a * p / 100, a * (1 - p / 100), a * (1 + p / 100))


_Op = Callable[[float, float], tuple[float, ...]]
_NEEDS_CUE: frozenset[_Op] = frozenset({_sum_diff, _by_duration, _percent_of})
# A share of an amount only for a claim that prices per unit ("£45 a session", "per child", "each").
_NEEDS_PER: frozenset[_Op] = frozenset({_per_unit, _by_duration_unit})
# A date or time moved by a duration only when the claim itself speaks of a shift ("two days after", "a week
# late", "moved to"): otherwise any duration of the thread would make the day before or after a stated date
# supported ("Alba's talk is on 9 June" for "on 10 June", with "one day" said elsewhere).
_SHIFTS: frozenset[_Op] = frozenset({_shift_date, _shift_time})
SHIFT_CUES = frozenset(
    "after before later earlier late early delayed delay postponed moved move brought pushed ahead following prior "
    "previous next since until till within ago beforehand afterwards then take takes took taking".split()
)
_K = frozenset
# Per target kind: (kinds of the left operand, kinds of the right operand) and the operation.
_RECIPES: dict[str, tuple[tuple[tuple[frozenset[str], frozenset[str]], _Op], ...]] = {
    "dur": (((_K({"dur"}), _K({"dur"})), _sum_diff), ((_K({"date"}), _K({"date"})), _date_gap),
            ((_K({"time"}), _K({"time"})), _time_gap), ((_K({"ym"}), _K({"ym"})), _month_gap)),
    "money": (((_K({"money"}), _K({"money"})), _sum_diff), ((_K({"money"}), _K({"n"})), _times),
              ((_K({"money"}), _K({"dur"})), _by_duration), ((_K({"money"}), _K({"n"})), _per_unit),
              ((_K({"money"}), _K({"dur"})), _by_duration_unit), ((_K({"money"}), _K({"pct"})), _percent_of)),
    "n": (((_K({"n"}), _K({"n"})), _sum_diff), ((_K({"n"}), _K({"n"})), _times),
          ((_K({"n", "pct", "money"}), _K({"n", "pct", "money"})), _ratio),
          ((_K({"n"}), _K({"dur"})), _by_duration)),
    "pct": (((_K({"pct"}), _K({"pct"})), _sum_diff), ((_K({"n", "money"}), _K({"n", "money"})), _percent),
            ((_K({"dur"}), _K({"dur"})), _percent)),
    "date": (((_K({"date"}), _K({"dur"})), _shift_date),),
    "time": (((_K({"time"}), _K({"dur"})), _shift_time),),
    # "dropped 12 degrees" (with a cue: "drop"); "200 degrees short of" a target stated as a bare "1,240"
    "temp": (((_K({"temp"}), _K({"temp", "n"})), _sum_diff),),
}  # fmt: skip
