"""Review r14a H4/M2: words after an "@" or signing a line that name no one stay as they are."""

from __future__ import annotations

import pytest

from guardrails_lite import Context, Guard
from guardrails_lite.validators.pii import PiiSpec

PII = PiiSpec(operator="pseudonymise").build()


def _people(text: str) -> str | None:
    verdict = PII(text, Context("input"))
    return verdict.repaired


@pytest.mark.parametrize(
    "text",
    [
        "@here the build is green again, @channel please rebase.",
        "@everyone standup moved to 10:30. cc @oncall @release-bot",
        "Thanks @all and @team for the help. Ping @admin if stuck.",
        "Tag the PR with @mentions: @copilot review this, @dependabot rebase",
        "Python decorators: @property @staticmethod @dataclass",
        "Use @media queries and @import for the theme.",
        "sounds good\n\nlgtm\n",
        "thanks all\n\nbrb\n",
        "can you check the logs?\n\nthanks,\nwfh\n",
        "From: noreply\nSubject: your receipt",
        "To: devops\nSubject: outage",
        "from: noreply\nto: dependabot",
    ],
)
def test_no_one_is_named(text: str) -> None:
    assert _people(text) is None or "PERSON" not in _people(text)  # type: ignore[operator]


def test_decorators_in_a_code_prompt_reach_the_model_unchanged() -> None:
    code = (
        "Why does this fail?\n\n```python\n@dataclass\nclass Point:\n    x: int\n\n    @property\n"
        "    def norm(self):\n        return abs(self.x)\n\n    @staticmethod\n    def origin():\n"
        "        return Point(0)\n```"
    )
    seen: list[str] = []

    def model(prompt: str) -> str:
        seen.append(prompt)
        return "ok"

    Guard("policies/default.yaml").run(model, code)
    assert seen == [code]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("thanks @kwame_builds for the fix", "kwame_builds"),
        ("ping @svetlana.k about it", "svetlana.k"),
        ("From: dilnoza\nSubject: visa", "dilnoza"),
        ("see attached\n\ndariush\n", "dariush"),
    ],
)
def test_people_are_still_named(text: str, name: str) -> None:
    repaired = _people(text)
    assert repaired is not None and name not in repaired and "<PERSON_1>" in repaired


@pytest.mark.parametrize(
    "text", ["Isla Brown called about the invoice.", "Lago Rossi will attend.", "Largo Winch sent the contract."]
)
def test_a_first_name_that_opens_place_names_is_a_person_without_a_place_cue(text: str) -> None:
    """Review r14a M4: typed LOCATION, the name went out raw under a PERSON-only policy."""
    only_people = PiiSpec(operator="pseudonymise", entities=["PERSON", "EMAIL_ADDRESS"]).build()
    repaired = only_people(text, Context("input")).repaired
    assert repaired is not None and repaired.startswith("<PERSON_1> ")


def test_after_a_place_cue_it_is_still_a_place() -> None:
    repaired = _people("We spent a week on Isla Mujeres and then flew to Lago Maggiore.")
    assert repaired == "We spent a week on <LOCATION_1> and then flew to <LOCATION_2>."
