"""The mails the loop defence sends: one alert per tripped breaker, one summary per capped sender.

Both run in the caller's transaction, right where an acknowledgement was refused
(`mails.acknowledge`). The alert goes to the team once per trip (`ratelimits.Trip.first_alert`).
The summary is one pending mail per sender, due when the cap's window ends; while it waits,
each further capped ticket is added to it, so the sender learns every number in one mail.
"""

from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from supportmail.core import alertmail
from supportmail.core.outgoing_headers import make_message_id
from supportmail.desk import Desk
from supportmail.outbound.queue import enqueue
from supportmail.outbound.ratelimits import Trip
from supportmail.outbound.render import language_words
from supportmail.storage.tables import Outbox, Ticket


def alert_team(
    session: Session, desk: Desk, trip: Trip, ticket: Ticket, now: datetime
) -> Outbox | None:
    """Mail the team about a breaker that has just tripped (nothing when it had tripped before)."""
    if not trip.first_alert:
        return None
    team = desk.config.support.team_address
    message = alertmail.compose_breaker_alert(
        desk.identity,
        make_message_id(desk.identity, "alert", f"{trip.key}.{ticket.number}"),
        to=team,
        words=language_words(desk.config.support.team_language),
        key=trip.key,
        count=trip.count,
        minutes=trip.minutes,
        latest=ticket.number,
        now=now,
    )
    # On a batch's fast path too: the alert is once per trip by its Event (`ratelimits._trip`,
    # which sees the batch's own), and nothing reads this row back in the transaction.
    return enqueue(
        session, kind="alert", ticket_id=None, level=0, message=message, now=now, batched=True
    )


def summarise_later(session: Session, desk: Desk, ticket: Ticket, now: datetime) -> Outbox:
    """Add `ticket` to the pending summary of its requester's unacknowledged numbers (one mail,
    sent when the cap's window ends), writing the summary when there is none yet."""
    requester = ticket.requester
    waiting = session.exec(
        select(Outbox).where(
            Outbox.kind == "ack_summary",
            Outbox.first_recipient == requester,
            Outbox.state == "pending",
        )
    ).first()
    start = waiting.created_at if waiting is not None else now
    numbers = _unacknowledged(session, requester, start)
    if ticket.number is not None and ticket.number not in numbers:
        numbers.append(ticket.number)
    message = alertmail.compose_ack_summary(
        desk.identity,
        make_message_id(desk.identity, "summary", f"{ticket.number}"),
        to=requester,
        words=language_words(ticket.language or desk.config.support.language),
        numbers=sorted(numbers),
        now=now,
    )
    if waiting is None:
        row = enqueue(
            session, kind="ack_summary", ticket_id=None, level=0, message=message, now=now
        )
        row.next_attempt_at = now + timedelta(minutes=desk.config.support.ack_window_minutes)
        session.add(row)
        return row
    # Same row, same Message-ID: the newer text lists one more number.
    message.replace_header("Message-ID", f"<{waiting.message_id}>")
    waiting.raw = message.as_bytes()
    session.add(waiting)
    return waiting


def _unacknowledged(session: Session, requester: str, since: datetime) -> list[int]:
    """Numbers of `requester`'s tickets opened since `since` that got no acknowledgement."""
    acked = select(Outbox.ticket_id).where(Outbox.kind == "ack", col(Outbox.ticket_id).is_not(None))
    rows = session.exec(
        select(Ticket.number).where(
            Ticket.requester == requester,
            col(Ticket.created_at) >= since,
            col(Ticket.id).not_in(acked),
        )
    ).all()
    return [n for n in rows if n is not None]
