"""Build `guardrails_lite/data/grounding/lexicon.json.gz` from Princeton WordNet 3.0.

    apt-get install wordnet-base        # Debian's WordNet 3.0 database, read as data
    PYTHONPATH=. python scripts/build_grounding_lexicon.py [--wordnet /usr/share/wordnet]

What it writes (deterministic: sorted keys, no timestamps, gzip mtime 0):

* ``lemmas``: every single-word, alphabetic lemma of WordNet (nouns, verbs, adjectives, adverbs), so
  the run-time lemmatiser can check a candidate base form ("cancelled" -> "cancel", not "cancell");
* ``verbs``: the single-word verb lemmas among them ("-ed" and "-ing" take a verb's base: "passed" is "pass",
  not the adjective "passé");
* ``exc``: WordNet's irregular inflections ("paid" -> "pay", "children" -> "child");
* ``syn``: for common words (WordNet tags at least one of their senses in SemCor), the numbers of the
  synsets of their most frequent senses (verbs 8, adjectives 4, nouns 3, adverbs 2) that at least one
  other common word shares, plus verb-noun derivations of those senses ("approve" ~ "approval"). Two
  words are near-synonyms for grounding when they share a number. Light verbs (be, have, get, take,
  make, go, come, do, give, put, set, keep, let) are left out: they share senses with everything.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "guardrails_lite" / "data" / "grounding" / "lexicon.json.gz"
TOP_SENSES = {"verb": 8, "adj": 4, "noun": 3, "adv": 2}
LIGHT = frozenset("be have get take make go come do give put set keep let say tell".split())
WORD = re.compile(r"^[a-z]+$")


def read_index(path: Path) -> tuple[dict[str, list[str]], set[str], set[str]]:
    """lemma -> synset offsets in frequency order; all lemmas; lemmas with a SemCor-tagged sense."""
    senses: dict[str, list[str]] = {}
    lemmas: set[str] = set()
    common: set[str] = set()
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        lemma, p_cnt = f[0], int(f[3])
        if not WORD.match(lemma):
            continue
        tagged = int(f[5 + p_cnt])
        lemmas.add(lemma)
        senses[lemma] = f[6 + p_cnt :]
        if tagged > 0:
            common.add(lemma)
    return senses, lemmas, common


def derivations(path: Path, wanted: set[str]) -> dict[str, set[str]]:
    """synset offset (of `wanted`) -> lemmas its words derive into ("+" pointers to nouns)."""
    out: dict[str, set[str]] = defaultdict(set)
    noun_words: dict[str, list[str]] = {}
    noun_path = path.parent / "data.noun"
    for line in noun_path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        n = int(f[3], 16)
        noun_words[f[0]] = [f[4 + 2 * k].lower() for k in range(n)]
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" ") or line[:8] not in wanted:
            continue
        f = line.split("|")[0].split()
        n = int(f[3], 16)
        k = 4 + 2 * n
        for p in range(int(f[k])):
            sym, off, pos, st = f[k + 1 + 4 * p : k + 5 + 4 * p]
            if sym == "+" and pos == "n" and off in noun_words:
                target = int(st[2:], 16)
                if 0 < target <= len(noun_words[off]):
                    out[f[0]].add(noun_words[off][target - 1])
    return out


def read_exc(root: Path, lemmas: set[str]) -> dict[str, str]:
    exc: dict[str, str] = {}
    for pos in ("verb", "noun", "adj", "adv"):
        for line in (root / f"{pos}.exc").read_text(encoding="latin-1").splitlines():
            f = line.split()
            if len(f) >= 2 and WORD.match(f[0]) and f[1] in lemmas and f[0] not in exc:
                exc[f[0]] = f[1]
    return exc


def build(root: Path) -> dict[str, object]:
    all_lemmas: set[str] = set()
    verbs: set[str] = set()
    keys: dict[str, set[str]] = defaultdict(set)
    verb_senses: set[str] = set()
    for pos in ("verb", "adj", "noun", "adv"):
        senses, lemmas, common = read_index(root / f"index.{pos}")
        all_lemmas |= lemmas
        if pos == "verb":
            verbs = set(lemmas)
        for lemma in sorted(common - LIGHT):
            for off in senses[lemma][: TOP_SENSES[pos]]:
                keys[lemma].add(f"{pos[0]}{off}")
                if pos == "verb":
                    verb_senses.add(off)
    common_all = set(keys)
    for off, nouns in derivations(root / "data.verb", verb_senses).items():
        for noun in nouns:
            if noun in common_all:
                keys[noun].add(f"v{off}")
    sharers: dict[str, int] = defaultdict(int)
    for ks in keys.values():
        for k in ks:
            sharers[k] += 1
    shared = sorted(k for k, c in sharers.items() if c >= 2)
    number = {k: i for i, k in enumerate(shared)}
    syn = {w: sorted(number[k] for k in ks if k in number) for w, ks in sorted(keys.items())}
    return {
        "version": 1,
        "source": "Princeton WordNet 3.0 (Debian wordnet-base 1:3.0)",
        "lemmas": sorted(all_lemmas),
        "verbs": sorted(verbs),
        "exc": dict(sorted(read_exc(root, all_lemmas).items())),
        "syn": {w: ids for w, ids in syn.items() if ids},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    data = build(Path(args.wordnet))
    raw = json.dumps(data, separators=(",", ":"), sort_keys=True).encode()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as fh, gzip.GzipFile(filename="", fileobj=fh, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    counts = f"{len(data['lemmas'])} lemmas, {len(data['exc'])} irregular forms, {len(data['syn'])} words with senses"
    print(f"{out}: {counts}")


if __name__ == "__main__":
    main()
