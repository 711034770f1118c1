"""The names finder pauses Python's cyclic garbage collector while it runs (`_names/collector.py`): the pause
must keep no memory (the finder makes no reference cycles) and must hand the collector back as it found it."""

from __future__ import annotations

import gc
import threading

import pytest

from guardrails_lite.validators.pii._names import collector
from guardrails_lite.validators.pii.names import NameFinder
from tests.validators.names_identity import hostile_texts

_MAIL = "From: Mark Lee <mark@acme.example>\nHi Ann,\nDr. Ana Costa of Initech GmbH flies to Lisbon.\nBest,\nMark"


@pytest.fixture(scope="module")
def finder() -> NameFinder:
    return NameFinder()


def test_the_finder_makes_no_reference_cycles(finder: NameFinder) -> None:
    gc.collect()
    was_on = gc.isenabled()
    gc.disable()
    try:
        found = [finder.find(text) for text in [_MAIL, _MAIL.lower(), *hostile_texts()[::4]]]
        assert sum(map(len, found)) > 1000
        assert gc.collect() == 0  # nothing unreachable: reference counting freed every object of every call
    finally:
        if was_on:
            gc.enable()


def test_the_collector_is_off_inside_and_back_on_after(finder: NameFinder) -> None:
    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
        with collector.paused():  # nested
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    assert finder.find(_MAIL)
    assert gc.isenabled()


def test_an_application_that_keeps_the_collector_off_keeps_it_off(finder: NameFinder) -> None:
    gc.disable()
    try:
        assert finder.find(_MAIL)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_missed_deadline_hands_the_collector_back(finder: NameFinder) -> None:
    from guardrails_lite.verdict import BudgetExceeded

    with pytest.raises(BudgetExceeded):
        finder.find("Hi Ann,\n" * 5000, deadline=0.0)
    assert gc.isenabled()


def test_concurrent_finds_hand_the_collector_back(finder: NameFinder) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(20):
                assert finder.find(_MAIL)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors
    assert gc.isenabled()
