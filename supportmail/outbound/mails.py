"""Compose the mails a ticket change calls for and write them to the outbox (no sending here).

Each function runs in the caller's transaction, so a mail exists exactly when the change that
called for it is committed. The mails of every ingested message (ack, notify, page) are written
as params and composed by the outbox worker when first claimed (`outmail`). The once-per-ticket
kinds (ack, page, warning, escalation) are unique per ticket, response clock and level: the
warnings and escalations go
through `enqueue_once`, and ack and page are only written for a ticket opened in the same
transaction, so a replay can never write a second one.
"""

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from email.message import EmailMessage
from typing import Any

from sqlmodel import Session

from supportmail.core import compose
from supportmail.core.outgoing_headers import checked_addr
from supportmail.core.staffmail import CustomerText
from supportmail.core.tokens import reply_address
from supportmail.core.types import ParsedMessage
from supportmail.desk import Desk
from supportmail.outbound.loopmail import alert_team, summarise_later
from supportmail.outbound.queue import enqueue, enqueue_once, enqueue_params
from supportmail.outbound.ratelimits import ack_refusal
from supportmail.outbound.render import CUSTOMER_MAILS, params_json, words_for
from supportmail.storage import queries
from supportmail.storage.tables import Outbox, Ticket


def _message_id(desk: Desk, kind: str, ticket: Ticket) -> str:
    return compose.make_message_id(desk.identity, kind, str(ticket.number))


def reply_to_for(desk: Desk, ticket: Ticket, recipient: str) -> str:
    """The signed reply address through which `recipient` answers or commands this ticket."""
    assert ticket.number is not None
    return reply_address(desk.token_key, ticket.number, recipient, desk.config.support.address)


def _remember(session: Session, row: Outbox | None) -> None:
    """Thread replies to this mail back to its ticket (its Message-ID is new: no lookup)."""
    if row is not None and row.ticket_id is not None:
        queries.add_thread_ref(session, row.message_id, row.ticket_id, row.id)


# Every mail composed when it is queued: its compose function, which gets the identity, the
# ticket's facts, a Message-ID, the words of its audience's language, `now` and the params.
COMPOSERS: dict[str, Callable[..., EmailMessage]] = {
    "relay": compose.compose_relay,
    "confirm": compose.compose_command_result,
    "priority": compose.compose_priority_changed,
    "escalated": compose.compose_customer_escalated,
    "warning": compose.compose_warning,
    "escalation": compose.compose_escalation,
    "assigned": compose.compose_assigned,
    "merged": compose.compose_merged,
}


def queue_mail(
    session: Session,
    desk: Desk,
    ticket: Ticket,
    kind: str,
    now: datetime,
    *,
    row_clock: int = 0,
    row_level: int = 0,
    once: bool = False,
    id_kind: str | None = None,
    **params: Any,
) -> Outbox | None:
    """Compose a mail of `kind` about `ticket` now and write it to the outbox.

    `params` go to the kind's compose function (`COMPOSERS`); a staff mail with `to` and no
    `reply_to` gets the recipient's signed reply address. With `once`, only one mail per
    (`row_clock`, `row_level`) is ever written (None when it already was). Replies to the mail
    thread back to the ticket. `id_kind` names the mail in its Message-ID when not `kind`.
    """
    assert ticket.id is not None
    facts = desk.facts(session, ticket)
    if kind in CUSTOMER_MAILS:
        # The customer's References: only what their side has seen (issue 15.9).
        facts = replace(facts, thread_message_ids=queries.customer_thread_ids(session, ticket.id))
    if "to" in params and "reply_to" not in params and kind not in CUSTOMER_MAILS:
        params["reply_to"] = reply_to_for(desk, ticket, params["to"])
    message = COMPOSERS[kind](
        desk.identity,
        facts,
        _message_id(desk, id_kind or kind, ticket),
        words=words_for(kind, facts, desk.config.support.team_language),
        now=now,
        **params,
    )
    write = enqueue_once if once else enqueue
    row = write(
        session,
        kind=kind,
        ticket_id=ticket.id,
        level=row_level,
        message=message,
        now=now,
        clock=row_clock,
    )
    _remember(session, row)
    return row


def _deferred(
    session: Session,
    desk: Desk,
    ticket: Ticket,
    kind: str,
    recipient: str,
    upto: int,
    now: datetime,
    **extra: object,
) -> Outbox:
    """Write a mail of `kind` to `recipient` as params (composed when first claimed: `outmail`)."""
    assert ticket.id is not None
    checked_addr(recipient)  # a malformed address fails here, in the transaction, not at sending
    facts = desk.facts_with_thread(ticket, (), None)
    row = enqueue_params(
        session,
        kind=kind,
        ticket_id=ticket.id,
        level=0,
        message_id=_message_id(desk, kind, ticket),
        recipients=[recipient],
        params=params_json(
            desk.identity,
            facts,
            upto,
            now=now.isoformat(),
            team_language=desk.config.support.team_language,
            **extra,
        ),
        now=now,
    )
    _remember(session, row)
    return row


def acknowledge(
    session: Session,
    desk: Desk,
    ticket: Ticket,
    upto: int,
    now: datetime,
    *,
    answering: str | None = None,
) -> Outbox | None:
    """Queue the acknowledgement of a ticket opened in this transaction, unless a limit says no.

    `upto` is the ticket message that opened it (the thread the acknowledgement answers).
    `answering`: why the mail that opened it answers our own mail (then never acknowledged).
    A tripped breaker alerts the team once; a sender over a cap gets one summary later.
    """
    refusal = ack_refusal(session, desk, ticket, now, answering)
    if refusal is not None:
        queries.add_event(
            session,
            "ack_suppressed",
            refusal.reason,
            now,
            ticket_id=ticket.id,
            actor=ticket.requester,
        )
        if refusal.trip is not None:
            alert_team(session, desk, refusal.trip, ticket, now)
        if refusal.capped:
            summarise_later(session, desk, ticket, now)
        return None
    return _deferred(session, desk, ticket, "ack", ticket.requester, upto, now)


def staff_recipient(desk: Desk, ticket: Ticket) -> str:
    """Who hears about customer mail: the assignee when there is one, else the team."""
    return ticket.assignee or desk.config.support.team_address


def notify_customer_mail(
    session: Session,
    desk: Desk,
    ticket: Ticket,
    msg: ParsedMessage,
    source: int,
    kind: str,
    now: datetime,
) -> Outbox:
    """Tell the assignee or team about a new ticket or a customer's reply, with a reply address.

    `kind`: "new", "reply", or "chase" (the customer wrote again while still waiting for us).

    `source` is the ticket message holding the customer's text (quoted in the mail).
    """
    to = staff_recipient(desk, ticket)
    return _deferred(
        session,
        desk,
        ticket,
        "notify",
        to,
        source,
        now,
        to=to,
        reply_to=reply_to_for(desk, ticket, to),
        text_id=source,
        notice=kind if kind in ("new", "chase") else "reply",
        forward_limit_mb=desk.config.support.forward_attachments_mb,
        priority_why=ticket.priority_explanation if kind == "new" else None,
        # Weak triage evidence: the team is asked to confirm the priority with #priority.
        confirm_priority=kind == "new" and ticket.priority_asked,
    )


def page_oncall(session: Session, desk: Desk, ticket: Ticket, source: int, now: datetime) -> None:
    """Page the on-call address for a P0 opened in this transaction (24/7 SRE), once per ticket.

    `source` is the ticket message holding the customer's text (quoted in the page).
    """
    oncall = desk.config.support.oncall_address
    if oncall is None:
        return
    _deferred(
        session,
        desk,
        ticket,
        "page",
        oncall,
        source,
        now,
        to=oncall,
        reply_to=reply_to_for(desk, ticket, oncall),
        text_id=source,
    )


def escalate_mail(
    session: Session,
    desk: Desk,
    ticket: Ticket,
    level: int,
    summary: list[str],
    now: datetime,
    customer_texts: Sequence[CustomerText] = (),
) -> Outbox | None:
    """The escalation mail to a level's address, Cc the CSM and the assignee; once per level.

    `customer_texts`: the customer's first and latest message, quoted (trimmed) in the mail."""
    assert ticket.id is not None
    rung = desk.ladder.level(level)
    assert rung is not None
    customer = desk.config.customer_for(ticket.requester)
    cc = [
        a for a in (customer.csm if customer else None, ticket.assignee) if a and a != rung.address
    ]
    return queue_mail(
        session,
        desk,
        ticket,
        "escalation",
        now,
        row_clock=ticket.clock_number,  # each response clock escalates once per level
        row_level=level,
        once=True,
        id_kind=f"escalation{level}",
        level=level,
        level_name=rung.name,
        to=rung.address,
        cc=cc,
        summary_lines=summary,
        customer_texts=customer_texts,
    )
