"""Build blind set 12 from the hand-typed sources. Deterministic: no randomness; order is the order typed.

Usage: cd src && python build.py   (writes ../grounding_blind12.yaml, ../speculation_blind12.yaml, dropped_cases.yaml)
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

# Cases left out to balance the set at 85/85 (normalised figures, wrong numbers and dates, and causal links that a
# sender implies but does not state). Every invented cause, blame and consequence written is kept.
DROP = {
    "The greenhouse 2 timer skipped waterings because it had lost its programme, with a flat backup battery.",
    "Station 7 ran short because runners passed it twice while the stock plan counted only one pass.",
    "About 170 of the 200 wilted seedlings are expected to survive.",
    "With the hired access points the venue can take 50 more connections than the 300 Jun asked about.",
    "At about 400 pages an hour, the 11,400 pages need roughly 28 to 29 hours of scanning.",
    "370 of the printed tickets were left unsold.",
    "The tuning should be finished by about 11:30.",
    "Four nights in a 120-seat hall give 480 seats in all.",
    "The main pool stayed shut until half past three in the afternoon.",
    "The crate logger took six humidity readings an hour.",
    "The depot has one charger for every two electric buses.",
    "Buying the set of six saves 44 GBP over six single shelves.",
    "Seventeen of bank C's compartments were empty.",
    "The club has five dinghy trailers.",
    "The humidity in the crate rose to 58 percent during the drive.",
    "Four of the pear trees have canker.",
    "The unit is rated for 60 exposures per hour.",
    "Free chlorine was back at 1.0 mg/l by 15:00.",
    "About 1,240 books were sold.",
    "The batch will be kegged on Thursday 12 March.",
    "Eight people are going to the Ghent conference.",
    "Shaw Print will reprint 2,500 brochures.",
    "Samir will fit the new probe on Thursday 5 February.",
    "The club now has 18 kayaks.",
    "A set of six shelves costs 384 GBP.",
}


def q(s):
    return json.dumps(s, ensure_ascii=False)


def block(text, indent):
    pad = " " * indent
    return "\n".join(pad + line if line else "" for line in text.rstrip("\n").split("\n"))


def main():
    errs, sources, threads, cases, dropped, seen = [], {}, {}, [], [], set()
    for tid, subject, mails, tcases in THREADS:
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
    if errs:
        sys.exit("\n".join(errs))
    out = ["# Blind set 12 for the grounding check: hand-written e-mail threads and summary sentences.",
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
    (OUT / "grounding_blind12.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")

    d = ["# Cases written for blind set 12 but left out by build.py to balance the set (reference only, unused)."]
    d += [f"- {{thread: {t}, supported: {'true' if s else 'false'}, kind: {k}, text: {q(x)}}}" for t, s, k, x in dropped]
    (HERE / "dropped_cases.yaml").write_text("\n".join(d) + "\n", encoding="utf-8")

    out = ["# Blind set 12 for the speculation check. positive = should be flagged, negative = should pass.",
           "# See README.md. Licence CC0 1.0 (written for guardrails-lite)."]
    for name, groups in (("positive", spec.POSITIVE), ("negative", spec.NEGATIVE)):
        out.append(f"{name}:")
        for cat, desc, items in groups:
            out.append(f"  # --- {cat}: {desc} ({len(items)}) ---")
            out += [f"  - {q(x)}" for x in items]
    (OUT / "speculation_blind12.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(sources)} e-mails, {len(threads)} threads, {len(cases)} cases kept, {len(dropped)} dropped")


if __name__ == "__main__":
    main()
