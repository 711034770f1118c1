"""Bare opinions and verdicts stated as fact: "the vendor's support is a joke", "Omar always overreacts".

A summary reports what the e-mails say; a judgement of a thing or a person that the writer adds
("useless", "a waste of time", "the wrong person", "as usual") is speculation without a hedge word.
Each rule looks at a few tokens around one position (lower-cased, one pass): linear time.
Returns (category, start, end) with indices into the sentence, like `_rules.general_hits`.
"""

from __future__ import annotations

from guardrails_lite.validators.speculation._hit import RuleHit
from guardrails_lite.validators.speculation._hit import word_at as _at  # short: rules read words around a cue
from guardrails_lite.validators.speculation._kinds_lexicon import FEELINGS, JUDGEMENT_ADJ
from guardrails_lite.validators.speculation._lexicon import DEGREE, LINKING
from guardrails_lite.validators.speculation._wordclasses import verb_base, wordclasses

# Judgements wherever they stand ("another pointless meeting"): no plain fact is worded like this.
STRONG = frozenset(
    """useless pointless ridiculous absurd awful terrible horrible dreadful atrocious appalling pathetic hopeless
    worthless lousy shoddy stupid dumb idiotic outrageous shameful disgraceful amateurish unprofessional mediocre
    subpar disastrous shambolic clueless incompetent laughable half-baked ill-conceived overhyped overrated
    overpriced dysfunctional toxic fishy avoidable unacceptably irresponsibly admirably recklessly stunning
    abysmal inept negligent dishonest untrustworthy sneaky devious greedy horrendous diabolical second-rate
    third-rate substandard slapdash bungled incompetently dire""".split()
)
# Judgements after a linking verb only ("the plan is shaky"; a "fair" is also a trade fair).
EVALUATIVE = (
    STRONG
    | frozenset(
        """rubbish crap silly unfair unreasonable unrealistic chaotic bloated wasteful brilliant fantastic amazing
    wonderful superb awesome terrific excellent outstanding realistic reasonable fair pitiful sad ugly boring
    tedious annoying crazy insane nonsense nonsensical optimistic pessimistic naive shaky flimsy weak weakest
    unhelpful difficult awkward obstructive childish petty dramatic lazy sloppy careless arrogant rude
    inexcusable unforgivable messy embarrassing junk garbage trash unreliable foolish reckless excessive
    overcharging overreacting exaggerating dithering stalling""".split()
    )
    | JUDGEMENT_ADJ
)
# "wildly optimistic", "hopelessly late": the adverb is the judgement.
JUDGING_ADVERBS = frozenset(
    """wildly hopelessly ridiculously absurdly grossly woefully painfully laughably embarrassingly
    pathetically shockingly appallingly horribly terribly ludicrously outrageously criminally suspiciously
    unreasonably needlessly excessively carelessly clumsily sloppily unprofessionally""".split()
)
# Verdict nouns after "is a" ("a joke", "a complete mess", "a waste of time").
VERDICT_NOUNS = frozenset(
    """joke mess disaster farce shambles fiasco nightmare catastrophe waste scam rip-off circus travesty pushover
    embarrassment failure letdown nuisance headache trainwreck dinosaur liability rip lost mistake fantasy
    improvement success triumph masterpiece breakthrough godsend gamble freak bully liar hypocrite idiot fool clown
    coward snake diva troublemaker slacker micromanager cannon genius legend saint hero villain crook cowboy
    cowboys flop dud write-off non-event eyesore disgrace con sham insult""".split()
)
# "a terrible idea", "a bad move": an evaluative or plain good/bad word before one of these nouns.
_CHOICE_NOUNS = frozenset("idea move plan choice decision call hire deal approach option piece job effort".split())
_SUPERLATIVES = frozenset(
    "weakest strongest poorest finest nicest ugliest smartest dumbest laziest sloppiest messiest greatest".split()
)
# "made a poor decision", "did a great job", "the right call", "a good fit"
_DECISIONS = frozenset("idea move plan choice decision call hire approach job fit".split())
_PLAIN_EVAL = frozenset(
    "good bad great poor terrible awful brilliant stupid smart clever dumb wise wrong right fantastic superb".split()
)
# A verdict on how someone did ("did well", "performed brilliantly") or what they are owed ("deserves credit").
_DID = frozenset("did performed coped".split())
_HOW_WELL = frozenset("well badly poorly brilliantly superbly admirably excellently terribly".split())
_DESERVE = frozenset("deserve deserves deserved deserving".split())
_COMPETENCE = frozenset("good bad great poor terrible awful hopeless useless excellent brilliant".split())
_INTENSIFIERS = frozenset("complete total utter absolute real bit right huge massive proper big great".split())
# "is pure fantasy", "is complete nonsense": a verdict without an article.
_BARE_VERDICT = frozenset("pure complete total utter sheer".split())
# Words after "complete"/"total" that carry the clause on instead of naming a verdict ("complete nonsense").
_CLAUSE_GOES_ON = frozenset("now and but or with by on for in at as so yet again today except apart once".split())
# Manner adverbs that judge how something was done when they end the clause ("handled it badly").
_MANNER = frozenset("badly poorly terribly horribly awfully".split())
# Phrases that state a verdict whatever stands around them.
OPINION_PHRASES = (
    "makes no sense|make no sense|made no sense|makes little sense|honestly ,|frankly ,|quite frankly|"
    "to be honest|tbh|something fishy|a waste of time|a waste of money|pulling his weight|pulling her weight|"
    "pulling their weight|asleep at the wheel|by a mile|a textbook example|a death trap|bottom line :|verdict :|"
    "wasted weeks|wasted days|wasted months|wasted hours|wasted time|wasted money|wasting time|wasting money|"
    "a black hole|a money pit|a white elephant|a pipe dream|a non-starter|a dead end|daylight robbery|a rip-off|"
    "a damp squib|a dud|a lemon|a time sink|a car crash|a train wreck|a no-brainer|a bargain|a steal|"
    "tellingly ,|ironically ,|understandably ,|second to none|best in class|head and shoulders above|"
    "in a league of its own|past its best|past their best|past its prime|past their prime"
).split("|")
# The tokenizer splits "half-baked" into three tokens: hyphenated judgements are matched as phrases.
OPINION_PHRASES += sorted(w for w in STRONG | EVALUATIVE if "-" in w)
_HABIT = frozenset({"always", "never", "constantly", "forever"})
_PERSON_BEFORE = frozenset({"he", "she", "they"})
_NOT_HABIT = frozenset("is was are were has have had does did been be can will would".split())
_ADVERBS = frozenset(
    {"never", "just", "simply", "frankly", "honestly", "completely", "totally", "utterly", "far", "way", "much"}
)
_APPEAR = frozenset("looks look looked seems seem seemed sounds sound sounded feels feel felt".split())
# "it is fair to say", "reasonable to assume": hedges, which other rules judge.
_IMPERSONAL = frozenset(
    {"fair", "reasonable", "realistic", "unrealistic", "unreasonable", "sad", "crazy"}
    | {"difficult", "hard", "easy", "tough", "tricky", "impossible", "simple"}  # "difficult to find": a fact
)
_SUBJECT_I = frozenset({"i", "we", "i'm", "we're"})


def _exclaimed(lowers: list[str]) -> bool:
    """An exclamation judging what follows: "How odd that ...", "How typical of them", "How convenient!"; a
    question ("How long did it take?", "How many units were sold") or a manner ("How late the bus was is
    unclear") is none: the adjective must be followed by "that", "of", "!" or ",", and not be a measure."""
    if len(lowers) < 3 or lowers[-1] == "?" or lowers[1] in _MEASURES:
        return False
    return lowers[2] in ("that", "of", "!", ",") and lowers[1] in wordclasses().adjectives


_MEASURES = frozenset("many much long far often soon big old large high early late fast few little".split())


def opinion_hits(lowers: list[str], capitals: list[bool]) -> list[RuleHit]:
    """Hits in one sentence; `capitals[k]` says whether token k was written with a capital."""
    hits: list[RuleHit] = []
    if lowers[:1] == ["how"] and _exclaimed(lowers):
        hits.append(RuleHit("opinion", 0, 2))  # "How odd that the recalled board was still in use."
    if not _VERDICT_STARTS.isdisjoint(lowers):
        hits.extend(_verdicts(lowers, capitals))
    if "of" in lowers and "it" in lowers:
        hits.extend(_conduct_judged(lowers))
    if _STARTS.isdisjoint(lowers):
        return hits  # most sentences: one set test instead of a pass over the tokens
    n = len(lowers)
    evidence = _last_evidence(lowers) if not _APPEAR.isdisjoint(lowers) else -1
    for i in [k for k, w in enumerate(lowers) if w in _STARTS]:  # the words that start a rule below
        w = lowers[i]
        if w in STRONG or w in JUDGING_ADVERBS:
            hits.append(RuleHit("opinion", i, i + 1))
        elif w in _MANNER and i > 1 and (i + 1 == n or not lowers[i + 1][:1].isalnum()):
            hits.append(RuleHit("opinion", i, i + 1))  # "handled the cancellation badly."
        elif w in _APPEAR and i > 0 and i + 1 < n and (end := _impression(lowers, i)):
            if evidence < end:  # no evidence after it: "looks finished: every section has text" passes
                hits.append(RuleHit("opinion", i, end))  # "the logo looks cheap", "the numbers look a bit inflated"
        elif w in LINKING and not (i > 0 and lowers[i - 1] in _SUBJECT_I):
            hit = _after_linking(lowers, i)
            if hit and not (w in _APPEAR and evidence >= hit.end):  # "looks spotless because ..."
                hits.append(hit)
        elif w == "me" and i > 1 and lowers[i - 1] == "to" and any(x in _APPEAR for x in lowers[max(0, i - 6) : i]):
            hits.append(RuleHit("opinion", i - 1, i + 1))  # "looks shaky to me"
        elif w in _HABIT and i > 0 and (capitals[i - 1] or lowers[i - 1] in _PERSON_BEFORE) and i + 1 < n:
            nxt = lowers[i + 1]
            if lowers[i - 1] not in _NOT_HABIT and len(nxt) > 3 and nxt.endswith("s") and not nxt.endswith("ss"):
                hits.append(RuleHit("opinion", i, i + 2))  # "Omar always overreacts"
        elif w in _PLAIN_EVAL and i > 0 and i + 1 < n and lowers[i + 1] in _DECISIONS:
            if lowers[i - 1] in ("a", "an", "the") and _at(lowers, i + 2) != "of":
                hits.append(RuleHit("opinion", i, i + 2))  # "made a poor decision", "the wrong call"
        elif (w in _DID and _at(lowers, i + 1) in _HOW_WELL) or w in _DESERVE:
            hits.append(RuleHit("opinion", i, i + 2 if w in _DID else i + 1))
        elif w in _OWE and not _OWED_AMENDS.isdisjoint(lowers[i + 1 : i + 10]):
            hits.append(RuleHit("opinion", i, i + 1))  # "owes Page & Lantern more than an apology"
        elif w in ("kind", "sort", "type") and i > 0 and lowers[i - 1] == "the" and "who" in lowers[i + 2 : i + 5]:
            hits.append(RuleHit("opinion", i - 1, i + 2))  # "the kind of manager who ..."
    return hits


# A debt that is a verdict, not an amount: "owes them an apology", "owes us an explanation".
_OWE = frozenset("owe owes owed".split())
_OWED_AMENDS = frozenset("apology apologies explanation".split())
_MODIFIER_ENDINGS = ("ly", "able", "ible")
# Verdict nouns that also name plain outcomes after a modifier ("a billing mistake", "a disk failure").
_PLAIN_OUTCOMES = frozenset("mistake failure waste lost rip improvement success liability gamble headache".split())


_IMPRESSIONS = frozenset(
    """cheap odd strange suspicious fake made off wrong dodgy weird fishy unlikely unconvincing implausible
    flimsy rushed amateurish shady questionable dubious sketchy forced staged desperate stunning great amazing
    fantastic beautiful lovely gorgeous impressive""".split()
)


def _impression(lowers: list[str], i: int) -> int:
    """ "looks cheap", "sounds made up", "the numbers look a bit inflated", "the office looks understaffed": an
    appearance verb at i with a judging word, or any adjective or participle (WordNet's word classes) after
    degree words: the writer's impression. Returns the hit's end, or 0. Not after a modal, "to" or an
    imperative opener ("will look into", "please look over"), nor before a particle ("looks forward to")."""
    k = i + 1
    w = lowers[k]
    if w in _IMPRESSIONS or w in JUDGING_ADVERBS or w in STRONG or w in FEELINGS:  # "looked exhausted"
        return k + 1
    if (
        lowers[i - 1] in _NOT_AN_IMPRESSION
        or lowers[i] not in _LOOKS
        or not _MAKE_IF.isdisjoint(lowers[max(0, i - 4) : i])
    ):
        return 0  # "to make the process look compliant", "if this sounds good": no impression of the writer's
    while k < i + 4 and (_at(lowers, k) in DEGREE or _at(lowers, k) in _A_BIT):
        k += 1
    w = _at(lowers, k)
    if w == "to" and _at(lowers, k + 1) == "be":
        return k + 2  # "looks to be behind schedule", like "seems to be"
    if w in _PARTICLES or w in _ALL_CLEAR or not w.isalpha():
        return 0
    classes = wordclasses()
    if w in classes.adjectives or (w.endswith("ed") and verb_base(w, classes) is not None) or w in classes.past:
        return k + 1
    return 0


def _last_evidence(lowers: list[str]) -> int:
    """The last position where the sentence gives evidence: ':' or ';' ("looks finished: every section has
    text"), "because", or a figure ("sound strong, up 14% on last year"); -1 if none. An impression before it
    reports what was checked, not the writer's judgement; "the numbers look a bit inflated" gives none."""
    for k in range(len(lowers) - 1, -1, -1):
        w = lowers[k]
        if w in _EVIDENCE or (w[:1].isdigit() and not _year(w)):
            return k
    return -1


_EVIDENCE = frozenset({":", ";", "because"})


def _year(word: str) -> bool:
    """A bare year dates the impression ("for a 2027 launch"); it measures nothing."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


# Appearance verbs of a thing's look or sound (the "seem" verbs have rules of their own).
_LOOKS = frozenset("looks look looked sounds sound sounded".split())
# A state after a check, as e-mails report it ("the data looks fine after the fix"), not a judgement.
_MAKE_IF = frozenset("make makes made making if whether unless".split())
# ... nor a comparison with another version ("the dashboard looks different after the update"), nor a checkable
# state ("the draft looks finished", "the results look consistent with last year's").
_ALL_CLEAR = frozenset(
    """fine ok okay normal correct stable healthy ready clean different similar same identical unchanged finished
    complete completed done consistent inconsistent accurate inaccurate incorrect intact empty full valid invalid
    current balanced unbalanced available unavailable unused untouched""".split()
)
_A_BIT = frozenset("a bit little slightly fairly somewhat pretty far much even".split())
_NOT_AN_IMPRESSION = frozenset(
    "to please let will 'll would should must can could may might shall i we you and or also".split()
)
_PARTICLES = frozenset(
    "out up down in on off over back forward like after into at for around round through as the a an this that "
    "it them him her alike".split()
)


def _degree_ly(word: str) -> bool:
    """An -ly adverb before a linking verb's complement grades it ("incredibly rude", "unbelievably slow");
    an adjective in -ly is the complement itself ("friendly", "costly", "silly")."""
    return len(word) > 5 and word.endswith("ly") and word.isalpha() and word not in wordclasses().adjectives


def _after_linking(lowers: list[str], i: int) -> RuleHit | None:
    """ "is (really) useless", "is a (complete) mess", "is a terrible idea", "is hopeless at", "is the wrong person"."""
    n = len(lowers)
    j = i + 1
    while (
        j < n
        and j < i + 4
        and lowers[j] not in ("a", "an", "too")
        and (lowers[j] in DEGREE or lowers[j] in _ADVERBS or (lowers[j][-2:] == "ly" and _degree_ly(lowers[j])))
    ):
        j += 1
    if j >= n:
        return None
    w = lowers[j]
    nxt = lowers[j + 1] if j + 1 < n else ""
    if w in EVALUATIVE and not (w in _IMPERSONAL and nxt in ("to", "that")):
        return RuleHit("opinion", i, j + 1)
    if nxt in _MASS_VERDICT and w in wordclasses().adjectives:
        return RuleHit("opinion", i, j + 2)  # "are cheap rubbish", "is overpriced junk"
    if (
        w == "too"
        and nxt.isalpha()
        and nxt not in ("many", "much", "few", "late", "early", "soon")
        and not (nxt in _MEASURED and not _REASON.isdisjoint(lowers[max(0, i - 6) : i]))
    ):  # "because the hall was too cold": a stated reason, a condition someone measured
        return RuleHit("opinion", i, j + 2)  # "far too junior", "way too packed"
    if w == "being" and (nxt in EVALUATIVE or nxt in STRONG):
        return RuleHit("opinion", i, j + 2)  # "is being difficult"
    if w in _COMPETENCE and nxt == "at":
        return RuleHit("opinion", i, j + 2)
    if w in _BARE_VERDICT and nxt.isalpha() and nxt not in _CLAUSE_GOES_ON:
        return RuleHit("opinion", i, j + 2)  # "is pure fantasy"; "is complete now that ..." states a state
    if w in ("a", "an"):
        k = j + 1
        while (
            k < n
            and k < j + 3
            and lowers[k] not in VERDICT_NOUNS  # "a bully" ends in -ly but is the verdict
            and (lowers[k] in _INTENSIFIERS or lowers[k].endswith(_MODIFIER_ENDINGS))
        ):
            k += 1
        noun = lowers[k] if k < n else ""
        after = lowers[k + 1] if k + 1 < n else ""
        if noun in VERDICT_NOUNS:
            return RuleHit("opinion", i, k + 1)
        if after in VERDICT_NOUNS and after not in _PLAIN_OUTCOMES and noun.isalpha():
            return RuleHit("opinion", i, k + 2)  # "a control freak", "a PR disaster": one word before the verdict
        if noun in _CHOICE_NOUNS and lowers[k - 1] in _PLAIN_EVAL:
            return RuleHit("opinion", i, k + 1)  # "a great idea": "great" was read as an intensifier
        if (noun in EVALUATIVE or noun in _PLAIN_EVAL) and after in _CHOICE_NOUNS:
            return RuleHit("opinion", i, k + 2)
    if w == "the" and (nxt in ("wrong", "best", "worst") or nxt in _SUPERLATIVES or nxt in _RANKS or nxt in _TOPS):
        return RuleHit("opinion", i, j + 2)  # "is the wrong person", "is the best candidate"
    if w == "the" and nxt in ("most", "least") and _at(lowers, j + 2) in _RANKED_MERIT:
        # "is the least reliable supplier"; not "the least expensive quote", nor a rank with its evidence ("the most
        # reliable car in the fleet, with zero breakdowns in 2025": review r13b M2)
        if not any(t[:1].isdigit() or t in ("zero", "no", "fewest", "most") for t in lowers[j + 3 :]):
            return RuleHit("opinion", i, j + 3)
    return None


def _conduct_judged(lowers: list[str]) -> list[RuleHit]:
    """ "It was irresponsible of Penmor to keep lifting ...", "it is typical of them to ...": an adjective said of
    someone's act ("<adjective> of <someone> to <act>") judges them, whatever the adjective; the writer's own
    ("it was silly of me to ...") and a measure ("it is short of ...") are none."""
    hits = []
    for i in [k for k, w in enumerate(lowers) if w == "it"]:
        j = i + 1
        if _at(lowers, j) not in _IS_WAS:
            continue
        j += 1
        while _at(lowers, j) in DEGREE and j < i + 5:
            j += 1
        adjective = _at(lowers, j)
        if _at(lowers, j + 1) != "of" or adjective not in wordclasses().adjectives or _at(lowers, j + 2) in _OWN_SIDE:
            continue
        if "to" in lowers[j + 3 : j + 7]:
            hits.append(RuleHit("opinion", i, j + 2))
    return hits


_IS_WAS = frozenset("is was 's seems seemed".split())
_OWN_SIDE = frozenset("me us".split())


def _verdicts(lowers: list[str], capitals: list[bool]) -> list[RuleHit]:
    """Verdicts in any position, not only after a linking verb: a judged way of running things ("Poor
    management at Pulsebox put ...", "sloppy maintenance"), a rank against the whole market ("makes the worst
    card readers on the market", "the friendliest laundrette in town"), a thing judged never fit for its use
    ("a mount that was never fit for a northern winter"). Each reads a few tokens after its cue."""
    hits = []
    for i in [k for k, w in enumerate(lowers) if w in _VERDICT_STARTS]:  # cue words: one set probe per token
        w, nxt = lowers[i], _at(lowers, i + 1)
        if w in _RUNNING_THINGS:
            if _at(lowers, i - 1) in _RUN_BADLY and _at(lowers, i - 2) not in ("a", "an"):
                hits.append(RuleHit("opinion", i - 1, i + 1))
        elif w in _RANKS:
            if (
                _at(lowers, i - 1) == "the"
                and _at(lowers, i + 1) != "-"  # "the best-known carols": a measure of fame
                and any(_whole_field(lowers, k, capitals) for k in range(i + 1, min(len(lowers), i + 6)))
                and _GIVEN_VERDICT.isdisjoint(lowers[max(0, i - 5) : i])  # "the reviews call it the best ..."
            ):
                hits.append(RuleHit("opinion", i - 1, i + 1))
        elif w in _BRUSHED_OFF:
            if not _WARNINGS.isdisjoint(lowers[i + 1 : i + 6]):
                hits.append(RuleHit("attribution", i, i + 1))  # "ignored every warning about the pallets"
        elif (nxt in _FIT_FOR or w == "unfit") and _at(lowers, i + 2 - (w == "unfit")) in ("for", "to"):
            hits.append(RuleHit("opinion", i, i + 2))  # "never fit for", "unfit for"
    return hits


# How things are run, judged by the adjective before it ("poor management", "sloppy maintenance").
_RUNNING_THINGS = frozenset(
    """management planning maintenance workmanship supervision oversight leadership communication organisation
    organization housekeeping upkeep handling stewardship governance administration""".split()
)


def _whole_field(lowers: list[str], k: int, capitals: list[bool]) -> bool:
    """ "in town", "on the market", "in the country", "in Riverton", "ever", "anywhere", "by far": the rank is
    against everything there is, which nobody has measured ("the cheapest quote we got" ranks three quotes)."""
    w = lowers[k]
    return (
        w in _EVER
        or (lowers[k - 1] == "in" and capitals[k] and w.isalpha())  # "the best tacos in Riverton": a whole place
        or (w in ("around", "here") and _at(lowers, k + 1) in ("", ".", "!"))  # "the tastiest scones around."
        or (w in _FIELDS and _at(lowers, k - 1) in ("in", "on", "the"))
        or lowers[k - 1 : k + 1] == ["by", "far"]
    )


# Verbs that give someone else's verdict: "the reviews call it the best bakery in the county".
_GIVEN_VERDICT = frozenset("call calls called rate rates rated rank ranks ranked dub dubs dubbed voted named".split())
_FIELDS = frozenset("town market country world city area region business industry trade county valley".split())
_EVER = frozenset({"ever", "anywhere"})
_FIT_FOR = frozenset("fit suitable suited safe".split())
_RUN_BADLY = JUDGEMENT_ADJ | frozenset("lax slack weak negligent inept chaotic patchy haphazard".split())
# Warnings someone is said to have ignored: an accusation of neglect ("ignored every warning", "brushed off the
# complaints"); "ignored the noise" and "overlooked the bay" accuse no one.
_BRUSHED_OFF = frozenset("ignored ignores ignoring disregarded disregards overlooked dismissed brushed".split())
_WARNINGS = frozenset(
    "warning warnings alert alerts alarm alarms complaint complaints reminder reminders concerns advice".split()
)
_VERDICT_STARTS = _RUNNING_THINGS | _BRUSHED_OFF | frozenset({"never", "unfit"})  # | _RANKS, once built below


# Conditions a thermometer, a tape or a scale settles: "because the hall was too cold" states a reason.
_REASON = frozenset("because since as".split())
_MEASURED = frozenset(
    "cold hot warm wet damp dry small big large heavy narrow wide low high short long steep dark".split()
)


# Judging adjectives whose superlative is a verdict ("the friendliest laundrette in town").
_JUDGED = EVALUATIVE | frozenset(
    """friendly kind nice fine lovely pretty nasty rude lazy smart clever silly sloppy messy shoddy grumpy
    cheerful helpful honest brave dumb sad ugly bad good great mean sweet tasty""".split()
)


def _superlatives(adjectives: frozenset[str]) -> frozenset[str]:
    """The -est forms of the adjectives ("friendliest", "nicest", "rudest", "saddest"), built once; a measure's
    ("tallest", "cheapest", "busiest") ranks what can be counted and is not among them."""
    out = {"best", "worst"}
    for a in (a for a in adjectives if a.isalpha()):
        out |= {a + "est", a[:-1] + "iest" if a.endswith("y") else a + a[-1] + "est"}
        if a.endswith("e"):
            out.add(a + "st")
    return frozenset(out)


_RANKS = _superlatives(_JUDGED)
_VERDICT_STARTS |= _RANKS


# A thing ranked above the rest of its occasion: "is the highlight of the summer", "the gem of the collection".
_TOPS = frozenset("highlight highlights gem jewel pick".split())
_MASS_VERDICT = frozenset("rubbish junk garbage trash nonsense crap tat drivel".split())


# Merits ranked by "the most/least ...": a verdict on someone's worth, not a measured figure ("the most
# expensive quote", "the least used room" state facts).
_RANKED_MERIT = frozenset(
    "reliable unreliable dependable trustworthy competent incompetent capable professional unprofessional helpful "
    "unhelpful efficient inefficient organised organized disorganised disorganized responsive talented impressive "
    "useless pointless annoying difficult sensible reasonable honest dishonest careless sloppy".split()
)


# Every word a rule of `opinion_hits` can start at (kept in step with its chain).
_STARTS = (
    STRONG
    | JUDGING_ADVERBS
    | _MANNER
    | _APPEAR
    | LINKING
    | _HABIT
    | _PLAIN_EVAL
    | _DID
    | _DESERVE
    | _OWE
    | frozenset({"me", "as", "kind", "sort", "type"})
)
