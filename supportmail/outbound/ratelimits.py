"""Who may get automatic mail now: acknowledgement limits per sender and the circuit breaker.

Rate limits (one acknowledgement per window, a few a day) stop a chatty sender from turning us
into a reflector; the circuit breaker stops all automatic mail to a sender who opens tickets
faster than a person can, which is what an unrecognised autoresponder loop does. Counts are
read in the caller's transaction; on a batch's fast path, once for all the batch's senders.
"""

from datetime import datetime, timedelta

from sqlalchemy import case, func
from sqlmodel import Session, col, select

from supportmail.desk import Desk
from supportmail.storage import queries
from supportmail.storage.fastpath import count_acks, count_new_tickets, has_alert, pending
from supportmail.storage.tables import Event, Outbox, Ticket


def automatic_mail_blocked(
    session: Session, desk: Desk, ticket: Ticket, now: datetime
) -> str | None:
    """Why automatic mail to the ticket's requester must not go out now, or None."""
    support = desk.config.support
    requester = ticket.requester
    if not requester.isascii():
        # Such an address needs SMTPUTF8 end to end; we do not rely on every relay having it.
        return "the address is not ASCII (it would need SMTPUTF8)"
    since = now - timedelta(minutes=support.breaker_minutes)
    window = now - timedelta(minutes=support.ack_window_minutes)
    opened, recent, today = _rate_counts(session, requester, since, window, now - timedelta(days=1))
    if opened > support.breaker_tickets:
        _alert_once(
            session,
            f"circuit breaker: {requester} opened {opened} tickets in "
            f"{support.breaker_minutes} min; automatic mail to them stopped",
            requester,
            now,
            since,
        )
        return "circuit breaker open"
    if recent >= 1:
        return f"already acknowledged within {support.ack_window_minutes} min"
    if today >= support.ack_max_per_day:
        return f"{support.ack_max_per_day} acknowledgements in the last 24 h"
    return None


def _rate_counts(
    session: Session, address: str, opened_since: datetime, window: datetime, day: datetime
) -> tuple[int, int, int]:
    """In one query: tickets opened by `address`, and acks to it since `window` and `day`.

    On a batch's fast path, the stored counts of every sender of the batch are read in two
    queries at the first call, and what the batch itself added is counted on top.
    """
    batch = pending(session)
    if batch is not None:
        key = (opened_since, window, day)
        if key not in batch.stored_rates:
            batch.stored_rates[key] = _stored_rate_counts(session, batch.senders, *key)
        if address in batch.stored_rates[key]:
            tickets, recent, today = batch.stored_rates[key][address]
            return (
                tickets + count_new_tickets(batch, address, opened_since),
                recent + count_acks(batch, address, window),
                today + count_acks(batch, address, day),
            )
    opened = (
        select(func.count())
        .select_from(Ticket)
        .where(Ticket.requester == address, col(Ticket.created_at) >= opened_since)
        .scalar_subquery()
    )
    acks = (
        select(
            func.count(case((col(Outbox.created_at) >= window, 1))),
            func.count(case((col(Outbox.created_at) >= day, 1))),
            opened,
        )
        .select_from(Outbox)
        .where(
            Outbox.kind == "ack",
            Outbox.first_recipient == address,
            col(Outbox.created_at) >= min(window, day),
        )
    )
    recent, today, tickets = session.exec(acks).one()
    counts = int(tickets or 0), int(recent or 0), int(today or 0)
    if batch is None:
        return counts
    return (
        counts[0] + count_new_tickets(batch, address, opened_since),
        counts[1] + count_acks(batch, address, window),
        counts[2] + count_acks(batch, address, day),
    )


def _stored_rate_counts(
    session: Session,
    addresses: set[str],
    opened_since: datetime,
    window: datetime,
    day: datetime,
) -> dict[str, tuple[int, int, int]]:
    """`_rate_counts` as stored, for each of `addresses` at once (0 where nothing is stored)."""
    wanted = sorted(addresses)
    counts = {a: [0, 0, 0] for a in wanted}
    opened = session.exec(
        select(Ticket.requester, func.count())
        .where(col(Ticket.requester).in_(wanted), col(Ticket.created_at) >= opened_since)
        .group_by(col(Ticket.requester))
    ).all()
    for address, n in opened:
        counts[address][0] = int(n)
    acks = session.exec(
        select(
            Outbox.first_recipient,
            func.count(case((col(Outbox.created_at) >= window, 1))),
            func.count(case((col(Outbox.created_at) >= day, 1))),
        )
        .where(
            Outbox.kind == "ack",
            col(Outbox.first_recipient).in_(wanted),
            col(Outbox.created_at) >= min(window, day),
        )
        .group_by(col(Outbox.first_recipient))
    ).all()
    for address, recent, today in acks:
        counts[address][1:] = [int(recent), int(today)]
    return {a: (c[0], c[1], c[2]) for a, c in counts.items()}


def _alert_once(session: Session, detail: str, actor: str, now: datetime, since: datetime) -> None:
    exists = session.exec(
        select(Event.id).where(
            Event.kind == "alert", Event.actor == actor, col(Event.created_at) >= since
        )
    ).first()
    batch = pending(session)
    if exists is None and not (batch is not None and has_alert(batch, actor, since)):
        queries.add_event(session, "alert", detail, now, actor=actor)
