"""Build emails.jsonl and hard_negatives.json from the marked-up sources. Usage: python build.py

Markup: {P:...} PERSON, {L:...} LOCATION, {O:...} ORGANIZATION; {N:...} marks a deliberate hard negative (the text
is kept, no span is made, and the word is listed for that record in hard_negatives.json). A record starts with
`### <id>`. Warns about unlabelled repeats of a labelled value (some are deliberate: the same word used as a word).
(pii10's build.py via pii11 ... pii18; copied unchanged for pii19 (code identical; only this docstring differs): it reads
src/emails_a.txt, src/emails_b.txt, src/short.txt in that order.)
"""
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
TYPES = {"P": "PERSON", "L": "LOCATION", "O": "ORGANIZATION"}
MARK = re.compile(r"\{([PLON]):([^{}]+)\}")


def convert(marked):
    text, spans, negs, pos = [], [], [], 0
    out_len = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        text.append(chunk)
        out_len += len(chunk)
        value = m.group(2)
        if m.group(1) == "N":
            if value not in negs:
                negs.append(value)
        else:
            spans.append({"start": out_len, "end": out_len + len(value),
                          "entity_type": TYPES[m.group(1)], "value": value})
        text.append(value)
        out_len += len(value)
        pos = m.end()
    text.append(marked[pos:])
    return "".join(text), spans, negs


rows, negatives = [], {}
for name in ("src/emails_a.txt", "src/emails_b.txt", "src/short.txt"):
    raw = pathlib.Path(HERE / name).read_text(encoding="utf-8")
    for block in re.split(r"^### ", raw, flags=re.M)[1:]:
        rid, _, body = block.partition("\n")
        rid = rid.strip()
        body = body.strip("\n")
        rest = MARK.sub("", body)
        assert "{" not in rest and "}" not in rest, f"stray brace in {rid}"
        text, spans, negs = convert(body)
        for s in spans:
            for m in re.finditer(r"(?<!\w)" + re.escape(s["value"]) + r"(?!\w)", text):
                if not any(x["start"] <= m.start() < x["end"] for x in spans):
                    print(f"warn {rid}: unlabelled repeat of {s['value']!r} at {m.start()}: "
                          f"{text[max(0, m.start() - 25):m.end() + 25]!r}")
                    break
        rows.append({"id": rid, "text": text, "spans": spans})
        if negs:
            negatives[rid] = negs

with open(HERE / "emails.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
(HERE / "hard_negatives.json").write_text(json.dumps(negatives, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"wrote {len(rows)} records, {sum(len(r['spans']) for r in rows)} spans, "
      f"{sum(len(v) for v in negatives.values())} hard negatives")
