"""People by the honorific of their own tradition: a title before the name ("Sheikh Salem's family", "Ratu Epeli
Nailatikau's farm", "Alhaji Rasheed", "Datuk Lim") or a form of address after it ("Yuto-kun meets", "Ishikawa
bucho too?", "Rafiq bhai, our officer", "Ahmet bey"). The tagger reads these names as places or skips them; the
honorific says a person is meant.

The name is the run of capitalised words beside the honorific (the honorific itself is not part of it), each word
one a person's name may hold (`cues.valid_person`), no street's or site's word ("Sheikh Zayed Road"), and after a
title no listed place alone (before a form of address a town's name is a person's: "Yuto-kun"). Titles are looked
up among the capitalised tokens, forms of address at their own positions: each look is bounded, so the scan is
linear.
"""

from __future__ import annotations

from guardrails_lite.validators.pii._names.cues import extent, listed_place, valid_person
from guardrails_lite.validators.pii._names.features import Prepared
from guardrails_lite.validators.pii._names.places import PLACE_TYPES, PROPER_TYPES
from guardrails_lite.validators.pii._names.tokens import positions
from guardrails_lite.verdict import check_deadline

__all__ = ["disjoint", "find"]

# Titles of other traditions that stand only before a person's name (Arabic, Hausa/Yoruba, Fijian, Amharic, Malay,
# Indonesian, Hindi, Spanish, Italian, French, Dutch, Polish): ambiguous ones ("Don", "Pan", "Sri", "Mas", "Adi")
# are left out.
_TITLES = frozenset(
    """Sheikh Shaikh Sheikha Alhaji Alhaja Alhajji Hajia Ratu Ato Weyzero Wro Datuk Dato Datin Encik Ustaz Ustad
    Pandit Shri Shree Smt Señor Señora Señorita Doña Signor Signora Signorina Monsieur Madame Meneer Mevrouw Bapak
    Tuan Puan Sayyid Sayed Sayyida""".split()
)
# Forms of address after a name, in lower case (Japanese, Korean, Hindi/Urdu/Punjabi, Turkish): "Yuto-kun",
# "Ishikawa bucho", "Rafiq bhai", "Gurjit ji".
_AFTER = frozenset(
    """san sama kun chan sensei senpai dono bucho buchō kacho kachō shacho shachō ssi nim ji jee bhai bhaiya
    bhaiyya didi sahib saab bey hanım hanim efendi""".split()
)
_KINDS = PLACE_TYPES | PROPER_TYPES  # a street's or a site's word ends no person's name ("Sheikh Zayed Road")
_BACK = 3  # capitalised tokens a name before a form of address may hold


def find(p: Prepared, deadline: float | None = None) -> list[tuple[int, int]]:
    """(first, last) token pairs of the people an honorific marks, ascending and not overlapping."""
    words = p.words
    n = len(words)
    check_deadline(deadline)
    out: list[tuple[int, int]] = []
    for i in p.caps_where(_TITLES.__contains__):
        if words[i] in _TITLES and i + 1 < n and words[i + 1][:1].isupper():
            last = extent(words, i + 1, n)
            if _named(p, i + 1, last):
                out.append((i + 1, last))
    if p.may_hold(_AFTER):
        for form in _AFTER.intersection(words):
            check_deadline(deadline)
            for j in positions(words, form):
                end = j - 2 if j > 1 and words[j - 1] == "-" else j - 1
                if end < 0 or not words[end][:1].isupper():
                    continue
                start = end
                while start > 0 and end - start < _BACK - 1 and words[start - 1][:1].isupper():
                    start -= 1
                # the longest run that is a name ("Thanks Rafiq bhai": "Rafiq")
                first = next((s for s in range(start, end + 1) if _named(p, s, end, town_ok=True)), -1)
                if first >= 0 and extent(words, first, n) >= end:
                    out.append((first, end))
    return disjoint(out)


def _named(p: Prepared, first: int, last: int, town_ok: bool = False) -> bool:
    """Tokens first..last can be a person's name; with `town_ok` a town's name too (no town is "Yuto-kun")."""
    if any(p.words[t] in _KINDS for t in range(first, last + 1)):
        return False
    return valid_person(p, first, last) and (town_ok or not listed_place(p, first, last))


def disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` ascending, each one that overlaps an earlier kept one left out."""
    out: list[tuple[int, int]] = []
    for first, last in sorted(spans):
        if not out or first > out[-1][1]:
            out.append((first, last))
    return out
