"""Policy evaluation: run cases through a policy and measure it (``guardrails-lite eval``).

cases = load_cases("examples/cases/email-summary.yaml")
ev = Evaluator(load_policy("policies/email-summary.yaml"))
results = ev.run(cases)
summary = summarise(results, ev.keys)
"""

from guardrails_lite.evaluation.cases import Case, CaseFileError, load_cases, load_suite, suite_names
from guardrails_lite.evaluation.compare import Change, diff
from guardrails_lite.evaluation.evaluate import Evaluation, evaluate
from guardrails_lite.evaluation.metrics import Confusion, Summary, summarise
from guardrails_lite.evaluation.report import render_html
from guardrails_lite.evaluation.runner import CaseResult, Evaluator, Probe
from guardrails_lite.evaluation.sweep import Sweep, sweep
from guardrails_lite.evaluation.text import render_text

__all__ = [
    "Case",
    "CaseFileError",
    "CaseResult",
    "Change",
    "Confusion",
    "Evaluation",
    "Evaluator",
    "Probe",
    "Summary",
    "Sweep",
    "diff",
    "evaluate",
    "load_cases",
    "load_suite",
    "render_html",
    "render_text",
    "suite_names",
    "summarise",
    "sweep",
]
