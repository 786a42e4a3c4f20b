"""Every mail supportmail sends, built as an `EmailMessage` (policy SMTP), ready for the outbox.

Pure: no clock (`now` is a parameter), no I/O. Headers are written by `mailheaders` (which cleans
everything that came from inbound mail); the words and date formats come from `mailtext`. This
module holds the mail to customers, which never echoes their text; mail to staff, which quotes it
unchanged below a summary, lives in `staffmail` and is re-exported here.
"""

from collections.abc import Sequence
from datetime import datetime
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
    make_message_id,
    tag,
    tagged_subject,
)
from supportmail.core.staffmail import (
    compose_command_result,
    compose_escalation,
    compose_notification,
    compose_page,
    compose_warning,
)

__all__ = [
    "Identity",
    "TicketFacts",
    "clean_header",
    "compose_ack",
    "compose_command_result",
    "compose_customer_escalated",
    "compose_escalation",
    "compose_notification",
    "compose_page",
    "compose_priority_changed",
    "compose_relay",
    "compose_warning",
    "make_message_id",
    "tag",
    "tagged_subject",
]


def _customer_mail(
    identity: Identity,
    facts: TicketFacts,
    *,
    message_id: str,
    now: datetime,
    body: str,
    reply: bool,
    auto: Literal["auto-replied", "auto-generated"] | None,
    from_name: str | None = None,
    extra: Sequence[tuple[str, str]] = (),
) -> EmailMessage:
    """A mail to the requester, threaded under their last message, with the tagged subject."""
    subject = tagged_subject(identity, facts.number, facts.subject)
    return build_message(
        identity,
        to=[mailbox(facts.requester, facts.requester_name)],
        subject=f"Re: {subject}" if reply else subject,
        message_id=message_id,
        now=now,
        body=body,
        from_name=from_name,
        parent=facts.last_customer_message_id,
        thread=facts.thread_message_ids,
        auto=auto,
        extra=extra,
    )


def _promise(facts: TicketFacts, now: datetime, late: str) -> str:
    """The promised reply time, or `late` when that time has already passed."""
    if facts.due > now:
        return mt.promise_line(facts.priority, facts.window_hours, facts.due)
    return late


def compose_ack(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    escalation_hint: str = "",
    now: datetime,
) -> EmailMessage:
    """The acknowledgement: ticket number, priority, promised reply time, how to escalate.

    A non-empty `escalation_hint` replaces the standard "how to escalate" paragraph. The
    customer's own text is never echoed: an acknowledgement must not be a spam reflector.
    """
    own_tag = tag(identity, facts.number)
    hint = escalation_hint or (
        'If this cannot wait that long, reply to this email with "#escalate" on a line of '
        'its own, or put the word "escalate" in the subject.'
    )
    body = mt.paragraphs(
        mt.greeting(clean_header(facts.requester_name)),
        f"Thank you for contacting {identity.name}. We have received your message and "
        f"opened ticket {own_tag} for it.",
        [
            f"Priority: {mt.priority_line(facts)}",
            mt.promise_line(facts.priority, facts.window_hours, facts.due),
        ],
        hint,
        f"To add information, reply to this email and keep {own_tag} in the subject.",
        mt.signature(identity),
    )
    return _customer_mail(
        identity,
        facts,
        message_id=message_id,
        now=now,
        body=body,
        reply=False,
        auto="auto-replied",
        extra=[("Precedence", "bulk")],
    )


def compose_relay(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    agent_text: str,
    attachments: Sequence[tuple[str, str, bytes]] = (),
    now: datetime,
    agent_name: str | None = None,
) -> EmailMessage:
    """An agent's answer, sent to the customer from the support address, attachments kept.

    Not marked Auto-Submitted (a person wrote it), but it carries the loop header.
    `agent_name`, when given, shows in From as "Alice (Houseware Support)".
    """
    own_tag = tag(identity, facts.number)
    footer = f"-- \n{identity.name}, ticket {own_tag}\nReply to this email to continue.\n"
    name = clean_header(agent_name or "")
    msg = _customer_mail(
        identity,
        facts,
        message_id=message_id,
        now=now,
        body=f"{agent_text.rstrip()}\n\n{footer}",
        reply=True,
        auto=None,
        from_name=f"{name} ({identity.name})" if name else None,
    )
    attach_files(msg, attachments)
    return msg


def compose_customer_escalated(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    level_name: str,
    now: datetime,
) -> EmailMessage:
    """Tells the customer their request is escalated and who is now responsible for it."""
    own_tag = tag(identity, facts.number)
    late = (
        f"We promised a reply by {mt.format_when(facts.due)} and have not kept that "
        "promise. We are sorry; your request now has our full attention."
    )
    body = mt.paragraphs(
        mt.greeting(clean_header(facts.requester_name)),
        f"Your request {own_tag} has been escalated to our {clean_header(level_name)}, "
        "who is now responsible for it.",
        _promise(facts, now, late),
        "You can reply to this email at any time to add information.",
        mt.signature(identity),
    )
    return _customer_mail(
        identity,
        facts,
        message_id=message_id,
        now=now,
        body=body,
        reply=True,
        auto="auto-generated",
    )


def compose_priority_changed(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    old: str,
    new: str,
    now: datetime,
) -> EmailMessage:
    """Tells the customer their request's priority changed, with the newly promised time."""
    own_tag = tag(identity, facts.number)
    body = mt.paragraphs(
        mt.greeting(clean_header(facts.requester_name)),
        f"We have changed the priority of your request {own_tag} from "
        f"{clean_header(old)} to {clean_header(new)}.",
        [
            f"{clean_header(new)}: {facts.priority_meaning}",
            _promise(facts, now, "Our reply is already due; we are working on it."),
        ],
        mt.signature(identity),
    )
    return _customer_mail(
        identity,
        facts,
        message_id=message_id,
        now=now,
        body=body,
        reply=True,
        auto="auto-generated",
    )
