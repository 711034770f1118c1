"""Build emails.jsonl from the inline-markup sources in this folder.

Markup: {P:Jane Smith} -> PERSON, {L:Berlin} -> LOCATION, {O:Acme Ltd} -> ORGANIZATION.
Records in source_*.txt start with a line '### <id>'; the text is every line up to the next
record, with trailing blank lines removed. Usage: python build.py
"""
import glob
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
TYPES = {"P": "PERSON", "L": "LOCATION", "O": "ORGANIZATION"}
MARK = re.compile(r"\{([PLO]):([^{}]+)\}")


def convert(marked):
    text, spans, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        text.append(before)
        out_len += len(before)
        value = m.group(2)
        spans.append({"start": out_len, "end": out_len + len(value),
                      "entity_type": TYPES[m.group(1)], "value": value})
        text.append(value)
        out_len += len(value)
        pos = m.end()
    text.append(marked[pos:])
    text = "".join(text)
    if "{" in text or "}" in text:
        raise ValueError(f"stray brace in {text[:60]!r}")
    return text, spans


def records():
    for path in sorted(glob.glob(str(HERE / "source_*.txt"))):
        rid, lines = None, []
        for line in open(path, encoding="utf-8").read().split("\n"):
            if line.startswith("### "):
                if rid:
                    yield rid, "\n".join(lines).rstrip()
                rid, lines = line[4:].strip(), []
            else:
                lines.append(line)
        if rid:
            yield rid, "\n".join(lines).rstrip()


def warnings(rid, text, spans):
    """Unlabelled repeats of a labelled value (outside e-mail addresses), titles in PERSON."""
    masked = re.sub(r"\S+@\S+", lambda m: "#" * len(m.group()), text)
    covered = set()
    for s in spans:
        covered.update(range(s["start"], s["end"]))
    values = {s["value"] for s in spans}
    values |= {t for s in spans if s["entity_type"] == "PERSON" for t in s["value"].split() if len(t) > 2}
    for v in values:
        for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", masked):
            if m.start() not in covered:
                print(f"  warn {rid}: unlabelled {v!r} at {m.start()}")
    for s in spans:
        if s["entity_type"] == "PERSON" and re.match(r"(Mr|Ms|Mrs|Dr|Prof)\b", s["value"]):
            print(f"  warn {rid}: title inside PERSON {s['value']!r}")
    if rid.startswith("email-") and not 400 <= len(text) <= 1000:
        print(f"  warn {rid}: length {len(text)}")


def main():
    rows = []
    for rid, marked in records():
        text, spans = convert(marked)
        warnings(rid, text, spans)
        rows.append({"id": rid, "text": text, "spans": spans})
    with open(HERE / "emails.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to emails.jsonl")


if __name__ == "__main__":
    main()
