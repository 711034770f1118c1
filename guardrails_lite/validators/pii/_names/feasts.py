"""Feasts and public holidays of every country named as dates ("after Dashain", "shut for Matariki", "before Loy
Krathong", "off for Eid ul-Fitr"), and other languages' weekdays and months ("I refund Jumatatu", "mass is on
Linggo"): the tagger takes their unfamiliar capitalised words for a person or a place.

The words and word pairs come from the holiday names of the `holidays` package (built by
scripts/build_holidays.py into data/names/holidays.json.gz). A holiday word is often a name elsewhere ("Sonam",
"Laxmi"), so a tagger person made only of them is dropped only in a date's context: a word that dates before it
("after", "for", "until" ...), a feast word before it ("Eid ul-Fitr"), or a word that follows a feast after it
("Matariki weekend", "Dashain holidays"). A rule's span is never dropped, nor a tagger place (the list holds
words of streets' names too: "République") unless the word before it only ever dates ("over Chuseok", "until
Pohela Boishakh"; not "for", "on", "by": "for Ghent", "on Gozo") or is "closed for" and the like.

The weekday and month words come from the Unicode CLDR data that Babel ships (scripts/build_calendar.py into
data/names/calendar.json.gz): a tagger person or place made only of `free` ones (on no name or place list:
"Jumatatu", "Linggo", "Esmaspäev") is dropped after a dating word or inside a clause where nothing makes it a person
(`_as_day`: some are names too, "Talata said"); the `listed` ones ("Domingo", "Perşembe", "Juma": a name or a town
too) only after a word that only dates, and for a place also after "on" ("till Domingo", "fly on Perşembe").
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any, NamedTuple

from guardrails_lite.validators._shared.package_data import shipped_json
from guardrails_lite.validators.pii._names.features import Prepared
from guardrails_lite.validators.pii._names.lexicon import FIRST, LAST
from guardrails_lite.validators.pii._names.wordlists import HOLIDAYS, MONTHS

__all__ = ["Calendar", "Feasts", "calendar", "feasts", "named"]


class Feasts(NamedTuple):
    words: frozenset[str]
    pairs: frozenset[str]


def _build(data: dict[str, Any]) -> Feasts:
    words, pairs = data["words"], data["pairs"]
    if not all(isinstance(w, str) for w in words) or not all(isinstance(w, str) and " " in w for w in pairs):
        raise ValueError("words and pairs must be lists of strings (pairs of two words)")
    return Feasts(frozenset(words), frozenset(pairs))


feasts = shipped_json(_build, "names", "holidays.json.gz", keys=("words", "pairs"))


class Calendar(NamedTuple):
    free: frozenset[str]  # weekday and month words on no name or place list
    listed: frozenset[str]  # ... and those that a list holds as a name or a place too


def _build_calendar(data: dict[str, Any]) -> Calendar:
    free, listed = data["free"], data["listed"]
    if not all(isinstance(w, str) for w in (*free, *listed)):
        raise ValueError("free and listed must be lists of strings")
    return Calendar(frozenset(free), frozenset(listed))


calendar = shipped_json(_build_calendar, "names", "calendar.json.gz", keys=("free", "listed"))

# Words that date what follows them ("after Dashain", "shut for Matariki", "works on Jāņi").
_DATING = frozenset("after before during until till since over for on ahead by around".split())
# Words after a feast's name ("Matariki weekend", "Dashain holidays").
_FEAST_AFTER = frozenset(
    "holiday holidays festival festivals celebration celebrations eve weekend week break season day days".split()
)
# What may join a feast's words ("Eid ul-Fitr", "Sham el-Nessim", "Pohela Boishakh").
_JOINS = frozenset("- ‐ ul al el ud ad de del la".split())
# ... of which these date a place's name too: "for", "on", "by" come before places as often ("for Ghent").
_ONLY_DATING = _DATING - {"for", "on", "by", "around"}
# "closed for Corpus Christi", "shut for Matariki": "for" after these dates.
_CLOSED = frozenset("closed close closes shut shuts off holiday".split())
# Before a person, not a day ("asked Talata to", "thanks Laraba"), and a person's verbs after one ("Talata said").
_WITH_PEOPLE = frozenset(
    """and with to from by cc dear hi hello hey thanks thank ask asked tell told call called email emailed ping
    pinged remind reminded invite invited meet met text texted phone phoned ring rang pay paid cousin aunt uncle
    mama baba sister brother""".split()
)
_PEOPLES_VERBS = frozenset("said says will can could would wrote writes asked asks told wants agreed is was".split())
_REACH = 4  # tokens before the entity that may still belong to the feast's name
# What a person does right after their name, never a day ("wait till Domingo arrives", "until Juma calls";
# review r15b L4): a day or a feast "is" or "falls", it does not arrive or sign.
_ARRIVES = frozenset(
    """said says will can could would wrote writes asked asks told wants agreed arrives arrived comes calls
    signs signed brings gets picks collects returns replies answers confirms sends drives gives""".split()
)


def _as_day(p: Prepared, first: int, last: int) -> bool:
    """A day's or month's word of no name list used as one: after a word that dates, or inside a clause (after a
    lower-case word) where nothing makes it a person: no greeting, no verb taking a person before it, no person's
    verb after it (some are names too: Hausa "Talata", "Laraba" were born on those days: "asked Talata to", "Dear
    Laraba", "Talata said" stay people)."""
    prev = p.words[first - 1] if first else ""
    low = prev.lower()
    if low in _DATING:
        return True
    if not prev[:1].islower() or low in _WITH_PEOPLE:
        return False
    return p.word(last + 1).low not in _PEOPLES_VERBS


def named(p: Prepared, first: int, last: int, kind: str = "PER") -> bool:
    """Tokens first..last (a tagger entity of `kind`, PER or LOC) name a feast or a day used as a date."""
    if (_falls(p, last) or _during(p, first, last)) and _unnamed(p, first, last):
        return True  # "Vesak falls on the 12th", "Kurban Bayramı may fall near your dates", "during Sinulog"
    table, days = feasts(), calendar()
    lows = [p.word(i).low for i in range(first, last + 1)]
    before = p.word(first - 1).low
    if all(w in days.free for w in lows):
        return _as_day(p, first, last)  # "I refund Jumatatu", "on Linggo"
    if not all(w in table.words or w in HOLIDAYS for w in lows) and not (
        len(lows) > 1 and all(f"{a} {b}" in table.pairs for a, b in pairwise(lows))
    ):
        if not all(w in table.words or w in HOLIDAYS or w in days.listed for w in lows):
            return _unlisted_feast(p, first, last, before)
        # a day's name that is a name too: "till Domingo", "fly on Perşembe"; not "signed by Juma", "for Saba",
        # "till Domingo arrives"
        if kind == "PER" and p.word(last + 1).low in _ARRIVES:
            return False
        return before in _ONLY_DATING or (kind != "PER" and before == "on")
    if kind != "PER":
        return (
            before in _ONLY_DATING
            or (before == "for" and p.word(first - 2).low in _CLOSED)
            or p.word(last + 1).low in _FEAST_AFTER
        )
    words = p.words
    start = first
    while start > max(0, first - _REACH) and (words[start - 1][:1].isupper() or words[start - 1].lower() in _JOINS):
        if words[start - 1].lower() in _DATING:
            break  # a sentence's opening "After Carnaval": the dating word, not the feast's
        start -= 1
        if p.word(start).low in HOLIDAYS:
            return True  # "Eid ul-Fitr"
    if p.word(last + 1).low in _FEAST_AFTER:
        return True
    dating = p.word(start - 1).low
    if first == last:
        # one word, often a given name too ("Sonam", "Laxmi"): only a word that only dates, or "shut/off for"
        # ("a letter for Laxmi", "signed for by Sonam" are people: r15a M9; "until Sonam arrives")
        if p.word(last + 1).low in _ARRIVES and lows[0] not in HOLIDAYS:
            return False
        return dating in _ONLY_DATING or (dating == "for" and p.word(start - 2).low in _CLOSED)
    return dating in _DATING


# A feast "falls" on, in or near a date ("Vesak falls on the 12th", "Dita e Verës falls on your dates", "may fall
# near your dates", "falls during the loan"); a person who falls does so on the ice, in the river (review: the
# date's word must follow within `_FALL_REACH` tokens).
_FALLS = frozenset("falls fall".split())
_FALL_PREPS = frozenset("on in during near around within between over at".split())
_DATE_WORDS = MONTHS | frozenset(
    """monday tuesday wednesday thursday friday saturday sunday date dates day days week weeks weekend weekends
    month months year trip visit visits stay loan schedule period season tour shipment delivery holiday holidays
    window deadline launch""".split()
)
_FALL_REACH = 4
_MODALS = frozenset("may might will could would usually often always also".split())
# After "during": a person's name is owned or joined ("during Keoni's talk", "during Ana and Bo's wedding").
_OWNED = frozenset("'s ’s and & or".split())


def _falls(p: Prepared, last: int) -> bool:
    """ "<feast> falls on the 12th", "<feast> may fall near your dates": see `_FALLS`."""
    verb = last + 2 if p.word(last + 1).low in _MODALS else last + 1
    if p.word(verb).low not in _FALLS or p.word(verb + 1).low not in _FALL_PREPS:
        return False
    for t in range(verb + 2, verb + 2 + _FALL_REACH):
        w = p.text(t)
        if w[:1].isdigit() or w.lower() in _DATE_WORDS:
            return True
    return False


def _during(p: Prepared, first: int, last: int) -> bool:
    """ "during Sinulog", "during Festa Junina": a time; not an owned or joined name ("during Keoni's talk",
    "during Keoni and Ana's wedding") nor one before a lower-case word ("during Priya Nair presentation")."""
    after = p.text(last + 1)
    return p.word(first - 1).low == "during" and after not in _OWNED and not after[:1].islower()


def _unnamed(p: Prepared, first: int, last: int) -> bool:
    """No word of the span is on a given-name or surname list (a frame only confirms a feast the lists do not call a
    name: "Patient John Smith falls in the bathroom on Monday", "during Kevin Walsh, so": review r20-s105-2)."""
    return not any(p.word(i).flags & (FIRST | LAST) for i in range(first, last + 1))


# Verbs whose "after"/"before" takes a person ("named after Aroha", "look after Tane", "asked after Hemi").
_PERSON_AFTER = frozenset("named name look looks looking looked ask asks asked asking came come comes ran".split())


def _unlisted_feast(p: Prepared, first: int, last: int, before: str) -> bool:
    """A one-word feast the holiday lists lack, named as a date with a feast's word after it: "until Lei Day",
    "before Nauryz holidays", "closed for Galungan week". A rare word alone after "after"/"closed for" is as often a
    person the lists lack ("right after Keoni.", "closed for Ana."; review r18): left to the other rules."""
    if first != last or p.word(last + 1).low not in _FEAST_AFTER:
        return False
    if before == "for":
        return p.word(first - 2).low in _CLOSED
    return before in _ONLY_DATING and p.word(first - 2).low not in _PERSON_AFTER
