"""A digest as a mail: plain text first, the HTML alternative second (pure).

Headers as every mail of ours (`draft_message`): From the support address, marked
auto-generated with our loop header, so no autoresponder answers it and a reply that comes
back is known as ours. Reply-To is the team address: a digest belongs to no ticket, and a
reply to it is a question for colleagues, not a request for the support desk.
"""

from datetime import datetime
from email.message import EmailMessage

from supportmail.core.digest_html import digest_html
from supportmail.core.digest_text import Layout, plain_text
from supportmail.core.outgoing_headers import Identity, draft_message, mailbox, to_message


def compose_digest(
    identity: Identity,
    layout: Layout,
    message_id: str,
    *,
    to: str,
    reply_to: str,
    now: datetime,
) -> EmailMessage:
    """The digest mail to `to`: multipart/alternative, text/plain then text/html (UTF-8)."""
    message = to_message(
        draft_message(
            identity,
            to=[mailbox(to)],
            reply_to=reply_to,
            subject=layout.subject,
            message_id=message_id,
            now=now,
            body=plain_text(layout),
            parent=None,
            thread=(),
            auto="auto-generated",
        )
    )
    message.add_alternative(digest_html(layout), subtype="html", charset="utf-8")
    return message
