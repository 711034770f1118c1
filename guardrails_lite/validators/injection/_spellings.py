"""Spellings a model reads as the text they spell and our patterns do not (issue 14, wave 19): escapes of code points
("\\u0049\\u0067..." as JSON and most languages write them, "\\111\\147" in octal), character codes in decimal
("73 103 110 111 114 101"), the NATO spelling alphabet ("India Golf November Oscar Romeo Echo / Alfa Lima Lima"), and
letters drawn with other symbols: upside down ("ǝɹouƃᴉ", usually also written backwards), Braille cells and regional
indicator letters. Mathematical, fullwidth, circled and small letters are folded by NFKC and the confusables
(`_normalize`); numeric HTML entities, binary and Morse are `_normalize._hand_spellings`.

Each run finder is one possessive pattern tried only where the text holds its marks (counted in C); each decoder
returns the spelled text or None, and `_normalize` keeps only decodings that read as language (`_readable`) and
counts their size against the views' bound. Linear on any input.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

__all__ = ["SPELLING_DECODERS", "spelled_runs", "symbol_views"]

# "\u0049" (and "\U0001F600", "\u{49}") or octal "\111": four or more, with at most a few plain characters between
# ("Ign\u006fre all previous ..." is one run). `\x` escapes are hex runs (`_normalize._HEX`). The gap cannot hold a
# backslash, so it ends where the next escape starts: no backtracking into it.
_ESCAPES = re.compile(r"(?:\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|u\{[0-9A-Fa-f]{1,6}\}|[0-7]{3})[^\\\n]{0,20}+){4,}+")
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|u\{([0-9A-Fa-f]{1,6})\}|([0-7]{3}))")
# Code points in decimal, eight or more, separated by spaces, commas or semicolons: printable ASCII and the letters of
# Latin, Greek and Cyrillic (32-126, 160-1279); a number outside ends the run (so does a run of digits: each code is
# at most four digits long, and "252525..." is none).
_CODE = r"(?:3[2-9]|[4-9][0-9]|1[01][0-9]|12[0-6]|1[6-9][0-9]|[2-9][0-9]{2}|1[01][0-9]{2}|12[0-7][0-9])"
_CHAR_CODES = re.compile(rf"(?<![0-9.,]){_CODE}(?![0-9])(?:(?:[ \t]*+[,;][ \t]*+|[ \t]++){_CODE}(?![0-9])){{7,}}+")
_MIN_DIGITS = 16  # a text with fewer digits holds no `_CHAR_CODES` run
_NATO_WORDS = {
    "alfa": "a", "alpha": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e", "foxtrot": "f", "golf": "g",
    "hotel": "h", "india": "i", "juliett": "j", "juliet": "j", "kilo": "k", "lima": "l", "mike": "m",
    "november": "n", "oscar": "o", "papa": "p", "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t",
    "uniform": "u", "victor": "v", "whiskey": "w", "whisky": "w", "x-ray": "x", "xray": "x", "yankee": "y",
    "zulu": "z",
}  # fmt: skip
_NATO_WORD = "(?:" + "|".join(sorted(_NATO_WORDS, key=len, reverse=True)) + ")"
# Six or more code words in a row; "/", "|", "," or "(space)" between the spelled words. Possessive: linear.
_NATO = re.compile(
    rf"\b{_NATO_WORD}\b(?:(?:[ \t]*+(?:[/|,]|\(space\)|space)[ \t]*+|[ \t]++){_NATO_WORD}\b){{5,}}+",
    re.IGNORECASE,
)
# Leading blanks only from the start of a run of them: tried from every blank of a long run, the pattern was quadratic.
_NATO_SPLIT = re.compile(r"(?:(?<![ \t])[ \t]++)?(?:[/|,]|\(space\)|\bspace\b)[ \t]*+", re.IGNORECASE)
_NATO_TELLS = ("tango", "oscar", "echo", "romeo", "sierra", "india", "hotel", "alfa", "alpha", "november", "lima")
_MIN_NATO_TELLS = 3  # distinct common code words a text needs before the pattern runs


_HIGH_OCTAL = re.compile(r"\\[4-7][0-7]{2}")


def _escape_char(m: re.Match[str]) -> str:
    u4, u8, braced, octal = m.groups()
    point = int(octal, 8) if octal else int(u4 or u8 or braced, 16)
    return chr(point) if point <= 0x10FFFF else ""


def _escapes(segment: str) -> str | None:
    # Every backslash of a run starts one of `_ESCAPE`'s escapes (its gaps hold none), and Python's own escape codec
    # reads "\\u", "\\U" and three octal digits the same way, in C (a callback per escape cost ~4 us: 200k of
    # "\\u0049" took 0.2 s). Braced "\\u{49}", text past ASCII, an escape past U+10FFFF and octal past \\377 (which
    # newer Pythons warn about) go the slow way.
    spelled = None
    if segment.isascii() and "{" not in segment and _HIGH_OCTAL.search(segment) is None:
        try:
            spelled = segment.encode("ascii").decode("unicode_escape")
        except UnicodeDecodeError:
            spelled = None
    if spelled is None:
        spelled = _ESCAPE.sub(_escape_char, segment)
    # (a pair of UTF-16 surrogates, as JSON writes a character past U+FFFF)
    return spelled.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _char_codes(segment: str) -> str | None:
    return "".join(chr(int(n)) for n in re.findall(r"[0-9]+", segment))


def _nato(segment: str) -> str | None:
    words = _NATO_SPLIT.split(segment.strip())
    return " ".join("".join(_NATO_WORDS.get(w.lower(), "") for w in word.split()) for word in words)


SPELLING_DECODERS: dict[str, Callable[[str], str | None]] = {
    "code escapes": _escapes,
    "character codes": _char_codes,
    "nato alphabet": _nato,
}


def spelled_runs(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """(kind, match) of each run of code escapes, decimal character codes and NATO code words, each looked for only
    if the text holds enough of its marks."""
    if "\\" in text:
        first = text.find("\\")
        yield from (("code escapes", m) for m in _ESCAPES.finditer(text, first))
    if sum(map(text.count, "0123456789")) >= _MIN_DIGITS:
        yield from (("character codes", m) for m in _CHAR_CODES.finditer(text))
    low = text.lower()
    if sum(w in low for w in _NATO_TELLS) >= _MIN_NATO_TELLS:
        yield from (("nato alphabet", m) for m in _NATO.finditer(text))


# Letters drawn with other symbols, mapped back to ASCII letters.
_UPSIDE_DOWN = str.maketrans(
    dict(
        zip(
            "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz∀ꓭƆᗡƎℲ⅁HIſꓘ˥WNOԀΌᴚS⊥∩ΛMX⅄Z˙¿¡‾",
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.?!_",
            strict=True,
        )
    )
)
# The upside-down letters that are no ASCII letter (IPA symbols and the like): what says a text is drawn upside down.
_UPSIDE_MARKS = "ɐɔǝɟƃɥᴉɾʞɯɹʇʌʍʎ∀ꓭƆᗡƎℲ⅁ꓘ˥ԀΌᴚ⊥∩Λ⅄"
# Braille letters a-z (grade 1) and regional indicator symbols A-Z.
_BRAILLE = str.maketrans(dict(zip("⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵", "abcdefghijklmnopqrstuvwxyz", strict=True)))
_REGIONAL = str.maketrans({chr(0x1F1E6 + i): chr(0x61 + i) for i in range(26)})
_BRAILLE_CELLS = re.compile("[\u2801-\u28ff]")
_REGIONAL_LETTERS = re.compile("[\U0001f1e6-\U0001f1ff]")
_MIN_SYMBOL_LETTERS = 8  # drawn letters a text needs before it is read as spelled with them


_TELLS = frozenset(
    "the and you your all of to is are for with in on a an be this that it not from".split()
    + "der die das und du nicht le la les et vous tu el los y que de il di che".split()
)


def _tells(text: str) -> int:
    """Function words of English and a few languages written with Latin letters, counted in one C-level split."""
    return sum(map(_TELLS.__contains__, text.lower().split()))


def symbol_views(text: str) -> list[tuple[str, str]]:
    """The text read with its drawn letters mapped back: upside down (and read backwards, as it is usually written),
    in Braille cells, in regional indicator letters; each view only the stretch from the first drawn letter to the
    last, at most `_SYMBOL_VIEW_CHARS` of it (review r19-s97-3: a whole-text view is one more full screening of
    attacker-chosen text; past the bound the stretch's head and tail are read). None for a text without enough of
    them (an ASCII text has none)."""
    if text.isascii():
        return []
    out: list[tuple[str, str]] = []
    if sum(map(text.count, _UPSIDE_MARKS)) >= _MIN_SYMBOL_LETTERS:
        # (one reading: backwards, as upside-down text is written to be read with the page turned, unless the letters
        # read better in their own order)
        upright = _stretch(text, _UPSIDE_LETTERS).translate(_UPSIDE_DOWN)
        turned = upright[::-1]
        if _tells(upright) > _tells(turned):
            out.append(("upside-down letters", upright))
        else:
            out.append(("upside down", turned))
    if len(_BRAILLE_CELLS.findall(text)) >= _MIN_SYMBOL_LETTERS:
        out.append(("braille", _stretch(text, _BRAILLE_CELLS).translate(_BRAILLE).replace("\u2800", " ")))
    if len(_REGIONAL_LETTERS.findall(text)) >= _MIN_SYMBOL_LETTERS:
        out.append(("regional indicator letters", _stretch(text, _REGIONAL_LETTERS).translate(_REGIONAL)))
    return out


_UPSIDE_LETTERS = re.compile(f"[{_UPSIDE_MARKS}]")
_SYMBOL_VIEW_CHARS = 16_384


def _stretch(text: str, drawn: re.Pattern[str]) -> str:
    """`text` from its first character `drawn` matches to its last (searched from the end on the reversed text; the
    classes are single characters), its head and tail only past `_SYMBOL_VIEW_CHARS`."""
    first = drawn.search(text)
    last = drawn.search(text[::-1])
    if first is None or last is None:
        return ""
    stretch = text[first.start() : len(text) - last.start()]
    if len(stretch) <= _SYMBOL_VIEW_CHARS:
        return stretch
    half = _SYMBOL_VIEW_CHARS // 2
    return stretch[:half] + "\n" + stretch[-half:]
