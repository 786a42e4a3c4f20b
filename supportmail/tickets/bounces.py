"""A bounce of mail we sent: mark its outbox row, and tell whoever caused the mail.

An acknowledgement, priority notice or escalation confirmation that bounces is the team's to
hear about (nobody wrote it by hand); a relayed answer is the agent's who wrote it; a staff
mail that bounces is the team's. A delay warning ("delayed") changes nothing but the record.
A notice is never sent about a bounce of mail to the team address itself (that would loop).
"""

import re
from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from supportmail.core import alertmail
from supportmail.core.bounce import BOUNCE_BODY
from supportmail.core.outgoing_headers import make_message_id
from supportmail.core.types import ParsedMessage
from supportmail.desk import Desk
from supportmail.outbound import mails
from supportmail.outbound.queue import enqueue
from supportmail.outbound.render import language_words
from supportmail.storage.tables import Event, Outbox, Ticket

CUSTOMER_KINDS = frozenset({"ack", "relay", "priority", "escalated", "ack_summary"})
_STATUS_LINE = re.compile(r"^\s*(?:diagnostic-code|status)\s*:\s*(.+)$", re.I | re.M)
_SMTP_CODE = re.compile(r"\b[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b|\b[45]\.\d{1,3}\.\d{1,3}\b")


def bounce_reason(msg: ParsedMessage) -> str:
    """The receiving side's reason, as short as it can be said: a Diagnostic-Code or Status
    line, else the first line with an SMTP reply code, else one with a bounce phrase, else the
    subject."""
    text = msg.text[:8000]
    for pattern in (_STATUS_LINE, _SMTP_CODE, BOUNCE_BODY):
        match = pattern.search(text)
        if match is not None:
            start = text.rfind("\n", 0, match.start()) + 1
            end = text.find("\n", match.end())
            line = text[start : end if end >= 0 else None].strip()
            return " ".join(line.split())[:300]
    return msg.subject[:200] or "no reason given"


def record_bounce_of_ours(
    session: Session,
    desk: Desk,
    row: Outbox,
    ticket: Ticket | None,
    msg: ParsedMessage,
    action: str,
    failed: str,
    now: datetime,
) -> str:
    """Mark `row` bounced (unless only delayed) and tell who must know; return the event text."""
    reason = bounce_reason(msg)
    if action == "delayed":
        return f"delayed delivery of our {row.kind} <{row.message_id}> to {failed}: {reason}"
    row.state, row.last_error = "bounced", f"bounced: {reason}"
    session.add(row)
    recipient = failed if failed != "?" else row.first_recipient
    customer = row.kind in CUSTOMER_KINDS
    tell = _who_must_know(session, desk, row, ticket)
    detail = f"failed delivery of our {row.kind} <{row.message_id}> to {recipient}: {reason}"
    if tell is None or tell == recipient:
        return detail + "; nobody else to tell"
    reply_to = mails.reply_to_for(desk, ticket, tell) if ticket is not None else None
    notice = alertmail.compose_bounce_notice(
        desk.identity,
        make_message_id(desk.identity, "bounce", str(ticket.number if ticket else row.id)),
        to=tell,
        words=language_words(desk.config.support.team_language),
        reply_to=reply_to,
        number=ticket.number if ticket is not None else None,
        kind=row.kind,
        recipient=recipient,
        reason=reason,
        customer=customer,
        now=now,
    )
    enqueue(
        session,
        kind="bounce_notice",
        ticket_id=ticket.id if ticket is not None else None,
        level=0,
        message=notice,
        now=now,
    )
    return detail + f"; {tell} told"


def _who_must_know(session: Session, desk: Desk, row: Outbox, ticket: Ticket | None) -> str | None:
    """The agent who wrote a relayed answer; else the team (never for the team's own mail)."""
    team = desk.config.support.team_address
    if row.first_recipient == team:
        return None
    if row.kind == "relay" and ticket is not None:
        author = session.exec(
            select(Event.actor)
            .where(
                Event.ticket_id == ticket.id,
                Event.kind == "agent_reply",
                col(Event.created_at) <= row.created_at,
            )
            .order_by(col(Event.created_at).desc(), col(Event.id).desc())
        ).first()
        if author:
            return str(author)
        return ticket.assignee or team
    return team


def not_delivered_lines(rows: Sequence[Outbox]) -> list[str]:
    """Lines for `show`: each bounced mail among `rows` and who did not get it."""
    return [
        f"NOT DELIVERED: our {r.kind} to {r.recipients} bounced"
        + ("; the customer did not get it" if r.kind in CUSTOMER_KINDS else "")
        + f" ({r.last_error or 'no reason'})"
        for r in rows
        if r.state == "bounced"
    ]
