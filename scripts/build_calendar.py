"""Build the list of other languages' weekday and month words shipped in guardrails_lite/data/names/calendar.json.gz.

    pip install babel==2.16.0
    python scripts/build_calendar.py [--out guardrails_lite/data/names/calendar.json.gz]

Source (read from the installed package's own data; nothing is downloaded): Babel 2.16.0 (BSD-3-Clause), which
ships the Unicode CLDR locale data (Unicode licence v3): the wide weekday and month names, in their format and
stand-alone forms, of every locale Babel has.

Kept, lower-cased, NFC, Latin-script words of 3+ letters ("jumatatu", "perşembe", "linggo", "esmaspäev", "sexta",
"feira"), minus the English weekdays and months (`wordlists.MONTHS` and the English days: the finder has its own
rules for them), in two lists:
- `free`: words on none of the shipped name and place lists, no ordinary English word, not common in English (the
  lexicon's Zipf frequency) and not in the gazetteer: the names finder never takes a tagger guess made only of
  these for a person or a place ("I refund Jumatatu", "mass is at 6 on Linggo");
- `listed`: the others that are no ordinary English word ("domingo", "julio", "mayo", "martes"): a name or a place
  too, dropped only in a date's context ("STAY TILL DOMINGO", "on Sábado"), like the feasts of holidays.json.gz.

Output is deterministic: same Babel version and lists, same bytes (sorted lists, gzip without a timestamp).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "guardrails_lite" / "data" / "names" / "calendar.json.gz"
VERSION = "2.16.0"
MIN_LETTERS = 3
MAX_ZIPF2 = 6  # twice the Zipf frequency: a word this common in English is an English word (as build_holidays.py)
_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def calendar_names() -> list[str]:
    """Every wide weekday and month name of every locale Babel ships (sorted, distinct, NFC)."""
    import babel
    from babel import Locale, localedata

    if babel.__version__ != VERSION:
        raise SystemExit(f"babel=={VERSION} needed for a reproducible build; installed: {babel.__version__}")
    out: set[str] = set()
    for ident in sorted(localedata.locale_identifiers()):
        loc = Locale.parse(ident)
        for table in (loc.days, loc.months):
            for context in ("format", "stand-alone"):
                out.update(unicodedata.normalize("NFC", v) for v in table.get(context, {}).get("wide", {}).values())
    return sorted(out)


def _latin(word: str) -> bool:
    return all(unicodedata.name(c, "").startswith("LATIN") for c in word)


def build(names: list[str]) -> dict[str, list[str]]:
    sys.path.insert(0, str(ROOT))
    from guardrails_lite.validators.pii._names import gazetteer
    from guardrails_lite.validators.pii._names.lexicon import DICT, FIRST, LAST, PLACE, lexicon
    from guardrails_lite.validators.pii._names.wordlists import MONTHS

    lex, places = lexicon(), gazetteer.hashes()
    free: set[str] = set()
    listed: set[str] = set()
    for name in names:
        for w in _WORD.findall(name):
            low = w.lower()
            if len(low) < MIN_LETTERS or not _latin(low) or low in MONTHS or low in _ENGLISH_DAYS:
                continue
            flags = lex.flags(low)
            if flags & DICT or lex.zipf2(low) > MAX_ZIPF2:
                continue  # an English word ("mars", "sun"): never dropped for being a day's name elsewhere
            if flags & (FIRST | LAST | PLACE) or gazetteer.look_up(low, places):
                listed.add(low)
            else:
                free.add(low)
    return {"free": sorted(free), "listed": sorted(listed)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    data = build(calendar_names())
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    args.out.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    print(f"{args.out}: {len(data['free'])} free, {len(data['listed'])} listed, {args.out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
