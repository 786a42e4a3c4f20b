"""Mail from agents and managers: answers relayed to the customer, and commands by mail.

The From header proves nothing. Commands run, and an answer is relayed, only when the mail came
back through a reply address signed for its sender (or, for agents, for the team address they
were notified on), or carries our own MTA's DKIM/DMARC pass for the sender's domain. Anything
else is kept as an internal comment with an event saying why.

A reply token proves nothing once its ticket has been closed for longer than
`support.reply_token_days_after_close`, and nothing proves a sender whose From domain our own
MTA (`support.authserv_id`) found failing DMARC: no command runs even with a valid token.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from supportmail.core.authres import authenticated_domain, dmarc_failed
from supportmail.core.commands import CommandBlock, parse_commands
from supportmail.core.quoting import new_text
from supportmail.core.threading import thread_clues
from supportmail.core.tokens import parse_reply_address, token_alive, verify_token
from supportmail.core.types import Disposition, ParsedMessage
from supportmail.desk import Desk
from supportmail.outbound import mails
from supportmail.sla import deadlines
from supportmail.storage import queries
from supportmail.storage.tables import InboundMessage, Ticket
from supportmail.tickets.answers import hold_reply, insert_answers
from supportmail.tickets.commands import run_commands
from supportmail.tickets.customers import attachment_parts, customer_message, find_ticket
from supportmail.tickets.merge import survivor_of

# Replies to these of our mails are internal conversation, never relayed to the customer.
INTERNAL_KINDS = frozenset({"escalation", "warning", "page", "confirm"})


@dataclass(frozen=True, slots=True)
class Proof:
    """Whether the sender is proven, how, and the ticket a reply address named."""

    verified: bool
    how: str
    ticket: Ticket | None


def agent_message(
    session: Session, desk: Desk, inbound: InboundMessage, msg: ParsedMessage, now: datetime
) -> tuple[Disposition, Ticket | None]:
    """Handle mail from staff: verify, run commands, record, relay; or keep it as a comment."""
    assert msg.sender is not None
    sender = msg.sender.addr
    proof = prove_sender(session, desk, msg, now)
    ticket = proof.ticket or find_ticket(
        session, desk, sender, thread_clues(msg, desk.config.support.tag_format), now, inbound
    )
    if ticket is None:
        # Staff writing to support about something new is a request like any other.
        return customer_message(session, desk, inbound, msg, now)
    ticket = survivor_of(session, ticket)  # a reply address or tag of a merged ticket
    assert ticket.id is not None
    block = parse_commands(new_text(msg.text))
    if not proof.verified:
        _keep_as_comment(session, ticket, inbound, msg, block, proof.how, now)
        return Disposition.UNVERIFIED_STAFF, ticket
    inserted = insert_answers(desk, ticket, block)  # #answer NAME: the stored text, filled in
    if inserted.problems:
        hold_reply(session, desk, ticket, inbound, msg, block, inserted.problems, now)
        return Disposition.AGENT_REPLY, ticket
    block = inserted.block
    results, errors = run_commands(session, desk, ticket, sender, block, now)
    ticket = survivor_of(session, ticket)  # after #merge the answer belongs to the survivor
    assert ticket.id is not None
    replied_to = queries.outbox_by_message_ids(session, msg.in_reply_to)
    internal = block.has("note") or (replied_to is not None and replied_to.kind in INTERNAL_KINDS)
    recipients = {a.addr for a in (*msg.to, *msg.cc)}
    direct = ticket.requester in recipients  # the customer already has it: do not send twice
    attachments = attachment_parts(msg)
    has_answer = bool(block.body.strip()) or bool(attachments)
    if has_answer:
        queries.add_ticket_message(
            session,
            ticket.id,
            direction="in",
            author=sender,
            author_role="agent",
            text=block.body,
            now=now,
            message_id=msg.message_id,
            inbound_id=inbound.id,
            is_note=internal,
            attachments=attachments,
        )
    else:
        queries.add_thread_ref(session, msg.message_id, ticket.id)
    if has_answer and not internal:
        if not direct:
            mails.queue_mail(
                session,
                desk,
                ticket,
                "relay",
                now,
                agent_text=block.body,
                attachments=attachments,
                agent_name=msg.sender.name or None,
            )
        deadlines.stop_clock(session, desk, ticket, now)
        ticket.updated_at = now
        session.add(ticket)
        how = "answered the customer directly" if direct else "answered; relayed to the customer"
        queries.add_event(
            session,
            "agent_reply",
            f"{sender} {how} ({proof.how})",
            now,
            ticket_id=ticket.id,
            inbound_id=inbound.id,
            actor=sender,
        )
    elif has_answer:
        queries.add_event(
            session,
            "note",
            f"internal note by {sender}",
            now,
            ticket_id=ticket.id,
            inbound_id=inbound.id,
            actor=sender,
        )
    if block.commands or block.errors:
        mails.queue_mail(
            session, desk, ticket, "confirm", now, to=sender, results=results, errors=errors
        )
    return Disposition.AGENT_REPLY, ticket


def prove_sender(session: Session, desk: Desk, msg: ParsedMessage, now: datetime) -> Proof:
    """Check the reply token (or our MTA's DKIM/DMARC verdict) against the sender."""
    assert msg.sender is not None
    sender = msg.sender.addr
    support = desk.config.support
    results = msg.header_all("authentication-results")
    # A From its own domain disowns (DMARC fail at our MTA) is forged whatever token it holds.
    forged = bool(support.authserv_id) and dmarc_failed(
        results, support.authserv_id or "", msg.sender.domain
    )
    life = timedelta(days=support.reply_token_days_after_close)
    candidates = [a.addr for a in (*msg.to, *msg.cc)]
    candidates += [
        v.strip("<> ") for v in (*msg.header_all("delivered-to"), *msg.header_all("x-original-to"))
    ]
    named: Ticket | None = None
    why = "no reply token"
    for address in candidates:
        parsed = parse_reply_address(address, support.address)
        if parsed is None:
            continue
        number, token = parsed
        ticket = queries.ticket_by_number(session, number)
        if ticket is None:
            why = f"reply token for unknown ticket #{number}"
            continue
        named = ticket
        if forged:
            break
        if not token_alive(ticket.closed_at, now, life):
            why = (
                f"reply token of ticket #{number} expired "
                f"({support.reply_token_days_after_close:g} days after the ticket closed)"
            )
            continue
        if verify_token(desk.token_key, number, sender, token):
            return Proof(True, "reply token", ticket)
        # Mail to a shared address (the team, a manager with the CSM in Cc) is answered by
        # whoever of the staff reads it: a token issued to a shared staff address proves staff.
        shared = (support.team_address, *(level.address for level in desk.ladder.levels))
        if desk.is_staff(sender) and any(
            verify_token(desk.token_key, number, address, token) for address in shared
        ):
            return Proof(True, "staff reply token", ticket)
        why = f"reply token of ticket #{number} was not issued to {sender}"
    if forged:
        return Proof(False, f"dmarc=fail for {msg.sender.domain} from {support.authserv_id}", named)
    if support.authserv_id:
        method = authenticated_domain(results, support.authserv_id, msg.sender.domain)
        if method is not None:
            return Proof(True, f"{method}=pass from {support.authserv_id}", named)
        why += f"; no dkim/dmarc pass from {support.authserv_id}"
    return Proof(False, why, named)


def _keep_as_comment(
    session: Session,
    ticket: Ticket,
    inbound: InboundMessage,
    msg: ParsedMessage,
    block: CommandBlock,
    why: str,
    now: datetime,
) -> None:
    assert ticket.id is not None and msg.sender is not None
    queries.add_ticket_message(
        session,
        ticket.id,
        direction="in",
        author=msg.sender.addr,
        author_role="agent",
        text=msg.text,
        now=now,
        message_id=msg.message_id,
        inbound_id=inbound.id,
        is_note=True,
    )
    ignored = (
        f"; {len(block.commands) + len(block.errors)} command line(s) ignored"
        if (block.commands or block.errors)
        else ""
    )
    queries.add_event(
        session,
        "unverified_staff_mail",
        f"mail from {msg.sender.addr} kept as an internal comment, nothing run or relayed: "
        f"{why}{ignored}",
        now,
        ticket_id=ticket.id,
        inbound_id=inbound.id,
        actor=msg.sender.addr,
    )
