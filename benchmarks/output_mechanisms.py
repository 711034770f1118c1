"""Which grounding mechanism flags which sentences, on the seen blind sets output3-7, in two halves.

    PYTHONPATH=. python benchmarks/output_mechanisms.py [--misses dev]

Each case's thread goes to the dev half or the held-out half by the parity of crc32("<set path>:<thread>")
(speculation sentences: crc32 of the sentence). The dev half is for study (its misses can be printed with
`--misses dev`); the held-out half is for aggregate figures only, so an improvement that shows on dev but
not there is a sign of fitting the dev phrasing. Per half: grounding alone (recall on unsupported sentences,
share of faithful sentences flagged, the issue-17 goal kinds, causes and blame), speculation + grounding, and
speculation alone; then, for every finding kind (`_support` and `_causes` messages), how many faithful and
unsupported sentences it flags alone ("sole": dropping that check would pass them) or with others ("any").
All five sets are SEEN (archived after their blind runs); none of these figures is an unseen one.
"""

from __future__ import annotations

import argparse
import collections
import re
import zlib
from pathlib import Path
from typing import Any

import yaml

from guardrails_lite import Context, parse_policy
from guardrails_lite.verdict import Document

BLIND = Path(__file__).parent / "data" / "blind"
SETS = (3, 4, 5, 6, 7)
CAUSE_KINDS = {"invented_cause", "invented_blame"}
GOAL_KINDS = {"paraphrase", "cross_email", "normalised_number", "reported_speech"}


def build(use: str) -> Any:
    return parse_policy({"name": "mechanisms", "output": [{"use": use}]}).output[0].build()


def half(key: str) -> str:
    return "dev" if zlib.crc32(key.encode()) % 2 == 0 else "held"


def kinds_of(verdict: Any) -> list[str]:
    """The finding kinds of a grounding verdict: the parts of its "(...)" list, figures masked."""
    out: set[str] = set()
    for f in verdict.findings:
        m = re.search(r"\((.*)\); nearest", f.message)
        out.update(re.sub(r"[\d.]+", "#", p) for p in (m.group(1).split("; ") if m else [f.message]))
    return sorted(out)


def grounding_halves(misses: str | None) -> tuple[dict[str, collections.Counter[str]], collections.Counter[Any]]:
    g, s = build("grounding"), build("speculation")
    out: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    mech: collections.Counter[Any] = collections.Counter()
    for i in SETS:
        path = BLIND / f"output{i}" / f"grounding_blind{i}.yaml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for c in data["cases"]:
            docs = tuple(Document(data["sources"][k], k) for k in data["threads"][c["thread"]])
            h = half(f"benchmarks/data/blind/output{i}/grounding_blind{i}.yaml:{c['thread']}")
            ctx = Context("output", documents=docs)
            verdict = g(c["text"], ctx)
            flagged, truth = not verdict.passed, not c["supported"]
            both = flagged or not s(c["text"], ctx).passed
            o = out[h]
            o["pos"] += truth
            o["neg"] += not truth
            o["tp"] += truth and flagged
            o["fp"] += flagged and not truth
            o["both_tp"] += truth and both
            o["both_fp"] += both and not truth
            if c.get("kind") in CAUSE_KINDS:
                o["cause_n"] += 1
                o["cause_tp"] += flagged
            if c.get("kind") in GOAL_KINDS:
                o["goal_n"] += 1
                o["goal_fp"] += flagged
            if flagged:
                found = kinds_of(verdict)
                label = "unsupported" if truth else "faithful"
                for k in found:
                    mech[(k, label, "any")] += 1
                if len(found) == 1:
                    mech[(found[0], label, "sole")] += 1
            if misses == h and truth != flagged:
                print(f"{'FN' if truth else 'FP'} [{c.get('kind')}] {c['text']}")
    return out, mech


def speculation_halves() -> dict[str, collections.Counter[str]]:
    s = build("speculation")
    out: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for i in SETS:
        data = yaml.safe_load((BLIND / f"output{i}" / f"speculation_blind{i}.yaml").read_text(encoding="utf-8"))
        cases = [(t, True, ()) for t in data["positive"]] + [(t, False, ()) for t in data["negative"]]
        cases += [
            (c["text"], bool(c["label"]), tuple(Document(x) for x in c["sources"])) for c in data.get("sourced", [])
        ]
        for text, truth, docs in cases:
            flagged = not s(text, Context("output", documents=docs)).passed
            o = out[half(text)]
            o["pos"] += truth
            o["neg"] += not truth
            o["tp"] += truth and flagged
            o["fp"] += flagged and not truth
    return out


def share(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.3f}" if b else "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--misses", choices=("dev",), help="print the dev half's misclassified grounding cases")
    args = ap.parse_args()
    ground, mech = grounding_halves(args.misses)
    spec = speculation_halves()
    print("| half | grounding recall | faithful flagged | goal kinds flagged | causes+blame | spec+grounding recall |")
    print("|---|---|---|---|---|---|")
    for h in ("dev", "held"):
        o = ground[h]
        print(
            f"| {h} | {share(o['tp'], o['pos'])} | {share(o['fp'], o['neg'])} | {share(o['goal_fp'], o['goal_n'])} "
            f"| {share(o['cause_tp'], o['cause_n'])} | {share(o['both_tp'], o['pos'])} (faithful flagged "
            f"{share(o['both_fp'], o['neg'])}) |"
        )
    print("\n| half | speculation recall | speculation false flags |\n|---|---|---|")
    for h in ("dev", "held"):
        o = spec[h]
        print(f"| {h} | {share(o['tp'], o['pos'])} | {share(o['fp'], o['neg'])} |")
    print("\n| finding kind | faithful flagged: sole / any | unsupported caught: sole / any |\n|---|---|---|")
    names = sorted({k for k, _, _ in mech}, key=lambda k: -mech[(k, "faithful", "any")])
    for k in names:
        print(
            f"| {k} | {mech[(k, 'faithful', 'sole')]} / {mech[(k, 'faithful', 'any')]} "
            f"| {mech[(k, 'unsupported', 'sole')]} / {mech[(k, 'unsupported', 'any')]} |"
        )


if __name__ == "__main__":
    main()
