"""What the demo prints as it happens: new messages, ticket events and mail sent, one line each."""

import sys
from dataclasses import dataclass, field
from datetime import datetime
from typing import TextIO

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from supportmail.clock import ScaledClock
from supportmail.storage.tables import Event, InboundMessage, Ticket
from supportmail.testbed.sink import Sink, SinkMessage

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
    clock: ScaledClock  # started with the daemon: shows "+27h" rather than dates
    out: TextIO = sys.stdout
    last_inbound: int = 0
    last_event: int = 0
    seen_mail: int = 0
    mails: list[SinkMessage] = field(default_factory=list)

    def stamp(self, when: datetime) -> str:
        """A demo time as hours since the start, e.g. "+27h"."""
        hours = max((when - self.clock.start).total_seconds() / 3600, 0.0)
        return f"+{hours:.0f}h".rjust(5)

    def look(self) -> None:
        """Print every new inbound message, event and sent mail."""
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
            self._line(self.stamp(self.clock.now()), "mail", f"to {to}: {mail.message['Subject']}")

    def _inbound(self, session: Session, inbound: InboundMessage) -> None:
        ticket = session.get(Ticket, inbound.ticket_id) if inbound.ticket_id else None
        what = inbound.disposition or inbound.state
        if ticket is not None and what == "new_ticket":
            text = (
                f"#{ticket.number} {ticket.priority} new ticket from {ticket.requester}: "
                f'"{ticket.subject}" (rule {ticket.priority_rule})'
            )
        elif ticket is not None:
            who = (
                "the agent's answer" if what == "agent_reply" else f"reply from {ticket.requester}"
            )
            text = f"#{ticket.number} {who}"
        else:
            text = f"{what.replace('_', ' ')}: {inbound.reason or inbound.error or ''}"
        self._line(self.stamp(inbound.committed_at), "in", text)

    def _event(self, session: Session, event: Event) -> None:
        label = SHOWN_EVENTS.get(event.kind)
        if label is None:
            return
        ticket = session.get(Ticket, event.ticket_id) if event.ticket_id else None
        prefix = f"#{ticket.number} " if ticket is not None else ""
        self._line(self.stamp(event.created_at), label, prefix + event.detail)

    def _line(self, stamp: str, label: str, text: str) -> None:
        text = text if len(text) <= 110 else text[:107] + "..."
        print(f"{stamp}  {label:>10}  {text}", file=self.out, flush=True)
