"""The stages, wired: ingest, escalate, send. `run_once` does one pass of each and returns.

The outbox is sent beside the ingest: every committed batch wakes the sender, so a backlog's
mail goes out over the SMTP connections while the next batches are read and written (ingest
runs on a thread, sending on the event loop). What the ladder and the digests queue after the
ingest goes out last, over the same connections."""

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine

from supportmail.clock import utc_now
from supportmail.config import Config
from supportmail.desk import Desk
from supportmail.inbound.imap import Fetched, ImapMailbox
from supportmail.inbound.ingest import PassReport, Progress, ingest_pass, prepare_folders
from supportmail.inbound.parse_worker import ParseWorker
from supportmail.inbound.process import Outcome
from supportmail.outbound.sender import SendReport, instance_id, retire, send_due
from supportmail.outbound.smtp import SmtpSender
from supportmail.sla import deadlines, digests
from supportmail.storage.database import open_database

log = logging.getLogger(__name__)


async def send_all_due(
    engine: Engine, sender: SmtpSender, clock: Callable[[], datetime], config: Config
) -> SendReport:
    """Send every due outbox row, batch after batch, until none is left or the server is away."""
    total = SendReport()
    async with sender:  # one pool of connections for every batch
        while True:
            report = await send_due(engine, sender, clock, config.smtp.give_up_hours)
            total = _plus(total, report)
            if report.unavailable or _handled(report) == 0:
                break
    # Done: this process claims nothing more; forget it so no one waits on its claims.
    await asyncio.to_thread(retire, engine, instance_id())
    return total


async def send_beside(
    engine: Engine,
    sender: SmtpSender,
    clock: Callable[[], datetime],
    config: Config,
    ingesting: "asyncio.Future[PassReport]",
    committed: asyncio.Event,
) -> SendReport:
    """Send what is due while `ingesting` runs, woken by `committed` (set after each batch);
    return when it is done, or when the server is away (the rows wait on backoff)."""
    total = SendReport()
    ingesting.add_done_callback(lambda _done: committed.set())  # its end wakes us too
    while not ingesting.done():
        committed.clear()
        report = await send_due(engine, sender, clock, config.smtp.give_up_hours)
        total = _plus(total, report)
        if report.unavailable:
            break
        if _handled(report) == 0:
            await committed.wait()
    return total


def _handled(report: SendReport) -> int:
    return report.sent + report.retry + report.failed + report.unknown + report.released


def _plus(a: SendReport, b: SendReport) -> SendReport:
    return SendReport(
        sent=a.sent + b.sent,
        retry=a.retry + b.retry,
        failed=a.failed + b.failed,
        unknown=a.unknown + b.unknown,
        released=a.released + b.released,
        unavailable=b.unavailable or a.unavailable,
    )


@dataclass(frozen=True)
class OnceReport:
    """What `run_once` did."""

    ingest: PassReport
    escalations: int
    send: SendReport


def open_desk(config: Config, scaled_clock: bool = False) -> tuple[Engine, Desk]:
    """The engine (schema checked: SchemaError says what to run) and the desk.

    A SQLite file that does not exist is a SchemaError too, and is not created
    (`storage.database.open_database`).
    """
    engine = open_database(config.database_url)
    return engine, Desk.from_config(config, scaled_clock=scaled_clock)


def run_once(
    config: Config,
    *,
    clock: Callable[[], datetime] = utc_now,
    progress: Progress | None = None,
) -> OnceReport:
    """Ingest everything pending while sending what its batches queue, fire due escalations
    and digests, send the rest; then return."""
    engine, desk = open_desk(config)
    try:
        return asyncio.run(_run_once(config, engine, desk, clock, progress))
    finally:
        engine.dispose()


async def _run_once(
    config: Config,
    engine: Engine,
    desk: Desk,
    clock: Callable[[], datetime],
    progress: Progress | None,
) -> OnceReport:
    loop = asyncio.get_running_loop()
    committed = asyncio.Event()

    def batch_done(_fetched: object, outcomes: Sequence[object]) -> None:  # the ingest thread
        if outcomes:
            loop.call_soon_threadsafe(committed.set)

    sender = SmtpSender(config.smtp)
    ingesting = asyncio.ensure_future(
        asyncio.to_thread(_ingest, config, engine, desk, clock, progress, batch_done)
    )
    async with sender:
        try:
            beside = await send_beside(engine, sender, clock, config, ingesting, committed)
        finally:
            ingested = await ingesting  # an ingest failure is raised here, after the sends
        fired = deadlines.run_due(engine, desk, clock())
        digests.run_due(engine, desk, clock())  # due digests, each once per period
        rest = await send_all_due(engine, sender, clock, config)
    return OnceReport(ingested, fired, _plus(beside, rest))


def _ingest(
    config: Config,
    engine: Engine,
    desk: Desk,
    clock: Callable[[], datetime],
    progress: Progress | None,
    on_batch: Callable[[Sequence[Fetched], Sequence[Outcome]], None],
) -> PassReport:
    """One ingest pass over the inbox (on a thread of its own)."""
    parser = ParseWorker() if config.imap.parse_worker else None
    try:
        imap = ImapMailbox(config.imap)
        imap.connect()
        try:
            prepare_folders(imap, desk)
            return ingest_pass(
                imap,
                engine,
                desk,
                clock,
                full_scan=True,
                progress=progress,
                parser=parser,
                on_batch=on_batch,
            )
        finally:
            imap.close()
    finally:
        if parser is not None:
            parser.close()
