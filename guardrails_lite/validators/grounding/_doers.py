"""Who an answer's cause says did it, and whether a source's cause side names the same doer.

"The heater failed because Omar set it too high" shifts the blame when the source says "the thermostat had been
set too high by the night staff" and Omar only reported it; "because the new plumber blocked the flue" shifts it
when the source says "the new tenant". The doer is the noun phrase a cause opens with (or, in a passive, its
"by" phrase); its words that the sources use must be on the source link's cause side, or be who a pronoun there
stands for, or be a role the thread gives a name that is there ("The new plumber, Kofi Mensah, visited": the new
plumber is Kofi Mensah).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from guardrails_lite.validators.grounding._claims import DETERMINERS
from guardrails_lite.validators.grounding._facts import Digest, Fact
from guardrails_lite.validators.grounding._reading import AUX, content_words, verb_like
from guardrails_lite.validators.grounding._words import Tok, canon

__all__ = ["doer", "held", "known", "parties", "who"]

_GENITIVE = ("'s", "’s", "s'", "s’")
_NOUN_PHRASE = 4  # content words a doer's noun phrase may take
_BE = frozenset("is are was were be been being".split())
_BETWEEN = frozenset("not already still just also never".split())  # "was *not* checked", "had *already* been"


def doer(toks: Sequence[Tok]) -> set[str]:
    """The canonical words of who or what a cause says did it: the noun phrase it opens with ("the *new
    plumber* blocked the flue", "*Omar* set it too high", "its *worn belt* slipped"), or in a passive its "by"
    phrase ("the kiln was left on *by the evening shift*"; none without one: "kiln B was left on" names no doer).
    Empty when the cause opens otherwise ("there was no water"). A name is the doer by itself ("*Paul* wants
    trips booked"); a name's possessive is not ("Bolt & Axle's *zinc-plating line*": whose it is, the link's
    names check). A participle before the noun is a modifier ("the *cracked* lower element"); a word in -s that
    no verb follows is a verb ("e-mail *converts* better"), not a plural ("the tenants blocked")."""
    words, end = _phrase(toks, 0)
    if not words or not _passive(toks, end):
        return words
    by = next((k for k in range(end, len(toks)) if toks[k].low == "by"), None)
    return _phrase(toks, by + 1)[0] if by is not None else set()


def _phrase(toks: Sequence[Tok], k: int) -> tuple[set[str], int]:
    """The words of the noun phrase at `k` and the index after it."""
    n = len(toks)
    while k < n and toks[k].low in DETERMINERS:
        k += 1
    j = k
    while j < n and (toks[j].capital or (toks[j].low == "&" and j > k)):
        j += 1
    if j > k and not toks[j - 1].low.endswith(_GENITIVE):
        return content_words(toks[k:j]), j
    out: set[str] = set()
    i = j
    while i < min(n, j + _NOUN_PHRASE):
        if not toks[i].content or (out and (verb_like(toks[i]) or _verb_s(toks, i))):
            break
        out |= content_words(toks[i : i + 1])
        i += 1
    return out, i


def _verb_s(toks: Sequence[Tok], k: int) -> bool:
    """The word in -s at `k` is a present-tense verb: neither a verb nor an auxiliary follows it."""
    t = toks[k]
    if not t.low.endswith("s") or t.low.endswith("ss"):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and not verb_like(nxt) and nxt.low not in AUX


def _passive(toks: Sequence[Tok], k: int) -> bool:
    """A form of "be" (after "had", "has", "will" ...) and a past participle follow at `k`: "were worn", "had
    been left", "was not checked"."""
    n = len(toks)
    while k < n and (toks[k].low in AUX or toks[k].low in _BETWEEN) and toks[k].low not in _BE:
        k += 1
    if k >= n or toks[k].low not in _BE:
        return False
    k += 1
    while k < n and (toks[k].low in _BE or toks[k].low in _BETWEEN):
        k += 1
    return k < n and verb_like(toks[k])


def known(words: set[str], dig: Digest) -> set[str]:
    """The `words` the sources use (a word of no source is a paraphrase, left to the coverage checks; a source's
    word is a party or thing of the thread, which a shifted cause moves the blame to)."""
    return {w for w in words if w in dig.by_word or w in dig.names}


def held(words: set[str], allowed: Collection[str], dig: Digest) -> bool:
    """Each of the doer's `words` is `allowed` (a word of the source's cause side or who it points to), a role
    the thread gives a name that is allowed ("the new plumber" for "Kofi Mensah"), or another part of an allowed
    person's full name."""
    missing = [w for w in words if w not in allowed]
    if not missing:
        return True
    roles = _roles(dig)
    given = set().union(*(roles.get(a, ()) for a in allowed))
    return all(w in given or _same_person(w, allowed, dig) for w in missing)


def _same_person(word: str, allowed: Collection[str], dig: Digest) -> bool:
    """`word` is a part of the one full name the thread gives another part that is `allowed` ("Marta Ruiz" for
    the cause side's "Marta", "Sam Okafor" for "Mr Okafor", review r20-s103-3). Not when that part names two
    people of the thread ("Marta Ruiz" and "Marta Lopez", "Joel Park" and "Dana Park"): which one the source
    means, its words do not say (review r20-s103-4)."""
    for g in _people(word, dig):
        for n in g:
            if n != word and (n in allowed or canon(n) in allowed) and len(_people(n, dig)) == 1:
                return True
    return False


def _people(name: str, dig: Digest) -> list[frozenset[str]]:
    """The distinct full names the thread gives `name` (a name group inside a longer one is that one; a title is
    no part of it: "Mr Okafor" is "Sam Okafor"), found once per digest and name. A name in more than
    `_MAX_PEOPLE` distinct groups is taken as theirs unfiltered (ambiguous either way: a hostile document
    naming thousands of "Marta"s costs no pairwise comparison)."""
    memo: dict[str, list[frozenset[str]]] = dig.cache.setdefault("people", {})
    found = memo.get(name)
    if found is None:
        groups = {frozenset(g) - _TITLES for g in dig.groups_with(name)}
        if len(groups) > _MAX_PEOPLE:
            found = list(groups)
        else:
            found = [g for g in groups if not any(g < h for h in groups)]
        memo[name] = found
    return found


_MAX_PEOPLE = 8
_TITLES = frozenset("mr mrs ms miss dr prof sir".split())


def _roles(dig: Digest) -> dict[str, frozenset[str]]:
    """Each name word -> the role words the sources set beside it ("The new plumber, Kofi Mensah,", "Kofi Mensah,
    the new plumber,", "our technician Bram Ekwueme"), digested once per set of documents."""
    found: dict[str, frozenset[str]] | None = dig.cache.get("roles")
    if found is None:
        out: dict[str, set[str]] = {}
        for f in dig.facts:
            for name, role in _appositions(f.toks):
                for w in name:
                    out.setdefault(w, set()).update(role)
        found = dig.cache["roles"] = {k: frozenset(v) for k, v in out.items()}
    return found


def _appositions(toks: Sequence[Tok]) -> list[tuple[set[str], set[str]]]:
    """(name words, role words) of each name a sentence sets beside a role noun phrase. One pass over the
    capitalised runs; each looks at a few tokens on either side."""
    out: list[tuple[set[str], set[str]]] = []
    n, k = len(toks), 0
    while k < n:
        if not toks[k].capital or toks[k].low in DETERMINERS:
            k += 1
            continue
        j = k
        while j < n and toks[j].capital:
            j += 1
        name = content_words(toks[k:j])
        before = _role_before(toks, k - 1 if k > 0 and toks[k - 1].low == "," else k)
        after = _role_after(toks, j + 1) if j < n and toks[j].low == "," else set()
        if name and (before or after):
            out.append((name, before | after))
        k = j
    return out


def _role_before(toks: Sequence[Tok], end: int) -> set[str]:
    """Lower-case content words straight before `end` after a determiner ("*the new plumber*, Kofi Mensah", "our
    *technician* Bram Ekwueme")."""
    k = end - 1
    while k >= 0 and end - k <= _NOUN_PHRASE and toks[k].content and not toks[k].capital:
        k -= 1
    if k == end - 1 or k < 0 or toks[k].low not in DETERMINERS:
        return set()
    return content_words(toks[k + 1 : end])


def _role_after(toks: Sequence[Tok], k: int) -> set[str]:
    """ "Kofi Mensah, *the new plumber*,": a determiner, then lower-case content words up to a comma."""
    if k >= len(toks) or toks[k].low not in DETERMINERS:
        return set()
    j = k + 1
    while j < len(toks) and j - k <= _NOUN_PHRASE and toks[j].content and not toks[j].capital:
        j += 1
    if j == k + 1 or j >= len(toks) or toks[j].low not in (",", "."):
        return set()
    return content_words(toks[k + 1 : j])


def parties(facts: Sequence[Fact]) -> frozenset[str]:
    """The names of the sources' people and firms, as written and canonical: the parties blame can move between."""
    names = {n for f in facts for n in f.names}
    return frozenset(names | {canon(n) for n in names})


def who(f: Fact, pointed: frozenset[str], named: frozenset[str]) -> frozenset[str]:
    """Who besides the words of a source link's cause side may be its doer: the subject line's words that name
    no party (`named`); for a pronoun on the cause side, the thing the sentence before or the subject line names
    ("it", "because of this"), for "I", "we", "I'm" the writer, for "he", "they", "you" the sentence's
    participants.
    Not a party only the sentence before names, nor the writer of an agentless cause ("Driver Piotr Nowak
    reported a squeal. Van 12 failed its test because the pads were worn": neither wore them, review
    r20-s103-2)."""
    out = set(f.topic - named)
    if pointed:  # "it", "this": the thing the sentence before or the subject line names; "he", "we": people too
        out |= f.topic
        if "writer" in pointed:
            out |= f.writers
        if "person" in pointed:
            out |= f.names - f.silent
    return frozenset(out | {canon(n) for n in out})
