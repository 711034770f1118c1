"""Cue-less totals: an amount that is the total of its source sentence's amounts.

"59,000 EUR had been spent" is faithful to "we had spent 41,000 EUR on the trade show and 18,000 EUR on paid
search" without "in total". Nothing else is: a difference, a product, a quotient, a sum of some of the
amounts, or the total given to one addend's object ("spent 59,000 EUR on the trade show", "The budget is
1,200 EUR" for "The budget is 900 EUR and the fee is 300 EUR") needs a cue word, which `Claim.arithmetic`
covers. One pass over the sentence's tokens; amounts are read in windows of a few tokens.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from guardrails_lite.validators.grounding import _numbers as numbers
from guardrails_lite.validators.grounding._words import Tok

__all__ = ["is_total"]

# Words that compare amounts ("1,500 EUR, which is 300 EUR more than the Mill": 1,800 is no total).
_COMPARING = frozenset("more less than cheaper dearer higher lower over under above below extra".split())
# Tokens that end one addend's clause ("41,000 EUR on the show and 18,000 EUR on search").
_JOINERS = frozenset({"and", ",", ";", "plus", "while", "whereas", "but"})
_WINDOW = 4  # an amount spans at most this many tokens ("41 thousand euros", "EUR 41,000")


def is_total(
    q: numbers.Quantity, toks: Sequence[Tok], quants: Sequence[numbers.Quantity], words: Collection[str]
) -> bool:
    """`q` (a money figure of a claim whose canonical content words are `words`) is the total of the two or
    more amounts of its currency in one source sentence (`toks`, `quants`), which compares none of them,
    and the claim does not give it to one addend's own words."""
    kind = numbers.base(q[0])
    if numbers.family(kind) != "money" or any(t.low in _COMPARING for t in toks):
        return False
    addends = [v for k, v in quants if numbers.base(k) == kind]
    if len(addends) < 2 or not numbers.close(q, sum(addends)):
        return False
    clauses = _addend_clauses(toks, kind)
    if len(clauses) != len(addends):
        return False  # two amounts in one clause: which words belong to which is not known
    own = _own_words(clauses)
    return sum(1 for w in own if not w.isdisjoint(words)) != 1


def _addend_clauses(toks: Sequence[Tok], kind: str) -> list[tuple[list[str], list[str]]]:
    """The clauses holding one amount of currency `kind` each, as (content words before it, after it)."""
    out: list[tuple[list[str], list[str]]] = []
    start = 0
    for end in [*(k for k, t in enumerate(toks) if t.low in _JOINERS), len(toks)]:
        clause = toks[start:end]
        start = end + 1
        at = [k for k in range(len(clause)) if clause[k].numeric and _money_at(clause, k, kind)]
        if len(at) > 1:
            return []
        if at:
            k = at[0]
            out.append(([t.canon for t in clause[:k] if t.content], [t.canon for t in clause[k:] if t.content]))
    return out


def _money_at(clause: Sequence[Tok], k: int, kind: str) -> bool:
    window = [t.low for t in clause[max(0, k - 1) : k + _WINDOW]]
    return any(numbers.base(found) == kind for found, _ in numbers.quantities(window))


def _own_words(clauses: list[tuple[list[str], list[str]]]) -> list[set[str]]:
    """Each addend's own words: its clause's words no other clause has. The first clause's words before its
    amount are everyone's when the later clauses leave theirs out ("spent 41,000 EUR on the show and 18,000
    EUR on search": both were spent), not when the first states its object there ("The budget is 900 EUR")."""
    first_tail = clauses[0][1]
    shared_lead = bool(first_tail) and all(not lead for lead, _ in clauses[1:])
    sets = [set(tail) if k == 0 and shared_lead else {*lead, *tail} for k, (lead, tail) in enumerate(clauses)]
    return [s.difference(*(o for j, o in enumerate(sets) if j != k)) for k, s in enumerate(sets)]
