"""Context that unmakes a tagger's person: what the words around a capitalised word say it is instead.

The tagger sees two words either side; these checks look at the line and the sentence. Each applies to
entities no e-mail rule backed, and each is one class of mistake, not a list of examples:

- a closing line in any language ("Un abrazo,", "Ngā mihi,", "Terveisin,") above a short name line:
  the closing's words are no name, and the line below is the sender (a person, whatever the tagger said);
- a field label at a line start in a form ("Assignee:", "Bill to:");
- a possessive before a disease or a law ("Crohn's disease", "Parkinson's disease");
- a role or a unit of an organisation ("Loss Adjuster", "Buchhaltung"), a title alone ("Frau");
- a word on no common name list opening a sentence or subject line before a lower-case word that does not
  follow a name ("Argan oil", "Kia ora"), a weekday before a date ("Thu 12 Jun");
- the first word of a firm named elsewhere in the text or of an e-mail domain ("Dunmore", "Brightwater"):
  the firm;
- a place's name: after a famous city ("London Heathrow"), after "in"/"near"/"via" ("in El Poblado"), in a
  list of places ("Amman, Tbilisi, Florence").
"""

from __future__ import annotations

import bisect

from guardrails_lite.validators.pii._names import gazetteer, memo
from guardrails_lite.validators.pii._names.features import PARTICLES, Prepared
from guardrails_lite.validators.pii._names.lexicon import (
    CITY_BIG,
    COMMON_ZIPF2,
    COUNTRY,
    DICT,
    FIRST,
    FIRST_TOP,
    LAST,
    LAST_TOP,
    PLACE,
)
from guardrails_lite.validators.pii._names.tokens import NEWLINE
from guardrails_lite.validators.pii._names.wordlists import (
    AFTER_NAME,
    CODE_NAMES,
    HEADER_LABELS,
    HOLIDAYS,
    KIN_WORDS,
    MONTHS,
    PRODUCTS,
    TITLE_WORDS,
)

Span = tuple[int, int, str, int]  # first token, last token, kind (PER, LOC, ORG), entity id

# After a possessive: the name belongs to a disease, a law or a method, not to a person in the text.
EPONYM_NOUNS = frozenset(
    """disease syndrome disorder palsy sarcoma lymphoma law laws principle theorem equation constant effect
    rule razor paradox test scale method algorithm""".split()
)
# Trades that follow a firm's name with no possessive ("Caldwell insurance", "Smith Motorsports").
TRADES = frozenset("insurance realty motorsports towing plumbing roofing landscaping catering".split())
# Faiths and their followers: the tagger takes a capitalised one for a person ("Muslim clerics").
FAITHS = frozenset(
    """muslim muslims jew jews jewish hindu hindus buddhist buddhists sikh sikhs catholic catholics protestant
    protestants sunni sunnis shiite shiites shia methodist methodists baptist baptists mormon mormons lutheran
    lutherans evangelical evangelicals anglican anglicans quaker quakers""".split()
)
# Shops and trades after a name's possessive ("Ray's Pizza", "Maria's Bakery"): a business, not a person.
SHOP_NOUNS = frozenset(
    """pizza pizzeria karate auto autos cafe café coffee restaurant diner grill bar pub salon spa garage deli
    tavern shop store market tire tires tyres cleaners barbershop barbers florist florists boutique gym towing
    bistro steakhouse burgers donuts bagels tacos sushi creamery brewery hardware daycare motel lodge bakery
    catering kitchen clinic pharmacy dental plumbing roofing landscaping jewelers jewellers furniture
    appliances electric repair repairs motors cycles bikes books""".split()
)
# Roles and units of an organisation: a "name" made of one of them is a job title or a department.
ROLE_WORDS = frozenset(
    """management secretariat facilities reception security administration accounts accounting payroll
    procurement purchasing legal compliance billing logistics dispatch operations helpdesk adjuster adjusters
    manager director officer coordinator analyst engineer assistant consultant specialist supervisor
    administrator accountant representative executive secretary treasurer receptionist buchhaltung
    verwaltung geschäftsführung""".split()
)
# A place is named right after these ("in Florence"); "to"/"from"/"at" also come before people.
PLACE_BEFORE = frozenset("in near via outside around".split())
# Irregular verbs in the past tense: after a name ("Olamide took the photos"), as regular ones ("-ed") are.
PAST_TENSE = frozenset(
    """took began spent went made gave got came saw knew found kept left felt brought bought thought taught ran
    met sat stood drove flew paid led lost won did became chose forgot heard held meant put read rode rang
    set shut sold spoke swam threw understood woke wore""".split()
)
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
)
# Lower-case nouns of things made or sold: a capitalised word right before one names a brand ("Nokia badge").
OBJECT_NOUNS = frozenset(
    """machine machines sofa couch badge badges mixer headphones earbuds laptop laptops phone phones tablet printer
    charger cable console stock format refs cluster server servers subscription licence license kit device
    bundle edition sneakers trainers shoes jacket bag camera fridge heater oven kettle blender""".split()
)
# Lower-case nouns after a place's name ("Shannon airport", "Birmingham site").
PLACE_NOUNS_AFTER = frozenset(
    """airport station port harbour harbor region province county district area office site plant warehouse
    branch campus town village island coast valley depot terminal hub park beach lake river""".split()
)
# Words of a journey before "to"/"from" and a place ("fly home from", "moving to"), or before the place.
TRAVEL_WORDS = frozenset(
    """fly flies flew flying flight flights travel travelling traveling travelled drive driving drove move moving
    moved ferry ferries train trains go going went trip trips ship shipped shipping sail sailing return
    returning returned relocate relocating relocated commute leave leaving arrive arriving arrived head heading
    headed transfer transfers visiting""".split()
)
_FAMOUS_ZIPF2 = 10
# Words before a place on a journey ("to Karima", "through Urubamba") and what goes a journey's way: "by bus".
_JOURNEY = frozenset("to from through".split())
# (Only verbs and vehicles that move goods or people over land or water: "return/transfer/move ... to" take
# people too ("return the form to Ngozi"), and so do "ship"/"fly" ("we shipped the samples to Adaeze"); no gerund:
# "the shipping papers come from Jussi".)
_CARRIERS = frozenset(
    """drive drives drove driven sail sails sailed truck trucks trucked haul hauled cycle cycled ride rode bus
    buses lorry van boat ferry""".split()
)
_CLAUSE_ENDS = frozenset(". , ; : ! ? and but then ( ) - – —".split()) | {NEWLINE}
_JOURNEY_REACH = 3  # (the "to" and these: within `_BEFORE`, which the walk's memo keys hold)
_ABBREVIATION_MAX = 5  # letters of an abbreviation in capitals ("NTRC", "HANO")
# Short names of places in common use, on no place list ("NYC"): a preposition cannot tell them from a code
# ("from NTRC to another provider"), so they are named.
_PLACE_ABBREVIATIONS = frozenset("NYC NOLA LDN SLC DFW UAE USA KSA PRC NSW QLD".split())
_NOT_SURNAMES = CODE_NAMES | PRODUCTS | HOLIDAYS
_ARTICLES = frozenset("el la los las de le les al il lo".split())
# Words before a month that date something ("in May", "by the end of June", "early April").
_DATING = frozenset("in of by until till since before after during early mid late end last next this make".split())
_PRONOUNS = frozenset("i you we he she they it".split())
# What follows a name that a chat line opens with, addressing or telling of that person ("Ngozi are you still in
# Abuja", "Sven u in Malmö", "Gideon not here", "Grace herself will come"): no heading goes on like this.
# ... and a question or a request to them ("Kofi where are you"), and the particles that follow a name in Hindi/Urdu,
# Indonesian, Japanese and Turkish chat ("Tsering ko bata dena", "Putu yang cek", "Sakura ne", "Aylin hoca")
_AFTER_ADDRESSED = frozenset(
    """are u you not herself himself pls plz where when what how why did do does can could please ko ka ki ke ne
    yang sudah san hoca""".split()
)
_CLOSING_MAX = 3  # words on a closing line ("Met vriendelijke groet,")
_NAME_LINE_MAX = 4  # tokens on the name line under it


_BEFORE = 4  # tokens before a span that the checks below read ("fly home from Florence", "drove the finds to Karima")
_AFTER = 2  # ... and after it ("Crohn's disease", "from Addis to Djibouti")
_DROP, _FIRM, _OPEN = 0, 1, 2  # what a person's own words and the tokens around it make of it (`_person_words`)
_LABEL_BEFORE = frozenset((NEWLINE, "/", "|"))  # what may stand before a form's field label (`_field_label`)
_LONE_MAX = 2  # tokens of a text that is one word (`_lone_word`)


def not_names(p: Prepared, spans: list[Span], backed: set[int]) -> list[Span]:
    """`spans` without the tagger persons that their context makes something else (retyped or dropped).

    Each check reads the span's tokens and at most `_BEFORE` before and `_AFTER` after it (the window), plus, for
    some, facts of the whole text that do not change during the walk (the closing lines, the firms, the line
    starts) or the spans next to it. So each distinct window (with those neighbours) is decided once: a text of
    names repeats them (50,000 "Co." took 0.2 s here), and an e-mail's few spans cost one tuple each more."""
    spans = sorted(spans)  # propagated mentions come last; the place checks look at the span before
    walk = _Walk(p, spans, backed)
    words, facts = p.words, p.facts
    n = len(words)
    out = walk.out
    after_kin = -1  # the token after a family word: a name there is a person's ("Babcia Zofia")
    for span in spans:
        first, last, kind, g = span
        if g in backed:
            out.append(span)
            continue
        if facts[words[first]].low in KIN_WORDS:
            after_kin = first + 1
            if first == last:
                continue  # "Nonna keeps asking": a relation, whatever the tagger took it for
            first += 1  # "Babcia Zofia": the relation is a title before the name
            span = (first, last, kind, g)
        if first == after_kin and not facts[words[first]].flags & PLACE:
            kind = "PER"
            span = (first, last, kind, g)
        before = first if first < _BEFORE else _BEFORE
        after = n - 1 - last if n - 1 - last < _AFTER else _AFTER
        window = (kind, before, after, *words[first - before : last + 1 + after])
        if kind != "PER":
            walk.place(span, window)
        else:
            walk.person(span, window)
    return out


class _Walk:
    """`not_names`' walk over one text's spans: the facts of the whole text it reads, its decisions per window,
    and the spans kept so far."""

    __slots__ = ("around", "closing", "firms", "out", "p", "persons", "places", "signed", "starts")

    def __init__(self, p: Prepared, spans: list[Span], backed: set[int]) -> None:
        self.p = p
        self.closing, self.signed = _closing_lines(p)
        self.firms = firm_words(p, spans, backed)
        self.starts = {s[0]: s for s in spans}
        self.places: dict[tuple[object, ...], bool] = memo.Decided()  # window -> a tagger place or firm, no name
        self.persons: dict[tuple[object, ...], int] = memo.Decided()  # window -> `_person_words`
        self.around: dict[tuple[object, ...], tuple[str, bool]] = memo.Decided()  # + neighbours -> `_person_kind`
        self.out: list[Span] = []

    def place(self, span: Span, window: tuple[object, ...]) -> None:
        """Keep a tagger place or firm unless its window makes it no name; a sender's name is a person."""
        p = self.p
        first, last, kind, g = span
        drop = self.places.get(window)
        if drop is None:
            drop = self.places[window] = bool(
                _role(p, first, last) or _common_place(p, first, last, kind) or _code(p, first, last, kind)
            )  # "Contact: Ana Costa, Buchhaltung", "The Secretariat"; "Kids & Family, Comedy."
        if not drop:
            # the sender's name under a closing, which the tagger took for a place ("Cảm ơn,\nMai")
            signed = self.signed
            self.out.append((first, last, "PER", g) if first in signed and last in signed else span)

    def person(self, span: Span, window: tuple[object, ...]) -> None:
        """Keep, retype or drop a tagger person by its own words, its window and the spans beside it."""
        p, out, starts = self.p, self.out, self.starts
        first, last, _, g = span
        words = p.words
        # (the cheap part of `_field_label`, `_in_identifier` and `_lone_word` first: most spans stop there)
        if first in self.closing or ((not first or words[first - 1] in _LABEL_BEFORE) and _field_label(p, first, last)):
            return
        if "_" in window and _in_identifier(p, first, last):
            return
        own = self.persons.get(window)
        if own is None:
            own = self.persons[window] = _person_words(p, first, last, self.firms)
        if own == _DROP or (len(words) <= _LONE_MAX and _lone_word(p, first, last)):
            return
        if own == _FIRM:
            out.append((first, last, "ORG", g))
            return
        prev = out[-1] if out and out[-1][1] >= first - 2 else None
        nxt = starts.get(last + 2)
        key = (
            *window,
            None if prev is None else (prev[1] - first, prev[2]),
            None if nxt is None else nxt[2],
            last + 1 in starts,
        )
        got = self.around.get(key)
        if got is None:
            got = self.around[key] = _person_kind(p, first, last, out, starts)
        kind, longer = got
        if kind == "LOC" and prev is not None and prev[2] == "LOC" and prev[1] == first - 1:
            first = out.pop()[0]  # "London" + "Heathrow": one place
        out.append((first, last + 1 if longer else last, kind, g))


def _person_words(p: Prepared, first: int, last: int, firms: set[str]) -> int:
    """What a tagger person's words and the tokens next to them make of it: no name (`_DROP`: a possessive before a
    disease, a role, a heading, a weekday, a faith), a firm (`_FIRM`: a firm's word, a shop) or still open."""
    if _eponym(p, last) or _role(p, first, last) or _headline(p, first, last) or _weekday(p, first, last):
        return _DROP
    if _faith(p, first, last):
        return _DROP
    if (first == last and p.words[first].lower() in firms) or _shop(p, last):
        return _FIRM
    return _OPEN


def _person_kind(p: Prepared, first: int, last: int, done: list[Span], starts: dict[int, Span]) -> tuple[str, bool]:
    """A tagger person among places is a place ("LOC", False); else a person, one token longer when a surname
    follows it (("PER", True): "Alice Example lives in Paris", where the tagger stopped at the listed first name)."""
    if _among_places(p, first, last, done, starts):
        return "LOC", False
    return "PER", _surname_after(p, first, last, starts)


def as_word(p: Prepared, i: int) -> bool:
    """Whether a name that is also a month or a modal verb is that word at token `i`: a month next to a day or a
    year or after a word that dates ("14 May", "May 2026", "by the end of June"), a modal opening a question
    before a pronoun ("Will you", "May I"), any ordinary word opening a sentence before a word that does not follow
    a name ("Hope you all had"). (Another mention of the name elsewhere does not make these a person.)"""
    f = p.word(i)
    if f.low in MONTHS:
        before = p.word(i - 1).low
        if p.is_initial(i) and p.word(i + 1).low in _PRONOUNS:
            return True  # "May I remind you", "May we please keep it short"
        return before[:1].isdigit() or p.text(i + 1)[:1].isdigit() or before in _DATING
    if not (f.flags & DICT and p.is_initial(i)):
        return False
    nxt = p.word(i + 1)
    # "Will you", "May I"; "Hope you all had", "Mark the date": what the tagger's own check drops (`_plausible`)
    # (not before a verb a person does: "Rich started", "Grace runs")
    low = nxt.low
    verb = low in AFTER_NAME or low in PAST_TENSE or low.endswith(("ed", "s"))
    return low in _PRONOUNS or (nxt.shape == "x" and not verb)


def _surname_after(p: Prepared, first: int, last: int, starts: dict[int, Span]) -> bool:
    """A lone listed first name, then on the same line a capitalised word of no other entity, on no place
    list and no calendar, product or role word, then a lower-case word: the person's surname ("Alice Example
    lives", "Peter Rabbit called"); not before a comma or a capital ("Grace Kitchen, who ...")."""
    words = p.words
    nxt = last + 1
    if first != last or nxt + 1 >= len(words) or nxt in starts or not p.word(first).flags & FIRST:
        return False
    f, after = p.word(nxt), p.word(nxt + 1)
    if f.shape != "Xx" or f.closed or f.flags & PLACE or after.shape != "x" or after.closed:
        return False
    low = f.low
    return not (low in MONTHS or low in WEEKDAYS or low in _NOT_SURNAMES or low in ROLE_WORDS or low in TITLE_WORDS)


def _weekday(p: Prepared, first: int, last: int) -> bool:
    """ "Thu 12 Jun", "Fri, 3 May": a weekday before a date."""
    if first != last or p.words[first].lower().rstrip(".") not in WEEKDAYS:
        return False
    nxt = last + 1
    if p.text(nxt) == ",":
        nxt += 1
    after = p.word(nxt)
    return after.shape == "d" or after.low in MONTHS


def firm_words(p: Prepared, spans: list[Span], backed: set[int]) -> set[str]:
    """First words of the firms a rule found ("Dunmore" of "Dunmore Stationers"), and the names in e-mail
    domains ("brightwater" of "ana@brightwater.example"): alone elsewhere in the text, the firm again."""
    words = p.words
    return {words[a].lower() for a, _, k, g in spans if k == "ORG" and g in backed} | host_words(p)


def host_words(p: Prepared) -> frozenset[str]:
    """The words of the text's e-mail domains (`_host_words`), read once per text."""
    if p.hosts is None:
        p.hosts = _host_words(p.words)
    return p.hosts


def _host_words(words: list[str]) -> frozenset[str]:
    """The words of the e-mail domains among `words` ("brightwater" of "ana@brightwater.example")."""
    # each distinct domain once: a text of addresses repeats a few (100,000 "a@" make 50,000 "a@a" and "@")
    hosts = {w.rpartition("@")[2].lower() for w in set(words) if "@" in w}
    out: set[str] = set()
    for host in hosts:
        out.update(part for label in host.split(".")[:-1] for part in label.split("-") if len(part) > 2)
    return frozenset(out)


def _headline(p: Prepared, first: int, last: int) -> bool:
    """A word on no common name list opening a sentence or a subject line, then a lower-case word that does not
    follow a name ("Argan oil - new price list", "Kia ora Mere"): a heading or a phrase, not a person."""
    if first != last or not p.is_initial(first):
        return False
    f = p.word(first)
    if f.flags & (FIRST_TOP | LAST_TOP):
        return False
    after = p.word(first + 1)
    w = after.low
    if after.shape != "x" or w in AFTER_NAME or w in PARTICLES or w in PAST_TENSE or w in _AFTER_ADDRESSED:
        return False
    return not (w.endswith("ed") or (w.endswith("s") and not w.endswith("ss")))  # "Ivana suggests"


def _lines(p: Prepared) -> list[tuple[int, int]]:
    """(first, end) token ranges of the lines, end exclusive."""
    starts = [0, *(i + 1 for i in p.newlines)]
    ends = [*p.newlines, len(p.words)]
    return list(zip(starts, ends, strict=True))


def _closing_lines(p: Prepared) -> tuple[frozenset[int], frozenset[int]]:
    """Tokens of short lines ending in a comma that stand above a short line of capitalised words (a sign-off
    in any language: "Un abrazo,\nIsabel", "Terveisin,\nJuhani"), and the tokens of those name lines. A
    greeting's name ("Dear Ana,", "Ana,") has prose under it instead; a lone listed name above a name line
    is not taken for a closing. Found once per text (`own_cues` and `not_names` both read them)."""
    if p.closing is None:
        closing, signed = _find_closing_lines(p)
        p.closing = frozenset(closing), frozenset(signed)
    return p.closing


def _find_closing_lines(p: Prepared) -> tuple[set[int], set[int]]:
    closing: set[int] = set()
    signed: set[int] = set()
    if not p.newlines:
        return closing, signed
    lines = _lines(p)
    words = p.words
    for k, (a, b) in enumerate(lines):
        if not 2 <= b - a <= _CLOSING_MAX + 1 or words[b - 1] != ",":
            continue
        if b - a == 2:
            if p.word(a).flags & (FIRST | LAST):
                continue
        elif not any(words[i][0].islower() for i in range(a + 1, b - 1)):
            continue  # "Ana Lima,": a name, not a closing phrase
        j = k + 1
        while j < len(lines) and lines[j][1] == lines[j][0]:
            j += 1  # blank lines (each run is walked from the one line above it: linear)
        if j < len(lines) and _name_line(words, *lines[j]):
            closing.update(range(a, b))
            signed.update(range(*lines[j]))
    return closing, signed


def signed_lines(p: Prepared) -> list[tuple[int, int]]:
    """(first, last) tokens of each name line under a closing line (`_closing_lines`): the sender, whatever the
    tagger said there ("Srdačan pozdrav,\nMarko")."""
    signed = sorted(_closing_lines(p)[1])
    out: list[tuple[int, int]] = []
    for t in signed:
        if out and out[-1][1] == t - 1:
            out[-1] = (out[-1][0], t)
        else:
            out.append((t, t))
    return out


def _name_line(words: list[str], a: int, b: int) -> bool:
    return (
        b - a <= _NAME_LINE_MAX and words[a][0].isupper() and all(w[0].isupper() or w in PARTICLES for w in words[a:b])
    )


def _field_label(p: Prepared, first: int, last: int) -> bool:
    """ "Assignee: ...", "Bill to: ...": a capitalised word opening a line before a colon, in a form (a line
    next to it opens with an ordinary word and a colon, "Priority: High"); in a chat log ("Vinka: What a
    wife.") the lines next to it open with names."""
    words = p.words
    if first > 0 and words[first - 1] not in _LABEL_BEFORE:
        return False  # "Rechnungsempfänger / Bill to:"
    nxt = last + 1
    if first == last and p.text(nxt) == ":" and p.word(first).low in HEADER_LABELS:
        return True  # a header's label in any language ("De:", "Para:", "Betreff:"), whatever the tagger said
    if nxt + 1 < len(words) and words[nxt] in ("to", "of", "for") and words[nxt + 1] == ":":
        return True
    if first != last or nxt >= len(words) or words[nxt] != ":" or p.word(first).flags & FIRST:
        return False
    k = bisect.bisect_left(p.newlines, first)
    around = [p.newlines[j] + 1 for j in (k - 2, k) if 0 <= j < len(p.newlines)]
    return any(_form_label(p, i) for i in around)


def _form_label(p: Prepared, i: int) -> bool:
    """Token `i` opens a line as a form's label: an ordinary word (on no name list) before a colon."""
    words = p.words
    if i + 1 >= len(words) or words[i + 1] != ":" or not words[i][0].isupper():
        return False
    f = p.word(i)
    return bool(f.flags & DICT) and not f.flags & (FIRST | LAST)


def _eponym(p: Prepared, last: int) -> bool:
    words = p.words
    return last + 2 < len(words) and words[last + 1] in ("'s", "’s", "'S") and words[last + 2].lower() in EPONYM_NOUNS


def _shop(p: Prepared, last: int) -> bool:
    """ "Ray's Pizza", "Burch's Karate", "Barry s Auto Tech": a name's possessive before a shop's or trade's
    capitalised noun names a business; so does a name right before a trade ("Caldwell insurance")."""
    words = p.words
    k = last + 1
    if k < len(words) and words[k].lower() in TRADES:
        return True  # "Caldwell insurance", "Malcolm Smith Motorsports"
    if k < len(words) and words[k] in ("'s", "’s", "'S", "s"):
        k += 1
    return k > last + 1 and k < len(words) and words[k][:1].isupper() and words[k].lower() in SHOP_NOUNS


def _common_place(p: Prepared, first: int, last: int, kind: str) -> bool:
    """A tagger place or firm of one ordinary, common English word on no place list, with no place's context
    around it ("Genres: Kids & Family, Drama."): a word, not a name. A place's context keeps it ("a flat in
    Reading", "the Bath office")."""
    if kind == "ORG" and last == first + 1 and p.words[first] == "&":
        first = last  # "Kids & Family": the tagger's firm begins at the ampersand
    if kind == "PER" or first != last:
        return False
    if _brand(p, first):
        return True
    f = p.word(first)
    if f.shape != "Xx" or not f.flags & DICT or f.flags & PLACE or f.zipf2 < COMMON_ZIPF2:
        return False  # (not "US": an abbreviation)
    before = p.word(first - 1).low
    if before in _ARTICLES and first > 1:
        before = p.word(first - 2).low
    return before not in PLACE_BEFORE and before not in ("to", "from", "at") and not _travelled(p, first, last)


def _brand(p: Prepared, i: int) -> bool:
    """One word right before a thing that is made or sold ("your Nokia badge", "the Chesterfield sofa", "Nespresso
    machine", "Pantone refs"): a brand, not a place, unless a big city or a country ("the London stock")."""
    if p.text(i + 1).lower() not in OBJECT_NOUNS:
        return False
    return not p.word(i).flags & (CITY_BIG | COUNTRY)


def _faith(p: Prepared, first: int, last: int) -> bool:
    """ "Muslim clerics", "Methodists": a faith's word, no person ("Christian" is a first name, so not here)."""
    return first == last and p.words[first].lower() in FAITHS


def _lone_word(p: Prepared, first: int, last: int) -> bool:
    """A text that is one word on no name list ("PIRAMAR", "Aweesome"): a title or a shout, no context to tell
    it is a person's name (a listed one alone, "Ana", is kept: a signature)."""
    n = len(p.words)
    if first != last or n > _LONE_MAX or (n == _LONE_MAX and p.words[1][:1].isalnum()):
        return False
    return not p.word(first).flags & (FIRST | LAST)


def _in_identifier(p: Prepared, first: int, last: int) -> bool:
    """The span touches an underscore with no space between: a file name or an identifier, not prose."""
    words, ends = p.words, p.ends
    before = first > 0 and words[first - 1] == "_" and ends[first - 1] == ends[first] - len(words[first])
    after = last + 1 < len(words) and words[last + 1] == "_" and ends[last + 1] - 1 == ends[last]
    return before or after


def _role(p: Prepared, first: int, last: int) -> bool:
    """A job title, a department, or a title alone ("Frau" of "Frau Dana Weiss")."""
    words = p.words
    if first == last and words[first] in TITLE_WORDS:
        return True
    return any(words[i].lower() in ROLE_WORDS for i in range(first, last + 1))


def _among_places(p: Prepared, first: int, last: int, done: list[Span], starts: dict[int, Span]) -> bool:
    """A person right after a big city or a country ("London Heathrow", "Paris Nord"), or a one-word person on a
    place list after "in"/"near"/"via" or next to a place across a comma ("Amman, Tbilisi, Florence")."""
    words = p.words
    if first > 0 and words[first][0].isupper() and words[first - 1][0].isupper():
        # a famous city's or country's name (twice Zipf >= 10: London, Paris; not Sydney, Charlotte, which are
        # first names too: "Sydney Okwuosa" is one name the tagger cut in two)
        f = p.word(first - 1)
        if f.flags & (CITY_BIG | COUNTRY) and f.zipf2 >= _FAMOUS_ZIPF2 and not f.flags & FIRST_TOP:
            if not (done and done[-1][1] == first - 1 and done[-1][2] != "LOC"):
                return True
    if _travelled(p, first, last) and not _full_name(p, first, last):
        return True  # (not "Questions go to Maria Lopez": a listed first name and surname)
    before = p.word(first - 1).low
    if before in _ARTICLES and first > 1:
        before = p.word(first - 2).low  # "in El Poblado", "in De Pijp"
    if before in PLACE_BEFORE and p.text(last + 1) not in ("'s", "’s"):
        # "in Koramangala", "near Holborn", "in Florence"; not "in Maria's team", "in Mark Lee"
        if first == last and p.word(first).flags & PLACE:
            return True
        if not any(p.word(i).flags & FIRST_TOP for i in range(first, last + 1)):
            return True
    if first != last or not p.word(first).flags & PLACE:
        return False
    if before == "," and done and done[-1][2] == "LOC" and done[-1][1] == first - 2:
        return True
    after = starts.get(last + 2)
    return after is not None and after[2] == "LOC" and last + 1 < len(words) and words[last + 1] == ","


def _code(p: Prepared, first: int, last: int, kind: str) -> bool:
    """A tagger place of one token that is a code, not a name: letters with digits ("GB56HXDO8816...", "S100";
    not "5th") or an abbreviation in capitals on no place list ("NTRC", "HANO"; not "US", "UK", "BSÍ" ...
    when listed). The rules find motorways and house numbers ("the M4", "52 Kingsway") on their own."""
    if kind != "LOC" or first != last:
        return False
    w = p.words[first]
    if any(c.isdigit() for c in w):
        return not w[:-2].isdigit()  # "5th", "21st" are ordinals
    f = p.word(first)
    if not (3 <= len(w) <= _ABBREVIATION_MAX and w.isupper() and w.isascii()):
        return False  # (a place's name in capitals is longer: "FEYSVILLE", "ΠΑΦΟΣ" in an address)
    if w in _PLACE_ABBREVIATIONS:
        return False  # "moved to NYC": a city's short name, not a code (wave-10 review H4)
    return not f.flags & PLACE and not gazetteer.look_up(f.low, gazetteer.hashes())


def _journey_before(p: Prepared, first: int) -> bool:
    """A movement's verb or "by bus/car/..." a few words before the "to"/"from"/"through" at `first - 1`, in the
    same clause ("drove the finds to Karima", "trucked the chests down through Nakuru", "by bus through
    Urubamba"). Reads at most `_JOURNEY_REACH` tokens."""
    words = p.words
    for k in range(first - 2, max(-1, first - 2 - _JOURNEY_REACH), -1):
        w = words[k].lower()
        if w in _CARRIERS:
            return True
        if w in _CLAUSE_ENDS or w in _JOURNEY:
            return False
    return False


def _first_name(p: Prepared, first: int, last: int) -> bool:
    """A common listed first name among the words ("to Maria", "and Lucas")."""
    return any(p.word(i).flags & FIRST_TOP for i in range(first, last + 1))


def _full_name(p: Prepared, first: int, last: int) -> bool:
    """A listed first name, then a listed surname: a person's full name, wherever it goes."""
    return first < last and bool(p.word(first).flags & FIRST) and bool(p.word(last).flags & LAST)


def _travelled(p: Prepared, first: int, last: int) -> bool:
    """A place by what is said of it: a lower-case place noun after it ("Shannon airport", "the Ashanti
    region", "Angel station"), a journey to or from it ("fly home from Florence", "leave Rosario on Tuesday",
    "by train from Addis to Djibouti")."""
    words = p.words
    after = p.text(last + 1)
    if after in PLACE_NOUNS_AFTER:
        return True
    before = p.word(first - 1).low
    if before in TRAVEL_WORDS:
        return True  # "leave Rosario", "visiting Muscat"
    if before not in _JOURNEY:
        return False
    k = first - 2
    if k >= 0 and words[k].lower() in ("home", "back", "way", "all"):
        k -= 1
    if before != "through" and k >= 0 and words[k].lower() in TRAVEL_WORDS:
        return True  # (not "go through Chidi's draft": a review)
    if _journey_before(p, first) and not _first_name(p, first, last):
        return True  # "drove the finds to Karima", "by bus through Urubamba"
    return before == "from" and after == "to" and p.word(last + 2).flags & PLACE != 0
