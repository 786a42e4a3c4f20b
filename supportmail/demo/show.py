"""What the demo prints as it happens: new messages, ticket events and mail sent, one line each.

Each line carries the demo time it happened at (a mail: when the sink received it, converted to
demo time), and lines are printed in that order: what is seen is held back for a moment of real
time (`HOLD_BACK`), so a mail the sink got before an event was committed, but that was read
after it, still comes first.
"""

import heapq
import itertools
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TextIO

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from supportmail.clock import ScaledClock
from supportmail.storage.tables import Event, InboundMessage, Ticket
from supportmail.testbed.sink import Sink, SinkMessage

# Real seconds a seen line waits before it is printed: longer than the watcher's look interval
# plus a commit's or a delivery's lag, so nothing earlier turns up after it was passed.
HOLD_BACK = 1.5

# Events worth a line of their own (ticket creation is shown from the inbound message).
SHOWN_EVENTS = {
    "warning": "warning",
    "escalation": "ESCALATED",
    "agent_reply": "answered",
    "command": "command",
    "note": "note",
    "escalation_ack": "taken",
    "reopened": "reopened",
    "bounce": "bounce",
    "alert": "ALERT",
    "ack_suppressed": "no ack",
    "unverified_staff_mail": "refused",
}


@dataclass
class Watcher:
    """Prints what is new in the database and the sink since the last look."""

    engine: Engine
    sink: Sink
    clock: ScaledClock  # the daemon's demo time (same epoch): shows "+27.0h" rather than dates
    out: TextIO = sys.stdout
    last_inbound: int = 0
    last_event: int = 0
    seen_mail: int = 0
    mails: list[SinkMessage] = field(default_factory=list)
    _pending: list[tuple[datetime, int, str, str]] = field(default_factory=list)
    _order: "itertools.count[int]" = field(default_factory=itertools.count)
    printed_until: datetime | None = None  # the demo time of the last line printed

    def stamp(self, when: datetime) -> str:
        """A demo time as hours since the epoch, e.g. "+27.0h"."""
        hours = max((when - self.clock.epoch).total_seconds() / 3600, 0.0)
        return f"+{hours:.1f}h".rjust(6)

    def note(self, when: datetime, label: str, text: str) -> None:
        """Queue a line for demo time `when`; it is printed in order by `look` or `flush`."""
        heapq.heappush(self._pending, (when, next(self._order), label, text))

    def flush(self, everything: bool = False) -> None:
        """Print the queued lines old enough that nothing earlier can still turn up (all of
        them with `everything`), in demo-time order."""
        horizon = self.clock.now() - timedelta(seconds=HOLD_BACK * self.clock.scale)
        while self._pending and (everything or self._pending[0][0] <= horizon):
            when, _order, label, text = heapq.heappop(self._pending)
            self._line(self.stamp(when), label, text)
            self.printed_until = when

    def look(self) -> None:
        """Queue every new inbound message, event and sent mail; print what is due."""
        with Session(self.engine) as session:
            for inbound in session.exec(
                select(InboundMessage).where(col(InboundMessage.id) > self.last_inbound)
            ).all():
                assert inbound.id is not None
                self.last_inbound = inbound.id
                self._inbound(session, inbound)
            for event in session.exec(
                select(Event).where(col(Event.id) > self.last_event).order_by(col(Event.id))
            ).all():
                assert event.id is not None
                self.last_event = event.id
                self._event(session, event)
        for mail in self.sink.messages()[self.seen_mail :]:
            self.seen_mail += 1
            self.mails.append(mail)
            to = ", ".join(mail.rcpt_tos)
            sent = self.clock.at_wall(mail.received_at)
            self.note(sent, "mail", f"to {to}: {mail.message['Subject']}")
        self.flush()

    def _inbound(self, session: Session, inbound: InboundMessage) -> None:
        ticket = session.get(Ticket, inbound.ticket_id) if inbound.ticket_id else None
        what = inbound.disposition or inbound.state
        if ticket is not None and what == "new_ticket":
            # A customer answered in their own language or zone (issue #12) shows it up front.
            own = ticket.language not in (None, "en") or ticket.timezone not in (None, "UTC")
            where = f" [{ticket.language}, {ticket.timezone}]" if own else ""
            text = (
                f"#{ticket.number} {ticket.priority} new ticket from {ticket.requester}{where}: "
                f'"{ticket.subject}" (rule {ticket.priority_rule})'
            )
        elif ticket is not None:
            who = {
                "agent_reply": "the agent's answer",
                "unverified_staff": "unverified mail from a staff address (kept as a note)",
            }.get(what, f"reply from {ticket.requester}")
            text = f"#{ticket.number} {who}"
        else:
            text = f"{what.replace('_', ' ')}: {inbound.reason or inbound.error or ''}"
        self.note(inbound.committed_at, "in", text)

    def _event(self, session: Session, event: Event) -> None:
        label = SHOWN_EVENTS.get(event.kind)
        if label is None:
            return
        ticket = session.get(Ticket, event.ticket_id) if event.ticket_id else None
        prefix = f"#{ticket.number} " if ticket is not None else ""
        self.note(event.created_at, label, prefix + event.detail)

    def _line(self, stamp: str, label: str, text: str) -> None:
        text = text if len(text) <= 110 else text[:107] + "..."
        print(f"{stamp}  {label:>10}  {text}", file=self.out, flush=True)
