"""Confident predictions: "Mei will turn the offer down", "The next release is going to slip as well".

A summary may repeat what is planned ("Dr Okon will cover the first Saturday session"); what nobody
can know is how things will turn out. A prediction here is a future ("will", "is going to", "should",
a leading "Expect ... to") whose verb is an outcome (leave, lose, slip, fail, run out, turn down, rise)
or that says it will happen again or eventually ("again", "as well", "sooner or later"). Plans with a
date or time, conditions ("if ..., X will"), questions and the writer's own intentions ("we will")
are not predictions. Reported ones ("the vendor said prices will rise") are left to the caller's
reported-speech check. One pass over the tokens: linear in the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from guardrails_lite.validators.speculation._hit import word_at as _at  # short: rules read words around a cue
from guardrails_lite.validators.speculation._kinds_lexicon import FEELINGS, MISHAP, OUTCOME_VERB, PEOPLE_NOUN
from guardrails_lite.validators.speculation._opinion import VERDICT_NOUNS
from guardrails_lite.validators.speculation._terms import HEDGES
from guardrails_lite.validators.speculation._wordclasses import verb_base, wordclasses

_FUTURE = frozenset({"will", "'ll", "wo", "should"})  # "wo" + "n't"
_BE = frozenset({"is", "are", "'s", "'re", "was", "were"})
_SKIP = frozenset("not n't never definitely certainly surely eventually soon also just inevitably still then".split())
_OUTCOME = (
    frozenset(
        "leave quit resign lose slip fail break collapse crash run turn decline reject raise rise fall drop go miss "
        "sink backfire regret complain sue audit win wash drag walk switch fold flop struggle suffer overrun spiral "
        "hate stall die".split()
    )
    | OUTCOME_VERB
)
_GO = frozenset("up down under bust wrong".split())  # "go up", not "should go to HR"
_RUN = frozenset("out over late short dry low into".split())  # "will run out", not "will run all four masts"
_MISHAP_VERB = frozenset("fail crash collapse break sink flop backfire overrun struggle suffer stall".split())
# Someone else's forecast ("the bank projects that rates will fall"): theirs to make, not the writer's.
_FORECASTERS = frozenset(
    "projects projected predicts predicted forecasts forecast estimates estimated expects expected reckons "
    "suspects suspected thinks thought believes believed warns warned says said according".split()
)
_OUTCOME_STATE = frozenset(
    "empty late gone over bankrupt broke furious unhappy disappointed low poor weak thin sparse packed crowded "
    "noisy chaotic rammed full exhausted".split()
)
_FIT = frozenset("great good perfect ideal poor bad terrible brilliant huge big real natural".split())
_AGAIN = (
    ("again",),
    ("as", "well"),
    ("too",),
    ("sooner", "or", "later"),
    ("before", "long"),
    ("eventually",),
    ("another",),  # "will face another council visit": a repeat foretold, like "again"
)
_AGAIN_FIRST = frozenset(p[0] for p in _AGAIN)
_VAGUE = (
    ("soon",),
    ("someday",),
    ("one", "day"),
    ("some", "day"),
    ("at", "some", "point"),
    ("in", "the", "end"),
    ("in", "the", "long", "run"),
    ("in", "the", "long", "term"),
    ("in", "the", "coming"),
    ("in", "the", "near", "future"),
    ("in", "due", "course"),
    ("down", "the", "line"),
    ("any", "day", "now"),
)
_VAGUE_FIRST = frozenset(p[0] for p in _VAGUE)
_SOON_RELATIVE = frozenset("after afterwards as enough thereafter".split())  # "soon after arriving": a relation
_SELF = frozenset({"i", "we", "i'll", "we'll", "you", "you'll"})
_WHEN = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday tomorrow today tonight january february march "
    "april may june july august september october november december".split()
) | frozenset("mondays tuesdays wednesdays thursdays fridays saturdays sundays weekdays weekends".split())
_CONDITION = frozenset({"if", "unless", "once", "provided", "when"})
_TIME_PREP = frozenset("on by in from until till before after at during next this every since of to".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())
# Words that may follow a date without making it a modifier ("Monday to discuss", "Friday and Saturday").
_FUNCTION_AFTER = frozenset(
    "to and or at for the a an if when so but as with from until till morning afternoon evening night week".split()
)


def prediction(lowers: list[str], names: Sequence[bool] = ()) -> tuple[int, int] | None:
    """The span of a confident prediction in a lower-cased token list (`names[k]`: token k was capitalised
    after the first word), or None."""
    if not lowers or lowers[-1] == "?" or _SELF.intersection(lowers[:2]):
        return None
    if lowers[0] == "expect" and ("to" in lowers[2:8] or _at(lowers, 1) in _MORE or not MISHAP.isdisjoint(lowers[1:4])):
        return 0, 1  # "Expect the landlord to drag her feet"
    if _STARTS.isdisjoint(lowers):
        return None  # no future in the sentence
    again = _has_phrase(lowers, _AGAIN_FIRST, _AGAIN)
    # A vague "when" ("soon", "in the end", "at some point") schedules nothing: the future stays a forecast.
    vague = _has_phrase(lowers, _VAGUE_FIRST, _VAGUE)
    # A plain future with a date or a figure in it is a plan ("will seat 240 guests"); an outcome needs a real
    # date to be one ("will slip on 3 May" is an announcement; "the under-14s will lose" is a forecast).
    figured = any(w in _WHEN or w[:1].isdigit() for w in lowers)
    dated = figured and any(_date_at(lowers, k) for k, w in enumerate(lowers) if w in _WHEN or w[:1].isdigit())
    period = next((k for k, w in enumerate(lowers) if w in MISHAP), len(lowers)) if _next_period(lowers) else -1
    told = lowers.index("that") if "that" in lowers else len(lowers)  # a "that" clause before a future reports it
    for i, w in enumerate(lowers):
        start = i
        if w in _GOING and i > 0 and lowers[i - 1] in _BE and _at(lowers, i + 1) == "to":
            i += 1  # "is going to", "is set to", "is poised to"
        elif w in ("course", "track") and _at(lowers, i - 1) == "on" and _at(lowers, i + 1) == "to":
            i += 1  # "is on course to miss"
        elif w in ("heading", "headed") and _at(lowers, i + 1) in ("for", "towards"):
            k = i + 3 if _at(lowers, i + 2) in ("a", "an") else i + 2
            if _at(lowers, k) in _TROUBLE:
                return i, k + 1  # "is heading for trouble", "heading for a loss"
            continue
        elif w not in _FUTURE or i == 0:
            continue
        k = _verb_after(lowers, i)
        verb = _at(lowers, k)
        outcome = _outcome(lowers, k, w != "should")
        if w == "should" and not outcome and not (vague and not _named_doer(lowers, names, start)):
            continue  # "should be sent": an obligation; "the parcel should arrive any day now" expects
        # Any other future with no time, occasion or condition in sight is a forecast too ("the landlord will
        # keep the deposit"); a plan names when ("next week", "by Friday", "during the trip") or the source says it.
        if _versioned(lowers, start) and not (outcome and verb in _MISHAP_VERB and verb != "break"):
            continue  # "Version 2.4 will drop support for ...": release notes state a release's plan
        # "is going to" reads like "will"; its doer stands before the "is" ("Dana is going to send ...").
        going = lowers[start] == "going"
        plain = (
            (w in ("will", "'ll", "wo") or going or (w == "should" and vague))
            and verb.isalpha()
            and verb not in _LIGHT
            and (not _scheduled(lowers, figured) if not vague else not dated)
            and not _named_doer(lowers, names, start - 1 if going else start)
        )
        stated = _stated(lowers, k, figured, dated and not (told > start and _moved(lowers, names, start, k)))
        # A mishap is no announcement even with a date: "will crash during the first busy Monday", "will fail
        # its re-inspection on 9 December" (a date or figure says when it is tried, not that it will fail).
        mishap = outcome and _undated_outcome(lowers, k)
        if (outcome and (again or not stated or mishap)) or (again and not (dated or period > start)) or plain:
            if _CONDITION.isdisjoint(lowers[:start]) and _FORECASTERS.isdisjoint(lowers[:start]):
                # A plain future is the source's when a matching source sentence has one, whatever its verb.
                return start, (k + 1 if outcome or again else i + 1)
    return None


def _stated(lowers: list[str], k: int, figured: bool, dated: bool) -> bool:
    """The outcome at k is an announcement: dated, or with its figure ("will cost 38,000 EUR", "will rise by 5%";
    "will end up costing about 40 EUR": the figure follows the outcome's own verb, after "end up")."""
    m = k + 2 if _at(lowers, k) == "end" and _at(lowers, k + 1) == "up" else k
    return dated or (figured and any(t[:1].isdigit() for t in lowers[m + 1 : m + 4]))


def _moved(lowers: list[str], names: Sequence[bool], start: int, k: int) -> bool:
    """The verb at k moves a quantity ("Prices will rise in May"): a date alone does not announce a movement,
    its amount does ("Fees will rise by 5% on 1 April"). A named doer's "will climb the mast on 10 December" is an
    act, not a movement; the caller leaves out a movement after a "that" ("The vendor indicated that prices will
    rise in May": someone's report, dated as they gave it)."""
    verb = _at(lowers, k)
    return (verb_base(verb, wordclasses()) or verb) in _TREND and not _named_doer(lowers, names, start)


def _next_period(lowers: list[str]) -> bool:
    """A repeat set in a coming period ("will review it again next quarter"): a schedule, as a date is (not when a
    mishap repeats: "the leak will come back again next week"; `prediction` finds the first mishap once)."""
    return "next" in lowers and any(_at(lowers, k + 1) in _PERIODS for k, w in enumerate(lowers) if w == "next")


_PERIODS = frozenset("week month quarter year term season spring summer autumn winter weekend".split())


def _undated_outcome(lowers: list[str], k: int) -> bool:
    """An outcome at k that no date turns into a plan: a mishap ("will crash during the first busy Monday"), what
    nature does ("will freeze over in January"), a settled result, a record, a trouble caused ("will cause queues
    in May")."""
    verb = _at(lowers, k)
    return (
        verb in _MISHAP_VERB
        or verb in _NATURE
        or _crossing(lowers, k)
        or _settled(lowers, k)
        or _record(lowers, k)
        or (verb in _BRING and not _TROUBLE_OBJ.isdisjoint(lowers[k + 1 : k + 4]))
    )


def _verb_after(lowers: list[str], i: int) -> int:
    """The position of the verb a future at i governs, past adverbs and negations ("will surely not slip")."""
    k = i + 1
    while _at(lowers, k) in _SKIP:
        k += 1
    if _at(lowers, k) in ("have", "need") and _at(lowers, k + 1) == "to":
        k += 2  # "will have to close", "is going to need to cut": the outcome is the verb after
    return k


def _has_phrase(lowers: list[str], firsts: frozenset[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """One of `phrases` (whose first words are `firsts`) stands in the sentence; "soon" followed by "after",
    "afterwards", "as" ... relates two events ("soon after arriving") and counts as none."""
    return not firsts.isdisjoint(lowers) and any(
        tuple(lowers[k : k + len(p)]) == p
        and not (w == "soon" and _at(lowers, k + 1) in _SOON_RELATIVE)
        and not (w == "another" and _span_of_time(_at(lowers, k + 1)))
        for k, w in enumerate(lowers)
        if w in firsts
        for p in phrases
    )


def _span_of_time(word: str) -> bool:
    """ "another two years", "another fortnight": a duration, not a repeat foretold."""
    return word[:1].isdigit() or word in _SPANS


_SPANS = frozenset(
    """two three four five six few couple day days week weeks fortnight month months year years hour hours minute
    minutes season quarter term""".split()
)


def _outcome(lowers: list[str], k: int, foretold: bool) -> bool:
    """The verb at k (after a future) names an outcome nobody can know: a fate ("slip", "fail"), a mind
    ("will love", "will resent": WordNet's feeling verbs, unless `foretold` is false: "should encourage"), a
    state ("will be (fully) booked", "will be overwhelmed", "won't be happy"), a verdict ("the highlight")."""
    verb, nxt = _at(lowers, k), _at(lowers, k + 1)
    if verb != "be":
        return (
            (verb in _OUTCOME and (verb != "go" or nxt in _GO) and (verb != "run" or nxt in _RUN))
            or (verb == "end" and nxt == "up")  # "will end up costing us the contract"
            or (foretold and _crossing(lowers, k))  # "will pass 120 before October"; "should not exceed 20" obliges
            or "elsewhere" in lowers[k + 1 : k + 5]  # "will take their business elsewhere": a party leaving
            or verb in _NATURE  # "the pond will freeze over": nobody schedules the weather or a harvest
            or _record(lowers, k)  # "will produce a record crop"
            or _settled(lowers, k)  # "will end in a draw", "will sell out"
            or (verb == "need" and (nxt in _MORE or (nxt in ("a", "an") and _comparative(_at(lowers, k + 2)))))
            or (verb == "need" and _worn_out(lowers, k + 1))  # "will need replacing", "will need a whole new projector"
            or (verb in _MEET and (nxt in _MORE or nxt in _FEWER or _comparative(nxt)))  # "will see fewer climbers"
            or (verb in ("keep", "continue") and _trend(lowers, k + 1))  # "will keep rising", not "I will continue"
            or (foretold and verb in wordclasses().feeling_verbs)
            or (verb in _BRING and not _TROUBLE_OBJ.isdisjoint(lowers[k + 1 : k + 4]))  # "going to cause chaos"
            or (verb == "take" and nxt == "a" and _at(lowers, k + 2) in ("hit", "knock", "beating", "dive"))
        )
    j = k + 2 if nxt in _STATE_DEGREE else k + 1  # "will be fully booked", "will be badly hit"
    state = _at(lowers, j)
    return (
        state in _OUTCOME_STATE
        or state in _FATE_STATE
        or (state in FEELINGS and _at(lowers, j + 1) != "to")  # "won't be happy with"
        or _felt(state)  # "will be overwhelmed", "will be disappointed"
        or nxt in _COMPARATIVE  # "next year's budget will be tighter"
        or _comparative(state)  # "will be even tighter", "will be noisier": any adjective's comparative
        or (nxt == "any" and _at(lowers, k + 2) in _COMPARATIVE)  # "won't be any better"
        or nxt in _TROUBLE_OBJ  # "there will be layoffs"
        or (nxt in ("a", "an") and _at(lowers, k + 2) in _FIT)  # "going to be a great fit"
        or nxt in VERDICT_NOUNS
        or _at(lowers, k + 2) in VERDICT_NOUNS
        or (nxt == "the" and _at(lowers, k + 2) in _HIGHLIGHT)  # "Prague will be the highlight"
    )


def _crossing(lowers: list[str], k: int) -> bool:
    """A figure the future's verb at k will cross or top: "will pass 120", "will exceed 500 visitors", "will raise
    over 1,500 GBP" (a bound before the figure). A date does not make it a plan: what a count will reach is a
    forecast. "will seat 240 guests" and "will cost 38,000 EUR" state a figure and pass."""
    verb, nxt = _at(lowers, k), _at(lowers, k + 1)
    if verb in _CROSS:
        return nxt[:1].isdigit() or nxt in _BOUND
    return verb in _RAISE and nxt in _BOUND and any(w[:1].isdigit() for w in lowers[k + 2 : k + 5])


_CROSS = frozenset("pass exceed top surpass outstrip break cross".split())
_RAISE = frozenset("raise raises earn make attract draw sell collect fetch".split())
_BOUND = frozenset("over above beyond more".split())


def _worn_out(lowers: list[str], k: int) -> bool:
    """What a thing will need once worn out, from k: "replacing", "repairs", "a (whole) new projector"."""
    w = _at(lowers, k)
    if w in _REPAIR:
        return True
    if w in ("a", "an"):
        k += 1
    if _at(lowers, k) in ("whole", "complete", "brand"):
        k += 1
    return _at(lowers, k) in ("new", "replacement")


_REPAIR = frozenset(
    "replacing replacement repairing repair repairs fixing rebuilding rewiring resurfacing renewing overhauling".split()
)
# Verbs whose object is what befalls the subject ("will see fewer climbers", "will face another visit").
_MEET = frozenset("see face attract draw get suffer".split())
_FEWER = frozenset("fewer less".split())


def _settled(lowers: list[str], k: int) -> bool:
    """How an event will come out, which no date makes an announcement: "will end in a draw", "will sell out";
    a party's choice denied in advance: "will not come back in 2027", "won't return next year"."""
    verb, nxt = _at(lowers, k), _at(lowers, k + 1)
    if verb == "end" and nxt == "in":
        return _at(lowers, k + 3 if _at(lowers, k + 2) in ("a", "an") else k + 2) in _RESULTS
    if (verb == "come" and nxt == "back") or verb in _RETURN:
        return _at(lowers, k - 1) in ("not", "n't", "never")
    return verb == "sell" and nxt == "out"


_RETURN = frozenset("return renew rebook reorder".split())


_RESULTS = frozenset("draw tie defeat victory win loss failure disaster tears stalemate deadlock court".split())


def _trend(lowers: list[str], k: int) -> bool:
    """A trend carried on, after "keep"/"continue" at k - 1: "keep rising", "continue to fall"; not "continue to
    open on Sundays"."""
    w = _at(lowers, k)
    if _at(lowers, k - 3) in _SELF:
        return False  # "I will continue doing the same work": the writer's own plan
    return (w.endswith("ing") and len(w) > 4) or (w == "to" and _at(lowers, k + 1) in _OUTCOME)


def _comparative(word: str) -> bool:
    """The comparative of an adjective (WordNet's class): "tighter", "noisier", "costlier"; "later" and
    "earlier" move a time, which a plan does."""
    if len(word) < 5 or word in _TIME_SHIFT or not word.endswith("er"):
        return False
    adjectives = wordclasses().adjectives
    stem = word[:-2]
    return (
        stem in adjectives
        or stem + "e" in adjectives
        or (word.endswith("ier") and stem[:-1] + "y" in adjectives)
        or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in adjectives)  # "bigger"
    )


_TIME_SHIFT = frozenset({"later", "earlier", "sooner"})


def _felt(word: str) -> bool:
    """A participle of a feeling verb: "overwhelmed", "disappointed", "thrilled"."""
    if not word.endswith("ed"):
        return False
    classes = wordclasses()
    base = verb_base(word, classes)
    return base is not None and base in classes.feeling_verbs


_STATE_DEGREE = frozenset(
    "fully completely totally utterly badly heavily severely hopelessly seriously so very even much far".split()
)
_FATE_STATE = frozenset(
    "ruined wasted destroyed damaged flooded swamped overrun inundated booked packed deserted doomed "
    "bankrupt obsolete forgotten".split()
)
_HIGHLIGHT = frozenset("highlight star hit winner best worst favourite favorite".split())

_LIGHT = frozenset("be have need take".split())
_COMPARATIVE = frozenset(
    "tighter harder worse better higher lower bigger smaller longer shorter slower faster cheaper dearer tougher "
    "easier busier quieter".split()
)
_BRING = frozenset("cause create bring mean spell trigger".split())
_TROUBLE_OBJ = MISHAP | frozenset(
    "chaos trouble disruption havoc headaches confusion losses cuts layoffs redundancies strikes job queues "
    "congestion gridlock jams".split()
)
# What nature does, which no date turns into a plan ("the pond will freeze over in January").
_NATURE = frozenset("freeze thaw flood bloom blossom flower ripen wilt rot melt sprout swarm".split())


def _record(lowers: list[str], k: int) -> bool:
    """ "will produce a record crop", "will hit a record high": a record foretold."""
    return "record" in lowers[k + 1 : k + 4] and _at(lowers, k + 1) != "the"


_MORE = frozenset("more further another fresh new".split())  # "Expect more delays"
_GOING = frozenset("going set poised destined doomed".split())
_TROUBLE = frozenset(
    "trouble disaster failure collapse defeat loss fall crash showdown breakdown recession bankruptcy insolvency "
    "closure ruin relegation meltdown".split()
)
# Plural or mass nouns that open a sentence capitalised, yet name no one: "Margins will shrink".
_NOT_NAMES = frozenset(
    """sales prices costs margins customers clients staff users orders bookings profits revenue revenues numbers
    figures rates shares morale demand turnover attendance returns complaints delays interest bills fees wages
    salaries rents tenants employees workers visitors guests students investors markets stocks supplies""".split()
)
_TIMING = frozenset(
    "next by during until till before after later within week weeks month months quarter year years soon "
    "tonight morning afternoon evening weekend end agm meeting session sessions call visit trip".split()
)
_HEDGED_IF = frozenset("if unless once provided case long should otherwise".split())


_NOT_DOERS = frozenset("it this that there these those everything nothing everyone nobody things".split())


def _named_doer(lowers: list[str], names: Sequence[bool], k: int) -> bool:
    """A named person or a pronoun just before the future: what someone will do is their commitment, which a
    summary reports ("Ben will clearly mark the changes"); how things will turn out is nobody's to state."""
    j = k - 1
    if _at(lowers, j) == "and" and "," not in lowers[:j] and len(lowers) > 1:
        j = 0 if not names[1:2] or not names[1] else 1  # "Ben knows the code well and will lead the review"
    if j < 0 or lowers[j] in _NOT_DOERS:
        return False
    # A one-word subject opening the sentence is capitalised anyway: a name unless it is a pronoun.
    if lowers[j] in ("he", "she", "they") or (j < len(names) and names[j]):
        return True
    return j == 0 and lowers[j] not in _NOT_NAMES


def _versioned(lowers: list[str], k: int) -> bool:
    """The subject before the future at k is a versioned release: "Version 2.4 will", "The 4.2.1 release
    will", "v3 will". What a release will do is its makers' plan, not a forecast."""
    j = k - 2 if _at(lowers, k - 1) in _RELEASE else k - 1
    w = _at(lowers, j)
    if not w or not (w[:1].isdigit() or (w[:1] == "v" and w[1:2].isdigit())):
        return False
    dotted = "." in w and w.replace(".", "").lstrip("v").isdigit()
    return dotted or _at(lowers, j - 1) in _RELEASE or w[:1] == "v"


_RELEASE = frozenset("version release update build patch".split())


def _date_at(lowers: list[str], k: int) -> bool:
    """Token k (a day, a month or a number) dates the sentence: after a time preposition ("on Friday", "by
    3 May", "in 2027"), beside a month ("3 May"), a clock time or a year, or a day or month standing alone
    ("will meet Monday"); not a name's modifier ("the Saturday clinics", "the 4.2.1 release", "pitch 2")."""
    w, before, after = lowers[k], _at(lowers, k - 1), _at(lowers, k + 1)
    if before in _TIME_PREP or after in _MONTHS or before in _MONTHS:
        return True
    if w[:1].isdigit():
        return ":" in w or (len(w) == 4 and w[:2] in ("19", "20") and w.isdigit())
    return not (after.isalpha() and after not in _FUNCTION_AFTER)


def _scheduled(lowers: list[str], dated: bool) -> bool:
    """A future that names its time or occasion, or hangs on a condition: a plan, not a forecast."""
    return dated or not _TIMING.isdisjoint(lowers) or not _HEDGED_IF.isdisjoint(lowers)


# Every word the loop of `prediction` can start at (kept in step with it).
_STARTS = _FUTURE | _GOING | frozenset({"heading", "headed", "course", "track"})
# No prediction without one of these words in the sentence (the loop's starts, or a leading "Expect").
PREDICTION_CUES = _STARTS | {"expect"}


def planned(lowers: list[str], names: Sequence[bool] = ()) -> bool:
    """The sentence states a doer's plan: a named doer (a name, not a pronoun) before a future
    ("will", "is going to", "plans/intends to", or "is <verb>ing" with a date) of an act that is no outcome, with no
    negation, repeat, trend or vague horizon ("Nina will ask for a dedicated line next year", "Cragside intends to
    keep a spare unit", "Pam is repainting the ceiling on Friday"). What a doer commits to is the summary's to
    report; how things turn out ("Prices will rise", "the team will never finish") is not, nor is what someone
    is doing now ("Lucia is hiding something"). `names[k]`: token k was capitalised after the first word. Read
    for the classifier's hits only; one pass over the tokens."""
    if not lowers or lowers[-1] == "?" or not _CONDITION.isdisjoint(lowers) or not _UNPLANNED.isdisjoint(lowers):
        return False
    if _has_phrase(lowers, _AGAIN_FIRST, _AGAIN) or _has_phrase(lowers, _VAGUE_FIRST, _VAGUE):
        return False
    if lowers[0].endswith("ly"):
        return False  # a stance opening the sentence ("Allegedly", "Reportedly") frames what follows
    for i, w in enumerate(lowers[1:6], start=1):
        k = i + 1
        if w in _INTENDS and _at(lowers, k) == "to":
            k += 1
        elif w in ("is", "are") and _at(lowers, k) == "going" and _at(lowers, k + 1) == "to":
            k += 2
        elif w in ("is", "are") and _progressive(lowers, k):
            base = verb_base(lowers[k], wordclasses())
            return _doer(lowers, names, i) and _act(lowers, k, base) and _unreasoned(lowers, k)
        elif w not in ("will", "'ll"):
            continue
        if _at(lowers, k) in _SKIP:
            return False  # "will never finish", "will surely get": a forecast's adverb
        return _doer(lowers, names, i) and _act(lowers, k, _at(lowers, k)) and _unreasoned(lowers, k)
    return False


def _progressive(lowers: list[str], k: int) -> bool:
    """A present progressive at k that names a plan: a verb in -ing in a dated sentence ("is repairing strongroom
    B next week"). Undated, it says what someone is doing now ("is hiding something", "are saying"), and
    "is heading for a wave of one-star reviews" is a course, not an act."""
    word = _at(lowers, k)
    if not word.endswith("ing") or word in ("heading", "headed") or verb_base(word, wordclasses()) is None:
        return False
    if _next_period(lowers) or any(_at(lowers, m + 1) in _PERIODS for m, t in enumerate(lowers) if t == "this"):
        return True  # "next week", "this week"
    return any(_date_at(lowers, m) for m, t in enumerate(lowers) if t in _WHEN)


def _doer(lowers: list[str], names: Sequence[bool], i: int) -> bool:
    """The subject before the future at i is someone who can plan: a name;
    "The sealed cracks at Elmdene" names a place inside a phrase after its head, not a doer."""
    subject = lowers[:i]
    if not _SUBJECT_BREAKS.isdisjoint(subject) or not _NOT_DOERS.isdisjoint(subject):
        return False
    if not _NOT_NAMES.isdisjoint(subject):
        return False
    # "Mrs Hale secretly hopes Jamal will move out": a verb before the doer embeds the plan in someone's mind.
    verbs = wordclasses().verbs
    capital = [m < len(names) and names[m] for m in range(i)]
    if any(
        w.endswith("s") and w[:-1] in verbs and w not in PEOPLE_NOUN and not capital[m] for m, w in enumerate(subject)
    ):
        return False
    # A role ("the landlord is going to sell the building") or a pronoun ("They will move the factory", whose
    # referent no document gives here) is anyone's guess: plans in summaries name their doer.
    if i == 1 and subject[0] in _PRONOUN_DOERS:
        return False
    return _named_doer(lowers, names, i) and (i == 1 or any(names[1:i]))


def _act(lowers: list[str], k: int, base: str | None) -> bool:
    """The verb at k (base form `base`) is an act its doer chooses: no outcome, state, feeling or wish."""
    verb = _at(lowers, k)
    if base is None or not verb.isalpha() or base in _NOT_ACTS or _outcome(lowers, k, True):
        return False
    return (
        base not in wordclasses().feeling_verbs
        and base not in _MISHAP_VERB
        and base not in _WRONGDOING
        and (base != "cover" or _at(lowers, k + 1) != "up")
    )


def _unreasoned(lowers: list[str], k: int) -> bool:
    """No reason or purpose follows the plan's verb at k but an errand ("to check the other two switches"):
    "because ...", "so that ...", "to stop Skyhop asking" read a motive into the plan, which stays judged."""
    errands, verbs = wordclasses().errands, wordclasses().verbs
    for m in range(k + 1, len(lowers)):
        w = lowers[m]
        if w in _REASON_WORDS:
            return False
        if w == "to" and (nxt := _at(lowers, m + 1)) in verbs and nxt not in errands:
            return False
    return True


_TREND = frozenset(
    """rise fall drop increase decrease grow shrink climb soar plunge plummet tumble surge spike dip double triple
    halve worsen improve recover rebound""".split()
)
_PRONOUN_DOERS = frozenset("he she they we i you it".split())
# Misconduct foretold ("Sam will lie to the auditors", "Omar will leak the memo") is an accusation, never a plan.
_WRONGDOING = frozenset(
    """lie leak cheat steal hide fake forge embezzle betray mislead bribe sabotage deceive conceal falsify
    fiddle dodge withhold smear threaten blackmail undercut poach stonewall""".split()
)
_INTENDS = frozenset("plans plan intends intend".split())
_NOT_ACTS = frozenset("be have get become need want like seem look feel know think deserve".split())
# Negations, trends, habits and hearsay: "will not", "more complaints", "as usual", "I heard".
_UNPLANNED = (
    _MORE
    | _FEWER
    | frozenset("not n't never no usual always heard rumour rumours certainly surely definitely doubtless".split())
    | frozenset(h for h in HEDGES if " " not in h)  # "will probably reject": the rules' hedge, never a plan
)
_REASON_WORDS = frozenset("because since so hoping lest only just".split())
_SUBJECT_BREAKS = frozenset(", at of in on from for with by near".split())
