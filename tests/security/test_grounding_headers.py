"""grounding, review r13a H4: a run-on header full of titles ("From: " + "Dr." * 22) made `_email`'s header
pattern backtrack through 2^k readings (10 s for 22 titles, hours for 30) while holding the GIL. Each piece of a
header value is now read one way only; the e-mail parses in linear time and the title rule still holds."""

from __future__ import annotations

import pytest

from guardrails_lite.validators.grounding._email import _INLINE_HEADER
from tests.security.bounded import run_bounded

HOSTILE = """
from guardrails_lite import Context
from guardrails_lite.verdict import Document
from guardrails_lite import parse_policy
v = parse_policy({"name": "t", "output": [{"use": "grounding"}]}).output[0].build()
for title in ("Dr.", "Prof.", "Mr.", "Mrs.", "Dr.Mr."):
    for k in (22, 60, 200):
        doc = "From: " + title * k + "\\nDate: 1 June 2026\\n\\nThe venue is booked for 12 June."
        v("The venue is booked for 12 June.", Context("output", documents=(Document(doc),)))
print("done")
"""


def test_headers_of_many_titles_finish() -> None:
    # Before the fix the first e-mail alone (22 titles) took ~10 s CPU and the 60-title one would not end.
    done = run_bounded(HOSTILE, seconds=20)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "done"


@pytest.mark.parametrize(
    ("line", "values"),
    [
        (
            "From: Dana. To: Prof. Kofi Asante. Date: 3 June 2026. Subject: x y. Hello",
            ["Dana", "Prof. Kofi Asante", "3 June 2026", "x y"],
        ),
        (
            "From: Dana <dana@x.example>. To: Dr. Lee, Mrs. Ho. Subject: plan. Hi",
            ["Dana <dana@x.example>", "Dr. Lee, Mrs. Ho", "plan"],
        ),
    ],
)
def test_titles_and_addresses_stay_in_the_header_value(line: str, values: list[str]) -> None:
    assert [m.group(2) for m in _INLINE_HEADER.finditer(line)] == values
