"""Blame insinuated and claims made as questions (wave 9), recognised by construction:

* a stance adverb that calls a mishap expected or too convenient: "Conveniently, the logs were deleted",
  "Of course it was the night shift again", "Once again the finance team dropped the ball", "It's no
  coincidence that ..."; "of course", "naturally", "as usual" and the repetitions insinuate only when the
  sentence tells of a mishap, a fault, a failure or who it was ("Of course, the hall has parking" passes);
* a rhetorical question: a question that asserts ("Why would anyone trust them?", "Isn't it obvious ...?",
  "How hard can it be ...?", "Could the timing be any worse?", "Is it any wonder ...?"); questions to or
  from the reader ("Would you like ...?", "Shall we ...?") pass.
"""

from __future__ import annotations

from guardrails_lite.validators.speculation._hit import RuleHit
from guardrails_lite.validators.speculation._hit import word_at as _at  # short: rules read words around a cue
from guardrails_lite.validators.speculation._kinds_lexicon import MISHAP, NEGLECT_VERB, PEOPLE_NOUN, forms
from guardrails_lite.validators.speculation._wordclasses import wordclasses

# Calling a coincidence suspicious insinuates on its own.
_SUSPICIOUS = (
    ("conveniently",),
    ("suspiciously",),
    ("tellingly",),
    ("funnily", "enough"),
    ("oddly", "enough"),
    ("curiously", "enough"),
    ("strangely", "enough"),
    ("surprise", "surprise"),
    ("no", "coincidence"),
    ("no", "accident"),
    ("not", "a", "coincidence"),
)
# Calling something expected or habitual insinuates when the sentence tells of a fault or who it was.
_EXPECTED = (
    ("of", "course"),
    ("naturally",),
    ("predictably",),
    ("unsurprisingly",),
    ("not", "surprisingly"),
    ("typically",),
    ("inevitably",),
    ("characteristically",),
    ("somehow",),
    ("as", "usual"),
    ("as", "always"),
    ("as", "ever"),
    ("once", "again"),
    ("yet", "again"),
    ("for", "the", "umpteenth", "time"),
    ("not", "for", "the", "first", "time"),
)
_LASTS = frozenset(p[-1] for p in _SUSPICIOUS + _EXPECTED)
# Comments on a coincidence that open a sentence ("Strangely, ...", "Odd that ...", "It is curious how ..."):
# calling it odd insinuates on its own; calling it notable does when the sentence tells of a fault or singles
# someone out ("Notably, the only missing invoice is the one Clara handled").
_ODD = frozenset("strange odd curious funny weird peculiar suspicious convenient telling ironic coincidental".split())
_NOTABLE = frozenset("interesting notable noteworthy remarkable surprising revealing significant".split())
_COMMENT = {w: w in _ODD for w in _ODD | _NOTABLE}
# Their adverbs: "strangely", "notably", "funnily", "ironically".
for _w, _odd in list(_COMMENT.items()):
    _COMMENT.update(dict.fromkeys((_w + "ly", _w[:-1] + "y", _w[:-1] + "ily", _w + "ally"), _odd))
# "One wonders whether ...", "makes you wonder", "hard not to wonder": a doubt raised without a doubter.
_WONDER = frozenset("wonder wonders wondering".split())
#: Every word that can open or close a stance phrase: a sentence with none of them costs one set test.
CUES = _LASTS | {"?", "worth"} | frozenset(_COMMENT) | _WONDER
# Each phrase (with whether it is suspicious on its own) under its first word: one look-up per token.
_BY_FIRST: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
for _phrase in _SUSPICIOUS + _EXPECTED:
    _BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _phrase in _SUSPICIOUS))
_FAILURES = "fail lose/lost/losing miss drop/dropped/dropping break/broke/broken blame forget/forgot/forgotten"
# What makes "as usual" an insinuation: a mishap, a neglect, a failure, a loss, a denial, or "it was X".
_BAD = (
    MISHAP
    | frozenset(f for verb in _FAILURES.split() for f in forms(verb))
    | NEGLECT_VERB
    | frozenset("late wrong nobody not n't never no mistake error ball".split())
)
_CLEFT = frozenset({"was", "were"})
_HABIT = (("as", "usual"), ("as", "always"), ("as", "ever"))
_PERSONS = frozenset("he she they someone somebody".split())
_THE = frozenset("the our their his her".split())
_FUNCTION = frozenset(
    "the a an as this that these those it its our their his her my your we i you there here in on at for of to "
    "by with from after before during since until if when while once yet again so but and or no not".split()
)
_IFS = frozenset({"if", "unless", "when", "whenever"})


def insinuation_hits(lowers: list[str]) -> list[RuleHit]:
    """Hits of insinuated blame and rhetorical questions in one lower-cased sentence."""
    hits: list[RuleHit] = []
    if not _LASTS.isdisjoint(lowers):  # the phrases' last words are rarer than their first ("of", "as")
        hits.extend(_stance(lowers, _someone_acts(lowers)))
    if lowers and lowers[-1] == "?" and (hit := _rhetorical(lowers)) is not None:
        hits.append(hit)
    if (lowers and lowers[0] in _OPENS) or not _WONDER.isdisjoint(lowers):
        if (hit := _comment(lowers)) is not None:
            hits.append(hit)
    return hits


def _comment(lowers: list[str]) -> RuleHit | None:
    """An opening comment on a coincidence ("Curiously,", "Odd that", "It is worth noting that") or a doubt
    raised by nobody ("One wonders whether", "It makes you wonder"): the insinuation is the writer's."""
    k = 2 if lowers[:1] == ["it"] and _at(lowers, 1) in _IT_IS else 0
    w, nxt = _at(lowers, k), _at(lowers, k + 1)
    odd = _COMMENT.get(w)
    if w == "worth" and nxt in _WORTH_DOING:
        odd, nxt = False, _at(lowers, k + 2)
    if odd is not None and (nxt in _THAT_HOW or (k == 0 and nxt == "," and w.endswith("ly"))):
        if odd or not _BAD.isdisjoint(lowers) or _cleft(lowers) or _singled(lowers) or _habit(lowers):
            return RuleHit("attribution", 0, k + 2)
    for i, w in enumerate(lowers):
        if w in _WONDER and _at(lowers, i - 1) in _WONDERERS:
            return RuleHit("attribution", i - 1, i + 1)
    return None


def _singled(lowers: list[str]) -> bool:
    """ "the only person with access", "the last one to see the file", "the one Clara handled": one person
    singled out."""
    return any(
        (w in ("only", "last") and _at(lowers, k + 1) in _ONE)
        or (w == "one" and _at(lowers, k - 1) == "the" and _at(lowers, k + 1) not in _FUNCTION | {"", "."})
        for k, w in enumerate(lowers)
    )


def _habit(lowers: list[str]) -> bool:
    """ "only ever mixes up orders on Mondays", "always forgets", "every time": a pattern pinned on someone."""
    return "always" in lowers or any(
        lowers[k + 1] in ("ever", "time") and w in ("only", "every") for k, w in enumerate(lowers[:-1])
    )


_IT_IS = frozenset("is 's was seems".split())
_OPENS = frozenset(_COMMENT) | {"it", "worth"}  # the words a comment opens with
_THAT_HOW = frozenset({"that", "how"})
_WORTH_DOING = frozenset("noting mentioning asking remembering pointing".split())
_WONDERERS = frozenset("one you to help".split())  # "one wonders", "makes you wonder", "not to wonder"
_ONE = frozenset("one person people member employee who".split())


def _someone_acts(lowers: list[str]) -> bool:
    """The sentence opens with a person or a team as its subject ("Felix picked ...", "HR will side ...",
    "The landlord ..."), not a thing ("As usual, the newsletter goes out ...")."""
    first = lowers[0] if lowers else ""
    if first in _PERSONS or (first in _THE and len(lowers) > 1 and lowers[1] in PEOPLE_NOUN):
        return True
    return first.isalpha() and first not in _FUNCTION and first not in wordclasses().verbs


def _stance(lowers: list[str], someone: bool) -> list[RuleHit]:
    bad: bool | None = None  # computed once, on the first expected-marker
    for i, w in enumerate(lowers):
        for phrase, suspicious in _BY_FIRST.get(w, ()):
            if tuple(lowers[i : i + len(phrase)]) != phrase:
                continue
            if not suspicious:
                if bad is None:  # "If the payment fails once again, ..." is a plan, not an insinuation
                    bad = (not _BAD.isdisjoint(lowers) or _cleft(lowers)) and _IFS.isdisjoint(lowers)
                if not bad and not (someone and phrase in _HABIT):  # "HR will side with the managers as usual"
                    break
            return [RuleHit("attribution", i, i + len(phrase))]
    return []


def _cleft(lowers: list[str]) -> bool:
    """ "it was the night shift", "it was Marco": a doer singled out."""
    return any(lowers[k] == "it" and lowers[k + 1] in _CLEFT for k in range(len(lowers) - 1))


_MODAL_Q = frozenset("would could can should".split())
_AUX_Q = frozenset("is was are were does did do has have had will would could should can".split())
_ASKER = frozenset("you your yours i we me us shall".split())  # a question to or from the reader
_ANY_MORE = frozenset("worse wonder surprise".split())
_WHO = frozenset("would could".split())
_BELIEF = frozenset("have blame trust believe think imagine expect argue deny disagree doubt".split())
_ANYONE_Q = frozenset("anyone anybody".split())
_BE_Q = frozenset("be been get got".split())
_STANCE_ADJ = frozenset("obvious clear odd strange funny convenient typical ironic telling suspicious rich".split())
_THEY = frozenset("they he she people anyone anybody it".split())
_SO = frozenset({"so", "such"})


def _comparative(word: str) -> bool:
    """ "messier", "clearer", "slower": a comparative after "any" in a question asserts its opposite."""
    return len(word) > 4 and word.endswith(("ier", "er")) and word.isalpha()


def _asserting_verb(word: str) -> bool:
    """ "have" (a counterfactual) or a verb of feeling or belief: "Who could blame them?", not "Who could cover
    the Friday shift?"."""
    return word in _BELIEF or word in wordclasses().feeling_verbs


def _rhetorical(lowers: list[str]) -> RuleHit | None:
    """The span of an asserting question: "Why would anyone ...", "Who else ...", "Who could blame them",
    "How hard can it be", "What did they expect", a negated auxiliary opening it ("Isn't it ...", "Didn't
    they ..."), "any" before a comparative or "wonder" ("any worse", "any wonder"), "in their right mind"."""
    if not _ASKER.isdisjoint(lowers) or len(lowers) < 3:
        return None
    first, second, third = lowers[0], lowers[1], lowers[2]
    if first == "why" and second in _MODAL_Q and (third in _THEY or "ever" in lowers):
        return RuleHit("opinion", 0, 2)  # "Why would anyone trust them?", "Why would the vendor ever admit it?"
    if first == "who" and (second == "else" or (second in _WHO and _asserting_verb(third))):
        return RuleHit("opinion", 0, 2)  # "Who else ...", "Who could blame them?", "Who would have thought ...?"
    if first == "how" and (third in ("can", "could") or (second, third) == ("many", "times")):
        return RuleHit("opinion", 0, 3)  # "How hard can it be", "How many times ..."
    if first == "how" and second in _MODAL_Q and not _SO.isdisjoint(lowers):
        return RuleHit("opinion", 0, 2)  # "How could the team miss something so obvious?"
    if first == "what" and second in ("did", "do", "does") and "expect" in lowers[3:6]:
        return RuleHit("opinion", 0, 2)  # "What did they expect ...", "What did the board expect ..."
    if first in _AUX_Q and second in ("n't", "not") and (third in _ANYONE_Q or _at(lowers, 3) in _STANCE_ADJ):
        return RuleHit(
            "opinion", 0, 2
        )  # "Isn't it obvious ...", "Didn't anyone read ..."; not "Isn't the deadline on Friday?"
    for k in range(len(lowers) - 1):
        if lowers[k] == "any" and (
            lowers[k + 1] in _ANY_MORE or (_comparative(lowers[k + 1]) and _at(lowers, k - 1) in _BE_Q)
        ):
            return RuleHit(
                "opinion", k, k + 2
            )  # "Could the timing be any worse?", "Is it any wonder ...?"; not "deliver any earlier?"
        if lowers[k : k + 2] == ["right", "mind"]:
            return RuleHit("opinion", k, k + 2)  # "Who in their right mind ...?"
    return None
