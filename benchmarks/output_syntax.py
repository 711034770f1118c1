"""Issue 17 trial: does a tagger + dependency parser trained on UD English-EWT help grounding's claims?

    PYTHONPATH=. python benchmarks/output_syntax.py --model DIR [--mode tags|parse] [--misses dev]
    PYTHONPATH=. python benchmarks/output_syntax.py --model DIR --speed
    OMP_NUM_THREADS=1 PYTHONPATH=. python benchmarks/output_syntax.py --train DIR [--ud /work/shared/data/ud-ewt]

DIR is a spaCy pipeline (tok2vec, tagger, parser) trained by `--train` on the treebank's train split,
scored on its dev split (its test split is reserved and never read), with `output_syntax.cfg` (seed 17, a
64-wide tok2vec, 4 epochs): DIR/model-best. The pipeline runs on grounding's own
tokens (answer and sources alike) and its tags and arcs replace the word-shape guesses of the rules path:

- `tags`: a verb is what the tagger calls a verb (VB*), not "ends in -ed or is irregular"; a clause starts
  where the parser puts the left edge of a subject (nsubj, nsubjpass, expl, csubj).
- `past`: as `tags`, but only past forms (VBD, VBN) are verbs, as in the rules ("ends in -ed").
- `split`: the rules' verbs, but the claims split by the parse as in `parse`.
- `roles`: the rules path, plus one check from the parse: a sentence whose doer and undergoer of a verb are
  the undergoer and doer of that verb in a source sentence ("Brightspan gave Oakfield notice") is flagged.
- `parse`: `tags`, and an answer sentence is split into claims by its clause heads (the root, verbs
  conjoined to it, adverbial and relative clauses); a conjoined verb without a subject of its own takes
  its head's subject, a relative clause the noun it modifies.

Then `output_mechanisms.py`'s halves are run: output3-7 split by thread (dev / held) and output8 whole.
`--speed` reports the pipeline's CPU time per token on the 1 KB answer of `output_eval.kb_answer_latency`.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import output_mechanisms

from guardrails_lite.validators.grounding import _claims, _facts, _reading, _support, _validator, _words
from guardrails_lite.validators.grounding._words import Tok

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "expl", "csubj"})
_CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl:relcl", "parataxis"})


class Parsed:
    """Tags and arcs of tokens, by the token object's identity (Tok objects are shared per spelling, so
    every parsed sentence gets fresh copies; the copies are kept alive here so no id is reused)."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.info: dict[int, tuple[Tok, list[Tok], int, str, str, int, int]] = {}
        self.tokens_seen = 0
        self.seconds = 0.0

    def tokens(self, text: str) -> list[Tok]:
        from spacy.tokens import Doc

        toks = [Tok(t.text, t.low, t.canon) for t in _PLAIN(text)]
        if not toks:
            return toks
        t0 = time.process_time()
        doc = Doc(self.nlp.vocab, words=[t.text.replace(" ", "_") for t in toks])
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        self.seconds += time.process_time() - t0
        self.tokens_seen += len(toks)
        for k, (t, s) in enumerate(zip(toks, doc, strict=True)):
            self.info[id(t)] = (t, toks, k, s.tag_, s.dep_.lower(), s.head.i, s.left_edge.i)
        return toks

    def tag(self, t: Tok) -> str:
        found = self.info.get(id(t))
        return found[3] if found else ""


_PLAIN = _words.tokens
P: Parsed | None = None


VERB_TAGS: tuple[str, ...] = ("VB",)


def verb_like(t: Tok) -> bool:
    assert P is not None
    tag = P.tag(t)
    return tag.startswith(VERB_TAGS) and t.low not in _reading.AUX if tag else _ORIG_VERB_LIKE(t)


def starts_clause(toks: list[Tok], k: int) -> bool:
    """A subject's left edge is at k (in the sentence the tokens were parsed in)."""
    assert P is not None
    if k >= len(toks):
        return False
    found = P.info.get(id(toks[k]))
    if found is None:
        return _ORIG_STARTS(toks, k)
    _, sent, i, *_ = found
    return any(P.info[id(u)][4] in _SUBJECTS and P.info[id(u)][6] == i for u in sent[i : i + 8])


def split_claims(toks: list[Tok]) -> list[list[Tok]]:
    """Claims by clause heads; the rules' split when the tokens were not parsed together."""
    assert P is not None
    infos = [P.info.get(id(t)) for t in toks]
    if not toks or any(x is None for x in infos) or len({id(x[1]) for x in infos if x}) != 1:
        return _ORIG_SPLIT(toks)
    sent = infos[0][1]  # type: ignore[index]
    pos = [x[2] for x in infos if x]
    inside = set(pos)
    head = {i: P.info[id(sent[i])][5] for i in pos}
    dep = {i: P.info[id(sent[i])][4] for i in pos}
    tag = {i: P.info[id(sent[i])][3] for i in pos}

    def is_clause(i: int) -> bool:
        if head[i] == i or head[i] not in inside:
            return True
        if dep[i] in _CLAUSE_DEPS:
            return True
        own = any(dep[j] in _SUBJECTS | {"cop"} and head[j] == i for j in pos)
        return dep[i] == "conj" and (tag[i].startswith(("VB", "MD")) or own) and is_clause(head[i])

    heads = [i for i in pos if is_clause(i)]
    if len(heads) <= 1:
        return [p for q in _claims._from_to(toks) for p in [q]]
    owner: dict[int, int] = {}
    for i in pos:
        j = i
        for _ in range(len(pos) + 1):
            if j in heads:
                break
            j = head[j]
        owner[i] = j if j in heads else heads[0]
    out: list[list[Tok]] = []
    for h in heads:
        part = [i for i in pos if owner[i] == h and dep[i] not in ("mark", "cc", "punct")]
        if not part:
            continue
        has_subject = any(dep[i] in _SUBJECTS and head[i] == h for i in part)
        lead: list[int] = []
        if dep[h] == "conj" and not has_subject:
            base = head[h]
            lead = [i for i in pos if dep[i] in _SUBJECTS and head[i] == base]
            lead = [i for s in lead for i in pos if _within(i, s, head, pos)]
        elif dep[h] in ("relcl", "acl:relcl") and head[h] in inside:
            noun = head[h]
            lead = [i for i in pos if i <= noun and _within(i, noun, head, pos) and owner[i] == owner.get(noun)]
            part = [i for i in part if tag[i] not in ("WDT", "WP", "WP$") or dep[i] not in _SUBJECTS | {"obj"}]
        words = [sent[i] for i in sorted(set(lead)) if i not in part] + [sent[i] for i in part]
        out.extend(_claims._from_to(words))
    return [p for p in out if any(t.text[:1].isalnum() for t in p)] or _ORIG_SPLIT(toks)


def _within(i: int, top: int, head: dict[int, int], pos: list[int]) -> bool:
    """Token i is `top` or below it."""
    j = i
    for _ in range(len(pos) + 1):
        if j == top:
            return True
        if j not in head or head[j] == j:
            return False
        j = head[j]
    return False


_OBJECTS = frozenset({"obj", "iobj", "nsubj:pass", "nsubjpass"})


def roles(
    toks: list[Tok], writers: frozenset[str], names: frozenset[str]
) -> list[tuple[frozenset[str], str, frozenset[str]]]:
    """(doers, verb, undergoers) per verb of a parsed sentence: doers are its active subject or passive agent
    ("by X"), undergoers its object, indirect object, passive subject or "to X"; a conjoined verb without a
    subject takes its head's. Participants are names (lower case), the writers for I/we, else base forms."""
    assert P is not None
    infos = [P.info.get(id(t)) for t in toks]
    if not toks or any(x is None for x in infos):
        return []
    sent = infos[0][1]  # type: ignore[index]
    info = [P.info[id(t)] for t in sent]
    kids: dict[int, list[int]] = {}
    for i, x in enumerate(info):
        if x[5] != i:
            kids.setdefault(x[5], []).append(i)

    def who(i: int) -> frozenset[str]:
        t = sent[i]
        if t.low in ("i", "we", "me", "us"):
            return writers
        span = [sent[j] for j in range(info[i][6], i + 1)]
        found = {u.low for u in span if u.capital and u.low in names}
        return frozenset(found) if found else frozenset({t.canon})

    out = []
    for v, x in enumerate(info):
        if not x[3].startswith("VB") or x[3] == "MD":
            continue
        doers: set[str] = set()
        under: set[str] = set()
        for k in kids.get(v, []):
            dep = info[k][4]
            if dep in ("nsubj",) or dep == "obl:agent":
                doers |= who(k)
            elif dep in _OBJECTS:
                under |= who(k)
            elif dep == "obl" and any(sent[c].low in ("to", "by") for c in kids.get(k, [])):
                by = any(sent[c].low == "by" for c in kids.get(k, []))
                (doers if by else under).update(who(k))
        if not doers and x[4] == "conj":
            doers = {w for k in kids.get(x[5], []) if info[k][4] == "nsubj" for w in who(k)}
        if doers and under:
            out.append((frozenset(doers), sent[v].canon, frozenset(under)))
    return out


def swapped(toks: list[Tok], dig: Any) -> bool:
    """A source sentence with the claim's verb whose doer is the claim's undergoer and the other way round."""
    mine = roles(toks, frozenset(), dig.names)
    if not mine:
        return False
    for f in dig.facts:
        for doers, verb, under in roles(f.toks, f.writers, dig.names):
            for d, v, u in mine:
                if v == verb and d & under and u & doers and not d & doers:
                    return True
    return False


def judge_with_roles(toks: list[Tok], dig: Any, opts: Any) -> tuple[list[str], int, float]:
    problems, doc, score = _ORIG_JUDGE(toks, dig, opts)
    if swapped(toks, dig) and "roles swapped (parse)" not in problems:
        problems = [*problems, "roles swapped (parse)"]
    return problems, doc, score


_ORIG_VERB_LIKE = _reading.verb_like
_ORIG_STARTS = _claims.starts_clause
_ORIG_SPLIT = _claims.split_claims
_ORIG_JUDGE = _support.judge


def install(nlp: Any, mode: str) -> Parsed:
    global P, VERB_TAGS
    P = Parsed(nlp)
    VERB_TAGS = ("VBD", "VBN") if mode == "past" else ("VB",)
    _facts.tokens = P.tokens  # type: ignore[assignment]
    _validator.tokens = P.tokens  # type: ignore[assignment]
    if mode == "roles":  # the rules path untouched, plus the parse's swapped-roles check
        _validator._support.judge = judge_with_roles  # type: ignore[attr-defined]
        return P
    if mode != "split":
        _reading.verb_like = verb_like  # type: ignore[assignment]
        _claims.verb_like = verb_like  # type: ignore[assignment]
        _claims._verb_like = verb_like  # type: ignore[assignment]
        _claims.starts_clause = starts_clause  # type: ignore[assignment]
    if mode in ("parse", "split"):
        _support.split_claims = split_claims  # type: ignore[attr-defined]
    return P


def speed(nlp: Any) -> None:
    import output_eval

    data = output_eval._load("grounding_dev17.yaml")
    threads = {"offsite", "incident", "contract"}
    answer = " ".join(c["text"] for c in data["cases"] if c["supported"] and c["thread"] in threads)
    answer = answer[: answer.rfind(".", 0, 1024) + 1]
    p = Parsed(nlp)
    sents = [s + "." for s in answer.split(". ") if s]
    for _ in range(3):
        for s in sents:
            p.tokens(s)
    p.seconds, p.tokens_seen = 0.0, 0
    runs = 50
    for _ in range(runs):
        for s in sents:
            p.tokens(s)
    per_tok = p.seconds / p.tokens_seen * 1e6
    print(
        f"{len(answer)}-char answer, {len(sents)} sentence(s), {p.tokens_seen // runs} tokens: "
        f"{per_tok:.1f} µs CPU per token, {p.seconds / runs * 1000:.2f} ms CPU per answer"
    )


def train(out: Path, ud: Path) -> None:
    """Convert the treebank's train and dev splits (10 sentences per doc) and train `output_syntax.cfg`."""
    from spacy.cli.train import train as spacy_train
    from spacy.tokens import DocBin
    from spacy.training.converters import conllu_to_docs

    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for split in ("train", "dev"):
        text = (ud / f"en_ewt-ud-{split}.conllu").read_text(encoding="utf-8")
        paths[split] = out / f"{split}.spacy"
        DocBin(docs=list(conllu_to_docs(text, n_sents=10, no_print=True))).to_disk(paths[split])
    overrides = {"paths.train": str(paths["train"]), "paths.dev": str(paths["dev"])}
    spacy_train(Path(__file__).with_suffix(".cfg"), out, overrides=overrides)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", type=Path)
    ap.add_argument("--train", type=Path, help="train the pipeline into this directory and stop")
    ap.add_argument("--ud", type=Path, default=Path("/work/shared/data/ud-ewt"))
    ap.add_argument("--mode", choices=("tags", "past", "split", "parse", "roles"), default="parse")
    ap.add_argument("--misses", choices=("dev",))
    ap.add_argument("--speed", action="store_true")
    args = ap.parse_args()
    import spacy

    if args.train:
        train(args.train, args.ud)
        return
    if args.model is None:
        ap.error("--model DIR is needed")
    nlp = spacy.load(args.model)
    if args.speed:
        speed(nlp)
        return
    install(nlp, args.mode)
    sys.argv = [sys.argv[0], *(["--misses", args.misses] if args.misses else [])]
    output_mechanisms.main()


if __name__ == "__main__":
    main()
