"""Table tests for the SLA clock: windows, business calendars across DST, formatting."""

import time as clock
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from supportmail.core.sla import (
    DEFAULT_WINDOW_HOURS,
    BusinessCalendar,
    Window,
    due_at,
    explain_due,
    format_due,
    format_duration,
    is_breached,
    remaining,
)
from supportmail.core.types import Priority

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
OFFICE = BusinessCalendar("Europe/Berlin")  # Mon-Fri 09:00-17:00
RECEIVED = datetime(2026, 11, 25, 14, 2, tzinfo=UTC)  # a Wednesday


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A UTC datetime."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("priority", "hours"),
    [(Priority.P0, 24), (Priority.P1, 36), (Priority.P2, 48), (Priority.P3, 72)],
)
def test_each_priority_window_in_calendar_hours(priority: Priority, hours: int) -> None:
    """Support is 24x7: due is receipt plus the policy's hours, weekends included."""
    assert DEFAULT_WINDOW_HOURS[priority] == hours
    assert Window(priority, DEFAULT_WINDOW_HOURS[priority]).due(RECEIVED) == RECEIVED + timedelta(
        hours=hours
    )


def test_due_is_utc_whatever_the_input_zone() -> None:
    """An aware receipt in any zone gives the same due moment, expressed in UTC."""
    local = RECEIVED.astimezone(NEW_YORK)
    due = due_at(local, 36)
    assert due == utc(2026, 11, 27, 2, 2) and due.tzinfo is UTC


@pytest.mark.parametrize(
    ("received", "hours", "calendar", "expected"),
    [
        # within one day, and ending exactly at closing time (not next morning)
        (datetime(2026, 3, 2, 10, 0, tzinfo=BERLIN), 2, OFFICE, utc(2026, 3, 2, 11, 0)),
        (datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN), 8, OFFICE, utc(2026, 3, 2, 16, 0)),
        # before opening counts from opening; after closing from the next morning
        (datetime(2026, 3, 2, 6, 0, tzinfo=BERLIN), 1, OFFICE, utc(2026, 3, 2, 9, 0)),
        (datetime(2026, 3, 2, 20, 0, tzinfo=BERLIN), 1, OFFICE, utc(2026, 3, 3, 9, 0)),
        # Friday afternoon rolls over the weekend; Saturday starts Monday
        (datetime(2026, 3, 6, 16, 0, tzinfo=BERLIN), 2, OFFICE, utc(2026, 3, 9, 9, 0)),
        (datetime(2026, 3, 7, 12, 0, tzinfo=BERLIN), 1, OFFICE, utc(2026, 3, 9, 9, 0)),
        # 24 working hours = three full days
        (datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN), 24, OFFICE, utc(2026, 3, 4, 16, 0)),
        # a holiday Monday is skipped too
        (
            datetime(2026, 4, 3, 16, 0, tzinfo=BERLIN),
            2,
            BusinessCalendar("Europe/Berlin", holidays=frozenset({date(2026, 4, 6)})),
            utc(2026, 4, 7, 8, 0),
        ),
    ],
)
def test_business_calendar_weekends_holidays(
    received: datetime, hours: float, calendar: BusinessCalendar, expected: datetime
) -> None:
    """Only working time counts: opening hours on workdays that are not holidays."""
    assert due_at(received, hours, calendar) == expected


NIGHT = BusinessCalendar("Europe/Berlin", frozenset(range(7)), time(1), time(5))


@pytest.mark.parametrize(
    ("received", "hours", "calendar", "expected"),
    [
        # Berlin spring forward (Sun 29 Mar 2026): 09:00 stays 09:00 local, one hour earlier UTC
        (datetime(2026, 3, 27, 16, 0, tzinfo=BERLIN), 2, OFFICE, utc(2026, 3, 30, 8, 0)),
        # Berlin fall back (Sun 25 Oct 2026): 09:00 local is one hour later in UTC
        (datetime(2026, 10, 23, 16, 0, tzinfo=BERLIN), 2, OFFICE, utc(2026, 10, 26, 9, 0)),
        # New York spring forward (Sun 8 Mar 2026) and fall back (Sun 1 Nov 2026)
        (
            datetime(2026, 3, 6, 16, 0, tzinfo=NEW_YORK),
            2,
            BusinessCalendar("America/New_York"),
            utc(2026, 3, 9, 14, 0),
        ),
        (
            datetime(2026, 10, 30, 16, 0, tzinfo=NEW_YORK),
            2,
            BusinessCalendar("America/New_York"),
            utc(2026, 11, 2, 15, 0),
        ),
        # hours spanning the jump itself: 01:00-05:00 local holds 3 real hours on 29 Mar ...
        (datetime(2026, 3, 29, 0, 0, tzinfo=BERLIN), 4, NIGHT, utc(2026, 3, 30, 0, 0)),
        # ... and 5 real hours on 25 Oct
        (datetime(2026, 10, 25, 0, 0, tzinfo=BERLIN), 5, NIGHT, utc(2026, 10, 25, 4, 0)),
    ],
)
def test_business_calendar_across_dst(
    received: datetime, hours: float, calendar: BusinessCalendar, expected: datetime
) -> None:
    """Opening hours follow local wall-clock time across DST; elapsed work is real time."""
    assert due_at(received, hours, calendar) == expected


def test_naive_datetimes_are_rejected() -> None:
    """Every entry point refuses naive datetimes rather than guessing a zone."""
    naive = datetime(2026, 3, 2, 10, 0)  # noqa: DTZ001 -- the point of the test
    window = Window(Priority.P1, DEFAULT_WINDOW_HOURS[Priority.P1])
    calls: list[Any] = [
        lambda: due_at(naive, 1),
        lambda: due_at(naive, 1, OFFICE),
        lambda: remaining(naive, RECEIVED),
        lambda: is_breached(RECEIVED, naive),
        lambda: format_due(naive),
        lambda: explain_due(naive, window),
        lambda: explain_due(RECEIVED, window, now=naive),
    ]
    for call in calls:
        with pytest.raises(ValueError, match="timezone-aware"):
            call()


@pytest.mark.parametrize("hours", [-1.0, float("nan"), float("inf")])
def test_bad_hours_are_rejected(hours: float) -> None:
    """A window must be a finite, non-negative number of hours."""
    with pytest.raises(ValueError, match="hours"):
        due_at(RECEIVED, hours)
    with pytest.raises(ValueError, match="hours"):
        Window(Priority.P1, hours)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"timezone": "Mars/Olympus"}, "unknown time zone"),
        ({"timezone": "UTC", "workdays": frozenset()}, "workdays"),
        ({"timezone": "UTC", "workdays": frozenset({7})}, "workdays"),
        ({"timezone": "UTC", "start": time(17), "end": time(9)}, "before"),
        ({"timezone": "UTC", "start": time(9, tzinfo=UTC)}, "wall-clock"),
    ],
)
def test_calendar_validation(kwargs: dict[str, Any], message: str) -> None:
    """A calendar that could never yield working time is refused when built."""
    with pytest.raises(ValueError, match=message):
        BusinessCalendar(**kwargs)


def test_business_calendar_is_fast() -> None:
    """Day stepping, not minute stepping: a thousand 72 h dues and one huge window are quick."""
    start = clock.perf_counter()
    for i in range(1000):
        due_at(RECEIVED + timedelta(minutes=37 * i), 72, OFFICE)
    far = due_at(RECEIVED, 10_000, OFFICE)
    assert clock.perf_counter() - start < 2.0
    assert far.year == 2031


@pytest.mark.parametrize(
    ("now", "left", "breached"),
    [
        (utc(2026, 11, 27, 1, 2), timedelta(hours=1), False),
        (utc(2026, 11, 27, 2, 2), timedelta(0), True),  # the deadline itself has lapsed
        (utc(2026, 11, 27, 4, 2), timedelta(hours=-2), True),
        (utc(2026, 11, 20, 2, 2), timedelta(days=7), False),  # clock jumped back before receipt
    ],
)
def test_remaining_and_breach(now: datetime, left: timedelta, breached: bool) -> None:
    """Time left is due minus now, any clock reading allowed, backwards jumps included."""
    due = utc(2026, 11, 27, 2, 2)
    assert remaining(now, due) == left
    assert is_breached(now, due) is breached


@pytest.mark.parametrize(
    ("dt", "zone", "text"),
    [
        (utc(2026, 11, 27, 14, 0), "UTC", "Fri 27 Nov 2026, 14:00 UTC"),
        (datetime(2026, 11, 25, 15, 2, tzinfo=BERLIN), "UTC", "Wed 25 Nov 2026, 14:02 UTC"),
        (utc(2026, 3, 29, 1, 30), "Europe/Berlin", "Sun 29 Mar 2026, 03:30 Europe/Berlin"),
    ],
)
def test_format_due(dt: datetime, zone: str, text: str) -> None:
    """English day and month names, 24 h time, zone named; independent of the locale."""
    assert format_due(dt, zone) == text


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(seconds=59), "0 min"),
        (timedelta(minutes=5), "5 min"),
        (timedelta(hours=2), "2 h"),
        (timedelta(days=1, hours=3, minutes=12, seconds=40), "1 d 3 h 12 min"),
        (-timedelta(hours=2, minutes=5), "2 h 5 min"),
    ],
)
def test_format_duration(delta: timedelta, text: str) -> None:
    """Durations read as days, hours and minutes, sign dropped."""
    assert format_duration(delta) == text


def test_explain_due_24x7() -> None:
    """The `supportmail sla` lines: receipt, window, due and the state at `now`."""
    lines = explain_due(
        RECEIVED,
        Window(Priority.P1, DEFAULT_WINDOW_HOURS[Priority.P1]),
        now=utc(2026, 11, 26, 2, 2),
    )
    assert lines == [
        "received Wed 25 Nov 2026, 14:02 UTC",
        "priority P1: first response within 36 h (calendar hours, 24x7)",
        "due Fri 27 Nov 2026, 02:02 UTC",
        "now Thu 26 Nov 2026, 02:02 UTC: 1 d left",
    ]


def test_explain_due_business_hours_and_breach() -> None:
    """With a calendar the lines name it and give the due time locally too; overdue is said."""
    calendar = BusinessCalendar("Europe/Berlin", holidays=frozenset({date(2026, 12, 25)}))
    lines = explain_due(RECEIVED, Window(Priority.P0, 24, calendar), now=utc(2026, 12, 4))
    assert lines == [
        "received Wed 25 Nov 2026, 14:02 UTC",
        "priority P0: first response within 24 h "
        "(business hours Mon-Fri 09:00-17:00 Europe/Berlin, 1 holiday)",
        "due Mon 30 Nov 2026, 14:02 UTC (Mon 30 Nov 2026, 15:02 Europe/Berlin)",
        "now Fri 4 Dec 2026, 00:00 UTC: breached 3 d 9 h 58 min ago",
    ]
