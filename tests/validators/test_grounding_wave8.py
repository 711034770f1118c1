"""grounding, wave 8: misreadings behind faithful sentences flagged on the seen sets (a day range across
weekdays, a time span read as a move between two places, a capitalised common word taken for a name, a
signed figure, the C of "°C", a sign-off under a team address, a negation inside a quotation, a harm
denied for a good state), and more WordNet senses per common word; each with the unfaithful twin that must
stay flagged."""

from __future__ import annotations

import hashlib
from pathlib import Path

from guardrails_lite.validators.grounding import _numbers
from guardrails_lite.validators.grounding._email import parse_email
from guardrails_lite.validators.grounding._reading import agent_verbs, names_of, negated_words
from guardrails_lite.validators.grounding._words import canon, senses, tokens
from tests.validators.conftest import build, check

TRIP = (
    "From: Margit Halvorsen <margit@choir.example>\nTo: Committee <committee@choir.example>\n"
    "Subject: Tour plan\n\nDear all,\n\nWe travel to Ghent on Thursday 21 May by coach and come back on "
    "Monday 25 May.\n\nMargit",
)


def test_a_day_range_across_weekdays_is_two_dates() -> None:
    lows = [t.low for t in tokens("from Thursday 21 to Monday 25 May")]
    found = _numbers.quantities(lows)
    assert ("date", 521.0) in found and ("date", 525.0) in found
    assert ("n", 21.0) not in found


def test_a_span_of_days_is_one_claim() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "The choir is away from Thursday 21 to Monday 25 May.", TRIP).passed
    assert not check(grounding, "The choir is away from Thursday 21 to Monday 28 May.", TRIP).passed


RECALL = (
    "From: Martin Kral <martin@halden.example>\nTo: Fairmart <quality@fairmart.example>\n"
    "Subject: Batch K77 withdrawal\n\nHello,\n\nWe are withdrawing batch K77 of our oat bars, about 720 kg "
    "sent to retailers.\n\nMartin",
)


def test_a_word_the_sources_write_in_lower_case_is_no_name() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "Batch K77 amounts to about 720 kg of oat bars sent to retailers.", RECALL).passed
    assert not check(grounding, "Batch K77 amounts to about 950 kg of oat bars sent to retailers.", RECALL).passed


def test_minus_signs_a_plain_figure() -> None:
    assert ("n", -4.0) in _numbers.quantities("the night-time low was minus 4".split())
    assert ("n", 4.0) in _numbers.quantities("we need 4 more".split())


def test_the_c_of_degrees_celsius_is_no_name() -> None:
    assert names_of(tokens("The greenhouse dropped to 2°C by 6am.")) == set()
    assert names_of(tokens("It reached 2°C, Carla said.")) == {"carla"}


def test_a_sign_off_under_a_team_address_names_the_writer() -> None:
    mail = parse_email(
        "From: Billing <billing@northwire.example>\nTo: Derek Mills <derek@post.example>\nSubject: Re: Charged"
        "\n\nDear Mr Mills,\n\nYou are right, the payment was collected twice.\n\nPriya, Northwire Billing"
    )
    assert "priya" in mail.authors
    grounding = build({"use": "grounding"})
    docs = (
        "From: Billing <billing@northwire.example>\nTo: Derek Mills <derek@post.example>\nSubject: Re: Charged"
        "\n\nDear Mr Mills,\n\nYou are right, the payment was collected twice.\n\nPriya, Northwire Billing",
    )
    assert check(grounding, "Priya confirmed that the payment had been collected twice.", docs).passed
    assert not check(grounding, "Olga confirmed that the payment had been collected twice.", docs).passed


def test_a_negation_inside_a_quotation_ends_there() -> None:
    denied = negated_words(tokens('Customers opening the portal get a "Your connection is not private" warning.'))
    assert canon("private") in denied
    assert canon("warning") not in denied
    assert canon("paid") in negated_words(tokens("The invoice was not paid by Friday."))


NURSERY = (
    "From: Petra Lindqvist <petra@hollowayplants.example>\nTo: WarmGrow <service@warmgrow.example>\n"
    "Subject: Heater\n\nHello,\n\nWe lost the tray of basil seedlings near the door. The pelargoniums on the "
    "back benches look fine so far.\n\nPetra",
)


def test_a_harm_denied_is_a_good_state_stated() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "The pelargoniums appeared unharmed.", NURSERY).passed
    assert not check(grounding, "The basil seedlings appeared unharmed.", NURSERY).passed


def test_the_lexicon_holds_more_senses_of_common_words() -> None:
    # "the pump runs" ~ "the pump works": the sense WordNet lists after the four most frequent of "run".
    assert senses(canon("run")) & senses(canon("work"))
    assert not senses(canon("buy")) & senses(canon("sell"))


def test_the_shipped_lexicon_is_the_one_provenance_names() -> None:
    root = Path(__file__).resolve().parents[2] / "guardrails_lite" / "data" / "grounding"
    digest = hashlib.sha256((root / "lexicon.json.gz").read_bytes()).hexdigest()
    assert digest in (root / "PROVENANCE.md").read_text(encoding="utf-8")


STORE = (
    "From: Nadia Reyes <nadia@depot.example>\nTo: Tom Hale <tom@depot.example>\nSubject: Pallets\n\nTom,\n\n"
    "The pallets are still in bay 3 because bay 7 is full of returned freezers. The forklift is booked for a "
    "service on Friday.\n\nNadia",
)


def test_a_cause_told_in_full_may_reword_its_effect() -> None:
    grounding = build({"use": "grounding"})
    told = "The pallets initially stayed in bay 3 because bay 7 was full of returned freezers."
    assert check(grounding, told, STORE).passed
    assert not check(
        grounding, "The pallets initially stayed in bay 3 because the forklift needed a service.", STORE
    ).passed


HOTEL = (
    "From: Michael Brennan <michael@mail.example>\nTo: Bookings <bookings@harbourhotel.example>\n"
    "Subject: Room 312\n\nHello,\n\nWe stayed in room 312 from 24 to 27 July. The air conditioning did not work "
    "for the first two nights. I would like a partial refund.\n\nMichael Brennan",
)


def test_a_verb_of_measure_with_a_figure_says_only_the_figure() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "Michael Brennan's stay lasted three nights.", HOTEL).passed
    assert not check(grounding, "Michael Brennan's stay lasted five nights.", HOTEL).passed


def test_a_verb_of_failure_keeps_the_sources_negation() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "The air conditioning in room 312 was broken for the first two nights.", HOTEL).passed
    assert not check(grounding, "The air conditioning in room 312 worked for the first two nights.", HOTEL).passed


def test_a_writers_wish_is_their_asking() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "Michael asked for a partial refund.", HOTEL).passed
    assert not check(grounding, "Michael asked for a free night.", HOTEL).passed


HEATER = (
    "From: Ruth Calloway <ruth@mailbox.example>\nTo: Thermora <support@thermora.example>\nSubject: Heater\n\n"
    "Hello,\n\nThe display of my H2 heater still works. The fan stopped on Monday.\n\nRuth",
)


def test_a_denied_failure_affirms() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "The heater's display did not stop working.", HEATER).passed
    assert not check(grounding, "The heater's fan did not stop.", HEATER).passed


CARDS = (
    "From: Security <security@fulton.example>\nTo: All staff <staff@fulton.example>\nSubject: New cards\n\n"
    "Hello,\n\nNew access cards can only be collected in person from the security desk.\n\nSecurity team",
)


def test_only_holds_a_denial_of_the_other_ways() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "No one can collect a new access card for a colleague.", CARDS).passed
    assert not check(grounding, "No one can collect a new access card from the security desk.", CARDS).passed


ORDERS = (
    "From: Hannah Cole <hannah@office.example>\nTo: Kestrel Supplies <sales@kestrel.example>\nSubject: Toner\n\n"
    "Hello,\n\nPlease send 20 cartridges at the quoted 51 EUR each. The Ballroom can seat 24 tables of ten."
    "\n\nHannah",
)


def test_products_of_stated_figures_need_no_cue() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "The cartridge order is worth 1,020 EUR.", ORDERS).passed
    assert not check(grounding, "The cartridge order is worth 1,200 EUR.", ORDERS).passed
    assert check(grounding, "The Ballroom can seat 240 guests.", ORDERS).passed
    assert not check(grounding, "The Ballroom can seat 260 guests.", ORDERS).passed


def test_the_threads_years_are_stated() -> None:
    docs = (
        "From: Joel Byrne <joel@mail.example>\nTo: Ravi Chandran <ravi@harbourside.example>\n"
        "Date: Wed, 8 Apr 2026 20:10 +0000\nSubject: Deposit\n\nHi Ravi,\n\nMy tenancy at Flat 5 ended on 31 "
        "March.\n\nJoel",
    )
    grounding = build({"use": "grounding"})
    assert check(grounding, "Joel's tenancy at Flat 5 ended in March 2026.", docs).passed
    assert not check(grounding, "Joel's tenancy at Flat 5 ended in March 2024.", docs).passed


def test_a_passive_subject_and_an_un_state_are_nobodys_act() -> None:
    assert agent_verbs(tokens("Imogen Sale, the finance director, was copied in.")) == []
    assert agent_verbs(tokens("Saturday concert: St Nicholas' Church, 19:30, unchanged.")) == []
    assert agent_verbs(tokens("Imogen Sale, the finance director, copied Ravi in.")) == [
        (frozenset({"imogen", "sale"}), canon("copied"))
    ]


CHOIR = (
    "From: Margit Halvorsen <margit@choir.example>\nTo: Committee <committee@choir.example>\nSubject: Tour\n\n"
    "Dear all,\n\n38 deposits have arrived; three singers withdrew for personal reasons, so we are now 38."
    "\n\nMargit",
)


def test_leaving_a_figure_is_what_remains() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "Three singers withdrew for personal reasons, leaving 38.", CHOIR).passed
    assert not check(grounding, "Three singers left the choir because the deposits had not arrived.", CHOIR).passed


INSPECTION = (
    "From: Joel Byrne <joel@mail.example>\nTo: Ravi Chandran <ravi@harbourside.example>\nSubject: Deposit\n\n"
    "Hi Ravi,\n\nStella Morgan did the check-out inspection on 1 April. Her report lists light wear to the hall "
    "carpet. The cat damaged the hall door.\n\nJoel",
)


def test_a_named_doer_of_harm_needs_a_source_that_names_them() -> None:
    grounding = build({"use": "grounding"})
    blamed = check(grounding, "Stella Morgan damaged the hall carpet during the check-out inspection.", INSPECTION)
    assert not blamed.passed
    assert "cause or blame" in blamed.findings[0].message
    assert check(grounding, "The cat damaged the hall door.", INSPECTION).passed
    assert check(grounding, "Stella Morgan did the check-out inspection on 1 April.", INSPECTION).passed
