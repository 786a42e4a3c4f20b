"""The stages, wired: ingest, escalate, send. `run_once` does one pass of each and returns."""

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine

from supportmail.clock import utc_now
from supportmail.config import Config
from supportmail.desk import Desk
from supportmail.inbound.imap import ImapMailbox
from supportmail.inbound.ingest import PassReport, Progress, ingest_pass, prepare_folders
from supportmail.inbound.parse_worker import ParseWorker
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
    while True:
        report = await send_due(engine, sender, clock, config.smtp.give_up_hours)
        total = SendReport(
            sent=total.sent + report.sent,
            retry=total.retry + report.retry,
            failed=total.failed + report.failed,
            unknown=total.unknown + report.unknown,
            released=total.released + report.released,
            unavailable=report.unavailable or total.unavailable,
        )
        handled = report.sent + report.retry + report.failed + report.unknown + report.released
        if report.unavailable or handled == 0:
            # Done: this process claims nothing more; forget it so no one waits on its claims.
            await asyncio.to_thread(retire, engine, instance_id())
            return total


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
    """Ingest everything pending, fire due escalations, send what is due; then return."""
    engine, desk = open_desk(config)
    parser = ParseWorker() if config.imap.parse_worker else None
    try:
        imap = ImapMailbox(config.imap)
        imap.connect()
        try:
            prepare_folders(imap, desk)
            ingested = ingest_pass(
                imap, engine, desk, clock, full_scan=True, progress=progress, parser=parser
            )
        finally:
            imap.close()
            if parser is not None:
                parser.close()
        fired = deadlines.run_due(engine, desk, clock())
        digests.run_due(engine, desk, clock())  # due digests, each once per period
        sent = asyncio.run(send_all_due(engine, SmtpSender(config.smtp), clock, config))
    finally:
        engine.dispose()
    return OnceReport(ingested, fired, sent)
