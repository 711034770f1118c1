"""People by their user names: "@olu_adeyemi the pods are flapping", "<dafydd_j> Swansea here", "[vusi.m] wait",
"ksenia.b: looking", "Thanks, mod_lakshmi", "— pedal_pradeep", "acknowledged by olu_adeyemi".

A user name is written as one run of parts glued by "_" or "." (the tokenizer splits it there), and names its
person as a full name does: it leaks who wrote or was asked. The tagger sees lower-case parts and punctuation and
passes over it. A run is a person's handle where only a user stands: after "@", inside "<...>" or "[...]" opening
a line, as a line's speaker before ":", as a signature at a line's end after a dash or "Cheers,"; or, when one of
its parts is a listed given name (or a listed surname that is no English word) and none an English word no
given-name list holds ("patch.notes", "sales.team"), where a user or a name stands: after "by"/"from"/"thanks"/
"cheers" or a dash, or before "wrote"/"asks"/"says". Not a file, a domain, a version or a code's name
("report.pdf", "example.com", "rose_checkout_v2", "user_id"): their last part is a file's or a domain's ending, or a
part is a code's word. One pass over the glue tokens; each run is walked once: linear.
"""

from __future__ import annotations

from guardrails_lite.validators.pii._names.features import Prepared
from guardrails_lite.validators.pii._names.lexicon import DICT, FIRST, LAST
from guardrails_lite.validators.pii._names.tokens import NEWLINE, positions

__all__ = ["find"]

_GLUES = frozenset("_ . -".split())
_MAX_PARTS = 5
# Last parts of files and domains ("report.pdf", "example.com", "mail.example").
_ENDINGS = frozenset(
    """pdf txt doc docx xls xlsx csv json yaml yml xml html htm md py js ts java go rs rb sh exe zip gz tar log conf
    cfg ini sql env png jpg jpeg gif svg mp3 mp4 mov ppt pptx com org net io co uk de fr es it nl edu gov example
    local internal info biz ly""".split()
)
# Parts that make a run a code's, a job's or a setting's name ("rose_checkout_v2", "geofence-svc", "user_id").
_CODE_WORDS = frozenset(
    """id ids v1 v2 v3 v4 prod staging test tests svc api config cfg checkout flag flags job jobs deploy build main
    master branch tmp temp file files data db key keys max min len url uri http https www src lib bin bot""".split()
)
_BEFORE = frozenset("— – by from thanks cheers regards".split())
_AFTER = frozenset("wrote writes asks asked says said replied".split())
_CLOSE = {"<": ">", "[": "]"}
_CODE_AFTER = frozenset("import = ( :=".split())
_DASHES = frozenset("— – -".split())
_CLOSINGS = frozenset("thanks cheers regards best thx ta".split())
_LINE_END = frozenset({NEWLINE, "</s>", "(", "."})


def find(p: Prepared, taken: set[int]) -> list[tuple[int, int]]:
    """(first, last) of each user name (see the module's docstring) that no rule's span holds."""
    words, ends = p.words, p.ends
    last_i = len(words) - 1
    # glue tokens (one character) with a word right against them on both sides, tested in one comprehension: a
    # text's every sentence ends on a "." and most have a space after it
    glued = [
        j
        for j in positions(words, "_") + positions(words, ".")
        if 0 < j < last_i and ends[j - 1] + 1 == ends[j] and ends[j + 1] - len(words[j + 1]) == ends[j]
    ]
    out: list[tuple[int, int]] = []
    end = -1
    for j in sorted(glued):
        if j <= end:
            continue
        first, last = _run(p, j)
        end = last
        if any(t in taken for t in range(first, last + 1)) or not _handle(p, first, last):
            continue
        if _marked(p, first, last) or (_placed(p, first, last) and _named(p, first, last)):
            out.append((first, last))
    return out


def _glued(p: Prepared, j: int) -> bool:
    """Token `j` has a word right against it on both sides (no space)."""
    words, ends = p.words, p.ends
    if j == 0 or j + 1 >= len(words):
        return False
    return ends[j - 1] == ends[j] - len(words[j]) and ends[j + 1] - len(words[j + 1]) == ends[j]


def _run(p: Prepared, j: int) -> tuple[int, int]:
    """The run of glued parts and glue tokens around glue token `j` (at most `_MAX_PARTS` parts each way)."""
    words = p.words
    first = j - 1
    while first >= 2 and words[first - 1] in _GLUES and _glued(p, first - 1) and j - first < 2 * _MAX_PARTS:
        first -= 2
    last = j + 1
    while last + 2 < len(words) and words[last + 1] in _GLUES and _glued(p, last + 1) and last - j < 2 * _MAX_PARTS:
        last += 2
    return first, last


def _handle(p: Prepared, first: int, last: int) -> bool:
    words = p.words
    parts = words[first : last + 1 : 2]
    if len(parts) > _MAX_PARTS or not all(w.isalnum() for w in parts):
        return False
    lows = [w.lower() for w in parts]
    return not (lows[-1] in _ENDINGS or any(w in _CODE_WORDS for w in lows) or all(w.isdigit() for w in lows))


def _named(p: Prepared, first: int, last: int) -> bool:
    """A part of the run is a listed given name, or a listed surname that is no English word, and no part is an
    English word that no given-name list holds ("patch.notes", "sales.team"; review r20-s105-5); no code follows
    ("from sales.team import report")."""
    if p.text(last + 1) in _CODE_AFTER:
        return False
    flags = [p.word(t).flags for t in range(first, last + 1, 2)]
    if any(f & DICT and not f & FIRST for f in flags):
        return False
    return any(f & FIRST or (f & LAST and not f & DICT) for f in flags)


def _marked(p: Prepared, first: int, last: int) -> bool:
    """Where only a user name stands: after "@", inside "<...>" or "[...]", a line's speaker before ":"."""
    words = p.words
    before = words[first - 1] if first else NEWLINE
    after = p.text(last + 1)
    if before in _CLOSE:
        # a chat line's speaker: "[vusi.m] wait", "<dafydd_j> here" (not "Use [font.size] in the stylesheet")
        opened = first < 2 or words[first - 2] == NEWLINE
        return opened and after == _CLOSE[before]
    if before in _DASHES and after in _LINE_END:
        return True  # a post's signature: "— pedal_pradeep"
    if before == "," and first >= 2 and words[first - 2].lower() in _CLOSINGS and after in _LINE_END:
        return True  # "Cheers, jaz_b"
    return before == "@" or (before == NEWLINE and after == ":")


def _placed(p: Prepared, first: int, last: int) -> bool:
    """Where a user name or a person's name stands (see the module's docstring)."""
    words = p.words
    before = words[first - 1] if first else NEWLINE
    after = p.text(last + 1)
    if before.lower() in _BEFORE or after.lower() in _AFTER:
        return True
    return before == "," and first >= 2 and words[first - 2].lower() in _CLOSINGS
