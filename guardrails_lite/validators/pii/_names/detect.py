"""Names and places in a text: the tagger's entities, corrected by the e-mail context rules.

1. The tagger labels candidate tokens (PER, LOC, ORG).
2. Streets and venues (`places`), then the rules' person and company spans, win over whatever the tagger said
   there; a tagger "company" made only of listed place names is a place.
3. A single word that is usually something else (a code name, a product, a month) is dropped
   unless context backs it: a rule, a title, a surname beside it, "in"/"from" before a place.
4. A name found once by a rule or as a full name is a name in its other places in the text too.
"""

from __future__ import annotations

import operator
from collections.abc import Collection
from functools import partial
from itertools import repeat
from typing import TypeAlias

from guardrails_lite.validators.pii._helpers.spans import Span
from guardrails_lite.validators.pii._names import (
    abbreviations,
    airports,
    brands,
    chat,
    context,
    cues,
    families,
    feasts,
    gazetteer,
    handles,
    honorifics,
    links,
    lower,
    memo,
    own_cues,
    place_frames,
    place_joins,
    places,
    roads,
    rules,
    seams,
    shouted,
    vessels,
)
from guardrails_lite.validators.pii._names.features import PARTICLES, Prepared, facts_of, prepare
from guardrails_lite.validators.pii._names.lexicon import (
    DICT,
    FIRST,
    LAST,
    LAST_TOP,
    PLACE,
    Lexicon,
    lexicon,
)
from guardrails_lite.validators.pii._names.tagger import Tagger, tagger
from guardrails_lite.validators.pii._names.tokens import NEWLINE, Tokens, covered, tokenize
from guardrails_lite.validators.pii._names.wordlists import (
    AFTER_NAME,
    CLOSINGS,
    CODE_NAMES,
    GOODS_NOUNS,
    HOLIDAYS,
    MEASURES,
    MONTHS,
    PLACE_CUES,
    PRODUCTS,
    TITLE_WORDS,
)
from guardrails_lite.verdict import check_deadline

KINDS = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}
RULE_SCORE = 0.9
MIN_CONFIDENCE = 0.5
PROPAGATED = -2  # group id of mentions found by `_propagate`
PROPAGATED_CONFIDENCE = 0.8
_START = operator.itemgetter(0)  # a `NameSpan`'s start
_PERSON = ("PER",)  # what `_propagate` takes an unlabelled token for
# Verbs that open a request about a person ("Add Priya to the thread"): the tagger reads one before a name as a
# first name of its own.
# ("Ping" is a given name too: "Ping Wang" keeps it.)
_IMPERATIVES = (cues.PERSON_OBJECT_VERBS - {"ping"}) | frozenset(
    "add loop include copy forward tag message bcc".split()
)


#: A name's span (start, end, entity type: PERSON, LOCATION or ORGANIZATION, score) as `NameFinder.find` gives it:
#: the engine's `Span`.
NameSpan = Span
#: The same as a plain tuple, as `NameFinder.spans` gives it to the pii engine: the collector untracks a plain tuple
#: of numbers and strings but keeps every named one on its lists, and a text of names makes tens of thousands
#: (they set off 1-3 full collections of the whole heap per names-dense call). `Span`s are made at the public edge.
NameTuple: TypeAlias = tuple[int, int, str, float]
_as_span = partial(tuple.__new__, Span)  # a `Span` of a plain tuple, made in C


class NameFinder:
    def __init__(self, lex: Lexicon | None = None, model: Tagger | None = None) -> None:
        self.lex = lex or lexicon()
        self.model = model or tagger()
        feasts.feasts()  # read with the other data when the finder is built (a broken file fails the build)
        feasts.calendar()
        airports.airports()
        self.facts = facts_of(self.lex)

    def find(self, text: str, deadline: float | None = None) -> list[NameSpan]:
        """The names and places in `text`. Past `deadline` (a `time.monotonic()` value) the work stops with
        `verdict.BudgetExceeded`: the clock is read inside every loop whose length the text decides. (Python's
        cyclic collector is left alone: its switch is process-wide, and a library must not turn it off for an
        application's other threads.)"""
        return list(map(_as_span, self._find(text, deadline)))

    def spans(self, text: str, deadline: float | None = None) -> list[NameTuple]:
        """`find`'s spans as plain tuples (`NameTuple`), for the pii engine."""
        return self._find(text, deadline)

    def _find(self, text: str, deadline: float | None) -> list[NameTuple]:
        toks = tokenize(text)
        if not toks.words:
            return []
        check_deadline(deadline)
        p = prepare(toks, self.facts, deadline)
        label, members = self._tagged(p, deadline)
        found = self._overrides(text, toks, p, label, members, deadline)
        ruled = covered(found)  # tokens a rule holds (a chat speaker's mention wins over the tagger's span only)
        taken = ruled | label.keys()
        found += [(a, b, "LOC") for a, b in cues.places_after_in(p, taken, deadline)]
        found += [
            (a, b, "LOC")
            for a, b in cues.listed_phrases(p, ruled)
            if _within(label, members, a, b) and not feasts.named(p, a, b, "LOC")
        ]
        found += [(a, b, "LOC") for a, b in cues.places_before_noun(p, taken, deadline)]
        found += [(a, b, "LOC") for a, b in abbreviations.find(p, taken)]
        found += [(a, b, "LOC") for a, b in roads.find(p, taken)]
        found += [(a, b, "LOC") for a, b in airports.codes(p, taken)]
        found += [(a, b, "LOC") for a, b in shouted.find(p, taken)]
        found += [(a, b, "PER") for a, b in chat.find(p, taken, deadline, ruled)]
        found += [(a, b, "PER") for a, b in handles.find(p, ruled)]
        found += lower.find(p, taken, deadline)
        backed = _ruled(found, label, members)
        spans = [
            s
            if s[2] == "PER" or s[3] in backed
            else self._place_not_org(p, s, backed)
            if s[2] == "ORG"
            else _addressee(p, s)
            for s in _groups(label, members)
        ]
        spans = self._plausible_spans(p, spans, backed)
        spans = vessels.dropped(p, spans, backed)
        check_deadline(deadline)
        spans += self._propagate(p, label, spans, backed)
        spans = context.not_names(p, spans, backed)
        spans = links.retyped(p, spans, backed)
        spans = place_frames.retyped(p, spans, backed)
        spans = place_joins.retyped(p, spans, backed)
        spans = seams.mended(p, spans, backed)
        spans += links.joined(p, spans, PROPAGATED)
        spans = _persons_kept(p, spans)
        spans = brands.retyped(p, spans)
        return _name_spans(toks, label, spans, backed)

    def _tagged(
        self, p: Prepared, deadline: float | None
    ) -> tuple[dict[int, tuple[str, float, int]], dict[int, range]]:
        """The tagger's entities. `label`: token index -> (kind, confidence, entity id), one tuple shared by an entity's
        tokens; only labelled tokens are kept. `members`: each live entity's tokens (a range), in the order the
        entities were made."""
        label: dict[int, tuple[str, float, int]] = {}
        members: dict[int, range] = {}
        words = p.words
        for first, end, kind, score in self.model.tag(p, deadline):
            if score < MIN_CONFIDENCE:
                continue
            if first == end:  # (most entities: `_claim` written out)
                members[len(members)] = range(first, first + 1)
                label[first] = (kind, score, len(members) - 1)
                continue
            # A name never runs on over a line break: the tagger skips line breaks, so it may carry an entity
            # on into the next line ("Ana Costa\nApprover: ..."); only the part on the entity's first line is kept.
            last = first
            while last < end and words[last + 1] != NEWLINE:
                last += 1
            _claim(label, members, first, last, (kind, score, len(members)))
        return label, members

    def _overrides(
        self,
        text: str,
        toks: Tokens,
        p: Prepared,
        label: dict[int, tuple[str, float, int]],
        members: dict[int, range],
        deadline: float | None,
    ) -> list[tuple[int, int, str]]:
        """(first, last, kind) of the spans that win over the tagger's, each later one over the earlier ones:
        listed places, streets and venues, people by their context, then the e-mail rules."""
        found = [
            (a, b, "LOC")
            for a, b, kind in gazetteer.find(p, deadline)
            if self._gazetteer_wins(p, a, b, kind, label, members)
        ]
        streets = places.find(p, deadline)
        found += [(first, last, "LOC") for first, last in streets + places.towns(p, streets)]
        found += [(first, last, "LOC") for first, last in cues.streets(p, deadline)]
        found += [(first, last, "LOC") for first, last in airports.names(p, found)]
        ruled = rules.find(text, p, self.lex, deadline)
        by_rule = [(a, b, r[3]) for (a, b), r in zip(toks.covering(ruled), ruled, strict=True)]
        firms = context.firm_words(p, [(a, b, k, 0) for a, b, k in by_rule if k == "ORG"], {0})
        measures = p.may_hold(MEASURES)  # (a long text without a measure's word skips the walks back)
        found += [
            (a, b, "PER")
            for a, b in cues.find(p, deadline)
            if p.words[a].lower() not in firms and not (measures and _measured(p, a))
        ]
        found += [(a, b, "PER") for a, b in honorifics.find(p, deadline)]
        found += [(a, b, "PER") for a, b in families.find(p)]
        found += [(a, b, "PER") for a, b in own_cues.find(p, deadline)]
        found += [(a, b, "PER") for a, b in shouted.people(p, covered(found))]
        return found + by_rule

    def _place_not_org(
        self, p: Prepared, span: tuple[int, int, str, int], backed: set[int]
    ) -> tuple[int, int, str, int]:
        """A tagger "organisation" made only of listed place names is the place ("flights from Frankfurt")."""
        first, last, k, g = span
        if k != "ORG" or g in backed:
            return span
        words = [p.word(i) for i in range(first, last + 1) if p.words[i].lower() not in PARTICLES]
        if words and all(f.flags & PLACE and not f.flags & DICT and f.shape != "XX" for f in words):
            return first, last, "LOC", g  # (not "University", "Mobile", "UN": ordinary words, abbreviations)
        if _person_not_org(p, first, last):
            return first, last, "PER", g
        return span

    def _plausible_spans(
        self, p: Prepared, spans: list[tuple[int, int, str, int]], backed: set[int]
    ) -> list[tuple[int, int, str, int]]:
        """`spans` without the tagger entities that `_plausible` drops. It reads the span's tokens and one either
        side (two before it), so each distinct such window is asked once (a text of names repeats them)."""
        words = p.words
        n = len(words)
        asked: dict[tuple[object, ...], bool] = memo.Decided()
        out = []
        for s in spans:
            first, last, k, g = s
            if g not in backed:
                back = min(first, 2)  # (`feasts.named` reads two tokens back: "closed for Corpus Christi")
                key = (k, back, last + 1 == n, *words[first - back : last + 2])
                ok = asked.get(key)
                if ok is None:
                    ok = asked[key] = self._plausible(p, first, last, k, g)
                if not ok:
                    continue
            out.append(s)
        return out

    def _plausible(self, p: Prepared, first: int, last: int, k: str, g: int) -> bool:
        """A tagger entity of one word that is usually no name needs context."""
        word = p.word
        if k != "ORG" and feasts.named(p, first, last, k):
            return False  # "after Dashain", "closed for Hari Raya", "over Chuseok", "I refund Jumatatu"
        if k != "ORG" and word(last + 1).low in GOODS_NOUNS and word(first - 1).low in _GOODS_OWNERS:
            if _unlisted(p, first, last):
                return False  # "the Voskehat wines", "the Blue Eagle bus", "our Kratt dashboard": a product
        if k != "ORG" and _measured(p, first) and (k == "PER" or _unlisted(p, first, last)):
            return False  # "two pallets of Saperavi and Rkatsiteli", "30 bags of Caturra": a commodity
        if first != last:
            sold = [i for i in range(first, last + 1) if word(i).low in PRODUCTS]
            # a product's name that is a listed surname after a listed first name names a person ("Sara Jenkins")
            return k == "ORG" or not sold or (k == "PER" and _surnamed(p, first, sold))
        f = word(first)
        w = f.low
        if k == "LOC" and p.words[first] in _TYPE_WORDS and p.text(first + 1) in _TYPE_WORDS:
            return False  # "the Souk Bazaar stall": a place's kind before another, no place's name
        if w in PRODUCTS:
            return k == "ORG"
        if w in CLOSINGS:
            return False
        if w in rules.GREETINGS and p.initial[first] and p.text(first + 1) in (",", "!") and not f.flags & FIRST:
            return False  # "Hola, me llamo ...": a greeting
        if w in HOLIDAYS:
            return False  # "in Ramadan", "over Easter": a time, never a place or a person on its own
        if w in CODE_NAMES or w in MONTHS:
            return k == "LOC" and word(first - 1).low in PLACE_CUES
        if p.initial[first] and k == "PER" and w in _IMPERATIVES and p.word(first + 1).flags & FIRST:
            return False  # "Add Priya to the thread", "Loop Ana in": the request's verb (review r17 L4)
        if p.initial[first] and k != "ORG" and f.flags & DICT:
            # "Mark the date", "Grace period", "Will you": an ordinary word opening a sentence, unless
            # what follows is what follows a name ("Mark said", "Grace will").
            after = word(first + 1)
            return after.shape != "x" or after.low in AFTER_NAME
        return True

    def _gazetteer_wins(
        self,
        p: Prepared,
        first: int,
        last: int,
        kind: int,
        label: dict[int, tuple[str, float, int]],
        members: dict[int, range],
    ) -> bool:
        """Whether a gazetteer place replaces what the tagger said there. Not where the tagger knows all its
        words from training ("Hamas", "Iraqi": it learned what they are; "Hai Phong" has one new word), nor where
        a tagger entity runs on beyond it ("Lisboa" of a person "Ana Lisboa"); a town's name (often a surname
        too: "Nasrallah", "Addo") needs a place's context unless the tagger took it for a place or a firm."""
        if all(self.model.knows(w.lower()) for w in p.words[first : last + 1] if w[0].isupper()):
            return False
        kinds = set()
        for g in {label[i][2] for i in range(first, last + 1) if i in label}:
            if members[g][0] < first or members[g][-1] > last:
                return False
            kinds.add(label[members[g][0]][0])
        if kind == gazetteer.WELL_KNOWN or (kinds and "PER" not in kinds):
            return True
        return gazetteer.cued(p, first, last)

    def _propagate(
        self,
        p: Prepared,
        label: dict[int, tuple[str, float, int]],
        spans: list[tuple[int, int, str, int]],
        backed: set[int],
    ) -> list[tuple[int, int, str, int]]:
        """Other mentions of a person named by a rule or in full ("Mark Lee" ... "Mark said")."""
        words = p.words
        named: set[str] = set()
        for first, last, k, g in spans:
            if k == "PER" and (g in backed or last > first):
                named.update(words[first : last + 1])
        known = {w for w in named if len(w) > 1 and w[0].isupper()}  # each distinct word tested once
        if not known:
            return []
        taken = covered(spans)
        extra: list[tuple[int, int, str, int]] = []
        end = -1
        for i in p.cands:
            if i <= end or i in taken or words[i] not in known or label.get(i, _PERSON)[0] != "PER":
                continue
            if context.as_word(p, i):
                continue  # "Hi May," ... "by 14 May"; "Thanks, Will" ... "Will you"
            end = i
            while end + 1 < len(words) and end + 1 not in taken and words[end + 1] in known:
                end += 1
            extra.append((i, end, "PER", PROPAGATED))
        return extra


def _ruled(
    found: list[tuple[int, int, str]], label: dict[int, tuple[str, float, int]], members: dict[int, range]
) -> set[int]:
    """Claims each rule's span (first, last, kind) over the tagger's: a tagger entity it cuts through is dropped
    whole. Returns the ids of the entities a rule found."""
    backed: set[int] = set()
    gid = len(members) + 1  # above every tagger entity's id (`_claim` numbered them from 0)
    for first, last, kind in found:
        if first > last:
            continue
        if first == last:  # (most rules' spans: one look-up)
            held = label.get(first)
            cut: Collection[int] = () if held is None else (held[2],)
        else:
            cut = {label[i][2] for i in range(first, last + 1) if i in label}
        for g in cut:
            for i in members.pop(g):
                del label[i]
        _claim(label, members, first, last, (kind, RULE_SCORE, gid))
        backed.add(gid)
        gid += 1
    return backed


def _within(label: dict[int, tuple[str, float, int]], members: dict[int, range], first: int, last: int) -> bool:
    """No tagger entity on tokens first..last runs on beyond them ("Cape Town" inside a longer name) or is a person
    ("Jean-Baptiste": a listed place's words, a person's name)."""
    for t in range(first, last + 1):
        held = label.get(t)
        if held is not None and (held[0] == "PER" or members[held[2]][0] < first or members[held[2]][-1] > last):
            return False
    return True


_LIST_JOINS = frozenset("and or , &".split())
_LIST_REACH = 6  # tokens of a list of goods before the word ("pallets of Saperavi, Mtsvane and Rkatsiteli")
# A quantity before the measure ("two pallets", "12 tonnes"): not "the case of", "a tray of" (review r19-s93-1).
_COUNTS = frozenset(
    """two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred
    dozen dozens""".split()
)


def _measured(p: Prepared, first: int) -> bool:
    """Token `first` is a counted quantity's goods, or one of a list of them ("two pallets of Saperavi and
    Rkatsiteli", "12 tonnes of Saaz"): not a listed given name, not before "'s" ("a tray of Laila's cupcakes"), and
    only after a number ("In the case of Maria Lopez", "The container of Mohammed" stay people: r19-s93-1)."""
    words = p.words
    t = first - 1
    while t > 0 and first - t < _LIST_REACH and (words[t] in _LIST_JOINS or words[t][:1].isupper()):
        t -= 1
    if t < 2 or words[t] != "of" or p.word(t - 1).low not in MEASURES:
        return False
    count = words[t - 2]
    if not (count.isdigit() or count.lower() in _COUNTS):
        return False
    return not p.word(first).flags & FIRST and p.text(first + 1) not in ("'s", "’s")


def _role_only(p: Prepared, first: int, last: int) -> bool:
    """A "person" made only of role words names no one, whichever rule found it: a greeting's "Good day
    Captain,", the line "Winemaker" under a signature, "AGENT ON DUTY" (not "Mr Judge": a title before it)."""
    words = p.words
    if first and words[first - 1] in TITLE_WORDS:
        return False
    return all(p.word(i).low in cues.ROLES for i in range(first, last + 1))


def _persons_kept(p: Prepared, spans: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str, int]]:
    """`spans` without the "persons" `_no_person` drops. Its two tests need a role word first or a word in
    capitals last, so a span with neither is kept without the calls (a text of names has tens of thousands)."""
    facts, words, roles = p.facts, p.words, cues.ROLES
    kept = []
    for s in spans:
        first, last = s[0], s[1]
        if s[2] == "PER" and (first > last or facts[words[first]].low in roles or words[last].isupper()):
            if _no_person(p, first, last):
                continue
        kept.append(s)
    return kept


def _no_person(p: Prepared, first: int, last: int) -> bool:
    """A "person" made only of role words (`_role_only`) or a desk in capitals (`_shouted_noun`)."""
    return _role_only(p, first, last) or (p.words[last].isupper() and _shouted_noun(p, first, last))


def _shouted_noun(p: Prepared, first: int, last: int) -> bool:
    """A "person" in capitals that ends on an ordinary English word of 4+ letters on no given-name list and no
    common surname (`_shouted_words` for the rarer surnames) is a label or a desk: "TO: CREW SCHEDULING", "RGDS /
    DUTY AGENT", "From: MASCARENE AGENTS", "CREW: CAPT ..." (a name in capitals ends on a name: "CAPT TAVITA
    FALEOLO", "AGENT ON DUTY NATACHA L'ÉVEILLÉ"), and one holding a listed given name stays a person ("JOHN SMITH
    JUNIOR")."""
    word = p.words[last]
    if len(word) < 4 or not word.isupper() or not word.isalpha():
        return False
    flags = p.word(last).flags
    if not flags & DICT or flags & (FIRST | LAST_TOP):
        return False
    if flags & LAST and not _shouted_words(p, first, last):
        return False
    # no given name in it ("JOHN SMITH JUNIOR" stays a person)
    return not any(p.word(t).flags & FIRST for t in range(first, last))


def _shouted_words(p: Prepared, first: int, last: int) -> bool:
    """A desk in capitals whose words a surname list holds too, though no common surname ("CREW:", "DUTY AGENT"):
    each of its words an ordinary English word on no given-name list and no common surname, and no word in
    capitals before it ("CAPT CREW", "MR DUTY": a title and a surname)."""
    before = p.words[first - 1] if first else ""
    if before.isalpha() and before.isupper():
        return False
    return all(
        p.word(t).flags & DICT and not p.word(t).flags & (FIRST | LAST_TOP) and p.words[t].isupper()
        for t in range(first, last + 1)
    )


def _person_not_org(p: Prepared, first: int, last: int) -> bool:
    """A tagger "organisation" after "from"/"by"/"with"/"to" that is a first name and a surname (`own_cues.paired`)
    is a person ("a message from Maria Brown")."""
    return (
        last == first + 1
        and first > 0
        and p.words[first - 1].lower() in own_cues.FROM
        and own_cues.paired(p, first, last)
    )


# Words that name a kind of place ("Souk", "Bazaar", "Street"), not those that open a place's name ("St", "Plaza").
_TYPE_WORDS = (places.PLACE_TYPES | places.PROPER_TYPES | places.BUILDING_TYPES) - places.PLACE_PREFIXES - {"St"}


# Before a product's name ("the Voskehat wines", "our Kratt dashboard").
_GOODS_OWNERS = frozenset("the our their your his her my".split())


def _unlisted(p: Prepared, first: int, last: int) -> bool:
    """No capitalised word of tokens first..last is on a place or name list (but as an ordinary word too: "Blue
    Eagle") or in the gazetteer: "the Kyoto samples" name a place, "the Kowalski samples" a patient (r16b M7)."""
    table = gazetteer.hashes()
    for t in range(first, last + 1):
        f = p.word(t)
        listed = f.flags & (PLACE | FIRST | LAST) and not f.flags & DICT
        if p.words[t][:1].isupper() and (listed or gazetteer.look_up(f.low, table)):
            return False
    return True


# Papers sent "to" someone ("send the cupping form to Selamawit by Friday", "questions to Parisa before then"), and
# words that praise someone "to" ("well done to Lindiwe Zungu and Thabo"): the one after "to" is a person.
_PAPERS = frozenset(
    """form forms questions comments feedback invoice invoices contract contracts report reports details documents
    paperwork file files link notes copy draft drafts list photos answers cv receipt receipts minutes agenda
    slides quote quotes""".split()
)
_PRAISE = frozenset("done congratulations congrats kudos".split())
_PAPERS_REACH = 5  # tokens before "to" that may hold the papers' noun


def _addressee(p: Prepared, span: tuple[int, int, str, int]) -> tuple[int, int, str, int]:
    """A tagger place after "to" that papers are sent to, or that is praised, is a person when no place list holds
    it (not "send the invoice to Nairobi"); so is one more name after "and" ("to Lindiwe Zungu and Thabo")."""
    first, last, _, g = span
    words = p.words
    start = first
    if first > 1 and words[first - 1] == "and":
        start = first - 2
        while start > 0 and first - start < cues.MAX_RUN and words[start - 1][:1].isupper():
            start -= 1
    if start < 2 or words[start - 1] != "to" or not _unlisted(p, first, last) or cues.listed_place(p, first, last):
        return span
    if words[start - 2].lower() in _PRAISE:
        return first, last, "PER", g
    for t in range(start - 2, max(-1, start - 2 - _PAPERS_REACH), -1):
        w = words[t]
        if not w.isalpha() or not w.islower():
            break  # the papers in the same clause, lower-case words before "to" ("Trip report: Karakol to X")
        if w in _PAPERS:
            return first, last, "PER", g
    return span


def _surnamed(p: Prepared, first: int, sold: list[int]) -> bool:
    """Each product word in a person's span after its first word is a listed surname, its first word a listed
    first name and no product ("Sara Jenkins", "Lena Bosch"; not "Google Docs", "Jira Cloud")."""
    f = p.word(first)
    return first not in sold and bool(f.flags & FIRST) and all(p.word(i).flags & LAST for i in sold)


def _claim(
    label: dict[int, tuple[str, float, int]],
    members: dict[int, range],
    first: int,
    last: int,
    entry: tuple[str, float, int],
) -> None:
    """Tokens first..last form the entity `entry` (kind, confidence, id)."""
    members[entry[2]] = span = range(first, last + 1)
    if first == last:
        label[first] = entry
    else:
        label.update(zip(span, repeat(entry)))


def _groups(label: dict[int, tuple[str, float, int]], members: dict[int, range]) -> list[tuple[int, int, str, int]]:
    """(first, last, kind, id) of the live entities, by their first token: each one's tokens are a run that no
    other entity shares (a rule's span drops every entity it cuts through)."""
    groups = [(r[0], r[-1], label[r[0]][0], g) for g, r in members.items()]
    groups.sort()
    return groups


def _name_spans(
    toks: Tokens, label: dict[int, tuple[str, float, int]], spans: list[tuple[int, int, str, int]], backed: set[int]
) -> list[NameTuple]:
    """The spans as character offsets with their scores: a rule's span its best token's confidence, a tagger's its
    worst (a span that context joined may hold two entities), a propagated mention `PROPAGATED_CONFIDENCE`."""
    words, ends = toks.words, toks.ends
    scored: dict[float, float] = {}  # confidence -> score (a text has few distinct ones)
    out = []
    for first, last, k, g in spans:
        if first == last and g != PROPAGATED:  # (most spans: one look-up)
            conf = label[first][1]
        elif g == PROPAGATED:
            conf = PROPAGATED_CONFIDENCE
        else:
            # A span that a later stage stretched over an unlabelled token (a place run across a dropped
            # entity) is still a span: its score comes from the tokens that have one (a KeyError here failed
            # the whole call closed and refused a harmless prompt).
            scores = [label[i][1] for i in range(first, last + 1) if i in label] or [RULE_SCORE]
            conf = max(scores) if g in backed else min(scores)
        score = scored.get(conf)
        if score is None:
            score = scored[conf] = round(0.5 + 0.5 * conf, 3)
        out.append((ends[first] - len(words[first]), ends[last], KINDS[k], score))
    return sorted(out, key=_START)
