"""Mails about the desk itself rather than one ticket: the loop breaker's alert to the team,
and the summary a sender over the acknowledgement cap gets instead of one mail per ticket.

Pure, like `compose` and `staffmail`. Written here in English while the mail words move to
`supportmail/templates/`; each function is one mail kind, so moving it is moving its words.
"""

from collections.abc import Sequence
from datetime import datetime
from email.message import EmailMessage

from supportmail.core.outgoing_headers import Identity, build_message, mailbox, tag

BREAKER_RELEASE = "supportmail breaker release {key} -c <config>"


def compose_breaker_alert(
    identity: Identity,
    message_id: str,
    *,
    to: str,
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
    whom = f"the domain {who}" if scope == "domain" else who
    newest = f" (the newest is {tag(identity, latest)})" if latest is not None else ""
    body = "\n\n".join(
        [
            f"{count} new tickets came from {whom} within {minutes} minutes{newest}. "
            "This looks like a mail loop (an autoresponder answering our acknowledgements) "
            "or a flood.",
            f"Automatic mail to {whom} is stopped: no acknowledgements go out. The tickets "
            "are still opened and you still hear of each one. This is the only alert for "
            "this breaker until it is released.",
            "When it is over (or if these are real requests), release it with:\n\n    "
            + BREAKER_RELEASE.format(key=key),
            f"-- \n{identity.name}",
        ]
    )
    return build_message(
        identity,
        to=[mailbox(to)],
        subject=f"Circuit breaker: automatic mail to {whom} stopped",
        message_id=message_id,
        now=now,
        body=body,
        parent=None,
        thread=(),
        auto="auto-generated",
    )


def compose_ack_summary(
    identity: Identity,
    message_id: str,
    *,
    to: str,
    numbers: Sequence[int],
    now: datetime,
) -> EmailMessage:
    """One mail to a sender over the acknowledgement cap, listing each request's number."""
    tags = [tag(identity, n) for n in numbers]
    body = "\n\n".join(
        [
            "Hello,",
            f"we received {len(tags)} more requests from you and opened a ticket for each. "
            "So as not to fill your inbox, here are their numbers in one mail:",
            "\n".join(f"  {t}" for t in tags),
            "Please keep the number in the subject when you write about one of them.",
            f"Kind regards,\n{identity.name}",
        ]
    )
    return build_message(
        identity,
        to=[mailbox(to)],
        subject=f"Your requests {', '.join(tags)}",
        message_id=message_id,
        now=now,
        body=body,
        parent=None,
        thread=(),
        auto="auto-replied",
    )
