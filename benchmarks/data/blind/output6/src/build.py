"""Builds grounding_blind6.yaml and speculation_blind6.yaml from the hand-written data in this folder."""
import datetime, json, pathlib
import threads_a, threads_b, threads_c
from drops import DROP
from spec import POS, NEG
OUT = pathlib.Path(__file__).resolve().parent.parent
T = threads_a.T + threads_b.T + threads_c.T

def hdr_date(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return f"{d:%a}, {d.day} {d:%b %Y %H:%M} +0000"

L = ["# Blind evaluation set 6 for the `grounding` output check (guardrails-lite).",
     "# Written by hand in an independent session; all people, companies and addresses are fictitious. Licence: MIT.",
     "# supported: true  -> every claim of `text` is stated in (or follows by simple arithmetic / date counting from) the thread's e-mails.",
     "# supported: false -> at least one claim is not stated in the thread's e-mails.", "", "sources:"]
for tid, subj, mails, cases in T:
    for i, (eid, frm, to, cc, date, body) in enumerate(mails):
        L.append(f"  {eid}: |-")
        head = [f"From: {frm}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [f"Date: {hdr_date(date)}", f"Subject: {'Re: ' if i else ''}{subj}", ""]
        for line in head + body.split("\n"):
            L.append(("    " + line) if line else "")
L += ["", "threads:"]
for tid, subj, mails, cases in T:
    L.append(f"  {tid}: [{', '.join(m[0] for m in mails)}]")
L += ["", "cases:"]
for tid, subj, mails, cases in T:
    L.append(f"  # --- {tid} ---")
    for sup, kind, text in cases:
        if any(text.startswith(d) for d in DROP):
            continue
        L.append(f"  - {{thread: {tid}, text: {json.dumps(text)}, supported: {'true' if sup == 'S' else 'false'}, kind: {kind}}}")
(OUT / "grounding_blind6.yaml").write_text("\n".join(L) + "\n", encoding="utf-8")

S = ["# Blind evaluation set 6 for the `speculation` output check (guardrails-lite).",
     "# Written by hand in an independent session; all names fictitious. Licence: MIT.",
     "# positive: should be flagged (hedged guesses, likely causes, motives, feelings, unsupported blame, predictions, rumour, bare opinion).",
     "# negative: should pass (plain facts, confident stated causes, attributed statements, hedges quoted from the sources, scheduling,",
     "#           modal verbs of obligation/ability, the month May, names, conditionals restating rules, technical terms).", ""]
for name, groups in (("positive", POS), ("negative", NEG)):
    S.append(f"{name}:")
    for cat, desc, items in groups:
        S.append(f"  # --- {cat}: {desc} ({len(items)}) ---")
        S += [f"  - {json.dumps(x)}" for x in items]
    S.append("")
(OUT / "speculation_blind6.yaml").write_text("\n".join(S), encoding="utf-8")
print("written")
