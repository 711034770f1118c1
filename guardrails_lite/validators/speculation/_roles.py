"""A role stated for a name: "Faith Morgan is the new facilities manager", "Greyson Surfacing is the contractor".

Who holds which role is a fact a summary restates; the classifier reads the name's "is the ..." as a verdict
("Frostway Ice Arena is the finest rink in the region", "Sparkle Bay is a terrible car wash"). A role statement
here is a capitalised subject, "is"/"was" "the", at most three modifiers that are nouns or a time of office
("new", "acting", "site", "facilities"), a role noun (the people nouns, or a compound in -man/-woman/-person)
and the end of the sentence: a verdict noun, an adjective ("the real decision-maker", "the best plumber") or
anything after the role ("the one to blame") is no role. Read for the classifier's hits only; one pass.
"""

from __future__ import annotations

from guardrails_lite.validators.speculation._kinds_lexicon import PEOPLE_NOUN
from guardrails_lite.validators.speculation._opinion import VERDICT_NOUNS
from guardrails_lite.validators.speculation._wordclasses import wordclasses

_COPULA = frozenset({"is", "was"})
_OFFICE = frozenset("new current acting interim former deputy assistant senior junior chief head lead".split())
_END = frozenset({".", "!"})


def role_statement(lowers: list[str], capitals: list[bool]) -> bool:
    """The sentence only says which role a named subject holds (see the module docstring)."""
    k = next((k for k, w in enumerate(lowers) if w in _COPULA), 0)
    if k == 0 or not all(capitals[m] or lowers[m] == "the" for m in range(k)):
        return False
    if k + 1 >= len(lowers) or lowers[k + 1] != "the":
        return False
    end = len(lowers) - 1 if lowers[-1] in _END else len(lowers)
    head = lowers[end - 1]
    modifiers = lowers[k + 2 : end - 1]
    if end - (k + 2) < 1 or len(modifiers) > 3 or any(capitals[k + 2 : end]) or head in VERDICT_NOUNS:
        return False
    if head not in PEOPLE_NOUN and not head.endswith(("man", "woman", "person")):
        return False
    adjectives = wordclasses().adjectives
    # A superlative is a ranking ("the cheapest contractor"), whatever its lemma.
    return all(w.isalpha() and (w in _OFFICE or (w not in adjectives and not _superlative(w))) for w in modifiers)


def _superlative(word: str) -> bool:
    return word.endswith("est") or word in ("best", "worst", "most", "least")
