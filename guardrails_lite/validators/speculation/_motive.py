"""Motives read into an act, recognised by construction (wave 9):

* a self-serving purpose after a third party's act, in the active (a passive names no one to read a
  motive into): "The marina raised the fee to push older sailors out", "cut the price only to win the
  contract", "in order to sell the rooms"; unless the infinitive belongs to the word before it ("agreed
  to", "asked Tom to", "two weeks to review", "has until Friday to"), the act is negated, obligatory or
  planned (a modal), the writer or the reader acts ("we", "you"), or the infinitive is an errand ("to
  confirm the date", "to finish the report": WordNet's verbs of saying, thinking, changing and making);
  a purpose that serves the task ("to meet the deadline") is a summary's to state;
* a feeling as the reason: "out of fear", "out of spite" (WordNet's feeling nouns), "because it didn't
  trust him", "because he wanted the job finished" (its feeling verbs);
* a move timed against others: "before anyone could object".

Each rule looks at a few tokens around one cue word ("to", "out", "because", "before"), so a sentence costs
linear time.
"""

from __future__ import annotations

from guardrails_lite.validators.speculation._hit import RuleHit
from guardrails_lite.validators.speculation._hit import word_at as _at  # short: rules read words around a cue
from guardrails_lite.validators.speculation._kinds_lexicon import AVOIDED, MOTIVE_VERB
from guardrails_lite.validators.speculation._wordclasses import WordClasses, verb_base, wordclasses

CUES = frozenset({"to", "out", "because", "before", "so", "along"})

# Words an infinitive belongs to ("agreed to", "ready to", "two weeks to", "the right to"): no purpose.
_LICENSORS = frozenset(
    """want wants wanted wanting try tries tried trying need needs needed agree agreed agrees decide decided decides
    plan plans planned ask asked asks tell told promise promised offer offered offers refuse refused fail failed fails
    manage managed forget forgot remember remembered expect expected hope hoped hopes intend intended intends arrange
    arranged choose chose chosen seem seems seemed appear appears appeared tend tends continue continued continues
    start started begin began have has had used going able unable due likely unlikely about supposed allowed
    required set meant keen happy ready willing first last next enough way time right chance reason attempt effort
    decision request deadline permission how what where when whether which who invited encouraged urged reminded
    advised wish wished prefer preferred like liked love loved hate hated afraid glad sorry pleased easy hard
    difficult impossible possible opportunity ability option instructions instruction approval proposal consent
    authority budget money funds is are was were be been went go goes came come comes back up down close closer
    similar relation compared according thanks prior applied volunteered threatened pretended declined declines
    days weeks hours months minutes years day week hour month year long excuse someone person one nothing
    something anything bound certain sure slow quick until still yet left order aims aimed aim strives sought
    seeks waiting waited wait voted votes vote elected opted opts""".split()
)
# An act done on someone's behalf or under a rule or a time limit: the infinitive is theirs, not a purpose.
_CONTROL = frozenset(
    """ask asks asked tell tells told invite invited urge urged remind reminded allow allowed encourage encouraged
    expect expected want wanted need needed get got help helped persuade persuaded force forced hire hired take
    takes took taken leave leaves left require required enable enabled set has have had until use uses used""".split()
)
_MODAL = frozenset("must should can could will 'll shall may might would need needs ought".split())
_SELF = frozenset("i we you your i'm we're you're let's".split())
_NOT = frozenset({"not", "n't", "never", "no"})
_BE = frozenset("is are was were been being 's 're".split())
_CLAUSE = frozenset({",", ";", ":", "and", "but", "because", "so", "while", "after", "before", "when", "since"})
_REASON_NEG = frozenset({"not", "n't", "never", "no", "longer"})
_AUX = frozenset("did does do had has have was were is are".split())
_ANYONE = frozenset("anyone anybody people others".split())
_DETERMINER = frozenset("the his her their its".split())
_COULD = frozenset("could can might would".split())
_OBJECT_CUES = frozenset("objected object noticed notice complained complain asked ask checked check stop".split())


def motive_hits(lowers: list[str], capitals: list[bool]) -> list[RuleHit]:
    """Hits of the motive constructions in one lower-cased sentence (`capitals[k]`: token k had a capital)."""
    if not _SELF.isdisjoint(lowers) and any(_writer(lowers, capitals, k) for k, w in enumerate(lowers) if w in _SELF):
        return []  # the writer's or the reader's own aim is a plan or advice
    if "for" in lowers and not MINIMISER.isdisjoint(lowers):  # set probes first: "for" is in most sentences
        gains = [RuleHit("attribution", i - 1, i + 1) for i in _gain_reasons(lowers)]
        if gains:
            return gains  # "volunteered for the trip mainly for the free hotel"
    if CUES.isdisjoint(lowers):
        return []
    classes = wordclasses()
    modal = not _MODAL.isdisjoint(lowers)  # an obligation or a plan: "must bring ID to collect the card"
    hits: list[RuleHit] = []
    for i in [k for k, w in enumerate(lowers) if w in CUES]:  # the cues' positions, found in one comprehension
        w, hit = lowers[i], None
        if w == "to" and not modal:
            hit = _purpose(lowers, capitals, i, classes)
        elif w == "out" and _at(lowers, i + 1) == "of" and _at(lowers, i + 2) in classes.feeling_nouns:
            hit = RuleHit("attribution", i, i + 3)  # "out of fear of being found out", "out of spite"
        elif w == "because":
            hit = _feeling_reason(lowers, i, classes) or _real_reason(lowers, capitals, i)
        elif w == "along" and _at(lowers, i - 1) == "all" and not _INTENT.isdisjoint(lowers):
            hit = RuleHit("attribution", i - 1, i + 1)  # "Their goal all along was to sell", "wanted it all along"
        elif w == "so" and not _SO_MODALS.isdisjoint(lowers[i + 2 : i + 6]) and _MODAL.isdisjoint(lowers[:i]):
            hit = _so_that(lowers, i, classes)
        elif w == "before" and (k := _could_after(lowers, i)):
            hit = RuleHit("attribution", i, k + 1)  # "rushed the vote through before anyone could object"
        if hit is not None:
            hits.append(hit)
    return hits


def _writer(lowers: list[str], capitals: list[bool], k: int) -> bool:
    """Token k (one of `_SELF`) is the writer or the reader; an "I" right after a capitalised word is a numeral
    in a name ("Statistics I", "Part I")."""
    return not (lowers[k] == "i" and k > 1 and capitals[k - 1] and lowers[k - 1].isalpha())


def _so_that(lowers: list[str], i: int, classes: WordClasses) -> RuleHit | None:
    """A purpose "so (that) <someone> could ..." after an act, read like "to ...": a motive when it keeps
    others out ("so nobody can hold them accountable", "so the tenants could not get back in") or serves the
    doer ("so she could hand out smaller bonuses"); "so that everyone could attend" is the act's own goal."""
    j = i + 2 if _at(lowers, i + 1) == "that" else i + 1
    m = next((k for k in range(j + 1, min(len(lowers), j + 4)) if lowers[k] in _SO_MODALS), 0)
    if not m or lowers[m - 1] in _CLAUSE:
        return None
    barred = _at(lowers, j) in _NOBODY or _at(lowers, m + 1) in _NOT
    if not (barred or _self_serving(lowers, m, classes)):
        return None
    acts = any(_does(lowers, k, classes) for k in range(max(0, i - _REACH), i))
    return RuleHit("attribution", i, m + 1) if acts else None


def _does(lowers: list[str], k: int, classes: WordClasses) -> bool:
    """Token k is an act: a finite past or progressive (`_acted`) or a present "keeps", "is stalling"."""
    w = lowers[k]
    return _acted(lowers, k, classes) or (w.endswith("s") and k > 0 and verb_base(w, classes) is not None)


_SO_MODALS = frozenset("could can would might will".split())
_NOBODY = frozenset("nobody noone none".split()) | {"no"}


_INTENT = frozenset("want wanted wants goal aim aims plan planned intended intention meant knew agenda".split())


def _could_after(lowers: list[str], i: int) -> int:
    """ "before anyone could", "before the auditors could": where the "could" is, or 0."""
    k = i + 2 if _at(lowers, i + 1) in _ANYONE else i + 3 if _at(lowers, i + 1) in _DETERMINER else 0
    return k if k and _at(lowers, k) in _COULD else 0


def _purpose(lowers: list[str], capitals: list[bool], i: int, classes: WordClasses) -> RuleHit | None:
    verb = _at(lowers, i + 1)
    if i == 0 or verb not in classes.verbs or capitals[i + 1] or verb == "be":
        return None
    after = _at(lowers, i + 2)
    if after in _END or (
        after in _PLACE_TIME and (i + 3 >= len(lowers) or capitals[i + 3] or lowers[i + 3][:1].isdigit())
    ):
        return None  # "a cut to travel.", "reopened to staff on Monday": a bare verb there is as often a noun
    prev = lowers[i - 1]
    ordered = prev in ("order", "as") and _at(lowers, i - 2) in ("in", "so")  # "in order to", "so as to"
    # "kept the tally going to build a case": "going" owns the infinitive only as a future ("is going to").
    licensed = prev in _LICENSORS and not (prev == "going" and _at(lowers, i - 2) not in _BE_GOING)
    # "purely to shift the blame": an errand's verb ("shift", "tell") serves the doer after a minimiser.
    # ... and so does one done to how the doer is seen ("quietly to limit the bad publicity").
    obj = lowers[i + 2 : i + 6]
    errand = verb in classes.errands and prev not in MINIMISER and not _against(obj) and _STANDING.isdisjoint(obj)
    if not ordered and (licensed or not prev.isalpha() or errand):
        return None
    # back to the clause's start, at most _REACH tokens: linear time on hostile text; "so as to" starts its walk
    # before the "so" (itself a clause word: "waived the fee so as to avoid a complaint")
    start = i - 3 if ordered and i >= 3 else i - 1
    while start > max(0, i - _REACH) and lowers[start - 1] not in _CLAUSE:
        start -= 1
    clause = lowers[start:i]
    if not _CONTROL.isdisjoint(clause) or not _NOT.isdisjoint(clause):
        return None
    if not any(_acted(clause, k, classes) for k in range(len(clause))):
        return None  # no act in the clause: "the price to pay", "a cut to travel"
    if any(clause[k - 1] in _BE and _passive(clause[k], classes, clause[k - 1]) for k in range(1, len(clause))):
        return None  # "the budget was cut to fund the new hires": a procedure with no doer to read a motive into
    named = i + 2 < len(capitals) and capitals[i + 2]
    # "in order to" marks a purpose read in; "so as to reach the slipway" as often states the plan's own aim
    in_order = ordered and prev == "order"
    return RuleHit("attribution", i, i + 2) if in_order or _self_serving(lowers, i, classes, named) else None


def _self_serving(lowers: list[str], i: int, classes: WordClasses, named: bool = False) -> bool:
    """The purpose at `to` (index i) serves the doer against others, not the task: "only to", "just to"; a
    contest or a feeling ("to win", "to protect", "to impress": WordNet's competition and emotion verbs); an
    escape, a squeeze or a cover (`MOTIVE_VERB`); someone pushed "out", kept "away", got "rid" of; money, a
    deal or the doer's own interest in the object ("to earn fees", "her own bonus"). "to meet the deadline",
    "to help the new hire", "to cover the insurance" serve the task: a summary may state them."""
    verb, obj = lowers[i + 1], lowers[i + 2 : i + 6]
    base = verb_base(verb, classes) or verb
    # `named`: the purpose's object was written with a capital ("to keep Dana from ..."), a person or a firm
    if base in _ORDINARY_GOAL or base.startswith("out"):
        # The act's own goal, not a motive read into it: "lowered its price to win the contract", "worked
        # overtime to beat the competitor to market", "apologised to calm the customer down".
        return lowers[i - 1] in MINIMISER or not _AWAY.isdisjoint(obj) or not _OWN.isdisjoint(obj)
    return (
        lowers[i - 1] in MINIMISER
        or _steers(base, obj, named)
        or base in classes.contest_verbs
        or base in classes.feeling_verbs
        or (verb in MOTIVE_VERB and verb not in _TASK_TOO and (base != "avoid" or _dodged(obj, classes)))
        or not _AWAY.isdisjoint(obj)
        or not _INTEREST.isdisjoint(obj)
        or _against(obj)
    )


def _dodged(obj: list[str], classes: WordClasses) -> bool:
    """What "to avoid ..." dodges is a motive when it is blame or a cost (`AVOIDED`) or talk about the doer
    (WordNet's talk nouns: "complaints from shopkeepers", "an argument with Paul", "criticism"); "to avoid the
    heat", "to avoid delays" or "the queue" plan against a mishap."""
    if not AVOIDED.isdisjoint(obj):
        return True
    k = 0
    while k < len(obj) - 1 and (obj[k] in _DETERMINER or obj[k] in _QUANTITY or obj[k] in classes.adjectives):
        k += 1  # "an argument", "more complaints", "a public row": to the noun
    noun = obj[k] if obj else ""
    return noun in classes.talk_nouns or (noun.endswith("s") and noun[:-1] in classes.talk_nouns)


_QUANTITY = frozenset("a an any more further another some".split())


def _steers(base: str, obj: list[str], named: bool) -> bool:
    """A purpose that steers a person: kept "from" an act ("to keep him from quitting", "to stop Dana from
    complaining") or pushed "into" one ("to pressure Luis into paying"); "to keep the pipes from freezing"
    steers a thing and serves the task."""
    if base in _HOLD_BACK and ("from" in obj[1:3] or (len(obj) > 1 and _gerund(obj[1]))):
        who = obj[0]  # "to stop Dana from complaining", "to stop Skyhop asking questions"
    elif base in _PUSH_INTO and "into" in obj[1:4]:
        who = obj[0]
    else:
        return False
    return named or who in _PERSON_OBJECT


def _gerund(word: str) -> bool:
    return word.endswith("ing") and verb_base(word, wordclasses()) is not None


_HOLD_BACK = frozenset("keep stop prevent discourage deter dissuade".split())
_PUSH_INTO = frozenset(
    "pressure pressurise pressurize push force bully trick rush coax guilt shame scare frighten".split()
)
_PERSON_OBJECT = frozenset("him her them staff customers members tenants".split())


def _against(obj: list[str]) -> bool:
    """A purpose aimed at someone: "to build a case against ShelfScan", "to turn the staff against her"."""
    return "against" in obj[1:] and obj[obj.index("against") - 1] in _AIMED


_AIMED = frozenset("case evidence ammunition staff team them him her everyone people".split())


def _acted(clause: list[str], k: int, classes: WordClasses) -> bool:
    """Token k of the clause is a finite act: a past tense ("raised", "sold") or a progressive ("is dragging")."""
    w = clause[k]
    if w in classes.past or w in _SAME_PAST:
        return True
    if w.endswith("ed"):
        return verb_base(w, classes) is not None
    return w.endswith("ing") and k > 0 and clause[k - 1] in _BE and verb_base(w, classes) is not None


def _passive(word: str, classes: WordClasses, be: str = "was") -> bool:
    """A participle after a form of "be" ("was cut", "were waived", "was run"); "is dragging" is not one, nor
    a noun after a possessive "'s" ("Pavel Drury's name": a bare verb form counts only after "was", "is" ...)."""
    if word.endswith("ing"):
        return False
    if be == "'s":
        return (
            word in classes.past or word in _SAME_PAST or (word.endswith("ed") and verb_base(word, classes) is not None)
        )
    return word in classes.past or word in classes.verbs or verb_base(word, classes) is not None


def _feeling_reason(lowers: list[str], i: int, classes: WordClasses) -> RuleHit | None:
    """ "because it didn't trust him", "because he wanted the job finished": a feeling given as the reason."""
    for k in range(i + 2, min(len(lowers), i + 6)):
        w, before = lowers[k], lowers[k - 1]
        # The reason's verb: inflected ("wanted", "fears") or after an auxiliary or a negation ("didn't trust").
        if w.endswith(("ed", "s")) or w in classes.past or before in _AUX or before in _REASON_NEG:
            base = verb_base(w, classes)
            if base is not None and w not in _AUX and w not in _REASON_NEG:
                return RuleHit("attribution", i, k + 1) if base in classes.feeling_verbs or base in _TRUST else None
    return None


def _real_reason(lowers: list[str], capitals: list[bool], i: int) -> RuleHit | None:
    """ "admitted the fault only because Rafael threatened to post about it": a minimiser before "because" and
    someone's act after it claim to know the one real reason for an act (a name or a pronoun doing something)."""
    if _at(lowers, i - 1) not in MINIMISER or i < 2:
        return None
    k = i + 1
    named = k < len(lowers) and (capitals[k] or lowers[k] in _PERSON_PRONOUN)
    while k < min(len(lowers), i + 4) and capitals[k] and lowers[k].isalpha():
        k += 1  # "Rafael", "Mark Ellis"
    if lowers[i + 1] in _PERSON_PRONOUN:
        k = i + 2  # "only because he threatened": the act after the pronoun
    acted = k < len(lowers) and _acted(lowers, k, wordclasses())  # "... only because Rafael" ends the text
    return RuleHit("attribution", i - 1, i + 1) if named and acted else None


def _gain_reasons(lowers: list[str]) -> list[int]:
    """Where "only/mainly/purely for" + a gain stands ("only for the money", "mainly for the free hotel", "purely
    for the publicity"): a gain as the one reason."""
    return [
        i
        for i, w in enumerate(lowers)
        if w == "for"
        and i > 0
        and lowers[i - 1] in MINIMISER
        and not (_INTEREST.isdisjoint(lowers[i + 1 : i + 4]) and _PERKS.isdisjoint(lowers[i + 1 : i + 4]))
    ]


_PERKS = frozenset("free perks perk publicity attention glory limelight freebies money".split())
_PERSON_PRONOUN = frozenset("he she they someone somebody".split())
_BE_GOING = frozenset("is are was were am 's 're be been not n't".split())
_TRUST = frozenset("trust distrust mistrust".split())
MINIMISER = frozenset("only just simply merely mainly purely partly largely solely".split())
# Motive verbs that as often serve the task ("to cover the insurance", "to save time"); their self-serving
# uses name the interest ("to cover herself", "to save face") and are caught by it.
_TASK_TOO = frozenset("cover save".split())
_AWAY = frozenset("out away off rid".split())  # "to push older sailors out", "to get rid of", "off guard"
# What a purpose serves when it serves the doer: money, a deal, a standing, their own.
_OWN = frozenset(
    """bonus bonuses commission commissions credit image reputation face favour favor own themselves himself
    herself""".split()
)
_INTEREST = _OWN | frozenset(
    """money cash profit profits fee fees margin margins payment payments rate rates votes promotion itself revenue
    revenues income earnings publicity backlash fallout outcry scrutiny embarrassment""".split()
)
# How the doer is seen, which an errand may be done to ("to limit the bad publicity", "to change its image").
_STANDING = frozenset("image reputation face publicity backlash fallout outcry scrutiny embarrassment".split())
# Goals an act ordinarily has, in a contest or towards a person: winning, outdoing, reassuring. They serve the
# doer only with a minimiser ("only to win"), someone pushed out, or the doer's own standing ("to win credit").
_ORDINARY_GOAL = frozenset(
    """win beat best better defeat overtake overcome surmount compete vie score triumph equalise equalize level
    calm soothe reassure comfort please satisfy cheer delight encourage thank welcome relax motivate inspire
    entertain amuse""".split()
)
_REACH = 16  # tokens: the act a purpose clause belongs to is this close
# Past tenses spelt like their verb, which WordNet's list of irregular forms leaves out ("The gym cut ...").
_SAME_PAST = frozenset("cut put hit shut quit split spread cast bid".split())
_END = frozenset(". ! , ; :".split()) | {""}
_PLACE_TIME = frozenset("on at for from by with of during until in".split())
