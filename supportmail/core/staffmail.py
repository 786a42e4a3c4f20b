"""Mail to agents and managers: new-ticket notifications, escalations, warnings, pages, results.

Pure, like `compose` (which re-exports these functions). The customer's text is quoted exactly
as received below a summary of the ticket; Reply-To is the signed address of the recipient.
"""

from collections.abc import Sequence
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Literal

from supportmail.core import mailtext as mt
from supportmail.core.outgoing_headers import (
    Identity,
    TicketFacts,
    attach_files,
    build_message,
    clean_header,
    mailbox,
    tag,
    tagged_subject,
)


def _staff_mail(
    identity: Identity,
    facts: TicketFacts,
    *,
    message_id: str,
    now: datetime,
    body: str,
    to: str,
    subject: str,
    reply_to: str | None,
    cc: Sequence[str] = (),
    from_name: str | None = None,
) -> EmailMessage:
    """A generated mail to agents or managers, threaded with the ticket's other mail."""
    return build_message(
        identity,
        to=[mailbox(to)],
        cc=[mailbox(a) for a in cc],
        reply_to=reply_to,
        subject=subject,
        message_id=message_id,
        now=now,
        body=body,
        from_name=from_name,
        parent=None,
        thread=facts.thread_message_ids,
        auto="auto-generated",
    )


def compose_notification(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    to: str,
    reply_to: str,
    customer_text: str,
    kind: Literal["new", "reply"],
    attached: Sequence[tuple[str, str, bytes]] = (),
    not_attached: Sequence[tuple[str, str, int]] = (),
    forward_limit_mb: float = 0,
    priority_why: str | None = None,
    now: datetime,
    help_lines: Sequence[str] = (),
) -> EmailMessage:
    """A new ticket or a customer's reply, for the team or the assignee, their text as-is.

    Reply-To is the agent's signed reply address, so what they write back reaches the ticket.
    The customer's files come along as attachments (`attached`: name, type, bytes); those over
    `forward_limit_mb` in all (`not_attached`: name, type, size) are listed as kept with the
    ticket. `priority_why` (a new ticket's triage) says how the priority was chosen, for the
    team to confirm or change. `help_lines` (the mail commands) come above the customer's text.
    """
    own_tag = tag(identity, facts.number)
    what = "New ticket" if kind == "new" else "Customer reply on ticket"
    sent = [_file_line(name, kind_, len(data)) for name, kind_, data in attached]
    kept = [_file_line(name, kind_, size) for name, kind_, size in not_attached]
    why = (
        f"over the {forward_limit_mb:g} MB we forward by mail"
        if forward_limit_mb > 0
        else "files are not forwarded by mail"
    )
    body = mt.paragraphs(
        f"{what} {own_tag} from {mt.who(facts)}.",
        mt.facts_block(identity, facts, now),
        f"Why {facts.priority}: {clean_header(priority_why)}." if priority_why else None,
        ["Attached to this email:", *mt.bullets(sent)] if sent else None,
        [f"Not attached ({why}; kept with the ticket):", *mt.bullets(kept)] if kept else None,
        f"Reply to this email to answer the customer: your reply goes out from "
        f"{identity.address} in the ticket's thread.",
        ["Commands, each on a line of its own at the top of your reply:", *mt.bullets(help_lines)]
        if help_lines
        else None,
        [mt.RULE, f"{mt.who(facts)} wrote:"],
    )
    name = clean_header(facts.requester_name) or facts.requester
    msg = _staff_mail(
        identity,
        facts,
        message_id=message_id,
        now=now,
        body=f"{body}\n{customer_text.rstrip()}\n",
        to=to,
        subject=tagged_subject(identity, facts.number, facts.subject),
        reply_to=reply_to,
        from_name=f"{name} via {identity.name}",
    )
    attach_files(msg, attached)
    return msg


def _file_line(name: str, content_type: str, size: int) -> str:
    """ "report.pdf (application/pdf, 1.2 MB)" """
    shown = f"{size} bytes" if size < 1024 else f"{size / 1024:.0f} KB"
    if size >= 1024 * 1024:
        shown = f"{size / (1024 * 1024):.1f} MB"
    return f"{clean_header(name) or 'attachment'} ({clean_header(content_type)}, {shown})"


def compose_escalation(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    level: int,
    level_name: str,
    to: str,
    cc: Sequence[str] = (),
    reply_to: str,
    summary_lines: Sequence[str] = (),
    now: datetime,
) -> EmailMessage:
    """A rung of the escalation ladder: the ticket, what happened so far, how to take it."""
    own_tag = tag(identity, facts.number)
    body = mt.paragraphs(
        f"Ticket {own_tag} is escalated to you (level {level}, {clean_header(level_name)}). "
        f"It is {mt.due_status(facts.due, now)} and waiting for our answer.",
        mt.facts_block(identity, facts, now),
        ["What happened so far:", *mt.bullets(summary_lines)] if summary_lines else None,
        'To take it, reply to this email with "#ack" on a line of its own. That stops the '
        "escalation and makes you the owner of the ticket.",
        mt.signature(identity),
    )
    return _staff_mail(
        identity,
        facts,
        message_id=message_id,
        now=now,
        body=body,
        to=to,
        cc=cc,
        subject=f"{own_tag} Escalated (level {level}): {mt.base_subject(identity, facts)}",
        reply_to=reply_to,
    )


def compose_warning(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    to: str,
    reply_to: str,
    now: datetime,
) -> EmailMessage:
    """The early warning: most of the response window has passed and nobody has answered."""
    own_tag = tag(identity, facts.number)
    window = timedelta(hours=facts.window_hours)
    used = (now - (facts.due - window)) / window if window else 1.0
    body = mt.paragraphs(
        f"Ticket {own_tag} has used {used:.0%} of its {facts.window_hours:g}-hour response "
        f"window: it is {mt.due_status(facts.due, now)} and waiting for our answer. "
        "If nobody answers the customer in time, it is escalated.",
        mt.facts_block(identity, facts, now),
        "Reply to this email to answer the customer.",
        mt.signature(identity),
    )
    return _staff_mail(
        identity,
        facts,
        message_id=message_id,
        now=now,
        body=body,
        to=to,
        subject=f"{own_tag} Due soon: {mt.base_subject(identity, facts)}",
        reply_to=reply_to,
    )


def compose_page(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    to: str,
    reply_to: str,
    customer_text: str,
    now: datetime,
) -> EmailMessage:
    """The page to on-call when a P0 ticket opens, with the customer's text as-is."""
    own_tag = tag(identity, facts.number)
    body = mt.paragraphs(
        f"{facts.priority} ticket {own_tag} was opened by {mt.who(facts)} and needs an answer "
        f"by {mt.format_when(facts.due)}.",
        mt.facts_block(identity, facts, now),
        'To take it, reply to this email with "#ack" on a line of its own. That makes you '
        "the owner of the ticket.",
        [mt.RULE, f"{mt.who(facts)} wrote:"],
    )
    return _staff_mail(
        identity,
        facts,
        message_id=message_id,
        now=now,
        body=f"{body}\n{customer_text.rstrip()}\n",
        to=to,
        subject=f"{own_tag} {facts.priority} page: {mt.base_subject(identity, facts)}",
        reply_to=reply_to,
    )


def compose_command_result(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    to: str,
    results: Sequence[str],
    errors: Sequence[str],
    now: datetime,
    reply_to: str | None = None,
) -> EmailMessage:
    """What became of an agent's mailed commands: what was done, what was not and why."""
    own_tag = tag(identity, facts.number)
    body = mt.paragraphs(
        f"Your commands on ticket {own_tag} ({mt.base_subject(identity, facts)}):",
        ["Done:", *mt.bullets(results)] if results else None,
        ["Not done:", *mt.bullets(errors)] if errors else None,
        "No command was found." if not results and not errors else None,
        "Only you receive this message; the customer does not see it.",
        mt.signature(identity),
    )
    return _staff_mail(
        identity,
        facts,
        message_id=message_id,
        now=now,
        body=body,
        to=to,
        subject=f"Re: {tagged_subject(identity, facts.number, facts.subject)}",
        reply_to=reply_to,
    )
