"""Validate the round-3 blind sets and print counts. Usage: python3 validate.py"""
import collections, os, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SUP = {"paraphrase", "cross_email", "normalised_number", "reported_speech", "negation_paraphrase",
       "pronoun_perspective", "stated_cause", "multi_fact", "bullet_fragment"}
UNSUP = {"invented_cause", "invented_blame", "invented_consequence", "wrong_number", "wrong_date",
         "swapped_relation", "wrong_entity", "negated", "unstated_claim", "partial"}
errors = []

g = yaml.safe_load(open(os.path.join(HERE, "grounding_blind3.yaml"), encoding="utf-8"))
sources, threads, cases = g["sources"], g["threads"], g["cases"]
used = set()
for tid, ids in threads.items():
    if not 2 <= len(ids) <= 5:
        errors.append(f"thread {tid} has {len(ids)} e-mails")
    for sid in ids:
        if sid not in sources:
            errors.append(f"thread {tid}: missing source {sid}")
        used.add(sid)
for sid in set(sources) - used:
    errors.append(f"source {sid} not used by any thread")
seen = set()
for i, c in enumerate(cases):
    if set(c) != {"thread", "text", "supported", "kind"}:
        errors.append(f"case {i}: keys {sorted(c)}")
    if c["thread"] not in threads:
        errors.append(f"case {i}: unknown thread {c['thread']}")
    if not isinstance(c["supported"], bool):
        errors.append(f"case {i}: supported not bool")
    if c["kind"] not in (SUP if c["supported"] else UNSUP):
        errors.append(f"case {i}: kind {c['kind']} does not match supported={c['supported']}")
    if c["text"] in seen:
        errors.append(f"duplicate grounding text: {c['text']}")
    seen.add(c["text"])

s = yaml.safe_load(open(os.path.join(HERE, "speculation_blind3.yaml"), encoding="utf-8"))
pos, neg = s["positive"], s["negative"]
for name, lst in (("positive", pos), ("negative", neg)):
    if not all(isinstance(x, str) and x.strip() for x in lst):
        errors.append(f"{name}: non-string or empty item")
    dup = [t for t, n in collections.Counter(lst).items() if n > 1]
    if dup:
        errors.append(f"{name}: duplicates {dup}")
both = set(pos) & set(neg)
if both:
    errors.append(f"in both positive and negative: {both}")

print(f"grounding: {len(threads)} threads, {len(sources)} e-mails, {len(cases)} cases")
sc = collections.Counter(c["supported"] for c in cases)
print(f"  supported={sc[True]} unsupported={sc[False]}")
kc = collections.Counter((c["supported"], c["kind"]) for c in cases)
for sup in (True, False):
    for k in sorted(SUP if sup else UNSUP):
        print(f"  {'supported' if sup else 'unsupported'}  {k:22s} {kc[(sup, k)]}")
inv = sum(kc[(False, k)] for k in ("invented_cause", "invented_blame", "invented_consequence"))
print(f"  invented cause+blame+consequence: {inv}")
print("  per thread:", dict(collections.Counter(c["thread"] for c in cases)))
print(f"speculation: positive={len(pos)} negative={len(neg)}")
if errors:
    print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK")
