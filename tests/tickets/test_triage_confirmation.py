"""Weak triage evidence is said, not hidden: the team is asked to confirm, `tickets
--unconfirmed` lists what nobody confirmed, an agent's #priority confirms (SQLite)."""

from datetime import UTC, datetime, timedelta

from sqlmodel import Session, select

from supportmail.core.commands import parse_commands
from supportmail.outbound.render import compose_row
from supportmail.storage.reports import list_tickets, ticket_record
from supportmail.storage.tables import Ticket
from supportmail.tickets.commands import run_commands
from tests.support.desk import Desked, customer_mail

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
AGENT = "agent@houseware.io"
WEAK = customer_mail("Our account", "Hello, please have a look at our account when you can.")
STRONG = customer_mail(
    "Everything down", "Since 9:00 the whole platform is down, nobody in the company can log in."
)


def _notification(desked: Desked, number: int) -> str:
    """The body of the team's new-ticket notification for ticket `number`, as it will be sent."""
    ticket = desked.ticket(number)
    with Session(desked.engine) as session:
        rows = [m for m in desked.mails("notify") if m.ticket_id == ticket.id]
        return compose_row(session, rows[0]).decode("utf-8", "replace")


def _unconfirmed(desked: Desked) -> list[int]:
    """The numbers `tickets --unconfirmed` lists."""
    with Session(desked.engine) as session:
        return [t.number or 0 for t in list_tickets(session, T0, unconfirmed=True)]


def _command(desked: Desked, number: int, text: str) -> list[str]:
    """Run `text` as the agent's commands on ticket `number`; the results."""
    with Session(desked.engine) as session:
        ticket = session.exec(select(Ticket).where(Ticket.number == number)).one()
        results, _ = run_commands(
            session, desked.desk, ticket, AGENT, parse_commands(text), T0 + timedelta(minutes=5)
        )
        session.commit()
    return results


def test_weak_evidence_asks_the_team_and_is_listed_until_confirmed(desked: Desked) -> None:
    """No signal decides: the ticket is marked asked, the notification asks for one #priority
    line, `--unconfirmed` lists it, and the agent's #priority with the same priority confirms."""
    desked.receive(WEAK, T0)
    ticket = desked.ticket(1001)
    got = ticket.priority  # the word model's guess: no signal decides this request
    assert (ticket.priority_rule, ticket.priority_asked) == ("word-model", True)
    assert got in ("P1", "P2", "P3")
    assert ticket.priority_confirmed_by is None and ticket.priority_signals == ""
    # Words compared with the lines unwrapped: where the paragraph wraps depends on how long
    # the triage's explanation before it is.
    body = " ".join(_notification(desked, 1001).split())
    assert "The evidence is weak" in body and f"#priority {got}" in body
    assert _unconfirmed(desked) == [1001]
    assert _command(desked, 1001, f"#priority {got}") == [f"#priority {got}: {got} confirmed"]
    assert desked.ticket(1001).priority_confirmed_by == AGENT
    assert _unconfirmed(desked) == []
    assert _command(desked, 1001, f"#priority {got}") == [f"#priority {got}: already {got}"]


def test_changing_the_priority_also_confirms(desked: Desked) -> None:
    """An agent setting another priority has decided it: the ticket leaves the list."""
    desked.receive(WEAK, T0)
    other = "P0" if desked.ticket(1001).priority != "P0" else "P1"
    _command(desked, 1001, f"#priority {other}")
    assert desked.ticket(1001).priority_confirmed_by == AGENT
    assert _unconfirmed(desked) == []


def test_a_decision_on_signals_names_them_and_asks_nothing(desked: Desked) -> None:
    """A decided request stores the signals the decision used, in the words of the explanation;
    its notification says why and does not ask to confirm."""
    desked.receive(STRONG, T0)
    ticket = desked.ticket(1001)
    assert (ticket.priority, ticket.priority_rule, ticket.priority_asked) == (
        "P0",
        "production-unavailable",
        False,
    )
    assert ticket.priority_signals.split(", ")[0] == "unavailable"
    for signal in ticket.priority_signals.split(", "):
        assert signal in ticket.priority_explanation
    body = _notification(desked, 1001)
    assert "production-unavailable" in body and "The evidence is weak" not in body
    assert _unconfirmed(desked) == []
    with Session(desked.engine) as session:
        record = ticket_record(session.get(Ticket, ticket.id) or ticket, T0)
    assert record["priority_signals"] == ticket.priority_signals
    assert record["priority_confirmed"] is True
