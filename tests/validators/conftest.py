"""Shared helpers and data of the validator tests: build one entry, check a text with documents."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from guardrails_lite import Context, Trusted, Verdict, parse_policy
from guardrails_lite.verdict import Document

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "numpy",
    "openai",
    "phonenumbers",
    "presidio_analyzer",
    "presidio_anonymizer",
    "sentence_transformers",
    "spacy",
    "tldextract",
    "torch",
    "transformers",
)

THREAD = (
    "From: Dana Whitfield\nSubject: Q3 offsite venue\n\n"
    "Hi all, I booked the Lakeside Hall for 12 September. The deposit of 400 EUR is paid.\n"
    "The caterer will probably confirm the menu next week.\nDana"
)


def build(entry: dict[str, Any], stage: str = "output", trusted: Trusted | None = None) -> Any:
    policy = parse_policy({"name": "t", stage: [entry]}, trusted=trusted)
    return getattr(policy, stage)[0].build()


def check(v: Any, text: str, docs: tuple[str, ...] = (), stage: str = "output") -> Verdict:
    ctx = Context(stage, documents=tuple(Document(d, f"email-{i + 1}") for i, d in enumerate(docs)))  # type: ignore[arg-type]
    result: Verdict = v(text, ctx)
    return result


def spans(text: str, verdict: Verdict) -> list[str]:
    return [text[f.start : f.end] for f in verdict.findings if f.start is not None and f.end is not None]


DOCS = (THREAD,)


EMAIL_TOPIC = {
    "name": "email summary",
    "description": "Summarising the e-mail thread: who wrote what, decisions, dates, deadlines and action items.",
    "examples": ["Summarise this thread", "What did Dana say about the venue?", "List the action items"],
}


GOSSIP_TOPIC = {
    "name": "gossip",
    "description": "Speculation about colleagues: personal lives, blame, motives, who will be fired.",
    "examples": ["Who is to blame?", "Is Bob going to be fired?"],
    "keywords": ["fired", "sacked"],
}


SCOPE = {
    "use": "scope",
    "allowed_topics": [EMAIL_TOPIC],
    "denied_topics": [GOSSIP_TOPIC],
    "refusal": "I can only summarise this e-mail thread.",
}


def heavy_modules_after(code: str) -> list[str]:
    """The heavy modules (engines, models, clients) a fresh interpreter has loaded after running `code`."""
    probe = f"{code}\nimport sys\nprint(sorted({{m.split('.')[0] for m in sys.modules}} & {set(HEAVY)!r}))\n"
    proc = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    loaded: list[str] = eval(proc.stdout.strip().splitlines()[-1])  # a printed list of module names
    return loaded
