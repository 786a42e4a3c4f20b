"""The scheduler and the ladder's "next-deadline" job, on a real SQLite database and a scaled clock.

With `ScaledClock(60)` and a P2 window of 0.01 h (36 s of desk time), the warning and the three
escalation levels of one ticket all come due within about 1.2 real seconds.
"""

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from supportmail.clock import RealClock, ScaledClock
from supportmail.config import Config, load_config
from supportmail.desk import Desk
from supportmail.inbound.imap import Fetched
from supportmail.inbound.process import process_batch
from supportmail.sla.scheduler import DeadlineKeeper, Scheduler
from supportmail.storage.tables import Outbox, Ticket
from supportmail.testbed import Testbed, TestbedSettings
from tests.support.daemon import customer_mail, write_config

SHORT_WINDOWS = "[priorities.P2]\nhours = 0.01\n[priorities.P3]\nhours = 0.01\n"


@pytest.fixture
def config(tmp_path: Path) -> Config:
    """A config whose P2/P3 windows are 36 s (no servers are used)."""
    offline = Testbed(TestbedSettings(directory=tmp_path / "unused"))
    return load_config(write_config(tmp_path, offline, extra=SHORT_WINDOWS))


@pytest.fixture
def db_url(config: Config) -> str:
    """The config's SQLite database (the shared `engine` fixture migrates it)."""
    return config.database_url


def new_ticket(engine: Engine, desk: Desk, at: datetime) -> Ticket:
    """Ingest one customer mail at desk time `at`; return its ticket."""
    raw = customer_mail("ladder", at.microsecond)
    process_batch(engine, desk, "INBOX", 1, [Fetched(uid=1, raw=raw, arrived_at=at)], at)
    with Session(engine) as session:
        return session.exec(select(Ticket)).one()


def ladder_rows(engine: Engine) -> list[tuple[str, int]]:
    """(kind, level) of every warning and escalation mail queued, in order."""
    with Session(engine) as session:
        rows = session.exec(
            select(Outbox.kind, Outbox.level)
            .where(col(Outbox.kind).in_(["warning", "escalation"]))
            .order_by(col(Outbox.id))
        ).all()
    return [(kind, level) for kind, level in rows]


def test_deadline_job_fires_each_step_on_time_and_rearms(config: Config, engine: Engine) -> None:
    """The job fires each ladder step at its deadline (never early), re-arms, then disarms.

    Whatever the machine's speed: a run that comes late may find the first escalation due as
    well, and then (the ladder's rule) the warning is dropped for it; that is the only
    difference a slow machine may make, and it is checked from the runs' own moments.
    """
    clock = ScaledClock(60)
    desk = Desk.from_config(config, scaled_clock=True)
    ticket = new_ticket(engine, desk, clock.now())
    window = timedelta(hours=0.01)
    due = [ticket.clock_started_at + window * share for share in (0.75, 1.0, 1.5, 2.0)]
    assert ticket.next_deadline == due[0]
    queued: list[int] = []
    runs: list[tuple[datetime, int]] = []

    async def scenario() -> None:
        scheduler = Scheduler(clock)
        scheduler.start()

        async def after_fire(fired: int) -> None:
            queued.append(fired)

        keeper = DeadlineKeeper(scheduler, lambda: engine, lambda: desk, after_fire)
        try:
            assert await keeper.rearm() == due[0]
            assert scheduler.deadline_wall_time() is not None
            # The ladder takes ~1.2 s of real time on a quiet machine; the generous deadline
            # only bounds a hang. Idle means the last run re-armed to nothing, not merely that
            # the job left the store (it does so the moment it fires, while its run goes on).
            limit = asyncio.get_running_loop().time() + 120
            while not keeper.idle and asyncio.get_running_loop().time() < limit:
                await asyncio.sleep(0.05)
            assert scheduler.deadline_wall_time() is None
            runs.extend(keeper.fired)
        finally:
            await scheduler.stop(within=30)

    asyncio.run(scenario())
    steps = [("warning", 0), ("escalation", 1), ("escalation", 2), ("escalation", 3)]
    # The run that fired the warning, if it came after the first escalation was due too,
    # fired the escalation instead (a warning is dropped once an escalation is due).
    warning_run = min(at for at, fired in runs if fired and at >= due[0])
    expected = steps if warning_run < due[1] else steps[1:]
    assert ladder_rows(engine) == expected
    assert sum(queued) == len(expected)  # each step queued its one mail, none twice
    deadlines_of = dict(zip(steps, due, strict=True))
    for (created, level), step in zip(queued_at(engine), expected, strict=True):
        assert level == step[1]
        assert created >= deadlines_of[step]  # never before its deadline
    with Session(engine) as session:
        assert session.exec(select(Ticket.next_deadline)).one() is None


def queued_at(engine: Engine) -> list[tuple[datetime, int]]:
    """(created_at in desk time, level) of the ladder's rows, in order."""
    with Session(engine) as session:
        rows = session.exec(
            select(Outbox.created_at, Outbox.level)
            .where(col(Outbox.kind).in_(["warning", "escalation"]))
            .order_by(col(Outbox.id))
        ).all()
    return [(at, level) for at, level in rows]


def test_steps_missed_while_down_fire_once_at_start(config: Config, engine: Engine) -> None:
    """A sweep after downtime fires every missed step; another sweep (a restart) fires none."""
    received = datetime(2025, 3, 4, 10, 0, tzinfo=UTC)
    desk = Desk.from_config(config, scaled_clock=True)
    new_ticket(engine, desk, received)
    later = ScaledClock(1.0, start=received + timedelta(days=3))

    async def sweep() -> None:
        scheduler = Scheduler(later)
        scheduler.start()
        fired: list[int] = []

        async def after_fire(count: int) -> None:
            fired.append(count)

        try:
            await DeadlineKeeper(scheduler, lambda: engine, lambda: desk, after_fire).sweep()
        finally:
            scheduler.shutdown()

    asyncio.run(sweep())
    first = ladder_rows(engine)
    assert ("escalation", 3) in first
    asyncio.run(sweep())
    assert ladder_rows(engine) == first
    assert len(first) == len(set(first))


def test_interval_jobs_run_and_are_replaced_by_name() -> None:
    """`every` runs a job repeatedly; scheduling the same name again replaces it."""
    runs: dict[str, int] = {"a": 0, "b": 0}

    async def scenario() -> list[str]:
        scheduler = Scheduler(RealClock())
        scheduler.start()

        async def job_a() -> None:
            runs["a"] += 1

        async def job_b() -> None:
            runs["b"] += 1

        loop = asyncio.get_running_loop()

        async def until(check: Callable[[], bool], what: str) -> None:
            limit = loop.time() + 60  # bounds a hang only: a busy machine may be slow
            while not check():
                assert loop.time() < limit, f"timed out waiting for {what}"
                await asyncio.sleep(0.01)

        try:
            scheduler.every("tick", 0.05, job_a, now=True)
            await until(lambda: runs["a"] >= 2, "job_a to run twice")
            scheduler.every("tick", 0.05, job_b, now=True)
            # Once job_b has run, a run of job_a handed to the loop before the swap has ended.
            await until(lambda: runs["b"] >= 1, "job_b's first run")
            before = runs["a"]
            await until(lambda: runs["b"] >= 3, "two more runs of job_b")
            assert runs["a"] == before
            return scheduler.job_names()
        finally:
            scheduler.shutdown()

    assert asyncio.run(scenario()) == ["tick"]
    assert runs["a"] >= 2
    assert runs["b"] >= 2


def test_scaled_clock_converts_desk_time_to_wall_time() -> None:
    """At scale 3600 an hour of desk time is a real second; past moments are already due."""
    clock = ScaledClock(3600, start=datetime(2025, 1, 1, tzinfo=UTC))
    hour_later = clock.now() + timedelta(hours=1)
    assert 0.9 < clock.seconds_until(hour_later) <= 1.0
    wall = clock.to_wall(hour_later) - datetime.now(UTC)
    assert timedelta(seconds=0.9) < wall <= timedelta(seconds=1)
    assert clock.seconds_until(clock.start) < 0
    real = RealClock()
    moment = datetime(2030, 1, 1, tzinfo=UTC)
    assert real.to_wall(moment) == moment
