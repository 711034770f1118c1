"""grounding, wave 10: holes in the strict checks closed as classes (each with a faithful twin that must pass).

- A source denying something in other words ("withdrawn", "declined") holds only the word a claim's
  negation turns on, not the rest of its scope: "has not paid Joel's garden bill" is not held by
  "has withdrawn his claim".
- An e-mail's writer is in every sentence they wrote, but a sentence that neither says "I"/"we", asks,
  nor reports an act in the passive is not about them: it gives a claim naming them no matching word.
- A weekday's date ("Sunday 5 July") is a figure to check, not part of a name like "aisle 6".
- A sentence opening with a capitalised word English does not have, before a verb, names someone
  ("Priya did not ..."): the sources must name them too.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guardrails_lite.validators.grounding._claims import make_claim
from guardrails_lite.validators.grounding._numbers import computes
from guardrails_lite.validators.grounding._reading import denied_heads, figures
from guardrails_lite.validators.grounding._words import canon, tokens
from tests.validators.conftest import build, check

CLAIM_WITHDRAWN = (
    "From: Nadia Brook <nadia@lettings.example>\nTo: Owen Hale <owen@flat.example>\nSubject: Deposit\n\n"
    "Hi Owen,\n\nJoel moved out of flat 5 on 31 March. The landlord has withdrawn his claim for the cleaning "
    "charge.\n\nNadia",
)


def test_the_word_a_negation_turns_on() -> None:
    assert denied_heads(tokens("The landlord has not yet paid Joel's garden bill.")) == {"pay"}
    assert denied_heads(tokens("The invoice is unapproved.")) == {"approve"}
    claim = make_claim(tokens("The landlord did not accept his claim."), frozenset())
    assert claim.denied == {canon("accept")}  # the lexicon's shared form ("agree")
    assert make_claim(tokens("The landlord accepted his claim."), frozenset()).denied == frozenset()


@pytest.mark.parametrize(
    "sentence",
    [
        "The landlord did not keep his claim for the cleaning charge.",
        "The landlord is not pursuing his cleaning claim.",
    ],
)
def test_a_denial_in_other_words_holds_the_denied_verb(sentence: str) -> None:
    assert check(build({"use": "grounding"}), sentence, CLAIM_WITHDRAWN).passed


@pytest.mark.parametrize(
    "sentence",
    ["The landlord has not paid Joel's garden bill.", "The landlord did not refund the parking permit."],
)
def test_a_denial_in_other_words_does_not_hold_the_rest_of_the_scope(sentence: str) -> None:
    assert not check(build({"use": "grounding"}), sentence, CLAIM_WITHDRAWN).passed


VENUE = (
    "From: Dana Whitfield <dana@firm.example>\nTo: Team <team@firm.example>\nSubject: Offsite\n\n"
    "Hi all,\n\nI booked the Lakeside Hall for 12 September. The caterer sent a quote of 400 EUR for lunch. "
    "The deposit is paid.\n\nDana",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana booked the Lakeside Hall for 12 September.",  # "I booked": the writer's own act
        "Dana's deposit has been paid.",  # "The deposit is paid": an act reported in the passive
    ],
)
def test_what_the_writer_says_of_themselves_holds_their_name(sentence: str) -> None:
    assert check(build({"use": "grounding"}), sentence, VENUE).passed


def test_a_sentence_not_about_its_writer_gives_their_name_no_support() -> None:
    # "The caterer sent a quote" says nothing of Dana: before, her name counted as a matching word there.
    assert not check(build({"use": "grounding"}), "Dana paid the caterer 400 EUR.", VENUE).passed


RACE = (
    "From: Omar Reid <omar@club.example>\nTo: Members <members@club.example>\nSubject: City 10K\n\n"
    "Hello,\n\nThe City 10K is on Sunday 12 July. Entries close on 5 July.\n\nOmar",
)


def test_a_weekday_date_is_checked_like_any_date() -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, "The City 10K is on Sunday 12 July.", RACE).passed
    moved = check(grounding, "The City 10K is on Sunday 5 July.", RACE)
    assert not moved.passed
    assert "date" in moved.findings[0].message


@pytest.mark.parametrize("sentence", ["Priya did not pursue the claim.", "Okonkwo withdrew the cleaning claim."])
def test_an_unknown_name_opening_a_sentence_is_a_name(sentence: str) -> None:
    found = check(build({"use": "grounding"}), sentence, CLAIM_WITHDRAWN)
    assert not found.passed
    assert "name(s) not in the sources" in found.findings[0].message


def test_a_common_word_opening_a_sentence_is_no_name() -> None:
    docs = ("From: Lee Park <lee@firm.example>\nSubject: Lunch\n\nCatering covers lunch for 40 guests.\n\nLee",)
    assert check(build({"use": "grounding"}), "Catering covers lunch for 40 guests.", docs).passed


# -- figures written in other forms: one normal form, so a faithful restatement passes and a changed one fails


def _mail(body: str) -> tuple[str]:
    return (
        "From: Lena Ortiz <lena@firm.example>\nTo: Sam Reed <sam@firm.example>\nDate: Mon, 2 Mar 2026 09:00 "
        f"+0000\nSubject: Plan\n\nHi Sam,\n\n{body}\n\nLena",
    )


@pytest.mark.parametrize(
    ("source", "same", "changed"),
    [
        ("The grant is £1,200,000.", "The grant is £1.2m.", "The grant is £1.5m."),
        ("The quote is EUR 2,500.", "The quote is 2.5k EUR.", "The quote is 3.5k EUR."),
        ("We need 150 kg of flour.", "We need 150kg of flour.", "We need 250kg of flour."),
        ("We received twenty-five complaints.", "We received 25 complaints.", "We received 35 complaints."),
        ("We received 31 complaints.", "We received thirty-one complaints.", "We received forty-one complaints."),
        ("The audit is on 14 April.", "The audit is on the 14th of April.", "The audit is on the 15th of April."),
        ("The audit is on 14/04/2026.", "The audit is on 14 April 2026.", "The audit is on 15 April 2026."),
        ("The audit is on 14 April 2026.", "The audit is on 14/04/26.", "The audit is on 15/04/26."),
        ("The audit is on 2026-04-14.", "The audit is on 14 April.", "The audit is on 15 April."),
        ("The audit is on 04/14/2026.", "The audit is on 14 April.", "The audit is on 15 April."),
        ("The audit is on Tuesday 14 April.", "The audit is on Tue 14 Apr.", "The audit is on Thu 16 Apr."),
        ("The meeting is at 14:30.", "The meeting is at 2.30pm.", "The meeting is at 3.30pm."),
        ("The meeting is at 14:30.", "The meeting is at 2:30 pm.", "The meeting is at 3:30 pm."),
        ("Half of the 40 seats are booked.", "20 of the 40 seats are booked.", "30 of the 40 seats are booked."),
        ("The doors open at 8:00.", "The doors open at 8 o'clock.", "The doors open at 9 o'clock."),
        ("One in five customers complained.", "20% of customers complained.", "30% of customers complained."),
        ("1 in 20 units failed the test.", "5% of the units failed the test.", "10% of the units failed the test."),
    ],
)
def test_a_figure_in_another_form_is_the_same_figure(source: str, same: str, changed: str) -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, same, _mail(source)).passed
    assert not check(grounding, changed, _mail(source)).passed


@pytest.mark.parametrize(
    ("source", "changed"),
    [
        ("The fee rose by 10 percent.", "The fee rose by 20%."),  # no sum of one stated figure with itself
        ("Sales rose from 200 to 300 units.", "Sales rose by 150 units."),  # 150 is half of 300: nobody says half
    ],
)
def test_a_figure_is_not_computed_from_one_figure_alone(source: str, changed: str) -> None:
    assert not check(build({"use": "grounding"}), changed, _mail(source)).passed


def test_a_half_said_is_computed() -> None:
    source = _mail("The hall fee is 1,800 EUR, and half of it is due now.")
    grounding = build({"use": "grounding"})
    assert check(grounding, "Half of the hall fee, 900 EUR, is due now.", source).passed
    assert not check(grounding, "Half of the hall fee, 700 EUR, is due now.", source).passed
    assert not check(grounding, "The 900 EUR due now is the hall fee.", source).passed  # half, unsaid


@given(st.integers(1, 28), st.integers(1, 12), st.integers(2000, 2099))
def test_a_date_in_digits_is_the_date_in_words(day: int, month: int, year: int) -> None:
    names = "January February March April May June July August September October November December".split()
    words = figures(tokens(f"on {day} {names[month - 1]} {year}"))
    assert figures(tokens(f"on {day:02d}/{month:02d}/{year}")) == words
    assert figures(tokens(f"on {year}-{month:02d}-{day:02d}")) == words


@given(st.text(alphabet="0123456789/-.,:kmbgh", max_size=24))
def test_any_run_of_digits_and_marks_reads_without_error(raw: str) -> None:
    assert isinstance(figures(tokens(f"It is {raw} now.")), list)


def test_a_year_after_in_is_no_ratio() -> None:
    assert figures(tokens("5 in 2026 and one in 2027")) == [("n", 5.0), ("n", 2026.0), ("n", 2027.0)]


@pytest.mark.parametrize(
    ("source", "computed", "wrong"),
    [
        (  # a part of a whole: the rest of the 120
            "We ordered 120 chairs. So far 95 chairs have been delivered.",
            "25 of the 120 chairs are still to be delivered.",
            "35 of the 120 chairs are still to be delivered.",
        ),
        (  # a total: "come to"
            "The first invoice is 300 EUR and the second invoice is 450 EUR.",
            "The invoices come to 750 EUR.",
            "The invoices come to 850 EUR.",
        ),
        (  # a date moved by how long something takes
            "The shipment left Rotterdam on 2 March and takes 9 days.",
            "The shipment should arrive on 11 March.",
            "The shipment should arrive on 14 March.",
        ),
    ],
)
def test_a_figure_the_claim_says_it_computes(source: str, computed: str, wrong: str) -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, computed, _mail(source)).passed
    assert not check(grounding, wrong, _mail(source)).passed


def test_the_words_that_say_a_figure_is_computed() -> None:
    assert computes("the invoices come to 750 eur".split())
    assert computes("25 of the 120 chairs".split())
    assert computes("1,200 eur is still owed".split())
    assert not computes("the invoice of 750 eur came in".split())
    assert not computes("one of the chairs".split())


@pytest.mark.parametrize(
    ("claim", "faithful"),
    [
        ("The renewal was due on 9 December, a day before the deadline.", True),
        ("The renewal was due on 9 December, the day before the deadline.", True),
        ("The renewal was due on 3 December, the week before the deadline.", True),
        ("The renewal was due on 8 December, a day before the deadline.", False),
        ("The renewal was due on 4 December, the week before the deadline.", False),
    ],
)
def test_a_date_the_claim_relates_to_a_stated_one_by_its_own_duration(claim: str, faithful: bool) -> None:
    source = _mail("The deadline for the renewal is 10 December.")
    assert check(build({"use": "grounding"}), claim, source).passed is faithful


@pytest.mark.parametrize(
    ("claim", "faithful"),
    [
        ("25 of the 120 chairs did not arrive.", True),  # the rest of the whole: 120 - 95
        ("35 of the 120 chairs did not arrive.", False),
        ("95 of the 120 chairs did not arrive.", False),  # the part the source says did arrive
    ],
)
def test_the_rest_of_a_whole_denied_what_a_part_did(claim: str, faithful: bool) -> None:
    source = _mail("We ordered 120 chairs. Only 95 chairs arrived.")
    assert check(build({"use": "grounding"}), claim, source).passed is faithful


@pytest.mark.parametrize(
    ("source", "computed", "wrong"),
    [
        (  # a remainder says nothing its core must say besides the figure
            "The budget for the launch is 5,000 GBP. We have spent 3,200 GBP on the launch so far.",
            "1,800 GBP of the launch budget is left.",
            "2,800 GBP of the launch budget is left.",
        ),
        (  # whole weeks are written round: 4 to 29 May is four weeks, not three
            "The course runs from 4 May to 29 May.",
            "The course lasts four weeks.",
            "The course lasts three weeks.",
        ),
        (  # two things priced one by one are two things
            "The first invoice is 300 EUR. The second invoice is 450 EUR.",
            "The two invoices come to 750 EUR.",
            "The three invoices come to 750 EUR.",
        ),
    ],
)
def test_a_summary_computes_from_the_thread(source: str, computed: str, wrong: str) -> None:
    grounding = build({"use": "grounding"})
    assert check(grounding, computed, _mail(source)).passed
    assert not check(grounding, wrong, _mail(source)).passed


OPEN_DAY = (
    "From: Maria Lopez <maria@firm.example>\nTo: Sam Reed <sam@firm.example>\nSubject: Catering\n\nHi Sam,\n\n"
    "The caterer can do 80 lunches at 12 EUR each. I think we should also order vegan options, since about a "
    "third of the visitors asked for them.\n\nBest,\nMaria",
)


@pytest.mark.parametrize(
    ("claim", "faithful"),
    [
        ("Maria suggested ordering vegan options as well.", True),
        ("Maria recommended that the team order vegan options too.", True),
        ("Maria suggested ordering halal options as well.", False),  # what she suggested is checked
        ("Maria proposed ordering 90 lunches.", False),
    ],
)
def test_a_suggestion_reports_its_content(claim: str, faithful: bool) -> None:
    assert check(build({"use": "grounding"}), claim, OPEN_DAY).passed is faithful


def test_a_different_day_of_the_week_is_a_different_date() -> None:
    docs = (
        "From: Ana Ruiz <ana@flat.example>\nSubject: Heating\n\n"
        "Hi,\n\nThe boiler stopped working on Sunday night.\n\nAna",
    )
    grounding = build({"use": "grounding"})
    assert check(grounding, "The boiler stopped working on Sunday night.", docs).passed
    moved = check(grounding, "The boiler stopped working on Saturday night.", docs)
    assert not moved.passed
    assert "date" in moved.findings[0].message


@pytest.mark.parametrize(
    ("source", "claim", "faithful"),
    [
        ("The invoice is due on Friday, 7 March 2025.", "The invoice is due on Friday, 7 March 2025.", True),
        ("The invoice is due on Friday, 7 March 2025.", "The invoice is due on Thursday, 7 March 2025.", False),
        ("The invoice is due on Friday, 7 March.", "The invoice is due on Thursday, 7 March.", False),
        # the calendar: 7 March 2025 was a Friday, whatever the source names
        ("The invoice is due on 7 March 2025.", "The invoice is due on Friday, 7 March 2025.", True),
        ("The invoice is due on 7 March 2025.", "The invoice is due on Thursday, 7 March 2025.", False),
    ],
)
def test_a_weekday_named_with_a_date_must_be_that_dates_weekday(source: str, claim: str, faithful: bool) -> None:
    assert check(build({"use": "grounding"}), claim, _mail(source)).passed is faithful
