"""Merge a duplicate ticket into another (`#merge N`, `supportmail merge A B`).

The merged ticket's messages (with their attachments), participants, events, inbound mail and
thread references move to the survivor; the merged ticket keeps its number, its outgoing mail
and two events, gets status "merged" and points at the survivor (`merged_into_id`). Replies to
either number thread to the survivor: its references moved, and a tag or reply address naming
the merged number is resolved by `survivor_of`.

The clocks combine as the earliest promise: when the merged ticket's customer waits for an
answer due sooner than the survivor's (or the survivor waits on nothing), the survivor takes
that clock (start, priority, ladder progress) as a new response clock of its own. The merged
ticket's customer is told, in their language, which number to use.

Only one organisation's tickets merge (the same address, or the same company domain): moving
another customer's conversation into a ticket would show it to the wrong people.

Two instances merging at once: both tickets are locked in id order (PostgreSQL: SELECT ... FOR
UPDATE; SQLite: the writer's BEGIN IMMEDIATE) and re-read before anything is checked, so the
second merge sees the first and refuses or does nothing; nothing is merged twice.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from supportmail.core.threading import same_organisation
from supportmail.core.types import Priority
from supportmail.desk import Desk
from supportmail.outbound import mails
from supportmail.sla import deadlines
from supportmail.storage import queries
from supportmail.storage.stores import require_slow_path
from supportmail.storage.tables import (
    Event,
    InboundMessage,
    Participant,
    ThreadRef,
    Ticket,
    TicketMessage,
)


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a merge did: `merged` is False when it was refused or had been done already."""

    merged: bool
    text: str
    refused: bool = False


def survivor_of(session: Session, ticket: Ticket) -> Ticket:
    """The ticket that holds `ticket`'s conversation now: itself, or the one it was merged into
    (merges are kept one step deep, so one lookup answers)."""
    if ticket.merged_into_id is None:
        return ticket
    survivor = queries.ticket_for_id(session, ticket.merged_into_id)
    return survivor if survivor is not None else ticket


def merge_tickets(
    session: Session, desk: Desk, source: Ticket, target: Ticket, actor: str, now: datetime
) -> MergeResult:
    """Merge `source` into `target` in the caller's transaction (see the module docstring)."""
    require_slow_path(session, "a merge moves a ticket's rows")
    session.flush()
    source, target = _locked(session, source, target)
    if source.merged_into_id is not None:
        into = queries.ticket_for_id(session, source.merged_into_id)
        where = f"#{into.number}" if into is not None else "another ticket"
        done = into is not None and into.id == survivor_of(session, target).id
        text = f"#{source.number} is already merged into {where}"
        return MergeResult(False, text, refused=not done)
    if target.merged_into_id is not None:
        # Merging into a merged ticket means merging into where its conversation went.
        return merge_tickets(session, desk, source, survivor_of(session, target), actor, now)
    if source.id == target.id:
        return MergeResult(False, f"#{source.number} cannot be merged into itself", refused=True)
    if not _one_organisation(source.requester, target.requester):
        return MergeResult(
            False,
            f"#{source.number} ({source.requester}) and #{target.number} ({target.requester}) "
            "are different customers' tickets; only one customer's or one organisation's "
            "tickets are merged",
            refused=True,
        )
    # The notice first: its thread reference is written for the merged ticket and moves with
    # the others, so the customer's reply to it reaches the survivor.
    notified = _tell_customer(session, desk, source, target, now)
    clock = _combine_clocks(session, desk, source, target, now)
    _move_rows(session, source, target)
    source.status, source.merged_into_id = "merged", target.id
    source.closed_at = source.closed_at or now
    source.response_due, source.next_deadline, source.updated_at = None, None, now
    target.assignee = target.assignee or source.assignee
    target.updated_at = now
    session.add(source)
    session.add(target)
    told = f"; {source.requester} was told to use #{target.number}" if notified else ""
    queries.add_event(
        session,
        "merged",
        f"merged into #{target.number} by {actor}{told}",
        now,
        ticket_id=source.id,
        actor=actor,
    )
    queries.add_event(
        session,
        "merged",
        f"#{source.number} ({source.subject}) merged into this ticket by {actor}; {clock}",
        now,
        ticket_id=target.id,
        actor=actor,
    )
    return MergeResult(True, f"#{source.number} merged into #{target.number}; {clock}{told}")


def _locked(session: Session, source: Ticket, target: Ticket) -> tuple[Ticket, Ticket]:
    """Both tickets locked (in id order, so two merges never wait on each other in a ring)
    and read again, as another instance may have changed them since they were read."""
    ids = sorted({source.id, target.id}, key=lambda i: i or 0)
    rows = session.exec(
        select(Ticket)
        .where(col(Ticket.id).in_(ids))
        .order_by(col(Ticket.id))
        .with_for_update()
        .execution_options(populate_existing=True)
    ).all()
    by_id = {t.id: t for t in rows}
    return by_id[source.id], by_id[target.id]


def _one_organisation(one: str, other: str) -> bool:
    """Whether two requesters are one customer: the same address, or one company's domain."""
    if one.lower() == other.lower():
        return True
    return same_organisation(one.rpartition("@")[2], other.rpartition("@")[2])


def _tell_customer(
    session: Session, desk: Desk, source: Ticket, target: Ticket, now: datetime
) -> bool:
    """Tell the merged ticket's customer the number to use; False when there is nobody to tell
    (the ticket was opened by staff)."""
    if desk.is_staff(source.requester):
        return False
    mails.queue_mail(
        session,
        desk,
        source,
        "merged",
        now,
        survivor=target.number,
        survivor_subject=target.subject,
    )
    return True


def _waiting(ticket: Ticket) -> bool:
    return ticket.status == "open" and ticket.response_due is not None


def _due(ticket: Ticket) -> datetime:
    assert ticket.response_due is not None
    return ticket.response_due


def _combine_clocks(
    session: Session, desk: Desk, source: Ticket, target: Ticket, now: datetime
) -> str:
    """Give `target` the earliest promise of the two; say what became of its clock."""
    if source.status == "open" and target.status == "closed":
        target.status, target.closed_at = "open", None
        queries.add_event(
            session,
            "reopened",
            f"reopened: open #{source.number} merged into it",
            now,
            ticket_id=target.id,
        )
    sooner = _waiting(source) and (not _waiting(target) or _due(source) < _due(target))
    if not sooner:
        deadlines.rearm(session, desk, target, now)
        due = target.response_due
        return f"response due {due:%Y-%m-%d %H:%M} UTC" if due else "no response due"
    # A new response clock on the survivor (its ladder mails are unique per clock), carrying
    # the merged ticket's start, priority and the ladder steps already taken on it.
    target.clock_number += 1
    target.clock_started_at = source.clock_started_at
    target.priority = source.priority
    target.response_due = desk.due(source.clock_started_at, Priority(source.priority))
    target.escalation_level, target.warned = source.escalation_level, source.warned
    target.acked_by = source.acked_by
    deadlines.rearm(session, desk, target, now)
    due = target.response_due
    return (
        f"takes the earlier promise of #{source.number}: {source.priority}, "
        f"due {due:%Y-%m-%d %H:%M} UTC"
    )


def _move_rows(session: Session, source: Ticket, target: Ticket) -> None:
    """Move the conversation of `source` to `target`: messages (attachments follow them),
    inbound mail, events, thread references, participants (one row per address)."""
    for table in (TicketMessage, InboundMessage, Event, ThreadRef):
        session.execute(
            update(table)
            .where(col(table.ticket_id) == source.id)
            .values(ticket_id=target.id)
            .execution_options(synchronize_session=False)
        )
    # Tickets merged into `source` before now point at `target`: one step deep.
    session.execute(
        update(Ticket)
        .where(col(Ticket.merged_into_id) == source.id)
        .values(merged_into_id=target.id)
        .execution_options(synchronize_session=False)
    )
    present = set(
        session.exec(select(Participant.address).where(Participant.ticket_id == target.id)).all()
    )
    moving = session.exec(select(Participant).where(Participant.ticket_id == source.id)).all()
    for person in moving:
        if person.address in present:
            continue
        present.add(person.address)
        # One requester per ticket: the merged ticket's own becomes a customer in copy.
        role = "cc" if person.role == "requester" else person.role
        session.execute(
            update(Participant)
            .where(col(Participant.id) == person.id)
            .values(ticket_id=target.id, role=role)
            .execution_options(synchronize_session=False)
        )
    session.execute(
        delete(Participant)
        .where(col(Participant.ticket_id) == source.id)
        .execution_options(synchronize_session=False)
    )
    # The session's copies of moved rows are stale now: read them again when next used.
    for obj in list(session.identity_map.values()):
        if not isinstance(obj, Ticket):
            session.expire(obj)
