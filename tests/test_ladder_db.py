"""The SLA clock and the escalation ladder on stored tickets, driven by a controllable clock.

No sleeping: every stage takes `now`, and the test moves it. Messages enter through the same
`process_batch` that ingest uses; the ladder is `deadlines.run_due`, as the daemon calls it.
"""

from datetime import UTC, datetime, timedelta

import pytest

from supportmail.core.tokens import reply_address
from supportmail.sla import deadlines
from tests.support.desk import Desked, customer_mail

T0 = datetime(2026, 3, 27, 10, 0, tzinfo=UTC)  # a Friday, two days before Berlin's DST change
CALENDAR = """
[calendars.office]
timezone = "Europe/Berlin"
start = "09:00"
end = "17:00"
holidays = ["2026-03-30"]

[priorities.P3]
calendar = "office"
"""


@pytest.fixture
def desk_extra() -> str:
    """The desk's P3 counts Berlin office hours; P0-P2 count 24x7."""
    return CALENDAR


def outage(sender: str = "anna@acme.example") -> bytes:
    """A P0 request."""
    return customer_mail(
        "Production is down", "All users are blocked, nothing works.", sender=sender
    )


@pytest.mark.parametrize(
    ("subject", "body", "priority", "hours"),
    [
        ("Production is down", "All users are blocked.", "P0", 24),
        ("Very slow", "Every page is very slow for all users.", "P1", 36),
        ("Export fails sometimes", "The export fails now and then.", "P2", 48),
    ],
)
def test_each_priority_gets_its_window(
    desked: Desked, subject: str, body: str, priority: str, hours: int
) -> None:
    """The first response is due the priority's window after receipt (calendar hours)."""
    desked.receive(customer_mail(subject, body, sender="x@other.example"), T0)
    ticket = desked.ticket(1001)
    assert ticket.priority == priority
    assert ticket.first_response_due == T0 + timedelta(hours=hours)


def test_p3_counts_office_hours_across_a_holiday_and_dst(desked: Desked) -> None:
    """P3's 72 h in Berlin office hours (8 h a day) skip the weekend, the Monday holiday and
    cross the change to summer time: Friday 11:00 local + 9 working days."""
    desked.receive(
        customer_mail("Typo on the pricing page", "It says recieve.", sender="b@o.example"), T0
    )
    ticket = desked.ticket(1001)
    assert ticket.priority == "P3"
    # Fri 27 Mar 11:00 CET: 6 h left that day; Mon 30 Mar is a holiday; 66 h more = 8 days and
    # 2 h from Tue 31 Mar (CEST, UTC+2): Fri 10 Apr 11:00 local = 09:00 UTC.
    assert ticket.first_response_due == datetime(2026, 4, 10, 9, 0, tzinfo=UTC)


def test_ladder_fires_each_step_once_and_stops_on_response(desked: Desked) -> None:
    """Warning at 75 %, level 1 at the deadline, levels 2 and 3 after a long outage (each
    once), nothing more on a rerun or with the clock jumping backwards."""
    desked.receive(outage(), T0)

    def run(hours: float) -> int:
        return deadlines.run_due(desked.engine, desked.desk, T0 + timedelta(hours=hours))

    assert run(17) == 0
    assert run(18) == 1 and len(desked.mails("warning")) == 1
    assert run(18.5) == 0
    assert run(24) == 1 and desked.ticket(1001).escalation_level == 1
    assert run(24) == 0
    # The daemon was down for a day: levels 2 and 3 go out once at start-up.
    assert run(60) == 2 and desked.ticket(1001).escalation_level == 3
    assert run(61) == 0
    assert run(5) == 0  # the clock jumped backwards: nothing fires, nothing breaks
    steps = sorted((m.clock, m.level) for m in desked.mails("escalation"))
    assert steps == [(0, 1), (0, 2), (0, 3)]  # the first response clock, levels 1 to 3
    recipients = [m.recipients for m in desked.mails("escalation")]
    assert "csm-acme@houseware.io" in recipients[0]  # the customer's CSM is copied


def test_priority_change_half_way_recomputes_from_receipt(desked: Desked) -> None:
    """#priority P2 from an agent half-way through a P0 moves the due time to receipt + 48 h,
    re-announces it, and the ladder follows the new window."""
    desked.receive(outage(), T0)
    key = desked.desk.token_key
    to = reply_address(key, 1001, "agent@houseware.io", "support@houseware.io")
    desked.receive(
        customer_mail(
            "Re: [#1001] Production is down", "#priority P2\n", sender="agent@houseware.io", to=to
        ),
        T0 + timedelta(hours=12),
    )
    ticket = desked.ticket(1001)
    assert ticket.priority == "P2"
    assert ticket.first_response_due == T0 + timedelta(hours=48)
    assert len(desked.mails("priority")) == 1
    assert deadlines.run_due(desked.engine, desked.desk, T0 + timedelta(hours=30)) == 0
    assert deadlines.run_due(desked.engine, desked.desk, T0 + timedelta(hours=36)) == 1  # warning


def test_ack_stops_the_ladder_and_makes_an_owner(desked: Desked) -> None:
    """The level-1 recipient's "#ack" through its reply address stops the ladder; they own it."""
    desked.receive(outage(), T0)
    deadlines.run_due(desked.engine, desked.desk, T0 + timedelta(hours=24))
    manager = "happiness@houseware.io"
    to = reply_address(desked.desk.token_key, 1001, manager, "support@houseware.io")
    desked.receive(
        customer_mail("Re: [#1001] Escalated", "#ack\n", sender=manager, to=to),
        T0 + timedelta(hours=25),
    )
    ticket = desked.ticket(1001)
    assert ticket.acked_by == manager and ticket.assignee == manager
    assert ticket.next_deadline is None
    assert deadlines.run_due(desked.engine, desked.desk, T0 + timedelta(hours=80)) == 0


def test_answer_then_customer_reply_starts_next_response_clock(desked: Desked) -> None:
    """After an agent's answer the ladder stops; the customer's next reply starts a new clock
    with the same window, which warns and escalates again on its own."""
    desked.receive(outage(), T0)
    key = desked.desk.token_key
    to = reply_address(key, 1001, "agent@houseware.io", "support@houseware.io")
    desked.receive(
        customer_mail(
            "Re: [#1001] Production is down", "We are on it.", sender="agent@houseware.io", to=to
        ),
        T0 + timedelta(hours=2),
    )
    assert desked.ticket(1001).response_due is None
    assert deadlines.run_due(desked.engine, desked.desk, T0 + timedelta(hours=30)) == 0
    relay = desked.mails("relay")[0]
    desked.receive(
        customer_mail(
            "Re: [#1001] Production is down",
            "Still down!",
            sender="anna@acme.example",
            in_reply_to=f"<{relay.message_id}>",
        ),
        T0 + timedelta(hours=40),
    )
    ticket = desked.ticket(1001)
    assert ticket.clock_number == 1
    assert ticket.response_due == T0 + timedelta(hours=64)
    assert ticket.first_response_at == T0 + timedelta(hours=2)
    assert deadlines.run_due(desked.engine, desked.desk, T0 + timedelta(hours=64)) == 1
    assert len(desked.mails("escalation")) == 1
