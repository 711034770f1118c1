"""Validate emails.jsonl and print its counts. Usage: python validate.py
(pii10's validate.py via pii11, code unchanged apart from this docstring; copied for pii12, pii13, pii14, pii15, pii16, then pii17, pii19 (ids now prefixed `pii19-`): it checks JSON keys, ids, offsets, overlaps, word
boundaries, and that every word listed in hard_negatives.json occurs in its record as a whole word outside every span.)"""
import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
TYPES = {"PERSON", "LOCATION", "ORGANIZATION"}
GROUPS = ("email", "chat", "forum")
errors = []
rows = []
for n, line in enumerate((HERE / "emails.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    try:
        rows.append(json.loads(line))
    except json.JSONDecodeError as e:
        errors.append(f"line {n}: {e}")

ids = collections.Counter(r["id"] for r in rows)
errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
counts = collections.Counter()
per_group = collections.Counter()
no_spans = []
for r in rows:
    rid, text, spans = r["id"], r["text"], r["spans"]
    if set(r) != {"id", "text", "spans"}:
        errors.append(f"{rid}: keys {sorted(r)}")
    m = re.fullmatch(r"pii19-(email|chat|forum)-(\d\d)-[a-z0-9-]+", rid)
    if not m:
        errors.append(f"{rid}: bad id")
        continue
    group = m.group(1)
    per_group[group] += 1
    if group == "email" and not 200 <= len(text) <= 1500:
        errors.append(f"{rid}: length {len(text)} outside 200-1500")
    if not spans:
        no_spans.append(rid)
    last_end = -1
    for s in sorted(spans, key=lambda s: (s["start"], s["end"])):
        if set(s) != {"start", "end", "entity_type", "value"}:
            errors.append(f"{rid}: span keys {sorted(s)}")
        if s["entity_type"] not in TYPES:
            errors.append(f"{rid}: type {s['entity_type']}")
        if not (0 <= s["start"] < s["end"] <= len(text)):
            errors.append(f"{rid}: bad offsets {s}")
        if text[s["start"]:s["end"]] != s["value"]:
            errors.append(f"{rid}: text[{s['start']}:{s['end']}]={text[s['start']:s['end']]!r} != {s['value']!r}")
        if s["value"] != s["value"].strip():
            errors.append(f"{rid}: untrimmed value {s['value']!r}")
        if s["start"] < last_end:
            errors.append(f"{rid}: overlapping span at {s['start']}")
        if s["start"] > 0 and (text[s["start"] - 1].isalnum() or
                               (s["end"] < len(text) and text[s["end"]].isalnum())):
            errors.append(f"{rid}: span {s['value']!r} cuts a word")
        last_end = max(last_end, s["end"])
        counts[(group, s["entity_type"])] += 1
    if list(spans) != sorted(spans, key=lambda s: s["start"]):
        errors.append(f"{rid}: spans not sorted by start")

print(f"emails.jsonl: {len(rows)} records (" + ", ".join(f"{per_group[g]} {g}" for g in GROUPS) + ")")
for t in ("PERSON", "LOCATION", "ORGANIZATION"):
    parts = "  ".join(f"{g}={counts[(g, t)]:4d}" for g in GROUPS)
    print(f"  {t:13s} total={sum(counts[(g, t)] for g in GROUPS):4d}  {parts}")
print(f"  spans total={sum(counts.values())}")
print(f"  records with no spans: {len(no_spans)} {no_spans}")
for g in GROUPS:
    lens = [len(r["text"]) for r in rows if r["id"].startswith("pii19-" + g + "-")]
    if lens:
        print(f"  {g} length: min={min(lens)} max={max(lens)} mean={sum(lens) / len(lens):.0f}")
neg_path = HERE / "hard_negatives.json"
if neg_path.exists():
    by_id = {r["id"]: r for r in rows}
    n_neg = 0
    for rid, words in json.loads(neg_path.read_text(encoding="utf-8")).items():
        if rid not in by_id:
            errors.append(f"hard_negatives.json: unknown id {rid}")
            continue
        r = by_id[rid]
        for w in words:
            n_neg += 1
            free = [m for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", r["text"])
                    if not any(s["start"] < m.end() and m.start() < s["end"] for s in r["spans"])]
            if not free:
                errors.append(f"{rid}: hard negative {w!r} not found outside spans")
    print(f"  hard negatives listed: {n_neg} (in hard_negatives.json)")
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
