"""Table tests for the escalation ladder: step times, what fires now, and the next wake-up."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from supportmail.core.ladder import (
    LadderPolicy,
    Level,
    Step,
    customer_escalation,
    default_policy,
    due_steps,
    ladder_steps,
    next_wakeup,
)
from supportmail.core.sla import DEFAULT_WINDOW_HOURS, BusinessCalendar
from supportmail.core.types import Priority

POLICY = default_policy("happiness@houseware.io", "cx-head@houseware.io", "ceo@houseware.io")
RECEIVED = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # a Monday
H = timedelta(hours=1)


@dataclass(frozen=True)
class State:
    """A ticket's ladder state, as the store would hold it."""

    done_levels: frozenset[int] = frozenset()
    warned: bool = False
    responded: bool = False
    acked: bool = False
    current_level: int = 0

    def kwargs(self) -> dict[str, Any]:
        """The state as due_steps/next_wakeup keyword arguments."""
        return {
            "done_levels": self.done_levels,
            "warned": self.warned,
            "responded": self.responded,
            "acked": self.acked,
            "current_level": self.current_level,
        }


def fire(now: datetime, window: float, state: State = State()) -> list[tuple[str, int]]:
    """The (kind, level) pairs due at `now` for a ticket received at RECEIVED."""
    steps = due_steps(now, RECEIVED, window, POLICY, **state.kwargs())
    return [(s.kind, s.level) for s in steps]


def wakeup(now: datetime, window: float, state: State = State()) -> datetime | None:
    """The next wake-up after `now` for a ticket received at RECEIVED."""
    return next_wakeup(now, RECEIVED, window, POLICY, **state.kwargs())


@pytest.mark.parametrize("priority", list(Priority))
def test_ladder_times_for_each_priority(priority: Priority) -> None:
    """Warning at 0.75, levels at 1.0, 1.5 and 2.0 times the priority's window (24/36/48/72 h)."""
    w = DEFAULT_WINDOW_HOURS[priority]
    assert ladder_steps(RECEIVED, w, POLICY) == [
        Step("warning", 0, RECEIVED + 0.75 * w * H),
        Step("escalation", 1, RECEIVED + w * H),
        Step("escalation", 2, RECEIVED + 1.5 * w * H),
        Step("escalation", 3, RECEIVED + 2 * w * H),
    ]


@pytest.mark.parametrize(
    ("hours_after", "state", "expected"),
    [
        (0, State(), []),
        (17.9, State(), []),
        (18, State(), [("warning", 0)]),
        (20, State(warned=True), []),
        (24, State(warned=True), [("escalation", 1)]),
        (24, State(), [("escalation", 1)]),  # a warning never goes out late
        (30, State(warned=True, done_levels=frozenset({1}), current_level=1), []),
        (36, State(warned=True, done_levels=frozenset({1}), current_level=1), [("escalation", 2)]),
        (48, State(done_levels=frozenset({1, 2}), current_level=2), [("escalation", 3)]),
        (500, State(done_levels=frozenset({1, 2, 3}), current_level=3), []),
        (30, State(responded=True), []),
        (30, State(acked=True), []),
    ],
)
def test_due_steps_p0(hours_after: float, state: State, expected: list[tuple[str, int]]) -> None:
    """For a 24 h window each step fires once, in time, and nothing after a response or ack."""
    assert fire(RECEIVED + hours_after * H, 24, state) == expected


def test_restart_after_long_outage_fires_each_missed_level_once() -> None:
    """After downtime every missed level that is not done fires, lowest first, and no warning."""
    now = RECEIVED + 1000 * H
    assert fire(now, 24) == [("escalation", 1), ("escalation", 2), ("escalation", 3)]
    done_one = State(warned=True, done_levels=frozenset({1}), current_level=1)
    assert fire(now, 24, done_one) == [("escalation", 2), ("escalation", 3)]
    assert wakeup(now, 24) is None


def test_customer_escalation_skips_the_levels_it_reached() -> None:
    """A ticket a customer escalated to level 2 fires only level 3, when its time comes."""
    state = State(current_level=2)
    assert fire(RECEIVED + 40 * H, 24, state) == []
    assert wakeup(RECEIVED + 40 * H, 24, state) == RECEIVED + 48 * H
    assert fire(RECEIVED + 48 * H, 24, state) == [("escalation", 3)]


def test_priority_change_half_way_recomputes_from_receipt() -> None:
    """P3 raised to P0 after 30 h: P0's level 1 (24 h after receipt) is already due."""
    now = RECEIVED + 30 * H
    assert fire(now, DEFAULT_WINDOW_HOURS[Priority.P3]) == []
    assert fire(now, DEFAULT_WINDOW_HOURS[Priority.P0]) == [("escalation", 1)]
    done = State(done_levels=frozenset({1}), current_level=1)
    assert wakeup(now, DEFAULT_WINDOW_HOURS[Priority.P0], done) == RECEIVED + 36 * H
    # Lowered instead (P0 -> P3 after 20 h): nothing is due any more until 54 h.
    assert fire(RECEIVED + 20 * H, 72) == []
    assert wakeup(RECEIVED + 20 * H, 72) == RECEIVED + 54 * H


@pytest.mark.parametrize(
    ("hours_after", "state", "expected"),
    [
        (-5, State(), RECEIVED + 18 * H),  # before receipt: the warning is next
        (0, State(), RECEIVED + 18 * H),
        (18, State(warned=True), RECEIVED + 24 * H),
        (19, State(), RECEIVED + 24 * H),  # the warning is due now, not "next"
        (30, State(done_levels=frozenset({1}), current_level=1), RECEIVED + 36 * H),
        (30, State(responded=True), None),
        (30, State(acked=True), None),
    ],
)
def test_next_wakeup(hours_after: float, state: State, expected: datetime | None) -> None:
    """The scheduler's next wake-up: the first not-yet-done step strictly after now."""
    assert wakeup(RECEIVED + hours_after * H, 24, state) == expected


def test_clock_jumping_backwards_is_harmless() -> None:
    """A clock set back fires nothing new and raises nothing; done levels stay done."""
    state = State(warned=True, done_levels=frozenset({1}), current_level=1)
    assert fire(RECEIVED + 30 * H, 24, state) == []
    assert fire(RECEIVED - 48 * H, 24, state) == []
    assert fire(RECEIVED + 5 * H, 24, state) == []
    assert wakeup(RECEIVED - 48 * H, 24, state) == RECEIVED + 36 * H


def test_ladder_on_business_calendar() -> None:
    """With a calendar the steps count working time only (Friday ticket, 8 h window)."""
    calendar = BusinessCalendar("UTC")  # Mon-Fri 09:00-17:00 UTC
    friday = datetime(2026, 3, 6, 15, 0, tzinfo=UTC)
    steps = ladder_steps(friday, 8, POLICY, calendar)
    assert [s.due for s in steps] == [
        datetime(2026, 3, 9, 13, 0, tzinfo=UTC),  # 6 h: 2 on Friday, 4 on Monday
        datetime(2026, 3, 9, 15, 0, tzinfo=UTC),
        datetime(2026, 3, 10, 11, 0, tzinfo=UTC),
        datetime(2026, 3, 10, 15, 0, tzinfo=UTC),
    ]
    saturday = datetime(2026, 3, 7, 12, 0, tzinfo=UTC)
    assert due_steps(saturday, friday, 8, POLICY, calendar=calendar, **State().kwargs()) == []


def test_naive_datetimes_are_rejected() -> None:
    """Naive `now` or `received` is refused, never assumed to be UTC."""
    naive = datetime(2026, 3, 2, 10, 0)  # noqa: DTZ001 -- the point of the test
    with pytest.raises(ValueError, match="timezone-aware"):
        due_steps(naive, RECEIVED, 24, POLICY, **State().kwargs())
    with pytest.raises(ValueError, match="timezone-aware"):
        next_wakeup(RECEIVED, naive, 24, POLICY, **State().kwargs())
    with pytest.raises(ValueError, match="timezone-aware"):
        ladder_steps(naive, 24, POLICY)


@pytest.mark.parametrize(
    ("current", "expected"),
    [(0, 1), (1, 2), (2, 3), (3, None), (7, None)],
)
def test_customer_escalation(current: int, expected: int | None) -> None:
    """A customer's escalation request reaches the next level, and nothing past the CEO."""
    level = customer_escalation(current, POLICY)
    assert (level.number if level else None) == expected


def test_customer_escalation_rejects_negative_level() -> None:
    """A negative current level is a caller bug."""
    with pytest.raises(ValueError, match="current_level"):
        customer_escalation(-1, POLICY)


def test_default_policy_names_the_chain() -> None:
    """The default ladder is manager, head of CX, CEO at 1.0, 1.5 and 2.0 windows."""
    assert [(lv.name, lv.address, lv.offset) for lv in POLICY.levels] == [
        ("Customer Happiness Manager", "happiness@houseware.io", 1.0),
        ("Head of Customer Experience", "cx-head@houseware.io", 1.5),
        ("CEO", "ceo@houseware.io", 2.0),
    ]
    assert POLICY.warn_at == 0.75


@pytest.mark.parametrize(
    ("levels", "warn_at", "message"),
    [
        ((Level(2, "a", "a@x", 1.0),), 0.5, "numbered"),
        ((Level(1, "a", "a@x", 1.0), Level(2, "b", "b@x", 1.0)), 0.5, "rising"),
        ((Level(1, "a", "a@x", 0.0),), 0.5, "rising"),
        ((Level(1, "a", "a@x", 1.0),), 1.0, "warn_at"),
        ((Level(1, "a", "a@x", 1.0),), 0.0, "warn_at"),
    ],
)
def test_policy_validation(levels: tuple[Level, ...], warn_at: float, message: str) -> None:
    """Levels are numbered 1..n with rising positive offsets, and the warning comes first."""
    with pytest.raises(ValueError, match=message):
        LadderPolicy(levels, warn_at)
