"""People whose own context names them, whatever the tagger proposes (wave 17, issue 15).

Before wave 17 several rules only confirmed or retyped a person the tagger had proposed, so a retrained tagger
that proposed nothing there left the name in clear ("Harshvardhan please approve", "Send the contract to Isla
Brown by Friday", "Thanks for the quick reply, Sonam."). Each cue here proposes the person itself:

- the name line under a closing line in any language ("Srdačan pozdrav,\\nMarko": `context.signed_lines`);
- a name addressed at a clause's opening before a request or "I"/"we" ("Ola, can you send", "Mauri, please call",
  "Tere, I will be late", "; Harshvardhan please approve");
- a name addressed at the end of a sentence that opens with thanks, a greeting or an apology ("Thanks for the quick
  reply, Sonam.");
- a name in apposition to a role ("a reference letter for Laxmi, my former assistant");
- a first name and a surname after from/to/by/with ("a gift from Isla Brown", "send it to Isla Brown by Friday":
  `paired`);
- a listed surname or first name, on no place list, before a goods noun ("the Kowalski samples": a patient's);
- a two-word name whose words are both on the name lists opening a sentence before a person's act ("Largo Winch
  sent the contract", "Lago Rossi said"), or after "add"/"cc"/"loop in" ("Please add Sydney Mbeki to the thread");
- a military rank as a title ("General Okafor will attend"; not "The Surgeon General", "General Motors").

Each look is bounded (a few tokens either side of a capitalised token, the sentence's opening at most
`_SENTENCE_BACK` tokens back), so the scan is linear in the text.
"""

from __future__ import annotations

from guardrails_lite.validators.pii._names import context, gazetteer
from guardrails_lite.validators.pii._names.cues import DONE, MAX_RUN, ROLES, extent, listed_place, valid_person
from guardrails_lite.validators.pii._names.features import CHECK_EVERY, SENTENCE_END, Prepared
from guardrails_lite.validators.pii._names.honorifics import disjoint
from guardrails_lite.validators.pii._names.lexicon import (
    CITY_BIG,
    COUNTRY,
    DICT,
    FIRST,
    FIRST_TOP,
    LAST,
    LAST_TOP,
    PLACE,
)
from guardrails_lite.validators.pii._names.places import BUILDING_TYPES, NUMBERED_TYPES, PLACE_TYPES, PROPER_TYPES
from guardrails_lite.validators.pii._names.rules import GREETINGS
from guardrails_lite.validators.pii._names.tokens import NEWLINE
from guardrails_lite.validators.pii._names.wordlists import CLOSINGS, GOODS_NOUNS
from guardrails_lite.verdict import check_deadline

__all__ = ["FROM", "find", "paired"]

# After "<name>," at a clause's opening: a request or the writer speaking to them ("Ola, can you", "Tere, I will").
_AFTER_COMMA = frozenset(
    "can could would will please pls plz i i'm i'll we we're we'll you are do did have let".split()
)
# Right after the name, no comma: "Harshvardhan please approve", "Tunde pls call".
_AFTER_NAME = frozenset("please pls plz".split())
# Sentence openings that address someone named at the sentence's end ("Thanks for the quick reply, Sonam.").
_ADDRESSING = frozenset(
    "thanks thank thx cheers sorry congrats congratulations welcome hi hello hey morning evening night bye".split()
)
_SENTENCE_BACK = 12  # tokens back to a sentence's opening (`_addressed_at_end`)
_OWNERS = frozenset("my our your his her their".split())
_ROLE_REACH = 3  # tokens after "my" that may hold the role ("my former personal assistant")
# Before a person as often as before a firm or a place: "a message from Maria Brown", "signed by", "a call with".
FROM = frozenset("from by with to".split())
_GOODS_OWNERS = frozenset("the our their your his her my".split())
# Goods nouns that belong to a person as often as to a brand ("the Kowalski samples", "the Okonkwo tickets"; not
# "the Marley tiles": a brand's).
_PERSONAL_GOODS = GOODS_NOUNS & frozenset("sample samples ticket tickets".split())
# Ranks that stand before a name as a title ("General Okafor", "Colonel Adeyemi"); after another capitalised word
# they finish a title instead ("The Surgeon General", "Attorney General Smith" is left to the other rules).
_RANKS = frozenset("General Colonel Col Major Lieutenant Lt Admiral Brigadier Commander Cdr Corporal Cpl".split())
# Verbs that add a person to a conversation ("add Sydney Mbeki to the thread", "cc Lago Rossi on it").
_ADDING = frozenset("add added adding cc cc'd cc'ing copy copied copying loop looped looping".split())
_NAME_KINDS = PLACE_TYPES | PROPER_TYPES  # a street's or a site's word ends no person's name
# ... nor, after from/to, a park's, a hall's, a lane's ... ("moves from Victoria Park", "to Delta Park")
_PAIR_KINDS = _NAME_KINDS | NUMBERED_TYPES | BUILDING_TYPES
_ENDS = frozenset(". ! ? </s>".split()) | {NEWLINE}
# The token before a capital that some test of `find` needs (as it stands; `_LOW_BEFORE` in lower case): a sentence's
# end (`_addressed_at_start`, `_two_names`), a comma (`_addressed_at_end`), a rank, from/to (`paired`), an owner of
# goods, an adding verb. The one test that reads no token before, `_apposition`, is found from its comma.
_EXACT_BEFORE = SENTENCE_END | {","} | _RANKS
_LOW_BEFORE = FROM | _GOODS_OWNERS | _ADDING


def find(p: Prepared, deadline: float | None = None) -> list[tuple[int, int]]:
    """(first, last) token pairs of the people these cues name, ascending and not overlapping."""
    words = p.words
    n = len(words)
    check_deadline(deadline)
    out = [(a, b) for a, b in context.signed_lines(p) if _name(p, a, b)]
    near = _owner_commas(p)
    for k, i in enumerate(p.caps):
        if not k & CHECK_EVERY:
            check_deadline(deadline)
        prev = words[i - 1] if i else NEWLINE
        low = prev.lower()
        if prev not in _EXACT_BEFORE and low not in _LOW_BEFORE and i not in near:
            continue  # no cue below can take it (`_EXACT_BEFORE`): its run is not walked
        last = extent(words, i, n)
        # Each cue's own first test, read here once from the words around the run (most capitals meet none): the
        # token after the run, the one after that, the token before.
        after = words[last + 1] if last + 1 < n else "</s>"
        second = words[last + 2].lower() if last + 2 < n else "</s>"
        if (
            (
                prev in SENTENCE_END
                and ((after == "," and second in _AFTER_COMMA) or after.lower() in _AFTER_NAME)
                and _addressed_at_start(p, i, last)
            )
            or (prev == "," and after in _ENDS and _addressed_at_end(p, i, last))
            or (after == "," and second in _OWNERS and _apposition(p, i, last))
            or (low in FROM and last == i + 1 and paired(p, i, last))
            or (low in _GOODS_OWNERS and _owned_goods(p, i, last))
            or (last == i + 1 and (prev in SENTENCE_END or low in _ADDING) and _two_names(p, i, prev))
        ):
            out.append((i, last))
        elif prev in _RANKS and (i < 2 or not words[i - 2][:1].isupper() or words[i - 2] in SENTENCE_END):
            if _name(p, i, last) and (i < 2 or words[i - 2].lower() != "the"):
                out.append((i, last))
    return disjoint(out)


def _owner_commas(p: Prepared) -> set[int]:
    """The capitals whose run (`extent`: at most `MAX_RUN` tokens on, one more after a hyphenated name) may end
    right before a comma and an owner word ("Laxmi, my former assistant": `_apposition`)."""
    words = p.words
    n = len(words)
    near: set[int] = set()
    # A text with no owner word skips the comma walk ("Hi Ann," x 25,000: a look-up per comma cost more than the
    # one pass `may_hold` makes, which the other stages share)
    c = -1 if p.may_hold(_OWNERS) else n
    while c < n:
        try:
            c = words.index(",", c + 1)  # (the commas alone, found in C)
        except ValueError:
            break
        if c + 1 < n and words[c + 1].lower() in _OWNERS:
            near.update(range(c - MAX_RUN - 1, c))
    return near


def _name(p: Prepared, first: int, last: int) -> bool:
    """Tokens first..last can be a person's name: no street's or site's word, no country or big city, a name
    list's word or a word on no list at all (not an ordinary word: "Thanks, Team")."""
    if any(p.words[t] in _NAME_KINDS for t in range(first, last + 1)):
        return False
    if not valid_person(p, first, last) or listed_place(p, first, last):
        return False
    f = p.word(first)
    if f.flags & (COUNTRY | CITY_BIG) or f.low in CLOSINGS:
        return False
    return bool(f.flags & (FIRST | LAST)) or not f.flags & DICT


def _addressed_at_start(p: Prepared, i: int, last: int) -> bool:
    """ "Ola, can you send", "Tere, I will be late", "; Harshvardhan please approve"."""
    words = p.words
    after = p.text(last + 1).lower()
    if after == ",":
        nxt = p.text(last + 2).lower()
        if nxt not in _AFTER_COMMA:
            return False
    elif after not in _AFTER_NAME:
        return False
    f = p.word(i)
    if f.low in GREETINGS and not f.flags & FIRST:
        return False  # "Hola, can you": a greeting
    return words[i][1:].islower() and _name(p, i, last)


def _addressed_at_end(p: Prepared, i: int, last: int) -> bool:
    """ "Thanks for the quick reply, Sonam.", "Sorry for the delay, Ngozi!": the sentence opens with thanks, a
    greeting or an apology and ends with the name."""
    if p.text(last + 1) not in _ENDS:
        return False
    words = p.words
    t = i - 2
    stop = max(-1, i - 2 - _SENTENCE_BACK)
    while t > stop and words[t] not in SENTENCE_END:
        t -= 1
    if t == stop and t >= 0:
        return False  # no opening within reach
    opening = words[t + 1].lower()
    return opening in _ADDRESSING and words[i][1:].islower() and _name(p, i, last)


def _apposition(p: Prepared, i: int, last: int) -> bool:
    """ "for Laxmi, my former assistant", "Dagny, our new tenant,"."""
    words = p.words
    if p.text(last + 1) != "," or p.text(last + 2).lower() not in _OWNERS:
        return False
    for t in range(last + 3, min(len(words), last + 3 + _ROLE_REACH)):
        w = words[t]
        if w.lower() in ROLES:
            return _name(p, i, last)
        if not w.isalpha() or not w.islower():
            return False
    return False


def paired(p: Prepared, first: int, last: int) -> bool:
    """A common first name (no common surname too: "Morgan Stanley") and a listed surname, or a listed first name
    that is no surname and a common surname ("a message from Maria Brown", "a gift from Isla Brown": review r15a
    M6), not a place's two words nor a firm of the text's e-mail domains."""
    f, s = p.word(first), p.word(last)
    if f.shape != "Xx" or s.shape != "Xx" or p.words[last] in _PAIR_KINDS:
        return False
    top = f.flags & FIRST_TOP and not f.flags & LAST_TOP and s.flags & LAST
    if not top and not (f.flags & FIRST and not f.flags & LAST and s.flags & LAST_TOP):
        return False
    if first in p.phrase or gazetteer.look_up(f"{f.low} {s.low}", gazetteer.hashes()):
        return False  # a listed place's two words ("Santa Ana")
    hosts = context.host_words(p)
    return f.low not in hosts and s.low not in hosts and valid_person(p, first, last)


def _two_names(p: Prepared, i: int, prev: str) -> bool:
    """ "Largo Winch sent the contract", "Please add Sydney Mbeki to the thread": two words both on the name lists
    (a town's or an ordinary word too: "Largo", "Winch"; no big town or country first, no place's two words), at a
    sentence's opening before a person's act or after a verb that adds a person to a conversation."""
    if prev in SENTENCE_END:
        if p.text(i + 2).lower() not in DONE:
            return False
    elif prev.lower() not in _ADDING:
        return False
    f, s = p.word(i), p.word(i + 1)
    if f.shape != "Xx" or s.shape != "Xx" or not f.flags & (FIRST | LAST) or not s.flags & (FIRST | LAST):
        return False
    if f.flags & (COUNTRY | CITY_BIG) or s.flags & PLACE or p.words[i + 1] in _PAIR_KINDS:
        return False
    if i in p.phrase or gazetteer.look_up(f"{f.low} {s.low}", gazetteer.hashes()):
        return False
    hosts = context.host_words(p)
    return f.low not in hosts and s.low not in hosts and valid_person(p, i, i + 1)


def _owned_goods(p: Prepared, i: int, last: int) -> bool:
    """ "the Kowalski samples", "the Okonkwo tickets": a listed surname or first name on no place list or gazetteer
    and no ordinary word, before a goods noun (review r16b M7: a patient's, a family's)."""
    if p.text(last + 1).lower() not in _PERSONAL_GOODS:
        return False
    table = gazetteer.hashes()
    for t in range(i, last + 1):
        f = p.word(t)
        if not f.flags & (FIRST | LAST) or f.flags & (DICT | PLACE) or gazetteer.look_up(f.low, table):
            return False
    return valid_person(p, i, last)
