"""Who may get automatic mail now: no-reply senders, the loop breakers, and the per-sender caps.

Every new request from a person is acknowledged with its own number. What stops loops is not a
cap but, in order: RFC 3834 classification upstream; no-reply addresses (nobody reads them, a
robot may answer from them); and two circuit breakers that do not depend on the sender staying
the same: one per address with plus-tags stripped (noreply+17@x counts as noreply@x), one per
domain. A tripped breaker stops automatic mail to everyone it covers and raises exactly one
alert (an event and one mail to the team) until someone releases it (`breaker release`). The
caps (`ack_max_per_window`, `ack_max_per_day`) only catch what gets through all of that; a
sender over a cap gets one summary later listing the numbers (`mails.acknowledge`).
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from sqlalchemy import case, func
from sqlmodel import Session, col, select

from supportmail.core.machinetext import is_no_reply, sender_key
from supportmail.desk import Desk
from supportmail.storage import queries
from supportmail.storage.stores import BatchStore, store
from supportmail.storage.tables import Event, Outbox, Ticket

ALERT_MEMORY = timedelta(days=1)  # a breaker that trips again after a quiet day alerts again


@dataclass(frozen=True)
class Refusal:
    """Why no acknowledgement goes out now; `capped`: only a cap said no (summarise later)."""

    reason: str
    capped: bool = False
    trip: "Trip | None" = None  # the breaker that said no


@dataclass(frozen=True)
class Trip:
    """A circuit breaker that has tripped: its key, how many tickets, the window."""

    key: str  # "address:<addr>" or "domain:<domain>"
    count: int
    minutes: int
    first_alert: bool  # True exactly once per trip: the caller sends the one alert mail


def ack_refusal(
    session: Session, desk: Desk, ticket: Ticket, now: datetime, answering: str | None = None
) -> Refusal | None:
    """Why the acknowledgement of `ticket` must not go out now, or None when it may.

    `answering`: why the mail that opened it answers our own mail (never acknowledged). The
    breakers are counted first, so a flood alerts even when no-reply rules already hold it.
    """
    support = desk.config.support
    requester = ticket.requester
    if not requester.isascii():
        # Such an address needs SMTPUTF8 end to end; we do not rely on every relay having it.
        return Refusal("the address is not ASCII (it would need SMTPUTF8)")
    trip = tripped_breaker(session, desk, requester, now)
    if trip is not None:
        return Refusal(f"circuit breaker open ({trip.key}: {trip.count} tickets)", trip=trip)
    if answering is not None:
        return Refusal(f"{answering}: no acknowledgement to an answer")
    if is_no_reply(requester):
        return Refusal("a no-reply address: nobody reads it, and a robot may answer from it")
    window = now - timedelta(minutes=support.ack_window_minutes)
    recent, today = _ack_counts(session, requester, window, now - timedelta(days=1))
    if recent >= support.ack_max_per_window:
        return Refusal(
            f"{recent} acknowledgements within {support.ack_window_minutes} min", capped=True
        )
    if today >= support.ack_max_per_day:
        return Refusal(f"{today} acknowledgements in the last 24 h", capped=True)
    return None


# The window's tickets are counted by address for each new ticket: each requester's key is
# worked out once, not once per ticket that counts it (quadratic in a domain's backlog).
_sender_key = lru_cache(maxsize=4096)(sender_key)


def tripped_breaker(session: Session, desk: Desk, requester: str, now: datetime) -> Trip | None:
    """The breaker covering `requester` that has tripped (recording its one alert), or None.

    Counts the tickets opened within `breaker_minutes` since the breaker's last release: by the
    requester's address with plus-tags stripped, then by its domain (unless exempt).
    """
    support = desk.config.support
    since = now - timedelta(minutes=support.breaker_minutes)
    key = sender_key(requester)
    domain = key.rpartition("@")[2]
    opened = _opened_in_domain(session, domain, since)
    address_key, domain_key = f"address:{key}", f"domain:{domain}"
    released = _last_release(session, (address_key, domain_key))
    counts_from = {k: max(since, at) for k, at in released.items()}
    by_address = sum(
        1 for who, at in opened if _sender_key(who) == key and at >= counts_from[address_key]
    )
    if by_address > support.breaker_tickets:
        return _trip(session, address_key, by_address, support.breaker_minutes, now, released)
    if domain and domain not in support.breaker_exempt_domains:
        by_domain = sum(1 for _who, at in opened if at >= counts_from[domain_key])
        if by_domain > support.breaker_domain_tickets:
            return _trip(session, domain_key, by_domain, support.breaker_minutes, now, released)
    return None


def _trip(
    session: Session,
    key: str,
    count: int,
    minutes: int,
    now: datetime,
    released: dict[str, datetime],
) -> Trip:
    """Record the trip's alert event once (since its release, within a day); say if new."""
    memory_from = now - ALERT_MEMORY
    since = max(memory_from, released[key])
    first = not _alerted(session, key, since, memory_from)
    first = first and not store(session).unflushed_alert(key, since)
    if first:
        queries.add_event(
            session,
            "alert",
            f"circuit breaker: {count} new tickets from {key} within {minutes} min; "
            "automatic mail to them stopped until released",
            now,
            actor=key,
        )
    return Trip(key, count, minutes, first)


def _alerted(session: Session, key: str, since: datetime, memory_from: datetime) -> bool:
    """Whether the database holds an alert about breaker `key` since `since` (which is never
    before `memory_from`). On the fast path the newest alert of every breaker since
    `memory_from` is read once per batch (it writes nothing before its one flush, so the
    database does not change under it): a tripped breaker asked this for each of its tickets,
    one query each (~10 % of a backlog's ingest)."""
    if not isinstance(store(session), BatchStore):
        found = session.exec(
            select(Event.id).where(
                Event.kind == "alert", Event.actor == key, col(Event.created_at) >= since
            )
        ).first()
        return found is not None
    cached = session.info.get(_ALERTS)
    if cached is None or cached[0] != memory_from:
        newest = session.exec(
            select(Event.actor, func.max(Event.created_at))
            .where(Event.kind == "alert", col(Event.created_at) >= memory_from)
            .group_by(col(Event.actor))
        ).all()
        by_key = {actor: _aware(at) for actor, at in newest if at is not None}
        cached = session.info[_ALERTS] = (memory_from, by_key)
    newest_at = cached[1].get(key)
    return newest_at is not None and newest_at >= since


def _opened_in_domain(session: Session, domain: str, since: datetime) -> list[tuple[str, datetime]]:
    """(requester, created_at) of every ticket opened since `since` from `domain`, this
    batch's too. A range scan on the created_at index: the window is minutes long."""
    unflushed = store(session)
    if isinstance(unflushed, BatchStore):
        return _opened_by_domain(session, since).get(domain, []) + unflushed.unflushed_tickets(
            domain, since
        )
    found = [
        (str(who), at)
        for who, at in session.exec(
            select(Ticket.requester, Ticket.created_at).where(
                col(Ticket.created_at) >= since, col(Ticket.requester).endswith(f"@{domain}")
            )
        ).all()
    ]
    return found + store(session).unflushed_tickets(domain, since)


def _opened_by_domain(session: Session, since: datetime) -> dict[str, list[tuple[str, datetime]]]:
    """The tickets in the database opened since `since`, by requester domain: read once per
    batch on the fast path (it writes nothing before its one flush at the end, so what the
    database holds does not change under it). Per ticket, the same scan of the window cost one
    query each (a backlog's window holds it all: quadratic in the backlog)."""
    cached = session.info.get(_OPENED)
    if cached is None or cached[0] != since:
        by_domain: dict[str, list[tuple[str, datetime]]] = {}
        for who, at in session.exec(
            select(Ticket.requester, Ticket.created_at).where(col(Ticket.created_at) >= since)
        ).all():
            domain = str(who).rpartition("@")[2].lower()  # SQLite's LIKE ignores ASCII case
            by_domain.setdefault(domain, []).append((str(who), at))
        cached = session.info[_OPENED] = (since, by_domain)
    return cached[1]


_OPENED = "ratelimits.opened_by_domain"  # session.info keys of the fast path's batch caches
_RELEASES = "ratelimits.releases"
_ALERTS = "ratelimits.alerts"
NEVER = datetime.min.replace(tzinfo=UTC)


def _last_release(session: Session, keys: tuple[str, ...]) -> dict[str, datetime]:
    """For each breaker key, when it was last released (NEVER when it never was)."""
    released = dict.fromkeys(keys, NEVER)
    if isinstance(store(session), BatchStore):
        # The fast path releases nothing: every release read once per batch, not per ticket
        # (a query per ticket over an event table that grows with each ticket).
        every = session.info.get(_RELEASES)
        if every is None:
            every = session.info[_RELEASES] = _releases(session, None)
        released.update((k, every[k]) for k in keys if k in every)
        return released
    released.update(_releases(session, keys))
    return released


def _releases(session: Session, keys: tuple[str, ...] | None) -> dict[str, datetime]:
    """When each breaker key (of `keys`, or every one) was last released."""
    query = select(Event.actor, func.max(Event.created_at)).where(Event.kind == "breaker_released")
    if keys is not None:
        query = query.where(col(Event.actor).in_(keys))
    rows = session.exec(query.group_by(col(Event.actor))).all()
    return {actor: _aware(at) for actor, at in rows if actor is not None and at is not None}


def _aware(when: datetime) -> datetime:
    """SQLite may hand back a naive datetime from an aggregate: stored times are UTC."""
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _ack_counts(session: Session, address: str, window: datetime, day: datetime) -> tuple[int, int]:
    """Acknowledgements to `address` since `window` and since `day`, this batch's included."""
    recent, today = session.exec(
        select(
            func.count(case((col(Outbox.created_at) >= window, 1))),
            func.count(case((col(Outbox.created_at) >= day, 1))),
        )
        .select_from(Outbox)
        .where(
            Outbox.kind == "ack",
            Outbox.first_recipient == address,
            col(Outbox.created_at) >= min(window, day),
        )
    ).one()
    unflushed = store(session)
    return (
        int(recent or 0) + unflushed.unflushed_acks(address, window),
        int(today or 0) + unflushed.unflushed_acks(address, day),
    )


def open_breakers(session: Session) -> list[Event]:
    """The newest alert of every breaker not released since it tripped, newest first."""
    alerts = session.exec(
        select(Event).where(Event.kind == "alert").order_by(col(Event.created_at).desc())
    ).all()
    releases = _last_release(session, tuple({a.actor for a in alerts}))
    found: dict[str, Event] = {}
    for alert in alerts:
        if alert.actor not in found and _aware(alert.created_at) >= releases[alert.actor]:
            found[alert.actor] = alert
    return list(found.values())


def release_breaker(session: Session, key: str, actor: str, now: datetime) -> None:
    """Release breaker `key` ("address:..." or "domain:..."): tickets opened before now no
    longer count, and a new trip alerts again."""
    if not key.startswith(("address:", "domain:")):
        raise ValueError(f"{key!r}: a breaker is address:<address> or domain:<domain>")
    queries.add_event(session, "breaker_released", f"released by {actor}", now, actor=key)
