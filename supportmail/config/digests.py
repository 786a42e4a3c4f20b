"""The `[digests]` and `[answers]` sections: when digests go to whom, where canned answers live.

[digests] holds the times everyone gets by default; [digests.recipients."addr"] changes them
for one person (a time, the days, the zone) or opts them in or out of a digest. Every value is
checked here, and a bad one is a problem naming its key.
"""

from dataclasses import dataclass, field, replace
from datetime import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from supportmail.config.reader import TableReader, check_address, describe

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WORKDAYS = frozenset(range(5))


@dataclass(frozen=True)
class DigestTimes:
    """When one person gets their digests: daily on `daily_days` at `daily_at`, weekly on
    `weekly_day` at `weekly_at`, local times in `timezone`. `daily`/`weekly`: an explicit
    opt-in (True) or opt-out (False); None: as their role says (agent, ladder rung)."""

    daily_at: time = time(8, 0)
    daily_days: frozenset[int] = WORKDAYS  # 0 is Monday
    weekly_at: time = time(8, 0)
    weekly_day: int = 0
    timezone: str = "UTC"
    daily: bool | None = None
    weekly: bool | None = None


@dataclass(frozen=True)
class DigestConfig:
    """Digests by mail (see `core.digest`): off unless enabled."""

    enabled: bool = False
    team: bool = True  # the team address gets the unassigned tickets daily
    # The weekly report's recipients; () means the escalation ladder's first two rungs.
    weekly_to: tuple[str, ...] = ()
    defaults: DigestTimes = field(default_factory=DigestTimes)
    recipients: dict[str, DigestTimes] = field(default_factory=dict)

    def times_for(self, address: str) -> DigestTimes:
        """The times of `address`: their own entry, else the defaults."""
        return self.recipients.get(address.lower(), self.defaults)


@dataclass(frozen=True)
class AnswersConfig:
    """Canned answers for `#answer NAME`: NAME.txt and NAME.<lang>.txt in `folder`."""

    folder: Path | None = None


def _clock(t: TableReader, name: str, default: time) -> time:
    raw = t.string(name, None)
    if raw is None:
        return default
    try:
        value = time.fromisoformat(raw)
        if value.second or value.microsecond or len(raw) != 5:
            raise ValueError
    except (TypeError, ValueError):
        t.problem(name, f'expected a time of day like "08:00", got {describe(raw)}')
        return default
    return value


def _day(t: TableReader, name: str, value: Any) -> int | None:
    if isinstance(value, str) and value.lower()[:3] in WEEKDAYS and len(value) >= 3:
        return WEEKDAYS.index(value.lower()[:3])
    t.problem(name, f'expected a day name like "mon", got {describe(value)}')
    return None


def _times(t: TableReader, base: DigestTimes, person: bool) -> DigestTimes:
    """Read the time keys of `t` on top of `base` (`person`: a recipient's own table)."""
    days_raw = t.strings("daily_days", None)
    daily_days = base.daily_days
    if days_raw is not None:
        days = [_day(t, "daily_days", d) for d in days_raw]
        daily_days = frozenset(d for d in days if d is not None)
    weekly_raw = t.string("weekly_day", None)
    weekly_day = base.weekly_day
    if weekly_raw is not None:
        found = _day(t, "weekly_day", weekly_raw)
        weekly_day = base.weekly_day if found is None else found
    zone = t.string("timezone", base.timezone)
    if isinstance(zone, str) and zone != "UTC":
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            t.problem("timezone", f"unknown time zone {describe(zone)} (an IANA name)")
            zone = base.timezone
    times = replace(
        base,
        daily_at=_clock(t, "daily_at", base.daily_at),
        daily_days=daily_days,
        weekly_at=_clock(t, "weekly_at", base.weekly_at),
        weekly_day=weekly_day,
        timezone=zone if isinstance(zone, str) else base.timezone,
    )
    if person:
        times = replace(times, daily=t.boolean("daily", None), weekly=t.boolean("weekly", None))
    return times


def read_digests(t: TableReader) -> DigestConfig:
    """[digests] and its [digests.recipients."addr"] tables."""
    enabled = t.boolean("enabled", False)
    team = t.boolean("team", True)
    weekly_to = t.addresses("weekly_to", ())
    defaults = _times(t, DigestTimes(), person=False)
    people = t.table("recipients")
    recipients: dict[str, DigestTimes] = {}
    for address in list(people.data):
        own = people.table(address)
        if check_address(address) is None:
            people.problem(address, "is not a valid mail address")
        recipients[address.lower()] = _times(own, defaults, person=True)
        own.finish()
    people.finish()
    t.finish()
    return DigestConfig(
        enabled=bool(enabled),
        team=bool(team),
        weekly_to=tuple(weekly_to or ()),
        defaults=defaults,
        recipients=recipients,
    )


def read_answers(t: TableReader) -> AnswersConfig:
    """[answers]: the folder of canned answers. A folder that is missing is not a configuration
    error (it may be created, or mounted, later): #answer and `answers list` say so."""
    raw = t.string("folder", None)
    t.finish()
    return AnswersConfig(folder=t.resolve_path(raw) if isinstance(raw, str) else None)
