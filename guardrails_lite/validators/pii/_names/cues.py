"""People that the words around them give away in prose, whatever their names: names from any tradition
that no list holds ("asked Sipho to", "My colleague Li Wei will", "Sreekanth will join") and names that are
ordinary words ("Our agent, Amber, will").

Three cues, each one class of sentence:
- a role before the name: "my colleague Li Wei", "Our agent, Farzaneh,", "Barrister Adewale";
- a verb that takes a person as its object, then what follows a person there: "asked Ngozi to", "call Saule
  at", "Tell Makoa I'll", "ask Oyelaran if";
- a word on no list but the name lists opening a sentence or a line before what a person does: "Kerem will
  be", "Haoran knows", "Dawit can send".
A run of capitalised words is taken whole ("Tahmina Akter"); places, months, weekdays, products and code names
are never taken. One pass over the capitalised tokens; each look is bounded, so the scan is linear.
"""

from __future__ import annotations

from guardrails_lite.validators.pii._names import gazetteer
from guardrails_lite.validators.pii._names.context import PLACE_NOUNS_AFTER
from guardrails_lite.validators.pii._names.features import CHECK_EVERY, PARTICLES, SENTENCE_END, Prepared
from guardrails_lite.validators.pii._names.lexicon import CITY_BIG, COUNTRY, DICT, FIRST, FIRST_TOP, LAST, PLACE
from guardrails_lite.validators.pii._names.places import PLACE_TYPES
from guardrails_lite.validators.pii._names.tokens import NEWLINE
from guardrails_lite.validators.pii._names.wordlists import (
    CODE_NAMES,
    HOLIDAYS,
    KIN_WORDS,
    MONTHS,
    PRODUCTS,
    TITLE_WORDS,
)
from guardrails_lite.verdict import check_deadline

# People by their role or relation: "my colleague", "our agent", "the line manager".
ROLES = frozenset(
    """colleague colleagues assistant agent neighbour neighbor brother sister mother father son daughter wife
    husband partner friend boss manager director driver officer coordinator engineer technician merchandiser
    lawyer barrister solicitor accountant consultant contact supervisor teammate intern doctor nurse landlord
    landlady tenant tutor teacher cousin uncle aunt buyer rep representative counterpart deputy adjuster
    inspector courier chef guide host translator interpreter planner secretary receptionist analyst developer
    designer architect editor photographer surveyor broker advisor adviser mentor coach captain capt pilot
    caretaker cleaner electrician plumber mechanic foreman dispatcher recruiter paralegal notary registrar
    curator hygienist midwife pharmacist vet veterinarian surgeon dentist therapist physiotherapist paramedic
    auditor cashier bookkeeper librarian archivist conservator landscaper welder decorator seamstress jeweller
    instructor lecturer professor headteacher nanny babysitter housekeeper concierge stewardess bartender
    waiter waitress sommelier winemaker fisherman agronomist geologist scientist researcher programmer
    administrator attendant chaplain priest pastor imam rabbi reverend sergeant detective constable judge
    magistrate councillor mayor governor minister ambassador consul""".split()
)
# Trades that are surnames and street names too ("Baker Street", "Carpenter"): a role only with an owner or before
# a comma ("the carpenter, Sargis,", "our baker, Ana,").
_TRADES = frozenset(
    """carpenter baker cook butcher farmer gardener builder painter tailor weaver potter porter keeper brewer
    steward warden clerk mason smith miller fisher shepherd""".split()
)
# Roles that stand before a name as a title anywhere in a sentence ("and Nurse Fitzroy moves", "ask Chef Rocco").
_TITLE_ROLES = frozenset(
    """nurse doctor captain coach chef inspector officer pilot sergeant detective judge pastor rabbi imam
    reverend councillor mayor governor minister ambassador professor midwife""".split()
)
_COMMA_ROLES = ROLES | _TRADES
_OWNERS = frozenset("my our your his her their the a 's ’s".split())
# Family words before a name are titles, with no owner needed: "call Aunty Ngozi", "Grandma Bisi's gele".
_KIN_TITLES = KIN_WORDS | frozenset(
    """aunt aunty auntie uncle cousin khala masi mausi tía tita tito ate kuya son daughter grandson granddaughter
    grandchild nephew niece stepson stepdaughter godson goddaughter""".split()
)
# Verbs whose object is a person, and what follows that object ("asked Ngozi to check", "call Saule at").
PERSON_OBJECT_VERBS = frozenset(
    """ask asked tell told call called email emailed ping pinged cc thank thanked contact contacted remind
    reminded invite invited introduce introduced meet met text texted phone phoned ring rang pay paid
    congratulate congratulated welcome welcomed nudge nudged nudging brief briefed briefing""".split()
)
# Verbs whose "to" comes before a person: "Escalated to Sandeep (L2)", "say hi to Mai at", "talk to Anil about".
_TO_PERSON = frozenset(
    """escalate escalated escalating speak spoke speaking talk talked talking hi hello forward forwarded
    forwarding""".split()
)
_AFTER_OBJECT = frozenset("to if about at whether that know for and or , . ? ! ( i i'll i'm you we when once".split())
# What a person does, right after the name opening a sentence ("Kerem will be", "Haoran knows").
_PERSON_VERBS = frozenset("will can could may might should would".split())
_SAYS = frozenset(
    """says said knows knew thinks thought asked asks told tells wants wanted agreed agrees mentioned confirmed
    confirms replied wrote writes joins joined recommended recommends suggested suggests promised promises
    explained explains insists insisted laughed brought brings drove drives flew disagree disagrees disagreed
    agree decided decides signed sings sang smiled smiles cried fixes fixed cooked cooks helped helps prefers
    preferred believes believed blames blamed complained complains apologised apologized emailed phoned
    married studied studies teaches taught lives lived hopes hoped feels felt remembers remembered forgot
    counted measured left photographed photographs stayed stays finished checked sorted cleaned painted
    baked sewed knitted wove weaves hugged nodded waved prayed danced slept visited waited walked whispered
    shouted sighed grinned""".split()
)
# Past-tense acts of a person that things or seasons may do too ("Tom called", "Maria Brown arrived late"; "Summer
# arrived", "Eurostar arrived"): they back a name opening a sentence only when its first word is a listed first name
# (`_first_named`).
_ACTS = frozenset(
    """called rang texted messaged arrived responded answered requested spoke came dropped stopped popped
    rescheduled cancelled canceled""".split()
)
# Firms named with a common first name, that "call" and "arrive" as people do ("Chase called about my card",
# review r15b L7): alone before a past act (`_ACTS`) they are the firm when the next few words are about what a firm
# sells (`_FIRMS_BUSINESS`); "Chase called me about the party" is a person.
_FIRST_NAMED_FIRMS = frozenset("chase ford tesla dell".split())  # (not "Wendy", "Mercedes": first names most often)
_PERSONS_WORDS = frozenset("her his she he him".split())  # "... about her account": a person's (r16b M7)
_FIRMS_BUSINESS = frozenset(
    """card cards account accounts loan loans mortgage statement statements payment payments balance overdraft
    fraud transaction transactions bank credit debit car cars recall vehicle order orders delivery""".split()
)
_BUSINESS_WINDOW = 6
_PERSONS_WINDOW = 12
# Firms named "X and Y" (r15a L3): only these; two surnames joined by "and" are two people otherwise.
_AND_FIRMS = frozenset(
    tuple(pair.split("+"))
    for pair in """procter+gamble marks+spencer barnes+noble johnson+johnson black+decker dolce+gabbana
    simon+schuster ernst+young tate+lyle smith+wesson harland+wolff crabtree+evelyn lea+perrins""".split()
)
# Ranks after a role that finish a title, never a name: "The Surgeon General", "the Attorney General" (r15a L3).
_RANKS = frozenset("general generals".split())
# After "<name> and" only a person stands: "Tunde and I are", "Issahaku and his wife".
_AND_PERSON = frozenset("i me his her".split())
_DONE = _SAYS | _ACTS
# What a person did, right after a two-word name opening a sentence (`own_cues`): "Largo Winch sent the contract".
DONE = _DONE | frozenset("sent sends".split())
_ANY_VERB = _PERSON_VERBS | _DONE
MAX_RUN = 4
# "Stelios in Larnaca will send": a name, where they are, then their verb (`_placed`).
_IN_TOWN = frozenset("in from".split())
_PLACED_MAX = 3
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_SHORT_DATES = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun".split())


def find(p: Prepared, deadline: float | None = None) -> list[tuple[int, int]]:
    """(first, last) token pairs of the people found, ascending and not overlapping; stops past `deadline`.
    The words before a capitalised token are looked at first: most tokens have no cue and cost a set look-up."""
    words = p.words
    n = len(words)
    out: list[tuple[int, int]] = []
    done = -1
    check_deadline(deadline)
    # a subject needs a verb after it ("Kemi said"): without one in the text, only a role or a verb before counts
    starts = p.caps_after(_cue if p.may_hold(_ANY_VERB) else _cue_before)
    if p.caps and p.caps[0] == 0:
        starts = [0, *starts]  # the text's first word opens a sentence too ("Maria Brown called yesterday.")
    for k, i in enumerate(starts):
        if not k & CHECK_EVERY:
            check_deadline(deadline)
        if i <= done:
            continue
        prev = words[i - 1] if i else NEWLINE
        low = prev.lower()
        # (not inside a run of capitalised words: "Fira Gran Via", "Da Nonna Lucia" name a street, a restaurant)
        kin = low in _KIN_TITLES and (i < 2 or not words[i - 2][0].isupper() or words[i - 2] in SENTENCE_END)
        role = kin or low in ROLES or (prev == "," and i > 1 and words[i - 2].lower() in _COMMA_ROLES)
        verb = low in PERSON_OBJECT_VERBS or (low == "to" and i > 1 and words[i - 2].lower() in _TO_PERSON)
        if not role and not verb and prev not in SENTENCE_END and low not in ("and", ","):
            continue
        last = extent(words, i, n)
        after = words[last + 1].lower() if last + 1 < n else "</s>"
        # what a cue needs after the name: a verb for a subject, an object's ending after a verb's object
        if not role and not (
            (after in _ANY_VERB or _and_person(words, last) or (after in _IN_TOWN and _placed(p, last)))
            and (prev in SENTENCE_END or low in ("and", ","))
        ):
            if not verb or not _object_end(after):
                continue
        if not valid_person(p, i, last) and not (after in _ANY_VERB and _surnamed(p, i, last)):
            continue
        if kin and not p.word(i).flags & (COUNTRY | CITY_BIG):
            pass  # "Aunty Ngozi", "Finn's aunt Moana": a relation's name, even one that a town shares
        elif not (
            _subject(p, i, last)
            or _titled(p, i)
            or (not listed_place(p, i, last) and (_role_before(p, i) or _object_of(p, i, last)))
        ):
            continue
        out.append((i, last))
        done = last
    return out


def _placed(p: Prepared, last: int) -> bool:
    """After a name ending at `last`: "in"/"from" and a listed place, then a verb only people do or will/can
    ("Stelios in Larnaca will send"), or "and" and another such name ("Fadumo in Minneapolis and Abdiweli in
    Eastleigh asked"). At most `_PLACED_MAX` names are chained: each look is bounded."""
    words = p.words
    n = len(words)
    for _ in range(_PLACED_MAX):
        town = last + 2
        if town >= n or words[last + 1].lower() not in _IN_TOWN or not words[town][0].isupper():
            return False
        end = extent(words, town, n)
        if not listed_place(p, town, end) or end + 1 >= n:
            return False
        after = words[end + 1].lower()
        if after in _ANY_VERB:
            return True
        nxt = end + 2
        if after != "and" or nxt >= n or not words[nxt][0].isupper() or words[nxt] in TITLE_WORDS:
            return False
        last = extent(words, nxt, n)
        if not valid_person(p, nxt, last):
            return False
    return False


def _and_person(words: list[str], last: int) -> bool:
    """ "Tunde and I are ...", "Issahaku and his wife": "and" and a person's pronoun after the name; "Aipo and Kewa
    left": "and", another capitalised name and a verb only people do."""
    n = len(words)
    if last + 2 >= n or words[last + 1] != "and":
        return False
    other = words[last + 2]
    if other.lower() in _AND_PERSON:
        return True
    if not other[0].isupper() or other in TITLE_WORDS:
        return False
    end = extent(words, last + 2, n)
    return end + 1 < n and words[end + 1].lower() in _SAYS


def _firm_pair(p: Prepared, a: int, b: int) -> bool:
    """Tokens `a` "and" `b` name one of the firms named that way ("Procter and Gamble decided"); any other two
    names joined by "and" are two people, surnames too ("Kowalski and Nowak decided": r16b M7)."""
    n = len(p.words)
    if a < 0 or b >= n or p.words[a + 1] != "and":
        return False
    if (a and p.words[a - 1][:1].isupper()) or (b + 1 < n and p.words[b + 1][:1].isupper()):
        return False  # one word each side
    return (p.word(a).low, p.word(b).low) in _AND_FIRMS


def _cue(prev: str) -> bool:
    """A word before a capitalised token that may make it a person for `find`: a role, a verb taking a person,
    a sentence's end, "and" or a comma (a role before the comma is checked there)."""
    low = prev.lower()
    return (
        low in ROLES
        or low in PERSON_OBJECT_VERBS
        or prev in SENTENCE_END
        or low in ("and", ",", "to")
        or low in _KIN_TITLES
    )


def _cue_before(prev: str) -> bool:
    """`_cue` in a text without a verb that follows a name: a role, a verb taking a person, or a comma (a role
    may stand before it)."""
    low = prev.lower()
    return low in ROLES or low in PERSON_OBJECT_VERBS or prev in (",", "to") or low in _KIN_TITLES


def _run(p: Prepared, i: int) -> int:
    """The last token of the name starting at `i`, or -1 when its words cannot be a person's."""
    last = extent(p.words, i, len(p.words))
    return last if valid_person(p, i, last) else -1


def extent(words: list[str], i: int, n: int) -> int:
    """The last token of the run of capitalised words from `i` (particles and "-" between them), at most
    MAX_RUN tokens."""
    last = i
    j = i + 1
    while j < n and j - i < MAX_RUN:
        w = words[j]
        if w[0].isupper() and w not in TITLE_WORDS:
            last = j
        elif w == "-" and j + 1 < n and words[j + 1].isalpha() and words[j + 1].islower() and len(words[j + 1]) <= 4:
            last = j = j + 1  # "Min-seo", "Sung-min": a hyphenated given name
        elif w.lower() not in PARTICLES or j + 1 >= n or not words[j + 1][0].isupper():
            break
        j += 1
    return last


def valid_person(p: Prepared, i: int, last: int, surname: int = -1) -> bool:
    """Whether the capitalised words of tokens i..last can be a person's name (token `surname` may be an ordinary
    word: see `_surnamed`)."""
    words = p.words
    for t in range(i, last + 1):
        w = words[t]
        if not w[0].isupper():
            continue
        f = p.word(t)
        low = f.low
        if t == i and w in PLACE_TYPES:
            return False  # "Minister Street": a street's word opens no name (r15a L3)
        if f.closed or (w.isupper() and len(w) > 1) or low in MONTHS or low in WEEKDAYS or low in HOLIDAYS:
            return False
        if low in _SHORT_DATES or (f.flags & DICT and not f.flags & (FIRST | LAST) and t != surname):
            return False  # "Jan", "Team", "Bosphorus Marble": a date or a word of a firm's or a heading's name
        if low in PRODUCTS or low in CODE_NAMES or w in TITLE_WORDS or low in KIN_WORDS or low in _RANKS:
            return False  # ("Papà says", "Dadi wants": a relation, not a name; "Surgeon General": a rank)
    return True


def _surnamed(p: Prepared, i: int, last: int) -> bool:
    """A common first name and one more capitalised word before a person's verb: the surname, even an ordinary
    word ("Peter Rabbit called", "Anna Baker said"); not a place's word ("Maria Island")."""
    if last != i + 1 or not p.word(i).flags & FIRST_TOP:
        return False
    f = p.word(last)
    return f.shape == "Xx" and not f.flags & PLACE and valid_person(p, i, last, surname=last)


def listed_place(p: Prepared, i: int, last: int) -> bool:
    """A listed place's name (and no person's): "Lisboa", "Kemi"; not "Tendai Moyo", a name with one word that
    is also a town's."""
    if last > i:
        caps = [t for t in range(i, last + 1) if p.words[t][0].isupper()]
        return all(p.word(t).flags & PLACE and not p.word(t).flags & (FIRST | LAST) for t in caps)
    f = p.word(i)
    if f.flags & PLACE and not f.flags & (FIRST | LAST):
        return True
    return bool(gazetteer.look_up(p.words[i].lower(), gazetteer.hashes()))


def _titled(p: Prepared, i: int) -> bool:
    """A role as a title right before the name, even one a town shares ("Nurse Fitzroy", "Captain Kenmare")."""
    before = p.words[i - 1] if i else NEWLINE
    return before[0].isupper() and before.lower() in _TITLE_ROLES and not p.word(i).flags & (COUNTRY | CITY_BIG)


def _role_before(p: Prepared, i: int) -> bool:
    """ "my colleague Li Wei", "Our agent, Farzaneh,", "Barrister Adewale" (a role opening the sentence)."""
    words = p.words
    j = i - 1
    comma = words[j] == ","
    if comma:
        j -= 1
    if j < 0 or words[j].lower() not in (_COMMA_ROLES if comma else ROLES):
        return False
    if not comma and words[j][0].isupper() and words[j].lower() in _TITLE_ROLES:
        return True  # "and Nurse Fitzroy moves", "ask Chef Rocco"
    if j == 0 or words[j - 1] in SENTENCE_END:
        return not comma and words[j][0].isupper()  # "Barrister Adewale will ..."
    k = j - 1
    while k >= 0 and k > j - 3 and words[k].lower() not in _OWNERS:
        if words[k] in SENTENCE_END or words[k] == ",":
            return False
        k -= 1  # "the line manager", "our finance officer"
    return k >= 0 and words[k].lower() in _OWNERS


def _object_of(p: Prepared, i: int, last: int) -> bool:
    """ "asked Ngozi to check", "Please call Saule at the lift", "Tell Makoa I'll be late"."""
    words = p.words
    if not i:
        return False
    if words[i - 1] == "to" and i > 1 and words[i - 2].lower() in _TO_PERSON:
        # "to" comes before places too: not a big city or a country ("say hi to London")
        return _object_end(p.text(last + 1)) and not p.word(i).flags & (COUNTRY | CITY_BIG)
    if words[i - 1].lower() not in PERSON_OBJECT_VERBS:
        return False
    return _object_end(p.text(last + 1))


def _object_end(after: str) -> bool:
    return after in ("</s>", "", NEWLINE) or after.lower() in _AFTER_OBJECT


def _subject(p: Prepared, i: int, last: int) -> bool:
    """ "Kerem will be in Germany", "Haoran knows a place": a sentence opening with a name from no list but the
    name lists (an unlisted word that is no ordinary word, or a listed first name or surname)."""
    words = p.words
    if i and words[i - 1] not in SENTENCE_END and words[i - 1] not in ("and", ","):
        return False
    after = p.text(last + 1).lower()
    f = p.word(i)
    if after in _IN_TOWN and _placed(p, last):
        # "Stelios in Larnaca will send", "Fadumo in Minneapolis and Abdiweli in Eastleigh asked": a town's
        # people; the name itself no place, no ordinary word
        return not f.flags & DICT and not listed_place(p, i, last)
    if (after == "and" and _firm_pair(p, i, last + 2)) or (i > 1 and words[i - 1] == "and" and _firm_pair(p, i - 2, i)):
        return False  # "Procter and Gamble decided", "Johnson and Johnson said": one firm (r15a L3)
    if after in _SAYS or (after == "and" and _and_person(words, last)):
        # "Kemi says", "Marin said", "Will joins": only people say and join (a country may: "Germany says")
        return not f.flags & (COUNTRY | CITY_BIG) or bool(f.flags & FIRST)
    if after in _ACTS:
        return _first_named(p, i, last)
    if after not in _PERSON_VERBS:
        return False
    return not f.flags & DICT and f.zipf2 <= 8 and not listed_place(p, i, last)


def _first_named(p: Prepared, i: int, last: int) -> bool:
    """A name whose first word is a listed first name, no big town or country: with a surname after it any listed
    first name ("Maria Brown arrived"), alone one of the common ones ("Tom called"; not "Summer arrived")."""
    f = p.word(i)
    if f.flags & (COUNTRY | CITY_BIG):
        return False
    if last > i:
        return bool(f.flags & FIRST)
    if f.low in _FIRST_NAMED_FIRMS:
        around = {p.word(t).low for t in _window(p, last, _BUSINESS_WINDOW)}
        if not around.isdisjoint(_FIRMS_BUSINESS) and _PERSONS_WORDS.isdisjoint(
            p.word(t).low for t in _window(p, last, _PERSONS_WINDOW)
        ):
            return False  # "Chase called about my card"
    return bool(f.flags & FIRST_TOP)


def _window(p: Prepared, last: int, size: int) -> range:
    return range(last + 1, min(len(p.words), last + 1 + size))


# Before a place ("in Kilimani", "based in Westlands"); "at"/"to"/"from" also come before people and firms.
_IN = frozenset("in near outside".split())
_DETERMINERS = frozenset("the our their your his her my its".split())
# Sites named after their place ("the Deansgate office"): the lower-case place nouns, and shops and practices.
_SITE_NOUNS = PLACE_NOUNS_AFTER | frozenset("practice shop store pub surgery clinic".split())
_NOT_PLACE_ENDINGS = ("ish", "ese", "ian", "ans", "ics")  # languages, peoples, subjects: "in Spanish"


def streets(p: Prepared, deadline: float | None = None) -> list[tuple[int, int]]:
    """A street by its address: capitalised words, a house number, a comma and a capitalised word (the town):
    "Havnegade 39, Copenhagen", "Avenida Apoquindo 3200, Las Condes". Not runs of ordinary words ("Room 12,
    Building C") or a person's name ("Ana Costa 2, ...": a listed first name opens no street). Looked for from
    the ", Town" after each house number: most texts have none."""
    words = p.words
    n = len(words)
    out: list[tuple[int, int]] = []
    at = -1
    while True:
        try:
            at = words.index(",", at + 1)
        except ValueError:
            return out
        num = at - 1
        if num < 1 or at + 1 >= n or not words[at + 1][:1].isupper() or not _house_number(words[num]):
            continue
        check_deadline(deadline)
        # the earliest start whose run of capitalised words ends right before the number
        for i in range(max(0, num - MAX_RUN), num):
            if words[i][:1].isupper() and _run(p, i) == num - 1:
                caps = [t for t in range(i, num) if words[t][0].isupper()]
                if not (p.word(i).flags & FIRST or all(p.word(t).flags & DICT for t in caps)):
                    out.append((i, num - 1))
                break


def _house_number(w: str) -> bool:
    return 0 < len(w) <= 5 and w[0].isdigit() and (w.isdigit() or (w[:-1].isdigit() and w[-1].isalpha()))


def places_after_in(p: Prepared, taken: set[int], deadline: float | None = None) -> list[tuple[int, int]]:
    """Unlabelled capitalised runs right after "in"/"near"/"outside" that are no ordinary word, month, product,
    language or listed first name: a place the lists lack ("a flat in Kilimani")."""
    words = p.words
    out: list[tuple[int, int]] = []
    done = -1
    check_deadline(deadline)
    for k, i in enumerate(p.caps_after(_IN.__contains__)):
        if not k & CHECK_EVERY:
            check_deadline(deadline)
        if i <= done or i == 0 or words[i - 1] not in _IN or i in taken:
            continue
        last = _run(p, i)
        if last < 0 or any(t in taken for t in range(i, last + 1)):
            continue
        if all(place_word(p, t) for t in range(i, last + 1) if words[t][0].isupper()):
            out.append((i, last))
            done = last
    return out


_ONES_THINGS = frozenset("a an my his her your".split())  # before a product named for a place ("my Santa Fe")


def listed_phrases(p: Prepared, taken: set[int]) -> list[tuple[int, int]]:
    """The lexicon's multi-word places ("Cape Town", "Port Harcourt", "Cape Verde") that nothing else labelled, not
    inside a longer run of capitalised words ("Cape Town Tourism"): a place whatever the tagger proposes (review
    r17 M9: a retrained tagger that knew both words left "We are based in Cape Town." in clear)."""
    words = p.words
    n = len(words)
    out: list[tuple[int, int]] = []
    for i, tag in p.phrase.items():
        if tag[0] != "B":
            continue
        last = i
        while p.phrase.get(last + 1, "")[:1] == "I":
            last += 1
        if last == i or not words[i][:1].isupper() or not words[last][:1].isupper():
            continue
        if any(t in taken for t in range(i, last + 1)) or (i and words[i - 1].lower() in _ONES_THINGS):
            continue  # (taken by a rule; "my Santa Fe", "a Santa Fe": a car)
        if (last + 1 < n and words[last + 1][:1].isupper()) or (
            i and words[i - 1][:1].isupper() and words[i - 1] not in SENTENCE_END
        ):
            continue
        out.append((i, last))
    return out


def places_before_noun(p: Prepared, taken: set[int], deadline: float | None = None) -> list[tuple[int, int]]:
    """Unlabelled capitalised runs between "the"/"our"/... and a place's or a site's noun: "the Deansgate
    office", "our Harborne practice", "the Kingsway car park". Not first names, ordinary words, months, products
    or code names ("the Atlas office")."""
    words = p.words
    n = len(words)
    out: list[tuple[int, int]] = []
    check_deadline(deadline)
    for k, j in enumerate(p.caps_after(_determiner)):
        if not k & CHECK_EVERY:
            check_deadline(deadline)
        if j == 0 or words[j - 1].lower() not in _DETERMINERS or j in taken:
            continue
        last = j
        while last + 1 < n and last - j < 2 and words[last + 1][:1].isupper():
            last += 1
        noun = words[last + 1] if last + 1 < n else ""
        if noun not in _SITE_NOUNS and not (noun == "car" and last + 2 < n and words[last + 2] == "park"):
            continue
        if any(t in taken or not _site_name(p, t) for t in range(j, last + 1)):
            continue
        out.append((j, last))
    return out


def _determiner(w: str) -> bool:
    return w.lower() in _DETERMINERS


def _site_name(p: Prepared, t: int) -> bool:
    f = p.word(t)
    if f.low in CODE_NAMES or f.low in PRODUCTS or f.low in MONTHS or f.low in HOLIDAYS or f.low in TITLE_WORDS:
        return False
    if f.flags & DICT and not f.flags & PLACE:
        return False  # "the Marketing office", "the Main site"
    return place_word(p, t)


def place_word(p: Prepared, t: int) -> bool:
    """No listed person's name (unless a place's too), no language or people ("Spanish"), no inner capitals."""
    f = p.word(t)
    if f.flags & (FIRST | LAST) and not f.flags & PLACE:
        return False
    return not f.low.endswith(_NOT_PLACE_ENDINGS) and p.words[t][1:].islower()
