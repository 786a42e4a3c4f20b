"""Mail written at ingest as parameters, and composed by the outbox worker when first claimed.

Composing a mail (MIME, header encoding, refolding) costs more than everything else ingest does
for a message, and the mail is only needed when it is sent. So the kinds ingest writes for
every message (ack, notify, page) go to the outbox as a row with its recipients, a Message-ID
fixed now, and `params`: everything the mail says, as it was when the row was written. The
ticket's thread is read up to the message that called for the mail (`upto`), so the composed
mail is the one that would have been composed at write time. The worker stores the bytes before
the first attempt, so every attempt sends the same bytes.
"""

import dataclasses
import json
from datetime import datetime
from email import policy
from email.message import EmailMessage
from typing import Any

from sqlmodel import Session

from supportmail.core import compose
from supportmail.core.commands import HELP as COMMAND_HELP
from supportmail.core.compose import BusinessHours, Identity, TicketFacts, Words
from supportmail.storage import queries
from supportmail.storage.tables import Outbox, TicketMessage
from supportmail.templates import CUSTOMER_KINDS, FALLBACK, words

DEFERRED_KINDS = frozenset({"ack", "notify", "page"})
_DATES = ("due", "received")
_THREAD = ("thread_message_ids", "last_customer_message_id")
_FACTS = dataclasses.fields(TicketFacts)
_IDENTITY = dataclasses.fields(Identity)


# The mail kinds a customer reads (in their language); every other kind is staff mail.
CUSTOMER_MAILS = frozenset(CUSTOMER_KINDS)


def words_for(kind: str, facts: TicketFacts, team_language: str) -> Words:
    """The templates a mail of `kind` is written with: the customer's language for customer
    mail, else the team's."""
    return language_words(facts.language if kind in CUSTOMER_MAILS else team_language)


def language_words(language: str) -> Words:
    """The templates of `language`; English when that language has none (any more)."""
    try:
        return words(language)
    except LookupError:
        return words(FALLBACK)


def params_json(identity: Identity, facts: TicketFacts, upto: int, **extra: Any) -> str:
    """The params of a deferred mail: identity, facts (thread left out), thread bound, extras."""
    shown = {f.name: getattr(facts, f.name) for f in _FACTS if f.name not in _THREAD}
    for key in _DATES:
        shown[key] = shown[key].isoformat()
    if facts.business_hours is not None:
        shown["business_hours"] = dataclasses.asdict(facts.business_hours)
    who = {f.name: getattr(identity, f.name) for f in _IDENTITY}
    body = {"identity": who, "facts": shown, "upto": upto, **extra}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def compose_row(session: Session, row: Outbox) -> bytes:
    """The bytes of a row written with params, composed as they were when it was written."""
    if row.params is None or row.ticket_id is None or row.kind not in DEFERRED_KINDS:
        raise ValueError(f"outbox row {row.id} ({row.kind}) has neither bytes nor params")
    params = json.loads(row.params)
    identity = Identity(**params["identity"])
    shown = dict(params["facts"])
    for key in _DATES:
        shown[key] = datetime.fromisoformat(shown[key])
    if shown.get("business_hours") is not None:
        hours = shown["business_hours"]
        shown["business_hours"] = BusinessHours(**{**hours, "workdays": tuple(hours["workdays"])})
    upto = int(params["upto"])
    facts = TicketFacts(
        **shown,
        thread_message_ids=queries.thread_message_ids(session, row.ticket_id, upto),
        last_customer_message_id=queries.last_customer_message_id(session, row.ticket_id, upto),
    )
    now = datetime.fromisoformat(params["now"])
    # Rows written before mail had a team language were English, as they said then.
    text = words_for(row.kind, facts, str(params.get("team_language", FALLBACK)))
    message: EmailMessage
    if row.kind == "ack":
        message = compose.compose_ack(identity, facts, row.message_id, words=text, now=now)
    else:
        quoted = session.get(TicketMessage, int(params["text_id"]))
        if quoted is None:
            raise ValueError(f"outbox row {row.id}: quoted message {params['text_id']} is gone")
        if row.kind == "notify":
            # Rows written before the limit was a param forward nothing, as they said then.
            limit_mb = float(params.get("forward_limit_mb", 0))
            attached, not_attached = _customer_files(session, quoted, limit_mb)
            message = compose.compose_notification(
                identity,
                facts,
                row.message_id,
                to=params["to"],
                reply_to=params["reply_to"],
                customer_text=quoted.text,
                author=quoted.author,
                kind=params["notice"] if params["notice"] in ("new", "chase") else "reply",
                words=text,
                attached=attached,
                not_attached=not_attached,
                forward_limit_mb=limit_mb,
                priority_why=params.get("priority_why"),
                confirm_priority=bool(params.get("confirm_priority", False)),
                help_lines=COMMAND_HELP,
                now=now,
            )
        else:
            message = compose.compose_page(
                identity,
                facts,
                row.message_id,
                to=params["to"],
                reply_to=params["reply_to"],
                customer_text=quoted.text,
                words=text,
                now=now,
            )
    return message.as_bytes(policy=policy.SMTP)


def _customer_files(
    session: Session, message: TicketMessage, limit_mb: float
) -> tuple[list[tuple[str, str, bytes]], list[tuple[str, str, int]]]:
    """The files of a ticket message: those that fit in `limit_mb` in all, in order, with their
    bytes (a big one does not keep the smaller ones after it out); the others, with sizes."""
    attached: list[tuple[str, str, bytes]] = []
    not_attached: list[tuple[str, str, int]] = []
    room = int(limit_mb * 1024 * 1024)
    for ref in queries.attachments_of(session, message.id):
        data = queries.get_blob(session, ref.sha256) if ref.size <= room else None
        if data is None:
            not_attached.append((ref.filename, ref.content_type, ref.size))
            continue
        attached.append((ref.filename, ref.content_type, data))
        room -= len(data)
    return attached, not_attached
