"""Build emails.jsonl from the marked-up sources (src_*.py).

Markup: {P:text} PERSON, {L:text} LOCATION, {O:text} ORGANIZATION.
Offsets are Python string indices into the stripped text (end exclusive).
"""
import json, re, sys
sys.path.insert(0, ".")
from src_emails_a import EMAILS_A
from src_emails_b import EMAILS_B
from src_short import SHORT

TYPES = {"P": "PERSON", "L": "LOCATION", "O": "ORGANIZATION"}
MARK = re.compile(r"\{([PLO]):([^{}]+)\}")

def strip(marked):
    out, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        val = m.group(2)
        spans.append({"start": n, "end": n + len(val), "entity_type": TYPES[m.group(1)], "value": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "{" not in text and "}" not in text, text[:80]
    return text, spans

rows = []
for rid, marked in EMAILS_A + EMAILS_B + SHORT:
    text, spans = strip(marked)
    rows.append({"id": rid, "text": text, "spans": spans})

with open("emails.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(rows), "rows")
