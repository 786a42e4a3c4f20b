"""Table tests for the escalation ladder: step times, what fires now, and the next deadline.

What fires and when the ladder next acts are computed as `sla.deadlines` does: the pending steps
of a ticket (`pending_steps`), those due now (`select_due`) and the earliest pending (`next_due`).
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from supportmail.core.ladder import (
    DEFAULT_LEVELS,
    DEFAULT_WARN_AT,
    LadderPolicy,
    Level,
    Step,
    ladder_steps,
    next_due,
    next_level,
    pending_steps,
    policy_problems,
    select_due,
)
from supportmail.core.sla import DEFAULT_WINDOW_HOURS, BusinessCalendar
from supportmail.core.types import Priority

ADDRESSES = ("happiness@houseware.io", "cx-head@houseware.io", "ceo@houseware.io")
# The default ladder, as the config builds it when only the addresses are given.
POLICY = LadderPolicy(
    tuple(
        Level(n, name, address, offset)
        for n, ((name, offset), address) in enumerate(
            zip(DEFAULT_LEVELS, ADDRESSES, strict=True), start=1
        )
    ),
    DEFAULT_WARN_AT,
)
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
        """The state as pending_steps keyword arguments."""
        return {
            "done_levels": self.done_levels,
            "warned": self.warned,
            "responded": self.responded,
            "acked": self.acked,
            "current_level": self.current_level,
        }


def pending(
    window: float,
    state: State = State(),
    calendar: BusinessCalendar | None = None,
    received: datetime = RECEIVED,
) -> list[Step]:
    """The steps not yet done for a ticket received at `received` (RECEIVED by default)."""
    return pending_steps(received, window, POLICY, calendar=calendar, **state.kwargs())


def fire(now: datetime, window: float, state: State = State()) -> list[tuple[str, int]]:
    """The (kind, level) pairs due at `now` for a ticket received at RECEIVED."""
    return [(s.kind, s.level) for s in select_due(pending(window, state), now)]


def wakeup(now: datetime, window: float, state: State = State()) -> datetime | None:
    """When the ladder next acts for a ticket received at RECEIVED, once the steps due at `now`
    have fired (the scheduler fires those first, then re-arms on the earliest pending one)."""
    fired = fire(now, window, state)
    if fired:
        done = state.done_levels | {level for kind, level in fired if kind == "escalation"}
        state = State(
            done_levels=done,
            warned=state.warned or ("warning", 0) in fired,
            responded=state.responded,
            acked=state.acked,
            current_level=max([state.current_level, *done]),
        )
    return next_due(pending(window, state))


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
    """The ladder's next deadline once what is due now has fired: the first not-yet-done step
    after now."""
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
    assert select_due(pending(8, calendar=calendar, received=friday), saturday) == []


def test_naive_datetimes_are_rejected() -> None:
    """Naive `now` or `received` is refused, never assumed to be UTC."""
    naive = datetime(2026, 3, 2, 10, 0)  # noqa: DTZ001 -- the point of the test
    with pytest.raises(ValueError, match="timezone-aware"):
        select_due(pending(24), naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        pending(24, received=naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        ladder_steps(naive, 24, POLICY)


@pytest.mark.parametrize(
    ("current", "expected"),
    [(0, 1), (1, 2), (2, 3), (3, None), (7, None)],
)
def test_next_level(current: int, expected: int | None) -> None:
    """An escalation request (a customer's, an agent's #escalate) reaches the next level, and
    nothing past the CEO."""
    level = next_level(current, POLICY)
    assert (level.number if level else None) == expected


def test_next_level_rejects_negative_level() -> None:
    """A negative current level is a caller bug."""
    with pytest.raises(ValueError, match="current_level"):
        next_level(-1, POLICY)


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
        ((Level(1, "a", "a@x", 1.0), Level(2, "b", "b@x", 1.0)), 0.5, "positive and rise"),
        ((Level(1, "a", "a@x", 0.0),), 0.5, "positive and rise"),
        ((Level(1, "a", "a@x", 1.0),), 1.0, "warn_at"),
        ((Level(1, "a", "a@x", 1.0),), 0.0, "warn_at"),
    ],
)
def test_policy_validation(levels: tuple[Level, ...], warn_at: float, message: str) -> None:
    """Levels are numbered 1..n with rising positive offsets, and the warning comes first."""
    with pytest.raises(ValueError, match=message):
        LadderPolicy(levels, warn_at)


@pytest.mark.parametrize(
    ("offsets", "warn_at", "expected"),
    [
        ([1.0, 1.5, 2.0], 0.75, []),
        ([1.0, 1.0], 0.5, ["levels"]),
        ([2.0, 1.0], 0.5, ["levels"]),
        ([1.0, 2.0], 1.0, ["warn_at"]),
        ([1.0], 0.0, ["warn_at"]),
        ([], 0.5, []),
    ],
)
def test_policy_problems_name_the_config_key(
    offsets: list[float], warn_at: float, expected: list[str]
) -> None:
    """The ladder's checks, shared with the config, say which key ("levels", "warn_at") is wrong."""
    assert [key for key, _ in policy_problems(offsets, warn_at)] == expected
