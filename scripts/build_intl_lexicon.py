"""Build prompt_injection's multilingual concept lexicon (guardrails_lite/data/injection/intl_lexicon.json.gz).

    .venv/bin/python scripts/build_intl_lexicon.py [--check]

Reads the project-written word lists of `scripts/intl_lexicon_words.py` and folds every word the way the validator's
normaliser folds text (`_normalize.normalize`, then lower case: accents off Latin letters, "ı" to "i", look-alikes
inside mixed-script words), so that a word matches the normalised text it stands for. Greek words are stored with
and without their accents (Greek written without them is common; the normaliser keeps Greek accents). Markers stay:
a trailing "*" (stem) and a leading "-" (suffix); a leading "~" marks a word that is also English (`english_like`).
Deterministic: the same lists give the same bytes. `--check` compares instead of writing (exit status 1 when the
shipped file is stale).
"""

from __future__ import annotations

import argparse
import bisect
import functools
import gzip
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from intl_lexicon_words import WORDS  # noqa: E402

from guardrails_lite.text import STOP  # noqa: E402
from guardrails_lite.validators.grounding._words import wordnet  # noqa: E402
from guardrails_lite.validators.injection._normalize import normalize  # noqa: E402

OUT = ROOT / "guardrails_lite" / "data" / "injection" / "intl_lexicon.json.gz"
CONCEPTS = (
    "IGN",
    "RUL",
    "OWN",
    "PRV",
    "YOU",
    "REV",
    "HID",
    "SYS",
    "SEC",
    "CFG",
    "NOL",
    "PER",
    "AIW",
    "SND",
    "CHT",
    "VRB",
    "ALL",
    "DAT",
    "CVT",
    "CVS",
    "KNW",
    "MOD",
    "BEG",
)
VIRAMAS = "\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d\u0dca"  # Devanagari ... Sinhala
MIN_STEM = 3  # a stem in Latin letters shorter than this would match the start of too many words (2 in other scripts)


def english_like(form: str) -> bool:
    """Whether a folded word of another language is also English (or starts English words, for a stem): such a word
    ("ignore", "instruction", "print", "system") makes no sentence that language's alone. The English words are the
    WordNet lemmas the package ships (grounding lexicon) and its stop words."""
    if not form.isascii() or form.startswith("-"):
        return form.startswith("-")  # a suffix ends too many words of every language
    lemmas = _lemmas()
    body = form.rstrip("*")
    if form.endswith("*"):
        at = bisect.bisect_left(lemmas, body)
        return at < len(lemmas) and lemmas[at].startswith(body)
    words = body.split()
    return all(w in STOP or w in _lemma_set() or w.removesuffix("s") in _lemma_set() for w in words)


@functools.cache
def _lemma_set() -> frozenset[str]:
    return frozenset(w for w in wordnet()["lemmas"] if w.isascii())


@functools.cache
def _lemmas() -> list[str]:
    return sorted(_lemma_set())


def fold(word: str) -> list[str]:
    """The normalised forms of one word of the lists (markers kept)."""
    prefix = "-" if word.startswith("-") else ""
    suffix = "*" if word.endswith("*") else ""
    body = word.strip("-*").replace("_", " ")
    folded = normalize(body).text.lower()
    if suffix:
        # A stem ending in a virama (Tamil "டெவலப்பர்"): an ending replaces the virama ("டெவலப்பரின்"), so the stem
        # stops before it.
        folded = folded.rstrip(VIRAMAS)
    forms = [folded]
    if any("GREEK" in unicodedata.name(c, "") for c in folded):
        bare = "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))
        forms.append(unicodedata.normalize("NFC", bare))
    return sorted({("~" if english_like(prefix + f + suffix) else "") + prefix + f + suffix for f in forms})


def build() -> dict[str, object]:
    languages: dict[str, dict[str, list[str]]] = {}
    for lang, block in WORDS.items():
        concepts: dict[str, list[str]] = {}
        for line in block.strip().splitlines():
            code, *words = line.split()
            if code not in CONCEPTS:
                raise SystemExit(f"{lang}: unknown concept {code!r}")
            for w in words:
                if w.endswith("*") and len(w.strip("-*")) < (MIN_STEM if w.isascii() else 2):
                    raise SystemExit(f"{lang} {code}: stem {w!r} is too short")
            concepts[code] = sorted({f for w in words for f in fold(w)})
        languages[lang] = concepts
    return {"format": 1, "concepts": list(CONCEPTS), "languages": languages}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the shipped file instead of writing it")
    args = ap.parse_args()
    text = json.dumps(build(), ensure_ascii=False, sort_keys=True, indent=0) + "\n"
    if args.check:
        if gzip.decompress(OUT.read_bytes()).decode("utf-8") != text:
            raise SystemExit(f"{OUT} is stale: run scripts/build_intl_lexicon.py")
        print("up to date")
        return
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    langs = build()["languages"]
    assert isinstance(langs, dict)
    print(f"wrote {OUT} ({len(langs) - 1} languages)")


if __name__ == "__main__":
    main()
