"""Which of grounding's checks flags what: true and false flags per check, pooled and per set (issue 17, wave 17).

    PYTHONPATH=. python benchmarks/grounding_checks.py [--sets 3 4 5 ...] [--spec]

Each answer sentence of the archived blind rounds (benchmarks/data/blind/outputN/grounding_blindN.yaml) is judged
by `grounding` (the default, learned decision) and every problem it reports is put down to the check that made
it (figures, what the claim says about its subject, word support, cause or blame, a wrong agent, negation, ...).
A case counts for a check when any of its sentences reports that check's problem; "alone" counts the cases no
other check flagged (what dropping the check would change, before the learned decision reweighs). Faithful =
the issue's goal kinds (paraphrase, cross-e-mail, normalised number, reported speech). Aggregates only: no case
text, so held-out rounds may be read with it. `--spec` also counts `speculation` (email-summary.yaml runs both).
"""

from __future__ import annotations

import argparse
import collections
from collections.abc import Iterator
from dataclasses import dataclass, field

import output_eval

from guardrails_lite import Context
from guardrails_lite.validators.grounding import _accusations, _causes, _decide, _validator, clear_document_cache
from guardrails_lite.validators.grounding import _support as support

# (start of a problem message, check name), first match wins ("word support 0.00" before any "word support").
CHECKS = (
    (support.NO_WORDS, "no shared words"),
    ("word support", "word support"),
    (support.FIGURE, "figures and dates"),
    (support.TOO_MANY_FIGURES, "figures and dates"),
    (support.WRONG_AGENT, "wrong agent"),
    (support.PREDICATE, "subject/predicate"),
    (support.NEGATION_ADDED, "negation added"),
    (support.NEGATION_DROPPED, "negation dropped"),
    (support.OPPOSITE_VERB, "opposite verb"),
    (support.NAMES_APART, "names apart"),
    ("name(s) not in", "unknown names"),
    ("quoted phrase", "quotes"),
    ("code(s)", "codes"),
    ("reported from", "unknown speaker"),
    (_accusations.ACCUSATION, "accusation"),
    (_causes.MESSAGE, "cause or blame"),
    (_decide.WEAK, "learned: weak support"),
    ("cites", "citations"),
)
DEFAULT_SETS = tuple(range(3, 17))


def check_of(problem: str) -> str:
    return next((name for start, name in CHECKS if problem.startswith(start)), "other")


@dataclass
class Case:
    round_: int
    kind: str
    unsupported: bool
    flagged: bool
    checks: frozenset[str] = field(default_factory=frozenset)


def _recording() -> list[list[str]]:
    """Patch the validator's per-sentence decision to record its problems (returns the list it appends to)."""
    seen: list[list[str]] = []
    judge = _validator.GroundingValidator._judge

    def recorded(self: _validator.GroundingValidator, *args: object) -> tuple[list[str], int, float]:
        out = judge(self, *args)  # type: ignore[arg-type]
        seen.append(list(out[0]))
        return out

    _validator.GroundingValidator._judge = recorded  # type: ignore[method-assign]
    return seen


def cases(rounds: tuple[int, ...], spec: bool) -> Iterator[Case]:
    seen = _recording()
    grounding = output_eval.build({"use": "grounding"})
    speculation = output_eval.build({"use": "speculation"}) if spec else None
    for n in rounds:
        clear_document_cache()
        path = output_eval.BLIND / f"output{n}" / f"grounding_blind{n}.yaml"
        for text, truth, kind, docs in output_eval.grounding_cases(path):
            seen.clear()
            ctx = Context("output", documents=docs)
            flagged = not grounding(text, ctx).passed
            checks = {check_of(p) for problems in seen for p in problems}
            if speculation is not None and not speculation(text, ctx).passed:
                checks.add("speculation")
                flagged = True
            yield Case(n, kind, truth, flagged, frozenset(checks))


def table(all_cases: list[Case]) -> list[str]:
    faithful: collections.Counter[str] = collections.Counter()
    alone: collections.Counter[str] = collections.Counter()
    other: collections.Counter[str] = collections.Counter()
    true: collections.Counter[str] = collections.Counter()
    true_alone: collections.Counter[str] = collections.Counter()
    per_round: dict[str, collections.Counter[int]] = collections.defaultdict(collections.Counter)
    for c in (c for c in all_cases if c.flagged):
        for check in c.checks:
            if c.unsupported:
                true[check] += 1
                true_alone[check] += len(c.checks) == 1
            elif c.kind in output_eval.FAITHFUL_GOAL_KINDS:
                faithful[check] += 1
                alone[check] += len(c.checks) == 1
                per_round[check][c.round_] += 1
            else:
                other[check] += 1
    lines = [
        "| check | faithful flagged (alone) | other supported flagged | unsupported flagged (alone) "
        "| faithful per set |",
        "|---|---|---|---|---|",
    ]
    for check in sorted(set(faithful) | set(true) | set(other), key=lambda k: (-faithful[k], -true[k])):
        rounds = ", ".join(f"{n}: {k}" for n, k in sorted(per_round[check].items()))
        lines.append(
            f"| {check} | {faithful[check]} ({alone[check]}) | {other[check]} | {true[check]} ({true_alone[check]}) "
            f"| {rounds} |"
        )
    return lines


def totals(all_cases: list[Case]) -> str:
    def share(chosen: list[Case]) -> str:
        return f"{sum(c.flagged for c in chosen)}/{len(chosen)}"

    faithful = [c for c in all_cases if c.kind in output_eval.FAITHFUL_GOAL_KINDS]
    supported = [c for c in all_cases if not c.unsupported]
    unsupported = [c for c in all_cases if c.unsupported]
    blame = [c for c in unsupported if c.kind in output_eval.CAUSE_KINDS - {"invented_consequence"}]
    return (
        f"faithful flagged {share(faithful)}, all supported flagged {share(supported)}, unsupported recall "
        f"{share(unsupported)}, causes+blame {share(blame)}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sets", type=int, nargs="+", default=list(DEFAULT_SETS), help="blind rounds to read")
    ap.add_argument("--spec", action="store_true", help="count speculation's flags too")
    ap.add_argument("--per-set", action="store_true", help="also a totals line per set")
    args = ap.parse_args()
    all_cases = list(cases(tuple(args.sets), args.spec))
    print("\n".join(table(all_cases)))
    print("\npooled: " + totals(all_cases))
    if args.per_set:
        for n in args.sets:
            print(f"output{n}: " + totals([c for c in all_cases if c.round_ == n]))


if __name__ == "__main__":
    main()
