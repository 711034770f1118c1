"""grounding, wave 12: classes of faithful sentences no longer flagged, and of invented agents now caught.

- A weekday an e-mail names ("the coach leaves at 08:15 on Wednesday") is also a date the thread states on
  that weekday within three weeks ("from Wednesday 10 June"); a weekday written with its date ("Tuesday 10
  February") is checked by the thread's calendar, not against the weekday words of the core.
- "came at 11": a bare hour after "at" in a source is a clock time.
- A core that supports the claim on its own is not overruled by the nearest sentence's contradiction.
- An amount the claim computes from its own figures ("£45 a session for five sessions comes to £225"); a
  per-unit amount ("£45 a session") shared out from a stated total ("five sessions come to £225").
- "add up to 3,500 EUR" is a total, not a ceiling.
- "Norland's courier cracked the screens": the name's side is the agent (an invented one is caught);
  "was pushed back" (a phrasal verb in the passive) is nobody's act.
- The writer's "I'll rework ..."/"We can replace ..." is their planning/agreeing; "X got Y" holds where a
  third party's sentence states all of Y.
- "To: Prof. Kofi Asante": a title's dot does not end a header value.
- A clause that only dates the claim ("two days after he asked the desk for a new one") needs half the word
  support (and still its names, figures and what it says of its subject).
- Figures: "12-hour", "three-day", "10-litre", "180-a-night", "Plot 31's", "22:00 to 04:00" (overnight), and
  "3 hours 10 minutes" beside another duration.
"""

from __future__ import annotations

import pytest

from guardrails_lite.validators.grounding._email import parse_email
from guardrails_lite.validators.grounding._reading import agent_verbs, figures
from guardrails_lite.validators.grounding._words import tokens
from tests.validators.conftest import build, check


def _mail(sender: str, to: str, date: str, body: str) -> str:
    return f"From: {sender}\nTo: {to}\nDate: {date}\nSubject: Trip\n\n{body}"


TRIP = (
    _mail(
        "Daniel Osei <d.osei@hollins.example>",
        "Parents <parents@hollins.example>",
        "Mon, 11 May 2026 15:40",
        "Dear parents,\n\nYear 5 will visit the Fellside Centre from Wednesday 10 June to Friday 12 June.\n\nMr Osei",
    ),
    _mail(
        "Daniel Osei <d.osei@hollins.example>",
        "Parents <parents@hollins.example>",
        "Mon, 1 Jun 2026 16:00",
        "Dear parents,\n\nA reminder that the coach leaves the school gate at 08:15 on Wednesday.\n\nMr Osei",
    ),
)


def test_a_weekday_is_the_date_the_thread_gives_that_weekday() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "The coach leaves the school gate at 08:15 on 10 June.", TRIP).passed


def test_a_weekday_is_not_any_date_of_that_weekday() -> None:
    grounding = build({"use": "grounding"})
    assert not check(grounding, "The coach leaves the school gate at 08:15 on 17 June.", TRIP).passed


HEATING = (
    _mail(
        "Jamal Okoro <jamal@mailbox.example>",
        "Patricia Hale <patricia@lettings.example>",
        "Tue, 3 Feb 2026 07:05",
        "Dear Mrs Hale,\n\nThe boiler stopped working on Sunday night, and we have had no heating since.\n\nJamal",
    ),
    _mail(
        "Jamal Okoro <jamal@mailbox.example>",
        "Patricia Hale <patricia@lettings.example>",
        "Thu, 5 Feb 2026 18:30",
        "Dear Mrs Hale,\n\nThe engineer came yesterday at 11. The part arrives on Monday and he will fit it on "
        "Tuesday.\n\nJamal",
    ),
)


def test_weekdays_written_with_their_dates_are_checked_by_the_calendar() -> None:
    grounding = build({"use": "grounding"})
    text = "The boiler stopped working on Sunday 1 February, and the engineer will fit the part on Tuesday 10 February."
    assert check(grounding, text, HEATING).passed


def test_a_weekday_the_calendar_does_not_give_that_date_is_flagged() -> None:
    grounding = build({"use": "grounding"})
    verdict = check(grounding, "The engineer will fit the part on Monday 10 February.", HEATING)
    assert any("figure" in f.message or "number" in f.message for f in verdict.findings)


def test_a_bare_hour_after_at_is_a_clock_time() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "The engineer came at 11:00.", HEATING).passed
    assert not check(grounding, "The engineer came at 12:30.", HEATING).passed


SOLAR = (
    _mail(
        "Dev Patel <dev@mailbox.example>",
        "Installs <installs@brightroof.example>",
        "Mon, 20 Jul 2026 19:00",
        "Hi,\n\nWhen can you install? We're away from 15 to 22 August.\n\nDev",
    ),
    _mail(
        "Carys Lloyd <carys@brightroof.example>",
        "Dev Patel <dev@mailbox.example>",
        "Tue, 21 Jul 2026 10:15",
        "Dear Dev,\n\nWe can install on 4 and 5 August. Someone must be in on 4 August for the inverter.\n\nCarys",
    ),
    _mail(
        "Dev Patel <dev@mailbox.example>",
        "Carys Lloyd <carys@brightroof.example>",
        "Tue, 21 Jul 2026 20:30",
        "Carys,\n\n4 and 5 August works; my wife will be home on the 4th.\n\nDev",
    ),
)


def test_a_core_that_holds_the_claim_alone_outranks_the_nearest_contradiction() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "The installation is on 4 and 5 August, over a week before Dev goes away.", SOLAR).passed
    assert not check(grounding, "The installation is on 14 and 15 August.", SOLAR).passed


PITCH = (
    _mail(
        "Nia Thomas <nia@hollinsacademy.example>",
        "Callum Reid <callum@fernleighfc.example>",
        "Wed, 21 Jan 2026 12:05",
        "Dear Callum,\n\nWe can offer the pitch on Tuesdays at £45 per session.\n\nNia",
    ),
    _mail(
        "Callum Reid <callum@fernleighfc.example>",
        "Committee <committee@fernleighfc.example>",
        "Wed, 21 Jan 2026 20:15",
        "All,\n\nFive sessions from 27 January come to £225, which the club will pay from the facilities "
        "budget.\n\nCallum",
    ),
)


@pytest.mark.parametrize(
    ("text", "passes"),
    [
        ("The club will pay £45 a session for five sessions from the facilities budget.", True),
        ("The club will pay £50 a session for five sessions from the facilities budget.", False),
        ("At £45 per session, five sessions come to £225.", True),
        ("At £45 per session, five sessions come to £250.", False),
    ],
)
def test_per_unit_amounts_and_their_products(text: str, passes: bool) -> None:
    assert check(build({"use": "grounding"}), text, PITCH).passed is passes


def test_add_up_to_is_a_total_not_a_ceiling() -> None:
    assert figures(tokens("The three prizes add up to 3,500 EUR.")) == [("n", 3.0), ("money:eur", 3500.0)]
    assert figures(tokens("We can take up to 40 people.")) == [("<n", 40.0)]


LAPTOPS = (
    _mail(
        "Yusuf Demir <yusuf@kestrel.example>",
        "Norland Sales <sales@norland.example>",
        "Mon, 9 Mar 2026 09:00",
        "Hello,\n\nThe laptops arrived today. Two had cracked screens in the box, so I sent them back to Norland."
        "\n\nYusuf",
    ),
)


def test_a_possessive_name_is_the_agent_of_its_noun_phrase() -> None:
    assert agent_verbs(tokens("Norland's courier cracked the screens."))[0][0] == frozenset({"norland"})
    assert agent_verbs(tokens("Mei's start was pushed back by a fortnight.")) == []


def test_an_invented_agent_behind_a_possessive_is_flagged() -> None:
    grounding = build({"use": "grounding"})
    assert not check(grounding, "Norland's courier cracked the screens of two laptops.", LAPTOPS).passed


CHOIR = (
    _mail(
        "Ruth Ebdon <ruth@eastvalechoir.example>",
        "Choir <members@eastvalechoir.example>",
        "Mon, 2 Feb 2026 10:00",
        "Hi all,\n\nThe crypt has no organ, so I'll rework the Sunday programme to about 45 minutes, all "
        "unaccompanied.\n\nRuth",
    ),
    _mail(
        "Fatima Shah <fatima@eastvalechoir.example>",
        "Choir <members@eastvalechoir.example>",
        "Tue, 3 Feb 2026 10:00",
        "Hi all,\n\nThe crypt concert is on Sunday 8 February.\n\nFatima",
    ),
)


def test_the_writers_will_is_their_plan() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "Ruth is planning an unaccompanied Sunday programme of about 45 minutes.", CHOIR).passed
    assert not check(
        grounding, "Fatima is planning an unaccompanied Sunday programme of about 45 minutes.", CHOIR
    ).passed


PANEL = (
    _mail(
        "Tomás Ruiz <tomas@firm.example>",
        "Hiring <hiring@firm.example>",
        "Mon, 2 Feb 2026 10:00",
        "Hi all,\n\nJonas and Mei both came to the final round on Friday. Fatima rated both of them a strong yes "
        "on values.\n\nTomás",
    ),
)


def test_what_a_third_party_got_is_what_the_core_gave_them() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "Jonas and Mei got a strong yes on values.", PANEL).passed
    assert not check(grounding, "Jonas and Mei got a weak no on values.", PANEL).passed


def test_a_title_in_a_header_keeps_the_name() -> None:
    mail = parse_email(
        "From: Prof. Kofi Asante <k.asante@uni.example>\nTo: Maya Lind <maya@pod.example>\n"
        "Date: Tue, 13 Jan 2026 08:20\n\nDear Maya,\n\nPlease don't publish before 28 January.\n\nKofi"
    )
    assert {"kofi", "asante"} <= mail.authors
    assert mail.sentences == ["Please don't publish before 28 January."]


LAPTOP_THEFT = (
    _mail(
        "Hugo Brandt <hugo@firm.example>",
        "Service Desk <desk@firm.example>",
        "Mon, 9 Mar 2026 09:00",
        "Hello,\n\nMy laptop was stolen from my car on Saturday. Can I have a replacement?\n\nHugo",
    ),
    _mail(
        "Service Desk <desk@firm.example>",
        "Hugo Brandt <hugo@firm.example>",
        "Mon, 9 Mar 2026 11:00",
        "Hi Hugo,\n\nA replacement laptop will be ready for you on Wednesday 11 March.\n\nService Desk",
    ),
)


def test_a_clause_that_only_dates_the_claim_needs_half_the_word_support() -> None:
    grounding = build({"use": "grounding"})
    text = "Hugo's replacement laptop will be ready two days after he asked the desk for a new one."
    assert check(grounding, text, LAPTOP_THEFT).passed
    # still what the sources say of it: an invented event does not date anything
    invented = "Hugo's replacement laptop will be ready two days after his car broke down."
    assert not check(grounding, invented, LAPTOP_THEFT).passed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Each member gets a 12-hour slot.", ("dur", 720.0)),
        ("We need a three-day booking.", ("dur", 4320.0)),
        ("The gym keeps footage on a 14-day cycle.", ("dur", 20160.0)),
        ("We ordered a 10-litre mixer.", ("n", 10.0)),
        ("Hotels are outside the EUR 180-a-night limit.", ("money:eur", 180.0)),
        ("Plot 31's tap is dripping.", ("n", 31.0)),
        ("The shoot is on 18 June, 22:00 to 04:00.", ("dur", 360.0)),
        ("It took 3 hours 10 minutes, including a 40-minute check.", ("dur", 190.0)),
    ],
)
def test_figures_written_as_one_word_or_overnight(text: str, expected: tuple[str, float]) -> None:
    assert expected in figures(tokens(text))


def test_a_hyphenated_word_without_a_unit_is_no_figure() -> None:
    assert figures(tokens("It was a one-off, well-known fact.")) == []
