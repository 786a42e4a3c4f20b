"""The escalation ladder: a warning before the window lapses, then one escalation per level.

With the default policy a ticket with window W gets a warning at 0.75 W, level 1 (Customer
Happiness Manager) at 1.0 W, level 2 (Head of Customer Experience) at 1.5 W and level 3 (CEO)
at 2.0 W, all measured from the receipt through `sla.due_at`, so business calendars apply. A
priority change simply means calling again with the new window: times are always recomputed
from the receipt, never from the change.

Decisions:
- Nothing fires once the ticket has a first response (`responded`) or someone on the ladder has
  acknowledged it (`acked`).
- Each level fires at most once: levels in `done_levels`, and levels at or below
  `current_level` (reached earlier, e.g. by a customer's own escalation), never fire again.
- After downtime, every missed level that is not done fires, lowest first, in one go: each person
  on the ladder has to know, and each (ticket, level) still goes out exactly once.
- The warning is only useful before the first escalation: once any level is due or done, a
  pending warning is dropped rather than sent late.
- A clock jumping backwards makes fewer steps due; everything is a pure function of `now`.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from supportmail.core import sla
from supportmail.core.sla import BusinessCalendar

# The one home of the ladder's defaults: each level's name and offset (a multiple of the window)
# when the config leaves them out, and when the warning goes out (a fraction of the window).
DEFAULT_LEVELS: tuple[tuple[str, float], ...] = (
    ("Customer Happiness Manager", 1.0),
    ("Head of Customer Experience", 1.5),
    ("CEO", 2.0),
)
DEFAULT_WARN_AT = 0.75


@dataclass(frozen=True)
class Level:
    """One rung: who is told (name, address) and when, as a multiple of the window."""

    number: int
    name: str
    address: str
    offset: float


@dataclass(frozen=True)
class LadderPolicy:
    """The rungs, numbered 1..n with rising offsets, and when to warn (a fraction of the window)."""

    levels: tuple[Level, ...]
    warn_at: float = DEFAULT_WARN_AT

    def __post_init__(self) -> None:
        numbers = [level.number for level in self.levels]
        if numbers != list(range(1, len(self.levels) + 1)):
            raise ValueError(f"levels must be numbered 1..n in order, got {numbers}")
        problems = policy_problems([lv.offset for lv in self.levels], self.warn_at)
        if problems:
            key, problem = problems[0]
            raise ValueError(f"{key}: {problem}")

    def level(self, number: int) -> Level | None:
        """The level numbered `number`, or None."""
        return self.levels[number - 1] if 1 <= number <= len(self.levels) else None


def policy_problems(offsets: Sequence[float], warn_at: float) -> list[tuple[str, str]]:
    """What is wrong with a ladder's level offsets and warning time, as (key, problem) pairs.

    Keys are "levels" and "warn_at": the config names the same keys when it reports them.
    """
    if any(not a < b for a, b in zip([0.0, *offsets], offsets, strict=False)):
        return [
            (
                "levels",
                f"offsets must be positive and rise from level to level, got {list(offsets)}",
            )
        ]
    if not 0 < warn_at < (offsets[0] if offsets else float("inf")):
        before = f"before level 1 (offset {offsets[0]:g})" if offsets else "a positive fraction"
        return [("warn_at", f"must be above 0 and {before}, got {warn_at:g}")]
    return []


@dataclass(frozen=True)
class Step:
    """One thing the ladder does: the warning (level 0) or an escalation to a level, when due."""

    kind: Literal["warning", "escalation"]
    level: int
    due: datetime


def ladder_steps(
    received: datetime,
    window_hours: float,
    policy: LadderPolicy,
    calendar: BusinessCalendar | None = None,
) -> list[Step]:
    """Every step for a ticket received at `received`, in time order (warning first)."""
    steps = [Step("warning", 0, sla.due_at(received, policy.warn_at * window_hours, calendar))]
    steps.extend(
        Step(
            "escalation", level.number, sla.due_at(received, level.offset * window_hours, calendar)
        )
        for level in policy.levels
    )
    return steps


def pending_steps(
    received: datetime,
    window_hours: float,
    policy: LadderPolicy,
    *,
    done_levels: frozenset[int],
    warned: bool,
    responded: bool,
    acked: bool,
    current_level: int,
    calendar: BusinessCalendar | None,
) -> list[Step]:
    """The steps not yet done, whenever they are due (none once responded or acknowledged)."""
    if responded or acked:
        return []
    escalated = current_level > 0 or bool(done_levels)
    return [
        step
        for step in ladder_steps(received, window_hours, policy, calendar)
        if (step.kind == "warning" and not warned and not escalated)
        or (
            step.kind == "escalation"
            and step.level > current_level
            and step.level not in done_levels
        )
    ]


def select_due(pending: list[Step], now: datetime) -> list[Step]:
    """Of the `pending` steps, those due at `now`; a warning is dropped once an escalation is."""
    sla.require_aware(now, "now")
    due = [step for step in pending if step.due <= now]
    if any(step.kind == "escalation" for step in due):
        due = [step for step in due if step.kind == "escalation"]
    return due


def next_due(pending: list[Step]) -> datetime | None:
    """When the ladder next has to act: the earliest of the `pending` steps (already due
    ones included: the scheduler then acts at once), or None when nothing is left to do."""
    return min((step.due for step in pending), default=None)


def next_level(current_level: int, policy: LadderPolicy) -> Level | None:
    """The level an escalation request (a customer's "please escalate", an agent's #escalate)
    reaches from `current_level`; None past the top."""
    if current_level < 0:
        raise ValueError(f"current_level must be 0 or more, got {current_level}")
    return policy.level(current_level + 1)
