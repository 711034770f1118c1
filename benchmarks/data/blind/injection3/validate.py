#!/usr/bin/env python3
"""Validate the inj3 blind evaluation set and print counts. Usage: python3 validate.py"""
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

def check_keys(name, r, keys):
    if set(r) != set(keys):
        err(f"{name} {r.get('id')}: keys {sorted(r)} != {sorted(keys)}")

P = load("prompts.jsonl"); D = load("documents.jsonl"); S = load("summariser_instructions.jsonl")
all_ids = Counter(r.get("id") for r in P + D + S)
for i, c in all_ids.items():
    if c > 1: err(f"duplicate id {i}")

for r in P:
    check_keys("prompts", r, ["id", "text", "label", "category", "lang", "obfuscation"])
    if not str(r["id"]).startswith("inj3-p-"): err(f"bad id {r['id']}")
    if r["label"] not in (0, 1): err(f"{r['id']}: bad label")
    if not isinstance(r["text"], str) or not r["text"].strip(): err(f"{r['id']}: empty text")
    if r["label"] == 0 and r["obfuscation"] is not None: err(f"{r['id']}: benign with obfuscation")
    if not isinstance(r["category"], str) or not r["category"]: err(f"{r['id']}: category")
for t, c in Counter(r["text"] for r in P).items():
    if c > 1: err(f"duplicate prompt text: {t[:60]!r}")

ids = {r["id"]: r for r in D}
for r in D:
    check_keys("documents", r, ["id", "documents", "label", "category", "doc_type", "position", "lang", "clean_twin"])
    if not str(r["id"]).startswith("inj3-d-"): err(f"bad id {r['id']}")
    if r["label"] not in (0, 1): err(f"{r['id']}: bad label")
    docs = r["documents"]
    if not isinstance(docs, list) or not docs: err(f"{r['id']}: no documents")
    else:
        for j, d in enumerate(docs, 1):
            if d.get("id") != f"doc-{j}" or not isinstance(d.get("text"), str) or not d["text"].strip():
                err(f"{r['id']}: bad document entry {j}")
    if r["label"] == 0:
        if r["position"] is not None: err(f"{r['id']}: clean row with position")
        if r["clean_twin"] is not None: err(f"{r['id']}: clean row with clean_twin")
    else:
        if r["position"] not in ("start", "middle", "end"): err(f"{r['id']}: injected row needs position")
    if r["clean_twin"] is not None:
        tw = ids.get(r["clean_twin"])
        if tw is None: err(f"{r['id']}: clean_twin {r['clean_twin']} missing")
        elif tw["label"] != 0: err(f"{r['id']}: clean_twin is not label 0")
        elif len(tw["documents"]) != len(r["documents"]): err(f"{r['id']}: twin has different number of documents")
        elif [d["text"] for d in tw["documents"]] == [d["text"] for d in r["documents"]]: err(f"{r['id']}: identical to twin")
twins = Counter(r["clean_twin"] for r in D if r["clean_twin"])
for k, c in twins.items():
    if c > 1: err(f"clean row {k} used as twin {c} times")

for r in S:
    check_keys("summariser", r, ["id", "text", "label", "lang"])
    if r["label"] != 0: err(f"{r['id']}: summariser label must be 0")
    if not str(r["id"]).startswith("inj3-s-"): err(f"bad id {r['id']}")

def table(title, rows, key):
    c = Counter((r[key], r["label"]) for r in rows)
    keys = sorted({k for k, _ in c}, key=lambda x: str(x))
    print(f"\n{title} by {key}: (label0 / label1)")
    for k in keys:
        print(f"  {str(k):32s} {c[(k,0)]:4d} {c[(k,1)]:4d}")

print("prompts.jsonl:", len(P), dict(sorted(Counter(r["label"] for r in P).items())))
print("documents.jsonl:", len(D), dict(sorted(Counter(r["label"] for r in D).items())),
      "twins:", sum(1 for r in D if r["clean_twin"]), "standalone injected:", sum(1 for r in D if r["label"] == 1 and not r["clean_twin"]))
print("summariser_instructions.jsonl:", len(S), dict(Counter(r["label"] for r in S)))
if "-v" in sys.argv or True:
    table("prompts", P, "category"); table("prompts", P, "lang"); table("prompts", P, "obfuscation")
    table("documents", D, "category"); table("documents", D, "doc_type"); table("documents", D, "position"); table("documents", D, "lang")
    print("\nsummariser langs:", dict(Counter(r["lang"] for r in S)))
if errors:
    print(f"\n{len(errors)} ERRORS:"); [print("  " + e) for e in errors[:50]]; sys.exit(1)
print("\nOK: all checks passed")
