"""The ingest stage: read new mail over IMAP, apply it, then move it out of the inbox.

Order per batch: FETCH (BODY.PEEK, so nothing changes on the server), commit every effect and
the cursor in one transaction, and only then UID MOVE. A crash anywhere leaves either nothing
committed (the mail is read again) or committed mail still in the inbox (recognised by UID or
content hash on the next pass, and moved without new effects).

Mail that arrives during a pass (`arrivals=True`, the daemon) goes ahead of the rest of it: the
read-ahead looks for it between batches (`readahead`), and it is applied as a batch of its own,
so its acknowledgement is committed, and the outbox woken, within about one batch's time. Only
a message that refers to a Message-ID not stored yet waits for the end of the pass: what it
answers may be in the backlog it would overtake. Out of order, the cursor moves only up to
below the oldest UID of the pass not yet committed, so a pass cut short leaves nothing behind.
Every batch of a pass is applied at the time it was listed (`now` read once per listing): the
outgoing mail of an arrival is due later than the backlog's, and the daemon's fresh lane,
newest due first, sends it before the backlog's even when a backlog batch commits after it.
"""

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session

from supportmail.core.reading import Reading
from supportmail.core.types import Disposition, ParsedMessage
from supportmail.desk import Desk
from supportmail.inbound.imap import Fetched, ImapMailbox
from supportmail.inbound.parse_worker import ParseWorker
from supportmail.inbound.process import Outcome, process_batch
from supportmail.inbound.readahead import BatchReader
from supportmail.storage import queries
from supportmail.storage.queries import known_message_ids

log = logging.getLogger(__name__)

# A batch is cut at this many bytes too, so a run of large attachments never balloons memory.
BATCH_BYTES = 32 * 1024 * 1024

Progress = Callable[[int, int], None]
Batch = tuple[list[Fetched], list[ParsedMessage]]  # fetched messages and their parses


@dataclass
class PassReport:
    """What one ingest pass did."""

    seen: int = 0
    outcomes: list[Outcome] = field(default_factory=list)
    uidvalidity_changed: bool = False

    def count(self, disposition: str) -> int:
        """How many messages ended with `disposition`."""
        return sum(1 for o in self.outcomes if o.disposition.value == disposition)


def prepare_folders(imap: ImapMailbox, desk: Desk) -> None:
    """Create the processed and quarantine folders when they are missing."""
    folders = desk.config.imap.folders
    imap.ensure_folder(folders.processed)
    imap.ensure_folder(folders.quarantine)
    imap.ensure_folder(folders.spam)


def ingest_pass(
    imap: ImapMailbox,
    engine: Engine,
    desk: Desk,
    now: Callable[[], datetime],
    *,
    full_scan: bool = False,
    progress: Progress | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    on_batch: Callable[[Sequence[Fetched], Sequence[Outcome]], None] | None = None,
    stop: Callable[[], bool] | None = None,
    parser: ParseWorker | None = None,
    arrivals: bool = False,
    batch_size: int | None = None,
) -> PassReport:
    """Ingest everything pending in the inbox once; return what happened.

    `full_scan` searches the whole inbox instead of UIDs above the cursor: done after every
    (re)connect, so mail committed just before a crash but never moved is found and moved.
    `on_batch` sees each committed batch with its fetched messages (arrival times, for metrics);
    `stop` is asked before each batch: True ends the pass early, between two batches.
    `parser`: a worker process that parses a backlog one batch ahead (`parseahead`).
    `arrivals`: look for new mail between batches and apply it first (module docstring).
    `batch_size`: messages per batch, else `imap.batch_size`.
    """
    folders = desk.config.imap.folders
    size = batch_size or desk.config.imap.batch_size
    state = imap.select(folders.inbox)
    with Session(engine) as session:
        cursor = queries.get_cursor(session, folders.inbox)
    report = PassReport()
    if cursor is not None and cursor.uidvalidity != state.uidvalidity:
        log.warning(
            "UIDVALIDITY of %s changed from %s to %s: re-matching by content hash",
            folders.inbox,
            cursor.uidvalidity,
            state.uidvalidity,
        )
        report.uidvalidity_changed = True
    if full_scan or cursor is None or report.uidvalidity_changed:
        uids = imap.all_uids()
    else:
        uids = imap.uids_after(cursor.last_uid)
    listed_at = now()
    report.seen = len(uids)
    if not uids:
        return report
    sizes = imap.sizes(uids)
    todo = {u for u in uids if u in sizes}  # the pass's UIDs not committed yet
    batches = list(_batches(sorted(todo), sizes, size))
    highest = max(uids)
    listed: dict[int, datetime] = {}  # each UID of a batch of arrivals -> when it was listed

    def list_arrivals() -> tuple[list[list[int]], list[list[int]]]:  # on the IMAP thread
        """The batches that go first (the newest `size` new messages) and those that join the
        end of the pass (the rest: a flood is a backlog, and the newest are the likeliest to
        be a single arrival that would otherwise wait behind it)."""
        nonlocal highest
        # A server may show a SEARCH only the mail it has announced (Dovecot announces at the
        # end of a command): the NOOP brings the selected folder's view up to date.
        imap.noop()
        new = imap.uids_after(highest)
        if not new:
            return [], []
        at = now()
        highest = max(highest, *new)
        found = imap.sizes(new)
        report.seen += len(new)
        todo.update(found)
        ordered = sorted(found)
        first, rest = ordered[-size:], ordered[:-size]
        listed.update(dict.fromkeys(first, at))
        return [first] if first else [], list(_batches(rest, found, size))

    waiting: list[tuple[datetime, Batch]] = []  # arrivals held back, with their listing
    # A worker pays off from the second batch on: it parses the next batch during this one.
    worker = parser if parser is not None and len(batches) > 1 else None
    watch = imap.has_unlisted_mail if arrivals else None
    rules = desk.reading_rules
    with BatchReader(imap, batches, worker, desk.limits, watch, list_arrivals, rules) as reader:
        for read in reader:
            if stop is not None and stop():
                break
            batch, at = read, listed_at
            if reader.arrival and read[0]:
                at = listed[read[0][0].uid]
                batch, later = _overtaking(engine, *read)
                if later[0]:
                    waiting.append((at, later))
            # The worker's readings hold for the batch as read, not for a part of it.
            readings = reader.readings if batch is read else None
            _apply(engine, desk, reader, report, state.uidvalidity, batch, at, todo,
                   on_outcome, on_batch, readings)  # fmt: skip
            if progress is not None:
                progress(len(report.outcomes), report.seen)
        else:
            for at, batch in waiting:
                if stop is not None and stop():
                    break
                _apply(engine, desk, reader, report, state.uidvalidity, batch, at, todo,
                       on_outcome, on_batch)  # fmt: skip
    return report


def _apply(
    engine: Engine,
    desk: Desk,
    reader: BatchReader,
    report: PassReport,
    uidvalidity: int,
    batch: Batch,
    at: datetime,
    todo: set[int],
    on_outcome: Callable[[Outcome], None] | None,
    on_batch: Callable[[Sequence[Fetched], Sequence[Outcome]], None] | None,
    readings: Sequence[Reading] | None = None,
) -> None:
    """Commit one batch of a pass, then move its messages and report them (`readings`: the
    worker's, when it read the batch ahead)."""
    fetched, messages = batch
    if not fetched:
        return
    folders = desk.config.imap.folders
    todo.difference_update(item.uid for item in fetched)
    # Every UID below the oldest one of the pass not committed yet is done.
    cursor_uid = min(max(item.uid for item in fetched), min(todo, default=2**63) - 1)
    outcomes = process_batch(
        engine,
        desk,
        folders.inbox,
        uidvalidity,
        fetched,
        at,
        messages=messages,
        readings=readings,
        cursor_uid=cursor_uid,
    )
    # Committed: from here on a crash only leaves mail that the next pass moves.
    spam = Disposition.SPAM
    done_uids = [o.uid for o in outcomes if not o.quarantined and o.disposition != spam]
    reader.move(done_uids, folders.processed)
    reader.move([o.uid for o in outcomes if o.disposition == spam], folders.spam)
    reader.move([o.uid for o in outcomes if o.quarantined], folders.quarantine)
    for outcome in outcomes:
        _log_outcome(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    if on_batch is not None:
        on_batch(fetched, outcomes)
    report.outcomes.extend(outcomes)


def _overtaking(
    engine: Engine, fetched: list[Fetched], messages: list[ParsedMessage]
) -> tuple[Batch, Batch]:
    """The arrivals that may go ahead of the backlog, and those that wait for its end: a
    message referring to a Message-ID neither stored nor earlier among these arrivals (what it
    answers may be in the backlog)."""
    refs = {r for msg in messages for r in (*msg.in_reply_to, *msg.references) if r}
    if not refs:
        return (fetched, messages), ([], [])
    with Session(engine) as session:
        known = known_message_ids(session, refs)
    go: Batch = ([], [])
    later: Batch = ([], [])
    for item, msg in zip(fetched, messages, strict=True):
        mine = {r for r in (*msg.in_reply_to, *msg.references) if r and r != msg.message_id}
        side = go if mine <= known else later
        side[0].append(item)
        side[1].append(msg)
        if side is go and msg.message_id:
            known.add(msg.message_id)
    return go, later


def _batches(uids: Sequence[int], sizes: dict[int, int], count: int) -> Iterator[list[int]]:
    batch: list[int] = []
    total = 0
    for uid in uids:
        if batch and (len(batch) >= count or total + sizes[uid] > BATCH_BYTES):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += sizes[uid]
    if batch:
        yield batch


def _log_outcome(outcome: Outcome) -> None:
    ticket = f"#{outcome.ticket_number}" if outcome.ticket_number else "-"
    log.info(
        "uid %s %s ticket %s message-id <%s>: %s",
        outcome.uid,
        outcome.disposition.value,
        ticket,
        outcome.message_id or "",
        outcome.detail,
    )
