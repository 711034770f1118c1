"""Causes, blame and consequences: a sentence that links two facts needs a source that states the link.

"The Riverside venue cancelled because Dana forgot to pay." may be built from words that are all in the
sources; what they do not say is *because*. An answer sentence with a causal link (because, due to,
so, which is why, as a result, led to, after ... failed to) is split into its cause and its effect;
it is supported only if a source sentence states that link in that direction: the side its cue
introduces ("because X", "the root cause was X": a cause; "so X", "X led to": an effect) must hold the
answer's cause or effect, and the other side (what precedes the cue, or the sentence before for an
opening "As a result," and for a sentence explaining the one before) the other. Two facts stated in
neighbouring sentences, or a source's link turned round, are not a stated link. A source sentence that tells
the link in one go, in words of its own, also states it when it holds the answer's cause nearly whole and part of
its effect ("found the fan motor burnt out, so the unit was running hot and cutting back" for "cutting back its
output because its burnt-out fan motor left the unit running hot"); a source's "Root cause:" or "Reason:" label
is a cue (a bare colon or semicolon is not: it sets two facts side by side, review r19-s94-1). Blame (blame, fault,
responsible for an incident) needs a passage with a blame cue that names the same people. The doer the answer's
cause opens with must be the source's (`_doers`): blame moved onto whoever reported the problem, or onto another
party of the thread ("the new plumber" for "the new tenant"), is no stated link.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from guardrails_lite.validators.grounding import _claims, _doers
from guardrails_lite.validators.grounding._facts import Digest, Fact
from guardrails_lite.validators.grounding._numbers import MONTHS
from guardrails_lite.validators.grounding._numbers import WORDS as NUMBER_WORDS
from guardrails_lite.validators.grounding._reading import agent_verbs, content_words, names_of
from guardrails_lite.validators.grounding._words import Tok, canon, senses

MESSAGE = "cause or blame not stated in the sources"
LINK_COVERAGE = 0.6

# (phrase, which side follows it): "cause" = the cause follows ("because X"), "effect" = the effect follows.
_MARKERS: dict[tuple[str, ...], str] = {
    ("because",): "cause",
    ("because", "of"): "cause",
    ("due", "to"): "cause",
    ("owing", "to"): "cause",
    ("thanks", "to"): "cause",
    ("as", "a", "result", "of"): "cause",
    ("as", "a", "consequence", "of"): "cause",
    ("in", "response", "to"): "cause",
    ("caused", "by"): "cause",
    ("triggered", "by"): "cause",  # "the cut-out is triggered by a failing cell": passive, the cause follows
    ("prompted", "by"): "cause",
    ("since",): "cause",
    ("as", "a", "result"): "effect",
    ("as", "a", "consequence"): "effect",
    ("consequently",): "effect",
    ("therefore",): "effect",
    ("thus",): "effect",
    ("hence",): "effect",
    ("which", "is", "why"): "effect",
    ("that", "is", "why"): "effect",
    ("that's", "why"): "effect",
    ("this", "is", "why"): "effect",
    ("which", "meant"): "effect",
    ("which", "means"): "effect",
    ("for", "this", "reason"): "effect",
    ("so", "that"): "effect",
    ("led", "to"): "effect",
    ("lead", "to"): "effect",
    ("leads", "to"): "effect",
    ("leading", "to"): "effect",
    ("resulted", "in"): "effect",
    ("results", "in"): "effect",
    ("resulting", "in"): "effect",
    ("caused",): "effect",
    ("causes",): "effect",
    ("causing",): "effect",
    ("triggered",): "effect",
    ("forced",): "effect",
    ("pushed",): "effect",
    ("prompted",): "effect",
    ("cost",): "effect",
    ("is", "the", "reason"): "effect",  # "Sunita's slow quote is the reason the order was late"
    ("was", "the", "reason"): "effect",
    ("are", "the", "reason"): "effect",
    ("were", "the", "reason"): "effect",
}
# "The fitter left early, which made the belt go slack" (wave 18): a relative clause after a comma whose verb makes,
# lets or keeps something happen states a consequence of what precedes it, as "so" would; so does a participle
# after a comma ("..., forcing the team to wait"). Only after a comma and not after a name: "the firm which made
# the parts", "Acme, which made the parts" and "making a booking" are no links; nor is a verb followed by a
# preposition ("the coach, which left at 8:30"). Not "leaving", "brought", "gave", "put": ", leaving 200 EUR to
# pay", "which brought the total to 900" are arithmetic on stated figures or possession.
_WHICH_VERBS = frozenset(
    "made makes left leaves let lets allowed allows kept keeps sent sends drove drives stopped stops prevented "
    "prevents".split()
)
_NOT_AN_OBJECT = frozenset("at for from on in early late before after by with to into out of off".split())
_PARTICIPLES = frozenset("making forcing sending pushing prompting triggering meaning".split())
_MARKERS.update({("which", v): "effect" for v in _WHICH_VERBS})
_MARKERS.update({(v,): "effect" for v in _PARTICIPLES})
_TALLY = frozenset("total totals sum altogether overall".split()) | frozenset(NUMBER_WORDS)
_AFTER_COMMA = frozenset({*(("which", v) for v in _WHICH_VERBS), *((v,) for v in _PARTICIPLES)})
_CAUSE_NOUN_START = frozenset("his her their our its a an poor bad lack".split())
_MAX_MARKER = max(len(k) for k in _MARKERS)
_MARKER_FIRST = frozenset(k[0] for k in _MARKERS) | {"so", "after"}
# "after Dana failed to pay": a failure placed before an event insinuates that it caused it.
_FAILURE = frozenset(
    "failed forgot neglected missed refused ignored didn't did not never omitted overlooked botched".split()
)
_BLAME = frozenset({canon(w) for w in "blame blamed blames blaming fault faults".split()})
_BLAME_VERB = frozenset("blame blamed blames blaming".split())
_POSSESSIVE = frozenset("my his her their our your its".split())
_NEGATION = frozenset("not n't no nobody never none neither".split())
_GENITIVE = ("'s", "’s", "s'", "s’")
_RESPONSIBLE = frozenset({"responsible", "accountable", "culpable", "liable"})
# Cues a source uses to state a link (permissive: "as" and "since" count on the source side).
_SOURCE_CUES = frozenset(
    "because due owing thanks result consequence therefore thus hence why reason cause caused causes since as so "
    "led lead leads resulted forced meant triggered".split()
)
_SOURCE_BLAME = frozenset("blame blamed blames fault responsible accountable mistake error negligence caused".split())


@dataclass(frozen=True, slots=True)
class Link:
    cause: list[Tok]
    effect: list[Tok]
    blame: bool


def find_link(toks: list[Tok]) -> Link | None:
    """The causal link or blame an answer sentence asserts, if any."""
    lows = [t.low for t in toks]
    if _blames(lows) or _responsible_for_trouble(lows):
        return Link(toks, toks, True)
    for i in range(len(toks)):
        if lows[i] not in _MARKER_FIRST:
            continue
        for size in range(min(_MAX_MARKER, len(toks) - i), 0, -1):
            side = _MARKERS.get(tuple(lows[i : i + size]))
            if side is None or not _causal_use(lows, i, size, toks):
                continue
            before, after = toks[:i], toks[i + size :]
            if i == 0 and side == "cause" and "," in lows:  # "Because X, Y"
                comma = lows.index(",")
                before, after = toks[comma + 1 :], toks[size:comma]
            return Link(after, before, False) if side == "cause" else Link(before, after, False)
        if lows[i] == "so" and i > 0 and lows[i - 1] in (",", "and") and _claims.starts_clause(toks, i + 1):
            return Link(toks[:i], toks[i + 1 :], False)
        if lows[i] == "after" and any(w in _FAILURE for w in lows[i + 1 : i + 6]):
            return Link(toks[i + 1 :], toks[:i], False)
        if lows[i] in _LEAD and i > 0 and _someone_to(toks, i + 1):
            return Link(toks[:i], toks[i + 1 :], False)
    return None


_LEAD = frozenset("led lead leads leading".split())
_OBJECTS = frozenset("him her them us me".split())


def _someone_to(toks: list[Tok], k: int) -> bool:
    """ "led *Imogen Sale to* launch", "led *them to* cancel": a person, then "to" and a verb (a consequence
    the sentence asserts), not "led the team" or "led to" (a marker of its own)."""
    j = k
    while j < len(toks) and j - k < 4 and (toks[j].capital or toks[j].low in _OBJECTS):
        j += 1
    return k < j < len(toks) - 1 and toks[j].low == "to" and toks[j + 1].lead_alpha and not toks[j + 1].capital


def _blames(lows: list[str]) -> bool:
    """Blame asserted: "blames Mark", "was at fault", "Ravi's fault", "the supplier's doing"; not a boiler's
    "fault code" or a "bug" (canonically an error, but nobody's), nor a denial ("does not blame any individual")."""
    for i, w in enumerate(lows):
        if w in _BLAME_VERB or (w == "doing" and i > 0 and lows[i - 1].endswith(_GENITIVE)):
            pass
        elif w not in ("fault", "faults") or i == 0:
            continue
        elif not (lows[i - 1] == "at" or lows[i - 1] in _POSSESSIVE or lows[i - 1].endswith(_GENITIVE)):
            continue
        if not any(x in _NEGATION or x.endswith("n't") for x in lows[max(0, i - 4) : i]):
            return True
    return False


def _causal_use(lows: list[str], i: int, size: int, toks: Sequence[Tok]) -> bool:
    w = lows[i]
    if tuple(lows[i : i + size]) in _AFTER_COMMA:
        # ", making 34 in total", ", making a total of 34": arithmetic on stated figures, not a consequence.
        after = lows[i + size : i + size + 3]
        return (
            i > 1
            and lows[i - 1] == ","
            and not (toks[i - 2].capital and lows[i - 2] not in _claims.WEEKDAYS and lows[i - 2] not in MONTHS)
            and bool(after)
            and after[0] not in _NOT_AN_OBJECT
            and not any(x[:1].isdigit() or x in _TALLY for x in after)
        )
    if w == "since":  # "since Monday" is a time
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        if _PERFECT.intersection(lows[max(0, i - 4) : i]):
            return False  # "had been disconnected since the switch was replaced": a time, after a perfect
        return nxt in ("the", "a", "an", "it", "he", "she", "they", "we", "i", "there", "nobody") or (
            nxt.isalpha() and (nxt not in _claims.WEEKDAYS and nxt not in MONTHS)
        )
    if w == "due":  # "due to Laura by Friday", "is due to send": a schedule, not a cause
        nxt = lows[i + 2] if i + 2 < len(lows) else ""
        return nxt in _claims.DETERMINERS or nxt in _CAUSE_NOUN_START
    if w == "cost":  # "cost the company two customers" is a consequence, "may cost EUR 180" a price
        window = lows[i + 1 : i + 6]
        return (
            bool(window)
            and window[0] in ("the", "them", "him", "her", "us")
            and not any(x[:1].isdigit() for x in window)
        )
    if w in ("cost", "pushed", "forced", "caused", "causes", "causing", "triggered", "prompted") and size == 1:
        # A verb of consequence needs an event-like subject and object, not a price ("costs 1,800 EUR").
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        return i > 0 and not nxt[:1].isdigit() and nxt not in ("about", "around", "roughly", "us", "eur", "usd")
    return True


_PERFECT = frozenset({"been", "has", "have", "had", "hasn't", "haven't", "hadn't"})


def _responsible_for_trouble(lows: list[str]) -> bool:
    """ "responsible for the outage" is blame; "responsible for the renewals" is a role."""
    for i, w in enumerate(lows):
        if w in _RESPONSIBLE and "for" in lows[i + 1 : i + 3]:
            return any(x in _TROUBLE or canon(x) in _TROUBLE_CANON for x in lows[i + 2 : i + 7])
    return False


_TROUBLE = frozenset(
    "incident outage delay delays problem problems mistake mistakes failure failures error errors loss losses damage "
    "accident breach mess issue issues fall collapse crash leak cancellation overrun shortfall miss missed lost".split()
)
_TROUBLE_CANON = frozenset(canon(w) for w in _TROUBLE)


def stated(link: Link, dig: Digest) -> bool:
    """True if one source passage states the link: both sides, or for blame a blame cue with the same people."""
    passages = _link_passages(link, dig)
    if link.blame:
        names = names_of(link.cause, proper=dig.proper)
        words = content_words(link.cause) - _BLAME
        return any(names <= p_names and _cov(words, p_words) >= LINK_COVERAGE for p_names, p_words, _, _ in passages)
    cause, effect = _side_words(link.cause), _side_words(link.effect)
    if not cause or not effect:
        return False  # "It happened because X": a side with no word of its own is no event a source can state
    # Only what the sources know as names: "Batch L2231" opens a sentence whose sources write "batch L2231".
    c_names = names_of(link.cause, proper=dig.proper) & dig.names
    e_names = names_of(link.effect, proper=dig.proper) & dig.names
    named = c_names | e_names
    doer = _doers.known(_doers.doer(link.cause), dig)
    return any(
        _sides_hold(cause, effect, p_cause, p_effect)
        and _names_held(named, p_names, p_cause | p_effect)
        and _doers.held(doer, p_doers, dig)
        for p_names, p_cause, p_effect, p_doers in passages
    ) or _one_sentence(cause, effect, named, _agents(link.cause) | doer, dig)


def _agents(toks: Sequence[Tok]) -> set[str]:
    """Who or what the answer's cause puts first, and every name in it: its first content word ("the *plumber*
    damaged the valve", "its *worn* belt") and its capitalised words, canonical."""
    first = next((t.canon for t in toks if t.content), None)
    return {t.canon for t in toks if t.capital and t.content} | ({first} if first is not None else set())


def _one_sentence(cause: set[str], effect: set[str], named: set[str], agents: set[str], dig: Digest) -> bool:
    """One source sentence with a causal cue holds the answer's cause nearly whole and part of its effect in its
    own words, the cause leaning to the side its cue gives the cause: the link told in other words
    ("Four of our children are under 3, so boosters will not do for them" for "Four children are under 3, so
    they cannot use booster cushions"). Its own words only: a context word is no part of what it states. The
    answer cause's first content word and names (`agents`: whether the sources know them as names or not) must
    be on that cue's cause side (review r19-s94-4/5): "Dana approved the
    design; the launch slipped because the printer rejected the files" does not blame Dana, nor does "Sam said
    the van broke down because the previous driver overloaded it" blame Sam (review r19-s94-4)."""
    if len(cause) < _MIN_CAUSE:
        return False
    for names, own, links in _cue_sentences(dig):
        if _cov(cause, own) < _CAUSE_HELD or _cov(effect, own) < _EFFECT_HELD or not _names_held(named, names, own):
            continue
        if any(
            _doers.held(agents, doers, dig) and (_cov(cause, c) > _cov(effect, c) or _cov(effect, e) > _cov(cause, e))
            for c, e, doers in links
        ):
            return True
    return False


_MIN_CAUSE, _CAUSE_HELD, _EFFECT_HELD = 2, 0.8, 0.4
_CueSentence = tuple[frozenset[str], frozenset[str], list[tuple[frozenset[str], frozenset[str], frozenset[str]]]]


def _cue_sentences(dig: Digest) -> list[_CueSentence]:
    """(names, own words and participants, each cue's (cause, effect) words) of the source sentences stating a
    link, digested once per set of documents."""
    found: list[_CueSentence] | None = dig.cache.get("cue sentences")
    if found is None:
        found = []
        parties = _doers.parties(dig.facts)
        for f in dig.facts:
            links = _source_links(f.toks)
            if links:
                own = content_words(f.toks)
                implied = f.words - own
                sides = [(frozenset(c), frozenset(e), frozenset(c | _doers.who(f, p, parties))) for c, e, _, p in links]
                found.append((f.names, frozenset(own | implied), sides))
        dig.cache["cue sentences"] = found
    return found


def _names_held(named: set[str], p_names: frozenset[str], p_words: frozenset[str]) -> bool:
    """Each name of the answer's link is a name of the passage or one of its words: "Freezer B" opens the
    answer, and the subject line's "Freezer B alarm" made it a name, where the passage says "freezer B"."""
    return named <= p_names or all(n in p_names or canon(n) in p_words for n in named)


def _side_words(toks: Sequence[Tok]) -> set[str]:
    """The content words of one side of an answer's link without the words that only frame it ("initially
    stayed", "received 4,500 GBP rather than 6,000", "the outage happened"): a link joins two events, however the
    answer words them."""
    return content_words(toks) - _FRAMING


# Only words that frame an event in time or in comparison, or say it took place; "already", "still", "wrongly"
# carry the claim.
_FRAMING = frozenset(
    canon(w)
    for w in "rather instead initially originally eventually finally currently recently actually meanwhile "
    "happen happened occur occurred".split()
)
_Passage = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]


def _link_passages(link: Link, dig: Digest) -> list[_Passage]:
    """The sources' passages that state a cause (or blame), digested once per set of documents."""
    key = "blame" if link.blame else "cause"
    passages: list[_Passage] | None = dig.cache.get(key)
    if passages is None:
        passages = dig.cache[key] = _passages(dig.facts, link.blame)
    return passages


def _sides_hold(cause: set[str], effect: set[str], p_cause: frozenset[str], p_effect: frozenset[str]) -> bool:
    """Both sides of the answer's link in a source link's sides; a cause told in full (three words or more,
    nearly all in the source's stated cause) may come with its effect in other words ("initially stayed in
    unit 3" for "are still in unit 3 because unit 5 is full"); a short cause ("the audit") may not."""
    c, e = _cov(cause, p_cause), _cov(effect, p_effect)
    return (c >= LINK_COVERAGE and e >= LINK_COVERAGE) or (len(cause) >= 3 and c >= 0.8 and e >= 0.4)


def _cov(words: set[str], bag: frozenset[str]) -> float:
    return len(words & bag) / len(words) if words else 1.0


def _passages(facts: Sequence[Fact], blame: bool) -> list[_Passage]:
    """(names, cause side, effect side, who may be the doer) of each link a source sentence states; for blame
    (names, words, words, words) of each sentence with a blame cue, joined with the sentence before it. The doer
    is a word of the cause side itself, or (when a pronoun stands there: "we ran it dry", "it had cracked") a
    participant of the sentence: not the writer of a sentence that gives the cause to someone else (review
    r19-s94-5's lead: "Omar reported that the heater failed because the night staff set it too high")."""
    out: list[_Passage] = []
    parties = _doers.parties(facts)
    for k, f in enumerate(facts):
        prev = facts[k - 1] if k > 0 and facts[k - 1].doc == f.doc else None
        if blame:
            if any(t.low in _SOURCE_BLAME for t in f.toks):
                names, words = set(f.names), set(f.words) | f.topic
                if prev is not None:
                    names |= prev.names
                    words |= prev.words
                out.append((frozenset(names), frozenset(words), frozenset(words), frozenset(words)))
            continue
        links = _source_links(f.toks)
        if not links:
            continue  # most sentences state no link
        shared = (f.words - content_words(f.toks)) | f.topic  # implied participants, the subject line
        for cause, effect, back, pointed in links:
            names = set(f.names)
            # Who did it: the cause side's own words, the subject line's, who a pronoun there stands for; not the
            # sentence's other participants (its writer, who reported it, a name the sentence before implies).
            doers = cause | _doers.who(f, pointed, parties)
            if prev is not None:
                # "As a result, ...": the cause came before; otherwise the sentence may explain the one before
                # it ("The pool ran out. A config change had lowered its maximum."), never the other way round.
                names |= prev.names
                if back == "cause":
                    cause = cause | prev.words
                    doers = doers | prev.words | prev.names
                else:
                    effect = effect | prev.words
            out.append((frozenset(names), frozenset(cause | shared), frozenset(effect | shared), frozenset(doers)))
    return out


def _source_links(toks: list[Tok]) -> list[tuple[set[str], set[str], str, frozenset[str]]]:
    """(cause words, effect words, the side the sentence before adds to or "", what a pronoun on the cause side
    stands for: `_pointing`) for each causal cue of a source sentence: the side a cue introduces is what
    follows it ("because X": the cause; "so X", "X led to": the effect), the other side what precedes it; a cue
    opening the sentence points back to the sentence before."""
    lows = [t.low for t in toks]
    out: list[tuple[set[str], set[str], str, frozenset[str]]] = []
    if _SOURCE_FIRST.isdisjoint(lows):
        return out
    at = [content_words((t,)) for t in toks]  # each token's words, read once for every cue's sides

    def words(a: int, b: int) -> set[str]:
        return set().union(*at[a:b])

    i = 0
    while i < len(toks) and len(out) < _MAX_LINKS:  # each cue reads the whole sentence: a few per sentence
        found = _source_cue(lows, i, toks)
        if found is None:
            i += 1
            continue
        size, side = found
        before, after = toks[:i], toks[i + size :]
        opening = sum(1 for t in before if t.text[:1].isalnum()) <= 2
        if opening and side == "cause" and "," in lows[i + size :]:  # "Because X, Y"
            comma = lows.index(",", i + size)
            out.append((words(i + size, comma), words(comma + 1, len(toks)), "", _pointing(lows, i + size, comma)))
        first, then = words(0, i), words(i + size, len(toks))
        if after and after[0].low in _PRONOUNS:
            then |= first  # "the drain runs under the slab, so it has to be rerouted": "it" is the drain
        if side == "cause":
            out.append((then, first, "effect" if opening else "", _pointing(lows, i + size, len(lows))))
        else:
            out.append((first, then, "cause" if opening else "", _pointing(lows, 0, i)))
        i += size
    return out


def _pointing(lows: Sequence[str], a: int, b: int) -> frozenset[str]:
    """What the pronouns of `lows[a:b]` stand for: "writer" ("I", "we", "me": the e-mail's writer), "person"
    ("he", "they", "you", "please": the sentence's participants say who), "thing" ("it", "because of this": the
    subject line or the sentence before)."""
    words = set(lows[a:b])
    return frozenset(kind for kind, cue in _POINTERS if not cue.isdisjoint(words))


_WRITER = frozenset("i we me us my our i'm we're i've we've i'll we'll i'd we'd".split())
_PERSONS = frozenset(
    "you your please he she him her his they them their you're he's she's they're they've they'll".split()
)
_THINGS = frozenset("it its this that these those".split())
_POINTERS = (("writer", _WRITER), ("person", _PERSONS), ("thing", _THINGS))


# Source-side cues beyond the answer's markers: "as" and "since" introduce a cause, "so" and "meant" an effect.
_SOURCE_ONLY: dict[tuple[str, ...], str] = {
    ("as",): "cause",
    ("so",): "effect",
    ("meant",): "effect",
    ("means",): "effect",
    ("why",): "effect",
    ("reason", "is"): "cause",  # "the main reason is X"
    ("reason", "was"): "cause",
    ("cause", "was"): "cause",  # "the root cause was X"
    ("cause", "is"): "cause",
    # "The spring had snapped, which let the belt go slack" (wave 17: stated causes of output6 and output16). Not
    # "made" or "left": mostly other senses ("made a booking", "the coach leaves at 8:30"), and each cue makes
    # every sentence holding it a passage the answer's links are compared with.
    ("let",): "effect",
    ("lets",): "effect",
    ("triggers",): "effect",  # "a cell group is failing under load, which triggers the E07 cut-out"
    ("cause", ":"): "cause",  # "Root cause: the new pool setting ..."
    ("reason", ":"): "cause",
}
_SOURCE_FIRST = frozenset(k[0] for k in (*_MARKERS, *_SOURCE_ONLY))
_MAX_LINKS = 6
_PRONOUNS = frozenset("it they he she this that these those".split())
_NOT_CAUSAL_AS = frozenset(
    "well soon long far much many agreed discussed planned usual promised requested such of".split()
)


def _source_cue(lows: list[str], i: int, toks: Sequence[Tok]) -> tuple[int, str] | None:
    """(length, side it introduces) of a causal cue at `i` of a source sentence, or None."""
    if lows[i] not in _SOURCE_FIRST:
        return None
    for size in range(min(_MAX_MARKER, len(lows) - i), 0, -1):
        key = tuple(lows[i : i + size])
        side = _MARKERS.get(key) or _SOURCE_ONLY.get(key)
        if side is None:
            continue
        nxt = lows[i + size] if i + size < len(lows) else ""
        if key == ("as",) and (
            nxt in _NOT_CAUSAL_AS or nxt.endswith("ed") or (i > 0 and lows[i - 1] in ("as", "such", "same"))
        ):
            return None  # "as agreed", "as designed", "as well", "as soon as": manner, not cause
        if key == ("so",) and nxt in ("far", "much", "many", "that", "long"):
            return None
        if (key in _AFTER_COMMA or key in (("since",), ("due", "to"), ("cost",))) and not _causal_use(
            lows, i, size, toks
        ):
            return None
        return size, side
    return None


# Acts that do harm: naming who did one is blame, whatever the verb ("Stella Morgan damaged the carpet").
_HARM = frozenset(
    canon(w)
    for w in "damage dent break crack scratch spill lose delay forget mislabel misplace overcharge ruin smash".split()
)


_MAX_HARMS = 4


# Words that make a named doer's act a fault ("set the grinder too fine", "stored the hay in the leaking barn";
# `_faulted` also reads "approved it without testing", "should have relit the heater", "but did not"): any act of
# that doer then needs a source sentence giving it to them.
_FAULT_CUES = frozenset(
    "wrong wrongly faulty too badly carelessly careless carelessness knew leaking mouldy despite forgot "
    "ignored neglected missed unlocked loose".split()
)
# Verbs that carry no act of their own ("is", "has", "said"): never a fault's act.
_NO_ACT = frozenset(canon(w) for w in "be have do get say tell write ask think know".split())


def _faulted(toks: list[Tok]) -> bool:
    """The sentence marks an act as a fault: a cue word, an over- verb ("overloaded", "overspent"), "without"
    before an -ing verb, "left ... open", "should have", or "but did not"."""
    lows = [t.low for t in toks]
    if not _FAULT_CUES.isdisjoint(lows):
        return True
    if _SEQUENCE_CUES.isdisjoint(lows) and not any(w.startswith("over") for w in lows):
        return False  # most sentences: no word the loop below looks at
    left = False  # "left" seen: a later "open" is "left ... open" (one pass: no look back per word)
    for k, w in enumerate(lows):
        nxt = lows[k + 1] if k + 1 < len(lows) else ""
        if w.startswith("over") and w.endswith("ed") and len(w) > 7:
            return True
        if w in ("without", "failed") and _act_follows(lows, k + 1):
            return True
        if (w == "but" and nxt in ("did", "didn't")) or (w == "open" and left) or (w == "should" and nxt == "have"):
            return True
        left = left or w == "left"
    return False


_OBJECT_START = frozenset("it them him her the a an any his their its this that these those".split())


def _act_follows(lows: list[str], k: int) -> bool:
    """ "without testing it", "failed to check the": an act left undone, with its object (not "without heating
    for a week", "a failed valve")."""
    if k < len(lows) and lows[k] == "to":
        k += 1
    return k + 1 < len(lows) and lows[k].isalpha() and lows[k + 1] in _OBJECT_START


_SEQUENCE_CUES = frozenset({"without", "failed", "but", "open", "should"})


def harm_blamed(toks: list[Tok], dig: Digest) -> bool:
    """A named agent of a harmful act ("Stella Morgan damaged the carpet", "Fairmart delayed the withdrawal"),
    or of any act the sentence marks as a fault ("Lotte Gray set the grinder too fine"), that no source
    sentence gives to that agent (stated or implied, in the verb or a word of its sense): blame the sources do
    not state."""
    faulted = _faulted(toks)
    if not faulted and _HARM.isdisjoint([t.canon for t in toks]):
        return False  # most sentences name no harmful act: one pass instead of reading their agents
    pairs = {(a, v) for a, v in agent_verbs(toks) if (v in _HARM or (faulted and v not in _NO_ACT)) and a <= dig.names}
    for agent, verb in sorted(pairs, key=str)[:_MAX_HARMS]:  # each reads every fact: a few per sentence
        near = senses(verb)
        if not any(agent <= f.names and (verb in f.words or not f.senses.isdisjoint(near)) for f in dig.facts):
            return True
    return False


def link_coverage(link: Link, dig: Digest) -> float:
    """How near the sources come to stating `link`: the best share of its words one source passage's sides hold
    (for blame, of the blamed side; for a cause, the weaker of its two sides). Evidence for the learned decision
    (`_decide`), read only for a sentence that asserts a link."""
    passages = _link_passages(link, dig)
    if link.blame:
        words = content_words(link.cause) - _BLAME
        return max((_cov(words, p_words) for _, p_words, _, _ in passages), default=0.0)
    cause, effect = _side_words(link.cause), _side_words(link.effect)
    return max((min(_cov(cause, p_cause), _cov(effect, p_effect)) for _, p_cause, p_effect, _ in passages), default=0.0)
