"""The daemon's clock: the real UTC clock, or a scaled one for the demo.

Everything that decides (SLA windows, the ladder) reads `Clock.now()`; everything that waits
(the scheduler, asyncio) waits in real seconds. `to_wall` and `seconds_until` convert a moment of
the daemon's clock into the real moment and the real wait, so the demo's compressed hours fire
on time. A `ScaledClock` with scale s shows `start + (monotonic elapsed) * s`: s hours pass in
each real hour. Every process of one demo (the daemon, the watcher, a second instance) builds
its clock `from_epoch` with the same epoch (`demo.epoch`), so all of them show the same moment.
`scale` says how many clock seconds pass per real second: durations that are real by nature
(a send's lease, a server's retry delay) are stretched by it into clock time.
"""

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol

from supportmail.config import Config


def utc_now() -> datetime:
    """The wall clock, in UTC."""
    return datetime.now(UTC)


class Clock(Protocol):
    """What the daemon needs from a clock."""

    @property
    def scale(self) -> float:
        """Clock seconds per real second (1 for the wall clock)."""
        ...

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

    scale = 1.0

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
        self.epoch = self.start  # the moment elapsed demo time is counted from ("+3h")
        # Monotonic, so a wall-clock step (NTP) does not make demo time jump.
        self._origin = time.monotonic()

    @classmethod
    def from_epoch(cls, scale: float, epoch: datetime) -> "ScaledClock":
        """The clock that showed `epoch` at the wall moment `epoch` and ran `scale` times faster
        since: every process built with the same epoch shows the same time."""
        elapsed = (datetime.now(UTC) - epoch).total_seconds()
        clock = cls(scale, start=epoch + timedelta(seconds=elapsed * scale))
        clock.epoch = epoch
        return clock

    def at_wall(self, wall: datetime) -> datetime:
        """What this clock showed (or will show) at the wall moment `wall`."""
        return self.now() + (wall - datetime.now(UTC)) * self.scale

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
        if config.demo.epoch is not None:
            return ScaledClock.from_epoch(config.demo.time_scale, config.demo.epoch)
        return ScaledClock(config.demo.time_scale)
    return RealClock()
