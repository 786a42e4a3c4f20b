"""Mails about the desk itself rather than one ticket: the loop breaker's alert to the team,
and the summary a sender over the acknowledgement cap gets instead of one mail per ticket.

Pure, like `compose` and `staffmail`. The words are templates: the alert is staff mail in the
team's language (`breaker_alert`, `bounce_notice`), the summary customer mail in the sender's
language (`ack_summary`).
"""

from collections.abc import Sequence
from datetime import datetime
from email.message import EmailMessage

from supportmail.core.mailwords import Words
from supportmail.core.outgoing_headers import Identity, draft_message, mailbox, tag, to_message

BREAKER_RELEASE = "supportmail breaker release {key} -c <config>"


def compose_breaker_alert(
    identity: Identity,
    message_id: str,
    *,
    to: str,
    words: Words,
    key: str,
    count: int,
    minutes: int,
    latest: int | None,
    now: datetime,
) -> EmailMessage:
    """Tell the team a circuit breaker tripped: on whom, how many tickets, how to release it.

    `key` is "address:<addr>" or "domain:<domain>"; `latest` the newest ticket's number.
    """
    scope, _, who = key.partition(":")
    whom = words.phrase("domain_scope", domain=who) if scope == "domain" else who
    newest = words.phrase("newest", tag=tag(identity, latest)) if latest is not None else ""
    subject, body = words.mail(
        "breaker_alert",
        count=count,
        whom=whom,
        minutes=minutes,
        newest=newest,
        release=BREAKER_RELEASE.format(key=key),
        team=identity.name,
    )
    return to_message(
        draft_message(
            identity,
            to=[mailbox(to)],
            subject=subject or "",
            message_id=message_id,
            now=now,
            body=body,
            parent=None,
            thread=(),
            auto="auto-generated",
        )
    )


def compose_ack_summary(
    identity: Identity,
    message_id: str,
    *,
    to: str,
    words: Words,
    numbers: Sequence[int],
    now: datetime,
) -> EmailMessage:
    """One mail to a sender over the acknowledgement cap, listing each request's number."""
    tags = [tag(identity, n) for n in numbers]
    subject, body = words.mail(
        "ack_summary",
        count=len(tags),
        tags=", ".join(tags),
        list="\n".join(f"  {t}" for t in tags),
        team=identity.name,
    )
    return to_message(
        draft_message(
            identity,
            to=[mailbox(to)],
            subject=subject or "",
            message_id=message_id,
            now=now,
            body=body,
            parent=None,
            thread=(),
            auto="auto-replied",
        )
    )


def compose_bounce_notice(
    identity: Identity,
    message_id: str,
    *,
    to: str,
    words: Words,
    reply_to: str | None,
    number: int | None,
    kind: str,
    recipient: str,
    reason: str,
    customer: bool,
    now: datetime,
) -> EmailMessage:
    """Tell whoever caused a mail that it bounced: what, to whom, why, and what it means."""
    about = words.phrase("bounce_about", tag=tag(identity, number)) if number is not None else ""
    meaning = (
        words.phrase("bounce_customer")
        if customer
        else words.phrase("bounce_other", recipient=recipient)
    )
    subject, body = words.mail(
        "bounce_notice",
        what=kind,
        about=about,
        recipient=recipient,
        reason=reason,
        meaning=meaning,
        team=identity.name,
    )
    return to_message(
        draft_message(
            identity,
            to=[mailbox(to)],
            reply_to=reply_to,
            subject=subject or "",
            message_id=message_id,
            now=now,
            body=body,
            parent=None,
            thread=(),
            auto="auto-generated",
        )
    )
