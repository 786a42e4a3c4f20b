"""A ticket's SLA timeline: its clock, each ladder step (warning, every rung), and where each
stands; what `supportmail sla` prints, as values for the ticket page."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from supportmail.core.ladder import ladder_steps
from supportmail.core.sla import format_duration
from supportmail.core.types import Priority
from supportmail.desk import Desk
from supportmail.storage.tables import Ticket


@dataclass(frozen=True)
class Step:
    """One step of the ladder: when, what (warning or a rung, with who is told), its state."""

    due: datetime
    what: str
    who: str
    state: str  # done | not needed | due | waiting
    note: str


@dataclass(frozen=True)
class Timeline:
    """The current response clock and its steps."""

    started: datetime
    window_hours: float
    clock_number: int
    stopped: str | None  # why the ladder no longer runs, or None
    first_verdict: str | None  # "in time" / "2 h late" once the first response is in
    steps: list[Step]


def timeline(desk: Desk, ticket: Ticket, now: datetime) -> Timeline:
    """The ladder for the ticket's current clock, as the scheduler sees it at `now`."""
    priority = Priority(ticket.priority)
    hours = desk.config.window_hours(priority)
    calendar = desk.config.calendar_for(priority)
    if ticket.status == "closed":
        stopped: str | None = "closed"
    elif ticket.response_due is None:
        stopped = "responded"
    elif ticket.acked_by is not None:
        stopped = f"acknowledged by {ticket.acked_by}"
    else:
        stopped = None
    verdict = None
    if ticket.first_response_at is not None:
        late = ticket.first_response_at - ticket.first_response_due
        verdict = "in time" if late <= timedelta(0) else f"{format_duration(late)} late"
    steps = []
    for step in ladder_steps(ticket.clock_started_at, hours, desk.ladder, calendar):
        if step.kind == "warning":
            what, who = f"warning at {desk.ladder.warn_at:g}x the window", "the team"
            fired = ticket.warned
        else:
            rung = desk.ladder.level(step.level)
            assert rung is not None
            what = f"level {rung.number}: {rung.name} at {rung.offset:g}x"
            who, fired = rung.address, step.level <= ticket.escalation_level
        if fired:
            state, note = "done", ""
        elif stopped is not None:
            state, note = "not needed", ""
        elif step.due <= now:
            state, note = "due", "fires on the scheduler's next pass"
        else:
            state, note = "waiting", f"in {format_duration(step.due - now)}"
        steps.append(Step(step.due, what, who, state, note))
    return Timeline(ticket.clock_started_at, hours, ticket.clock_number, stopped, verdict, steps)
