"""The ingest stage: read new mail over IMAP, apply it, then move it out of the inbox.

Order per batch: FETCH (BODY.PEEK, so nothing changes on the server), commit every effect and
the cursor in one transaction, and only then UID MOVE. A crash anywhere leaves either nothing
committed (the mail is read again) or committed mail still in the inbox (recognised by UID or
content hash on the next pass, and moved without new effects).
"""

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session

from supportmail.core.types import Disposition
from supportmail.desk import Desk
from supportmail.inbound.imap import Fetched, ImapMailbox
from supportmail.inbound.parse_worker import ParseWorker
from supportmail.inbound.process import Outcome, process_batch
from supportmail.inbound.readahead import BatchReader
from supportmail.storage import queries

log = logging.getLogger(__name__)

# A batch is cut at this many bytes too, so a run of large attachments never balloons memory.
BATCH_BYTES = 32 * 1024 * 1024

Progress = Callable[[int, int], None]


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
) -> PassReport:
    """Ingest everything pending in the inbox once; return what happened.

    `full_scan` searches the whole inbox instead of UIDs above the cursor: done after every
    (re)connect, so mail committed just before a crash but never moved is found and moved.
    `on_batch` sees each committed batch with its fetched messages (arrival times, for metrics);
    `stop` is asked before each batch: True ends the pass early, between two batches.
    `parser`: a worker process that parses a backlog one batch ahead (`parseahead`).
    """
    folders = desk.config.imap.folders
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
    report.seen = len(uids)
    if not uids:
        return report
    sizes = imap.sizes(uids)
    done = 0
    batches = list(_batches([u for u in uids if u in sizes], sizes, desk.config.imap.batch_size))
    # A worker pays off from the second batch on: it parses the next batch during this one.
    worker = parser if parser is not None and len(batches) > 1 else None
    with BatchReader(imap, batches, worker, desk.limits) as reader:
        for fetched, messages in reader:
            if stop is not None and stop():
                break
            outcomes = process_batch(
                engine, desk, folders.inbox, state.uidvalidity, fetched, now(), messages=messages
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
            done += len(fetched)
            if progress is not None:
                progress(done, len(uids))
    return report


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
