"""Blame stated as fact: "It was Kwame who left the forklift there", "The delay is the supplier's doing".

`grounding` checks a stated cause against the sources; these are the constructions whose whole point
is to pin something on someone, which `speculation` flags unless a source says the same (its source
check) or someone is quoted saying it (its reported-speech check): "it was X who", "X's doing",
"is the reason", "is what sank ...", "responsible for" a mishap, "X, not Y, lost the parcel", "ruined",
"sabotaged", a mishap "caused" or "led to", a person who "failed to" or "forgot to", "held up" / "sitting on" something.
A role ("responsible for the budget"), a thing that failed, or a plain account of who did what
("Kwame left the forklift there") is not blame.
One pass over the tokens: linear in the sentence.
"""

from __future__ import annotations

from itertools import pairwise

from guardrails_lite.validators.speculation._counterfactual import participle
from guardrails_lite.validators.speculation._kinds_lexicon import FAULT_NOUN, MISHAP, PEOPLE_NOUN
from guardrails_lite.validators.speculation._terms import IRREGULAR

_MISHAP = (
    frozenset(
        """delay delays outage failure failures mistake mistakes problem problems loss losses damage overbooking
    error errors breach leak mess incident cancellation overrun shortfall late lost missing disconnected
    crash collapse mix-up confusion poisoning recall breakdown flooded burst cracked stolen spoiled spoilt""".split()
    )
    | MISHAP
)
_WRECK = frozenset("ruined sank sunk wrecked sabotaged botched derailed torpedoed killed scuppered".split())
_LINK = frozenset({"is", "was", "are", "were"})


def blame(lowers: list[str], capitals: list[bool]) -> tuple[int, int] | None:
    """The span of a blaming construction in a lower-cased token list, or None."""
    if _STARTS.isdisjoint(lowers):
        return None  # most sentences: one set test instead of a pass over the tokens
    n = len(lowers)
    for i in [k for k, w in enumerate(lowers) if w in _STARTS]:  # the words that start a construction
        w = lowers[i]
        nxt = lowers[i + 1] if i + 1 < n else ""
        if w == "it" and nxt in ("was", "is") and i + 3 < n and capitals[i + 2] and "who" in lowers[i + 3 : i + 6]:
            return i, i + 3  # "It was Kwame who ..."
        if w in ("doing", "making") and i > 0 and lowers[i - 1] in ("'s", "’s", "'"):
            return max(0, i - 1), i + 2  # "the supplier's doing"
        if w in _LINK and nxt == "the" and lowers[i + 2 : i + 3] == ["reason"]:
            return i, i + 3  # "is the reason the order nearly missed ..."
        if w in _LINK and nxt == "what" and i + 2 < n and lowers[i + 2] in _WRECK:
            return i, i + 3  # "is what sank the launch"
        if w == "responsible" and nxt == "for" and not _MISHAP.isdisjoint(lowers[i + 2 : i + 10]):
            if not _duty(lowers, i + 2):
                return i, i + 2  # "responsible for the auto-dial being disconnected"
            if (k := _fault_given(lowers, i + 2)) is not None:
                return k, k + 2  # "responsible for the clean-up after her mistake deleted ..." (review r14a L7)
        if w == "should" and nxt in ("have", "'ve") and _should_have(lowers, capitals, i):
            return i, i + 3  # "Ray Tolley should have relit the heater": a duty left undone, pinned on them
        if w == "culprit" or (w == "link" and i > 0 and lowers[i - 1] == "weak"):
            return max(0, i - 1), i + 1  # "the real culprit behind ...", "always the weak link on security"
        if w == "accountable" and not _HOLD.isdisjoint(lowers[max(0, i - 5) : i]):
            return i, i + 1  # "should be held accountable for the freezer failure"
        if w in _WRECK and i > 0:
            return i, i + 1  # "The editor's cuts ruined the episode"
        if w in _CAUSED and i > 0 and _mishap_follows(lowers, i + 1):
            return i, i + 1  # "Poor planning by the organisers led to the overbooking"
        if w in _FAILED and nxt == "to" and _someone_before(lowers, capitals, i):
            return i, i + 2  # "Priya failed to check the fire regulations"
        if w == "not" and i > 1 and lowers[i - 1] == "," and (span := _not_them(lowers, i)) is not None:
            return span  # "The courier, not the warehouse, lost the parcel": one party singled out for a mishap
        if w == "because" and _omission_after(lowers, capitals, i + 1):
            return i, i + 1  # "The bearing failed because Tom had not greased it": a person's omission as the cause
        if w in _HELD and nxt in ("up", "on") and i + 2 < n and lowers[i + 2] in _THE and i > 0:
            if not (w in ("held", "sat") and lowers[i - 1] in _PASSIVE):  # "was held up at customs": by whom?
                return i, i + 2  # "Natalia's team held up the permit", "is sitting on the invoice"
    return None


def only_duties(lowers: list[str]) -> bool:
    """Every "responsible for" in the sentence is a duty (`_duty`) with no fault given after it: "The night porter
    is responsible for locking the gates". The classifier weighs "responsible" as blame; a role is not one."""
    found = [i + 2 for i, w in enumerate(lowers[:-1]) if w == "responsible" and lowers[i + 1] == "for"]
    return bool(found) and all(_duty(lowers, k) and _fault_given(lowers, k) is None for k in found)


def _duty(lowers: list[str], k: int) -> bool:
    """ "responsible for" as a duty, not a fault (review r13b M2): work to do ("for replacing the stolen
    equipment"), a task ("the flooded basement repairs", "the claims queue"), terms that assign it ("under the
    lease", "per clause 4") or a question ("Who is responsible for ...?")."""
    after = lowers[k : k + 8]
    return (
        (k < len(lowers) and lowers[k].endswith("ing") and len(lowers[k]) > 4)
        or not _TASKS.isdisjoint(after)
        or not _TERMS.isdisjoint(lowers)
        or (lowers[-1:] == ["?"] and lowers[0] in _WH)  # "Who is responsible ...?" asks; "Was Sam ...?" insinuates
    )


_WH = frozenset("who whom whose which what where when why how".split())


def _fault_given(lowers: list[str], k: int) -> int | None:
    """After a duty ("responsible for the clean-up"), a reason that pins a fault on someone all the same: a
    linker, then an owned fault noun ("after her mistake", "because of his error"); where the linker is, or None.
    Reads at most `_FAULT_REACH` tokens: linear."""
    for j in range(k, min(len(lowers), k + _FAULT_REACH)):
        if lowers[j] in _REASON_LINK:
            window = lowers[j + 1 : j + 5]
            owned = any(a in _OWNER and b in FAULT_NOUN for a, b in pairwise(window))
            if owned:
                return j
    return None


_FAULT_REACH = 16
# Subjects of "should have" that pin nothing on anyone: the writer, the reader, everyone.
_NOT_TO_BLAME = frozenset("i we you everyone everybody all nobody none".split())
_REASON_LINK = frozenset("after because since as when following".split())
_OWNER = frozenset("his her their its 's ’s".split())


def _should_have(lowers: list[str], capitals: list[bool], i: int) -> bool:
    """A person (a name, a pronoun, "the driver") before "should have" + a participle of a deed ("should have
    relit the heater"); "should have been" (an expectation: "no mail should have been lost") and the writer's
    own "I/we should have" pass."""
    verb = lowers[i + 2] if i + 2 < len(lowers) else ""
    done = verb in IRREGULAR or participle(verb) or (verb[:2] == "re" and participle(verb[2:]))  # "relit"
    if verb in ("been", "known", "had", "got", "gotten") or not done:
        return False
    if i > 0 and lowers[i - 1] in _NOT_TO_BLAME:
        return False
    return _someone_before(lowers, capitals, i)


_TASKS = frozenset(
    "repair repairs claim claims report reports queue clean cleanup clean-up insurance cost costs bill bills "
    "maintenance upkeep paperwork replacement replacements fix fixes".split()
)
_TERMS = frozenset("under per clause lease terms contract policy agreement".split())


# A cause pinned on something: the verb, then a mishap within a few words ("led to the overbooking").
_CAUSED = frozenset("caused causes causing led leads resulted triggered".split())
_FAILED = frozenset("failed fails forgot forgets neglected neglects".split())
_HELD = frozenset("held holding sat sitting".split())
_BAD_DEED = _WRECK | frozenset("lost broke broken missed forgot failed dropped damaged deleted leaked spilled".split())
_THE = frozenset("the a an his her their our its".split())
_PASSIVE = frozenset("was were been be is are being got get".split())
_PEOPLE = frozenset(
    "he she they team staff manager managers contractor supplier landlord agent council office department "
    "crew driver courier vendor organisers organizers committee engineer technician someone nobody".split()
)


def _not_them(lowers: list[str], i: int) -> tuple[int, int] | None:
    """ ", not the warehouse, lost the parcel": the second comma within four tokens, then a mishap or a
    failure within six."""
    for k in range(i + 1, min(len(lowers), i + 5)):
        if lowers[k] == ",":
            after = lowers[k + 1 : k + 7]
            return (i - 1, k + 1) if not _MISHAP.isdisjoint(after) or not _BAD_DEED.isdisjoint(after) else None
    return None


def _mishap_follows(lowers: list[str], k: int) -> bool:
    window = lowers[k : k + 6]
    if window[:1] in (["to"], ["in"]):
        window = window[1:]
    return not _MISHAP.isdisjoint(window)


def _someone_before(lowers: list[str], capitals: list[bool], i: int) -> bool:
    """A person or a group of people as the subject of a failure: a name, a pronoun, "the finance team"."""
    for k in range(max(0, i - 3), i):
        person = lowers[k] in _PEOPLE or lowers[k] in PEOPLE_NOUN
        if (capitals[k] and k > 0) or person or (k == 0 and capitals[k] and lowers[k] not in _THE):
            return lowers[k] not in ("it", "the", "this")
    return False


def _omission_after(lowers: list[str], capitals: list[bool], k: int) -> bool:
    """After "because": a person (he, she, they, a name, "the crew") who did not do something ("had not greased
    it", "didn't check", "never booked"): a cause that pins a failure on them. A state ("because she is on leave",
    "because he was ill"), a thing's failure ("because it had not been serviced") and a person acted upon ("because
    she had not been told") are not; a source stating the cause clears it (the source check)."""
    if k < len(lowers) and lowers[k] in _THE:
        k += 1  # "the crew", "his team"
        if k >= len(lowers) or not (lowers[k] in _PEOPLE or lowers[k] in PEOPLE_NOUN):
            return False
    elif k >= len(lowers) or not (lowers[k] in _OMITTERS or (capitals[k] and lowers[k] not in _NOT_NAMES)):
        return False
    rest = lowers[k + 1 : k + 5]
    if rest[:1] == ["never"]:
        return rest[1:2] not in (["been"], ["be"])
    if rest[:1] in (["had"], ["'d"], ["did"], ["has"], ["have"]) and rest[1:2] in (["not"], ["n't"], ["never"]):
        return rest[2:3] not in (["been"], ["be"], [])
    return False


# The pronouns of people who can leave something undone (not "it", not the writer "i"/"we").
_OMITTERS = frozenset("he she they".split())
_NOT_NAMES = _THE | frozenset("i we you it this that these those there".split())


_HOLD = frozenset("held hold holds holding".split())
_STARTS = (
    _LINK
    | _WRECK
    | _CAUSED
    | _FAILED
    | _HELD
    | frozenset({"it", "doing", "making", "responsible", "not", "culprit", "link", "accountable", "should", "because"})
)
