"""grounding, wave 20 (issue 17): blame shifted onto another party of the thread is no stated cause.

An answer's cause opens with who or what did it. When the sources state the link with a different doer, the
answer moves the blame: onto the person who reported the problem ("Omar reported that the heater failed because
the night staff set it too high" does not support "because Omar set it too high"), or between two parties that
share a word ("the new tenant" and "the new plumber"). The doer's words that the sources use must be on the
source link's cause side (or be who its pronoun stands for: "we ran it dry" for the writer).
"""

from __future__ import annotations

import pytest

from tests.validators.conftest import build, check

CAUSE = "cause or blame not stated in the sources"


def _mail(sender: str, subject: str, body: str) -> str:
    return (
        f"From: {sender} <{sender.split()[0].lower()}@example.org>\nTo: Ops <ops@example.org>\n"
        f"Subject: {subject}\n\nHello,\n\n{body}\n\n{sender.split()[0]}\n"
    )


HEATER = (
    _mail(
        "Omar Haddad",
        "Heater",
        "The heater in room 4 failed on Tuesday. The thermostat had been set too high by the night staff, so the "
        "heater overheated and cut out.",
    ),
)
REPORTED = (
    _mail(
        "Ines Costa",
        "Outage",
        "Ines reported that the router failed because the provider's update had wiped its settings.",
    ),
)
BOILER = (
    _mail(
        "Ruth Lane",
        "Boiler",
        "The new plumber checked the valve on Monday. The boiler failed because the new tenant blocked the flue "
        "with boxes.",
    ),
)
KITCHEN = (
    _mail(
        "Kai Berg",
        "Leak",
        "The junior chef spotted the leak at 7am. The sink overflowed because the head chef left the tap running.",
    ),
)
# Review r20-s103-1: a role the thread sets beside a name stands for that name; a passive cause's subject is
# the patient (its doer is the "by" phrase). r20-s103-2: a source cause with no agent gets none from the answer.
ROLE = (
    _mail(
        "Lena Hoff",
        "Boiler",
        "The new plumber, Kofi Mensah, visited on Saturday. The boiler leaked because Kofi Mensah had fitted the "
        "valve the wrong way round in March.",
    ),
)
TREASURER = (
    _mail(
        "Lena Hoff",
        "Audit",
        "Our treasurer, Joel Park, checked the books. The audit failed because Joel Park had filed the wrong form.",
    ),
)
KILN = (
    _mail(
        "Lena Hoff",
        "Kiln",
        "Our technician Bram Ekwueme checked kiln B. The element burnt out because the kiln was left on overnight "
        "by the evening shift.",
    ),
)
BRAKES = (
    _mail(
        "Lena Hoff",
        "Van 12",
        "Driver Piotr Nowak reported a squeal on 1 June. Van 12 failed its brake test because the rear pads were "
        "worn to 2 mm.",
    ),
)
DECK = (
    _mail(
        "Lena Hoff",
        "Deck 3",
        "Tomasz Reyes from Ovencraft sent Odile Marsh. Deck 3 stopped heating because the lower element cracked and "
        "shorted.",
    ),
)
OWN = (_mail("Nia Ford", "Pump", "We ran the pump dry on Friday, so it overheated and seized."),)
THEIRS = (
    _mail(
        "Theo Grant",
        "Fobs",
        "On Friday our system ran its yearly clean-up. The fobs stopped working because the clean-up removed them.",
    ),
)


@pytest.mark.parametrize(
    ("sentence", "docs"),
    [
        ("The heater failed because Omar set it too high.", HEATER),
        ("The heater overheated because Omar set the thermostat too high.", HEATER),
        ("The router failed because Ines wiped its settings.", REPORTED),
        ("The boiler failed because the new plumber blocked the flue.", BOILER),
        ("The boiler failed because the plumber blocked the flue with boxes.", BOILER),
        ("The sink overflowed because the junior chef left the tap running.", KITCHEN),
        ("The element burnt out because the technician left the kiln on overnight.", KILN),
        ("The element burnt out because the kiln was left on overnight by Bram Ekwueme.", KILN),
        ("Van 12 failed its brake test because Piotr Nowak wore the rear pads down to 2 mm.", BRAKES),
        ("Van 12 failed its brake test because the driver had worn the rear pads to 2 mm.", BRAKES),
        ("Deck 3 stopped heating because Odile Marsh cracked the lower element.", DECK),
    ],
)
def test_blame_moved_to_another_party_is_flagged(sentence: str, docs: tuple[str, ...]) -> None:
    verdict = check(build({"use": "grounding"}), sentence, docs)
    assert any(CAUSE in f.message for f in verdict.findings), [f.message for f in verdict.findings]


@pytest.mark.parametrize(
    ("sentence", "docs"),
    [
        ("The heater overheated because the night staff set the thermostat too high.", HEATER),
        ("The router failed because the provider's update had wiped its settings.", REPORTED),
        ("The boiler failed because the new tenant blocked the flue.", BOILER),
        ("The sink overflowed because the head chef left the tap running.", KITCHEN),
        ("The pump overheated because Nia's team ran it dry.", OWN),
        ("The fobs stopped working because Theo's yearly clean-up removed them.", THEIRS),
        ("The boiler leaked because the new plumber had fitted the valve the wrong way round.", ROLE),
        ("The boiler leaked because the plumber fitted the valve the wrong way round.", ROLE),
        ("The audit failed because the treasurer had filed the wrong form.", TREASURER),
        ("The audit failed because Joel had filed the wrong form.", TREASURER),
        ("The element burnt out because kiln B was left on overnight.", KILN),
        ("The element burnt out because the kiln was left on overnight by the evening shift.", KILN),
        ("Van 12 failed its brake test because its rear pads were worn to 2 mm.", BRAKES),
        ("Van 12 failed its brake test because the rear pads were worn to 2 mm.", BRAKES),
        ("Deck 3 stopped heating because the lower element cracked and shorted.", DECK),
    ],
)
def test_the_stated_doer_is_not_flagged_as_a_cause(sentence: str, docs: tuple[str, ...]) -> None:
    verdict = check(build({"use": "grounding"}), sentence, docs)
    assert not any(CAUSE in f.message for f in verdict.findings), [f.message for f in verdict.findings]


def _dated(date: str, body: str) -> str:
    return (
        f"From: Dana Okafor <dana@example.org>\nTo: Ops <ops@example.org>\nDate: {date}\nSubject: Hall\n\n"
        f"Hello,\n\n{body}\n\nDana\n"
    )


MARCH = "Mon, 02 Mar 2026 09:00 +0000"
DECEMBER = "Mon, 14 Dec 2026 09:00 +0000"


@pytest.mark.parametrize(
    ("sentence", "docs"),
    [
        # a duration with its fraction or a smaller unit is one duration
        ("The coach came an hour and three quarters late.", (_dated(MARCH, "The coach was 105 minutes late."),)),
        ("The coach came 105 minutes late.", (_dated(MARCH, "The coach was an hour and three quarters late."),)),
        ("The meeting ran for two hours and 20 minutes.", (_dated(MARCH, "The meeting ran from 09:00 to 11:20."),)),
        ("The repair took two weeks and three days.", (_dated(MARCH, "The repair took 17 days."),)),
        # "in all" says the figure is a total
        (
            "The club will spend 830 GBP in all on the visit and the humidifier.",
            (_dated(MARCH, "The tuning visit costs 250 GBP. The club also buys a humidifier for 580 GBP."),),
        ),
        # an e-mail of December names next January's dates
        ("The hall reopens on Friday 8 January.", (_dated(DECEMBER, "The hall reopens on 8 January."),)),
        ("The hall opens on Tuesday 3 March.", (_dated(MARCH, "The hall opens on 3 March."),)),
    ],
)
def test_normalised_figures_are_supported(sentence: str, docs: tuple[str, ...]) -> None:
    verdict = check(build({"use": "grounding"}), sentence, docs)
    assert verdict.passed, [f.message for f in verdict.findings]


@pytest.mark.parametrize(
    ("sentence", "docs"),
    [
        ("The coach came an hour and a quarter late.", (_dated(MARCH, "The coach was 105 minutes late."),)),
        ("The meeting ran for two hours and 10 minutes.", (_dated(MARCH, "The meeting ran from 09:00 to 11:20."),)),
        (
            "The club will spend 930 GBP in all on the visit and the humidifier.",
            (_dated(MARCH, "The tuning visit costs 250 GBP. The club also buys a humidifier for 580 GBP."),),
        ),
        # 3 March 2026 is a Tuesday; the next year's 3 March (a Wednesday) is no date an e-mail of March means
        ("The hall opens on Wednesday 3 March.", (_dated(MARCH, "The hall opens on 3 March."),)),
        ("The hall reopens on Saturday 8 January.", (_dated(DECEMBER, "The hall reopens on 8 January."),)),
    ],
)
def test_wrong_normalised_figures_are_flagged(sentence: str, docs: tuple[str, ...]) -> None:
    verdict = check(build({"use": "grounding"}), sentence, docs)
    assert not verdict.passed


def _from(sender: str, body: str) -> tuple[str, ...]:
    return (_mail(sender, "Report", body),)


# Review r20-s103-4: a first name or surname two people of the thread share does not tell which one the source
# means; the writer's "I" is the writer, not another person with the writer's surname. Review r20-s103-3 below.
@pytest.mark.parametrize(
    ("sentence", "docs", "flagged"),
    [
        (
            "The backup failed because Marta Lopez forgot to clear the old snapshots.",
            _from(
                "Marta Ruiz",
                "Marta Lopez joined the team on Monday. The backup failed on Sunday because Marta forgot to clear the "
                "old snapshots.",
            ),
            True,
        ),
        (
            "The deposit was lost because Dana Park paid the invoice two weeks late.",
            _from(
                "Joel Park", "Dana Park booked the hall. We lost the deposit because I paid the invoice two weeks late."
            ),
            True,
        ),
        (
            "The deposit was lost because Joel Park paid the invoice two weeks late.",
            _from(
                "Joel Park", "Dana Park booked the hall. We lost the deposit because I paid the invoice two weeks late."
            ),
            False,
        ),
        (
            "The mirror of van 7 broke because Ada Okafor reversed into a bollard.",
            _from(
                "Lena Hoff",
                "Sam Okafor drives van 7 and Ada Okafor drives van 9. The mirror of van 7 broke because Mr Okafor "
                "reversed into a bollard.",
            ),
            True,
        ),
        (
            "Tom is to send Jake the final cut so that Jake can check it.",
            _from("Jake Lund", "Tom, please send me the final cut before release so I can check it."),
            False,
        ),
        # Review r20-s103-3: a full name for the first name or "Mr <Surname>" the source's cause gives is the same
        # doer; another person of the thread is not.
        (
            "The backup failed because Marta Ruiz forgot to clear the old snapshots.",
            _from("Marta Ruiz", "The backup failed on Sunday because Marta forgot to clear the old snapshots."),
            False,
        ),
        (
            "The deposit was lost because Joel Park paid the invoice two weeks late.",
            _from(
                "Lena Hoff",
                "Joel Park is our treasurer. We lost the deposit because Joel paid the invoice two weeks late.",
            ),
            False,
        ),
        (
            "The mirror broke because Sam Okafor reversed into a bollard.",
            _from("Lena Hoff", "Sam Okafor drives van 7. The mirror broke because Mr Okafor reversed into a bollard."),
            False,
        ),
        (
            "The mirror broke because Sam Okafor reversed into a bollard.",
            _from(
                "Lena Hoff",
                "Sam Okafor drives van 7. Tom Reed drives van 8. The mirror broke because Mr Reed reversed into a "
                "bollard.",
            ),
            True,
        ),
        (
            "The backup failed because Lena Hoff forgot to clear the old snapshots.",
            _from("Lena Hoff", "The backup failed on Sunday because Marta forgot to clear the old snapshots."),
            True,
        ),
    ],
)
def test_a_named_doer_is_the_sources_person(sentence: str, docs: tuple[str, ...], flagged: bool) -> None:
    verdict = check(build({"use": "grounding"}), sentence, docs)
    assert any(CAUSE in f.message for f in verdict.findings) is flagged, [f.message for f in verdict.findings]


def test_pointed_out_reports_what_follows() -> None:
    docs = _from("Nell Ortiz", "That works, but please note Osprey is out of the water at Quay Yard until 4 June.")
    verdict = check(
        build({"use": "grounding"}), "Nell pointed out that Osprey would be at Quay Yard until 4 June.", docs
    )
    assert verdict.passed, [f.message for f in verdict.findings]
