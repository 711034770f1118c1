"""Assemble prompts.jsonl, documents.jsonl and summariser_instructions.jsonl from the
hand-written source files in this folder. Deterministic (fixed shuffle seed).

Source formats
--------------
p_*.txt (prompts):      "@@ category | lang" starts an item; the following lines (up to the
                        next "@@ " line) are the text. Files p_benign_* are label 0,
                        p_attack_* label 1.
instructions.txt:       "@@ lang" + text, all label 0.
d_*.txt (documents):    "#= key | category | lang [| twin=key] [| pos=...]" starts an item.
  clean item:           text of document 1, then "#-" lines separate further documents.
  injected twin:        copies the documents of its clean twin, then applies edits:
      "#+ N start|middle|end"      insert the following text into document N
      "#+ N afterline=ANCHOR"      insert after the line that contains ANCHOR
      "#! N"                        replace document N completely (used for JSON)
  position:             explicit pos=..., else "split" if the planting is in several pieces,
                        else start/middle/end from where the single planting landed.
"""
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import obfuscate  # noqa: E402


def read_blocks(path, marker):
    items, cur = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith(marker):
                if cur is not None:
                    items.append(cur)
                cur = [line[len(marker):].strip(), []]
            else:
                if cur is None:
                    if line.strip():
                        raise ValueError(f"text before first item in {path}: {line!r}")
                    continue
                cur[1].append(line)
    if cur is not None:
        items.append(cur)
    return [(h, "\n".join(body).strip("\n")) for h, body in items]


def load_prompts():
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "p_*.txt"))):
        label = 1 if os.path.basename(path).startswith("p_attack") else 0
        for head, text in read_blocks(path, "@@ "):
            parts = [p.strip() for p in head.split("|")]
            cat, lang = parts[0], parts[1]
            assert text, (path, head)
            out.append({"text": text, "label": label, "category": cat, "lang": lang,
                        "obfuscation": None, "source_file": os.path.basename(path)})
    for it in obfuscate.generate():
        it = dict(it)
        it.pop("seed_index", None)
        it["source_file"] = "obfuscate.py"
        out.append(it)
    return out


def split_paras(text):
    return text.split("\n\n")


def insert(doc, where, planting):
    """Return (new_text, relative_position_of_insertion)."""
    if where == "start":
        return planting + "\n\n" + doc, 0.0
    if where == "end":
        return doc.rstrip("\n") + "\n\n" + planting, 1.0
    if where == "middle":
        paras = split_paras(doc)
        if len(paras) >= 3:
            k = len(paras) // 2
            new = "\n\n".join(paras[:k] + [planting] + paras[k:])
            return new, 0.5
        lines = doc.split("\n")
        if len(lines) >= 3:
            k = len(lines) // 2
            return "\n".join(lines[:k] + [planting] + lines[k:]), 0.5
        sents = re.split(r"(?<=[.!?。])\s+", doc)
        if len(sents) >= 2:
            k = len(sents) // 2
            return " ".join(sents[:k] + [planting] + sents[k:]), 0.5
        raise ValueError("cannot insert in middle of: " + doc[:60])
    if where.startswith("afterline="):
        anchor = where[len("afterline="):]
        lines = doc.split("\n")
        for i, ln in enumerate(lines):
            if anchor in ln:
                new = "\n".join(lines[:i + 1] + [planting] + lines[i + 1:])
                return new, (i + 1) / len(lines)
        raise ValueError(f"anchor not found: {anchor!r}")
    raise ValueError(where)


def pos_from_rel(r):
    if r <= 0.2:
        return "start"
    if r >= 0.8:
        return "end"
    return "middle"


def load_docs():
    items = {}
    order = []
    for path in sorted(glob.glob(os.path.join(HERE, "d_*.txt"))):
        for head, body in read_blocks(path, "#= "):
            parts = [p.strip() for p in head.split("|")]
            key, cat, lang = parts[0], parts[1], parts[2]
            opts = dict(p.split("=", 1) for p in parts[3:])
            assert key not in items, key
            items[key] = {"key": key, "category": cat, "lang": lang, "opts": opts, "body": body,
                          "file": os.path.basename(path)}
            order.append(key)
    built = {}
    for key in order:
        it = items[key]
        if "twin" not in it["opts"]:
            docs = [d.strip("\n") for d in re.split(r"^#-.*$", it["body"], flags=re.M)]
            built[key] = {"documents": docs, "label": 0, "category": it["category"],
                          "doc_type": it["category"], "position": None, "lang": it["lang"],
                          "clean_twin": None, "key": key}
    for key in order:
        it = items[key]
        if "twin" not in it["opts"]:
            continue
        twin = built[it["opts"]["twin"]]
        docs = list(twin["documents"])
        edits = re.split(r"^(#[+!] .*)$", it["body"], flags=re.M)
        assert edits[0].strip() == "", (key, edits[0][:80])
        touched, rels, npieces = set(), [], 0
        for i in range(1, len(edits), 2):
            cmd, text = edits[i], edits[i + 1].strip("\n")
            assert text.strip(), key
            if cmd.startswith("#! "):
                n = int(cmd[3:].strip())
                docs[n] = text
                touched.add(n)
                npieces += 1
            else:
                m = re.match(r"#\+ (\d+) (.+)$", cmd)
                n, where = int(m.group(1)), m.group(2)
                docs[n], rel = insert(docs[n], where, text)
                touched.add(n)
                rels.append(rel)
                npieces += 1
        if "pos" in it["opts"]:
            pos = it["opts"]["pos"]
        elif npieces > 1:
            pos = "split"
        else:
            pos = pos_from_rel(rels[0])
        assert pos in ("start", "middle", "end", "split"), (key, pos)
        built[key] = {"documents": docs, "label": 1, "category": it["category"],
                      "doc_type": twin["doc_type"], "position": pos, "lang": it["lang"],
                      "clean_twin": twin["key"], "key": key,
                      "split_across_documents": len(touched) > 1 if pos == "split" else None}
    return [built[k] for k in order]


def main():
    rng = random.Random(20261126)

    prompts = load_prompts()
    rng.shuffle(prompts)
    with open(os.path.join(OUT, "prompts.jsonl"), "w", encoding="utf-8") as f:
        for i, p in enumerate(prompts, 1):
            rec = {"id": f"inj2-p-{i:04d}", "text": p["text"], "label": p["label"],
                   "category": p["category"], "lang": p["lang"], "obfuscation": p["obfuscation"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    docs = load_docs()
    rng.shuffle(docs)
    idmap = {d["key"]: f"inj2-d-{i:04d}" for i, d in enumerate(docs, 1)}
    with open(os.path.join(OUT, "documents.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            rec = {"id": idmap[d["key"]],
                   "documents": [{"id": f"doc-{j}", "text": t} for j, t in enumerate(d["documents"], 1)],
                   "label": d["label"], "category": d["category"], "doc_type": d["doc_type"],
                   "position": d["position"], "lang": d["lang"],
                   "clean_twin": idmap[d["clean_twin"]] if d["clean_twin"] else None}
            if d["label"] == 1 and d["position"] == "split":
                rec["split_across_documents"] = d["split_across_documents"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    ins = read_blocks(os.path.join(HERE, "instructions.txt"), "@@ ")
    with open(os.path.join(OUT, "summariser_instructions.jsonl"), "w", encoding="utf-8") as f:
        for i, (lang, text) in enumerate(ins, 1):
            f.write(json.dumps({"id": f"inj2-s-{i:03d}", "text": text, "label": 0, "lang": lang},
                               ensure_ascii=False) + "\n")
    print(f"prompts {len(prompts)}  documents {len(docs)}  instructions {len(ins)}")


if __name__ == "__main__":
    main()
