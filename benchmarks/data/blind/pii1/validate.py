"""Validate emails.jsonl: parses, unique ids, exact offsets, no overlaps, lengths; print counts."""
import json, sys, collections, os
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "emails.jsonl")
recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
ids = [r["id"] for r in recs]
assert len(ids) == len(set(ids)), "duplicate ids"
cnt = collections.Counter(); docs = collections.Counter(); bad = 0
for r in recs:
    assert set(r) == {"id", "text", "spans"}, r["id"]
    t = r["text"]; grp = "short" if r["id"].startswith("sm") else "email"
    docs[grp] += 1
    lo, hi = (50, 300) if grp == "short" else (400, 1500)
    if not lo <= len(t) <= hi:
        print("length out of range:", r["id"], len(t)); bad += 1
    prev_end = -1
    for s in sorted(r["spans"], key=lambda s: s["start"]):
        assert set(s) == {"start", "end", "entity_type", "value"}, r["id"]
        assert s["entity_type"] in ("PERSON", "LOCATION", "ORGANIZATION"), s
        if t[s["start"]:s["end"]] != s["value"]:
            print("offset mismatch:", r["id"], s); bad += 1
        if s["start"] < prev_end:
            print("overlap:", r["id"], s); bad += 1
        prev_end = s["end"]
        cnt[(grp, s["entity_type"])] += 1
print("documents:", dict(docs))
for k in sorted(cnt):
    print("spans", k, cnt[k])
print("total spans:", sum(cnt.values()), "| problems:", bad)
sys.exit(1 if bad else 0)
