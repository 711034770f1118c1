"""Structural rules of `speculation`: kinds of statement rather than listed phrases.

Each rule looks at a bounded window of lower-cased tokens around one position, so a sentence costs
linear time whatever its content. Returns (category, start, end) with indices into the sentence.
"""

from __future__ import annotations

from itertools import pairwise

from guardrails_lite.validators.speculation._hit import RuleHit
from guardrails_lite.validators.speculation._lexicon import (
    CAUSE_CUES,
    CLEARLY_DOC,
    COGNITION,
    COGNITION_FILLER,
    CONDITIONAL,
    DEGREE,
    FAULT,
    FIRST_PERSON_SUBJ,
    HIDDEN_TRUTH,
    INTENT,
    LINKING,
    LOOK_WORDS,
    MENTAL_ADJ,
    MENTAL_VERBS,
    MOTIVE_PURPOSE,
    NEVER_ATTITUDE,
    OPINION_NOUN,
    POSSESSIVE,
    PRETEXT,
    PRETEXT_BEFORE,
    PROTEGE,
    REFLEXIVE,
    SHIELD_VERBS,
)

_SELF = frozenset({"i", "we", "you", "i'm", "we're"})
_THIRD = frozenset({"he", "she", "they"})
_APPEAR = frozenset("seem seems seemed appear appears appeared look looks looked sound sounds sounded".split())
_MUST_STATIVE = frozenset("feel think hate want regret resent suspect realise realize believe wonder".split())
_INFER = frozenset("suggest suggests suggesting indicate indicates indicating imply implies implying".split())
_PAST_IRREGULAR = frozenset("said came went gave took made sent wrote did got put let left spoke told".split())
_HIDE = frozenset("hide bury conceal".split())
# "must be in trouble": a plight guessed at, unlike "must be in the office by nine".
_PLIGHT = frozenset("trouble difficulty difficulties denial panic crisis financial serious over deep".split())
# "skipped the meeting to avoid the vote": a reason for an absence nobody gave.
_ESCAPE = frozenset("avoid dodge escape duck evade".split())
_ABSENT = frozenset("skipped missed left cancelled canceled stayed avoided dropped pulled ducked".split())
_TRULY = frozenset("really truly fully".split())
# Contentment is what e-mails announce; its denial ("is not happy") is usually a reading of someone.
_CONTENT = frozenset("happy pleased satisfied thrilled impressed comfortable".split())
_NOT = frozenset({"not", "n't", "never"})
# "will clearly mark": manner, not inference.
_MANNER_BEFORE = frozenset("will 'll should must to please shall".split())
# What everyone or nobody privately knows, thinks or would admit: nobody can check it.
_GENERIC = frozenset("everyone everybody nobody noone".split())
_GROUP_MIND = frozenset(
    "knew knows thinks thought believes believed suspects suspected realises realizes realised realized wants "
    "wanted likes liked trusts trusted cares cared expects expected".split()
)
_WILL = frozenset("will would wants dares dared 'll".split())
_DISCLOSE = frozenset("say admit mention".split())
_PERSON = frozenset("he she they someone somebody his her their".split())


def general_hits(lowers: list[str], capitals: list[bool] | None = None) -> list[RuleHit]:
    """Hits of the structural rules in one sentence (token strings, lower-cased; `capitals[k]` says
    whether token k was written with a capital)."""
    hits: list[RuleHit] = []
    if _STARTS.isdisjoint(lowers):
        return hits  # most sentences: one set test instead of a pass over the tokens
    # A condition anywhere in the sentence makes "might" part of a plan, not a guess.
    conditional = not CONDITIONAL.isdisjoint(lowers)
    first_condition = next(k for k, w in enumerate(lowers) if w in CONDITIONAL) if conditional else len(lowers)
    # Most tokens start no rule: their positions are skipped in one comprehension.
    for i in [k for k, w in enumerate(lowers) if w in _STARTS]:
        w, condition_before = lowers[i], first_condition <= i
        # The two groups start on disjoint words, so at most one rule fires per token, as in one chain.
        if w in _GUESS_STARTS:
            person = capitals is not None and i > 0 and capitals[i - 1] and lowers[i - 1] not in _NOT_PERSON
            hit = _guess(lowers, i, conditional, person)
        else:
            hit = _reading(lowers, i, condition_before)
        if hit is not None:
            hits.append(hit)
    return hits


def _guess(lowers: list[str], i: int, conditional: bool, person: bool = False) -> RuleHit | None:
    """The writer's own guess: a belief, a hunch, an epistemic modal, an appearance or an inference."""
    w, nxt, n = lowers[i], _ahead(lowers, i + 1), len(lowers)
    # The writer's own belief: "I reckon", "we suspect", "I'd say", "I am sure".
    if w in FIRST_PERSON_SUBJ:
        j = i + 1
        while j < min(n, i + 4) and lowers[j] in COGNITION_FILLER:
            j += 1
        if j < n and lowers[j] in COGNITION and not (w == "we" and lowers[j] == "expect"):
            return RuleHit("hedge", i, j + 1)
    elif w in ("my", "our") and nxt in OPINION_NOUN and _ahead(lowers, i + 2) != "-":
        return RuleHit("hedge", i, i + 2)
    elif w in ("my", "our") and nxt in _OPINION_ADJ and _ahead(lowers, i + 2) in OPINION_NOUN:
        return RuleHit("hedge", i, i + 3)  # "our best guess", "my honest read"
    # "might" is epistemic outside a condition ("if it slips, we might ..." is a plan, not a guess).
    elif w in ("might", "might've", "mightn't") and not (conditional and plan(lowers, i, person)):
        return RuleHit("hedge", i, i + 1)
    elif w in ("may", "could"):
        return _modal_outcome(lowers, i, conditional, person)
    elif w in ("must", "must've") and (
        _perfect(lowers, i)  # "must have cut corners": a deduction about the past, not a rule
        or nxt in _MUST_STATIVE
        or (nxt == "be" and i + 2 < n and lowers[i + 2].endswith("ing") and len(lowers[i + 2]) > 5)
        or (nxt == "be" and _ahead(lowers, i + 2) == "in" and _ahead(lowers, i + 3) in _PLIGHT)
    ):
        return RuleHit("hedge", i, i + 2)
    elif w in ("should", "should've", "shouldn't") and _perfect(lowers, i) and "been" not in lowers[i + 1 : i + 3]:
        # "should have caught it": blame for what someone did ("should have been lost" is an expectation)
        return RuleHit("attribution", i, i + 3)
    elif w in _APPEAR and nxt in ("that", "like", "as") and not (nxt == "as" and _ahead(lowers, i + 2) != "if"):
        return RuleHit("hedge", i, i + 2)
    elif w in _INFER and nxt == "that":
        return RuleHit("hedge", i, i + 2)
    return None


_PARTICIPLES = frozenset(
    "cut put let hit set done gone been made had got sent lost left kept told said paid known seen taken given "
    "forgotten written caught thought bought brought built spent felt meant held found run become".split()
)


def _perfect(lowers: list[str], i: int) -> bool:
    """A modal's perfect: "must have cut", "must've known", "should have caught"."""
    j = i + 1 if lowers[i].endswith("'ve") else i + 2
    if not lowers[i].endswith("'ve") and _ahead(lowers, i + 1) not in ("have", "'ve"):
        return False
    w = _ahead(lowers, j)
    return w in _PARTICIPLES or (len(w) > 3 and w.endswith(("ed", "en")))


def _reading(lowers: list[str], i: int, condition_before: bool) -> RuleHit | None:
    """A reading of other people: their feelings, motives, faults, or what everyone privately knows."""
    w, nxt = lowers[i], _ahead(lowers, i + 1)
    before = lowers[i - 1] if i > 0 else ""
    if (
        (w in MENTAL_ADJ or (w in _CONTENT and before in _NOT))
        and not (w == "relieved" and nxt == "of")
        and not (w == "hurt" and (nxt in _INJURED_AT or not _HURT_BODY.isdisjoint(lowers[max(0, i - 3) : i])))
        and not condition_before
        and _linked(lowers, i)
    ):
        return RuleHit("attribution", i, i + 1)
    if w in MENTAL_VERBS and before not in _SELF:
        return RuleHit("attribution", i, i + 1)
    if w in ("knows", "knew") and nxt in _THIRD and before not in _SELF:
        return RuleHit("attribution", i, i + 2)
    if w == "to":
        return _purpose(lowers, i)
    if w == "only" and (nxt.endswith("ed") or nxt in _PAST_IRREGULAR):
        return _only_because(lowers, i)
    if w in FAULT and _blamed_cause(lowers, i):
        return RuleHit("attribution", i, i + 1)
    if w in ("feels", "felt") and i > 0 and before not in _SELF | LINKING | {"who"}:
        return RuleHit("attribution", i, i + 1)
    if w == "never" and (nxt in NEVER_ATTITUDE or (nxt in _TRULY and _ahead(lowers, i + 2) in NEVER_ATTITUDE)):
        return RuleHit("attribution", i, i + 2)
    if w in ("protecting", "protect", "protects", "shielding") and (
        nxt in PROTEGE or (nxt in POSSESSIVE and (_ahead(lowers, i + 2) in PROTEGE or _ahead(lowers, i + 2) in _PET))
    ):
        return RuleHit("attribution", i, i + 2)
    if w == "clearly" and nxt not in CLEARLY_DOC and before not in _MANNER_BEFORE:
        return RuleHit("hedge", i, i + 1)
    if (w in _GENERIC or (w == "one" and before == "no")) and (
        nxt in _GROUP_MIND or (nxt in _WILL and _ahead(lowers, i + 2) in _DISCLOSE)
    ):
        return RuleHit("unverifiable", i, i + 2)
    if w in PRETEXT and before in PRETEXT_BEFORE:
        return RuleHit("attribution", i - 1, i + 1)
    if w == "too" and nxt in MENTAL_ADJ and _ahead(lowers, i + 2) == "to":
        return RuleHit("attribution", i, i + 3)
    if w == "real" and before in ("the", "'s", "his", "her", "their", "its") and nxt in HIDDEN_TRUTH:
        return RuleHit("unverifiable", i - 1, i + 2)
    return None


_INJURED_AT = frozenset("in during at by when while".split())  # "nobody was hurt in the incident": a body, not a mind
_HURT_BODY = frozenset("nobody no anyone seriously badly".split())  # "Nobody was hurt, and ...", "no one was hurt"
_PET = frozenset("own favourite favorite pet precious".split())  # "protecting his favourite project"
_NOT_PERSON = frozenset("the this that it there we i you".split())
_OPINION_ADJ = frozenset("best honest educated considered strong own first gut personal".split())


def plan(lowers: list[str], i: int, person: bool = False) -> bool:
    """A modal at `i` under a condition that plans or states a risk ("the release might slip if testing
    finds blockers", "we might have to move it if ..."), not a guess: a counterfactual ("could have been
    prevented if") guesses, and so does a conditional about a `person` ("Amaka might not stay if ...")."""
    after = lowers[i + 1 : i + 3]
    if after in (["have", "to"], ["need", "to"]):
        return True
    if after[:1] in (["have"], ["'ve"]):
        return False
    before = lowers[i - 1] if i > 0 else ""
    if lowers[i] in ("might", "could") and before not in _SELF and _guessed_outcome(lowers, i):
        return False  # "the wifi might struggle if people bring ...", "could well be late if May turns cold"
    return not (person or before in _THIRD)


def _guessed_outcome(lowers: list[str], i: int) -> bool:
    """What follows the modal at i under a condition is a guessed outcome, not a contingency in a plan: odds
    weighed ("could well", "might even"), a failure ("might not cope", "might not stay long") or a setback other
    than a date moving ("might struggle", "might withdraw"; "the release might slip if ..." re-plans a date)."""
    k = i + 1
    while _ahead(lowers, k) in _MODAL_SKIP:
        k += 1
    skipped = lowers[i + 1 : k]
    if not _ODDS.isdisjoint(skipped) or not _NOT.isdisjoint(skipped):
        return True
    return _ahead(lowers, k) in _SETBACK and _ahead(lowers, k) not in _RESCHEDULED


def _modal_outcome(lowers: list[str], i: int, conditional: bool, person: bool) -> RuleHit | None:
    """A bare "may"/"could" before a setback nobody has reported: "the festival office may end up short", "the
    compressor could slip past 18 June", "the hotel may refuse to hold the rooms". Permissions ("visitors may
    park in bay 2", "either party may end the agreement"), past inability ("could not reach"), requests
    ("Could you send ...", "we could talk after lunch") and conditional plans are none: the verb must be a
    setback, after a subject that is neither the writer nor the reader."""
    if i == 0 or lowers[i - 1] in _SELF or (lowers[i] == "could" and _ahead(lowers, i + 1) in ("not", "n't")):
        return None
    k = i + 1
    while _ahead(lowers, k) in _MODAL_SKIP:
        k += 1
    verb, nxt = _ahead(lowers, k), _ahead(lowers, k + 1)
    setback = (
        # "may yet fall ill", "could well close", "could even fold": odds, whatever the verb ("may even bring
        # their dogs" grants a permission)
        not (_ODDS if lowers[i] == "could" else _MAY_ODDS).isdisjoint(lowers[i + 1 : k])
        or verb in _SETBACK
        or (verb in _PARTICLE_SETBACK and nxt in _PARTICLE_SETBACK[verb])
        or (verb == "take" and nxt in _LONG_TIME)
        # "may need another repair": a repeat guessed
        or (verb == "need" and nxt in _AGAIN_NEEDED and _ahead(lowers, k + 2) in _WORK_ON_WORN)
        or (_ahead(lowers, i + 1) in ("not", "n't") and _late(lowers[k : k + 7]))  # "may not arrive in time either"
    )
    if not setback or (conditional and plan(lowers, i, person)) or _a_right(lowers, i, k):
        return None
    return RuleHit("hedge", i, k + 1)


def _a_right(lowers: list[str], i: int, k: int) -> bool:
    """ "Either party may withdraw with 30 days' notice", "tenants may object within 14 days": a party's act after a
    plain "may" with the terms that grant it is a right (review r14a M3); "the hotel may refuse to hold the rooms"
    and "the landlord may refuse to renew the lease" stay guesses."""
    if lowers[i] != "may" or _ahead(lowers, k) not in _ACTS or k != i + 1:  # "may well/even refuse" hedges
        return False
    # Only a party the terms name has a right (review r15a M7): "Marco may quit if he does not get the raise",
    # "Dana may complain to the board if ..." and "The supplier may refuse to deliver at checkout" guess.
    return i > 0 and lowers[i - 1] in _PARTY and not _TERMS.isdisjoint(lowers[k + 1 : k + 13])


# Setbacks a modal guesses at (not permissions: "may park", "may leave", "may cancel within 14 days").
_SETBACK = frozenset(
    "struggle slip fail overrun collapse crash refuse withdraw lose miss sink backfire stall suffer flop balk "
    "object complain sue quit resign hesitate regret reject decline jeopardise jeopardize derail disrupt "
    "delay damage worsen deteriorate crack leak rot spoil die perish corrode rust overheat freeze wilt sicken "
    "fade shrink flood".split()
)
# Adverbs that weigh a modal's odds ("may yet", "could well", "might even"): a guess whatever follows.
_ODDS = frozenset("yet well even easily".split())
_AGAIN_NEEDED = frozenset("another more further".split())
# Work a worn thing needs again ("may need another repair"); "may need another form of ID" asks for a document.
_WORK_ON_WORN = frozenset("repair repairs fix fixes replacement overhaul patch service callout call-out".split())
# Setbacks that move a date, which a plan's contingency names ("the release might slip if testing finds blockers").
_RESCHEDULED = frozenset("slip delay overrun".split())
_MAY_ODDS = frozenset("yet well".split())
# Acts of a party, which contracts, leases and policies grant with "may" (a setback only as a guess).
_ACTS = frozenset("refuse withdraw object complain sue quit resign reject decline balk".split())
_TERMS = frozenset(
    "notice within under if unless days weeks months checkout ombudsman clause terms before until exchange".split()
)
# Parties and roles that contracts, leases and policies grant acts to (singular and plural).
_PARTY = frozenset(
    f"{w}{s}"
    for w in """party tenant landlord buyer seller employee member customer guest user borrower lender licensee
    contractor subscriber passenger patient student resident holder""".split()
    for s in ("", "s")
) | frozenset({"parties"})
_PARTICLE_SETBACK = {
    "end": frozenset({"up"}),
    "back": frozenset({"out"}),
    "pull": frozenset({"out"}),
    "fall": frozenset("short behind through apart over ill sick".split()),
    "get": frozenset("worse sick ill".split()),
    "run": frozenset("out short late over dry low".split()),
    "go": frozenset("bust under wrong".split()),
    "break": frozenset({"down"}),
    "drag": frozenset({"on"}),
    "turn": frozenset({"down"}),
}


def _late(window: list[str]) -> bool:
    """ "in time", "on time", "either" or "by <day>" after a negated modal: a deadline guessed missed ("may not be
    delivered on time", "may not open fully by Friday"), not a rule ("visitors may not arrive before 09:00")."""
    return (
        "either" in window
        or any(w in ("in", "on") and n == "time" for w, n in pairwise(window))
        or any(w == "by" and n in _DEADLINE_WORDS for w, n in pairwise(window))  # "may not open fully by Friday"
    )


# A day or time a negated guess is measured against ("may not open by Friday"; "by the gate" is a place).
_DEADLINE_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday tomorrow tonight today then noon midday midnight
    january february march april may june july august september october november december""".split()
)


_LONG_TIME = frozenset("weeks months years ages longer forever days".split())
_MODAL_SKIP = frozenset("not n't well easily even still also yet already quickly soon".split())


def _ahead(lowers: list[str], k: int) -> str:
    return lowers[k] if k < len(lowers) else ""


def _linked(lowers: list[str], k: int) -> bool:
    """A feeling word after a linking verb ("is ... worried"), not said of the writer or reader."""
    j = k - 1
    while j >= max(0, k - 4) and lowers[j] in DEGREE:
        j -= 1
    if j < 0 or lowers[j] not in LINKING:
        return False
    return j == 0 or lowers[j - 1] not in _SELF


def _purpose(lowers: list[str], i: int) -> RuleHit | None:
    """A purpose clause that reads a motive into an act: "to cover herself", "to make X look bad"."""
    a, b = _ahead(lowers, i + 1), _ahead(lowers, i + 2)
    if a in MOTIVE_PURPOSE:
        return RuleHit("attribution", i, i + 2)
    if a in SHIELD_VERBS and (b in REFLEXIVE or b in ("him", "her", "them")):
        if b == "itself" and not _MACHINES.isdisjoint(lowers[max(0, i - 6) : i]):
            return None  # "the engine stops to protect itself": a safety design, not a motive
        return RuleHit("attribution", i, i + 3)
    if a in ("look", "seem", "appear") and (b in LOOK_WORDS or _ahead(lowers, i + 3) in LOOK_WORDS):
        return RuleHit("attribution", i, i + 3)
    if a in ("push", "force", "squeeze", "ease", "drive", "freeze") and "out" in lowers[i + 2 : i + 6]:
        return RuleHit("attribution", i, i + 2)
    if a == "make":
        window = lowers[i + 2 : i + 8]
        for k, w in enumerate(window[:-1]):
            if w in ("look", "seem", "appear") and window[k + 1] in LOOK_WORDS:
                return RuleHit("attribution", i, i + 2)
    if a in _ESCAPE and any(w in _ABSENT for w in lowers[max(0, i - 8) : i]):
        return RuleHit("attribution", i, i + 2)
    if a in _HIDE and i > 0 and lowers[i - 1] in INTENT:
        return RuleHit("attribution", i - 1, i + 2)
    return None


# Things that protect "itself" by design: no motive in "the pump shuts down to protect itself".
_MACHINES = frozenset(
    """engine engines motor motors pump pumps unit units machine machines system systems device devices fan fans
    boiler boilers sensor sensors controller controllers compressor compressors generator generators battery
    batteries charger chargers software firmware app server servers circuit breaker inverter lift desk""".split()
)


def _only_because(lowers: list[str], i: int) -> RuleHit | None:
    """ "X only agreed because ...": a hidden reason behind an act."""
    for k in range(i + 2, min(len(lowers), i + 12)):
        if lowers[k] == "because" and (k == i + 2 or _ahead(lowers, k + 1) in _PERSON):
            return RuleHit("attribution", i, k + 1)  # "only signed because the discount was ending": the one reason
        if lowers[k] == "so" and _ahead(lowers, k + 1) in ("that", "he", "she", "they"):
            return RuleHit("attribution", i, k + 1)
    return None


def _blamed_cause(lowers: list[str], k: int) -> bool:
    """A fault of someone's given as a cause: "down to Victor's poor planning", "because of her mistakes"."""
    owned = any(lowers[j] in POSSESSIVE for j in range(max(0, k - 2), k))
    return owned and any(lowers[j] in CAUSE_CUES for j in range(max(0, k - 7), k))


# Every word that can start a rule above (kept in step with `_guess` and `_reading`).
_GUESS_STARTS = (
    FIRST_PERSON_SUBJ
    | _APPEAR
    | _INFER
    | frozenset("my our might might've mightn't may could must must've should should've shouldn't".split())
)
_STARTS = (
    _GUESS_STARTS
    | MENTAL_ADJ
    | MENTAL_VERBS
    | FAULT
    | PRETEXT
    | _CONTENT
    | _GENERIC
    | frozenset(
        "knows knew to only feels felt never protecting protect protects shielding clearly one too real".split()
    )
)
