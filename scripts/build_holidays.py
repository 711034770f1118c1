"""Build the list of feast and public-holiday words shipped in guardrails_lite/data/names/holidays.json.gz.

    pip install holidays==0.108
    python scripts/build_holidays.py [--out guardrails_lite/data/names/holidays.json.gz]

Source (read from the installed package's own data; nothing is downloaded): `holidays` 0.108 (the Open World
Holidays Framework, MIT licence): the names of the public, bank, religious and optional holidays of every country
it supports, in every language it has for that country, for the years 2020-2030.

Kept:
- `words`: the capitalised Latin-script words of 3+ letters in those names ("Dashain", "Matariki", "Boishakh",
  "Nessim") that are on none of the shipped name and place lists, no ordinary English word and not common in
  English (the lexicon's Zipf frequency); the names finder drops a tagger's guess made of these words only in a
  date's context ("after Dashain", "shut for Matariki");
- `pairs`: two capitalised words side by side in a holiday's name ("hari raya", "loy krathong"), lower-cased, for
  feasts whose words are names or places on their own.

The filter reads the package's shipped lexicon and gazetteer (build them first). Output is deterministic: same
package version and lists, same bytes (sorted lists, gzip without a timestamp).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
import warnings
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "guardrails_lite" / "data" / "names" / "holidays.json.gz"
VERSION = "0.108"
YEARS = range(2020, 2031)
MIN_LETTERS = 3
MAX_ZIPF2 = 6  # twice the Zipf frequency: a word this common in English is an English word
_WORD = re.compile(r"[^\W\d_]+")


def holiday_names() -> list[str]:
    """Every holiday name of every supported country, language and category (sorted, distinct)."""
    import holidays

    if holidays.__version__ != VERSION:
        raise SystemExit(f"holidays=={VERSION} needed for a reproducible build; installed: {holidays.__version__}")
    warnings.filterwarnings("ignore")
    out: set[str] = set()
    for code in sorted(holidays.list_supported_countries()):
        kind = holidays.country_holidays(code).__class__
        languages = sorted(getattr(kind, "supported_languages", ()) or ()) or [None]
        categories = sorted(getattr(kind, "supported_categories", ()) or ()) or None
        for language in languages:
            table = holidays.country_holidays(code, years=YEARS, language=language, categories=categories)
            for value in table.values():
                out.update(unicodedata.normalize("NFC", part.strip()) for part in str(value).split(";"))
    return sorted(out)


def _latin(word: str) -> bool:
    return all(unicodedata.name(c, "").startswith("LATIN") for c in word)


def build(names: list[str]) -> dict[str, list[str]]:
    sys.path.insert(0, str(ROOT))
    from guardrails_lite.validators.pii._names import gazetteer
    from guardrails_lite.validators.pii._names.lexicon import DICT, FIRST, LAST, PLACE, lexicon

    lex, places = lexicon(), gazetteer.hashes()
    words: set[str] = set()
    pairs: set[str] = set()
    for name in names:
        caps = [w for w in _WORD.findall(name) if w[0].isupper() and _latin(w)]
        seq = _WORD.findall(name)
        pairs.update(
            f"{a.lower()} {b.lower()}" for a, b in pairwise(seq) if a[0].isupper() and b[0].isupper() and _latin(a + b)
        )
        for w in caps:
            low = w.lower()
            if len(low) < MIN_LETTERS or lex.flags(low) & (FIRST | LAST | PLACE | DICT):
                continue
            if lex.zipf2(low) > MAX_ZIPF2 or gazetteer.look_up(low, places):
                continue
            words.add(low)
    return {"words": sorted(words), "pairs": sorted(pairs)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    data = build(holiday_names())
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    args.out.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    print(f"{args.out}: {len(data['words'])} words, {len(data['pairs'])} pairs, {args.out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
