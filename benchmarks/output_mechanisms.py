"""Which grounding mechanism flags which sentences, on the seen blind sets output3-8, in three groups.

    PYTHONPATH=. python benchmarks/output_mechanisms.py [--misses dev]

Each output3-7 case's thread goes to the dev half or the held-out half by the parity of
crc32("<set path>:<thread>") (speculation sentences: crc32 of the sentence); output8 (the wave-8 unseen
set, archived after its one run and tuned on by nobody) is a third group, "out8", held out like "held".
The dev half is for study (its misses can be printed with `--misses dev`); the held-out groups are for
aggregate figures only, so an improvement that shows on dev but not there is a sign of fitting the dev
phrasing. Per group: grounding alone (recall on unsupported sentences, share of faithful sentences
flagged, the issue-17 goal kinds, causes and blame), speculation + grounding, and speculation alone; the
share of each faithful kind flagged; for every finding kind (`_support` and `_causes` messages), how many
faithful and unsupported sentences it flags alone ("sole": dropping that check would pass them) or with
others ("any"); and per faithful kind, how many of its flagged sentences each finding names.
All six sets are SEEN (archived after their blind runs); none of these figures is an unseen one.
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
SETS = (3, 4, 5, 6, 7, 8)
HALVES = ("dev", "held", "out8")
CAUSE_KINDS = {"invented_cause", "invented_blame"}
GOAL_KINDS = {"paraphrase", "cross_email", "normalised_number", "reported_speech"}


def build(use: str) -> Any:
    return parse_policy({"name": "mechanisms", "output": [{"use": use}]}).output[0].build()


def half(key: str) -> str:
    """output8 (the wave-8 unseen set, archived after its run and tuned on by nobody) is a held-out group of its
    own, read as aggregates only; output3-7 split by thread."""
    if "output8/" in key:
        return "out8"
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
            if not truth:
                o[f"kind_n:{c.get('kind')}"] += 1
                o[f"kind_fp:{c.get('kind')}"] += flagged
            if flagged:
                found = kinds_of(verdict)
                label = "unsupported" if truth else "faithful"
                for k in found:
                    mech[(k, label, "any", h)] += 1
                    if not truth:
                        mech[("by kind", c.get("kind"), k, h)] += 1
                if len(found) == 1:
                    mech[(found[0], label, "sole", h)] += 1
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
            o = out["out8" if i == 8 else half(text)]
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
    for h in HALVES:
        o = ground[h]
        print(
            f"| {h} | {share(o['tp'], o['pos'])} | {share(o['fp'], o['neg'])} | {share(o['goal_fp'], o['goal_n'])} "
            f"| {share(o['cause_tp'], o['cause_n'])} | {share(o['both_tp'], o['pos'])} (faithful flagged "
            f"{share(o['both_fp'], o['neg'])}) |"
        )
    print("\n| half | speculation recall | speculation false flags |\n|---|---|---|")
    for h in HALVES:
        o = spec[h]
        print(f"| {h} | {share(o['tp'], o['pos'])} | {share(o['fp'], o['neg'])} |")
    print("\n| faithful kind | " + " | ".join(HALVES) + " |\n|---|" + "---|" * len(HALVES))
    kinds = sorted({k.split(":", 1)[1] for o in ground.values() for k in o if k.startswith("kind_n:")})
    for k in kinds:
        cells = [share(ground[h][f"kind_fp:{k}"], ground[h][f"kind_n:{k}"]) for h in HALVES]
        print(f"| {k} | " + " | ".join(cells) + " |")
    print("\n| finding kind (faithful flagged, unsupported caught: sole / any) | " + " | ".join(HALVES) + " |")
    print("|---|" + "---|" * len(HALVES))
    names = sorted(
        {m[0] for m in mech if m[0] != "by kind"}, key=lambda k: -sum(mech[(k, "faithful", "any", h)] for h in HALVES)
    )
    for k in names:
        cells = [
            f"{mech[(k, 'faithful', 'sole', h)]}/{mech[(k, 'faithful', 'any', h)]}, "
            f"{mech[(k, 'unsupported', 'sole', h)]}/{mech[(k, 'unsupported', 'any', h)]}"
            for h in HALVES
        ]
        print(f"| {k} | " + " | ".join(cells) + " |")
    print("\n| faithful kind: finding (flagged, any) | " + " | ".join(HALVES) + " |\n|---|" + "---|" * len(HALVES))
    for kind, finding in sorted({(m[1], m[2]) for m in mech if m[0] == "by kind"}):
        print(f"| {kind}: {finding} | " + " | ".join(str(mech[("by kind", kind, finding, h)]) for h in HALVES) + " |")


if __name__ == "__main__":
    main()
