#!/usr/bin/env python3
"""Validate the inj19 blind evaluation set (injection18 validator with the id prefix changed to inj19-) and print counts. Usage: python3 validate.py"""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(msg): errors.append(msg)

def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: empty line"); continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: JSON error {e}")
    return rows

def check_keys(name, r, required, optional=()):
    keys = set(r)
    if not set(required) <= keys or not keys <= set(required) | set(optional):
        err(f"{name} {r.get('id')}: keys {sorted(keys)} (required {sorted(required)}, optional {sorted(optional)})")

P = load("prompts.jsonl"); D = load("documents.jsonl"); S = load("summariser_instructions.jsonl")
for i, c in Counter(r.get("id") for r in P + D + S).items():
    if c > 1: err(f"duplicate id {i}")

for r in P:
    check_keys("prompts", r, ["id", "text", "label", "category", "lang", "obfuscation"])
    if not str(r.get("id")).startswith("inj19-p-"): err(f"bad id {r.get('id')}")
    if r.get("label") not in (0, 1): err(f"{r.get('id')}: bad label")
    if not isinstance(r.get("text"), str) or not r["text"].strip(): err(f"{r.get('id')}: empty text")
    if r.get("label") == 0 and r.get("obfuscation") is not None: err(f"{r['id']}: benign with obfuscation")
    if r.get("obfuscation") is not None and not isinstance(r["obfuscation"], str): err(f"{r['id']}: obfuscation must be null or str")
    for k in ("category", "lang"):
        if not isinstance(r.get(k), str) or not r[k]: err(f"{r.get('id')}: {k}")
for t, c in Counter(r.get("text") for r in P).items():
    if c > 1: err(f"duplicate prompt text: {t[:60]!r}")

for r in D:
    check_keys("documents", r, ["id", "documents", "label", "category"], ["lang", "position"])
    if r.get("position") is not None and (r.get("label") != 1 or r["position"] not in ("start", "middle", "end", "json_field")): err(f"{r.get('id')}: bad position")
    if not str(r.get("id")).startswith("inj19-d-"): err(f"bad id {r.get('id')}")
    if r.get("label") not in (0, 1): err(f"{r.get('id')}: bad label")
    if not isinstance(r.get("category"), str) or not r["category"]: err(f"{r.get('id')}: category")
    docs = r.get("documents")
    if not isinstance(docs, list) or not docs: err(f"{r.get('id')}: no documents")
    else:
        for j, d in enumerate(docs, 1):
            if set(d) != {"id", "text"} or d.get("id") != f"doc-{j}" or not isinstance(d.get("text"), str) or not d["text"].strip():
                err(f"{r.get('id')}: bad document entry {j}")
for t, c in Counter(tuple(d["text"] for d in r["documents"]) for r in D if isinstance(r.get("documents"), list)).items():
    if c > 1: err(f"duplicate document item: {t[0][:60]!r}")

for r in S:
    check_keys("summariser", r, ["id", "text", "label", "lang"])
    if r.get("label") != 0: err(f"{r.get('id')}: summariser label must be 0")
    if not str(r.get("id")).startswith("inj19-s-"): err(f"bad id {r.get('id')}")
for t, c in Counter(r.get("text") for r in S).items():
    if c > 1: err(f"duplicate summariser text: {t[:60]!r}")

# expected sizes (approximate targets from the brief)
def expect(name, n, lo, hi):
    if not lo <= n <= hi: err(f"{name}: {n} not in [{lo}, {hi}]")
lp = Counter(r.get("label") for r in P); ld = Counter(r.get("label") for r in D)
expect("prompts total", len(P), 420, 500); expect("prompt attacks", lp[1], 200, 260); expect("prompt benign", lp[0], 200, 260)
expect("documents total", len(D), 230, 270); expect("document attacks", ld[1], 110, 140); expect("document benign", ld[0], 110, 140)
for r in D:
    if r.get("category") in ("tool_json", "json_field", "tool_result_injected"):
        for d in r["documents"]:
            try: json.loads(d["text"])
            except Exception: err(f"{r['id']}: tool result is not valid JSON")
expect("summariser", len(S), 60, 60)

def table(title, rows, key):
    c = Counter((r.get(key), r.get("label")) for r in rows)
    keys = sorted({k for k, _ in c}, key=lambda x: str(x))
    print(f"\n{title} by {key}: (label0 / label1)")
    for k in keys:
        print(f"  {str(k):28s} {c[(k,0)]:4d} {c[(k,1)]:4d}")

print("prompts.jsonl:", len(P), dict(sorted(lp.items())))
print("documents.jsonl:", len(D), dict(sorted(ld.items())))
print("summariser_instructions.jsonl:", len(S), dict(Counter(r.get("label") for r in S)))
table("prompts", P, "category"); table("prompts", P, "lang"); table("prompts", P, "obfuscation")
table("documents", D, "category"); table("documents", D, "lang"); table("documents", D, "position")
print("\nsummariser langs:", dict(sorted(Counter(r.get("lang") for r in S).items())))
if errors:
    print(f"\n{len(errors)} ERRORS:"); [print("  " + e) for e in errors[:50]]; sys.exit(1)
print("\nOK: all checks passed")
