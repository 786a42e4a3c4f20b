"""Turn fetched messages into their effects, all committed together once per batch.

The batch's commit is our "250 OK": only after it returns may the caller move the messages on
the server. A batch first takes the fast path: one transaction, no SAVEPOINTs, ids assigned up
front and one flush at the end (`batch`). If anything in it raises, it is rolled back and redone
on the per-message path: one SAVEPOINT per message, where a message whose handling raises is
retried, then quarantined with its raw bytes, and the batch goes on. Both paths run the same
code (`_apply`); only how rows reach the database differs. A database that is down aborts the
batch with a TransientError.
"""

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.exc import InterfaceError as DBInterfaceError
from sqlmodel import Session

from supportmail.core.classify import classify, quarantine_reason
from supportmail.core.parse import parse_message
from supportmail.core.priority import Triage
from supportmail.core.reading import Reading
from supportmail.core.threading import asks_to_escalate, thread_clues
from supportmail.core.types import Classification, Disposition, Kind, ParsedMessage
from supportmail.desk import Desk
from supportmail.errors import SupportmailError, TransientError
from supportmail.inbound.imap import Fetched
from supportmail.storage import fastpath, queries, stores
from supportmail.storage.tables import InboundMessage, new_row
from supportmail.tickets.dispatch import handle_classified

log = logging.getLogger(__name__)

ATTEMPTS = 3
TICKET_KINDS = frozenset({Kind.HUMAN, Kind.AGENT})


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one fetched message, and where it goes on the server."""

    uid: int
    quarantined: bool
    disposition: Disposition
    ticket_number: int | None
    message_id: str | None
    detail: str


def process_batch(
    engine: Engine,
    desk: Desk,
    mailbox: str,
    uidvalidity: int,
    fetched: list[Fetched],
    now: datetime,
    *,
    fast: bool = True,
    messages: Sequence[ParsedMessage] | None = None,
    readings: Sequence[Reading] | None = None,
    cursor_uid: int | None = None,
) -> list[Outcome]:
    """Apply every message's effects and advance the cursor, all in one committed transaction.

    `messages`: the fetched messages already parsed (by `parseahead`), else they are parsed here.
    `readings`: the messages' readings (`core.reading`, by the parse worker), else they are read
    here.
    `fast=False` skips the fast path (the per-message path alone, as after a fallback).
    `cursor_uid`: how far the cursor may move (every UID up to it is handled); by default the
    batch's highest UID. Less when older mail of the pass is still to come (`ingest`).
    """
    if not fetched:
        return []
    # Parsing is the expensive part and needs no database: do it before taking the write lock.
    if messages is None:
        messages = [parse_message(item.raw, desk.limits) for item in fetched]
    parsed = list(zip(fetched, messages, strict=True))
    last_uid = max(f.uid for f in fetched) if cursor_uid is None else cursor_uid
    try:
        if fast:
            done = _fast_batch(engine, desk, mailbox, uidvalidity, parsed, last_uid, now, readings)
            if done is not None:
                return done
        with Session(engine, expire_on_commit=False) as session:
            outcomes = [
                process_one(session, desk, mailbox, uidvalidity, item, msg, now)
                for item, msg in parsed
            ]
            queries.advance_cursor(session, mailbox, uidvalidity, last_uid, now)
            session.commit()
    except (OperationalError, DBInterfaceError) as exc:
        raise TransientError(f"database: {exc.__class__.__name__}: {exc}") from exc
    return outcomes


def _fast_batch(
    engine: Engine,
    desk: Desk,
    mailbox: str,
    uidvalidity: int,
    parsed: list[tuple[Fetched, ParsedMessage]],
    last_uid: int,
    now: datetime,
    readings: Sequence[Reading] | None = None,
) -> list[Outcome] | None:
    """The whole batch in one transaction with one flush; None when it must be redone slowly."""
    if readings is None:
        classes = [classify(msg, desk.own) for _, msg in parsed]
        requests: Sequence[Triage | None] = [None] * len(parsed)
    else:
        classes = [r.classification for r in readings]
        requests = [r.request for r in readings]
    for (_item, msg), classification in zip(parsed, classes, strict=True):
        why = _needs_slow_path(msg, classification)
        if why is not None:
            # Known before anything is written: on PostgreSQL a fallback would skip ticket
            # numbers (the sequence values the fast path took are not given back).
            log.debug("batch of %s goes message by message: %s", len(parsed), why)
            return None
    with Session(engine, expire_on_commit=False, autoflush=False) as session:
        batch = stores.start(session, {m.sender.addr for _, m in parsed if m.sender is not None})
        try:
            # What earlier batches stored, read in a few queries instead of per message.
            positions = [(item.uid, msg.content_hash) for item, msg in parsed]
            batch.read_inbound(mailbox, uidvalidity, positions)
            refs = {ref for _, msg in parsed for ref in (*msg.in_reply_to, *msg.references)}
            batch.read_thread_refs(refs)
            found = batch.pending
            found.sure_new_tickets = _sure_new_tickets(desk, parsed, classes, found)
            outcomes = []
            for (item, msg), known, request in zip(parsed, classes, requests, strict=True):
                outcome = _apply(
                    session, desk, mailbox, uidvalidity, item, msg, now, known, request
                )
                outcomes.append(outcome)
            batch.flush()
            queries.advance_cursor(session, mailbox, uidvalidity, last_uid, now)
            session.commit()
        except (OperationalError, DBInterfaceError, TransientError):
            raise
        except fastpath.SlowPathNeeded as exc:
            log.debug("batch of %s goes message by message: %s", len(parsed), exc)
            session.rollback()
            return None
        except Exception as exc:
            # Some message fails (or a constraint fires at the flush): the per-message path
            # finds which, retries it and quarantines it, and handles the others exactly once.
            log.info("batch of %s goes message by message after %r", len(parsed), exc)
            session.rollback()
            return None
    return outcomes


def _sure_new_tickets(
    desk: Desk,
    parsed: list[tuple[Fetched, ParsedMessage]],
    classes: list[Classification],
    found: fastpath.Pending,
) -> int:
    """How many messages of the batch will surely open a ticket: a customer's mail, not stored
    before, that refers to no message we know of (stored, or earlier in this batch) and carries
    no ticket tag. Never more than will be opened; less is harmless (see `fastpath.next_id`)."""
    count = 0
    hashes: set[str] = set()
    message_ids: set[str] = set()
    for (_item, msg), classification in zip(parsed, classes, strict=True):
        clues = thread_clues(msg, desk.config.support.tag_format)
        stored = msg.content_hash in found.inbound_by_hash or msg.content_hash in hashes
        known = any(r in found.stored_refs or r in message_ids for r in clues.referenced_ids)
        hashes.add(msg.content_hash)
        message_ids.update(m for m in (msg.message_id,) if m)
        if (
            classification.kind is Kind.HUMAN
            and quarantine_reason(msg) is None
            and not stored
            and not known
            and clues.tagged_number is None
        ):
            count += 1
    return count


def _needs_slow_path(msg: ParsedMessage, classification: Classification) -> str | None:
    """Why a message needs the per-message path, when its classification already tells.

    Staff mail reads the ticket's thread and composes mail at once; a customer's "#escalate"
    writes a once-per-ticket mail. Whatever else the fast path cannot answer raises
    SlowPathNeeded where it is asked (`stores.require_slow_path`).
    """
    kind = classification.kind
    if kind is Kind.AGENT:
        return "mail from staff"
    if kind is Kind.HUMAN and asks_to_escalate(msg.subject, msg.text.splitlines()):
        return "a customer asks to escalate"
    return None


def process_one(
    session: Session,
    desk: Desk,
    mailbox: str,
    uidvalidity: int,
    item: Fetched,
    msg: ParsedMessage,
    now: datetime,
) -> Outcome:
    """One message's effects inside a SAVEPOINT; retried, then quarantined when it keeps failing."""
    error: BaseException | None = None
    for _attempt in range(ATTEMPTS):
        try:
            with session.begin_nested():
                return _apply(session, desk, mailbox, uidvalidity, item, msg, now)
        except (OperationalError, DBInterfaceError, TransientError):
            raise
        except IntegrityError as exc:
            # Usually another instance committed the same message first: the retry sees it.
            error = exc
        except SupportmailError as exc:
            error = exc
        except Exception as exc:
            error = exc
            log.exception("processing uid %s failed", item.uid)
    assert error is not None
    with session.begin_nested():
        return _quarantine(
            session, mailbox, uidvalidity, item, msg, now, f"{error.__class__.__name__}: {error}"
        )


def _apply(
    session: Session,
    desk: Desk,
    mailbox: str,
    uidvalidity: int,
    item: Fetched,
    msg: ParsedMessage,
    now: datetime,
    classification: Classification | None = None,
    request: Triage | None = None,
) -> Outcome:
    """One message's effects; `classification` when the caller has classified it already,
    `request` when it has read its words as a request (`priority.read_request`)."""
    known, same = queries.find_inbound(session, mailbox, uidvalidity, item.uid, msg.content_hash)
    if known is not None:
        return _known_outcome(session, item.uid, known, "already processed")
    if same is not None:
        # Alias fan-out, a re-delivery, or the same mail after a UIDVALIDITY change.
        if same.mailbox == mailbox and same.uidvalidity != uidvalidity:
            return _known_outcome(session, item.uid, same, "seen before the UIDVALIDITY change")
        queries.add_event(
            session,
            "duplicate",
            f"uid {item.uid} repeats inbound message {same.id} (same content)",
            now,
            ticket_id=same.ticket_id,
            inbound_id=same.id,
        )
        return _known_outcome(session, item.uid, same, "duplicate of a message already handled")
    if classification is None:
        classification = classify(msg, desk.own)
    # Bounces, auto-replies and list mail need no requester: only mail that would open or
    # join a ticket is quarantined when it has no usable sender or content.
    reason = quarantine_reason(msg) if classification.kind in TICKET_KINDS else None
    if reason is not None:
        return _quarantine(session, mailbox, uidvalidity, item, msg, now, reason)
    inbound = _store_inbound(session, mailbox, uidvalidity, item, msg, now, classification)
    disposition, ticket = handle_classified(
        session, desk, inbound, msg, classification, now, request
    )
    inbound.disposition = disposition.value
    inbound.ticket_id = ticket.id if ticket is not None else None
    return Outcome(
        uid=item.uid,
        quarantined=False,
        disposition=disposition,
        ticket_number=ticket.number if ticket is not None else None,
        message_id=msg.message_id,
        detail=classification.reason,
    )


def _known_outcome(session: Session, uid: int, known: InboundMessage, detail: str) -> Outcome:
    number = None
    if known.ticket_id is not None:
        ticket = queries.ticket_for_id(session, known.ticket_id)
        number = ticket.number if ticket is not None else None
    quarantined = known.state == "quarantined"
    disposition = Disposition.QUARANTINED if quarantined else Disposition.DUPLICATE
    if known.disposition == Disposition.SPAM.value:
        disposition = Disposition.SPAM  # so a re-pass moves it to the spam folder too
    return Outcome(uid, quarantined, disposition, number, known.message_id, detail)


def _store_inbound(
    session: Session,
    mailbox: str,
    uidvalidity: int,
    item: Fetched,
    msg: ParsedMessage,
    now: datetime,
    classification: Classification | None,
    state: str = "processed",
    error: str | None = None,
) -> InboundMessage:
    inbound = new_row(
        InboundMessage,
        mailbox=mailbox,
        uidvalidity=uidvalidity,
        uid=item.uid,
        content_hash=msg.content_hash,
        message_id=msg.message_id,
        raw_sha256=queries.put_blob(session, item.raw),
        size=len(item.raw),
        state=state,
        reason=classification.reason if classification else None,
        error=error,
        arrived_at=item.arrived_at,
        committed_at=now,
    )
    queries.add_inbound(session, inbound)
    return inbound


def _quarantine(
    session: Session,
    mailbox: str,
    uidvalidity: int,
    item: Fetched,
    msg: ParsedMessage,
    now: datetime,
    why: str,
) -> Outcome:
    same = queries.find_inbound_by_hash(session, msg.content_hash)
    if same is not None:
        return _known_outcome(session, item.uid, same, "handled meanwhile by another instance")
    inbound = _store_inbound(
        session, mailbox, uidvalidity, item, msg, now, None, state="quarantined", error=why
    )
    inbound.disposition = Disposition.QUARANTINED.value
    queries.add_event(session, "quarantined", f"uid {item.uid}: {why}", now, inbound_id=inbound.id)
    log.warning("quarantined uid %s message-id %s: %s", item.uid, msg.message_id, why)
    return Outcome(item.uid, True, Disposition.QUARANTINED, None, msg.message_id, why)
