"""Evaluate `prompt_injection` on every labelled set, per source, and write benchmarks/results/injection.md.

    GUARDRAILS_DATA=../shared/data PYTHONPATH=. .venv/bin/python benchmarks/injection_eval.py [--tiers]

Sets (none trained on; training drops exact and near copies of every text here):
- public test splits: deepset test, jailbreak-classification balanced test, NotInject, WildGuard-benign, BIPIA
  (benign test e-mails clean vs. with test-split attacks inserted at start/middle/end, as documents);
- collections held out whole (outside data for the prompt head): GPTeacher role-play, code and tool-use
  instructions (benign, instruction-heavy), MultiJail's test half (plain requests in ten languages, benign);
- generated seen-distribution checks: `scripts/injection_corpus.py` rendered with a seed training never used
  (same templates as training, so these say little about unseen data), by category, language and position,
  plus every attack disguised ten ways (obfuscations);
- blind sets written by someone else: `benchmarks/injection_blind.py` (aggregates only, before/after).
Latency: wall time per text through the validator, one process, after a warm-up.
"""

from __future__ import annotations

import argparse
import base64
import codecs
import platform
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

import injection_contacts as K  # noqa: E402
import injection_corpus as C  # noqa: E402
import injection_data as D  # noqa: E402
import injection_documents as G  # noqa: E402

from guardrails_lite import Context  # noqa: E402
from guardrails_lite.validators.injection import PromptInjectionSpec  # noqa: E402

OUT = ROOT / "benchmarks" / "results" / "injection.md"
EVAL_SEED = 20261126  # never used by training (scripts/train_injection.py renders the corpus with SEED + 2)
TIERS: dict[str, dict[str, Any]] = {
    "structural only": {"lexical": False},
    "lexical only (no decoding)": {"structural": False, "decode": False},
    "default (structural + lexical + decoding)": {},
}
DEFAULT = "default (structural + lexical + decoding)"


@dataclass
class Row:
    name: str
    group: str
    n_pos: int = 0
    n_neg: int = 0
    tp: int = 0
    fp: int = 0
    ms: list[float] = field(default_factory=list)
    chars: int = 0

    def add(self, label: int, flagged: bool, ms: float, chars: int) -> None:
        self.n_pos += label
        self.n_neg += 1 - label
        self.tp += label and flagged
        self.fp += (1 - label) and flagged
        self.ms.append(ms)
        self.chars += chars

    @property
    def recall(self) -> float | None:
        return self.tp / self.n_pos if self.n_pos else None

    @property
    def fpr(self) -> float | None:
        return self.fp / self.n_neg if self.n_neg else None


Item = tuple[Any, int]  # text (prompt) or tuple of documents, label


def check(validator: Any, item: Any, as_document: bool) -> tuple[bool, float, int]:
    """Run the validator; a document item is a tuple of documents (flagged if any is)."""
    t0 = time.perf_counter()
    if as_document:
        docs = item if isinstance(item, tuple) else (item,)
        flagged = any(not validator(d, Context("input", target=f"context[{i}]")).passed for i, d in enumerate(docs))
        chars = sum(len(d) for d in docs)
    else:
        flagged = not validator(item, Context("input", target="prompt")).passed
        chars = len(item)
    return flagged, (time.perf_counter() - t0) * 1000, chars


def run(validator: Any, name: str, group: str, items: Iterable[Item], as_document: bool) -> Row:
    row = Row(name, group)
    for item, label in items:
        flagged, ms, chars = check(validator, item, as_document)
        row.add(label, flagged, ms, chars)
    return row


def fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))] if s else 0.0


# -- obfuscations -------------------------------------------------------------------------------
def _b64(t: str) -> str:
    return base64.b64encode(t.encode()).decode()


def _tags(t: str) -> str:
    return "".join(chr(0xE0000 + ord(c)) if 0x20 <= ord(c) <= 0x7E else c for c in t)


def _homoglyph(t: str) -> str:
    return t.translate(str.maketrans("aeopcxi", "аеорсхі"))  # Cyrillic look-alikes inside English words


def _small_caps(t: str) -> str:
    caps = dict(zip("abcdefghijklmnopqrstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ", strict=True))
    return "".join(caps.get(c, c) for c in t.lower())


def _tilde(t: str) -> str:
    return " ".join("~".join(w) if w.isalpha() and len(w) > 3 else w for w in t.split(" "))


OBFUSCATIONS: dict[str, Callable[[str], str]] = {
    "base64": _b64,
    "base64 inside base64": lambda t: _b64(_b64(t)),
    "rot13 inside base64": lambda t: _b64(codecs.encode(t, "rot13")),
    "rot13": lambda t: codecs.encode(t, "rot13"),
    "Unicode tag characters": lambda t: "Please read: " + _tags(t),
    "Cyrillic look-alikes in words": _homoglyph,
    "small capitals": _small_caps,
    "I~g~n~o~r~e separators": _tilde,
    "leetspeak": lambda t: t.translate(str.maketrans("aeoi", "4301")),
    "zero-width characters": lambda t: "\u200b".join(t),
    "full-width letters": lambda t: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in t),
}


# -- sets -----------------------------------------------------------------------------------------
def prompt_sets() -> list[tuple[str, str, list[Item]]]:
    """(group, name, items) for prompts."""
    sets = [
        ("public test splits", "deepset test", D.deepset("test")),
        ("public test splits", "jailbreak-classification balanced test", D.jailbreak("test", "balanced")),
        ("public test splits", "NotInject (benign)", [(t, 0) for t in D.notinject()]),
        ("public test splits", "WildGuard-benign (benign)", [(t, 0) for t in D.wildguard()]),
    ]
    for kind, label in (
        ("roleplay", "role prompts"),
        ("codegen", "code instructions"),
        ("toolformer", "tool-use requests"),
    ):
        texts = D.gpteacher(kind)
        if texts:
            sample = random.Random(EVAL_SEED).sample(texts, min(600, len(texts)))
            sets.append(("held-out collections (outside)", f"GPTeacher {label} (benign)", [(t, 0) for t in sample]))
    mj = D.multijail("test")
    if mj:
        sets.append(
            ("held-out collections (outside)", "MultiJail test half, 10 languages (benign)", [(t, 0) for t, _ in mj])
        )
    generated = C.prompts(EVAL_SEED)
    by: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for p in generated:
        by[("generated by category (seen templates)", p.category)].append((p.text, p.label))
        by[("generated by language (seen templates)", p.lang)].append((p.text, p.label))
    sets += [(g, n, items) for (g, n), items in sorted(by.items())]
    contacts_rng = random.Random(EVAL_SEED)
    contacts = [(t, 0) for t, _ in K.requests(contacts_rng)] + [(t, 1) for t in K.attacks(contacts_rng)]
    sets.append(("generated by category (seen templates)", "requests with contact / payment details", contacts))
    summaries = sorted({t.format(n="Dana", j="Atlas") for ts in G.SUMMARY_REQUESTS.values() for t in ts})
    sets.append(
        (
            "summariser instructions (must never be blocked)",
            "summary requests, 7 languages",
            [(t, 0) for t in summaries],
        )
    )
    attacks = [p.text for p in generated if p.label and p.lang == "en"]
    attacks += [t for t, y in D.deepset("test") if y]
    for name, f in OBFUSCATIONS.items():
        sets.append(("obfuscated attacks (generated + deepset test)", name, [(f(t), 1) for t in attacks]))
    return sets


def document_sets() -> list[tuple[str, str, list[Item]]]:
    sets: list[tuple[str, str, list[Item]]] = []
    rng = random.Random(13)
    emails, attacks = D.bipia_emails("test"), D.bipia_attacks("test")
    by_pos: dict[str, list[Item]] = defaultdict(list)
    for e in emails:
        by_pos["clean"].append(((e,), 0))
        for where in ("start", "middle", "end"):
            by_pos[where].append(((D.embed(e, rng.choice(attacks), where),), 1))
    for where, items in by_pos.items():
        sets.append(("public test splits", f"BIPIA e-mails: {where}", items))
    gen: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for d in C.documents(EVAL_SEED, n=300):
        gen[("generated documents by category (seen templates)", d.category)].append((d.documents, d.label))
        gen[("generated documents by position (seen templates)", d.position)].append((d.documents, d.label))
    sets += [(g, n, items) for (g, n), items in sorted(gen.items())]
    return sets


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tiers", action="store_true", help="also run structural-only and lexical-only on the public sets")
    ap.add_argument("--model", type=Path, help="score with this model file (a candidate) instead of the shipped one")
    ap.add_argument("--out", type=Path, default=OUT, help="where the results go")
    args = ap.parse_args()
    D.need_data()
    if args.model:
        from injection_blind import use_model

        use_model(args.model)
    v = PromptInjectionSpec.model_validate({"use": "prompt_injection"}).build()
    v("warm up the model", Context("input", target="prompt"))
    rows: list[Row] = []
    for group, name, items in prompt_sets():
        rows.append(run(v, name, group, items, as_document=False))
        print(f"{group[:30]:30} {name[:50]:50} R={fmt(rows[-1].recall)} FPR={fmt(rows[-1].fpr)}", flush=True)
    doc_rows: list[Row] = []
    for group, name, items in document_sets():
        doc_rows.append(run(v, name, group, items, as_document=True))
        print(f"{group[:30]:30} {name[:50]:50} R={fmt(doc_rows[-1].recall)} FPR={fmt(doc_rows[-1].fpr)}", flush=True)
    tiers: dict[str, list[Row]] = {}
    if args.tiers:
        public = [s for s in prompt_sets() if s[0] == "public test splits"]
        for tier, cfg in TIERS.items():
            if tier == DEFAULT:
                continue
            tv = PromptInjectionSpec.model_validate({"use": "prompt_injection", **cfg}).build()
            tiers[tier] = [run(tv, n, g, items, False) for g, n, items in public]
    write(rows, doc_rows, tiers, args.out)


def table(rows: list[Row]) -> list[str]:
    lines = ["| group | set | attacks | benign | recall | FPR | p50 ms | p99 ms |", "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(
            f"| {r.group} | {r.name} | {r.n_pos} | {r.n_neg} | {fmt(r.recall)} | {fmt(r.fpr)} | "
            f"{pct(r.ms, 0.5):.3f} | {pct(r.ms, 0.99):.3f} |"
        )
    return lines


def pooled(rows: list[Row]) -> tuple[float | None, float | None, int, int]:
    pos = sum(r.n_pos for r in rows)
    neg = sum(r.n_neg for r in rows)
    tp = sum(r.tp for r in rows)
    fp = sum(r.fp for r in rows)
    return (tp / pos if pos else None), (fp / neg if neg else None), pos, neg


def goals(rows: list[Row], doc_rows: list[Row]) -> list[str]:
    def met(ok: bool) -> str:
        return "met" if ok else "**missed**"

    outside = [r for r in rows if r.group in ("public test splits", "held-out collections (outside)")]
    rec, fpr, pos, neg = pooled(outside)
    bipia = [r for r in doc_rows if r.name.startswith("BIPIA")]
    drec, dfpr, dpos, dneg = pooled(bipia)
    summ = [r for r in rows if r.group.startswith("summariser")]
    blocked = sum(r.fp for r in summ)
    mixed = [m for r in rows if r.group == "public test splits" for m in r.ms]
    kb = [r for r in doc_rows if r.group == "public test splits"]
    ms_per_kb = sum(sum(r.ms) for r in kb) / max(1e-9, sum(r.chars for r in kb) / 1024)
    out = [
        f"- Outside prompts (public test splits + held-out collections, {pos} attacks / {neg} benign): recall "
        f"{fmt(rec)} (goal ≥ 0.85) {met(rec is not None and rec >= 0.85)}, FPR {fmt(fpr)} (goal ≤ 0.03) "
        f"{met(fpr is not None and fpr <= 0.03)}.",
        f"- Outside documents (BIPIA, {dpos} attacked / {dneg} clean e-mails): recall {fmt(drec)} (goal ≥ 0.90) "
        f"{met(drec is not None and drec >= 0.90)}, FPR {fmt(dfpr)} (goal ≤ 0.02) "
        f"{met(dfpr is not None and dfpr <= 0.02)}.",
        f"- Summariser instructions blocked: {blocked} (goal 0) {met(blocked == 0)}.",
    ]
    for r in rows + doc_rows:
        if r.group != "public test splits" or (
            r.name.startswith("BIPIA e-mails: ") and r.name != "BIPIA e-mails: clean"
        ):
            continue
        bad = []
        if r.recall is not None and r.recall < 0.90:
            bad.append(f"recall {r.recall:.3f} < 0.90")
        if r.fpr is not None and r.fpr > 0.05:
            bad.append(f"FPR {r.fpr:.3f} > 0.05")
        out.append(f"- {r.name}: " + ("recall ≥ 0.90 / FPR ≤ 0.05 met" if not bad else "**missed**: " + "; ".join(bad)))
    out.append(
        f"- Latency, mixed public prompt sets ({len(mixed)} texts): p50 {pct(mixed, 0.5):.3f} ms (goal ≤ 1) "
        f"{met(pct(mixed, 0.5) <= 1.0)}, p99 {pct(mixed, 0.99):.3f} ms (goal ≤ 3) {met(pct(mixed, 0.99) <= 3.0)}; "
        f"documents {ms_per_kb:.3f} ms/KB (goal ≤ 1) {met(ms_per_kb <= 1.0)}."
    )
    return out


def write(rows: list[Row], doc_rows: list[Row], tiers: dict[str, list[Row]], out: Path = OUT) -> None:
    lines = [
        "# prompt_injection: detection quality and latency",
        "",
        "Written by `benchmarks/injection_eval.py` (do not edit by hand). "
        f"Python {platform.python_version()}, {platform.machine()}, one thread, default configuration. No set below "
        "was trained on; training drops exact and near copies of every text in them. *Seen templates* rows are "
        "renderings of the training generator with another seed: they check the generator was learnt, not that the "
        "model generalises.",
        "",
        "## Goals",
        "",
        *goals(rows, doc_rows),
        "",
        "## Prompts",
        "",
        *table(rows),
        "",
        "## Documents (a row's item is one document or a thread; flagged if any document is)",
        "",
        *table(doc_rows),
        "",
    ]
    for tier, trows in tiers.items():
        lines += [f"## {tier} (public prompt sets)", "", *table(trows), ""]
    notes = ROOT / "benchmarks" / "injection_notes.md"
    if notes.is_file():
        lines += [notes.read_text(encoding="utf-8").strip(), ""]
    out.write_text("\n".join(lines), encoding="utf-8")
    print("wrote", out)


if __name__ == "__main__":
    main()
