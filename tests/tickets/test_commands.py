"""Each mail command's effect on a stored ticket, run through the registry on SQLite."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, select

from supportmail.core.commands import COMMANDS, parse_commands
from supportmail.storage.tables import Event, Ticket
from supportmail.tickets.commands import HANDLERS, run_commands
from tests.support.desk import Desked, customer_mail

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
AGENT = "agent@houseware.io"


@pytest.fixture(autouse=True)
def ticket_1001(desked: Desked) -> None:
    """Ticket #1001 (a P2 question from a customer) on the desk of each test here."""
    desked.receive(customer_mail("A question", "How do I export my data?"), T0)


def command(desked: Desked, text: str, at: datetime = T0 + timedelta(minutes=5)) -> Ticket:
    """Run the commands in `text` as the agent on ticket #1001, commit, and return the ticket."""
    command_results(desked, text, at)
    return desked.ticket(1001)


def command_results(
    desked: Desked, text: str, at: datetime = T0 + timedelta(minutes=5)
) -> tuple[list[str], list[str]]:
    """Run the commands in `text` as the agent on ticket #1001; return results and errors."""
    with Session(desked.engine) as session:
        ticket = session.exec(select(Ticket).where(Ticket.number == 1001)).one()
        done = run_commands(session, desked.desk, ticket, AGENT, parse_commands(text), at)
        session.commit()
    return done


def command_events(desked: Desked) -> list[str]:
    """The text of every recorded command event, oldest first."""
    return [e.detail for e in desked.events("command")]


def test_every_parsed_command_has_exactly_one_handler() -> None:
    """The shell's handlers name exactly the commands the pure registry parses."""
    assert set(HANDLERS) == set(COMMANDS)


def test_priority_changes_the_ticket_and_tells_the_customer(desked: Desked) -> None:
    """#priority sets priority and rule, moves the due time, queues the customer's notice."""
    before = desked.ticket(1001)
    assert before.priority != "P0"
    results, errors = command_results(desked, "#priority P0")
    after = desked.ticket(1001)
    assert (after.priority, after.priority_rule) == ("P0", f"set by {AGENT}")
    assert after.first_response_due is not None and before.first_response_due is not None
    assert after.first_response_due < before.first_response_due
    assert len(desked.mails("priority")) == 1
    assert errors == [] and results == [
        f"#priority P0: changed from {before.priority} to P0; the customer was told"
    ]
    assert command_events(desked) == ["#priority P0"]


def set_asked(desked: Desked, asked: bool) -> None:
    """Mark ticket #1001's priority as one triage asked the team to confirm, or not."""
    with Session(desked.engine) as session:
        ticket = session.exec(select(Ticket).where(Ticket.number == 1001)).one()
        ticket.priority_asked, ticket.priority_confirmed_by = asked, None
        session.add(ticket)
        session.commit()


def test_priority_already_set_changes_nothing(desked: Desked) -> None:
    """#priority with the current (not questioned) priority says so, records no event and
    tells no one."""
    set_asked(desked, False)
    current = desked.ticket(1001).priority
    results, errors = command_results(desked, f"#priority {current}")
    assert results == [f"#priority {current}: already {current}"] and errors == []
    assert command_events(desked) == [] and desked.mails("priority") == []


def test_priority_already_set_confirms_an_asked_priority_once(desked: Desked) -> None:
    """#priority with the current priority confirms a priority triage asked the team to
    confirm (recorded once); after that it only says so. Nobody is mailed either way."""
    set_asked(desked, True)
    current = desked.ticket(1001).priority
    results, errors = command_results(desked, f"#priority {current}")
    assert results == [f"#priority {current}: {current} confirmed"] and errors == []
    assert desked.ticket(1001).priority_confirmed_by == AGENT
    results, errors = command_results(desked, f"#priority {current}")
    assert results == [f"#priority {current}: already {current}"] and errors == []
    assert command_events(desked) == [f"#priority {current}"]
    assert desked.mails("priority") == []


def test_assign_gives_the_ticket_to_an_agent(desked: Desked) -> None:
    """#assign with an agent's address makes them the assignee."""
    results, _ = command_results(desked, "#assign alice@houseware.io")
    assert desked.ticket(1001).assignee == "alice@houseware.io"
    assert results == ["#assign: assigned to alice@houseware.io"]
    assert command_events(desked) == ["#assign alice@houseware.io"]


def test_assign_to_someone_not_an_agent_is_refused(desked: Desked) -> None:
    """#assign to an address that is not an agent's changes nothing and is explained."""
    results, errors = command_results(desked, "#assign eve@example.org")
    assert desked.ticket(1001).assignee is None
    assert results == [] and errors == ["#assign eve@example.org: not an agent address"]
    assert command_events(desked) == []


def test_take_assigns_the_ticket_to_the_sender(desked: Desked) -> None:
    """#take makes the commanding agent the assignee."""
    results, _ = command_results(desked, "#take")
    assert desked.ticket(1001).assignee == AGENT
    assert results == [f"#take: assigned to {AGENT}"] and command_events(desked) == ["#take"]


def test_close_closes_once(desked: Desked) -> None:
    """#close closes the ticket and stops its clock; a second #close only says so."""
    at = T0 + timedelta(minutes=5)
    ticket = command(desked, "#close", at)
    assert (ticket.status, ticket.closed_at, ticket.response_due) == ("closed", at, None)
    results, _ = command_results(desked, "#close")
    assert results == ["#close: already closed"] and command_events(desked) == ["#close"]


def test_reopen_reopens_a_closed_ticket_only(desked: Desked) -> None:
    """#reopen on an open ticket says so; on a closed one it reopens and restarts the clock."""
    results, _ = command_results(desked, "#reopen")
    assert results == ["#reopen: already open"] and command_events(desked) == []
    command(desked, "#close")
    at = T0 + timedelta(hours=1)
    results, _ = command_results(desked, "#reopen", at)
    ticket = desked.ticket(1001)
    assert results == ["#reopen: reopened"]
    assert (ticket.status, ticket.closed_at, ticket.clock_started_at) == ("open", None, at)
    assert ticket.response_due is not None and ticket.response_due > at
    assert command_events(desked) == ["#close", "#reopen"]
    assert [e.detail for e in desked.events("reopened")] == [f"reopened by {AGENT}"]


def test_note_only_confirms_and_records(desked: Desked) -> None:
    """#note changes nothing on the ticket itself; it is confirmed and recorded."""
    before = desked.ticket(1001)
    results, _ = command_results(desked, "#note\nsecret")
    after = desked.ticket(1001)
    assert (after.status, after.priority, after.assignee) == (
        before.status,
        before.priority,
        before.assignee,
    )
    assert results == ["#note: kept as an internal note, not sent to the customer"]
    assert command_events(desked) == ["#note"]


def test_escalate_climbs_one_level_until_the_top(desked: Desked) -> None:
    """#escalate goes one level up each time; at the top it is refused."""
    levels = len(desked.desk.ladder.levels)
    for n in range(1, levels + 1):
        results, errors = command_results(desked, "#escalate")
        rung = desked.desk.ladder.level(n)
        assert rung is not None and errors == []
        assert results == [f"#escalate: escalated to level {n} ({rung.name})"]
        assert desked.ticket(1001).escalation_level == n
    results, errors = command_results(desked, "#escalate")
    assert results == [] and errors == ["#escalate: already at the top of the ladder"]
    assert command_events(desked) == ["#escalate"] * levels


def test_ack_stops_the_ladder_and_gives_ownership(desked: Desked) -> None:
    """#ack records who acknowledged, assigns them and leaves no ladder step pending."""
    command(desked, "#escalate")
    results, _ = command_results(desked, "#ack")
    ticket = desked.ticket(1001)
    assert (ticket.acked_by, ticket.assignee) == (AGENT, AGENT)
    assert results == ["#ack: the escalation ladder stopped; you own the ticket"]
    assert command_events(desked) == ["#escalate", "#ack"]
    assert len(desked.events("escalation_ack")) == 1


def test_mistakes_are_passed_back_and_good_commands_still_run(desked: Desked) -> None:
    """Parse errors come back with the handlers' refusals; the valid commands still run."""
    results, errors = command_results(desked, "#frobnicate\n#take\n#assign eve@example.org")
    assert results == [f"#take: assigned to {AGENT}"]
    assert errors[0].startswith("#frobnicate: unknown command")
    assert errors[1] == "#assign eve@example.org: not an agent address"


def test_running_commands_marks_the_ticket_updated(desked: Desked) -> None:
    """Any command block updates the ticket's updated_at to the time it ran."""
    at = T0 + timedelta(minutes=7)
    command(desked, "#note", at)
    assert desked.ticket(1001).updated_at == at
    with Session(desked.engine) as session:
        assert session.exec(select(Event).where(Event.kind == "command")).one().actor == AGENT
