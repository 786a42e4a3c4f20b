"""A customer who chases never pushes their own deadline back: the first unanswered message
starts the clock, later ones before an answer are recorded and never move it (issue 15.1)."""

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session

from supportmail.core.types import Priority
from supportmail.sla import deadlines
from tests.support.desk import Desked, customer_mail, open_desked

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # a Wednesday
OFFICE = """
[priorities.P2]
meaning = "usable with partial, noncritical loss; occasional issue; admin-task help"
hours = 8
calendar = "office"

[calendars.office]
timezone = "UTC"
workdays = ["mon", "tue", "wed", "thu", "fri"]
start = "09:00"
end = "17:00"
"""


@pytest.fixture
def desked(tmp_path: Path) -> Iterator[Desked]:
    """A fresh desk on SQLite."""
    with open_desked(tmp_path) as fresh:
        yield fresh


def _write(desked: Desked, text: str, when: datetime, subject: str = "Export broken") -> None:
    """The customer writes on ticket 1001 (threaded by its tag)."""
    desked.receive(customer_mail(f"Re: [#1001] {subject}", text, sender="anna@acme.example"), when)


def _answer(desked: Desked, when: datetime) -> None:
    """An agent answers ticket 1001: the clock stops."""
    with Session(desked.engine, expire_on_commit=False) as session:
        ticket = desked.ticket(1001)
        session.add(ticket)
        deadlines.stop_clock(session, desked.desk, ticket, when)
        session.commit()


def _open(desked: Desked, when: datetime = T0) -> None:
    desked.receive(
        customer_mail("Export broken", "The CSV export fails.", sender="anna@acme.example"), when
    )


def test_chasing_before_the_first_answer_never_moves_the_due_time(desked: Desked) -> None:
    """Two chases before any answer: due time, clock start and clock number stay; each chase
    is recorded as such and the team is told each time."""
    _open(desked)
    due = desked.ticket(1001).response_due
    for hours in (2, 5):
        _write(desked, "Any news? We are blocked.", T0 + timedelta(hours=hours))
    ticket = desked.ticket(1001)
    assert ticket.response_due == due and ticket.first_response_due == due
    assert ticket.clock_started_at == T0 and ticket.clock_number == 0
    chases = desked.events("customer_chase")
    assert len(chases) == 2 and all("still waiting" in e.detail for e in chases)
    notices = [json.loads(m.params or "{}")["notice"] for m in desked.mails("notify")]
    assert notices == ["new", "chase", "chase"]


def test_next_response_clock_starts_once_then_chases_do_not_move_it(desked: Desked) -> None:
    """After an answer the customer's reply starts the next clock; their chases keep it."""
    _open(desked)
    _answer(desked, T0 + timedelta(hours=1))
    _write(desked, "That did not help.", T0 + timedelta(hours=3))
    ticket = desked.ticket(1001)
    started, due = ticket.clock_started_at, ticket.response_due
    assert started == T0 + timedelta(hours=3) and ticket.clock_number == 1
    _write(desked, "Hello??", T0 + timedelta(hours=10))
    ticket = desked.ticket(1001)
    assert (ticket.clock_started_at, ticket.response_due, ticket.clock_number) == (started, due, 1)


def test_priority_change_after_a_chase_counts_from_the_first_message(desked: Desked) -> None:
    """A priority change after chases recomputes the due time from the first unanswered
    message, never from a chase."""
    _open(desked)
    _write(desked, "Still waiting.", T0 + timedelta(hours=6))
    with Session(desked.engine, expire_on_commit=False) as session:
        ticket = desked.ticket(1001)
        session.add(ticket)
        deadlines.set_priority(session, desked.desk, ticket, Priority.P1, T0 + timedelta(hours=7))
        session.commit()
    assert desked.ticket(1001).response_due == desked.desk.due(T0, Priority.P1)


def test_a_reopen_starts_one_clock_and_chases_after_it_keep_it(desked: Desked) -> None:
    """A closed ticket re-opened by the customer gets one clock from that message; a chase
    after it moves nothing."""
    _open(desked)
    _answer(desked, T0 + timedelta(hours=1))
    with Session(desked.engine, expire_on_commit=False) as session:
        ticket = desked.ticket(1001)
        ticket.status, ticket.closed_at = "closed", T0 + timedelta(hours=2)
        session.add(ticket)
        session.commit()
    reopened_at = T0 + timedelta(days=2)
    _write(desked, "It is broken again.", reopened_at)
    ticket = desked.ticket(1001)
    assert ticket.status == "open" and ticket.clock_started_at == reopened_at
    due = ticket.response_due
    assert due is not None
    _write(desked, "Anyone?", reopened_at + timedelta(hours=4))
    ticket = desked.ticket(1001)
    assert ticket.response_due == due and ticket.clock_started_at == reopened_at
    assert len(desked.events("customer_chase")) == 1


def test_chases_over_a_weekend_on_business_hours_keep_the_due_time(tmp_path: Path) -> None:
    """On a business-hours window a chase on Saturday does not move a due time that
    counts from Friday's message."""
    friday = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)
    with open_desked(tmp_path, OFFICE) as desked:
        _open(desked, friday)
        ticket = desked.ticket(1001)
        assert ticket.priority == "P2"
        due = ticket.response_due
        assert due == desked.desk.due(friday, Priority.P2)
        _write(desked, "Hello? Please answer.", friday + timedelta(days=1))
        _write(desked, "Monday morning chase", friday + timedelta(days=3, hours=-6))
        assert desked.ticket(1001).response_due == due
