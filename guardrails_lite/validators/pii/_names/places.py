"""Places that their own words give away: streets, squares, stations, airports, bridges, venues.

"Baker Street", "Union Square", "Kotoka International Airport", "Rue de Rivoli", "Friedrichstraße": capitalised
words before a place type ("Street", "Airport" ...) or after a street prefix ("Rue", "Calle", "Jalan" ...) are a
place whatever the words, which the tagger (trained on names and cities) often misses. House numbers are never
part of the span. One pass over the capitalised tokens; each look is bounded, so the scan is linear.
"""

from __future__ import annotations

from guardrails_lite.validators.pii._names import gazetteer
from guardrails_lite.validators.pii._names.features import CHECK_EVERY, FUNCTION_WORDS, Prepared
from guardrails_lite.validators.pii._names.lexicon import (
    CITY_BIG,
    COMMON_ZIPF2,
    COUNTRY,
    DICT,
    FIRST,
    LAST,
    PLACE,
    REGION,
)
from guardrails_lite.validators.pii._names.tokens import NEWLINE
from guardrails_lite.validators.pii._names.wordlists import HOLIDAYS, MONTHS
from guardrails_lite.verdict import check_deadline

# Capitalised words that end a place's name: after any capitalised words ("Golden Gate Bridge") ...
PLACE_TYPES = frozenset(
    """Street Road Avenue Boulevard Highway Parkway Alley Embankment Quay Crescent Terrace Rd Ave Blvd St Sq Hwy
    Pkwy Straße Strasse Platz Gasse Allee Ufer Airport Airfield Bridge Square Plaza Mall Stadium Arena Museum
    Cathedral Harbour Harbor Pier Gardens Palace Castle Junction Province Prefecture Governorate Oblast Caddesi
    Cd Sokak Sokağı Bulvarı Marg Wharf Quays Circus Mews Weg Velodrome""".split()
)
# ... after words one of which is no plain English word ("Grand Central Station", not "Charging Station") ...
PROPER_TYPES = frozenset(
    """Station Terminal Tower Towers Hotel Inn Resort Campus Valley District County Nagar Layout Estate Abbey
    Priory Minster Chapel Temple Mosque Shrine Fort Lighthouse Canyon Gorge Falls Forest Beach Bay Island Islands
    Isle Peninsula Glacier Waterfront Promenade Forum Theatre Theater Gallery Zoo Reserve River Trail
    Hospital Town Village""".split()
)
# ... after words one of which is rare in English or a well-known place: buildings ("Harbourside House", "Maxwell
# Chambers", "Okapi House"; not "Court House", "Companies House"), peaks, sounds, markets, promenades and practices
# ("Roys Peak", "Milford Sound", "Leith Walk"; not "Sales Peak", "Morning Walk"). ("Centre" names bodies as often.)
BUILDING_TYPES = frozenset(
    """House Building Buildings Complex Chambers Apartments Mansions Peak Sound Bazaar Souk Parade Walk Infirmary
    Surgery Market Pass""".split()
)
# Days, seasons and feasts name an event before these ("Black Friday Parade", "Christmas Walk"): never the rare word.
_EVENT_WORDS = (
    HOLIDAYS
    | MONTHS
    | frozenset(
        """monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter new year
        years eve valentine valentines valentine's mardi gras carnival pride jubilee solstice hogmanay lunar""".split()
    )
)
# ... or after a house number: these are surnames or ordinary words too ("Jin Park", "Shared Drive").
NUMBERED_TYPES = frozenset("Park Hall Lane Court Way Drive Place Close Row Loop".split())
# Words that open a street's or a venue's name ("Rue de Rivoli", "Jalan Sudirman", "Hotel Adlon").
PLACE_PREFIXES = frozenset(
    """Rue Via Viale Calle Carrer Avenida Avda Rua Av Jalan Jl Ulica ul Piazza Plaza Praça Boulevard
    Bulevar Strada Calea Lake Mount Mt Hotel Gare Estación Estação Aeroporto Aeropuerto Aéroport Flughafen
    Río Rio Torre Quartier Zone Menara Carrera Cerro Monte Puerto Praia Ponte Sungai Wisma Kampung Bukit
    Taman Barrio Colonia Bairro Wadi Jebel Jabal River Quai Palais Place Zoo Theatr Derech Rehov Parque Paseo
    Rambla Largo Corso Lago Isla Schloss Hospital St Saint Sainte Sankt Fort Pico Piața Col Valle Farol""".split()
)
# Prefixes of towns, forts, peaks and passes that a person's name holds too ("Yves Saint Laurent", "Ali Fort"):
# a place's only where no capitalised word runs on before them ("St George's", "Fort St Elmo", "Col du Rawil").
_SAINTS = frozenset("St Saint Sainte Sankt Fort Pico Piața Col Valle Farol".split())
# Endings of one-word German, Dutch and Nordic street names ("Friedrichstraße", "Keizersgracht").
STREET_ENDINGS = (
    *("straße", "strasse", "platz", "gasse", "allee", "ufer", "weg", "gracht", "straat", "plein", "laan"),
    *("gatan", "gata", "vägen", "veien", "vej", "katu", "utca", "ulica"),
)
PARTICLES = frozenset("de del della di da do dos das du des la le las los van von der den el al of y e".split())
_ABBREVIATED = frozenset("Rd Ave Blvd St Ln Sq Hwy Pkwy Av Jl Mt ul Avda".split())
# Prefixes that are also words opening a sentence ("Via email", "Zone 3 is closed").
_AMBIGUOUS_START = frozenset(
    "Via Hotel Boulevard Plaza Mount Lake Zone Monte Torre Colonia River Place Zoo Hospital".split()
)
# ... and prefixes that are ordinary words in title-case headings ("Place Your Order", "Hospital Car Park"): the
# word after them must be no plain English word ("Place Bellecour", "Hospital Pablo Tobón Uribe").
# Prefixes that are also first names ("Isla Brown", "Lago Rossi", "Largo Winch"): a place only after a cue.
_NAMED_PREFIXES = frozenset("Isla Lago Largo Corso".split())
_PREFIX_CUES = frozenset("in at to near from on via visit visiting around outside off by across".split())
# ... of which these come before people as often ("send to", "a gift from", "signed by"): there the word after the
# prefix decides (`_surname_next`).
_PERSON_TOO = frozenset("to from by".split())
_PLACE_NOUNS = frozenset("island islands lake beach resort bay coast town village hotel".split())
_PLAIN_AFTER = frozenset("Place Zoo Hospital Palais Largo Corso River".split())
# Parks and halls named by a word no list calls a person's ("Roundhay Park", "Wigmore Hall") or by their kind
# ("Utrecht Science Park", "Hāʻena State Park"); not "Jin Park", "Rosa Hall" (people), "Car Park".
_NAMED_TYPES = frozenset("Park Hall".split())
_PARK_KINDS = frozenset(
    "Science Tech Technology Wildlife State National Business Cyber Industrial Retail Country Theme Safari Regional"
    " Forest Memorial Holiday Water".split()
)
# Brands, products, games and events end in these too ("Xbox Game Pass", "Jurassic Park", "Shopify Market",
# "Netflix Hall playlist", "Summer Trail Run"), and a brand is exactly a rare word: a place needs a cue besides --
# a house number, an address line, a park's kind, a gazetteer place among the words, or one of `_AT` before the
# name ("near Makola Market", "at the Tesla Park"). A market's sales are "at" a brand's market: no cue for Market.
_CUED_TYPES = frozenset("Park Hall Market Trail".split())
_SETTLEMENTS = frozenset("Town Village".split())
# Venues named by a rare word or a place before their kind ("Fremantle Arts Centre", "Barclays Center", "Kensington
# Oval", "Withington Baths"), never by plain words alone ("the Help Center", "the Cyber Security Centre": bodies and
# pages): a place after "at/in/near (the)" or another cue of `_place_cue`.
_VENUE_TYPES = frozenset("Centre Center Oval Baths".split())
_AT = frozenset("on in at near along by off around inside outside".split())
_AT_MARKET = _AT - {"at", "by"}
# ... or a word after the name that only a venue or grounds take ("the Kelvingrove Hall recital", "Roundhay Park
# gates"; not "the Netflix Hall playlist").
_VENUE_AFTER = frozenset("recital recitals concert concerts gig gigs entrance gates grounds car cafe café".split())
# "Pass" is a place only near a mountain word ("crossed the Brenner Pass", "the pass was closed") and never after
# these ("Game Pass", "Season Pass", "Boarding Pass", "Ski Pass"); looked at before any walk (a repeated
# "Game Pass" costs one look each).
_NOT_PASS = frozenset("Game Season Boarding Ski Hall Day Bus Travel Rail Play Gold Free Backstage Press".split())
_MOUNTAIN = frozenset(
    """mountain mountains alps alpine andes himalaya himalayas karakoram summit hike hiked hiking trek trekked
    climb climbed climbing cross crosses crossed crossing col pass border""".split()
)
_MOUNTAIN_WINDOW = 6
_MAX_WORDS = 4
# Before a street or park named by a word that is also a surname or an ordinary word ("on Mill Lane", "at Box
# Hill"): with one of these before it, no house number is needed.
_ON = frozenset("on in at off along near via from to into onto for".split())
_ON_TYPES = frozenset("Lane Way Drive Close Row Place Court Hill Green Grove Rise View".split())


# An address line's flat or unit, then the building's name between commas ("Flat 9, Kirkstall Court, 240 ...",
# "Unit 4, Old Biscuit Mill, Albert Road").
_UNITS = frozenset("Flat Unit Suite Apt Apartment Shop Block".split())
# Every word that names a kind of place after its name ("Kirkstall Court", "Camden Market", "Brenner Pass").
_TYPES = PLACE_TYPES | PROPER_TYPES | NUMBERED_TYPES | _ON_TYPES | BUILDING_TYPES | _VENUE_TYPES
_BUILDING_ENDS = frozenset(
    "Mill Works Yard Maltings Centre Center Heights Lofts Studios Exchange Arcade Quarter".split()
)


def find(p: Prepared, deadline: float | None = None) -> list[tuple[int, int]]:
    """(first, last) token index pairs of the places found, ascending and not overlapping; stops past
    `deadline`."""
    words = p.words
    out: list[tuple[int, int]] = []
    done = -1
    check_deadline(deadline)
    for k, i in enumerate(p.caps_where(_may_start)):
        if not k & CHECK_EVERY:
            check_deadline(deadline)
        if i <= done:
            continue
        w = words[i]
        got = None
        if w in _UNITS:
            got = _after_unit(p, i)
        elif w in PLACE_PREFIXES:
            got = _after_prefix(p, i)
        if got is None and w in _TYPES:
            got = _before_type(p, i)
        elif got is None and len(w) > 5 and w.lower().endswith(STREET_ENDINGS) and w.isalpha():
            got = (i, i)
        if got is not None and got[0] > done:
            out.append(got)
            done = got[1]
    return out


def _may_start(w: str) -> bool:
    """A word that `find` looks at: a street prefix, a place type or a street's ending."""
    return (
        w in PLACE_PREFIXES
        or w in _UNITS
        or w in _TYPES
        or (len(w) > 5 and w.lower().endswith(STREET_ENDINGS) and w.isalpha())
    )


def _name_word(w: str) -> bool:
    """A capitalised word that can be part of a place's name ("Kotoka", "O'Connell", "5th" not)."""
    return w[0].isupper() and w.lower() not in FUNCTION_WORDS and any(c.isalpha() for c in w)


def _before_type(p: Prepared, i: int) -> tuple[int, int] | None:
    """ "Baker Street", "Blaise Diagne International Airport": capitalised words right before a place type."""
    words = p.words
    if words[i] == "St" and i + 1 < len(words) and words[i + 1][:1].isupper():
        return None  # "St Pancras": a saint, the name goes on
    if words[i] == "Pass" and not _mountain_pass(p, i):
        return None
    first = i
    k = i - 1
    while k >= 0 and i - k <= _MAX_WORDS + 1:
        w = words[k]
        if _name_word(w):
            first = k
        elif not (w.lower() in PARTICLES and k > 0 and _name_word(words[k - 1])):
            break
        k -= 1
    while first < i and p.is_initial(first) and _plain(p, first):
        first += 1  # "Meet Union Square": a sentence's first word that is an ordinary word
    if first == i:
        return None
    t = words[i]
    if t in PROPER_TYPES and all(_plain(p, k) for k in range(first, i)):
        return None
    if t in _SETTLEMENTS and i + 1 < len(words) and words[i + 1][:1].isupper():
        return None  # "Cape Town International Airport": the name runs on to its own kind
    numbered = first > 0 and words[first - 1].isdigit()
    if (
        t in BUILDING_TYPES
        and not numbered
        and not any(_rare(p, k) and _names_building(words[k]) for k in range(first, i))
    ):
        return None
    if t in _CUED_TYPES and not (numbered or _place_cue(p, first, i)):
        return None
    if t in _VENUE_TYPES and (all(_plain(p, k) for k in range(first, i)) or not _venue_cue(p, first, i)):
        return None
    if t in _NAMED_TYPES and _named_park(p, first, i):
        return first, i
    if (t in NUMBERED_TYPES or t in _ON_TYPES) and not numbered:
        on = t in _ON_TYPES and first > 0 and words[first - 1] in _ON
        if not (on or _address_line(p, first, i)) or _named_after_person(p, first, i):
            return None
    return first, _extend_type(words, i)


def _common_or_first(p: Prepared, k: int) -> bool:
    """A common English word ("Your", "Cruise"; not "Tees") or a listed first name."""
    f = p.word(k)
    return bool(f.flags & FIRST) or (bool(f.flags & DICT) and f.zipf2 >= COMMON_ZIPF2)


def _named_park(p: Prepared, first: int, last: int) -> bool:
    """ "Roundhay Park", "Fota Wildlife Park": see `_NAMED_TYPES`."""
    words = p.words
    if any(words[k] in _PARK_KINDS for k in range(first, last)):
        return True
    if _named_after_person(p, first, last) or any(p.word(k).flags & (FIRST | LAST) for k in range(first, last)):
        return False
    return any(_rare(p, k) and _names_building(words[k]) for k in range(first, last))


def _mountain_pass(p: Prepared, i: int) -> bool:
    """ "crossed the Khunjerab Pass": see `_NOT_PASS`."""
    words = p.words
    if i == 0 or words[i - 1] in _NOT_PASS:
        return False
    near = range(max(0, i - _MOUNTAIN_WINDOW), min(len(words), i + _MOUNTAIN_WINDOW + 1))
    return any(k != i and words[k].lower() in _MOUNTAIN for k in near)


def _place_cue(p: Prepared, first: int, last: int) -> bool:
    """A cue that "X Park/Hall/Market/Trail" (`_CUED_TYPES`) is a place and no brand, game or event."""
    words = p.words
    t = words[last]
    if t == "Trail" and any(w.lower() in _EVENT_WORDS for w in words[first:last]):
        return False  # "The Summer Trail Run", "the Winter Wonderland Trail"
    if t in _NAMED_TYPES and any(w in _PARK_KINDS for w in words[first:last]):
        return True
    if _address_line(p, first, last):
        return True
    if t != "Trail" and any(p.word(k).flags & PLACE for k in range(first, last)):
        return True  # (a region alone before Trail names a game as often: "We played Oregon Trail")
    j = first - 1
    if j > 0 and words[j].lower() == "the":
        j -= 1
    if j >= 0 and words[j].lower() in (_AT_MARKET if t == "Market" else _AT):
        return True
    if last + 1 < len(words) and words[last + 1] in _VENUE_AFTER:
        return True
    return t == "Trail" and not all(p.word(k).flags & PLACE for k in range(first, last))


def _venue_cue(p: Prepared, first: int, last: int) -> bool:
    """ "at the Fremantle Arts Centre", "near Barclays Center", an address line: a venue (`_VENUE_TYPES`), not a
    body that a sentence names as its subject ("The US National Hurricane Center said")."""
    words = p.words
    j = first - 1
    if j > 0 and words[j].lower() == "the":
        j -= 1
    return (j >= 0 and words[j].lower() in _AT) or _address_line(p, first, last)


def _after_unit(p: Prepared, i: int) -> tuple[int, int] | None:
    """ "Flat 9, Kirkstall Court, ...": the capitalised words between the unit's comma and the next comma."""
    words = p.words
    n = len(words)
    k = i + 1
    if not (k + 2 < n and any(c.isdigit() for c in words[k]) and len(words[k]) <= 4 and words[k + 1] == ","):
        return None
    first = last = k + 2
    while last + 1 < n and last + 1 - first < _MAX_WORDS and _name_word(words[last + 1]):
        last += 1
    if not _name_word(words[first]) or last + 1 >= n or words[last + 1] != ",":
        return None
    if any(p.word(t).flags & DICT for t in range(first, last + 1)) and not _building_word(words[last]):
        return None  # "Unit 3, Sales Team,": an ordinary word names a team unless a building word ends the name
    return first, last


def _building_word(w: str) -> bool:
    return w in _TYPES or w in _BUILDING_ENDS


def _address_line(p: Prepared, first: int, last: int) -> bool:
    """An address line: the street opens the line and a comma and a capitalised word (the town) follow it
    ("Manningham Lane, Bradford")."""
    words = p.words
    return (
        (first == 0 or words[first - 1] == NEWLINE)
        and last + 2 < len(words)
        and words[last + 1] == ","
        and words[last + 2][:1].isupper()
    )


def towns(p: Prepared, streets: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The town after a street and a comma ("Walcot Street, Bath", "Dock Road 4, Immingham", "Rue des Archers,
    Lyon"): up to three capitalised words that are no listed first name or ordinary word (unless places)."""
    words = p.words
    n = len(words)
    out: list[tuple[int, int]] = []
    for _, last in streets:
        k = last + 1
        if k < n and words[k].isdigit():
            k += 1  # the house number after the street
        if k + 1 >= n or words[k] != ",":
            continue
        first = end = k + 1
        while end < n and end - first < 3 and _town_word(p, end):
            end += 1
        if end > first:
            out.append((first, end - 1))
    return out


def _town_word(p: Prepared, k: int) -> bool:
    w = p.words[k]
    if not (w[:1].isupper() and w.isalpha()) or w in PLACE_TYPES or w in NUMBERED_TYPES:
        return False
    flags = p.word(k).flags
    return bool(flags & PLACE) or not flags & (FIRST | DICT)


def _named_after_person(p: Prepared, first: int, last: int) -> bool:
    """A listed first name (and no place) among the words: "to Jin Park", "with Rosa Hill"."""
    for k in range(first, last):
        flags = p.word(k).flags
        if flags & FIRST and not flags & (PLACE | DICT):
            return True
    return False


def _plain(p: Prepared, k: int) -> bool:
    """An ordinary English word on no name or place list ("Data", "Cost", "Meet")."""
    flags = p.word(k).flags
    return bool(flags & DICT) and not flags & (FIRST | LAST | PLACE)


def _rare(p: Prepared, k: int) -> bool:
    """No ordinary English word ("Maxwell"), one met less than once in 10,000 words ("Wolfson"), or a
    well-known place's name ("Wellington")."""
    f = p.word(k)
    return not f.flags & DICT or f.zipf2 < COMMON_ZIPF2 or bool(f.flags & (CITY_BIG | COUNTRY | REGION))


def _names_building(w: str) -> bool:
    """A word that may name a building, peak or market: no day, season or feast ("Christmas Walk") and no such
    type itself ("Souk Bazaar": a shop's name)."""
    return w.lower() not in _EVENT_WORDS and w not in BUILDING_TYPES


def _extend_type(words: list[str], i: int) -> int:
    """A second place type ("Central Station Road", "Union Square Mall") belongs to the same name."""
    if i + 1 < len(words) and words[i + 1] in PLACE_TYPES:
        return i + 1
    return i


def _surname_next(p: Prepared, i: int) -> bool:
    """The word after a prefix that is a first name too ("Isla", "Lago") is a listed surname and no place's word,
    and no place's noun follows it: "Isla Brown", "Lago Rossi" (not "Lago Maggiore", "Isla Mujeres", "Isla Bonita
    resort")."""
    if i + 1 >= len(p.words):
        return False
    f = p.word(i + 1)
    if not f.flags & LAST or f.flags & PLACE or gazetteer.look_up(f.low, gazetteer.hashes()):
        return False
    return p.word(i + 2).low not in _PLACE_NOUNS


def _after_prefix(p: Prepared, i: int) -> tuple[int, int] | None:
    """ "Rue de Rivoli", "Jalan Tun Razak", "Av. Paulista": a street prefix and the capitalised words after it."""
    words = p.words
    n = len(words)
    if words[i] in _AMBIGUOUS_START and p.is_initial(i):
        return None  # "Place the order", "Via email", "Hotel booking"
    if words[i] in _SAINTS and i and words[i - 1][:1].isupper() and not p.is_initial(i):
        if words[i - 1] not in PLACE_PREFIXES:
            return None  # "Yves Saint Laurent", "Main St Springfield"; not "Fort St Elmo"
    if words[i] in _NAMED_PREFIXES and (i == 0 or words[i - 1].lower() not in _PREFIX_CUES):
        return None  # "Isla Brown called", "Largo Winch sent": a person unless a place cue comes first (r14a M4)
    if words[i] in _NAMED_PREFIXES and words[i - 1].lower() in _PERSON_TOO and _surname_next(p, i):
        return None  # "Send the contract to Isla Brown", "a gift from Isla Brown" (r15a M6); "to Lago Maggiore"
    if words[i] in _PLAIN_AFTER and (
        (i + 1 < n and _common_or_first(p, i + 1)) or (i > 0 and words[i - 1][:1].isupper() and not p.is_initial(i))
    ):
        return None  # "Place Your Order", "Zoo Keeper", "River Cruise", "Hospital Mark"; "Market Place Ste"
    k = i + 1
    if k < n and words[k] == "." and words[i] in _ABBREVIATED:
        k += 1
    last = None
    while k < n and k - i <= _MAX_WORDS + 2:
        w = words[k]
        if _name_word(w):
            last = k
        elif not (w.lower() in PARTICLES and k + 1 < n and _name_word(words[k + 1])):
            break
        k += 1
    if last is None:
        return None
    if words[i] in _SAINTS and _feast_day(words, last + 1):
        return None  # "Saint Patrick's Day", "St Andrew's Eve": a feast
    return i, last


def _feast_day(words: list[str], k: int) -> bool:
    if k < len(words) and words[k] in ("'s", "’s", "'", "’"):
        k += 1
    return k < len(words) and words[k] in ("Day", "Eve", "Night", "Feast")
