"""Validate blind set 20 in this folder and print its counts (output19's validate.py with the file names changed; no check changed).

Usage: python validate.py
"""
import collections
import pathlib
import re
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
SUPPORTED_KINDS = {"paraphrase", "cross_email", "normalised_number", "reported_speech",
                   "negation_paraphrase", "pronoun_perspective", "stated_cause",
                   "multi_fact", "bullet_fragment"}
UNSUPPORTED_KINDS = {"invented_cause", "invented_blame", "invented_consequence", "partial",
                     "wrong_number", "wrong_date", "swapped_relation", "negated",
                     "wrong_entity", "unstated_claim", "prediction",
                     "over_generalisation", "wrong_thread"}
errors = []


def check(cond, msg):
    if not cond:
        errors.append(msg)


# ---- grounding -------------------------------------------------------------
g = yaml.safe_load((HERE / "grounding_blind20.yaml").read_text(encoding="utf-8"))
check(set(g) == {"sources", "threads", "cases"}, f"grounding top-level keys: {sorted(g)}")
sources, threads, cases = g["sources"], g["threads"], g["cases"]
for eid, text in sources.items():
    check(isinstance(text, str) and text.strip(), f"empty source {eid}")
    for h in ("From:", "To:", "Date:"):
        check(h in text, f"source {eid} lacks {h} header")
used = set()
for tid, ids in threads.items():
    check(2 <= len(ids) <= 5, f"thread {tid} has {len(ids)} e-mails")
    for eid in ids:
        check(eid in sources, f"thread {tid}: unknown e-mail {eid}")
        used.add(eid)
check(used == set(sources), f"sources not in any thread: {sorted(set(sources) - used)}")
seen = set()
per_thread = collections.Counter()
per_kind = collections.Counter()
for i, c in enumerate(cases):
    check(set(c) == {"thread", "text", "supported", "kind"}, f"case {i}: keys {sorted(c)}")
    check(c["thread"] in threads, f"case {i}: unknown thread {c['thread']}")
    check(isinstance(c["supported"], bool), f"case {i}: supported not bool")
    kinds = SUPPORTED_KINDS if c["supported"] else UNSUPPORTED_KINDS
    check(c["kind"] in kinds, f"case {i}: kind {c['kind']} not allowed for supported={c['supported']}")
    t = c["text"].strip()
    check(t not in seen, f"case {i}: duplicate text {t!r}")
    seen.add(t)
    per_thread[(c["thread"], c["supported"])] += 1
    per_kind[(c["supported"], c["kind"])] += 1

print(f"grounding_blind20.yaml: {len(sources)} e-mails, {len(threads)} threads, {len(cases)} cases "
      f"({sum(c['supported'] for c in cases)} supported, {sum(not c['supported'] for c in cases)} unsupported)")
for tid, ids in threads.items():
    print(f"  thread {tid:14s} e-mails={len(ids)}  supported={per_thread[(tid, True)]:2d}  "
          f"unsupported={per_thread[(tid, False)]:2d}")
for sup in (True, False):
    print("  supported kinds:" if sup else "  unsupported kinds:")
    for (s, k), n in sorted(per_kind.items()):
        if s == sup:
            print(f"    {k:22s} {n}")

# ---- speculation -----------------------------------------------------------
path = HERE / "speculation_blind20.yaml"
raw = path.read_text(encoding="utf-8")
s = yaml.safe_load(raw)
check(set(s) == {"positive", "negative"}, f"speculation top-level keys: {sorted(s)}")
allt = s["positive"] + s["negative"]
check(all(isinstance(x, str) and x.strip() for x in allt), "empty speculation item")
dups = [x for x, n in collections.Counter(x.strip() for x in allt).items() if n > 1]
check(not dups, f"duplicate speculation texts: {dups}")
check(not set(allt) & seen, "speculation text repeats a grounding case")
print(f"speculation_blind20.yaml: {len(s['positive'])} positive, {len(s['negative'])} negative")
section = None
cat_counts = collections.Counter()
cur = None
for line in raw.splitlines():
    m2 = re.match(r"\s+# --- (\w+): .*\((\d+)\) ---", line)
    if m2:
        cur = (m2.group(1), int(m2.group(2)))
    elif cur and re.match(r"\s+- ", line):
        cat_counts[cur] += 1
for (cat, n), got in cat_counts.items():
    check(n == got, f"speculation category {cat}: header says {n}, has {got}")
for line in raw.splitlines():
    if line in ("positive:", "negative:"):
        section = line[:-1]
        print(f"  {section}:")
    m = re.match(r"\s+# --- (\w+): .*\((\d+)\) ---", line)
    if m:
        print(f"    {m.group(1):20s} {m.group(2)}")

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
