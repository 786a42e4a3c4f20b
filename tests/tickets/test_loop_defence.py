"""Every person's request is acknowledged with its own number; loops are stopped by no-reply
rules, recognising answers to our own mail and breakers that do not need the sender to stay the
same, with one alert per tripped breaker (issues 15.3, 15.4 and 14.2). Through process_batch."""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, select

from supportmail.outbound.ratelimits import open_breakers, release_breaker
from supportmail.storage.tables import Outbox
from tests.support.desk import Desked, customer_mail, open_desked

T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@pytest.fixture
def desked(tmp_path: Path) -> Iterator[Desked]:
    """A fresh desk on SQLite."""
    with open_desked(tmp_path) as fresh:
        yield fresh


def _ack_text(number: int) -> str:
    return (
        f"> Thank you for contacting Houseware Support. We opened ticket [#{number}] for your\n"
        "> request and will answer within 48 hours.\n"
    )


def test_a_second_request_within_the_hour_gets_its_own_number(desked: Desked) -> None:
    """Two unrelated requests from one person ten minutes apart: two acknowledgements."""
    desked.receive(customer_mail("Invoice", "Where is my invoice?"), T0)
    desked.receive(customer_mail("Login", "I cannot log in."), T0 + timedelta(minutes=10))
    acks = desked.mails("ack")
    assert [a.ticket_id for a in acks] == [desked.ticket(1001).id, desked.ticket(1002).id]


def test_a_sender_over_the_cap_gets_one_summary_later(desked: Desked) -> None:
    """Twelve requests in an hour, five minutes apart (no breaker trips): ten acknowledgements,
    and one summary due when the hour is over, listing the two other numbers."""
    for n in range(12):
        desked.receive(
            customer_mail(f"Question {n}", f"Question number {n}?"), T0 + timedelta(minutes=5 * n)
        )
    assert len(desked.mails("ack")) == 10
    summaries = desked.mails("ack_summary")
    assert len(summaries) == 1
    summary = summaries[0]
    assert summary.first_recipient == "anna@acme.example" and summary.state == "pending"
    assert summary.raw is not None and b"[#1011]" in summary.raw and b"[#1012]" in summary.raw
    first_capped = T0 + timedelta(minutes=50)
    assert summary.next_attempt_at.replace(tzinfo=UTC) == first_capped + timedelta(minutes=60)
    assert desked.events("alert") == []


def test_changing_address_robot_is_never_acknowledged_and_alerts_once(desked: Desked) -> None:
    """The issue-14 robot: noreply+N@robot.example answers every acknowledgement, unthreaded,
    without Auto-Submitted, 200 rounds: no acknowledgement, one alert, one alert mail."""
    for n in range(200):
        body = "Thank you for your message.\n\n" + _ack_text(1000 + n)
        desked.receive(
            customer_mail("Your message", body, sender=f"Robot <noreply+{n}@robot.example>"),
            T0 + timedelta(seconds=30 * n),
        )
    assert desked.mails("ack") == []
    alerts = desked.events("alert")
    assert len(alerts) == 1 and alerts[0].actor == "address:noreply@robot.example"
    alert_mails = desked.mails("alert")
    assert len(alert_mails) == 1 and alert_mails[0].first_recipient == "team@houseware.io"
    assert alert_mails[0].raw is not None
    assert b"supportmail breaker release address:noreply@robot.example" in alert_mails[0].raw


def test_robot_that_answers_our_acks_from_new_addresses_gets_one_ack(desked: Desked) -> None:
    """A robot at desk+N@ (not a no-reply name) quoting each acknowledgement it got, in a new
    thread: the first request is acknowledged, every answer to an ack is recognised by our tag
    in its quote and never acknowledged, and the address breaker alerts once."""
    desked.receive(customer_mail("Hello", "Please help.", sender="desk@robot.example"), T0)
    for n in range(1, 60):
        desked.receive(
            customer_mail(
                "Automatic confirmation",
                "We got your e-mail and will reply soon.\n\n" + _ack_text(1000 + n),
                sender=f"desk+{n}@robot.example",
            ),
            T0 + timedelta(seconds=20 * n),
        )
    assert len(desked.mails("ack")) == 1
    assert len(desked.events("alert")) == 1
    suppressed = [e.detail for e in desked.events("ack_suppressed")]
    assert any("quotes our mail" in d for d in suppressed)


def test_robot_with_no_clue_but_its_rate_is_stopped_by_the_domain_breaker(
    desked: Desked,
) -> None:
    """Fresh local parts in one domain, no tag, no reference: the domain breaker trips after
    breaker_domain_tickets; at most that many acks, one alert naming the domain."""
    for n in range(80):
        desked.receive(
            customer_mail(f"Case {n}", f"Case {n} opened.", sender=f"agent{n}@flood.example"),
            T0 + timedelta(seconds=5 * n),
        )
    assert len(desked.mails("ack")) == 50
    alerts = desked.events("alert")
    assert [a.actor for a in alerts] == ["domain:flood.example"]


def test_a_released_breaker_lets_mail_through_and_can_alert_again(desked: Desked) -> None:
    """After `breaker release` the next ticket is acknowledged, and a new flood alerts again."""
    for n in range(12):
        desked.receive(
            customer_mail(f"Q{n}", "?", sender=f"bot+{n}@loop.example"), T0 + timedelta(seconds=n)
        )
    assert len(desked.events("alert")) == 1
    with Session(desked.engine) as session:
        assert [e.actor for e in open_breakers(session)] == ["address:bot@loop.example"]
        release_breaker(session, "address:bot@loop.example", "test", T0 + timedelta(minutes=1))
        session.commit()
        assert open_breakers(session) == []
    acks_before = len(desked.mails("ack"))
    desked.receive(
        customer_mail("Real", "A real question?", sender="bot@loop.example"),
        T0 + timedelta(minutes=2),
    )
    assert len(desked.mails("ack")) == acks_before + 1
    for n in range(12):
        desked.receive(
            customer_mail(f"R{n}", "?", sender=f"bot+{n}@loop.example"),
            T0 + timedelta(minutes=3, seconds=n),
        )
    assert len(desked.events("alert")) == 2
    with Session(desked.engine) as session:
        rows = session.exec(select(Outbox).where(Outbox.kind == "alert")).all()
        assert len(rows) == 2
