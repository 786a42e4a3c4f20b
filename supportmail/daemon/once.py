"""The stages, wired: ingest, escalate, send. `run_once` does one pass of each and returns.

The outbox is sent beside the ingest: every committed batch wakes the sender, so a backlog's
mail goes out over the SMTP connections while the next batches are read and written (ingest
runs on a thread, sending on the event loop; from a pass's second batch on, in a worker
process: `send_worker`, and once the ingest is done from this process beside it). What the
ladder and the digests queue after the ingest goes out last, over the same connections."""

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine

from supportmail.clock import utc_now
from supportmail.config import Config
from supportmail.daemon.prefork import ForkedChild, Worker, fork_workers
from supportmail.daemon.readerfork import PARSE_WORKER_NAME
from supportmail.daemon.send_worker import SendWorker, forked_serve
from supportmail.daemon.sending import plus, send_all_due, send_beside
from supportmail.desk import Desk
from supportmail.inbound.imap import Fetched, ImapMailbox
from supportmail.inbound.ingest import PassReport, Progress, ingest_pass, prepare_folders
from supportmail.inbound.parse_worker import ParseWorker, serve_primed
from supportmail.inbound.process import Outcome
from supportmail.outbound.sender import SendReport
from supportmail.outbound.smtp import SmtpSender
from supportmail.sla import deadlines, digests
from supportmail.storage.database import open_database

log = logging.getLogger(__name__)

# The parse and send workers are forked from this process before the pass starts a thread
# (`daemon.prefork`: ready at once, nothing imported twice); off, or where forking is unsafe,
# they are fresh interpreters started when first needed.
PREFORK = True
SEND_WORKER_NAME = "sm-send"  # what ps and top show for it (/proc/PID/comm)

# With the ingest done this process has a core to spare: it sends beside the worker (each
# claims its own rows, so nothing goes twice) until nothing is due, instead of waiting for the
# worker alone (scripts/bench/backlog, 2,000 mails on SQLite, against the code before in the
# same run: the sending after the ingest 155-175 -> 214-216 mails/s, end to end 13 % sooner).
HELP_AFTER_INGEST = True


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
    parse_worker: ForkedChild | None = None,
) -> OnceReport:
    """Ingest everything pending while sending what its batches queue, fire due escalations
    and digests, send the rest; then return. `parse_worker`: the pass's parse worker, forked
    already (`daemon.readerfork`, before this module was imported); this pass ends it."""
    workers = _fork_workers(config, clock, parse_worker)
    try:
        engine, desk = open_desk(config)
    except BaseException:
        for child in (workers.parse, workers.send):
            if child is not None:
                child.end()
        raise
    try:
        return asyncio.run(_run_once(config, engine, desk, clock, progress, workers))
    finally:
        engine.dispose()


@dataclass(frozen=True)
class _Forked:
    """The workers forked for a pass, each handed to its owner (or None: started when needed)."""

    parse: ForkedChild | None = None
    send: ForkedChild | None = None


def _fork_workers(
    config: Config, clock: Callable[[], datetime], parse_worker: ForkedChild | None = None
) -> _Forked:
    """The parse and send workers the pass may use, forked now, before anything here starts a
    thread or opens a connection (`daemon.prefork`); none when forking is off or unsafe. A
    parse worker forked already (`parse_worker`) is the pass's."""
    parse = config.imap.parse_worker and parse_worker is None
    send = config.smtp.send_worker and clock is utc_now
    if not PREFORK or not (parse or send):
        return _Forked(parse_worker)
    # A forked parse worker loads the readers at once: until its first batch is fetched it
    # has nothing else to do.
    workers: list[Worker] = [(serve_primed, PARSE_WORKER_NAME)] if parse else []
    if send:
        workers.append((forked_serve(config), SEND_WORKER_NAME))
    children = fork_workers(workers)
    if len(children) < len(workers):  # a fork failed: fresh interpreters, as without forking
        for child in children:
            child.end()
        return _Forked(parse_worker)
    return _Forked(parse_worker or (children[0] if parse else None), children[-1] if send else None)


async def _run_once(
    config: Config,
    engine: Engine,
    desk: Desk,
    clock: Callable[[], datetime],
    progress: Progress | None,
    workers: _Forked = _Forked(),
) -> OnceReport:
    loop = asyncio.get_running_loop()
    committed = asyncio.Event()
    # From a pass's second batch on, a worker process sends (`send_worker`: a backlog's
    # sending no longer takes turns with its ingest on this interpreter); the first batch's
    # mail goes out from here, as does a small pass's. A test's clock cannot go along.
    worker = (
        SendWorker(config, forked=workers.send)
        if config.smtp.send_worker and clock is utc_now
        else None
    )
    until = loop.create_future()  # this process sends beside the ingest until this is done
    batches = 0

    def hand_over() -> None:
        if not until.done():
            until.set_result(None)

    def batch_done(_fetched: object, outcomes: Sequence[object]) -> None:  # the ingest thread
        nonlocal batches
        if not outcomes:
            return
        batches += 1
        if worker is not None and batches >= 2:
            worker.wake()
            if worker.started:
                loop.call_soon_threadsafe(hand_over)
        loop.call_soon_threadsafe(committed.set)

    sender = SmtpSender(config.smtp)
    ingesting = asyncio.ensure_future(
        asyncio.to_thread(_ingest, config, engine, desk, clock, progress, batch_done, workers.parse)
    )
    ingesting.add_done_callback(lambda _done: hand_over())
    handed = SendReport()
    async with sender:
        try:
            beside = await send_beside(engine, sender, clock, config, until, committed)
        finally:
            try:
                ingested = await ingesting  # an ingest failure is raised here, after the sends
            finally:
                if worker is not None:  # it sends what is left of the pass, then stops
                    finishing = asyncio.ensure_future(asyncio.to_thread(worker.finish))
                    helped = SendReport()
                    try:
                        if HELP_AFTER_INGEST:
                            helped = await send_all_due(engine, sender, clock, config)
                    finally:
                        handed = plus(await finishing, helped)
        fired = deadlines.run_due(engine, desk, clock())
        digests.run_due(engine, desk, clock())  # due digests, each once per period
        # And whatever a failed worker left: its claims are free now that it is gone.
        rest = await send_all_due(engine, sender, clock, config)
    return OnceReport(ingested, fired, plus(plus(beside, handed), rest))


def _ingest(
    config: Config,
    engine: Engine,
    desk: Desk,
    clock: Callable[[], datetime],
    progress: Progress | None,
    on_batch: Callable[[Sequence[Fetched], Sequence[Outcome]], None],
    forked: ForkedChild | None = None,
) -> PassReport:
    """One ingest pass over the inbox (on a thread of its own)."""
    parser = ParseWorker(forked=forked) if config.imap.parse_worker else None
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
