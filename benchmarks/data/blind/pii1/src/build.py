"""Convert inline-markup sources ([[P|..]], [[L|..]], [[O|..]]) to emails.jsonl and verify."""
import json, re, sys, unicodedata, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"P": "PERSON", "L": "LOCATION", "O": "ORGANIZATION"}
MARK = re.compile(r"\[\[(P|L|O)\|([^\[\]|]+)\]\]")
IGNORE = {("em03", "Grace"), ("em17", "June"), ("em61", "May")}
TITLES = ("Dr.", "Mr.", "Ms.", "Mrs.", "Prof.", "Dr ", "Mr ", "Ms ", "Mrs ", "Captain ")

def parse(path):
    raw = open(path, encoding="utf-8").read()
    raw = unicodedata.normalize("NFC", raw)
    for block in re.split(r"^### ", raw, flags=re.M)[1:]:
        head, _, body = block.partition("\n")
        yield head.strip(), body.strip("\n")

def convert(body):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(body):
        out.append(body[pos:m.start()])
        start = sum(len(x) for x in out)
        val = m.group(2)
        out.append(val)
        spans.append({"start": start, "end": start + len(val), "entity_type": TYPES[m.group(1)], "value": val})
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, text
    return text, spans

def main():
    recs, warn = [], 0
    for f in ["emails_a.txt", "emails_b.txt", "emails_c.txt", "emails_d.txt", "short.txt"]:
        p = os.path.join(HERE, f)
        if not os.path.exists(p):
            continue
        for rid, body in parse(p):
            text, spans = convert(body)
            recs.append({"id": rid, "text": text, "spans": spans})
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in recs:
        t = r["text"]; n = len(t)
        lo, hi = (50, 300) if r["id"].startswith("sm") else (400, 1500)
        if not lo <= n <= hi:
            print(f"LENGTH {r['id']}: {n}"); warn += 1
        covered = set()
        for s in r["spans"]:
            assert t[s["start"]:s["end"]] == s["value"]
            v = s["value"]
            assert v == v.strip() and "@" not in v, (r["id"], v)
            if s["entity_type"] == "PERSON":
                assert not v.startswith(TITLES), (r["id"], v)
            covered.update(range(s["start"], s["end"]))
        # labelled values that also occur unlabelled (possible omission) -> review
        toks = {tok for s in r["spans"] if s["entity_type"] == "PERSON" for tok in re.split(r"[ ,]+", s["value"]) if len(tok) > 2}
        cands = [{"value": v} for v in toks] + r["spans"]
        for s in cands:
            for m in re.finditer(r"(?<![\w.@])" + re.escape(s["value"]) + r"(?![\w@])", t):
                if (r["id"], s["value"]) in IGNORE: continue
                if m.start() not in covered and "@" not in t[max(0, m.start()-30):m.start()].split()[-1:][0:1]:
                    line = t[max(0, m.start()-40):m.end()+20].replace("\n", " ")
                    print(f"UNLABELLED? {r['id']}: {s['value']!r} in …{line}…"); warn += 1
    with open(os.path.join(HERE, "..", "emails.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(recs), "records;", warn, "warnings")

if __name__ == "__main__":
    main()
