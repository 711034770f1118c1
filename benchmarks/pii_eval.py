"""PII detection: guardrails-lite `pii` vs stock Presidio, accuracy and speed in one run.

    PYTHONPATH=. python benchmarks/pii_eval.py [--data DIR] [--out benchmarks/results/pii.md] [--repeats 5]
                                               [--blind PATH]

Data: ../shared/data/presidio-synth-pii (Presidio's synth_dataset_v2, MIT; see its README).
Stock = `AnalyzerEngine` with its default recognizers on a blank English spaCy pipeline, plus
`AnonymizerEngine` (replace); ours = the `pii` validator with `operator: replace`. Both are scored
on the six pattern entity types, after the same score threshold and the same overlap resolution
(the anonymizer keeps the best of overlapping spans too). A prediction counts when it overlaps a
gold span of the same type (one to one); "exact" columns require identical boundaries.
Stock's e-mail recognizer would try to fetch the public-suffix list; it is pointed at
tldextract's bundled snapshot, like ours, so neither touches the network.

Names and places (PERSON, LOCATION, ORGANIZATION): on the synthetic rows (GPE counts as LOCATION; a
prediction inside a STREET_ADDRESS span is neither right nor wrong), on uner-ewt-dev (real web and
e-mail sentences; ORGANIZATION from uner-ewt-train/en_ewt-ud-dev.iob2 when present), on the
developer's own e-mails (benchmarks/data/pii_names_dev_emails.jsonl) and, with `--blind PATH`, on a
blind set of e-mails ({id, text, spans}); only aggregate figures are printed for it, never texts.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import time
import types
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# ../shared next to the checkout (or next to the worktrees' folder).
_SUBPATH = Path("shared", "data", "presidio-synth-pii")
DEFAULT_DATA = next((p / _SUBPATH for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()), _SUBPATH)
ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS")
NAMES = ("PERSON", "LOCATION", "ORGANIZATION")
_GOLD_TYPES = {"PERSON": "PERSON", "LOCATION": "LOCATION", "GPE": "LOCATION", "ORGANIZATION": "ORGANIZATION"}
THRESHOLD = 0.35
Spans = list[tuple[int, int, str]]


def load_rows(data: Path) -> list[dict[str, Any]]:
    path = data / "presidio_synth_dataset_v2.jsonl"
    if not path.exists():
        sys.exit(f"data set not found: {path} (see benchmarks/pii_eval.py docstring)")
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def stock_engines() -> tuple[Any, Any]:
    import spacy
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer
    from presidio_anonymizer import AnonymizerEngine

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    email_recognizer.tldextract = types.SimpleNamespace(extract=offline)

    class BlankSpacy(SpacyNlpEngine):  # type: ignore[misc]
        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    nlp = BlankSpacy(models=[{"lang_code": "en", "model_name": "blank"}])
    nlp.load()
    return AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"]), AnonymizerEngine()


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "pii.md")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--blind", type=Path, help="blind e-mail set (jsonl); aggregate figures only")
    args = ap.parse_args(argv)
    rows = load_rows(args.data)

    from presidio_anonymizer.entities import OperatorConfig

    from guardrails_lite.validators.pii import PiiSpec, PiiValidator, Span, get_engine, resolve_overlaps
    from guardrails_lite.verdict import Context

    t0 = time.perf_counter()
    analyzer, anonymizer = stock_engines()
    analyzer.analyze("warm up a.b@example.com 212-555-0100", language="en")
    stock_load = time.perf_counter() - t0
    names_load = cold_names_load()
    t0 = time.perf_counter()
    ours = PiiValidator(PiiSpec(operator="replace", score_threshold=THRESHOLD))
    ours("warm up a.b@example.com 212-555-0100", Context("input"))
    ours_load = time.perf_counter() - t0
    plain = PiiValidator(PiiSpec(operator="replace", score_threshold=THRESHOLD, entities=list(ENTITIES)))

    engine = get_engine(ours.config)

    def stock_spans(text: str) -> Spans:
        res = analyzer.analyze(text, language="en")
        kept = resolve_overlaps(Span(r.start, r.end, r.entity_type, r.score) for r in res if r.score >= THRESHOLD)
        return [(s.start, s.end, s.entity_type) for s in kept if s.entity_type in ENTITIES]

    def our_spans(text: str) -> Spans:
        kept = [s for s in engine.analyze(text) if s.score >= THRESHOLD]
        return [(s.start, s.end, s.entity_type) for s in kept if s.entity_type in ENTITIES]

    gold = [
        [(s["start"], s["end"], s["entity_type"]) for s in r["spans"] if s["entity_type"] in ENTITIES] for r in rows
    ]
    texts = [r["text"] for r in rows]
    scores = {"stock": score(gold, [stock_spans(t) for t in texts]), "ours": score(gold, [our_spans(t) for t in texts])}

    def stock_full(text: str) -> str:
        res = analyzer.analyze(text, language="en")
        return str(anonymizer.anonymize(text, res, {"DEFAULT": OperatorConfig("replace")}).text)

    def ours_full(text: str) -> str:
        v = ours(text, Context("input"))
        return v.repaired if v.repaired is not None else text

    def plain_full(text: str) -> str:
        v = plain(text, Context("input"))
        return v.repaired if v.repaired is not None else text

    names = names_report(args, rows, analyzer, get_engine, PiiSpec, PiiValidator, Span, resolve_overlaps)
    corpora = {
        "~1 KB e-mails: uner-ewt-dev e-mail sentences, each message's joined": email_kb(args.data.parent),
        "data set rows (avg {:.0f} chars)": texts,
        "~1 KB texts: rows joined": join_kb(texts),
        "~1 KB prose without PII: PII-free rows joined": join_kb([r["text"] for r in rows if not r["spans"]]),
        "~1 KB texts with every labelled span blanked out, rows joined": join_kb([blank_spans(r) for r in rows]),
    }
    speed: list[tuple[str, int, float, float, float, float, float]] = []
    for label, corpus in corpora.items():
        if not corpus:
            continue
        label = label.format(statistics.mean(map(len, corpus)))
        (w_stock, c_stock), (w_ours, c_ours), (w_plain, _) = timed(
            [stock_full, ours_full, plain_full], corpus, args.repeats
        )
        kb = sum(len(t) for t in corpus) / 1000
        ms = (w_stock * 1000 / kb, w_ours * 1000 / kb, w_plain * 1000 / kb)
        speed.append((label, len(corpus), *ms, kb, c_stock / c_ours))
    write_report(args.out, scores, speed, len(rows), (stock_load, ours_load, names_load), args.repeats, names)
    print(args.out.read_text(encoding="utf-8"))
    return 0


def cold_names_load() -> float:
    """Seconds to load the names data (lexicon + tagger) in a fresh process, its modules and numpy
    already imported (presidio and spaCy import numpy anyway)."""
    code = (
        "import time, numpy\n"
        "from guardrails_lite.validators.pii.names import NameFinder\n"
        "t = time.perf_counter()\n"
        "NameFinder().find('Hi Jane')\n"
        "print(time.perf_counter() - t)"
    )
    runs = [
        float(subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout)
        for _ in range(3)
    ]
    return statistics.median(runs)


def jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def names_gold(row: dict[str, Any]) -> tuple[Spans, list[tuple[int, int]]]:
    """Gold name spans of a row, and the STREET_ADDRESS spans (predictions inside them are not scored)."""
    gold = [
        (s["start"], s["end"], _GOLD_TYPES[s["entity_type"]]) for s in row["spans"] if s["entity_type"] in _GOLD_TYPES
    ]
    ignore = [(s["start"], s["end"]) for s in row["spans"] if s["entity_type"] == "STREET_ADDRESS"]
    return gold, ignore


def dev_with_org(data: Path) -> list[dict[str, Any]] | None:
    """uner-ewt-dev with ORGANIZATION spans, from the IOB2 file kept beside the train split."""
    path = data / "uner-ewt-train" / "en_ewt-ud-dev.iob2"
    if not path.exists():
        return None
    import importlib.util

    spec = importlib.util.spec_from_file_location("train_names", ROOT / "scripts" / "train_names.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    kinds = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}
    ids = [
        line.split("= ", 1)[1] for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("# sent_id")
    ]
    rows = module.read_iob2(path)
    return [
        {"sent_id": sid, "text": text, "spans": [{"start": a, "end": b, "entity_type": kinds[k]} for a, b, k in spans]}
        for sid, (text, spans) in zip(ids, rows, strict=True)
    ]


def email_kb(data: Path) -> list[str]:
    """The e-mail sentences of uner-ewt-dev in order (one per line, a blank line between messages), cut into ~1 KB
    texts at sentence ends."""
    path = data / "uner-ewt-dev" / "uner_ewt_dev.jsonl"
    if not path.exists():
        return []
    lines: list[str] = []
    message = None
    for row in jsonl(path):
        if row["sent_id"].startswith("email-"):
            doc = row["sent_id"].rsplit("-", 1)[0]
            if message is not None and doc != message:
                lines.append("")
            message = doc
            lines.append(row["text"])
    return join_kb(lines, sep="\n")


def names_report(
    args: argparse.Namespace, rows: list[dict[str, Any]], analyzer: Any, *api: Any
) -> dict[str, dict[str, Any]]:
    """P/R per name type on each set, for stock Presidio (blank pipeline) and ours."""
    get_engine, pii_spec, pii_validator, span, resolve_overlaps = api
    engine = get_engine(pii_validator(pii_spec(entities=list(NAMES), score_threshold=THRESHOLD)).config)

    def ours(text: str) -> Spans:
        return [(s.start, s.end, s.entity_type) for s in engine.analyze(text) if s.score >= THRESHOLD]

    def stock(text: str) -> Spans:
        res = analyzer.analyze(text, language="en", entities=list(NAMES))
        kept = resolve_overlaps(span(r.start, r.end, r.entity_type, r.score) for r in res if r.score >= THRESHOLD)
        return [(s.start, s.end, s.entity_type) for s in kept]

    sets: dict[str, tuple[list[dict[str, Any]], str]] = {
        "presidio-synth-pii (1,500 synthetic rows)": (rows, "unseen (no rule or feature looked at it)"),
    }
    shared = args.data.parent  # --data is the presidio-synth-pii folder; its siblings hold the other sets
    dev_path = shared / "uner-ewt-dev" / "uner_ewt_dev.jsonl"
    dev = dev_with_org(shared) or (jsonl(dev_path) if dev_path.exists() else None)
    if dev is not None:
        sets["uner-ewt-dev, all 2,001 sentences"] = (dev, "tuned on")
        sets["uner-ewt-dev, its 523 e-mail sentences"] = (
            [r for r in dev if r["sent_id"].startswith("email-")],
            "tuned on",
        )
    own = ROOT / "benchmarks" / "data" / "pii_names_dev_emails.jsonl"
    sets["our 18 development e-mails"] = (jsonl(own), "tuned on")
    if args.blind is not None:
        sets["blind e-mails"] = (jsonl(args.blind), "unseen: first and only run")
    out: dict[str, dict[str, Any]] = {}
    for name, (data_rows, status) in sets.items():
        gold, ignore = zip(*(names_gold(r) for r in data_rows), strict=True)
        texts = [r["text"] for r in data_rows]
        preds = {
            "stock": [drop_ignored(stock(t), ig) for t, ig in zip(texts, ignore, strict=True)],
            "ours": [drop_ignored(ours(t), ig) for t, ig in zip(texts, ignore, strict=True)],
        }
        out[name] = {"n": len(data_rows), "status": status} | {k: score(list(gold), p, NAMES) for k, p in preds.items()}
        if name == "blind e-mails":
            agg = {e: (round(v["p"], 3), round(v["r"], 3), int(v["gold"])) for e, v in out[name]["ours"].items()}
            print("blind e-mails, ours (P, R, gold):", agg)
    return out


def drop_ignored(pred: Spans, ignore: list[tuple[int, int]]) -> Spans:
    return [p for p in pred if not any(p[0] < b and a < p[1] for a, b in ignore)]


def blank_spans(row: dict[str, Any]) -> str:
    """The row's text with each labelled span (any type) replaced by "xxx": the same prose, no PII."""
    text, out, last = row["text"], [], 0
    for sp in row["spans"]:
        out += [text[last : sp["start"]], "xxx"]
        last = sp["end"]
    return "".join([*out, text[last:]])


def join_kb(texts: Sequence[str], sep: str = " ") -> list[str]:
    out: list[str] = []
    cur: list[str] = []
    for t in texts:
        cur.append(t)
        if sum(len(c) + len(sep) for c in cur) >= 1000:
            out.append(sep.join(cur))
            cur = []
    return out


def timed(fns: Sequence[Callable[[str], str]], corpus: Sequence[str], repeats: int) -> list[tuple[float, float]]:
    """Median (wall, CPU) seconds per pass for each function; passes interleave so load hits all alike."""
    wall: list[list[float]] = [[] for _ in fns]
    cpu: list[list[float]] = [[] for _ in fns]
    for _ in range(repeats):
        for i, fn in enumerate(fns):
            w0, c0 = time.perf_counter(), time.process_time()
            for t in corpus:
                fn(t)
            wall[i].append(time.perf_counter() - w0)
            cpu[i].append(time.process_time() - c0)
    return [(statistics.median(w), statistics.median(c)) for w, c in zip(wall, cpu, strict=True)]


def score(gold: list[Spans], pred: list[Spans], types: Sequence[str] = ENTITIES) -> dict[str, dict[str, float]]:
    c: Counter[tuple[str, str]] = Counter()
    for g_row, p_row in zip(gold, pred, strict=True):
        for _, _, e in g_row:
            c[(e, "gold")] += 1
        for _, _, e in p_row:
            c[(e, "pred")] += 1
        used: set[int] = set()
        for ps, pe, pt in p_row:
            for i, (gs, ge, gt) in enumerate(g_row):
                if i not in used and gt == pt and ps < ge and gs < pe:
                    used.add(i)
                    c[(pt, "tp")] += 1
                    if (ps, pe) == (gs, ge):
                        c[(pt, "exact")] += 1
                    break
    out: dict[str, dict[str, float]] = {}
    for e in (*types, "ALL"):
        keys = tuple(types) if e == "ALL" else (e,)
        n_gold, n_pred, tp, exact = (sum(c[(k, w)] for k in keys) for w in ("gold", "pred", "tp", "exact"))
        p = tp / n_pred if n_pred else 1.0
        r = tp / n_gold if n_gold else 1.0
        f2 = 5 * p * r / (4 * p + r) if p + r else 0.0
        exact_r = exact / n_gold if n_gold else 1.0
        out[e] = {"gold": n_gold, "pred": n_pred, "p": p, "r": r, "f2": f2, "exact_r": exact_r}
    return out


def write_report(
    out: Path,
    scores: dict[str, dict[str, dict[str, float]]],
    speed: list[tuple[str, int, float, float, float, float, float]],
    n_rows: int,
    loads: tuple[float, float, float],
    repeats: int,
    names: dict[str, dict[str, Any]],
) -> None:
    stock_load, ours_load, names_load = loads
    lines = [
        "# PII detection: `pii` vs stock Presidio",
        "",
        f"Generated by `benchmarks/pii_eval.py` on {time.strftime('%Y-%m-%d')}, Python {platform.python_version()}, "
        f"{platform.machine()}. Same blank English spaCy pipeline for both (no trained pipeline installed: stock "
        f"Presidio finds no PERSON/LOCATION/ORGANIZATION; ours finds them with its builtin names recognizer), score "
        f"threshold {THRESHOLD}, same overlap resolution.",
        "",
        "## Pattern entities: presidio-synth-pii (synth_dataset_v2, " + f"{n_rows} rows, MIT)",
        "",
        "Span level, overlap match; exact R = boundaries identical.",
        "",
        "| entity | gold | stock P | stock R | stock F2 | stock exact R | ours P | ours R | ours F2 | ours exact R |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for e in (*ENTITIES, "ALL"):
        s, o = scores["stock"][e], scores["ours"][e]
        lines.append(
            f"| {e} | {int(s['gold'])} | {s['p']:.3f} | {s['r']:.3f} | {s['f2']:.3f} | {s['exact_r']:.3f} "
            f"| {o['p']:.3f} | {o['r']:.3f} | {o['f2']:.3f} | {o['exact_r']:.3f} |"
        )
    lines += [
        "",
        "## Names and places (PERSON, LOCATION, ORGANIZATION)",
        "",
        "Span level, overlap match. Ours: `entities: [PERSON, LOCATION, ORGANIZATION]` (ORGANIZATION is opt-in; "
        "PERSON and LOCATION are on by default). Stock: `AnalyzerEngine` on the blank pipeline.",
        "",
        "| set | status | entity | gold | stock P | stock R | ours P | ours R | ours F1 | ours exact R |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, res in names.items():
        for e in NAMES:
            s, o = res["stock"][e], res["ours"][e]
            if not o["gold"] and not o["pred"]:
                continue
            f1 = 2 * o["p"] * o["r"] / (o["p"] + o["r"]) if o["p"] + o["r"] else 0.0
            lines.append(
                f"| {name} | {res['status']} | {e} | {int(o['gold'])} | {s['p']:.3f} | {s['r']:.3f} "
                f"| {o['p']:.3f} | {o['r']:.3f} | {f1:.3f} | {o['exact_r']:.3f} |"
            )
    lines += [
        "",
        f"## Throughput (whole process: detect + replace; median of {repeats} interleaved passes, single thread)",
        "",
        'Ours = the default `pii` entry (six pattern types + PERSON + LOCATION); "ours, patterns only" = '
        "`entities:` the six pattern types; their difference is what names cost.",
        "",
        "| texts | n | KB | stock ms/KB | ours ms/KB | ours, patterns only ms/KB | names add ms/KB "
        "| speed ratio (wall) | speed ratio (CPU) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for label, n, stock_ms, ours_ms, plain_ms, kb, cpu_ratio in speed:
        lines.append(
            f"| {label} | {n} | {kb:.1f} | {stock_ms:.2f} | {ours_ms:.3f} | {plain_ms:.3f} | {ours_ms - plain_ms:.3f} "
            f"| {stock_ms / ours_ms:.1f}× | {cpu_ratio:.1f}× |"
        )
    lines += [
        "",
        f"Engine load (first call, includes imports): stock {stock_load:.2f} s, ours {ours_load:.2f} s. Loading the "
        f"names data alone (lexicon + tagger, fresh process, numpy already imported; median of 3): {names_load:.3f} s.",
        "",
        "## Notes",
        "",
        "- Goals (pattern types, issue 4): recall ≥ 0.95 and precision ≥ 0.90 per type; speed ratio ≥ 10× on ~1 KB "
        "texts. Goals (names, issue 15): held-out e-mails PERSON P/R ≥ 0.95, LOCATION ≥ 0.90; real web and e-mail "
        "sentences PERSON ≥ 0.85/0.85, LOCATION ≥ 0.75/0.75; the default `pii` with names on ≥ 8× faster than "
        "stock's pattern-only engine on ~1 KB e-mails; names add ≤ 1 ms/KB; loading them ≤ 0.3 s.",
        '- Names: "tuned on" sets are not unseen: the tagger\'s features, the e-mail rules and thresholds were '
        "chosen looking at uner-ewt-dev and at our own development e-mails; the tagger itself is trained on the "
        "UNER train split only. The synthetic rows were not looked at while building the names recognizer. "
        "uner-ewt-dev labels restaurants, buildings and other facilities as LOCATION and many lower-case names "
        '("dp", "jen"); a token that is neither capitalised nor on a place list is never a candidate.',
        "- PHONE_NUMBER recall is the one goal missed. The data set's phone numbers are Faker output in many "
        "national formats (AU, NZ, SE, FI, ...) and often outside any assigned number range, e.g. `+1-984-182-0190` "
        "(NANP exchanges never start with 1) or `+447700 921 916`; libphonenumber, which Presidio uses with eight "
        "regions, rightly calls them invalid. We accept any number of plausible length when a cue word stands right "
        "before it (`Phone:`, `call`, `fax`, `mobile`, ...) or a label right after it (`(mobile)`, `-Office`, as in "
        "address books). The remaining misses have neither (`They're not answering at 78 651 450`). Matching every "
        "plausible-length digit run instead gives recall 1.0 at precision ≈ 0.54 here, so it is not the default.",
        "- Caveat: the data set has no held-out split, and the cue-word rules and the wider card patterns were "
        "written after looking at misses on this same file, so our phone and card figures are optimistic; stock's "
        "are not tuned. The rules themselves are generic (phone cue words, card network IIN ranges with Luhn).",
        "- CREDIT_CARD: stock's pattern stops at 17 digits and at the IIN prefixes 1, 3, 4, 5[0-5], 6; the data set "
        "also has 2-series Mastercard, 15-digit JCB (2131, 1800), Maestro (50, 56-58) and 19-digit Visa numbers, "
        "all Luhn-valid. We add wider patterns (groups of four, 13-19 digits; 12 digits only for Maestro), still "
        "Luhn-checked.",
        "- Synthetic-set labels not scored: STREET_ADDRESS, DATE_TIME, TITLE, NRP, ... (a name or place we find inside "
        "a street address is neither counted right nor wrong). A few of our "
        "false positives are labelled otherwise in the data: a driver's licence number `2270-66-1551` that is also "
        "a valid phone number, a card number `060426070011` (no card network starts with 0) found as a phone.",
        "- Speed comes from running each recognizer only in short windows around cheap anchors (`@`, digit runs), "
        "skipping spaCy when no NER entity is on (the blank pipeline only tokenizes; its empty lemmas make "
        "Presidio's context enhancer a no-op, so context words are matched on the raw words instead), and, for "
        "phones, trying only the regions whose numbering plan can fit a run's digits, skipping dates and runs "
        "already claimed by a validated card/IBAN/SSN/IP span, and stopping at the first region that matches a "
        "whole run. Wall and CPU ratios are from interleaved passes; the machine is shared, so absolute ms/KB "
        "vary between runs by up to ~2×, the ratios much less.",
        "",
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
