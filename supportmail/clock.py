"""The daemon's clock: the real UTC clock, or a scaled one for the demo.

Everything that decides (SLA windows, the ladder) reads `Clock.now()`; everything that waits
(the scheduler, asyncio) waits in real seconds. `to_wall` and `seconds_until` convert a moment of
the daemon's clock into the real moment and the real wait, so the demo's compressed hours fire
on time. A `ScaledClock` with scale s shows `start + (monotonic elapsed) * s`: s hours pass in
each real hour.
"""

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol

from supportmail.config import Config


class Clock(Protocol):
    """What the daemon needs from a clock."""

    def now(self) -> datetime:
        """The current moment of this clock (aware, UTC)."""
        ...

    def to_wall(self, when: datetime) -> datetime:
        """The real (wall, UTC) moment at which this clock will show `when`."""
        ...

    def seconds_until(self, when: datetime) -> float:
        """Real seconds until this clock shows `when` (negative when already past)."""
        ...


class RealClock:
    """The wall clock, in UTC."""

    def now(self) -> datetime:
        """The wall clock's current moment."""
        return datetime.now(UTC)

    def to_wall(self, when: datetime) -> datetime:
        """`when` itself: this clock is the wall."""
        return when

    def seconds_until(self, when: datetime) -> float:
        """Real seconds until `when`."""
        return (when - self.now()).total_seconds()


class ScaledClock:
    """A clock that runs `scale` times faster than the wall, from `start` (default: now)."""

    def __init__(self, scale: float, start: datetime | None = None) -> None:
        if scale <= 0:
            raise ValueError(f"time scale must be positive, got {scale}")
        self.scale = scale
        self.start = start if start is not None else datetime.now(UTC)
        # Monotonic, so a wall-clock step (NTP) does not make demo time jump.
        self._origin = time.monotonic()

    def now(self) -> datetime:
        """`start` plus the real time elapsed since creation, times `scale`."""
        return self.start + timedelta(seconds=(time.monotonic() - self._origin) * self.scale)

    def seconds_until(self, when: datetime) -> float:
        """Real seconds until this clock shows `when`."""
        return (when - self.now()).total_seconds() / self.scale

    def to_wall(self, when: datetime) -> datetime:
        """The wall moment at which this clock shows `when`."""
        return datetime.now(UTC) + timedelta(seconds=self.seconds_until(when))


def clock_for(config: Config) -> Clock:
    """The clock a config asks for: scaled when the demo is enabled, else the real one."""
    if config.demo.enabled and config.demo.time_scale != 1.0:
        return ScaledClock(config.demo.time_scale)
    return RealClock()
