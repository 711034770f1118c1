"""Build grounding_blind7.yaml and speculation_blind7.yaml from the hand-written data in this folder.

Usage: cd src && nice -n 10 python build.py

The threads hold more hand-written cases (about 290) than the target size. `select()` keeps, per thread, 3 supported
and 3 unsupported cases (2 in a few threads) chosen greedily so that kinds are spread over the whole set, with extra
weight on invented causes, blame and consequences (the issue's main failure). Cases not kept are written to
dropped_cases.yaml for reference; they were not used.
"""
import collections
import json
import pathlib

import common
import threads_a  # noqa: F401  (registers threads)
import threads_b  # noqa: F401
import threads_c  # noqa: F401
import spec

OUT = pathlib.Path(__file__).resolve().parent.parent
WEIGHT = {"invented_cause": 3.0, "invented_blame": 3.0, "invented_consequence": 1.5,
          "stated_cause": 2.0, "normalised_number": 2.5, "cross_email": 2.0}


def select():
    counts = collections.Counter()
    kept, dropped = [], []
    for i, t in enumerate(common.THREADS):
        n_sup = 2 if i % 6 == 5 else 3
        n_uns = 2 if i % 6 == 2 else 3
        chosen = []
        for sup, n in ((True, n_sup), (False, n_uns)):
            pool = [c for c in t["cases"] if c[0] == sup]
            for _ in range(min(n, len(pool))):
                best = min(pool, key=lambda c: (counts[c[1]] / WEIGHT.get(c[1], 1.0), pool.index(c)))
                pool.remove(best)
                counts[best[1]] += 1
                chosen.append(best)
        kept.append((t, [c for c in t["cases"] if c in chosen]))
        dropped.append((t, [c for c in t["cases"] if c not in chosen]))
    return kept, dropped


def q(s):
    return json.dumps(s, ensure_ascii=False)


def block(text, indent):
    pad = " " * indent
    return "|\n" + "\n".join((pad + line) if line else "" for line in text.rstrip("\n").split("\n")) + "\n"


def write_cases(path, sel, with_sources):
    out = []
    if with_sources:
        out.append("sources:\n")
        for t, _ in sel:
            for eid, text in t["emails"]:
                out.append(f"  {eid}: {block(text, 4)}")
        out.append("threads:\n")
        for t, _ in sel:
            out.append(f"  {t['id']}: [{', '.join(e[0] for e in t['emails'])}]\n")
    out.append("cases:\n")
    for t, cases in sel:
        out.append(f"  # --- {t['id']} ---\n")
        for sup, kind, text in cases:
            out.append(f"  - {{thread: {t['id']}, text: {q(text)}, supported: {'true' if sup else 'false'}, "
                       f"kind: {kind}}}\n")
    path.write_text("".join(out), encoding="utf-8")


def main():
    kept, dropped = select()
    write_cases(OUT / "grounding_blind7.yaml", kept, True)
    write_cases(pathlib.Path(__file__).resolve().parent / "dropped_cases.yaml", dropped, False)
    out = []
    for name, groups in (("positive", spec.POSITIVE), ("negative", spec.NEGATIVE)):
        out.append(f"{name}:\n")
        for cat, desc, items in groups:
            out.append(f"  # --- {cat}: {desc} ({len(items)}) ---\n")
            out.extend(f"  - {q(x)}\n" for x in items)
    (OUT / "speculation_blind7.yaml").write_text("".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
