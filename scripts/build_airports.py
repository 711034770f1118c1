"""Build the airport names and codes shipped in guardrails_lite/data/names/airports.json.gz (issue 15).

    pip install airportsdata==20260905
    python scripts/build_airports.py [--out guardrails_lite/data/names/airports.json.gz]

Source (read from the installed package's own data; nothing is downloaded): `airportsdata` 20260905 (Mike
Borsetti, MIT licence; it includes data from mwgg/Airports, MIT): the airports that have an IATA code.

Kept:
- `codes`: the three-letter IATA codes ("JNB", "GYD", "ZNZ"); the names finder reads one as a place only where a
  flight is talked of (a route "JNB–CDG", "landed at HNL");
- `names`: each airport's own name, lower-cased, without its kind's words ("Tribhuvan International Airport" ->
  "tribhuvan"; "Dhaka / Hazrat Shahjalal International Airport" -> "dhaka", "hazrat shahjalal"), and every tail
  of two or more of its words ("Leh Kushok Bakula Rimpochee" -> "kushok bakula rimpochee", ...); the names finder
  reads them only before "International" or "airport" ("Techo International", "sultan ismail petra airport"), where
  "Amnesty International" or "the old airport" name none.

Output is deterministic: same package version, same bytes (sorted lists, gzip without a timestamp).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "guardrails_lite" / "data" / "names" / "airports.json.gz"
VERSION = "20260905"
# The words that say what kind of airfield it is, dropped from a name's end ("... International Airport").
KIND_WORDS = frozenset(
    """airport airfield aerodrome airstrip airpark heliport international intl regional municipal domestic
    county national""".split()
)
MAX_WORDS = 5  # words of a name kept (a longer one is cut to its last five)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_CODE = re.compile(r"[A-Z]{3}")


def core_names(name: str) -> list[list[str]]:
    """The lower-cased words of each of an airport's names, without its kind's words at the end."""
    name = unicodedata.normalize("NFC", re.sub(r"\([^)]*\)", " ", name))
    out = []
    for part in re.split(r"\s*/\s*|\s+-\s+|,", name):
        words = [w.lower() for w in _WORD.findall(part)]
        while words and words[-1] in KIND_WORDS:
            words.pop()
        if words:
            out.append(words[-MAX_WORDS:])
    return out


def build(airports: dict[str, dict[str, object]]) -> dict[str, list[str]]:
    codes: set[str] = set()
    names: set[str] = set()
    for code, row in airports.items():
        if _CODE.fullmatch(code):
            codes.add(code)
        for words in core_names(str(row.get("name", ""))):
            names.add(" ".join(words))
            names.update(" ".join(words[k:]) for k in range(1, len(words) - 1))
    return {"codes": sorted(codes), "names": sorted(names)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    import airportsdata  # type: ignore[import-not-found]

    if airportsdata.__version__ != VERSION:
        raise SystemExit(
            f"airportsdata=={VERSION} needed for a reproducible build; installed: {airportsdata.__version__}"
        )
    data = build(airportsdata.load("IATA"))
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    args.out.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    print(f"{args.out}: {len(data['codes'])} codes, {len(data['names'])} names, {args.out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
