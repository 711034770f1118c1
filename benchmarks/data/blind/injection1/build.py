#!/usr/bin/env python3
"""Assemble prompts.jsonl, documents.jsonl and summariser_instructions.jsonl
from the hand-written sources in src/ (deterministic, standard library only).

    python3 generate_obfuscations.py > src/obfuscated.jsonl
    python3 build.py
    python3 validate.py
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
sys.path.insert(0, SRC)
import tool_results  # noqa: E402

RNG = random.Random(20261126)


def blocks(path):
    """Parse '@@ header' blocks; return list of (header_fields, text)."""
    out, head, buf = [], None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("@@ "):
                if head is not None:
                    out.append((head, "".join(buf).strip("\n")))
                head, buf = line[3:].split(), []
            else:
                buf.append(line)
    if head is not None:
        out.append((head, "".join(buf).strip("\n")))
    return out


def kv(fields):
    return dict(f.split("=", 1) for f in fields if "=" in f)


# ------------------------------------------------------------------ prompts
def build_prompts():
    items = []
    for name in ["prompts_benign_en.txt", "prompts_benign_multi.txt",
                 "prompts_attack_en.txt", "prompts_attack_multi.txt"]:
        for head, text in blocks(os.path.join(SRC, name)):
            cat, lang = head[0], head[1].replace("-", "+")
            items.append({"text": text, "label": 0 if cat.startswith("benign") else 1,
                          "category": cat, "lang": lang, "obfuscation": None})
    with open(os.path.join(SRC, "obfuscated.jsonl"), encoding="utf-8") as f:
        for line in f:
            items.append(json.loads(line))
    RNG.shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": "p-%04d" % i, "text": it["text"], "label": it["label"],
                    "category": it["category"], "lang": it["lang"],
                    "obfuscation": it["obfuscation"]})
    return out


# ---------------------------------------------------------------- documents
HEADER_RE = re.compile(r"^(From|To|Subject|Von|An|Betreff|De|À|Objet|Para|Asunto|От|Кому|Тема|"
                       r"Konu|Temat|Oggetto|Assunto|件名|主题|제목|الموضوع|विषय)\s*[:：]")


def split_header(text):
    """E-mail header block (From:/To:/Subject:) is kept above any planting."""
    lines = text.split("\n")
    if lines and HEADER_RE.match(lines[0]):
        for i, ln in enumerate(lines):
            if ln.strip() == "":
                return "\n".join(lines[:i]) + "\n\n", "\n".join(lines[i + 1:])
        return text + "\n\n", ""
    return "", text


def is_html(text):
    return bool(re.search(r"<(html|body|p|div|table)\b", text, re.I))


def insert_html(text, plant, pos):
    if not re.search(r"<[a-z!/]", plant, re.I):
        plant = "<p>" + plant.replace("\n", "<br>\n") + "</p>"
    m_body = re.search(r"<body[^>]*>", text, re.I)
    body_start = m_body.end() if m_body else 0
    m_end = re.search(r"</body>", text, re.I)
    body_end = m_end.start() if m_end else len(text)
    if pos == "start":
        return text[:body_start] + "\n" + plant + "\n" + text[body_start:]
    if pos == "end":
        return text[:body_end].rstrip() + "\n" + plant + "\n" + text[body_end:]
    closes = [m.end() for m in re.finditer(r"</(p|li|ol|ul|table|blockquote|div|h\d)>", text[:body_end], re.I)
              if m.end() > body_start]
    if len(closes) >= 2:
        at = closes[(len(closes) - 1) // 2]
    else:
        at = (body_start + body_end) // 2
        at = text.rfind(">", body_start, at) + 1 or at
    return text[:at] + "\n" + plant + "\n" + text[at:]


SENT_RE = re.compile(r"(?<=[.!?。！？])\s+")


def insert_plain(text, plant, pos):
    head, body = split_header(text)
    body = body.strip("\n")
    if pos == "start":
        return head + plant + "\n\n" + body
    if pos == "end":
        return head + body.rstrip() + "\n\n" + plant
    paras = body.split("\n\n")
    if len(paras) >= 2:
        k = max(1, len(paras) // 2)
        return head + "\n\n".join(paras[:k] + [plant] + paras[k:])
    lines = body.split("\n")
    if len(lines) >= 2:
        k = max(1, len(lines) // 2)
        return head + "\n".join(lines[:k] + [plant] + lines[k:])
    sents = SENT_RE.split(body)
    if len(sents) >= 2:
        k = max(1, len(sents) // 2)
        return head + " ".join(sents[:k] + [plant] + sents[k:])
    return head + body + "\n\n" + plant  # cannot do better


def insert(text, plant, pos):
    if is_html(text):
        return insert_html(text, plant, pos)
    return insert_plain(text, plant, pos)


def load_bases():
    bases = {}
    order = []
    for name in ["docs_base_emails.txt", "docs_base_threads.txt",
                 "docs_base_misc.txt", "docs_base_people.txt"]:
        for head, text in blocks(os.path.join(SRC, name)):
            key, cat, lang, dtype = head[:4]
            docs = [d.strip("\n") for d in re.split(r"\n%%\n", text)]
            bases[key] = {"key": key, "category": cat, "lang": lang, "dtype": dtype, "docs": docs}
            order.append(key)
    return bases, order


def doc_list(dtype, texts):
    return [{"id": "%s-%d" % (dtype, i), "text": t} for i, t in enumerate(texts, 1)]


def rel_position(text, payload):
    i = text.find(payload)
    if i < 0:
        return "middle"
    frac = (i + len(payload) / 2) / max(1, len(text))
    return "start" if frac < 0.33 else ("end" if frac > 0.67 else "middle")


def build_documents():
    bases, order = load_bases()
    items = []
    clean_index = {}
    for key in order:
        b = bases[key]
        it = {"documents": doc_list(b["dtype"], b["docs"]), "label": 0,
              "category": b["category"], "position": None, "lang": b["lang"], "_key": key}
        clean_index[key] = it
        items.append(it)

    use = {k: 0 for k in order}
    for head, _ in blocks(os.path.join(SRC, "plantings.txt")):
        b = kv(head).get("base")
        if b:
            use[b] += 1

    def pick(pred):
        cands = [k for k in order if pred(bases[k])]
        low = min(use[k] for k in cands)
        k = RNG.choice([c for c in cands if use[c] == low])
        use[k] += 1
        return k

    rot = [0]
    for head, text in blocks(os.path.join(SRC, "plantings.txt")):
        pkey, cat, plang = head[:3]
        opts = kv(head[3:])
        pos = opts.get("pos", "end")
        # The sources lean towards "end"; move every other free-standing end
        # planting (not a P.S./separator/footer one) to start or middle.
        if pos == "end" and not re.match(r"(P\.S|---|—|#####|See the|>>>|</email>|<img|<a |<p>)", text):
            rot[0] += 1
            pos = {1: "start", 2: "middle", 0: "end"}[rot[0] % 3] if rot[0] % 2 else "end"
        base = opts.get("base")
        tgt = opts.get("target")
        if not base and tgt == "ticket":
            base = pick(lambda b: b["category"] == "clean_ticket")
        if not base:
            if tgt == "html":
                base = pick(lambda b: b["category"] == "clean_html")
            elif cat == "injected_multilingual" and RNG.random() < 0.4:
                base = pick(lambda b: b["lang"] == plang and b["category"] == "clean_multilingual") \
                    if any(bb["lang"] == plang and bb["category"] == "clean_multilingual" for bb in bases.values()) \
                    else pick(lambda b: b["lang"] == "en")
            else:
                base = pick(lambda b: b["lang"] == "en" and b["category"] not in ("clean_html",))
        b = bases[base]
        docs = list(b["docs"])
        if pos == "split":
            parts = [p.strip("\n") for p in re.split(r"\n%%\n", text)]
            n = len(docs)
            assert n >= len(parts), (pkey, base)
            if len(parts) == n:
                targets = list(range(n))
            else:
                targets = sorted(RNG.sample(range(n), len(parts)))
            for part, di in zip(parts, targets):
                where = "end" if di == targets[0] else RNG.choice(["start", "end", "end"])
                docs[di] = insert(docs[di], part, where)
        else:
            di = RNG.randrange(len(docs))
            docs[di] = insert(docs[di], text, pos)
        lang = b["lang"] if b["lang"] == plang else "%s+%s" % (b["lang"], plang)
        items.append({"documents": doc_list(b["dtype"], docs), "label": 1, "category": cat,
                      "position": pos, "lang": lang, "_twin": base})

    # tool results
    clean = tool_results.clean_results()
    for key, name, obj in clean:
        it = {"documents": [{"id": "tool-1", "text": tool_results.render(name, obj)}], "label": 0,
              "category": "clean_tool_json", "position": None, "lang": "en", "_key": "json:" + key}
        clean_index["json:" + key] = it
        items.append(it)
    for key, name, obj, plang, payload in tool_results.planted(clean):
        txt = tool_results.render(name, obj)
        needle = json.dumps(payload, ensure_ascii=False)[1:-1]
        lang = "en" if plang == "en" else "en+" + plang
        items.append({"documents": [{"id": "tool-1", "text": txt}], "label": 1,
                      "category": "injected_json", "position": rel_position(txt, needle),
                      "lang": lang, "_twin": "json:" + key})

    RNG.shuffle(items)
    for i, it in enumerate(items, 1):
        it["id"] = "d-%04d" % i
    out = []
    for it in items:
        twin = clean_index[it["_twin"]]["id"] if "_twin" in it else None
        out.append({"id": it["id"], "documents": it["documents"], "label": it["label"],
                    "category": it["category"], "position": it["position"], "lang": it["lang"],
                    "clean_twin": twin})
    return out


def build_instructions():
    out = []
    for i, (head, text) in enumerate(blocks(os.path.join(SRC, "summariser_instructions.txt")), 1):
        out.append({"id": "s-%03d" % i, "text": text, "label": 0, "lang": head[0]})
    return out


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s (%d lines)" % (name, len(rows)))


if __name__ == "__main__":
    write("prompts.jsonl", build_prompts())
    write("documents.jsonl", build_documents())
    write("summariser_instructions.jsonl", build_instructions())
