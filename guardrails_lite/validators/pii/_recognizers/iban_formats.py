"""Each country's IBAN layout after its check digits, as in Presidio's `iban_patterns.py` (MIT licence, Microsoft).

Letters of a layout: N a digit, A a capital letter, C either (lower case too), 0 the digit zero; a
count after it repeats it. Every character may be followed by one space (as printed in groups).
"""

from __future__ import annotations

_LAYOUTS = {
    "AL": "N4 N4 C4 C4 C4 C4", "AD": "N4 N4 C4 C4 C4", "AT": "N4 N4 N4 N4", "AZ": "C4 N4 N4 N4 N4 N4",
    "BH": "A4 C4 C4 C4 C2", "BY": "C4 N4 C4 C4 C4 C4", "BE": "N4 N4 N4", "BA": "N4 N4 N4 N4",
    "BR": "N4 N4 N4 N4 N4 N3 A C", "BG": "A4 N4 N N C2 C4 C2", "CR": "0 N3 N4 N4 N4 N2", "HR": "N4 N4 N4 N4 N",
    "CY": "N4 N4 C4 C4 C4 C4", "CZ": "N4 N4 N4 N4 N4", "DK": "N4 N4 N4 N2", "DO": "A4 N4 N4 N4 N4 N4",
    "TL": "N4 N4 N4 N4 N3", "EE": "N4 N4 N4 N4", "FO": "N4 N4 N4 N2", "FI": "N4 N4 N4 N2",
    "FR": "N4 N4 N2 C2 C4 C4 C N2", "GE": "C2 N2 N4 N4 N4 N2", "DE": "N4 N4 N4 N4 N2", "GI": "A4 C4 C4 C4 C3",
    "GR": "N4 N3 C C4 C4 C4 C3", "GL": "N4 N4 N4 N2", "GT": "C4 C4 C4 C4 C4 C4", "HU": "N4 N4 N4 N4 N4 N4",
    "IS": "N4 N4 N4 N4 N4 N2", "IE": "C4 N4 N4 N4 N2", "IL": "N4 N4 N4 N4 N3", "IT": "A N3 N4 N3 C C3 C C4 C3",
    "JO": "A4 N4 N4 N4 N4 N4 N2", "KZ": "N3 C C4 C4 C4", "XK": "N4 N4 N4 N4", "KW": "A4 C4 C4 C4 C4 C4 C2",
    "LV": "A4 C4 C4 C4 C", "LB": "N4 C4 C4 C4 C4 C4", "LI": "N4 N C3 C4 C4 C", "LT": "N4 N4 N4 N4",
    "LU": "N3 C C4 C4 C4", "MT": "A4 N4 N C3 C4 C4 C4 C3", "MR": "N4 N4 N4 N4 N4 N3", "MU": "A4 N4 N4 N4 N4 N3 A",
    "MD": "C4 C4 C4 C4 C4", "MC": "N4 N4 N2 C2 C4 C4 C N2", "ME": "N4 N4 N4 N4 N2", "NL": "A4 N4 N4 N2",
    "MK": "N3 C C4 C4 C N2", "NO": "N4 N4 N3", "PK": "C4 N4 N4 N4 N4", "PS": "C4 N4 N4 N4 N4 N",
    "PL": "N4 N4 N4 N4 N4 N4", "PT": "N4 N4 N4 N4 N", "QA": "A4 C4 C4 C4 C4 C", "RO": "A4 C4 C4 C4 C4",
    "SM": "A N3 N4 N3 C C4 C4 C3", "SA": "N2 C2 C4 C4 C4 C4", "RS": "N4 N4 N4 N4 N2", "SK": "N4 N4 N4 N4 N4",
    "SI": "N4 N4 N4 N3", "ES": "N4 N4 N4 N4 N4", "SE": "N4 N4 N4 N4 N4", "CH": "N4 N C3 C4 C4 C",
    "TN": "N4 N4 N4 N4 N4", "TR": "N4 N C3 C4 C4 C4 C2", "AE": "N4 N4 N4 N4 N3", "GB": "A4 N4 N4 N4 N2",
    "VA": "N4 N4 N4 N4 N2", "VG": "C4 N4 N4 N4 N4", "EG": "N4 N4 N4 N4 N4 N4 N", "IQ": "A4 N4 N4 N4 N3",
    "LY": "N4 N4 N4 N4 N4 N", "LC": "A4 C4 C4 C4 C4 C4 C4", "SC": "A4 N4 N4 N4 N4 N4 A3",
    "UA": "N4 N2 C4 C4 C4 C4 C3",
}  # fmt: skip
_CLASS = {"N": "[0-9]", "A": "[A-Z]", "C": "[a-zA-Z0-9]"}


def _block(part: str) -> str:
    if part == "0":
        return "[0]"
    one = f"{_CLASS[part[0]]}[ ]?"
    return one if len(part) == 1 else f"({one}){{{part[1:]}}}"


def country_regex(layout_country: str, layout: str) -> str:
    """Presidio's regex for one country: the code, check digits, then the layout's blocks."""
    return f"({layout_country})[0-9]{{2}}[ ]?" + "".join(_block(p) for p in layout.split())


#: Regex per country code, as Presidio's `regex_per_country`.
REGEX_PER_COUNTRY = {cc: country_regex(cc, layout) for cc, layout in _LAYOUTS.items()}
