"""Digests by mail: who gets which when, composed from the database and queued once per period.

Recipients (`[digests]`, with per-address times and opt-ins in `[digests.recipients]`):
- daily: every configured agent and every agent holding an open ticket, each with their own
  open tickets; and the team address with the unassigned ones (`digests.team`);
- weekly: `digests.weekly_to`, by default the escalation ladder's first two rungs.

`run_due` is called by the daemon's "digests" job (every minute) and by `run --once`. Each
digest is one transaction: the (kind, recipient, period) claim (`storage.digests`) and the
outbox row are committed together, so with several instances exactly one sends it. A daily
digest with nothing to list is claimed without a mail.
"""

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage

from sqlalchemy.engine import Engine
from sqlmodel import Session

from supportmail.config.digests import DigestTimes
from supportmail.core.digest import (
    DigestTicket,
    Kind,
    Schedule,
    daily_digest,
    due_digest,
    week_before,
    weekly_digest,
)
from supportmail.core.digest_mail import compose_digest
from supportmail.core.digest_text import Layout, daily_layout, weekly_layout
from supportmail.core.outgoing_headers import make_message_id
from supportmail.desk import Desk
from supportmail.outbound.queue import enqueue
from supportmail.outbound.render import language_words
from supportmail.storage import digests as stored
from supportmail.storage.database import session_scope
from supportmail.storage.tables import Ticket

log = logging.getLogger(__name__)
OUTBOX_KIND = "digest"
WEEKLY_RUNGS = 2  # the ladder's rungs that get the weekly report by default


@dataclass(frozen=True, slots=True)
class Planned:
    """One digest to consider: its kind, recipient, whether it is the team's, their times."""

    kind: Kind
    recipient: str
    team: bool
    times: DigestTimes

    def schedule(self) -> Schedule:
        """When this recipient gets this kind."""
        t = self.times
        if self.kind == "daily":
            return Schedule(t.daily_days, t.daily_at, t.timezone)
        return Schedule(frozenset({t.weekly_day}), t.weekly_at, t.timezone)


def daily_recipients(session: Session, desk: Desk) -> list[str]:
    """The agents who get a daily digest (without the team address)."""
    config = desk.config.digests
    holders = [a for a in stored.assignees_with_open_tickets(session) if desk.is_agent(a)]
    opted_in = [a for a, t in config.recipients.items() if t.daily]
    team = desk.config.support.team_address
    found = {a.lower() for a in (*desk.config.support.agents, *holders, *opted_in)} - {team}
    return sorted(a for a in found if config.times_for(a).daily is not False)


def weekly_recipients(desk: Desk) -> list[str]:
    """Who gets the weekly report: `weekly_to`, else the first two rungs; opt-ins and outs."""
    config = desk.config.digests
    base = config.weekly_to or tuple(lv.address for lv in desk.ladder.levels[:WEEKLY_RUNGS])
    opted_in = [a for a, t in config.recipients.items() if t.weekly]
    found = {a.lower() for a in (*base, *opted_in)}
    return sorted(a for a in found if config.times_for(a).weekly is not False)


def planned(session: Session, desk: Desk) -> Iterator[Planned]:
    """Every (kind, recipient) the config and the open tickets call for."""
    config = desk.config.digests
    team = desk.config.support.team_address
    for agent in daily_recipients(session, desk):
        yield Planned("daily", agent, False, config.times_for(agent))
    if config.team and config.times_for(team).daily is not False:
        yield Planned("daily", team, True, config.times_for(team))
    for manager in weekly_recipients(desk):
        yield Planned("weekly", manager, False, config.times_for(manager))


def run_due(engine: Engine, desk: Desk, now: datetime) -> int:
    """Queue every digest due at `now` that no instance has handled yet; return mails queued."""
    if not desk.config.digests.enabled:
        return 0
    with Session(engine) as session:
        plans = [(p, due_digest(p.kind, p.schedule(), now)) for p in planned(session, desk)]
        todo = [
            (p, due)
            for p, due in plans
            if due is not None
            and not stored.digest_handled(session, p.kind, p.recipient, due.period)
        ]
    queued = 0
    for plan, due in todo:
        assert due is not None
        with session_scope(engine) as session:
            claim = stored.claim_digest(session, plan.kind, plan.recipient, due.period, now)
            if claim is None:
                continue  # another instance handled it first
            message = digest_message(session, desk, plan, now, due.moment)
            if message is None:
                continue  # nothing to list: claimed, no mail
            row = enqueue(
                session, kind=OUTBOX_KIND, ticket_id=None, level=0, message=message, now=now
            )
            claim.outbox_id = row.id
            session.add(claim)
            queued += 1
            log.info("digest: %s %s for %s queued", plan.kind, due.period, plan.recipient)
    return queued


def digest_message(
    session: Session, desk: Desk, plan: Planned, now: datetime, moment: datetime | None = None
) -> EmailMessage | None:
    """The digest mail of `plan` as of `now` (the week: the seven days before `moment`'s day);
    None when a daily digest has nothing to list."""
    layout = digest_layout(session, desk, plan, now, moment or now)
    if layout is None:
        return None
    return compose_digest(
        desk.identity,
        layout,
        make_message_id(desk.identity, f"digest-{plan.kind}", plan.recipient.partition("@")[0]),
        to=plan.recipient,
        reply_to=desk.config.support.team_address,
        now=now,
    )


def digest_layout(
    session: Session, desk: Desk, plan: Planned, now: datetime, moment: datetime
) -> Layout | None:
    """The digest of `plan` in words, or None when a daily one has nothing to list."""
    words = language_words(desk.config.support.team_language)
    zone = plan.times.timezone
    levels = {level.number: level.name for level in desk.ladder.levels}
    team_address = desk.config.support.team_address
    t = plan.times
    if plan.kind == "daily":
        tickets = stored.open_tickets(session, None if plan.team else plan.recipient)
        daily = daily_digest(
            plan.recipient, (digest_ticket(desk, x) for x in tickets), now, team=plan.team
        )
        if daily.empty:
            return None
        schedule = words.phrase(
            "digest_schedule_daily",
            days=words.days(sorted(t.daily_days)),
            time=words.clock(t.daily_at.strftime("%H:%M")),
            zone=zone,
        )
        return daily_layout(
            words, desk.identity, daily, now, zone,
            levels=levels, reply_to=team_address, schedule=schedule,
        )  # fmt: skip
    start, end = week_before(moment, zone)
    rows = stored.tickets_for_week(session, start - (end - start))
    weekly = weekly_digest(plan.recipient, [digest_ticket(desk, x) for x in rows], start, end, now)
    schedule = words.phrase(
        "digest_schedule_weekly",
        day=words.days([t.weekly_day]),
        time=words.clock(t.weekly_at.strftime("%H:%M")),
        zone=zone,
    )
    return weekly_layout(
        words, desk.identity, weekly, now, zone,
        levels=levels, reply_to=team_address, schedule=schedule,
    )  # fmt: skip


def digest_ticket(desk: Desk, ticket: Ticket) -> DigestTicket:
    """What a digest shows of a stored ticket."""
    assert ticket.number is not None
    customer = desk.config.customer_for(ticket.requester)
    rule = ticket.priority_rule or ""
    return DigestTicket(
        number=ticket.number,
        subject=ticket.subject,
        requester=ticket.requester,
        requester_name=ticket.requester_name,
        customer=customer.name if customer else None,
        priority=ticket.priority,
        status=ticket.status,
        assignee=ticket.assignee,
        received_at=ticket.received_at,
        response_due=ticket.response_due if ticket.status == "open" else None,
        first_response_due=ticket.first_response_due,
        first_response_at=ticket.first_response_at,
        closed_at=ticket.closed_at,
        escalation_level=ticket.escalation_level,
        priority_unconfirmed=ticket.priority_asked and ticket.priority_confirmed_by is None,
        priority_set_by=rule.removeprefix("set by ") if rule.startswith("set by ") else None,
    )
