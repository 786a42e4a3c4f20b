"""Write mail to the outbox, in the caller's transaction (the worker in `outbox` sends it).

`enqueue` stores the finished bytes; `enqueue_params` stores what the mail says, composed when
the worker first claims the row (`outmail`); `enqueue_once` writes a once-per-ticket kind
(ack, escalation, warning, page) at most once per ticket, response clock and level. Recipients
and the Message-ID are fixed here, so every attempt sends the same mail to the same people.
"""

import copy
from collections.abc import Sequence
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import getaddresses

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from supportmail.storage.stores import require_slow_path, store
from supportmail.storage.tables import ONCE_PER_TICKET_KINDS, Outbox, new_row


def _recipients(message: EmailMessage) -> list[str]:
    """The envelope recipients: every address of To, Cc and Bcc, each once, in order."""
    found: list[str] = []
    for name in ("To", "Cc", "Bcc"):
        for header in message.get_all(name, []):
            addresses = getattr(header, "addresses", None)
            if addresses is not None:
                found.extend(a.addr_spec for a in addresses)
            else:
                found.extend(addr for _, addr in getaddresses([str(header)]))
    unique: dict[str, str] = {}
    for addr in found:
        if not addr or "@" not in addr:
            continue
        if any(c in addr for c in ",\r\n\0 "):
            raise ValueError(f"recipient {addr!r} cannot be stored in the outbox")
        unique.setdefault(addr.lower(), addr)
    return list(unique.values())


def enqueue(
    session: Session,
    *,
    kind: str,
    ticket_id: int | None,
    level: int,
    message: EmailMessage,
    now: datetime,
    clock: int = 0,
    batched: bool = False,
) -> Outbox:
    """Write `message` as a pending row in the caller's transaction; Bcc stays off the bytes.

    `batched`: the row may be kept for a batch's one write on the fast path (nothing in the
    transaction looks for it; a duplicate fails that write and the batch is redone message by
    message). Otherwise the per-message path is needed, where a duplicate shows at once.
    """
    if not batched:
        require_slow_path(session, "an outgoing mail composed now")
    message_id = str(message.get("Message-ID", "")).strip().strip("<>")
    if not message_id:
        raise ValueError("an outgoing message needs a Message-ID")
    recipients = _recipients(message)
    if not recipients:
        raise ValueError(f"message <{message_id}> has no recipients")
    if "Bcc" in message:
        message = copy.deepcopy(message)
        del message["Bcc"]
    raw = message.as_bytes(policy=policy.SMTP)
    row = _pending_row(kind, ticket_id, level, message_id, recipients, now, raw=raw, clock=clock)
    # Per message: added and flushed, so a duplicate shows up here, in the caller's transaction.
    store(session).add_outbox(row)
    return row


def enqueue_params(
    session: Session,
    *,
    kind: str,
    ticket_id: int,
    level: int,
    message_id: str,
    recipients: Sequence[str],
    params: str,
    now: datetime,
) -> Outbox:
    """Write a mail to be composed from `params` when first claimed (see `outmail`).

    Its recipients and Message-ID are fixed now: rate limits count rows by first recipient,
    and a resend carries the same Message-ID. No SAVEPOINT: a once-per-ticket kind is only
    written this way for a ticket created in the caller's transaction, where no such row can
    exist yet, so the unique index fires only on a bug (and fails the caller's transaction).
    """
    message_id = message_id.strip().strip("<>")
    if not message_id or not recipients:
        raise ValueError(f"outbox row of kind {kind} needs a Message-ID and recipients")
    for addr in recipients:
        if "@" not in addr or any(c in addr for c in ",\r\n\0 "):
            raise ValueError(f"recipient {addr!r} cannot be stored in the outbox")
    row = _pending_row(kind, ticket_id, level, message_id, recipients, now, params=params)
    # Its id now, for the thread reference. A duplicate raises here on the per-message path;
    # on a batch's fast path at the batch's one flush, and the batch is redone message by message.
    store(session).add_outbox(row)
    return row


def enqueue_once(
    session: Session,
    *,
    kind: str,
    ticket_id: int,
    level: int,
    message: EmailMessage,
    now: datetime,
    clock: int = 0,
) -> Outbox | None:
    """Like `enqueue`, but None when this ticket already has this kind of mail for this
    response clock (`Ticket.clock_number`) and level.

    For the once-per-ticket kinds (ack, escalation, warning, page): a replayed message or a
    second scheduler instance hits the unique index, and only a savepoint is rolled back.
    """
    if kind not in ONCE_PER_TICKET_KINDS:
        raise ValueError(f"{kind!r} is not a once-per-ticket kind: use enqueue()")
    require_slow_path(session, "a once-per-ticket mail")
    try:
        with session.begin_nested():
            return enqueue(
                session,
                kind=kind,
                ticket_id=ticket_id,
                level=level,
                message=message,
                now=now,
                clock=clock,
            )
    except IntegrityError:
        existing = session.exec(
            select(col(Outbox.id)).where(
                col(Outbox.ticket_id) == ticket_id,
                col(Outbox.kind) == kind,
                col(Outbox.clock) == clock,
                col(Outbox.level) == level,
            )
        ).first()
        if existing is None:
            raise  # another constraint (a reused Message-ID?): a bug, not a replay
        return None


def _pending_row(
    kind: str,
    ticket_id: int | None,
    level: int,
    message_id: str,
    recipients: Sequence[str],
    now: datetime,
    *,
    raw: bytes | None = None,
    params: str | None = None,
    clock: int = 0,
) -> Outbox:
    """A new outbox row, due now; its bytes, or the params they are composed from later."""
    return new_row(
        Outbox,
        ticket_id=ticket_id,
        kind=kind,
        clock=clock,
        level=level,
        message_id=message_id,
        recipients=",".join(recipients),
        first_recipient=recipients[0],
        raw=raw,
        params=params,
        state="pending",
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
