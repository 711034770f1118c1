"""Build `guardrails_lite/data/speculation/wordclasses.json.gz` from Princeton WordNet 3.0.

    apt-get install wordnet-base        # Debian's WordNet 3.0 database, read as data
    PYTHONPATH=. python scripts/build_speculation_wordclasses.py [--wordnet /usr/share/wordnet]

The word classes `speculation`'s class rules need, by WordNet's lexicographer files (its own sorting of
senses into kinds), not by hand:

* ``verbs``: every single-word alphabetic verb lemma ("to push", not "to Leeds");
* ``errands``: verbs whose most frequent sense is one of saying, thinking, changing or making something
  (verb.communication, verb.cognition, verb.change, verb.creation) and whose second is not social, a contest
  or a feeling: "to confirm", "to discuss", "to finish", "to prepare" state an errand, not a motive ("to
  avoid", whose second sense is social, is not one);
* ``feeling_verbs``: verbs with a feeling sense (verb.emotion) among their two most frequent: "will love",
  "because it didn't trust him";
* ``contest_verbs``: verbs whose most frequent sense is a contest (verb.competition): "to win the
  contract", "to protect her bonus";
* ``feeling_nouns``: nouns whose most frequent sense is a feeling (noun.feeling): "out of fear", "out of spite";
* ``talk_nouns``: nouns with a sense of talk (noun.communication) among their two most frequent and a first
  sense that is no thing, group, place or time ("complaint", "argument", "criticism", "publicity"; not
  "queue", "row"): what people say, which a purpose "to avoid ..." dodges as a motive;
* ``adjectives``: single-word adjective lemmas whose senses are tagged in WordNet's corpus at least as often as
  an adjective as in any other part of speech ("inflated", "understaffed", "rude"; not "back", "like", "set"):
  the word after "looks"/"sounds" that makes it an impression ("the numbers look inflated");
* ``past``: irregular past forms of verbs from ``verb.exc`` ("sold" -> "sell").

Deterministic: sorted lists, sorted keys, gzip mtime 0.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "guardrails_lite" / "data" / "speculation" / "wordclasses.json.gz"
WORD = re.compile(r"^[a-z]+$")
# Lexicographer file numbers (WordNet's lexnames file).
NOUN_FEELING = 12
NOUN_COMMUNICATION = 10
# noun.artifact, noun.group, noun.location, noun.object, noun.time: a first sense that names a thing, not talk.
NOUN_NOT_TALK = (6, 14, 15, 17, 28)
VERB_CHANGE, VERB_COGNITION, VERB_COMMUNICATION, VERB_CREATION = 30, 31, 32, 36
VERB_COMPETITION, VERB_EMOTION, VERB_SOCIAL = 33, 37, 41
ERRAND = (VERB_CHANGE, VERB_COGNITION, VERB_COMMUNICATION, VERB_CREATION)
NOT_ERRAND = (VERB_COMPETITION, VERB_EMOTION, VERB_SOCIAL)


def read_lexfiles(path: Path) -> dict[str, int]:
    """synset offset -> lexicographer file number."""
    out: dict[str, int] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            parts = line.split(" ", 2)
            out[parts[0]] = int(parts[1])
    return out


def read_tagged(path: Path) -> dict[str, int]:
    """lemma -> how many of its senses in this part of speech were tagged in WordNet's corpus (tagsense_cnt)."""
    tagged: dict[str, int] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            parts = line.split()
            tagged[parts[0]] = int(parts[4 + int(parts[3]) + 1])
    return tagged


def adjectives(wordnet: Path) -> list[str]:
    """Adjectives used as adjectives at least as often as in any other part of speech."""
    adj, *others = (read_tagged(wordnet / f"index.{pos}") for pos in ("adj", "adv", "noun", "verb"))
    return sorted(w for w, n in adj.items() if WORD.match(w) and all(n >= o.get(w, -1) for o in others))


def read_index(path: Path) -> dict[str, list[str]]:
    """lemma -> synset offsets, most frequent sense first."""
    senses: dict[str, list[str]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        pointers = int(parts[3])
        if WORD.match(parts[0]):
            senses[parts[0]] = parts[4 + pointers + 2 :]
    return senses


def build(wordnet: Path) -> dict[str, list[str] | dict[str, str]]:
    verb_lex = read_lexfiles(wordnet / "data.verb")
    noun_lex = read_lexfiles(wordnet / "data.noun")
    verbs = read_index(wordnet / "index.verb")
    nouns = read_index(wordnet / "index.noun")
    past: dict[str, str] = {}
    for line in (wordnet / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, base = line.split()[:2]
        if WORD.match(form) and base in verbs and form not in past:
            past[form] = base
    return {
        "verbs": sorted(verbs),
        "errands": sorted(
            w
            for w, offs in verbs.items()
            if verb_lex[offs[0]] in ERRAND and (len(offs) < 2 or verb_lex[offs[1]] not in NOT_ERRAND)
        ),
        "feeling_verbs": sorted(w for w, offs in verbs.items() if VERB_EMOTION in [verb_lex[o] for o in offs[:2]]),
        "contest_verbs": sorted(w for w, offs in verbs.items() if verb_lex[offs[0]] == VERB_COMPETITION),
        "feeling_nouns": sorted(w for w, offs in nouns.items() if noun_lex[offs[0]] == NOUN_FEELING),
        "talk_nouns": sorted(
            w
            for w, offs in nouns.items()
            if NOUN_COMMUNICATION in [noun_lex[o] for o in offs[:2]] and noun_lex[offs[0]] not in NOUN_NOT_TALK
        ),
        "adjectives": adjectives(wordnet),
        "past": dict(sorted(past.items())),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    raw = json.dumps(build(args.wordnet), sort_keys=True, separators=(",", ":")).encode()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(gzip.compress(raw, mtime=0))
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
