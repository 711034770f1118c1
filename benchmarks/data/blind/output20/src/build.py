"""Build blind set 20 from the hand-typed sources. Deterministic: no randomness; order is the order typed.

Usage: cd src && python build.py   (writes ../grounding_blind20.yaml and ../speculation_blind20.yaml)
Every case typed is kept (no balancing step: the cases were typed to be balanced).
"""
import json
import pathlib
import sys

import common
import spec
import threads_a
import threads_b
import threads_c

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
THREADS = threads_a.THREADS + threads_b.THREADS + threads_c.THREADS


def q(s):
    return json.dumps(s, ensure_ascii=False)


def block(text, indent):
    pad = " " * indent
    return "\n".join(pad + line if line else "" for line in text.rstrip("\n").split("\n"))


def main():
    errs, sources, threads, cases = [], {}, {}, []
    for tid, subject, lang, mails, tcases in THREADS:
        assert tid not in threads, tid
        threads[tid] = []
        for i, (eid, frm, to, when, body) in enumerate(mails):
            assert eid not in sources, eid
            sources[eid] = common.email(frm, to, when, subject, body, reply=i > 0, lang=lang)
            threads[tid].append(eid)
            errs += [f"{eid}: {e}" for e in common.calendar_errors(body)]
        for sup, kind, text in tcases:
            errs += [f"{tid} case: {e}" for e in common.calendar_errors(text)]
            cases.append((tid, sup, kind, text))
    for _, groups in (("positive", spec.POSITIVE), ("negative", spec.NEGATIVE)):
        for _, _, items in groups:
            for x in items:
                errs += [f"speculation: {e}" for e in common.calendar_errors(x)]
    if errs:
        sys.exit("\n".join(errs))
    out = ["# Blind set 20 for the grounding check: hand-written e-mail threads and summary sentences.",
           "# See README.md. Licence CC0 1.0 (written for guardrails-lite).", "sources:"]
    for eid, text in sources.items():
        out += [f"  {eid}: |", block(text, 4)]
    out.append("threads:")
    for tid, ids in threads.items():
        out.append(f"  {tid}: [{', '.join(ids)}]")
    out.append("cases:")
    last = None
    for tid, sup, kind, text in cases:
        if tid != last:
            out.append(f"  # --- {tid} ---")
            last = tid
        out.append(f"  - {{thread: {tid}, supported: {'true' if sup else 'false'}, kind: {kind}, text: {q(text)}}}")
    (OUT / "grounding_blind20.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")

    out = ["# Blind set 20 for the speculation check. positive = should be flagged, negative = should pass.",
           "# See README.md. Licence CC0 1.0 (written for guardrails-lite)."]
    for name, groups in (("positive", spec.POSITIVE), ("negative", spec.NEGATIVE)):
        out.append(f"{name}:")
        for cat, desc, items in groups:
            out.append(f"  # --- {cat}: {desc} ({len(items)}) ---")
            out += [f"  - {q(x)}" for x in items]
    (OUT / "speculation_blind20.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(sources)} e-mails, {len(threads)} threads, {len(cases)} cases")


if __name__ == "__main__":
    main()
