#!/usr/bin/env python3
"""Check that every file of the blind injection set parses and print counts."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("%s:%d empty line" % (name, n))
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err("%s:%d invalid JSON: %s" % (name, n, e))
                continue
            if not isinstance(obj, dict):
                err("%s:%d not an object" % (name, n))
                continue
            rows.append(obj)
    ids = [r.get("id") for r in rows]
    dup = [i for i, c in collections.Counter(ids).items() if c > 1]
    if dup:
        err("%s: duplicate ids %s" % (name, dup[:5]))
    return rows


def need(name, r, keys):
    for k in keys:
        if k not in r:
            err("%s %s: missing key %s" % (name, r.get("id"), k))


def table(title, counter):
    print("  %s:" % title)
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print("    %-40s %4d" % (k, v))


# ------------------------------------------------------------------ prompts
P = load("prompts.jsonl")
for r in P:
    need("prompts", r, ["id", "text", "label", "category", "lang", "obfuscation"])
    if r.get("label") not in (0, 1):
        err("prompts %s: bad label" % r.get("id"))
    if not isinstance(r.get("text"), str) or not r["text"].strip():
        err("prompts %s: empty text" % r.get("id"))
    cat = r.get("category", "")
    if (r.get("label") == 0) != cat.startswith("benign"):
        err("prompts %s: label %s vs category %s" % (r["id"], r["label"], cat))
    if (r.get("obfuscation") is not None) != (cat == "obfuscated"):
        err("prompts %s: obfuscation field inconsistent" % r["id"])
texts = collections.Counter(r["text"] for r in P)
for t, c in texts.items():
    if c > 1:
        err("prompts: duplicate text %r" % t[:60])

# ---------------------------------------------------------------- documents
D = load("documents.jsonl")
by_id = {r["id"]: r for r in D}
for r in D:
    need("documents", r, ["id", "documents", "label", "category", "position", "lang"])
    if r.get("label") not in (0, 1):
        err("documents %s: bad label" % r.get("id"))
    docs = r.get("documents")
    if not isinstance(docs, list) or not docs:
        err("documents %s: no documents" % r.get("id"))
        continue
    dids = [d.get("id") for d in docs]
    if len(set(dids)) != len(dids):
        err("documents %s: duplicate document ids" % r["id"])
    for d in docs:
        if not isinstance(d.get("text"), str) or not d["text"].strip():
            err("documents %s/%s: empty text" % (r["id"], d.get("id")))
        if d.get("id", "").startswith("tool-"):
            try:
                json.loads(d["text"])
            except json.JSONDecodeError:
                err("documents %s/%s: tool result is not valid JSON" % (r["id"], d["id"]))
    cat = r.get("category", "")
    if (r["label"] == 0) != cat.startswith("clean"):
        err("documents %s: label vs category" % r["id"])
    if r["label"] == 0 and r["position"] is not None:
        err("documents %s: clean item with position" % r["id"])
    if r["label"] == 1 and r["position"] not in ("start", "middle", "end", "split"):
        err("documents %s: bad position" % r["id"])
    if r["position"] == "split" and len(docs) < 2:
        err("documents %s: split over <2 documents" % r["id"])
    tw = r.get("clean_twin")
    if tw is not None:
        if tw not in by_id or by_id[tw]["label"] != 0:
            err("documents %s: clean_twin %s is not a clean item" % (r["id"], tw))
        elif len(by_id[tw]["documents"]) != len(docs):
            err("documents %s: twin has a different number of documents" % r["id"])
dtexts = collections.Counter(json.dumps(r["documents"], ensure_ascii=False) for r in D)
for t, c in dtexts.items():
    if c > 1:
        err("documents: duplicate item %r" % t[:80])

# ------------------------------------------------------------ instructions
S = load("summariser_instructions.jsonl")
for r in S:
    need("summariser_instructions", r, ["id", "text"])
    if r.get("label", 0) != 0:
        err("summariser_instructions %s: label must be 0" % r["id"])
stexts = collections.Counter(r["text"] for r in S)
for t, c in stexts.items():
    if c > 1:
        err("summariser_instructions: duplicate %r" % t)
overlap = set(texts) & set(stexts)
if overlap:
    err("prompt texts also in summariser_instructions: %s" % list(overlap)[:3])

# ------------------------------------------------------------------ report
print("prompts.jsonl: %d lines, label 0: %d, label 1: %d" % (
    len(P), sum(r["label"] == 0 for r in P), sum(r["label"] == 1 for r in P)))
table("category", collections.Counter(r["category"] for r in P))
table("lang (benign)", collections.Counter(r["lang"] for r in P if r["label"] == 0))
table("lang (attack)", collections.Counter(r["lang"] for r in P if r["label"] == 1))
table("obfuscation", collections.Counter(r["obfuscation"] for r in P if r["obfuscation"]))
print("documents.jsonl: %d items, clean: %d, injected: %d, documents in total: %d" % (
    len(D), sum(r["label"] == 0 for r in D), sum(r["label"] == 1 for r in D),
    sum(len(r["documents"]) for r in D)))
table("category", collections.Counter(r["category"] for r in D))
table("position (injected)", collections.Counter(r["position"] for r in D if r["label"] == 1))
table("lang", collections.Counter(r["lang"] for r in D))
table("documents per item", collections.Counter(len(r["documents"]) for r in D))
print("  injected items with a clean twin: %d" % sum(1 for r in D if r.get("clean_twin")))
print("summariser_instructions.jsonl: %d lines, all label 0" % len(S))
table("lang", collections.Counter(r.get("lang") for r in S))

if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors[:50]:
        print("  " + e)
    sys.exit(1)
print("\nOK: all files parse, ids unique, labels consistent.")
