"""Tagger people joined to a place: glued to it by a hyphen, or listed with it after a place's preposition.

- A hyphen (or a dash) with no space either side glues the parts of one place's name: "Quai Saint-Antoine",
  "Pant-yr-Afon", "Pétion-Ville", "Lyon–Saint-Exupéry". The tagger takes a saint's or a given name's part after the
  hyphen for a person; when a place's span is glued to it, the whole is that place ("Jean-Pierre" holds no place).
  Only a one-word part: "London-Priya Nair" is a place and a person (review r20-s105-1).
- Places are listed with places: "between Tromsø and Alta", "through Nakuru and Mai Mahiu", "from Funchal to
  Santana", "in Katherine and Tennant Creek". A tagger person joined by "and", "or" or a comma to a place that a
  place's preposition opens (or by "to" after "from <place>") is a place too, unless what follows it is what
  follows a person: "'s", a person's verb ("around Kerowagi and Ruatoka joined him"), a family's event. A span
  whose first word is a listed given name is retyped only when a place list holds that word too ("Alta", "Mai
  Mahiu"): "between Lisbon and Maria Santos" keeps its person (review r20-s105-1).

Only the entity's kind (and, for a glued part, its extent) changes: under the default entities the words stay
masked either way; a policy that masks PERSON but not LOCATION leaves a retyped word in clear, hence the given-name
test above. One pass over the spans, each look bounded: linear in the number of spans.
"""

from __future__ import annotations

from guardrails_lite.validators.pii._names import gazetteer
from guardrails_lite.validators.pii._names.features import Prepared
from guardrails_lite.validators.pii._names.lexicon import PLACE

__all__ = ["retyped"]

Span = tuple[int, int, str, int]
_GLUES = frozenset("- ‐ – —".split())
# English prepositions that open a place ("between Tromsø and Alta", "through Nakuru and Mai Mahiu").
_LOCATIVE = frozenset(
    """in at near between through via around across into towards toward from to visiting visit outside inside
    past beyond""".split()
)
# (Not a comma: "In Brno, Václav reports", "In Guérande, Gwenola and Erwan rake" open a clause after the place.)
_LIST_JOINS = frozenset("and or &".split())
_LIST_MAX = 12  # places of a list walked back to its preposition
# ... of which these open a list of places where a person is never listed ("near Nakuru and ..."); "in"/"at"/"to"
# do ("to Maria and Lisbon's office" is rare, "in Ana and Bo's flat" is not).
_PLACES_ONLY = frozenset("between through via near around across outside beyond".split())
# After the name, what makes it a person's: a possessive, a family's event, a person's verb or a reply's comma.
_PERSONS_AFTER = frozenset(
    """'s ’s wedding family funeral birthday retirement farewell leaving who whom said says told tells asked asks
    wrote writes will would can could should joined joins met meets called calls replied agreed wants wanted
    thinks thought knows knew is was has had does did sent sends drove drives brought brings in from at of""".split()
)


def retyped(p: Prepared, spans: list[Span], backed: set[int]) -> list[Span]:
    """`spans` with the tagger people that are glued to a place, or listed with one, made places (see the module's
    docstring). Only a person beside a place is looked at (a text of places alone, or of people alone, returns at
    once)."""
    kinds = {s[2] for s in spans}
    if "LOC" not in kinds or "PER" not in kinds:
        return spans
    spans = sorted(spans)  # (people found again by `_propagate` come after the others)
    out: list[Span] = []
    for s in spans:
        first, last, kind, g = s
        prev = out[-1] if out else None
        if kind == "PER" and g not in backed and prev is not None and prev[2] == "LOC":
            if (
                _one_word(p, first, last)
                and _glued(p, prev[1], first)
                and not _person_before(out)
                and _free(p, first, last)
            ):
                out[-1] = (prev[0], last, "LOC", prev[3])
                continue
            if (_listed_after(p, prev[1], first, last) and _opened_list(p, out)) or _from_to(p, prev, first, last):
                s = (first, last, "LOC", g)
        elif kind == "LOC" and prev is not None and prev[2] == "PER" and prev[3] not in backed:
            if (
                _one_word(p, prev[0], prev[1])
                and _glued(p, prev[1], first)
                and not _person_before(out[:-1])
                and _free(p, first, last)
            ):
                out[-1] = (prev[0], last, "LOC", g)
                continue
            if _listed_before(p, prev[0], prev[1], first):
                out[-1] = (prev[0], prev[1], "LOC", prev[3])
        out.append(s)
    return out


def _opened_list(p: Prepared, out: list[Span]) -> bool:
    """The last place of `out` is opened by a place's preposition, or joined to a list of places that one opens
    ("through Nakuru, Naivasha and ..."): walked back over at most `_LIST_MAX` places."""
    k = len(out) - 1
    while k >= 0 and len(out) - k <= _LIST_MAX:
        if _opened(p, out[k][0]):
            return True
        if k == 0 or out[k - 1][2] != "LOC" or not _joined(p, out[k - 1][1], out[k][0]):
            return False
        k -= 1
    return False


def _glued(p: Prepared, left_last: int, right_first: int) -> bool:
    """Tokens `left_last` and `right_first` are joined by one hyphen or dash with no space either side."""
    if right_first != left_last + 2 or p.words[left_last + 1] not in _GLUES:
        return False
    ends, words = p.ends, p.words
    return (
        ends[left_last] == ends[left_last + 1] - 1
        and ends[right_first] - len(words[right_first]) == ends[left_last + 1]
    )


def _one_word(p: Prepared, first: int, last: int) -> bool:
    """Tokens first..last are written with no space between them ("Martens-Latem"; not "Priya Nair")."""
    ends, words = p.ends, p.words
    return all(ends[t] == ends[t + 1] - len(words[t + 1]) for t in range(first, last))


def _person_before(out: list[Span]) -> bool:
    """The span before the place is a person right before it ("Ana Lisboa-Costa": a double-barrelled surname)."""
    return len(out) > 1 and out[-2][2] == "PER" and out[-2][1] + 1 == out[-1][0]


def _opened(p: Prepared, first: int) -> bool:
    """A place's preposition right before token `first` ("between Tromsø", "through Nakuru")."""
    return first > 0 and p.words[first - 1].lower() in _LOCATIVE


def _joined(p: Prepared, left_last: int, right_first: int) -> bool:
    return right_first == left_last + 2 and p.words[left_last + 1].lower() in _LIST_JOINS


def _free(p: Prepared, first: int, last: int) -> bool:
    """A span whose words and what follows them leave it free to be a place (not "Mateus in Recife", "the
    Sandhu–Rossi wedding", "Evans-Bonilla's")."""
    word = p.words[first]
    if not word[:1].isupper() or word.isupper():
        return False
    after = p.text(last + 1).lower()
    if after in _PERSONS_AFTER:
        return False
    return not (after == "," and p.text(last + 2).lower() in _PERSONS_AFTER)


def _listed_after(p: Prepared, place_last: int, first: int, last: int) -> bool:
    """ "between Tromsø and Alta": the person joined to an opened place before it; a listed given name only if a
    place list holds one of its words too ("Alta", "Mai Mahiu"; not "to Nairobi and Wanjiru")."""
    return _joined(p, place_last, first) and _free(p, first, last) and _may_be_place(p, first, last)


def _may_be_place(p: Prepared, first: int, last: int) -> bool:
    """A place list or the gazetteer holds the span's first word ("Alta", "Mai Mahiu", "Santana"): a given name and a
    surname that a place list holds ("Maria Santos", "Rachel Green") or words the lists do not know ("Amaka Obi",
    "Amaka") stay a person's (review r20-s105-1: a PERSON-only policy would leave a retyped person in clear)."""
    f = p.word(first)
    return bool(f.flags & PLACE or gazetteer.look_up(f.low, gazetteer.hashes()))


def _from_to(p: Prepared, place: Span, first: int, last: int) -> bool:
    """ "from Funchal to Santana": the person after "to" that follows "from <place>"."""
    start, end = place[0], place[1]
    return (
        first == end + 2
        and p.words[end + 1] == "to"
        and start > 0
        and p.words[start - 1].lower() == "from"
        and _free(p, first, last)
        and _may_be_place(p, first, last)
    )


def _listed_before(p: Prepared, first: int, last: int, place_first: int) -> bool:
    """ "in Katherine and Tennant Creek": an opened person joined by "and"/"or" to a place after it."""
    if place_first != last + 2 or p.words[last + 1].lower() not in ("and", "or"):
        return False
    if first == 0 or p.words[first - 1].lower() not in _PLACES_ONLY:
        return False
    word = p.words[first]
    return word[:1].isupper() and not word.isupper() and _may_be_place(p, first, last)
