"""Talk from nobody in particular (wave 15): "Folk around the harbour claim ...", "Builders on other sites claim
...", "Listeners are whispering that ...", "Unconfirmed reports say ...".

A summary may report what a named person said; a speaker nobody can check is hearsay:

* a vague group opening the sentence (a plural people word: "builders", "listeners", "locals", "folk"),
  an optional place ("around the harbour", "on other sites", "in the village"), then a verb of talk that only
  rumours use ("claim", "whisper", "are saying", "insist", "gossip"); "Residents said ..." or "Customers
  reported ..." report a source and pass, as does a named one ("Dana claims ...": capitalised, not a group);
* a source marked as unchecked: "unconfirmed reports", "anonymous sources", "unverified claims".

Each rule reads a bounded window of tokens from one position: linear in the sentence.
"""

from __future__ import annotations

from guardrails_lite.validators.speculation._hit import RuleHit
from guardrails_lite.validators.speculation._hit import word_at as _at
from guardrails_lite.validators.speculation._kinds_lexicon import ANONYMOUS, GROUP, PEOPLE_NOUN

# Talk verbs of rumour; plain reporting ("said", "reported", "wrote") is a source's and is left alone.
_RUMOUR_VERBS = frozenset(
    """claim claims claimed whisper whispers whispered whispering gossip gossiping insist insists mutter muttering
    murmur murmuring speculate speculating allege alleges reckon reckons swear swears rumour rumor""".split()
)
_TALKING = frozenset("saying whispering talking speculating gossiping murmuring muttering claiming".split())
_BE = frozenset("are were have 've".split())
# Plural people words that name no one ("builders", "listeners"), besides the lists' groups.
_VAGUE = (
    ANONYMOUS
    | GROUP
    | PEOPLE_NOUN
    | frozenset(
        """folk locals neighbours neighbors villagers regulars fans listeners viewers readers parents drivers
        traders builders passengers guests visitors onlookers witnesses rivals competitors insiders observers
        commentators critics""".split()
    )
)
_PLACE = frozenset("around on at in among across from near outside inside along over of within".split())
_QUANT = frozenset("some many several other most a few".split())
_UNCHECKED = frozenset(
    "unconfirmed unverified unsubstantiated uncorroborated anonymous unnamed unofficial unattributed".split()
)
_SOURCE = frozenset(
    """report reports source sources account accounts claim claims rumour rumours rumor rumors post posts tip tips
    word whispers allegations""".split()
)


def hearsay_hits(lowers: list[str], capitals: list[bool]) -> list[RuleHit]:
    """Hearsay hits in one lower-cased sentence (`capitals[k]`: token k had a capital)."""
    hits = [RuleHit("unverifiable", k, k + 2) for k, w in enumerate(lowers) if w in _UNCHECKED and _source(lowers, k)]
    if (span := _vague_talk(lowers, capitals)) is not None:  # (the validator also reads openings "One"/"A")
        hits.append(RuleHit("unverifiable", *span))
    if "heard" in lowers or "hear" in lowers:
        hits.extend(RuleHit("hedge", k, m + 1) for k, m in _overheard(lowers))
    hits.extend(RuleHit("hedge", k, k + 2) for k, w in enumerate(lowers) if w in _TALES and _circulating(lowers, k))
    if _at(lowers, 0) in _ONE and (span := _lone_voice(lowers, capitals)) is not None:
        hits.append(RuleHit("unverifiable", *span))
    if lowers[:1] == ["a"] and _at(lowers, 1) in _GO_BETWEEN and _at(lowers, 2) in ("of", "close"):
        # "A friend of the chef says ...", "A source close to the club claims ...": talk at second hand
        k = next((k for k in range(3, min(len(lowers), 8)) if lowers[k] in _SAYS or lowers[k] in _RUMOUR_VERBS), 0)
        if k:
            hits.append(RuleHit("unverifiable", 0, k + 1))
    return hits


def _circulating(lowers: list[str], k: int) -> bool:
    """ "stories going round that", "rumours circulating", "there is talk that": talk with no speaker."""
    nxt = _at(lowers, k + 1)
    if nxt in _GOING and _at(lowers, k + 2) in _ROUND:
        return True
    if nxt in _SPREADING or (nxt == "doing" and _at(lowers, k + 2) == "the" and _at(lowers, k + 3) == "rounds"):
        return True
    return _at(lowers, k - 1) in _THERE_BE and nxt in ("that", "of")  # "there are stories that ..."


def _lone_voice(lowers: list[str], capitals: list[bool]) -> tuple[int, int] | None:
    """An opening "One skier claimed on a forum that ...", "One insider claims", "A neighbour claims", "One user
    said online": a single speaker nobody can name or check; "One customer said ..." reports a source, and "One of
    the drivers said" names a group the e-mails know: both pass."""
    k = 1
    while k < 3 and _at(lowers, k).isalpha() and not capitals[k] and _at(lowers, k) not in _RUMOUR_VERBS | _SAYS:
        k += 1  # "One skier", "One angry parent"
    if k == 1 or _at(lowers, 1) == "of":
        return None
    said = _at(lowers, k) in _SAYS and not _ONLINE.isdisjoint(lowers[k + 1 : k + 5])  # "said on a forum"
    # One speaker's verb agrees with it ("claims", "claimed"): a bare "claim" is a noun ("A warranty claim was").
    verb = _at(lowers, k)
    return (0, k + 1) if (verb in _RUMOUR_VERBS and verb.endswith(("s", "ed"))) or said else None


_ONE = frozenset("one a an".split())
_GO_BETWEEN = frozenset("friend relative cousin neighbour neighbor contact acquaintance source".split())
_ONLINE = frozenset("forum forums online internet reddit facebook twitter tiktok instagram social".split())
_TALES = frozenset("stories tales rumours rumors whispers talk gossip word claims".split())
_GOING = frozenset("going doing flying floating".split())
_ROUND = frozenset("round around about".split())
_SPREADING = frozenset("circulating spreading swirling".split())
_THERE_BE = frozenset("are is were was".split())
_SAYS = frozenset("says said posted wrote writes posts tweeted".split())


def _source(lowers: list[str], k: int) -> bool:
    """ "unconfirmed reports", "anonymous industry sources": the source noun within two words."""
    return _at(lowers, k + 1) in _SOURCE or _at(lowers, k + 2) in _SOURCE


def _vague_talk(lowers: list[str], capitals: list[bool]) -> tuple[int, int] | None:
    """The opening "<vague group> [place] claim/are whispering", or None."""
    k = 0
    while k < 2 and _at(lowers, k) in _QUANT:
        k += 1  # "Some locals claim", "Other builders insist"
    head = _at(lowers, k)
    if head not in _VAGUE or (k > 0 and capitals[k]):
        return None
    j = k + 1
    if _at(lowers, j) in _PLACE:  # "around the harbour", "on a dog owners' forum": at most six words, no verb
        verbs = _TALK_AFTER_PLACE if head in _LONE else _RUMOUR_VERBS | _BE
        j = next((m for m in range(j + 1, min(len(lowers), j + 7)) if lowers[m] in verbs), j)
    if _at(lowers, j) in _BE and _at(lowers, j + 1) in _TALKING:
        return 0, j + 2  # "Listeners are whispering that"
    verb = _at(lowers, j)
    if verb in _RUMOUR_VERBS:
        return 0, j + 1
    # Any talk from one unnamed speaker ("Someone on a dog owners' forum said ..."), and talk told as a group's
    # habit in the present ("Locals say ...", "Regulars tell ..."): nobody said it on an occasion anyone can check.
    # "Residents said ..." reports what a group said; it passes.
    lone = head in _LONE and (verb in _SAYS or verb in _MENTIONED)
    habit = head not in _LONE and head.endswith("s") and verb in _SAY_NOW
    return (0, j + 1) if lone or habit else None


def _overheard(lowers: list[str]) -> list[tuple[int, int]]:
    """The writer's own overhearing: "I have heard that ...", "We had heard ...", "I've also heard ..." (the
    subject, then at most two of have/had/also/recently ..., then hear/heard); "I heard from Dana that ..." and
    "we heard back" name a source or an answer and pass."""
    out = []
    for k, w in enumerate(lowers):
        if w not in _HEARER:
            continue
        m = k + 1
        while m < k + 3 and _at(lowers, m) in _BEFORE_HEAR:
            m += 1
        if _at(lowers, m) in ("hear", "heard") and _at(lowers, m + 1) not in _NAMED_HEARING:
            out.append((k, m))
    return out


_HEARER = frozenset("i we i've we've".split())
_BEFORE_HEAR = frozenset("have 've had 'd also recently just even already once".split())
_NAMED_HEARING = frozenset("from back nothing no about of".split())
_LONE = frozenset("someone somebody".split())
_MENTIONED = frozenset("mentioned mentions told tells hinted suggested".split())
_SAY_NOW = frozenset("say tell reckon".split())
_TALK_AFTER_PLACE = _RUMOUR_VERBS | _BE | _SAYS | _MENTIONED


# Words without which no rule above fires (the validator probes the sentence for one first).
# (A sentence opening "One ..." is read too: "One user said online ...".)
CUES = _UNCHECKED | _RUMOUR_VERBS | _TALKING | _TALES | _SAYS | _MENTIONED | _SAY_NOW | {"hear", "heard"}
