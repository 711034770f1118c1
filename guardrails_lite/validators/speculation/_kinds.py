"""Class rules of `speculation`: a kind of statement recognised by the class of its words, not by a phrase.

* a modal naming a cause or a state ("may stem from", "could be down to", "may not include") guesses;
* "there is a real possibility", "it is quite possible that": a chance stated, not a fact;
* a desire aimed at an escape or a squeeze ("wanted to avoid", "just trying to justify its fee") is a motive;
* neglect given as a reason ("because the engineer ignored the alerts"), a mishap "on" someone, a fault "by"
  someone, "let the situation spiral", "made the leak worse": blame;
* a judgement after a linking verb or a comparative ("is far better than", "not worth the price", "impossible
  to work with", "badly written", "came across as rude"): an opinion;
* "I've been told", "it is said that": hearsay; "lost all confidence", "never took it seriously": a mind read.

Each rule looks at a few tokens around one position and the tokens that start a rule are one set, so a
sentence costs linear time. Returns (category, start, end) with indices into the sentence.
"""

from __future__ import annotations

from guardrails_lite.validators.speculation._hit import RuleHit
from guardrails_lite.validators.speculation._hit import word_at as _at  # short: rules read words around a cue
from guardrails_lite.validators.speculation._kinds_lexicon import (
    ANONYMOUS,
    ATMOSPHERE,
    AVOIDED,
    CAUSAL_STATE,
    CAUSAL_VERB,
    CHANCE_ADJ,
    CHANCE_NOUN,
    CONDUCT,
    CORNERS,
    DRIFT_VERB,
    EPISTEMIC_ADJ,
    FAULT_NOUN,
    FEELINGS,
    GROUP,
    HARD_ADJ,
    HEARSAY_NOUN,
    HEARSAY_VERB,
    IMPRESSION_VERB,
    INTENT_VERB,
    JUDGEMENT_COMPARATIVE,
    MANNER_JUDGEMENT,
    MENTAL_STATIVE_VERB,
    MINIMISER,
    MISHAP,
    MOOD_ADJ,
    MOTIVE_VERB,
    NEGLECT_VERB,
    NEVER_DONE,
    PEOPLE_NOUN,
    PEOPLE_VERB,
    PRESSURE_VERB,
    PURPOSE_VERB,
    STATIVE_VERB,
    TOLD,
)
from guardrails_lite.validators.speculation._lexicon import DEGREE, LINKING

_MODALS = frozenset("may might could must".split())
_MODAL_SKIP = frozenset("not n't well also partly simply just even actually still all both already".split())
_NEGATED = frozenset({"not", "n't"})
_A = frozenset("a an some every little no the".split())
_IT = frozenset("it this that there".split())
_HUMAN_FAULT = frozenset(
    "poor bad lack incompetence carelessness negligence sloppy sloppiness laziness mismanagement arrogance "
    "stubbornness indecision inexperience meddling interference greed neglect".split()
)
_NOT_CHECKED = frozenset(
    "check checked test tested read verify verified bother bothered follow followed listen listened looks look "
    "looked maintains maintained cares cared cleans cleaned".split()
)
_NOBODY = frozenset({"n't", "not", "never", "nobody", "noone"})
# Things that "do not read" or "did not check" by design, not by neglect ("it" may be a firm: left out).
_MACHINE = frozenset(
    """version software firmware system app reader scanner printer machine model update release device kiosk
    kiosks unit units sensor sensors controller program tool""".split()
)
_SQUARELY = frozenset("squarely entirely firmly all completely solely partly largely mostly".split())
_ON_WHOM = frozenset("the him her them his their management procurement legal".split())
_WORK_DONE = frozenset(
    """written managed run organised organized planned handled designed executed thought communicated led drafted
    worded made built priced timed implemented presented prepared explained structured maintained coordinated
    negotiated done""".split()
)
_NOT_A_JUDGEMENT_AFTER_THAN = frozenset("expected planned forecast budgeted last before usual anticipated".split())
_TAKE = frozenset("take takes took taken taking".split())
_LOSE = frozenset("lost lose loses losing".split())
_MORALE = frozenset("confidence faith trust interest patience respect heart motivation hope".split())
_LOSE_DET = frozenset("all any his her their some much its".split())
_PRONOUN_OBJ = frozenset("us them him her me".split())
# Reports and beliefs that "it is ... that" leaves without a source ("it is widely thought that").
_SAID = frozenset(
    "said rumoured rumored whispered thought believed understood assumed alleged claimed reported felt".split()
)
_WHEN_IT = frozenset("provided providing if when once until unless after before as because".split())
_SOURCED_AFTER = frozenset("by in at on this next within . , ;".split()) | {""}
_HOW_WIDELY = frozenset("widely generally commonly often now increasingly privately locally also".split())
_QUANTIFIERS = frozenset("many some others few most several".split())
_WE = frozenset({"i", "we", "i've", "we've"})
# Advice to the reader is no reading of anyone's motive ("If you want to avoid the toll, take exit 12").
_YOU = frozenset({"you", "your", "you're", "yourself", "yours"})
# People a rule is written for: "Employees may not include personal expenses" states a rule, not a guess.
_RULED = frozenset(
    "employees staff users customers clients members visitors contractors applicants students tenants drivers "
    "residents guests participants candidates suppliers vendors passengers patients anyone everyone nobody".split()
)
# Orders that follow a sentence-initial purpose: "To avoid the fee, pay before the 5th" is advice.
_ADVICE = frozenset(
    "pay use call contact send book submit file enable choose take make check keep apply register click select set "
    "update remember ask bring arrive plan order sign read install turn go visit please try leave add remove store "
    "switch complete return print attach note renew cancel".split()
)
_CAUSE_WORDS = frozenset(
    "because due down result caused led cost costs meant resulted triggered sank ruined blame thanks".split()
)
_BAD_ACT = (
    MISHAP
    | NEGLECT_VERB
    | frozenset("broke broken wrong lost messed missed leaked caused failed ruined damaged delayed blew".split())
)
_OWNER = frozenset("'s ' his her their its".split())
_NOT_A_FAULT = frozenset("message messages code codes log logs rate rates bar page count".split())
_BLAME_STARTS = FAULT_NOUN | frozenset("one ones person caused should it watch behind never responsibility".split())
_SOME_THINK = frozenset(
    "think thinks thought believe believes feel feels suspect suspects reckon fear say claim claims argue "
    "insist".split()
)
_TALKING = frozenset("saying whispering talking speculating gossiping murmuring grumbling muttering".split())
_CHATTY_GROUP = ANONYMOUS | GROUP
_LIMELIGHT = frozenset("credit glory spotlight limelight attention".split())
# Figures cooked: "padded the invoice", "fudged the numbers" (not "inflated the tyres").
_COOKED = frozenset(
    "padded padding pads inflated inflating inflates fudged fudging massaged massaging doctored fiddled fabricated "
    "falsified exaggerated exaggerating".split()
)
_FIGURES = frozenset(
    "invoice invoices bill bills figures numbers books hours costs expenses claim claims results timesheet "
    "timesheets accounts data report quote estimate price prices fee fees".split()
)
_THIRD = frozenset("he she they it".split())
_OUT_TO = frozenset("prove get make show ruin undermine embarrass win grab take punish humiliate settle".split())
_LIES = frozenset("lies lay rests rested".split())
_AUX = frozenset("are is was were have has had 've 's 're keep kept".split())
_UNNOTICED = frozenset("notice noticed find know see ask asked drop fall look question object complain check".split())
_NOBODY_ANY = frozenset({"not", "n't", "never", "nobody", "noone", "no"})
_GAIN = frozenset("earn get pocket secure grab bag boost collect".split())
_PERKS = frozenset("commission commissions bonus bonuses kickback kickbacks perks cut".split())
_GRIEVANCE = MISHAP | frozenset("complaint complaints incident issue situation mistake error".split())
_SELF_INTEREST = frozenset("promotion money power control image optics status ego credit bonus face politics".split())
_THEIR = frozenset("the our its their his her".split())
_LET_DOWN = frozenset("staff team customers clients users us them him her everyone employees tenants residents".split())
_BLAME_NOUNS = frozenset("blame fault responsibility".split())  # "Blame for the missed deadline lies with ..."
_PLAIN_RISK = MISHAP | frozenset("clash clashes conflict conflicts risk risks disruption downtime overlap".split())


def kind_hits(lowers: list[str], capitals: list[bool]) -> list[RuleHit]:
    """Hits of the class rules in one lower-cased sentence (`capitals[k]`: token k was written with a capital)."""
    hits: list[RuleHit] = []
    if _STARTS.isdisjoint(lowers):
        return hits
    conditional = not _IFS.isdisjoint(lowers)
    # The first mishap word ("the delay is on the courier"), looked for only if the sentence has one.
    # Computed once per sentence, not per cue (linear time): advice to the reader ("you") reads no motive.
    you = not _YOU.isdisjoint(lowers)
    mishap = len(lowers)
    if not MISHAP.isdisjoint(lowers):
        mishap = next(k for k, w in enumerate(lowers) if w in MISHAP)
    for i in [k for k, w in enumerate(lowers) if w in _STARTS]:  # the words that start a rule
        w = lowers[i]
        if i > 0 and capitals[i] and w in _MODALS:
            continue  # "Ask May in accounts": a name
        # A word can start rules of more than one family ("impossible that" / "impossible to work with").
        hit = _guess(lowers, i, conditional) if w in _GUESS_STARTS else None
        if hit is None and w in _BLAME_STARTS:
            hit = _blame(lowers, capitals, i, mishap)
        if hit is None and w in _JUDGEMENT_STARTS:
            hit = _judgement(lowers, i, mishap, you)
        if hit is not None:
            hits.append(hit)
    return hits


def _guess(lowers: list[str], i: int, conditional: bool) -> RuleHit | None:
    """Modals naming a cause or a state, chances and epistemic adjectives, hearsay."""
    w = lowers[i]
    if w in _MODALS:
        return _modal(lowers, i, conditional)
    if w in ("chances", "odds", "likelihood") and _at(lowers, i + 1) in _CHANCES_LOOK and _at(lowers, i + 2) in _SLIM:
        return RuleHit("hedge", i, i + 2)  # "chances look slim", "the odds seem good"
    if w in CHANCE_NOUN:
        j = i - 1
        while j > 0 and lowers[j] not in _A and (lowers[j] in CHANCE_ADJ or lowers[j] in DEGREE):
            j -= 1
        if j > 1 and lowers[j] in _A and lowers[j - 1] in LINKING and "there" in lowers[max(0, j - 3) : j]:
            return RuleHit("hedge", j, i + 1)  # "there is a real possibility"
        return None
    if w in EPISTEMIC_ADJ:
        j = i - 1
        while j > 0 and lowers[j] in DEGREE:
            j -= 1
        if j > 0 and lowers[j] in LINKING and lowers[j - 1] in _IT and _at(lowers, i + 1) not in ("to", "for"):
            return RuleHit("hedge", j - 1, i + 1)  # "it is quite possible that"
        return None
    if w in TOLD:  # "I've been told", "we were told" (not "told by Dana")
        if _at(lowers, i - 1) in ("been", "was", "were") and not _WE.isdisjoint(lowers[max(0, i - 4) : i]):
            return None if _at(lowers, i + 1) == "by" else RuleHit("unverifiable", i - 1, i + 1)
        return None
    if w == "now" and _at(lowers, i - 1) == "by" and not _BY_NOW.isdisjoint(lowers[max(0, i - 8) : i]):
        return RuleHit("hedge", i - 1, i + 1)  # "should be on the server by now", "will have finished by now"
    if w in _SAID:  # "it is said that", "it is widely thought that", "it's commonly assumed"
        k = i - 2 if _at(lowers, i - 1) in _HOW_WIDELY else i - 1
        said = _at(lowers, k) in LINKING and _at(lowers, k - 1) == "it" and _at(lowers, k - 2) not in _WHEN_IT
        # "It was reported in the minutes that ...", "provided it is reported this month": a source, a condition
        return RuleHit("unverifiable", k - 1, i + 1) if said and _at(lowers, i + 1) not in _SOURCED_AFTER else None
    if w in HEARSAY_NOUN:
        return _hearsay(lowers, i)
    if w == "they":  # an opening "They say ...": talk with no one named ("they said" reports someone's words)
        # ", per Dana's e-mail", "according to the memo": the talk has a source after all (review r13b M2)
        # The source test scans the sentence: only for its opening "They say" (once), never at every "they" (r14a M7).
        if i != 0 or _at(lowers, 1) != "say":
            return None
        return None if "per" in lowers or "according" in lowers else RuleHit("unverifiable", 0, 2)
    if w in _QUANTIFIERS and (i == 0 or lowers[i - 1] in (",", ";", ":")) and _at(lowers, i + 1) in _SOME_THINK:
        return RuleHit("unverifiable", i, i + 2)  # "Many believe ...", "Others claim ...": nobody in particular
    if w == "some":  # "some of the staff think": nobody in particular
        k = i + 3 if lowers[i + 1 : i + 3] == ["of", "the"] else i + 1
        some = _at(lowers, k) in GROUP and _at(lowers, k + 1) in _SOME_THINK
        return RuleHit("unverifiable", i, k + 2) if some else None
    if w in _CHATTY_GROUP and _at(lowers, i + 1) in ("are", "were") and _at(lowers, i + 2) in _TALKING:
        return RuleHit("unverifiable", i, i + 3)  # "staff are saying", "people were speculating"
    if w in ANONYMOUS:
        k = i + 1
        while k < i + 3 and _at(lowers, k) in _AUX:
            k += 1
        return RuleHit("unverifiable", i, k + 1) if _at(lowers, k) in HEARSAY_VERB else None  # "people are whispering"
    return None


def _hearsay(lowers: list[str], i: int) -> RuleHit | None:
    """Talk with no speaker: "the word around the depot is that", "there's chatter that", "the buzz is that"."""
    # "there is talk", "there's chatter that": a hedge, like the listed "there is talk"
    if _at(lowers, i - 1) in _A and _at(lowers, i - 2) in LINKING and _at(lowers, i - 3) == "there":
        return RuleHit("hedge", i - 3, i + 1)
    if _at(lowers, i - 1) in LINKING and _at(lowers, i - 2) == "there":
        return RuleHit("hedge", i - 2, i + 1)
    for k in range(i + 1, min(len(lowers) - 1, i + 6)):
        if lowers[k] in LINKING:
            return RuleHit("unverifiable", i, k + 2) if lowers[k + 1] == "that" else None
    return None


def _modal(lowers: list[str], i: int, conditional: bool) -> RuleHit | None:
    """ "may stem from", "could be down to", "might be related to"; "may not include" (a state, not a rule)."""
    k = i + 1
    while k < i + 4 and _at(lowers, k) in _MODAL_SKIP:
        k += 1
    verb = _at(lowers, k)
    if verb in CAUSAL_VERB:
        return RuleHit("hedge", i, k + 1)
    if verb == "be":
        nxt = _at(lowers, k + 1)
        if nxt in CAUSAL_STATE or (nxt in _A and _at(lowers, k + 2) in CAUSAL_STATE):
            return RuleHit("hedge", i, k + 2)
    negated = not _NEGATED.isdisjoint(lowers[i + 1 : k])
    if negated and (_at(lowers, i - 1) in _RULED or _at(lowers, i - 1) in _YOU):
        return None  # "Employees may not include ...": a prohibition
    if lowers[i] in ("may", "might") and not conditional:
        if verb in MENTAL_STATIVE_VERB or (negated and verb in STATIVE_VERB):
            return RuleHit("hedge", i, k + 1)  # "may already know", "may not include"
    return None


def _blame(lowers: list[str], capitals: list[bool], i: int, mishap: int) -> RuleHit | None:
    """Blame by construction: "Dana's mistake", "the one who", "caused by Tom", "should never have", "let the
    customer down", "on Sue's watch", "is behind the outage", "never checked the goods"."""
    w, nxt = lowers[i], _at(lowers, i + 1)
    if w == "responsibility" and mishap < i and _at(lowers, i - 1) in _OWNER:
        return RuleHit("attribution", i - 1, i + 1)  # "the delay is the landlord's responsibility"
    if w in FAULT_NOUN:
        owned = _at(lowers, i - 1) in _OWNER or _at(lowers, i - 2) in _OWNER  # "Tom's (own) error"
        if not owned or nxt in _NOT_A_FAULT:
            return None
        # Blame when the fault is what something was, or its cause: "was Tom's error", "the result of Kim's
        # overspending", "Dana's mistake cost us"; not "the vendor's error in the invoice was corrected".
        before, after = lowers[max(0, i - 7) : i - 1], lowers[i + 1 : i + 5]
        linked = not LINKING.isdisjoint(before) or not _CAUSE_WORDS.isdisjoint(before) or nxt == "to"
        return RuleHit("attribution", i - 1, i + 1) if linked or not _CAUSE_WORDS.isdisjoint(after) else None
    if w in ("one", "ones", "person") and _at(lowers, i - 1) == "the" and nxt in ("who", "that"):
        # "is the one who broke the build"; not "is the one who booked the venue"
        bad = not _BAD_ACT.isdisjoint(lowers[i + 2 : i + 8])
        linked = not LINKING.isdisjoint(lowers[max(0, i - 3) : i - 1])
        return RuleHit("attribution", i - 1, i + 2) if bad and linked else None
    if w == "caused" and nxt == "by":
        k = i + 3 if _at(lowers, i + 2) in _THEIR else i + 2
        doer = (k == i + 2 and k < len(capitals) and capitals[k]) or not PEOPLE_NOUN.isdisjoint(lowers[k : k + 3])
        return RuleHit("attribution", i, i + 2) if doer else None  # "caused by Tom", "caused by the sales team"
    if w == "should" and nxt in ("never", "not", "n't") and _at(lowers, i + 2) in ("have", "'ve"):
        return RuleHit("attribution", i, i + 3)  # "should never have approved"
    if w == "it" and nxt in ("was", "is") and "who" in lowers[i + 3 : i + 6]:
        return RuleHit("attribution", i, i + 2)  # "It was the cleaners who ..."
    if w == "watch" and _at(lowers, i - 1) in _OWNER and "on" in lowers[max(0, i - 5) : i - 1]:
        return RuleHit("attribution", i - 1, i + 1)  # "on Sue's watch"
    if w == "behind" and _at(lowers, i - 1) in LINKING and mishap > i and mishap <= i + 3:
        return RuleHit("attribution", i, i + 1)  # "is behind the outage"
    if w == "never" and nxt in NEVER_DONE:
        return RuleHit("attribution", i, i + 2)  # "never checked the goods"
    return None


def _judgement(lowers: list[str], i: int, mishap: int, you: bool) -> RuleHit | None:
    """Motives, blame, opinions and minds read, by the class of the word at `i`."""
    w = lowers[i]
    if w in INTENT_VERB:
        return _motive(lowers, i, you)
    if w == "because":
        return _neglect(lowers, i)
    if w == "so":
        return _so_that(lowers, i)
    if w == "to":
        return _purpose(lowers, i, you)
    if w in ("bother", "bothers", "bothered") and _at(lowers, i + 1) == "to":
        return RuleHit("attribution", i, i + 2) if not _NOBODY.isdisjoint(lowers[max(0, i - 5) : i]) else None
    if w in ("failed", "fails", "fail"):
        k = i + 2 if _at(lowers, i + 1) in _THEIR else i + 1
        # "management failed the staff"
        return RuleHit("attribution", i, k + 1) if _at(lowers, k) in _LET_DOWN else None
    if w in LINKING:
        if nxt_is_out_to(lowers, i):
            return RuleHit("attribution", i, i + 3)  # "she is out to prove them wrong"
        return _on_whom(lowers, i) if mishap < i else None
    if w in _LIES and (mishap < i or not _BLAME_NOUNS.isdisjoint(lowers[max(0, i - 6) : i])):
        k = i + 2 if _at(lowers, i + 1) in _SQUARELY else i + 1
        return RuleHit("attribution", i, k + 1) if _at(lowers, k) == "with" else None  # "the fault lies with"
    if w == "feeling" and _at(lowers, i + 1) in FEELINGS and _WE.isdisjoint(lowers[max(0, i - 3) : i]):
        return RuleHit("attribution", i, i + 2)  # "left everyone feeling frustrated"
    if w in ATMOSPHERE:
        mood = _at(lowers, i - 1) in MOOD_ADJ or _mood_after(lowers, i)
        return RuleHit("opinion", i, i + 1) if mood else None  # "a tense atmosphere", "the mood was frosty"
    if w in _HUMAN_FAULT and "by" in (_at(lowers, i + 1), _at(lowers, i + 2)):
        return RuleHit("attribution", i, i + 2)  # "poor planning by the committee"
    if w in ("let", "allowed") and not DRIFT_VERB.isdisjoint(lowers[i + 1 : i + 6]):
        return RuleHit("attribution", i, i + 2)  # "let the situation spiral"
    if w == "let" and "down" in lowers[i + 2 : i + 5]:
        return RuleHit("attribution", i, i + 1)  # "let the customer down"
    if w in _COOKED and not _FIGURES.isdisjoint(lowers[i + 1 : i + 4]):
        return RuleHit("attribution", i, i + 1)  # "the agency padded the invoice"
    if w == "only" and _at(lowers, i + 1) == "because" and _at(lowers, i + 2) in _THIRD:
        return RuleHit("attribution", i, i + 3)  # "agreed only because he had no other option"
    if w == "all" and _at(lowers, i + 1) == "about" and not _SELF_INTEREST.isdisjoint(lowers[i + 2 : i + 5]):
        return RuleHit("attribution", i, i + 2)  # "is all about the promotion"
    if w in ("using", "used", "uses") and _WE.isdisjoint(lowers[max(0, i - 3) : i]):
        for k in range(i + 1, min(len(lowers) - 1, i + 4)):
            if lowers[k] in _GRIEVANCE and lowers[k + 1] in ("to", "as"):
                # "using the complaint to renegotiate" (not "the complaint form")
                return RuleHit("attribution", i, k + 1)
    if w == "thanks" and _at(lowers, i + 1) == "to" and mishap < i and "for" not in lowers[i + 2 : i + 7]:
        return RuleHit("attribution", i, i + 2)  # "the delay cost us the client, thanks to the courier"
    if w in _PIN:
        for k in range(i + 2, min(len(lowers) - 1, i + 6)):
            if lowers[k] == "on" and _on_someone(lowers, k + 1):
                return RuleHit("attribution", i, i + 1)  # "trying to pin the outage on us", not "pin it on the board"
    if w == "made" and "worse" in lowers[i + 1 : i + 6]:
        return RuleHit("attribution", i, i + 2)  # "made the leak much worse"
    if w == "down" and _at(lowers, i + 1) == "to" and (hit := _down_to(lowers, i, mishap)) is not None:
        return hit
    if w in JUDGEMENT_COMPARATIVE:
        return _comparative(lowers, i)
    return _opinion(lowers, i)


def _down_to(lowers: list[str], i: int, mishap: int) -> RuleHit | None:
    """ "the delay is entirely down to the legal team", "comes down to poor management": blame, "down to" someone."""
    after = lowers[i + 2 : i + 5]
    if (mishap < i and not PEOPLE_NOUN.isdisjoint(after)) or not _HUMAN_FAULT.isdisjoint(after):
        return RuleHit("attribution", i, i + 2)
    return None


def _motive(lowers: list[str], i: int, you: bool) -> RuleHit | None:
    """ "wanted to avoid", "is trying to dodge", "just trying to justify", "wants us out"."""
    nxt = _at(lowers, i + 1)
    if not _WE.isdisjoint(lowers[max(0, i - 3) : i]):
        return None  # the writer's own aim is a plan
    if you or (_at(lowers, i - 1) == "who" and lowers[i] in ("want", "wants")):
        return None  # advice to the reader, or anyone's ("customers who want to avoid late fees")
    if lowers[i] == "hope" and lowers[i - 2 : i] == ["in", "the"] and _WE.isdisjoint(lowers[max(0, i - 10) : i]):
        return RuleHit("attribution", i - 2, i + 1)  # "refusing the repairs in the hope that we move out"
    if nxt in ("the", "all") and _at(lowers, i + 2) in _LIMELIGHT and lowers[i].startswith("want"):
        return RuleHit("attribution", i, i + 3)  # "wanted the credit for herself"
    if nxt == "to" and _at(lowers, i + 2) == "get" and _at(lowers, i + 3) in ("out", "away", "back", "even"):
        return RuleHit("attribution", i, i + 4)  # "trying to get out of paying", "wants to get back at"
    if nxt == "to" and _at(lowers, i + 2) in MOTIVE_VERB:
        if _at(lowers, i + 2).startswith("avoid") and not _PLAIN_RISK.isdisjoint(lowers[i + 3 : i + 6]):
            return None  # "wants to avoid delays": a plan against a mishap, not a motive read into someone
        return RuleHit("attribution", i, i + 3)
    if nxt == "to" and _at(lowers, i - 1) in MINIMISER and lowers[i].startswith(("tr", "look", "angl")):
        return RuleHit("attribution", i - 1, i + 2)
    if nxt in _PRONOUN_OBJ and _at(lowers, i + 2) in ("out", "gone") and lowers[i].startswith("want"):
        return RuleHit("attribution", i, i + 3)
    if lowers[i] in _KEEN and nxt == "to" and _at(lowers, i - 1) == ",":
        return RuleHit("attribution", i, i + 2)  # "replied within an hour, keen to keep our business"
    if lowers[i] == "hoping" and i > 1 and lowers[i - 1] not in LINKING and nxt != "to":
        return RuleHit("attribution", i, i + 1)  # "went quiet hoping the issue would go away"
    return None


def _neglect(lowers: list[str], i: int) -> RuleHit | None:
    """Neglect as the reason for a mishap: "because the engineer ignored the alerts", "because nobody checked"."""
    window = lowers[i + 1 : i + 8]
    for k, w in enumerate(window):
        if w in NEGLECT_VERB or w in CONDUCT or (w == "cut" and _at(window, k + 1) in CORNERS):
            return RuleHit("attribution", i, i + k + 2)
        if w in _NOT_CHECKED and k > 0 and window[k - 1] in _NOBODY and _MACHINE.isdisjoint(window[:k]):
            return RuleHit("attribution", i, i + k + 2)  # not "because version 3.4 does not read the format"
    return None


def _mood_after(lowers: list[str], i: int) -> bool:
    """ "the mood was frosty", "the mood at the depot is grim", "the atmosphere in the office is very tense": a
    linking verb within a short place phrase after the mood word, then a mood (past one degree word)."""
    k = next((k for k in range(i + 1, min(len(lowers), i + 6)) if lowers[k] in LINKING), 0)
    if not k:
        return False
    return _at(lowers, k + 1) in MOOD_ADJ or (_at(lowers, k + 1) in DEGREE and _at(lowers, k + 2) in MOOD_ADJ)


def nxt_is_out_to(lowers: list[str], i: int) -> bool:
    return _at(lowers, i + 1) == "out" and _at(lowers, i + 2) == "to" and _at(lowers, i + 3) in _OUT_TO


def _purpose(lowers: list[str], i: int, you: bool) -> RuleHit | None:
    """A purpose no e-mail announces, whoever acts: "to pad the invoice", "to force us to accept", "to avoid
    public scrutiny" (not "to avoid a clash": a plan against a mishap; not advice: "To avoid the fee, pay ...")."""
    if you or (i == 0 and "," in lowers and _at(lowers, lowers.index(",") + 1) in _ADVICE):
        return None
    if _at(lowers, i - 1) in ("want", "wants") and _at(lowers, i - 2) == "who":
        return None  # anyone's aim: "customers who want to avoid late fees should ..."
    verb = _at(lowers, i + 1)
    if verb in PURPOSE_VERB:
        return RuleHit("attribution", i, i + 2)
    obj = _at(lowers, i + 2)
    if verb in PRESSURE_VERB and (obj in _PRONOUN_OBJ or (obj in _THEIR and _at(lowers, i + 3) in PEOPLE_NOUN)):
        return RuleHit("attribution", i, i + 2)  # "to force us to accept", "to pressure the client"
    if verb.startswith("avoid") and not AVOIDED.isdisjoint(lowers[i + 2 : i + 5]):
        return RuleHit("attribution", i, i + 2)
    if verb in _GAIN and not _PERKS.isdisjoint(lowers[i + 2 : i + 6]):
        return RuleHit("attribution", i, i + 2)  # "to earn a bigger commission"
    return None


def _on_someone(lowers: list[str], k: int) -> bool:
    """ "on us", "on the night shift staff" (not "on the board", "on the office door")."""
    w = _at(lowers, k)
    if w in _PRONOUN_OBJ:
        return True
    return w in _THEIR and not _PINNABLE.isdisjoint(lowers[k + 1 : k + 4])


def _so_that(lowers: list[str], i: int) -> RuleHit | None:
    """A purpose read into an act: "so they could avoid the question", "so the share price wouldn't drop"."""
    if not _WE.isdisjoint(lowers[max(0, i - 6) : i]):
        return None
    window = lowers[i + 1 : i + 8]
    if not MOTIVE_VERB.isdisjoint(window) and any(
        w in MOTIVE_VERB and window[p - 1] in _SO_MODALS for p, w in enumerate(window) if p > 0
    ):
        return RuleHit("attribution", i, i + 1)  # the verb after the clause's modal: not "so the night shift could"
    if not _NOBODY_ANY.isdisjoint(window) and not _UNNOTICED.isdisjoint(window):
        return RuleHit("attribution", i, i + 1)  # "so the price wouldn't drop", "so nobody would object"
    return None


_SO_MODALS = frozenset("could can would might will 'd not n't never".split())


def _on_whom(lowers: list[str], i: int) -> RuleHit | None:
    """ "The delay is (squarely) on the courier": a mishap (named before `i`) laid at someone's door."""
    k = i + 1
    if _at(lowers, k) in _SQUARELY:
        k += 1
    whom = _at(lowers, k + 1)
    if whom == "the" and any(c.isdigit() for c in _at(lowers, k + 2)):
        return None  # "the delay is on the A4": a road
    if _at(lowers, k) == "on" and whom in _ON_WHOM:
        return RuleHit("attribution", i, k + 1)
    return None


def _comparative(lowers: list[str], i: int) -> RuleHit | None:
    """ "is far better than", "a far nicer venue than": a judgement by comparison after a linking verb."""
    than = next((k for k in range(i + 1, min(len(lowers), i + 4)) if lowers[k] == "than"), None)
    if than is None or _at(lowers, than + 1) in _NOT_A_JUDGEMENT_AFTER_THAN:
        return None
    if LINKING.isdisjoint(lowers[max(0, i - 5) : i]):
        return None
    return RuleHit("opinion", i, than + 1)


def _opinion(lowers: list[str], i: int) -> RuleHit | None:
    w, nxt = lowers[i], _at(lowers, i + 1)
    if w == "worth" and nxt in ("the", "it", "every"):
        before = lowers[max(0, i - 3) : i]
        if not _NEGATED.isdisjoint(before) or "never" in before or "hardly" in before or not LINKING.isdisjoint(before):
            return RuleHit("opinion", i, i + 2)  # "not worth the price", "is worth every penny"
        return None
    if w in HARD_ADJ and nxt == "to" and _at(lowers, i + 2) in PEOPLE_VERB:
        return RuleHit("opinion", i, i + 3)  # "impossible to work with"
    if w in MANNER_JUDGEMENT and nxt in _WORK_DONE:
        return RuleHit("opinion", i, i + 2)  # "badly written", "poorly run"
    if w in IMPRESSION_VERB:
        if nxt in ("across", "off") and _at(lowers, i + 2) in ("as", "like"):
            return RuleHit("opinion", i, i + 3)  # "came across as rude"
        k = i + 2 if nxt in ("me", "us", "one") else i + 1
        return RuleHit("opinion", i, k + 1) if w.startswith("str") and _at(lowers, k) == "as" else None
    if w == "seriously" and not _TAKE.isdisjoint(lowers[max(0, i - 6) : i]):
        if not _NOBODY.isdisjoint(lowers[max(0, i - 8) : i]):
            return RuleHit("attribution", i, i + 1)  # "never took Jo's concerns seriously"
        return None
    if w in _LOSE:
        k = i + 2 if nxt in _LOSE_DET else i + 1
        return RuleHit("attribution", i, k + 1) if _at(lowers, k) in _MORALE else None  # "lost all confidence in"
    return None


_SLIM = CHANCE_ADJ | frozenset("slim good long low high against stacked poor remote".split())
_PINNABLE = PEOPLE_NOUN - {"board", "office", "chair", "head", "lead", "officer"}
_PIN = frozenset("pin pins pinned pinning".split())
_KEEN = frozenset("keen eager desperate determined anxious".split())
_CHANCES_LOOK = frozenset("look looks seem seems are is appear appears".split())
_BY_NOW = frozenset("should must will 'll would surely ought".split())
_GUESS_STARTS = (
    {"now", "they"}
    | _MODALS
    | CHANCE_NOUN
    | EPISTEMIC_ADJ
    | TOLD
    | _SAID
    | HEARSAY_NOUN
    | ANONYMOUS
    | GROUP
    | _QUANTIFIERS
)
_JUDGEMENT_STARTS = (
    INTENT_VERB
    | LINKING
    | _HUMAN_FAULT
    | JUDGEMENT_COMPARATIVE
    | HARD_ADJ
    | MANNER_JUDGEMENT
    | IMPRESSION_VERB
    | _LOSE
    | _LIES
    | _COOKED
    | ATMOSPHERE
    | frozenset(
        "only all because let allowed made down worth seriously so to bother bothers bothered failed fails fail "
        "thanks feeling using used uses pin pins pinned pinning".split()
    )
)
_STARTS = _GUESS_STARTS | _BLAME_STARTS | _JUDGEMENT_STARTS
_IFS = frozenset({"if", "unless"})
