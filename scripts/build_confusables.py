"""Build prompt_injection's table of letters that look like Latin letters, from Unicode's own data.

    python scripts/build_confusables.py [/path/to/confusables.txt]

Reads UTS #39 `confusables.txt` (../shared/data/unicode-confusables/, Unicode licence) and writes
guardrails_lite/data/injection/confusables.json: for every letter of another script (or a Latin
variant such as a small capital) whose UTS #39 skeleton equals the skeleton of an ASCII letter, that
ASCII letter (upper case for a capital) and the letter's script (first word of its Unicode name).
NFKC already folds full-width and mathematical letters, so those are left out. The normaliser folds
"LATIN" entries everywhere and the others only inside words that mix scripts: a Cyrillic word stays
Cyrillic, "іgnоrе" with Cyrillic і/о/е becomes "ignore". Deterministic: same input, same bytes.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent.parent / "shared" / "data" / "unicode-confusables" / "confusables.txt"
OUT = ROOT / "guardrails_lite" / "data" / "injection" / "confusables.json"


def read(path: Path) -> tuple[str, dict[str, str]]:
    version = ""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if line.startswith("# Version:"):
            version = line.split(":", 1)[1].strip()
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        src, dst, *_ = (f.strip() for f in body.split(";"))
        if " " in src:
            continue
        table[chr(int(src, 16))] = "".join(chr(int(c, 16)) for c in dst.split())
    return version, table


def skeleton(ch: str, table: dict[str, str]) -> str:
    return "".join(table.get(c, c) for c in unicodedata.normalize("NFD", ch))


def build(path: Path) -> dict[str, object]:
    version, table = read(path)
    by_skeleton: dict[str, list[str]] = {}
    for code in list(range(ord("A"), ord("Z") + 1)) + list(range(ord("a"), ord("z") + 1)):
        by_skeleton.setdefault(skeleton(chr(code), table), []).append(chr(code))
    letters: dict[str, list[str]] = {}
    for ch in sorted(table):
        if ch.isascii() or not unicodedata.category(ch).startswith("L"):
            continue
        if unicodedata.normalize("NFKC", ch).isascii():
            continue  # NFKC handles it
        candidates = by_skeleton.get(skeleton(ch, table))
        if not candidates:
            continue
        name = unicodedata.name(ch, "")
        capital = "CAPITAL" in name.split(" WITH ")[0] and "SMALL CAPITAL" not in name
        pick = [c for c in candidates if c.isupper() == capital] or candidates
        letters[ch] = [pick[0], name.split(" ")[0]]
    # Small capitals ("ɪɢɴᴏʀᴇ") are Latin letters that UTS #39 does not map to ASCII; their Unicode names
    # ("LATIN LETTER SMALL CAPITAL G") say which letter they are.
    for code in range(0x250, 0x20000):
        name = unicodedata.name(chr(code), "")
        m = re.fullmatch(r"LATIN LETTER SMALL CAPITAL ([A-Z])", name)
        if m:
            letters[chr(code)] = [m.group(1).lower(), "LATIN"]
    return {
        "source": f"Unicode UTS #39 confusables.txt, version {version}; small capitals from Python "
        f"{unicodedata.unidata_version} character names",
        "letters": dict(sorted(letters.items())),
    }


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    if not path.is_file():
        sys.exit(f"{path} not found (see /work/shared/data/unicode-confusables/README.md)")
    data = build(path)
    OUT.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    scripts: dict[str, int] = {}
    for _, script in data["letters"].values():  # type: ignore[union-attr]
        scripts[script] = scripts.get(script, 0) + 1
    print("wrote", OUT, len(data["letters"]), "letters", scripts)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
