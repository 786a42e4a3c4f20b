"""The daemon's alarm clock: APScheduler 3.11 (`AsyncIOScheduler`), the only module importing it.

It holds no policy. Interval jobs wake the stages (IMAP catch-up poll, outbox retries, a ladder
sweep, the systemd watchdog); one `DateTrigger` job, "next-deadline", wakes the escalation
ladder at the earliest `Ticket.next_deadline`: never a job per ticket. `DeadlineKeeper` re-arms
it from the database after every pass that can change tickets. Deadlines are moments of the
daemon's `Clock`; they are converted to wall time here, so a scaled demo clock fires on time.
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.engine import Engine
from sqlmodel import Session

from supportmail.clock import Clock
from supportmail.desk import Desk
from supportmail.errors import TransientError
from supportmail.sla import deadlines

log = logging.getLogger(__name__)

Job = Callable[[], Awaitable[None]]
DEADLINE_JOB = "next-deadline"


class Scheduler:
    """Named jobs on the running event loop: coroutine functions that never overlap themselves."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        # A late job runs late rather than never (misfire_grace_time=None); runs missed while the
        # loop was busy are coalesced into one.
        self._aps = AsyncIOScheduler(
            timezone=UTC,
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )
        self._running: set[asyncio.Task[Any]] = set()

    def start(self) -> None:
        """Start firing jobs (call from inside the running event loop)."""
        self._aps.start()

    def shutdown(self) -> None:
        """Stop firing jobs; a job already running is left to finish on the loop."""
        if self._aps.running:
            self._aps.shutdown(wait=False)

    async def stop(self, within: float) -> None:
        """Stop firing jobs and wait up to `within` seconds for the runs already started.

        A fired job may have committed its work and be sending the mail it queued: leaving the
        loop before it ends would cancel it half-way (the mail then waits for the next start).
        """
        self.shutdown()
        running = {task for task in self._running if not task.done()}
        if running:
            _done, late = await asyncio.wait(running, timeout=within)
            if late:
                log.warning("stop: %d scheduled job run(s) did not finish in time", len(late))

    def running_jobs(self) -> int:
        """How many job runs are in progress right now."""
        return sum(1 for task in self._running if not task.done())

    def every(self, name: str, seconds: float, job: Job, *, now: bool = False) -> None:
        """Run `job` every `seconds` (real), replacing a job of that name; `now`: also at once."""
        trigger = IntervalTrigger(seconds=seconds, timezone=UTC)
        extra: dict[str, Any] = {"next_run_time": datetime.now(UTC)} if now else {}
        self._aps.add_job(
            self._guarded(name, job), trigger, id=name, replace_existing=True, **extra
        )

    def arm_deadline(self, when: datetime | None, job: Job) -> None:
        """Run `job` once when the daemon's clock shows `when`; None disarms it."""
        if when is None:
            if self._aps.get_job(DEADLINE_JOB) is not None:
                self._aps.remove_job(DEADLINE_JOB)
            return
        wall = max(self.clock.to_wall(when), datetime.now(UTC))
        self._aps.add_job(
            self._guarded(DEADLINE_JOB, job),
            DateTrigger(run_date=wall, timezone=UTC),
            id=DEADLINE_JOB,
            replace_existing=True,
            # The keeper serialises runs itself; a re-arm for "now" must not be refused because
            # the previous run is still unwinding.
            max_instances=3,
        )

    def deadline_wall_time(self) -> datetime | None:
        """When (wall time) the "next-deadline" job will run, or None when disarmed."""
        job = self._aps.get_job(DEADLINE_JOB)
        return None if job is None else job.next_run_time

    def job_names(self) -> list[str]:
        """The names of the scheduled jobs."""
        return sorted(job.id for job in self._aps.get_jobs())

    def _guarded(self, name: str, job: Job) -> Job:
        """`job`, logging its failures (one failing run must not stop the next), and tracked
        while it runs so `stop` can wait for it."""

        async def run() -> None:
            task = asyncio.current_task()
            if task is not None:
                self._running.add(task)
                task.add_done_callback(self._running.discard)
            try:
                await job()
            except TransientError as exc:
                log.warning("%s: will retry: %s", name, exc)
            except Exception:
                log.exception("%s failed", name)

        return run


class DeadlineKeeper:
    """Keeps the "next-deadline" job at the earliest ticket deadline and fires the ladder there.

    Each run calls `deadlines.run_due` (in a worker thread: it is database work), hands the number
    of queued mails to `after_fire` (the daemon sends the outbox at once), and re-arms.
    """

    def __init__(
        self,
        scheduler: Scheduler,
        engine: Callable[[], Engine],
        desk: Callable[[], Desk],
        after_fire: Callable[[int], Awaitable[None]],
    ) -> None:
        self.scheduler = scheduler
        self.clock = scheduler.clock
        self._engine = engine
        self._desk = desk
        self._after_fire = after_fire
        self._lock = asyncio.Lock()
        self._arm_lock = asyncio.Lock()
        self.armed_for: datetime | None = None  # the daemon-clock moment armed
        self.runs_in_progress = 0  # fired runs not yet re-armed (the job itself is gone by then)
        self.fired: list[tuple[datetime, int]] = []  # (daemon time, mails queued) of recent runs

    async def rearm(self) -> datetime | None:
        """Read the earliest deadline from the database and arm the job for it; return it."""
        async with self._arm_lock:  # a slower, older read must not arm over a newer one
            when = await asyncio.to_thread(self._next_deadline)
            self.armed_for = when

            async def on_time() -> None:
                await self._run(when)

            self.scheduler.arm_deadline(when, on_time)
        return when

    def _next_deadline(self) -> datetime | None:
        with Session(self._engine()) as session:
            return deadlines.next_deadline(session)

    async def sweep(self) -> None:
        """Fire whatever is due now (the periodic safety net and the start-up catch-up)."""
        await self._run(None)

    async def _run(self, armed_for: datetime | None) -> None:
        """Fire every due ladder step, let the caller send, then re-arm."""
        self.runs_in_progress += 1
        try:
            await self._run_locked(armed_for)
        finally:
            self.runs_in_progress -= 1

    @property
    def idle(self) -> bool:
        """No deadline armed and no run in progress: the ladder has nothing left to do."""
        return self.armed_for is None and self.runs_in_progress == 0

    async def _run_locked(self, armed_for: datetime | None) -> None:
        async with self._lock:
            now = self.clock.now()
            if armed_for is not None and now < armed_for:
                # The job armed for this very moment woke us: the gap is the rounding of the
                # clock conversion (scaled clock), not time still to wait.
                now = armed_for
            fired = await asyncio.to_thread(deadlines.run_due, self._engine(), self._desk(), now)
            self.fired = [*self.fired[-99:], (now, fired)]
            if fired:
                log.info("ladder: %s mail(s) queued", fired)
            await self._after_fire(fired)
            await self.rearm()
