"""E-mail context rules: where a name is a name whatever the word ("Hi Grace," "From: Mark Lee").

Headers (From/To/Cc ...), greetings, sign-offs, "- Name" lines, titles (Mr, Dr ...) and
self-introductions ("my name is ...") mark the capitalised words they introduce as a person; a
legal form ("GmbH", "Inc") marks a company. A name found this way is also a name elsewhere in the
same text.

Each pattern is tried only where the tokens show its first word (a header word at a line start, a
greeting, a title, a legal form ...), anchored there, never over the whole text: a text without
such words costs one look at each token. Every pattern is bounded, so the scan is linear.
"""

from __future__ import annotations

from typing import TypeAlias

import regex

from guardrails_lite.validators._shared.patterns import lazy_regex
from guardrails_lite.validators.pii._names.context import ROLE_WORDS, SHOP_NOUNS, TRADES
from guardrails_lite.validators.pii._names.features import Prepared
from guardrails_lite.validators.pii._names.lexicon import CONTINENT, COUNTRY, DICT, FIRST, LAST, Lexicon
from guardrails_lite.validators.pii._names.places import PLACE_TYPES
from guardrails_lite.validators.pii._names.tokens import NEWLINE
from guardrails_lite.validators.pii._names.wordlists import CLOSINGS, TITLE_WORDS
from guardrails_lite.verdict import check_deadline

_NAME = r"\p{Lu}(?:\.|[\p{L}'’]{1,30}(?:-\p{Lu}[\p{L}'’]{1,30})?)"
_PARTICLE = r"(?:van|von|de|der|del|da|di|du|la|le|al|bin|ter|den)"
_SEQ = rf"{_NAME}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME}){{0,3}}"
_KISS = r"x{1,3}o?|xo(?:xo)?"
_KISSES = frozenset("x xx xxx xo xoxo xxo".split())
_TITLES = rf"(?:{'|'.join(TITLE_WORDS)})"
_HEADER_WORDS = (
    "from|to|cc|bcc|reply-to|sender|attendees|organi[sz]er|owner|assignee|assigned to|name|full name|author|signed|"
    "requested by|approved by|prepared by|submitted by|reported by|contact"
)
_FOREIGN_GREETINGS = (
    "bore da|shwmae|dia dhuit|sat sri akal|namaste|namaskar|vanakkam|assalamu alaikum|marhaba|merhaba|kia ora|"
    "talofa|aloha|habari|jambo|sawubona|dumela|sannu|bonjour|bonsoir|hola|buenos días|buenos dias|buenas tardes|"
    "olá|bom dia|boa tarde|ciao|buongiorno|hallo|guten tag|guten morgen|moin|servus|grüezi|gruezi|hej|"
    "goedemorgen|goedendag|god morgen|labas|sveiki|ahoj|dobrý den|dobry den|cześć|czesc|dzień dobry|dzien dobry|"
    "zdravo|szia|yassou|selamat pagi|selamat siang|kumusta|xin chào|xin chao|sawasdee|konnichiwa|annyeong|"
    "mingalaba|bures|kaixo|egun on|bon dia|barev|gamarjoba|terve|assalomu alaykum|iaorana|mabuhay"
)
# (one-word greetings that are first names or surnames too are left out: "Ola, can you ...", "Tere, I will be late",
# "Salam Haddad," name a person: "ola", "salam", "salaam", "salom", "selam", "shalom", "mauri", "tere", "hei", "bula";
# review r16b M7)
#: One-word greetings (lower case): opening a sentence before a comma or "!" they greet, never name ("Hola, me ...").
GREETINGS = frozenset(g for g in _FOREIGN_GREETINGS.split("|") if " " not in g) | frozenset("hi hello hey hiya".split())
# Honorifics spoken after a name in a greeting ("Sat Sri Akal Gurjit ji,", "Dear Tanaka-san,"): not the name.
_AFTER_GREETED = "ji|jee|bhai|bhaiya|didi|sahib|saab|san|sama|kun|chan|sensei|bey|hanım|hanim|efendi"
_GREETING_WORDS = (
    "hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|morning|greetings|thanks|thank you|many thanks|"
    "thanks again|best|regards|kind regards|cheers|welcome|" + _FOREIGN_GREETINGS
    # other languages' greetings that open an e-mail to a name ("Bore da Gwenllian and Osian,", "Salam Rauf,",
    # "Sat Sri Akal Gurjit ji,"): a line's or a sentence's first words only, as the English ones
)
_LEGAL_FORMS = (
    "Inc|Corp|Corporation|LLC|L\\.L\\.C|Ltd|Limited|GmbH|AG|SE|S\\.A|SA|PLC|plc|LLP|BV|B\\.V|NV|N\\.V|Pty|SAS|SARL|"
    "SpA|S\\.p\\.A|KK|Oy|AB|ASA|A/S|Co|Company|Holdings|Group|Industries|Electronics|Logistics|Freight|Systems|"
    "Technologies|Technology|Solutions|Labs|Laboratories|Consulting|Capital|Bank|Insurance|Airlines|Airways|Motors|"
    "Foods|Pharmaceuticals|Pharma|Media|Enterprises|Software|Networks|Ventures|Associates|Studios|Trading|Traders|"
    "Energy|Analytics|Robotics|Dynamics|Manufacturing|Construction|Realty|Properties|Hotels|Resorts|"
    # other countries' legal forms, and the trade or kind of body that ends a firm's name
    "Ltda|Sdn|Bhd|Tbk|ASBL|A\\.Ş|S\\.A\\.S|Srl|SRL|S\\.r\\.l|KG|Pvt|Kft|Zrt|ApS|Sons|Partners|Advisors|Advisers|"
    "Stationers|Haulage|Cooperative|Trust|Foundation|Fintech|Telecom|Textiles|Components|Plumbing|Logistik|"
    "Logística|Logistica|Maschinenbau|Imobiliária|Inmobiliaria|"
    "Services|Supplies|Engineering|Consultants|Architects|Recruitment|Recruiting|Translations|Advocates|Attorneys|"
    "Solicitors|Irmãos|Hermanos|Frères|Brothers|Bros|Reisbureau|Bakery|Catering|Kitchen|Marine|Shipping|Transport|"
    "Tours|Events|Agency|Clinic|Pharmacy|Diseño|"
    # clubs, practices, schools and trades that name a body ("Stonebridge Cycling Club", "Bright Smile Dental")
    "Club|Dental|Medical|Surgery|School|Academy|College|Hospital|Nursery|Society|Association|Council|Seafoods|"
    "Roofing|Chartering|Removals|Landscaping|Builders|Joinery|Glazing"
)
# Words that open a firm's or a body's name ("PT Sumber Rejeki", "Banco Ipê", "Ministry of Health").
_ORG_PREFIXES = (
    r"PT|Banco|Banca|Grupo|Ministry[ \t]+of(?:[ \t]+the)?|Ministerio[ \t]+de|Bank[ \t]+of|University[ \t]+of|"
    r"Universidad[ \t]+de|Café|Cafés[ \t]+do|Maison|Sparkasse"
)
_ORG_PREFIX_FIRST = frozenset(w.split("[")[0] for w in _ORG_PREFIXES.split("|"))
# Anchored where the tokens show the first word (see `find`): at a line start, ...
_HEADER = lazy_regex(rf"(?im)^[ \t>]*(?:{_HEADER_WORDS})[ \t]*:[ \t]*([^\n]{{1,600}})$")
# ... at a line start or right after a sentence's end and a space, ...
_GREETING = lazy_regex(
    rf"(?m)(?:^|(?<=[.!?][ \t]))[ \t>]*(?i:{_GREETING_WORDS})"
    rf"[ \t]*,?[ \t]+(?:{_TITLES}\.?[ \t]+)?({_SEQ}(?:[ \t]*(?:,|and|&)[ \t]*{_SEQ}){{0,5}})"
    rf"(?:[ \t-]+(?:{_AFTER_GREETED}))?[ \t]*(?=[,!.:;—\-]|$)"
)
_SIGN_OFF = lazy_regex(
    rf"(?im)^[ \t>]*(?:{'|'.join(sorted(CLOSINGS, key=len, reverse=True))})\b[^\n]{{0,24}}?"
    rf"[ \t]*[,.!]?[ \t]*\n(?:[ \t>]*\n)?[ \t>]*(?-i:({_SEQ}))[ \t]*(?-i:{_KISS}[ \t]*)?(?=[,|(\n]|$)"
)
_DASH_LINE = lazy_regex(rf"(?m)^[ \t>]*(?:--?|–|—|~)[ \t]*({_SEQ})[ \t]*$")
# ... at a line that is a name and kisses ("Priyanka x", "Chiamaka xx"): the sender, closing a personal message,
_KISS_LINE = lazy_regex(rf"(?m)^[ \t>]*({_SEQ})[ \t]+(?:{_KISS})[ \t]*$")
# ... at a title, ...
_TITLED = lazy_regex(rf"\b{_TITLES}\.?[ \t]+({_SEQ})")
# "My name is" in other languages ("me llamo Uxía", "je m'appelle Inès"): as strict as "my name is".
_FOREIGN_INTRO = (
    r"\bme llamo|\bmi nombre es|\bje m'appelle|\bje m’appelle|\bmon nom est|\bich heiße|\bich heisse|"
    r"\bmein name ist|\bmi chiamo|\bmeu nome é|\bme chamo|\bnazywam się|\bjmenuji se"
)
# ... at the first word of an introduction, ...
_INTRO = lazy_regex(
    rf"(?i:\bmy name is|\bmy name's|\bname:|\bi am|\bi'm|\bthis is|\bcall me|\bask for|\bspeak (?:to|with)|"
    rf"\btalk to|\bcc(?:'?ing)?|\bping|\breach out to|\bintroduce you to|\bintroducing|\bloop(?:ing)? in|"
    rf"{_FOREIGN_INTRO})"
    rf"[ \t]+({_SEQ})"
)
_STRICT_INTRO = ("my name", "name:", *(w.removeprefix("\\b") for w in _FOREIGN_INTRO.split("|")))
# ... and searched for in a window before a legal form: "Initech GmbH", "Acme Corp.", "Northwind Traders Ltd".
_COMPANY = lazy_regex(rf"\b((?:{_NAME}[ \t]+&[ \t]+)?{_SEQ})[ \t]*,?[ \t]+(?:&[ \t]+)?(?:{_LEGAL_FORMS})\b\.?")
# ... at a prefix ("PT Sumber Rejeki Abadi"), and at an ampersand between two names ("Harrington & Fell").
_COMPANY_PREFIXED = lazy_regex(rf"(?:{_ORG_PREFIXES})[ \t]+{_SEQ}")
_AMPERSAND = lazy_regex(rf"({_NAME})[ \t]+&[ \t]+({_NAME})")
_COMPANY_REACH = 320  # characters a company name may span before its legal form (4 names of 31+31, particles)
_COMPANY_CHARS = lazy_regex(r"[\p{L}'’.,&-]+")  # what a token inside a company match is made of
_PARTICLES = frozenset(_PARTICLE.strip("(?:)").split("|"))

# The first words that make each pattern worth trying (lower case, except titles and legal forms).
_HEADER_FIRST = frozenset(w.split()[0].split("-")[0] for w in _HEADER_WORDS.replace("[sz]", "s").split("|")) | {
    "organizer"
}
_GREETING_FIRST = frozenset(w.split()[0] for w in _GREETING_WORDS.split("|"))
_CLOSING_FIRST = frozenset(c.split()[0] for c in CLOSINGS if c.split())
_DASHES = frozenset("- – — ~".split())
_INTRO_FIRST = frozenset(
    "my name i i'm this call ask speak talk cc cc'ing ccing ping reach introduce introducing".split()
)
_INTRO_FIRST |= {"loop", "looping"} | {w.removeprefix("\\b").split()[0] for w in _FOREIGN_INTRO.split("|")}
_INTRO_LAST = frozenset("is 's : am i'm me for to with cc cc'ing ccing ping introducing in".split()) | {
    w.split()[-1] for w in _FOREIGN_INTRO.split("|")
}
_LEGAL_FIRST = frozenset(f.replace("\\.", " ").replace("/", " ").split()[0] for f in _LEGAL_FORMS.split("|"))
_LEGAL_INITIALS = frozenset(f[0] for f in _LEGAL_FORMS.split("|") if "\\." in f or "/" in f)
_SENTENCE_STOPS = frozenset(".!?")
# What may stand right before the name a greeting introduces: its last word, a title, "Dr." or a comma.
_GREETING_BEFORE = (
    frozenset(
        (
            "hi hello hey hiya dear morning afternoon evening greetings thanks you again best regards cheers welcome"
            " , ."
        ).split()
    )
    | {t.lower() for t in TITLE_WORDS}
    | {g.split()[-1] for g in _FOREIGN_GREETINGS.split("|")}
)
_TITLE_SET = frozenset(TITLE_WORDS)
_EMAIL_OR_ANGLE = lazy_regex(r"<[^<>\n]{0,320}>|[^\s<>,;]{1,64}@[^\s<>,;]{1,255}")
_SPLIT_ITEMS = lazy_regex(r"[;,]|\band\b|&")
_ITEM_MARKS = lazy_regex(r"[<>,;]")
# Words that make a greeting or header address a group, not a person.
GROUP_WORDS = frozenset(
    """all team teams everyone everybody folks guys sir sirs madam colleagues customer customers client clients
    staff group list department dept sales support finance hr it marketing engineering ops operations board
    committee members partners admin office desk service services helpdesk info noreply no-reply manager
    managers hiring recruiter recruiting there friends gentlemen ladies y'all valued user users subscriber
    subscribers owner owners holder applicant candidate reviewer reviewers assistant""".split()
)
# Words the patterns may take for a name but are not: "Thanks Again", "Best Regards".
NOT_NAMES = frozenset(
    """again so very in advance for regards wishes again all best kind warm a lot much everyone team you
    ps p.s. sent from my iphone ipad note re fwd fw
    mum mom mam dad mama papa nana gran granny grandma grandpa""".split()
)


_BLANKS = lazy_regex(r"[ \t]+")
_LINE_KEY_MAX = 512  # `_Starts.named` memoises a line-local match by the rest of its line up to this long
_LINE_MEMO_MIN = 32  # ... for as many lines or more (an e-mail's few: the key would cost more than it saves)
_UNSEEN = object()
_CHECK_EVERY = 63  # `_Starts.named` reads the clock every 64 lines (a memoised line costs a few look-ups)
_POSSESSIVES = frozenset(("'s", "’s", "'S", "s"))
_SEQ_RE = lazy_regex(_SEQ)
_UNLISTED_ZIPF2 = 8  # twice the Zipf frequency: a word more common than this is an English word, not a name


#: (start, end, strict, kind): characters start..end are a person ("PER") or a company ("ORG"); `strict` when
#: found by a pattern that needs no help from the lexicon. A plain tuple, not a named one: Python's collector
#: untracks a plain tuple of numbers and strings but keeps every named one on its lists, so the rules' spans of a
#: text of names (one per line) set off full collections of the whole heap.
RuleSpan: TypeAlias = tuple[int, int, bool, str]


def _cue(before: str) -> bool:
    """A word before a capitalised token that `_Starts` looks behind: a title, a period (after "Dr"), the end of an
    introduction ("is", "am") or what may come right before a greeted name."""
    low = before.lower()
    return before in _TITLE_SET or before == "." or low in _INTRO_LAST or low in _GREETING_BEFORE


def _name_ok(text: str, lex: Lexicon, need_lexicon: bool, unlisted_ok: bool = False) -> bool:
    """Whether `text` may be a person's name. With `need_lexicon`, one of its words must be a listed name; with
    `unlisted_ok` too, words on no list and no ordinary words will do ("Dear Shirin,": names from every
    tradition), but not an ordinary word ("Hi Team,") or a country."""
    words = [w for w in _BLANKS.split(text) if w]
    lows = [w.lower().rstrip(".") for w in words]
    if not words or lows[0] == "the" or any(w in GROUP_WORDS or w in NOT_NAMES or w in ROLE_WORDS for w in lows):
        return False
    if len(words) > 1 and words[-1] in PLACE_TYPES and not lex.flags(lows[0]) & FIRST:
        return False  # "Dr Pixley KaSeme Street": a street named for a person (not "Dr Anna Street will")
    if need_lexicon:
        if any(lex.flags(w) & (FIRST | LAST) for w in lows):
            return True
        return unlisted_ok and all(_unlisted_name(w, lex) for w in lows)
    return True


def _unlisted_name(low: str, lex: Lexicon) -> bool:
    return not lex.flags(low) & (DICT | COUNTRY | CONTINENT) and lex.zipf2(low) <= _UNLISTED_ZIPF2


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t.'’":
        end -= 1
    return start, end


def find(text: str, p: Prepared, lex: Lexicon, deadline: float | None = None) -> list[RuleSpan]:
    """Person names (and companies) that the context gives away, as character spans; stops past `deadline`
    (the clock is read before each anchored match)."""
    starts = _Starts(text, p, deadline)
    out: list[RuleSpan] = []
    by_value: dict[str, list[tuple[int, int]]] = {}  # a header's names depend on its value alone ("From: Ann" x 5,000)
    hits = starts.named(_HEADER, starts.header, line_local=True)
    for value in dict.fromkeys(v for _, v in hits):
        by_value[value] = _header_names(value, lex)
    out += [(s0 + a, s0 + b, True, "PER") for s0, value in hits for a, b in by_value[value]]
    for pattern, where, need, line_local in (
        (_GREETING, starts.greeting, True, True),
        (_SIGN_OFF, starts.closing, False, False),
        (_DASH_LINE, starts.dash, True, True),
        (_KISS_LINE, starts.kiss, True, True),
        (_TITLED, starts.title, False, False),
    ):
        hits = starts.named(pattern, where, line_local)
        names = {  # by the matched names alone, as for headers
            value: _names_ok(value, lex, need, pattern in (_GREETING, _KISS_LINE))
            for value in dict.fromkeys(v for _, v in hits)
        }
        out += [(s0 + a, s0 + b, not need, "PER") for s0, value in hits for a, b in names[value]]
    _companies(text, starts, lex, out)
    out += _shops(p)
    for m in starts.matches(_INTRO, starts.intro):
        lead = text[m.start() : m.start(1)].lower()
        strict = lead.startswith(_STRICT_INTRO)
        if _name_ok(m.group(1), lex, need_lexicon=not strict):
            out.append((*_trim(text, m.start(1), m.end(1)), strict, "PER"))
    return out


def _names_ok(value: str, lex: Lexicon, need: bool, unlisted_ok: bool) -> list[tuple[int, int]]:
    """(start, end) in `value` of each name in it (`_names_in`) that `_name_ok` accepts, trimmed. A pattern's
    names are split by "and" only between words (a name group starts and ends with a letter of a name), so
    the pieces depend on the matched text alone, wherever it stands."""
    return [
        _trim(value, a, b)
        for a, b in _names_in(value, 0, len(value))
        if _name_ok(value[a:b], lex, need_lexicon=need, unlisted_ok=unlisted_ok)
    ]


def _shops(p: Prepared) -> list[RuleSpan]:
    """A listed name before a trade ("Pemberton insurance") or, with a possessive, before a shop's capitalised
    noun ("Dominic's Karate", "Gary s Auto Repair"): the name of a business, whatever the tagger makes of it.
    Looked for from the capitalised words after a possessive, and from all of them only when a trade's word is
    in the text."""
    words = p.words
    names = [j - 2 for j in p.caps_after(_POSSESSIVES.__contains__) if j > 1 and words[j - 1] in _POSSESSIVES]
    names = [i for i in names if words[i][:1].isupper() and words[i + 2].lower() in SHOP_NOUNS]
    if p.may_hold(TRADES):
        n = len(words)
        names += [i for i in p.caps if i + 1 < n and words[i + 1] in TRADES]
    ends = p.ends
    return [(ends[i] - len(words[i]), ends[i], True, "ORG") for i in names if p.word(i).flags & (FIRST | LAST)]


def _companies(text: str, starts: _Starts, lex: Lexicon, out: list[RuleSpan]) -> None:
    """Firms named by a prefix ("Banco Ipê"), by two names joined by "&" neither of which is a first name or
    an ordinary word ("Harrington & Fell", not "Tom & Ana"), or by a legal form or trade ("Acme Corp",
    "Hoffmann Logistik"; found last, so it wins where they overlap)."""
    out.extend(
        (*_trim(text, m.start(), m.end()), True, "ORG") for m in starts.matches(_COMPANY_PREFIXED, starts.org_prefix)
    )
    for m in starts.matches(_AMPERSAND, starts.ampersand):
        flags = [lex.flags(m.group(k).lower()) for k in (1, 2)]
        # "Kids & Family": ordinary words on no name list are a genre or a heading, not a firm
        if not any(f & FIRST or (f & DICT and not f & LAST) for f in flags):
            out.append((*_trim(text, m.start(), m.end()), True, "ORG"))
    for lo, hi in starts.company_windows():
        out += [(*_trim(text, m.start(), m.end()), True, "ORG") for m in _COMPANY.finditer(text, lo, hi)]


class _Starts:
    """Where each pattern may match: character offsets, ascending.

    Read off the tokens without visiting each one: every pattern but the company's names a person
    right after its first words, and a name starts with a capital letter, so the look-up starts
    from the capitalised tokens (and from line starts, for headers and sign-offs).
    """

    def __init__(self, text: str, p: Prepared, deadline: float | None = None) -> None:
        self.text = text
        self.p = p
        self.deadline = deadline
        self.header: list[int] = []
        self.closing: list[int] = []
        self.dash: list[int] = []
        self.kiss: list[int] = []
        self.legal: list[int] = []
        greeting: set[int] = set()
        title: set[int] = set()
        intro: set[int] = set()
        words, ends = p.words, p.ends
        n = len(words)
        self._line_starts()
        # a greeting's first word in the text at all ("Co. Co. Co." has a "." before each name, but no "Hi")
        greets = p.may_hold(_GREETING_FIRST)
        intros = p.may_hold(_INTRO_FIRST)  # "From: Ann" has a ":" before each name, but no "name"
        for i in p.caps_where(_LEGAL_FIRST.__contains__):
            w = words[i]
            if w in _LEGAL_FIRST and (w not in _LEGAL_INITIALS or (i + 1 < n and words[i + 1] in "./")):
                self.legal.append(i)
        # Each cue's tokens in a pass of its own, in comprehensions (a text of titles has tens of thousands).
        cued = p.caps_after(_cue)
        title.update([i - 1 for i in cued if words[i - 1] in _TITLE_SET])
        title.update([i - 2 for i in cued if words[i - 1] == "." and i > 1 and words[i - 2] in _TITLE_SET])
        if intros:
            for i in [i for i in cued if words[i - 1].lower() in _INTRO_LAST]:
                intro.update(k for k in range(max(0, i - 4), i) if words[k].lower() in _INTRO_FIRST)
        if greets:
            for i in [i for i in cued if words[i - 1].lower() in _GREETING_BEFORE]:
                self._greeting(i, greeting)
        self.org_prefix = [
            ends[i] - len(words[i])
            for i in p.caps_where(_ORG_PREFIX_FIRST.__contains__)
            if words[i] in _ORG_PREFIX_FIRST
        ]
        self.ampersand = self._ampersands() if "&" in words else []
        if "plc" in words:  # the one legal form in lower case, so no capitalised token
            self.legal = sorted({*self.legal, *(i for i, w in enumerate(words) if w == "plc")})
        self.greeting = sorted(greeting)
        self.title = [ends[k] - len(words[k]) for k in sorted(title)]
        self.intro = [p.ends[k] - len(words[k]) for k in sorted(intro)]

    def _line_starts(self) -> None:
        """Where the header, sign-off, dash and kiss patterns may match: lines by their first word (and last)."""
        words, ends, newlines = self.p.words, self.p.ends, self.p.newlines
        n = len(words)
        for k, first in enumerate([0, *(i + 1 for i in newlines)]):
            j = first
            while j < n and words[j] == ">":
                j += 1
            if j >= n:
                continue
            low = words[j].lower()
            line_start = ends[first - 1] if first else 0
            if low in _HEADER_FIRST:
                self.header.append(line_start)
            if low in _CLOSING_FIRST:
                self.closing.append(line_start)
            if low in _DASHES:
                self.dash.append(line_start)
            last = (newlines[k] if k < len(newlines) else n) - 1
            if last > j and words[last] in _KISSES and words[j][:1].isupper():
                self.kiss.append(line_start)

    def _ampersands(self) -> list[int]:
        """Starts of the capitalised words before an "&" that a capitalised word follows ("Harrington & Fell")."""
        words, ends = self.p.words, self.p.ends
        n = len(words)
        return [
            ends[i - 1] - len(words[i - 1])
            for i, w in enumerate(words)
            if w == "&" and i >= 1 and words[i - 1][0].isupper() and i + 1 < n and words[i + 1][0].isupper()
        ]

    def _greeting(self, i: int, into: set[int]) -> None:
        """A greeting before the capitalised token `i` ("Hi Ana", "Dear Dr. Lee", "Good morning, Ana")."""
        words = self.p.words
        j = i - 1
        if words[j] in _TITLE_SET:
            j -= 1
        elif words[j] == "." and j > 0 and words[j - 1] in _TITLE_SET:
            j -= 2
        if j >= 0 and words[j] == ",":
            j -= 1
        for k in range(j, max(-1, j - 3), -1):
            if words[k].lower() not in _GREETING_FIRST:
                continue
            pos = self._sentence_start(k)
            if pos is not None:
                into.add(pos)

    def _sentence_start(self, k: int) -> int | None:
        """Where a pattern anchored at token `k` starts: its line's start, or just after a sentence's end."""
        words, ends = self.p.words, self.p.ends
        j = k - 1
        while j >= 0 and words[j] == ">":
            j -= 1
        if j < 0 or words[j] == NEWLINE:
            return ends[j] if j >= 0 else 0
        before = words[k - 1]
        if before in _SENTENCE_STOPS and self.text[ends[k - 1]] in " \t":
            return ends[k - 1] + 1
        return None

    def named(self, pattern: regex.Pattern[str], where: list[int], line_local: bool) -> list[tuple[int, str]]:
        """(start, text) of group 1 of each match of `pattern` anchored at the offsets `where` (as `matches`).

        A `line_local` pattern reads nothing past the end of its line and nothing before its start but the two
        characters there (`^`, a look-behind), so its match is the same wherever those characters and the rest of
        the line stand: a repeated line ("Hi Ann,\n" x 25,000) is matched once. Lines longer than `_LINE_KEY_MAX`
        are matched where they stand (a key that long would cost what the match does), and so are all lines of a
        text that offers fewer than `_LINE_MEMO_MIN` of them."""
        if not line_local or len(where) < _LINE_MEMO_MIN:
            return [(m.start(1), m.group(1)) for m in self.matches(pattern, where)]
        text = self.text
        size = len(text)
        seen: dict[tuple[str, str], object] = {}  # (two characters before, rest of line) -> the match's offsets or None
        out: list[tuple[int, str]] = []
        done = 0
        for k, pos in enumerate(where):
            if pos < done:
                continue
            if not k & _CHECK_EVERY:
                check_deadline(self.deadline)
            eol = text.find("\n", pos)
            if eol < 0:
                eol = size
            key = (text[pos - 2 if pos > 2 else 0 : pos], text[pos:eol]) if eol - pos <= _LINE_KEY_MAX else None
            got = seen.get(key, _UNSEEN) if key is not None else _UNSEEN
            if got is _UNSEEN:
                m = pattern.match(text, pos)
                got = None if m is None or m.end() <= m.start() else (m.start(1) - pos, m.end() - pos, m.group(1))
                if key is not None:
                    seen[key] = got
            if isinstance(got, tuple):
                out.append((pos + got[0], got[2]))
                done = pos + got[1]
        return out

    def matches(self, pattern: regex.Pattern[str], where: list[int]) -> list[regex.Match[str]]:
        """`pattern` anchored at each offset of `where`; like `finditer`, a match never overlaps the one before."""
        out: list[regex.Match[str]] = []
        done = 0
        for pos in where:
            if pos < done:
                continue
            check_deadline(self.deadline)
            m = pattern.match(self.text, pos)
            if m is not None and m.end() > m.start():
                out.append(m)
                done = m.end()
        return out

    def _name_run_start(self, i: int, lo: int, before: tuple[int, int]) -> int:
        """Where a company name ending before the legal form at token `i` may start at the earliest, from `lo` on.

        A `_COMPANY` match holds only letters, ' ’ . - , & and spaces or tabs, and a lower-case word after a space
        in it can only be a particle ("van"): its names start with capitals and run on only over letters and
        apostrophes. So a match ends the walk back at the first token that is made of anything else, or that is
        a lower-case word after a space but no particle; it may still start inside that token ("d'Artagnan"), so
        the window starts at that token. The same matches as a fixed reach back (each one ends at a legal
        form), from far fewer places. A walk that reaches the legal form before, `before` (its token and where
        its walk ended), ends where that one did: every token is walked once ("Co Co Co ...")."""
        words, ends, text = self.p.words, self.p.ends, self.text
        k = i - 1
        while k >= 0:
            if k == before[0]:
                return max(lo, before[1])
            w = words[k]
            at = ends[k] - len(w)
            if at <= lo or not _COMPANY_CHARS.fullmatch(w):
                break
            if w[0].islower() and w not in _PARTICLES and (at == 0 or text[at - 1].isspace()):
                break
            k -= 1
        return lo if k < 0 else max(lo, ends[k] - len(words[k]))

    def company_windows(self) -> list[tuple[int, int]]:
        """Merged (start, end) character windows that end just after a legal form and reach back far enough.

        The window being grown (`grow_lo`, `grow_hi`) and the walk before (`walked`, `walked_lo`: see
        `_name_run_start`) are locals, made into tuples only when used ("Co. Co. Co." merges 50,000 windows)."""
        text, ends, words = self.text, self.p.ends, self.p.words
        windows: list[tuple[int, int]] = []
        walked, walked_lo = -1, 0
        grow_lo = grow_hi = -1  # (-1: no window yet)
        size, last = len(text), len(ends) - 1
        for i in self.legal:
            at = ends[i] - len(words[i])
            hi = ends[i + 4 if i + 4 < last else last] + 1
            if hi > size:
                hi = size
            if grow_hi >= 0 and at <= grow_hi:
                # it merges with the window before whatever its start ("Co. Co. Co.")
                walked, walked_lo = i, grow_lo
                if hi > grow_hi:
                    grow_hi = hi
                continue
            lo = max(0, at - _COMPANY_REACH)
            while lo > 0 and not text[lo - 1].isspace() and at - lo < _COMPANY_REACH + 64:
                lo -= 1  # start on a word's first character
            lo = self._name_run_start(i, lo, (walked, walked_lo))
            walked, walked_lo = i, lo
            if grow_hi >= 0 and lo <= grow_hi:
                grow_hi = max(hi, grow_hi)
            else:
                if grow_hi >= 0:
                    windows.append((grow_lo, grow_hi))
                grow_lo, grow_hi = lo, hi
        if grow_hi >= 0:
            windows.append((grow_lo, grow_hi))
        return windows


def _header_names(value: str, lex: Lexicon) -> list[tuple[int, int]]:
    """(start, end) in `value` of the person named by each item of a header's value ("From: Mark Lee <mark@x>,
    Ana Diaz")."""
    out: list[tuple[int, int]] = []
    for a, b in _split_items(value):
        raw = value[a:b]
        had_address = _EMAIL_OR_ANGLE.search(raw) is not None
        cleaned = _EMAIL_OR_ANGLE.sub(lambda x: " " * len(x.group()), raw)
        for nm in _SEQ_RE.finditer(cleaned):
            piece = cleaned[nm.start() : nm.end()]
            if piece in TITLE_WORDS:
                continue  # "From: Dr. Lakshmi Rao": the name follows the title
            if _name_ok(piece, lex, not had_address, unlisted_ok=True) and not _group(cleaned, nm.end(), piece, lex):
                out.append(_trim(value, a + nm.start(), a + nm.end()))
            break  # the first name-like run of an item is the name; the rest is a title or company
    return out


def _group(item: str, end: int, piece: str, lex: Lexicon) -> bool:
    """A header item naming a team or a mailbox, not a person: "Release team <...>", "Volunteers <...>"."""
    rest = item[end:].lstrip(" \t")
    if rest[:1].islower():
        return True
    return all(lex.flags(w.lower()) & DICT and not lex.flags(w.lower()) & (FIRST | LAST) for w in piece.split())


def _split_items(value: str) -> list[tuple[int, int]]:
    """Offsets of the comma/semicolon-separated items of a header value (addresses in <> kept whole)."""
    items: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for m in _ITEM_MARKS.finditer(value):
        ch = m.group()
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth = max(0, depth - 1)
        elif depth == 0:
            i = m.start()
            items.append((start, i))
            start = i + 1
    items.append((start, len(value)))
    return items


def _names_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split "Jane, Tom and Ana" into its names."""
    pieces: list[tuple[int, int]] = []
    last = start
    for m in _SPLIT_ITEMS.finditer(text, start, end):
        pieces.append((last, m.start()))
        last = m.end()
    pieces.append((last, end))
    out = []
    for a, b in pieces:
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        if a < b:
            out.append((a, b))
    return out
