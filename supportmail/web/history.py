"""Compliance per day, with the settled past kept in memory: a day whose every ticket is past
its due has verdicts that no longer change, so it is read once an hour, not on every page.

A first response in time stays in time; one late, or none past due, stays a breach. Only a
ticket closed unanswered before its due and reopened later changes a settled day: the hourly
re-read catches it. Days are settled once the longest window, on a business calendar stretched
over nights, weekends and holidays, has surely ended: four windows and at least two weeks.

Reading the settled days is the one slow query of the dashboard (a year of 100,000 tickets:
~250 ms on SQLite), so no page waits for it when it can be helped: the server reads them when
it starts (`prime`), and an hourly re-read runs in a thread while pages go on using the days
read before, with the recent part counted from where those end.
"""

import logging
import threading
from datetime import UTC, datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session

from supportmail.core.types import Priority
from supportmail.desk import Desk
from supportmail.storage.dashboard import DayCompliance, compliance_by_day

log = logging.getLogger(__name__)

REFRESH = timedelta(hours=1)
KEPT = timedelta(weeks=53)  # the longest range the page offers, and a margin
# Days read longer ago than this are not shown while a re-read runs: the page reads them itself
# (the kept range would no longer reach back 52 weeks, and the recent part grows by a day a day).
USABLE = timedelta(days=1)


def settled_before(desk: Desk, now: datetime) -> datetime:
    """Midnight (UTC) before which every day's verdicts are final."""
    longest = max(desk.config.window_hours(p) for p in Priority)
    back = max(timedelta(days=14), timedelta(hours=4 * longest))
    day = (now - back).date()
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


class ComplianceHistory:
    """Per-day compliance: settled days from memory (re-read hourly), recent days from the
    database at every call. Safe to share between the server's threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # guards the fields below
        self._reading = threading.Lock()  # one read of the settled days at a time
        self._days: list[DayCompliance] = []
        self._read_at: datetime | None = None
        self._cutoff: datetime | None = None
        self._refresher: threading.Thread | None = None

    def days(
        self, session: Session, desk: Desk, now: datetime, since: datetime
    ) -> list[DayCompliance]:
        """The days from `since` to now."""
        with self._lock:
            kept, cutoff = self._days, self._cutoff
            fresh = self._fresh(now, settled_before(desk, now))
            usable = self._read_at is not None and self._read_at <= now < self._read_at + USABLE
        if not usable:
            # With the caller's session: a second connection could wait on the caller's own
            # transaction (an engine whose every transaction takes SQLite's write lock).
            self._read(session, desk, now)
            with self._lock:
                kept, cutoff = self._days, self._cutoff
        elif not fresh:
            engine = session.get_bind()
            assert isinstance(engine, Engine)
            self._refresh_later(engine, desk, now)
        assert cutoff is not None
        settled = [d for d in kept if d.day >= since.date()]
        # From where the kept days end: after midnight, until the re-read, a day more than usual.
        recent = compliance_by_day(session, now, max(since, cutoff))
        return settled + recent

    def prime(self, engine: Engine, desk: Desk, now: datetime) -> None:
        """Read the settled days through a session of its own, unless they are fresh."""
        with Session(engine) as session:
            self._read(session, desk, now)

    def _read(self, session: Session, desk: Desk, now: datetime) -> None:
        # Unless they are fresh: a caller that waited for another's read finds them so.
        with self._reading:
            cutoff = settled_before(desk, now)
            with self._lock:
                if self._fresh(now, cutoff):
                    return
            days = compliance_by_day(session, now, now - KEPT, until=cutoff)
            with self._lock:
                self._days, self._read_at, self._cutoff = days, now, cutoff

    def wait(self, timeout: float | None = None) -> None:
        """Wait for a re-read running in its thread, if any."""
        with self._lock:
            refresher = self._refresher
        if refresher is not None:
            refresher.join(timeout)

    def _fresh(self, now: datetime, cutoff: datetime) -> bool:
        return (
            self._read_at is not None
            and self._cutoff == cutoff
            and self._read_at <= now < self._read_at + REFRESH
        )

    def _refresh_later(self, engine: Engine, desk: Desk, now: datetime) -> None:
        with self._lock:
            if self._refresher is not None and self._refresher.is_alive():
                return
            self._refresher = threading.Thread(
                target=self._refresh,
                args=(engine, desk, now),
                name="supportmail-web-compliance",
                daemon=True,
            )
            self._refresher.start()

    def _refresh(self, engine: Engine, desk: Desk, now: datetime) -> None:
        # A thread of its own: a failure is logged, and the next page tries again.
        try:
            self.prime(engine, desk, now)
        except Exception:
            log.exception("dashboard: re-reading the settled compliance days failed")
