"""Every mail supportmail sends, built as an `EmailMessage` (policy SMTP), ready for the outbox.

Pure: no clock (`now` is a parameter), no I/O. Headers are written by `outgoing_headers` (which
cleans everything that came from inbound mail); the words are the templates of the customer's
language, passed in as `Words` (loaded by `supportmail.templates`), and every time is written in
the customer's zone (`TicketFacts.zone`). This module holds the mail to customers, which never
echoes their text; mail to staff, which quotes it unchanged below a summary, lives in
`staffmail` and is re-exported here.
"""

from collections.abc import Sequence
from datetime import datetime
from email.message import EmailMessage
from typing import Literal

from supportmail.core.mailwords import Words
from supportmail.core.outgoing_headers import (
    BusinessHours,
    Draft,
    Identity,
    TicketFacts,
    attach_files,
    clean_header,
    draft_message,
    mailbox,
    make_message_id,
    tag,
    tagged_subject,
    to_message,
)
from supportmail.core.staffmail import (
    compose_assigned,
    compose_command_result,
    compose_escalation,
    compose_notification,
    compose_page,
    compose_warning,
    notification_draft,
    page_draft,
)

__all__ = [
    "BusinessHours",
    "Draft",
    "Identity",
    "TicketFacts",
    "Words",
    "ack_draft",
    "clean_header",
    "compose_ack",
    "compose_assigned",
    "compose_command_result",
    "compose_customer_escalated",
    "compose_escalation",
    "compose_merged",
    "compose_notification",
    "compose_page",
    "compose_priority_changed",
    "compose_relay",
    "compose_warning",
    "make_message_id",
    "notification_draft",
    "page_draft",
    "tag",
    "tagged_subject",
]


def _customer_draft(
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
) -> Draft:
    subject = tagged_subject(identity, facts.number, facts.subject)
    return draft_message(
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


def _notice(
    identity: Identity, facts: TicketFacts, message_id: str, now: datetime, body: str
) -> EmailMessage:
    """A notice to the customer in their ticket's thread (escalated, merged, ...), marked
    auto-generated so their autoresponder stays silent."""
    return to_message(
        _customer_draft(
            identity,
            facts,
            message_id=message_id,
            now=now,
            body=body,
            reply=True,
            auto="auto-generated",
        )
    )


def _signed(identity: Identity, facts: TicketFacts) -> dict[str, object]:
    """The values every customer mail fills in: greeting, team, address, ticket tag."""
    return {
        "team": identity.name,
        "address": identity.address,
        "tag": tag(identity, facts.number),
    }


def greeting(words: Words, facts: TicketFacts) -> str:
    """ "Hello Jane Doe," or, without a name, "Hello," in the customer's language."""
    name = clean_header(facts.requester_name)
    return words.phrase("greeting", name=name) if name else words.phrase("greeting_anonymous")


def promise_line(words: Words, facts: TicketFacts) -> str:
    """The promised reply time in the customer's zone, and its rule in words.

    On a business-hours calendar the window is not calendar hours: the rule says which hours
    count, so "within 72 hours" never reads as three days.
    """
    values = {
        "when": words.when(facts.due, facts.zone),
        "priority": facts.priority,
        "hours": words.hours(facts.window_hours),
    }
    hours = facts.business_hours
    if hours is None:
        return words.phrase("promise", **values)
    holidays = words.phrase("holidays_excluded") if hours.holidays else ""
    return words.phrase(
        "promise_business",
        **values,
        days=words.days(hours.workdays),
        start=words.clock(hours.start),
        end=words.clock(hours.end),
        zone=hours.zone,
        holidays=holidays,
    )


def _promise(words: Words, facts: TicketFacts, now: datetime, late: str) -> str:
    """The promised reply time, or the phrase `late` when that time has already passed."""
    if facts.due > now:
        return promise_line(words, facts)
    return words.phrase(late, when=words.when(facts.due, facts.zone))


def compose_ack(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    words: Words,
    now: datetime,
) -> EmailMessage:
    """The acknowledgement: ticket number, priority, promised reply time, how to escalate.

    The customer's own text is never echoed: an acknowledgement must not be a spam reflector.
    """
    return to_message(ack_draft(identity, facts, message_id, words=words, now=now))


def ack_draft(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    words: Words,
    now: datetime,
) -> Draft:
    """`compose_ack` as a `Draft` (the outbox writes its bytes with `mimewrite`)."""
    _, body = words.mail(
        "ack",
        **_signed(identity, facts),
        greeting=greeting(words, facts),
        priority=facts.priority,
        meaning=facts.customer_meaning or facts.priority_meaning,
        promise=promise_line(words, facts),
    )
    return _customer_draft(
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
    words: Words,
    agent_text: str,
    attachments: Sequence[tuple[str, str, bytes]] = (),
    now: datetime,
    agent_name: str | None = None,
) -> EmailMessage:
    """An agent's answer, sent to the customer from the support address, attachments kept.

    The agent's text goes out exactly as written; only the footer comes from the template.
    Not marked Auto-Submitted (a person wrote it), but it carries the loop header.
    `agent_name`, when given, shows in From as "Alice (Houseware Support)".
    """
    _, footer = words.mail("relay", **_signed(identity, facts))
    name = clean_header(agent_name or "")
    msg = to_message(
        _customer_draft(
            identity,
            facts,
            message_id=message_id,
            now=now,
            body=f"{agent_text.rstrip()}\n\n{footer}",
            reply=True,
            auto=None,
            from_name=f"{name} ({identity.name})" if name else None,
        )
    )
    attach_files(msg, attachments)
    return msg


def compose_customer_escalated(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    words: Words,
    level_name: str,
    now: datetime,
) -> EmailMessage:
    """Tells the customer their request is escalated and who is now responsible for it."""
    _, body = words.mail(
        "escalated",
        **_signed(identity, facts),
        greeting=greeting(words, facts),
        level_name=clean_header(level_name),
        promise=_promise(words, facts, now, "late_escalated"),
    )
    return _notice(identity, facts, message_id, now, body)


def compose_merged(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    words: Words,
    survivor: int,
    survivor_subject: str,
    now: datetime,
) -> EmailMessage:
    """Tells the customer their request was merged into ticket `survivor`: the number to use."""
    _, body = words.mail(
        "merged",
        **_signed(identity, facts),
        greeting=greeting(words, facts),
        new_tag=tag(identity, survivor),
        new_subject=clean_header(survivor_subject),
    )
    return _notice(identity, facts, message_id, now, body)


def compose_priority_changed(
    identity: Identity,
    facts: TicketFacts,
    message_id: str,
    *,
    words: Words,
    old: str,
    new: str,
    now: datetime,
) -> EmailMessage:
    """Tells the customer their request's priority changed, with the newly promised time."""
    _, body = words.mail(
        "priority",
        **_signed(identity, facts),
        greeting=greeting(words, facts),
        old=clean_header(old),
        new=clean_header(new),
        meaning=facts.customer_meaning or facts.priority_meaning,
        promise=_promise(words, facts, now, "late_priority"),
    )
    return _notice(identity, facts, message_id, now, body)
