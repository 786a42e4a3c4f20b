"""Desk policies on stored tickets: rate limits, the circuit breaker, reopening, direct answers,
and a message whose processing keeps failing. Messages enter through process_batch."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from supportmail.core.types import Disposition
from supportmail.tickets import customers
from tests.support.desk import Desked, customer_mail, open_desked

T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def question(n: int, sender: str = "eve@example.org") -> bytes:
    """A distinct new request from `sender`."""
    return customer_mail(f"Question {n}", f"How do I do thing {n}?", sender=sender)


def test_every_request_within_an_hour_is_acknowledged(desked: Desked) -> None:
    """Three tickets from one sender within an hour get three acknowledgements, each with its
    own number (issue 15.3: no 1-per-hour cap; the caps are in test_loop_defence)."""
    for n in range(3):
        desked.receive(question(n), T0 + timedelta(minutes=5 * n))
    assert len(desked.mails("ack")) == 3
    assert desked.events("ack_suppressed") == []


def test_circuit_breaker_stops_automatic_mail_and_alerts(desked: Desked) -> None:
    """More than ten new tickets from one sender in ten minutes stop automatic mail to them and
    raise one alert; the tickets are still opened and the team still hears of them."""
    for n in range(14):
        desked.receive(question(n, "loop@robot.example"), T0 + timedelta(seconds=20 * n))
    assert desked.ticket(1013).requester == "loop@robot.example"
    alerts = desked.events("alert")
    assert len(alerts) == 1 and "circuit breaker" in alerts[0].detail
    assert any("circuit breaker open" in e.detail for e in desked.events("ack_suppressed"))
    assert len(desked.mails("notify")) == 14


def test_reply_reopens_a_closed_ticket_within_the_window(desked: Desked) -> None:
    """A customer reply to a ticket closed a week ago reopens it with a new response clock."""
    desked.receive(question(1, "anna@acme.example"), T0)
    ack = desked.mails("ack")[0]
    _close(desked, 1001, T0 + timedelta(hours=1))
    outcome = desked.receive(
        customer_mail(
            "Re: Question 1",
            "It broke again.",
            sender="anna@acme.example",
            in_reply_to=f"<{ack.message_id}>",
        ),
        T0 + timedelta(days=7),
    )
    assert outcome[0].disposition is Disposition.REPLY
    ticket = desked.ticket(1001)
    assert ticket.status == "open" and ticket.clock_number == 1
    assert len(desked.events("reopened")) == 1


def test_reply_after_the_window_opens_a_linked_ticket(desked: Desked) -> None:
    """A reply to a ticket closed longer than reopen_days ago opens a new ticket linked to it."""
    desked.receive(question(1, "anna@acme.example"), T0)
    ack = desked.mails("ack")[0]
    _close(desked, 1001, T0 + timedelta(hours=1))
    outcome = desked.receive(
        customer_mail(
            "Re: Question 1",
            "Same problem, months later.",
            sender="anna@acme.example",
            in_reply_to=f"<{ack.message_id}>",
        ),
        T0 + timedelta(days=60),
    )
    assert outcome[0].disposition is Disposition.NEW_TICKET
    fresh = desked.ticket(1002)
    assert fresh.linked_ticket_id == desked.ticket(1001).id
    assert desked.ticket(1001).status == "closed"


def test_a_message_that_keeps_failing_is_quarantined(
    desked: Desked, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A message whose handling raises is retried, then quarantined with its raw bytes kept,
    and the next message is processed normally."""
    real = customers.open_ticket

    def explode(*args: object, **kwargs: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(customers, "open_ticket", explode)
    outcome = desked.receive(question(1, "x@example.org"), T0)
    assert outcome[0].disposition is Disposition.QUARANTINED
    assert "RuntimeError: boom" in outcome[0].detail
    monkeypatch.setattr(customers, "open_ticket", real)
    outcome = desked.receive(question(2, "y@example.org"), T0)
    assert outcome[0].disposition is Disposition.NEW_TICKET
    assert len(desked.events("quarantined")) == 1


def _close(desked: Desked, number: int, when: datetime) -> None:
    from sqlmodel import Session

    with Session(desked.engine) as session:
        ticket = desked.ticket(number)
        ticket.status, ticket.closed_at, ticket.response_due = "closed", when, None
        session.add(ticket)
        session.commit()


def test_direct_answer_with_our_dkim_pass_counts_and_is_not_relayed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An agent who answers the customer directly, with support in Cc, is recorded as the
    response when our own MTA saw DKIM pass for the agent's domain, and is not relayed again;
    the same mail with a foreign Authentication-Results header is only kept as a comment."""
    monkeypatch.setenv("SUPPORTMAIL__SUPPORT__AUTHSERV_ID", "mx.houseware.io")
    with open_desked(tmp_path) as desked:
        desked.receive(question(1, "anna@acme.example"), T0)
        first = desked.mails("ack")[0]

        def direct(results: str) -> bytes:
            return customer_mail(
                "Re: [#1001] Question 1",
                "Hi Anna, here is how: ...",
                sender="agent@houseware.io",
                to="anna@acme.example",
                headers=(("Cc", "support@houseware.io"), ("Authentication-Results", results)),
                in_reply_to=f"<{first.message_id}>",
            )

        desked.receive(direct("mx.evil.example; dkim=pass header.d=houseware.io"), T0)
        assert desked.ticket(1001).first_response_at is None
        assert len(desked.events("unverified_staff_mail")) == 1
        desked.receive(direct("mx.houseware.io; dkim=pass header.d=houseware.io"), T0)
        ticket = desked.ticket(1001)
        assert ticket.first_response_at == T0 and ticket.response_due is None
        assert desked.mails("relay") == []
