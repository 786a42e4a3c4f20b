"""Compliance per day, with the settled past kept in memory: a day whose every ticket is past
its due has verdicts that no longer change, so it is read once an hour, not on every page.

A first response in time stays in time; one late, or none past due, stays a breach. Only a
ticket closed unanswered before its due and reopened later changes a settled day: the hourly
re-read catches it. Days are settled once the longest window, on a business calendar stretched
over nights, weekends and holidays, has surely ended: four windows and at least two weeks.
"""

import threading
from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from supportmail.core.types import Priority
from supportmail.desk import Desk
from supportmail.storage.dashboard import DayCompliance, compliance_by_day

REFRESH = timedelta(hours=1)
KEPT = timedelta(weeks=53)  # the longest range the page offers, and a margin


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
        self._lock = threading.Lock()
        self._days: list[DayCompliance] = []
        self._read_at: datetime | None = None
        self._cutoff: datetime | None = None

    def days(
        self, session: Session, desk: Desk, now: datetime, since: datetime
    ) -> list[DayCompliance]:
        """The days from `since` to now."""
        cutoff = settled_before(desk, now)
        with self._lock:
            stale = (
                self._read_at is None
                or self._cutoff != cutoff
                or not self._read_at <= now < self._read_at + REFRESH
            )
            if stale:
                self._days = compliance_by_day(session, now, now - KEPT, until=cutoff)
                self._read_at, self._cutoff = now, cutoff
            settled = [d for d in self._days if d.day >= since.date()]
        recent = compliance_by_day(session, now, max(since, cutoff))
        return settled + recent
