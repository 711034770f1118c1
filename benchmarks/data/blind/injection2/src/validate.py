"""Validate the three JSONL files and print counts. Exit code 1 on any error."""
import collections
import json
import os
import re
import sys
import unicodedata

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ERR = []

BENIGN_CATS = {"override_words_benign", "roleplay_benign", "llm_engineering", "security_research",
               "prompt_debugging", "translation_proofreading", "support_customer", "code",
               "email_assistant", "rag_search", "agent_task", "general", "obfuscated_benign"}
ATTACK_CATS = {"override", "system_prompt_extraction", "secret_extraction", "persona_jailbreak",
               "exfiltration", "payload_splitting", "developer_mode", "fake_system_message",
               "indirect_pasted"}
OBFS = {"base64", "base64_nested", "base64_rot13", "rot13", "hex", "url_encoding", "unicode_tags",
        "fullwidth", "small_caps", "homoglyph_mixed_script", "letter_separators", "zero_width",
        "leetspeak", "reversed"}
INJ_CATS = {"direct_order", "task_as_job", "summary_manipulation", "exfil_link", "hidden_text",
            "json_field", "split_task", "fake_system", "extraction_request", "tool_abuse",
            "persona_switch"}
SCRIPT = {"ru": "CYRILLIC", "uk": "CYRILLIC", "zh": "CJK", "ja": ("HIRAGANA", "KATAKANA", "CJK"),
          "ko": "HANGUL", "ar": "ARABIC", "hi": "DEVANAGARI"}


def err(msg):
    ERR.append(msg)


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: invalid JSON: {e}")
    ids = [r.get("id") for r in rows]
    dup = [i for i, c in collections.Counter(ids).items() if c > 1]
    if dup:
        err(f"{name}: duplicate ids {dup[:5]}")
    return rows


def has_script(text, lang):
    want = SCRIPT[lang]
    want = want if isinstance(want, tuple) else (want,)
    for ch in text:
        try:
            nm = unicodedata.name(ch)
        except ValueError:
            continue
        if any(nm.startswith(w) for w in want):
            return True
    return False


def table(title, counter):
    print(f"  {title}: " + ", ".join(f"{k}={v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))))


def check_prompts():
    rows = load("prompts.jsonl")
    texts = collections.Counter(r["text"] for r in rows)
    for t, c in texts.items():
        if c > 1:
            err(f"prompts: duplicate text {t[:50]!r}")
    for r in rows:
        if set(r) != {"id", "text", "label", "category", "lang", "obfuscation"}:
            err(f"prompts {r['id']}: fields {sorted(r)}")
        if r["label"] not in (0, 1):
            err(f"prompts {r['id']}: label")
        cats = ATTACK_CATS if r["label"] == 1 else BENIGN_CATS
        if r["category"] not in cats:
            err(f"prompts {r['id']}: category {r['category']} inconsistent with label {r['label']}")
        if r["obfuscation"] is not None and r["obfuscation"] not in OBFS:
            err(f"prompts {r['id']}: obfuscation {r['obfuscation']}")
        if r["category"] == "obfuscated_benign" and r["obfuscation"] is None:
            err(f"prompts {r['id']}: obfuscated_benign without obfuscation")
        if r["lang"] in SCRIPT and r["obfuscation"] is None and not has_script(r["text"], r["lang"]):
            err(f"prompts {r['id']}: lang {r['lang']} but no native script")
        if r["obfuscation"] == "unicode_tags" and not any(0xE0000 <= ord(c) <= 0xE007F for c in r["text"]):
            err(f"prompts {r['id']}: unicode_tags without tag chars")
        if not r["text"].strip():
            err(f"prompts {r['id']}: empty")
    print(f"prompts.jsonl: {len(rows)} items")
    table("label", collections.Counter(r["label"] for r in rows))
    for lab in (0, 1):
        sub = [r for r in rows if r["label"] == lab]
        table(f"category (label {lab})", collections.Counter(r["category"] for r in sub))
        table(f"lang (label {lab})", collections.Counter(r["lang"] for r in sub))
    att = [r for r in rows if r["label"] == 1]
    plain_non_en = [r for r in att if r["lang"] != "en" and r["obfuscation"] is None]
    table("obfuscation (label 1)", collections.Counter(r["obfuscation"] for r in att if r["obfuscation"]))
    table("obfuscation (label 0)", collections.Counter(r["obfuscation"] for r in rows if r["label"] == 0 and r["obfuscation"]))
    print(f"  attacks not in English (plain, not obfuscated): {len(plain_non_en)}; "
          f"languages with >=8: {sum(1 for c in collections.Counter(r['lang'] for r in plain_non_en).values() if c >= 8)}")
    lens = sorted(len(r["text"].split()) for r in rows)
    print(f"  length in whitespace tokens: min {lens[0]}, median {lens[len(lens)//2]}, max {lens[-1]}")
    return rows


def check_documents():
    rows = load("documents.jsonl")
    byid = {r["id"]: r for r in rows}
    for r in rows:
        need = {"id", "documents", "label", "category", "doc_type", "position", "lang", "clean_twin"}
        if not need <= set(r):
            err(f"documents {r['id']}: missing {need - set(r)}")
        if r["label"] == 0:
            if r["position"] is not None or r["clean_twin"] is not None:
                err(f"documents {r['id']}: clean item with position/twin")
        elif r["label"] == 1:
            if r["position"] not in ("start", "middle", "end", "split"):
                err(f"documents {r['id']}: position {r['position']}")
            if r["category"] not in INJ_CATS:
                err(f"documents {r['id']}: category {r['category']}")
            tw = byid.get(r["clean_twin"]) if r["clean_twin"] else None
            if r["clean_twin"] and (tw is None or tw["label"] != 0):
                err(f"documents {r['id']}: bad clean_twin")
            if tw is not None:
                if [d["text"] for d in tw["documents"]] == [d["text"] for d in r["documents"]]:
                    err(f"documents {r['id']}: identical to twin")
                if len(tw["documents"]) != len(r["documents"]):
                    err(f"documents {r['id']}: doc count differs from twin")
        else:
            err(f"documents {r['id']}: label")
        dids = [d["id"] for d in r["documents"]]
        if len(set(dids)) != len(dids):
            err(f"documents {r['id']}: duplicate inner ids")
        for d in r["documents"]:
            t = d["text"].strip()
            if not t:
                err(f"documents {r['id']}/{d['id']}: empty")
            looks_json = (t.startswith("{") and t.endswith("}")) or (t.startswith("[") and t.endswith("]"))
            if r["doc_type"] == "tool_json" or looks_json:
                try:
                    json.loads(t)
                except json.JSONDecodeError as e:
                    err(f"documents {r['id']}/{d['id']}: tool result does not parse: {e}")
        if r["lang"] in SCRIPT and not any(has_script(d["text"], r["lang"]) for d in r["documents"]):
            err(f"documents {r['id']}: lang {r['lang']} but no native script")
    print(f"documents.jsonl: {len(rows)} items")
    table("label", collections.Counter(r["label"] for r in rows))
    table("doc_type (clean)", collections.Counter(r["doc_type"] for r in rows if r["label"] == 0))
    table("category (injected)", collections.Counter(r["category"] for r in rows if r["label"] == 1))
    table("position (injected)", collections.Counter(r["position"] for r in rows if r["label"] == 1))
    table("lang (clean)", collections.Counter(r["lang"] for r in rows if r["label"] == 0))
    table("lang (injected)", collections.Counter(r["lang"] for r in rows if r["label"] == 1))
    ntw = sum(1 for r in rows if r["label"] == 1 and r["clean_twin"])
    nmulti = sum(1 for r in rows if len(r["documents"]) > 1)
    njson = sum(1 for r in rows if r["doc_type"] == "tool_json")
    print(f"  injected items with clean_twin: {ntw}; items with >1 document: {nmulti}; tool_json items: {njson} (all parse)")
    split = [r for r in rows if r.get("position") == "split"]
    print(f"  split plantings: {len(split)} (across documents: {sum(1 for r in split if r.get('split_across_documents'))})")
    return rows


def check_instructions():
    rows = load("summariser_instructions.jsonl")
    for r in rows:
        if not {"id", "text"} <= set(r) or r.get("label") != 0:
            err(f"instructions {r.get('id')}: fields/label")
    texts = collections.Counter(r["text"] for r in rows)
    if any(c > 1 for c in texts.values()):
        err("instructions: duplicate text")
    print(f"summariser_instructions.jsonl: {len(rows)} items")
    table("lang", collections.Counter(r["lang"] for r in rows))
    kw = re.compile(r"ignore|skip|forget|instead|don't|act as|ignor|oublie|olvida|ignora|забудь|игнорир|忽略|無視|무시|تجاهل|छोड़|dikkate alma|pomiń|bỏ qua|abaikan|lass .* weg|au lieu", re.I)
    print(f"  with ignore/skip/forget/instead/don't/act-as style wording: {sum(1 for r in rows if kw.search(r['text']))}")
    return rows


def cross_checks(prompts, docs, ins):
    ptexts = {r["text"] for r in prompts}
    for r in ins:
        if r["text"] in ptexts:
            err(f"instruction text also in prompts: {r['text'][:40]!r}")


if __name__ == "__main__":
    p = check_prompts()
    d = check_documents()
    s = check_instructions()
    cross_checks(p, d, s)
    if ERR:
        print(f"\n{len(ERR)} ERRORS")
        for e in ERR[:60]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")
