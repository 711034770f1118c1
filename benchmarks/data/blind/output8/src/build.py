"""Build grounding_blind8.yaml and speculation_blind8.yaml from the hand-written data (deterministic).

Usage: cd src && python build.py
All 180 hand-written grounding cases are in threads_a/b/c.py; to keep 170 (85 supported, 85 unsupported), the
last case of the given kind in each (thread, kind) pair listed in DROP is left out (written to
src/dropped_cases.yaml, reference only). The pairs were chosen by hand to thin cross_email and keep the weight on
invented cause/blame/consequence.
"""
import json
import pathlib

import common
import threads_a  # noqa: F401  (registers threads)
import threads_b  # noqa: F401
import threads_c  # noqa: F401
import spec

OUT = pathlib.Path(__file__).resolve().parent.parent


def q(s):
    return json.dumps(s, ensure_ascii=False)


DROP = [
    ("museum_loan", True, "cross_email"), ("translation_job", True, "cross_email"),
    ("solar_install", True, "cross_email"), ("bakery_oven", True, "cross_email"), ("car_club", True, "cross_email"),
    ("school_trip", False, "invented_cause"), ("homestay_host", False, "invented_cause"),
    ("car_club", False, "negated"), ("bakery_oven", False, "negated"), ("vet_practice", False, "wrong_number"),
]


def select():
    drop_texts = set()
    for tid, sup, kind in DROP:
        t = next(t for t in common.THREADS if t["id"] == tid)
        drop_texts.add([c[0] for c in t["cases"] if c[1] == sup and c[2] == kind][-1])
    kept, dropped = [], []
    for t in common.THREADS:
        for text, sup, kind in t["cases"]:
            (dropped if text in drop_texts else kept).append((t["id"], text, sup, kind))
    assert len(dropped) == len(DROP)
    return kept, dropped


def case_lines(cases):
    out, cur = [], None
    for tid, text, sup, kind in cases:
        if tid != cur:
            out.append(f"  # --- {tid} ---")
            cur = tid
        out.append(f"  - {{thread: {tid}, text: {q(text)}, supported: {'true' if sup else 'false'}, kind: {kind}}}")
    return out


def build_grounding():
    kept, dropped = select()
    lines = ["# Blind set 8 for the grounding check: hand-written e-mail threads and summary sentences.",
             "# See README.md. Licence MIT (written for guardrails-lite).", "sources:"]
    for t in common.THREADS:
        for eid, text in t["emails"]:
            lines.append(f"  {eid}: |")
            lines.extend(("    " + ln) if ln else "" for ln in text.rstrip("\n").split("\n"))
    lines.append("threads:")
    for t in common.THREADS:
        lines.append(f"  {t['id']}: [{', '.join(e[0] for e in t['emails'])}]")
    lines.append("cases:")
    lines.extend(case_lines(kept))
    (OUT / "grounding_blind8.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (pathlib.Path(__file__).resolve().parent / "dropped_cases.yaml").write_text(
        "# Hand-written cases left out by build.py to keep 170 (reference only, unused).\ncases:\n"
        + "\n".join(case_lines(dropped)) + "\n", encoding="utf-8")


def build_speculation():
    lines = ["# Blind set 8 for the speculation check. positive = should be flagged, negative = should pass.",
             "# See README.md. Licence MIT (written for guardrails-lite)."]
    for name, groups in (("positive", spec.POSITIVE), ("negative", spec.NEGATIVE)):
        lines.append(f"{name}:")
        for cat, desc, items in groups:
            lines.append(f"  # --- {cat}: {desc} ({len(items)}) ---")
            lines.extend(f"  - {q(x)}" for x in items)
    (OUT / "speculation_blind8.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build_grounding()
    build_speculation()
    print("wrote grounding_blind8.yaml, speculation_blind8.yaml, src/dropped_cases.yaml")
