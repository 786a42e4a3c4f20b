"""Sending loops of `run --once`: beside the ingest, and everything due after it (used in
this process and in the send worker's)."""

import asyncio
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine

from supportmail.config import Config
from supportmail.outbound.sender import SendReport, instance_id, retire, send_due
from supportmail.outbound.smtp import SmtpSender


async def send_all_due(
    engine: Engine, sender: SmtpSender, clock: Callable[[], datetime], config: Config
) -> SendReport:
    """Send every due outbox row, batch after batch, until none is left or the server is away."""
    total = SendReport()
    async with sender:  # one pool of connections for every batch
        while True:
            report = await send_due(engine, sender, clock, config.smtp.give_up_hours)
            total = plus(total, report)
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
    ingesting: "asyncio.Future[Any]",
    committed: asyncio.Event,
) -> SendReport:
    """Send what is due until `ingesting` is done, woken by `committed` (set after each
    batch); return then, or when the server is away (the rows wait on backoff)."""
    total = SendReport()
    ingesting.add_done_callback(lambda _done: committed.set())  # its end wakes us too
    while not ingesting.done():
        committed.clear()
        report = await send_due(engine, sender, clock, config.smtp.give_up_hours)
        total = plus(total, report)
        if report.unavailable:
            break
        if _handled(report) == 0:
            await committed.wait()
    return total


def _handled(report: SendReport) -> int:
    return report.sent + report.retry + report.failed + report.unknown + report.released


def plus(a: SendReport, b: SendReport) -> SendReport:
    """Two reports as one."""
    return SendReport(
        sent=a.sent + b.sent,
        retry=a.retry + b.retry,
        failed=a.failed + b.failed,
        unknown=a.unknown + b.unknown,
        released=a.released + b.released,
        unavailable=b.unavailable or a.unavailable,
    )
