"""Validate emails.jsonl: parses, unique ids, exact offsets, no overlaps, lengths; print counts."""
import json, collections, re

rows = [json.loads(l) for l in open("emails.jsonl", encoding="utf-8")]
ids = [r["id"] for r in rows]
assert len(ids) == len(set(ids)), "duplicate ids"
ok = True
by_type = collections.Counter()
by_kind = collections.Counter()
spans_by_kind = collections.defaultdict(collections.Counter)
n_email = n_short = 0
for r in rows:
    assert set(r) == {"id", "text", "spans"}, r["id"]
    t = r["text"]
    is_email = r["id"].startswith("email-")
    lo, hi = (300, 1500) if is_email else (40, 300)
    if not (lo <= len(t) <= hi):
        ok = False; print("LENGTH", r["id"], len(t))
    n_email += is_email; n_short += not is_email
    kind = ("email-" if is_email else "short-") + r["id"].split("-", 2)[2]
    by_kind[kind] += 1
    prev_end = -1
    for s in sorted(r["spans"], key=lambda s: (s["start"], s["end"])):
        assert s["entity_type"] in ("PERSON", "LOCATION", "ORGANIZATION")
        if t[s["start"]:s["end"]] != s["value"]:
            ok = False; print("OFFSET", r["id"], s)
        if s["value"] != s["value"].strip() or not s["value"]:
            ok = False; print("WHITESPACE", r["id"], s)
        if s["start"] < prev_end:
            ok = False; print("OVERLAP", r["id"], s)
        prev_end = s["end"]
        if "@" in s["value"]:
            ok = False; print("EMAIL IN SPAN", r["id"], s)
        by_type[s["entity_type"]] += 1
        spans_by_kind["email" if is_email else "short"][s["entity_type"]] += 1
print("texts:", len(rows), "| e-mails:", n_email, "| short:", n_short)
print("spans by type:", dict(by_type), "| total:", sum(by_type.values()))
for k in ("email", "short"):
    print(f"  {k}:", dict(spans_by_kind[k]))
print("texts with no span:", sum(1 for r in rows if not r["spans"]))
print("text kinds:", dict(sorted(by_kind.items())))
lens = [len(r["text"]) for r in rows if r["id"].startswith("email-")]
print("e-mail length min/median/max:", min(lens), sorted(lens)[len(lens)//2], max(lens))
print("VALID" if ok else "INVALID")
