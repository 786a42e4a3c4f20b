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

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from supportmail.core import sla
from supportmail.core.sla import BusinessCalendar

DEFAULT_LEVEL_NAMES = (
    "Customer Happiness Manager",
    "Head of Customer Experience",
    "CEO",
)
DEFAULT_OFFSETS = (1.0, 1.5, 2.0)


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
    warn_at: float = 0.75

    def __post_init__(self) -> None:
        numbers = [level.number for level in self.levels]
        if numbers != list(range(1, len(self.levels) + 1)):
            raise ValueError(f"levels must be numbered 1..n in order, got {numbers}")
        offsets = [level.offset for level in self.levels]
        if any(b <= a for a, b in zip([0.0, *offsets], offsets, strict=False)):
            raise ValueError(f"level offsets must be positive and rising, got {offsets}")
        if not 0 < self.warn_at < (offsets[0] if offsets else float("inf")):
            raise ValueError(f"warn_at must be above 0 and before level 1, got {self.warn_at}")

    def level(self, number: int) -> Level | None:
        """The level numbered `number`, or None."""
        return self.levels[number - 1] if 1 <= number <= len(self.levels) else None


def default_policy(manager: str, head: str, ceo: str, warn_at: float = 0.75) -> LadderPolicy:
    """The policy's ladder (1.0, 1.5, 2.0 x window) with these three addresses."""
    addresses = (manager, head, ceo)
    return LadderPolicy(
        tuple(
            Level(n, name, address, offset)
            for n, (name, address, offset) in enumerate(
                zip(DEFAULT_LEVEL_NAMES, addresses, DEFAULT_OFFSETS, strict=True), start=1
            )
        ),
        warn_at,
    )


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


def due_steps(
    now: datetime,
    received: datetime,
    window_hours: float,
    policy: LadderPolicy,
    *,
    done_levels: frozenset[int],
    warned: bool,
    responded: bool,
    acked: bool,
    current_level: int,
    calendar: BusinessCalendar | None = None,
) -> list[Step]:
    """The steps that should fire at `now`, in order; see the module docstring for the rules."""
    sla.require_aware(now, "now")
    pending = pending_steps(
        received,
        window_hours,
        policy,
        done_levels=done_levels,
        warned=warned,
        responded=responded,
        acked=acked,
        current_level=current_level,
        calendar=calendar,
    )
    return select_due(pending, now)


def select_due(pending: list[Step], now: datetime) -> list[Step]:
    """Of the `pending` steps, those due at `now`; a warning is dropped once an escalation is."""
    due = [step for step in pending if step.due <= now]
    if any(step.kind == "escalation" for step in due):
        due = [step for step in due if step.kind == "escalation"]
    return due


def next_wakeup(
    now: datetime,
    received: datetime,
    window_hours: float,
    policy: LadderPolicy,
    *,
    done_levels: frozenset[int],
    warned: bool,
    responded: bool,
    acked: bool,
    current_level: int,
    calendar: BusinessCalendar | None = None,
) -> datetime | None:
    """When the next not-yet-done step falls due after `now` (UTC), or None when none will.

    Steps already due at `now` are `due_steps`' business; the scheduler fires those first.
    """
    sla.require_aware(now, "now")
    pending = pending_steps(
        received,
        window_hours,
        policy,
        done_levels=done_levels,
        warned=warned,
        responded=responded,
        acked=acked,
        current_level=current_level,
        calendar=calendar,
    )
    later = [step.due for step in pending if step.due > now]
    return min(later, default=None)


def customer_escalation(current_level: int, policy: LadderPolicy) -> Level | None:
    """The level a customer's "please escalate" reaches from `current_level`; None past the top."""
    if current_level < 0:
        raise ValueError(f"current_level must be 0 or more, got {current_level}")
    return policy.level(current_level + 1)
