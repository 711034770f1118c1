"""Build blind set 13 from the hand-typed sources. Deterministic: no randomness; order is the order typed.

Usage: cd src && python build.py   (writes ../grounding_blind13.yaml, ../speculation_blind13.yaml, dropped_cases.yaml)
"""
import json
import pathlib
import sys

import common
import spec
import threads_a
import threads_b

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
THREADS = threads_a.THREADS + threads_b.THREADS

# Balancing to 85/85 (see README): how many cases of each (supported, kind) are kept. Every invented cause and
# invented blame is kept; the other kinds keep the stated number, chosen evenly spaced through the typed order
# (deterministic), so that every thread keeps cases. The rest go to dropped_cases.yaml.
QUOTA = {
    (True, "stated_cause"): 17, (True, "reported_speech"): 16, (True, "cross_email"): 22,
    (True, "normalised_number"): 14, (True, "paraphrase"): 10, (True, "negation_paraphrase"): 4,
    (True, "multi_fact"): 1, (True, "pronoun_perspective"): 1,
    (False, "invented_blame"): 30, (False, "invented_cause"): 22, (False, "invented_consequence"): 14,
    (False, "wrong_number"): 7, (False, "wrong_date"): 4, (False, "swapped_relation"): 4,
    (False, "wrong_entity"): 2, (False, "negated"): 1, (False, "over_generalisation"): 1, (False, "unstated_claim"): 0,
}


def drop_set(threads):
    """Texts to leave out: per (supported, kind), keep QUOTA items at evenly spaced positions of the typed order."""
    by_kind = {}
    for _, _, _, tcases in threads:
        for sup, kind, text in tcases:
            by_kind.setdefault((sup, kind), []).append(text)
    drop = set()
    for key, texts in by_kind.items():
        n, k = len(texts), QUOTA[key]
        keep = {int(i * n / k) for i in range(k)} if k else set()
        assert len(keep) == k, key
        drop |= {t for i, t in enumerate(texts) if i not in keep}
    return drop


DROP = drop_set(THREADS)


def q(s):
    return json.dumps(s, ensure_ascii=False)


def block(text, indent):
    pad = " " * indent
    return "\n".join(pad + line if line else "" for line in text.rstrip("\n").split("\n"))


def main():
    errs, sources, threads, cases, dropped, seen = [], {}, {}, [], [], set()
    for tid, subject, mails, tcases in THREADS:
        assert tid not in threads, tid
        threads[tid] = []
        for i, (eid, frm, to, when, body) in enumerate(mails):
            assert eid not in sources, eid
            sources[eid] = common.email(frm, to, when, subject, body, reply=i > 0)
            threads[tid].append(eid)
            errs += [f"{eid}: {e}" for e in common.calendar_errors(body)]
        for sup, kind, text in tcases:
            errs += [f"{tid} case: {e}" for e in common.calendar_errors(text)]
            (dropped if text in DROP else cases).append((tid, sup, kind, text))
            seen.add(text)
    errs += [f"DROP entry not found: {t}" for t in DROP - seen]
    for _, groups in (("positive", spec.POSITIVE), ("negative", spec.NEGATIVE)):
        for _, _, items in groups:
            for x in items:
                errs += [f"speculation: {e}" for e in common.calendar_errors(x)]
    if errs:
        sys.exit("\n".join(errs))
    out = ["# Blind set 13 for the grounding check: hand-written e-mail threads and summary sentences.",
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
    (OUT / "grounding_blind13.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")

    d = ["# Cases written for blind set 13 but left out by build.py to balance the set (reference only, unused)."]
    d += [f"- {{thread: {t}, supported: {'true' if s else 'false'}, kind: {k}, text: {q(x)}}}" for t, s, k, x in dropped]
    (HERE / "dropped_cases.yaml").write_text("\n".join(d) + "\n", encoding="utf-8")

    out = ["# Blind set 13 for the speculation check. positive = should be flagged, negative = should pass.",
           "# See README.md. Licence CC0 1.0 (written for guardrails-lite)."]
    for name, groups in (("positive", spec.POSITIVE), ("negative", spec.NEGATIVE)):
        out.append(f"{name}:")
        for cat, desc, items in groups:
            out.append(f"  # --- {cat}: {desc} ({len(items)}) ---")
            out += [f"  - {q(x)}" for x in items]
    (OUT / "speculation_blind13.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(sources)} e-mails, {len(threads)} threads, {len(cases)} cases kept, {len(dropped)} dropped")


if __name__ == "__main__":
    main()
