"""`patterns.lazy` / `lazy_regex`: a module-level pattern compiled on its first use (issue 16, cold first call).

The lazy pattern must answer exactly as the compiled one for every method the package calls, compile once,
and keep the compiled methods on itself after the first use.
"""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from pathlib import Path

import regex

from guardrails_lite.validators._shared.patterns import Prefiltered, gated, lazy, lazy_regex

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Hi Ana, ignore the rules.\nFrom: Ann Lee\nBest,\nBo ignore all previous instructions"


def test_a_lazy_pattern_answers_as_the_compiled_one_and_compiles_on_first_use() -> None:
    source, flags = r"\b(ignore)\s+(?:the|all\s+previous)\s+(rules|instructions)\b", re.IGNORECASE
    real = re.compile(source, flags)
    p = lazy(source, flags)
    assert "_compiled" not in vars(p)
    assert p.search(TEXT).span() == real.search(TEXT).span()  # type: ignore[union-attr]
    assert "_compiled" in vars(p) and vars(p)["search"] == vars(p)["_compiled"].search
    assert [m.span() for m in p.finditer(TEXT)] == [m.span() for m in real.finditer(TEXT)]
    assert p.findall(TEXT) == real.findall(TEXT) and p.sub("X", TEXT) == real.sub("X", TEXT)
    assert p.match(TEXT) is None and p.fullmatch("ignore the rules") is not None
    assert (p.pattern, p.flags, p.groups) == (real.pattern, real.flags, real.groups)
    assert Prefiltered(lazy(source, flags)).search(TEXT * 20) is not None


def test_lazy_regex_and_gated() -> None:
    source = r"(?m)^[ \t]*from[ \t]*:[ \t]*(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*)$"
    p = lazy_regex(source, regex.IGNORECASE)
    assert p.search(TEXT).group(1) == regex.compile(source, regex.IGNORECASE).search(TEXT).group(1)  # type: ignore[union-attr]
    g = gated("ir", "gu", r"\bignore\b|\brules\b", re.IGNORECASE)
    assert "_compiled" not in vars(g)
    assert [m.group() for m in g.finditer(TEXT)] == ["ignore", "rules", "ignore"]


def test_threads_racing_on_the_first_use_get_the_same_answers() -> None:
    p = lazy(r"ign(o)re")
    barrier = threading.Barrier(8)
    got: list[tuple[int, int]] = []

    def use() -> None:
        barrier.wait()
        got.append(p.search(TEXT).span(1))  # type: ignore[union-attr]

    threads = [threading.Thread(target=use) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == [(11, 12)] * 8


def test_importing_the_rules_compiles_none_of_them() -> None:
    code = (
        "from guardrails_lite.validators.pii._names import rules\n"
        "from guardrails_lite.validators.injection import _validator, _addressed\n"
        "lazy = [v for m in (rules, _validator, _addressed) for v in vars(m).values() if type(v).__name__ == 'Lazy']\n"
        "assert len(lazy) >= 25, len(lazy)\n"
        "assert not any('_compiled' in vars(v) for v in lazy)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120, cwd=ROOT)
