"""JSON encoders built once: ``json.dumps`` with options builds a ``JSONEncoder`` and its C encoder per call.

`encoder` gives what ``json.dumps(value, **options)`` gives, for values without reference cycles
(decoded JSON bodies, log fields): no circular-reference check. On a Python without the C
accelerator it is ``JSONEncoder(**options).encode`` itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["encoder"]


def encoder(*, ensure_ascii: bool = True, allow_nan: bool = True, separators: tuple[str, str] = (", ", ": "),
            default: Callable[[Any], Any] | None = None) -> Callable[[object], str]:  # fmt: skip
    """``lambda value: json.dumps(value, ensure_ascii=..., allow_nan=..., separators=..., default=...)``."""
    reference = json.JSONEncoder(ensure_ascii=ensure_ascii, allow_nan=allow_nan, separators=separators,
                                 default=default, check_circular=False)  # fmt: skip
    make: Any = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # a Python built without the C accelerator
        return reference.encode
    text = json.encoder.encode_basestring_ascii if ensure_ascii else json.encoder.encode_basestring
    item, key = separators
    chunks = make(None, reference.default, text, None, key, item, False, False, allow_nan)

    def encode(value: object) -> str:
        if isinstance(value, str):  # as JSONEncoder.encode: the C encoder takes containers
            return reference.encode(value)
        return "".join(chunks(value, 0))

    return encode
