"""Precision, recall, false-positive rate and latency of speculation, scope and grounding.

    PYTHONPATH=. python benchmarks/output_eval.py [--out benchmarks/results/output.md]

Data: benchmarks/data/{speculation,scope,grounding}.yaml (hand-written, see the README there).
A "positive" is what the validator should flag: a speculative sentence, an off-topic or denied
text, an unsupported sentence. Latency is measured per call after a warm-up, on this machine.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from guardrails_lite import Context, parse_policy
from guardrails_lite.verdict import Document

DATA = Path(__file__).parent / "data"


def build(entry: dict[str, Any]) -> Any:
    stage = "input" if entry.get("_stage") == "input" else "output"
    clean = {k: v for k, v in entry.items() if not k.startswith("_")}
    return getattr(parse_policy({"name": "bench", stage: [clean]}), stage)[0].build()


def metrics(pairs: list[tuple[bool, bool]]) -> dict[str, float]:
    """pairs of (truth: should flag, predicted: flagged)."""
    tp = sum(t and p for t, p in pairs)
    fp = sum(not t and p for t, p in pairs)
    fn = sum(t and not p for t, p in pairs)
    tn = sum(not t and not p for t, p in pairs)
    return {
        "n": len(pairs),
        "pos": tp + fn,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "fpr": fp / (fp + tn) if fp + tn else 0.0,
        "fp": fp,
        "fn": fn,
    }


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))]


def eval_speculation(name: str = "speculation.yaml") -> tuple[dict[str, float], list[str], list[float]]:
    data = yaml.safe_load((DATA / name).read_text())
    v = build({"use": "speculation"})
    cases: list[tuple[str, bool, tuple[Document, ...]]] = [(t, True, ()) for t in data["positive"]]
    cases += [(t, False, ()) for t in data["negative"]]
    sourced = data.get("sourced", [])
    cases += [(c["text"], bool(c["label"]), tuple(Document(s) for s in c["sources"])) for c in sourced]
    pairs, misses, lat = [], [], []
    for text, truth, docs in cases:
        t0 = time.perf_counter()
        flagged = not v(text, Context("output", documents=docs)).passed
        lat.append((time.perf_counter() - t0) * 1000)
        pairs.append((truth, flagged))
        if truth != flagged:
            misses.append(f"{'FN' if truth else 'FP'}: {text}")
    return metrics(pairs), misses, lat


def eval_scope(
    threshold: float | None = None, denied_only_output: bool = False
) -> tuple[dict[str, float], list[str], list[float]]:
    data = yaml.safe_load((DATA / "scope.yaml").read_text())
    policy = dict(data["policy"])
    if threshold is not None:
        policy["threshold"] = threshold
    validators = {s: build({**policy, "_stage": s}) for s in ("input", "output")}
    if denied_only_output:
        validators["output"] = build({**policy, "allowed_topics": []})
    pairs, misses, lat = [], [], []
    for c in data["cases"]:
        t0 = time.perf_counter()
        flagged = not validators[c["stage"]](c["text"], Context(c["stage"])).passed
        lat.append((time.perf_counter() - t0) * 1000)
        truth = not c["on_topic"]
        pairs.append((truth, flagged))
        if truth != flagged:
            misses.append(f"{'FN' if truth else 'FP'} ({c['stage']}): {c['text']}")
    return metrics(pairs), misses, lat


def grounding_cases(name: str) -> list[tuple[str, bool, str, tuple[Document, ...]]]:
    """(text, should flag, kind, documents) of a grounding set: one source per case, or a thread of e-mails."""
    data = yaml.safe_load((DATA / name).read_text())
    if "sources" not in data:  # the hard set reuses grounding.yaml's sources; the blind set has its own
        data["sources"] = yaml.safe_load((DATA / "grounding.yaml").read_text())["sources"]
    out = []
    for c in data["cases"]:
        ids = data["threads"][c["thread"]] if "thread" in c else [c["source"]]
        docs = tuple(Document(data["sources"][i], i) for i in ids)
        kind = c.get("kind") or ("supported" if c["supported"] else "unsupported")
        out.append((c["text"], not c["supported"], kind, docs))
    return out


def eval_grounding(
    name: str = "grounding.yaml", entries: tuple[dict[str, Any], ...] = ({"use": "grounding"},)
) -> tuple[dict[str, float], list[str], list[float]]:
    """Flagged = any of `entries` fails the sentence (grounding alone by default)."""
    validators = [build(e) for e in entries]
    pairs, misses, lat = [], [], []
    for text, truth, kind, docs in grounding_cases(name):
        ctx = Context("output", documents=docs)
        t0 = time.perf_counter()
        flagged = any(not v(text, ctx).passed for v in validators)
        lat.append((time.perf_counter() - t0) * 1000)
        pairs.append((truth, flagged))
        KINDS.setdefault(name, {}).setdefault((kind, truth), []).append(flagged)
        if truth != flagged:
            misses.append(f"{'FN' if truth else 'FP'} [{kind}]: {text}")
    return metrics(pairs), misses, lat


# Per set: (kind, should flag) -> flagged per case, for the per-kind tables.
KINDS: dict[str, dict[tuple[str, bool], list[bool]]] = {}


def kb_answer_latency(repeat: int) -> dict[str, tuple[float, float]]:
    """Each default backend, and all three in a row, on a ~1 KB answer with a ~1 KB source."""
    g = yaml.safe_load((DATA / "grounding.yaml").read_text())
    s = yaml.safe_load((DATA / "scope.yaml").read_text())
    docs = tuple(Document(t, n) for n, t in g["sources"].items())
    answer = " ".join(c["text"] for c in g["cases"] if c["supported"])
    answer = answer[: answer.rfind(".", 0, 1024) + 1]
    validators = {
        "speculation": build({"use": "speculation"}),
        "grounding": build({"use": "grounding"}),
        "scope": build(s["policy"]),
    }
    out: dict[str, tuple[float, float]] = {}
    for name, v in validators.items():
        out[name] = timed(lambda v=v: v(answer, Context("output", documents=docs)), repeat)

    def all_three() -> None:
        ctx = Context("output", documents=docs)  # a fresh call: source digests are rebuilt
        for v in validators.values():
            v(answer, ctx)

    out["all three (fresh call, sources digested)"] = timed(all_three, repeat)
    out["_chars"] = (float(len(answer)), float(sum(len(d.text) for d in docs)))
    return out


def fmt(m: dict[str, float]) -> str:
    return (
        f"| {m['n']} | {m['pos']} | {m['precision']:.3f} | {m['recall']:.3f} | {m['fpr']:.3f} | {m['fp']} | {m['fn']} |"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "output.md"))
    ap.add_argument("--repeat", type=int, default=300)
    args = ap.parse_args()
    rows = {
        "speculation": eval_speculation(),
        "speculation, held-out set 1 (dev data since spec2)": eval_speculation("speculation_holdout.yaml"),
        "speculation, held-out set 2 (dev data since spec2)": eval_speculation("speculation_holdout2.yaml"),
        "speculation, held-out set 3 (dev data since spec2)": eval_speculation("speculation_holdout3.yaml"),
        "speculation, held-out set 4 (dev data since spec2)": eval_speculation("speculation_holdout4.yaml"),
        "speculation, spec2 development batches (tuned on)": eval_speculation("speculation_dev_spec2.yaml"),
        "speculation, held-out set 5 (spec2 rules, untouched)": eval_speculation("speculation_holdout5.yaml"),
        "**speculation, blind set** (another author, never saw the rules; see data README)": eval_speculation(
            "speculation_blind.yaml"
        ),
        "scope (tfidf)": eval_scope(),
        "grounding": eval_grounding(),
        "grounding, hard set (paraphrases, swapped relations; tuned on since spec2)": eval_grounding(
            "grounding_hard.yaml"
        ),
        "**grounding, blind set** (another author, own sources, never saw the rules)": eval_grounding(
            "grounding_blind.yaml"
        ),
    }
    lat = kb_answer_latency(args.repeat)
    chars = lat.pop("_chars")
    lines = [
        "# Output content checks: speculation, scope, grounding",
        "",
        "Generated by `PYTHONPATH=. python benchmarks/output_eval.py` on "
        f"{platform.python_implementation()} {platform.python_version()}, {platform.machine()} "
        f"(spaCy blank English pipeline + sentencizer; default settings of each validator).",
        "Data: hand-written sets in `benchmarks/data/` (see its README); the rules were written by the same",
        "author before and while writing the data, so these figures are optimistic for other styles.",
        "",
        "| validator | cases | positives | precision | recall | FPR | FP | FN |",
        "|---|---|---|---|---|---|---|---|",
    ]
    lines += [f"| {name} " + fmt(m) for name, (m, _, _) in rows.items()]
    sweep = [(th, eval_scope(th)[0], eval_scope(th, True)[0]) for th in (0.02, 0.05, 0.08, 0.12, 0.2)]
    lines += [
        "",
        "**Honest generalisation figures**: four held-out sets of 20 + 20, each written after the previous rule",
        "change and run once before any further change. First runs: recall 0.700, 0.550, 0.750, 0.600 (set 1..4),",
        "precision 1.000 and FPR 0.000 on every one. Set 4's row above is still its first run (the shipped rules);",
        "rows of sets 1-3 are after rules were changed in response, so optimistic. Phrase rules are precise but",
        "miss speculation phrased in ways nobody listed (about 0.65 recall on fresh text by these four runs).",
        "First run on `speculation.yaml` itself: precision 1.000, recall 0.884, FPR 0.000.",
        "Grounding: first run on `grounding.yaml` precision 0.947, recall 1.000, FPR 0.077 (a possessive-stripping",
        "bug, fixed); first run on the hard set recall 0.000 at FPR 0.312. The negation check was added after that",
        "run. Word-overlap support cannot see swapped relations (who paid whom) and flags paraphrases that share",
        "few words with the source: it catches invented facts, not misread ones.",
        "",
        "**spec2 (general mechanisms instead of listed phrases)**: sets 1-4 became development data; the",
        "rules now look for kinds of statement (first-person belief verbs, epistemic `might`/`must be -ing`,",
        "appearance verbs, feelings and attitudes after linking verbs, motives in purpose clauses, someone's",
        "fault as a cause, claims to hidden truths or group minds) plus an evidential lexicon. Held-out set 5",
        "was written by the same helper *before* these rules and run once after them: precision 1.000, recall",
        "0.950, FPR 0.000 on its first run (its one miss: 'would rather nobody looked too closely'). After that",
        "run a few generic entries were still added (hearsay 'said to be', 'botched', 'hidden motive', and two",
        "speed-ups), none aimed at set 5; its row above is re-run with them. Caveat: written by the rule",
        "author just before writing the rules, so some phrasing may have leaked into them (e.g. 'put money on',",
        "'says a lot', 'to make X",
        "look worse', 'to cover herself'). Less flattering: the helper's own development batches 3, 4 and 5,",
        "each written after a rule change and run once before tuning on it, scored recall 7/15, 7/20 and",
        "5/20 (FPR 2/25, 1/20, 1/20). Speculation phrased as bare opinion ('the vendor's support is a joke',",
        "'HR will side with the managers as usual') still escapes rules; expect real recall between these.",
        "Grounding in spec2: relation checks over source sentences (names and numbers stated together in two",
        "adjacent sentences, the e-mail's writer standing for its I/we; a number keeps its time unit; a word",
        "the source negates keeps its negation; a named agent of a verb matches the sources' named agents; an",
        "unknown opening name) and min_support 0.6 -> 0.5 with hyphenated words counted by their parts. Before:",
        "grounding.yaml P 1.000 R 1.000 FPR 0.000; hard set P 0.375 R 0.200 FPR 0.312. These changes were made",
        "while looking at the hard set, so its new row is a development figure, not a held-out one.",
        "Cost: the relation digest of the sources (~0.5 ms per call for 1.4 KB) and the per-sentence relation",
        "checks (~0.6 ms per 1 KB answer) put all three checks over the 2 ms goal (1.7 ms before spec2);",
        "`check_relations: false` brings grounding back to its earlier cost.",
    ]
    lines += [
        "",
        "**Blind sets** (`speculation_blind.yaml`, `grounding_blind.yaml`): written by a separate helper that never",
        "saw the validators, their data or their results, from a brief of the categories only; run once, after the",
        "spec2 rules were final, with no change since. They are the best estimate of accuracy on unseen text:",
        "speculation recall 0.883 at FPR 0.000 (goal 0.90 at FPR <= 0.10: missed by 0.017); grounding recall",
        "0.500 at FPR 0.188 (goal 0.90 at <= 0.10: missed). Grounding with `check_relations: false`, measured on",
        "the blind set in the same session to decide the default: recall 0.250 at FPR 0.062 (grounding.yaml",
        "1.000/0.000, hard set 0.200/0.062), so relations stay on by default despite their cost.",
        "",
        "Positive = should be flagged (speculative sentence; off-topic or denied text; unsupported sentence).",
        "",
        "## Latency per labelled case (ms)",
        "",
        "| validator | p50 | p99 |",
        "|---|---|---|",
    ]
    for name, (_, _, ms) in rows.items():
        ms = sorted(ms)
        lines.append(f"| {name} | {statistics.median(ms):.3f} | {ms[min(len(ms) - 1, int(len(ms) * 0.99))]:.3f} |")
    lines += [
        "",
        f"## Latency on a {int(chars[0])}-character answer with {int(chars[1])} characters of sources "
        f"({args.repeat} runs, ms)",
        "",
        "| check | p50 | p99 |",
        "|---|---|---|",
    ]
    lines += [f"| {name} | {p50:.3f} | {p99:.3f} |" for name, (p50, p99) in lat.items()]
    lines += [
        "",
        "## Scope: threshold sweep",
        "",
        "Both stages with allowed + denied topics, and the same with only the denied topics on the output stage",
        "(an answer about the thread's content rarely shares words with the topic description).",
        "",
        "| threshold | precision | recall | FPR | precision (denied-only output) | recall | FPR |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {th} | {a['precision']:.3f} | {a['recall']:.3f} | {a['fpr']:.3f} "
        f"| {b['precision']:.3f} | {b['recall']:.3f} | {b['fpr']:.3f} |"
        for th, a, b in sweep
    ]
    lines += ["", "## Misclassified cases", ""]
    for name, (_, misses, _) in rows.items():
        lines.append(f"**{name}** ({len(misses)})")
        lines.append("")
        lines += [f"- {m}" for m in misses] or ["- none"]
        lines.append("")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text("\n".join(lines))
    print("\n".join(lines[:12]))


if __name__ == "__main__":
    main()
