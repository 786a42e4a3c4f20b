"""SLA clock math: when a first response is due, how much time is left, and how to say so.

Support is 24x7, so a window counts calendar hours by default: due = received + hours. A
BusinessCalendar, when given, counts only working time, in the calendar's own time zone: opening
hours are local wall-clock times resolved with zoneinfo each day (so 09:00 stays 09:00 across a
DST change), and the elapsed time inside them is measured in real (UTC) time. The result is UTC.

Every function here is a pure function of its arguments; `now` is always passed in, never read.
A wall clock that jumps backwards therefore only makes `remaining` larger and `is_breached`
false for a while; nothing is stored here, so nothing can be left inconsistent.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from types import MappingProxyType
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from supportmail.core.types import Priority

DEFAULT_WINDOW_HOURS: Mapping[Priority, float] = MappingProxyType(
    {Priority.P0: 24.0, Priority.P1: 36.0, Priority.P2: 48.0, Priority.P3: 72.0}
)
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def require_aware(value: datetime, name: str = "datetime") -> None:
    """Raise ValueError unless `value` is timezone-aware."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got naive {value.isoformat()}")


@dataclass(frozen=True)
class BusinessCalendar:
    """Working time: local opening hours on workdays (0 = Monday), minus holidays."""

    timezone: str
    workdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    start: time = time(9)
    end: time = time(17)
    holidays: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {self.timezone!r}") from None
        if not self.workdays or not self.workdays <= frozenset(range(7)):
            raise ValueError(f"workdays must be a non-empty subset of 0..6, got {self.workdays}")
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise ValueError("start and end are local wall-clock times, without tzinfo")
        if not self.start < self.end:
            # Overnight shifts would need two segments per day; nobody has asked for them.
            raise ValueError(f"start {self.start} must be before end {self.end}")

    def is_working_day(self, day: date) -> bool:
        """True when `day` is a workday and not a holiday."""
        return day.weekday() in self.workdays and day not in self.holidays

    def describe(self) -> str:
        """E.g. "business hours Mon-Fri 09:00-17:00 Europe/Berlin, 2 holidays"."""
        days = sorted(self.workdays)
        if days == list(range(days[0], days[-1] + 1)) and len(days) > 1:
            day_text = f"{_DAYS[days[0]]}-{_DAYS[days[-1]]}"
        else:
            day_text = ",".join(_DAYS[d] for d in days)
        hours = f"{self.start:%H:%M}-{self.end:%H:%M}"
        text = f"business hours {day_text} {hours} {self.timezone}"
        if self.holidays:
            text += f", {len(self.holidays)} holiday{'s' if len(self.holidays) != 1 else ''}"
        return text


def _check_hours(hours: float) -> None:
    """Raise ValueError unless `hours` is a finite number of hours, zero or more."""
    if not math.isfinite(hours) or hours < 0:
        raise ValueError(f"hours must be finite and >= 0, got {hours}")


def due_at(received: datetime, hours: float, calendar: BusinessCalendar | None = None) -> datetime:
    """The moment (UTC) `hours` of support time after `received`: calendar or business hours."""
    require_aware(received, "received")
    _check_hours(hours)
    start = received.astimezone(UTC)
    if calendar is None:
        return start + timedelta(hours=hours)
    return _add_working_time(start, timedelta(hours=hours), calendar)


def _add_working_time(start: datetime, left: timedelta, calendar: BusinessCalendar) -> datetime:
    """Walk the calendar day by day from `start` (UTC) until `left` working time is used up."""
    zone = ZoneInfo(calendar.timezone)
    day = start.astimezone(zone).date()
    day_hours = (
        datetime.combine(date.min, calendar.end) - datetime.combine(date.min, calendar.start)
    ) / timedelta(hours=1)
    # Never reached with a valid calendar; bounds the walk even if DST halves a short day.
    limit = len(calendar.holidays) + 7 * (math.ceil(2 * left / timedelta(hours=day_hours)) + 2)
    for _ in range(limit):
        if calendar.is_working_day(day):
            # combine() with a ZoneInfo resolves the wall-clock time for that very day (DST-safe);
            # the subtraction below is then in real elapsed time.
            opens = datetime.combine(day, calendar.start, zone).astimezone(UTC)
            closes = datetime.combine(day, calendar.end, zone).astimezone(UTC)
            begin = max(opens, start)
            if begin <= closes:
                available = closes - begin
                if left <= available:
                    return begin + left
                left -= available
        day += timedelta(days=1)
    raise ValueError(f"calendar {calendar.describe()} has no working time left")


@dataclass(frozen=True)
class Window:
    """The first-response window for one priority: so many hours, on a calendar or 24x7."""

    priority: Priority
    hours: float
    calendar: BusinessCalendar | None = None

    def __post_init__(self) -> None:
        _check_hours(self.hours)

    def due(self, received: datetime) -> datetime:
        """When the first response to a message received at `received` is due (UTC)."""
        return due_at(received, self.hours, self.calendar)

    def describe(self) -> str:
        """E.g. "first response within 36 h (calendar hours, 24x7)"."""
        basis = "calendar hours, 24x7" if self.calendar is None else self.calendar.describe()
        return f"first response within {self.hours:g} h ({basis})"


def remaining(now: datetime, due: datetime) -> timedelta:
    """Time left until `due`; negative once it has passed."""
    require_aware(now, "now")
    require_aware(due, "due")
    return due - now


def is_breached(now: datetime, due: datetime) -> bool:
    """True from the due moment on (the deadline itself counts as lapsed)."""
    return remaining(now, due) <= timedelta(0)


def format_due(dt: datetime, timezone: str = "UTC") -> str:
    """E.g. "Fri 27 Nov 2026, 14:00 UTC"; English names whatever the process locale."""
    require_aware(dt)
    local = dt.astimezone(UTC if timezone == "UTC" else ZoneInfo(timezone))
    day, month = _DAYS[local.weekday()], _MONTHS[local.month - 1]
    return f"{day} {local.day} {month} {local.year}, {local.hour:02d}:{local.minute:02d} {timezone}"


def format_duration(delta: timedelta, style: Literal["short", "words"] = "short") -> str:
    """A length, sign dropped, seconds truncated: the one duration formatter.

    "short" (tables, logs): every unit, "1 d 3 h 12 min", "0 min" below a minute. "words"
    (staff mail): the two largest units spelled out, "2 days 3 hours", "5 hours 12 minutes".
    """
    minutes = int(abs(delta).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if style == "words":
        units = [(days, "day"), (hours, "hour"), (mins, "minute")]
        first = next((i for i, (n, _) in enumerate(units) if n), 2)
        shown = [units[first], *(u for u in units[first + 1 : first + 2] if u[0])]
        return " ".join(f"{n} {unit}" if n == 1 else f"{n} {unit}s" for n, unit in shown)
    parts = [f"{days} d"] if days else []
    if hours:
        parts.append(f"{hours} h")
    if mins or not parts:
        parts.append(f"{mins} min")
    return " ".join(parts)


@dataclass(frozen=True)
class SlaExplanation:
    """Why a ticket is due when it is: receipt, window, due moment and, given `now`, the state."""

    received: datetime
    window: Window
    due: datetime
    now: datetime | None = None

    def lines(self) -> list[str]:
        """The explanation as lines a person reads (for `supportmail sla N`)."""
        due_text = f"due {format_due(self.due)}"
        if self.window.calendar is not None:
            due_text += f" ({format_due(self.due, self.window.calendar.timezone)})"
        out = [
            f"received {format_due(self.received)}",
            f"priority {self.window.priority}: {self.window.describe()}",
            due_text,
        ]
        if self.now is not None:
            left = remaining(self.now, self.due)
            state = (
                f"breached {format_duration(left)} ago"
                if left <= timedelta(0)
                else f"{format_duration(left)} left"
            )
            out.append(f"now {format_due(self.now)}: {state}")
        return out


def explain(received: datetime, window: Window, now: datetime | None = None) -> SlaExplanation:
    """The explanation of when a message received at `received` is due under `window`."""
    require_aware(received, "received")
    if now is not None:
        require_aware(now, "now")
    return SlaExplanation(received.astimezone(UTC), window, window.due(received), now)


def explain_due(received: datetime, window: Window, now: datetime | None = None) -> list[str]:
    """Human-readable lines: received, window, due, and (given `now`) time left or overdue."""
    return explain(received, window, now).lines()
